"""Encoding client events and decoding server events; no I/O.

Server events are decoded through the dispatch tables that ``make regenerate`` writes from the
spec (``openai_realtime_api.dispatch``): the ``type`` value picks the generated attrs class of the
connection's event family, whose ``from_dict`` builds the typed event. Model modules are imported
on first use, so a process imports only the events it meets.

A frame whose ``type`` the family does not know, or whose payload does not fit its model (a new
server field type, a new enum value), decodes to :class:`UnknownEvent` holding the raw dict and the
reason; it is never mis-typed and never raises. Frames that are not realtime events at all (binary,
non-JSON, no ``type``) raise :class:`~openai_realtime.errors.ProtocolError`.

All JSON goes through :func:`dumps`/:func:`loads` (orjson), the one seam to swap the JSON
library.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any, Literal, Protocol, runtime_checkable

import attrs
import orjson
from openai_realtime_api import dispatch

from .errors import ProtocolError

__all__ = [
    "ClientEvent",
    "EventDecoder",
    "EventFamily",
    "EventModel",
    "ServerEvent",
    "UnknownEvent",
    "client_event_dict",
    "dumps",
    "dumps_bytes",
    "encode_client_event",
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

    @property
    def type_(self) -> str:
        """Alias of :attr:`type`, like the generated models' attribute."""
        return self.type

    def to_dict(self) -> dict[str, Any]:
        """The raw event, as received."""
        return self.raw


#: A decoded server event: an instance of a generated ``RealtimeServerEvent*`` class (or of the
#: translation/beta families), or :class:`UnknownEvent`.
ServerEvent = Any
#: What :func:`encode_client_event` accepts: a generated client-event model or a plain mapping.
ClientEvent = EventModel | Mapping[str, Any]


#: Event names real Azure OpenAI preview endpoints send (the old beta protocol's names) where the
#: pinned spec's beta family uses the GA names; decoded as the spec's event, whose ``type_`` is the
#: spec name (the raw frame keeps the original).
BETA_ALIASES: dict[str, str] = {
    "response.audio.delta": "response.output_audio.delta",
    "response.audio.done": "response.output_audio.done",
    "response.audio_transcript.delta": "response.output_audio_transcript.delta",
    "response.audio_transcript.done": "response.output_audio_transcript.done",
    "response.text.delta": "response.output_text.delta",
    "response.text.done": "response.output_text.done",
}


class EventDecoder:
    """Decode server frames of one event family into typed events.

    ``EventDecoder("ga_server").decode(text)`` -> typed event or :class:`UnknownEvent`.
    Class lookups are cached per ``type`` value.
    """

    def __init__(self, family: EventFamily) -> None:
        try:
            self._table = dispatch.FAMILIES[family]
        except KeyError:
            raise ValueError(
                f"unknown event family {family!r}; one of {sorted(dispatch.FAMILIES)}"
            ) from None
        self.family = family
        self._aliases = BETA_ALIASES if family == "beta_server" else {}
        self._parsers: dict[str, Callable[[Mapping[str, Any]], Any]] = {}

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

        Returns the typed event, or :class:`UnknownEvent` (unknown ``type`` / misfit payload).

        Raises:
            ProtocolError: a binary frame, text that is not JSON, or JSON that is not an object
                with a string ``type``.
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
        if type(data) is dict:
            event_type = data.get("type")
            if type(event_type) is str:
                parser = self._parsers.get(event_type)
                if parser is not None:
                    try:
                        return parser(data)
                    except _MISFIT as exc:
                        return _misfit(event_type, data, exc)
        return self.decode_dict(data, frame)

    def decode_dict(self, data: Any, frame: str | bytes = "") -> ServerEvent:
        """Type an already-parsed JSON object (see :meth:`decode`)."""
        if not isinstance(data, dict) or not isinstance(data.get("type"), str):
            raise ProtocolError(
                "the server sent JSON that is not an event object with a string 'type'",
                frame or repr(data),
            )
        event_type: str = data["type"]
        parser = self._parsers.get(event_type)
        if parser is None and event_type in self._aliases:
            data = {**data, "type": self._aliases[event_type]}
            event_type = data["type"]
            parser = self._parsers.get(event_type)
        if parser is None:
            cls = self.model_for(event_type)
            if cls is None:
                return UnknownEvent(event_type, data, f"unknown type for the {self.family} family")
            parser = self._parsers[event_type] = cls.from_dict
        try:
            return parser(data)
        except _MISFIT as exc:
            return _misfit(event_type, data, exc)


#: What a generated ``from_dict`` raises when a payload does not fit its model.
_MISFIT = (KeyError, TypeError, ValueError, AttributeError)
_BINARY = (bytes, bytearray, memoryview)
_orjson_loads = orjson.loads


def _misfit(event_type: str, data: dict[str, Any], exc: Exception) -> UnknownEvent:
    return UnknownEvent(event_type, data, f"payload does not fit {type(exc).__name__}: {exc}")


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


def encode_client_event(event: ClientEvent) -> str:
    """Serialise a client event (a generated model, or a mapping with a ``type``) to JSON text.

    Raises:
        TypeError: ``event`` is neither a model with ``to_dict`` nor a mapping.
        ValueError: a mapping without a string ``type``.
    """
    return dumps(client_event_dict(event))
