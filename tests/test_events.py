"""Event decoding through the generated dispatch tables, and client-event encoding."""

from __future__ import annotations

import json
import types
from typing import Any

import pytest
from openai_realtime import ProtocolError, SpecDeviationError, UnknownEvent, deviations
from openai_realtime.core import SessionCore
from openai_realtime.events import EventDecoder
from openai_realtime_api import dispatch
from openai_realtime_api.models.realtime_client_event_input_audio_buffer_append import (
    RealtimeClientEventInputAudioBufferAppend,
)
from openai_realtime_api.models.realtime_server_event_input_audio_buffer_speech_started import (
    RealtimeServerEventInputAudioBufferSpeechStarted,
)

FAMILY_SIZES = {
    "ga_client": 12,
    "ga_server": 48,  # + transcription_session.created (cut_subset: ga_transcription_session_created)
    "translation_client": 3,
    "translation_server": 7,
    "beta_client": 12,
    "beta_server": 43,  # + output_audio_buffer.* (cut_subset: beta_output_audio_buffer_events)
}


def test_dispatch_tables_cover_every_event_family() -> None:
    assert {k: len(v) for k, v in dispatch.FAMILIES.items()} == FAMILY_SIZES
    for family, table in dispatch.FAMILIES.items():
        decoder = EventDecoder(family)  # type: ignore[arg-type]
        for event_type, (_, class_name) in table.items():
            cls = decoder.model_for(event_type)
            assert cls is not None and cls.__name__ == class_name


def test_same_type_value_differs_per_family() -> None:
    ga = EventDecoder("ga_client").model_for("session.update")
    beta = EventDecoder("beta_client").model_for("session.update")
    translation = EventDecoder("translation_client").model_for("session.update")
    assert ga is not None and beta is not None and translation is not None
    assert len({ga, beta, translation}) == 3


def test_decode_typed_event() -> None:
    frame = json.dumps(
        {
            "type": "input_audio_buffer.speech_started",
            "event_id": "event_1",
            "audio_start_ms": 1000,
            "item_id": "item_1",
        }
    )
    event = EventDecoder("ga_server").decode(frame)
    assert isinstance(event, RealtimeServerEventInputAudioBufferSpeechStarted)
    assert event.audio_start_ms == 1000
    assert event.to_dict() == json.loads(frame)


def test_unknown_type_is_not_mistyped() -> None:
    raw = {"type": "brand_new.event", "event_id": "e", "x": 1}
    event = EventDecoder("ga_server", strict=False).decode(json.dumps(raw))
    assert isinstance(event, UnknownEvent)
    assert event.type == "brand_new.event" and event.raw == raw
    assert "unknown type 'brand_new.event' for the ga_server family" in event.reason


def test_misfit_payload_is_typed_with_its_deviations() -> None:
    raw = {"type": "input_audio_buffer.speech_started", "event_id": "e"}  # required fields missing
    event = EventDecoder("ga_server", strict=False).decode(json.dumps(raw))
    assert isinstance(event, RealtimeServerEventInputAudioBufferSpeechStarted)
    assert event.to_dict() == raw
    assert {(d.path, d.expected, d.got) for d in deviations(event)} == {
        ("audio_start_ms", "present", "missing"),
        ("item_id", "present", "missing"),
    }
    with pytest.raises(SpecDeviationError, match="audio_start_ms: expected present, got missing"):
        EventDecoder("ga_server", strict=True).decode(json.dumps(raw))


def test_a_ga_only_type_is_unknown_to_the_beta_family() -> None:
    raw = {"type": "conversation.item.added", "event_id": "e", "item": {}}
    assert isinstance(
        EventDecoder("beta_server", strict=False).decode(json.dumps(raw)), UnknownEvent
    )


@pytest.mark.parametrize(
    "frame",
    [b"\x00\x01binary", "not json", "[1, 2]", '{"no_type": 1}', '{"type": 5}'],
)
def test_frames_that_are_not_events_raise_protocol_error(frame: str | bytes) -> None:
    with pytest.raises(ProtocolError):
        EventDecoder("ga_server").decode(frame)


def test_encode_model_and_dict() -> None:
    encode_client_event = SessionCore(
        kind="transcription",
        url="ws://127.0.0.1/v1/realtime",
        dialect="ga",
        server_family="ga_server",
        model=None,
        secrets=types.SimpleNamespace(secrets=tuple),
        open_timeout=1.0,
    ).encode
    model = RealtimeClientEventInputAudioBufferAppend(audio="AAAA")
    assert json.loads(encode_client_event(model)) == {
        "type": "input_audio_buffer.append",
        "audio": "AAAA",
    }
    assert json.loads(encode_client_event({"type": "response.cancel"})) == {
        "type": "response.cancel"
    }
    with pytest.raises(ValueError, match="string 'type'"):
        encode_client_event({"audio": "x"})
    with pytest.raises(TypeError, match="cannot send"):
        encode_client_event(42)  # type: ignore[arg-type]


def test_unknown_family_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown event family"):
        EventDecoder("nope")  # type: ignore[arg-type]


def content_event(event_type: str, **fields: Any) -> dict[str, Any]:
    """A server event about one content part (response ``r``, item ``i``, indexes 0)."""
    ids = {"event_id": "e", "response_id": "r", "item_id": "i"}
    return {"type": event_type, **ids, "output_index": 0, "content_index": 0, **fields}


def test_beta_family_has_the_real_beta_names() -> None:
    raw = content_event("response.audio.delta", delta="AAAA")
    event = EventDecoder("beta_server").decode(json.dumps(raw))
    assert type(event).__name__ == "RealtimeBetaServerEventResponseAudioDelta"
    assert event.type_ == "response.audio.delta" and event.delta == "AAAA"
    assert event.to_dict() == raw and deviations(event) == ()
    assert isinstance(EventDecoder("ga_server", strict=False).decode(json.dumps(raw)), UnknownEvent)


def test_ga_family_reads_the_beta_name_real_webrtc_sessions_sent() -> None:
    raw = content_event("response.audio_transcript.done", transcript="hi")
    event = EventDecoder("ga_server", strict=False).decode(json.dumps(raw))
    assert event.type_ == "response.output_audio_transcript.done" and event.transcript == "hi"
    assert event.to_dict() == raw
    assert [(d.path, d.got) for d in deviations(event)] == [
        ("type", "'response.audio_transcript.done'")
    ]
    with pytest.raises(SpecDeviationError):
        EventDecoder("ga_server", strict=True).decode(json.dumps(raw))
