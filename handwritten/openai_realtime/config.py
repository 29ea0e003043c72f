"""Settings: where to connect and how to authenticate, for OpenAI and Azure OpenAI.

Pure logic, no I/O: resolving settings from arguments and the environment, validating them,
and building every URL and header the REST client and the WebSocket use. Both facades (sync and
async) and the tests share it. The vocabulary follows the PowerShell module PSOpenAI
(``api_type``, ``auth_type``, ``api_base``, ``api_key``, ``api_version``) and Azure's docs
(endpoint, deployment, api-version). URL forms: ``../shared/notes/wire-protocol.md``.

Precedence for every field: explicit argument, then environment, then default.

Which service (``api_type``), when not given: Azure OpenAI for an ``auth_type`` of ``azure`` /
``azure_ad``, a ``credential`` / ``token_provider``, or a base URL on an Azure OpenAI host
(``*.openai.azure.com``, ``*.cognitiveservices.azure.com``, ``*.services.ai.azure.com``); with no
base URL given (argument or ``OPENAI_BASE_URL``), Azure when ``AZURE_OPENAI_ENDPOINT`` is set (as openai-python's ``AzureOpenAI``
reads it, with ``AZURE_OPENAI_API_KEY`` and ``OPENAI_API_VERSION``) and ``OPENAI_API_KEY`` is not;
both set is refused as ambiguous. Otherwise OpenAI. ``api_type="openai"`` with an Azure host is
refused unless the URL is the OpenAI-compatible ``…/openai/v1``.

| field | environment |
| --- | --- |
| ``api_key`` | ``OPENAI_API_KEY`` (OpenAI), ``AZURE_OPENAI_API_KEY`` (Azure) |
| ``api_base`` | ``OPENAI_BASE_URL``, alias ``OPENAI_API_BASE`` (OpenAI); ``AZURE_OPENAI_ENDPOINT`` (Azure) |
| ``api_version`` | ``OPENAI_API_VERSION`` (Azure only; selects the beta dialect) |
| ``organization`` / ``project`` | ``OPENAI_ORGANIZATION`` / ``OPENAI_PROJECT`` (OpenAI only) |
"""

from __future__ import annotations

import os
import re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Literal
from urllib.parse import urlencode, urlsplit, urlunsplit

import attrs

from .errors import ConfigurationError

__all__ = [
    "DEFAULT_AZURE_SCOPE",
    "DEFAULT_BASE_URL",
    "DEFAULT_MODEL",
    "ApiType",
    "AuthType",
    "ConnectionKind",
    "Secret",
    "Settings",
]

ApiType = Literal["openai", "azure"]
AuthType = Literal["openai", "azure", "azure_ad"]
#: What a WebSocket is opened for (the spec's session types, plus calls and translations): a
#: realtime conversation (``?model=``), a transcription session (``?intent=transcription``), an
#: existing WebRTC/SIP call (``?call_id=``), or a translation.
ConnectionKind = Literal["realtime", "transcription", "call", "translation"]

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_MODEL = "gpt-realtime"
DEFAULT_TRANSLATION_MODEL = "gpt-realtime-translate"
DEFAULT_AZURE_SCOPE = "https://cognitiveservices.azure.com/.default"
FOUNDRY_SCOPE = "https://ai.azure.com/.default"
_DATED_API_VERSION = re.compile(r"^\d{4}-\d{2}-\d{2}(-preview)?$")
_LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
#: Host name suffixes of Azure OpenAI resources (public and sovereign clouds, AI Foundry).
AZURE_HOST_SUFFIXES = (
    ".openai.azure.com",
    ".cognitiveservices.azure.com",
    ".services.ai.azure.com",
    ".openai.azure.us",
    ".cognitiveservices.azure.us",
    ".openai.azure.cn",
    ".cognitiveservices.azure.cn",
)

TokenProvider = Callable[[], "str | Awaitable[str]"]


