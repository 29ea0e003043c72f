"""The async session's own WebSocket edge (openai_realtime._asyncio_connection): fragments,
the bounded receive queue, keepalive, the close timeout, TLS, and the send fast path."""

from __future__ import annotations

import asyncio
import logging
import shutil
import ssl
import subprocess
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from openai_realtime import _asyncio_connection
from openai_realtime._asyncio_connection import AsyncConnection
from openai_realtime._frames import MessageAssembler
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.frames import Frame, Opcode

Handler = Callable[[ServerConnection], Awaitable[None]]


@asynccontextmanager
async def server(handler: Handler, **options: Any) -> AsyncIterator[int]:
    options.setdefault("close_timeout", 0.2)  # a deaf handler holds the shutdown no longer
    async with serve(handler, "127.0.0.1", 0, compression=None, **options) as srv:
        yield next(iter(srv.sockets)).getsockname()[1]


async def open_connection(url: str, **options: Any) -> AsyncConnection:
    settings: dict[str, Any] = {
        "additional_headers": {},
        "user_agent_header": "test",
        "open_timeout": 5.0,
        "close_timeout": 1.0,
        "max_size": 1 << 20,
        "max_queue": 16,
        "logger": logging.getLogger("test"),
        "write_buffer_limit": 32 << 20,
    }
    settings.update(options)
    return await _asyncio_connection.connect(url, **settings)


async def hold(ws: ServerConnection) -> None:
    await ws.wait_closed()


def test_the_assembler_joins_fragments_and_skips_control_frames() -> None:
    assembler = MessageAssembler()
    assert assembler.frame(Frame(Opcode.TEXT, "héllo".encode(), fin=True)) == "héllo"
    assert assembler.frame(Frame(Opcode.TEXT, b"ab", fin=False)) is None
    assert assembler.frame(Frame(Opcode.PING, b"x")) is None
    assert assembler.frame(Frame(Opcode.CONT, b"c", fin=False)) is None
    assert assembler.frame(Frame(Opcode.CONT, "dé".encode(), fin=True)) == "abcdé"
    assert assembler.frame(Frame(Opcode.BINARY, b"\x00", fin=False)) is None
    assert assembler.frame(Frame(Opcode.CONT, b"\x01", fin=True)) == b"\x00\x01"


async def test_fragmented_messages_and_binary_frames_arrive_whole() -> None:
    async def send(ws: ServerConnection) -> None:
        await ws.send(["{", '"type"', ":", '"x"}'])
        await ws.send(b"\x00\x01")
        await ws.send('{"type":"y"}')
        await ws.wait_closed()

    async with server(send) as port:
        connection = await open_connection(f"ws://127.0.0.1:{port}/")
        assert await connection.recv() == '{"type":"x"}'
        assert await connection.recv() == b"\x00\x01"
        assert await connection.recv() == '{"type":"y"}'
        await connection.close()
        assert connection.close_code == 1000


async def test_a_full_receive_queue_pauses_reading_then_resumes() -> None:
    async def flood(ws: ServerConnection) -> None:
        pad = "x" * 16384
        for i in range(200):
            await ws.send(f'{{"type":"x","i":{i},"pad":"{pad}"}}')
        await ws.wait_closed()

    async with server(flood) as port:
        connection = await open_connection(f"ws://127.0.0.1:{port}/", max_queue=8)
        await asyncio.sleep(0.3)
        assert connection._reading_paused
        queued = list(connection._messages)
        assert len(queued) < 200  # the rest waits in the kernel's buffers and the server's
        # the queue's max_queue messages plus, at most, what the last socket read completed
        assert sum(map(len, queued[8:])) <= 256 * 1024 + len(queued[0])
        received = [await connection.recv() for _ in range(200)]
        assert received[-1].startswith('{"type":"x","i":199,')
        await connection.close()


async def test_a_message_over_max_size_closes_with_1009() -> None:
    async def big(ws: ServerConnection) -> None:
        await ws.send("x" * 5000)
        await ws.wait_closed()

    async with server(big) as port:
        connection = await open_connection(f"ws://127.0.0.1:{port}/", max_size=4096)
        with pytest.raises(ConnectionClosed) as info:
            await connection.recv()
        assert info.value.sent is not None and info.value.sent.code == 1009


async def test_keepalive_pings_and_fails_1011_without_a_pong() -> None:
    async def answers(ws: ServerConnection) -> None:
        await ws.wait_closed()

    async with server(answers) as port:
        connection = await open_connection(
            f"ws://127.0.0.1:{port}/", ping_interval=0.1, ping_timeout=0.5
        )
        await asyncio.sleep(0.45)  # pongs arrive: pinged again and again, still open
        assert connection.protocol.state.name == "OPEN"
        assert connection._ping_timer is not None or connection._pong_timer is not None
        await connection.close()

    release = asyncio.Event()

    async def deaf(ws: ServerConnection) -> None:
        ws.transport.pause_reading()  # reads nothing more: no pong ever
        await release.wait()

    async with server(deaf) as port:
        connection = await open_connection(
            f"ws://127.0.0.1:{port}/", ping_interval=0.1, ping_timeout=0.2, close_timeout=0.3
        )
        started = time.monotonic()
        with pytest.raises(ConnectionClosed):
            await asyncio.wait_for(connection.recv(), 3)
        assert time.monotonic() - started < 2
        assert connection.protocol.close_sent is not None
        assert connection.protocol.close_sent.code == 1011
        release.set()


async def test_close_is_bounded_by_close_timeout_when_the_peer_does_not_answer() -> None:
    release = asyncio.Event()

    async def deaf(ws: ServerConnection) -> None:
        ws.transport.pause_reading()
        await release.wait()

    async with server(deaf) as port:
        connection = await open_connection(f"ws://127.0.0.1:{port}/", close_timeout=0.3)
        started = time.monotonic()
        await connection.close()
        assert 0.25 < time.monotonic() - started < 2
        assert connection.close_code == 1006
        with pytest.raises(ConnectionClosed):
            await connection.send("x")
        release.set()


async def test_writable_sends_take_no_wait_and_a_full_buffer_waits_for_drain() -> None:
    release = asyncio.Event()

    async def deaf(ws: ServerConnection) -> None:
        ws.transport.pause_reading()
        await release.wait()

    async with server(deaf) as port:
        connection = await open_connection(f"ws://127.0.0.1:{port}/", close_timeout=0.2)
        assert connection.writable
        chunk = "x" * 65536
        while connection.writable:
            connection.write(chunk)
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.3):
                await connection.send(chunk)
        connection.transport.abort()
        await connection.wait_closed()
        assert not connection.writable
        release.set()


def _certificate(tmp_path: Path) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed: no certificate for the TLS test")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
            "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


async def test_wss_goes_through_tls_and_verifies_the_certificate(tmp_path: Path) -> None:
    cert, key = _certificate(tmp_path)
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)

    async def echo(ws: ServerConnection) -> None:
        async for message in ws:
            await ws.send(message)

    async with server(echo, ssl=server_context) as port:
        url = f"wss://localhost:{port}/"
        trusted = ssl.create_default_context(cafile=str(cert))
        connection = await open_connection(url, ssl_context=trusted)
        await connection.send('{"type":"ping"}')
        assert await connection.recv() == '{"type":"ping"}'
        await connection.close()
        assert connection.close_code == 1000
        with pytest.raises(ssl.SSLCertVerificationError):
            await open_connection(url)  # the system's trust store does not know it
