"""The fault suite: what the caller gets when the server misbehaves, in bounded time.

For each fault of the local server's switches (:class:`openai_realtime.server.FaultPlan`): the
outcome is typed, arrives within a bound, leaves no background task behind, loses no event that
arrived before the fault, and, with reconnect on, the session resumes with its configuration.
The table of faults x outcome is printed at the end of the module.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from openai_realtime import (
    ConnectionClosedError,
    EventTimeoutError,
    RealtimeSession,
    ReconnectPolicy,
    SpecDeviationError,
    UnknownEvent,
    connect_realtime_session,
    deviations,
)
from openai_realtime.server import FaultPlan, LocalRealtimeServer, ServerConfig

KEY = "sk-faults-KNOWN-4"
BOUND_S = 5.0  # every outcome must arrive within this many seconds
TABLE: list[tuple[str, str, float, str]] = []
FAST = ReconnectPolicy(initial_delay=0.01, max_delay=0.05, max_attempts=3)


pytestmark = pytest.mark.realtime_server(delta_delay_ms=5)


@pytest.fixture(scope="module", autouse=True)
def fault_table(request: pytest.FixtureRequest) -> Iterator[None]:
    """Print :data:`TABLE` when the module's tests are done."""
    yield
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and TABLE:
        reporter.write_sep("=", "fault table")
        reporter.write_line(f"{'fault':44} {'outcome':44} {'time':>8}  state")
        for fault, outcome, seconds, state in TABLE:
            reporter.write_line(f"{fault:44} {outcome:44} {seconds * 1000:6.0f} ms  {state}")


async def closing(session: RealtimeSession) -> ConnectionClosedError:
    """The :class:`ConnectionClosedError` the next ``recv`` raises (within ``BOUND_S``)."""
    with pytest.raises(ConnectionClosedError) as info:
        await session.recv(timeout=BOUND_S)
    return info.value


@pytest.fixture(autouse=True)
def no_faults_left(server: LocalRealtimeServer) -> Iterator[None]:
    yield
    server.set_faults(None)


@pytest.fixture
async def tasks_before() -> AsyncIterator[set[asyncio.Task[Any]]]:
    before = set(asyncio.all_tasks())
    yield before
    await asyncio.sleep(0.05)
    leftover = {t for t in asyncio.all_tasks() - before if not t.done()} - {asyncio.current_task()}
    assert not leftover, f"background tasks left running: {leftover}"


async def open_with(server: LocalRealtimeServer, plan: FaultPlan, **kwargs: Any) -> RealtimeSession:
    server.set_faults(plan)
    return await connect_realtime_session("m", api_key=KEY, api_base=server.base_url, **kwargs)


def record(fault: str, outcome: str, started: float, state: str = "ok") -> None:
    elapsed = time.perf_counter() - started
    assert elapsed < BOUND_S, f"{fault}: outcome took {elapsed:.1f} s"
    TABLE.append((fault, outcome, elapsed, state))


async def converse(session: RealtimeSession) -> list[str]:
    """Ask for a streamed text response; return the event types received until it fails."""
    seen: list[str] = []
    await session.set_configuration(output_modalities=["text"])
    await session.add_item(role="user", text="a fairly long question so that the answer streams")
    await session.request_response()
    async with asyncio.timeout(BOUND_S):
        async for event in session:
            seen.append(event.type_)
            if event.type_ == "response.done":
                break
    return seen


async def test_server_dies_mid_response(server: LocalRealtimeServer, tasks_before: Any) -> None:
    session = await open_with(server, FaultPlan(drop_after_events=8))
    started = time.perf_counter()
    seen: list[str] = []
    with pytest.raises(ConnectionClosedError) as info:
        seen.extend(await converse(session))
    got = [e async for e in _drain(session)]
    assert info.value.code == 1006 and info.value.by_server
    assert got == []
    record(
        "server dies mid-response (no close frame)",
        f"ConnectionClosedError {info.value.code}",
        started,
    )