@attrs.frozen(repr=False, eq=False)
class Secret:
    """A secret string (API key, client secret, token) that never shows in ``repr``/``str``.

    ``reveal()`` returns the value; use it only to build a header.
    """

    _value: str

    def __attrs_post_init__(self) -> None:
        from .redaction import register_secret

        register_secret(self._value)

    def reveal(self) -> str:
        """The secret value."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __bool__(self) -> bool:
        return bool(self._value)


def _env(environ: Mapping[str, str], *names: str) -> str | None:
    for name in names:
        value = environ.get(name)
        if value:
            return value
    return None


@attrs.frozen(repr=False)
class Settings:
    """Resolved connection settings. Build with :meth:`Settings.resolve`, not directly.

    Attributes:
        api_type: ``"openai"`` or ``"azure"``.
        auth_type: ``"openai"`` (``Authorization: Bearer <key>``), ``"azure"`` (``api-key``
            header) or ``"azure_ad"`` (``Authorization: Bearer <Entra ID token>``).
        api_base: OpenAI: the REST base URL including ``/v1``. Azure: the resource endpoint
            (``https://<resource>.openai.azure.com``), without ``/openai``.
        api_key: the key, as a :class:`Secret` (``None`` for ``azure_ad``).
        api_version: Azure ``api-version`` (e.g. ``"2025-04-01-preview"``), which selects the
            beta dialect; ``None`` selects the GA dialect (``/openai/v1``).
        model: default model (OpenAI) or deployment name (Azure) for conversation sessions.
        organization, project: OpenAI ``OpenAI-Organization`` / ``OpenAI-Project`` headers.
        credential: an azure-identity ``TokenCredential`` or ``AsyncTokenCredential``.
        token_provider: a callable returning a bearer token (``str`` or awaitable ``str``).
        scope: the Entra ID token scope.
    """

    api_type: ApiType
    auth_type: AuthType
    api_base: str
    api_key: Secret | None = None
    api_version: str | None = None
    model: str | None = None
    organization: str | None = None
    project: str | None = None
    credential: Any = None
    token_provider: TokenProvider | None = None
    scope: str = DEFAULT_AZURE_SCOPE

    # ---------------------------------------------------------------- resolution and validation

    @classmethod
    def resolve(
        cls,
        *,
        api_type: ApiType | None = None,
        auth_type: AuthType | None = None,
        api_base: str | None = None,
        api_key: str | Secret | None = None,
        api_version: str | None = None,
        model: str | None = None,
        deployment: str | None = None,
        organization: str | None = None,
        project: str | None = None,
        credential: Any = None,
        token_provider: TokenProvider | None = None,
        scope: str | None = None,
        environ: Mapping[str, str] | None = None,
        key_optional: bool = False,
    ) -> Settings:
        """Resolve settings from arguments, then ``environ`` (default ``os.environ``), then defaults.

        ``api_base`` is the base URL (OpenAI) or resource endpoint (Azure); the environment's
        ``OPENAI_BASE_URL`` / ``OPENAI_API_BASE`` / ``AZURE_OPENAI_ENDPOINT`` fill it when it is
        not given. ``deployment`` is an alias of ``model``.
        ``api_type="azure"`` implies ``auth_type="azure"`` unless ``"azure_ad"`` is asked for
        (or a ``credential``/``token_provider`` is given). ``key_optional`` is for callers that
        authenticate with an ephemeral client secret instead of a key.

        Raises:
            ConfigurationError: a setting is missing or contradictory; the message says what to
                set. Nothing is sent over the network before this check passes.
        """
        env = os.environ if environ is None else environ
        base = api_base
        if model and deployment and model != deployment:
            raise ConfigurationError("Give model or deployment (the same setting), not both.")
        model = model or deployment

        entra_given = credential is not None or token_provider is not None
        if api_type is None:
            api_type = _detect_api_type(base, auth_type, entra_given, env)
        if api_type not in ("openai", "azure"):
            raise ConfigurationError(f"api_type must be 'openai' or 'azure', not {api_type!r}.")
        if auth_type is None:
            if api_type == "azure":
                auth_type = "azure_ad" if entra_given else "azure"
            else:
                auth_type = "openai"
        if auth_type not in ("openai", "azure", "azure_ad"):
            raise ConfigurationError(
                f"auth_type must be 'openai', 'azure' or 'azure_ad', not {auth_type!r}."
            )
        if api_type == "openai" and auth_type != "openai":
            raise ConfigurationError(
                f"auth_type={auth_type!r} needs api_type='azure' and an Azure OpenAI endpoint "
                "(api_base= or AZURE_OPENAI_ENDPOINT)."
            )
        if entra_given and auth_type != "azure_ad":
            raise ConfigurationError(
                "A credential or token_provider is only used with auth_type='azure_ad'."
            )
        if credential is not None and token_provider is not None:
            raise ConfigurationError("Give a credential or a token_provider, not both.")

        key = api_key.reveal() if isinstance(api_key, Secret) else api_key
        if api_type == "openai":
            what = "api_base" if base else _env_name(env, "OPENAI_BASE_URL", "OPENAI_API_BASE")
            base = base or _env(env, "OPENAI_BASE_URL", "OPENAI_API_BASE") or DEFAULT_BASE_URL
            key = key or _env(env, "OPENAI_API_KEY")
            if api_version:
                raise ConfigurationError(
                    "api_version is an Azure OpenAI setting; OpenAI's API has no api-version. "
                    "Remove it (or unset OPENAI_API_VERSION), or set api_type='azure'."
                )
            if not key and not key_optional:
                raise ConfigurationError(
                    "No API key: pass api_key= or set OPENAI_API_KEY "
                    "(for the local server: the key it was started with)."
                )
            what = what or "api_base"
            base = _check_url(base, what)
            if _is_azure_host(base) and not urlsplit(base).path.endswith("/openai/v1"):
                fix = (
                    "use api_type='azure' (or leave api_type unset)"
                    if what == "api_base"
                    else f"set AZURE_OPENAI_ENDPOINT to it instead of {what}"
                )
                raise ConfigurationError(
                    f"{what} {base!r} is an Azure OpenAI endpoint: {fix}, or give its "
                    f"OpenAI-compatible base URL {base}/openai/v1."
                )
            organization = organization or _env(env, "OPENAI_ORGANIZATION")
            project = project or _env(env, "OPENAI_PROJECT")
        else:
            what = "api_base" if base else "AZURE_OPENAI_ENDPOINT"
            base = base or _env(env, "AZURE_OPENAI_ENDPOINT")
            if not base:
                raise ConfigurationError(
                    "Azure OpenAI needs the resource endpoint: pass api_base= or set "
                    "AZURE_OPENAI_ENDPOINT, e.g. https://<resource>.openai.azure.com."
                )
            base = _check_azure_endpoint(base, what)
            api_version = api_version or _env(env, "OPENAI_API_VERSION")
            if api_version is not None and not _DATED_API_VERSION.match(api_version):
                raise ConfigurationError(
                    f"api_version {api_version!r} is not a dated preview version: the GA path "
                    "(/openai/v1) takes no api-version (Azure answers 401 to one). Leave "
                    "api_version unset (and unset OPENAI_API_VERSION) for GA, or give a preview "
                    "version such as '2025-04-01-preview'."
                )
            if auth_type == "azure":
                key = key or _env(env, "AZURE_OPENAI_API_KEY")
                if not key and not key_optional:
                    raise ConfigurationError(
                        "No Azure API key: pass api_key= or set AZURE_OPENAI_API_KEY, or use "
                        "Microsoft Entra ID with auth_type='azure_ad' (and a credential)."
                    )
            else:
                if key:
                    raise ConfigurationError(
                        "auth_type='azure_ad' authenticates with Entra ID tokens; do not also "
                        "give api_key (use auth_type='azure' for key authentication)."
                    )
            if organization or project:
                raise ConfigurationError("organization/project are OpenAI settings, not Azure.")
        if scope is None:
            scope = FOUNDRY_SCOPE if ".services.ai.azure.com" in base else DEFAULT_AZURE_SCOPE
        return cls(
            api_type=api_type,
            auth_type=auth_type,
            api_base=base,
            api_key=Secret(key) if key else None,
            api_version=api_version,
            model=model,
            organization=organization,
            project=project,
            credential=credential,
            token_provider=token_provider,
            scope=scope,
        )

    def __repr__(self) -> str:
        fields = [
            f"api_type={self.api_type!r}",
            f"auth_type={self.auth_type!r}",
            f"api_base={self.api_base!r}",
            "api_key=***" if self.api_key else "api_key=None",
        ]
        if self.api_version:
            fields.append(f"api_version={self.api_version!r}")
        if self.model:
            fields.append(f"model={self.model!r}")
        return f"Settings({', '.join(fields)})"

    # ------------------------------------------------------------------------------ protocol

    @property
    def dialect(self) -> Literal["ga", "beta"]:
        """The protocol dialect: ``"beta"`` (beta-shaped events, Azure's ``/openai/realtime``
        paths) on Azure with a dated preview ``api_version``, else ``"ga"``."""
        return "beta" if self.api_type == "azure" and self.api_version is not None else "ga"

    def rest_base_url(self) -> str:
        """Base URL the generated endpoint functions are joined to (``/realtime/...`` follows).

        OpenAI: ``api_base`` (e.g. ``https://api.openai.com/v1``). Azure GA:
        ``<endpoint>/openai/v1``. Azure beta dialect: ``<endpoint>/openai`` (paths are then mapped by
        :meth:`rest_path`).
        """
        if self.api_type == "openai":
            return self.api_base
        return f"{self.api_base}/openai" if self.dialect == "beta" else f"{self.api_base}/openai/v1"

    def rest_path(self, path: str) -> tuple[str, dict[str, str]]:
        """Map a spec path (``/realtime/sessions``) to the path and query to request.

        Only the Azure beta dialect changes anything: ``/realtime/sessions`` becomes
        ``/realtimeapi/sessions?api-version=<v>`` (likewise ``transcription_sessions``).

        Raises:
            ConfigurationError: the operation does not exist in the beta dialect.
        """
        if self.dialect == "ga":
            return path, {}
        assert self.api_version is not None
        beta_paths = {
            "/realtime/sessions": "/realtimeapi/sessions",
            "/realtime/transcription_sessions": "/realtimeapi/transcription_sessions",
        }
        if path == "/realtime/client_secrets":
            raise ConfigurationError(
                "Azure's beta dialect (api_version set) mints client secrets with create_session() / "
                "create_transcription_session() (POST /openai/realtimeapi/sessions): use the "
                "answer's client_secret.value; or leave api_version unset to use GA client_secrets."
            )
        if path not in beta_paths:
            raise ConfigurationError(
                f"{path} is not offered by Azure's beta dialect (api_version="
                f"{self.api_version}); leave api_version unset to use the GA /openai/v1 path."
            )
        return beta_paths[path], {"api-version": self.api_version}

    def websocket_url(
        self,
        kind: ConnectionKind = "realtime",
        *,
        model: str | None = None,
        call_id: str | None = None,
    ) -> str:
        """The ``wss://`` (``ws://`` for a plain-HTTP local server) URL to open.

        | kind | OpenAI / Azure GA | Azure beta dialect |
        | --- | --- | --- |
        | realtime | ``…/realtime?model=<model>`` | ``…/openai/realtime?api-version=<v>&deployment=<d>`` |
        | transcription | ``…/realtime?intent=transcription`` | ``…&intent=transcription`` |
        | call | ``…/realtime?call_id=<id>`` | not offered |
        | translation | ``…/realtime/translations?model=<model>`` (OpenAI only) | not offered |

        No secret ever goes into the URL.

        Raises:
            ConfigurationError: a missing model/deployment or call id, or a kind the chosen
                protocol does not offer.
        """
        model = model or self.model
        base = self.rest_base_url()
        if kind == "translation":
            if self.api_type == "azure":
                raise ConfigurationError(
                    "Realtime translation is not offered by Azure OpenAI; use api_type='openai'."
                )
            path, query = "/realtime/translations", {"model": model or DEFAULT_TRANSLATION_MODEL}
        elif kind == "call":
            if not call_id:
                raise ConfigurationError("call_id is required to join a call.")
            if self.dialect == "beta":
                raise ConfigurationError(
                    "Joining a call needs the GA dialect; leave api_version unset."
                )
            path, query = "/realtime", {"call_id": call_id}
        elif self.dialect == "beta":
            assert self.api_version is not None
            path, query = "/realtime", {"api-version": self.api_version}
            if kind == "transcription":
                query["intent"] = "transcription"
            else:
                if not model:
                    raise ConfigurationError(
                        "Azure needs the deployment name: pass deployment= (or model=)."
                    )
                query["deployment"] = model
        elif kind == "transcription":
            path, query = "/realtime", {"intent": "transcription"}
        else:
            if not model:
                if self.api_type == "azure":
                    raise ConfigurationError(
                        "Azure needs the deployment name: pass deployment= (or model=)."
                    )
                model = DEFAULT_MODEL
            path, query = "/realtime", {"model": model}
        parts = urlsplit(base + path)
        scheme = {"https": "wss", "http": "ws"}.get(parts.scheme, parts.scheme)
        return urlunsplit((scheme, parts.netloc, parts.path, urlencode(query), ""))

    def static_headers(self) -> dict[str, str]:
        """Headers that carry no secret (organization/project)."""
        headers: dict[str, str] = {}
        if self.organization:
            headers["OpenAI-Organization"] = self.organization
        if self.project:
            headers["OpenAI-Project"] = self.project
        return headers

    def secrets(self) -> tuple[str, ...]:
        """The secret values these settings hold, for redaction."""
        return (self.api_key.reveal(),) if self.api_key else ()


def _env_name(environ: Mapping[str, str], *names: str) -> str | None:
    """The first of ``names`` set (non-empty) in ``environ``."""
    return next((name for name in names if environ.get(name)), None)


def _is_azure_host(url: str) -> bool:
    """``True`` when ``url``'s host is an Azure OpenAI resource (:data:`AZURE_HOST_SUFFIXES`)."""
    try:
        host = urlsplit(url if "://" in url else f"https://{url}").hostname or ""
    except ValueError:
        return False
    return host.lower().endswith(AZURE_HOST_SUFFIXES)


def _detect_api_type(
    base: str | None, auth_type: str | None, entra_given: bool, environ: Mapping[str, str]
) -> ApiType:
    """The service when ``api_type`` is not given (rules in the module docstring)."""
    if auth_type in ("azure", "azure_ad") or entra_given:
        return "azure"
    if auth_type is not None:
        return "openai"
    if base:
        return "azure" if _is_azure_host(base) else "openai"
    if _env(environ, "OPENAI_BASE_URL", "OPENAI_API_BASE"):
        return "openai"  # OpenAI's variable (an Azure host in it is checked where it is read)
    if _env(environ, "AZURE_OPENAI_ENDPOINT"):
        if _env(environ, "OPENAI_API_KEY"):
            raise ConfigurationError(
                "Both OPENAI_API_KEY (OpenAI) and AZURE_OPENAI_ENDPOINT (Azure OpenAI) are set: "
                "say which service to use with api_type='openai' or api_type='azure'."
            )
        return "azure"
    return "openai"


def _check_url(url: str, what: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # e.g. "Invalid IPv6 URL" for http://[::1
        raise ConfigurationError(
            f"{what} {url!r} is not a valid URL ({exc}); a full URL looks like {DEFAULT_BASE_URL} "
            "(an IPv6 address goes in brackets: http://[::1]:8765/v1)."
        ) from None
    if parts.scheme not in ("http", "https", "ws", "wss") or not parts.netloc:
        raise ConfigurationError(
            f"{what} must be a full URL such as {DEFAULT_BASE_URL}, not {url!r}."
        )
    if parts.scheme in ("http", "ws") and parts.hostname not in _LOOPBACK:
        raise ConfigurationError(
            f"{what} {url!r} uses plain {parts.scheme}:// to a remote host, which would send "
            "credentials unencrypted; use https://."
        )
    if parts.query or parts.fragment:
        raise ConfigurationError(f"{what} must not carry a query or fragment: {url!r}.")
    scheme = {"ws": "http", "wss": "https"}.get(parts.scheme, parts.scheme)
    return urlunsplit((scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def _check_azure_endpoint(endpoint: str, what: str = "api_base") -> str:
    if "://" not in endpoint:
        raise ConfigurationError(
            f"The Azure endpoint must be the full resource URL, e.g. "
            f"https://{endpoint}.openai.azure.com or https://{endpoint}.cognitiveservices.azure.com "
            f"({what} is {endpoint!r}, which looks like a resource name). Copy it from the portal's "
            "'Keys and Endpoint' page."
        )
    url = _check_url(endpoint, what)
    path = urlsplit(url).path
    if "/openai" in path or "/deployments" in path:
        base = urlunsplit(urlsplit(url)._replace(path=path.split("/openai")[0]))
        raise ConfigurationError(
            f"Give the Azure endpoint without '{path}': the client appends /openai/v1 (GA) or "
            f"/openai/realtime (beta dialect) itself. Use {base!r}."
        )
    return url
