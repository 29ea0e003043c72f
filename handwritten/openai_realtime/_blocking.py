"""A blocking WebSocket client connection that does its I/O in the caller's thread.

websockets' own sync client reads the socket in a background thread (and pings from another);
the sync session wants none: it reads when its caller asks, like the async session does. This
module drives websockets' Sans-I/O :class:`~websockets.client.ClientProtocol` over a plain
(TLS) socket, with the same interface the async session uses of
:class:`._asyncio_connection.AsyncConnection` (``send``, ``recv``, ``close``, ``close_code``,
``close_reason``), each call blocking and bounded by a timeout.

Backpressure is TCP's: nothing is read until ``recv`` is called, and one ``recv`` reads at most
what completes one message (``max_size`` bytes; websockets fails the connection with 1009
beyond). Pings from the server are answered when frames are read.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
import time
from collections import deque
from typing import Any

from websockets.client import ClientProtocol
from websockets.exceptions import ConnectionClosed, InvalidHandshake
from websockets.frames import Frame
from websockets.http11 import Request, Response
from websockets.protocol import State
from websockets.uri import parse_uri

from ._frames import MessageAssembler

__all__ = ["BlockingConnection", "connect"]

_READ_BYTES = 65536
#: Messages kept from a peer that goes on sending during the closing handshake.
MAX_LATE_MESSAGES = 10_000


class BlockingConnection:
    """One open client WebSocket; every method blocks the calling thread."""

    def __init__(self, sock: socket.socket, protocol: ClientProtocol, close_timeout: float) -> None:
        self.socket = sock
        self.protocol = protocol
        self.close_timeout = close_timeout
        self._messages: deque[str | bytes] = deque()
        self._assembler = MessageAssembler()
        # Sends may come from another thread than the one receiving: the protocol state is
        # touched under this lock (never held while blocked on the socket's recv).
        self._lock = threading.Lock()

    @property
    def close_code(self) -> int | None:
        """The close code once the connection is closed, else ``None``."""
        if self.protocol.state is not State.CLOSED:
            return None
        return self.protocol.close_code

    @property
    def close_reason(self) -> str | None:
        """The close reason once the connection is closed, else ``None``."""
        if self.protocol.state is not State.CLOSED:
            return None
        return self.protocol.close_reason

    def _flush(self) -> None:
        for data in self.protocol.data_to_send():
            if data:
                self.socket.sendall(data)
            else:  # end of stream: half-close the socket
                with contextlib.suppress(OSError):
                    self.socket.shutdown(socket.SHUT_WR)
        if self.protocol.state is State.CLOSED:
            self._finish()

    def _is_closed(self) -> bool:
        return self.protocol.state is State.CLOSED

    def _finish(self) -> None:
        with contextlib.suppress(OSError):
            self.socket.close()

    def _read(self, deadline: float | None) -> None:
        """Read from the socket once (within ``deadline``) and process what arrived."""
        protocol = self.protocol
        if protocol.state is State.CLOSED:
            raise protocol.close_exc
        if protocol.state is State.CLOSING:  # the server's EOF is due within close_timeout
            closing = time.monotonic() + self.close_timeout
            deadline = closing if deadline is None else min(deadline, closing)
        timeout = None if deadline is None else deadline - time.monotonic()
        if timeout is not None and timeout <= 0:
            if protocol.state is State.CLOSING:
                self.abort()
                raise protocol.close_exc
            raise TimeoutError
        self.socket.settimeout(timeout)
        try:
            data = self.socket.recv(_READ_BYTES)
        except TimeoutError:
            if protocol.state is State.CLOSING:
                self.abort()
                raise protocol.close_exc from None
            raise
        except OSError:
            data = b""
        with self._lock:
            if data:
                protocol.receive_data(data)
            else:
                protocol.receive_eof()
            for event in protocol.events_received():
                if isinstance(event, Frame):
                    self._frame(event)
            try:
                self._flush()
            except OSError:
                self.abort()
            if not data:
                self.abort()
        if not self._messages and self._is_closed():
            self._finish()
            raise protocol.close_exc

    def _frame(self, frame: Frame) -> None:
        message = self._assembler.frame(frame)
        if message is not None:
            self._messages.append(message)

    def recv(self, timeout: float | None = None) -> str | bytes:
        """The next message (``str`` for text frames), waiting at most ``timeout`` seconds.

        Raises:
            TimeoutError: nothing arrived in time (the connection stays usable).
            websockets.exceptions.ConnectionClosed: the connection is closed.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self._messages:
            self._read(deadline)
        return self._messages.popleft()

    def send(self, message: str | bytes, text: bool = True, timeout: float | None = None) -> None:
        """Send one text frame (``bytes`` must be UTF-8), within ``timeout`` seconds.

        Raises:
            TimeoutError: the server did not read in time (the connection is then unusable).
            websockets.exceptions.ConnectionClosed: the connection is closed.
        """
        if self.protocol.state is not State.OPEN:
            raise self.protocol.close_exc
        data = message.encode() if isinstance(message, str) else message
        with self._lock:
            if text:
                self.protocol.send_text(data)
            else:
                self.protocol.send_binary(data)
            self.socket.settimeout(timeout)
            try:
                self._flush()
            except TimeoutError:
                raise
            except OSError:
                self.abort()
                raise self.protocol.close_exc from None

    def close(self, code: int = 1000, reason: str = "") -> None:
        """The closing handshake (at most ``close_timeout`` seconds), then the socket closed.
        Messages that arrive meanwhile stay readable with ``recv`` (at most
        :data:`MAX_LATE_MESSAGES`, the oldest dropped beyond), then it raises
        ``ConnectionClosed``."""
        if self.protocol.state is State.OPEN:
            with self._lock:
                self.protocol.send_close(code, reason)
                self.socket.settimeout(self.close_timeout)
                with contextlib.suppress(OSError, TimeoutError):
                    self._flush()
            deadline = time.monotonic() + self.close_timeout
            with contextlib.suppress(ConnectionClosed, OSError, TimeoutError):
                while not self._is_closed():
                    self._read(deadline)
                    while len(self._messages) > MAX_LATE_MESSAGES:
                        self._messages.popleft()
        self.abort()

    def abort(self) -> None:
        """Close the socket without a closing handshake."""
        if self.protocol.state is not State.CLOSED:
            self.protocol.receive_eof()
            self.protocol.data_to_send()
            self.protocol.state = State.CLOSED
        self._finish()


