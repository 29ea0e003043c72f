"""Realtime WebSocket sessions: connect, send client events, receive typed server events.

:class:`RealtimeSession` is the async shell around the protocol core
(:class:`~openai_realtime.core.SessionCore`): it does the asyncio I/O (:mod:`._asyncio_connection`), timeouts,
locking, handler calls and tool runs, and the core decides everything else. The ``connect_*``
functions (:mod:`openai_realtime.connect`, PSOpenAI's ``Connect-RealtimeSession`` /
``Connect-RealtimeTranscriptionSession``) return an awaitable async context manager that yields
one::

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

**Backpressure (the bounded receive queue).** When the caller falls behind, the connection
buffers at most ``max_queue`` incoming frames (default 16; in practice up to that plus two:
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
import inspect
import logging
import time
from collections.abc import AsyncIterator, Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, Unpack

from websockets.exceptions import ConnectionClosed

from . import protocol
from ._api import SessionAPI, given, load_input_audio
from ._asyncio_connection import AsyncConnection
from .core import (
    MAX_EVENT_BYTES,
    RETRYABLE_CLOSE_CODES,
    ReconnectPolicy,
    SessionCore,
    SessionEvent,
    SessionReconnected,
    simple_event,
)
from .errors import (
    APIConnectionError,
    APIError,
    ConnectionClosedError,
    EventTimeoutError,
    RealtimeError,
)
from .events import ClientEvent, ServerEvent
from .handoff import ReplayReport
from .playback import PlaybackTracker, TruncationPoint
from .protocol import ResponseOptions, SessionOptions
from .transport import Transport

if TYPE_CHECKING:
    from openai_realtime_api.event_types import AsyncWaitFor

__all__ = [
    "MAX_EVENT_BYTES",
    "RETRYABLE_CLOSE_CODES",
    "RealtimeSession",
    "ReconnectPolicy",
    "SessionEvent",
    "SessionReconnected",
]

logger = logging.getLogger("openai_realtime.session")
_NONE: dict[str, list[Any]] = {}


class RealtimeSession(SessionAPI):
    """An open realtime WebSocket: send client events, receive typed server events.

    Do not construct directly; use :func:`~openai_realtime.connect.connect_realtime_session`,
    :func:`~openai_realtime.connect.connect_realtime_transcription_session` or
    :func:`~openai_realtime.connect.connect_realtime_translation_session`. Attributes:
    :class:`~openai_realtime._api.SessionAPI`.
    """

    _ws: AsyncConnection

    __slots__ = ("_reconnect_lock", "_send_lock", "_transport", "_ws")

    if TYPE_CHECKING:
        # Typed events for users' type checkers: ``wait_for("response.done")`` is
        # ``RealtimeServerEventResponseDone`` (one generated ``Literal`` overload per GA and
        # translation server event type; a predicate or another string gives SessionEvent).
        # The method below is the implementation (its signature is the overloads' fallback).
        wait_for: AsyncWaitFor[SessionEvent]

    def __init__(self, connection: AsyncConnection, core: SessionCore, transport: Transport):
        self._ws = connection
        self._core = core
        self._transport = transport
        self._send_lock = asyncio.Lock()
        self._reconnect_lock: asyncio.Lock | None = None  # created by the first reconnect

    def __repr__(self) -> str:
        return f"<RealtimeSession {self.kind} {'closed' if self.closed else 'open'} {self.url}>"

    # ------------------------------------------------------------------------------ sending

    async def send(self, event: ClientEvent) -> None:
        """Send one client event: a generated ``RealtimeClientEvent*`` model or a dict with a
        ``type`` (PSOpenAI's ``Send-RealtimeSessionEvent``), through the core's send pipeline
        (:meth:`SessionCore.encode <openai_realtime.core.SessionCore.encode>`). Sends are
        serialised per session.

        Raises:
            ConnectionClosedError: the connection is closed (code and reason attached), and no
                reconnect is configured or it failed.
            APITimeoutError: the server did not read within ``send_timeout`` seconds (the
                connection is then aborted).
            TypeError, ValueError: ``event`` is not a model or a dict with a ``type``.
        """
        await self.send_raw(self._core.encode(event))

    async def send_raw(self, text: str | bytes) -> None:
        """Send one already-encoded JSON event as a text frame (no conversion, no checks);
        ``bytes`` must be UTF-8 and are sent as they are."""
        self._core.check_size(text)
        connection = self._ws
        if connection.writable and not self._send_lock.locked():
            # The send cannot wait (open, write buffer below its high-water mark): no lock, no
            # timeout; the frame is in the transport when this returns.
            connection.write(text)
            self._core.sent(text)
            return
        async with self._send_lock:
            try:
                await self._send_frame(text)
                return
            except ConnectionClosed as exc:
                if not self._core.may_reconnect(exc.rcvd):
                    raise self._core.closed_error(exc.rcvd, exc.sent) from None
                failed = exc
        # Reconnect (outside the send lock), then send once more on the new connection.
        event = await self._reconnect(failed)
        if event is not None:
            self._core.keep_first(event)
        async with self._send_lock:
            try:
                await self._send_frame(text)
            except ConnectionClosed as exc:
                raise self._core.closed_error(exc.rcvd, exc.sent) from None

    async def _send_frame(self, text: str | bytes) -> None:
        connection = self._ws
        try:
            if connection.writable:
                connection.write(text)
            else:
                async with asyncio.timeout(self._transport.send_timeout):
                    await connection.send(text)
        except TimeoutError:
            connection.transport.abort()
            with contextlib.suppress(TimeoutError):  # connection_lost runs on the next turn
                async with asyncio.timeout(1.0):
                    await connection.wait_closed()
            raise self._transport.send_timeout_error() from None
        self._core.sent(text)

    async def set_configuration(
        self,
        session: Mapping[str, Any] | Any | None = None,
        *,
        event_id: str | None = None,
        **options: Unpack[SessionOptions],
    ) -> None:
        """Send a partial ``session.update`` (PSOpenAI's ``Set-RealtimeSessionConfiguration``
        or, on a transcription session, ``Set-RealtimeTranscriptionSessionConfiguration``).

        ``session``: a partial session configuration as a mapping or a generated session model
        (``session.type`` filled in from the connection kind); the keyword arguments given are
        merged over it (:class:`~openai_realtime.protocol.SessionOptions`, one definition for
        both sessions). Only what is given is sent; ``None`` switches a nullable feature off.
        Arguments and units: :func:`openai_realtime.protocol.session_update` (conversation) and
        :func:`openai_realtime.protocol.transcription_session_update` (transcription, which
        takes only ``input_audio_format``, ``noise_reduction``, ``transcription``,
        ``turn_detection`` and ``include``). Tools registered with :meth:`register_tool` are
        sent when ``tools`` is not given.

        Raises:
            ValueError: a value that does not fit the spec schema, or a conversation-only
                argument on a transcription session.
            ConnectionClosedError: the connection is closed.
        """
        await self.send(self._configuration_event(session, event_id, dict(options)))

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
        options = given(locals())
        await self.send(self._item_event(options.pop("item"), options))

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
        if self.conversation is None:
            raise RuntimeError("interrupt() needs a conversation session")
        if stop_playback is not None:
            result = stop_playback()
            if inspect.isawaitable(result):
                await result
        events, point = self._interrupt_events(playback, item_id, cancel, clear_output_audio)
        for event in events:
            await self.send(event)
        return point

    async def request_response(
        self, *, event_id: str | None = None, **options: Unpack[ResponseOptions]
    ) -> None:
        """Ask for a response (``response.create``; ``Request-RealtimeSessionResponse``), with
        optional per-response overrides (:class:`~openai_realtime.protocol.ResponseOptions`);
        see :func:`openai_realtime.protocol.response_create`."""
        await self.send(protocol.response_create(event_id=event_id, **options))

    async def stop_response(
        self, *, response_id: str | None = None, event_id: str | None = None
    ) -> None:
        """Cancel a response (``response.cancel``; ``Stop-RealtimeSessionResponse``): the given
        ``response_id``, or the active one."""
        await self.send(protocol.response_cancel(response_id=response_id, event_id=event_id))

    async def append_audio(self, audio: bytes | bytearray | memoryview) -> None:
        """Append audio to the input audio buffer (``input_audio_buffer.append``; on a
        translation session ``session.input_audio_buffer.append``).

        ``audio`` is raw bytes in the session's input format (24 kHz mono PCM16 little-endian
        for ``audio/pcm``; 8 kHz G.711 for ``audio/pcmu``/``audio/pcma``). The client does the
        base64 and splits it into several events when one would exceed the 15 MiB limit.
        """
        for frame in self._core.audio_frames(audio):
            await self.send_raw(frame)

    async def commit_audio(self, *, event_id: str | None = None) -> None:
        """Commit the input audio buffer as a user item (``input_audio_buffer.commit``); needed
        when turn detection is off. The server rejects a buffer under 100 ms."""
        await self.send(simple_event("input_audio_buffer.commit", event_id))

    async def clear_audio(self, *, event_id: str | None = None) -> None:
        """Discard the uncommitted input audio (``input_audio_buffer.clear``)."""
        await self.send(simple_event("input_audio_buffer.clear", event_id))

    async def clear_output_audio(self, *, event_id: str | None = None) -> None:
        """Stop and discard the server's buffered output audio (``output_audio_buffer.clear``;
        meaningful on WebRTC/SIP connections)."""
        await self.send(simple_event("output_audio_buffer.clear", event_id))

    async def stream_audio_file(
        self, path: str, *, realtime: bool = True, chunk_ms: int = 100, speed: float = 1.0
    ) -> float:
        """Stream a WAV/FLAC/OGG file into the input buffer, converted to the session's input
        format (24 kHz mono PCM16, or 8 kHz G.711 µ-law/A-law for ``audio/pcmu``/``audio/pcma``
        sessions), in ``chunk_ms`` chunks; paced at ``speed`` times real time when ``realtime``.
        Returns the audio's duration in ms. Needs the ``[audio]`` extra.

        Raises:
            openai_realtime.audio.AudioFileError: unreadable or empty file.
        """
        fmt = self._core.input_format()
        data, bytes_per_ms = await asyncio.to_thread(load_input_audio, path, fmt)
        step = chunk_ms * bytes_per_ms
        start = time.monotonic()
        for offset in range(0, len(data), step):
            await self.append_audio(data[offset : offset + step])
            if realtime and speed > 0:
                delay = start + (offset + step) / bytes_per_ms / 1000 / speed - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
        return len(data) / bytes_per_ms

    # ---------------------------------------------------------------------------- receiving

    async def _dispatch(self, event: Any) -> None:
        for key in (event.type_, "*"):
            for handler in list((self._core.handlers or _NONE).get(key, ())):
                result = handler(event)
                if inspect.isawaitable(result):
                    await result

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
        if self._core.backlog:
            return self._core.pop_backlog(0)
        try:
            if timeout is None:
                return await self._read()
            async with asyncio.timeout(timeout):
                return await self._read()
        except TimeoutError:
            raise EventTimeoutError(f"no server event arrived within {timeout} s") from None

    async def _read(self) -> SessionEvent:
        """Read one frame (reconnecting or rotating as the core decides), type it, run handlers
        and tools."""
        core = self._core
        while True:
            try:
                if not core.rotates:
                    frame = await self._ws.recv()
                    break
                if await self._maybe_rotate():
                    return core.pop_backlog(0)
                try:
                    async with asyncio.timeout(core.rotation_wait()):
                        frame = await self._ws.recv()
                        break
                except TimeoutError:
                    continue
            except ConnectionClosed as exc:
                if not core.may_reconnect(exc.rcvd):
                    raise core.closed_error(exc.rcvd, exc.sent) from None
                reconnected = await self._reconnect(exc)
                if reconnected is not None:
                    if core.handlers:
                        await self._dispatch(reconnected)
                    return reconnected
        event = core.receive(frame)
        if core.handlers:
            await self._dispatch(event)
        if event.type_ in ("response.done", "error"):
            calls = core.follow_up(event)
            if calls and core.tools is not None:
                tools = core.tools
                outputs = await asyncio.gather(
                    *(tools.call(c["name"], c.get("arguments", "")) for c in calls)
                )
                for follow in core.answered(calls, outputs):
                    await self.send(follow)
        return event

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

    async def wait_for(  # type: ignore[no-redef]  # typed by the TYPE_CHECKING block
        self, event_type: str | Callable[[Any], bool], timeout: float | None = None
    ) -> SessionEvent:
        """Receive until an event of ``event_type`` (or one for which the predicate is true)
        arrives, and return it. Events passed over are kept and returned by later ``recv`` calls
        (and iteration), in order. An ``error`` event raises
        :class:`~openai_realtime.errors.ServerErrorEvent` unless it is what is awaited.

        Raises:
            EventTimeoutError: ``timeout`` (seconds) passed first.
            BacklogFullError: ``max_backlog`` / ``max_backlog_bytes`` events passed over.
            ConnectionClosedError: the connection closed first.
        """
        waiter = self._core.waiter(event_type)
        found = waiter.from_backlog()
        if found is not None:
            return found
        try:
            async with asyncio.timeout(timeout):
                while True:
                    waiter.check_room()
                    event = await self._read()
                    if waiter.offer(event):
                        return event
        except TimeoutError:
            raise EventTimeoutError(f"no {event_type!r} event arrived within {timeout} s") from None
        finally:
            waiter.close()

    async def run(self) -> None:
        """Receive and dispatch events to the handlers (and tools) until :meth:`disconnect` is
        called; for programs driven by :meth:`on` handlers (PSOpenAI's engine events).

        Raises:
            ConnectionClosedError: the server closed the session (after reconnect attempts).
        """
        async for _ in self:
            pass

    # --------------------------------------------------------------- reconnect and rotation

    def _guard(self) -> asyncio.Lock:
        if self._reconnect_lock is None:  # created on first use: idle sessions stay small
            self._reconnect_lock = asyncio.Lock()
        return self._reconnect_lock

    async def _reconnect(self, cause: ConnectionClosed) -> SessionReconnected | None:
        """Carry out the core's reconnect plan after ``cause``; ``None`` if another task
        already reconnected. Worst case: ``max_attempts`` x (backoff delay + 2 x
        ``open_timeout``) plus the replay.

        Raises:
            ConnectionClosedError: every attempt failed (the last failure is the ``__cause__``).
        """
        broken = self._ws
        async with self._guard():
            if self._ws is not broken:
                return None
            plan = self._core.begin_reconnect(cause.rcvd)
            while (delay := plan.next_delay()) is not None:
                await asyncio.sleep(delay)
                try:
                    connection = await self._transport.open()
                except (APIConnectionError, APIError) as exc:
                    if plan.open_failed(exc):
                        break
                    logger.info("reconnect attempt %d failed: %s", plan.attempt, exc)
                    continue
                self._ws = connection
                try:
                    reapplied, report = await self._take_over(connection, plan.policy.replay)
                except (RealtimeError, ConnectionClosed, TimeoutError) as exc:
                    failure = plan.take_over_failed(exc)
                    logger.info("reconnect attempt %d failed: %s", plan.attempt, failure)
                    await _discard(connection)
                    continue
                logger.info("reconnected after close %s in %d attempt(s)", plan.code, plan.attempt)
                return plan.succeeded(reapplied, report)
            raise plan.error() from plan.cause()

    async def _take_over(
        self, connection: AsyncConnection, replay: bool
    ) -> tuple[dict[str, Any] | None, ReplayReport | None]:
        """Make ``connection`` carry the session: its ``session.created`` (within
        ``open_timeout``), the configuration re-sent, the conversation replayed if asked."""
        self._core.opened()
        async with asyncio.timeout(self._transport.open_timeout):
            frame = await connection.recv()
        reapplied, update = self._core.took_over(frame)
        if update is not None:
            async with asyncio.timeout(self._transport.send_timeout):
                await connection.send(update, text=True)
        return reapplied, (await self._replay(connection) if replay else None)

    async def _replay(self, connection: AsyncConnection) -> ReplayReport | None:
        """Drive the core's replay of the conversation over ``connection``."""
        core = self._core
        replay = core.replay_plan()
        if replay is None:
            return None
        try:
            for frame in core.replay_frames(replay):
                await connection.send(frame, text=True)
            try:
                async with asyncio.timeout(replay.timeout):
                    while not replay.done:
                        replay.receive(core.decoder.decode(await connection.recv()))
            except TimeoutError:
                replay.timed_out()
        except BaseException:
            replay.abort()
            raise
        report = core.replayed(replay)
        if core.handlers:
            for event in report.other_events:
                await self._dispatch(event)
        return report

    async def _maybe_rotate(self) -> bool:
        """At the turn boundary the core allows: open the successor, hand the conversation
        over, close the old socket, queue the :class:`SessionReconnected` (after the events
        the old session sent late). ``False`` when not now or the successor failed (the old
        session goes on; the next boundary after another ``rotate_after_s`` tries again)."""
        core = self._core
        if not core.may_rotate_now():
            return False
        started = time.monotonic()
        async with self._guard(), self._send_lock:
            if not core.may_rotate_now():
                return False
            old = self._ws
            try:
                connection = await self._transport.open()
            except (APIConnectionError, APIError) as exc:
                logger.warning("rotation: could not open the successor session: %s", exc)
                core.rotation_failed()
                return False
            self._ws = connection
            try:
                reapplied, report = await self._take_over(connection, True)
            except (RealtimeError, ConnectionClosed, TimeoutError) as exc:
                logger.warning("rotation: the successor session did not take over: %s", exc)
                self._ws = old
                await _discard(connection)
                core.rotation_failed()
                return False
        late: list[ServerEvent] = []
        await old.close(1000, "rotated to a new session")
        with contextlib.suppress(ConnectionClosed):
            while True:
                late.append(core.decoder.decode(await old.recv()))
        event = core.rotated(late, reapplied, report, started)
        logger.info("rotated to session %s in %.1f ms", core.session_id, event.gap_ms)
        if core.handlers:
            for earlier in late:
                await self._dispatch(earlier)
            await self._dispatch(event)
        return True

    # ------------------------------------------------------------------------------ closing

    async def disconnect(self, code: int = 1000, reason: str = "") -> None:
        """Close the WebSocket cleanly (``Disconnect-RealtimeSession``); waits at most the
        connection's close timeout (seconds). Safe to call twice."""
        self._core.closing = True
        try:
            await self._ws.close(code, reason)
        finally:
            if self._transport.recorder is not None:
                self._transport.recorder.close()  # record_to: the file is complete
        self._core.metrics.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.disconnect()


async def _discard(connection: AsyncConnection) -> None:
    """Close a connection that failed to take over (bounded by the close timeout)."""
    with contextlib.suppress(Exception):
        await connection.close()
    connection.transport.abort()
