"""The three API surfaces the server answers on, and their rules (api-version, auth). No I/O.

| realm | REST | WebSocket | credentials |
| --- | --- | --- | --- |
| ``openai`` | ``/v1/realtime/...`` | ``/v1/realtime``, ``/v1/realtime/translations`` | ``Authorization: Bearer <API key or ek_ secret>`` only |
| ``azure`` (GA) | ``/openai/v1/realtime/...`` | ``/openai/v1/realtime`` | ``api-key: <key>``; or ``Authorization: Bearer`` with an Entra ID token, an ``ek_`` secret, or the API key |
| ``azure_preview`` | ``/openai/realtimeapi/sessions``, ``/openai/realtimeapi/transcription_sessions`` | ``/openai/realtime`` (beta events) | ``api-key``; or ``Authorization: Bearer`` with an Entra ID token or an ``ek_`` secret |

api-version: the OpenAI paths ignore it. The Azure GA paths refuse it with **401** (as Azure
does): the GA ``/openai/v1`` surface takes no api-version. The preview paths require it:
missing -> **404** ``Resource not found`` (Azure's answer for a preview path without a
version), not a dated preview version (``YYYY-MM-DD-preview``) or a retired one
(:data:`RETIRED_API_VERSIONS`) -> **400**.

Azure API keys are ``ServerConfig.azure_api_keys`` (default: ``ServerConfig.api_keys``).
Entra ID tokens are the local stand-in's (:mod:`.entra`). The ``api-key`` query parameter
that Azure accepts for browsers is not accepted (a client must not put secrets in URLs).
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final, Literal

from .auth import AuthFailure, AuthOk, authenticate, bearer_token
from .context import ServerContext
from .entra import TokenProblem, looks_like_entra_token, verify_token
from .errors import INVALID_API_KEY_MESSAGE, error_object

__all__ = [
    "RETIRED_API_VERSIONS",
    "Realm",
    "Refusal",
    "authorize",
    "check_api_version",
]

Realm = Literal["openai", "azure", "azure_preview"]

RETIRED_API_VERSIONS: Final = frozenset({"2024-10-01-preview"})
"""Azure preview api-versions that are refused as retired."""

_DATED_PREVIEW: Final = re.compile(r"^\d{4}-\d{2}-\d{2}-preview$")

_AZURE_INVALID_KEY: Final = (
    "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide "
    "a valid key for an active subscription and use a correct regional API endpoint for your "
    "resource."
)
_AZURE_MISSING: Final = (
    "Access denied due to missing subscription key or Microsoft Entra ID token. Make sure to "
    "include an 'api-key' header or an 'Authorization: Bearer <token>' header when making API "
    "calls."
)


@dataclass(frozen=True, slots=True)
class Refusal:
    """A request refused before it reached its handler: HTTP ``status`` and the OpenAI-shaped
    error fields."""

    status: int
    message: str
    code: str | None
    param: str | None = None

    def body(self) -> dict[str, object]:
        """The JSON error body ``{"error": {...}}``."""
        return {"error": error_object(self.message, code=self.code, param=self.param)}


def check_api_version(realm: Realm, query: Mapping[str, str]) -> Refusal | None:
    """Apply the realm's api-version rule to the request's query (see the module docstring)."""
    version = query.get("api-version")
    if realm == "azure" and version is not None:
        return Refusal(
            401,
            "The GA Azure OpenAI path /openai/v1 takes no api-version query parameter (found "
            f"api-version={version[:40]!r}). Remove it, or use the preview path "
            "/openai/realtime?api-version=... for the preview protocol.",
            "invalid_api_version",
            "api-version",
        )
    if realm != "azure_preview":
        return None
    if version is None:
        return Refusal(
            404,
            "Resource not found. The preview path needs an api-version query parameter, "
            "e.g. ?api-version=2025-04-01-preview.",
            "404",
            "api-version",
        )
    if not _DATED_PREVIEW.match(version) or version in RETIRED_API_VERSIONS:
        why = "has been retired" if version in RETIRED_API_VERSIONS else "is not supported"
        return Refusal(
            400,
            f"API version {version[:40]!r} {why}. Use a current preview version such as "
            "2025-04-01-preview, or the GA path /openai/v1 without api-version.",
            "BadRequest",
            "api-version",
        )
    return None


def _matches(candidate: str, keys: Iterable[str]) -> bool:
    token = candidate.encode()
    return any(hmac.compare_digest(token, key.encode()) for key in keys)


def authorize(
    ctx: ServerContext,
    realm: Realm,
    headers: Mapping[str, str],
    subprotocols: Iterable[str] = (),
    *,
    allow_secret: bool = True,
) -> AuthOk | Refusal:
    """Authenticate a request or handshake on ``realm`` (see the module docstring).

    ``headers`` must be case-insensitive or lowercase. ``allow_secret=False`` refuses
    ephemeral ``ek_`` secrets (they open sockets and start WebRTC calls; they do not call the
    other REST operations). Accepted Entra tokens are recorded in ``ctx``.
    """
    config = ctx.config
    if realm == "openai":
        result: AuthOk | AuthFailure = authenticate(
            bearer_token(headers, subprotocols), api_keys=config.api_keys, secrets=ctx.secrets
        )
        if (
            isinstance(result, AuthFailure)
            and "api-key" in headers
            and "authorization" not in headers
        ):
            result = AuthFailure(
                "You didn't provide an API key: the api-key header is Azure OpenAI's. OpenAI "
                "takes Authorization: Bearer YOUR_KEY."
            )
    else:
        result = _authenticate_azure(ctx, realm, headers, subprotocols)
    if isinstance(result, AuthFailure):
        return Refusal(401, result.message, result.code)
    if result.secret is not None and not allow_secret:
        return Refusal(
            401,
            "Ephemeral client secrets cannot be used for this endpoint; use an API key.",
            "invalid_api_key",
        )
    return result


def _authenticate_azure(
    ctx: ServerContext, realm: Realm, headers: Mapping[str, str], subprotocols: Iterable[str]
) -> AuthOk | AuthFailure:
    config = ctx.config
    keys = config.azure_api_keys if config.azure_api_keys is not None else config.api_keys
    api_key = headers.get("api-key")
    if api_key is not None:
        return AuthOk() if _matches(api_key, keys) else AuthFailure(_AZURE_INVALID_KEY)
    token = bearer_token(headers, subprotocols)
    if token is None:
        return AuthFailure(_AZURE_MISSING, "missing_credentials")
    if looks_like_entra_token(token):
        checked = verify_token(token, ctx.entra_key, now=config.clock())
        if isinstance(checked, TokenProblem):
            return AuthFailure(checked.message, checked.code)
        ctx.record_token_use(checked.counter)
        return AuthOk(method="entra", token_counter=checked.counter)
    if token.startswith("ek_"):
        return authenticate(token, api_keys=(), secrets=ctx.secrets)
    if realm == "azure" and _matches(token, keys):
        return AuthOk()  # Microsoft's GA quickstart sends the key as a bearer value
    if realm == "azure_preview" and _matches(token, keys):
        return AuthFailure(
            "The preview path takes the API key in the 'api-key' header, not as a bearer token.",
        )
    return AuthFailure(INVALID_API_KEY_MESSAGE if realm == "openai" else _AZURE_INVALID_KEY)
