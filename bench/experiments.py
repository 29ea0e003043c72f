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

``python bench/experiments.py live [ROUNDS]``: the live-sessions search (``bench/client.py …
live``, the same steps and pass rule as ``make bench``) for the floor, ours and ``sansio``: a
prototype of the one-I/O-edge design issue 10 heads for, :class:`SansIOSession` below. It
drives websockets' sans-I/O ``ClientProtocol`` from its own ``asyncio.Protocol``: the bytes a
``data_received`` brings are parsed into frames, decoded into typed events
(``openai_realtime.events.EventDecoder``, as the session does) and queued in one deque, with
one waiter future per wake-up of the reader (not one per frame); a send is
``ClientProtocol.send_text`` and one ``transport.write``, awaiting only when the transport
asked to pause writing. No ``StreamReader``, no websockets ``Assembler``/``send_context``, no
per-send ``asyncio.timeout``. Its user code is the same as ours' (``append_audio``,
``async for event in session``, ``decode_delta``).

``python bench/experiments.py breakdown FILE…``: where a live-sessions client spends its CPU,
from py-spy raw profiles (``pip install py-spy``; then, with a fast server running,
``py-spy record -r 250 -f raw -o ours.txt -- python bench/client.py ours live --port PORT
--start 400 --max-steps 1 --window 8 --warm-allocator``): the share of samples by where the
innermost Python frame is (system calls are counted in the frame that makes them).

``python bench/experiments.py mirror``: CPU ns per received event that the conversation mirror
(``Conversation.feed``) and the session metrics (``SessionMetrics.observe`` for the watched
types) add, over the events of one 3 s spoken response as the live case sends them (30 audio
deltas, 29 transcript deltas, ``response.done``), with the item announced first (as real
servers do) and without (as the fast server does); and the traced bytes of an idle
``Conversation`` and ``SessionMetrics``.

