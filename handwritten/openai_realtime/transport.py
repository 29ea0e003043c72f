"""Opening the realtime WebSocket: URL, auth headers, limits and error mapping.

:class:`Transport` knows where and how to open a connection for one session (the URL that
:class:`~openai_realtime.config.Settings` builds, the event families of that connection kind,
fresh auth headers from :class:`~openai_realtime.auth.Credentials` on every open, timeouts and
size limits) and maps every failure to a typed error. It holds no session state, so the session
uses it for the first connection and for every reconnect alike.

websockets' DEBUG log prints every handshake header; the logger handed to it redacts the
session's secrets (:class:`RedactingLogger`).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Literal

import websockets
from websockets.exceptions import (
    InvalidHandshake,
    InvalidMessage,
    InvalidStatus,
    InvalidURI,
    SecurityError,
)

from . import _asyncio_connection, _blocking
from ._asyncio_connection import AsyncConnection
from ._version import __version__
from .auth import Credentials
from .config import ConnectionKind, Secret, Settings
from .core import (
    MAX_UNCONFIRMED_BYTES,
    MAX_UNCONFIRMED_EVENTS,
    RETRYABLE_CLOSE_CODES,
    ReconnectPolicy,
)
from .errors import APIConnectionError, APITimeoutError, api_error_from_response, redact
from .events import EventFamily
from .recording import RecordingWriter

__all__ = [
    "DEFAULT_MAX_MESSAGE_BYTES",
    "DEFAULT_MAX_QUEUE",
    "DEFAULT_SEND_TIMEOUT",
    "MAX_UNCONFIRMED_BYTES",
    "MAX_UNCONFIRMED_EVENTS",
    "RETRYABLE_CLOSE_CODES",
    "WRITE_BUFFER_LIMIT",
    "ReconnectPolicy",
    "RedactingLogger",
    "Transport",
    "worst_case_memory_bytes",
]

_WEBSOCKETS_VERSION: str = getattr(websockets, "__version__", "")
#: Default limit for one incoming message, in bytes (``None`` would be unlimited).
DEFAULT_MAX_MESSAGE_BYTES = 8 * 1024 * 1024
#: Default number of incoming frames buffered before reading pauses.
DEFAULT_MAX_QUEUE = 16
#: Default seconds one send may wait for the server to read (then the connection is aborted).
DEFAULT_SEND_TIMEOUT = 30.0
#: Outgoing bytes the socket may hold unsent (a server that does not read while pinging us makes
#: websockets queue a pong per ping): past this the connection is aborted (close code 1006).
#: One's own sends never get near it (at most one 15 MiB event is in flight).
WRITE_BUFFER_LIMIT = 32 * 1024 * 1024
_MAX_ERROR_BODY = 64 * 1024


class RedactingLogger(logging.LoggerAdapter[logging.Logger]):
    """Logger handed to ``websockets``: its DEBUG log prints every handshake header, so each
    record is formatted here and the session's secrets are replaced by ``***``."""

    def __init__(self, base: logging.Logger, secrets: Callable[[], tuple[str, ...]]) -> None:
        super().__init__(base, {})
        self._secrets = secrets

    def log(self, level: int, msg: object, *args: object, **kwargs: Any) -> None:
        if not self.isEnabledFor(level):
            return
        text = str(msg)
        if args:
            try:
                text = text % args
            except (TypeError, ValueError):
                text = f"{text} {args!r}"
        kwargs.pop("extra", None)
        self.logger.log(level, redact(text, self._secrets()), **kwargs)


def worst_case_memory_bytes(
    max_message_bytes: int | None, max_queue: int, max_backlog_bytes: int
) -> int | None:
    """The documented bound of what one session may buffer (bytes): ``max_queue`` + 2 incoming
    frames of ``max_message_bytes`` (the queue, the frame being read, the last socket read),
    ``max_backlog_bytes`` of events kept by ``wait_for``, the unconfirmed-send journal
    (:data:`MAX_UNCONFIRMED_BYTES`) and :data:`WRITE_BUFFER_LIMIT` of unsent output. ``None``
    when ``max_message_bytes`` is ``None`` (unbounded). Defaults:
    18 x 8 MiB + 48 MiB + 16 MiB + 32 MiB = 240 MiB."""
    if max_message_bytes is None:
        return None
    return (
        (max_queue + 2) * max_message_bytes
        + max_backlog_bytes
        + MAX_UNCONFIRMED_BYTES
        + WRITE_BUFFER_LIMIT
    )


