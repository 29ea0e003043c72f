"""Fault injection (``FaultPlan``) against a raw ``websockets`` client."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator

import pytest
from openai_realtime.server import FaultPlan, LocalRealtimeServer, ServerConfig
from openai_realtime.server.faults import Close, Drop, FaultInjector, InjectFrame, Stall
from openai_realtime.server.outgoing import Emitter
from test_server_support import KEY, open_ws
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, ConnectionClosedError

HEADERS = {"Authorization": f"Bearer {KEY}"}
UPDATE = {"type": "session.update", "session": {"type": "realtime", "instructions": "x"}}


@pytest.fixture
def faults(server: LocalRealtimeServer) -> Iterator[LocalRealtimeServer]:
    """The server; its fault plan is reset after the test."""
    yield server
    server.set_faults(None)


def url(srv: LocalRealtimeServer) -> str:
    return srv.ws_url + "?model=gpt-realtime"


async def test_close_after_events_with_code_and_reason(faults: LocalRealtimeServer) -> None:
    faults.set_faults(FaultPlan(close_after_events=2, close_code=1012, close_reason="restart"))
    async with open_ws(url(faults)) as client:
        await client.send(UPDATE)
        assert (await client.recv())["type"] == "session.updated"
        with pytest.raises(ConnectionClosed) as info:
            await client.recv()
    assert info.value.rcvd is not None
    assert (info.value.rcvd.code, info.value.rcvd.reason) == (1012, "restart")


async def test_close_before_session_created(faults: LocalRealtimeServer) -> None:
    faults.set_faults(FaultPlan(close_after_events=0, close_code=1013))
    async with connect(url(faults), additional_headers=HEADERS) as ws:
        with pytest.raises(ConnectionClosed) as info:
            await ws.recv()
    assert info.value.rcvd is not None and info.value.rcvd.code == 1013


async def test_drop_aborts_without_a_close_frame(faults: LocalRealtimeServer) -> None:
    faults.set_faults(FaultPlan(drop_after_events=1))
    async with open_ws(url(faults)) as client:
        with pytest.raises(ConnectionClosedError) as info:
            await client.recv()
    assert info.value.rcvd is None  # no close frame: the client reports 1006
    assert client.ws.close_code == 1006


async def test_delay_before_every_event(faults: LocalRealtimeServer) -> None:
    faults.set_faults(FaultPlan(delay_ms=60))
    async with open_ws(url(faults)) as client:
        started = time.perf_counter()
        await client.send(UPDATE)
        await client.recv()
        elapsed = time.perf_counter() - started
    assert elapsed >= 0.060


async def test_stall_keeps_the_socket_open_and_silent(faults: LocalRealtimeServer) -> None:
    faults.set_faults(FaultPlan(stall_after_events=1))
    async with open_ws(url(faults)) as client:
        await client.send(UPDATE)
        await client.quiet(0.3)
        pong = await client.ws.ping()
        await asyncio.wait_for(pong, 2)  # the connection itself is alive


@pytest.mark.allow_invalid_server_events
@pytest.mark.parametrize(
    ("plan", "check"),
    [
        (FaultPlan(malformed_after_events=1), "malformed"),
        (FaultPlan(binary_after_events=1), "binary"),
        (FaultPlan(wrong_type_after_events=1), "wrong_type"),
        (FaultPlan(unknown_type_after_events=1), "unknown_type"),
    ],
)
async def test_injected_frames_then_normal_service(
    faults: LocalRealtimeServer, plan: FaultPlan, check: str
) -> None:
    faults.set_faults(plan)
    async with open_ws(url(faults)) as client:
        frame = await asyncio.wait_for(client.ws.recv(), 5)
        if check == "binary":
            assert isinstance(frame, bytes)
        elif check == "malformed":
            assert isinstance(frame, str)
            with pytest.raises(ValueError):
                json.loads(frame)
        else:
            event = json.loads(frame)
            if check == "wrong_type":
                assert event["type"] == "input_audio_buffer.speech_started"
                assert event["audio_start_ms"] == "x"
            else:
                assert event["type"] == "brand.new_event"
        await client.send(UPDATE)
        assert (await client.recv())["type"] == "session.updated"  # one shot, then normal


async def test_oversize_event(faults: LocalRealtimeServer) -> None:
    faults.set_faults(FaultPlan(oversize_after_events=1, oversize_bytes=1_500_000))
    async with open_ws(url(faults), max_size=None) as client:
        raw = await asyncio.wait_for(client.ws.recv(), 5)
    assert isinstance(raw, str) and len(raw) >= 1_500_000
    assert json.loads(raw)["type"] == "response.output_text.delta"
    async with open_ws(url(faults)) as client:  # websockets' default max_size is 1 MiB
        with pytest.raises(ConnectionClosedError) as info:
            await client.recv()
    assert info.value.sent is not None and info.value.sent.code == 1009


async def test_flood_is_delivered_in_order_and_the_session_still_works(
    faults: LocalRealtimeServer,
) -> None:
    faults.set_faults(FaultPlan(flood_events=2000))
    async with open_ws(url(faults)) as client:
        await client.send(UPDATE)
        flood = [await client.recv() for _ in range(2000)]
        assert {e["type"] for e in flood} == {"rate_limits.updated"}
        assert (await client.recv())["type"] == "session.updated"


async def test_set_faults_applies_to_new_connections_only(faults: LocalRealtimeServer) -> None:
    async with open_ws(url(faults)) as before:
        faults.set_faults(FaultPlan(close_after_events=1))
        with pytest.raises(ConnectionClosed):
            async with open_ws(url(faults)) as during:
                await during.recv()
        await before.send(UPDATE)
        assert (await before.recv())["type"] == "session.updated"
        faults.set_faults(None)
        async with open_ws(url(faults)) as after:
            await after.send(UPDATE)
            assert (await after.recv())["type"] == "session.updated"


async def test_config_faults_apply_to_translation_sockets() -> None:
    config = ServerConfig(api_keys=frozenset({KEY}), faults=FaultPlan(flood_events=3))
    async with (
        LocalRealtimeServer(config) as srv,
        open_ws(srv.ws_url + "/translations", family="translation_server") as client,
    ):
        flood = [await client.recv() for _ in range(3)]
    assert {e["type"] for e in flood} == {"session.output_transcript.delta"}


def test_fault_plan_checks_its_fields() -> None:
    with pytest.raises(ValueError, match="close_after_events"):
        FaultPlan(close_after_events=-1)
    with pytest.raises(ValueError, match="1006"):
        FaultPlan(close_code=1006)
    with pytest.raises(ValueError, match="123 bytes"):
        FaultPlan(close_reason="x" * 200)


def test_injector_orders_actions_at_the_same_count() -> None:
    plan = FaultPlan(
        close_after_events=3, drop_after_events=3, stall_after_events=3, binary_after_events=3
    )
    actions = FaultInjector(plan, Emitter("ga_server", validate=True)).actions_at(3)
    assert [type(a) for a in actions] == [InjectFrame, Stall, Close, Drop]
    assert FaultInjector(plan, Emitter("ga_server", validate=True)).actions_at(2) == []
