"""One benchmark client process: ``python bench/client.py IMPL CASE --port N [options]``.

IMPL is ``ours`` (openai_realtime, project venv), ``sdk`` (the official ``openai`` SDK, run with
``bench/.venv-openai/bin/python``) or ``floor`` (a bare ``websockets`` client with
``json.loads``/``json.dumps`` and no models, project venv). Each implementation has its own hot
loops below, written the way a user of that client would write them; the loops do the same work:
count the events and read each event's type.

Cases (each prints one JSON line on stdout):

* ``receive``: ask the fast server for bursts of the 21-event mix; time per typed event;
* ``send``: ``append_audio`` of ``--seconds`` of 24 kHz PCM16 in 100 ms chunks (base64
  included), then commit and wait for ``input_audio_buffer.committed``; real-time factor;
* ``latency``: ``conversation.item.create`` -> ``conversation.item.added`` in the caller's hands;
  per-iteration round trips (against the local realtime server or the fast server);
* ``many``: open ``--n`` sessions concurrently; time to open, RSS (or tracemalloc) per session;
* ``long``: ``--events`` events through a consumer that sleeps periodically; RSS over time;
* ``live``: N concurrent live voice sessions (``--format`` pcm24k or g711): each one appends
  100 ms of audio every 100 ms from a real-time source while the fast server streams audio and
  transcript deltas in real time; searches the largest N whose p99 event lag (server send ->
  typed event in the caller's hands) and p99 send lateness stay within ``--bound-ms``.
"""

from __future__ import annotations

import argparse
import array
import asyncio
import base64
import gc
import json
import os
import random
import resource
import sys
import time
from collections.abc import AsyncIterator
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (
    API_KEY,
    BYTES_PER_SECOND,
    CHUNK_BYTES,
    LIVE_CHUNK_MS,
    LIVE_DELTAS_PER_RESPONSE,
    MIX_EVENTS,
    MODEL,
    _tone,
    emit,
    live_audio,
    live_session_update,
    median,
    percentile,
    raise_fd_limit,
    rss_bytes,
)

#: ``--max-queue``: override the receive queue's high-water mark (ours, floor); 0 = default.
MAX_QUEUE = 0

PING_ITEM = {
    "type": "message",
    "role": "user",
    "content": [{"type": "input_text", "text": "ping"}],
}


def burst(rounds: int) -> str:
    return json.dumps({"type": "bench.burst", "rounds": rounds})


