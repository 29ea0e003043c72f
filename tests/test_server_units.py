"""Pure parts of the local server: VAD, spec issues, sessions, auth, handshake, state machine."""

from __future__ import annotations

import base64
import json
from typing import Any

import numpy as np
import pytest
from conftest import schema_validator
from openai_realtime.server import ManualClock, ServerConfig, spec
from openai_realtime.server.app import Accept, Denial, negotiate
from openai_realtime.server.audio import SILENCE_DBFS, level_dbfs
from openai_realtime.server.auth import AuthFailure, AuthOk, SecretStore, authenticate, bearer_token
from openai_realtime.server.context import ServerContext
from openai_realtime.server.realtime import (
    OutgoingEventError,
    RealtimeConnection,
    validate_outgoing,
)
from openai_realtime.server.sessions import full_session, merge_session
from openai_realtime.server.vad import (
    EnergyVad,
    SpeechStarted,
    SpeechStopped,
    VadParams,
    frame_levels,
)
from starlette.datastructures import Headers

RATE = 24_000


def tone(ms: int, amplitude: float = 0.3, rate: int = RATE) -> np.ndarray:
    t = np.arange(rate * ms // 1000) / rate
    return (amplitude * 32767 * np.sin(2 * np.pi * 440 * t)).astype(np.int16)


def silence(ms: int, rate: int = RATE) -> np.ndarray:
    return np.zeros(rate * ms // 1000, dtype=np.int16)


# --------------------------------------------------------------------------- VAD


@pytest.mark.parametrize(
    ("threshold", "dbfs"), [(0.0, -70.0), (0.5, -40.0), (1.0, -10.0), (-1.0, -70.0), (2.0, -10.0)]
)
def test_threshold_maps_linearly_onto_dbfs(threshold: float, dbfs: float) -> None:
    assert VadParams(threshold=threshold).threshold_dbfs == pytest.approx(dbfs)


def test_frame_levels() -> None:
    square = np.full(480, 32767, dtype=np.int16)
    square[::2] = -32768
    rms, peak = frame_levels(np.concatenate([square, silence(10), square[:100]]), 240)
    assert rms.shape == peak.shape == (3,)  # the partial frame is ignored
    assert rms[0] == pytest.approx(0.0, abs=0.01)
    assert rms[2] == SILENCE_DBFS
    assert level_dbfs(np.zeros(0, dtype=np.int16)) == (SILENCE_DBFS, SILENCE_DBFS)


def test_speech_segment_with_padding_and_hangover() -> None:
    vad = EnergyVad(VadParams())
    events = vad.feed(np.concatenate([silence(1000), tone(1000), silence(1000)]))
    assert events[0] == SpeechStarted(onset_ms=1000, audio_start_ms=700)
    stop = events[1]
    assert isinstance(stop, SpeechStopped)
    assert (stop.onset_ms, stop.offset_ms, stop.audio_end_ms) == (1000, 2000, 2500)
    assert stop.peak_dbfs == pytest.approx(20 * np.log10(0.3), abs=0.1)
    assert len(events) == 2
    assert not vad.in_speech
    assert vad.position_ms == 3000


def test_streaming_in_odd_chunks_gives_the_same_events() -> None:
    signal = np.concatenate([silence(700), tone(450), silence(300), tone(200), silence(900)])
    whole = EnergyVad(VadParams()).feed(signal)
    vad = EnergyVad(VadParams())
    pieces = [vad.feed(signal[i : i + 137]) for i in range(0, signal.size, 137)]
    assert [e for piece in pieces for e in piece] == whole
    # the 300 ms pause is shorter than silence_duration_ms: one segment
    assert [type(e) for e in whole] == [SpeechStarted, SpeechStopped]


def test_clicks_shorter_than_min_speech_are_ignored() -> None:
    vad = EnergyVad(VadParams())
    assert vad.feed(np.concatenate([silence(100), tone(20), silence(600)])) == []


def test_threshold_decides_what_is_loud() -> None:
    quiet = np.concatenate([tone(500, amplitude=0.003), silence(600)])  # about -53 dBFS RMS
    assert EnergyVad(VadParams(threshold=0.5)).feed(quiet) == []
    assert len(EnergyVad(VadParams(threshold=0.1)).feed(quiet)) == 2


def test_padding_never_reaches_before_the_stream_or_the_last_turn() -> None:
    vad = EnergyVad(VadParams(silence_duration_ms=200), start_ms=5000)
    events = vad.feed(
        np.concatenate([silence(100), tone(300), silence(250), tone(300), silence(300)])
    )
    starts = [e for e in events if isinstance(e, SpeechStarted)]
    stops = [e for e in events if isinstance(e, SpeechStopped)]
    assert starts[0] == SpeechStarted(onset_ms=5100, audio_start_ms=5000)
    assert stops[0].audio_end_ms == 5600
    assert starts[1].onset_ms == 5650
    assert starts[1].audio_start_ms == 5600  # not 5350: that audio belongs to the first turn


def test_reset_forgets_ongoing_speech() -> None:
    vad = EnergyVad(VadParams())
    assert len(vad.feed(np.concatenate([silence(500), tone(500)]))) == 1
    assert vad.in_speech
    vad.reset()
    assert not vad.in_speech
    assert vad.feed(silence(1000)) == []
    events = vad.feed(tone(300))
    assert events == [SpeechStarted(onset_ms=2000, audio_start_ms=1700)]


def test_semantic_vad_is_approximated_by_eagerness() -> None:
    params = VadParams.from_turn_detection({"type": "semantic_vad", "eagerness": "high"}, 8000)
    assert (params.silence_duration_ms, params.sample_rate) == (300, 8000)
    low = VadParams.from_turn_detection({"type": "semantic_vad", "eagerness": "low"}, RATE)
    assert low.silence_duration_ms == 1000
    server = VadParams.from_turn_detection(
        {"type": "server_vad", "threshold": 0.7, "silence_duration_ms": 200}, RATE
    )
    assert (server.threshold, server.prefix_padding_ms, server.silence_duration_ms) == (
        0.7,
        300,
        200,
    )


def test_vad_params_are_checked() -> None:
    with pytest.raises(ValueError, match="whole number"):
        VadParams(sample_rate=22_050, frame_ms=10)
    with pytest.raises(ValueError, match=">= 0"):
        VadParams(silence_duration_ms=-1)


# --------------------------------------------------------------------------- spec


def test_param_path() -> None:
    assert spec.param_path(["session", "tools", 0, "name"]) == "session.tools[0].name"
    assert spec.param_path([]) is None


@pytest.mark.parametrize(
    ("schema", "instance", "param", "code"),
    [
        (
            "RealtimeClientEventConversationItemCreate",
            {"type": "conversation.item.create", "item": {"type": "bogus"}},
            "item.type",
            "invalid_value",
        ),
        (
            "RealtimeClientEventSessionUpdate",
            {"type": "session.update", "session": {}},
            "session.type",
            "missing_required_parameter",
        ),
        (
            "RealtimeClientEventSessionUpdate",
            {
                "type": "session.update",
                "session": {
                    "type": "realtime",
                    "audio": {"input": {"format": {"type": "audio/x"}}},
                },
            },
            "session.audio.input.format.type",
            "invalid_value",
        ),
        (
            "RealtimeClientEventSessionUpdate",
            {
                "type": "session.update",
                "session": {
                    "type": "realtime",
                    "audio": {
                        "input": {"turn_detection": {"type": "server_vad", "threshold": "x"}}
                    },
                },
            },
            "session.audio.input.turn_detection.threshold",
            "invalid_type",
        ),
    ],
)
def test_issues_follow_the_discriminated_union_member(
    schema: str, instance: Any, param: str, code: str
) -> None:
    issue = spec.find_issue(schema, instance, relaxed=True)
    assert issue is not None
    assert (issue.param, issue.code) == (param, code)


def test_relaxed_copy_repairs_the_conversation_one_of() -> None:
    event = {"type": "response.create", "response": {"conversation": "none"}}
    assert not spec.is_valid("RealtimeClientEventResponseCreate", event)  # the spec defect
    assert spec.is_valid("RealtimeClientEventResponseCreate", event, relaxed=True)


def test_event_schema_lookup_is_per_family() -> None:
    assert (
        spec.event_schema_name("ga_client", "session.update") == "RealtimeClientEventSessionUpdate"
    )
    assert (
        spec.event_schema_name("beta_client", "session.update")
        == "RealtimeBetaClientEventSessionUpdate"
    )
    assert spec.event_schema_name("ga_client", "nope") is None


# --------------------------------------------------------------------------- sessions


def test_full_sessions_are_valid_and_merge_keeps_unrelated_fields() -> None:
    session = full_session(
        {"type": "realtime"}, session_id="sess_1", expires_at=1, default_model="m"
    )
    assert spec.is_valid("RealtimeSessionCreateResponseGA", session)
    merged = merge_session(
        session,
        {"type": "realtime", "audio": {"input": {"turn_detection": {"type": "semantic_vad"}}}},
    )
    again = full_session(merged, session_id="sess_1", expires_at=1, default_model="m")
    assert again["audio"]["input"]["turn_detection"] == {
        "type": "semantic_vad",
        "eagerness": "auto",
        "create_response": True,
        "interrupt_response": True,
    }
    assert again["audio"]["output"] == session["audio"]["output"]
    off = merge_session(again, {"type": "realtime", "audio": {"input": {"turn_detection": None}}})
    assert off["audio"]["input"]["turn_detection"] is None
    transcription = full_session(
        {"type": "transcription"}, session_id="sess_2", expires_at=1, default_model="m"
    )
    assert spec.is_valid("RealtimeTranscriptionSessionCreateResponseGA", transcription)


# --------------------------------------------------------------------------- auth


def test_bearer_token_sources() -> None:
    assert bearer_token(Headers({"Authorization": "Bearer abc"})) == "abc"
    assert bearer_token(Headers({"authorization": "bearer  abc "})) == "abc"
    assert bearer_token(Headers({"Authorization": "Basic abc"})) is None
    assert bearer_token(Headers({}), ["realtime", "openai-insecure-api-key.xyz"]) == "xyz"
    assert bearer_token(Headers({}), ["realtime"]) is None


def test_secrets_expire_and_messages_never_echo_tokens() -> None:
    clock = ManualClock(1_000_000.0)
    store = SecretStore(clock)
    secret = store.mint({"type": "realtime"}, ttl_s=10)
    assert secret.expires_at == 1_000_010
    assert secret.value not in repr(secret)
    assert authenticate(secret.value, api_keys=(), secrets=store) == AuthOk(secret, "secret")
    clock.advance(10)
    failure = authenticate(secret.value, api_keys=(), secrets=store)
    assert isinstance(failure, AuthFailure)
    assert secret.value not in failure.message
    assert len(store) == 0
    wrong = authenticate("sk-wrong-VALUE", api_keys=("sk-right",), secrets=store)
    assert isinstance(wrong, AuthFailure)
    assert "VALUE" not in wrong.message
    assert authenticate("sk-right", api_keys=("sk-right",), secrets=store) == AuthOk()


@pytest.mark.parametrize(
    ("headers", "query", "expected"),
    [
        ({"authorization": "Bearer k"}, {"model": "m"}, Accept("realtime", {}, "m", None)),
        ({"authorization": "Bearer k"}, {"intent": "transcription"}, Accept("transcription", {})),
        ({}, {"model": "m"}, 401),
        ({"authorization": "Bearer k"}, {}, 400),
        ({"authorization": "Bearer k", "openai-beta": "realtime=v1"}, {"model": "m"}, 400),
        ({"authorization": "Bearer k"}, {"call_id": "rtc_unknown"}, 404),
    ],
)
def test_negotiate(headers: dict[str, str], query: dict[str, str], expected: Accept | int) -> None:
    result = negotiate(
        Headers(headers), query, [], ServerContext(ServerConfig(api_keys=frozenset({"k"})))
    )
    if isinstance(expected, int):
        assert isinstance(result, Denial)
        assert result.status == expected
        assert set(result.body["error"]) == {"message", "type", "param", "code"}
    else:
        assert result == expected


# --------------------------------------------------------------------------- state machine


def test_outgoing_validation_raises_on_an_invalid_event() -> None:
    with pytest.raises(OutgoingEventError, match="RealtimeServerEventError"):
        validate_outgoing("RealtimeServerEventError", {"type": "error", "event_id": "e"})


def test_connection_without_io() -> None:
    conn = RealtimeConnection(
        "realtime", {"output_modalities": ["text"]}, ServerConfig(), model="m"
    )
    (created,) = conn.open()
    assert created["session"]["model"] == "m"
    assert created["session"]["output_modalities"] == ["text"]
    item = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "hi"}]}
    out = conn.receive_text(json.dumps({"type": "conversation.item.create", "item": item}))
    assert [e["type"] for e in out] == ["conversation.item.added", "conversation.item.done"]
    out = conn.receive_text(json.dumps({"type": "response.create"}))
    assert [e["type"] for e in out] == ["response.created"]
    assert conn.response_active
    while (batch := conn.step()) is not None:
        out += batch
    assert not conn.response_active
    done = next(e for e in out if e["type"] == "response.done")
    assert done["response"]["output"][0]["content"][0]["text"] == "Local server reply to: hi"
    assert out[-1]["type"] == "rate_limits.updated"
    assert [i["role"] for i in conn.items] == ["user", "assistant"]
    assert conn.receive_bytes(b"x")[0]["error"]["code"] == "invalid_event"


