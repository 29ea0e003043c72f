"""The blocking session: the same core and methods as the async one, I/O in the caller's thread.

::

    from openai_realtime.sync import connect_realtime_session

    with connect_realtime_session("gpt-realtime") as session:
        session.set_configuration(instructions="Be brief.", output_modalities=["text"])
        session.add_item(role="user", text="Hello!")
        session.request_response()
        for event in session:
            if event.type_ == "response.done":
                break

:class:`RealtimeSession` is the second shell around the protocol core
(:class:`~openai_realtime.core.SessionCore`), next to the async
:class:`openai_realtime.session.RealtimeSession`, with the same methods, arguments and
behaviour (reconnects, rotation, replay, bounds, ``record_to``); each call blocks the calling
thread until it is done. No thread and no event loop is started: the socket is read when the
caller asks (``recv``, iteration, ``wait_for``, ``run``), handlers run then, in the caller's
thread, and reconnect backoff sleeps in it. An async handler or an async tool function is run
with ``asyncio.run`` in the caller's thread (so a sync session cannot be used inside a running
event loop: use the async session there). Sends may come from another thread than the one
receiving (e.g. a microphone callback appending audio); one thread receives at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, Unpack

from websockets.exceptions import ConnectionClosed

from . import protocol
from ._api import SessionAPI, given, load_input_audio
from ._blocking import BlockingConnection
from .connect import ConnectOptions, prepare
from .core import SessionCore, SessionEvent, SessionReconnected, simple_event
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
    from openai_realtime_api.event_types import SyncWaitFor

__all__ = [
    "RealtimeSession",
    "connect_realtime_session",
    "connect_realtime_transcription_session",
    "connect_realtime_translation_session",
]

logger = logging.getLogger("openai_realtime.session")
_NONE: dict[str, list[Any]] = {}


def _remaining(deadline: float | None) -> float | None:
    return None if deadline is None else max(deadline - time.monotonic(), 0.0)


def _settle(result: Any) -> Any:
    """A handler's or tool's result; an awaitable is run with ``asyncio.run``."""
    if inspect.isawaitable(result):

        async def wait() -> Any:
            return await result

        return asyncio.run(wait())
    return result


class RealtimeSession(SessionAPI):
    """A blocking realtime session (the twin of :class:`openai_realtime.session.RealtimeSession`:
    same methods and attributes, each call blocking). Iterate it to receive events; use it as a
    context manager to close it. Open it with this module's ``connect_*`` functions."""

    _ws: BlockingConnection

    __slots__ = ("__weakref__", "_holder", "_send_lock", "_transport", "_ws")

    if TYPE_CHECKING:
        # Typed events for users' type checkers: ``wait_for("response.done")`` is
        # ``RealtimeServerEventResponseDone`` (one generated ``Literal`` overload per GA and
        # translation server event type; a predicate or another string gives SessionEvent).
        # The method below is the implementation (its signature is the overloads' fallback).
        wait_for: SyncWaitFor[SessionEvent]

    def __init__(self, connection: BlockingConnection, core: SessionCore, transport: Transport):
        self._ws = connection
        self._core = core
        self._transport = transport
        self._send_lock = threading.Lock()
        # A session dropped without disconnect() still closes its socket (no leaked fd).
        self._holder = [connection]
        weakref.finalize(self, _abandon, self._holder)

    def _set_ws(self, connection: BlockingConnection) -> None:
        self._ws = self._holder[0] = connection

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"<sync RealtimeSession {self.kind} {state} {self.url}>"

    # ------------------------------------------------------------------------------ sending

    def send(self, event: ClientEvent) -> None:
        """Blocking :meth:`openai_realtime.session.RealtimeSession.send`."""
        self.send_raw(self._core.encode(event))

    def send_raw(self, text: str | bytes) -> None:
        """Blocking :meth:`openai_realtime.session.RealtimeSession.send_raw`."""
        self._core.check_size(text)
        try:
            self._send_frame(text)
            return
        except ConnectionClosed as exc:
            if not self._core.may_reconnect(exc.rcvd):
                raise self._core.closed_error(exc.rcvd, exc.sent) from None
            failed = exc
        event = self._reconnect(failed)
        if event is not None:
            self._core.keep_first(event)
        try:
            self._send_frame(text)
        except ConnectionClosed as exc:
            raise self._core.closed_error(exc.rcvd, exc.sent) from None

    def _send_frame(self, text: str | bytes) -> None:
        connection = self._ws
        with self._send_lock:
            try:
                connection.send(text, True, self._transport.send_timeout)
            except TimeoutError:
                connection.abort()
                raise self._transport.send_timeout_error() from None
            self._core.sent(text)

    def set_configuration(
        self,
        session: Mapping[str, Any] | Any | None = None,
        *,
        event_id: str | None = None,
        **options: Unpack[SessionOptions],
    ) -> None:
        """Blocking :meth:`openai_realtime.session.RealtimeSession.set_configuration`."""
        self.send(self._configuration_event(session, event_id, dict(options)))

    def add_item(
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
        """Blocking :meth:`openai_realtime.session.RealtimeSession.add_item`."""
        options = given(locals())
        self.send(self._item_event(options.pop("item"), options))

    def remove_item(self, item_id: str, *, event_id: str | None = None) -> None:
        """Blocking :meth:`openai_realtime.session.RealtimeSession.remove_item`."""
        self.send(protocol.conversation_item_delete(item_id, event_id=event_id))

    def retrieve_item(
        self, item_id: str, *, timeout: float | None = 10.0, event_id: str | None = None
    ) -> Any:
        """Blocking :meth:`openai_realtime.session.RealtimeSession.retrieve_item`."""
        self.send(protocol.conversation_item_retrieve(item_id, event_id=event_id))
        event: Any = self.wait_for(  # the predicate picks conversation.item.retrieved
            lambda e: e.type_ == "conversation.item.retrieved" and e.item.id == item_id,
            timeout=timeout,
        )
        return event.item

    def truncate_item(
        self,
        item_id: str,
        audio_end_ms: int,
        *,
        content_index: int = 0,
        event_id: str | None = None,
    ) -> None:
        """Blocking :meth:`openai_realtime.session.RealtimeSession.truncate_item`."""
        self.send(
            protocol.conversation_item_truncate(
                item_id, audio_end_ms, content_index=content_index, event_id=event_id
            )
        )

    def interrupt(
        self,
        playback: PlaybackTracker,
        *,
        item_id: str | None = None,
        stop_playback: Callable[[], Any] | None = None,
        cancel: bool = True,
        clear_output_audio: bool | None = None,
    ) -> TruncationPoint | None:
        """Blocking :meth:`openai_realtime.session.RealtimeSession.interrupt`."""
        if self.conversation is None:
            raise RuntimeError("interrupt() needs a conversation session")
        if stop_playback is not None:
            _settle(stop_playback())
        events, point = self._interrupt_events(playback, item_id, cancel, clear_output_audio)
        for event in events:
            self.send(event)
        return point

    def request_response(
        self, *, event_id: str | None = None, **options: Unpack[ResponseOptions]
    ) -> None:
        """Blocking :meth:`openai_realtime.session.RealtimeSession.request_response`."""
        self.send(protocol.response_create(event_id=event_id, **options))

    def stop_response(self, *, response_id: str | None = None, event_id: str | None = None) -> None:
        """Blocking :meth:`openai_realtime.session.RealtimeSession.stop_response`."""
        self.send(protocol.response_cancel(response_id=response_id, event_id=event_id))

    def append_audio(self, audio: bytes | bytearray | memoryview) -> None:
        """Blocking :meth:`openai_realtime.session.RealtimeSession.append_audio`."""
        for frame in self._core.audio_frames(audio):
            self.send_raw(frame)

    def commit_audio(self, *, event_id: str | None = None) -> None:
        """Blocking :meth:`openai_realtime.session.RealtimeSession.commit_audio`."""
        self.send(simple_event("input_audio_buffer.commit", event_id))

    def clear_audio(self, *, event_id: str | None = None) -> None:
        """Blocking :meth:`openai_realtime.session.RealtimeSession.clear_audio`."""
        self.send(simple_event("input_audio_buffer.clear", event_id))

    def clear_output_audio(self, *, event_id: str | None = None) -> None:
        """Blocking :meth:`openai_realtime.session.RealtimeSession.clear_output_audio`."""
        self.send(simple_event("output_audio_buffer.clear", event_id))

    def stream_audio_file(
        self, path: str, *, realtime: bool = True, chunk_ms: int = 100, speed: float = 1.0
    ) -> float:
        """Blocking :meth:`openai_realtime.session.RealtimeSession.stream_audio_file`."""
        data, bytes_per_ms = load_input_audio(path, self._core.input_format())
        step = chunk_ms * bytes_per_ms
        start = time.monotonic()
        for offset in range(0, len(data), step):
            self.append_audio(data[offset : offset + step])
            if realtime and speed > 0:
                delay = start + (offset + step) / bytes_per_ms / 1000 / speed - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
        return len(data) / bytes_per_ms

    # ---------------------------------------------------------------------------- receiving

    def _dispatch(self, event: Any) -> None:
        for key in (event.type_, "*"):
            for handler in list((self._core.handlers or _NONE).get(key, ())):
                _settle(handler(event))

    def recv(self, timeout: float | None = None) -> SessionEvent:
        """Blocking :meth:`openai_realtime.session.RealtimeSession.recv`."""
        if self._core.backlog:
            return self._core.pop_backlog(0)
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            return self._read(deadline)
        except TimeoutError:
            raise EventTimeoutError(f"no server event arrived within {timeout} s") from None

    def _read(self, deadline: float | None) -> SessionEvent:
        core = self._core
        while True:
            try:
                if not core.rotates:
                    frame = self._ws.recv(_remaining(deadline))
                    break
                if self._maybe_rotate():
                    return core.pop_backlog(0)
                wait = core.rotation_wait()
                left = _remaining(deadline)
                try:
                    frame = self._ws.recv(wait if left is None else min(wait, left))
                    break
                except TimeoutError:
                    if left is not None and left <= wait:
                        raise
                    continue
            except ConnectionClosed as exc:
                if not core.may_reconnect(exc.rcvd):
                    raise core.closed_error(exc.rcvd, exc.sent) from None
                reconnected = self._reconnect(exc)
                if reconnected is not None:
                    if core.handlers:
                        self._dispatch(reconnected)
                    return reconnected
        event = core.receive(frame)
        if core.handlers:
            self._dispatch(event)
        if event.type_ in ("response.done", "error"):
            calls = core.follow_up(event)
            if calls and core.tools is not None:
                tools = core.tools

                async def run_all() -> list[str]:
                    return list(
                        await asyncio.gather(
                            *(tools.call(c["name"], c.get("arguments", "")) for c in calls)
                        )
                    )

                for follow in core.answered(calls, asyncio.run(run_all())):
                    self.send(follow)
        return event

    def __iter__(self) -> Iterator[SessionEvent]:
        while True:
            try:
                yield self.recv()
            except ConnectionClosedError as exc:
                if exc.by_server:
                    raise
                return

    def wait_for(  # type: ignore[no-redef]  # typed by the TYPE_CHECKING block
        self, event_type: str | Callable[[Any], bool], timeout: float | None = None
    ) -> SessionEvent:
        """Blocking :meth:`openai_realtime.session.RealtimeSession.wait_for`."""
        waiter = self._core.waiter(event_type)
        found = waiter.from_backlog()
        if found is not None:
            return found
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            while True:
                waiter.check_room()
                event = self._read(deadline)
                if waiter.offer(event):
                    return event
        except TimeoutError:
            raise EventTimeoutError(f"no {event_type!r} event arrived within {timeout} s") from None
        finally:
            waiter.close()

    def run(self) -> None:
        """Blocking :meth:`openai_realtime.session.RealtimeSession.run`."""
        for _ in self:
            pass

    # --------------------------------------------------------------- reconnect and rotation

    def _reconnect(self, cause: ConnectionClosed) -> SessionReconnected | None:
        plan = self._core.begin_reconnect(cause.rcvd)
        while (delay := plan.next_delay()) is not None:
            time.sleep(delay)
            try:
                connection = self._transport.open_sync()
            except (APIConnectionError, APIError) as exc:
                if plan.open_failed(exc):
                    break
                logger.info("reconnect attempt %d failed: %s", plan.attempt, exc)
                continue
            self._set_ws(connection)
            try:
                reapplied, report = self._take_over(connection, plan.policy.replay)
            except (RealtimeError, ConnectionClosed, TimeoutError) as exc:
                failure = plan.take_over_failed(exc)
                logger.info("reconnect attempt %d failed: %s", plan.attempt, failure)
                connection.abort()
                continue
            logger.info("reconnected after close %s in %d attempt(s)", plan.code, plan.attempt)
            return plan.succeeded(reapplied, report)
        raise plan.error() from plan.cause()

    def _take_over(
        self, connection: BlockingConnection, replay: bool
    ) -> tuple[dict[str, Any] | None, ReplayReport | None]:
        self._core.opened()
        reapplied, update = self._core.took_over(connection.recv(self._transport.open_timeout))
        if update is not None:
            connection.send(update, True, self._transport.send_timeout)
        return reapplied, (self._replay(connection) if replay else None)

    def _replay(self, connection: BlockingConnection) -> ReplayReport | None:
        core = self._core
        replay = core.replay_plan()
        if replay is None:
            return None
        try:
            for frame in core.replay_frames(replay):
                connection.send(frame, True, self._transport.send_timeout)
            deadline = time.monotonic() + replay.timeout
            try:
                while not replay.done:
                    replay.receive(core.decoder.decode(connection.recv(_remaining(deadline))))
            except TimeoutError:
                replay.timed_out()
        except BaseException:
            replay.abort()
            raise
        report = core.replayed(replay)
        if core.handlers:
            for event in report.other_events:
                self._dispatch(event)
        return report

    def _maybe_rotate(self) -> bool:
        core = self._core
        if not core.may_rotate_now():
            return False
        started = time.monotonic()
        old = self._ws
        try:
            connection = self._transport.open_sync()
        except (APIConnectionError, APIError) as exc:
            logger.warning("rotation: could not open the successor session: %s", exc)
            core.rotation_failed()
            return False
        self._set_ws(connection)
        try:
            reapplied, report = self._take_over(connection, True)
        except (RealtimeError, ConnectionClosed, TimeoutError) as exc:
            logger.warning("rotation: the successor session did not take over: %s", exc)
            self._set_ws(old)
            connection.abort()
            core.rotation_failed()
            return False
        late: list[ServerEvent] = []
        old.close(1000, "rotated to a new session")
        with contextlib.suppress(ConnectionClosed):
            while True:
                late.append(core.decoder.decode(old.recv(0.0)))
        event = core.rotated(late, reapplied, report, started)
        logger.info("rotated to session %s in %.1f ms", core.session_id, event.gap_ms)
        if core.handlers:
            for earlier in late:
                self._dispatch(earlier)
            self._dispatch(event)
        return True

    # ------------------------------------------------------------------------------ closing

    def disconnect(self, code: int = 1000, reason: str = "") -> None:
        """Blocking :meth:`openai_realtime.session.RealtimeSession.disconnect`."""
        self._core.closing = True
        try:
            self._ws.close(code, reason)
        finally:
            if self._transport.recorder is not None:
                self._transport.recorder.close()  # record_to: the file is complete
        self._core.metrics.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.disconnect()


def _abandon(holder: list[BlockingConnection]) -> None:
    """Close the socket of a sync session that was garbage-collected while open."""
    holder[0].abort()


def _open(
    kind: Literal["realtime", "call", "transcription", "translation"],
    model: str | None,
    call_id: str | None,
    options: Mapping[str, Any],
) -> RealtimeSession:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        raise RuntimeError(
            "openai_realtime.sync blocks; inside an event loop use openai_realtime (async)"
        )
    transport, core = prepare(kind, model, call_id, options)
    connection = transport.open_sync()
    session = RealtimeSession(connection, core(), transport)
    try:
        session._replay(connection)  # a restored conversation goes to this session
    except ConnectionClosed as exc:
        raise session._core.closed_error(exc.rcvd, exc.sent) from None
    return session


def connect_realtime_session(
    model: str | None = None, *, call_id: str | None = None, **options: Unpack[ConnectOptions]
) -> RealtimeSession:
    """Blocking :func:`openai_realtime.connect.connect_realtime_session`: returns a sync
    :class:`RealtimeSession` (also a context manager). Keyword arguments:
    :class:`~openai_realtime.connect.ConnectOptions`."""
    return _open("call" if call_id else "realtime", model, call_id, options)


def connect_realtime_transcription_session(**options: Unpack[ConnectOptions]) -> RealtimeSession:
    """Blocking :func:`openai_realtime.connect.connect_realtime_transcription_session`."""
    return _open("transcription", None, None, options)


def connect_realtime_translation_session(
    model: str | None = None, **options: Unpack[ConnectOptions]
) -> RealtimeSession:
    """Blocking :func:`openai_realtime.connect.connect_realtime_translation_session`."""
    return _open("translation", model, None, options)
