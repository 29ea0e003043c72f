"""Realtime WebSocket sessions: connect, send client events, receive typed server events.

``connect_realtime_session(model=...)`` and ``connect_realtime_transcription_session()`` are the
Python equivalents of PSOpenAI's ``Connect-RealtimeSession`` / ``Connect-RealtimeTranscriptionSession``.
Each returns an awaitable async context manager that yields a :class:`RealtimeSession`::

    async with connect_realtime_transcription_session() as session:
        await session.append_audio(pcm16_24khz)
        async for event in session:
            print(event.type_)

Receiving: events are read from the socket when the caller asks (``recv``, iteration,
``wait_for``); there is no hidden background reader that could fail silently or grow without
bound. Backpressure policy: when the caller falls behind, the ``websockets`` library buffers at
most ``max_queue`` frames (default 16, plus the kernel's socket buffers), then stops reading the
socket, so TCP flow control slows the server down. Nothing is dropped and memory stays bounded.

Closing: a close by the server (session expiry arrives as an ``error`` event, then close 1001)
raises :class:`~openai_realtime.errors.ConnectionClosedError` with the code and reason on the next
``recv``/``send``; after :meth:`RealtimeSession.disconnect`, iteration simply ends.
"""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import AsyncIterator, Generator, Mapping
from types import TracebackType
from typing import Any, Self

import websockets
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus, InvalidURI

from . import __version__
from .auth import Credentials
from .config import ConnectionKind, Secret, Settings
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ConnectionClosedError,
    EventTimeoutError,
    ServerErrorEvent,
    api_error_from_response,
    redact,
)
from .events import ClientEvent, EventDecoder, EventFamily, ServerEvent, encode_client_event

__all__ = [
    "MAX_EVENT_BYTES",
    "RealtimeSession",
    "connect_realtime_session",
    "connect_realtime_transcription_session",
]

logger = logging.getLogger("openai_realtime.session")
_WEBSOCKETS_VERSION: str = getattr(websockets, "__version__", "")