def test_connection_carries_an_odd_pcm_byte_between_appends() -> None:
    # whisper-1 reports duration usage (seconds of audio), which is what this test measures.
    whisper = {
        "audio": {"input": {"turn_detection": None, "transcription": {"model": "whisper-1"}}}
    }
    conn = RealtimeConnection("transcription", whisper, ServerConfig())
    conn.open()
    raw = tone(200).astype("<i2").tobytes()
    for piece in (raw[:4801], raw[4801:]):
        out = conn.receive_text(
            json.dumps(
                {"type": "input_audio_buffer.append", "audio": base64.b64encode(piece).decode()}
            )
        )
        assert out == []
    out = conn.receive_text(json.dumps({"type": "input_audio_buffer.commit"}))
    completed = out[-1]
    assert completed["type"] == "conversation.item.input_audio_transcription.completed"
    assert completed["usage"]["seconds"] == 1  # whole seconds, rounded up, as whisper-1 reports
    assert completed["transcript"].startswith("[speech segment 0.20 s, 0.00-0.20 s")


def test_long_silence_does_not_grow_the_buffer_without_bound() -> None:
    whisper = {"audio": {"input": {"transcription": {"model": "whisper-1"}}}}
    conn = RealtimeConnection("transcription", whisper, ServerConfig())
    conn.open()
    second = base64.b64encode(silence(1000).astype("<i2").tobytes()).decode()
    for _ in range(65):
        assert (
            conn.receive_text(json.dumps({"type": "input_audio_buffer.append", "audio": second}))
            == []
        )
    out = conn.receive_text(json.dumps({"type": "input_audio_buffer.commit"}))
    completed = out[-1]
    assert completed["usage"]["seconds"] == 60  # MAX_IDLE_BUFFER_MS, whole seconds
    assert completed["transcript"].startswith("[no speech detected: 60.00 s of audio, 5.00-65.00 s")


