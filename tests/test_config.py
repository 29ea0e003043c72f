"""Settings resolution, validation, URLs and headers: pure logic, no network."""

from __future__ import annotations

import pytest
from openai_realtime import ConfigurationError, Settings
from openai_realtime.auth import Credentials

KEY = "sk-test-KNOWNKEY-1234567890"
AZ = "https://myres.openai.azure.com"


def resolve(environ: dict[str, str] | None = None, **kwargs: object) -> Settings:
    return Settings.resolve(environ=environ or {}, **kwargs)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------ the URL table

# (settings kwargs, kind, extra websocket kwargs, websocket URL, REST base URL)
URL_TABLE = [
    # OpenAI
    ({"api_key": KEY}, "realtime", {}, "wss://api.openai.com/v1/realtime?model=gpt-realtime", "https://api.openai.com/v1"),
    ({"api_key": KEY}, "realtime", {"model": "gpt-realtime-mini"}, "wss://api.openai.com/v1/realtime?model=gpt-realtime-mini", "https://api.openai.com/v1"),
    ({"api_key": KEY}, "transcription", {}, "wss://api.openai.com/v1/realtime?intent=transcription", "https://api.openai.com/v1"),
    ({"api_key": KEY}, "call", {"call_id": "rtc_123"}, "wss://api.openai.com/v1/realtime?call_id=rtc_123", "https://api.openai.com/v1"),
    ({"api_key": KEY, "api_base": "http://127.0.0.1:8765/v1"}, "realtime", {"model": "m"}, "ws://127.0.0.1:8765/v1/realtime?model=m", "http://127.0.0.1:8765/v1"),
    ({"api_key": KEY, "api_base": "https://proxy.example.com/openai/v1/"}, "transcription", {}, "wss://proxy.example.com/openai/v1/realtime?intent=transcription", "https://proxy.example.com/openai/v1"),
    # Azure GA
    ({"api_type": "azure", "api_base": AZ, "api_key": KEY, "deployment": "gpt-rt"}, "realtime", {}, "wss://myres.openai.azure.com/openai/v1/realtime?model=gpt-rt", f"{AZ}/openai/v1"),
    ({"api_type": "azure", "api_base": AZ, "api_key": KEY}, "transcription", {}, "wss://myres.openai.azure.com/openai/v1/realtime?intent=transcription", f"{AZ}/openai/v1"),
    ({"api_type": "azure", "api_base": AZ, "api_key": KEY}, "call", {"call_id": "rtc_9"}, "wss://myres.openai.azure.com/openai/v1/realtime?call_id=rtc_9", f"{AZ}/openai/v1"),
    # Azure preview (api-version given)
    ({"api_type": "azure", "api_base": AZ, "api_key": KEY, "api_version": "2025-04-01-preview", "deployment": "gpt-rt"}, "realtime", {}, "wss://myres.openai.azure.com/openai/realtime?api-version=2025-04-01-preview&deployment=gpt-rt", f"{AZ}/openai"),
    ({"api_type": "azure", "api_base": AZ, "api_key": KEY, "api_version": "2025-04-01-preview"}, "transcription", {}, "wss://myres.openai.azure.com/openai/realtime?api-version=2025-04-01-preview&intent=transcription", f"{AZ}/openai"),
]  # fmt: skip


@pytest.mark.parametrize(("kwargs", "kind", "ws_kwargs", "ws_url", "rest_base"), URL_TABLE)
def test_url_table(
    kwargs: dict[str, str], kind: str, ws_kwargs: dict[str, str], ws_url: str, rest_base: str
) -> None:
    settings = resolve(**kwargs)
    assert settings.websocket_url(kind, **ws_kwargs) == ws_url  # type: ignore[arg-type]
    assert settings.rest_base_url() == rest_base
    assert KEY not in ws_url


def test_preview_rest_paths_are_mapped() -> None:
    s = resolve(api_type="azure", api_base=AZ, api_key=KEY, api_version="2025-04-01-preview")
    assert s.rest_path("/realtime/sessions") == (
        "/realtimeapi/sessions",
        {"api-version": "2025-04-01-preview"},
    )
    assert (
        s.rest_path("/realtime/transcription_sessions")[0] == "/realtimeapi/transcription_sessions"
    )
    with pytest.raises(ConfigurationError, match="not offered by Azure's beta dialect"):
        s.rest_path("/realtime/calls")
    with pytest.raises(ConfigurationError, match="create_session"):
        s.rest_path("/realtime/client_secrets")
    ga = resolve(api_type="azure", api_base=AZ, api_key=KEY)
    assert ga.rest_path("/realtime/sessions") == ("/realtime/sessions", {})
    assert s.dialect == "beta" and ga.dialect == "ga"


# ---------------------------------------------------------------------------------- headers


