"""Encoding client events and decoding server events; no I/O.

Server events are decoded through the dispatch tables that ``make regenerate`` writes from the
spec (``openai_realtime_api.dispatch``): the ``type`` value picks the generated attrs class of the
connection's event family, whose ``from_dict`` builds the typed event. Model modules are imported
on first use, so a process imports only the events it meets.

Real servers do not follow the spec to the letter. A frame whose ``type`` the family knows always
decodes to its generated class: when its payload deviates (``null`` where the spec names a type, a
missing required field, an unknown enum value or variant, a wrong primitive type), the tolerant
path of :mod:`.drift` types it anyway, records each deviation on the event (``deviations``: JSON
path, expected, got), keeps ``to_dict()`` exactly what was received, and logs each
(event type, path) once per process. A frame whose ``type`` the family does not know decodes to
:class:`UnknownEvent` (raw dict and reason). Frames that are not realtime events at all (binary,
non-JSON, no string ``type``) raise :class:`~openai_realtime.errors.ProtocolError`. A strict
decoder (``strict=True``) raises :class:`~openai_realtime.errors.SpecDeviationError` instead of
tolerating a deviation (an unknown ``type`` included); extra properties, which JSON Schema allows,
are kept and listed by :func:`~openai_realtime.drift.deviations` in both modes, never fatal.

All JSON goes through :func:`dumps`/:func:`loads` (orjson), the one seam to swap the JSON
library.
"""

from __future__ import annotations

import importlib
import logging
import math
import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeAlias, runtime_checkable

import attrs
import orjson
from openai_realtime_api import dispatch

from . import drift
from .errors import ProtocolError, SpecDeviationError

if TYPE_CHECKING:
    from openai_realtime_api.event_types import GAServerEvent, TranslationServerEvent

__all__ = [
    "STRICT_ENV",
    "ClientEvent",
    "EventDecoder",
    "EventFamily",
    "EventModel",
    "ServerEvent",
    "UnknownEvent",
    "client_event_dict",
    "dumps",
    "dumps_bytes",
    "loads",
]

#: The six event families of the spec: which events a connection kind sends and receives.
EventFamily = Literal[
    "ga_client",
    "ga_server",
    "translation_client",
    "translation_server",
    "beta_client",
    "beta_server",
]


def dumps(obj: Any) -> str:
    """Serialise ``obj`` to compact JSON text (orjson)."""
    return orjson.dumps(obj).decode()


def dumps_bytes(obj: Any) -> bytes:
    """Serialise ``obj`` to compact UTF-8 JSON bytes (sent as a text frame without re-encoding)."""
    return orjson.dumps(obj)


def loads(data: str | bytes) -> Any:
    """Parse JSON text or bytes (orjson)."""
    return orjson.loads(data)


@runtime_checkable
class EventModel(Protocol):
    """What every generated event class offers (attrs classes with ``type_``)."""

    type_: str

    def to_dict(self) -> dict[str, Any]: ...


@attrs.frozen
class UnknownEvent:
    """A server event this client cannot type: an unknown ``type`` value for the connection's
    family, or a payload that does not fit the generated model of its ``type``.

    Attributes:
        type: the frame's ``type`` value.
        raw: the whole decoded JSON object, untouched.
        reason: why it was not typed (``"unknown type"`` or the model's parse error).
    """

    type: str
    raw: dict[str, Any]
    reason: str

    if TYPE_CHECKING:
        # For type checkers ``type_`` is a literal that no spec event has, so that
        # ``event.type_ == "response.done"`` narrows a union holding UnknownEvent (mypy narrows
        # by a ``type_`` comparison only when every member's ``type_`` is a literal). At run
        # time it is the received ``type``; to compare it with an unlisted type, narrow with
        # ``isinstance(event, UnknownEvent)`` and read ``event.raw["type"]``.
        @property
        def type_(self) -> Literal["openai_realtime.unknown_event"]: ...

    else:

        @property
        def type_(self) -> str:
            """The received ``type`` (as :attr:`type`), like the generated models' attribute."""
            return self.type

    def to_dict(self) -> dict[str, Any]:
        """The raw event, as received."""
        return self.raw


if TYPE_CHECKING:
    #: A decoded server event as users receive it: an instance of a generated class of the GA
    #: family (conversation, transcription and call sessions; beta-dialect sessions hand over
    #: GA-typed events) or of the translation family (translation sessions), or
    #: :class:`UnknownEvent`. The unions are generated
    #: (``openai_realtime_api.event_types``); narrow them with ``isinstance`` or by comparing
    #: ``event.type_`` with a type name.
    ServerEvent: TypeAlias = GAServerEvent | TranslationServerEvent | UnknownEvent
else:
    # At run time the alias names no classes: building the unions would import every event
    # model (``openai_realtime_api.event_types.GAServerEvent`` builds one on first access).
    ServerEvent = Any