# --------------------------------------------------------------------------- JSON-Schema instances


@pytest.mark.parametrize(
    "schema",
    [
        {
            "type": "object",
            "properties": {"n": {"type": "integer", "exclusiveMinimum": 3, "multipleOf": 4}},
            "required": ["n"],
        },
        {
            "type": "object",
            "properties": {"x": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}},
            "required": ["x"],
        },
        {"type": "array", "items": {"enum": ["a", "b", "c"]}, "minItems": 3, "uniqueItems": True},
        {
            "type": "object",
            "$defs": {
                "p": {"type": "object", "properties": {"v": {"const": 2}}, "required": ["v"]}
            },
            "properties": {"p": {"$ref": "#/$defs/p"}},
            "required": ["p"],
        },
        {
            "type": "object",
            "properties": {
                "v": {"anyOf": [{"type": "null"}, {"type": "string", "format": "email"}]}
            },
            "required": ["v"],
        },
        {
            "type": "object",
            "properties": {"s": {"type": "string", "minLength": 12, "maxLength": 12}},
            "required": ["s"],
            "additionalProperties": False,
        },
        {
            "type": "object",
            "allOf": [
                {"properties": {"a": {"type": "boolean"}}, "required": ["a"]},
                {"required": ["b"]},
            ],
        },
        {"type": "object", "minProperties": 2},
        {"type": ["string", "null"], "pattern": "^[0-9]+$"},
        {"type": "array", "prefixItems": [{"type": "integer"}, {"type": "string"}], "items": False},
        True,
    ],
)
def test_generated_instances_are_valid_and_deterministic(schema: Any) -> None:
    from openai_realtime.server.schema_instance import generate_instance

    value = generate_instance(schema)
    assert schema_validator(schema).is_valid(value), value
    assert generate_instance(schema) == value


