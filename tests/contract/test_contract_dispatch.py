"""Hypothesis on the client's event dispatch (:class:`openai_realtime.events.EventDecoder`).

Server events are generated from the spec's event schemas (every schema of the GA server,
translation server and beta server families, as listed in the generated dispatch tables) with
Schemathesis' JSON-Schema strategies: each event schema becomes the request body of a synthetic
operation of an in-memory OpenAPI document that shares the committed spec's components, so the
strategies resolve ``$ref`` over the whole document.

* A spec-valid event decodes, without raising, to exactly the generated class of its ``type`` in
  that family, and ``to_dict()`` gives the event back.
* A mutated event (unknown ``type``, extra fields, a field of the wrong JSON type anywhere in the
  tree, Schemathesis' negative data) decodes to :class:`~openai_realtime.events.UnknownEvent`
  (holding the frame untouched) or to the class of its ``type``: never another class, never an
  exception.
* What is not an event object with a string ``type`` (other JSON values, non-JSON text, binary
  frames) raises :class:`~openai_realtime.errors.ProtocolError` and nothing else.

Bounded and derandomized (no example database).
"""

from __future__ import annotations

import copy
import functools
import json
from typing import Any

import pytest
import schemathesis
import schemathesis_contract as contract
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openai_realtime import events
from openai_realtime.errors import ProtocolError
from openai_realtime.events import EventDecoder, UnknownEvent
from openai_realtime_api.dispatch import FAMILIES
from schemathesis import GenerationMode

SERVER_FAMILIES = ("ga_server", "translation_server", "beta_server")
EVENTS = [(family, event_type) for family in SERVER_FAMILIES for event_type in FAMILIES[family]]

VALID_EXAMPLES_PER_TYPE = 3
MUTATED_EXAMPLES_PER_FAMILY = 120
# Interoperable JSON (RFC 8259 section 6): 64-bit integers (orjson, the client's parser, reads
# larger ones as floats) and finite floats (``json.dumps`` writes inf as ``Infinity``, not JSON).
JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=6,
)


def _settings(max_examples: int) -> settings:
    return settings(
        max_examples=max_examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )


@functools.cache
def _event_schema() -> Any:
    """Schemathesis schema of an in-memory document: one operation per server event schema."""
    spec = contract.contract_spec()
    spec["paths"] = {
        _path(family, event_type): {
            "post": {
                "operationId": f"{family}-{FAMILIES[family][event_type][1]}",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "$ref": "#/components/schemas/" + FAMILIES[family][event_type][1]
                            }
                        }
                    },
                },
                "responses": {"200": {"description": "unused"}},
            }
        }
        for family, event_type in EVENTS
    }
    config = schemathesis.Config.from_dict({"generation": {"database": "none"}})
    return schemathesis.openapi.from_dict(spec, config=config)


def _path(family: str, event_type: str) -> str:
    return f"/events/{family}/{FAMILIES[family][event_type][1]}"


@functools.cache
def events_of(family: str, event_type: str, mode: GenerationMode) -> st.SearchStrategy[Any]:
    """Bodies drawn from the event schema (positive: valid; negative: invalid)."""
    operation = _event_schema()[_path(family, event_type)]["POST"]
    return operation.as_strategy(mode).map(lambda case: case.body)


@functools.cache
def decoder(family: str) -> EventDecoder:
    """One decoder per family (its class cache is part of what is tested)."""
    return EventDecoder(family)  # type: ignore[arg-type]


def assert_class_or_unknown(family: str, data: dict[str, Any], result: Any) -> None:
    """``result`` is ``UnknownEvent`` holding ``data``, or exactly the class of its type.

    The decoder may read a legacy name as its spec event (``events.BETA_ALIASES``, e.g. Azure
    preview's ``response.text.delta``): then "its type" is the aliased one.
    """
    aliases: dict[str, str] = getattr(events, "BETA_ALIASES", {}) if family == "beta_server" else {}
    wire_type = (
        aliases.get(data["type"], data["type"])
        if data["type"] not in FAMILIES[family]
        else data["type"]
    )
    if isinstance(result, UnknownEvent):
        assert result.type == wire_type
        assert {**result.raw, "type": data["type"]} == data
        return
    expected = decoder(family).model_for(wire_type)
    assert expected is not None, f"{data['type']!r} is not a {family} type, yet decoded typed"
    assert type(result) is expected, f"{data['type']!r} decoded as {type(result).__name__}"


# --------------------------------------------------------------------------- valid events


