"""The REST client: the 9 ``/realtime`` operations as typed methods, sync and async.

:class:`RealtimeClient` (blocking) and :class:`AsyncRealtimeClient` wrap the generated endpoint
functions (``openai_realtime_api.api.realtime``) unchanged. What the spec cannot say is added
around them, per request, by an ``httpx.Auth`` flow: the auth header of the configured
:class:`~openai_realtime.config.Settings` (a fresh Entra ID token each time on ``azure_ad``), and
Azure preview's path mapping (``/realtime/sessions`` -> ``/realtimeapi/sessions?api-version=``).

httpx, the generated client and each endpoint module are imported on the first request that
needs them (:mod:`openai_realtime._rest`), not by ``import``: a program that builds a client next
to its WebSocket sessions does not pay for REST until it makes a request.

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
import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, Self

import attrs

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

if TYPE_CHECKING:
    import httpx
    from openai_realtime_api.client import Client
    from openai_realtime_api.models.realtime_create_client_secret_request import (
        RealtimeCreateClientSecretRequest,
    )
    from openai_realtime_api.models.realtime_create_client_secret_response import (
        RealtimeCreateClientSecretResponse,
    )
    from openai_realtime_api.models.realtime_session_create_request import (
        RealtimeSessionCreateRequest,
    )
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
    from openai_realtime_api.types import Response

__all__ = ["AsyncRealtimeClient", "MintedSecret", "RealtimeCall", "RealtimeClient"]

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
    from . import protocol

    transcription = session.get("type") == "transcription"
    body = protocol.to_beta({"type": "session.update", "session": dict(session)})["session"]
    if transcription:
        body.pop("model", None)
    return transcription, body


def _minted(answer: Any) -> MintedSecret:
    secret = getattr(answer, "client_secret", None)
    if secret is None or not hasattr(secret, "value"):  # absent, None or UNSET
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


def _model(module: str, name: str, value: Any, what: str) -> Any:
    """Accept the generated model ``openai_realtime_api.models.<module>.<name>`` or a plain
    mapping (converted with ``from_dict``); the model module is imported on first use."""
    cls = getattr(importlib.import_module("openai_realtime_api.models." + module), name)
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        try:
            return cls.from_dict(value)
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(
                f"{what} does not fit the spec schema {cls.__name__}: {exc!r}"
            ) from exc
    raise TypeError(f"{what} must be a {cls.__name__} or a dict, not {type(value).__name__}")


class _Request(NamedTuple):
    """One REST request: the generated endpoint module's name, the spec path (for messages),
    and the endpoint function's keyword arguments (``body=``, ``call_id=``)."""

    operation: str
    path: str
    kwargs: dict[str, Any]


def _secret_request(
    settings: Settings,
    body: RealtimeCreateClientSecretRequest | Mapping[str, Any] | None,
    session: Mapping[str, Any] | None,
    expires_after_seconds: int | None,
) -> _Request:
    settings.rest_path("/realtime/client_secrets")  # preview: a clear error, no traffic
    if body is not None and (session is not None or expires_after_seconds is not None):
        raise TypeError("pass body=, or session=/expires_after_seconds=, not both")
    if body is None:
        data: dict[str, Any] = {}
        if session is not None:
            data["session"] = dict(session)
        if expires_after_seconds is not None:
            data["expires_after"] = {"anchor": "created_at", "seconds": expires_after_seconds}
        body = data
    model = _model(
        "realtime_create_client_secret_request", "RealtimeCreateClientSecretRequest", body, "body"
    )
    return _Request("create_realtime_client_secret", "/realtime/client_secrets", {"body": model})


def _session_request(body: Any) -> _Request:
    model = _model("realtime_session_create_request", "RealtimeSessionCreateRequest", body, "body")
    return _Request("create_realtime_session", "/realtime/sessions", {"body": model})


def _transcription_session_request(body: Any) -> _Request:
    model = _model(
        "realtime_transcription_session_create_request",
        "RealtimeTranscriptionSessionCreateRequest",
        body,
        "body",
    )
    path = "/realtime/transcription_sessions"
    return _Request("create_realtime_transcription_session", path, {"body": model})


