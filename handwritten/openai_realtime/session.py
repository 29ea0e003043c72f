"""Realtime WebSocket sessions: connect, send client events, receive typed server events.

``connect_realtime_session(model=...)``, ``connect_realtime_transcription_session()`` and
``connect_realtime_translation_session()`` are the Python equivalents of PSOpenAI's
``Connect-RealtimeSession`` / ``Connect-RealtimeTranscriptionSession``. Each returns an awaitable
async context manager that yields a :class:`RealtimeSession`::

    async with connect_realtime_session("gpt-realtime") as session:
        await session.set_configuration(instructions="Be brief.", output_modalities=["text"])
        await session.add_item(role="user", text="Hello!")
        await session.request_response()
        async for event in session:
            ...

**Receiving.** Events are read from the socket when the caller asks (``recv``, iteration,
``wait_for``, ``run``); handlers registered with :meth:`RealtimeSession.on` run then, in the
caller's task, so a failing handler raises where the caller can see it: there is no hidden
background reader that could fail silently. ``wait_for`` keeps the events it passes over and
``recv`` returns them afterwards, in order: nothing is lost.

**Backpressure (the bounded receive queue).** When the caller falls behind, the ``websockets``
library buffers at most ``max_queue`` incoming frames (default 16; in practice up to that plus two:
the frame being read and one socket read, each frame at most ``max_message_bytes``, default 8 MiB),
then stops reading the socket, so
TCP flow control slows the server down. Nothing is dropped and memory stays bounded whatever the
rate (measured: 10^6 events through a slow consumer, RSS flat); a consumer that never reads
eventually stalls the server's sends (a real server may then close the connection). The events
``wait_for`` passes over are kept for ``recv``, at most ``max_backlog`` of them (default 10,000);
past that (or past ``max_backlog_bytes``, default 48 MiB) ``wait_for`` raises
:class:`~openai_realtime.errors.BacklogFullError` instead of growing without bound, and the kept
events stay available. The worst case of one session is
:func:`~openai_realtime.transport.worst_case_memory_bytes` (240 MiB with the defaults).

**Sending.** A send waits at most ``send_timeout`` seconds (default 30) for a server that stopped
reading, then aborts the connection and raises :class:`~openai_realtime.errors.APITimeoutError`.
Events sent after the last frame received are journaled (at most 1,024 events / 16 MiB): if the
connection drops they are reported, never silently lost (``unconfirmed`` below).

**Closing.** A close by the server (session expiry arrives as an ``error`` event, then close 1001)
raises :class:`~openai_realtime.errors.ConnectionClosedError` with the code and reason on the next
``recv``/``send``. With ``reconnect=True`` (or a :class:`ReconnectPolicy`), a close with a
retryable code (1001, 1005, 1006, 1011, 1012, 1013, 1015) is followed by a new connection (jittered
exponential backoff, fresh auth headers - a new Entra ID token -, the session configuration sent so
far re-applied), reported to the caller as a :class:`SessionReconnected` event (which lists the
``unconfirmed`` sends; an attempt counts only when the new connection sent ``session.created``
within ``open_timeout``, and when every attempt fails
:class:`~openai_realtime.errors.ConnectionClosedError` says how many were made). The new server
session starts empty unless ``ReconnectPolicy(replay=True)`` replays the conversation from the
local mirror (:attr:`RealtimeSession.conversation`, :mod:`openai_realtime.handoff`);
``rotate_after_s`` hands it over to a successor session before the provider's limit. After
:meth:`RealtimeSession.disconnect`, iteration simply ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import inspect
import logging
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, TypeAlias

import attrs
import pybase64
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

from . import handoff, protocol
from .config import ConnectionKind, Secret, Settings
from .conversation import Conversation, CutResponse
from .dialect import server_decoder
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    BacklogFullError,
    ConnectionClosedError,
    EventTimeoutError,
    ProtocolError,
    RealtimeError,
    ServerErrorEvent,
    redact,
)
from .events import (
    ClientEvent,
    ServerEvent,
    check_finite,
    client_event_dict,
    dumps,
    dumps_bytes,
    loads,
)
from .metrics import SessionMetrics
from .playback import PlaybackTracker, TruncationPoint
from .protocol import NOT_GIVEN, AudioFormat, Modality, NotGiven, ToolChoice
from .transport import (
    DEFAULT_MAX_MESSAGE_BYTES,
    DEFAULT_MAX_QUEUE,
    DEFAULT_SEND_TIMEOUT,
    RETRYABLE_CLOSE_CODES,
    ReconnectPolicy,
    Transport,
)

if TYPE_CHECKING:
    from openai_realtime_api.event_types import AsyncWaitFor

    from .tools import Tool, ToolRegistry  # imported on first use: most sessions have no tools

__all__ = [
    "MAX_EVENT_BYTES",
    "RETRYABLE_CLOSE_CODES",
    "RealtimeSession",
    "ReconnectPolicy",
    "SessionEvent",
    "SessionReconnected",
    "connect_realtime_session",
    "connect_realtime_transcription_session",
    "connect_realtime_translation_session",
]

logger = logging.getLogger("openai_realtime.session")

#: The largest client event the Realtime API accepts: 15 MiB.
MAX_EVENT_BYTES = 15 * 1024 * 1024
#: Default bound of the bytes (frame sizes) of the events ``wait_for`` keeps for ``recv``.
DEFAULT_MAX_BACKLOG_BYTES = 48 * 1024 * 1024
#: Bounds of the journal of sends not yet followed by any server frame (events, bytes).
MAX_UNCONFIRMED_EVENTS = 1024
MAX_UNCONFIRMED_BYTES = 16 * 1024 * 1024
#: Raw audio bytes per append event so that base64 plus JSON stays under
#: :data:`MAX_EVENT_BYTES`; a multiple of 6 so each piece is whole samples and whole base64 quanta.
MAX_AUDIO_BYTES_PER_EVENT = ((MAX_EVENT_BYTES - 4096) * 3 // 4) // 6 * 6

Handler = Callable[[Any], Awaitable[None] | None]


@attrs.frozen
class SessionReconnected:
    """Reported by ``recv``/iteration after a successful reconnect (not a server event).

    Attributes:
        type: always ``"openai_realtime.session.reconnected"``.
        attempts: connection attempts it took.
        code, reason: the close that caused it.
        session: the new server session (from its ``session.created``).
        reapplied: the session configuration re-sent (``session.update``), or ``None``.
        rotated: ``True`` for a planned rotation (``ReconnectPolicy.rotate_after_s``; ``code``
            is then ``None``), ``False`` after a close.
        cut_response: the response the close interrupted (its id and partial transcript; not
            replayed), or ``None``.
        replay: what the conversation replay did (``ReconnectPolicy(replay=True)``), or
            ``None`` without a replay.
        gap_ms: milliseconds from noticing the close (or starting the rotation) until the new
            session was ready.
        unconfirmed: client events sent on the old connection after the last frame received
            from it (oldest first): the server may never have read them. They are not re-sent
            automatically (some are not idempotent); re-send what matters.
        unconfirmed_dropped: older unconfirmed events that did not fit the journal
            (:data:`MAX_UNCONFIRMED_EVENTS` / :data:`MAX_UNCONFIRMED_BYTES`), counted only.
    """

    attempts: int
    code: int | None
    reason: str
    session: Any
    reapplied: dict[str, Any] | None
    type: str = "openai_realtime.session.reconnected"
    rotated: bool = False
    cut_response: CutResponse | None = None
    replay: handoff.ReplayReport | None = None
    gap_ms: float = 0.0
    unconfirmed: tuple[dict[str, Any], ...] = ()
    unconfirmed_dropped: int = 0

    @property
    def type_(self) -> Literal["openai_realtime.session.reconnected"]:
        """Always ``"openai_realtime.session.reconnected"``, like the generated events' literal
        ``type_`` (so that comparing ``event.type_`` narrows the session's event union)."""
        return "openai_realtime.session.reconnected"

    def to_dict(self) -> dict[str, Any]:
        """A plain summary (for logging)."""
        return {
            "type": self.type,
            "attempts": self.attempts,
            "code": self.code,
            "reason": self.reason,
            "rotated": self.rotated,
            "cut_response": attrs.asdict(self.cut_response) if self.cut_response else None,
            "replayed": self.replay.replayed if self.replay else None,
            "gap_ms": self.gap_ms,
            "unconfirmed": len(self.unconfirmed) + self.unconfirmed_dropped,
        }


#: What ``recv``, iteration and ``wait_for`` return: a server event (the generated union of the
#: GA and translation families, or :class:`~openai_realtime.events.UnknownEvent`), or
#: :class:`SessionReconnected` after a reconnect. Narrow it with ``isinstance`` or by comparing
#: ``event.type_`` with a type name.
SessionEvent: TypeAlias = ServerEvent | SessionReconnected


def _merge(base: dict[str, Any], patch: Mapping[str, Any]) -> dict[str, Any]:
    """Deep-merge a partial session update into the accumulated configuration."""
    for key, value in patch.items():
        if isinstance(value, Mapping) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = copy.deepcopy(value)
    return base


class RealtimeSession:
    """An open realtime WebSocket: send client events, receive typed server events.

    Do not construct directly; use :func:`connect_realtime_session`,
    :func:`connect_realtime_transcription_session` or :func:`connect_realtime_translation_session`.

    Attributes:
        kind: ``"conversation"``, ``"transcription"``, ``"call"`` or ``"translation"``.
        url: the WebSocket URL (it never contains a secret).
        dialect: ``"ga"``, or ``"beta"`` on Azure OpenAI's preview protocol (client events are
            then converted with :func:`~openai_realtime.dialect.to_beta`; server events are
            typed with the beta tables and handed over GA-typed, the beta-typed event in their
            ``beta`` attribute: :class:`~openai_realtime.dialect.GAVocabularyDecoder`).
        session: the latest session configuration the server reported (from
            ``session.created`` / ``session.updated``), or ``None`` before the first.
        session_id: the server's session id (``sess_…``), once known.
        configuration: the merged session configuration this client has sent (re-applied
            after a reconnect).
        conversation: the local mirror of the conversation
            (:class:`~openai_realtime.conversation.Conversation`; ``None`` on transcription
            and translation sessions), kept from the events received; replayed into the new
            session by a reconnect with ``ReconnectPolicy(replay=True)`` and by rotations.
        last_replay: the report of the last replay of the conversation into a new session
            (:class:`~openai_realtime.handoff.ReplayReport`; also in :class:`SessionReconnected`),
            or ``None``.
        raise_on_error: when ``True``, a server ``error`` event raises
            :class:`~openai_realtime.errors.ServerErrorEvent` from ``recv``/iteration instead of
            being returned.
        metrics: usage, cost, rate-limit and latency figures of this session
            (:class:`~openai_realtime.metrics.SessionMetrics`).
    """

    __slots__ = (
        "_auto_tools",
        "_backlog",
        "_backlog_bytes",
        "_backlog_sizes",
        "_calls_answered",
        "_closing",
        "_decoder",
        "_handlers",
        "_last_sent_at",
        "_last_size",
        "_opened_at",
        "_reconnect_lock",
        "_send_lock",
        "_tools",
        "_transport",
        "_unconfirmed",
        "_unconfirmed_bytes",
        "_unconfirmed_dropped",
        "_ws",
        "configuration",
        "conversation",
        "dialect",
        "kind",
        "last_replay",
        "max_backlog",
        "max_backlog_bytes",
        "metrics",
        "raise_on_error",
        "reconnect_policy",
        "session",
        "session_id",
        "url",
    )

    if TYPE_CHECKING:
        # Typed events for users' type checkers: ``await session.wait_for("response.done")`` is
        # ``RealtimeServerEventResponseDone`` (one generated ``Literal`` overload per GA and
        # translation server event type; a predicate or another string gives SessionEvent).
        # The method below is the implementation (its signature is the overloads' fallback).
        wait_for: AsyncWaitFor[SessionEvent]

    def __init__(
        self,
        connection: ClientConnection,
        *,
        transport: Transport,
        raise_on_error: bool,
        reconnect: ReconnectPolicy | None,
        max_backlog: int = 10_000,
        conversation: Conversation | None = None,
        strict: bool | None = None,
        max_backlog_bytes: int = DEFAULT_MAX_BACKLOG_BYTES,
    ) -> None:
        self._ws = connection
        self._transport = transport
        self.kind: ConnectionKind = transport.kind
        self.url = transport.url
        self.dialect = transport.dialect
        self.raise_on_error = raise_on_error
        self.reconnect_policy = reconnect
        self.session: Any = None
        self.session_id: str | None = None
        self.configuration: dict[str, Any] = {}
        self._decoder = server_decoder(transport.server_family, strict=strict)
        self._send_lock = asyncio.Lock()
        self._reconnect_lock: asyncio.Lock | None = None  # created by the first reconnect
        self._closing = False
        self.max_backlog = max_backlog
        self.max_backlog_bytes = max_backlog_bytes
        # Created on first use: an idle session stays small (many sessions per process).
        self._backlog: deque[SessionEvent] | None = None
        self._backlog_sizes: deque[int] | None = None
        self._backlog_bytes = 0
        self._last_size = 0
        # Frames sent since the last frame received: possibly undelivered if the connection
        # drops (reported by SessionReconnected / ConnectionClosedError, never dropped).
        self._unconfirmed: deque[bytes] | None = None
        self._unconfirmed_bytes = 0
        self._unconfirmed_dropped = 0
        self._handlers: dict[str, list[Handler]] = {}
        self._tools: ToolRegistry | None = None
        self._auto_tools = True
        self._calls_answered: set[str] | None = None  # created by the first tool call
        if conversation is None and self.kind in ("conversation", "call"):
            conversation = Conversation()
        self.conversation = conversation
        self.last_replay: handoff.ReplayReport | None = None
        self._opened_at = self._last_sent_at = time.monotonic()
        self.metrics = SessionMetrics(
            kind=self.kind,
            url=self.url,
            dialect=self.dialect,
            model=transport.settings.model if self.kind != "transcription" else None,
        )

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"<RealtimeSession {self.kind} {state} {self.url}>"

    @property
    def closed(self) -> bool:
        """``True`` once the WebSocket is closed (by either side) and not being re-opened."""
        return self._ws.close_code is not None or self._closing

    # ------------------------------------------------------------------------- raw sending

    async def send(self, event: ClientEvent) -> None:
        """Send one client event: a generated ``RealtimeClientEvent*`` model or a dict with a
        ``type`` (PSOpenAI's ``Send-RealtimeSessionEvent``). Sends are serialised per session;
        ``session.update`` contents are remembered (:attr:`configuration`) for reconnects; on
        Azure preview, GA-shaped events are converted to the beta dialect.

        Raises:
            ConnectionClosedError: the connection is closed (code and reason attached), and no
                reconnect is configured or it failed.
            TypeError, ValueError: ``event`` is not a model or a dict with a ``type``.
        """
        data = client_event_dict(event)
        check_finite(data, f"the {data['type']} event")
        if data["type"] == "session.update" and isinstance(data.get("session"), Mapping):
            _merge(self.configuration, data["session"])
        elif data["type"] == "response.create":
            self.metrics.response_requested()
        self._last_sent_at = time.monotonic()
        if self.conversation is not None:
            data = self.conversation.note_sent(data)
        if self.dialect == "beta":
            data = protocol.to_beta(data)
        await self.send_raw(dumps_bytes(data))

    async def send_raw(self, text: str | bytes) -> None:
        """Send one already-encoded JSON event as a text frame (no conversion, no checks);
        ``bytes`` must be UTF-8 and are sent as they are."""
        if len(text) > MAX_EVENT_BYTES:
            raise ValueError(
                f"a client event may be at most 15 MiB; this one is {len(text)} characters"
            )
        async with self._send_lock:
            try:
                await self._send_frame(text)
                return
            except ConnectionClosed as exc:
                if not self._may_reconnect(exc):
                    raise self._closed_error(exc) from None
                failed = exc
        # Reconnect (outside the send lock), then send once more on the new connection.
        event = await self._reconnect(failed)
        if event is not None:
            self._keep_first(event)
        async with self._send_lock:
            try:
                await self._send_frame(text)
            except ConnectionClosed as exc:
                raise self._closed_error(exc) from None

    async def _send_frame(self, text: str | bytes) -> None:
        """Send one frame within the transport's ``send_timeout`` and journal it as
        unconfirmed (until a frame arrives from the server)."""
        connection = self._ws
        try:
            async with asyncio.timeout(self._transport.send_timeout):
                await connection.send(text, text=True)
        except TimeoutError:
            connection.transport.abort()
            with contextlib.suppress(TimeoutError):  # connection_lost runs on the next turn
                async with asyncio.timeout(1.0):
                    await connection.wait_closed()
            raise APITimeoutError(
                f"A send did not complete within {self._transport.send_timeout} s: the server "
                "stopped reading. The connection was aborted; this event was not delivered. "
                "Open a new session (or raise send_timeout=)."
            ) from None
        frame = text.encode() if isinstance(text, str) else bytes(text)
        journal = self._unconfirmed
        if journal is None:
            journal = self._unconfirmed = deque()
        journal.append(frame)
        self._unconfirmed_bytes += len(frame)
        while journal and (
            len(journal) > MAX_UNCONFIRMED_EVENTS or self._unconfirmed_bytes > MAX_UNCONFIRMED_BYTES
        ):
            self._unconfirmed_bytes -= len(journal.popleft())
            self._unconfirmed_dropped += 1

    def _take_unconfirmed(self) -> tuple[tuple[dict[str, Any], ...], int]:
        """The journal of unconfirmed sends (decoded) and the count that did not fit; empties
        it."""
        journal, dropped = self._unconfirmed or (), self._unconfirmed_dropped
        events = tuple(loads(frame) for frame in journal)
        self._unconfirmed = None
        self._unconfirmed_bytes = self._unconfirmed_dropped = 0
        return events, dropped

    # ----------------------------------------------------------------------- configuration

    async def set_configuration(
        self,
        *,
        instructions: str | NotGiven = NOT_GIVEN,
        prompt: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        output_modalities: Sequence[Modality] | NotGiven = NOT_GIVEN,
        voice: str | NotGiven = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        input_audio_format: AudioFormat | NotGiven = NOT_GIVEN,
        output_audio_format: AudioFormat | NotGiven = NOT_GIVEN,
        noise_reduction: Literal["near_field", "far_field"] | NotGiven | None = NOT_GIVEN,
        transcription: Mapping[str, Any] | Any | NotGiven | None = NOT_GIVEN,
        turn_detection: Mapping[str, Any] | Any | NotGiven | None = NOT_GIVEN,
        tools: Sequence[Mapping[str, Any] | Any] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoice | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["minimal", "low", "medium", "high"] | NotGiven = NOT_GIVEN,
        tracing: Literal["auto"] | Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        truncation: Literal["auto", "disabled"] | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        include: Sequence[str] | NotGiven | None = NOT_GIVEN,
        event_id: str | None = None,
    ) -> None:
        """Send a partial ``session.update`` (PSOpenAI's ``Set-RealtimeSessionConfiguration``
        or, on a transcription session, ``Set-RealtimeTranscriptionSessionConfiguration``).

        Only the arguments given are sent; ``None`` switches a nullable feature off. Arguments
        and units: :func:`openai_realtime.protocol.session_update` (conversation) and
        :func:`openai_realtime.protocol.transcription_session_update` (transcription, which
        takes only ``input_audio_format``, ``noise_reduction``, ``transcription``,
        ``turn_detection`` and ``include``). Tools registered with :meth:`register_tool` are
        sent when ``tools`` is not given and the tool set changed.

        Raises:
            ValueError: a value that does not fit the spec schema, or a conversation-only
                argument on a transcription session.
            ConnectionClosedError: the connection is closed.
        """
        if self.kind == "transcription":
            conversation_only = {
                "instructions": instructions, "prompt": prompt,
                "output_modalities": output_modalities, "voice": voice, "speed": speed,
                "output_audio_format": output_audio_format, "tools": tools,
                "tool_choice": tool_choice, "parallel_tool_calls": parallel_tool_calls,
                "max_output_tokens": max_output_tokens, "reasoning_effort": reasoning_effort,
                "tracing": tracing, "truncation": truncation,
            }  # fmt: skip
            given = sorted(k for k, v in conversation_only.items() if v is not NOT_GIVEN)
            if given:
                raise ValueError(
                    f"{', '.join(given)} apply to conversation sessions, not transcription sessions"
                )
            event = protocol.transcription_session_update(
                input_audio_format=input_audio_format,
                noise_reduction=noise_reduction,
                transcription=transcription,
                turn_detection=turn_detection,
                include=include,
                event_id=event_id,
            )
        else:
            if tools is NOT_GIVEN and self._tools:
                tools = self._tools.definitions()
            event = protocol.session_update(
                instructions=instructions,
                prompt=prompt,
                output_modalities=output_modalities,
                voice=voice,
                speed=speed,
                input_audio_format=input_audio_format,
                output_audio_format=output_audio_format,
                noise_reduction=noise_reduction,
                transcription=transcription,
                turn_detection=turn_detection,
                tools=tools,
                tool_choice=tool_choice,
                parallel_tool_calls=parallel_tool_calls,
                max_output_tokens=max_output_tokens,
                reasoning_effort=reasoning_effort,
                tracing=tracing,
                truncation=truncation,
                include=include,
                event_id=event_id,
            )
        await self.send(event)

    async def update_session(self, session: Mapping[str, Any] | Any) -> None:
        """Send ``session.update`` with a partial session configuration given as a mapping or
        a generated session model; ``session.type`` is filled in from the connection kind."""
        data = dict(session) if isinstance(session, Mapping) else session.to_dict()
        if "type" not in data and self.kind in ("conversation", "transcription", "call"):
            data["type"] = "transcription" if self.kind == "transcription" else "realtime"
        await self.send({"type": "session.update", "session": data})

    # ------------------------------------------------------------------- conversation items

    async def add_item(
        self,
        item: Mapping[str, Any] | Any | None = None,
        *,
        role: protocol.Role | None = None,
        text: str | None = None,
        audio: bytes | None = None,
        image: str | bytes | None = None,
        image_detail: Literal["auto", "low", "high"] | None = None,
        call_id: str | None = None,
        output: str | None = None,
        item_id: str | None = None,
        previous_item_id: str | None = None,
        event_id: str | None = None,
    ) -> None:
        """Add a conversation item (``conversation.item.create``; PSOpenAI's
        ``Add-RealtimeSessionItem``). Give a whole ``item`` (dict or generated model), or one of:

        * ``role`` + ``text``: a system, user or assistant text message;
        * ``audio``: a user message of raw audio bytes in the input format (24 kHz PCM16);
        * ``image``: a user message with an image URL or PNG/JPEG/GIF/WebP bytes (plus ``text``);
        * ``call_id`` + ``output``: a function call's output.

        ``previous_item_id`` inserts after that item (``"root"``: at the start).

        Raises:
            ValueError: a missing or contradictory combination, or an item that does not fit
                the spec schema.
        """
        if item is None:
            if call_id is not None or output is not None:
                if call_id is None or output is None:
                    raise ValueError("a function call output needs both call_id and output")
                item = protocol.function_call_output_item(call_id, output, item_id=item_id)
            elif image is not None:
                item = protocol.image_item(image, text=text, detail=image_detail, item_id=item_id)
            elif audio is not None:
                item = protocol.input_audio_item(audio, transcript=text, item_id=item_id)
            elif text is not None:
                item = protocol.message_item(role or "user", text, item_id=item_id)
            else:
                raise ValueError("give an item, or text, audio, image, or call_id + output")
        await self.send(
            protocol.conversation_item_create(
                item, previous_item_id=previous_item_id, event_id=event_id
            )
        )

    async def remove_item(self, item_id: str, *, event_id: str | None = None) -> None:
        """Delete an item (``conversation.item.delete``; ``Remove-RealtimeSessionItem``)."""
        await self.send(protocol.conversation_item_delete(item_id, event_id=event_id))

    async def retrieve_item(
        self, item_id: str, *, timeout: float | None = 10.0, event_id: str | None = None
    ) -> Any:
        """Ask for an item (``conversation.item.retrieve``) and return its
        ``conversation.item.retrieved`` event's ``item``; other events meanwhile are kept.

        Raises:
            ServerErrorEvent: the server answered with an error (e.g. unknown item id).
            EventTimeoutError: no answer within ``timeout`` seconds.
        """
        await self.send(protocol.conversation_item_retrieve(item_id, event_id=event_id))
        event: Any = await self.wait_for(  # the predicate picks conversation.item.retrieved
            lambda e: e.type_ == "conversation.item.retrieved" and e.item.id == item_id,
            timeout=timeout,
        )
        return event.item

    async def truncate_item(
        self,
        item_id: str,
        audio_end_ms: int,
        *,
        content_index: int = 0,
        event_id: str | None = None,
    ) -> None:
        """Truncate an assistant audio item at ``audio_end_ms`` (ms actually played), so the
        model's memory matches what the user heard (``conversation.item.truncate``)."""
        await self.send(
            protocol.conversation_item_truncate(
                item_id, audio_end_ms, content_index=content_index, event_id=event_id
            )
        )

    async def interrupt(
        self,
        playback: PlaybackTracker,
        *,
        item_id: str | None = None,
        stop_playback: Callable[[], Any] | None = None,
        cancel: bool = True,
        clear_output_audio: bool | None = None,
    ) -> TruncationPoint | None:
        """Barge-in for any audio sink: cancel -> truncate -> clear output audio, in that order.

        1. ``stop_playback()`` (optional; e.g. drop the sink's queued audio) runs first, so the
           position ``playback`` holds is final;
        2. ``response.cancel`` when the conversation mirror has a response in progress (and
           ``cancel``; pass ``False`` when server VAD's ``interrupt_response`` cancels it
           already, or the server answers a second cancel with an ``error`` event);
        3. ``conversation.item.truncate`` of the item played last (or ``item_id``) at the
           milliseconds played, clamped to the milliseconds received; skipped when nothing of
           it was played or it was received and played completely
           (:meth:`PlaybackTracker.truncation <openai_realtime.playback.PlaybackTracker.truncation>`),
           or when a handoff re-created it as text in this server session; the mirror's
           transcript of it is cut to the share played;
        4. ``output_audio_buffer.clear`` on WebRTC/SIP call sessions (``clear_output_audio``
           forces it on or off; WebSocket sessions have no server-side output buffer).

        Returns:
            The truncation sent, or ``None``.

        Raises:
            RuntimeError: the session has no conversation mirror (transcription, translation).
            ConnectionClosedError: the connection is closed.
        """
        conversation = self.conversation
        if conversation is None:
            raise RuntimeError("interrupt() needs a conversation session")
        if stop_playback is not None:
            result = stop_playback()
            if inspect.isawaitable(result):
                await result
        if cancel and conversation.response_id is not None:
            await self.stop_response(response_id=conversation.response_id)
        point = None
        target = item_id or playback.current_item
        item = conversation.get(target) if target is not None else None
        if item is not None and conversation.truncatable(item.id):
            content_index = next(
                (
                    i
                    for i, part in enumerate(item.data.get("content") or ())
                    if isinstance(part, dict) and part.get("type") in ("output_audio", "audio")
                ),
                0,
            )
            point = playback.truncation(
                target or item.id,
                item.audio_received_ms,
                content_index=content_index,
                complete=item.status == "completed",
            )
            conversation.set_played(item.id, int(playback.played_ms(target or item.id)))
            if point is not None:
                await self.truncate_item(item.id, point.audio_end_ms, content_index=content_index)
                conversation.truncate(item.id, point.audio_end_ms)
        if clear_output_audio if clear_output_audio is not None else self.kind == "call":
            await self.clear_output_audio()
        return point

    # --------------------------------------------------------------------------- responses

    async def request_response(
        self,
        *,
        instructions: str | NotGiven = NOT_GIVEN,
        output_modalities: Sequence[Modality] | NotGiven = NOT_GIVEN,
        voice: str | NotGiven = NOT_GIVEN,
        output_audio_format: AudioFormat | NotGiven = NOT_GIVEN,
        tools: Sequence[Mapping[str, Any] | Any] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoice | NotGiven = NOT_GIVEN,
        max_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
        conversation: Literal["auto", "none"] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven | None = NOT_GIVEN,
        input: Sequence[Mapping[str, Any] | Any] | NotGiven = NOT_GIVEN,
        prompt: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
        event_id: str | None = None,
    ) -> None:
        """Ask for a response (``response.create``; ``Request-RealtimeSessionResponse``), with
        optional per-response overrides; see :func:`openai_realtime.protocol.response_create`."""
        await self.send(
            protocol.response_create(
                instructions=instructions,
                output_modalities=output_modalities,
                voice=voice,
                output_audio_format=output_audio_format,
                tools=tools,
                tool_choice=tool_choice,
                max_output_tokens=max_output_tokens,
                conversation=conversation,
                metadata=metadata,
                input=input,
                prompt=prompt,
                event_id=event_id,
            )
        )

    async def stop_response(
        self, *, response_id: str | None = None, event_id: str | None = None
    ) -> None:
        """Cancel a response (``response.cancel``; ``Stop-RealtimeSessionResponse``): the given
        ``response_id``, or the active one."""
        await self.send(protocol.response_cancel(response_id=response_id, event_id=event_id))

    # ------------------------------------------------------------------------------- audio

    async def append_audio(self, audio: bytes | bytearray | memoryview) -> None:
        """Append audio to the input audio buffer (``input_audio_buffer.append``; on a
        translation session ``session.input_audio_buffer.append``).

        ``audio`` is raw bytes in the session's input format (24 kHz mono PCM16 little-endian
        for ``audio/pcm``; 8 kHz G.711 for ``audio/pcmu``/``audio/pcma``). The client does the
        base64 and splits it into several events when one would exceed the 15 MiB limit.
        """
        prefix = (
            b'{"type":"session.input_audio_buffer.append","audio":"'
            if self.kind == "translation"
            else b'{"type":"input_audio_buffer.append","audio":"'
        )
        view = memoryview(audio).cast("B")
        self.metrics.audio_sent(len(view))
        for start in range(0, max(len(view), 1), MAX_AUDIO_BYTES_PER_EVENT):
            b64 = pybase64.b64encode(view[start : start + MAX_AUDIO_BYTES_PER_EVENT])
            # base64 needs no JSON escaping: build the frame's bytes directly (hot path).
            await self.send_raw(prefix + b64 + b'"}')

    async def commit_audio(self, *, event_id: str | None = None) -> None:
        """Commit the input audio buffer as a user item (``input_audio_buffer.commit``); needed
        when turn detection is off. The server rejects a buffer under 100 ms."""
        await self.send(_simple("input_audio_buffer.commit", event_id))

    async def clear_audio(self, *, event_id: str | None = None) -> None:
        """Discard the uncommitted input audio (``input_audio_buffer.clear``)."""
        await self.send(_simple("input_audio_buffer.clear", event_id))

    async def clear_output_audio(self, *, event_id: str | None = None) -> None:
        """Stop and discard the server's buffered output audio (``output_audio_buffer.clear``;
        meaningful on WebRTC/SIP connections)."""
        await self.send(_simple("output_audio_buffer.clear", event_id))

    async def stream_audio_file(
        self,
        path: str,
        *,
        realtime: bool = True,
        chunk_ms: int = 100,
        speed: float = 1.0,
    ) -> float:
        """Stream a WAV/FLAC/OGG file into the input buffer, converted to the session's input
        format (24 kHz mono PCM16, or 8 kHz G.711 µ-law/A-law for ``audio/pcmu``/``audio/pcma``
        sessions), in ``chunk_ms`` chunks; paced at ``speed`` times real time when ``realtime``.
        Returns the audio's duration in ms. Needs the ``[audio]`` extra.

        Raises:
            openai_realtime.audio.AudioFileError: unreadable or empty file.
        """
        from . import audio as audio_mod

        fmt = self._input_format()
        if fmt in ("audio/pcmu", "audio/pcma"):
            pcm = await asyncio.to_thread(audio_mod.read_audio_file, path, target_rate=8000)
            encode = (
                audio_mod.encode_g711_ulaw if fmt == "audio/pcmu" else audio_mod.encode_g711_alaw
            )
            data, bytes_per_ms = encode(pcm), 8
        else:
            data, bytes_per_ms = await asyncio.to_thread(audio_mod.read_audio_file, path), 48
        step = chunk_ms * bytes_per_ms
        loop = asyncio.get_running_loop()
        start = loop.time()
        for offset in range(0, len(data), step):
            await self.append_audio(data[offset : offset + step])
            if realtime and speed > 0:
                due = start + (offset + step) / bytes_per_ms / 1000 / speed
                delay = due - loop.time()
                if delay > 0:
                    await asyncio.sleep(delay)
        return len(data) / bytes_per_ms

    def _input_format(self) -> str:
        """The session's input audio format type, from the server's latest session report."""
        try:
            return str(self.session.audio.input.format_.type_)
        except AttributeError:
            fmt = self.configuration.get("audio", {}).get("input", {}).get("format", {})
            return str(fmt.get("type", "audio/pcm"))

    # ------------------------------------------------------------------------------- tools

    def register_tool(
        self,
        function: Callable[..., Any],
        *,
        name: str | None = None,
        description: str | None = None,
        parameters: Mapping[str, Any] | None = None,
    ) -> Tool:
        """Register a Python callable (sync or async) as a function tool.

        Its definition is sent with the next :meth:`set_configuration` (or pass
        ``tools=session.tool_definitions()``). While ``auto_tools`` is on (default), every
        ``response.done`` whose output holds calls to registered tools makes the session run
        them, add each ``function_call_output`` (errors are returned to the model as
        ``{"error": ...}``) and request the next response. Parameters default to a JSON Schema
        derived from the type hints.
        """
        if self._tools is None:
            from .tools import ToolRegistry

            self._tools = ToolRegistry()
        return self._tools.register(
            function, name=name, description=description, parameters=parameters
        )

    def tool_definitions(self) -> list[dict[str, Any]]:
        """The function-tool definitions of the registered tools."""
        return self._tools.definitions() if self._tools else []

    @property
    def auto_tools(self) -> bool:
        """Whether registered tools are run automatically (see :meth:`register_tool`)."""
        return self._auto_tools

    @auto_tools.setter
    def auto_tools(self, value: bool) -> None:
        self._auto_tools = value

    async def _run_tools(self, event: Any) -> None:
        tools = self._tools
        assert tools is not None
        response = event.to_dict().get("response", {})
        calls = [
            item
            for item in response.get("output", [])
            if item.get("type") == "function_call"
            and item.get("name") in tools
            and item.get("call_id") not in (self._calls_answered or ())
        ]
        if not calls:
            return
        outputs = await asyncio.gather(
            *(tools.call(c["name"], c.get("arguments", "")) for c in calls)
        )
        if self._calls_answered is None:
            self._calls_answered = set()
        for call, output in zip(calls, outputs, strict=True):
            self._calls_answered.add(call["call_id"])
            await self.add_item(call_id=call["call_id"], output=output)
        await self.request_response()

    # ---------------------------------------------------------------------------- handlers

    def on(self, event_type: str, handler: Handler) -> Handler:
        """Run ``handler(event)`` (sync or async) for every event of ``event_type`` (``"*"``: all
        events) as it is received, before it is returned. Handlers run in the receiving task, in
        registration order; one that raises makes ``recv`` raise. Returns the handler."""
        self._handlers.setdefault(event_type, []).append(handler)
        return handler

    def off(self, event_type: str, handler: Handler) -> None:
        """Remove a handler registered with :meth:`on` (no error if it was not)."""
        handlers = self._handlers.get(event_type, [])
        if handler in handlers:
            handlers.remove(handler)
            if not handlers:
                del self._handlers[event_type]

    async def _dispatch(self, event: Any) -> None:
        for key in (event.type_, "*"):
            for handler in list(self._handlers.get(key, ())):
                result = handler(event)
                if inspect.isawaitable(result):
                    await result

    # ---------------------------------------------------------------------------- receiving

    async def recv(self, timeout: float | None = None) -> SessionEvent:
        """Receive the next server event, typed through the connection's dispatch table.

        Args:
            timeout: seconds to wait; ``None`` waits indefinitely.

        Returns:
            A generated ``RealtimeServerEvent*`` instance (translation/beta family on those
            connections), an :class:`~openai_realtime.events.UnknownEvent`, or a
            :class:`SessionReconnected`.

        Raises:
            EventTimeoutError: nothing arrived within ``timeout`` (the session stays usable).
            ConnectionClosedError: the connection is closed (code and reason attached).
            ServerErrorEvent: an ``error`` event arrived and ``raise_on_error`` is set.
            ProtocolError: the server sent a frame that is not a realtime event.
        """
        if self._backlog:
            return self._pop_backlog(0)
        try:
            if timeout is None:
                return await self._read()
            async with asyncio.timeout(timeout):
                return await self._read()
        except TimeoutError:
            raise EventTimeoutError(f"no server event arrived within {timeout} s") from None

    async def _read(self) -> SessionEvent:
        """Read one frame (reconnecting if configured), type it, run handlers and tools."""
        while True:
            try:
                if self._rotation_due() is None:
                    frame = await self._ws.recv()
                    break
                if await self._maybe_rotate():
                    assert self._backlog
                    return self._pop_backlog(0)
                received = await self._recv_until_rotation()
                if received is None:
                    continue
                frame = received
                break
            except ConnectionClosed as exc:
                if not self._may_reconnect(exc):
                    raise self._closed_error(exc) from None
                reconnected = await self._reconnect(exc)
                if reconnected is not None:
                    if self._handlers:
                        await self._dispatch(reconnected)
                    return reconnected
        self._last_size = len(frame)
        if self._unconfirmed:  # the server is alive and sending: earlier sends got through
            self._unconfirmed.clear()
            self._unconfirmed_bytes = 0
        event = self._decoder.decode(frame)
        event_type = event.type_
        if self.conversation is not None:
            self.conversation.feed(event)
            if event_type == "input_audio_buffer.committed":
                # server VAD may answer a committed turn by itself: no rotation right now
                self._last_sent_at = time.monotonic()
        if event_type in self.metrics.watch:
            self.metrics.observe(event_type, event)
        if event_type in (
            "session.created",
            "session.updated",
            "transcription_session.created",
            "transcription_session.updated",
        ):
            self._remember_session(event)
        if self._handlers:
            await self._dispatch(event)
        if event_type == "response.done" and self._auto_tools and self._tools:
            await self._run_tools(event)
        elif event_type == "error" and self.raise_on_error:
            raise ServerErrorEvent(event)
        return event

    def _remember_session(self, event: Any) -> None:
        self.session = getattr(event, "session", None)
        session_id = getattr(self.session, "id", None)
        if isinstance(session_id, str):
            self.session_id = session_id

    def __aiter__(self) -> AsyncIterator[SessionEvent]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[SessionEvent]:
        while True:
            try:
                yield await self.recv()
            except ConnectionClosedError as exc:
                if exc.by_server:
                    raise
                return

    async def wait_for(  # type: ignore[no-redef]  # typed by the TYPE_CHECKING block above
        self,
        event_type: str | Callable[[Any], bool],
        timeout: float | None = None,
    ) -> SessionEvent:
        """Receive until an event of ``event_type`` (or one for which the predicate is true)
        arrives, and return it. Events passed over are kept and returned by later ``recv`` calls
        (and iteration), in order. An ``error`` event raises
        :class:`~openai_realtime.errors.ServerErrorEvent` unless it is what is awaited.

        Raises:
            EventTimeoutError: ``timeout`` (seconds) passed first.
            ConnectionClosedError: the connection closed first.
        """

        def matches(event: Any) -> bool:
            if isinstance(event_type, str):
                return bool(event.type_ == event_type)
            return bool(event_type(event))

        if self._backlog:
            for index, event in enumerate(self._backlog):
                if matches(event):
                    return self._pop_backlog(index)
        kept: list[SessionEvent] = []
        sizes: list[int] = []
        kept_bytes = 0
        room = self.max_backlog - len(self._backlog or ())
        room_bytes = self.max_backlog_bytes - self._backlog_bytes
        try:
            async with asyncio.timeout(timeout):
                while True:
                    if len(kept) >= room or kept_bytes >= room_bytes:
                        raise BacklogFullError(
                            f"wait_for({event_type!r}) passed over {len(kept)} events "
                            f"({kept_bytes} bytes) without a match, reaching max_backlog="
                            f"{self.max_backlog} / max_backlog_bytes={self.max_backlog_bytes}; "
                            "they are kept (recv returns them). Iterate over the session "
                            "instead, or raise the limits."
                        )
                    event = await self._read()
                    if matches(event):
                        return event
                    if event.type_ == "error":
                        raise ServerErrorEvent(event)
                    kept.append(event)
                    sizes.append(self._last_size)
                    kept_bytes += self._last_size
        except TimeoutError:
            raise EventTimeoutError(f"no {event_type!r} event arrived within {timeout} s") from None
        finally:
            self._keep(kept, sizes)

    def _keep_first(self, event: SessionEvent, size: int = 0) -> None:
        """Queue ``event`` (its frame ``size`` in bytes) before the events already queued."""
        if self._backlog is None or self._backlog_sizes is None:
            self._backlog, self._backlog_sizes = deque(), deque()
        self._backlog.appendleft(event)
        self._backlog_sizes.appendleft(size)
        self._backlog_bytes += size

    def _keep(self, events: Sequence[SessionEvent], sizes: Sequence[int] | None = None) -> None:
        """Queue events (with their frame sizes in bytes, 0 when unknown) for later ``recv``
        calls, in order."""
        if events:
            if self._backlog is None or self._backlog_sizes is None:
                self._backlog, self._backlog_sizes = deque(), deque()
            self._backlog.extend(events)
            self._backlog_sizes.extend(sizes if sizes is not None else [0] * len(events))
            self._backlog_bytes += sum(sizes or ())

    def _pop_backlog(self, index: int) -> SessionEvent:
        assert self._backlog is not None and self._backlog_sizes is not None
        event = self._backlog[index]
        del self._backlog[index]
        self._backlog_bytes -= self._backlog_sizes[index]
        del self._backlog_sizes[index]
        return event

    async def run(self) -> None:
        """Receive and dispatch events to the handlers (and tools) until :meth:`disconnect` is
        called; for programs driven by :meth:`on` handlers (PSOpenAI's engine events).

        Raises:
            ConnectionClosedError: the server closed the session (after reconnect attempts).
        """
        async for _ in self:
            pass

    # ---------------------------------------------------------------------------- reconnect

    def _may_reconnect(self, exc: ConnectionClosed) -> bool:
        if self._closing or self.reconnect_policy is None:
            return False
        code = exc.rcvd.code if exc.rcvd is not None else 1006
        return code in self.reconnect_policy.codes

    def _reconnect_guard(self) -> asyncio.Lock:
        """The lock reconnects and rotations hold (created on first use: idle sessions stay
        small)."""
        if self._reconnect_lock is None:
            self._reconnect_lock = asyncio.Lock()
        return self._reconnect_lock

    async def _reconnect(self, cause: ConnectionClosed) -> SessionReconnected | None:
        """Open a new connection after ``cause``; return the event to report, or ``None`` if
        another task already reconnected.

        An attempt succeeds only when the new connection delivered ``session.created`` within
        ``open_timeout`` seconds and the configuration was re-sent; anything else (refused, a
        close or a non-event first, a failing token provider) counts as a failed attempt.
        Worst case: ``max_attempts`` x (backoff delay + 2 x ``open_timeout``) plus the replay.
        Events kept for ``recv`` from the old connection stay queued, in order.

        Raises:
            ConnectionClosedError: every attempt failed (the last failure is the ``__cause__``;
                ``unconfirmed`` lists the sends that may not have been delivered).
        """
        policy = self.reconnect_policy
        assert policy is not None
        broken = self._ws
        async with self._reconnect_guard():
            if self._ws is not broken:
                return None
            started = time.monotonic()
            code = cause.rcvd.code if cause.rcvd is not None else 1006
            reason = redact(cause.rcvd.reason if cause.rcvd is not None else "", self._secrets())
            cut = self.conversation.cut_response() if self.conversation is not None else None
            unconfirmed, dropped = self._take_unconfirmed()
            last: Exception | None = None
            attempt = 0
            while attempt < policy.max_attempts:
                attempt += 1
                await asyncio.sleep(policy.delay(attempt))
                try:
                    connection = await self._transport.open()
                except (APIConnectionError, APIError) as exc:
                    last = exc
                    if isinstance(exc, APIError) and exc.status_code in (400, 401, 403, 404):
                        break  # not going to get better by retrying
                    logger.info("reconnect attempt %d failed: %s", attempt, exc)
                    continue
                self._ws = connection
                self._calls_answered = None
                try:
                    reapplied, report = await self._take_over(connection, replay=policy.replay)
                except (RealtimeError, ConnectionClosed, TimeoutError) as exc:
                    last = exc if isinstance(exc, RealtimeError) else self._resume_error(exc)
                    logger.info("reconnect attempt %d failed: %s", attempt, last)
                    await self._discard(connection)
                    continue
                logger.info("reconnected after close %s in %d attempt(s)", code, attempt)
                self.metrics.reconnected(attempt, code)
                return SessionReconnected(
                    attempts=attempt,
                    code=code,
                    reason=reason,
                    session=self.session,
                    reapplied=reapplied,
                    cut_response=cut,
                    replay=report,
                    gap_ms=(time.monotonic() - started) * 1000,
                    unconfirmed=unconfirmed,
                    unconfirmed_dropped=dropped,
                )
            error = ConnectionClosedError(
                code,
                f"{reason} (reconnect failed after {attempt} attempt(s): {last})",
                unconfirmed=unconfirmed,
                unconfirmed_dropped=dropped,
            )
            raise error from (last or ConnectionClosedError(code, reason))

    async def _discard(self, connection: ClientConnection) -> None:
        """Close a connection that failed to take over (bounded by the close timeout)."""
        with contextlib.suppress(Exception):
            await connection.close()
        connection.transport.abort()

    def _resume_error(self, exc: BaseException) -> RealtimeError:
        if isinstance(exc, ConnectionClosed):
            return APIConnectionError(f"the new connection closed during the handoff: {exc}")
        return APITimeoutError(
            f"the new connection sent no session.created within {self._transport.open_timeout} s"
        )

    def _secrets(self) -> tuple[str, ...]:
        return self._transport.secrets()

    async def _take_over(
        self, connection: ClientConnection, *, replay: bool
    ) -> tuple[dict[str, Any] | None, handoff.ReplayReport | None]:
        """Make ``connection`` (just opened) carry the session: read its ``session.created``
        (within ``open_timeout``), re-send the configuration, replay the conversation when
        asked. Events of the new session that are not acknowledgements of the replay are kept
        for ``recv``.

        Raises:
            ProtocolError: the first frame is not ``session.created`` (a half-open session is
                never taken over).
            TimeoutError, ConnectionClosed: no ``session.created`` in time, or the new
                connection closed.
        """
        self._opened_at = time.monotonic()
        async with asyncio.timeout(self._transport.open_timeout):
            frame = await connection.recv()
        created = self._decoder.decode(frame)
        if created.type_ not in ("session.created", "transcription_session.created"):
            raise ProtocolError(
                f"the new connection's first event was {created.type_!r}, not session.created",
                frame if isinstance(frame, str) else b"",
            )
        self._remember_session(created)
        if self.conversation is not None:
            self.conversation.feed(created)
        reapplied = None
        if self.configuration:
            reapplied = copy.deepcopy(self.configuration)
            event = {"type": "session.update", "session": reapplied}
            if self.dialect == "beta":
                event = protocol.to_beta(event)
            async with asyncio.timeout(self._transport.send_timeout):
                await connection.send(dumps(event))
        report = await self._replay(connection) if replay else None
        return reapplied, report

    async def _replay(self, connection: ClientConnection) -> handoff.ReplayReport | None:
        """Replay the conversation mirror into the session behind ``connection`` (budget
        from the reconnect policy); ``None`` when there is nothing to replay."""
        if self.conversation is None or not len(self.conversation):
            return None
        policy = self.reconnect_policy or ReconnectPolicy()
        report = await handoff.replay(
            connection,
            self._decoder,
            self.conversation,
            max_items=policy.replay_max_items,
            max_tokens=policy.replay_max_tokens,
            timeout=policy.replay_timeout,
            dialect=self.dialect,
            max_other_events=self.max_backlog,
        )
        self.last_replay = report
        await self._note_kept(report.other_events)
        return report

    async def _note_kept(self, events: Sequence[SessionEvent]) -> None:
        """Process events read outside :meth:`_read` (mirror, session state, handlers) and
        queue them for ``recv``."""
        for event in events:
            if self.conversation is not None:
                self.conversation.feed(event)
            if event.type_ in ("session.created", "session.updated"):
                self._remember_session(event)
            if self._handlers:
                await self._dispatch(event)
        self._keep(events)

    # ----------------------------------------------------------------------------- rotation

    def _rotation_due(self) -> float | None:
        """Monotonic time at which the current session is to be rotated, or ``None``."""
        policy = self.reconnect_policy
        if policy is None or policy.rotate_after_s is None or self.conversation is None:
            return None
        return self._opened_at + policy.rotate_after_s

    def _may_rotate_now(self) -> bool:
        due = self._rotation_due()
        policy = self.reconnect_policy
        if due is None or policy is None or self._closing or self._backlog:
            return False
        now = time.monotonic()
        assert self.conversation is not None
        return (
            now >= due
            and self.conversation.at_turn_boundary
            and now - self._last_sent_at >= policy.rotate_quiet_s
        )

    async def _recv_until_rotation(self) -> str | bytes | None:
        """Receive one frame, or ``None`` when a rotation may be due before one arrives."""
        due = self._rotation_due()
        assert due is not None and self.reconnect_policy is not None
        wait = max(due - time.monotonic(), 0.0)
        if wait == 0.0:
            wait = max(self.reconnect_policy.rotate_quiet_s, 0.05)
        try:
            async with asyncio.timeout(wait):
                return await self._ws.recv()
        except TimeoutError:
            return None

    async def _maybe_rotate(self) -> bool:
        """At a turn boundary after ``rotate_after_s``: open the successor session, hand the
        conversation over, close the old socket, and queue the :class:`SessionReconnected`
        (after any events the old session sent late). ``False`` when it is not time yet, or
        the successor could not be opened (the old session goes on; the next boundary after
        another ``rotate_after_s`` tries again)."""
        if not self._may_rotate_now():
            return False
        started = time.monotonic()
        async with self._reconnect_guard(), self._send_lock:
            if not self._may_rotate_now():
                return False
            old = self._ws
            try:
                connection = await self._transport.open()
            except (APIConnectionError, APIError) as exc:
                logger.warning("rotation: could not open the successor session: %s", exc)
                self._opened_at = time.monotonic()  # try again after another period
                return False
            self._ws = connection
            try:
                reapplied, report = await self._take_over(connection, replay=True)
            except (RealtimeError, ConnectionClosed, TimeoutError) as exc:
                logger.warning("rotation: the successor session did not take over: %s", exc)
                self._ws = old  # the old session goes on
                await self._discard(connection)
                self._opened_at = time.monotonic()  # try again after another period
                return False
            self._calls_answered = None
        # Events the old session sent before it closed come first, in order.
        late: list[SessionEvent] = []
        await old.close(1000, "rotated to a new session")
        with_late = True
        while with_late:
            try:
                late.append(self._decoder.decode(await old.recv()))
            except ConnectionClosed:
                with_late = False
        if late:
            logger.info("rotation: %d event(s) of the old session arrived late", len(late))
        cut = None
        if late and self.conversation is not None:
            before = {id(item) for item in self.conversation}
            for earlier in late:
                self.conversation.feed(earlier)
            # Late items are not in the new session; a response the old one started is lost.
            self.conversation.mark_not_live(
                [item for item in self.conversation if id(item) not in before]
            )
            cut = self.conversation.cut_response()
        for earlier in late:
            if self._handlers:
                await self._dispatch(earlier)
        event = SessionReconnected(
            attempts=1,
            code=None,
            reason="rotated",
            session=self.session,
            reapplied=reapplied,
            rotated=True,
            cut_response=cut,
            replay=report,
            gap_ms=(time.monotonic() - started) * 1000,
        )
        logger.info("rotated to session %s in %.1f ms", self.session_id, event.gap_ms)
        if self._handlers:
            await self._dispatch(event)
        self._keep_first(event)
        for earlier in reversed(late):
            self._keep_first(earlier)
        return True

    # ------------------------------------------------------------------------------ closing

    async def disconnect(self, code: int = 1000, reason: str = "") -> None:
        """Close the WebSocket cleanly (``Disconnect-RealtimeSession``); waits at most the
        connection's close timeout (seconds). Safe to call twice."""
        self._closing = True
        try:
            await self._ws.close(code, reason)
        finally:
            if self._transport.recorder is not None:
                self._transport.recorder.close()  # record_to: the file is complete
        self.metrics.close()

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
        # by_server: not closed by disconnect() - the server, the network, or this client's
        # protocol layer failing the connection (e.g. 1009 for a message over max_message_bytes).
        by_server = not self._closing
        frame = (exc.rcvd or exc.sent) if by_server else (exc.sent or exc.rcvd)
        code = frame.code if frame is not None else 1006
        reason = redact(frame.reason, self._transport.secrets()) if frame else ""
        unconfirmed, dropped = self._take_unconfirmed() if by_server else ((), 0)
        return ConnectionClosedError(
            code,
            reason,
            by_server=by_server,
            unconfirmed=unconfirmed,
            unconfirmed_dropped=dropped,
        )


def _simple(event_type: str, event_id: str | None) -> dict[str, Any]:
    event: dict[str, Any] = {"type": event_type}
    if event_id is not None:
        event["event_id"] = event_id
    return event


class _Connect:
    """Awaitable and async context manager returned by the ``connect_*`` functions."""

    def __init__(
        self,
        transport: Transport,
        *,
        raise_on_error: bool,
        reconnect: bool | ReconnectPolicy,
        max_backlog: int,
        conversation: Conversation | None = None,
        strict: bool | None = None,
        max_backlog_bytes: int = DEFAULT_MAX_BACKLOG_BYTES,
    ) -> None:
        self.transport = transport
        self.conversation = conversation
        self.raise_on_error = raise_on_error
        self.reconnect = ReconnectPolicy() if reconnect is True else (reconnect or None)
        self.max_backlog = max_backlog
        self.strict = strict
        self.max_backlog_bytes = max_backlog_bytes
        self._session: RealtimeSession | None = None

    async def _open(self) -> RealtimeSession:
        connection = await self.transport.open()
        session = RealtimeSession(
            connection,
            transport=self.transport,
            raise_on_error=self.raise_on_error,
            reconnect=self.reconnect,
            max_backlog=self.max_backlog,
            conversation=self.conversation,
            strict=self.strict,
            max_backlog_bytes=self.max_backlog_bytes,
        )
        try:
            await session._replay(connection)  # a restored conversation goes to this session
        except ConnectionClosed as exc:
            raise session._closed_error(exc) from None
        return session

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


_CONNECT_DOC_ARGS = """
    Args:
        client_secret: an ephemeral ``ek_…`` secret to authenticate with instead of the key
            (sent as ``Authorization: Bearer`` on OpenAI and Azure alike).
        settings: resolved :class:`~openai_realtime.config.Settings`; otherwise any of its
            keywords (``api_key``, ``base_url``, ``api_type``, ``api_base``, ``api_version``,
            ``auth_type``, ``credential``, ``token_provider``, ``deployment``, …) may be given.
        raise_on_error: raise server ``error`` events as exceptions.
        reconnect: ``True`` or a :class:`ReconnectPolicy` to reconnect after retryable closes.
        open_timeout, close_timeout: seconds for the opening and the closing handshakes.
        max_message_bytes: largest incoming message accepted (bytes; default 8 MiB); ``None``
            for no limit (and no memory bound).
        max_queue: incoming frames buffered before reading pauses (backpressure; default 16).
        max_backlog, max_backlog_bytes: events (default 10,000) and their bytes (default
            48 MiB) ``wait_for`` may keep for later ``recv`` calls (then it raises
            ``BacklogFullError``); keywords accepted by every ``connect_*`` function.
        send_timeout: seconds one send may wait for a server that does not read (default 30);
            then the connection is aborted and ``APITimeoutError`` raised. A keyword.
        conversation: (conversation sessions, keyword) a
            :class:`~openai_realtime.conversation.Conversation` to use as
            ``session.conversation``, e.g. ``Conversation(keep_audio=True)`` or one restored
            with ``Conversation.from_dict``: its items are replayed into the new session
            (budget from the ``reconnect`` policy) before the first event is returned.
        strict: (keyword, every ``connect_*`` function) ``True`` raises
            ``SpecDeviationError`` for a server event that deviates from the spec; the default
            types it anyway and records the deviations on it (``openai_realtime.deviations``);
            ``None`` follows the ``OPENAI_REALTIME_STRICT_EVENTS`` environment variable.
        extra_headers: more handshake headers (e.g. for a proxy); never put secrets here.
        record_to: a file (path) that receives every frame of the session in both
            directions, with timestamps and secrets redacted (:mod:`openai_realtime.recording`;
            replay it with ``openai-realtime server --replay FILE``). Also a keyword of every
            ``connect_*`` function.

    Memory: one session buffers at most
    :func:`~openai_realtime.transport.worst_case_memory_bytes` (240 MiB with the defaults:
    (``max_queue`` + 2) x ``max_message_bytes`` incoming, ``max_backlog_bytes`` kept,
    16 MiB of unconfirmed sends, 32 MiB of unsent output).

    Raises:
        ConfigurationError: incomplete settings (before any traffic).
        AuthenticationError (and other APIError subclasses): the handshake was rejected; the
            exception carries the HTTP status and the server's message.
        APIConnectionError, APITimeoutError: the server could not be reached in time.
"""


def _connect(
    kind: ConnectionKind, model: str | None, call_id: str | None, **kwargs: Any
) -> _Connect:
    session_options: dict[str, Any] = {
        "raise_on_error": False,
        "reconnect": False,
        "max_backlog": 10_000,
        "conversation": None,
        "strict": None,
        "max_backlog_bytes": DEFAULT_MAX_BACKLOG_BYTES,
    }
    transport_options: dict[str, Any] = {
        "client_secret": None, "settings": None, "open_timeout": 10.0, "close_timeout": 5.0,
        "max_message_bytes": DEFAULT_MAX_MESSAGE_BYTES, "max_queue": DEFAULT_MAX_QUEUE,
        "extra_headers": None, "send_timeout": DEFAULT_SEND_TIMEOUT, "record_to": None,
    }  # fmt: skip
    for options in (session_options, transport_options):
        for key in list(options):
            if key in kwargs:
                options[key] = kwargs.pop(key)
    transport = Transport(
        kind, model=model, call_id=call_id, settings_kwargs=kwargs, **transport_options
    )
    return _Connect(transport, **session_options)


def connect_realtime_session(
    model: str | None = None,
    *,
    call_id: str | None = None,
    client_secret: str | Secret | None = None,
    settings: Settings | None = None,
    raise_on_error: bool = False,
    reconnect: bool | ReconnectPolicy = False,
    open_timeout: float = 10.0,
    close_timeout: float = 5.0,
    max_message_bytes: int | None = DEFAULT_MAX_MESSAGE_BYTES,
    max_queue: int = DEFAULT_MAX_QUEUE,
    extra_headers: Mapping[str, str] | None = None,
    **settings_kwargs: Any,
) -> _Connect:
    """Open a conversation session (``wss://…/realtime?model=<model>``), or join an existing
    WebRTC/SIP call with ``call_id=`` (``?call_id=``). GA protocol, or the beta dialect on Azure
    preview (``api_version`` given).

    Use ``async with connect_realtime_session(...) as session:`` or
    ``session = await connect_realtime_session(...)`` (then ``await session.disconnect()``).
    ``model`` is the model (OpenAI, default ``gpt-realtime``) or the deployment (Azure).
    """
    return _connect(
        "call" if call_id else "conversation", model, call_id,
        client_secret=client_secret, settings=settings, raise_on_error=raise_on_error,
        reconnect=reconnect, open_timeout=open_timeout, close_timeout=close_timeout,
        max_message_bytes=max_message_bytes, max_queue=max_queue, extra_headers=extra_headers,
        **settings_kwargs,
    )  # fmt: skip


def connect_realtime_transcription_session(
    *,
    client_secret: str | Secret | None = None,
    settings: Settings | None = None,
    raise_on_error: bool = False,
    reconnect: bool | ReconnectPolicy = False,
    open_timeout: float = 10.0,
    close_timeout: float = 5.0,
    max_message_bytes: int | None = DEFAULT_MAX_MESSAGE_BYTES,
    max_queue: int = DEFAULT_MAX_QUEUE,
    extra_headers: Mapping[str, str] | None = None,
    **settings_kwargs: Any,
) -> _Connect:
    """Open a transcription session (``wss://…/realtime?intent=transcription``); the
    transcription model is part of the session configuration (``transcription={"model": ...}``
    in :meth:`RealtimeSession.set_configuration`)."""
    return _connect(
        "transcription", None, None,
        client_secret=client_secret, settings=settings, raise_on_error=raise_on_error,
        reconnect=reconnect, open_timeout=open_timeout, close_timeout=close_timeout,
        max_message_bytes=max_message_bytes, max_queue=max_queue, extra_headers=extra_headers,
        **settings_kwargs,
    )  # fmt: skip


def connect_realtime_translation_session(
    model: str | None = None,
    *,
    client_secret: str | Secret | None = None,
    settings: Settings | None = None,
    raise_on_error: bool = False,
    reconnect: bool | ReconnectPolicy = False,
    open_timeout: float = 10.0,
    close_timeout: float = 5.0,
    max_message_bytes: int | None = DEFAULT_MAX_MESSAGE_BYTES,
    max_queue: int = DEFAULT_MAX_QUEUE,
    extra_headers: Mapping[str, str] | None = None,
    **settings_kwargs: Any,
) -> _Connect:
    """Open a translation session (``wss://…/realtime/translations?model=<model>``, default
    ``gpt-realtime-translate``; OpenAI only). It speaks the translation event family: send
    ``session.update`` (``audio.output.language``) and audio with ``append_audio``; receive
    ``session.output_audio.delta`` / ``session.output_transcript.delta``."""
    return _connect(
        "translation", model, None,
        client_secret=client_secret, settings=settings, raise_on_error=raise_on_error,
        reconnect=reconnect, open_timeout=open_timeout, close_timeout=close_timeout,
        max_message_bytes=max_message_bytes, max_queue=max_queue, extra_headers=extra_headers,
        **settings_kwargs,
    )  # fmt: skip


for _function in (
    connect_realtime_session,
    connect_realtime_transcription_session,
    connect_realtime_translation_session,
):
    _function.__doc__ = (_function.__doc__ or "") + _CONNECT_DOC_ARGS
