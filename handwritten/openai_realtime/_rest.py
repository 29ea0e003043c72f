"""The httpx side of the REST client, imported on its first request (not by ``import``).

:mod:`openai_realtime.client` defines the typed methods; everything that needs httpx or the
generated ``openai_realtime_api.client`` lives here, so that importing ``RealtimeClient`` (next
to a WebSocket session, which never needs httpx) costs neither httpx (~10 ms) nor the generated
endpoint modules. Each endpoint module is imported the first time its operation is called.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncGenerator, Generator
from types import ModuleType

# first, so that the generated client's own "import httpx" finds it imported already
from ._httpx import httpx

# isort: split
from openai_realtime_api.client import Client

from .auth import Credentials

__all__ = ["HTTPError", "RealtimeAuth", "TimeoutException", "api_client", "operation"]

HTTPError = httpx.HTTPError
TimeoutException = httpx.TimeoutException

_OPERATIONS = "openai_realtime_api.api.realtime."


def operation(name: str) -> ModuleType:
    """The generated endpoint module ``openai_realtime_api.api.realtime.<name>`` (its
    ``sync_detailed`` / ``asyncio_detailed`` functions), imported on first use."""
    return importlib.import_module(_OPERATIONS + name)


class RealtimeAuth(httpx.Auth):
    """Adds the auth headers to each request (fresh Entra token each time) and maps the URL for
    Azure's preview protocol. Shared by the sync and async clients."""

    def __init__(self, credentials: Credentials) -> None:
        self.credentials = credentials
        self._prefix = httpx.URL(credentials.settings.rest_base_url()).path.rstrip("/")

    def _rewrite(self, request: httpx.Request) -> None:
        settings = self.credentials.settings
        if settings.dialect == "ga":
            return
        path = request.url.path
        spec_path = path[len(self._prefix) :] if path.startswith(self._prefix) else path
        new_path, query = settings.rest_path(spec_path)
        params = dict(request.url.params)
        params.update(query)
        request.url = request.url.copy_with(path=self._prefix + new_path, params=params)

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        self._rewrite(request)
        request.headers.update(self.credentials.headers())
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        self._rewrite(request)
        request.headers.update(await self.credentials.aheaders())
        yield request


def api_client(credentials: Credentials, timeout: float | httpx.Timeout) -> Client:
    """The generated ``Client`` for ``credentials.settings``' REST base URL, with the auth flow;
    ``timeout`` in seconds (or an ``httpx.Timeout``). Non-2xx answers are returned, not raised:
    the caller maps them to typed errors."""
    return Client(
        base_url=credentials.settings.rest_base_url(),
        timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        raise_on_unexpected_status=False,
        httpx_args={"auth": RealtimeAuth(credentials)},
    )