def test_headers_per_auth_type() -> None:
    openai = Credentials(resolve(api_key=KEY, organization="org-1", project="proj-1")).headers()
    assert openai == {
        "Authorization": f"Bearer {KEY}",
        "OpenAI-Organization": "org-1",
        "OpenAI-Project": "proj-1",
    }
    azure = Credentials(resolve(api_type="azure", api_base=AZ, api_key=KEY)).headers()
    assert azure == {"api-key": KEY}
    tokens = iter(["tok-1", "tok-2"])
    entra = Credentials(
        resolve(
            api_type="azure", api_base=AZ, auth_type="azure_ad", token_provider=lambda: next(tokens)
        )
    )
    assert entra.headers() == {"Authorization": "Bearer tok-1"}
    assert entra.headers() == {"Authorization": "Bearer tok-2"}, "a fresh token per request"


def test_client_secret_is_sent_as_bearer_even_on_azure() -> None:
    s = resolve(api_type="azure", api_base=AZ, key_optional=True)
    assert Credentials(s, bearer="ek_abc").headers() == {"Authorization": "Bearer ek_abc"}


# ------------------------------------------------------------------------------ precedence


def test_environment_precedence() -> None:
    env = {"OPENAI_API_KEY": "sk-env", "OPENAI_API_BASE": "https://alias.example.com/v1"}
    s = resolve(env)
    assert s.api_key is not None and s.api_key.reveal() == "sk-env"
    assert s.api_base == "https://alias.example.com/v1"
    env["OPENAI_BASE_URL"] = "https://primary.example.com/v1"
    assert resolve(env).api_base == "https://primary.example.com/v1"
    explicit = resolve(env, api_key="sk-arg", api_base="https://arg.example.com/v1")
    assert explicit.api_key is not None and explicit.api_key.reveal() == "sk-arg"
    assert explicit.api_base == "https://arg.example.com/v1"
    with pytest.raises(TypeError, match="base_url"):  # one name: api_base (env still read)
        resolve(env, base_url="https://arg.example.com/v1")
    az = resolve(
        {"AZURE_OPENAI_ENDPOINT": AZ, "AZURE_OPENAI_API_KEY": "az-key", "OPENAI_API_KEY": "sk-x"},
        api_type="azure",
    )
    assert az.auth_type == "azure" and az.api_key is not None and az.api_key.reveal() == "az-key"
    assert (
        resolve({"AZURE_OPENAI_ENDPOINT": AZ}, api_type="azure", auth_type="azure_ad").auth_type
        == "azure_ad"
    )


# ------------------------------------------------------------------ misconfiguration messages

MISCONFIGURATIONS = [
    ({}, "No API key: pass api_key= or set OPENAI_API_KEY"),
    ({"api_type": "azure", "api_key": KEY}, "AZURE_OPENAI_ENDPOINT"),
    ({"api_type": "azure", "api_base": "myres", "api_key": KEY}, "looks like a resource name"),
    ({"api_type": "azure", "api_base": f"{AZ}/openai/v1", "api_key": KEY}, "without '/openai/v1'"),
    ({"api_type": "azure", "api_base": f"{AZ}/openai/deployments/x", "api_key": KEY}, "client appends"),
    ({"api_type": "azure", "api_base": AZ}, "AZURE_OPENAI_API_KEY"),
    ({"api_type": "azure", "api_base": AZ, "api_key": KEY, "api_version": "v1"}, "takes no api-version"),
    ({"api_key": KEY, "api_version": "2025-04-01-preview"}, "api_version is an Azure OpenAI setting"),
    ({"api_type": "openai", "api_key": KEY, "auth_type": "azure"}, "auth_type='azure' needs api_type='azure'"),
    ({"api_key": KEY, "api_base": "http://api.example.com/v1"}, "unencrypted"),
    ({"api_key": KEY, "api_base": "api.openai.com"}, "must be a full URL"),
    ({"api_type": "azure", "api_base": AZ, "auth_type": "azure_ad", "api_key": KEY}, "do not also give api_key"),
]  # fmt: skip


@pytest.mark.parametrize(("kwargs", "message"), MISCONFIGURATIONS)
def test_misconfiguration_says_what_to_set(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve(**kwargs)
    assert message in str(info.value)
    assert KEY not in str(info.value)


def test_translation_is_refused_on_azure() -> None:
    s = resolve(api_type="azure", api_base=AZ, api_key=KEY)
    with pytest.raises(ConfigurationError, match="not offered by Azure"):
        s.websocket_url("translation")


def test_azure_conversation_needs_a_deployment() -> None:
    s = resolve(api_type="azure", api_base=AZ, api_key=KEY)
    with pytest.raises(ConfigurationError, match="deployment"):
        s.websocket_url("realtime")


def test_secrets_never_in_repr() -> None:
    s = resolve(api_key=KEY)
    assert KEY not in repr(s) and KEY not in str(s.api_key)
    assert KEY not in repr(Credentials(s))
