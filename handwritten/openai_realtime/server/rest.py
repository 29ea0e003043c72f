"""REST routes of the local server, on the OpenAI paths and the Azure OpenAI paths.

| operation | OpenAI (``realm`` openai) | Azure GA (azure) | Azure preview (azure_preview) |
| --- | --- | --- | --- |
| GA client secret | ``POST /v1/realtime/client_secrets`` | ``POST /openai/v1/realtime/client_secrets`` | - |
| pre-GA session | ``POST /v1/realtime/sessions`` | ``POST /openai/v1/realtime/sessions`` | ``POST /openai/realtimeapi/sessions?api-version=`` |
| pre-GA transcription session | ``POST /v1/realtime/transcription_sessions`` | ``POST /openai/v1/realtime/transcription_sessions`` | ``POST /openai/realtimeapi/transcription_sessions?api-version=`` |
| WebRTC call | ``POST /v1/realtime/calls`` | ``POST /openai/v1/realtime/calls`` | - |
| call control | ``POST /v1/realtime/calls/{id}/accept`` (``hangup``, ``refer``, ``reject``) | ``POST /openai/v1/realtime/calls/{id}/…`` | - |
| translation client secret | ``POST /v1/realtime/translations/client_secrets`` | - (Azure has no translation) | - |

Every route first applies its realm's api-version rule and authenticates (:mod:`.realms`:
401, or 404/400 for a preview api-version), then validates the body against the operation's
request schema (400 with ``param`` = JSON path of the bad field). Errors are OpenAI-shaped
(``{"error": {"message", "type", "param", "code"}}``). Secrets minted here open the
WebSocket (``Authorization: Bearer ek_…``) and carry their session configuration to it:
realtime/transcription secrets on ``/realtime`` (any realm), translation secrets on
``/v1/realtime/translations``. Ephemeral secrets authorise only the WebSocket and
``POST …/realtime/calls`` (as a browser would use them), not the other operations.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable, Mapping
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any, Final

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import spec
from .auth import AuthOk
from .calls import CallError, check_offer, sdp_answer
from .catalog import (
    DEPLOYMENT_NOT_FOUND,
    TRANSCRIPTION_MODEL_PARAM,
    deployment_known,
    unknown_transcription_model,
)
from .context import ServerContext
from .errors import error_object
from .ids import new_id
from .limits import (
    BODY_TIMEOUT_S,
    MAX_REQUEST_BODY_BYTES,
    OFFLOAD_BYTES,
    find_cap_violation,
    loads_strict,
)
from .outgoing import validate_outgoing
from .realms import Realm, Refusal, authorize, check_api_version
from .sessions import (
    BetaFormatError,
    beta_session_response,
    beta_session_to_ga,
    beta_transcription_response,
    beta_transcription_to_ga,
    full_session,
)
from .translation import DEFAULT_TRANSLATION_MODEL, translation_session

__all__ = ["ApiError", "ServerContext", "rest_routes"]

logger = logging.getLogger("openai_realtime.server")

DEFAULT_SECRET_TTL_S: Final = 600
"""Lifetime of a GA client secret when ``expires_after.seconds`` is not given."""

BETA_SECRET_TTL_S: Final = 60
"""Lifetime of a ``client_secret`` from the pre-GA endpoints (one minute, as OpenAI's)."""

REST_PREFIXES: Final[dict[Realm, str]] = {"openai": "/v1", "azure": "/openai/v1"}
"""Path prefix of the GA-shaped REST routes per realm."""


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
        self.body = {"error": error_object(message, code=code, param=param, type=type)}

    @classmethod
    def from_refusal(cls, refusal: Refusal) -> ApiError:
        """The error for a :class:`~.realms.Refusal`."""
        return cls(refusal.status, refusal.message, code=refusal.code, param=refusal.param)

    def response(self) -> JSONResponse:
        """The JSON response for this error."""
        return JSONResponse(self.body, status_code=self.status_code)


def _parse_json(raw: bytes, schema_name: str, *, optional: bool = False) -> Any:
    """``raw`` as strict JSON (:func:`~.limits.loads_strict`) within the list bounds of
    :mod:`.limits`, checked against the client-input copy of ``schema_name``; an empty body is
    ``{}`` when ``optional``."""
    if optional and not raw.strip():
        return {}
    try:
        body = loads_strict(raw)
    except ValueError as exc:
        raise ApiError(
            400,
            "We could not parse the JSON body of your request. (HINT: This likely means you "
            "aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, "
            f"but what was sent was not valid JSON: {exc}.)",
            code="invalid_json",
        ) from None
    too_long = find_cap_violation(body)
    if too_long is not None:
        raise ApiError(400, too_long[1], code="invalid_value", param=too_long[0])
    issue = spec.find_issue(schema_name, body, relaxed=True)
    if issue is not None:
        raise ApiError(400, issue.message, code=issue.code, param=issue.param)
    return body


async def _read_body(request: Request) -> bytes:
    """The request body, at most :data:`~.limits.MAX_REQUEST_BODY_BYTES` (413 past it, before
    reading further) and within :data:`~.limits.BODY_TIMEOUT_S` seconds (408)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_REQUEST_BODY_BYTES:
        raise _too_large(int(declared))
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(BODY_TIMEOUT_S):
            async for chunk in request.stream():
                size += len(chunk)
                if size > MAX_REQUEST_BODY_BYTES:
                    raise _too_large(size)
                chunks.append(chunk)
    except TimeoutError:
        raise ApiError(
            408,
            f"The request body did not arrive within {BODY_TIMEOUT_S:g} s.",
            code="request_timeout",
        ) from None
    return b"".join(chunks)


def _too_large(size: int) -> ApiError:
    return ApiError(
        413,
        f"The request body is {size} bytes or more; at most {MAX_REQUEST_BODY_BYTES} bytes "
        "are accepted.",
        code="request_too_large",
    )


async def _json_body(request: Request, schema_name: str, *, optional: bool = False) -> Any:
    raw = await _read_body(request)
    if len(raw) >= OFFLOAD_BYTES:  # large: parse and validate off the event loop
        return await asyncio.to_thread(_parse_json, raw, schema_name, optional=optional)
    return _parse_json(raw, schema_name, optional=optional)


def _respond(ctx: ServerContext, schema_name: str, payload: dict[str, Any]) -> JSONResponse:
    if ctx.config.validate_outgoing:
        validate_outgoing(schema_name, payload)
    return JSONResponse(payload)


def _beta_error(exc: BetaFormatError) -> ApiError:
    return ApiError(400, str(exc), code="invalid_value", param=exc.param)


# --- client secrets and sessions ------------------------------------------------------------


def _check_deployment(ctx: ServerContext, realm: Realm, model: str) -> None:
    """On the Azure surfaces a session's model is a deployment name: an unknown one is Azure's
    404 ``DeploymentNotFound`` (:mod:`.catalog`)."""
    if realm != "openai" and not deployment_known(model, ctx.config.azure_deployments):
        raise ApiError(404, DEPLOYMENT_NOT_FOUND, code="DeploymentNotFound")


def _check_transcription_model(
    ctx: ServerContext, realm: Realm, session: Mapping[str, Any], *, beta: bool = False
) -> None:
    """An input transcription model OpenAI does not offer: 400 ``invalid_value`` (OpenAI
    surface only, see :mod:`.catalog`)."""
    if realm != "openai":
        return
    message = unknown_transcription_model(session, ctx.config.transcription_models)
    if message is not None:
        param = "input_audio_transcription.model" if beta else TRANSCRIPTION_MODEL_PARAM
        raise ApiError(400, message, code="invalid_value", param=param)


async def create_client_secret(
    request: Request, ctx: ServerContext, auth: AuthOk, realm: Realm
) -> Response:
    """``POST …/realtime/client_secrets``: mint an ``ek_…`` secret for a GA session.

    The secret lives ``expires_after.seconds`` (10-7200, default 600) from now. Without a
    ``session`` the secret is for a realtime session with the default model. The response's
    ``session`` is the full effective configuration; its ``expires_at`` is 0, as OpenAI's,
    because the session only starts when a WebSocket opens with the secret.
    """
    body = await _json_body(request, "RealtimeCreateClientSecretRequest")
    ttl = int((body.get("expires_after") or {}).get("seconds", DEFAULT_SECRET_TTL_S))
    session_config = dict(body.get("session") or {"type": "realtime"})
    if session_config["type"] == "realtime":
        session_config.setdefault("model", ctx.config.default_model)
        _check_deployment(ctx, realm, str(session_config["model"]))
    _check_transcription_model(ctx, realm, session_config)
    secret = ctx.secrets.mint(session_config, ttl)
    session = full_session(
        session_config,
        session_id=new_id("sess"),
        expires_at=0,
        default_model=ctx.config.default_model,
    )
    payload = {"value": secret.value, "expires_at": secret.expires_at, "session": session}
    return _respond(ctx, "RealtimeCreateClientSecretResponse", payload)


async def create_session(
    request: Request, ctx: ServerContext, auth: AuthOk, realm: Realm
) -> Response:
    """``POST …/realtime/sessions`` (pre-GA; on Azure preview ``/openai/realtimeapi/sessions``):
    a realtime session and its client secret.

    Validated against ``RealtimeSessionCreateRequest`` *without* its ``required:
    [client_secret]`` (a spec defect; see ``spec.RELAXED_REQUIRED``). The beta settings are
    translated to a GA configuration, which the returned ``client_secret`` (valid 60 s)
    carries to the WebSocket.
    """
    return await _pre_ga_session(
        request,
        ctx,
        "RealtimeSessionCreateRequest",
        "RealtimeSessionCreateResponse",
        beta_session_to_ga,
        beta_session_response,
        default_model=True,
        realm=realm,
    )


async def create_transcription_session(
    request: Request, ctx: ServerContext, auth: AuthOk, realm: Realm
) -> Response:
    """``POST …/realtime/transcription_sessions`` (pre-GA; on Azure preview
    ``/openai/realtimeapi/transcription_sessions``): a transcription session and its client
    secret (valid 60 s)."""
    return await _pre_ga_session(
        request,
        ctx,
        "RealtimeTranscriptionSessionCreateRequest",
        "RealtimeTranscriptionSessionCreateResponse",
        beta_transcription_to_ga,
        beta_transcription_response,
        default_model=False,
        realm=realm,
    )


async def _pre_ga_session(
    request: Request,
    ctx: ServerContext,
    request_schema: str,
    response_schema: str,
    to_ga: Callable[[Mapping[str, Any]], dict[str, Any]],
    build_response: Callable[..., dict[str, Any]],
    *,
    default_model: bool,
    realm: Realm,
) -> Response:
    """The shared body of the two pre-GA create operations: validate the pre-GA request, mint
    a secret (valid :data:`BETA_SECRET_TTL_S` seconds) for the GA equivalent, answer pre-GA."""
    body = await _json_body(request, request_schema)
    try:
        ga = to_ga(body)
    except BetaFormatError as exc:
        raise _beta_error(exc) from None
    if default_model:
        ga.setdefault("model", ctx.config.default_model)
        _check_deployment(ctx, realm, str(ga["model"]))
    _check_transcription_model(ctx, realm, ga, beta=True)
    now = int(ctx.config.clock())
    secret = ctx.secrets.mint(ga, BETA_SECRET_TTL_S)
    session = full_session(
        ga,
        session_id=new_id("sess"),
        expires_at=int(now + ctx.config.session_ttl_s),
        default_model=ctx.config.default_model,
    )
    payload = build_response(
        session, secret_value=secret.value, secret_expires_at=secret.expires_at
    )
    return _respond(ctx, response_schema, payload)


async def create_translation_secret(
    request: Request, ctx: ServerContext, auth: AuthOk, realm: Realm
) -> Response:
    """``POST /v1/realtime/translations/client_secrets``: an ``ek_…`` secret for a
    translation session (``RealtimeTranslationClientSecretCreateRequest`` ->
    ``…Response``); it opens ``/v1/realtime/translations``. ``session.expires_at`` is 0 (the
    session starts with the socket)."""
    body = await _json_body(request, "RealtimeTranslationClientSecretCreateRequest")
    ttl = int((body.get("expires_after") or {}).get("seconds", DEFAULT_SECRET_TTL_S))
    session_config = {**body["session"], "type": "translation"}
    secret = ctx.secrets.mint(session_config, ttl)
    session = translation_session(
        session_config,
        session_id=new_id("sess"),
        expires_at=0,
        default_model=DEFAULT_TRANSLATION_MODEL,
    )
    payload = {"value": secret.value, "expires_at": secret.expires_at, "session": session}
    return _respond(ctx, "RealtimeTranslationClientSecretCreateResponse", payload)


# --- WebRTC/SIP calls -------------------------------------------------------------------------


def _multipart(content_type: str, raw: bytes) -> dict[str, bytes]:
    """The named parts of a ``multipart/form-data`` body (stdlib ``email`` parser)."""
    try:
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1", "replace") + b"\r\n\r\n" + raw
        )
    except (RecursionError, ValueError):
        message = None
    if not isinstance(message, EmailMessage) or not message.is_multipart():
        raise ApiError(400, "Could not parse the multipart/form-data body.", code="invalid_body")
    parts: dict[str, bytes] = {}
    for part in message.iter_parts():
        if part.is_multipart():
            raise ApiError(
                400,
                "Nested multipart parts are not supported: send 'sdp' and 'session' as parts "
                "of the top-level multipart/form-data body.",
                code="invalid_body",
            )
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if isinstance(name, str) and isinstance(payload, bytes):
            parts[name] = payload
    return parts


async def create_call(request: Request, ctx: ServerContext, auth: AuthOk, realm: Realm) -> Response:
    """``POST …/realtime/calls``: start a WebRTC call from an SDP offer.

    The body is ``multipart/form-data`` with an ``sdp`` part and an optional ``session`` part
    (JSON, ``RealtimeSessionCreateRequestGA``), or a raw ``application/sdp`` offer. An
    ephemeral secret's session configures the call when no ``session`` part is given.
    Answers **201** with ``Content-Type: application/sdp`` (the SDP answer, see
    :func:`~.calls.sdp_answer`) and ``Location: …/realtime/calls/rtc_…``.
    """
    content_type = request.headers.get("content-type", "")
    raw = await _read_body(request)
    session: dict[str, Any] | None = None
    media_type = content_type.split(";")[0].strip().lower()
    if media_type == "multipart/form-data":
        parts = await asyncio.to_thread(_multipart, content_type, raw)
        if "sdp" not in parts:
            raise ApiError(
                400,
                "Missing required parameter: 'sdp'.",
                code="missing_required_parameter",
                param="sdp",
            )
        offer = parts["sdp"].decode("utf-8", "replace")
        if "session" in parts:
            session = _parse_json(parts["session"], "RealtimeSessionCreateRequestGA")
    elif media_type == "application/sdp":
        offer = raw.decode("utf-8", "replace")
    else:
        raise ApiError(
            400,
            f"Unsupported Content-Type {media_type or '(none)'!r}: send multipart/form-data "
            "with an 'sdp' part (and optionally 'session'), or application/sdp.",
            code="unsupported_content_type",
        )
    problem = check_offer(offer)
    if problem is not None:
        raise ApiError(400, problem, code="invalid_sdp", param="sdp")
    if session is None:
        session = dict(auth.secret.session) if auth.secret is not None else {"type": "realtime"}
    if session.get("type") != "realtime":
        raise ApiError(
            400, "A call needs a realtime session.", code="invalid_value", param="session.type"
        )
    session.setdefault("model", ctx.config.default_model)
    call = ctx.calls.create_webrtc(session)
    location = f"{REST_PREFIXES[realm]}/realtime/calls/{call.id}"
    return Response(
        sdp_answer(offer),
        status_code=201,
        media_type="application/sdp",
        headers={"Location": location},
    )


async def call_action(request: Request, ctx: ServerContext, auth: AuthOk, realm: Realm) -> Response:
    """``POST …/realtime/calls/{call_id}/{accept|hangup|refer|reject}``: 200 with an empty
    body, 404 for an unknown call, 400 when the call's state does not allow it (see
    :mod:`.calls`). ``accept`` takes a ``RealtimeSessionCreateRequestGA``, ``refer``
    ``{"target_uri"}``, ``reject`` an optional ``{"status_code"}``; ``hangup`` no body."""
    call_id = request.path_params["call_id"]
    action = request.path_params["action"]
    try:
        if action == "accept":
            body = await _json_body(request, "RealtimeSessionCreateRequestGA")
            ctx.calls.accept(call_id, body)
        elif action == "refer":
            body = await _json_body(request, "RealtimeCallReferRequest")
            ctx.calls.refer(call_id, body["target_uri"])
        elif action == "reject":
            body = await _json_body(request, "RealtimeCallRejectRequest", optional=True)
            ctx.calls.reject(call_id, body.get("status_code"))
        elif action == "hangup":
            ctx.calls.hangup(call_id)
        else:
            raise ApiError(404, f"POST {request.url.path}: Not Found", code="not_found")
    except CallError as exc:
        raise ApiError(exc.status, exc.message, code=exc.code) from None
    return Response(status_code=200)


# --- routing ------------------------------------------------------------------------------------

Handler = Callable[[Request, ServerContext, AuthOk, Realm], Awaitable[Response]]


def _endpoint(
    handler: Handler, realm: Realm, *, allow_secret: bool = False
) -> Callable[[Request], Awaitable[Response]]:
    """Wrap ``handler``: api-version rule and authentication of ``realm`` first; an unexpected
    exception becomes a logged OpenAI-shaped 500 inside the app (so the response still passes
    through the request-id middleware)."""

    @functools.wraps(handler)
    async def endpoint(request: Request) -> Response:
        ctx: ServerContext = request.app.state.ctx
        refusal = check_api_version(realm, request.query_params)
        if refusal is not None:
            raise ApiError.from_refusal(refusal)
        auth = authorize(ctx, realm, request.headers, allow_secret=allow_secret)
        if isinstance(auth, Refusal):
            raise ApiError.from_refusal(auth)
        try:
            return await handler(request, ctx, auth, realm)
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

    return endpoint


def rest_routes() -> list[Route]:
    """The REST routes of all realms, with full paths."""
    post = ["POST"]
    routes: list[Route] = []
    for realm, prefix in REST_PREFIXES.items():
        base = f"{prefix}/realtime"
        routes += [
            Route(f"{base}/client_secrets", _endpoint(create_client_secret, realm), methods=post),
            Route(f"{base}/sessions", _endpoint(create_session, realm), methods=post),
            Route(
                f"{base}/transcription_sessions",
                _endpoint(create_transcription_session, realm),
                methods=post,
            ),
            Route(f"{base}/calls", _endpoint(create_call, realm, allow_secret=True), methods=post),
            Route(
                f"{base}/calls/{{call_id}}/{{action}}", _endpoint(call_action, realm), methods=post
            ),
        ]
    routes += [
        Route(
            "/v1/realtime/translations/client_secrets",
            _endpoint(create_translation_secret, "openai"),
            methods=post,
        ),
        Route(
            "/openai/realtimeapi/sessions",
            _endpoint(create_session, "azure_preview"),
            methods=post,
        ),
        Route(
            "/openai/realtimeapi/transcription_sessions",
            _endpoint(create_transcription_session, "azure_preview"),
            methods=post,
        ),
    ]
    return routes
