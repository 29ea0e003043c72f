"""The local server answers unknown Azure deployments and unknown transcription models as the real
services do (Azure: 404 DeploymentNotFound, REST and handshake; OpenAI: invalid_value naming the
supported values, REST and session.update), and both lists are configurable. Real client, real
sockets on 127.0.0.1."""

from __future__ import annotations

import pytest
from openai_realtime import (
    AsyncRealtimeClient,
    BadRequestError,
    NotFoundError,
    RealtimeClient,
    connect_realtime_session,
    connect_realtime_transcription_session,
)
from openai_realtime.server import LocalRealtimeServer, ServerConfig
from openai_realtime.server.catalog import DEFAULT_TRANSCRIPTION_MODELS

KEY = "sk-catalog-test"


def azure(server: LocalRealtimeServer, **kwargs: object) -> dict[str, object]:
    return {"api_type": "azure", "api_base": server.azure_endpoint, "api_key": KEY, **kwargs}


def transcription(model: str) -> dict[str, object]:
    return {"type": "transcription", "audio": {"input": {"transcription": {"model": model}}}}


@pytest.mark.parametrize("api_version", [None, "2025-04-01-preview"])
def test_an_unknown_deployment_is_not_found_over_rest(
    server: LocalRealtimeServer, api_version: str | None
) -> None:
    with RealtimeClient(**azure(server, api_version=api_version)) as client:  # type: ignore[arg-type]
        with pytest.raises(NotFoundError) as info:
            client.mint_client_secret({"type": "realtime", "model": "no-such-deployment"})
        assert info.value.code == "DeploymentNotFound"
        assert "deployment for this resource does not exist" in str(info.value)
        # a deployment the resource has
        assert client.mint_client_secret({"type": "realtime", "model": "gpt-realtime"}).value


@pytest.mark.parametrize("api_version", [None, "2025-04-01-preview"])
async def test_an_unknown_deployment_is_not_found_at_the_handshake(
    server: LocalRealtimeServer, api_version: str | None
) -> None:
    with pytest.raises(NotFoundError) as info:
        async with connect_realtime_session(
            **azure(server, deployment="no-such-deployment", api_version=api_version)  # type: ignore[arg-type]
        ):
            pass
    assert info.value.code == "DeploymentNotFound"
    async with connect_realtime_session(
        **azure(server, deployment="gpt-realtime-mini", api_version=api_version)  # type: ignore[arg-type]
    ) as session:
        assert (await session.wait_for("session.created", timeout=10)).type_ == "session.created"


def test_the_openai_surface_is_not_an_azure_resource(server: LocalRealtimeServer) -> None:
    with RealtimeClient(api_key=KEY, api_base=server.base_url) as client:
        assert client.mint_client_secret({"type": "realtime", "model": "any-model-name"}).value


def test_an_unknown_transcription_model_over_rest(server: LocalRealtimeServer) -> None:
    with RealtimeClient(api_key=KEY, api_base=server.base_url) as client:
        with pytest.raises(BadRequestError) as info:
            client.mint_client_secret(transcription("gpt-nonexistent-transcribe"))
        assert info.value.code == "invalid_value"
        assert info.value.param == "session.audio.input.transcription.model"
        assert "Supported values are:" in str(info.value) and "'whisper-1'" in str(info.value)
        for model in sorted(DEFAULT_TRANSCRIPTION_MODELS):
            assert client.mint_client_secret(transcription(model)).value


async def test_an_unknown_transcription_model_in_session_update(
    server: LocalRealtimeServer,
) -> None:
    async with connect_realtime_transcription_session(api_key=KEY, api_base=server.base_url) as s:
        await s.wait_for("session.created", timeout=10)
        await s.send({"type": "session.update", "session": transcription("nope-transcribe")})
        error = await s.wait_for("error", timeout=10)
        assert error.error.code == "invalid_value"
        assert error.error.param == "session.audio.input.transcription.model"
        await s.send({"type": "session.update", "session": transcription("gpt-4o-mini-transcribe")})
        updated = await s.wait_for("session.updated", timeout=10)
        assert updated.session.audio.input_.transcription.model == "gpt-4o-mini-transcribe"


async def test_both_lists_are_configurable() -> None:
    config = ServerConfig(
        api_keys=frozenset({KEY}),
        azure_deployments=frozenset({"my-realtime"}),
        transcription_models=None,
    )
    async with LocalRealtimeServer(config) as srv, AsyncRealtimeClient(**azure(srv)) as client:  # type: ignore[arg-type]
        assert (await client.mint_client_secret({"type": "realtime", "model": "my-realtime"})).value
        with pytest.raises(NotFoundError):
            await client.mint_client_secret({"type": "realtime", "model": "gpt-realtime"})
        assert (await client.mint_client_secret(transcription("my-own-transcriber"))).value
    async with (
        LocalRealtimeServer(ServerConfig(api_keys=frozenset({KEY}), azure_deployments=None)) as srv,
        AsyncRealtimeClient(**azure(srv)) as client,
    ):  # type: ignore[arg-type]
        assert (await client.mint_client_secret({"type": "realtime", "model": "whatever"})).value
