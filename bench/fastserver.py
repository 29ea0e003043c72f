"""A purpose-built WebSocket server for the throughput cases: never the bottleneck.

Standard library only, a raw asyncio protocol (no WebSocket library): it answers the HTTP
upgrade on any path, then reads client frames without unmasking the large ones and writes
*pre-encoded* server frames (server frames are unmasked, so their bytes are fixed).

Client text frames it understands (anything else is ignored):

* ``{"type":"bench.burst","rounds":R}``: send the 21-event mix R times (``R*21`` events) as
  fast as TCP flow control allows (``write`` + ``drain``: a slow reader slows the server down);
* ``{"type":"input_audio_buffer.commit"...}``: answer ``input_audio_buffer.committed`` (the
  send-audio case ends with a commit, so the client knows every append was read);
* ``{"type":"conversation.item.create"...}``: answer ``conversation.item.added`` (latency
  against a zero-cost server);
* ``{"type":"bench.live","format":F}``: start a *live session* on this connection (F a key of
  ``common.LIVE_FORMATS``): from then on, in real time, a ``response.output_audio.delta`` of
  100 ms of audio every 100 ms, a ``response.output_audio_transcript.delta`` between each two,
  and a ``response.done`` after every 30 audio deltas (3 s of speech), until the client leaves.
  Every live event's ``event_id`` carries the server's ``time.monotonic_ns()`` at the send (see
  ``common.LIVE_ID_PLACEHOLDER``). All live connections share one 10 ms ticker (a timing wheel
  with 10 slots; connections are spread over the slots round robin), so the server's cost is a
  write per event, not a timer per event;
* ``input_audio_buffer.append`` frames are skipped unread (only their length is parsed).

``GET /bench/stats`` (plain HTTP, no upgrade; ``?reset=1`` starts a new window) answers the live
ticker's figures as JSON: ticks, how late they ran (p50/p99/max ms), events written, live
connections, the largest write buffer seen (a client that does not keep up), appends read and
the server's CPU seconds, so that a benchmark can show the server was not the bottleneck.

Run: ``python bench/fastserver.py`` prints ``PORT <n>`` on stdout, serves until killed.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import random
import signal
import struct
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (
    LIVE_DELTAS_PER_RESPONSE,
    LIVE_FORMATS,
    LIVE_ID_PLACEHOLDER,
    item_added_frame,
    live_events,
    mix_frames,
    percentile,
)

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def server_frame(text: str | bytes, opcode: int = 0x1) -> bytes:
    """One unmasked, unfragmented server frame."""
    payload = text.encode() if isinstance(text, str) else text
    n = len(payload)
    if n < 126:
        header = struct.pack("!BB", 0x80 | opcode, n)
    elif n < 65536:
        header = struct.pack("!BBH", 0x80 | opcode, 126, n)
    else:
        header = struct.pack("!BBQ", 0x80 | opcode, 127, n)
    return header + payload


MIX_BLOB = b"".join(server_frame(f) for f in mix_frames())
COMMITTED = server_frame(
    json.dumps(
        {
            "type": "input_audio_buffer.committed",
            "event_id": "event_CZbenchC0000000000001",
            "previous_item_id": None,
            "item_id": "item_CZbenchU0000000000001",
        },
        separators=(",", ":"),
    )
)
ITEM_ADDED = server_frame(item_added_frame())
#: Only frames this small are unmasked and looked at; appends are skipped.
SMALL = 4096
#: On a live connection, only frames this small (G.711 appends are ~1.1 KB).
LIVE_SMALL = 512


def _split_frame(event: dict[str, object]) -> tuple[bytes, bytes]:
    """A pre-encoded server frame split around its placeholder event id: (head, tail)."""
    frame = server_frame(json.dumps(event, separators=(",", ":")))
    pos = frame.index(LIVE_ID_PLACEHOLDER.encode()) + len("event_")
    return frame[:pos], frame[pos + len(LIVE_ID_PLACEHOLDER) - len("event_") :]


class LiveTicker:
    """The shared real-time clock of every live connection: a timing wheel of ``SLOTS``
    slots, one slot every ``TICK`` seconds; a connection in slot k gets its audio delta at
    ticks k (mod 10) and its transcript delta at ticks k + 5 (mod 10)."""

    TICK = 0.010
    SLOTS = 10

    def __init__(self) -> None:
        self.wheel: list[list[Conn]] = [[] for _ in range(self.SLOTS)]
        self.frames: dict[str, dict[str, list[tuple[bytes, bytes]]]] = {}
        self.next_slot = 0
        self.task: asyncio.Task[None] | None = None
        self.reset()

    def reset(self) -> None:
        self.t0 = time.perf_counter()
        self.cpu0 = time.process_time()
        self.late: list[float] = []
        self.written = 0
        self.max_buffer = 0
        self.appends = 0

    def stats(self) -> dict[str, object]:
        return {
            "window_s": time.perf_counter() - self.t0,
            "cpu_s": time.process_time() - self.cpu0,
            "ticks": len(self.late),
            "tick_late_p50_ms": percentile(self.late, 50),
            "tick_late_p99_ms": percentile(self.late, 99),
            "tick_late_max_ms": max(self.late, default=0.0),
            "events_written": self.written,
            "appends_read": self.appends,
            "live_connections": sum(len(slot) for slot in self.wheel),
            "max_write_buffer": self.max_buffer,
        }

    def add(self, conn: Conn, fmt: str) -> None:
        if fmt not in self.frames:
            self.frames[fmt] = {
                k: [_split_frame(e) for e in v] for k, v in live_events(fmt).items()
            }
        conn.live = self.frames[fmt]
        # each call joins mid-response, so response.done reaches the client within 3 s
        conn.live_step = random.randrange(LIVE_DELTAS_PER_RESPONSE)
        self.wheel[self.next_slot].append(conn)
        self.next_slot = (self.next_slot + 1) % self.SLOTS
        if self.task is None:
            self.task = asyncio.get_running_loop().create_task(self.run())

    def remove(self, conn: Conn) -> None:
        for slot in self.wheel:
            if conn in slot:
                slot.remove(conn)

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        due = loop.time()
        tick = 0
        now_ns = time.monotonic_ns
        while any(self.wheel):
            due += self.TICK
            delay = due - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            self.late.append((loop.time() - due) * 1000)
            slot = tick % self.SLOTS
            tick += 1
            written = 0
            for conn in self.wheel[slot]:
                t = conn.transport
                if t is None or t.is_closing():
                    continue
                frames = conn.live
                k = conn.live_step
                conn.live_step = k + 1
                head, tail = frames["audio"][k % 10]
                t.write(b"%b%020d%b" % (head, now_ns(), tail))
                written += 1
                if (k + 1) % LIVE_DELTAS_PER_RESPONSE == 0:
                    head, tail = frames["done"][0]
                    t.write(b"%b%020d%b" % (head, now_ns(), tail))
                    written += 1
                size = t.get_write_buffer_size()
                if size > self.max_buffer:
                    self.max_buffer = size
            for conn in self.wheel[(slot + self.SLOTS // 2) % self.SLOTS]:
                t = conn.transport
                if t is None or t.is_closing():
                    continue
                head, tail = conn.live["text"][conn.live_step % 10]
                t.write(b"%b%020d%b" % (head, now_ns(), tail))
                written += 1
            self.written += written
        self.task = None  # the last live connection left: the ticker stops until the next


LIVE = LiveTicker()


def unmask(data: bytes, mask: bytes) -> bytes:
    n = len(data)
    key = int.from_bytes((mask * (n // 4 + 1))[:n], "big")
    return (int.from_bytes(data, "big") ^ key).to_bytes(n, "big")


class Conn(asyncio.Protocol):
    def __init__(self) -> None:
        self.buf = bytearray()
        self.upgraded = False
        self.transport: asyncio.Transport | None = None
        self.can_write = asyncio.Event()
        self.can_write.set()
        self.tasks: set[asyncio.Task[None]] = set()
        self.live: dict[str, list[tuple[bytes, bytes]]] | None = None
        self.live_step = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        transport.get_extra_info("socket").setsockopt(6, 1, 1)  # TCP_NODELAY

    def connection_lost(self, exc: Exception | None) -> None:
        self.can_write.set()
        if self.live is not None:
            LIVE.remove(self)
        for t in self.tasks:
            t.cancel()

    def pause_writing(self) -> None:
        self.can_write.clear()

    def resume_writing(self) -> None:
        self.can_write.set()

    def data_received(self, data: bytes) -> None:
        self.buf += data
        if not self.upgraded:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buf[:end]).decode("latin-1")
            del self.buf[: end + 4]
            if head.startswith("GET /bench/stats"):
                self.answer_stats(reset="reset=1" in head.split("\r\n", 1)[0])
                return
            key = ""
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "sec-websocket-key":
                    key = value.strip()
            accept = base64.b64encode(hashlib.sha1(key.encode() + GUID).digest()).decode()
            assert self.transport is not None
            self.transport.write(
                (
                    "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                    f"Connection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n"
                ).encode()
            )
            self.upgraded = True
        self.parse()

    def answer_stats(self, reset: bool) -> None:
        body = json.dumps(LIVE.stats()).encode()
        if reset:
            LIVE.reset()
        assert self.transport is not None
        self.transport.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
            b"Content-Length: %d\r\n\r\n%b" % (len(body), body)
        )
        self.transport.close()

    def parse(self) -> None:
        buf = self.buf
        pos = 0
        while True:
            if len(buf) - pos < 2:
                break
            b0, b1 = buf[pos], buf[pos + 1]
            n = b1 & 0x7F
            hlen = 2
            if n == 126:
                if len(buf) - pos < 4:
                    break
                n = struct.unpack_from("!H", buf, pos + 2)[0]
                hlen = 4
            elif n == 127:
                if len(buf) - pos < 10:
                    break
                n = struct.unpack_from("!Q", buf, pos + 2)[0]
                hlen = 10
            masked = b1 & 0x80
            total = hlen + (4 if masked else 0) + n
            if len(buf) - pos < total:
                break
            opcode = b0 & 0x0F
            if opcode == 0x8:  # close: echo it and hang up
                assert self.transport is not None
                self.transport.write(server_frame(b"\x03\xe8", 0x8))
                self.transport.close()
                return
            if opcode == 0x9 and masked:  # ping -> pong
                payload = unmask(
                    bytes(buf[pos + hlen + 4 : pos + total]),
                    bytes(buf[pos + hlen : pos + hlen + 4]),
                )
                assert self.transport is not None
                self.transport.write(server_frame(payload, 0xA))
            elif self.live is not None and n > LIVE_SMALL:
                LIVE.appends += 1  # an append of a live session: counted, skipped unread
            elif opcode == 0x1 and n <= SMALL and masked:
                mask = bytes(buf[pos + hlen : pos + hlen + 4])
                self.on_text(unmask(bytes(buf[pos + hlen + 4 : pos + total]), mask))
            pos += total
        if pos:
            del buf[:pos]

    def on_text(self, payload: bytes) -> None:
        assert self.transport is not None
        if b'"input_audio_buffer.commit"' in payload:
            self.transport.write(COMMITTED)
        elif b'"conversation.item.create"' in payload:
            self.transport.write(ITEM_ADDED)
        elif b'"bench.live"' in payload:
            fmt = str(json.loads(payload)["format"])
            if fmt in LIVE_FORMATS and self.live is None:
                LIVE.add(self, fmt)
        elif b'"bench.burst"' in payload:
            rounds = int(json.loads(payload)["rounds"])
            task = asyncio.get_running_loop().create_task(self.burst(rounds))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)

    async def burst(self, rounds: int) -> None:
        transport = self.transport
        assert transport is not None
        for _ in range(rounds):
            if transport.is_closing():
                return
            transport.write(MIX_BLOB)
            if not self.can_write.is_set():
                await self.can_write.wait()


async def main() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Conn, "127.0.0.1", 0, backlog=4096)
    transport_limits = server.sockets[0].getsockname()
    sys.stdout.write(f"PORT {transport_limits[1]}\n")
    sys.stdout.flush()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    await stop.wait()
    server.close()


if __name__ == "__main__":
    asyncio.run(main())
