"""The REST client: the 9 ``/realtime`` operations as typed methods, sync and async.

:class:`RealtimeClient` (blocking) and :class:`AsyncRealtimeClient` wrap the generated endpoint
functions (``openai_realtime_api.api.realtime``) unchanged. What the spec cannot say is added
around them, per request, by an ``httpx.Auth`` flow: the auth header of the configured
:class:`~openai_realtime.config.Settings` (a fresh Entra ID token each time on ``azure_ad``), and
Azure preview's path mapping (``/realtime/sessions`` -> ``/realtimeapi/sessions?api-version=``).

Every method returns the generated response model, and raises:

* :class:`~openai_realtime.errors.APIError` subclasses for non-2xx answers
  (:class:`~openai_realtime.errors.AuthenticationError` for 401, ...), carrying ``status_code``,
  the OpenAI error body's ``message/type/param/code`` and the ``request_id``;
* :class:`~openai_realtime.errors.APIConnectionError` / ``APITimeoutError`` when no answer came;
* :class:`~openai_realtime.errors.APIResponseValidationError` when a 2xx body does not fit the
  spec's response model.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator, Generator, Mapping
from types import ModuleType
from typing import Any, Self, TypeVar

# first, so that the generated client's own "import httpx" finds it imported already
from ._httpx import httpx

# isort: split
import attrs
from openai_realtime_api.api.realtime import (
    accept_realtime_call,
    create_realtime_call,
    create_realtime_client_secret,
    create_realtime_session,
    create_realtime_transcription_session,
    create_realtime_translation_client_secret,
    hangup_realtime_call,
    refer_realtime_call,
    reject_realtime_call,
)
from openai_realtime_api.client import Client
from openai_realtime_api.models.realtime_call_create_request import RealtimeCallCreateRequest
from openai_realtime_api.models.realtime_call_refer_request import RealtimeCallReferRequest
from openai_realtime_api.models.realtime_call_reject_request import RealtimeCallRejectRequest
from openai_realtime_api.models.realtime_create_client_secret_request import (
    RealtimeCreateClientSecretRequest,
)
from openai_realtime_api.models.realtime_create_client_secret_response import (
    RealtimeCreateClientSecretResponse,
)
from openai_realtime_api.models.realtime_session_create_request import RealtimeSessionCreateRequest
from openai_realtime_api.models.realtime_session_create_request_ga import (
    RealtimeSessionCreateRequestGA,
)
from openai_realtime_api.models.realtime_session_create_response import (
    RealtimeSessionCreateResponse,
)
from openai_realtime_api.models.realtime_transcription_session_create_request import (
    RealtimeTranscriptionSessionCreateRequest,
)
from openai_realtime_api.models.realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse,
)
from openai_realtime_api.models.realtime_translation_client_secret_create_request import (
    RealtimeTranslationClientSecretCreateRequest,
)
from openai_realtime_api.models.realtime_translation_client_secret_create_response import (
    RealtimeTranslationClientSecretCreateResponse,
)
from openai_realtime_api.types import UNSET, Response, Unset

from . import protocol
from .auth import Credentials
from .config import Settings
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    api_error_from_response,
    redact,
)
from .events import check_finite
from .redaction import mask, register_secret

__all__ = ["AsyncRealtimeClient", "MintedSecret", "RealtimeCall", "RealtimeClient"]

M = TypeVar("M")
DEFAULT_TIMEOUT = 60.0


@attrs.frozen
class RealtimeCall:
    """The answer to ``POST /realtime/calls`` (201): the SDP answer and the new call's id.

    Attributes:
        call_id: the id from the ``Location`` header (``rtc_…``), used by accept/hangup/refer/
            reject and by ``connect_realtime_session(call_id=...)``.
        sdp: the SDP answer (``application/sdp`` text).
    """

    call_id: str
    sdp: str


@attrs.frozen(repr=False)
class MintedSecret:
    """An ephemeral client secret, whichever operation minted it.

    Attributes:
        value: the secret (``ek_…``); pass it as ``client_secret=`` to the ``connect_*``
            functions. Not shown in ``repr``.
        expires_at: expiry, Unix seconds.
        answer: the operation's whole typed answer (``RealtimeCreateClientSecretResponse`` on
            GA, ``RealtimeSessionCreateResponse`` / ``RealtimeTranscriptionSessionCreateResponse``
            on Azure preview).
    """

    value: str
    expires_at: int
    answer: Any

    def __repr__(self) -> str:
        return f"MintedSecret(value='***', expires_at={self.expires_at})"


def _preview_body(session: Mapping[str, Any]) -> tuple[bool, dict[str, Any]]:
    """The pre-GA request body for a GA-shaped session config (Azure preview minting)."""
    transcription = session.get("type") == "transcription"
    body = protocol.to_beta({"type": "session.update", "session": dict(session)})["session"]
    if transcription:
        body.pop("model", None)
    return transcription, body


def _minted(answer: Any) -> MintedSecret:
    secret = getattr(answer, "client_secret", None)
    if secret is None or isinstance(secret, Unset):
        raise APIResponseValidationError(
            "the session answer carries no client_secret", status_code=200, body=answer.to_dict()
        )
    register_secret(secret.value)
    _hide_in_repr(answer)
    _hide_in_repr(secret)
    return MintedSecret(value=secret.value, expires_at=int(secret.expires_at), answer=answer)


def _minted_ga(answer: Any) -> MintedSecret:
    register_secret(answer.value)
    _hide_in_repr(answer)
    return MintedSecret(value=answer.value, expires_at=int(answer.expires_at), answer=answer)


_MASKED_REPR: dict[type, type] = {}


def _hide_in_repr(model: Any) -> None:
    """Give a generated model (which holds a secret) a ``repr`` with secrets masked, by moving
    it to a layout-identical subclass (``isinstance`` and attribute access are unchanged)."""
    cls = type(model)
    if cls in _MASKED_REPR.values():
        return
    masked = _MASKED_REPR.get(cls)
    if masked is None:

        def __repr__(self: Any) -> str:
            text: str = cls.__repr__(self)  # type: ignore[call-arg]
            return mask(text)

        masked = type(cls.__name__, (cls,), {"__slots__": (), "__repr__": __repr__})
        masked.__qualname__ = cls.__qualname__
        masked.__module__ = cls.__module__
        _MASKED_REPR[cls] = masked
    # A layout that does not allow it raises TypeError: the registry still masks the logs.
    with contextlib.suppress(TypeError):
        model.__class__ = masked


class _RealtimeAuth(httpx.Auth):
    """Adds the auth headers to each request (fresh Entra token each time) and maps the URL for
    Azure's preview protocol. Shared by the sync and async clients."""

    def __init__(self, credentials: Credentials) -> None:
        self.credentials = credentials
        self._prefix = httpx.URL(credentials.settings.rest_base_url()).path.rstrip("/")

    def _rewrite(self, request: httpx.Request) -> None:
        settings = self.credentials.settings
        if not settings.is_preview:
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