def _translation_secret_request(body: Any) -> _Request:
    model = _model(
        "realtime_translation_client_secret_create_request",
        "RealtimeTranslationClientSecretCreateRequest",
        body,
        "body",
    )
    path = "/realtime/translations/client_secrets"
    return _Request("create_realtime_translation_client_secret", path, {"body": model})


def _mint_plan(
    settings: Settings, session: Mapping[str, Any], expires_after_seconds: int | None
) -> tuple[_Request, Callable[[Any], MintedSecret]]:
    """The request that mints a secret for ``session`` on the configured protocol, and what
    makes a :class:`MintedSecret` of its answer."""
    if settings.dialect == "ga":
        request = _secret_request(settings, None, session, expires_after_seconds)
        return request, _minted_ga
    if expires_after_seconds is not None:
        raise ValueError("Azure preview client secrets last one minute; omit expires_after_seconds")
    transcription, body = _preview_body(session)
    if transcription:
        return _transcription_session_request(body), _minted
    return _session_request(body), _minted


def _call_request(sdp: str, session: Mapping[str, Any] | None) -> _Request:
    data: dict[str, Any] = {"sdp": sdp}
    if session is not None:
        data["session"] = dict(session)
    model = _model(
        "realtime_call_create_request", "RealtimeCallCreateRequest", data, "call request"
    )
    return _Request("create_realtime_call", "/realtime/calls", {"body": model})


def _call_action(action: str, call_id: str, body: Any = None) -> _Request:
    """``POST /realtime/calls/{call_id}/<action>`` (accept, hangup, refer, reject)."""
    kwargs: dict[str, Any] = {"call_id": call_id}
    if body is not None:
        kwargs["body"] = body
    return _Request(f"{action}_realtime_call", f"/realtime/calls/{call_id}/{action}", kwargs)


def _accept_request(call_id: str, session: Any) -> _Request:
    model = _model(
        "realtime_session_create_request_ga", "RealtimeSessionCreateRequestGA", session, "session"
    )
    return _call_action("accept", call_id, model)


def _refer_request(call_id: str, target_uri: str) -> _Request:
    body = {"target_uri": target_uri}
    model = _model("realtime_call_refer_request", "RealtimeCallReferRequest", body, "refer")
    return _call_action("refer", call_id, model)


def _reject_request(call_id: str, status_code: int | None) -> _Request:
    if status_code is None:  # the server's default (603)
        return _call_action("reject", call_id)
    body = {"status_code": status_code}
    model = _model("realtime_call_reject_request", "RealtimeCallRejectRequest", body, "reject")
    return _call_action("reject", call_id, model)