#: What a session's ``send`` accepts: a generated client-event model or a plain mapping.
ClientEvent = EventModel | Mapping[str, Any]


#: Event names real servers have sent that the pinned spec names differently, per family: decoded
#: as the spec's event (``type_`` is the spec name; ``to_dict()`` and ``raw`` keep the name that
#: arrived, and the rename is recorded as a deviation of ``type``). Evidence: a GA WebRTC session
#: delivered the beta name ``response.audio_transcript.done`` (real-traffic README, "Other real
#: behaviour reported by users").
ALIASES: dict[str, dict[str, str]] = {
    "ga_server": {"response.audio_transcript.done": "response.output_audio_transcript.done"},
}

#: Environment variable that makes strict decoding the default of every :class:`EventDecoder`
#: (and so of every session) in a process: ``1``/``true``/``yes``. The project's own tests set
#: it, so that the local server's output is held to the spec.
STRICT_ENV = "OPENAI_REALTIME_STRICT_EVENTS"

logger = logging.getLogger("openai_realtime.events")

#: (event type, JSON path) pairs already logged; bounded so a hostile peer sending ever-new
#: paths cannot grow it without limit (past the bound, deviations are still recorded on the
#: events, just not logged).
_REPORTED: set[tuple[str, str]] = set()
MAX_REPORTED = 4096


