"""The async session's WebSocket: one :class:`asyncio.Protocol` around websockets' Sans-I/O
:class:`~websockets.client.ClientProtocol`.

websockets' own asyncio client runs a keepalive task per connection, an
``asyncio.timeout`` and a drain per send, and several layers per received message; a realtime
session needs less. :class:`AsyncConnection` offers what the async session uses
(``send``/``write``/``writable``/``drain``, ``recv``, ``close``, ``wait_closed``,
``close_code``, ``close_reason``, ``transport``), the way :mod:`._blocking` does for the sync
session; both join fragments with :class:`._frames.MessageAssembler`.

Bounds, as websockets' client has them:

- **receive queue**: at ``max_queue`` received messages not yet taken by ``recv`` the
  transport stops reading (TCP backpressure); it reads again at a quarter of that.
  ``max_size`` bounds one message (the protocol closes with 1009 beyond).
- **write buffer**: past the high-water mark (32 KiB) ``writable`` is false and ``send`` waits
  for the transport to drain (the session bounds that wait by ``send_timeout``); past
  ``write_buffer_limit`` of unsent output (pongs to a ping flood from a peer that does not
  read) the connection is aborted (close code 1006).
- **keepalive**: a ping every ``ping_interval`` seconds; no pong within ``ping_timeout`` fails
  the connection with 1011 (one timer per connection, no task).
- **closing handshake**: once a close is expected, the transport is aborted after
  ``close_timeout`` seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import ssl
from collections import deque
from typing import Any

from websockets.client import ClientProtocol
from websockets.exceptions import ConcurrencyError, ConnectionClosed
from websockets.frames import CloseCode, Frame, Opcode
from websockets.http11 import Request, Response
from websockets.protocol import State
from websockets.uri import parse_uri

from ._frames import MessageAssembler

__all__ = ["AsyncConnection", "connect"]

_OPEN = State.OPEN
_CLOSED = State.CLOSED
_TEXT = Opcode.TEXT
_PONG = Opcode.PONG
#: The transport's write-buffer high-water mark (websockets' default ``write_limit``).
WRITE_HIGH_WATER = 32 * 1024
logger = logging.getLogger("openai_realtime.session")


class AsyncConnection(asyncio.Protocol):
    """One client WebSocket driven by the event loop's callbacks."""

    __slots__ = (
        "_assembler",
        "_close_timer",
        "_drain",
        "_lost",
        "_low",
        "_messages",
        "_opened",
        "_paused",
        "_ping_data",
        "_ping_timer",
        "_pong_timer",
        "_reading_paused",
        "_request",
        "_waiter",
        "close_timeout",
        "connection_exc",
        "loop",
        "max_queue",
        "ping_interval",
        "ping_timeout",
        "protocol",
        "transport",
        "write_buffer_limit",
    )

    transport: asyncio.Transport

    def __init__(
        self,
        protocol: ClientProtocol,
        request: Request,
        *,
        max_queue: int | None,
        close_timeout: float,
        write_buffer_limit: int,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
    ) -> None:
        self.protocol = protocol
        self._request = request
        self.max_queue = max_queue
        self._low = 0 if max_queue is None else max_queue // 4
        self.close_timeout = close_timeout
        self.write_buffer_limit = write_buffer_limit
        self.ping_interval = ping_interval
        self.ping_timeout = ping_timeout
        self.loop = asyncio.get_running_loop()
        self._messages: deque[str | bytes] = deque()
        self._assembler = MessageAssembler()
        self._waiter: asyncio.Future[None] | None = None
        self._drain: asyncio.Future[None] | None = None
        self._opened: asyncio.Future[None] = self.loop.create_future()
        self._lost: asyncio.Future[None] = self.loop.create_future()
        self._paused = False
        self._reading_paused = False
        self._close_timer: asyncio.TimerHandle | None = None
        self._ping_timer: asyncio.TimerHandle | None = None
        self._pong_timer: asyncio.TimerHandle | None = None
        self._ping_data = b""
        self.connection_exc: BaseException | None = None

    # ------------------------------------------------------------------ the session's surface

    @property
    def close_code(self) -> int | None:
        """The close code once the connection is closed, else ``None``."""
        if self.protocol.state is not _CLOSED:
            return None
        return self.protocol.close_code

    @property
    def close_reason(self) -> str | None:
        """The close reason once the connection is closed, else ``None``."""
        if self.protocol.state is not _CLOSED:
            return None
        return self.protocol.close_reason

    @property
    def close_exc(self) -> ConnectionClosed:
        exc = self.protocol.close_exc
        if self.connection_exc is not None:
            exc.__cause__ = self.connection_exc
        return exc

    @property
    def writable(self) -> bool:
        """``True`` when :meth:`write` cannot fail nor need to wait: the connection is open
        and the write buffer below its high-water mark."""
        return not self._paused and self.protocol.state is _OPEN

    def write(self, message: str | bytes, text: bool | None = True) -> None:
        """Send one frame without waiting (text unless ``text`` is false; ``bytes`` must be
        UTF-8 for a text frame).

        Raises:
            websockets.exceptions.ConnectionClosed: the connection is not open.
        """
        protocol = self.protocol
        if protocol.state is not _OPEN:
            raise self.close_exc
        data = message.encode() if type(message) is str else message
        if text is False or (text is None and type(message) is not str):
            protocol.send_binary(data)  # type: ignore[arg-type]
        else:
            protocol.send_text(data)  # type: ignore[arg-type]
        self._flush()

    async def send(self, message: str | bytes, text: bool | None = True) -> None:
        """Send one frame, then wait while the write buffer is past its high-water mark.

        Raises:
            websockets.exceptions.ConnectionClosed: the connection is (or got) closed.
        """
        if self.protocol.state is not _OPEN:
            await self._closing()
        self.write(message, text)
        if self._paused:
            await self.drain()

    async def drain(self) -> None:
        """Wait until the write buffer is below its low-water mark.

        Raises:
            websockets.exceptions.ConnectionClosed: the connection closed meanwhile.
        """
        while self._paused:
            if self._drain is None:
                self._drain = self.loop.create_future()
            await asyncio.shield(self._drain)
        if self.protocol.state is _CLOSED:
            raise self.close_exc

    async def recv(self, decode: bool | None = None) -> str | bytes:
        """The next message (``str`` for a text frame, ``bytes`` for a binary one).

        Raises:
            websockets.exceptions.ConnectionClosed: the connection is closed (after every
                message received before was taken).
        """
        messages = self._messages
        while not messages:
            if self.protocol.state is _CLOSED:
                raise self.close_exc
            if self._waiter is not None:
                raise ConcurrencyError(
                    "cannot call recv while another coroutine is already running recv"
                )
            waiter = self._waiter = self.loop.create_future()
            try:
                await waiter
            finally:
                self._waiter = None
        message = messages.popleft()
        if self._reading_paused and len(messages) <= self._low:
            self._reading_paused = False
            self.transport.resume_reading()
        return message

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """The closing handshake, then the TCP connection closed (at most ``close_timeout``
        seconds, then aborted). Safe to call twice."""
        if self.protocol.state is _OPEN:
            self.protocol.send_close(code, reason)
            try:
                self._flush()
            except Exception as exc:  # the transport failed: nothing to wait for
                self.connection_exc = self.connection_exc or exc
                self.transport.abort()
        await self.wait_closed()

    async def wait_closed(self) -> None:
        """Wait until the TCP connection is closed."""
        await asyncio.shield(self._lost)

    async def _closing(self) -> None:
        """The connection is closing or closed: wait for the end (bounded by the close
        timer), then raise its ``ConnectionClosed``."""
        self._expect_close()
        await self.wait_closed()
        raise self.close_exc

    # ------------------------------------------------------------------ internals

    def _flush(self) -> None:
        transport = self.transport
        for data in self.protocol.data_to_send():
            if data:
                transport.write(data)
            elif transport.can_write_eof():
                with contextlib.suppress(Exception):
                    transport.write_eof()
            else:
                transport.close()
        protocol = self.protocol
        if protocol.state is not _OPEN and self._close_timer is None and protocol.close_expected():
            self._expect_close()

    def _expect_close(self) -> None:
        if self._close_timer is None and not self._lost.done():
            self._close_timer = self.loop.call_later(self.close_timeout, self._close_timed_out)

    def _close_timed_out(self) -> None:
        self.connection_exc = self.connection_exc or TimeoutError(
            "timed out while closing connection"
        )
        self.transport.abort()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def _handle(self, events: list[Any]) -> None:
        messages = self._messages
        assembler = self._assembler
        for event in events:
            if type(event) is Frame:
                if event.opcode is _TEXT and event.fin:  # the common case, inline
                    messages.append(str(event.data, "utf-8"))
                elif event.opcode is _PONG:
                    self._pong(bytes(event.data))
                else:
                    message = assembler.frame(event)
                    if message is not None:
                        messages.append(message)
            elif isinstance(event, Response):
                opened = self._opened
                if not opened.done():
                    if self.protocol.handshake_exc is not None:
                        opened.set_exception(self.protocol.handshake_exc)
                    else:
                        opened.set_result(None)
                        self._schedule_ping()
        if messages:
            self._wake()
            if (
                self.max_queue is not None
                and not self._reading_paused
                and len(messages) >= self.max_queue
                and self.protocol.state is _OPEN
            ):
                self._reading_paused = True
                self.transport.pause_reading()

    # keepalive

    def _schedule_ping(self) -> None:
        if self.ping_interval is not None and not self._lost.done():
            self._ping_timer = self.loop.call_later(self.ping_interval, self._ping)

    def _ping(self) -> None:
        self._ping_timer = None
        if self.protocol.state is not _OPEN:
            return
        self._ping_data = os.urandom(4)
        self.protocol.send_ping(self._ping_data)
        try:
            self._flush()
        except Exception:  # the transport failed: connection_lost follows
            return
        if self.ping_timeout is not None:
            self._pong_timer = self.loop.call_later(self.ping_timeout, self._ping_timed_out)
        else:
            self._schedule_ping()

    def _pong(self, data: bytes) -> None:
        if self._ping_data and data == self._ping_data:
            self._ping_data = b""
            if self._pong_timer is not None:
                self._pong_timer.cancel()
                self._pong_timer = None
                self._schedule_ping()

    def _ping_timed_out(self) -> None:
        self._pong_timer = None
        if self.protocol.state is _OPEN:
            self.protocol.fail(CloseCode.INTERNAL_ERROR, "keepalive ping timeout")
            with contextlib.suppress(Exception):
                self._flush()
            self._expect_close()

    # ------------------------------------------------------------------ asyncio.Protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.transport.set_write_buffer_limits(WRITE_HIGH_WATER, WRITE_HIGH_WATER // 4)
        self.protocol.send_request(self._request)
        self._flush()

    def data_received(self, data: bytes) -> None:
        protocol = self.protocol
        protocol.receive_data(data)
        events = protocol.events_received()
        try:
            self._flush()  # pongs, the answer to a close
        except Exception as exc:
            self.connection_exc = self.connection_exc or exc
        if events:
            self._handle(events)
        if self._paused and self.transport.get_write_buffer_size() > self.write_buffer_limit:
            logger.warning(
                "the server does not read what this client sends (over %d bytes unsent, e.g. "
                "pongs to a ping flood); aborting the connection",
                self.write_buffer_limit,
            )
            self.transport.abort()

    def eof_received(self) -> None:
        self.protocol.receive_eof()
        events = self.protocol.events_received()
        with contextlib.suppress(Exception):
            self._flush()
        if events:
            self._handle(events)

    def connection_lost(self, exc: Exception | None) -> None:
        protocol = self.protocol
        protocol.receive_eof()  # idempotent: the state is CLOSED now
        events = protocol.events_received()
        if events:
            self._handle(events)
        protocol.state = _CLOSED
        if exc is not None and self.connection_exc is None:
            self.connection_exc = exc
        for timer in (self._close_timer, self._ping_timer, self._pong_timer):
            if timer is not None:
                timer.cancel()
        self._close_timer = self._ping_timer = self._pong_timer = None
        if not self._opened.done():
            self._opened.set_exception(
                protocol.handshake_exc
                or ConnectionError("the server closed the connection during the handshake")
            )
        self._lost.set_result(None)
        self._wake()
        self._paused = False
        if self._drain is not None and not self._drain.done():
            self._drain.set_result(None)
        self._drain = None

    def pause_writing(self) -> None:
        self._paused = True

    def resume_writing(self) -> None:
        self._paused = False
        if self._drain is not None and not self._drain.done():
            self._drain.set_result(None)
        self._drain = None


