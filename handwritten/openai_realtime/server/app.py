"""The Starlette application: REST routes, the ``/v1/realtime`` WebSocket, request ids.

This module is the I/O edge; protocol logic lives in :mod:`.realtime` (events),
:mod:`.sessions` (session objects) and :mod:`.auth` (tokens).

WebSocket handshake (``GET /v1/realtime`` with ``Upgrade: websocket``):

1. the token (``Authorization: Bearer …`` or subprotocol ``openai-insecure-api-key.…``) must
   be a configured API key or a live ``ek_`` secret, else the handshake is refused with an
   HTTP **401** whose body is the OpenAI error JSON (``code`` ``invalid_api_key``);
2. ``OpenAI-Beta: realtime=v1`` is refused with **400**: the beta protocol is retired;
3. with a secret, the session kind and configuration come from the secret; otherwise
   ``?intent=transcription`` opens a transcription session and ``?model=<m>`` a conversation
   session; neither -> **400**; ``?call_id=`` -> **501** (WebRTC/SIP calls are not
   implemented).

Refusals are ASGI *WebSocket denial responses* (``websocket.http.response``), so a client sees
a normal HTTP response with status and body (``websockets`` raises ``InvalidStatus`` carrying
them). Every HTTP response, including a denial, carries ``x-request-id: req_<hex>``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import WebSocketRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketDisconnect

from .auth import AuthOk, authenticate, bearer_token
from .config import ServerConfig
from .errors import error_body
from .observe import notify
from .realtime import OutgoingEventError, RealtimeConnection
from .rest import ApiError, ServerContext, rest_routes
from .sessions import SessionKind

__all__ = ["Accept", "Denial", "RequestIdMiddleware", "create_app", "negotiate"]

logger = logging.getLogger("openai_realtime.server")

REALTIME_SUBPROTOCOL = "realtime"


class RequestIdMiddleware:
    """Pure ASGI middleware: adds ``x-request-id: req_<32 hex>`` to every HTTP response and
    WebSocket denial response, and stores it as ``scope["state"]["request_id"]``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        request_id = "req_" + secrets.token_hex(16)
        scope.setdefault("state", {})["request_id"] = request_id

        async def send_with_id(message: Message) -> None:
            if message["type"] in ("http.response.start", "websocket.http.response.start"):
                MutableHeaders(scope=message).append("x-request-id", request_id)
            await send(message)

        await self.app(scope, receive, send_with_id)


@dataclass(frozen=True, slots=True)
class Accept:
    """Handshake accepted: open a ``kind`` session starting from ``session_config``."""

    kind: SessionKind
    session_config: Mapping[str, Any] = field(default_factory=dict)
    model: str | None = None
    subprotocol: str | None = None


@dataclass(frozen=True, slots=True)
class Denial:
    """Handshake refused with HTTP ``status`` and OpenAI error ``body``."""

    status: int
    body: dict[str, Any]


def negotiate(
    headers: Mapping[str, str],
    query: Mapping[str, str],
    subprotocols: Sequence[str],
    ctx: ServerContext,
) -> Accept | Denial:
    """Decide a WebSocket handshake (see the module docstring). ``headers`` must be
    case-insensitive or lowercase. Pure apart from reading the secret store."""
    auth = authenticate(
        bearer_token(headers, subprotocols), api_keys=ctx.config.api_keys, secrets=ctx.secrets
    )
    if not isinstance(auth, AuthOk):
        return Denial(401, error_body(auth.message, code="invalid_api_key"))
    beta = headers.get("openai-beta", "")
    if "realtime=v1" in beta.replace(" ", "").lower():
        return Denial(
            400,
            error_body(
                "The beta Realtime API (OpenAI-Beta: realtime=v1) is no longer supported. "
                "Connect without the OpenAI-Beta header to use the GA Realtime API.",
                code="beta_api_unsupported",
                param="OpenAI-Beta",
            ),
        )
    subprotocol = REALTIME_SUBPROTOCOL if REALTIME_SUBPROTOCOL in subprotocols else None
    if auth.secret is not None:
        session = auth.secret.session
        kind: SessionKind = (
            "transcription" if session.get("type") == "transcription" else "realtime"
        )
        return Accept(kind, session, None, subprotocol)
    intent = query.get("intent")
    if intent is not None and intent != "transcription":
        return Denial(
            400,
            error_body(
                f"Invalid value for 'intent': '{intent[:100]}'. Supported values are: "
                "'transcription'.",
                code="invalid_value",
                param="intent",
            ),
        )
    if intent == "transcription":
        return Accept("transcription", {}, None, subprotocol)
    if "call_id" in query:
        return Denial(
            501,
            error_body(
                "Joining a WebRTC/SIP call (?call_id=) is not implemented by the local "
                "realtime server.",
                code="not_implemented",
                param="call_id",
                type="server_error",
            ),
        )
    model = query.get("model")
    if not model:
        return Denial(
            400,
            error_body(
                "Missing required parameter: 'model'. Connect to /v1/realtime?model=<model> "
                "for a conversation session or /v1/realtime?intent=transcription for a "
                "transcription session.",
                code="missing_required_parameter",
                param="model",
            ),
        )
    return Accept("realtime", {}, model, subprotocol)


