"""The Azure OpenAI surfaces of the local server: GA (``/openai/v1``), preview (beta events,
api-version), ``api-key`` and Microsoft Entra ID auth (the local token issuer, and
azure-identity's bearer token provider against it)."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import numpy as np
import pytest
from azure.identity import get_bearer_token_provider
from azure.identity.aio import get_bearer_token_provider as async_bearer_token_provider
from openai_realtime.server import LocalRealtimeServer, ManualClock
from openai_realtime.server.beta import beta_client_to_ga, beta_response, ga_server_to_beta
from openai_realtime.server.entra import (
    LocalTokenCredential,
    TokenProblem,
    looks_like_entra_token,
    mint_token,
    verify_token,
)
from openai_realtime.server.errors import ClientEventError
from test_server_support import KEY, assert_valid, open_ws, silence, tone, types, user_text
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

AZURE_KEY = "azure-key-KNOWN-0123"
SCOPE = "https://cognitiveservices.azure.com/.default"
PREVIEW = "api-version=2025-04-01-preview"
CLOCK = ManualClock()


pytestmark = pytest.mark.realtime_server(
    azure_api_keys=frozenset({AZURE_KEY}),
    clock=CLOCK,
    # the emulated resource's deployments: the tests' names and the default model's
    azure_deployments=frozenset({"d", "my-deployment", "gpt-realtime", "gpt-rt"}),
)


@pytest.fixture
async def azure(server: LocalRealtimeServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        base_url=server.azure_endpoint, headers={"api-key": AZURE_KEY}, timeout=5
    ) as client:
        yield client


def ws(server: LocalRealtimeServer, path_query: str) -> str:
    return "ws" + server.azure_endpoint.removeprefix("http") + path_query


def key_headers() -> dict[str, str]:
    return {"api-key": AZURE_KEY}


async def denied(url: str, headers: dict[str, str]) -> tuple[int, dict[str, Any]]:
    with pytest.raises(InvalidStatus) as info:
        async with connect(url, additional_headers=headers):
            pass
    response = info.value.response
    return response.status_code, json.loads(response.body)["error"]


# --------------------------------------------------------------------------- Azure GA


async def test_ga_rest_and_socket_with_an_api_key(
    server: LocalRealtimeServer, azure: httpx.AsyncClient
) -> None:
    response = await azure.post(
        "/openai/v1/realtime/client_secrets",
        json={"session": {"type": "realtime", "model": "my-deployment"}},
    )
    assert response.status_code == 200, response.text
    assert_valid("RealtimeCreateClientSecretResponse", response.json())
    async with open_ws(
        ws(server, "/openai/v1/realtime?model=my-deployment"), headers=key_headers()
    ) as c:
        assert c.created["session"]["model"] == "my-deployment"
    async with open_ws(
        ws(server, "/openai/v1/realtime?intent=transcription"), headers=key_headers()
    ) as c:
        assert c.created["session"]["type"] == "transcription"
    secret = response.json()["value"]
    async with open_ws(
        ws(server, "/openai/v1/realtime"), headers={"Authorization": f"Bearer {secret}"}
    ) as c:
        assert c.created["session"]["model"] == "my-deployment"
    # Microsoft's GA quickstart sends the key as a bearer value
    async with open_ws(
        ws(server, "/openai/v1/realtime?model=d"), headers={"Authorization": f"Bearer {AZURE_KEY}"}
    ):
        pass


async def test_ga_paths_refuse_an_api_version_with_401(
    server: LocalRealtimeServer, azure: httpx.AsyncClient
) -> None:
    response = await azure.post(f"/openai/v1/realtime/client_secrets?{PREVIEW}", json={})
    assert response.status_code == 401
    error = response.json()["error"]
    assert error["param"] == "api-version"
    assert "takes no api-version" in error["message"]
    status, error = await denied(
        ws(server, f"/openai/v1/realtime?model=d&{PREVIEW}"), key_headers()
    )
    assert status == 401 and "takes no api-version" in error["message"]


@pytest.mark.parametrize(
    ("headers", "code"),
    [
        ({}, "missing_credentials"),
        ({"api-key": "wrong-SECRETVALUE"}, "invalid_api_key"),
        ({"Authorization": "Bearer wrong-SECRETVALUE"}, "invalid_api_key"),
        ({"Authorization": f"Bearer {KEY}"}, "invalid_api_key"),  # the OpenAI key is not Azure's
    ],
)
async def test_azure_auth_failures(
    server: LocalRealtimeServer, headers: dict[str, str], code: str
) -> None:
    async with httpx.AsyncClient(base_url=server.azure_endpoint) as http:
        response = await http.post("/openai/v1/realtime/client_secrets", json={}, headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == code
    assert "SECRETVALUE" not in response.text
    status, error = await denied(ws(server, "/openai/v1/realtime?model=d"), headers)
    assert (status, error["code"]) == (401, code)


async def test_openai_paths_take_bearer_only(server: LocalRealtimeServer) -> None:
    async with httpx.AsyncClient(base_url=server.base_url) as http:
        response = await http.post("/realtime/client_secrets", json={}, headers={"api-key": KEY})
    assert response.status_code == 401
    assert "Authorization: Bearer" in response.json()["error"]["message"]
    status, _ = await denied(server.ws_url + "?model=m", {"api-key": KEY})
    assert status == 401


async def test_azure_call_location_uses_the_azure_prefix(azure: httpx.AsyncClient) -> None:
    offer = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:0\r\n"
    response = await azure.post(
        "/openai/v1/realtime/calls", content=offer, headers={"Content-Type": "application/sdp"}
    )
    assert response.status_code == 201
    assert response.headers["location"].startswith("/openai/v1/realtime/calls/rtc_")


# --------------------------------------------------------------------------- Azure preview


@pytest.mark.parametrize(
    ("query", "status"),
    [("", 404), ("?api-version=2024-10-01-preview", 400), ("?api-version=v1", 400)],
)
async def test_preview_needs_a_current_api_version(
    server: LocalRealtimeServer, azure: httpx.AsyncClient, query: str, status: int
) -> None:
    response = await azure.post(f"/openai/realtimeapi/sessions{query}", json={})
    assert response.status_code == status
    assert response.json()["error"]["param"] == "api-version"
    got, _ = await denied(
        ws(server, f"/openai/realtime{query}{'&' if query else '?'}deployment=d"), key_headers()
    )
    assert got == status


async def test_preview_session_secret_lives_60_seconds(
    server: LocalRealtimeServer, azure: httpx.AsyncClient
) -> None:
    body = {
        "model": "my-deployment",
        "modalities": ["text"],
        "input_audio_format": "pcm16",
        "voice": "alloy",
    }
    response = await azure.post(f"/openai/realtimeapi/sessions?{PREVIEW}", json=body)
    assert response.status_code == 200, response.text
    payload = response.json()
    assert_valid("RealtimeSessionCreateResponse", payload)
    secret = payload["client_secret"]
    assert secret["expires_at"] - int(CLOCK()) == 60
    url = ws(server, f"/openai/realtime?{PREVIEW}&deployment=my-deployment")
    bearer = {"Authorization": f"Bearer {secret['value']}"}
    async with open_ws(url, headers=bearer, family="beta_server") as client:
        assert client.created["session"]["modalities"] == ["text"]
    transcription = await azure.post(
        f"/openai/realtimeapi/transcription_sessions?{PREVIEW}", json={}
    )
    assert transcription.status_code == 200
    assert_valid("RealtimeTranscriptionSessionCreateResponse", transcription.json())
    CLOCK.advance(60)
    status, error = await denied(url, bearer)
    assert status == 401 and "expired" in error["message"]


async def test_preview_socket_speaks_the_beta_dialect(server: LocalRealtimeServer) -> None:
    url = ws(server, f"/openai/realtime?{PREVIEW}&deployment=my-deployment")
    async with open_ws(url, headers=key_headers(), family="beta_server") as client:
        created = client.created["session"]
        assert created["model"] == "my-deployment"
        assert (created["input_audio_format"], created["modalities"]) == (
            "pcm16",
            ["audio", "text"],
        )
        await client.send(
            {
                "type": "session.update",
                "session": {
                    "modalities": ["text"],
                    "instructions": "Beta!",
                    "input_audio_format": "g711_ulaw",
                    "input_audio_transcription": {"model": "whisper-1"},
                    "turn_detection": {"type": "server_vad", "silence_duration_ms": 300},
                },
            }
        )
        updated = (await client.recv())["session"]
        assert (updated["modalities"], updated["instructions"]) == (["text"], "Beta!")
        assert updated["input_audio_format"] == "g711_ulaw"
        assert updated["turn_detection"]["silence_duration_ms"] == 300
        await client.send({"type": "conversation.item.create", "item": user_text("hi beta")})
        created_item = await client.recv()
        assert created_item["type"] == "conversation.item.created"
        await client.send(
            {"type": "response.create", "response": {"modalities": ["text"], "temperature": 0.7}}
        )
        events = await client.until("response.done")
        events.append(await client.recv())
    kinds = types(events)
    assert "conversation.item.added" not in kinds and "conversation.item.done" not in kinds
    assert kinds.count("conversation.item.created") == 1
    assert kinds[-1] == "rate_limits.updated"
    done = events[-2]["response"]
    assert done["modalities"] == ["text"]
    assert "output_modalities" not in done
    assert done["output"][0]["content"][0]["text"] == "Local server reply to: hi beta"


async def test_preview_audio_response_in_beta(server: LocalRealtimeServer) -> None:
    url = ws(server, f"/openai/realtime?{PREVIEW}&deployment=d")
    async with open_ws(url, headers=key_headers(), family="beta_server") as client:
        await client.send({"type": "conversation.item.create", "item": user_text("speak")})
        await client.recv()
        await client.send(
            {
                "type": "response.create",
                "response": {
                    "modalities": ["audio", "text"],
                    "voice": "verse",
                    "output_audio_format": "g711_alaw",
                },
            }
        )
        events = await client.until("response.done")
        events.append(await client.recv())
        await client.send({"type": "input_audio_buffer.clear"})
        follow = await client.recv()  # no output_audio_buffer.* in the beta dialect
    done = events[-2]["response"]
    assert (done["voice"], done["output_audio_format"], done["modalities"]) == (
        "verse",
        "g711_alaw",
        ["audio", "text"],
    )
    assert "output_audio_buffer.started" not in types(events)
    assert follow["type"] == "input_audio_buffer.cleared"


async def test_preview_transcription_session(server: LocalRealtimeServer) -> None:
    url = ws(server, f"/openai/realtime?{PREVIEW}&intent=transcription")
    async with open_ws(
        url, headers=key_headers(), family="beta_server", created="transcription_session.created"
    ) as client:
        assert client.created["session"]["client_secret"] is None
        await client.send(
            {
                "type": "transcription_session.update",
                "session": {"turn_detection": {"type": "server_vad", "silence_duration_ms": 300}},
            }
        )
        updated = await client.recv()
        assert updated["type"] == "transcription_session.updated"
        await client.send(
            {"type": "session.update", "session": {"modalities": ["text"]}, "event_id": "evt_su"}
        )
        error = (await client.recv())["error"]
        assert (error["event_id"], error["param"]) == ("evt_su", "type")
        await client.append(np.concatenate([silence(200), tone(500), silence(500)]))
        events = await client.until("conversation.item.input_audio_transcription.completed")
    assert types(events)[:4] == [
        "input_audio_buffer.speech_started",
        "input_audio_buffer.speech_stopped",
        "input_audio_buffer.committed",
        "conversation.item.created",
    ]


async def test_preview_needs_a_deployment(server: LocalRealtimeServer) -> None:
    status, error = await denied(ws(server, f"/openai/realtime?{PREVIEW}"), key_headers())
    assert (status, error["param"]) == (400, "deployment")


# --------------------------------------------------------------------------- Entra ID


async def test_entra_tokens_on_rest_and_socket(
    server: LocalRealtimeServer,
) -> None:
    credential = server.token_credential(lifetime_s=200)
    token = credential.get_token(SCOPE).token
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=server.azure_endpoint) as http:
        response = await http.post("/openai/v1/realtime/client_secrets", json={}, headers=headers)
        assert response.status_code == 200, response.text
        preview = await http.post(
            f"/openai/realtimeapi/sessions?{PREVIEW}", json={}, headers=headers
        )
        assert preview.status_code == 200
        openai = await http.post(
            f"{server.base_url}/realtime/client_secrets", json={}, headers=headers
        )
        assert openai.status_code == 401  # Entra tokens are for the Azure paths only
    async with open_ws(ws(server, "/openai/v1/realtime?model=d"), headers=headers):
        pass
    assert server.entra_token_uses[-3:] == (1, 1, 1)


async def test_expired_forged_and_wrong_scope_tokens_are_401(server: LocalRealtimeServer) -> None:
    credential = server.token_credential(lifetime_s=30)
    expiring = credential.get_token(SCOPE).token
    wrong_scope = credential.get_token("https://management.azure.com/.default").token
    forged = mint_token(
        b"not the server key", [SCOPE], issued_at=CLOCK(), lifetime_s=60, counter=1
    )[0]
    CLOCK.advance(30)
    cases = [
        (expiring, "token_expired", "token expired"),
        (wrong_scope, "invalid_audience", "scope"),
        (forged, "invalid_token", "signature"),
    ]
    async with httpx.AsyncClient(base_url=server.azure_endpoint) as http:
        for token, code, needle in cases:
            response = await http.post(
                "/openai/v1/realtime/client_secrets",
                json={},
                headers={"Authorization": f"Bearer {token}"},
            )
            error = response.json()["error"]
            assert (response.status_code, error["code"]) == (401, code)
            assert needle in error["message"]
            assert token not in response.text
    status, error = await denied(
        ws(server, "/openai/v1/realtime?model=d"), {"Authorization": f"Bearer {expiring}"}
    )
    assert (status, error["code"]) == (401, "token_expired")


def test_bearer_token_provider_fetches_a_fresh_token_per_call_under_240_s(
    server: LocalRealtimeServer,
) -> None:
    short = server.token_credential(lifetime_s=200)
    provider = get_bearer_token_provider(short, SCOPE)
    tokens = [provider() for _ in range(5)]
    assert short.issued == 5 and len(set(tokens)) == 5
    long = server.token_credential(lifetime_s=3600)
    cached = get_bearer_token_provider(long, SCOPE)
    first = cached()
    assert cached() == first and long.issued == 1
    # the cached token expires on the server's clock; reusing it is refused
    CLOCK.advance(3600)
    claims = verify_token(first, server.context.entra_key, now=CLOCK())
    assert not hasattr(claims, "counter")
    fresh = short.get_token(SCOPE).token
    assert hasattr(verify_token(fresh, server.context.entra_key, now=CLOCK()), "counter")


async def test_async_credential_with_the_async_provider(server: LocalRealtimeServer) -> None:
    async with server.async_token_credential(lifetime_s=200) as credential:
        provider = async_bearer_token_provider(credential, SCOPE)
        for _ in range(3):
            headers = {"Authorization": f"Bearer {await provider()}"}
            async with open_ws(ws(server, "/openai/v1/realtime?model=d"), headers=headers):
                pass
        info = await credential.get_token_info(SCOPE)
    assert credential.issued == 4 and credential.closed
    assert server.entra_token_uses[-3:] == (1, 2, 3)
    assert abs(info.expires_on - (time.time() + 200)) < 5  # wall clock, for azure-core's cache


def test_token_format_and_credential_protocols(server: LocalRealtimeServer) -> None:
    from azure.core.credentials import SupportsTokenInfo, TokenCredential

    credential = LocalTokenCredential(b"k" * 32, lifetime_s=60, clock=lambda: 1000.0)
    assert isinstance(credential, TokenCredential)
    assert isinstance(credential, SupportsTokenInfo)
    token = credential.get_token(SCOPE, tenant_id="t1")
    assert abs(token.expires_on - (time.time() + 60)) < 5
    assert looks_like_entra_token(token.token)
    claims = verify_token(token.token, b"k" * 32, now=1059)
    assert claims.tenant_id == "t1" and claims.counter == 1  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="scope"):
        credential.get_token()
    assert verify_token(
        credential.get_token_info(SCOPE).token, b"k" * 32, now=1060
    ) == TokenProblem(
        "Unauthorized. Access token has expired or is not yet valid (token expired); "
        "fetch a new token for every request and connection.",
        "token_expired",
    )
    assert credential.issued == 2


# --------------------------------------------------------------------------- beta mapping


def test_beta_client_to_ga_mapping() -> None:
    ga = beta_client_to_ga(
        {
            "type": "response.create",
            "response": {
                "modalities": ["audio", "text"],
                "voice": "ash",
                "output_audio_format": "g711_ulaw",
                "max_response_output_tokens": 50,
                "temperature": 0.6,
            },
        },
        "realtime",
    )
    assert ga["response"] == {
        "output_modalities": ["audio"],
        "max_output_tokens": 50,
        "audio": {"output": {"voice": "ash", "format": {"type": "audio/pcmu"}}},
    }
    update = beta_client_to_ga(
        {"type": "transcription_session.update", "session": {"input_audio_format": "pcm16"}},
        "transcription",
    )
    assert update["type"] == "session.update"
    assert update["session"]["audio"]["input"]["format"] == {"type": "audio/pcm", "rate": 24000}
    with pytest.raises(ClientEventError) as info:
        beta_client_to_ga(
            {"type": "session.update", "session": {"input_audio_format": "mp3"}}, "realtime"
        )
    assert info.value.param == "session.input_audio_format"


def test_ga_server_to_beta_mapping() -> None:
    assert (
        ga_server_to_beta({"type": "conversation.item.done", "event_id": "e", "item": {}}) is None
    )
    # On a call (the only place the GA server sends it), the beta dialect has it too.
    started = {"type": "output_audio_buffer.started", "event_id": "e", "response_id": "r"}
    assert ga_server_to_beta(started) == started
    delta = {"type": "response.output_text.delta", "event_id": "e", "delta": "x"}
    assert ga_server_to_beta(delta) == {**delta, "type": "response.text.delta"}
    added = ga_server_to_beta({"type": "conversation.item.added", "event_id": "e", "item": {}})
    assert added is not None and added["type"] == "conversation.item.created"
    response = beta_response(
        {
            "id": "r",
            "output_modalities": ["audio"],
            "audio": {"output": {"format": {"type": "audio/pcma"}, "voice": "alloy"}},
        }
    )
    assert response == {
        "id": "r",
        "modalities": ["audio", "text"],
        "voice": "alloy",
        "output_audio_format": "g711_alaw",
        "temperature": 0.8,
    }