class Transport:
    """How to open the WebSocket of one session (and of its reconnects).

    Attributes:
        settings: the resolved settings; kind: the connection kind; url: the WebSocket URL (no
            secret in it); credentials: produce fresh auth headers per open; dialect: ``"ga"``,
            or ``"beta"`` on Azure preview; server_family: the event family the server speaks;
        open_timeout, close_timeout: seconds; send_timeout: seconds one send may wait for the
        server to read; max_message_bytes: largest incoming message; max_queue: incoming
        frames buffered before reading pauses; extra_headers: more handshake headers;
        record_to: a file that gets every frame of every connection opened, both directions,
        secrets redacted (:mod:`openai_realtime.recording`).

    Raises:
        ConfigurationError: incomplete or contradictory settings (no traffic happens).
    """

    def __init__(
        self,
        kind: ConnectionKind,
        *,
        model: str | None,
        call_id: str | None,
        client_secret: str | Secret | None,
        settings: Settings | None,
        settings_kwargs: Mapping[str, Any],
        open_timeout: float,
        close_timeout: float,
        max_message_bytes: int | None,
        max_queue: int,
        extra_headers: Mapping[str, str] | None,
        record_to: str | os.PathLike[str] | None = None,
        send_timeout: float = DEFAULT_SEND_TIMEOUT,
    ) -> None:
        if settings is None:
            settings = Settings.resolve(
                model=model, key_optional=client_secret is not None, **settings_kwargs
            )
        elif settings_kwargs:
            raise TypeError("pass either settings= or individual settings, not both")
        self.settings = settings
        self.kind = kind
        self.url = settings.websocket_url(kind, model=model, call_id=call_id)
        self.credentials = Credentials(settings, bearer=client_secret)
        self.dialect: Literal["ga", "beta"] = "ga" if kind == "translation" else settings.dialect
        if kind == "translation":
            self.server_family: EventFamily = "translation_server"
        else:
            self.server_family = "beta_server" if self.dialect == "beta" else "ga_server"
        self.open_timeout = open_timeout
        self.close_timeout = close_timeout
        self.max_message_bytes = max_message_bytes
        self.max_queue = max_queue
        self.send_timeout = send_timeout
        self.extra_headers = dict(extra_headers or {})
        self.recorder: RecordingWriter | None = None
        if record_to is not None:
            self.recorder = RecordingWriter(record_to, self.credentials.secrets())

    def __repr__(self) -> str:
        return f"<Transport {self.kind} {self.url}>"

    def secrets(self) -> tuple[str, ...]:
        """The secret values in play (for redaction)."""
        return self.credentials.secrets()

    async def open(self) -> AsyncConnection:
        """Open one WebSocket with fresh auth headers (``Credentials.aheaders``); map every
        failure to a typed error."""
        headers = {**self.extra_headers, **(await self.credentials.aheaders())}
        with self._handshake_errors():
            connection = await _asyncio_connection.connect(
                self.url,
                additional_headers=headers,
                max_queue=self.max_queue,
                write_buffer_limit=WRITE_BUFFER_LIMIT,
                **self._connect_options(),
            )
        log = self._frame_log()
        if log is None:
            return connection
        return _RecordingConnection(connection, log)  # type: ignore[return-value]

    def open_sync(self) -> _blocking.BlockingConnection:
        """Open one WebSocket in the caller's thread (no thread started), with fresh auth
        headers (``Credentials.headers``); map every failure to a typed error."""
        headers = {**self.extra_headers, **self.credentials.headers()}
        with self._handshake_errors():
            connection = _blocking.connect(
                self.url, additional_headers=headers, **self._connect_options()
            )
        log = self._frame_log()
        if log is None:
            return connection
        return _RecordingBlockingConnection(connection, log)

    def send_timeout_error(self) -> APITimeoutError:
        """The error of a send that waited ``send_timeout`` seconds (the connection is then
        aborted)."""
        return APITimeoutError(
            f"A send did not complete within {self.send_timeout} s: the server stopped "
            "reading. The connection was aborted; this event was not delivered. Open a new "
            "session (or raise send_timeout=)."
        )

    def _connect_options(self) -> dict[str, Any]:
        return {
            "user_agent_header": (
                f"openai-realtime/{__version__} websockets/{_WEBSOCKETS_VERSION}"
            ),
            "open_timeout": self.open_timeout,
            "close_timeout": self.close_timeout,
            "max_size": self.max_message_bytes,
            "logger": RedactingLogger(
                logging.getLogger("websockets.client"), self.credentials.secrets
            ),
        }

    def _frame_log(self) -> _FrameLog | None:
        if self.recorder is None:
            return None
        self.recorder.add_secrets(self.credentials.secrets())
        return _FrameLog(self.recorder, self.recorder.open_connection(self.url, self.kind))

    @contextlib.contextmanager
    def _handshake_errors(self) -> Iterator[None]:
        """Map what opening a WebSocket raises to the package's typed errors."""
        try:
            yield
        except InvalidStatus as exc:
            response = exc.response
            raise api_error_from_response(
                response.status_code,
                bytes(response.body or b"")[:_MAX_ERROR_BODY],
                response.headers,
                secrets=self.credentials.secrets(),
                during="handshake",
                url=self.url,
            ) from None
        except TimeoutError:
            raise APITimeoutError(
                f"Opening {self.url} took longer than {self.open_timeout} s.{_proxy_hint(self.url)}"
            ) from None
        except InvalidURI as exc:
            raise APIConnectionError(f"Invalid WebSocket URL {self.url}: {exc}") from None
        except InvalidMessage as exc:
            cause = exc.__cause__
            if isinstance(cause, SecurityError) and "body too large" in str(cause):
                raise APIConnectionError(
                    f"The server at {self.url} answered the handshake with a body over 1 MiB "
                    f"({redact(str(cause), self.credentials.secrets())}); websockets refuses it "
                    "before its HTTP status can be read. The handshake was refused; check the "
                    "key and the endpoint (the REST API gives the status and message)."
                ) from None
            text = redact(str(exc) or type(exc).__name__, self.credentials.secrets())
            raise APIConnectionError(
                f"Could not open {self.url}: {text}. Check the base URL / endpoint and the network."
            ) from None
        except (OSError, InvalidHandshake) as exc:
            text = redact(str(exc) or type(exc).__name__, self.credentials.secrets())
            raise APIConnectionError(
                f"Could not open {self.url}: {text}. Check the base URL / endpoint and the "
                f"network.{_proxy_hint(self.url)}"
            ) from None


