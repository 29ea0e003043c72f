"""The local realtime server over the wire: REST with httpx, the WebSocket with `websockets`.

Every REST response and every WebSocket event received here is validated against the pinned
spec with the suite's validator (conftest's, not the server's own), so a server that drifts from
the spec fails these tests. The socket helpers are test_server_support's.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import threading
import time
from contextlib import AbstractAsyncContextManager
from typing import Any

import httpx
import numpy as np
import pytest
import test_server_support as support
from conftest import assert_valid
from openai_realtime.server import LocalRealtimeServer, ManualClock, ServerConfig
from openai_realtime.server.audio import AudioFormat, encode_audio
from test_server_support import (
    KEY,
    RATE,
    WsClient,
    assert_event,
    code_param_event,
    silence,
    tone,
    types,
)
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

REQUEST_ID = re.compile(r"^req_[0-9a-f]{32}$")


def assert_openai_error(
    response: httpx.Response, status: int, *, param: Any = None
) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert REQUEST_ID.match(response.headers["x-request-id"])
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert isinstance(error["message"], str)
    assert error["message"]
    assert isinstance(error["code"], str)
    assert error["code"]
    assert error["param"] == param
    return error  # type: ignore[no-any-return]


# --------------------------------------------------------------------------- signals


def noise(ms: int, rate: int = RATE, rms_dbfs: float = -15.0) -> np.ndarray:
    rng = np.random.default_rng(7)
    x = rng.normal(0.0, 32768 * 10 ** (rms_dbfs / 20), rate * ms // 1000)
    return np.clip(x, -32768, 32767).astype(np.int16)


# --------------------------------------------------------------------------- sockets (fixtures: conftest)


def open_ws(
    server: LocalRealtimeServer,
    query: str = "?model=gpt-realtime",
    token: str = KEY,
    **kwargs: Any,
) -> AbstractAsyncContextManager[WsClient]:
    """A GA conversation socket of ``server`` (after its ``session.created``), as ``token``."""
    headers = {"Authorization": f"Bearer {token}"}
    return support.open_ws(server.ws_url + query, headers=headers, **kwargs)


async def denial(server: LocalRealtimeServer, query: str, **kwargs: Any) -> InvalidStatus:
    return await support.denial(server.ws_url + query, **kwargs)


# --------------------------------------------------------------------------- REST


async def test_client_secret_for_a_realtime_session(http: httpx.AsyncClient) -> None:
    body = {
        "expires_after": {"anchor": "created_at", "seconds": 600},
        "session": {
            "type": "realtime",
            "model": "gpt-realtime-mini",
            "instructions": "Be brief.",
            "output_modalities": ["text"],
        },
    }
    response = await http.post("/realtime/client_secrets", json=body)
    assert response.status_code == 200, response.text
    assert REQUEST_ID.match(response.headers["x-request-id"])
    data = response.json()
    assert_valid("RealtimeCreateClientSecretResponse", data)
    assert re.match(r"^ek_[0-9a-f]{32}$", data["value"])
    assert abs(data["expires_at"] - (time.time() + 600)) < 5
    session = data["session"]
    assert_valid("RealtimeSessionCreateResponseGA", session)
    assert session["object"] == "realtime.session"
    assert session["id"].startswith("sess_")
    assert session["model"] == "gpt-realtime-mini"
    assert session["instructions"] == "Be brief."
    assert session["output_modalities"] == ["text"]
    assert session["audio"]["input"]["format"] == {"type": "audio/pcm", "rate": 24000}
    assert session["audio"]["input"]["turn_detection"]["type"] == "server_vad"
    assert session["audio"]["output"]["voice"] == "alloy"


async def test_client_secret_for_a_transcription_session(http: httpx.AsyncClient) -> None:
    body = {
        "expires_after": {"seconds": 120},
        "session": {
            "type": "transcription",
            "audio": {"input": {"transcription": {"model": "whisper-1", "language": "en"}}},
        },
    }
    response = await http.post("/realtime/client_secrets", json=body)
    assert response.status_code == 200, response.text
    data = response.json()
    assert_valid("RealtimeCreateClientSecretResponse", data)
    assert_valid("RealtimeTranscriptionSessionCreateResponseGA", data["session"])
    assert abs(data["expires_at"] - (time.time() + 120)) < 5
    assert data["session"]["object"] == "realtime.transcription_session"
    transcription = data["session"]["audio"]["input"]["transcription"]
    assert transcription["model"] == "whisper-1"
    assert transcription["language"] == "en"


async def test_client_secret_defaults_to_a_realtime_session(http: httpx.AsyncClient) -> None:
    response = await http.post("/realtime/client_secrets", json={})
    assert response.status_code == 200, response.text
    data = response.json()
    assert_valid("RealtimeCreateClientSecretResponse", data)
    assert data["session"]["type"] == "realtime"
    assert data["session"]["model"] == "gpt-realtime"


async def test_beta_session_endpoint_without_client_secret_in_the_request(
    http: httpx.AsyncClient,
) -> None:
    body = {
        "model": "gpt-realtime",
        "modalities": ["text"],
        "voice": "ash",
        "input_audio_format": "g711_ulaw",
        "turn_detection": None,
    }
    response = await http.post("/realtime/sessions", json=body)
    assert response.status_code == 200, response.text
    data = response.json()
    assert_valid("RealtimeSessionCreateResponse", data)
    assert data["object"] == "realtime.session"
    assert data["modalities"] == ["text"]
    assert data["voice"] == "ash"
    assert data["input_audio_format"] == "g711_ulaw"
    assert data["turn_detection"] is None
    assert data["client_secret"]["value"].startswith("ek_")
    assert abs(data["client_secret"]["expires_at"] - (time.time() + 60)) < 5


async def test_beta_transcription_session_endpoint(http: httpx.AsyncClient) -> None:
    response = await http.post("/realtime/transcription_sessions", json={})
    assert response.status_code == 200, response.text
    data = response.json()
    assert_valid("RealtimeTranscriptionSessionCreateResponse", data)
    assert data["object"] == "realtime.transcription_session"
    assert data["input_audio_format"] == "pcm16"
    assert data["client_secret"]["value"].startswith("ek_")


@pytest.mark.parametrize(
    ("path", "body", "param", "needle"),
    [
        ("/realtime/client_secrets", b"{not json", None, "JSON"),
        ("/realtime/client_secrets", b"", None, "JSON"),
        ("/realtime/client_secrets", b"[]", None, "is not of type 'object'"),
        (
            "/realtime/client_secrets",
            {"expires_after": {"seconds": 5}},
            "expires_after.seconds",
            "minimum",
        ),
        (
            "/realtime/client_secrets",
            {"session": {"type": "realtime", "output_modalities": ["video"]}},
            "session.output_modalities[0]",
            "'video'",
        ),
        ("/realtime/client_secrets", {"session": {"type": "nope"}}, "session.type", '"nope"'),
        ("/realtime/client_secrets", {"session": {}}, "session.type", "Missing required"),
        ("/realtime/sessions", {"speed": 9}, "speed", "maximum"),
        ("/realtime/sessions", {"input_audio_format": "mp3"}, "input_audio_format", "'mp3'"),
        (
            "/realtime/transcription_sessions",
            {"input_audio_format": "mp3"},
            "input_audio_format",
            "'mp3'",
        ),
    ],
)
async def test_invalid_bodies_get_400_with_the_openai_error_shape(
    http: httpx.AsyncClient, path: str, body: Any, param: str | None, needle: str
) -> None:
    if isinstance(body, bytes):
        response = await http.post(path, content=body, headers={"Content-Type": "application/json"})
    else:
        response = await http.post(path, json=body)
    error = assert_openai_error(response, 400, param=param)
    assert error["type"] == "invalid_request_error"
    assert needle in error["message"]


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer sk-wrong-SECRETVALUE"},
        {"Authorization": f"Basic {KEY}"},
        {"Authorization": "Bearer ek_0123456789abcdef0123456789abcdef"},
    ],
)
async def test_rest_without_a_valid_key_is_401(
    server: LocalRealtimeServer, headers: dict[str, str]
) -> None:
    async with httpx.AsyncClient(base_url=server.base_url) as client:
        response = await client.post("/realtime/client_secrets", json={}, headers=headers)
    error = assert_openai_error(response, 401)
    assert error["code"] == "invalid_api_key"
    assert "SECRETVALUE" not in response.text
    assert KEY not in response.text
    assert "0123456789abcdef" not in response.text


async def test_an_ephemeral_secret_cannot_mint_more_secrets(http: httpx.AsyncClient) -> None:
    secret = (await http.post("/realtime/client_secrets", json={})).json()["value"]
    response = await http.post(
        "/realtime/client_secrets", json={}, headers={"Authorization": f"Bearer {secret}"}
    )
    assert_openai_error(response, 401)
    assert secret not in response.text


async def test_unknown_path_is_an_openai_shaped_404(http: httpx.AsyncClient) -> None:
    assert_openai_error(await http.post("/realtime/nothing", json={}), 404)


# --------------------------------------------------------------------------- handshake


@pytest.mark.parametrize("token", [None, "sk-wrong-SECRETVALUE"])
async def test_socket_without_a_valid_key_is_denied_with_401_and_a_body(
    server: LocalRealtimeServer, token: str | None, caplog: pytest.LogCaptureFixture
) -> None:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    with caplog.at_level(logging.INFO):
        exc = await denial(server, "?model=gpt-realtime", additional_headers=headers)
    assert exc.response.status_code == 401
    assert REQUEST_ID.match(exc.response.headers["x-request-id"])
    body = json.loads(exc.response.body)
    assert body["error"]["code"] == "invalid_api_key"
    assert body["error"]["type"] == "invalid_request_error"
    assert "SECRETVALUE" not in exc.response.body.decode()
    # uvicorn must not log a spurious error for a denial (patched protocol class)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize(
    ("query", "headers", "status", "param"),
    [
        ("", {}, 400, "model"),
        ("?intent=translation", {}, 400, "intent"),
        ("?model=gpt-realtime", {"OpenAI-Beta": "realtime=v1"}, 400, "OpenAI-Beta"),
        ("?call_id=rtc_123", {}, 404, "call_id"),
    ],
)
async def test_socket_handshake_denials(
    server: LocalRealtimeServer, query: str, headers: dict[str, str], status: int, param: str
) -> None:
    headers = {"Authorization": f"Bearer {KEY}", **headers}
    exc = await denial(server, query, additional_headers=headers)
    assert exc.response.status_code == status
    error = json.loads(exc.response.body)["error"]
    assert error["param"] == param
    assert error["message"]


async def test_beta_denial_says_the_beta_protocol_is_retired(server: LocalRealtimeServer) -> None:
    headers = {"Authorization": f"Bearer {KEY}", "OpenAI-Beta": "realtime=v1"}
    exc = await denial(server, "?model=gpt-realtime", additional_headers=headers)
    assert "no longer supported" in json.loads(exc.response.body)["error"]["message"]


async def test_key_in_subprotocol_is_accepted(server: LocalRealtimeServer) -> None:
    protocols: Any = ["realtime", f"openai-insecure-api-key.{KEY}"]
    async with connect(server.ws_url + "?model=gpt-realtime", subprotocols=protocols) as ws:
        assert ws.subprotocol == "realtime"
        event = json.loads(await ws.recv())
        assert_event("ga_server", event)
        assert event["type"] == "session.created"


async def test_ephemeral_secret_opens_the_socket_with_its_session(
    server: LocalRealtimeServer, http: httpx.AsyncClient
) -> None:
    session = {
        "type": "realtime",
        "model": "gpt-realtime-mini",
        "instructions": "Answer in French.",
        "output_modalities": ["text"],
        "audio": {"input": {"turn_detection": None}, "output": {"voice": "marin"}},
    }
    secret = (await http.post("/realtime/client_secrets", json={"session": session})).json()
    async with open_ws(server, query="", token=secret["value"]) as client:
        created = client.created["session"]
        assert created["model"] == "gpt-realtime-mini"
        assert created["instructions"] == "Answer in French."
        assert created["output_modalities"] == ["text"]
        assert created["audio"]["input"]["turn_detection"] is None
        assert created["audio"]["output"]["voice"] == "marin"
        assert created["id"] != secret["session"]["id"]  # a new session per connection


async def test_transcription_secret_opens_a_transcription_session(
    server: LocalRealtimeServer, http: httpx.AsyncClient
) -> None:
    body = {"session": {"type": "transcription"}}
    secret = (await http.post("/realtime/client_secrets", json=body)).json()["value"]
    async with open_ws(server, query="?model=ignored", token=secret) as client:
        assert client.created["session"]["type"] == "transcription"


async def test_beta_endpoint_secret_carries_its_translated_session(
    server: LocalRealtimeServer, http: httpx.AsyncClient
) -> None:
    body = {"model": "gpt-realtime", "modalities": ["text"], "input_audio_format": "g711_alaw"}
    secret = (await http.post("/realtime/sessions", json=body)).json()["client_secret"]["value"]
    async with open_ws(server, query="", token=secret) as client:
        created = client.created["session"]
        assert created["output_modalities"] == ["text"]
        assert created["audio"]["input"]["format"] == {"type": "audio/pcma"}


async def test_expired_secret_is_rejected() -> None:
    clock = ManualClock()
    config = ServerConfig(api_keys=frozenset({KEY}), clock=clock)
    async with LocalRealtimeServer(config) as srv, httpx.AsyncClient(base_url=srv.base_url) as http:
        response = await http.post(
            "/realtime/client_secrets",
            json={"expires_after": {"seconds": 10}},
            headers={"Authorization": f"Bearer {KEY}"},
        )
        secret = response.json()["value"]
        async with open_ws(srv, query="", token=secret):
            pass  # valid for 10 s
        clock.advance(10)
        exc = await denial(srv, "", additional_headers={"Authorization": f"Bearer {secret}"})
        assert exc.response.status_code == 401
        body = exc.response.body.decode()
        assert "expired" in json.loads(body)["error"]["message"]
        assert secret not in body


# --------------------------------------------------------------------------- session


async def created_session(server: LocalRealtimeServer, query: str, schema: str) -> dict[str, Any]:
    """The session of the ``session.created`` of a socket opened with ``query``, valid
    against ``schema``."""
    async with open_ws(server, query) as client:
        session: dict[str, Any] = client.created["session"]
    assert_valid(schema, session)
    return session


async def test_session_created_for_a_conversation(server: LocalRealtimeServer) -> None:
    session = await created_session(
        server, "?model=gpt-realtime-mini", "RealtimeSessionCreateResponseGA"
    )
    assert session["type"] == "realtime"
    assert session["object"] == "realtime.session"
    assert re.match(r"^sess_[A-Za-z0-9]+$", session["id"])
    assert session["model"] == "gpt-realtime-mini"
    assert session["output_modalities"] == ["audio"]
    assert session["expires_at"] > time.time() + 3000
    audio_in = session["audio"]["input"]
    assert audio_in["format"] == {"type": "audio/pcm", "rate": 24000}
    assert audio_in["transcription"] is None
    assert audio_in["turn_detection"] == {
        "type": "server_vad",
        "threshold": 0.5,
        "prefix_padding_ms": 300,
        "silence_duration_ms": 500,
        "idle_timeout_ms": None,
        "create_response": True,
        "interrupt_response": True,
    }


async def test_session_created_for_transcription(server: LocalRealtimeServer) -> None:
    session = await created_session(
        server, "?intent=transcription", "RealtimeTranscriptionSessionCreateResponseGA"
    )
    assert session["type"] == "transcription"
    assert session["object"] == "realtime.transcription_session"
    assert session["audio"]["input"]["transcription"]["model"] == "gpt-4o-transcribe"


async def test_session_update_merges_partial_configuration(server: LocalRealtimeServer) -> None:
    async with open_ws(server) as client:
        first = await client.update(
            {
                "type": "realtime",
                "instructions": "Be terse.",
                "audio": {"input": {"turn_detection": None}},
            }
        )
        assert first["instructions"] == "Be terse."
        assert first["audio"]["input"]["turn_detection"] is None
        assert first["audio"]["output"]["voice"] == "alloy"
        assert first["id"] == client.created["session"]["id"]
        second = await client.update(
            {
                "type": "realtime",
                "audio": {
                    "input": {"turn_detection": {"type": "semantic_vad", "eagerness": "high"}},
                    "output": {"voice": "marin"},
                },
            }
        )
        assert second["instructions"] == "Be terse."
        assert second["audio"]["output"]["voice"] == "marin"
        assert second["audio"]["input"]["turn_detection"] == {
            "type": "semantic_vad",
            "eagerness": "high",
            "create_response": True,
            "interrupt_response": True,
        }


async def test_session_update_must_match_the_connection_kind(server: LocalRealtimeServer) -> None:
    async with open_ws(server) as client:
        await client.send(
            {"type": "session.update", "event_id": "evt_kind", "session": {"type": "transcription"}}
        )
        error = (await client.recv())["error"]
        assert error["param"] == "session.type"
        assert error["event_id"] == "evt_kind"
        assert error["type"] == "invalid_request_error"


# --------------------------------------------------------------------------- VAD


VAD_FLOW = [
    "input_audio_buffer.speech_started",
    "input_audio_buffer.speech_stopped",
    "input_audio_buffer.committed",
    "conversation.item.added",
    "conversation.item.done",
]


@pytest.mark.parametrize("loud", [tone, noise], ids=["tone", "noise"])
async def test_vad_on_a_synthetic_signal(server: LocalRealtimeServer, loud: Any) -> None:
    signal = np.concatenate([silence(1000), loud(1000), silence(1500)])
    async with open_ws(server, "?intent=transcription") as client:
        await client.append(signal)
        events = await client.until("conversation.item.input_audio_transcription.completed")
        await client.sync()  # nothing else follows in a transcription session
    kinds = types(events)
    assert kinds[:5] == VAD_FLOW
    deltas = kinds[5:-1]
    assert deltas
    assert set(deltas) == {"conversation.item.input_audio_transcription.delta"}
    started, stopped, committed, added, done = events[:5]
    # onset 1000 ms minus prefix_padding_ms 300; offset 2000 ms plus silence_duration_ms 500
    assert abs(started["audio_start_ms"] - 700) <= 20
    assert abs(stopped["audio_end_ms"] - 2500) <= 20
    item_id = started["item_id"]
    assert stopped["item_id"] == committed["item_id"] == item_id
    assert committed["previous_item_id"] is None
    for event in (added, done):
        assert event["item"]["id"] == item_id
        assert event["item"]["role"] == "user"
        assert event["item"]["content"][0]["type"] == "input_audio"
        assert "audio" not in event["item"]["content"][0]
    completed = events[-1]
    transcript = completed["transcript"]
    assert "".join(e["delta"] for e in events[5:-1]) == transcript
    assert re.fullmatch(
        r"\[speech segment 1\.0\d s, (0\.99|1\.00)-(2\.00|2\.01) s, peak -\d+\.\d dBFS\]",
        transcript,
    ), transcript
    # gpt-4o-transcribe (the default) reports token usage, as real servers do: 10 audio tokens
    # per second of the 700 .. 2500 ms committed.
    assert completed["usage"]["type"] == "tokens"
    assert abs(completed["usage"]["input_token_details"]["audio_tokens"] - 18) <= 1


async def test_vad_times_count_from_the_start_of_the_stream(server: LocalRealtimeServer) -> None:
    signal = np.concatenate([silence(500), tone(500), silence(1000), tone(600), silence(800)])
    async with open_ws(server, "?intent=transcription") as client:
        await client.append(signal)
        # Transcription is asynchronous (as at OpenAI): the second turn may begin before the
        # first turn's transcript arrives, so the events are sorted by type here.
        events = await client.until("conversation.item.input_audio_transcription.completed")
        events += await client.until("conversation.item.input_audio_transcription.completed")
    started = [e for e in events if e["type"] == "input_audio_buffer.speech_started"]
    stopped = [e for e in events if e["type"] == "input_audio_buffer.speech_stopped"]
    committed = [e for e in events if e["type"] == "input_audio_buffer.committed"]
    completed = [
        e for e in events if e["type"] == "conversation.item.input_audio_transcription.completed"
    ]
    assert abs(started[0]["audio_start_ms"] - 200) <= 20
    assert abs(stopped[0]["audio_end_ms"] - 1500) <= 20
    assert abs(started[1]["audio_start_ms"] - 1700) <= 20
    assert abs(stopped[1]["audio_end_ms"] - 3100) <= 20
    assert committed[1]["previous_item_id"] == committed[0]["item_id"]
    assert completed[1]["item_id"] == committed[1]["item_id"]
    assert "2.00-2.60 s" in completed[1]["transcript"]


async def test_vad_turn_in_a_conversation_gets_a_response(server: LocalRealtimeServer) -> None:
    async with open_ws(server) as client:
        await client.update(
            {
                "type": "realtime",
                "output_modalities": ["text"],
                "audio": {"input": {"transcription": {"model": "whisper-1"}}},
            }
        )
        await client.append(np.concatenate([silence(300), tone(700), silence(700)]))
        events = await client.until("response.done")
    kinds = types(events)
    assert kinds[:5] == VAD_FLOW
    completed = kinds.index("conversation.item.input_audio_transcription.completed")
    # response.created may come before the transcript (as at OpenAI); the answer, which
    # quotes the transcript, streams after it.
    assert kinds.index("response.created") > kinds.index("input_audio_buffer.committed")
    assert completed < kinds.index("response.output_text.delta")
    transcript = events[completed]["transcript"]
    assert events[-1]["response"]["status"] == "completed"
    text = events[-1]["response"]["output"][0]["content"][0]["text"]
    assert text == f"Local server reply to: {transcript}"


async def test_quiet_audio_does_not_trigger_vad(server: LocalRealtimeServer) -> None:
    async with open_ws(server, "?intent=transcription") as client:
        await client.append(np.concatenate([tone(1000, amplitude=0.002), silence(800)]))
        await client.sync()  # the first event after the audio is the cleared one


async def test_g711_ulaw_input(server: LocalRealtimeServer) -> None:
    ulaw = AudioFormat("pcmu", 8000)
    async with open_ws(server, "?intent=transcription") as client:
        await client.update(
            {"type": "transcription", "audio": {"input": {"format": {"type": "audio/pcmu"}}}}
        )
        signal = np.concatenate([silence(1000, 8000), tone(1000, 8000), silence(1000, 8000)])
        payload = encode_audio(signal, ulaw)
        for i in range(0, len(payload), 800):
            chunk = base64.b64encode(payload[i : i + 800]).decode()
            await client.send({"type": "input_audio_buffer.append", "audio": chunk})
        events = await client.until("conversation.item.input_audio_transcription.completed")
    assert abs(events[0]["audio_start_ms"] - 700) <= 20
    assert abs(events[1]["audio_end_ms"] - 2500) <= 20


async def test_closing_mid_speech_does_not_break_the_server(
    server: LocalRealtimeServer, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        async with open_ws(server, "?intent=transcription") as client:
            await client.append(np.concatenate([silence(200), tone(800)]))
            assert (await client.recv())["type"] == "input_audio_buffer.speech_started"
        async with open_ws(server, "?intent=transcription") as client:
            await client.sync()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


# --------------------------------------------------------------------------- manual commit


MANUAL = {"type": "realtime", "audio": {"input": {"turn_detection": None}}}


async def test_manual_commit(server: LocalRealtimeServer) -> None:
    async with open_ws(server) as client:
        await client.update(MANUAL)
        await client.append(np.concatenate([silence(200), tone(300)]))
        await client.send({"type": "input_audio_buffer.commit"})
        events = await client.until("conversation.item.done")
        assert types(events) == [
            "input_audio_buffer.committed",
            "conversation.item.added",
            "conversation.item.done",
        ]
        await client.sync()  # no transcription (not configured) and no response
        await client.update(
            {"type": "realtime", "audio": {"input": {"transcription": {"model": "whisper-1"}}}}
        )
        await client.append(silence(150))
        await client.send({"type": "input_audio_buffer.commit"})
        events = await client.until("conversation.item.input_audio_transcription.completed")
    assert events[0]["previous_item_id"] is not None
    assert events[-1]["transcript"].startswith("[no speech detected: 0.15 s of audio")


@pytest.mark.parametrize("ms", [0, 50, 99])
async def test_commit_of_less_than_100_ms_is_an_error(server: LocalRealtimeServer, ms: int) -> None:
    async with open_ws(server) as client:
        await client.update(MANUAL)
        if ms:
            await client.append(tone(ms))
        await client.send({"type": "input_audio_buffer.commit", "event_id": "evt_small"})
        error = (await client.recv())["error"]
    assert error["code"] == "input_audio_buffer_commit_empty"
    assert error["event_id"] == "evt_small"


async def test_clear_empties_the_buffer(server: LocalRealtimeServer) -> None:
    async with open_ws(server) as client:
        await client.update(MANUAL)
        await client.append(tone(500))
        await client.sync()
        await client.send({"type": "input_audio_buffer.commit"})
        assert (await client.recv())["error"]["code"] == "input_audio_buffer_commit_empty"


# --------------------------------------------------------------------------- conversation


TEXT_RESPONSE = [
    "response.created",
    "response.output_item.added",
    "conversation.item.added",
    "response.content_part.added",
    "response.output_text.done",
    "response.content_part.done",
    "response.output_item.done",
    "conversation.item.done",
    "response.done",
]


def user_text(text: str) -> dict[str, Any]:
    return {"type": "message", "role": "user", "content": [{"type": "input_text", "text": text}]}


async def test_item_and_text_response_lifecycle(server: LocalRealtimeServer) -> None:
    async with open_ws(server) as client:
        await client.send({"type": "conversation.item.create", "item": user_text("hello there")})
        added, done = await client.recv(), await client.recv()
        assert (added["type"], done["type"]) == (
            "conversation.item.added",
            "conversation.item.done",
        )
        user_id = added["item"]["id"]
        assert user_id.startswith("item_")
        assert added["previous_item_id"] is None
        await client.send({"type": "response.create", "response": {"output_modalities": ["text"]}})
        events = await client.until("response.done")
    kinds = [k for k in types(events) if k != "response.output_text.delta"]
    assert kinds == TEXT_RESPONSE
    deltas = [e["delta"] for e in events if e["type"] == "response.output_text.delta"]
    assert len(deltas) > 1
    text = "Local server reply to: hello there"
    assert "".join(deltas) == text
    by_type = {e["type"]: e for e in events}
    response_id = by_type["response.created"]["response"]["id"]
    item_id = by_type["response.output_item.added"]["item"]["id"]
    assert by_type["conversation.item.added"]["previous_item_id"] == user_id
    assert by_type["response.output_text.done"]["text"] == text
    for event in events[1:-1]:
        if "response_id" in event:
            assert event["response_id"] == response_id
        if "item_id" in event:
            assert event["item_id"] == item_id
    response = by_type["response.done"]["response"]
    assert response["status"] == "completed"
    assert response["output"][0]["content"] == [{"type": "output_text", "text": text}]
    usage = response["usage"]
    assert usage["total_tokens"] == usage["input_tokens"] + usage["output_tokens"] > 0


async def test_audio_response(server: LocalRealtimeServer) -> None:
    async with open_ws(server) as client:
        await client.send({"type": "conversation.item.create", "item": user_text("sing")})
        await client.until("conversation.item.done")
        await client.send({"type": "response.create"})
        events = await client.until("response.done")
    audio = b"".join(
        base64.b64decode(e["delta"]) for e in events if e["type"] == "response.output_audio.delta"
    )
    assert len(audio) == 600 * RATE // 1000 * 2  # ServerConfig.response_audio_ms, PCM16
    transcript = "".join(
        e["delta"] for e in events if e["type"] == "response.output_audio_transcript.delta"
    )
    assert transcript == "Local server reply to: sing"
    final = events[-1]["response"]["output"][0]["content"][0]
    assert final == {"type": "output_audio", "transcript": transcript}


async def test_out_of_band_response_stays_out_of_the_conversation(
    server: LocalRealtimeServer,
) -> None:
    async with open_ws(server) as client:
        await client.send(
            {
                "type": "response.create",
                "response": {
                    "conversation": "none",
                    "output_modalities": ["text"],
                    "input": [user_text("classify this")],
                    "metadata": {"topic": "test"},
                },
            }
        )
        events = await client.until("response.done")
    assert "conversation.item.added" not in types(events)
    response = events[-1]["response"]
    assert response["conversation_id"] is None
    assert response["metadata"] == {"topic": "test"}
    assert response["output"][0]["content"][0]["text"] == "Local server reply to: classify this"


async def test_item_order_retrieve_and_delete(server: LocalRealtimeServer) -> None:
    async with open_ws(server) as client:
        await client.send(
            {"type": "conversation.item.create", "item": {**user_text("a"), "id": "item_a"}}
        )
        await client.until("conversation.item.done")
        await client.send(
            {
                "type": "conversation.item.create",
                "previous_item_id": "root",
                "item": {**user_text("b"), "id": "item_b"},
            }
        )
        added = (await client.until("conversation.item.done"))[0]
        assert added["previous_item_id"] is None
        await client.send(
            {
                "type": "conversation.item.create",
                "previous_item_id": "item_b",
                "item": {**user_text("c"), "id": "item_c"},
            }
        )
        assert (await client.until("conversation.item.done"))[0]["previous_item_id"] == "item_b"
        await client.send({"type": "conversation.item.retrieve", "item_id": "item_c"})
        retrieved = await client.recv()
        assert retrieved["item"]["content"][0]["text"] == "c"
        await client.send({"type": "conversation.item.delete", "item_id": "item_c"})
        assert (await client.recv()) | {"event_id": ""} == {
            "event_id": "",
            "type": "conversation.item.deleted",
            "item_id": "item_c",
        }
        await client.send(
            {"type": "conversation.item.retrieve", "item_id": "item_c", "event_id": "evt_r"}
        )
        error = (await client.recv())["error"]
        assert code_param_event(error) == ("item_not_found", "item_id", "evt_r")
        await client.send(
            {
                "type": "conversation.item.create",
                "previous_item_id": "item_zz",
                "item": user_text("d"),
            }
        )
        assert (await client.recv())["error"]["param"] == "previous_item_id"


async def test_response_cancel_without_a_response(server: LocalRealtimeServer) -> None:
    async with open_ws(server) as client:
        await client.send({"type": "response.cancel", "event_id": "evt_c"})
        error = (await client.recv())["error"]
    assert error["code"] == "response_cancel_not_active"
    assert error["event_id"] == "evt_c"


async def test_transcription_session_refuses_conversation_events(
    server: LocalRealtimeServer,
) -> None:
    async with open_ws(server, "?intent=transcription") as client:
        await client.send({"type": "response.create", "event_id": "evt_t"})
        error = (await client.recv())["error"]
    assert error["event_id"] == "evt_t"
    assert "transcription session" in error["message"]


# --------------------------------------------------------------------------- invalid input


@pytest.mark.parametrize(
    ("event", "code", "param", "needle"),
    [
        (
            {
                "type": "session.update",
                "session": {
                    "type": "realtime",
                    "audio": {
                        "input": {"turn_detection": {"type": "server_vad", "threshold": "loud"}}
                    },
                },
            },
            "invalid_type",
            "session.audio.input.turn_detection.threshold",
            "'loud'",
        ),
        ({"type": "input_audio_buffer.append"}, "missing_required_parameter", "audio", "audio"),
        ({"type": "input_audio_buffer.append", "audio": "%%%"}, "invalid_value", "audio", "base64"),
        (
            {
                "type": "conversation.item.create",
                "item": {"type": "message", "role": "robot", "content": []},
            },
            "invalid_value",
            "item.role",
            '"robot"',
        ),
        (
            {
                "type": "conversation.item.create",
                "item": {"type": "message", "role": "user", "content": [{"type": "bogus"}]},
            },
            "invalid_value",
            "item.content[0].type",
            "'bogus'",
        ),
        ({"type": "made.up"}, "invalid_value", "type", '"made.up"'),
        ({"type": 7}, "invalid_value", "type", "7"),
        ({"no_type": True}, "invalid_event", "type", "'type' field is missing"),
        ({"type": "output_audio_buffer.clear"}, "output_audio_buffer_empty", None, "no response"),
        (
            {"type": "transcription_session.update", "session": {}},
            "invalid_event",
            "type",
            "session.update",
        ),
    ],
)
@pytest.mark.allow_invalid_client_events
async def test_invalid_events_get_an_error_event(
    server: LocalRealtimeServer, event: dict[str, Any], code: str, param: str, needle: str
) -> None:
    async with open_ws(server) as client:
        await client.send({**event, "event_id": "evt_bad"})
        error = (await client.recv())["error"]
        assert error["code"] == code
        assert error["param"] == param
        assert error["event_id"] == "evt_bad"
        assert error["type"] == "invalid_request_error"
        assert needle in error["message"]
        await client.sync()  # the connection stays usable


@pytest.mark.parametrize(
    ("frame", "code"),
    [
        ("this is not json", "invalid_json"),
        ("[1, 2]", "invalid_event"),
        (b"\x00\x01", "invalid_event"),
    ],
)
@pytest.mark.allow_invalid_client_events
async def test_non_events_get_an_error_event(
    server: LocalRealtimeServer, frame: str | bytes, code: str
) -> None:
    async with open_ws(server) as client:
        await client.ws.send(frame)
        error = (await client.recv())["error"]
        assert error["code"] == code
        assert error["event_id"] is None
        await client.sync()


# --------------------------------------------------------------------------- runner


def test_server_lifecycle() -> None:
    before = set(threading.enumerate())
    srv = LocalRealtimeServer()
    with pytest.raises(RuntimeError):
        _ = srv.port
    with srv:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/v1", srv.base_url)
        assert srv.running
        assert len(set(threading.enumerate()) - before) == 1
        port = srv.port
        response = httpx.post(
            f"{srv.base_url}/realtime/client_secrets",
            json={},
            headers={"Authorization": "Bearer sk-local-test"},
        )
        assert response.status_code == 200
        with pytest.raises(RuntimeError):
            srv.start()
    assert not srv.running
    assert set(threading.enumerate()) - before == set()  # no leftover thread
    with pytest.raises(httpx.ConnectError):
        httpx.post(f"http://127.0.0.1:{port}/v1/realtime/client_secrets", json={})


def test_server_refuses_a_non_loopback_host() -> None:
    with pytest.raises(ValueError, match="non-loopback"):
        LocalRealtimeServer(host="0.0.0.0")


async def test_delta_delay_paces_streamed_deltas() -> None:
    config = ServerConfig(api_keys=frozenset({KEY}), delta_delay_ms=40)
    async with LocalRealtimeServer(config) as srv, open_ws(srv) as client:
        await client.send({"type": "conversation.item.create", "item": user_text("one two")})
        await client.until("conversation.item.done")
        started = time.perf_counter()
        await client.send({"type": "response.create", "response": {"output_modalities": ["text"]}})
        events = await client.until("response.done")
        elapsed = time.perf_counter() - started
    deltas = types(events).count("response.output_text.delta")
    assert deltas == 6  # "Local ", "server ", "reply ", "to: ", "one ", "two"
    assert elapsed >= deltas * 0.040
