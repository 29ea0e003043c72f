"""Tolerant decoding, one minimal fixture per deviation class (no corpus needed).

Each class: the event decodes to its generated class, ``to_dict()`` is the frame exactly, the
deviation is recorded (JSON path, expected, got) and logged once per (event type, path), the
value that arrived is what the attribute holds, and a strict decoder raises
:class:`~openai_realtime.errors.SpecDeviationError` naming the path.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from openai_realtime import SpecDeviationError, UnknownEvent, deviations
from openai_realtime import events as events_module
from openai_realtime.dialect import GAVocabularyDecoder
from openai_realtime.events import STRICT_ENV, EventDecoder
from openai_realtime_api.models.realtime_server_event_conversation_item_added import (
    RealtimeServerEventConversationItemAdded,
)
from openai_realtime_api.models.realtime_server_event_response_text_delta import (
    RealtimeServerEventResponseTextDelta,
)

DELTA: dict[str, Any] = {
    "type": "response.output_text.delta",
    "event_id": "event_1",
    "response_id": "resp_1",
    "item_id": "item_1",
    "output_index": 0,
    "content_index": 0,
    "delta": "Hi",
}
ITEM: dict[str, Any] = {
    "type": "conversation.item.added",
    "event_id": "event_2",
    "previous_item_id": None,
    "item": {
        "id": "item_2",
        "type": "message",
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": "Hello"}],
    },
}


def _with(base: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    out = json.loads(json.dumps(base))
    node = out
    for key in path[:-1]:
        node = node[key]
    if value is _DROP:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return out


_DROP = object()

#: class -> (frame, path, expected, got, attribute getter, value it holds)
CASES: dict[str, tuple[dict[str, Any], str, str, str, Any, Any]] = {
    "null_where_a_string": (
        _with(DELTA, ("delta",), None),
        "delta",
        "string",
        "null",
        lambda e: e.delta,
        None,
    ),
    "missing_required": (
        _with(DELTA, ("item_id",), _DROP),
        "item_id",
        "present",
        "missing",
        lambda e: type(e.item_id).__name__,
        "Unset",
    ),
    "wrong_primitive": (
        _with(DELTA, ("output_index",), "0"),
        "output_index",
        "integer",
        "string '0'",
        lambda e: e.output_index,
        "0",
    ),
    "unknown_enum": (
        _with(ITEM, ("item", "status"), "paused"),
        "item.status",
        "one of 'completed', 'incomplete', 'in_progress'",
        "string 'paused'",
        lambda e: e.item.status,
        "paused",
    ),
    "unknown_nested_variant": (
        _with(ITEM, ("item", "content", 0), {"type": "output_hologram", "x": 1}),
        "item.content[0].type",
        "one of 'output_text', 'output_audio'",
        "string 'output_hologram'",
        lambda e: e.item.content[0].type_,
        "output_hologram",
    ),
    "unknown_item_variant": (
        _with(ITEM, ("item",), {"type": "telepathy", "id": "item_3"}),
        "item",
        "type one of",
        "object of type 'telepathy'",
        lambda e: e.item,
        {"type": "telepathy", "id": "item_3"},
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_deviation_class_is_typed_recorded_and_lossless(
    case: str, caplog: pytest.LogCaptureFixture
) -> None:
    frame, path, expected, got, attribute, value = CASES[case]
    events_module._REPORTED.clear()
    decoder = EventDecoder("ga_server", strict=False)
    with caplog.at_level(logging.INFO, logger="openai_realtime.events"):
        event = decoder.decode(json.dumps(frame))
        again = decoder.decode(json.dumps(frame))
    cls = (
        RealtimeServerEventResponseTextDelta
        if frame["type"] == DELTA["type"]
        else RealtimeServerEventConversationItemAdded
    )
    assert isinstance(event, cls) and isinstance(again, cls)
    assert event.to_dict() == frame
    assert attribute(event) == value
    found = [d for d in deviations(event) if d.path == path]
    assert found, deviations(event)
    assert found[0].expected.startswith(expected) and found[0].got == got
    logged = [r for r in caplog.records if f"at {path}:" in r.getMessage()]
    assert len(logged) == 1, "logged once per (event type, path)"
    with pytest.raises(SpecDeviationError, match=path.replace("[", r"\[").replace("]", r"\]")):
        EventDecoder("ga_server", strict=True).decode(json.dumps(frame))


def test_an_extra_field_is_kept_and_recorded_but_never_fatal() -> None:
    """JSON Schema allows extra properties: the fast path keeps them; both modes type the
    event; ``deviations`` lists them."""
    frame = {**DELTA, "brand_new": {"a": 1}}
    for strict in (False, True):
        event = EventDecoder("ga_server", strict=strict).decode(json.dumps(frame))
        assert type(event) is RealtimeServerEventResponseTextDelta
        assert event.to_dict() == frame and event.additional_properties == {"brand_new": {"a": 1}}
        assert [(d.path, d.expected) for d in deviations(event)] == [
            ("brand_new", "no such property")
        ]


def test_a_spec_valid_event_has_no_deviation_in_either_mode() -> None:
    for strict in (False, True):
        event = EventDecoder("ga_server", strict=strict).decode(json.dumps(ITEM))
        assert type(event) is RealtimeServerEventConversationItemAdded
        assert event.to_dict() == ITEM and deviations(event) == ()


def test_unknown_type_reason_is_truthful_and_strict_raises() -> None:
    frame = {"type": "response.telepathy.delta", "event_id": "e"}
    event = EventDecoder("ga_server", strict=False).decode(json.dumps(frame))
    assert isinstance(event, UnknownEvent)
    assert event.reason.startswith("unknown type 'response.telepathy.delta' for the ga_server")
    with pytest.raises(SpecDeviationError, match="unknown type"):
        EventDecoder("ga_server", strict=True).decode(json.dumps(frame))


def test_strict_default_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(STRICT_ENV, "1")
    assert EventDecoder("ga_server").strict is True
    assert EventDecoder("ga_server", strict=False).strict is False
    monkeypatch.setenv(STRICT_ENV, "")
    assert EventDecoder("ga_server").strict is False


def test_log_reports_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    events_module._REPORTED.clear()
    monkeypatch.setattr(events_module, "MAX_REPORTED", 3)
    decoder = EventDecoder("ga_server", strict=False)
    for n in range(10):
        decoder.decode(json.dumps({**DELTA, "delta": None, f"x{n}": 1, "output_index": "z"}))
    assert len(events_module._REPORTED) == 3


def test_azure_preview_events_come_ga_typed_with_the_beta_payload() -> None:
    beta_frame = {
        "type": "response.output_item.done",
        "event_id": "event_3",
        "response_id": "resp_3",
        "output_index": 0,
        "item": {
            "id": "item_4",
            "object": "realtime.item",
            "type": "message",
            "status": "completed",
            "role": "assistant",
            "content": [{"type": "audio", "transcript": "Hello"}],
        },
    }
    event = GAVocabularyDecoder(strict=True).decode(json.dumps(beta_frame))
    assert type(event).__name__ == "RealtimeServerEventResponseOutputItemDone"
    assert event.item.content[0].type_ == "output_audio"
    assert type(event.beta).__name__ == "RealtimeBetaServerEventResponseOutputItemDone"
    assert event.beta.to_dict() == beta_frame
    delta = {
        "type": "response.audio.delta",
        "event_id": "event_4",
        "response_id": "resp_3",
        "item_id": "item_4",
        "output_index": 0,
        "content_index": 0,
        "delta": "AAAA",
    }
    event = GAVocabularyDecoder(strict=True).decode(json.dumps(delta))
    assert event.type_ == "response.output_audio.delta" and event.beta.type_ == delta["type"]
