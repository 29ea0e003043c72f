"""Slow adversarial soaks (``make soak``; not part of ``make test``): the bounds of
``test_adversarial.py`` at their default values and at scale. Each soak prints its row of the
same table (probe, expected, observed, time to outcome, peak RSS growth)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from openai_realtime import ConnectionClosedError, connect_realtime_session
from openai_realtime.server import LocalRealtimeServer
from openai_realtime.server.limits import HEADER_TIMEOUT_S
from test_adversarial import (  # the suite's probes and hostile peers
    KEY,
    MiB,
    Probe,
    _table,
    hostile,
    ping_flood,
)

__all__ = ["_table"]  # the module fixture that prints the table

SOAK_BOUND_S = 120.0


async def test_soak_500_slowloris_connections(server: LocalRealtimeServer) -> None:
    probe = Probe(f"soak 500 slowloris ({HEADER_TIMEOUT_S:g} s header limit)", "all closed")
    streams = [await asyncio.open_connection("127.0.0.1", server.port) for _ in range(500)]
    for _, writer in streams:
        writer.write(b"POST /v1/realtime/client_secrets HTTP/1.1\r\nHost: x\r\n")
    closed = 0
    async with asyncio.timeout(HEADER_TIMEOUT_S + 20):
        for reader, writer in streams:
            await reader.read()
            closed += 1
            writer.close()
    probe.done(f"{closed}/500 closed", bound_s=HEADER_TIMEOUT_S + 20)
    assert closed == 500


@contextlib.contextmanager
def server_process() -> Iterator[tuple[str, int]]:
    """The local server in its own process (``python -m openai_realtime.server``), so that its
    RSS is measured apart from the client's; yields its base URL and pid."""
    with socket.socket() as probe_socket:
        probe_socket.bind(("127.0.0.1", 0))
        port = probe_socket.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "openai_realtime.server", "--port", str(port), "--api-key", KEY,
         "--log-level", "warning"],
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            with socket.socket() as attempt:
                if attempt.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert time.monotonic() < deadline, "the server process did not start"
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/v1", process.pid
    finally:
        process.terminate()
        process.wait(10)


def _rss_of(pid: int) -> int:
    with open(f"/proc/{pid}/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


async def test_soak_300_mib_of_audio_stays_bounded() -> None:
    probe = Probe("soak 300 MiB appended, server process RSS", "bounded by the 20 min cap")
    chunk = b"\x01\x00" * (5 * MiB)  # 10 MiB: 218 s of 24 kHz PCM16
    errors = 0
    peak = 0
    with server_process() as (base_url, pid):
        base = _rss_of(pid)
        async with connect_realtime_session("m", api_key=KEY, api_base=base_url) as session:
            await session.set_configuration(turn_detection=None)
            await session.wait_for("session.updated", timeout=10)
            for round_ in range(30):
                await session.append_audio(chunk)
                peak = max(peak, _rss_of(pid) - base)
                if round_ % 10 != 9:
                    continue
                await session.clear_audio()
                async with asyncio.timeout(30):
                    async for event in session:
                        if event.type_ == "input_audio_buffer.cleared":
                            break
                        if event.type_ == "error":
                            assert event.error.code == "input_audio_buffer_full"
                            errors += 1
                        peak = max(peak, _rss_of(pid) - base)
    probe.done(f"{errors} x buffer full, server RSS {peak / MiB:+.0f} MB", bound_s=SOAK_BOUND_S)
    assert errors >= 3 and peak < 400 * MiB


async def test_soak_ping_flood_at_the_default_limit() -> None:
    probe = Probe("soak ping flood, default 32 MiB limit", "ConnectionClosedError 1006")

    async with hostile(ping_flood(5000)) as (url, _):
        session = await connect_realtime_session("m", api_key=KEY, api_base=url)
        await session.recv(timeout=10)
        with pytest.raises(ConnectionClosedError) as info:
            await session.recv(timeout=SOAK_BOUND_S)
    assert info.value.code == 1006
    probe.done(
        f"ConnectionClosedError 1006, RSS {probe.growth / MiB:+.0f} MB", bound_s=SOAK_BOUND_S
    )
    assert probe.growth < 128 * MiB


async def test_soak_200_sessions_leak_nothing(server: LocalRealtimeServer) -> None:
    probe = Probe("soak 200 connect/disconnect cycles", "fds and RSS flat")
    fds_before = len(os.listdir("/proc/self/fd"))
    for _ in range(200):
        async with connect_realtime_session("m", api_key=KEY, api_base=server.base_url) as session:
            await session.wait_for("session.created", timeout=10)
    await asyncio.sleep(0.5)
    fds_after = len(os.listdir("/proc/self/fd"))
    probe.done(f"fds {fds_before} -> {fds_after}", bound_s=SOAK_BOUND_S)
    assert fds_after <= fds_before + 2