def _model(cls: type[M], value: M | Mapping[str, Any] | None, what: str) -> M:
    """Accept a generated model or a plain mapping (converted with ``from_dict``)."""
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        try:
            parsed: M = cls.from_dict(value)  # type: ignore[attr-defined]
            return parsed
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(
                f"{what} does not fit the spec schema {cls.__name__}: {exc!r}"
            ) from exc
    raise TypeError(f"{what} must be a {cls.__name__} or a dict, not {type(value).__name__}")


class _BaseClient:
    """Shared construction and answer handling of the sync and async clients."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        settings: Settings | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        **settings_kwargs: Any,
    ) -> None:
        if settings is None:
            settings = Settings.resolve(api_key=api_key, base_url=base_url, **settings_kwargs)
        elif api_key or base_url or settings_kwargs:
            raise TypeError("pass either settings= or individual settings, not both")
        self.settings = settings
        self.credentials = Credentials(settings)
        self._api = Client(
            base_url=settings.rest_base_url(),
            timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            raise_on_unexpected_status=False,
            httpx_args={"auth": _RealtimeAuth(self.credentials)},
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.settings!r})"

    # -------------------------------------------------------------------- request preparation

    @staticmethod
    def _secret_request(
        body: RealtimeCreateClientSecretRequest | Mapping[str, Any] | None,
        session: Mapping[str, Any] | None,
        expires_after_seconds: int | None,
    ) -> RealtimeCreateClientSecretRequest:
        if body is not None and (session is not None or expires_after_seconds is not None):
            raise TypeError("pass body=, or session=/expires_after_seconds=, not both")
        if body is None:
            data: dict[str, Any] = {}
            if session is not None:
                data["session"] = dict(session)
            if expires_after_seconds is not None:
                data["expires_after"] = {"anchor": "created_at", "seconds": expires_after_seconds}
            body = data
        return _model(RealtimeCreateClientSecretRequest, body, "body")

    def _finish(self, operation: ModuleType, response: Response[Any], url: str) -> Any:
        status = int(response.status_code)
        if status >= 400 or status < 200:
            raise api_error_from_response(
                status,
                response.content,
                response.headers,
                secrets=self.credentials.secrets(),
                url=url,
            )
        if operation is create_realtime_call:
            location = response.headers.get("location", "")
            call_id = location.rstrip("/").rsplit("/", 1)[-1]
            if not call_id:
                raise APIResponseValidationError(
                    "POST /realtime/calls answered without a Location header naming the call",
                    status_code=status,
                    body=response.content.decode("utf-8", "replace"),
                )
            return RealtimeCall(call_id=call_id, sdp=str(response.parsed or ""))
        return response.parsed

    def _connection_error(self, exc: Exception, url: str) -> Exception:
        text = redact(str(exc) or type(exc).__name__, self.credentials.secrets())
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"Request to {url} timed out ({text}).")
        return APIConnectionError(
            f"Could not reach {url}: {text}. Check the base URL / endpoint and the network."
        )

    def _validation_error(self, exc: Exception, url: str) -> Exception:
        return APIResponseValidationError(
            f"The answer from {url} does not fit the spec's response model: {exc!r}",
            status_code=200,
            body=None,
        )


def _check_body(kwargs: Mapping[str, Any]) -> None:
    """Refuse a request body that is not JSON (``NaN``/``Infinity``) before sending it."""
    body = kwargs.get("body")
    to_dict = getattr(body, "to_dict", None)
    if callable(to_dict):
        check_finite(to_dict(), "the request body")


def _url(client: _BaseClient, path: str) -> str:
    return client.settings.rest_base_url() + path


class RealtimeClient(_BaseClient):
    """Blocking REST client for the ``/realtime`` operations.

    Build it from an API key (``api_key=``, else ``OPENAI_API_KEY``) and a base URL
    (``base_url=``, else ``OPENAI_BASE_URL``/``OPENAI_API_BASE``, default
    ``https://api.openai.com/v1``), or from any :class:`~openai_realtime.config.Settings` keyword
    (``api_type="azure"``, ``api_base=``, ``api_version=``, ``auth_type="azure_ad"``,
    ``credential=``, …), or from a resolved ``settings=``. ``timeout`` is in seconds.

    Use as a context manager (or call :meth:`close`) to release the connection pool.

    Raises:
        ConfigurationError: incomplete or contradictory settings (before any traffic).
    """

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the underlying HTTP connection pool."""
        self._api.get_httpx_client().close()

    def _call(self, operation: ModuleType, path: str, **kwargs: Any) -> Any:
        url = _url(self, path)
        _check_body(kwargs)
        try:
            response = operation.sync_detailed(client=self._api, **kwargs)
        except httpx.HTTPError as exc:
            raise self._connection_error(exc, url) from None
        except (KeyError, TypeError, ValueError) as exc:
            raise self._validation_error(exc, url) from exc
        return self._finish(operation, response, url)

    def create_client_secret(
        self,
        body: RealtimeCreateClientSecretRequest | Mapping[str, Any] | None = None,
        *,
        session: Mapping[str, Any] | None = None,
        expires_after_seconds: int | None = None,
    ) -> RealtimeCreateClientSecretResponse:
        """``POST /realtime/client_secrets``: mint an ephemeral client secret (``ek_…``).

        Args:
            body: a ``RealtimeCreateClientSecretRequest`` (model or dict); or instead
            session: the session configuration (``{"type": "realtime", "model": ...}`` or
                ``{"type": "transcription", "audio": {...}}``), and
            expires_after_seconds: lifetime in seconds (10-7200; server default 600).

        Returns:
            ``RealtimeCreateClientSecretResponse``: ``value`` (the secret), ``expires_at`` (Unix
            seconds) and the effective ``session``.
        """
        self.settings.rest_path("/realtime/client_secrets")  # preview: a clear error, no traffic
        request = self._secret_request(body, session, expires_after_seconds)
        result: RealtimeCreateClientSecretResponse = self._call(
            create_realtime_client_secret, "/realtime/client_secrets", body=request
        )
        return result

    def mint_client_secret(
        self, session: Mapping[str, Any], *, expires_after_seconds: int | None = None
    ) -> MintedSecret:
        """Mint an ephemeral client secret for ``session`` (a GA session configuration, e.g.
        ``{"type": "realtime", "model": "gpt-realtime"}`` or ``{"type": "transcription", ...}``)
        with the operation the configured protocol offers: ``POST /realtime/client_secrets``
        on OpenAI and Azure GA; on Azure preview ``POST /openai/realtimeapi/sessions`` (or
        ``transcription_sessions``), whose secrets last one minute (``expires_after_seconds``
        must then be left unset).
        """
        if not self.settings.is_preview:
            answer = self.create_client_secret(
                session=session, expires_after_seconds=expires_after_seconds
            )
            return _minted_ga(answer)
        if expires_after_seconds is not None:
            raise ValueError(
                "Azure preview client secrets last one minute; omit expires_after_seconds"
            )
        transcription, body = _preview_body(session)
        if transcription:
            return _minted(self.create_transcription_session(body))
        return _minted(self.create_session(body))

    def create_session(
        self, body: RealtimeSessionCreateRequest | Mapping[str, Any]
    ) -> RealtimeSessionCreateResponse:
        """``POST /realtime/sessions`` (pre-GA shape; Azure preview ``realtimeapi/sessions``):
        create a session and its client secret (``client_secret.value``)."""
        result: RealtimeSessionCreateResponse = self._call(
            create_realtime_session,
            "/realtime/sessions",
            body=_model(RealtimeSessionCreateRequest, body, "body"),
        )
        return result

    def create_transcription_session(
        self, body: RealtimeTranscriptionSessionCreateRequest | Mapping[str, Any]
    ) -> RealtimeTranscriptionSessionCreateResponse:
        """``POST /realtime/transcription_sessions`` (pre-GA shape; Azure preview
        ``realtimeapi/transcription_sessions``): create a transcription session and its secret."""
        result: RealtimeTranscriptionSessionCreateResponse = self._call(
            create_realtime_transcription_session,
            "/realtime/transcription_sessions",
            body=_model(RealtimeTranscriptionSessionCreateRequest, body, "body"),
        )
        return result

    def create_translation_client_secret(
        self, body: RealtimeTranslationClientSecretCreateRequest | Mapping[str, Any]
    ) -> RealtimeTranslationClientSecretCreateResponse:
        """``POST /realtime/translations/client_secrets``: a client secret for a translation
        session (OpenAI only)."""
        result: RealtimeTranslationClientSecretCreateResponse = self._call(
            create_realtime_translation_client_secret,
            "/realtime/translations/client_secrets",
            body=_model(RealtimeTranslationClientSecretCreateRequest, body, "body"),
        )
        return result

    def create_call(self, sdp: str, *, session: Mapping[str, Any] | None = None) -> RealtimeCall:
        """``POST /realtime/calls``: start a WebRTC call from an SDP offer (multipart form).

        Returns the SDP answer and the call id (from the ``Location`` header).
        """
        result: RealtimeCall = self._call(
            create_realtime_call, "/realtime/calls", body=_call_request(sdp, session)
        )
        return result

    def accept_call(
        self, call_id: str, session: RealtimeSessionCreateRequestGA | Mapping[str, Any]
    ) -> None:
        """``POST /realtime/calls/{call_id}/accept``: accept an incoming SIP call with a
        session configuration (``RealtimeSessionCreateRequestGA``)."""
        self._call(
            accept_realtime_call,
            f"/realtime/calls/{call_id}/accept",
            call_id=call_id,
            body=_model(RealtimeSessionCreateRequestGA, session, "session"),
        )

    def hangup_call(self, call_id: str) -> None:
        """``POST /realtime/calls/{call_id}/hangup``: end a call."""
        self._call(hangup_realtime_call, f"/realtime/calls/{call_id}/hangup", call_id=call_id)

    def refer_call(self, call_id: str, target_uri: str) -> None:
        """``POST /realtime/calls/{call_id}/refer``: transfer a SIP call to ``target_uri``
        (``tel:`` or ``sip:``)."""
        self._call(
            refer_realtime_call,
            f"/realtime/calls/{call_id}/refer",
            call_id=call_id,
            body=RealtimeCallReferRequest(target_uri=target_uri),
        )

    def reject_call(self, call_id: str, status_code: int | None = None) -> None:
        """``POST /realtime/calls/{call_id}/reject``: decline an incoming SIP call, optionally
        with a SIP ``status_code`` (server default 603)."""
        self._call(
            reject_realtime_call,
            f"/realtime/calls/{call_id}/reject",
            call_id=call_id,
            body=UNSET
            if status_code is None
            else RealtimeCallRejectRequest(status_code=status_code),
        )


class AsyncRealtimeClient(_BaseClient):
    """Async REST client for the ``/realtime`` operations; same methods and arguments as
    :class:`RealtimeClient`, as coroutines. Use ``async with`` or ``await client.aclose()``."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the underlying HTTP connection pool."""
        await self._api.get_async_httpx_client().aclose()

    async def _call(self, operation: ModuleType, path: str, **kwargs: Any) -> Any:
        url = _url(self, path)
        _check_body(kwargs)
        try:
            response = await operation.asyncio_detailed(client=self._api, **kwargs)
        except httpx.HTTPError as exc:
            raise self._connection_error(exc, url) from None
        except (KeyError, TypeError, ValueError) as exc:
            raise self._validation_error(exc, url) from exc
        return self._finish(operation, response, url)

    async def create_client_secret(
        self,
        body: RealtimeCreateClientSecretRequest | Mapping[str, Any] | None = None,
        *,
        session: Mapping[str, Any] | None = None,
        expires_after_seconds: int | None = None,
    ) -> RealtimeCreateClientSecretResponse:
        """See :meth:`RealtimeClient.create_client_secret`."""
        self.settings.rest_path("/realtime/client_secrets")  # preview: a clear error, no traffic
        request = self._secret_request(body, session, expires_after_seconds)
        result: RealtimeCreateClientSecretResponse = await self._call(
            create_realtime_client_secret, "/realtime/client_secrets", body=request
        )
        return result

    async def mint_client_secret(
        self, session: Mapping[str, Any], *, expires_after_seconds: int | None = None
    ) -> MintedSecret:
        """See :meth:`RealtimeClient.mint_client_secret`."""
        if not self.settings.is_preview:
            answer = await self.create_client_secret(
                session=session, expires_after_seconds=expires_after_seconds
            )
            return _minted_ga(answer)
        if expires_after_seconds is not None:
            raise ValueError(
                "Azure preview client secrets last one minute; omit expires_after_seconds"
            )
        transcription, body = _preview_body(session)
        if transcription:
            return _minted(await self.create_transcription_session(body))
        return _minted(await self.create_session(body))

    async def create_session(
        self, body: RealtimeSessionCreateRequest | Mapping[str, Any]
    ) -> RealtimeSessionCreateResponse:
        """See :meth:`RealtimeClient.create_session`."""
        result: RealtimeSessionCreateResponse = await self._call(
            create_realtime_session,
            "/realtime/sessions",
            body=_model(RealtimeSessionCreateRequest, body, "body"),
        )
        return result

    async def create_transcription_session(
        self, body: RealtimeTranscriptionSessionCreateRequest | Mapping[str, Any]
    ) -> RealtimeTranscriptionSessionCreateResponse:
        """See :meth:`RealtimeClient.create_transcription_session`."""
        result: RealtimeTranscriptionSessionCreateResponse = await self._call(
            create_realtime_transcription_session,
            "/realtime/transcription_sessions",
            body=_model(RealtimeTranscriptionSessionCreateRequest, body, "body"),
        )
        return result

    async def create_translation_client_secret(
        self, body: RealtimeTranslationClientSecretCreateRequest | Mapping[str, Any]
    ) -> RealtimeTranslationClientSecretCreateResponse:
        """See :meth:`RealtimeClient.create_translation_client_secret`."""
        result: RealtimeTranslationClientSecretCreateResponse = await self._call(
            create_realtime_translation_client_secret,
            "/realtime/translations/client_secrets",
            body=_model(RealtimeTranslationClientSecretCreateRequest, body, "body"),
        )
        return result

    async def create_call(
        self, sdp: str, *, session: Mapping[str, Any] | None = None
    ) -> RealtimeCall:
        """See :meth:`RealtimeClient.create_call`."""
        result: RealtimeCall = await self._call(
            create_realtime_call, "/realtime/calls", body=_call_request(sdp, session)
        )
        return result

    async def accept_call(
        self, call_id: str, session: RealtimeSessionCreateRequestGA | Mapping[str, Any]
    ) -> None:
        """See :meth:`RealtimeClient.accept_call`."""
        await self._call(
            accept_realtime_call,
            f"/realtime/calls/{call_id}/accept",
            call_id=call_id,
            body=_model(RealtimeSessionCreateRequestGA, session, "session"),
        )

    async def hangup_call(self, call_id: str) -> None:
        """See :meth:`RealtimeClient.hangup_call`."""
        await self._call(hangup_realtime_call, f"/realtime/calls/{call_id}/hangup", call_id=call_id)

    async def refer_call(self, call_id: str, target_uri: str) -> None:
        """See :meth:`RealtimeClient.refer_call`."""
        await self._call(
            refer_realtime_call,
            f"/realtime/calls/{call_id}/refer",
            call_id=call_id,
            body=RealtimeCallReferRequest(target_uri=target_uri),
        )

    async def reject_call(self, call_id: str, status_code: int | None = None) -> None:
        """See :meth:`RealtimeClient.reject_call`."""
        await self._call(
            reject_realtime_call,
            f"/realtime/calls/{call_id}/reject",
            call_id=call_id,
            body=UNSET
            if status_code is None
            else RealtimeCallRejectRequest(status_code=status_code),
        )


def _call_request(sdp: str, session: Mapping[str, Any] | None) -> RealtimeCallCreateRequest:
    data: dict[str, Any] = {"sdp": sdp}
    if session is not None:
        data["session"] = dict(session)
    return _model(RealtimeCallCreateRequest, data, "call request")
