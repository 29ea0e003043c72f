"""Opening realtime sessions: the ``connect_*`` functions (PSOpenAI's ``Connect-RealtimeSession``
and ``Connect-RealtimeTranscriptionSession``).

Every ``connect_*`` function, async (here) and sync (:mod:`openai_realtime.sync`), takes the
keyword arguments of :class:`ConnectOptions`, one definition for all six: a misspelt keyword is
a type error (mypy) and a ``TypeError`` at run time.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from websockets.exceptions import ConnectionClosed

from .config import ApiType, AuthType, ConnectionKind, Secret, Settings, TokenProvider
from .core import DEFAULT_MAX_BACKLOG_BYTES, SessionCore
from .session import RealtimeSession
from .transport import (
    DEFAULT_MAX_MESSAGE_BYTES,
    DEFAULT_MAX_QUEUE,
    DEFAULT_SEND_TIMEOUT,
    ReconnectPolicy,
    Transport,
)

if TYPE_CHECKING:
    from .conversation import Conversation

__all__ = [
    "ConnectOptions",
    "connect_realtime_session",
    "connect_realtime_transcription_session",
    "connect_realtime_translation_session",
    "prepare",
]


class ConnectOptions(TypedDict, total=False):
    """The keyword arguments of every ``connect_*`` function (all optional).

    Session and connection:
        client_secret: an ephemeral ``ek_…`` secret to authenticate with instead of the key
            (sent as ``Authorization: Bearer`` on OpenAI and Azure alike).
        settings: resolved :class:`~openai_realtime.config.Settings` (then none of the
            settings keywords below).
        raise_on_error: raise server ``error`` events as exceptions (default ``False``).
        reconnect: ``True`` or a :class:`~openai_realtime.transport.ReconnectPolicy` to
            reconnect after retryable closes (default ``False``).
        open_timeout, close_timeout: seconds for the opening and the closing handshakes
            (defaults 10 and 5).
        max_message_bytes: largest incoming message accepted (bytes; default 8 MiB); ``None``
            for no limit (and no memory bound).
        max_queue: incoming frames buffered before reading pauses (backpressure; default 16;
            the sync session reads only when asked, so TCP's window is its queue).
        max_backlog, max_backlog_bytes: events (default 10,000) and their bytes (default
            48 MiB) ``wait_for`` may keep for later ``recv`` calls (then it raises
            ``BacklogFullError``).
        send_timeout: seconds one send may wait for a server that does not read (default 30);
            then the connection is aborted and ``APITimeoutError`` raised.
        conversation: (realtime and call sessions) a
            :class:`~openai_realtime.conversation.Conversation` to use as
            ``session.conversation``, e.g. ``Conversation(keep_audio=True)`` or one restored
            with ``Conversation.from_dict``: its items are replayed into the new session
            (budget from the ``reconnect`` policy) before the first event is returned.
        strict: ``True`` raises ``SpecDeviationError`` for a server event that deviates from
            the spec; the default types it anyway and records the deviations on it
            (``openai_realtime.deviations``); ``None`` follows the
            ``OPENAI_REALTIME_STRICT_EVENTS`` environment variable.
        extra_headers: more handshake headers (e.g. for a proxy); never put secrets here.
        record_to: a file (path) that receives every frame of the session in both
            directions, with timestamps and secrets redacted (:mod:`openai_realtime.recording`;
            replay it with ``openai-realtime server --replay FILE``).

    Settings (:meth:`Settings.resolve <openai_realtime.config.Settings.resolve>`; the
    environment fills what is not given): ``api_key``, ``api_type``, ``api_base``,
    ``api_version``, ``auth_type``, ``credential``, ``token_provider``, ``scope``,
    ``deployment``, ``organization``, ``project``, ``environ``.

    Memory: one session buffers at most
    :func:`~openai_realtime.transport.worst_case_memory_bytes` (240 MiB with the defaults:
    (``max_queue`` + 2) x ``max_message_bytes`` incoming, ``max_backlog_bytes`` kept,
    16 MiB of unconfirmed sends, 32 MiB of unsent output).

    Raises (from the ``connect_*`` functions):
        ConfigurationError: incomplete settings (before any traffic).
        AuthenticationError (and other APIError subclasses): the handshake was rejected; the
            exception carries the HTTP status and the server's message.
        APIConnectionError, APITimeoutError: the server could not be reached in time.
    """

    client_secret: str | Secret | None
    settings: Settings | None
    raise_on_error: bool
    reconnect: bool | ReconnectPolicy
    open_timeout: float
    close_timeout: float
    max_message_bytes: int | None
    max_queue: int
    max_backlog: int
    max_backlog_bytes: int
    send_timeout: float
    conversation: Conversation | None
    strict: bool | None
    extra_headers: Mapping[str, str] | None
    record_to: str | os.PathLike[str] | None
    api_key: str | Secret | None
    api_type: ApiType | None
    api_base: str | None
    api_version: str | None
    auth_type: AuthType | None
    credential: Any
    token_provider: TokenProvider | None
    scope: str | None
    deployment: str | None
    organization: str | None
    project: str | None
    environ: Mapping[str, str] | None


_TRANSPORT = {
    "client_secret": None, "settings": None, "open_timeout": 10.0, "close_timeout": 5.0,
    "max_message_bytes": DEFAULT_MAX_MESSAGE_BYTES, "max_queue": DEFAULT_MAX_QUEUE,
    "extra_headers": None, "record_to": None, "send_timeout": DEFAULT_SEND_TIMEOUT,
}  # fmt: skip
_SESSION = {
    "raise_on_error": False, "reconnect": False, "max_backlog": 10_000,
    "max_backlog_bytes": DEFAULT_MAX_BACKLOG_BYTES, "conversation": None, "strict": None,
}  # fmt: skip


def prepare(
    kind: ConnectionKind, model: str | None, call_id: str | None, options: Mapping[str, Any]
) -> tuple[Transport, Callable[[], SessionCore]]:
    """The transport of a session and the maker of its core, from the ``connect_*`` keywords.

    Raises:
        TypeError: a keyword :class:`ConnectOptions` does not define.
        ConfigurationError: incomplete settings.
    """
    unknown = sorted(set(options) - set(ConnectOptions.__annotations__))
    if unknown:
        raise TypeError(f"unexpected keyword argument(s) {', '.join(map(repr, unknown))}")
    transport_options = {k: options.get(k, v) for k, v in _TRANSPORT.items()}
    session_options = {k: options.get(k, v) for k, v in _SESSION.items()}
    settings_options = {
        k: v for k, v in options.items() if k not in _TRANSPORT and k not in _SESSION
    }
    transport = Transport(
        kind, model=model, call_id=call_id, settings_kwargs=settings_options, **transport_options
    )
    reconnect = session_options.pop("reconnect")

    def core() -> SessionCore:
        return SessionCore(
            kind=transport.kind,
            url=transport.url,
            dialect=transport.dialect,
            server_family=transport.server_family,
            model=transport.settings.model,
            secrets=transport,
            open_timeout=transport.open_timeout,
            reconnect=ReconnectPolicy() if reconnect is True else (reconnect or None),
            **session_options,
        )

    return transport, core


class _Connect:
    """Awaitable and async context manager returned by the async ``connect_*`` functions."""

    def __init__(self, transport: Transport, core: Callable[[], SessionCore]) -> None:
        self.transport = transport
        self._core = core
        self._session: RealtimeSession | None = None

    async def _open(self) -> RealtimeSession:
        connection = await self.transport.open()
        session = RealtimeSession(connection, self._core(), self.transport)
        try:
            await session._replay(connection)  # a restored conversation goes to this session
        except ConnectionClosed as exc:
            raise session._core.closed_error(exc.rcvd, exc.sent) from None
        return session

    def __await__(self) -> Generator[Any, None, RealtimeSession]:
        return self._open().__await__()

    async def __aenter__(self) -> RealtimeSession:
        self._session = await self._open()
        return self._session

    async def __aexit__(self, *exc_info: object) -> None:
        if self._session is not None:
            await self._session.disconnect()


def connect_realtime_session(
    model: str | None = None, *, call_id: str | None = None, **options: Unpack[ConnectOptions]
) -> _Connect:
    """Open a realtime (conversation) session (``wss://…/realtime?model=<model>``), or join an
    existing WebRTC/SIP call with ``call_id=`` (``?call_id=``). GA protocol, or the beta dialect
    on Azure preview (``api_version`` given).

    Use ``async with connect_realtime_session(...) as session:`` or
    ``session = await connect_realtime_session(...)`` (then ``await session.disconnect()``).
    ``model`` is the model (OpenAI, default ``gpt-realtime``) or the deployment (Azure). The
    keyword arguments, their defaults and the errors raised: :class:`ConnectOptions`.
    """
    return _Connect(*prepare("call" if call_id else "realtime", model, call_id, options))


def connect_realtime_transcription_session(**options: Unpack[ConnectOptions]) -> _Connect:
    """Open a transcription session (``wss://…/realtime?intent=transcription``); the
    transcription model is part of the session configuration (``transcription={"model": ...}``
    in :meth:`RealtimeSession.set_configuration`). Keyword arguments: :class:`ConnectOptions`.
    """
    return _Connect(*prepare("transcription", None, None, options))


def connect_realtime_translation_session(
    model: str | None = None, **options: Unpack[ConnectOptions]
) -> _Connect:
    """Open a translation session (``wss://…/realtime/translations?model=<model>``, default
    ``gpt-realtime-translate``; OpenAI only). It speaks the translation event family: send
    ``session.update`` (``audio.output.language``) and audio with ``append_audio``; receive
    ``session.output_audio.delta`` / ``session.output_transcript.delta``. Keyword arguments:
    :class:`ConnectOptions`."""
    return _Connect(*prepare("translation", model, None, options))