async def connect(
    url: str,
    *,
    additional_headers: dict[str, str],
    user_agent_header: str,
    open_timeout: float,
    close_timeout: float,
    max_size: int | None,
    max_queue: int | None,
    logger: Any,
    write_buffer_limit: int,
    ping_interval: float | None = 20.0,
    ping_timeout: float | None = 20.0,
    ssl_context: ssl.SSLContext | None = None,
) -> AsyncConnection:
    """Open a client WebSocket to ``url`` (TLS for ``wss://``, verified with ``ssl_context``
    or the system's default context) within ``open_timeout`` seconds. ``ping_interval`` and
    ``ping_timeout`` are websockets' defaults.

    Raises:
        websockets.exceptions.InvalidURI, InvalidStatus, InvalidHandshake, InvalidMessage: as
            websockets' asyncio client raises them; TimeoutError: not open in time; OSError:
            no connection.
    """
    uri = parse_uri(url)
    protocol = ClientProtocol(uri, max_size=max_size, logger=logger)
    request = protocol.connect()
    request.headers.update(additional_headers)
    if "User-Agent" not in request.headers:
        request.headers["User-Agent"] = user_agent_header
    loop = asyncio.get_running_loop()

    def factory() -> AsyncConnection:
        return AsyncConnection(
            protocol,
            request,
            max_queue=max_queue,
            close_timeout=close_timeout,
            write_buffer_limit=write_buffer_limit,
            ping_interval=ping_interval,
            ping_timeout=ping_timeout,
        )

    async with asyncio.timeout(open_timeout):
        if uri.secure:
            _, connection = await loop.create_connection(
                factory,
                uri.host,
                uri.port,
                ssl=ssl_context or ssl.create_default_context(),
                server_hostname=uri.host,
            )
        else:
            _, connection = await loop.create_connection(factory, uri.host, uri.port)
        try:
            await connection._opened
        except BaseException:
            connection.transport.abort()
            raise
    return connection
