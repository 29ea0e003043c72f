"""Issue 3's matrix, with the real client against the local server's OpenAI and Azure surfaces:

{OpenAI key, Azure key, Azure Entra ID} x {GA, preview} x {REST create, conversation WebSocket,
transcription WebSocket} x {key/token, ephemeral client secret}; plus token refresh, reconnects
with fresh tokens, and secret hygiene in every log, repr and message."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from conftest import Observed
from openai_realtime import (
    AsyncRealtimeClient,
    AuthenticationError,
    ConfigurationError,
    RealtimeClient,
    connect_realtime_session,
    connect_realtime_transcription_session,
)
from openai_realtime.server import FaultPlan, LocalRealtimeServer

OPENAI_KEY = "sk-matrix-openai-KNOWN-1"
AZURE_KEY = "azure-matrix-KNOWN-2"
PREVIEW = "2025-04-01-preview"
DEPLOYMENT = "gpt-realtime-dep"
TOKEN_LIFETIME_S = 200  # < 240 s: azure-identity fetches a fresh token for every call


pytestmark = pytest.mark.realtime_server(
    api_keys=frozenset({OPENAI_KEY}),
    azure_api_keys=frozenset({AZURE_KEY}),
    azure_deployments=frozenset({DEPLOYMENT}),  # the emulated resource's deployment
)


@pytest.fixture
def seen(received: Observed) -> Observed:
    """Client frames the server received, with their family (ga_client / beta_client)."""
    return received


def settings_for(server: LocalRealtimeServer, auth: str, protocol: str) -> dict[str, Any]:
    if auth == "openai":
        return {"api_key": OPENAI_KEY, "api_base": server.base_url}
    kwargs: dict[str, Any] = {"api_type": "azure", "api_base": server.azure_endpoint}
    if protocol == "preview":
        kwargs["api_version"] = PREVIEW
    if auth == "azure":
        kwargs["api_key"] = AZURE_KEY
    else:
        kwargs["auth_type"] = "azure_ad"
        kwargs["credential"] = server.async_token_credential(lifetime_s=TOKEN_LIFETIME_S)
    return kwargs


COMBINATIONS = [
    (auth, protocol)
    for auth in ("openai", "azure", "azure_ad")
    for protocol in ("ga", "preview")
    if not (auth == "openai" and protocol == "preview")
]


def tone(seconds: float = 0.6, lead: float = 0.3, tail: float = 0.8) -> bytes:
    t = np.arange(int(seconds * 24_000)) / 24_000
    signal = np.concatenate(
        [
            np.zeros(int(lead * 24_000)),
            0.3 * np.sin(2 * np.pi * 300 * t),
            np.zeros(int(tail * 24_000)),
        ]
    )
    return (signal * 32767).astype("<i2").tobytes()


@pytest.mark.parametrize(("auth", "protocol"), COMBINATIONS)
async def test_rest_create(server: LocalRealtimeServer, auth: str, protocol: str) -> None:
    # OpenAI offers named transcription models; Azure's transcription deployment is any name
    transcriber = "whisper-1" if auth == "openai" else "whisper-dep"
    async with AsyncRealtimeClient(**settings_for(server, auth, protocol)) as client:
        minted = await client.mint_client_secret({"type": "realtime", "model": DEPLOYMENT})
        transcription = await client.mint_client_secret(
            {
                "type": "transcription",
                "audio": {"input": {"transcription": {"model": transcriber}}},
            }
        )
    assert minted.value.startswith("ek_") and transcription.value.startswith("ek_")
    assert "ek_" not in repr(minted)


def over_both_credentials(test: Callable[..., Any]) -> Callable[..., Any]:
    """Parametrize ``test`` over :data:`COMBINATIONS` x both credentials (``"key"``: the API
    key or Entra ID token itself; ``"ephemeral"``: a client secret minted with it)."""
    test = pytest.mark.parametrize(("auth", "protocol"), COMBINATIONS)(test)
    return pytest.mark.parametrize("credential", ["key", "ephemeral"])(test)


async def connect_kwargs(
    server: LocalRealtimeServer, auth: str, protocol: str, credential: str, secret: dict[str, Any]
) -> dict[str, Any]:
    """The connect keywords of ``credential``; an ephemeral one is minted for the ``secret``
    session configuration and replaces the long-lived credential."""
    kwargs = settings_for(server, auth, protocol)
    if credential == "ephemeral":
        async with AsyncRealtimeClient(**kwargs) as client:
            minted = await client.mint_client_secret(secret)
        kwargs = {
            k: v for k, v in kwargs.items() if k not in ("api_key", "credential", "auth_type")
        }
        kwargs["client_secret"] = minted.value
    return kwargs


@over_both_credentials
async def test_conversation_websocket(
    server: LocalRealtimeServer, seen: Observed, auth: str, protocol: str, credential: str
) -> None:
    secret = {"type": "realtime", "model": DEPLOYMENT}
    kwargs = await connect_kwargs(server, auth, protocol, credential, secret)
    async with connect_realtime_session(DEPLOYMENT, **kwargs) as session:
        assert session.dialect == ("beta" if protocol == "preview" else "ga")
        await session.wait_for("session.created", timeout=5)
        await session.set_configuration(instructions="matrix", output_modalities=["text"])
        updated = await session.wait_for("session.updated", timeout=5)
        await session.add_item(role="user", text="ping")
        await session.request_response()
        done = await session.wait_for("response.done", timeout=5)
    assert updated.session.instructions == "matrix"
    assert done.response.status == "completed"
    family, update = next((f, e) for f, e in seen.frames if e["type"] == "session.update")
    if protocol == "preview":
        assert family == "beta_client"
        assert update["session"] == {"modalities": ["text"], "instructions": "matrix"}
    else:
        assert family == "ga_client"
        assert update["session"]["output_modalities"] == ["text"]


@over_both_credentials
async def test_transcription_websocket(
    server: LocalRealtimeServer, seen: Observed, auth: str, protocol: str, credential: str
) -> None:
    # OpenAI offers named transcription models; Azure's transcription deployment is any name
    transcriber = "whisper-1" if auth == "openai" else "whisper-dep"
    secret = {
        "type": "transcription",
        "audio": {"input": {"transcription": {"model": transcriber}}},
    }
    kwargs = await connect_kwargs(server, auth, protocol, credential, secret)
    created_type = "transcription_session.created" if protocol == "preview" else "session.created"
    updated_type = "transcription_session.updated" if protocol == "preview" else "session.updated"
    async with connect_realtime_transcription_session(**kwargs) as session:
        await session.wait_for(created_type, timeout=5)
        await session.set_configuration(transcription={"model": transcriber, "language": "en"})
        await session.wait_for(updated_type, timeout=5)
        await session.append_audio(tone())
        completed = await session.wait_for(
            "conversation.item.input_audio_transcription.completed", timeout=5
        )
    assert completed.transcript
    family, update = next((f, e) for f, e in seen.frames if e["type"].endswith("session.update"))
    if protocol == "preview":
        assert (family, update["type"]) == ("beta_client", "transcription_session.update")
        assert update["session"] == {
            "input_audio_transcription": {"model": transcriber, "language": "en"}
        }
    else:
        assert (family, update["type"]) == ("ga_client", "session.update")


# ----------------------------------------------------------------------------- Entra tokens


async def test_a_fresh_entra_token_for_every_request_and_handshake(
    server: LocalRealtimeServer,
) -> None:
    credential = server.async_token_credential(lifetime_s=TOKEN_LIFETIME_S)
    kwargs = {"api_base": server.azure_endpoint, "auth_type": "azure_ad", "credential": credential}
    before = len(server.entra_token_uses)
    async with AsyncRealtimeClient(**kwargs) as client:
        await client.mint_client_secret({"type": "realtime", "model": DEPLOYMENT})
        await client.mint_client_secret({"type": "realtime", "model": DEPLOYMENT})
    for _ in range(2):
        async with connect_realtime_session(DEPLOYMENT, **kwargs) as session:
            await session.wait_for("session.created", timeout=5)
    uses = server.entra_token_uses[before:]
    assert len(uses) == 4
    assert len(set(uses)) == 4, "each request and handshake carried a different, fresh token"
    assert credential.issued >= 4


def test_sync_client_with_a_sync_credential(server: LocalRealtimeServer) -> None:
    credential = server.token_credential(lifetime_s=TOKEN_LIFETIME_S)
    with RealtimeClient(
        api_base=server.azure_endpoint, auth_type="azure_ad", credential=credential
    ) as c:
        assert c.mint_client_secret({"type": "realtime", "model": DEPLOYMENT}).value.startswith(
            "ek_"
        )
    assert credential.issued == 1


async def test_reconnect_uses_a_fresh_token_and_reapplies_the_configuration(
    server: LocalRealtimeServer, seen: Observed
) -> None:
    credential = server.async_token_credential(lifetime_s=TOKEN_LIFETIME_S)
    server.set_faults(FaultPlan(close_after_events=2, close_code=1011, close_reason="boom"))
    try:
        async with connect_realtime_session(
            DEPLOYMENT, api_base=server.azure_endpoint, auth_type="azure_ad", credential=credential,
            reconnect=True,
        ) as session:  # fmt: skip
            await session.wait_for("session.created", timeout=5)
            server.set_faults(None)  # the next connection is healthy
            await session.set_configuration(instructions="keep me")
            await session.wait_for("session.updated", timeout=5)  # the 2nd event: then close
            reconnected = await session.wait_for("openai_realtime.session.reconnected", timeout=10)
            again = await session.wait_for("session.updated", timeout=5)
    finally:
        server.set_faults(None)
    assert reconnected.code == 1011 and reconnected.reason == "boom"
    assert reconnected.reapplied == {"type": "realtime", "instructions": "keep me"}
    assert again.session.instructions == "keep me"
    assert credential.issued == 2, "the reconnect fetched a new token"
    updates = [e for _, e in seen.frames if e["type"] == "session.update"]
    assert [u["session"]["instructions"] for u in updates] == ["keep me", "keep me"]


# --------------------------------------------------------------------------------- failures


async def test_wrong_azure_key_and_translation_on_azure(server: LocalRealtimeServer) -> None:
    from openai_realtime import connect_realtime_translation_session

    with pytest.raises(AuthenticationError) as info:
        await connect_realtime_session(
            DEPLOYMENT, api_type="azure", api_base=server.azure_endpoint, api_key="wrong-KNOWN-9"
        )
    assert info.value.status_code == 401 and "wrong-KNOWN-9" not in str(info.value)
    with pytest.raises(ConfigurationError, match="not offered by Azure"):
        await connect_realtime_translation_session(
            api_type="azure", api_base=server.azure_endpoint, api_key=AZURE_KEY
        )


# ---------------------------------------------------------------------------- secret hygiene


async def test_no_secret_anywhere_at_debug_level(
    server: LocalRealtimeServer,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    credential = server.async_token_credential(lifetime_s=TOKEN_LIFETIME_S)
    tokens: list[str] = []

    async def provider() -> str:
        token = (await credential.get_token("https://cognitiveservices.azure.com/.default")).token
        tokens.append(token)
        return token

    texts: list[str] = []
    entra = {
        "api_type": "azure",
        "api_base": server.azure_endpoint,
        "auth_type": "azure_ad",
        "token_provider": provider,
    }
    azure = {"api_type": "azure", "api_base": server.azure_endpoint, "api_key": AZURE_KEY}
    openai = {"api_key": OPENAI_KEY, "api_base": server.base_url}
    secrets_seen: list[str] = []
    for kwargs in (entra, azure, openai):
        async with AsyncRealtimeClient(**kwargs) as client:
            texts.append(repr(client))
            minted = await client.mint_client_secret({"type": "realtime", "model": DEPLOYMENT})
            secrets_seen.append(minted.value)
            texts.append(repr(minted))
        async with connect_realtime_session(DEPLOYMENT, **kwargs) as session:
            texts.append(repr(session))
            await session.wait_for("session.created", timeout=5)
        async with connect_realtime_session(
            DEPLOYMENT, client_secret=minted.value, **{k: v for k, v in kwargs.items() if k not in ("api_key", "token_provider", "auth_type")}
        ) as session:  # fmt: skip
            await session.wait_for("session.created", timeout=5)
    # failure paths: a wrong key on REST and WebSocket
    for bad in ({**openai, "api_key": OPENAI_KEY + "x"}, {**azure, "api_key": AZURE_KEY + "x"}):
        async with AsyncRealtimeClient(**bad) as client:
            with pytest.raises(AuthenticationError) as rest_error:
                await client.mint_client_secret({"type": "realtime", "model": DEPLOYMENT})
        with pytest.raises(AuthenticationError) as ws_error:
            await connect_realtime_session(DEPLOYMENT, **bad)
        texts += [str(rest_error.value), repr(rest_error.value.body), str(ws_error.value)]
    captured = capsys.readouterr()
    haystack = "\n".join([caplog.text, captured.out, captured.err, *texts])
    assert "Authorization" in caplog.text or "api-key" in caplog.text, "debug logs were captured"
    assert tokens, "tokens were minted"
    for secret in [OPENAI_KEY, AZURE_KEY, *tokens, *secrets_seen]:
        assert secret not in haystack, f"a secret leaked ({secret[:6]}…)"
