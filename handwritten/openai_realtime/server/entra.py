"""A local stand-in for Microsoft Entra ID: signed access tokens and azure-core credentials.

The local server accepts ``Authorization: Bearer <token>`` on its Azure paths when the token
was minted with the server's signing key (``ServerConfig.entra_signing_key``, else a random
key per server), is not expired, and carries the scope
``https://cognitiveservices.azure.com/.default`` or ``https://ai.azure.com/.default``
(:data:`ACCEPTED_SCOPES`). An expired token is answered with 401 ``token expired``.

Tokens look like JWTs (``eyJ…``, three base64url parts) but are signed with HMAC-SHA256 and a
shared secret; the claims are ``scp`` (the requested scopes, space-separated), ``aud`` (the
first scope without ``/.default``), ``iat`` and ``exp`` (Unix seconds, from the credential's
clock), ``tid`` (tenant) and ``n`` (the credential's token counter, 1 for the first token).
They are *not* Entra tokens: no issuer keys, no roles, no refresh tokens.

:class:`LocalTokenCredential` (azure-core ``TokenCredential`` and ``SupportsTokenInfo``) and
:class:`AsyncLocalTokenCredential` (``AsyncTokenCredential``) mint them and count them
(``issued``). Get them from a running server with ``server.token_credential(lifetime_s=…)``
(:meth:`~.runner.LocalRealtimeServer.token_credential`). They need azure-core (the
``[azure]`` extra).

Token lifetime and azure-identity (measured with azure-identity 1.27 / azure-core 1.41):
``get_bearer_token_provider(credential, scope)`` caches the token and asks the credential for
a new one when its ``expires_on`` is less than ``300 - jitter`` seconds of *wall-clock* time
away, the jitter drawn from 0-60 s per token. So a lifetime of **at most 239 s (use 200 s)**
makes it fetch a fresh token on *every* call (each REST request, each WebSocket handshake):
``credential.issued`` then equals the number of calls. A lifetime of 300 s or more (e.g. the
default 3600 s) makes it reuse one token until the wall clock nears its expiry; with a
:class:`~.config.ManualClock` advanced past the token's ``exp``, the server then refuses that
reused token (401 ``token expired``), which is how a test shows that a client must not hold on
to a token. ``expires_on`` handed to azure-core is wall-clock based (see
:class:`LocalTokenCredential`), so advancing a ManualClock never changes the cache's decisions.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Self

if TYPE_CHECKING:
    from azure.core.credentials import AccessToken, AccessTokenInfo, TokenRequestOptions

__all__ = [
    "ACCEPTED_SCOPES",
    "AsyncLocalTokenCredential",
    "LocalTokenCredential",
    "TokenClaims",
    "TokenProblem",
    "looks_like_entra_token",
    "mint_token",
    "verify_token",
]

ACCEPTED_SCOPES: Final = frozenset(
    {"https://cognitiveservices.azure.com/.default", "https://ai.azure.com/.default"}
)
"""Scopes the server accepts on its Azure paths."""

_HEADER: Final = {"alg": "HS256", "typ": "JWT", "kid": "local-realtime-server"}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(key: bytes, message: str) -> str:
    return _b64(hmac.new(key, message.encode("ascii"), hashlib.sha256).digest())


@dataclass(frozen=True, slots=True)
class TokenClaims:
    """What a valid token says: ``scopes``, ``issued_at``/``expires_at`` (Unix seconds),
    ``tenant_id`` and ``counter`` (the minting credential's count, from 1)."""

    scopes: tuple[str, ...]
    issued_at: int
    expires_at: int
    tenant_id: str
    counter: int


@dataclass(frozen=True, slots=True)
class TokenProblem:
    """Why a token is refused: ``message`` for the 401 body, ``code`` (``token_expired``,
    ``invalid_token``, ``invalid_audience``)."""

    message: str
    code: str


def mint_token(
    key: bytes,
    scopes: Iterable[str],
    *,
    issued_at: float,
    lifetime_s: float,
    counter: int,
    tenant_id: str = "local-tenant",
) -> tuple[str, int]:
    """Sign a token; return it and its expiry (Unix seconds)."""
    scope_list = list(scopes)
    expires_at = int(issued_at + lifetime_s)
    claims = {
        "aud": scope_list[0].removesuffix("/.default") if scope_list else "",
        "scp": " ".join(scope_list),
        "iat": int(issued_at),
        "nbf": int(issued_at),
        "exp": expires_at,
        "tid": tenant_id,
        "n": counter,
        "iss": "https://local-realtime-server/entra",
    }
    body = _b64(json.dumps(_HEADER, separators=(",", ":")).encode()) + "."
    body += _b64(json.dumps(claims, separators=(",", ":")).encode())
    return f"{body}.{_sign(key, body)}", expires_at


def looks_like_entra_token(token: str) -> bool:
    """``True`` for a JWT-shaped bearer value (``eyJ…``, three dot-separated parts)."""
    return token.startswith("eyJ") and token.count(".") == 2


def verify_token(token: str, key: bytes, *, now: float) -> TokenClaims | TokenProblem:
    """Check a bearer token's signature, scope and expiry (against ``now``, Unix seconds), in
    that order."""
    try:
        header, payload, signature = token.split(".")
        valid = hmac.compare_digest(signature, _sign(key, f"{header}.{payload}"))
        claims: dict[str, Any] = json.loads(_unb64(payload)) if valid else {}
    except ValueError:
        valid, claims = False, {}
    if not valid or not isinstance(claims.get("exp"), int):
        return TokenProblem(
            "Unauthorized. The access token is invalid: its signature does not verify "
            "(it was not issued by this server's Entra ID stand-in).",
            "invalid_token",
        )
    scopes = tuple(str(claims.get("scp", "")).split())
    if not scopes or any(s not in ACCEPTED_SCOPES for s in scopes):
        accepted = " or ".join(sorted(ACCEPTED_SCOPES))
        return TokenProblem(
            f"Unauthorized. The token's scope {' '.join(scopes) or '(none)'} is not valid for "
            f"this resource; request {accepted}.",
            "invalid_audience",
        )
    if claims["exp"] <= now:
        return TokenProblem(
            "Unauthorized. Access token has expired or is not yet valid (token expired); "
            "fetch a new token for every request and connection.",
            "token_expired",
        )
    return TokenClaims(
        scopes=scopes,
        issued_at=int(claims.get("iat", 0)),
        expires_at=claims["exp"],
        tenant_id=str(claims.get("tid", "")),
        counter=int(claims.get("n", 0)),
    )


class _Minter:
    """The shared part of both credentials: thread-safe counting and signing, and the azure-core
    answers (``AccessToken``, ``AccessTokenInfo``)."""

    def __init__(
        self,
        signing_key: bytes,
        *,
        lifetime_s: float = 3600.0,
        clock: Callable[[], float] = time.time,
        tenant_id: str = "local-tenant",
    ) -> None:
        if lifetime_s <= 0:
            raise ValueError("lifetime_s must be > 0")
        self._key = signing_key
        self.lifetime_s = lifetime_s
        self._clock = clock
        self.tenant_id = tenant_id
        self._issued = 0
        self._lock = threading.Lock()

    @property
    def issued(self) -> int:
        """How many tokens this credential has minted."""
        with self._lock:
            return self._issued

    def _mint(self, scopes: tuple[str, ...], tenant_id: str | None) -> tuple[str, int]:
        """A new token and its ``expires_on`` for azure-core: wall-clock Unix seconds (what
        azure-core's token cache compares with ``time.time()``), while the signed ``exp``
        claim the server checks counts on ``clock``."""
        if not scopes:
            raise ValueError("get_token requires at least one scope")
        with self._lock:
            self._issued += 1
            counter = self._issued
        token, _ = mint_token(
            self._key,
            scopes,
            issued_at=self._clock(),
            lifetime_s=self.lifetime_s,
            counter=counter,
            tenant_id=tenant_id or self.tenant_id,
        )
        return token, int(time.time() + self.lifetime_s)

    def _access_token(self, scopes: tuple[str, ...], tenant_id: str | None) -> AccessToken:
        from azure.core.credentials import AccessToken

        return AccessToken(*self._mint(scopes, tenant_id))

    def _token_info(
        self, scopes: tuple[str, ...], options: TokenRequestOptions | None
    ) -> AccessTokenInfo:
        from azure.core.credentials import AccessTokenInfo

        return AccessTokenInfo(*self._mint(scopes, (options or {}).get("tenant_id")))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(lifetime_s={self.lifetime_s}, issued={self.issued})"


class LocalTokenCredential(_Minter):
    """A synchronous azure-core credential (``TokenCredential``, ``SupportsTokenInfo``) whose
    tokens the local server accepts.

    Args:
        signing_key: the server's key (``ServerContext.entra_key``); prefer
            ``server.token_credential()``, which passes it.
        lifetime_s: token lifetime in seconds (see the module docstring for what
            azure-identity does with it: at most 239 s forces a new token per call).
        clock: Unix-seconds clock for the signed ``iat``/``exp`` claims; use the server's
            ``config.clock`` so that a :class:`~.config.ManualClock` expires tokens on the
            server. ``AccessToken.expires_on`` is always wall-clock time plus ``lifetime_s``,
            because azure-core's cache compares it with ``time.time()``.
        tenant_id: the ``tid`` claim (a ``tenant_id`` argument to ``get_token`` overrides it).
    """

    def get_token(
        self,
        *scopes: str,
        claims: str | None = None,
        tenant_id: str | None = None,
        enable_cae: bool = False,
        **kwargs: Any,
    ) -> AccessToken:
        """A new token for ``scopes`` (``azure.core.credentials.AccessToken``)."""
        return self._access_token(scopes, tenant_id)

    def get_token_info(
        self, *scopes: str, options: TokenRequestOptions | None = None
    ) -> AccessTokenInfo:
        """A new token for ``scopes`` (``azure.core.credentials.AccessTokenInfo``, no
        ``refresh_on``)."""
        return self._token_info(scopes, options)

    def close(self) -> None:
        """Nothing to release."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncLocalTokenCredential(_Minter):
    """The asynchronous twin of :class:`LocalTokenCredential` (azure-core
    ``AsyncTokenCredential`` / ``AsyncSupportsTokenInfo``); same arguments."""

    closed = False  # set by close()

    async def get_token(
        self, *scopes: str, tenant_id: str | None = None, **kwargs: Any
    ) -> AccessToken:
        """A new token for ``scopes`` (``claims``, ``enable_cae`` and other keywords are
        accepted and ignored, as in :meth:`LocalTokenCredential.get_token`)."""
        return self._access_token(scopes, tenant_id)

    async def get_token_info(
        self, *scopes: str, options: TokenRequestOptions | None = None
    ) -> AccessTokenInfo:
        """A new token for ``scopes`` (no ``refresh_on``)."""
        return self._token_info(scopes, options)

    async def close(self) -> None:
        """Mark the credential closed (it holds no resources)."""
        self.closed = True

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