def _strict_default() -> bool:
    return os.environ.get(STRICT_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def _report(event_type: str, found: tuple[drift.Deviation, ...]) -> None:
    for deviation in found:
        key = (event_type, deviation.path)
        if key in _REPORTED or len(_REPORTED) >= MAX_REPORTED:
            continue
        _REPORTED.add(key)
        logger.info(
            "server event %r deviates from the spec at %s: expected %s, got %s "
            "(typed anyway; reported once per event type and path)",
            event_type,
            deviation.path or "(event)",
            deviation.expected,
            deviation.got,
        )


class EventDecoder:
    """Decode server frames of one event family into typed events.

    ``EventDecoder("ga_server").decode(text)`` -> typed event or :class:`UnknownEvent`.
    Class lookups are cached per ``type`` value.

    Args:
        family: the connection's event family (a key of ``openai_realtime_api.dispatch``).
        strict: raise :class:`~openai_realtime.errors.SpecDeviationError` on a deviation from
            the spec (an unknown ``type``, a payload that does not fit; not an extra property,
            which the schema allows) instead of typing the event tolerantly. ``None`` (default): strict when the
            :data:`STRICT_ENV` environment variable is set.

    Raises:
        ValueError: an unknown ``family``.
    """

    def __init__(self, family: EventFamily, *, strict: bool | None = None) -> None:
        try:
            self._table = dispatch.FAMILIES[family]
        except KeyError:
            raise ValueError(
                f"unknown event family {family!r}; one of {sorted(dispatch.FAMILIES)}"
            ) from None
        self.family = family
        self.strict = _strict_default() if strict is None else strict
        self._aliases = ALIASES.get(family, {})
        # ``from_dict`` of the generated classes (typed as the union: for the beta family the
        # members are the beta classes, which sessions convert to GA: dialect.GAVocabularyDecoder)
        self._parsers: dict[str, Callable[[Mapping[str, Any]], ServerEvent]] = {}

    @property
    def types(self) -> frozenset[str]:
        """The ``type`` values this family defines."""
        return frozenset(self._table)

    def model_for(self, event_type: str) -> type[Any] | None:
        """The generated class for ``event_type`` in this family, or ``None`` if unknown."""
        entry = self._table.get(event_type)
        if entry is None:
            return None
        module, name = entry
        cls: type[Any] = getattr(
            importlib.import_module(f"openai_realtime_api.models.{module}"), name
        )
        return cls

    def decode(self, frame: str | bytes) -> ServerEvent:
        """Decode one WebSocket text frame.

        Returns the typed event (tolerantly typed if its payload deviates from the spec), or
        :class:`UnknownEvent` for a ``type`` the family does not know.

        Raises:
            ProtocolError: a binary frame, text that is not JSON, or JSON that is not an object
                with a string ``type``.
            SpecDeviationError: (strict decoders only) the event deviates from the spec.
        """
        # Hot path (every received event): one C-level JSON parse, one dict lookup for the
        # cached parser, the generated ``from_dict``. No wrapper calls, no re-validation.
        if type(frame) is not str and isinstance(frame, _BINARY):
            raise ProtocolError(
                f"the server sent a binary frame ({len(frame)} bytes); realtime events are "
                "JSON text",
                bytes(frame),
            )
        try:
            data = _orjson_loads(frame)
        except orjson.JSONDecodeError as exc:
            raise ProtocolError(
                f"the server sent a frame that is not JSON ({exc})", frame
            ) from None
        if type(data) is dict and not self.strict:
            event_type = data.get("type")
            if type(event_type) is str:
                parser = self._parsers.get(event_type)
                if parser is not None:
                    try:
                        return parser(data)
                    except _MISFIT:
                        return self._tolerant(event_type, event_type, data)
        return self.decode_dict(data, frame)

    def decode_dict(self, data: Any, frame: str | bytes = "") -> ServerEvent:
        """Type an already-parsed JSON object (see :meth:`decode`)."""
        if not isinstance(data, dict) or not isinstance(data.get("type"), str):
            raise ProtocolError(
                "the server sent JSON that is not an event object with a string 'type'",
                frame or repr(data),
            )
        received: str = data["type"]
        event_type = received
        if event_type not in self._table and event_type in self._aliases:
            event_type = self._aliases[event_type]
        parser = self._parsers.get(event_type)
        if parser is None:
            cls = self.model_for(event_type)
            if cls is None:
                reason = (
                    f"unknown type {received!r} for the {self.family} family "
                    f"({len(self._table)} known types)"
                )
                if self.strict:
                    raise SpecDeviationError(
                        received, (drift.Deviation("type", reason, repr(received)),), frame
                    )
                return UnknownEvent(received, data, reason)
            parser = self._parsers[event_type] = cls.from_dict
        if received != event_type or self.strict:
            return self._tolerant(received, event_type, data, frame)
        try:
            return parser(data)
        except _MISFIT:
            return self._tolerant(received, event_type, data, frame)

    def _tolerant(
        self, received: str, event_type: str, data: dict[str, Any], frame: str | bytes = ""
    ) -> ServerEvent:
        """The slow path: fit the payload to the schema, type it, put what arrived back."""
        cls = self.model_for(event_type)
        assert cls is not None
        schema = drift.schemas()[cls.__name__]
        found: list[tuple[drift.Path, drift.Deviation]] = []
        payload = dict(data)
        if received != event_type:
            found.append((("type",), drift.Deviation("type", repr(event_type), repr(received))))
            payload["type"] = event_type
        fitted = drift.fit(schema, payload, (), found)
        deviations = tuple(d for _, d in found)
        if self.strict:
            # Extra properties are valid JSON Schema (and kept): recorded, never fatal.
            fatal = tuple(d for d in deviations if d.expected != drift.EXTRA)
            if fatal:
                raise SpecDeviationError(received, fatal, frame)
            return self._parsers[event_type](data)
        try:
            event = self._parsers[event_type](fitted)
        except _MISFIT as exc:  # the fitted payload should always parse; never mis-type
            return UnknownEvent(
                received,
                data,
                f"payload does not fit {cls.__name__} ({'; '.join(map(str, deviations))}); "
                f"{type(exc).__name__}: {exc}",
            )
        paths = [
            path for path, d in found if d.expected != "no such property" and path != ("type",)
        ]
        _report(received, deviations)
        typed: ServerEvent = drift.attach(event, data, paths, deviations)
        return typed


#: What a generated ``from_dict`` raises when a payload does not fit its model.
_MISFIT = (KeyError, TypeError, ValueError, AttributeError)
_BINARY = (bytes, bytearray, memoryview)
_orjson_loads = orjson.loads


def check_finite(value: Any, what: str = "the event") -> None:
    """Raise ``ValueError`` naming the path of the first ``NaN``/``Infinity`` in ``value``
    (JSON has neither; orjson would silently write ``null``). Walks dicts and lists only."""
    stack: list[tuple[str, Any]] = [("", value)]
    while stack:
        path, item = stack.pop()
        if isinstance(item, float):
            if item != item or item in (math.inf, -math.inf):
                where = f" at {path.lstrip('.')}" if path else ""
                raise ValueError(
                    f"{what} holds {item!r}{where}; JSON has no NaN or Infinity, so it "
                    "cannot be sent. Pass a finite number."
                )
        elif isinstance(item, dict):
            stack.extend((f"{path}.{k}", v) for k, v in item.items())
        elif isinstance(item, list | tuple):
            stack.extend((f"{path}[{i}]", v) for i, v in enumerate(item))


def client_event_dict(event: ClientEvent) -> dict[str, Any]:
    """A client event (a generated model, or a mapping with a ``type``) as a plain dict.

    Raises:
        TypeError: ``event`` is neither a model with ``to_dict`` nor a mapping.
        ValueError: a mapping without a string ``type``.
    """
    if isinstance(event, Mapping):
        if not isinstance(event.get("type"), str):
            raise ValueError(
                "a client event needs a string 'type', e.g. {'type': 'session.update'}"
            )
        return event if isinstance(event, dict) else dict(event)
    to_dict = getattr(event, "to_dict", None)
    if to_dict is None:
        raise TypeError(
            f"cannot send {type(event).__name__}: pass a generated client-event model "
            "(openai_realtime_api.models.RealtimeClientEvent*) or a dict with a 'type'"
        )
    data: dict[str, Any] = to_dict()
    return data
