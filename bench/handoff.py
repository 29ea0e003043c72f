"""Handoff gap and mirror memory: ``.venv/bin/python bench/handoff.py [--runs N]``.

Against the local server on 127.0.0.1 (in-process, its own thread):

* **close**: a conversation of ``T`` turns (text), then the server closes the socket (1011) in
  the middle of the next response; the client reconnects at once (``initial_delay=0``), re-sends
  the configuration and replays the conversation (``ReconnectPolicy(replay=True)``). Printed:
  ms from the close frame's arrival (the last frame of the old socket) to the
  ``SessionReconnected`` returned by ``recv`` and to the first server event of the new session
  after it, and ``SessionReconnected.gap_ms`` (the client's own measurement).
* **rotation** (``rotate_after_s``): ``gap_ms`` of the switch, during which sends wait; the
  loop sees no gap (the old session serves until the new one is ready).
* **memory**: tracemalloc bytes held by a mirror of 1,000 turns (user text ~60 characters,
  assistant audio of 3 s with a ~200-character transcript, audio bytes not kept).

Figures are medians (and max) over ``--runs`` runs, each against a fresh server without its
outgoing schema validation; the machine is shared, so they are noisy.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from openai_realtime import connect_realtime_session
from openai_realtime.server import FaultPlan, LocalRealtimeServer, ServerConfig
from openai_realtime.session import ReconnectPolicy, SessionReconnected

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

KEY = "sk-bench-handoff"


async def _turn(session: Any, text: str) -> int:
    await session.add_item(role="user", text=text)
    await session.request_response(output_modalities=["text"])
    n = 0
    while True:
        event = await session.recv(timeout=10)
        n += 1
        if event.type_ == "response.done":
            return n


async def _count_events(server: LocalRealtimeServer, turns: int) -> int:
    async with connect_realtime_session(api_key=KEY, api_base=server.base_url) as session:
        n = 1
        await session.recv(timeout=5)
        for i in range(turns):
            n += await _turn(session, f"turn {i}: some words the user said")
            n += 1
            await session.recv(timeout=5)  # rate_limits.updated
        return n + 2 + 5  # item added/done, then into the next response


async def _close_once(
    server: LocalRealtimeServer, turns: int, close_after: int
) -> tuple[float, ...]:
    policy = ReconnectPolicy(replay=True, initial_delay=0, jitter=0)
    server.set_faults(FaultPlan(close_after_events=close_after, close_code=1011))
    async with connect_realtime_session(
        api_key=KEY, api_base=server.base_url, reconnect=policy
    ) as session:
        await session.recv(timeout=5)
        server.set_faults(None)
        for i in range(turns):
            await _turn(session, f"turn {i}: some words the user said")
            await session.recv(timeout=5)
        await session.add_item(role="user", text="the turn that is cut")
        await session.request_response(output_modalities=["text"])
        last = time.perf_counter()
        while True:
            event = await session.recv(timeout=10)
            now = time.perf_counter()
            if isinstance(event, SessionReconnected):
                to_event = (now - last) * 1000
                break
            last = now
        await session.request_response(output_modalities=["text"])
        await session.recv(timeout=10)
        to_first = (time.perf_counter() - last) * 1000
        return to_event, to_first, event.gap_ms


async def _rotate_once(server: LocalRealtimeServer, turns: int) -> float:
    policy = ReconnectPolicy(replay=True, rotate_after_s=0.3, rotate_quiet_s=0.05)
    async with connect_realtime_session(
        api_key=KEY, api_base=server.base_url, reconnect=policy
    ) as session:
        await session.recv(timeout=5)
        for i in range(turns):
            await _turn(session, f"turn {i}: some words the user said")
        while True:
            event = await session.recv(timeout=10)
            if isinstance(event, SessionReconnected):
                return event.gap_ms


def _memory() -> float:
    import test_conversation  # the 1,000-turn mirror of the test suite

    used: list[float] = []
    original = print

    def capture(*args: Any, **kwargs: Any) -> None:
        text = " ".join(str(a) for a in args)
        if "MB" in text:
            used.append(float(text.split(":")[1].split("MB")[0]))

    test_conversation.print = capture  # type: ignore[attr-defined]
    try:
        test_conversation.test_mirror_of_1000_turns_stays_small()
    finally:
        test_conversation.print = original  # type: ignore[attr-defined]
    return used[0]


def _server() -> LocalRealtimeServer:
    """A fresh server per run (its rate limits are per server), without its outgoing schema
    validation (which would dominate the figures)."""
    return LocalRealtimeServer(ServerConfig(api_keys=frozenset({KEY}), validate_outgoing=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    print(
        "| case | turns replayed | close -> SessionReconnected, ms | close -> first new event, ms | gap_ms (client) |"
    )
    print("| --- | ---: | ---: | ---: | ---: |")
    for turns in (3, 100):
        with _server() as server:
            close_after = asyncio.run(_count_events(server, turns))
        runs = []
        for _ in range(args.runs):
            with _server() as server:
                runs.append(asyncio.run(_close_once(server, turns, close_after)))
        cols = [sorted(r[i] for r in runs) for i in range(3)]
        cells = [f"{statistics.median(c):.1f} (max {c[-1]:.1f})" for c in cols]
        print(f"| close 1011 mid-response | {turns} | {' | '.join(cells)} |")
    for turns in (3, 100):
        gaps = []
        for _ in range(args.runs):
            with _server() as server:
                gaps.append(asyncio.run(_rotate_once(server, turns)))
        gaps.sort()
        print(
            f"| rotation | {turns} | — | — | {statistics.median(gaps):.1f} (max {gaps[-1]:.1f}) |"
        )
    print(f"\nmirror of 1,000 turns: {_memory():.2f} MB")


if __name__ == "__main__":
    main()
