"""Hypothesis on the client's event dispatch (:class:`openai_realtime.events.EventDecoder`).

Server events are generated from the spec's event schemas (every schema of the GA server,
translation server and beta server families, as listed in the generated dispatch tables) with
Schemathesis' JSON-Schema strategies: each event schema becomes the request body of a synthetic
operation of an in-memory OpenAPI document that shares the committed spec's components, so the
strategies resolve ``$ref`` over the whole document.

* A spec-valid event decodes, without raising, to exactly the generated class of its ``type`` in
  that family, and ``to_dict()`` gives the event back.
* A mutated event (one mutation anywhere in the tree: a leaf nulled, a key dropped, a key added,
  an unseen enum value, an unknown nested variant, a value of the wrong JSON type; or an unknown
  ``type``; or Schemathesis' negative data) decodes to the class of its ``type`` (tolerantly:
  ``to_dict()`` is the frame exactly, and when the mutant is invalid against its schema the
  deviation is recorded and a strict decoder raises
  :class:`~openai_realtime.errors.SpecDeviationError`), or, for a ``type`` the family does not
  know, to :class:`~openai_realtime.events.UnknownEvent` holding the frame untouched: never
  another class, never an exception.
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
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openai_realtime import deviations, drift, events
from openai_realtime.errors import ProtocolError, SpecDeviationError
from openai_realtime.events import EventDecoder, UnknownEvent
from openai_realtime.server import spec as server_spec
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
def decoder(family: str, strict: bool = False) -> EventDecoder:
    """One decoder per family and mode (its class cache is part of what is tested)."""
    return EventDecoder(family, strict=strict)  # type: ignore[arg-type]


def assert_class_or_unknown(family: str, data: dict[str, Any], result: Any) -> None:
    """``result`` is ``UnknownEvent`` holding ``data`` (a ``type`` the family does not know),
    or an instance of the class of its type, losslessly; when ``data`` is invalid against that
    schema the deviation is recorded and a strict decoder raises.

    The decoder may read a name real servers sent as its spec event (``events.ALIASES``, e.g.
    ``response.audio_transcript.done`` on GA): then "its type" is the aliased one.
    """
    aliases = events.ALIASES.get(family, {})
    wire_type = data["type"] if data["type"] in FAMILIES[family] else aliases.get(data["type"])
    if wire_type is None:
        assert isinstance(result, UnknownEvent), f"{data['type']!r} typed in {family}"
        assert result.type == data["type"] and result.raw == data
        assert "unknown type" in result.reason
        return
    expected = decoder(family).model_for(wire_type)
    assert expected is not None
    assert isinstance(result, expected), f"{data['type']!r} decoded as {type(result).__name__}"
    assert result.to_dict() == data, "not lossless"
    name = FAMILIES[family][wire_type][1]
    if wire_type != data["type"] or not server_spec.is_valid(name, data):
        assert deviations(result), f"no deviation recorded for an invalid {name}"
        with pytest.raises(SpecDeviationError):
            decoder(family, strict=True).decode(json.dumps(data))


# --------------------------------------------------------------------------- valid events


@pytest.mark.parametrize(("family", "event_type"), EVENTS, ids=[f"{f}:{t}" for f, t in EVENTS])
def test_valid_events_decode_to_the_class_of_their_type(family: str, event_type: str) -> None:
    """Every spec-valid event of every server family types as its generated class."""
    expected = decoder(family).model_for(event_type)
    assert expected is not None

    @_settings(VALID_EXAMPLES_PER_TYPE)
    @given(events_of(family, event_type, GenerationMode.POSITIVE))
    def check(event: dict[str, Any]) -> None:
        assume(_interoperable(event))
        result = decoder(family).decode(json.dumps(event))
        assert not isinstance(result, UnknownEvent), result.reason
        assert type(result) is expected
        assert result.to_dict() == event
        assert all(d.expected == drift.EXTRA for d in deviations(result))

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


def _interoperable(value: Any) -> bool:
    """Integers within 64 bits (RFC 8259 section 6): orjson, the client's parser, reads larger
    ones as floats, so no decoder could give them back exactly."""
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return -(2**63) <= value < 2**64
    if isinstance(value, dict):
        return all(_interoperable(v) for v in value.values())
    if isinstance(value, list):
        return all(_interoperable(v) for v in value)
    return True


def _json_kind(value: Any) -> str:
    return type(value).__name__ if value is not None else "null"


MUTATIONS = (
    "unknown_type",
    "extra_fields",
    "wrong_type",
    "null_leaf",
    "drop_key",
    "add_key",
    "unseen_enum",
    "unknown_variant",
)


@st.composite
def mutated(draw: st.DrawFn, family: str, kind: str | None = None) -> dict[str, Any]:
    """A valid event of ``family`` with one mutation of ``kind`` (drawn when ``None``): an unknown
    type, extra top-level fields, or one place anywhere in the tree changed (a value of another
    JSON type, a leaf nulled, a key dropped, a key added, a string value unseen, a nested
    ``type`` unseen). Where the event has no such place, its ``type`` becomes unknown."""
    event_type = draw(st.sampled_from(sorted(FAMILIES[family])))
    event = copy.deepcopy(draw(events_of(family, event_type, GenerationMode.POSITIVE)))
    assume(_interoperable(event))
    kind = kind or draw(st.sampled_from(MUTATIONS))
    places = [p for p in _paths(event) if p != ("type",)]
    if kind == "extra_fields":
        extra = draw(st.dictionaries(st.text(min_size=1), JSON_VALUES, min_size=1, max_size=3))
        event.update({k: v for k, v in extra.items() if k != "type"})
        return event
    choices = {
        "wrong_type": places,
        "null_leaf": [p for p in places if not isinstance(_at(event, p), dict | list | None)],
        "drop_key": [p for p in places if isinstance(p[-1], str)],
        "add_key": [(), *(p for p in places if isinstance(_at(event, p), dict))],
        "unseen_enum": [p for p in places if isinstance(_at(event, p), str)],
        "unknown_variant": [
            (*p, "type")
            for p in places
            if isinstance(_at(event, p), dict) and isinstance(_at(event, p).get("type"), str)
        ],
    }.get(kind, [])
    if not choices:
        event["type"] = draw(st.text(min_size=1).filter(lambda t: t not in FAMILIES[family]))
        return event
    path = draw(st.sampled_from(choices))
    if kind == "add_key":
        name = draw(st.text(min_size=1).filter(lambda t: t not in _at(event, path)))
        _at(event, path)[name] = draw(JSON_VALUES)
        return event
    parent = _at(event, path[:-1])
    old = parent[path[-1]]
    if kind == "wrong_type":
        parent[path[-1]] = draw(JSON_VALUES.filter(lambda v: _json_kind(v) != _json_kind(old)))
    elif kind == "null_leaf":
        parent[path[-1]] = None
    elif kind == "drop_key":
        del parent[path[-1]]
    else:  # unseen_enum, unknown_variant: a string value the spec does not list
        parent[path[-1]] = f"{old}_unseen"
    return event


def _at(node: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        node = node[key]
    return node


@pytest.mark.parametrize("family", SERVER_FAMILIES)
@pytest.mark.parametrize("kind", MUTATIONS)
def test_mutated_events_are_typed_losslessly_or_unknown(family: str, kind: str) -> None:
    """Each mutation kind, in each family: the right class, lossless, deviation recorded (and a
    strict decoder raising) when the mutant is invalid; ``UnknownEvent`` for an unknown type."""

    @_settings(MUTATED_EXAMPLES_PER_FAMILY // 4)
    @given(mutated(family, kind))
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
            assume(_interoperable(body))
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