async def _drain(session: RealtimeSession) -> AsyncIterator[Any]:
    try:
        while True:
            yield await session.recv(timeout=0.2)
    except (ConnectionClosedError, EventTimeoutError):
        return


async def test_no_event_before_the_fault_is_lost(
    server: LocalRealtimeServer, tasks_before: Any
) -> None:
    session = await open_with(server, FaultPlan(close_after_events=7, close_code=1011))
    received: list[str] = []
    started = time.perf_counter()
    await session.set_configuration(output_modalities=["text"])
    await session.add_item(role="user", text="x")
    await session.request_response()
    with pytest.raises(ConnectionClosedError):  # noqa: PT012 - receive until the close
        while True:
            received.append((await session.recv(timeout=BOUND_S)).type_)
    assert len(received) == 7, received  # exactly the events the server sent before closing
    record("close after 7 events: nothing lost", f"{len(received)} events, then closed", started)


@pytest.mark.parametrize(
    ("code", "retryable"),
    [(1000, False), (1001, True), (1008, False), (1011, True), (1012, True), (1013, True)],
)
async def test_each_close_code(
    server: LocalRealtimeServer, tasks_before: Any, code: int, retryable: bool
) -> None:
    session = await open_with(
        server, FaultPlan(close_after_events=1, close_code=code, close_reason=f"r{code}")
    )
    started = time.perf_counter()
    await session.recv(timeout=BOUND_S)  # session.created
    closed = await closing(session)
    assert (closed.code, closed.reason, closed.by_server) == (code, f"r{code}", True)
    record(f"close {code}", f"ConnectionClosedError {code} '{closed.reason}'", started)
    # with reconnect on, retryable codes resume the session with its configuration
    session = await open_with(
        server, FaultPlan(close_after_events=2, close_code=code), reconnect=FAST
    )
    await session.recv(timeout=BOUND_S)
    server.set_faults(None)
    await session.set_configuration(instructions=f"config {code}")
    started = time.perf_counter()
    if retryable:
        await session.wait_for("session.updated", timeout=BOUND_S)
        reconnected = await session.wait_for("openai_realtime.session.reconnected", timeout=BOUND_S)
        updated = await session.wait_for("session.updated", timeout=BOUND_S)
        assert reconnected.code == code
        assert updated.session.instructions == f"config {code}"
        record(f"close {code}, reconnect on", "reconnected, configuration re-applied", started)
        await session.disconnect()
    else:
        with pytest.raises(ConnectionClosedError):
            await session.wait_for("never", timeout=BOUND_S)
        record(f"close {code}, reconnect on", "not retryable: ConnectionClosedError", started)


@pytest.mark.allow_invalid_server_events
async def test_an_event_with_a_wrong_field_type(
    server: LocalRealtimeServer, tasks_before: Any
) -> None:
    """Typed anyway, the deviation recorded, the value as received; a strict session raises."""
    name = "event with a wrong field type"
    async with await open_with(server, FaultPlan(wrong_type_after_events=1), strict=False) as s:
        started = time.perf_counter()
        await s.recv(timeout=BOUND_S)
        odd = await s.recv(timeout=BOUND_S)
        assert type(odd).__name__ == "RealtimeServerEventInputAudioBufferSpeechStarted"
        assert odd.audio_start_ms == "x" and odd.to_dict()["audio_start_ms"] == "x"
        assert [d.path for d in deviations(odd)] == ["audio_start_ms"]
    record(name, f"typed, deviation {deviations(odd)[0]}"[:44], started)
    async with await open_with(server, FaultPlan(wrong_type_after_events=1), strict=True) as s:
        started = time.perf_counter()
        await s.recv(timeout=BOUND_S)
        with pytest.raises(SpecDeviationError, match="audio_start_ms"):
            await s.recv(timeout=BOUND_S)
    record(name + " (strict)", "SpecDeviationError", started)