class _QueueView:
    """Our asyncio edge's receive queue, read live in the shape of websockets' Assembler."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self.frames = connection._messages
        self.high = connection.max_queue

    @property
    def paused(self) -> bool:
        return bool(self.connection._reading_paused)


class Probe:
    """Long-session observations every 1,000 events: the ``websockets`` receive queue (frames
    buffered, whether reading is paused at the high-water mark) and, every ``sample`` events,
    RSS. Reading the websockets internals is for observation only."""

    def __init__(self, assembler: Any, sample: int) -> None:
        self.assembler = assembler
        self.sample = sample
        self.t0 = time.perf_counter()
        self.samples: list[list[float]] = []
        self.ticks = 0
        self.paused = 0
        self.max_queue = 0

    def tick(self, count: int) -> None:
        a = self.assembler
        self.ticks += 1
        self.paused += bool(a.paused)
        self.max_queue = max(self.max_queue, len(a.frames))
        if count % self.sample == 0:
            self.samples.append([count, rss_bytes(), time.perf_counter() - self.t0])

    def result(self, count: int, last: str | None) -> dict[str, Any]:
        return {
            "received": count,
            "last_type": last,
            "samples": self.samples,
            "queue_high": self.assembler.high,
            "queue_max_seen": self.max_queue,
            "paused_fraction": self.paused / max(self.ticks, 1),
        }


class LiveStats:
    """What the live sessions of this process record during a measurement window (all sessions
    share it; the event loop is single-threaded)."""

    def __init__(self) -> None:
        self.recording = False
        self.opened = 0
        self.played = 0  # audio bytes decoded ("played") since the start
        self.reset()

    def reset(self) -> None:
        # arrays, not lists: not garbage-collector containers, so the recording itself does
        # not add to the collector's work
        self.lags = array.array("q")  # ns, one per event received in the window
        self.late = array.array("d")  # s, one per audio chunk handed to the session


async def microphone(chunks: list[bytes], st: LiveStats, phase: float) -> AsyncIterator[bytes]:
    """A real-time audio source (a microphone, a phone line): one 100 ms chunk every 100 ms on
    a fixed schedule starting ``phase`` s from now. It records how late each chunk is taken: a
    session whose sends keep real time takes each chunk when it is due."""
    loop = asyncio.get_running_loop()
    period = LIVE_CHUNK_MS / 1000
    due = loop.time() + phase
    i = 0
    while True:
        delay = due - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        if st.recording:
            st.late.append(loop.time() - due)
        yield chunks[i % len(chunks)]
        i += 1
        due += period


class Stalls:
    """Why a window's lag may be high without the client being busy: garbage-collector
    pauses (``gc.callbacks``), time the process was runnable but waiting for the CPU (run-queue
    delay from ``/proc/self/schedstat``: other processes on the core) and involuntary context
    switches."""

    def __init__(self) -> None:
        self.gc: list[float] = []
        self._gc_t0 = 0.0
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_t0 = time.perf_counter()
        else:
            self.gc.append((time.perf_counter() - self._gc_t0) * 1000)

    @staticmethod
    def _sched() -> tuple[float, int]:
        try:
            with open("/proc/self/schedstat") as f:
                wait_ns = int(f.read().split()[1])
        except (OSError, IndexError, ValueError):
            wait_ns = 0
        return wait_ns / 1e6, resource.getrusage(resource.RUSAGE_SELF).ru_nivcsw

    def start(self) -> None:
        self.gc.clear()
        self._wait0, self._ivcsw0 = self._sched()

    def result(self) -> dict[str, Any]:
        wait, ivcsw = self._sched()
        return {
            "gc_pauses": len(self.gc),
            "gc_total_ms": sum(self.gc),
            "gc_max_ms": max(self.gc, default=0.0),
            "runqueue_wait_ms": wait - self._wait0,
            "involuntary_switches": ivcsw - self._ivcsw0,
        }


def live_start(fmt: str) -> str:
    return json.dumps({"type": "bench.live", "format": fmt})


# ------------------------------------------------------------------------------ implementations


class Ours:
    name = "ours"

    def __init__(self, port: int) -> None:
        from openai_realtime import connect_realtime_session

        self._connect = connect_realtime_session
        self.base_url = f"http://127.0.0.1:{port}/v1"

    @staticmethod
    def versions() -> dict[str, str]:
        import attrs
        import openai_realtime
        import orjson
        import websockets

        return {
            "openai-realtime": openai_realtime.__version__,
            "websockets": websockets.__version__,
            "orjson": orjson.__version__,
            "attrs": attrs.__version__,
        }

    async def open(self) -> Any:
        extra = {"max_queue": MAX_QUEUE} if MAX_QUEUE else {}
        return await self._connect(MODEL, api_key=API_KEY, api_base=self.base_url, **extra)

    async def close(self, s: Any) -> None:
        await s.disconnect()

    @staticmethod
    def assembler(s: Any) -> Any:
        # our own asyncio edge (_asyncio_connection): its message queue and bound, in the
        # shape the probe reads from websockets' Assembler (frames, high)
        return _QueueView(s._ws)

    async def trigger(self, s: Any, text: str) -> None:
        await s.send_raw(text)

    async def recv_type(self, s: Any) -> str:
        return (await s.recv()).type_

    async def receive(self, s: Any, n: int) -> None:
        count = 0
        async for event in s:
            _ = event.type_
            count += 1
            if count == n:
                return

    async def long(self, s: Any, n: int, every: int, pause: float, sample: int) -> dict[str, Any]:
        probe = Probe(self.assembler(s), sample)
        count, last = 0, None
        async for event in s:
            last = event.type_
            count += 1
            if count % every == 0:
                await asyncio.sleep(pause)
            if count % 1000 == 0:
                probe.tick(count)
            if count == n:
                break
        return probe.result(count, last)

    async def ping(self, s: Any) -> None:
        await s.send({"type": "conversation.item.create", "item": PING_ITEM})

    async def append(self, s: Any, chunks: list[bytes], total: int) -> None:
        k = len(chunks)
        for i in range(total):
            await s.append_audio(chunks[i % k])

    async def commit(self, s: Any) -> None:
        await s.commit_audio()

    async def live(self, fmt: str, st: LiveStats, chunks: list[bytes], phase: float) -> None:
        """One voice call, as an openai-realtime user writes it (audio bytes from
        ``openai_realtime.audio.decode_delta``)."""
        from openai_realtime.audio import decode_delta

        now_ns = time.monotonic_ns
        async with self._connect(MODEL, api_key=API_KEY, api_base=self.base_url) as session:
            if live_session_update(fmt):
                await session.set_configuration(
                    input_audio_format="audio/pcmu", output_audio_format="audio/pcmu"
                )
            await session.send_raw(live_start(fmt))

            async def send_audio() -> None:
                async for chunk in microphone(chunks, st, phase):
                    await session.append_audio(chunk)

            sender = asyncio.create_task(send_audio())
            st.opened += 1
            try:
                async for event in session:
                    lag = now_ns() - int(event.event_id[6:])
                    if event.type_ == "response.output_audio.delta":
                        st.played += len(decode_delta(event.delta))
                    if st.recording:
                        st.lags.append(lag)
            finally:
                sender.cancel()


class Sdk:
    name = "sdk"

    def __init__(self, port: int) -> None:
        from openai import AsyncOpenAI

        self.client = AsyncOpenAI(api_key=API_KEY, base_url=f"http://127.0.0.1:{port}/v1")

    @staticmethod
    def versions() -> dict[str, str]:
        import openai
        import pydantic
        import websockets

        return {
            "openai": openai.__version__,
            "websockets": websockets.__version__,
            "pydantic": pydantic.VERSION,
        }

    async def open(self) -> Any:
        return await self.client.realtime.connect(model=MODEL).enter()

    async def close(self, s: Any) -> None:
        await s.close()

    @staticmethod
    def assembler(s: Any) -> Any:
        return s._connection.recv_messages

    async def trigger(self, s: Any, text: str) -> None:
        await s.send_raw(text)

    async def recv_type(self, s: Any) -> str:
        return (await s.recv()).type

    async def receive(self, s: Any, n: int) -> None:
        count = 0
        async for event in s:
            _ = event.type
            count += 1
            if count == n:
                return

    async def long(self, s: Any, n: int, every: int, pause: float, sample: int) -> dict[str, Any]:
        probe = Probe(self.assembler(s), sample)
        count, last = 0, None
        async for event in s:
            last = event.type
            count += 1
            if count % every == 0:
                await asyncio.sleep(pause)
            if count % 1000 == 0:
                probe.tick(count)
            if count == n:
                break
        return probe.result(count, last)

    async def ping(self, s: Any) -> None:
        await s.conversation.item.create(item=PING_ITEM)

    async def append(self, s: Any, chunks: list[bytes], total: int) -> None:
        import base64

        k = len(chunks)
        for i in range(total):
            await s.input_audio_buffer.append(audio=base64.b64encode(chunks[i % k]).decode("ascii"))

    async def commit(self, s: Any) -> None:
        await s.input_audio_buffer.commit()

    async def live(self, fmt: str, st: LiveStats, chunks: list[bytes], phase: float) -> None:
        """One voice call, as an official-SDK user writes it."""
        b64decode, b64encode, now_ns = base64.b64decode, base64.b64encode, time.monotonic_ns
        async with self.client.realtime.connect(model=MODEL) as connection:
            update = live_session_update(fmt)
            if update:
                await connection.session.update(session=update)
            await connection.send_raw(live_start(fmt))

            async def send_audio() -> None:
                async for chunk in microphone(chunks, st, phase):
                    await connection.input_audio_buffer.append(
                        audio=b64encode(chunk).decode("ascii")
                    )

            sender = asyncio.create_task(send_audio())
            st.opened += 1
            try:
                async for event in connection:
                    lag = now_ns() - int(event.event_id[6:])
                    if event.type == "response.output_audio.delta":
                        st.played += len(b64decode(event.delta))
                    if st.recording:
                        st.lags.append(lag)
            finally:
                sender.cancel()


class Floor:
    name = "floor"

    def __init__(self, port: int) -> None:
        from websockets.asyncio.client import connect

        self._connect = connect
        self.url = f"ws://127.0.0.1:{port}/v1/realtime?model={MODEL}"

    @staticmethod
    def versions() -> dict[str, str]:
        import websockets

        return {"websockets": websockets.__version__}

    async def open(self) -> Any:
        return await self._connect(
            self.url,
            additional_headers={"Authorization": f"Bearer {API_KEY}"},
            compression=None,
            max_size=None,
            **({"max_queue": MAX_QUEUE} if MAX_QUEUE else {}),
        )

    async def close(self, s: Any) -> None:
        await s.close()

    @staticmethod
    def assembler(s: Any) -> Any:
        return s.recv_messages

    async def trigger(self, s: Any, text: str) -> None:
        await s.send(text)

    async def recv_type(self, s: Any) -> str:
        return json.loads(await s.recv())["type"]

    async def receive(self, s: Any, n: int) -> None:
        loads = json.loads
        count = 0
        async for message in s:
            _ = loads(message)["type"]
            count += 1
            if count == n:
                return

    async def long(self, s: Any, n: int, every: int, pause: float, sample: int) -> dict[str, Any]:
        loads = json.loads
        probe = Probe(self.assembler(s), sample)
        count, last = 0, None
        async for message in s:
            last = loads(message)["type"]
            count += 1
            if count % every == 0:
                await asyncio.sleep(pause)
            if count % 1000 == 0:
                probe.tick(count)
            if count == n:
                break
        return probe.result(count, last)

    async def ping(self, s: Any) -> None:
        await s.send(json.dumps({"type": "conversation.item.create", "item": PING_ITEM}))

    async def append(self, s: Any, chunks: list[bytes], total: int) -> None:
        import base64

        dumps = json.dumps
        k = len(chunks)
        for i in range(total):
            audio = base64.b64encode(chunks[i % k]).decode("ascii")
            await s.send(dumps({"type": "input_audio_buffer.append", "audio": audio}))

    async def commit(self, s: Any) -> None:
        await s.send(json.dumps({"type": "input_audio_buffer.commit"}))

    async def live(self, fmt: str, st: LiveStats, chunks: list[bytes], phase: float) -> None:
        """One voice call over a bare websockets connection and the json module."""
        b64decode, b64encode, now_ns = base64.b64decode, base64.b64encode, time.monotonic_ns
        loads, dumps = json.loads, json.dumps
        async with self._connect(
            self.url,
            additional_headers={"Authorization": f"Bearer {API_KEY}"},
            compression=None,
            max_size=None,
        ) as ws:
            update = live_session_update(fmt)
            if update:
                await ws.send(dumps({"type": "session.update", "session": update}))
            await ws.send(live_start(fmt))

            async def send_audio() -> None:
                async for chunk in microphone(chunks, st, phase):
                    audio = b64encode(chunk).decode("ascii")
                    await ws.send(dumps({"type": "input_audio_buffer.append", "audio": audio}))

            sender = asyncio.create_task(send_audio())
            st.opened += 1
            try:
                async for message in ws:
                    event = loads(message)
                    lag = now_ns() - int(event["event_id"][6:])
                    if event["type"] == "response.output_audio.delta":
                        st.played += len(b64decode(event["delta"]))
                    if st.recording:
                        st.lags.append(lag)
            finally:
                sender.cancel()


class SansIO(Ours):
    """The one-I/O-edge prototype (``bench/experiments.py``: ``SansIOSession``) with ours' user
    code; only the live case."""

    name = "sansio"

    def __init__(self, port: int) -> None:
        from experiments import SansIOSession

        self._session = SansIOSession
        self.port = port

    async def live(self, fmt: str, st: LiveStats, chunks: list[bytes], phase: float) -> None:
        from openai_realtime.audio import decode_delta

        now_ns = time.monotonic_ns
        headers = {"Authorization": f"Bearer {API_KEY}"}
        session = await self._session.connect(
            "127.0.0.1", self.port, f"/v1/realtime?model={MODEL}", headers
        )
        try:
            update = live_session_update(fmt)
            if update:
                await session.send_raw(json.dumps({"type": "session.update", "session": update}))
            await session.send_raw(live_start(fmt))

            async def send_audio() -> None:
                async for chunk in microphone(chunks, st, phase):
                    await session.append_audio(chunk)

            sender = asyncio.create_task(send_audio())
            st.opened += 1
            try:
                async for event in session:
                    lag = now_ns() - int(event.event_id[6:])
                    if event.type_ == "response.output_audio.delta":
                        st.played += len(decode_delta(event.delta))
                    if st.recording:
                        st.lags.append(lag)
            finally:
                sender.cancel()
        finally:
            await session.disconnect()


IMPLS = {"ours": Ours, "sdk": Sdk, "floor": Floor, "sansio": SansIO}

# ------------------------------------------------------------------------------------- cases


async def case_receive(impl: Any, args: argparse.Namespace) -> dict[str, Any]:
    s = await impl.open()
    await impl.trigger(s, burst(args.warmup_rounds))
    await impl.receive(s, args.warmup_rounds * MIX_EVENTS)
    per_event, cpu_per_event = [], []
    n = args.rounds * MIX_EVENTS
    for _ in range(args.reps):
        c0, t0 = time.process_time(), time.perf_counter()
        await impl.trigger(s, burst(args.rounds))
        await impl.receive(s, n)
        per_event.append((time.perf_counter() - t0) / n * 1e6)
        cpu_per_event.append((time.process_time() - c0) / n * 1e6)
    await impl.close(s)
    return {
        "us_per_event": per_event,
        "cpu_us_per_event": cpu_per_event,
        "cpu_us_per_event_median": median(cpu_per_event),
        "events": n,
    }


async def case_send(impl: Any, args: argparse.Namespace) -> dict[str, Any]:
    pool_s = 10  # distinct audio, cycled: 100 chunks of 100 ms
    pcm = _tone(pool_s * BYTES_PER_SECOND // 2, 0)
    chunks = [pcm[i : i + CHUNK_BYTES] for i in range(0, len(pcm), CHUNK_BYTES)]
    total = int(args.seconds * 10)
    s = await impl.open()
    # warm-up: 2 s of audio, committed and answered
    await impl.append(s, chunks, 20)
    await impl.commit(s)
    while await impl.recv_type(s) != "input_audio_buffer.committed":
        pass
    gc.collect()
    c0, t0 = time.process_time(), time.perf_counter()
    await impl.append(s, chunks, total)
    t_sent = time.perf_counter() - t0
    await impl.commit(s)
    while await impl.recv_type(s) != "input_audio_buffer.committed":
        pass
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - c0
    await impl.close(s)
    return {
        "cpu_s": cpu,
        "cpu_x_realtime": (total / 10) / cpu,
        "audio_seconds": total / 10,
        "chunks": total,
        "elapsed_s": elapsed,
        "sent_s": t_sent,
        "x_realtime": (total / 10) / elapsed,
        "us_per_chunk": elapsed / total * 1e6,
    }


async def case_latency(impl: Any, args: argparse.Namespace) -> dict[str, Any]:
    s = await impl.open()
    if args.first_event:
        first = await impl.recv_type(s)
        assert first == args.first_event, first
    lat: list[float] = []
    perf = time.perf_counter_ns
    for i in range(args.warmup + args.n):
        t0 = perf()
        await impl.ping(s)
        while await impl.recv_type(s) != "conversation.item.added":
            pass
        t1 = perf()
        if args.expect_done:
            while await impl.recv_type(s) != "conversation.item.done":
                pass
        if i >= args.warmup:
            lat.append((t1 - t0) / 1000)
    await impl.close(s)
    return {
        "n": len(lat),
        "p50_us": percentile(lat, 50),
        "p90_us": percentile(lat, 90),
        "p99_us": percentile(lat, 99),
        "mean_us": sum(lat) / len(lat),
    }


async def case_many(impl: Any, args: argparse.Namespace) -> dict[str, Any]:
    raise_fd_limit(args.n * 2 + 256)
    # warm-up: one session opened and closed, so lazy imports and caches are in place
    for _ in range(2):
        await impl.close(await impl.open())
    gc.collect()
    await asyncio.sleep(0.05)
    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start()
        base = tracemalloc.get_traced_memory()[0]
    rss0 = rss_bytes()
    t0 = time.perf_counter()
    sessions = await asyncio.gather(*(impl.open() for _ in range(args.n)))
    t_open = time.perf_counter() - t0
    await asyncio.sleep(0.2)  # let the handshakes' leftovers settle
    gc.collect()
    rss1 = rss_bytes()
    result: dict[str, Any] = {
        "n": args.n,
        "open_s": t_open,
        "rss_per_session_kb": (rss1 - rss0) / args.n / 1024,
    }
    if args.tracemalloc:
        result["traced_per_session_kb"] = (
            (tracemalloc.get_traced_memory()[0] - base) / args.n / 1024
        )
        tracemalloc.stop()
    await asyncio.gather(*(impl.close(s) for s in sessions))
    return result


async def case_long(impl: Any, args: argparse.Namespace) -> dict[str, Any]:
    s = await impl.open()
    rounds = -(-args.events // MIX_EVENTS)
    n = rounds * MIX_EVENTS
    t0 = time.perf_counter()
    await impl.trigger(s, burst(rounds))
    probe = await impl.long(s, n, args.every, args.pause, args.sample)
    elapsed = time.perf_counter() - t0
    await impl.close(s)
    samples = probe.pop("samples")
    rss = [r for _, r, _ in samples]
    settled = rss[len(rss) // 10 :] or rss
    return {
        **probe,
        "events": n,
        "elapsed_s": elapsed,
        "us_per_event": elapsed / n * 1e6,
        "rss_first_mb": rss[0] / 2**20,
        "rss_max_mb": max(rss) / 2**20,
        "rss_last_mb": rss[-1] / 2**20,
        "rss_settled_growth_mb": (settled[-1] - settled[0]) / 2**20,
        "rss_settled_range_mb": (max(settled) - min(settled)) / 2**20,
        "samples": [[c, round(r / 2**20, 2), round(t, 3)] for c, r, t in samples],
    }


async def server_stats(port: int, reset: bool = False) -> dict[str, Any]:
    """The fast server's live-ticker figures (``GET /bench/stats``)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    query = "?reset=1" if reset else ""
    writer.write(f"GET /bench/stats{query} HTTP/1.1\r\nHost: bench\r\n\r\n".encode())
    data = await reader.read()
    writer.close()
    return dict(json.loads(data.split(b"\r\n\r\n", 1)[1]))


