"""REST routes of the local server (paths under ``/v1``).

* ``POST /v1/realtime/client_secrets`` (GA): ``RealtimeCreateClientSecretRequest`` ->
  ``RealtimeCreateClientSecretResponse`` with an ``ek_…`` secret and the effective session.
* ``POST /v1/realtime/sessions`` (pre-GA): ``RealtimeSessionCreateRequest`` ->
  ``RealtimeSessionCreateResponse`` (beta shape, with ``client_secret``).
* ``POST /v1/realtime/transcription_sessions`` (pre-GA):
  ``RealtimeTranscriptionSessionCreateRequest`` -> ``RealtimeTranscriptionSessionCreateResponse``.
* WebRTC/SIP call control and translation secrets: 501 with an OpenAI-shaped error.

Every route authenticates first (401), then validates the JSON body against the operation's
request schema (400 with ``param`` = JSON path of the bad field). Secrets minted here open the
WebSocket (``Authorization: Bearer ek_…``) and carry their session configuration to it.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Final

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from . import spec
from .auth import AuthOk, SecretStore, authenticate, bearer_token
from .config import ServerConfig
from .errors import error_body
from .ids import new_id
from .realtime import validate_outgoing
from .sessions import (
    BetaFormatError,
    beta_session_response,
    beta_session_to_ga,
    beta_transcription_response,
    beta_transcription_to_ga,
    full_session,
)

__all__ = ["ApiError", "ServerContext", "authorize_request", "rest_routes"]

logger = logging.getLogger("openai_realtime.server")

DEFAULT_SECRET_TTL_S: Final = 600
"""Lifetime of a GA client secret when ``expires_after.seconds`` is not given."""

BETA_SECRET_TTL_S: Final = 60
"""Lifetime of a ``client_secret`` from the pre-GA endpoints (one minute, as OpenAI's)."""


class ServerContext:
    """What the routes share: the configuration and the ephemeral secret store."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.secrets = SecretStore(config.clock)


class ApiError(Exception):
    """An error answered as ``{"error": {...}}`` with HTTP ``status_code``."""

    def __init__(
        self,
        status_code: int,
        message: str,
        *,
        code: str | None,
        param: str | None = None,
        type: str = "invalid_request_error",
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = error_body(message, code=code, param=param, type=type)

    def response(self) -> JSONResponse:
        """The JSON response for this error."""
        return JSONResponse(self.body, status_code=self.status_code)


def _context(request: Request) -> ServerContext:
    ctx: ServerContext = request.app.state.ctx
    return ctx


def authorize_request(request: Request, *, allow_secret: bool = False) -> AuthOk:
    """Authenticate a REST request; raises :class:`ApiError` 401 (``invalid_api_key``).

    Ephemeral secrets are refused unless ``allow_secret`` (OpenAI accepts them only where a
    browser needs them, e.g. the WebRTC SDP exchange)."""
    ctx = _context(request)
    result = authenticate(
        bearer_token(request.headers), api_keys=ctx.config.api_keys, secrets=ctx.secrets
    )
    if not isinstance(result, AuthOk):
        raise ApiError(401, result.message, code="invalid_api_key")
    if result.secret is not None and not allow_secret:
        # Ephemeral secrets open a WebSocket; they do not authorise REST calls.
        raise ApiError(
            401,
            "Ephemeral client secrets cannot be used for this endpoint; use an API key.",
            code="invalid_api_key",
        )
    return result


async def _json_body(request: Request, schema_name: str) -> Any:
    """The request's JSON body, checked against the client-input copy of ``schema_name``."""
    raw = await request.body()
    try:
        body = json.loads(raw)
    except ValueError:
        raise ApiError(
            400,
            "We could not parse the JSON body of your request. (HINT: This likely means you "
            "aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, "
            "but what was sent was not valid JSON.)",
            code="invalid_json",
        ) from None
    issue = spec.find_issue(schema_name, body, relaxed=True)
    if issue is not None:
        raise ApiError(400, issue.message, code=issue.code, param=issue.param)
    return body


def _respond(ctx: ServerContext, schema_name: str, payload: dict[str, Any]) -> JSONResponse:
    if ctx.config.validate_outgoing:
        validate_outgoing(schema_name, payload)
    return JSONResponse(payload)


async def create_client_secret(request: Request) -> JSONResponse:
    """``POST /v1/realtime/client_secrets``: mint an ``ek_…`` secret for a GA session.

    The secret lives ``expires_after.seconds`` (10-7200, default 600) from now. Without a
    ``session`` the secret is for a realtime session with the default model. The response's
    ``session`` is the full effective configuration; its ``expires_at`` is 0, as OpenAI's,
    because the session only starts when a WebSocket opens with the secret.
    """
    authorize_request(request)
    ctx = _context(request)
    body = await _json_body(request, "RealtimeCreateClientSecretRequest")
    ttl = int((body.get("expires_after") or {}).get("seconds", DEFAULT_SECRET_TTL_S))
    session_config = dict(body.get("session") or {"type": "realtime"})
    if session_config["type"] == "realtime":
        session_config.setdefault("model", ctx.config.default_model)
    secret = ctx.secrets.mint(session_config, ttl)
    session = full_session(
        session_config,
        session_id=new_id("sess"),
        expires_at=0,
        default_model=ctx.config.default_model,
    )
    payload = {"value": secret.value, "expires_at": secret.expires_at, "session": session}
    return _respond(ctx, "RealtimeCreateClientSecretResponse", payload)


async def create_session(request: Request) -> JSONResponse:
    """``POST /v1/realtime/sessions`` (pre-GA): a realtime session and its client secret.

    Validated against ``RealtimeSessionCreateRequest`` *without* its ``required:
    [client_secret]`` (a spec defect; see ``spec.RELAXED_REQUIRED``). The beta settings are
    translated to a GA configuration, which the returned ``client_secret`` (valid 60 s)
    carries to the WebSocket.
    """
    authorize_request(request)
    ctx = _context(request)
    body = await _json_body(request, "RealtimeSessionCreateRequest")
    try:
        ga = beta_session_to_ga(body)
    except BetaFormatError as exc:
        raise ApiError(400, str(exc), code="invalid_value", param=exc.param) from None
    ga.setdefault("model", ctx.config.default_model)
    now = int(ctx.config.clock())
    secret = ctx.secrets.mint(ga, BETA_SECRET_TTL_S)
    session = full_session(
        ga,
        session_id=new_id("sess"),
        expires_at=now + ctx.config.session_ttl_s,
        default_model=ctx.config.default_model,
    )
    payload = beta_session_response(
        session, secret_value=secret.value, secret_expires_at=secret.expires_at
    )
    return _respond(ctx, "RealtimeSessionCreateResponse", payload)


async def create_transcription_session(request: Request) -> JSONResponse:
    """``POST /v1/realtime/transcription_sessions`` (pre-GA): a transcription session and its
    client secret (valid 60 s; opens a GA transcription WebSocket)."""
    authorize_request(request)
    ctx = _context(request)
    body = await _json_body(request, "RealtimeTranscriptionSessionCreateRequest")
    try:
        ga = beta_transcription_to_ga(body)
    except BetaFormatError as exc:
        raise ApiError(400, str(exc), code="invalid_value", param=exc.param) from None
    now = int(ctx.config.clock())
    secret = ctx.secrets.mint(ga, BETA_SECRET_TTL_S)
    session = full_session(
        ga,
        session_id=new_id("sess"),
        expires_at=now + ctx.config.session_ttl_s,
        default_model=ctx.config.default_model,
    )
    payload = beta_transcription_response(
        session, secret_value=secret.value, secret_expires_at=secret.expires_at
    )
    return _respond(ctx, "RealtimeTranscriptionSessionCreateResponse", payload)


async def not_implemented(request: Request) -> JSONResponse:
    """WebRTC/SIP call control and translation secrets: 501 (after authentication)."""
    authorize_request(request, allow_secret=request.url.path == "/v1/realtime/calls")
    raise ApiError(
        501,
        f"POST {request.url.path} is not implemented by the local realtime server.",
        code="not_implemented",
        type="server_error",
    )


Handler = Callable[[Request], Awaitable[JSONResponse]]


def _guarded(handler: Handler) -> Handler:
    """Turn an unexpected exception into a logged OpenAI-shaped 500 inside the app (so the
    response still passes through the request-id middleware)."""

    @functools.wraps(handler)
    async def wrapper(request: Request) -> JSONResponse:
        try:
            return await handler(request)
        except ApiError:
            raise
        except Exception:
            logger.exception("local server error on %s %s", request.method, request.url.path)
            raise ApiError(
                500,
                "The local realtime server had an internal error (see its log).",
                code="internal_error",
                type="server_error",
            ) from None

    return wrapper


def rest_routes() -> list[Route]:
    """The REST routes, with full ``/v1/...`` paths."""
    post = ["POST"]
    return [
        Route("/v1/realtime/client_secrets", _guarded(create_client_secret), methods=post),
        Route("/v1/realtime/sessions", _guarded(create_session), methods=post),
        Route(
            "/v1/realtime/transcription_sessions",
            _guarded(create_transcription_session),
            methods=post,
        ),
        Route("/v1/realtime/calls", _guarded(not_implemented), methods=post),
        Route("/v1/realtime/calls/{call_id}/{action}", _guarded(not_implemented), methods=post),
        Route("/v1/realtime/translations/client_secrets", _guarded(not_implemented), methods=post),
    ]
