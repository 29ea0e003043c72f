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
* ``input_audio_buffer.append`` frames are skipped unread (only their length is parsed).

Run: ``python bench/fastserver.py`` prints ``PORT <n>`` on stdout, serves until killed.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import signal
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import item_added_frame, mix_frames

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

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        transport.get_extra_info("socket").setsockopt(6, 1, 1)  # TCP_NODELAY

    def connection_lost(self, exc: Exception | None) -> None:
        self.can_write.set()
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