@pytest.mark.allow_invalid_server_events
async def test_an_event_of_an_unknown_type(server: LocalRealtimeServer, tasks_before: Any) -> None:
    name = "event of an unknown type"
    async with await open_with(server, FaultPlan(unknown_type_after_events=1), strict=False) as s:
        started = time.perf_counter()
        await s.recv(timeout=BOUND_S)
        odd = await s.recv(timeout=BOUND_S)
        assert isinstance(odd, UnknownEvent)
        assert odd.raw["type"] == odd.type
    record(name, f"UnknownEvent ({odd.reason[:30]}…)", started)


async def test_frame_over_the_size_limit(server: LocalRealtimeServer, tasks_before: Any) -> None:
    session = await open_with(
        server,
        FaultPlan(oversize_after_events=1, oversize_bytes=300_000),
        max_message_bytes=100_000,
    )
    started = time.perf_counter()
    await session.recv(timeout=BOUND_S)
    closed = await closing(session)
    assert closed.code == 1009 and "size limit" in str(closed)
    record("frame over the size limit", "ConnectionClosedError 1009", started)


async def test_stall_longer_than_the_timeout(
    server: LocalRealtimeServer, tasks_before: Any
) -> None:
    async with await open_with(server, FaultPlan(stall_after_events=1)) as session:
        await session.recv(timeout=BOUND_S)
        started = time.perf_counter()
        await session.set_configuration(instructions="are you there?")
        with pytest.raises(EventTimeoutError):
            await session.wait_for("session.updated", timeout=0.5)
        assert not session.closed
    record("server stalls past the timeout", "EventTimeoutError after 0.5 s", started)


async def test_flood_with_a_slow_consumer_loses_nothing(
    server: LocalRealtimeServer, tasks_before: Any
) -> None:
    count = 3000
    async with await open_with(server, FaultPlan(flood_events=count), max_queue=8) as session:
        started = time.perf_counter()
        assert (await session.recv(timeout=BOUND_S)).type_ == "session.created"
        got = 0
        for i in range(count):
            event = await session.recv(timeout=BOUND_S)
            assert event.type_ == "rate_limits.updated"
            got += 1
            if i % 500 == 0:
                await asyncio.sleep(0.05)  # the consumer falls behind; the server is throttled
    assert got == count
    record(
        f"flood of {count} events, slow consumer", "all received in order (backpressure)", started
    )


async def test_session_expiry(tasks_before: Any) -> None:
    with LocalRealtimeServer(ServerConfig(api_keys=frozenset({KEY}), session_ttl_s=0.3)) as srv:
        started = time.perf_counter()
        async with connect_realtime_session("m", api_key=KEY, api_base=srv.base_url) as session:
            await session.recv(timeout=BOUND_S)
            error = await session.recv(timeout=BOUND_S)
            assert error.type_ == "error" and error.error.code == "session_expired"
            closed = await closing(session)
        assert closed.code == 1001 and "expired" in str(closed)
    record("session expiry", "error session_expired, then close 1001", started)


async def test_wait_for_keeps_a_bounded_backlog(
    server: LocalRealtimeServer, tasks_before: Any
) -> None:
    from openai_realtime import BacklogFullError

    async with await open_with(server, FaultPlan(flood_events=300), max_backlog=100) as session:
        started = time.perf_counter()
        with pytest.raises(BacklogFullError):
            await session.wait_for("never.arrives", timeout=BOUND_S)
        kept = [await session.recv(timeout=BOUND_S) for _ in range(100)]
        assert kept[0].type_ == "session.created"
        rest = [await session.recv(timeout=BOUND_S) for _ in range(201)]  # nothing was lost
        assert {e.type_ for e in kept[1:] + rest} == {"rate_limits.updated"}
    record(
        "wait_for passes over 300 events, max_backlog 100", "BacklogFullError; all kept", started
    )