``python bench/experiments.py idle``: where an idle session's traced memory is (100 sessions
open against the fast server; each allocation attributed to websockets, asyncio or our own
code by its innermost frame), and the traced bytes of an idle bare connection: websockets'
asyncio client (the floor's) and the sans-I/O prototype's.

``python bench/experiments.py backlog``: memory kept by ``RealtimeSession.wait_for`` while it
passes over a stream (it keeps every passed-over event for later ``recv`` calls): 200,000 mix
events, then a ``wait_for`` of an event that never comes, RSS and backlog length after.
"""

from __future__ import annotations

import asyncio
import collections
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


# ------------------------------------------------------------------- sans-I/O prototype


def _sansio_imports() -> None:
    """The names the prototype's hot paths use, bound once (not imported per frame)."""
    global _Response, _TEXT, _b64encode
    import pybase64
    from websockets.frames import Opcode
    from websockets.http11 import Response

    _Response, _TEXT, _b64encode = Response, Opcode.TEXT, pybase64.b64encode


_Response: Any = None
_TEXT: Any = None
_b64encode: Any = None


class SansIOSession(asyncio.Protocol):
    """Prototype (not shipped): a realtime session's WebSocket as one ``asyncio.Protocol``
    around websockets' sans-I/O ``ClientProtocol``. See the module docstring (``live``).

    What it leaves out, that a shipped shell must have: fragmented messages (continuation
    frames; the fast server sends none), the close handshake's timeout, reconnects, the
    unconfirmed-send journal, bounds on the event queue (the session's backlog bound), and
    the session's conversation mirror and metrics (fed per event: ~0.3 µs, measured apart).
    """

    def __init__(self, url: str, headers: dict[str, str], family: str = "ga_server") -> None:
        from openai_realtime.events import EventDecoder
        from websockets.client import ClientProtocol
        from websockets.uri import parse_uri

        if _Response is None:
            _sansio_imports()

        self._ws = ClientProtocol(parse_uri(url), max_size=None)
        self._request = self._ws.connect()
        for name, value in headers.items():
            self._request.headers[name] = value
        self._decode = EventDecoder(family).decode  # type: ignore[arg-type]
        self._events: collections.deque[Any] = collections.deque()
        self._waiter: asyncio.Future[None] | None = None
        self._drain: asyncio.Future[None] | None = None
        self._loop = asyncio.get_running_loop()
        self.opened: asyncio.Future[None] = self._loop.create_future()
        self.closed: BaseException | None = None
        self.transport: asyncio.Transport | None = None

    @classmethod
    async def connect(cls, host: str, port: int, path: str, headers: dict[str, str]) -> Any:
        loop = asyncio.get_running_loop()
        _, session = await loop.create_connection(
            lambda: cls(f"ws://{host}:{port}{path}", headers), host, port
        )
        await session.opened
        return session

    # asyncio.Protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self._ws.send_request(self._request)
        self._flush()

    def data_received(self, data: bytes) -> None:
        ws = self._ws
        ws.receive_data(data)
        events = self._events
        for received in ws.events_received():
            if type(received) is _Response:
                if ws.handshake_exc is not None:
                    self.opened.set_exception(ws.handshake_exc)
                else:
                    self.opened.set_result(None)
            elif received.opcode is _TEXT:
                events.append(self._decode(received.data.decode()))  # UTF-8, as websockets
        self._flush()  # pongs, the close frame
        waiter = self._waiter
        if waiter is not None and events and not waiter.done():
            waiter.set_result(None)

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = exc or ConnectionError("closed")
        for fut in (self._waiter, self._drain, self.opened):
            if fut is not None and not fut.done():
                fut.set_exception(self.closed)

    def pause_writing(self) -> None:
        self._drain = self._loop.create_future()

    def resume_writing(self) -> None:
        if self._drain is not None and not self._drain.done():
            self._drain.set_result(None)
        self._drain = None

    def _flush(self) -> None:
        assert self.transport is not None
        for chunk in self._ws.data_to_send():
            if chunk:
                self.transport.write(chunk)
            else:
                self.transport.write_eof()

    # the session surface the bench client uses

    async def send_raw(self, text: str | bytes) -> None:
        if self.closed is not None:
            raise self.closed
        self._ws.send_text(text.encode() if isinstance(text, str) else text)
        self._flush()
        if self._drain is not None:
            await self._drain

    async def append_audio(self, audio: bytes) -> None:
        await self.send_raw(
            b'{"type":"input_audio_buffer.append","audio":"' + _b64encode(audio) + b'"}'
        )

    def __aiter__(self) -> SansIOSession:
        return self

    async def __anext__(self) -> Any:
        events = self._events
        while not events:
            if self.closed is not None:
                raise StopAsyncIteration
            self._waiter = self._loop.create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        return events.popleft()

    async def disconnect(self) -> None:
        if self.transport is not None and self.closed is None:
            self._ws.send_close(1000)
            self._flush()
            self.transport.close()


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
        MODEL, api_key=API_KEY, api_base=f"http://127.0.0.1:{port}/v1"
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
        MODEL, api_key=API_KEY, api_base=f"http://127.0.0.1:{port}/v1"
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
        MODEL, api_key=API_KEY, api_base=f"http://127.0.0.1:{port}/v1"
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


#: (category, test on the innermost frame "function (file:line)") in order: the first match wins.
_CATEGORIES: list[tuple[str, Callable[[str], bool]]] = [
    ("syscall: epoll_wait (selector)", lambda f: f.startswith("EpollSelector.select")),
    ("syscall: socket send", lambda f: f.startswith("_SelectorSocketTransport.write ")),
    ("syscall: socket recv", lambda f: "selector_events.py:995" in f),
    ("json (stdlib)", lambda f: "/json/" in f or "(json/" in f),
    ("base64 (stdlib)", lambda f: "base64.py" in f),
    ("websockets: frame parsing", lambda f: "websockets/frames.py" in f or "streams.py" in f),
    ("websockets: the rest", lambda f: "websockets/" in f),
    ("asyncio: event loop, futures, timers", lambda f: "asyncio/" in f or "selectors.py" in f),
    ("contextlib (async with)", lambda f: "contextlib.py" in f),
    ("decode: events.py + generated models", lambda f: "openai_realtime/events.py" in f),
    ("decode: events.py + generated models", lambda f: "openai_realtime_api/" in f),
    ("mirror + metrics", lambda f: "conversation.py" in f or "metrics.py" in f),
    ("ours: session/transport/other", lambda f: "openai_realtime/" in f),
    ("prototype (experiments.py)", lambda f: "experiments.py" in f),
    ("user code (bench client loop)", lambda f: "client.py" in f or "common.py" in f),
]


def breakdown(paths: list[str]) -> None:
    """Print the CPU share per category of each py-spy raw profile (a markdown table)."""
    tables: dict[str, dict[str, float]] = {}
    for path in paths:
        counts: dict[str, int] = {}
        total = 0
        with open(path) as f:
            for line in f:
                line = line.rstrip()
                if not line:
                    continue
                stack, n = line.rsplit(" ", 1)
                leaf = stack.split(";")[-1]
                name = next((c for c, test in _CATEGORIES if test(leaf)), "other")
                counts[name] = counts.get(name, 0) + int(n)
                total += int(n)
        tables[os.path.basename(path)] = {k: v / total for k, v in counts.items()}
    names = [c for c, _ in _CATEGORIES if any(c in t for t in tables.values())]
    names = [*dict.fromkeys(names), "other"]
    print("| where | " + " | ".join(tables) + " |")
    print("| --- |" + " ---: |" * len(tables))
    for name in names:
        print(f"| {name} | " + " | ".join(f"{t.get(name, 0):.1%}" for t in tables.values()) + " |")


async def idle(port: int, n: int = 100) -> None:
    import gc
    import tracemalloc

    from openai_realtime import connect_realtime_session
    from websockets.asyncio.client import connect

    url = f"http://127.0.0.1:{port}/v1"

    async def session() -> Any:
        return await connect_realtime_session(MODEL, api_key=API_KEY, api_base=url)

    async def floor() -> Any:
        return await connect(
            f"ws://127.0.0.1:{port}/v1/realtime?model={MODEL}",
            additional_headers={"Authorization": f"Bearer {API_KEY}"},
            compression=None,
            max_size=None,
        )

    async def sansio() -> Any:
        headers = {"Authorization": f"Bearer {API_KEY}"}
        return await SansIOSession.connect(
            "127.0.0.1", port, f"/v1/realtime?model={MODEL}", headers
        )

    for name, opener in (("ours", session), ("floor", floor), ("sansio", sansio)):
        for _ in range(2):  # warm-up: first-use imports and caches
            await _close(await opener())
        gc.collect()
        tracemalloc.start(12)
        before = tracemalloc.take_snapshot()
        kept = await asyncio.gather(*[opener() for _ in range(n)])
        gc.collect()
        after = tracemalloc.take_snapshot()
        tracemalloc.stop()
        where: dict[str, int] = {}
        for stat in after.compare_to(before, "traceback"):
            inner = stat.traceback[-1].filename
            if "websockets" in inner:
                key = "websockets"
            elif "asyncio" in inner:
                key = "asyncio"
            elif "openai_realtime/" in inner:
                key = "ours: " + inner.rsplit("/", 1)[-1]
            else:
                key = "other: " + inner.rsplit("/", 1)[-1]
            where[key] = where.get(key, 0) + stat.size_diff
        total = sum(where.values())
        parts = ", ".join(
            f"{k} {v / n:.0f}" for k, v in sorted(where.items(), key=lambda kv: -kv[1])[:8]
        )
        print(f"{name}: {total / n:.0f} traced bytes per idle connection; by place: {parts}")
        for s in kept:
            await _close(s)


async def _close(s: Any) -> None:
    await (s.disconnect() if hasattr(s, "disconnect") else s.close())


def mirror() -> None:
    import gc
    import tracemalloc

    from common import live_events
    from openai_realtime.conversation import Conversation
    from openai_realtime.events import EventDecoder
    from openai_realtime.metrics import SessionMetrics

    decode = EventDecoder("ga_server").decode
    resp, item = "resp_CZlive00000000000001", "item_CZlive00000000000001"

    def ev(data: dict[str, Any]) -> Any:
        return decode(json.dumps({**data, "event_id": "event_x"}))

    live = live_events("pcm24k")
    audio, text, done = (
        [ev(e) for e in live["audio"]],
        [ev(e) for e in live["text"]],
        ev(live["done"][0]),
    )
    announce = [
        ev({"type": "response.created", "response": {"id": resp, "status": "in_progress"}}),
        ev(
            {
                "type": "response.output_item.added",
                "response_id": resp,
                "output_index": 0,
                "item": {"id": item, "type": "message", "role": "assistant", "content": []},
            }
        ),
        ev(
            {
                "type": "response.content_part.added",
                "response_id": resp,
                "item_id": item,
                "output_index": 0,
                "content_index": 0,
                "part": {"type": "audio", "transcript": ""},
            }
        ),
    ]
    deltas = [e for i in range(30) for e in (audio[i % 10], text[i % 10])][:-1]

    def metrics() -> SessionMetrics:
        return SessionMetrics(kind="realtime", url="wss://x/v1/realtime", model=MODEL)

    def run(seq: list[Any], reps: int = 400) -> float:
        best = float("inf")
        for _ in range(REPS):
            t = time.process_time()
            for _ in range(reps):
                conversation, m = Conversation(), metrics()
                watch = m.watch
                for e in seq:
                    conversation.feed(e)
                    kind = e.type_
                    if kind in watch:
                        m.observe(kind, e)
                        watch = m.watch
            best = min(best, (time.process_time() - t) / reps / len(seq) * 1e9)
        return best

    with_item = run([*announce, *deltas, done])
    without = run([*deltas, done])
    print(f"mirror + metrics, CPU ns per event: item announced {with_item:.0f}; not {without:.0f}")
    for name, factory in (("Conversation", Conversation), ("SessionMetrics", metrics)):
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        kept = [factory() for _ in range(2000)]
        per = (tracemalloc.get_traced_memory()[0] - before) / len(kept)
        tracemalloc.stop()
        print(f"idle {name}: {per:.0f} traced bytes")


def live(rounds: int, fmt: str = "pcm24k") -> None:
    """The live-sessions search for floor, ours and sansio, alternating, ``rounds`` each, with
    run.py's servers, pinning and real-time class; prints each search and the medians."""
    import run

    fast = run.Server("fastserver.py")
    server_rt = run.RT and run.set_realtime(fast.proc.pid, True)
    found: dict[str, list[int]] = {}
    cpu: dict[str, list[float]] = {}
    try:
        for i in range(rounds):
            impls = ["floor", "ours", "sansio"]
            for impl in impls[i % 3 :] + impls[: i % 3]:
                r = run.run_client(
                    impl, "live", fast.port, "--format", fmt, "--start", "100",
                    "--budget-s", "40", "--max-steps", "6", realtime=True,
                )  # fmt: skip
                found.setdefault(impl, []).append(r["max_sessions"])
                cpu.setdefault(impl, []).append(r["fixed"]["cpu_us_per_session_s"])
                steps = ", ".join(
                    f"{s['n']}:{'ok' if s['ok'] else 'no'}({s['cpu_util']:.0%},"
                    f"{s['lag_p99_ms']:.0f}ms)"
                    for s in r["steps"]
                )
                print(f"{impl} round {i + 1}: max {r['max_sessions']}; steps {steps}", flush=True)
    finally:
        if server_rt:
            run.set_realtime(fast.proc.pid, False)
        fast.stop()
    for impl in found:
        print(
            f"{impl}: sessions per core {found[impl]} (median {statistics.median(found[impl])}),"
            f" CPU µs per session-s at N=100 {[round(c) for c in cpu[impl]]}"
        )


def main() -> None:
    block = bytearray(8 << 20)  # warm glibc's thresholds, as run.py's --warm-allocator does
    del block
    if len(sys.argv) > 1 and sys.argv[1] == "receive-rewritten":
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, PYTHONPATH=rewrite_generated(tmp, cast=True, hoist=True))
            subprocess.run([sys.executable, __file__, "receive"], env=env, check=True)
        return
    if len(sys.argv) > 1 and sys.argv[1] == "mirror":
        mirror()
        return
    if len(sys.argv) > 1 and sys.argv[1] == "breakdown":
        breakdown(sys.argv[2:])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "live":
        live(int(sys.argv[2]) if len(sys.argv) > 2 else 2)
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
        elif what == "idle":
            asyncio.run(idle(port))
        else:
            sys.exit(f"unknown experiment {what!r}")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