@pytest.mark.parametrize(
    ("schema", "needle"),
    [
        ({"type": "string", "pattern": "^zz[q]{3}$"}, "does not match"),
        ({"type": 5}, "invalid JSON Schema"),
        ({"$ref": "https://example.com/x.json"}, "local $ref"),
    ],
)
def test_unsupported_schemas_say_why(schema: Any, needle: str) -> None:
    from openai_realtime.server.schema_instance import UnsupportedSchemaError, generate_instance

    with pytest.raises(UnsupportedSchemaError, match=needle.replace("$", r"\$")):
        generate_instance(schema)


# --------------------------------------------------------------------------- items, realms


def test_item_store_order_and_truncation() -> None:
    from openai_realtime.server.audio import AudioFormat
    from openai_realtime.server.errors import ClientEventError
    from openai_realtime.server.items import ItemStore

    store = ItemStore()
    fmt = AudioFormat("pcm16", 24000)
    audio = base64.b64encode(tone(1000).astype("<i2").tobytes()).decode()
    item, samples = store.prepare_client_item(
        {
            "type": "message",
            "role": "assistant",
            "content": [
                {"type": "output_audio", "audio": audio, "transcript": "one two three four"}
            ],
        },
        input_format=fmt,
        output_format=fmt,
    )
    assert samples is None and item["status"] == "completed"
    assert store.insert(item) is None
    first, _ = store.prepare_client_item(
        {"type": "function_call", "name": "f", "arguments": "{}"},
        input_format=fmt,
        output_format=fmt,
    )
    assert first["call_id"].startswith("call_")
    assert store.insert(first, "root") is None
    assert [i["id"] for i in store] == [first["id"], item["id"]]
    assert store.audio_ms(item["id"], 0) == 1000
    store.truncate(item["id"], 0, 500)
    assert store.audio_ms(item["id"], 0) == 500
    assert store.get(item["id"])["content"][0]["transcript"] == "one two"
    with pytest.raises(ClientEventError, match="shorter than 600ms"):
        store.truncate(item["id"], 0, 600)
    with pytest.raises(ClientEventError) as info:
        store.insert({"id": "x"}, "item_missing")
    assert info.value.param == "previous_item_id"