class _BaseClient:
    """Shared construction and answer handling of the sync and async clients."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_base: str | None = None,
        settings: Settings | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        **settings_kwargs: Any,
    ) -> None:
        if settings is None:
            settings = Settings.resolve(api_key=api_key, api_base=api_base, **settings_kwargs)
        elif api_key or api_base or settings_kwargs:
            raise TypeError("pass either settings= or individual settings, not both")
        self.settings = settings
        self.credentials = Credentials(settings)
        self._timeout = timeout
        self._client: Client | None = None  # made (with httpx imported) on the first request

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.settings!r})"

    @property
    def _api(self) -> Client:
        """The generated client, made on first use (this imports httpx)."""
        if self._client is None:
            from . import _rest

            self._client = _rest.api_client(self.credentials, self._timeout)
        return self._client

    def _prepare(self, request: _Request) -> tuple[Any, str]:
        """(the endpoint module, the full URL for messages); refuses a non-JSON body."""
        from . import _rest

        body = request.kwargs.get("body")
        to_dict = getattr(body, "to_dict", None)
        if callable(to_dict):
            check_finite(to_dict(), "the request body")  # no NaN/Infinity on the wire
        return _rest.operation(request.operation), self.settings.rest_base_url() + request.path

    def _finish(self, request: _Request, response: Response[Any], url: str) -> Any:
        status = int(response.status_code)
        if status >= 400 or status < 200:
            raise api_error_from_response(
                status,
                response.content,
                response.headers,
                secrets=self.credentials.secrets(),
                url=url,
            )
        if request.operation == "create_realtime_call":
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

    def _failure(self, exc: Exception, url: str) -> Exception | None:
        """The typed error for an exception of the HTTP layer or of the answer's parsing
        (``None``: not ours to map, re-raise as it is)."""
        from . import _rest

        if isinstance(exc, _rest.HTTPError):
            text = redact(str(exc) or type(exc).__name__, self.credentials.secrets())
            if isinstance(exc, _rest.TimeoutException):
                return APITimeoutError(f"Request to {url} timed out ({text}).")
            return APIConnectionError(
                f"Could not reach {url}: {text}. Check the base URL / endpoint and the network."
            )
        if isinstance(exc, KeyError | TypeError | ValueError):
            return APIResponseValidationError(
                f"The answer from {url} does not fit the spec's response model: {exc!r}",
                status_code=200,
                body=None,
            )
        return None


def _raise_mapped(client: _BaseClient, exc: Exception, url: str) -> None:
    error = client._failure(exc, url)
    if error is None:
        return
    if isinstance(error, APIResponseValidationError):
        raise error from exc
    raise error from None


class RealtimeClient(_BaseClient):
    """Blocking REST client for the ``/realtime`` operations.

    Build it from an API key (``api_key=``, else ``OPENAI_API_KEY``) and a base URL
    (``api_base=``, else ``OPENAI_BASE_URL``/``OPENAI_API_BASE``, default
    ``https://api.openai.com/v1``), or from any :class:`~openai_realtime.config.Settings` keyword
    (``api_type="azure"``, ``api_version=``, ``auth_type="azure_ad"``,
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
        """Close the underlying HTTP connection pool (if a request opened one)."""
        if self._client is not None:
            self._client.get_httpx_client().close()

    def _call(self, request: _Request) -> Any:
        operation, url = self._prepare(request)
        api = self._api
        try:
            response = operation.sync_detailed(client=api, **request.kwargs)
        except Exception as exc:
            _raise_mapped(self, exc, url)
            raise
        return self._finish(request, response, url)

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
        request = _secret_request(self.settings, body, session, expires_after_seconds)
        result: RealtimeCreateClientSecretResponse = self._call(request)
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
        request, minted = _mint_plan(self.settings, session, expires_after_seconds)
        return minted(self._call(request))

    def create_session(
        self, body: RealtimeSessionCreateRequest | Mapping[str, Any]
    ) -> RealtimeSessionCreateResponse:
        """``POST /realtime/sessions`` (pre-GA shape; Azure preview ``realtimeapi/sessions``):
        create a session and its client secret (``client_secret.value``)."""
        result: RealtimeSessionCreateResponse = self._call(_session_request(body))
        return result

    def create_transcription_session(
        self, body: RealtimeTranscriptionSessionCreateRequest | Mapping[str, Any]
    ) -> RealtimeTranscriptionSessionCreateResponse:
        """``POST /realtime/transcription_sessions`` (pre-GA shape; Azure preview
        ``realtimeapi/transcription_sessions``): create a transcription session and its secret."""
        result: RealtimeTranscriptionSessionCreateResponse = self._call(
            _transcription_session_request(body)
        )
        return result

    def create_translation_client_secret(
        self, body: RealtimeTranslationClientSecretCreateRequest | Mapping[str, Any]
    ) -> RealtimeTranslationClientSecretCreateResponse:
        """``POST /realtime/translations/client_secrets``: a client secret for a translation
        session (OpenAI only)."""
        result: RealtimeTranslationClientSecretCreateResponse = self._call(
            _translation_secret_request(body)
        )
        return result

    def create_call(self, sdp: str, *, session: Mapping[str, Any] | None = None) -> RealtimeCall:
        """``POST /realtime/calls``: start a WebRTC call from an SDP offer (multipart form).

        Returns the SDP answer and the call id (from the ``Location`` header).
        """
        result: RealtimeCall = self._call(_call_request(sdp, session))
        return result

    def accept_call(
        self, call_id: str, session: RealtimeSessionCreateRequestGA | Mapping[str, Any]
    ) -> None:
        """``POST /realtime/calls/{call_id}/accept``: accept an incoming SIP call with a
        session configuration (``RealtimeSessionCreateRequestGA``)."""
        self._call(_accept_request(call_id, session))

    def hangup_call(self, call_id: str) -> None:
        """``POST /realtime/calls/{call_id}/hangup``: end a call."""
        self._call(_call_action("hangup", call_id))

    def refer_call(self, call_id: str, target_uri: str) -> None:
        """``POST /realtime/calls/{call_id}/refer``: transfer a SIP call to ``target_uri``
        (``tel:`` or ``sip:``)."""
        self._call(_refer_request(call_id, target_uri))

    def reject_call(self, call_id: str, status_code: int | None = None) -> None:
        """``POST /realtime/calls/{call_id}/reject``: decline an incoming SIP call, optionally
        with a SIP ``status_code`` (server default 603)."""
        self._call(_reject_request(call_id, status_code))


class AsyncRealtimeClient(_BaseClient):
    """Async REST client for the ``/realtime`` operations; same methods and arguments as
    :class:`RealtimeClient`, as coroutines. Use ``async with`` or ``await client.aclose()``."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the underlying HTTP connection pool (if a request opened one)."""
        if self._client is not None:
            await self._client.get_async_httpx_client().aclose()

    async def _call(self, request: _Request) -> Any:
        operation, url = self._prepare(request)
        api = self._api
        try:
            response = await operation.asyncio_detailed(client=api, **request.kwargs)
        except Exception as exc:
            _raise_mapped(self, exc, url)
            raise
        return self._finish(request, response, url)

    async def create_client_secret(
        self,
        body: RealtimeCreateClientSecretRequest | Mapping[str, Any] | None = None,
        *,
        session: Mapping[str, Any] | None = None,
        expires_after_seconds: int | None = None,
    ) -> RealtimeCreateClientSecretResponse:
        """See :meth:`RealtimeClient.create_client_secret`."""
        request = _secret_request(self.settings, body, session, expires_after_seconds)
        result: RealtimeCreateClientSecretResponse = await self._call(request)
        return result

    async def mint_client_secret(
        self, session: Mapping[str, Any], *, expires_after_seconds: int | None = None
    ) -> MintedSecret:
        """See :meth:`RealtimeClient.mint_client_secret`."""
        request, minted = _mint_plan(self.settings, session, expires_after_seconds)
        return minted(await self._call(request))

    async def create_session(
        self, body: RealtimeSessionCreateRequest | Mapping[str, Any]
    ) -> RealtimeSessionCreateResponse:
        """See :meth:`RealtimeClient.create_session`."""
        result: RealtimeSessionCreateResponse = await self._call(_session_request(body))
        return result

    async def create_transcription_session(
        self, body: RealtimeTranscriptionSessionCreateRequest | Mapping[str, Any]
    ) -> RealtimeTranscriptionSessionCreateResponse:
        """See :meth:`RealtimeClient.create_transcription_session`."""
        result: RealtimeTranscriptionSessionCreateResponse = await self._call(
            _transcription_session_request(body)
        )
        return result

    async def create_translation_client_secret(
        self, body: RealtimeTranslationClientSecretCreateRequest | Mapping[str, Any]
    ) -> RealtimeTranslationClientSecretCreateResponse:
        """See :meth:`RealtimeClient.create_translation_client_secret`."""
        result: RealtimeTranslationClientSecretCreateResponse = await self._call(
            _translation_secret_request(body)
        )
        return result

    async def create_call(
        self, sdp: str, *, session: Mapping[str, Any] | None = None
    ) -> RealtimeCall:
        """See :meth:`RealtimeClient.create_call`."""
        result: RealtimeCall = await self._call(_call_request(sdp, session))
        return result

    async def accept_call(
        self, call_id: str, session: RealtimeSessionCreateRequestGA | Mapping[str, Any]
    ) -> None:
        """See :meth:`RealtimeClient.accept_call`."""
        await self._call(_accept_request(call_id, session))

    async def hangup_call(self, call_id: str) -> None:
        """See :meth:`RealtimeClient.hangup_call`."""
        await self._call(_call_action("hangup", call_id))

    async def refer_call(self, call_id: str, target_uri: str) -> None:
        """See :meth:`RealtimeClient.refer_call`."""
        await self._call(_refer_request(call_id, target_uri))

    async def reject_call(self, call_id: str, status_code: int | None = None) -> None:
        """See :meth:`RealtimeClient.reject_call`."""
        await self._call(_reject_request(call_id, status_code))