#: The largest client event the Realtime API accepts: 15 MiB.
MAX_EVENT_BYTES = 15 * 1024 * 1024
#: Raw audio bytes per ``input_audio_buffer.append`` so that base64 plus JSON stays under
#: :data:`MAX_EVENT_BYTES`; a multiple of 6 so each piece is whole samples and whole base64 quanta.
MAX_AUDIO_BYTES_PER_EVENT = ((MAX_EVENT_BYTES - 4096) * 3 // 4) // 6 * 6
#: Default limit for one incoming message, in bytes (``None`` would be unlimited).
DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024


class _RedactingLogger(logging.LoggerAdapter[logging.Logger]):
    """Logger handed to ``websockets``: its DEBUG log prints every handshake header, so each
    record is formatted here and the session's secrets are replaced by ``***``."""

    def __init__(self, base: logging.Logger, secrets: tuple[str, ...]) -> None:
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
        self.logger.log(level, redact(text, self._secrets), **kwargs)


class RealtimeSession:
    """An open realtime WebSocket: send client events, receive typed server events.

    Do not construct directly; use :func:`connect_realtime_session` or
    :func:`connect_realtime_transcription_session`.

    Attributes:
        kind: ``"conversation"``, ``"transcription"``, ``"call"`` or ``"translation"``.
        url: the WebSocket URL (it never contains a secret).
        session: the latest session configuration the server reported (from
            ``session.created`` / ``session.updated``), or ``None`` before the first.
        session_id: the server's session id (``sess_…``), once known.
        raise_on_error: when ``True``, a server ``error`` event raises
            :class:`~openai_realtime.errors.ServerErrorEvent` from ``recv``/iteration instead of
            being returned.
    """

    def __init__(
        self,
        connection: ClientConnection,
        *,
        kind: ConnectionKind,
        url: str,
        server_family: EventFamily,
        raise_on_error: bool,
        secrets: tuple[str, ...],
    ) -> None:
        self._ws = connection
        self.kind = kind
        self.url = url
        self.raise_on_error = raise_on_error
        self.session: Any = None
        self.session_id: str | None = None
        self._decoder = EventDecoder(server_family)
        self._send_lock = asyncio.Lock()
        self._closing = False
        self._secrets = secrets

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"<RealtimeSession {self.kind} {state} {self.url}>"

    @property
    def closed(self) -> bool:
        """``True`` once the WebSocket is closed (by either side)."""
        return self._ws.close_code is not None or self._closing

    # -------------------------------------------------------------------------------- sending

    async def send(self, event: ClientEvent) -> None:
        """Send one client event: a generated ``RealtimeClientEvent*`` model or a dict with a
        ``type`` (PSOpenAI's ``Send-RealtimeSessionEvent``). Sends are serialised per session.

        Raises:
            ConnectionClosedError: the connection is closed (code and reason attached).
            TypeError, ValueError: ``event`` is not a model or a dict with a ``type``.
        """
        await self.send_raw(encode_client_event(event))

    async def send_raw(self, text: str) -> None:
        """Send one already-encoded JSON event as a text frame (no checks)."""
        if len(text) > MAX_EVENT_BYTES:
            raise ValueError(
                f"a client event may be at most 15 MiB; this one is {len(text)} characters"
            )
        async with self._send_lock:
            try:
                await self._ws.send(text)
            except ConnectionClosed as exc:
                raise self._closed_error(exc) from None

    async def update_session(self, session: Mapping[str, Any] | Any) -> None:
        """Send ``session.update`` with a partial session configuration.

        ``session`` is a mapping or a generated session model (``RealtimeSessionCreateRequestGA``
        / ``RealtimeTranscriptionSessionCreateRequestGA``); only the fields it carries are sent.
        ``session.type`` (``"realtime"`` / ``"transcription"``) is filled in from the connection
        kind when missing.
        """
        data = dict(session) if isinstance(session, Mapping) else session.to_dict()
        if "type" not in data and self.kind in ("conversation", "transcription", "call"):
            data["type"] = "transcription" if self.kind == "transcription" else "realtime"
        await self.send({"type": "session.update", "session": data})

    async def append_audio(self, audio: bytes | bytearray | memoryview) -> None:
        """Append audio to the input audio buffer (``input_audio_buffer.append``).

        ``audio`` is raw bytes in the session's input format (24 kHz mono PCM16 little-endian
        for ``audio/pcm``; 8 kHz G.711 for ``audio/pcmu``/``audio/pcma``). The client does the
        base64 and splits it into several events when one would exceed the 15 MiB limit.
        """
        view = memoryview(audio).cast("B")
        for start in range(0, max(len(view), 1), MAX_AUDIO_BYTES_PER_EVENT):
            piece = view[start : start + MAX_AUDIO_BYTES_PER_EVENT]
            b64 = base64.b64encode(piece).decode("ascii")
            # base64 needs no JSON escaping: build the frame directly (hot path).
            await self.send_raw('{"type":"input_audio_buffer.append","audio":"' + b64 + '"}')

    async def commit_audio(self) -> None:
        """Commit the input audio buffer as a user item (``input_audio_buffer.commit``); needed
        only when turn detection is off. The server rejects a buffer under 100 ms."""
        await self.send_raw('{"type":"input_audio_buffer.commit"}')

    async def clear_audio(self) -> None:
        """Discard the uncommitted input audio (``input_audio_buffer.clear``)."""
        await self.send_raw('{"type":"input_audio_buffer.clear"}')

    # ------------------------------------------------------------------------------ receiving

    async def recv(self, timeout: float | None = None) -> ServerEvent:
        """Receive the next server event, typed through the connection's dispatch table.

        Args:
            timeout: seconds to wait; ``None`` waits indefinitely.

        Returns:
            A generated ``RealtimeServerEvent*`` instance (translation/beta family on those
            connections), or :class:`~openai_realtime.events.UnknownEvent`.

        Raises:
            EventTimeoutError: nothing arrived within ``timeout`` (the session stays usable).
            ConnectionClosedError: the connection is closed (code and reason attached).
            ServerErrorEvent: an ``error`` event arrived and ``raise_on_error`` is set.
            ProtocolError: the server sent a frame that is not a realtime event.
        """
        try:
            if timeout is None:
                frame = await self._ws.recv()
            else:
                async with asyncio.timeout(timeout):
                    frame = await self._ws.recv()
        except TimeoutError:
            raise EventTimeoutError(f"no server event arrived within {timeout} s") from None
        except ConnectionClosed as exc:
            raise self._closed_error(exc) from None
        event = self._decoder.decode(frame)
        event_type = event.type_
        if event_type in ("session.created", "session.updated"):
            self.session = getattr(event, "session", None)
            session_id = getattr(self.session, "id", None)
            if isinstance(session_id, str):
                self.session_id = session_id
        elif event_type == "error" and self.raise_on_error:
            raise ServerErrorEvent(event)
        return event

    def __aiter__(self) -> AsyncIterator[ServerEvent]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[ServerEvent]:
        while True:
            try:
                yield await self.recv()
            except ConnectionClosedError as exc:
                if exc.by_server:
                    raise
                return

    async def wait_for(self, event_type: str, timeout: float | None = None) -> ServerEvent:
        """Receive events until one of ``event_type`` arrives; return it.

        Events of other types that arrive meanwhile are discarded (use iteration to see every
        event). An ``error`` event raises :class:`~openai_realtime.errors.ServerErrorEvent`
        unless ``"error"`` is what is awaited.

        Raises:
            EventTimeoutError: ``timeout`` (seconds) passed first.
            ConnectionClosedError: the connection closed first.
        """
        try:
            async with asyncio.timeout(timeout):
                while True:
                    event = await self.recv()
                    if event.type_ == event_type:
                        return event
                    if event.type_ == "error" and not self.raise_on_error:
                        raise ServerErrorEvent(event)
        except TimeoutError:
            raise EventTimeoutError(f"no {event_type!r} event arrived within {timeout} s") from None

    # -------------------------------------------------------------------------------- closing

    async def disconnect(self, code: int = 1000, reason: str = "") -> None:
        """Close the WebSocket cleanly (``Disconnect-RealtimeSession``); waits at most the
        connection's close timeout (seconds). Safe to call twice."""
        self._closing = True
        await self._ws.close(code, reason)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.disconnect()

    def _closed_error(self, exc: ConnectionClosed) -> ConnectionClosedError:
        by_server = not self._closing
        frame = exc.rcvd if by_server else (exc.sent or exc.rcvd)
        code = frame.code if frame is not None else 1006
        reason = redact(frame.reason, self._secrets) if frame is not None else ""
        return ConnectionClosedError(code, reason, by_server=by_server)


class _Connect:
    """Awaitable and async context manager returned by the ``connect_*`` functions."""

    def __init__(
        self,
        kind: ConnectionKind,
        *,
        model: str | None,
        call_id: str | None,
        client_secret: str | Secret | None,
        settings: Settings | None,
        raise_on_error: bool,
        open_timeout: float,
        close_timeout: float,
        max_message_bytes: int | None,
        settings_kwargs: dict[str, Any],
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
        self.raise_on_error = raise_on_error
        self.open_timeout = open_timeout
        self.close_timeout = close_timeout
        self.max_message_bytes = max_message_bytes
        self._session: RealtimeSession | None = None

    def _family(self) -> EventFamily:
        if self.kind == "translation":
            return "translation_server"
        return "beta_server" if self.settings.event_dialect == "beta" else "ga_server"

    async def _open(self) -> RealtimeSession:
        headers = await self.credentials.aheaders()
        secrets = self.credentials.secrets()
        try:
            connection = await websockets.connect(
                self.url,
                additional_headers=headers,
                user_agent_header=f"openai-realtime/{__version__} websockets/{_WEBSOCKETS_VERSION}",
                open_timeout=self.open_timeout,
                close_timeout=self.close_timeout,
                max_size=self.max_message_bytes,
                compression=None,
                logger=_RedactingLogger(logging.getLogger("websockets.client"), secrets),
            )
        except InvalidStatus as exc:
            response = exc.response
            raise api_error_from_response(
                response.status_code,
                bytes(response.body or b""),
                response.headers,
                secrets=secrets,
                during="handshake",
                url=self.url,
            ) from None
        except TimeoutError:
            raise APITimeoutError(
                f"Opening {self.url} took longer than {self.open_timeout} s."
            ) from None
        except InvalidURI as exc:
            raise APIConnectionError(f"Invalid WebSocket URL {self.url}: {exc}") from None
        except (OSError, InvalidHandshake) as exc:
            text = redact(str(exc) or type(exc).__name__, secrets)
            raise APIConnectionError(
                f"Could not open {self.url}: {text}. Check the base URL / endpoint and the network."
            ) from None
        return RealtimeSession(
            connection,
            kind=self.kind,
            url=self.url,
            server_family=self._family(),
            raise_on_error=self.raise_on_error,
            secrets=secrets,
        )

    def __await__(self) -> Generator[Any, None, RealtimeSession]:
        return self._open().__await__()

    async def __aenter__(self) -> RealtimeSession:
        self._session = await self._open()
        return self._session

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._session is not None:
            await self._session.disconnect()


def connect_realtime_session(
    model: str | None = None,
    *,
    call_id: str | None = None,
    client_secret: str | Secret | None = None,
    settings: Settings | None = None,
    raise_on_error: bool = False,
    open_timeout: float = 10.0,
    close_timeout: float = 5.0,
    max_message_bytes: int | None = DEFAULT_MAX_MESSAGE_BYTES,
    **settings_kwargs: Any,
) -> _Connect:
    """Open a conversation session (``wss://…/realtime?model=<model>``), GA protocol.

    Use ``async with connect_realtime_session(...) as session:`` or
    ``session = await connect_realtime_session(...)`` (then ``await session.disconnect()``).

    Args:
        model: the model (OpenAI, default ``gpt-realtime``) or deployment (Azure).
        call_id: join an existing WebRTC/SIP call (``?call_id=``) instead of starting a session.
        client_secret: an ephemeral ``ek_…`` secret to authenticate with instead of the key.
        settings: resolved :class:`~openai_realtime.config.Settings`; otherwise any of its
            keywords (``api_key``, ``base_url``, ``api_type``, ``api_base``, ``api_version``,
            ``auth_type``, ``credential``, ``deployment``, …) may be given here.
        raise_on_error: raise server ``error`` events as exceptions.
        open_timeout, close_timeout: seconds for the handshake and for the closing handshake.
        max_message_bytes: largest incoming message accepted (bytes); ``None`` for no limit.

    Raises:
        ConfigurationError: incomplete settings (before any traffic).
        AuthenticationError (and other APIError subclasses): the handshake was rejected; the
            exception carries the HTTP status and the server's message.
        APIConnectionError, APITimeoutError: the server could not be reached in time.
    """
    return _Connect(
        "call" if call_id else "conversation",
        model=model,
        call_id=call_id,
        client_secret=client_secret,
        settings=settings,
        raise_on_error=raise_on_error,
        open_timeout=open_timeout,
        close_timeout=close_timeout,
        max_message_bytes=max_message_bytes,
        settings_kwargs=settings_kwargs,
    )


def connect_realtime_transcription_session(
    *,
    client_secret: str | Secret | None = None,
    settings: Settings | None = None,
    raise_on_error: bool = False,
    open_timeout: float = 10.0,
    close_timeout: float = 5.0,
    max_message_bytes: int | None = DEFAULT_MAX_MESSAGE_BYTES,
    **settings_kwargs: Any,
) -> _Connect:
    """Open a transcription session (``wss://…/realtime?intent=transcription``), GA protocol.

    Same arguments, return value and errors as :func:`connect_realtime_session`, without a
    model (the transcription model is part of the session configuration:
    ``audio.input.transcription.model``).
    """
    return _Connect(
        "transcription",
        model=None,
        call_id=None,
        client_secret=client_secret,
        settings=settings,
        raise_on_error=raise_on_error,
        open_timeout=open_timeout,
        close_timeout=close_timeout,
        max_message_bytes=max_message_bytes,
        settings_kwargs=settings_kwargs,
    )
