"""The WebSocket I/O edge: moves a session's events over an accepted socket.

:class:`SocketPump` runs one accepted connection for a session state machine
(:class:`~.realtime.RealtimeConnection`, :class:`~.beta.BetaConnection`,
:class:`~.translation.TranslationConnection`, all pure). It

* sends ``session.created``, then reads client frames and sends what the session answers;
* streams a response in a separate task, calling ``session.step()`` batch by batch and
  pausing ``ServerConfig.delta_delay_ms`` after each batch that carried a ``*.delta``, so that
  client events (``response.cancel``, audio, ...) keep being read and handled meanwhile;
* serialises all sends with one lock: the session is only called while holding it, so events
  go out in the order the session produced them; every send is awaited (uvicorn applies TCP
  backpressure), so a slow client slows the server instead of growing a buffer;
* enforces ``ServerConfig.session_ttl_s`` (``error`` ``session_expired``, then close 1001),
  closes when the session asks (translation ``session.close``: 1000) or when a joined call
  ends (1000);
* aborts a connection whose peer has not read for :data:`~.limits.SEND_TIMEOUT_S` (one send
  waited that long), and parses/validates frames of :data:`~.limits.OFFLOAD_BYTES` or more in
  a worker thread (the session is still only called under the lock);
* applies the connection's :class:`~.faults.FaultPlan`;
* waits for the session's speech recognitions (:mod:`.asr`, in worker processes) in a
  separate task and sends the events each brings (transcription, a held-back response);
* reports every frame to the observers (:func:`~.observe.notify`): client frames under the
  session's client family, events under its server family (injected frames too: as the
  event dict when they are a JSON object, else as the raw ``str``/``bytes`` frame).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Final, Protocol

from starlette.websockets import WebSocket, WebSocketDisconnect

from .asr import RECOGNITION_TIMEOUT_S
from .config import ServerConfig
from .faults import Close, Drop, FaultInjector, FaultPlan, InjectFrame, Stall
from .limits import OFFLOAD_BYTES, SEND_TIMEOUT_S
from .observe import connection_info, notify
from .outgoing import Emitter, Event, OutgoingEventError

__all__ = ["ABORT_EXTENSION", "EventSession", "SocketPump", "scope_abort"]

logger = logging.getLogger("openai_realtime.server")

ABORT_EXTENSION: Final = "openai_realtime.abort"
"""ASGI scope extension, and message type, with which the app aborts a connection's TCP stream
without a close frame (``FaultPlan.drop_after_events``); :mod:`.runner`'s uvicorn protocol
implements it."""


class EventSession(Protocol):
    """What :class:`SocketPump` needs from a session state machine."""

    @property
    def client_family(self) -> str: ...

    @property
    def server_family(self) -> str: ...

    @property
    def response_active(self) -> bool: ...

    @property
    def close_request(self) -> tuple[int, str] | None: ...

    def open(self) -> list[Event]: ...

    def receive_text(self, text: str) -> list[Event]: ...

    def receive_bytes(self, data: bytes) -> list[Event]: ...

    def step(self) -> list[Event] | None: ...

    def expire(self) -> list[Event]: ...


_SAFE_QUERY: Final = frozenset({"model", "intent", "call_id", "api-version", "deployment"})


def _dumps(event: Event) -> str:
    return json.dumps(event, separators=(",", ":"))


def _as_reported(frame: str | bytes) -> Any:
    """An injected frame as observers get it: the event dict if it is a JSON object, else the
    raw frame."""
    if isinstance(frame, str):
        try:
            parsed = json.loads(frame)
        except ValueError:
            return frame
        if isinstance(parsed, dict):
            return parsed
    return frame


class SocketPump:
    """Runs one accepted WebSocket (see the module docstring).

    Args:
        websocket: the accepted Starlette WebSocket.
        session: the session state machine.
        config: the server configuration (delta pacing, session TTL, validation).
        faults: the fault plan for this connection (``None``: no faults).
        abort: coroutine function that aborts the TCP connection without a close frame, or
            ``None`` when the ASGI server offers no way to (``drop`` then closes with 1011).
        ended: set when the WebRTC/SIP call this socket joined has ended.
    """

    def __init__(
        self,
        websocket: WebSocket,
        session: EventSession,
        *,
        config: ServerConfig,
        faults: FaultPlan | None = None,
        abort: Callable[[], Awaitable[None]] | None = None,
        ended: asyncio.Event | None = None,
    ) -> None:
        self.websocket = websocket
        self.session = session
        self.config = config
        self._faults = FaultInjector(
            faults, Emitter(session.server_family, validate=config.validate_outgoing)
        )
        self._abort = abort
        self._ended = ended
        self._lock = asyncio.Lock()
        self._sent = 0
        self._stalled = False
        self._closed = False
        self._error: BaseException | None = None
        self._stream_task: asyncio.Task[None] | None = None
        self._recognition_task: asyncio.Task[None] | None = None
        # Observers get the path and the query without anything that could be a credential.
        query = "&".join(
            f"{k}={v}" for k, v in websocket.query_params.multi_items() if k.lower() in _SAFE_QUERY
        )
        self._connection = connection_info(websocket.url.path + (f"?{query}" if query else ""))

    # --- sending (always under self._lock) ----------------------------------------------

    async def _write(self, frame: str | bytes) -> None:
        delay = self._faults.plan.delay_ms
        if delay:
            await asyncio.sleep(delay / 1000)
        try:
            async with asyncio.timeout(SEND_TIMEOUT_S):
                if isinstance(frame, bytes):
                    await self.websocket.send_bytes(frame)
                else:
                    await self.websocket.send_text(frame)
        except TimeoutError:
            # The peer stopped reading: give up on it rather than hold its session for ever.
            logger.info("a client did not read for %g s; aborting its connection", SEND_TIMEOUT_S)
            await self._drop()
            raise WebSocketDisconnect(1006) from None

    async def _send(self, events: list[Event], *, pace: bool = False) -> None:
        """Send ``events`` in order, applying the fault plan after each. ``pace``: pause
        ``delta_delay_ms`` before each delta (for batches with several deltas)."""
        delay = self.config.delta_delay_ms / 1000
        for event in events:
            if self._closed or self._stalled:
                return
            if pace and delay and event["type"].endswith(".delta"):
                await asyncio.sleep(delay)
            notify("server", self.session.server_family, event, self._connection)
            await self._write(_dumps(event))
            self._sent += 1
            await self._apply_faults()

    async def _apply_faults(self) -> None:
        for action in self._faults.actions_at(self._sent):
            if self._closed:
                return
            if isinstance(action, InjectFrame):
                if self._stalled:
                    continue
                notify(
                    "server",
                    self.session.server_family,
                    _as_reported(action.frame),
                    self._connection,
                )
                await self._write(action.frame)
            elif isinstance(action, Stall):
                self._stalled = True
            elif isinstance(action, Close):
                await self._close(action.code, action.reason)
            elif isinstance(action, Drop):
                await self._drop()

    async def _close(self, code: int, reason: str) -> None:
        if self._closed or self._stalled:
            return
        self._closed = True
        with contextlib.suppress(WebSocketDisconnect, OSError, RuntimeError, TimeoutError):
            async with asyncio.timeout(SEND_TIMEOUT_S):
                await self.websocket.close(code=code, reason=reason)

    async def _drop(self) -> None:
        if self._closed:
            return
        if self._abort is None:
            logger.warning("FaultPlan.drop_after_events: cannot abort here; closing with 1011")
            await self._close(1011, "fault injected: drop (abort unavailable)")
            return
        self._closed = True
        with contextlib.suppress(WebSocketDisconnect, OSError, RuntimeError):
            await self._abort()

    async def _after_batch(self) -> None:
        request = self.session.close_request
        if request is not None:
            await self._close(*request)

    # --- tasks --------------------------------------------------------------------------

    async def _stream(self) -> None:
        """Send the active response batch by batch (pacing deltas outside the lock)."""
        delay = self.config.delta_delay_ms / 1000
        waits_for = getattr(self.session, "response_waits_for", None)
        while not self._closed:
            future = waits_for() if waits_for is not None else None
            if future is not None:  # the answer needs words still being recognised
                await asyncio.wait([asyncio.wrap_future(future)], timeout=RECOGNITION_TIMEOUT_S)
            async with self._lock:
                given_up: list[Event] = []
                if future is not None and not future.done():
                    given_up = self.session.finish_recognitions(  # type: ignore[attr-defined]
                        give_up=True
                    )
                batch = self.session.step()
                if batch is None:
                    await self._send(given_up)
                    return
                batch = given_up + batch
                await self._send(batch)
                await self._after_batch()
            paced = delay and any(e["type"].endswith(".delta") for e in batch)
            await asyncio.sleep(delay if paced else 0)

    def _start_tasks(self) -> None:
        """After a batch: stream the response if one became active, and wait for pending
        speech recognitions if the session has any (sessions without recognition lack the
        ``pending_recognition`` method)."""
        if self._closed:
            return
        self._start_stream()
        pending = getattr(self.session, "pending_recognition", None)
        if (
            pending is not None
            and pending() is not None
            and (self._recognition_task is None or self._recognition_task.done())
        ):
            self._recognition_task = asyncio.create_task(self._guarded(self._recognitions))

    async def _recognitions(self) -> None:
        """Wait for each recognition (at most ``RECOGNITION_TIMEOUT_S``; the event loop stays
        free: decoding runs in another process) and send the events it brings."""
        while not self._closed:
            future = self.session.pending_recognition()  # type: ignore[attr-defined]
            if future is None:
                return
            done, _ = await asyncio.wait(
                [asyncio.wrap_future(future)], timeout=RECOGNITION_TIMEOUT_S
            )
            async with self._lock:
                if self._closed:
                    return
                events = self.session.finish_recognitions(  # type: ignore[attr-defined]
                    give_up=not done
                )
                await self._send(events)
                await self._after_batch()
            self._start_stream()

    def _start_stream(self) -> None:
        if self.session.response_active and (self._stream_task is None or self._stream_task.done()):
            self._stream_task = asyncio.create_task(self._guarded(self._stream))

    async def _expire(self) -> None:
        await asyncio.sleep(self.config.session_ttl_s)
        async with self._lock:
            if not self._closed:
                await self._send(self.session.expire())
                await self._close(1001, "session expired")

    async def _call_ended(self) -> None:
        assert self._ended is not None
        await self._ended.wait()
        async with self._lock:
            await self._close(1000, "call ended")

    async def _guarded(self, work: Callable[[], Awaitable[None]]) -> None:
        """Run a background task; a server bug in it (e.g. an invalid outgoing event) closes
        the socket with 1011 and is re-raised by :meth:`run`."""
        try:
            await work()
        except (WebSocketDisconnect, OSError):
            pass
        except Exception as exc:
            if not isinstance(exc, OutgoingEventError):
                logger.exception("local server failed while streaming")
            self._error = exc
            await self._close(1011, "invalid server event (see server log)")

    # --- the connection -----------------------------------------------------------------

    async def run(self) -> None:
        """Serve the connection until the client leaves or the server closes it. Re-raises
        :class:`~.outgoing.OutgoingEventError` (a server bug) after closing with 1011."""
        tasks: list[asyncio.Task[None]] = []
        try:
            async with self._lock:
                await self._apply_faults()  # faults due after 0 events
                await self._send(self.session.open())
                await self._send(self._faults.flood())
            tasks.append(asyncio.create_task(self._guarded(self._expire)))
            if self._ended is not None:
                tasks.append(asyncio.create_task(self._guarded(self._call_ended)))
            while not self._closed:
                message = await self.websocket.receive()
                if message["type"] == "websocket.disconnect":
                    break
                text, data = message.get("text"), message.get("bytes")
                if text is None and data is None:
                    continue
                notify(
                    "client",
                    self.session.client_family,
                    text if text is not None else data,
                    self._connection,
                )
                async with self._lock:
                    if self._closed:
                        break
                    if text is not None and len(text) >= OFFLOAD_BYTES:
                        # Large events are parsed and validated in a worker thread, so the
                        # event loop keeps serving other connections meanwhile.
                        events = await asyncio.to_thread(self.session.receive_text, text)
                    elif text is not None:
                        events = self.session.receive_text(text)
                    else:
                        events = self.session.receive_bytes(data or b"")
                    await self._send(events, pace=True)
                    await self._after_batch()
                self._start_tasks()
        except (WebSocketDisconnect, OSError):
            pass  # the client went away, possibly mid-speech or mid-response
        except OutgoingEventError as exc:
            self._error = exc
            await self._close(1011, "invalid server event (see server log)")
        finally:
            tasks += [t for t in (self._stream_task, self._recognition_task) if t is not None]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            cancel = getattr(self.session, "cancel_recognitions", None)
            if cancel is not None:
                cancel()  # the client is gone: its queued speech need not be decoded
        if self._error is not None:
            raise self._error


def scope_abort(
    scope: MutableMapping[str, Any], send: Callable[[dict[str, Any]], Awaitable[None]]
) -> Callable[[], Awaitable[None]] | None:
    """The abort function for a connection if the ASGI server supports it (the extension
    :data:`ABORT_EXTENSION` that :mod:`.runner`'s uvicorn protocol adds), else ``None``."""
    if ABORT_EXTENSION not in (scope.get("extensions") or {}):
        return None

    async def abort() -> None:
        await send({"type": ABORT_EXTENSION})

    return abort