async def _send_events(
    websocket: WebSocket, events: list[dict[str, Any]], delta_delay_s: float, family: str
) -> None:
    for event in events:
        if delta_delay_s and event["type"].endswith(".delta"):
            await asyncio.sleep(delta_delay_s)
        notify("server", family, event)
        await websocket.send_text(json.dumps(event, separators=(",", ":")))


async def realtime_socket(websocket: WebSocket) -> None:
    """``/v1/realtime``: handshake (:func:`negotiate`), then pump messages through a
    :class:`~.realtime.RealtimeConnection` until the client goes away."""
    ctx: ServerContext = websocket.app.state.ctx
    decision = negotiate(
        websocket.headers, websocket.query_params, websocket.scope.get("subprotocols", []), ctx
    )
    if isinstance(decision, Denial):
        await websocket.send_denial_response(
            JSONResponse(decision.body, status_code=decision.status)
        )
        return
    await websocket.accept(subprotocol=decision.subprotocol)
    connection = RealtimeConnection(
        decision.kind, decision.session_config, ctx.config, model=decision.model
    )
    delay = ctx.config.delta_delay_ms / 1000
    client_family, server_family = "ga_client", "ga_server"
    try:
        await _send_events(websocket, connection.open(), delay, server_family)
        while True:
            message = await websocket.receive()
            if message["type"] == "websocket.disconnect":
                return
            if message.get("text") is not None:
                notify("client", client_family, message["text"])
                events = connection.receive_text(message["text"])
            elif message.get("bytes") is not None:
                notify("client", client_family, message["bytes"])
                events = connection.receive_bytes(message["bytes"])
            else:
                continue
            await _send_events(websocket, events, delay, server_family)
    except (WebSocketDisconnect, OSError):
        return  # the client went away, possibly mid-speech or mid-response: nothing to do
    except OutgoingEventError:
        with contextlib.suppress(WebSocketDisconnect, OSError, RuntimeError):
            await websocket.close(code=1011, reason="invalid server event (see server log)")
        raise


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return exc.response()


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code)
    message = f"{request.method} {request.url.path}: {exc.detail}"
    return JSONResponse(error_body(message, code=code), status_code=exc.status_code)


async def _server_error(request: Request, exc: Exception) -> Response:
    logger.error("local server error on %s %s", request.method, request.url.path, exc_info=exc)
    body = error_body(
        "The local realtime server had an internal error (see its log).",
        code="internal_error",
        type="server_error",
    )
    return JSONResponse(body, status_code=500)


def create_app(config: ServerConfig | None = None) -> Starlette:
    """Build the ASGI application of the local realtime server.

    Routes: the REST endpoints of :mod:`.rest` and the WebSocket ``/v1/realtime``. The
    ephemeral secret store lives in ``app.state.ctx`` (a :class:`~.rest.ServerContext`).
    """
    ctx = ServerContext(config or ServerConfig())
    app = Starlette(
        routes=[*rest_routes(), WebSocketRoute("/v1/realtime", realtime_socket)],
        middleware=[Middleware(RequestIdMiddleware)],
        exception_handlers={
            ApiError: _api_error,
            HTTPException: _http_error,
            Exception: _server_error,
        },
    )
    app.state.ctx = ctx
    return app