#: Events a live session receives per second: 10 audio deltas, 10 transcript deltas and one
#: response.done per LIVE_DELTAS_PER_RESPONSE audio deltas.
LIVE_EVENTS_PER_S = (1000 / LIVE_CHUNK_MS) * (2 + 1 / LIVE_DELTAS_PER_RESPONSE)


async def case_live(impl: Any, args: argparse.Namespace) -> dict[str, Any]:
    """Search the largest number of live sessions this process carries within the bound.

    Each step sets the number of sessions N (opening more; after a failed step, closing all and
    opening N fresh, so no backlog carries over), lets them settle, then measures a window:
    every event's lag, every chunk's lateness, the process's CPU time and the server's ticker
    figures. The first step is at ``--start`` (the fixed N of the CPU figure); while every step
    passes, the next N is predicted from the CPU used (``--target-util`` of a core), at most
    8x; after the first failure the search bisects until the bracket is within
    ``--precision``, within ``--max-steps`` steps and ``--budget-s`` seconds.
    """
    raise_fd_limit(args.max_n * 2 + 256)
    chunks = live_audio(args.format, 10)
    st = LiveStats()
    stalls = Stalls()
    tasks: list[asyncio.Task[None]] = []
    rng = random.Random(1)
    bound_ns = args.bound_ms * 1e6

    def failed() -> BaseException | None:
        for t in tasks:
            if t.done() and not t.cancelled():
                exc = t.exception()
                return exc if exc is not None else RuntimeError("a live session ended")
        return None

    async def close_all() -> None:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        tasks.clear()

    async def set_n(n: int) -> None:
        while len(tasks) > n:
            t = tasks.pop()
            t.cancel()
            await asyncio.gather(t, return_exceptions=True)
        want = st.opened + n - len(tasks)
        for _ in range(n - len(tasks)):
            phase = rng.random() * LIVE_CHUNK_MS / 1000
            tasks.append(asyncio.create_task(impl.live(args.format, st, chunks, phase)))
        deadline = time.perf_counter() + 120
        while st.opened < want:
            exc = failed()
            if exc is not None:
                raise exc
            if time.perf_counter() > deadline:
                raise TimeoutError(f"{want - st.opened} sessions did not open within 120 s")
            await asyncio.sleep(0.02)

    async def step(n: int, fresh: bool) -> dict[str, Any]:
        t0 = time.perf_counter()
        if fresh:
            await close_all()
        await set_n(n)
        open_s = time.perf_counter() - t0
        gc.collect()
        await asyncio.sleep(args.settle)
        await server_stats(args.port, reset=True)
        st.reset()
        stalls.start()
        st.recording = True
        c0, t0 = time.process_time(), time.perf_counter()
        await asyncio.sleep(args.window)
        st.recording = False
        cpu, wall = time.process_time() - c0, time.perf_counter() - t0
        stalled = stalls.result()
        server = await server_stats(args.port)
        exc = failed()
        if exc is not None:
            raise exc
        lags = [x / 1e6 for x in st.lags]
        late = [x * 1000 for x in st.late]
        p99_lag, p99_late = percentile(lags, 99), percentile(late, 99)
        expected = n * wall * LIVE_EVENTS_PER_S
        ok = (
            p99_lag <= args.bound_ms
            and p99_late <= args.bound_ms
            and len(lags) >= 0.97 * expected
            and len(late) >= 0.97 * n * wall * 1000 / LIVE_CHUNK_MS
        )
        return {
            "n": n,
            "ok": ok,
            "fresh": fresh,
            "open_s": open_s,
            "window_s": wall,
            "events": len(lags),
            "events_expected": expected,
            "lag_p50_ms": percentile(lags, 50),
            "lag_p90_ms": percentile(lags, 90),
            "lag_p99_ms": p99_lag,
            "lag_max_ms": max(lags, default=float("nan")),
            "lag_over_bound": sum(1 for x in st.lags if x > bound_ns) / max(len(lags), 1),
            "chunks_sent": len(late),
            "late_p50_ms": percentile(late, 50),
            "late_p99_ms": p99_late,
            "late_max_ms": max(late, default=float("nan")),
            "cpu_s": cpu,
            "cpu_util": cpu / wall,
            "cpu_us_per_session_s": cpu / (n * wall) * 1e6,
            "rss_mb": rss_bytes() / 2**20,
            **stalled,
            "server": server,
        }

    started = time.perf_counter()
    steps: list[dict[str, Any]] = []
    lo, hi = 0, 0  # largest N that passed, smallest N that failed (0: none yet)
    n, fresh = args.start, False
    while True:
        r = await step(n, fresh)
        steps.append(r)
        print(
            f"live {impl.name} {args.format} N={n}: ok={r['ok']} p99 lag {r['lag_p99_ms']:.1f} ms"
            f", p99 late {r['late_p99_ms']:.1f} ms, cpu {r['cpu_util']:.0%}"
            f", server cpu {r['server']['cpu_s'] / r['server']['window_s']:.0%}"
            f", runqueue wait {r['runqueue_wait_ms']:.0f} ms, gc max {r['gc_max_ms']:.1f} ms",
            file=sys.stderr,
            flush=True,
        )
        if r["ok"]:
            lo = max(lo, n)
        else:
            hi = n if not hi else min(hi, n)
        if hi and hi <= lo:  # noise: a smaller N failed after a larger one passed
            hi = 0
        if len(steps) >= args.max_steps or time.perf_counter() - started > args.budget_s:
            break
        if not hi:
            if n >= args.max_n:
                break
            grow = args.target_util / max(r["cpu_util"], 1e-3)
            nxt = int(n * min(8.0, max(1.2, grow)))
        else:
            if hi - lo <= max(args.precision * max(lo, 1), 10):
                break
            nxt = (lo + hi) // 2
        quantum = 10 if nxt < 1000 else 50
        n = min(args.max_n, max(quantum, round(nxt / quantum) * quantum))
        fresh = not r["ok"]
    await close_all()
    return {
        "format": args.format,
        "bound_ms": args.bound_ms,
        "max_sessions": lo,
        "first_failure": hi or None,
        "steps": steps,
        "fixed": steps[0],
        "search_s": time.perf_counter() - started,
    }