def _proxy_hint(url: str) -> str:
    """A sentence for a failed open when the environment names a proxy for ``url``: the
    sessions connect directly (they do not tunnel through HTTP proxies). Names only the
    variable, never its value (a proxy URL may carry credentials)."""
    import urllib.parse
    import urllib.request

    parts = urllib.parse.urlsplit(url)
    scheme = "https" if parts.scheme == "wss" else "http"
    if scheme not in urllib.request.getproxies_environment():
        return ""
    if urllib.request.proxy_bypass(parts.hostname or ""):
        return ""
    return (
        f" The environment sets {scheme.upper()}_PROXY, but realtime sessions connect directly "
        "(they do not use HTTP proxies): allow direct connections to this host, or add it to "
        "NO_PROXY to silence this hint."
    )


class _FrameLog:
    """The recording of one connection (``record_to``): frames both ways and the close; what
    both recording wrappers share."""

    __slots__ = ("_close_recorded", "number", "recorder")

    def __init__(self, recorder: RecordingWriter, number: int) -> None:
        self.recorder = recorder
        self.number = number
        self._close_recorded = False

    def sent(self, message: str | bytes, text: bool | None) -> None:
        frame: str | bytes = message
        if text and isinstance(message, bytes):
            frame = message.decode("utf-8", "replace")
        self.recorder.frame(self.number, "client", frame)

    def received(self, frame: str | bytes) -> None:
        self.recorder.frame(self.number, "server", frame)

    def closed(self, code: int | None, reason: str | None) -> None:
        if not self._close_recorded and code is not None:
            self._close_recorded = True
            self.recorder.closed(self.number, code, reason or "")


class _RecordingBlockingConnection(_blocking.BlockingConnection):
    """A blocking client WebSocket that records every frame it sends and receives, and its
    close."""

    def __init__(self, inner: _blocking.BlockingConnection, log: _FrameLog) -> None:
        super().__init__(inner.socket, inner.protocol, inner.close_timeout)
        self._messages = inner._messages
        self._assembler = inner._assembler
        self._log = log

    def send(self, message: str | bytes, text: bool = True, timeout: float | None = None) -> None:
        try:
            super().send(message, text, timeout)
        except websockets.ConnectionClosed:
            self._log.closed(self.close_code, self.close_reason)
            raise
        self._log.sent(message, text)

    def recv(self, timeout: float | None = None) -> str | bytes:
        try:
            frame = super().recv(timeout)
        except websockets.ConnectionClosed:
            self._log.closed(self.close_code, self.close_reason)
            raise
        self._log.received(frame)
        return frame

    def close(self, code: int = 1000, reason: str = "") -> None:
        super().close(code, reason)
        self._log.closed(self.close_code, self.close_reason)


class _RecordingConnection:
    """A client WebSocket that records every frame it sends and receives, and its close
    (what the async session uses of :class:`._asyncio_connection.AsyncConnection`:
    ``write``, ``send``, ``recv``, ``close``, ``close_code``; everything else is passed
    through)."""

    def __init__(self, inner: AsyncConnection, log: _FrameLog) -> None:
        self._inner = inner
        self._log = log

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def _record_close(self) -> None:
        self._log.closed(self._inner.close_code, self._inner.close_reason)

    def write(self, message: str | bytes, text: bool | None = True) -> None:
        try:
            self._inner.write(message, text)
        except websockets.ConnectionClosed:
            self._record_close()
            raise
        self._log.sent(message, text)

    async def send(self, message: str | bytes, text: bool | None = True) -> None:
        try:
            await self._inner.send(message, text)
        except websockets.ConnectionClosed:
            self._record_close()
            raise
        self._log.sent(message, text)

    async def recv(self, decode: bool | None = None) -> str | bytes:
        try:
            frame = await self._inner.recv(decode)
        except websockets.ConnectionClosed:
            self._record_close()
            raise
        self._log.received(frame)
        return frame

    async def close(self, code: int = 1000, reason: str = "") -> None:
        await self._inner.close(code, reason)
        self._record_close()