def connect(
    url: str,
    *,
    additional_headers: dict[str, str],
    user_agent_header: str,
    open_timeout: float,
    close_timeout: float,
    max_size: int | None,
    logger: Any,
) -> BlockingConnection:
    """Open a client WebSocket to ``url`` within ``open_timeout`` seconds.

    Raises:
        websockets.exceptions.InvalidURI, InvalidStatus, InvalidHandshake: as websockets'
            clients do; TimeoutError: not open in time; OSError: no connection.
    """
    uri = parse_uri(url)
    deadline = time.monotonic() + open_timeout
    protocol = ClientProtocol(uri, max_size=max_size, logger=logger)
    sock = socket.create_connection((uri.host, uri.port), timeout=open_timeout)
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        if uri.secure:
            sock = ssl.create_default_context().wrap_socket(sock, server_hostname=uri.host)
        request: Request = protocol.connect()
        request.headers.update(additional_headers)
        request.headers["User-Agent"] = user_agent_header
        protocol.send_request(request)
        connection = BlockingConnection(sock, protocol, close_timeout)
        sock.settimeout(max(deadline - time.monotonic(), 0.001))
        connection._flush()
        response: Response | None = None
        while response is None:
            sock.settimeout(max(deadline - time.monotonic(), 0.001))
            data = sock.recv(_READ_BYTES)
            if data:
                protocol.receive_data(data)
            else:
                protocol.receive_eof()
            for event in protocol.events_received():
                if isinstance(event, Response):
                    response = event
                elif isinstance(event, Frame):
                    connection._frame(event)
            if protocol.handshake_exc is not None:
                raise protocol.handshake_exc
            if response is None and not data:
                raise InvalidHandshake("the server closed the connection during the handshake")
        if protocol.handshake_exc is not None:
            raise protocol.handshake_exc
        return connection
    except BaseException:
        sock.close()
        raise
