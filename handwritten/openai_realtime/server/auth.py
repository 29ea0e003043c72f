"""API keys and ephemeral client secrets.

A request is authorised by ``Authorization: Bearer <token>`` where the token is one of the
configured API keys or a live ephemeral secret (``ek_…``) minted by the server's REST
endpoints. Browsers cannot set headers on a WebSocket, so (as with OpenAI) the token may also
arrive as a WebSocket subprotocol ``openai-insecure-api-key.<token>``.

Tokens are compared in constant time and never logged or echoed in error messages.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

from ..redaction import register_secret
from .errors import INVALID_API_KEY_MESSAGE
from .ids import new_secret_value

__all__ = [
    "INSECURE_KEY_SUBPROTOCOL_PREFIX",
    "AuthFailure",
    "AuthOk",
    "ClientSecret",
    "SecretStore",
    "authenticate",
    "bearer_token",
]

INSECURE_KEY_SUBPROTOCOL_PREFIX: Final = "openai-insecure-api-key."


@dataclass(frozen=True, slots=True)
class ClientSecret:
    """An ephemeral client secret.

    ``value`` is the ``ek_…`` token, ``expires_at`` Unix seconds, ``session`` the GA session
    configuration (request shape, ``type`` ``realtime`` or ``transcription``) that a WebSocket
    opened with this secret starts from.
    """

    value: str
    created_at: int
    expires_at: int
    session: Mapping[str, Any]

    def __repr__(self) -> str:  # never show the token
        return f"ClientSecret(value='ek_…', expires_at={self.expires_at})"


MAX_LIVE_SECRETS: Final = 10_000
"""Live ephemeral secrets a server keeps; minting one more evicts the oldest. With request
bodies capped (:data:`~.limits.MAX_REQUEST_BODY_BYTES`) the store is bounded in bytes too."""


class SecretStore:
    """Thread-safe store of the ephemeral secrets a server minted.

    ``clock`` returns Unix seconds. Expired secrets are dropped on every mint and lookup; at
    most :data:`MAX_LIVE_SECRETS` are kept (the oldest go first). Secrets are looked up by the
    SHA-256 of their value (constant time, whatever the number of secrets).
    """

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._secrets: dict[bytes, ClientSecret] = {}
        self._lock = threading.Lock()

    def _purge(self, now: float) -> None:
        for digest, secret in list(self._secrets.items()):
            if secret.expires_at > now:
                break  # minted in order with mostly equal lifetimes: stop at the first live one
            del self._secrets[digest]
        while len(self._secrets) > MAX_LIVE_SECRETS:
            del self._secrets[next(iter(self._secrets))]

    def mint(self, session: Mapping[str, Any], ttl_s: int) -> ClientSecret:
        """Create and store a secret for ``session`` valid ``ttl_s`` seconds from now."""
        now = int(self._clock())
        secret = ClientSecret(new_secret_value(), now, now + ttl_s, session)
        register_secret(secret.value)
        with self._lock:
            self._secrets[_digest(secret.value)] = secret
            self._purge(now)
        return secret

    def lookup(self, token: str) -> ClientSecret | None:
        """The live secret whose value is ``token``; ``None`` if unknown or expired."""
        now = self._clock()
        with self._lock:
            self._purge(now)
            secret = self._secrets.get(_digest(token))
        if secret is None or secret.expires_at <= now:
            return None
        return secret

    def __len__(self) -> int:
        with self._lock:
            return len(self._secrets)


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()


@dataclass(frozen=True, slots=True)
class AuthOk:
    """Authorised. ``method`` says how: ``"api_key"``, ``"secret"`` (an ephemeral ``ek_``
    secret, then in ``secret``) or ``"entra"`` (a token of the Entra ID stand-in, its counter
    in ``token_counter``)."""

    secret: ClientSecret | None = None
    method: Literal["api_key", "secret", "entra"] = "api_key"
    token_counter: int | None = None


@dataclass(frozen=True, slots=True)
class AuthFailure:
    """Not authorised: answer HTTP 401 with ``message`` (which never contains the token) and
    error ``code``."""

    message: str
    code: str = "invalid_api_key"


def bearer_token(headers: Mapping[str, str], subprotocols: Iterable[str] = ()) -> str | None:
    """The token of ``Authorization: Bearer <token>`` (case-insensitive scheme), else of a
    ``openai-insecure-api-key.<token>`` WebSocket subprotocol, else ``None``.

    ``headers`` must be a case-insensitive mapping (Starlette's ``Headers``) or use lowercase
    keys."""
    auth = headers.get("authorization")
    if auth:
        scheme, _, token = auth.strip().partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            return token.strip()
        return None
    for proto in subprotocols:
        if proto.startswith(INSECURE_KEY_SUBPROTOCOL_PREFIX):
            return proto[len(INSECURE_KEY_SUBPROTOCOL_PREFIX) :] or None
    return None


def authenticate(
    token: str | None, *, api_keys: Iterable[str], secrets: SecretStore
) -> AuthOk | AuthFailure:
    """Check ``token`` against the configured ``api_keys`` and the live secrets."""
    if token is None:
        return AuthFailure(
            "You didn't provide an API key. You need to provide your API key in an "
            "Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."
        )
    candidate = token.encode()
    if any(hmac.compare_digest(candidate, key.encode()) for key in api_keys):
        return AuthOk()
    if token.startswith("ek_"):
        secret = secrets.lookup(token)
        if secret is not None:
            return AuthOk(secret, "secret")
        return AuthFailure(
            "The ephemeral client secret is invalid or has expired. Create a new one with "
            "POST /v1/realtime/client_secrets."
        )
    return AuthFailure(INVALID_API_KEY_MESSAGE)
