"""Running the local server: in a background thread (:class:`LocalRealtimeServer`) or in the
foreground (:func:`serve`, used by ``python -m openai_realtime.server`` and the CLI)."""

from __future__ import annotations

import asyncio
import dataclasses
import ipaddress
import socket
import threading
import time
from typing import TYPE_CHECKING, Any, Final, Self

import uvicorn
from starlette.applications import Starlette
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol

from .app import create_app
from .config import ServerConfig
from .context import ServerContext
from .faults import FaultPlan
from .limits import HEADER_TIMEOUT_S, WS_MAX_FRAME_BYTES
from .transport import ABORT_EXTENSION

if TYPE_CHECKING:
    from .entra import AsyncLocalTokenCredential, LocalTokenCredential

__all__ = ["LocalRealtimeServer", "is_loopback", "serve"]


class _WebSocketProtocol(WebSocketsSansIOProtocol):
    """uvicorn's ``websockets-sansio`` implementation (supports denial responses, no
    deprecation warnings) with two additions:

    * after a denial response it marks the handshake complete, so uvicorn does not log a
      spurious "ASGI callable returned without completing handshake." ERROR for every refused
      connection (uvicorn PR #3138, open at the time of writing; the wsproto implementation
      already does this);
    * the scope extension :data:`ABORT_EXTENSION`: the ASGI message
      ``{"type": "openai_realtime.abort"}`` aborts the TCP connection (no close frame; the
      client sees 1006), for fault injection."""

    def handle_connect(self, event: Any) -> None:
        super().handle_connect(event)
        scope = getattr(self, "scope", None)
        if scope is not None:
            extensions: dict[str, Any] = scope.setdefault("extensions", {})
            extensions[ABORT_EXTENSION] = {}

    async def send(self, message: Any) -> None:
        if message["type"] == ABORT_EXTENSION:
            self.close_sent = True
            self.transport.abort()
            return
        await super().send(message)
        if message["type"] == "websocket.http.response.body" and not message.get("more_body"):
            self.handshake_complete = True


WS_PROTOCOL: Final[type[WebSocketsSansIOProtocol]] = _WebSocketProtocol
"""The uvicorn WebSocket protocol class the server runs with."""

WS_MAX_SIZE: Final = WS_MAX_FRAME_BYTES
"""Largest accepted WebSocket message in bytes (a client event may be 15 MiB)."""


class _HttpProtocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for the request line and headers: a connection
    that has not sent a complete request within :data:`~.limits.HEADER_TIMEOUT_S` seconds of
    opening (or of its previous response) is closed, so slow-header ("slowloris") peers cannot
    hold connections for ever. uvicorn's own ``timeout_keep_alive`` only covers idle time
    between requests."""

    _header_timer: asyncio.TimerHandle | None = None
    _armed_cycle: object = None

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self._arm()

    def _arm(self) -> None:
        self._disarm()
        self._armed_cycle = self.cycle
        self._header_timer = self.loop.call_later(HEADER_TIMEOUT_S, self._header_timeout)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _header_timeout(self) -> None:
        self._header_timer = None
        if self.transport.get_protocol() is not self:
            return  # upgraded to a WebSocket
        if self.cycle is None or self.cycle is self._armed_cycle:
            self.transport.close()

    def handle_events(self) -> None:
        super().handle_events()
        if self._header_timer is not None and self.cycle is not self._armed_cycle:
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)


def is_loopback(host: str) -> bool:
    """``True`` for ``localhost`` and loopback IP literals (127.0.0.0/8, ``::1``)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _check_host(host: str, allow_remote: bool) -> None:
    if not allow_remote and not is_loopback(host):
        raise ValueError(
            f"refusing to listen on non-loopback host {host!r}: the local realtime server is "
            "for tests and accepts a well-known API key. Use 127.0.0.1 (or ::1); from Python, "
            "LocalRealtimeServer(..., allow_remote=True) / serve(..., allow_remote=True) "
            "overrides this if you really mean it"
        )


def _check_port(port: int) -> None:
    if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
        raise ValueError(
            f"port must be a TCP port from 0 to 65535 (0: pick a free one), not {port!r}"
        )


