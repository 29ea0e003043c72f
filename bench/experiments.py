"""What-if measurements behind the suggestions in ``bench/results.md`` (not part of ``make bench``).

``python bench/experiments.py receive``: µs per event of the receive mix, in one process, for
the floor, the session as it is, and the session with its receive path patched the way the
report suggests for ``session.py`` (measured here by monkeypatching, never shipped): skip the
handler-dispatch coroutine when no handler is registered and no backlog/tool work is pending.

``python bench/experiments.py generated``: the decode cost per event (``bench/micro_decode.py``)
with a *temporary copy* of ``generated/openai_realtime_api`` rewritten the way the report
suggests for the generator templates (``generated/`` itself is never touched):
``cast("Literal[...]", x)`` instead of ``cast(Literal[...], x)`` (a runtime ``typing`` subscript
on every ``from_dict``), and/or the model imports that ``from_dict`` repeats on every call
hoisted to the end of each module.

``python bench/experiments.py receive-rewritten``: the ``receive`` experiment with that
rewritten copy (both rewrites).

``python bench/experiments.py backlog``: memory kept by ``RealtimeSession.wait_for`` while it
passes over a stream (it keeps every passed-over event for later ``recv`` calls): 200,000 mix
events, then a ``wait_for`` of an event that never comes, RSS and backlog length after.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import API_KEY, MIX_EVENTS, MODEL

ROUNDS = 1000  # mixes per burst
REPS = 7


def burst(rounds: int) -> str:
    return json.dumps({"type": "bench.burst", "rounds": rounds})


async def floor(port: int) -> Callable[[], Awaitable[float]]:
    from websockets.asyncio.client import connect

    ws = await connect(f"ws://127.0.0.1:{port}/v1/realtime", compression=None, max_size=None)

    async def run() -> float:
        n = ROUNDS * MIX_EVENTS
        loads = json.loads
        t0 = time.perf_counter()
        await ws.send(burst(ROUNDS))
        count = 0
        async for message in ws:
            _ = loads(message)["type"]
            count += 1
            if count == n:
                break
        return (time.perf_counter() - t0) / n * 1e6

    return run


async def ours(port: int, patched: bool, use_recv: bool = False) -> Callable[[], Awaitable[float]]:
    from openai_realtime import connect_realtime_session

    session = await connect_realtime_session(
        MODEL, api_key=API_KEY, base_url=f"http://127.0.0.1:{port}/v1"
    )
    if patched:
        read = type(session)._read

        async def fast_read(self: Any) -> Any:
            # the suggested guard: only build the dispatch coroutine when handlers exist
            if self._handlers or self._backlog or (self._auto_tools and len(self._tools)):
                return await read(self)
            try:
                frame = await self._ws.recv()
            except Exception:
                return await read(self)
            event = self._decoder.decode(frame)
            t = event.type_
            if t in ("session.created", "session.updated"):
                self._remember_session(event)
            elif t == "error" and self.raise_on_error:
                from openai_realtime.errors import ServerErrorEvent

                raise ServerErrorEvent(event)
            return event

        session._read = fast_read.__get__(session)  # type: ignore[method-assign]

    async def run() -> float:
        n = ROUNDS * MIX_EVENTS
        t0 = time.perf_counter()
        await session.send_raw(burst(ROUNDS))
        count = 0
        if use_recv:
            while count < n:
                _ = (await session.recv()).type_
                count += 1
        else:
            async for event in session:
                _ = event.type_
                count += 1
                if count == n:
                    break
        return (time.perf_counter() - t0) / n * 1e6

    return run


async def decoder_only(port: int) -> Callable[[], Awaitable[float]]:
    """The session's websocket and decoder without the session's receive layers."""
    from openai_realtime import connect_realtime_session

    session = await connect_realtime_session(
        MODEL, api_key=API_KEY, base_url=f"http://127.0.0.1:{port}/v1"
    )
    ws, decode = session._ws, session._decoder.decode

    async def run() -> float:
        n = ROUNDS * MIX_EVENTS
        t0 = time.perf_counter()
        await session.send_raw(burst(ROUNDS))
        count = 0
        async for frame in ws:
            _ = decode(frame).type_
            count += 1
            if count == n:
                break
        return (time.perf_counter() - t0) / n * 1e6

    return run


async def receive(port: int) -> None:
    variants = {
        "floor (websockets + json.loads)": await floor(port),
        "session's ws + EventDecoder only": await decoder_only(port),
        "ours, async for (as is)": await ours(port, patched=False),
        "ours, recv() loop (as is)": await ours(port, patched=False, use_recv=True),
        "ours, async for, patched _read": await ours(port, patched=True),
    }
    results: dict[str, list[float]] = {k: [] for k in variants}
    for run in variants.values():
        await run()  # warm-up
    for _ in range(REPS):
        for name, run in variants.items():
            results[name].append(await run())
    base = statistics.median(results["floor (websockets + json.loads)"])
    for name, vals in results.items():
        m = statistics.median(vals)
        print(f"{name:36s} {m:6.2f} µs/event  ({m / base:.2f}× floor)")


async def backlog(port: int) -> None:
    import gc

    from common import rss_bytes
    from openai_realtime import EventTimeoutError, connect_realtime_session

    session = await connect_realtime_session(
        MODEL, api_key=API_KEY, base_url=f"http://127.0.0.1:{port}/v1"
    )
    await session.send_raw(burst(20))  # warm-up: imports, caches
    for _ in range(20 * MIX_EVENTS):
        await session.recv()
    gc.collect()
    rss0 = rss_bytes()
    rounds = 200_000 // MIX_EVENTS
    await session.send_raw(burst(rounds))
    t0 = time.perf_counter()
    with contextlib.suppress(EventTimeoutError):
        await session.wait_for("session.updated", timeout=30)
    gc.collect()
    kept = len(session._backlog)
    print(
        f"wait_for passed over {kept:,} events in {time.perf_counter() - t0:.1f} s and kept "
        f"them all: RSS +{(rss_bytes() - rss0) / 2**20:.0f} MB "
        f"({(rss_bytes() - rss0) / max(kept, 1) / 1024:.1f} KB per kept event)"
    )
    await session.disconnect()


def rewrite_generated(dest: str, cast: bool, hoist: bool) -> str:
    """Copy the generated package under ``dest`` and rewrite it; returns the PYTHONPATH entry."""
    import re
    import shutil
    from pathlib import Path

    import openai_realtime_api

    src = Path(openai_realtime_api.__file__).parent
    out = Path(dest) / "openai_realtime_api"
    shutil.copytree(src, out, ignore=shutil.ignore_patterns("__pycache__"))
    for f in (out / "models").glob("*.py"):
        text = f.read_text()
        if cast:
            text = re.sub(r"cast\((Literal\[[^\]]*\])", lambda m: f"cast('{m.group(1)}'", text)
        if hoist:
            lines, kept, hoisted, i = text.split("\n"), [], set(), 0
            while i < len(lines):
                line = lines[i]
                one = re.match(r"^(\s{8,})from \.\.models\.(\w+) import (\w+)", line)
                multi = re.match(r"^(\s{8,})from \.\.models\.(\w+) import \($", line)
                if one and lines[i - 1].strip() != "if TYPE_CHECKING:":
                    hoisted.add(f"from .{one.group(2)} import {one.group(3)}  # noqa")
                    i += 1
                    continue
                if multi:
                    name = lines[i + 1].strip().split(",")[0]
                    hoisted.add(f"from .{multi.group(2)} import {name}  # noqa")
                    i += 3
                    continue
                kept.append(line)
                i += 1
            text = "\n".join(kept) + "\n" + "\n".join(sorted(hoisted)) + "\n"
        f.write_text(text)
    return dest


def generated() -> None:
    import tempfile

    here = os.path.dirname(os.path.abspath(__file__))
    for label, cast, hoist in (
        ("as generated", False, False),
        ("cast strings", True, False),
        ("hoisted imports", False, True),
        ("both", True, True),
    ):
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ)
            if cast or hoist:
                env["PYTHONPATH"] = rewrite_generated(tmp, cast, hoist)
            out = subprocess.run(
                [sys.executable, os.path.join(here, "micro_decode.py")],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            line = next(x for x in out.splitlines() if x.startswith("ours decode"))
            print(f"{label:16s} {line}")


def main() -> None:
    block = bytearray(8 << 20)  # warm glibc's thresholds, as run.py's --warm-allocator does
    del block
    if len(sys.argv) > 1 and sys.argv[1] == "receive-rewritten":
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, PYTHONPATH=rewrite_generated(tmp, cast=True, hoist=True))
            subprocess.run([sys.executable, __file__, "receive"], env=env, check=True)
        return
    if len(sys.argv) > 1 and sys.argv[1] == "generated":
        os.sched_setaffinity(
            0, {1} if len(os.sched_getaffinity(0)) > 1 else os.sched_getaffinity(0)
        )
        generated()
        return
    server = subprocess.Popen(
        [sys.executable, os.path.join(os.path.dirname(__file__), "fastserver.py")],
        stdout=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: os.sched_setaffinity(0, {0}),
    )
    os.sched_setaffinity(0, {1})
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline().split()[1])
        what = sys.argv[1] if len(sys.argv) > 1 else "receive"
        if what == "receive":
            asyncio.run(receive(port))
        elif what == "backlog":
            asyncio.run(backlog(port))
        else:
            sys.exit(f"unknown experiment {what!r}")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
