"""Credentials: the auth headers of every REST request and every WebSocket handshake.

* ``auth_type="openai"``: ``Authorization: Bearer <key>`` (or an ephemeral ``ek_…`` secret);
* ``auth_type="azure"``: ``api-key: <key>``;
* ``auth_type="azure_ad"``: ``Authorization: Bearer <Microsoft Entra ID access token>``, fetched
  for *every* request and handshake from azure-identity's bearer-token provider, which caches the
  token and refreshes it before it expires (so hour-long programs and reconnects keep working).

The token provider is built once per :class:`Credentials` (lazily, on first use) from
``settings.token_provider`` (any callable returning a token, sync or async), else
``settings.credential`` (a ``TokenCredential`` or ``AsyncTokenCredential``), else
``DefaultAzureCredential``. azure-identity is the optional ``[azure]`` extra.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import Awaitable, Callable
from typing import Any

from .config import Secret, Settings
from .errors import APIConnectionError, ConfigurationError, RealtimeError, redact
from .redaction import register_secret

__all__ = ["Credentials"]

_AZURE_EXTRA = "pip install 'openai-realtime[azure]'"


def _azure_identity(async_: bool) -> Any:
    import importlib

    try:
        return importlib.import_module("azure.identity.aio" if async_ else "azure.identity")
    except ImportError as exc:
        raise ConfigurationError(
            f"auth_type='azure_ad' needs azure-identity, which is not installed: {_AZURE_EXTRA}"
        ) from exc


def _is_async_credential(credential: Any) -> bool:
    return inspect.iscoroutinefunction(getattr(credential, "get_token", None))


class Credentials:
    """Produces auth headers for :class:`~openai_realtime.config.Settings`.

    Args:
        settings: resolved settings.
        bearer: a bearer value to use instead of the settings' key or token (an ephemeral client
            secret); it is sent as ``Authorization: Bearer`` whatever the ``auth_type``.

    Raises:
        ConfigurationError: (on first use) ``azure_ad`` without azure-identity installed.
    """

    def __init__(self, settings: Settings, *, bearer: str | Secret | None = None) -> None:
        self.settings = settings
        self._bearer = Secret(bearer) if isinstance(bearer, str) else bearer
        self._sync_provider: Callable[[], str] | None = None
        self._async_provider: Callable[[], Awaitable[str]] | None = None
        self._lock = threading.Lock()
        self._last_token: str | None = None

    def __repr__(self) -> str:
        return f"Credentials(auth_type={self.settings.auth_type!r}, secret=***)"

    def secrets(self) -> tuple[str, ...]:
        """Every secret value these credentials have sent or hold (for redaction)."""
        values = list(self.settings.secrets())
        if self._bearer:
            values.append(self._bearer.reveal())
        if self._last_token:
            values.append(self._last_token)
        return tuple(values)

    # ------------------------------------------------------------------------------ providers

    def _make_sync_provider(self) -> Callable[[], str]:
        settings = self.settings
        if settings.token_provider is not None:
            provider = settings.token_provider

            def call() -> str:
                token = provider()
                if inspect.isawaitable(token):
                    raise ConfigurationError(
                        "token_provider returned an awaitable; use it with the async API "
                        "(AsyncRealtimeClient / connect_realtime_session)."
                    )
                return str(token)

            return call
        credential = settings.credential
        if credential is not None and _is_async_credential(credential):
            raise ConfigurationError(
                "An AsyncTokenCredential cannot be used by the sync client; pass a sync "
                "TokenCredential (azure.identity.DefaultAzureCredential) or use the async API."
            )
        identity = _azure_identity(async_=False)
        if credential is None:
            credential = identity.DefaultAzureCredential()
        provider_fn: Callable[[], str] = identity.get_bearer_token_provider(
            credential, settings.scope
        )
        return provider_fn

    def _make_async_provider(self) -> Callable[[], Awaitable[str]]:
        settings = self.settings
        if settings.token_provider is not None:
            provider = settings.token_provider

            async def call() -> str:
                token = provider()
                if inspect.isawaitable(token):
                    token = await token
                return str(token)

            return call
        credential = settings.credential
        if credential is not None and not _is_async_credential(credential):
            # A sync TokenCredential blocks (it may make HTTP calls): run it in a worker thread.
            sync_provider = self._sync()

            async def threaded() -> str:
                return await asyncio.to_thread(sync_provider)

            return threaded
        identity = _azure_identity(async_=True)
        if credential is None:
            credential = identity.DefaultAzureCredential()
        provider_fn: Callable[[], Awaitable[str]] = identity.get_bearer_token_provider(
            credential, settings.scope
        )
        return provider_fn

    def _sync(self) -> Callable[[], str]:
        with self._lock:
            if self._sync_provider is None:
                self._sync_provider = self._make_sync_provider()
            return self._sync_provider

    def _async(self) -> Callable[[], Awaitable[str]]:
        if self._async_provider is None:
            self._async_provider = self._make_async_provider()
        return self._async_provider

    # -------------------------------------------------------------------------------- headers

    def _headers_with(self, token: str | None) -> dict[str, str]:
        headers = self.settings.static_headers()
        if self._bearer:
            headers["Authorization"] = f"Bearer {self._bearer.reveal()}"
        elif self.settings.auth_type == "azure":
            assert self.settings.api_key is not None
            headers["api-key"] = self.settings.api_key.reveal()
        elif self.settings.auth_type == "azure_ad":
            if not token:
                raise ConfigurationError("The Entra ID token provider returned an empty token.")
            self._last_token = token
            register_secret(token)
            headers["Authorization"] = f"Bearer {token}"
        else:
            assert self.settings.api_key is not None
            headers["Authorization"] = f"Bearer {self.settings.api_key.reveal()}"
        return headers

    def _needs_token(self) -> bool:
        return not self._bearer and self.settings.auth_type == "azure_ad"

    def headers(self) -> dict[str, str]:
        """Auth headers for one request or handshake (blocking: may fetch an Entra token).

        Raises:
            APIConnectionError: the token provider or credential failed (retryable; the
                original exception is the ``__cause__``).
        """
        if not self._needs_token():
            return self._headers_with(None)
        try:
            token = self._sync()()
        except RealtimeError:
            raise
        except Exception as exc:
            raise _provider_error(exc, self.secrets()) from exc
        return self._headers_with(token)

    async def aheaders(self) -> dict[str, str]:
        """Auth headers for one request or handshake, without blocking the event loop.

        Raises:
            APIConnectionError: the token provider or credential failed (see :meth:`headers`).
        """
        if not self._needs_token():
            return self._headers_with(None)
        try:
            token = await self._async()()
        except RealtimeError:
            raise
        except Exception as exc:
            raise _provider_error(exc, self.secrets()) from exc
        return self._headers_with(token)


def _provider_error(exc: Exception, secrets: tuple[str, ...]) -> APIConnectionError:
    text = redact(str(exc) or type(exc).__name__, secrets)
    return APIConnectionError(
        f"The Entra ID token provider failed ({type(exc).__name__}: {text}); no request was "
        "sent. Check the credential (az login, managed identity, token_provider=)."
    )
