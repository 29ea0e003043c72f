"""Which service: Azure OpenAI picked from Azure host names and from openai-python's Azure
environment variables (AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION), or a
refusal naming the setting to add. Pure logic, no network."""

from __future__ import annotations

import pytest
from openai_realtime import ConfigurationError, Settings

KEY = "sk-test-KNOWNKEY-1234567890"


def resolve(environ: dict[str, str] | None = None, **kwargs: object) -> Settings:
    return Settings.resolve(environ=environ or {}, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("endpoint", "scope"),
    [
        ("https://myres.openai.azure.com", "https://cognitiveservices.azure.com/.default"),
        (
            "https://myres.cognitiveservices.azure.com",
            "https://cognitiveservices.azure.com/.default",
        ),
        ("https://myres.services.ai.azure.com", "https://ai.azure.com/.default"),
        ("https://MyRes.OpenAI.Azure.com/", "https://cognitiveservices.azure.com/.default"),
    ],
)
def test_an_azure_host_picks_azure(endpoint: str, scope: str) -> None:
    s = resolve(api_base=endpoint, api_key=KEY, deployment="gpt-rt")
    assert (s.api_type, s.auth_type, s.scope) == ("azure", "azure", scope)
    assert s.rest_base_url().endswith("/openai/v1")
    assert s.websocket_url().endswith("/openai/v1/realtime?model=gpt-rt")


def test_an_azure_host_with_a_credential_picks_entra_id() -> None:
    s = resolve(api_base="https://myres.openai.azure.com", credential=object())
    assert (s.api_type, s.auth_type) == ("azure", "azure_ad")


def test_other_hosts_stay_openai() -> None:
    for base in ("https://api.openai.com/v1", "https://openai.azure.com.example.com/v1",
                 "http://127.0.0.1:8765/v1"):  # fmt: skip
        assert resolve(api_base=base, api_key=KEY).api_type == "openai"


def test_azure_from_the_environment_as_openai_python_reads_it() -> None:
    env = {"AZURE_OPENAI_ENDPOINT": "https://myres.openai.azure.com", "AZURE_OPENAI_API_KEY": KEY}
    s = resolve(env)
    assert (s.api_type, s.auth_type, s.api_base, s.dialect) == (
        "azure", "azure", "https://myres.openai.azure.com", "ga",
    )  # fmt: skip
    assert s.api_key is not None and s.api_key.reveal() == KEY
    preview = resolve({**env, "OPENAI_API_VERSION": "2025-04-01-preview"})
    assert preview.dialect == "beta" and preview.api_version == "2025-04-01-preview"


def test_azure_endpoint_from_the_environment_with_entra_id() -> None:
    s = resolve({"AZURE_OPENAI_ENDPOINT": "https://myres.openai.azure.com"}, auth_type="azure_ad")
    assert (s.api_type, s.auth_type) == ("azure", "azure_ad")


def test_both_services_in_the_environment_is_refused() -> None:
    env = {"AZURE_OPENAI_ENDPOINT": "https://myres.openai.azure.com", "OPENAI_API_KEY": KEY}
    with pytest.raises(ConfigurationError, match="api_type='openai' or api_type='azure'"):
        resolve(env)
    assert resolve(env, api_type="openai").api_type == "openai"
    assert resolve({**env, "AZURE_OPENAI_API_KEY": "k"}, api_type="azure").api_type == "azure"


def test_an_openai_base_url_wins_over_the_azure_endpoint() -> None:
    env = {"AZURE_OPENAI_ENDPOINT": "https://myres.openai.azure.com",
           "OPENAI_BASE_URL": "https://proxy.example.com/v1", "OPENAI_API_KEY": KEY}  # fmt: skip
    assert resolve(env).api_base == "https://proxy.example.com/v1"


def test_api_type_openai_with_an_azure_host_is_refused_naming_the_fix() -> None:
    with pytest.raises(ConfigurationError, match="use api_type='azure'") as info:
        resolve(api_type="openai", api_base="https://myres.openai.azure.com", api_key=KEY)
    assert "https://myres.openai.azure.com/openai/v1" in str(info.value)
    # the OpenAI-compatible v1 path of an Azure resource is accepted as an OpenAI base URL
    ok = resolve(
        api_type="openai", api_base="https://myres.openai.azure.com/openai/v1", api_key=KEY
    )
    assert ok.rest_base_url() == "https://myres.openai.azure.com/openai/v1"


def test_an_azure_host_in_openai_base_url_names_azure_openai_endpoint() -> None:
    env = {"OPENAI_BASE_URL": "https://myres.openai.azure.com", "OPENAI_API_KEY": KEY}
    with pytest.raises(ConfigurationError, match="set AZURE_OPENAI_ENDPOINT to it instead"):
        resolve(env)


@pytest.mark.parametrize(
    ("environ", "kwargs", "needle"),
    [
        ({"OPENAI_BASE_URL": "not a url", "OPENAI_API_KEY": KEY}, {}, "OPENAI_BASE_URL must be"),
        ({"OPENAI_API_BASE": "ftp://x", "OPENAI_API_KEY": KEY}, {}, "OPENAI_API_BASE must be"),
        ({"AZURE_OPENAI_ENDPOINT": "myres", "AZURE_OPENAI_API_KEY": KEY}, {}, "AZURE_OPENAI_ENDPOINT is 'myres'"),
        ({}, {"api_key": KEY, "api_base": "http://[::1"}, "api_base 'http://[::1' is not a valid URL"),
    ],
)  # fmt: skip
def test_messages_name_where_the_value_came_from(
    environ: dict[str, str], kwargs: dict[str, str], needle: str
) -> None:
    with pytest.raises(ConfigurationError) as info:
        resolve(environ, **kwargs)
    assert needle in str(info.value)
    assert KEY not in str(info.value)