CASES = {
    "live": case_live,
    "receive": case_receive,
    "send": case_send,
    "latency": case_latency,
    "many": case_many,
    "long": case_long,
}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("impl", choices=sorted(IMPLS))
    p.add_argument("case", choices=sorted(CASES))
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--rounds", type=int, default=1000, help="receive: mixes per timed burst")
    p.add_argument("--warmup-rounds", type=int, default=50)
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--seconds", type=float, default=3600, help="send: seconds of audio")
    p.add_argument("--n", type=int, default=1000)
    p.add_argument("--warmup", type=int, default=200)
    p.add_argument("--first-event", default="", help="latency: expected first event")
    p.add_argument("--expect-done", action="store_true", help="latency: drain item.done")
    p.add_argument("--tracemalloc", action="store_true")
    p.add_argument("--events", type=int, default=1_000_000)
    p.add_argument("--every", type=int, default=2000, help="long: sleep every N events")
    p.add_argument("--pause", type=float, default=0.01, help="long: seconds of each sleep")
    p.add_argument("--sample", type=int, default=25_000, help="long: RSS every N events")
    p.add_argument("--max-queue", type=int, default=0, help="ours/floor: websockets max_queue")
    p.add_argument("--format", default="pcm24k", help="live: pcm24k or g711")
    p.add_argument("--start", type=int, default=100, help="live: first N (the CPU figure's)")
    p.add_argument("--max-n", type=int, default=8000, help="live: largest N tried")
    p.add_argument("--max-steps", type=int, default=8, help="live: search steps at most")
    p.add_argument("--budget-s", type=float, default=60, help="live: search time bound")
    p.add_argument("--window", type=float, default=2.0, help="live: measured s per step")
    p.add_argument("--settle", type=float, default=2.0, help="live: s before measuring")
    p.add_argument("--bound-ms", type=float, default=20, help="live: p99 lag/lateness bound")
    p.add_argument("--precision", type=float, default=0.05, help="live: bracket to stop at")
    p.add_argument("--target-util", type=float, default=0.9, help="live: CPU share to aim at")
    p.add_argument(
        "--warm-allocator",
        action="store_true",
        help="free one 8 MiB block first (raises glibc's dynamic mmap/trim thresholds)",
    )
    args = p.parse_args()
    global MAX_QUEUE
    MAX_QUEUE = args.max_queue
    if args.warm_allocator:
        # glibc serves blocks >= 128 KiB with mmap until one such block is freed, then raises
        # the mmap threshold to that size (and the trim threshold to twice it). Until then the
        # websockets read buffer (a bytearray around the 256 KiB socket reads) is re-mapped and
        # page-faulted over and over: ~1.5 minor faults per event, ~3 µs/event, in whichever
        # process happens not to have freed a large block yet. Freeing one up front puts every
        # client in the steady state a long-running process reaches anyway.
        block = bytearray(8 << 20)
        del block
    gc.collect()
    t_import = time.perf_counter()
    impl = IMPLS[args.impl](args.port)
    t_import = time.perf_counter() - t_import
    result = asyncio.run(CASES[args.case](impl, args))
    result.update(impl=args.impl, case=args.case, versions=impl.versions(), import_s=t_import)
    result["minor_faults"] = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    if "us_per_event" in result and isinstance(result["us_per_event"], list):
        result["us_per_event_median"] = median(result["us_per_event"])
    emit(result)


if __name__ == "__main__":
    main()