def _uvicorn_config(
    app: Starlette, *, host: str = "127.0.0.1", port: int = 0, log_level: str = "warning"
) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        lifespan="off",
        http=_HttpProtocol,
        ws=WS_PROTOCOL,
        ws_max_size=WS_MAX_SIZE,
        timeout_graceful_shutdown=2,
    )


def serve(
    host: str = "127.0.0.1",
    port: int = 8765,
    config: ServerConfig | None = None,
    *,
    allow_remote: bool = False,
    log_level: str = "info",
) -> None:
    """Run the server in the foreground until interrupted (Ctrl+C / SIGTERM).

    Raises ``ValueError`` for a non-loopback ``host`` unless ``allow_remote``; ``port`` is a
    TCP port (0 picks a free one).
    """
    _check_host(host, allow_remote)
    _check_port(port)
    uvicorn.Server(
        _uvicorn_config(create_app(config), host=host, port=port, log_level=log_level)
    ).run()


class LocalRealtimeServer:
    """The local realtime server on a background thread with its own event loop.

    Usage::

        with LocalRealtimeServer() as srv:          # or: async with LocalRealtimeServer()
            client = OpenAI(base_url=srv.base_url, api_key="sk-local-test")

    Args:
        config: server settings (default :class:`ServerConfig`: key ``sk-local-test``).
        host: interface to bind; loopback only unless ``allow_remote``.
        port: TCP port; 0 (default) picks a free one, see :attr:`port` after :meth:`start`.
        startup_timeout: seconds :meth:`start` waits for uvicorn before raising.
        session_max_s: maximum duration of a WebSocket session in seconds, overriding
            ``config.session_ttl_s``: when it has elapsed the server sends what OpenAI sends (an
            ``error`` event, code ``session_expired``, "Your session hit the maximum duration
            of …") and closes with 1001.
    """

    def __init__(
        self,
        config: ServerConfig | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        allow_remote: bool = False,
        startup_timeout: float = 10.0,
        session_max_s: float | None = None,
    ) -> None:
        _check_host(host, allow_remote)
        _check_port(port)
        self.config = config or ServerConfig()
        if session_max_s is not None:
            self.config = dataclasses.replace(self.config, session_ttl_s=session_max_s)
        self.app = create_app(self.config)
        self.host = host
        self._requested_port = port
        self._port: int | None = None
        self._startup_timeout = startup_timeout
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The bound TCP port; ``RuntimeError`` before :meth:`start`."""
        if self._port is None:
            raise RuntimeError("the local realtime server is not running; call start() first")
        return self._port

    @property
    def _authority(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """REST base URL, e.g. ``http://127.0.0.1:54321/v1``."""
        return f"http://{self._authority}/v1"

    @property
    def ws_url(self) -> str:
        """WebSocket URL without query, e.g. ``ws://127.0.0.1:54321/v1/realtime``."""
        return f"ws://{self._authority}/v1/realtime"

    @property
    def azure_endpoint(self) -> str:
        """Azure OpenAI endpoint of this server, e.g. ``http://127.0.0.1:54321`` (the client
        appends ``/openai/v1`` for GA or ``/openai/realtime…`` for the preview protocol)."""
        return f"http://{self._authority}"

    @property
    def context(self) -> ServerContext:
        """The shared state of the running app (secrets, calls, Entra key, faults)."""
        ctx: ServerContext = self.app.state.ctx
        return ctx

    def set_faults(self, plan: FaultPlan | None) -> None:
        """Apply ``plan`` to WebSocket connections opened from now on (``None``: no faults).
        Connections already open (a handshake the server has answered, even if the client has
        not seen ``session.created`` yet) keep the plan they started with. Thread-safe."""
        self.context.faults = plan

    def set_script(self, script: Any) -> None:
        """Use ``script`` (a :class:`~.script.Script` or its plain data, validated now:
        ``ScriptError``; ``None``: the default answers) for connections opened from now on."""
        from .script import Script

        self.context.script = Script.from_data(script) if script is not None else None

    def token_credential(
        self, *, lifetime_s: float = 3600.0, tenant_id: str = "local-tenant"
    ) -> LocalTokenCredential:
        """A sync azure-core credential whose Entra ID tokens this server accepts on its Azure
        paths (:mod:`.entra`). Tokens live ``lifetime_s`` seconds of ``config.clock``; with
        azure-identity's ``get_bearer_token_provider``, ``lifetime_s <= 239`` (e.g. 200) means
        a fresh token for every request and handshake. Needs azure-core."""
        from .entra import LocalTokenCredential

        return LocalTokenCredential(
            self.context.entra_key,
            lifetime_s=lifetime_s,
            clock=self.config.clock,
            tenant_id=tenant_id,
        )

    def async_token_credential(
        self, *, lifetime_s: float = 3600.0, tenant_id: str = "local-tenant"
    ) -> AsyncLocalTokenCredential:
        """The async twin of :meth:`token_credential` (an ``AsyncTokenCredential``)."""
        from .entra import AsyncLocalTokenCredential

        return AsyncLocalTokenCredential(
            self.context.entra_key,
            lifetime_s=lifetime_s,
            clock=self.config.clock,
            tenant_id=tenant_id,
        )

    @property
    def entra_token_uses(self) -> tuple[int, ...]:
        """Counters (``n`` claim: 1 for a credential's first token) of the Entra tokens the
        server accepted, in order; equal values mean a token was reused."""
        return self.context.token_uses

    def simulate_incoming_call(
        self,
        *,
        from_uri: str = "sip:+15555550100@example.com",
        to_uri: str = "sip:agent@example.com",
    ) -> str:
        """Create a ringing SIP call (what OpenAI announces with a ``realtime.call.incoming``
        webhook) and return its id (``rtc_…``), to ``accept``/``reject`` over REST."""
        return self.context.calls.incoming_sip(from_uri=from_uri, to_uri=to_uri).id

    @property
    def running(self) -> bool:
        """``True`` while the server thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> Self:
        """Bind the socket, start uvicorn in a thread and wait until it serves.

        Raises ``RuntimeError`` if already running, or if uvicorn does not report started
        within ``startup_timeout`` seconds (the thread is then stopped); ``OSError`` if the
        port cannot be bound.
        """
        if self._thread is not None:
            raise RuntimeError("the local realtime server is already running")
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # IPPROTO_TCP (not 0): asyncio sets TCP_NODELAY only on sockets it recognises as TCP;
        # without it every response after the first on a kept-alive connection waits ~40 ms
        # (Nagle + delayed ACK).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self._requested_port))
        except OSError:
            sock.close()
            raise
        server = uvicorn.Server(_uvicorn_config(self.app))
        thread = threading.Thread(
            target=server.run,
            kwargs={"sockets": [sock]},
            name="openai-realtime-local-server",
            daemon=True,
        )
        self._server, self._thread = server, thread
        self._port = int(sock.getsockname()[1])
        thread.start()
        deadline = time.monotonic() + self._startup_timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                alive = thread.is_alive()
                self.stop()
                sock.close()
                reason = (
                    f"did not start within {self._startup_timeout} s"
                    if alive
                    else "exited during startup (see the log)"
                )
                raise RuntimeError(f"the local realtime server {reason}")
            time.sleep(0.005)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Shut down (closing open WebSockets with code 1012) and join the thread.

        Idempotent. Raises ``RuntimeError`` if the thread does not end within ``timeout``
        seconds even after a forced exit.
        """
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.should_exit = True
        thread.join(timeout)
        if thread.is_alive():
            server.force_exit = True
            thread.join(timeout)
        if thread.is_alive():
            raise RuntimeError("the local realtime server thread did not stop")
        self._server = self._thread = None
        self._port = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    async def __aenter__(self) -> Self:
        return await asyncio.to_thread(self.start)

    async def __aexit__(self, *exc_info: object) -> None:
        await asyncio.to_thread(self.stop)

    def __repr__(self) -> str:
        where = f"{self.host}:{self._port}" if self._port is not None else "not started"
        return f"LocalRealtimeServer({where})"