@pytest.mark.parametrize(
    ("realm", "query", "status"),
    [
        ("openai", {"api-version": "2025-04-01-preview"}, None),
        ("azure", {}, None),
        ("azure", {"api-version": "2025-04-01-preview"}, 401),
        ("azure_preview", {}, 404),
        ("azure_preview", {"api-version": "2024-10-01-preview"}, 400),
        ("azure_preview", {"api-version": "latest"}, 400),
        ("azure_preview", {"api-version": "2025-04-01-preview"}, None),
    ],
)
def test_api_version_rules(realm: Any, query: dict[str, str], status: int | None) -> None:
    from openai_realtime.server.realms import check_api_version

    refusal = check_api_version(realm, query)
    assert (refusal.status if refusal else None) == status


# --------------------------------------------------------------------------- other state machines


def test_translation_connection_without_io() -> None:
    from openai_realtime.server.translation import TranslationConnection

    conn = TranslationConnection({"audio": {"output": {"language": "es"}}}, ServerConfig())
    (created,) = conn.open()
    assert created["session"]["model"] == "gpt-realtime-translate"
    raw = base64.b64encode(silence(500).astype("<i2").tobytes()).decode()
    out = conn.receive_text(json.dumps({"type": "session.input_audio_buffer.append", "audio": raw}))
    assert [e["type"] for e in out] == [
        "session.output_transcript.delta",
        "session.output_audio.delta",
    ]
    out = conn.receive_text(json.dumps({"type": "session.close"}))
    assert [e["type"] for e in out] == ["session.closed"]
    assert conn.close_request == (1000, "session closed")
    assert (
        conn.receive_text(json.dumps({"type": "session.close"}))[0]["error"]["code"]
        == "session_closed"
    )


def test_beta_connection_without_io() -> None:
    from openai_realtime.server.beta import BetaConnection

    conn = BetaConnection(
        RealtimeConnection("realtime", {}, ServerConfig(), model="d"), ServerConfig()
    )
    (created,) = conn.open()
    assert created["session"]["modalities"] == ["audio", "text"]
    item = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "hi"}]}
    out = conn.receive_text(json.dumps({"type": "conversation.item.create", "item": item}))
    assert [e["type"] for e in out] == ["conversation.item.created"]
    out = conn.receive_text(
        json.dumps({"type": "response.create", "response": {"modalities": ["text"]}})
    )
    while (batch := conn.step()) is not None:
        out += batch
    assert "conversation.item.done" not in [e["type"] for e in out]
    done = next(e for e in out if e["type"] == "response.done")
    assert done["response"]["modalities"] == ["text"]
    assert conn.expire()[0]["error"]["code"] == "session_expired"


def test_cancel_before_the_first_step_and_expiry_message() -> None:
    from openai_realtime.server.realtime import expiry_message

    conn = RealtimeConnection("realtime", {}, ServerConfig(), model="m")
    conn.open()
    conn.receive_text(json.dumps({"type": "response.create"}))
    out = conn.receive_text(json.dumps({"type": "response.cancel"}))
    assert [e["type"] for e in out] == ["response.done", "rate_limits.updated"]
    assert out[0]["response"]["output"] == []
    assert conn.step() is None
    assert expiry_message(3600) == "Your session hit the maximum duration of 60 minutes."
    assert expiry_message(60) == "Your session hit the maximum duration of 1 minute."
