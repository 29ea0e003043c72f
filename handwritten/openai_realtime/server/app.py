"""The Starlette application: REST routes, the WebSocket endpoints, request ids.

This module is the I/O edge for handshakes; protocol logic lives in the state machines
(:mod:`.realtime`, :mod:`.beta`, :mod:`.translation`), :mod:`.transport` moves their events,
:mod:`.realms` holds the per-surface rules (api-version, credentials), :mod:`.rest` the REST
operations.

WebSocket endpoints:

| path | realm | events |
| --- | --- | --- |
| ``/v1/realtime?model=…`` / ``?intent=transcription`` / ``?call_id=rtc_…`` | openai | GA |
| ``/v1/realtime/translations?model=gpt-realtime-translate`` | openai | translation |
| ``/openai/v1/realtime?model=<deployment>`` / ``?intent=transcription`` / ``?call_id=`` | azure | GA |
| ``/openai/realtime?api-version=<v>&deployment=<d>`` / ``&intent=transcription`` | azure_preview | beta |

Handshake (:func:`negotiate`):

1. the realm's api-version rule (Azure GA + ``api-version`` -> **401**; preview without it
   -> **404**, with an unsupported one -> **400**);
2. credentials (:func:`~.realms.authorize`) -> **401** with the OpenAI error JSON;
3. ``OpenAI-Beta: realtime=v1`` on a GA path -> **400**: the beta protocol is retired there;
4. with an ephemeral secret, the session kind and configuration come from the secret (a
   translation secret opens only the translation socket and vice versa: **400**); otherwise
   ``?intent=transcription`` opens a transcription session, ``?call_id=`` joins an active
   call (unknown or ended -> **404**, not accepted yet -> **400**), ``?model=`` (preview:
   ``&deployment=``) a conversation session; none of them -> **400**.

Refusals are ASGI *WebSocket denial responses* (``websocket.http.response``), so a client sees
a normal HTTP response with status and body (``websockets`` raises ``InvalidStatus`` carrying
them). Every HTTP response, including a denial, carries ``x-request-id: req_<hex>``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from starlette.applications import Starlette
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import WebSocketRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from starlette.websockets import WebSocket

from .asr import shared_recognizer
from .auth import AuthOk
from .beta import BetaConnection
from .calls import CallError
from .catalog import DEPLOYMENT_NOT_FOUND, deployment_known
from .config import ServerConfig
from .context import ServerContext
from .errors import error_object
from .realms import Realm, Refusal, authorize, check_api_version
from .realtime import RealtimeConnection
from .rest import ApiError, rest_routes
from .sessions import SessionKind
from .translation import DEFAULT_TRANSLATION_MODEL, TranslationConnection
from .transport import EventSession, SocketPump, scope_abort

__all__ = ["Accept", "Denial", "RequestIdMiddleware", "create_app", "negotiate"]

logger = logging.getLogger("openai_realtime.server")

REALTIME_SUBPROTOCOL = "realtime"

Dialect = Literal["ga", "beta", "translation"]


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
    """Handshake accepted: open a ``kind`` session starting from ``session_config``, speaking
    ``dialect`` (GA events, beta events, or the translation family). ``kind`` is
    ``"translation"`` for a translation socket; ``call_id`` names a joined call."""

    kind: SessionKind | Literal["translation"]
    session_config: Mapping[str, Any] = field(default_factory=dict)
    model: str | None = None
    subprotocol: str | None = None
    dialect: Dialect = "ga"
    call_id: str | None = None


@dataclass(frozen=True, slots=True)
class Denial:
    """Handshake refused with HTTP ``status`` and OpenAI error ``body``."""

    status: int
    body: dict[str, Any]


def _deny(status: int, message: str, code: str, param: str | None = None) -> Denial:
    return Denial(status, {"error": error_object(message, code=code, param=param)})


def _from_secret(
    auth: AuthOk, translation: bool, subprotocol: str | None, dialect: Dialect
) -> Accept | Denial:
    assert auth.secret is not None
    session = auth.secret.session
    kind = session.get("type")
    if translation != (kind == "translation"):
        where = "/v1/realtime/translations" if kind == "translation" else "/realtime"
        return _deny(
            400,
            f"This client secret is for a {kind} session; open it on {where}.",
            "invalid_client_secret",
        )
    if translation:
        return Accept("translation", session, None, subprotocol, "translation")
    return Accept(
        "transcription" if kind == "transcription" else "realtime",
        session,
        None,
        subprotocol,
        dialect,
    )


def negotiate(
    headers: Mapping[str, str],
    query: Mapping[str, str],
    subprotocols: Sequence[str],
    ctx: ServerContext,
    *,
    realm: Realm = "openai",
    translation: bool = False,
) -> Accept | Denial:
    """Decide a WebSocket handshake (see the module docstring). ``headers`` must be
    case-insensitive or lowercase. Pure apart from reading the secret store and calls."""
    refusal = check_api_version(realm, query)
    if refusal is not None:
        return Denial(refusal.status, refusal.body())
    auth = authorize(ctx, realm, headers, subprotocols)
    if isinstance(auth, Refusal):
        return Denial(auth.status, auth.body())
    beta = headers.get("openai-beta", "")
    if realm != "azure_preview" and "realtime=v1" in beta.replace(" ", "").lower():
        return _deny(
            400,
            "The beta Realtime API (OpenAI-Beta: realtime=v1) is no longer supported. "
            "Connect without the OpenAI-Beta header to use the GA Realtime API.",
            "beta_api_unsupported",
            "OpenAI-Beta",
        )
    subprotocol = REALTIME_SUBPROTOCOL if REALTIME_SUBPROTOCOL in subprotocols else None
    dialect: Dialect = "beta" if realm == "azure_preview" else "ga"
    if auth.secret is not None:
        return _from_secret(auth, translation, subprotocol, dialect)
    if translation:
        model = query.get("model") or DEFAULT_TRANSLATION_MODEL
        return Accept("translation", {}, model, subprotocol, "translation")
    intent = query.get("intent")
    if intent is not None and intent != "transcription":
        return _deny(
            400,
            f"Invalid value for 'intent': '{intent[:100]}'. Supported values are: 'transcription'.",
            "invalid_value",
            "intent",
        )
    if intent == "transcription":
        return Accept("transcription", {}, None, subprotocol, dialect)
    if "call_id" in query:
        return _join_call(ctx, query["call_id"], realm, subprotocol)
    if realm == "azure_preview":
        deployment = query.get("deployment")
        if not deployment:
            return _deny(
                400,
                "Missing required parameter: 'deployment'. Connect to "
                "/openai/realtime?api-version=<v>&deployment=<deployment> (or "
                "&intent=transcription).",
                "missing_required_parameter",
                "deployment",
            )
        if not deployment_known(deployment, ctx.config.azure_deployments):
            return _deny(404, DEPLOYMENT_NOT_FOUND, "DeploymentNotFound")
        return Accept("realtime", {}, deployment, subprotocol, "beta")
    conversation_model = query.get("model")
    if not conversation_model:
        where = "/openai/v1/realtime" if realm == "azure" else "/v1/realtime"
        return _deny(
            400,
            f"Missing required parameter: 'model'. Connect to {where}?model=<model> for a "
            f"conversation session or {where}?intent=transcription for a transcription "
            "session.",
            "missing_required_parameter",
            "model",
        )
    if realm == "azure" and not deployment_known(conversation_model, ctx.config.azure_deployments):
        return _deny(404, DEPLOYMENT_NOT_FOUND, "DeploymentNotFound")
    return Accept("realtime", {}, conversation_model, subprotocol, dialect)


def _join_call(
    ctx: ServerContext, call_id: str, realm: Realm, subprotocol: str | None
) -> Accept | Denial:
    if realm == "azure_preview":
        return _deny(
            400,
            "Joining a call (call_id) needs the GA protocol: connect to /openai/v1/realtime.",
            "invalid_value",
            "call_id",
        )
    try:
        call = ctx.calls.get(call_id)
    except CallError as exc:
        return _deny(exc.status, exc.message, exc.code, "call_id")
    if call.state in ("ended", "rejected"):
        return _deny(404, f"Call with id '{call.id}' has ended.", "call_not_found", "call_id")
    if call.state != "active":
        return _deny(
            400,
            f"Call '{call.id}' has not been accepted yet; accept it first.",
            "call_not_active",
            "call_id",
        )
    return Accept("realtime", call.session, None, subprotocol, "ga", call.id)


def _realm_config(config: ServerConfig, realm: Realm) -> ServerConfig:
    """Transcription models are checked on the OpenAI surface only (:mod:`.catalog`)."""
    if realm == "openai":
        return config
    return dataclasses.replace(config, transcription_models=None)


def _session_for(decision: Accept, config: ServerConfig, ctx: ServerContext) -> EventSession:
    if decision.kind == "translation":
        return TranslationConnection(decision.session_config, config, model=decision.model)
    ga = RealtimeConnection(
        decision.kind,
        decision.session_config,
        config,
        model=decision.model,
        output_audio_buffer=decision.call_id is not None,
        recognizer=shared_recognizer() if config.recognize_speech else None,
        script=ctx.script,
    )
    return BetaConnection(ga, config) if decision.dialect == "beta" else ga


class SocketEndpoint:
    """ASGI app of one WebSocket path (``realm``; ``translation`` for the translation
    socket): handshake with :func:`negotiate`, then a :class:`~.transport.SocketPump`."""

    def __init__(self, realm: Realm, *, translation: bool = False) -> None:
        self.realm: Realm = realm
        self.translation = translation

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        websocket = WebSocket(scope, receive, send)
        ctx: ServerContext = websocket.app.state.ctx
        decision = negotiate(
            websocket.headers,
            websocket.query_params,
            scope.get("subprotocols", []),
            ctx,
            realm=self.realm,
            translation=self.translation,
        )
        if isinstance(decision, Denial):
            await websocket.send_denial_response(
                JSONResponse(decision.body, status_code=decision.status)
            )
            return
        # The plan is fixed when the handshake is decided: a set_faults() once the client holds
        # the open socket does not change this connection.
        faults = ctx.faults
        ended: asyncio.Event | None = None
        unregister = None
        if decision.call_id is not None:
            ended = asyncio.Event()
            unregister = ctx.calls.get(decision.call_id).on_end(ended.set)
        try:
            await websocket.accept(subprotocol=decision.subprotocol)
            pump = SocketPump(
                websocket,
                _session_for(decision, _realm_config(ctx.config, self.realm), ctx),
                config=ctx.config,
                faults=faults,
                abort=scope_abort(scope, send),
                ended=ended,
            )
            await pump.run()
        finally:
            if unregister is not None:
                unregister()


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return exc.response()


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code)
    message = f"{request.method} {request.url.path}: {exc.detail}"
    return JSONResponse(
        {"error": error_object(message, code=code)},
        status_code=exc.status_code,
        headers=exc.headers,
    )


async def _server_error(request: Request, exc: Exception) -> Response:
    logger.error("local server error on %s %s", request.method, request.url.path, exc_info=exc)
    body = {
        "error": error_object(
            "The local realtime server had an internal error (see its log).",
            code="internal_error",
            type="server_error",
        )
    }
    return JSONResponse(body, status_code=500)


def create_app(config: ServerConfig | None = None) -> Starlette:
    """Build the ASGI application of the local realtime server.

    Routes: the REST endpoints of :mod:`.rest` and the WebSocket endpoints (module
    docstring). Shared state (secrets, calls, the Entra key, the live fault plan) lives in
    ``app.state.ctx`` (a :class:`~.context.ServerContext`).
    """
    ctx = ServerContext(config or ServerConfig())
    sockets = [
        WebSocketRoute("/v1/realtime", SocketEndpoint("openai")),
        WebSocketRoute("/v1/realtime/translations", SocketEndpoint("openai", translation=True)),
        WebSocketRoute("/openai/v1/realtime", SocketEndpoint("azure")),
        WebSocketRoute("/openai/realtime", SocketEndpoint("azure_preview")),
    ]
    app = Starlette(
        routes=[*rest_routes(), *sockets],
        middleware=[Middleware(RequestIdMiddleware)],
        exception_handlers={
            ApiError: _api_error,
            HTTPException: _http_error,
            Exception: _server_error,
        },
    )
    app.state.ctx = ctx
    recognizer = shared_recognizer() if ctx.config.recognize_speech else None
    if recognizer is not None:
        recognizer.warm()  # start the worker processes now, not at the first speech turn
    return app