@pytest.mark.parametrize(("family", "event_type"), EVENTS, ids=[f"{f}:{t}" for f, t in EVENTS])
def test_valid_events_decode_to_the_class_of_their_type(family: str, event_type: str) -> None:
    """Every spec-valid event of every server family types as its generated class."""
    expected = decoder(family).model_for(event_type)
    assert expected is not None

    @_settings(VALID_EXAMPLES_PER_TYPE)
    @given(events_of(family, event_type, GenerationMode.POSITIVE))
    def check(event: dict[str, Any]) -> None:
        result = decoder(family).decode(json.dumps(event))
        assert not isinstance(result, UnknownEvent), result.reason
        assert type(result) is expected
        assert result.to_dict() == event

    check()


# --------------------------------------------------------------------------- mutated events


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value below ``node`` (dict keys and list indexes), the root excluded."""
    if isinstance(node, dict):
        items: list[tuple[Any, Any]] = list(node.items())
    elif isinstance(node, list):
        items = list(enumerate(node))
    else:
        return []
    out: list[tuple[Any, ...]] = []
    for key, value in items:
        out.append((*prefix, key))
        out += _paths(value, (*prefix, key))
    return out


def _json_kind(value: Any) -> str:
    return type(value).__name__ if value is not None else "null"


@st.composite
def mutated(draw: st.DrawFn, family: str) -> dict[str, Any]:
    """A valid event of ``family`` with one mutation: unknown type, extra fields, or one value
    anywhere in the tree replaced by a value of another JSON type."""
    event_type = draw(st.sampled_from(sorted(FAMILIES[family])))
    event = copy.deepcopy(draw(events_of(family, event_type, GenerationMode.POSITIVE)))
    kind = draw(st.sampled_from(["unknown_type", "extra_fields", "wrong_type"]))
    if kind == "unknown_type":
        event["type"] = draw(st.text(min_size=1).filter(lambda t: t not in FAMILIES[family]))
    elif kind == "extra_fields":
        extra = draw(st.dictionaries(st.text(min_size=1), JSON_VALUES, min_size=1, max_size=3))
        event.update({k: v for k, v in extra.items() if k != "type"})
    else:
        paths = [p for p in _paths(event) if p != ("type",)]
        if not paths:
            event["type"] = draw(st.text(min_size=1).filter(lambda t: t not in FAMILIES[family]))
            return event
        path = draw(st.sampled_from(paths))
        parent = event
        for key in path[:-1]:
            parent = parent[key]
        old = parent[path[-1]]
        parent[path[-1]] = draw(JSON_VALUES.filter(lambda v: _json_kind(v) != _json_kind(old)))
    return event


@pytest.mark.parametrize("family", SERVER_FAMILIES)
def test_mutated_events_are_unknown_or_their_own_class(family: str) -> None:
    """Unknown types, extra fields and wrong field types never raise and never mis-type."""

    @_settings(MUTATED_EXAMPLES_PER_FAMILY)
    @given(mutated(family))
    def check(event: dict[str, Any]) -> None:
        result = decoder(family).decode(json.dumps(event))
        assert_class_or_unknown(family, event, result)

    check()


@pytest.mark.parametrize("family", SERVER_FAMILIES)
def test_negative_data_is_unknown_their_class_or_a_protocol_error(family: str) -> None:
    """Schemathesis' negative bodies of every event schema: objects with a string ``type`` are
    typed or unknown; anything else is a :class:`ProtocolError`."""
    strategy = st.sampled_from(sorted(FAMILIES[family])).flatmap(
        lambda event_type: events_of(family, event_type, GenerationMode.NEGATIVE)
    )

    @_settings(MUTATED_EXAMPLES_PER_FAMILY)
    @given(strategy)
    def check(body: Any) -> None:
        # Negative bodies may be raw bytes (not JSON at all): sent as a text frame then.
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else json.dumps(body)
        try:
            body = json.loads(text)
        except ValueError:
            body = None
        if isinstance(body, dict) and isinstance(body.get("type"), str):
            assert_class_or_unknown(family, body, decoder(family).decode(text))
        else:
            with pytest.raises(ProtocolError):
                decoder(family).decode(text)

    check()


# --------------------------------------------------------------------------- non-events


@pytest.mark.parametrize("family", SERVER_FAMILIES)
def test_frames_that_are_not_events_raise_protocol_error_only(family: str) -> None:
    """Binary frames, non-JSON text and JSON that is not an object with a string ``type``."""
    not_events = (
        st.binary().map(lambda b: ("binary", b))
        | st.text().filter(_not_json).map(lambda t: ("text", t))
        | JSON_VALUES.filter(
            lambda v: not (isinstance(v, dict) and isinstance(v.get("type"), str))
        ).map(lambda v: ("json", json.dumps(v)))
    )

    @_settings(100)
    @given(not_events)
    def check(frame: tuple[str, str | bytes]) -> None:
        with pytest.raises(ProtocolError):
            decoder(family).decode(frame[1])

    check()


def _not_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return True
    return False
