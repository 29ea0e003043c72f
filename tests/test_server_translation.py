"""Translation sessions of the local server: the client-secret endpoint and the WebSocket."""

from __future__ import annotations

import base64
import json

import httpx
import numpy as np
import pytest
from openai_realtime.server import LocalRealtimeServer
from test_server_support import (
    KEY,
    RATE,
    assert_valid,
    code_param_event,
    open_ws,
    silence,
    tone,
    types,
)
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

FAMILY = "translation_server"


def translations(server: LocalRealtimeServer, query: str = "?model=gpt-realtime-translate") -> str:
    return server.ws_url + "/translations" + query


async def test_translation_client_secret_opens_the_translation_socket(
    server: LocalRealtimeServer, http: httpx.AsyncClient
) -> None:
    body = {
        "expires_after": {"anchor": "created_at", "seconds": 120},
        "session": {"model": "gpt-realtime-translate", "audio": {"output": {"language": "fr"}}},
    }
    response = await http.post("/realtime/translations/client_secrets", json=body)
    assert response.status_code == 200, response.text
    secret = response.json()
    assert_valid("RealtimeTranslationClientSecretCreateResponse", secret)
    assert secret["value"].startswith("ek_")
    assert secret["session"]["audio"]["output"]["language"] == "fr"
    headers = {"Authorization": f"Bearer {secret['value']}"}
    async with open_ws(translations(server, ""), headers=headers, family=FAMILY) as client:
        assert client.created["session"]["audio"]["output"]["language"] == "fr"
        assert client.created["session"]["model"] == "gpt-realtime-translate"
    # a translation secret does not open a realtime socket, and a realtime secret no translation
    with pytest.raises(InvalidStatus) as wrong:
        async with connect(server.ws_url + "?model=m", additional_headers=headers):
            pass
    assert wrong.value.response.status_code == 400
    ga = (await http.post("/realtime/client_secrets", json={})).json()["value"]
    with pytest.raises(InvalidStatus) as wrong_way:
        async with connect(
            translations(server), additional_headers={"Authorization": f"Bearer {ga}"}
        ):
            pass
    assert wrong_way.value.response.status_code == 400


async def test_translation_secret_request_is_validated(http: httpx.AsyncClient) -> None:
    response = await http.post("/realtime/translations/client_secrets", json={"session": {}})
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "session.model"


async def test_audio_in_placeholder_translation_out_then_close(server: LocalRealtimeServer) -> None:
    async with open_ws(translations(server), family=FAMILY) as client:
        await client.send(
            {
                "type": "session.update",
                "session": {
                    "audio": {
                        "input": {"transcription": {"model": "gpt-4o-transcribe"}},
                        "output": {"language": "de"},
                    }
                },
            }
        )
        updated = await client.recv()
        assert updated["session"]["audio"]["input"]["transcription"] == {
            "model": "gpt-4o-transcribe"
        }
        audio = np.concatenate([tone(600), silence(600)])
        await client.append(audio, chunk_ms=300, event_type="session.input_audio_buffer.append")
        events = [await client.recv() for _ in range(6)]  # two 500 ms chunks x 3 events
        await client.send({"type": "session.close"})
        tail = await client.until("session.closed")
        with pytest.raises(ConnectionClosed) as closed:
            await client.recv()
    assert (
        types(events)
        == [
            "session.input_transcript.delta",
            "session.output_transcript.delta",
            "session.output_audio.delta",
        ]
        * 2
    )
    assert events[1]["delta"] == "[untranslated audio 0.00-0.50 s -> de] "
    assert events[0]["delta"].startswith("[input audio 0.00-0.50 s, peak ")
    assert [e["elapsed_ms"] for e in events[2::3]] == [500, 1000]
    echoed = base64.b64decode(events[2]["delta"])
    assert echoed == audio[: RATE // 2].astype("<i2").tobytes()  # the input, echoed back
    assert (events[2]["sample_rate"], events[2]["channels"], events[2]["format"]) == (
        24000,
        1,
        "pcm16",
    )
    assert types(tail) == [
        "session.input_transcript.delta",
        "session.output_transcript.delta",
        "session.output_audio.delta",
        "session.closed",
    ]
    assert tail[1]["delta"] == "[untranslated audio 1.00-1.20 s -> de] "
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1000


@pytest.mark.allow_invalid_client_events
async def test_invalid_translation_events(server: LocalRealtimeServer) -> None:
    async with open_ws(translations(server), family=FAMILY) as client:
        await client.send({"type": "response.create", "event_id": "evt_x"})
        unknown = (await client.recv())["error"]
        await client.ws.send(
            json.dumps({"type": "session.input_audio_buffer.append", "audio": "%%"})
        )
        bad_audio = (await client.recv())["error"]
    assert code_param_event(unknown) == ("invalid_value", "type", "evt_x")
    assert "session.close" in unknown["message"]
    assert bad_audio["param"] == "audio"


async def test_no_translation_on_azure(server: LocalRealtimeServer) -> None:
    async with httpx.AsyncClient(base_url=server.azure_endpoint, headers={"api-key": KEY}) as http:
        response = await http.post(
            "/openai/v1/realtime/translations/client_secrets", json={"session": {"model": "m"}}
        )
    assert response.status_code == 404
