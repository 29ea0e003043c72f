"""Blocking facade over the async session, with the same names.

::

    from openai_realtime.sync import connect_realtime_session

    with connect_realtime_session("gpt-realtime") as session:
        session.set_configuration(instructions="Be brief.", output_modalities=["text"])
        session.add_item(role="user", text="Hello!")
        session.request_response()
        for event in session:
            if event.type_ == "response.done":
                break

Every method blocks until its async twin (:class:`openai_realtime.session.RealtimeSession`)
finishes, and raises what it raises. The async sessions run on one shared event loop in a daemon
thread (started on first use), so many sync sessions can be open at once without a thread each.
Handlers registered with ``on`` run on that loop's thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import threading
import weakref
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import Future
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar

from . import session as _async
from .errors import ConnectionClosedError

if TYPE_CHECKING:
    from openai_realtime_api.event_types import SyncWaitFor

    class _Recv(Protocol):
        def __call__(self, timeout: float | None = None) -> _async.SessionEvent: ...


__all__ = [
    "RealtimeSession",
    "connect_realtime_session",
    "connect_realtime_transcription_session",
    "connect_realtime_translation_session",
]

T = TypeVar("T")


class _Portal:
    """One event loop in a daemon thread, shared by every sync session of the process."""

    _lock = threading.Lock()
    _loop: asyncio.AbstractEventLoop | None = None

    @classmethod
    def loop(cls) -> asyncio.AbstractEventLoop:
        with cls._lock:
            if cls._loop is None or cls._loop.is_closed():
                loop = asyncio.new_event_loop()
                thread = threading.Thread(
                    target=loop.run_forever, name="openai-realtime-sync", daemon=True
                )
                thread.start()
                cls._loop = loop
            return cls._loop

    @classmethod
    def call(cls, coroutine: Coroutine[Any, Any, T]) -> T:
        loop = cls.loop()
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            coroutine.close()
            raise RuntimeError(
                "openai_realtime.sync blocks; inside an event loop use openai_realtime (async)"
            )
        future: Future[T] = asyncio.run_coroutine_threadsafe(coroutine, loop)
        try:
            return future.result()
        except KeyboardInterrupt:
            future.cancel()
            raise


def _blocking(name: str) -> Callable[..., Any]:
    method = getattr(_async.RealtimeSession, name)

    @functools.wraps(method)
    def call(self: RealtimeSession, *args: Any, **kwargs: Any) -> Any:
        return _Portal.call(getattr(self._session, name)(*args, **kwargs))

    return call


def _plain(name: str) -> Callable[..., Any]:
    method = getattr(_async.RealtimeSession, name)

    @functools.wraps(method)
    def call(self: RealtimeSession, *args: Any, **kwargs: Any) -> Any:
        return getattr(self._session, name)(*args, **kwargs)

    return call


class RealtimeSession:
    """Blocking twin of :class:`openai_realtime.session.RealtimeSession` (same methods; each
    blocks until done). Iterate it to receive events; use it as a context manager to close it.
    """

    def __init__(self, session: _async.RealtimeSession) -> None:
        self._session = session
        # A session dropped without disconnect() still closes its socket (no leaked fd).
        weakref.finalize(self, _abandon, session)

    def __repr__(self) -> str:
        return repr(self._session).replace("<RealtimeSession", "<sync RealtimeSession", 1)

    if TYPE_CHECKING:
        # Typed events for users' type checkers, as on the async session:
        # ``session.wait_for("response.done")`` is ``RealtimeServerEventResponseDone`` (generated
        # ``Literal`` overloads), ``recv()`` and iteration give ``SessionEvent``.
        wait_for: SyncWaitFor[_async.SessionEvent]
        recv: _Recv

    # attributes of the async session, read-through
    kind = property(lambda self: self._session.kind)
    url = property(lambda self: self._session.url)
    dialect = property(lambda self: self._session.dialect)
    session = property(lambda self: self._session.session)
    session_id = property(lambda self: self._session.session_id)
    configuration = property(lambda self: self._session.configuration)
    closed = property(lambda self: self._session.closed)
    conversation = property(lambda self: self._session.conversation)
    metrics = property(lambda self: self._session.metrics)

    send = _blocking("send")
    send_raw = _blocking("send_raw")
    set_configuration = _blocking("set_configuration")
    update_session = _blocking("update_session")
    add_item = _blocking("add_item")
    remove_item = _blocking("remove_item")
    retrieve_item = _blocking("retrieve_item")
    truncate_item = _blocking("truncate_item")
    request_response = _blocking("request_response")
    stop_response = _blocking("stop_response")
    interrupt = _blocking("interrupt")
    append_audio = _blocking("append_audio")
    commit_audio = _blocking("commit_audio")
    clear_audio = _blocking("clear_audio")
    clear_output_audio = _blocking("clear_output_audio")
    stream_audio_file = _blocking("stream_audio_file")
    recv = _blocking("recv")
    wait_for = _blocking("wait_for")
    run = _blocking("run")
    disconnect = _blocking("disconnect")
    register_tool = _plain("register_tool")
    tool_definitions = _plain("tool_definitions")
    on = _plain("on")
    off = _plain("off")

    def __iter__(self) -> Iterator[_async.SessionEvent]:
        while True:
            try:
                yield self.recv()
            except ConnectionClosedError as exc:
                if exc.by_server:
                    raise
                return

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.disconnect()


def _abandon(session: _async.RealtimeSession) -> None:
    """Close the socket of a sync session that was garbage-collected while open."""
    loop = _Portal._loop
    if session.closed or loop is None or loop.is_closed():
        return

    def close() -> None:
        task = loop.create_task(session.disconnect())
        _abandoned.add(task)
        task.add_done_callback(_abandoned.discard)

    with contextlib.suppress(RuntimeError):  # the loop stopped meanwhile
        loop.call_soon_threadsafe(close)


_abandoned: set[asyncio.Task[None]] = set()


def _opener(name: str) -> Callable[..., RealtimeSession]:
    connect = getattr(_async, name)

    @functools.wraps(connect)
    def open_session(*args: Any, **kwargs: Any) -> RealtimeSession:
        async def opened() -> _async.RealtimeSession:
            session: _async.RealtimeSession = await connect(*args, **kwargs)
            return session

        return RealtimeSession(_Portal.call(opened()))

    open_session.__doc__ = (
        f"Blocking :func:`openai_realtime.session.{name}`: same arguments; returns a sync "
        f":class:`RealtimeSession` (also a context manager).\n\n{connect.__doc__ or ''}"
    )
    return open_session


connect_realtime_session = _opener("connect_realtime_session")
connect_realtime_transcription_session = _opener("connect_realtime_transcription_session")
connect_realtime_translation_session = _opener("connect_realtime_translation_session")
