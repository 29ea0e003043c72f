"""One event vocabulary: the beta dialect (Azure OpenAI's preview protocol) and GA, both ways.

Pure functions and tables, no I/O; the client and the local server share them.

* Names: the beta protocol calls the response content events ``response.audio.delta``,
  ``response.text.delta``, ``response.audio_transcript.delta`` (and ``.done``); GA calls them
  ``response.output_audio.delta``, ``response.output_text.delta``,
  ``response.output_audio_transcript.delta`` (:data:`BETA_TO_GA_EVENTS`).
* Items: a beta assistant message's content parts are ``{"type": "text"}`` /
  ``{"type": "audio"}``; GA's are ``output_text`` / ``output_audio``
  (:data:`BETA_TO_GA_CONTENT`).
* Sessions and responses: beta has ``modalities``, top-level ``voice``, ``turn_detection``,
  ``input_audio_format: "pcm16"``...; GA nests them under ``audio.input`` / ``audio.output``
  (:func:`beta_session_to_ga`, :func:`beta_response_to_ga`).

:func:`beta_server_event_to_ga` converts a received beta server event to its GA form;
:func:`ga_server_event_to_beta_names` is the reverse naming step the local server applies to
what it sends on its preview surface; :func:`to_beta` converts a GA client event to the beta
dialect (what the client sends on Azure preview). :class:`GAVocabularyDecoder` is the decoder an
Azure preview session uses: it types the frame in the beta family (the wire truth, strict if
asked) and hands back the GA-typed event, whose ``beta`` attribute holds the beta-typed one.
A beta event without a GA counterpart stays a beta-typed event.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any, Final

from . import drift
from .audio_formats import beta_audio_format, format_by_name
from .events import EventDecoder, ServerEvent, UnknownEvent

__all__ = [
    "BETA_TO_GA_CONTENT",
    "BETA_TO_GA_EVENTS",
    "GA_TO_BETA_CONTENT",
    "GA_TO_BETA_EVENTS",
    "GAVocabularyDecoder",
    "ServerDecoder",
    "beta_item_to_ga",
    "beta_response_to_ga",
    "beta_server_event_to_ga",
    "beta_session_to_ga",
    "ga_item_to_beta",
    "ga_server_event_to_beta_names",
    "server_decoder",
    "to_beta",
]

#: Beta server event name -> GA name (the other events have the same name in both).
BETA_TO_GA_EVENTS: Final[dict[str, str]] = {
    "response.audio.delta": "response.output_audio.delta",
    "response.audio.done": "response.output_audio.done",
    "response.audio_transcript.delta": "response.output_audio_transcript.delta",
    "response.audio_transcript.done": "response.output_audio_transcript.done",
    "response.text.delta": "response.output_text.delta",
    "response.text.done": "response.output_text.done",
}
GA_TO_BETA_EVENTS: Final[dict[str, str]] = {ga: beta for beta, ga in BETA_TO_GA_EVENTS.items()}

#: Beta assistant content part type -> GA type.
BETA_TO_GA_CONTENT: Final[dict[str, str]] = {"text": "output_text", "audio": "output_audio"}
GA_TO_BETA_CONTENT: Final[dict[str, str]] = {ga: beta for beta, ga in BETA_TO_GA_CONTENT.items()}

#: Events whose ``item`` is a conversation item; events whose ``response`` is a response.
_ITEM_EVENTS: Final = frozenset(
    {
        "conversation.item.created",
        "conversation.item.added",
        "conversation.item.done",
        "conversation.item.retrieved",
        "response.output_item.added",
        "response.output_item.done",
    }
)
_RESPONSE_EVENTS: Final = frozenset({"response.created", "response.done"})


def _map_content(item: Any, table: Mapping[str, str]) -> Any:
    if not isinstance(item, dict) or item.get("role") != "assistant":
        return item
    content = item.get("content")
    if not isinstance(content, list):
        return item
    out = dict(item)
    out["content"] = [
        {**part, "type": table[part["type"]]}
        if isinstance(part, dict) and part.get("type") in table
        else part
        for part in content
    ]
    return out


def beta_item_to_ga(item: Any) -> Any:
    """A conversation item with beta assistant content types (``text``/``audio``) in GA terms."""
    return _map_content(item, BETA_TO_GA_CONTENT)


def ga_item_to_beta(item: Any) -> Any:
    """A conversation item with GA assistant content types in beta terms (``text``/``audio``)."""
    return _map_content(item, GA_TO_BETA_CONTENT)


def _ga_format(value: Any) -> Any:
    """The GA format object of a beta format name; anything else is kept as it is."""
    spec = format_by_name(value, beta_only=True) if isinstance(value, str) else None
    return spec.ga_object() if spec is not None else value


def beta_session_to_ga(session: Mapping[str, Any]) -> dict[str, Any]:
    """A beta ``RealtimeSession`` (``session.created``/``updated`` payload) in the GA shape:
    ``type: "realtime"``, ``output_modalities``, ``audio.input`` (``format`` object,
    ``transcription``, ``turn_detection``, ``noise_reduction``), ``audio.output`` (``format``,
    ``voice``, ``speed``), ``max_output_tokens``. Unknown fields are kept as they are; fields
    beta has and GA lacks (``temperature``) are dropped."""
    out = {k: copy.deepcopy(v) for k, v in session.items()}
    audio_in: dict[str, Any] = {}
    audio_out: dict[str, Any] = {}
    renames_in = {
        "input_audio_format": "format",
        "input_audio_transcription": "transcription",
        "turn_detection": "turn_detection",
        "input_audio_noise_reduction": "noise_reduction",
    }
    for beta, ga in renames_in.items():
        if beta in out:
            value = out.pop(beta)
            audio_in[ga] = _ga_format(value) if ga == "format" else value
    for beta, ga in {"output_audio_format": "format", "voice": "voice", "speed": "speed"}.items():
        if beta in out:
            value = out.pop(beta)
            audio_out[ga] = _ga_format(value) if ga == "format" else value
    if audio_in or audio_out:
        out["audio"] = {"input": audio_in, "output": audio_out}
    if "modalities" in out:
        modalities = out.pop("modalities")
        if isinstance(modalities, list):
            out["output_modalities"] = ["audio"] if "audio" in modalities else ["text"]
    if "max_response_output_tokens" in out:
        out["max_output_tokens"] = out.pop("max_response_output_tokens")
    out.pop("temperature", None)
    out.setdefault("type", "realtime")
    return out


def beta_response_to_ga(response: Mapping[str, Any]) -> dict[str, Any]:
    """A ``RealtimeBetaResponse`` in the GA ``RealtimeResponse`` shape (``output_modalities``,
    ``audio.output``, GA content types in ``output``)."""
    out = {k: copy.deepcopy(v) for k, v in response.items()}
    modalities = out.pop("modalities", None)
    if isinstance(modalities, list):
        out["output_modalities"] = ["audio"] if "audio" in modalities else ["text"]
    audio_out: dict[str, Any] = {}
    if "voice" in out:
        audio_out["voice"] = out.pop("voice")
    if "output_audio_format" in out:
        audio_out["format"] = _ga_format(out.pop("output_audio_format"))
    if audio_out:
        out["audio"] = {"output": audio_out}
    out.pop("temperature", None)
    if isinstance(out.get("output"), list):
        out["output"] = [beta_item_to_ga(item) for item in out["output"]]
    return out


def beta_server_event_to_ga(event: Mapping[str, Any]) -> dict[str, Any]:
    """The GA form of a beta server event (names, item content types, session and response
    shapes). Events that are the same in both dialects come back as a copy."""
    return _convert_server_event(
        event, BETA_TO_GA_EVENTS, beta_item_to_ga, beta_response_to_ga, beta_session_to_ga
    )


def ga_server_event_to_beta_names(event: Mapping[str, Any]) -> dict[str, Any]:
    """The naming step of GA -> beta for a server event: beta event names and beta assistant
    content types (in ``item``, and in ``response.output``). Shapes of sessions and responses
    are the local server's business (``server/beta.py``)."""
    return _convert_server_event(event, GA_TO_BETA_EVENTS, ga_item_to_beta, _response_items_to_beta)


def _response_items_to_beta(response: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(response)
    if isinstance(out.get("output"), list):
        out["output"] = [ga_item_to_beta(item) for item in out["output"]]
    return out


def _convert_server_event(
    event: Mapping[str, Any],
    names: Mapping[Any, str],
    item: Callable[[Any], Any],
    response: Callable[[Mapping[str, Any]], dict[str, Any]],
    session: Callable[[Mapping[str, Any]], dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A server event in the other dialect: a renamed type (``names``), else its ``item``,
    ``response`` or (when ``session`` is given) ``session`` converted; a copy otherwise."""
    out = dict(event)
    event_type = out.get("type")
    if event_type in names:
        out["type"] = names[event_type]
    elif event_type in _ITEM_EVENTS and "item" in out:
        out["item"] = item(out["item"])
    elif event_type in _RESPONSE_EVENTS and isinstance(out.get("response"), Mapping):
        out["response"] = response(out["response"])
    elif (
        session is not None
        and event_type in ("session.created", "session.updated")
        and isinstance(out.get("session"), Mapping)
    ):
        out["session"] = session(out["session"])
    return out


def to_beta(event: Mapping[str, Any]) -> dict[str, Any]:
    """Convert a GA client event to the beta dialect of Azure OpenAI's preview protocol.

    Only ``session.update`` differs in shape: the GA nested ``audio.input/output`` becomes the
    beta top-level fields (``input_audio_format: "pcm16"``, ``input_audio_transcription``,
    ``input_audio_noise_reduction``, ``turn_detection``, ``voice``, ``output_audio_format``),
    ``output_modalities`` becomes ``modalities``, ``max_output_tokens`` becomes
    ``max_response_output_tokens``; a transcription session's update becomes
    ``transcription_session.update``. ``response.create`` renames ``output_modalities`` and
    ``max_output_tokens`` likewise. Other events are the same in both dialects.
    """
    out = copy.deepcopy(dict(event))
    if out.get("type") == "session.update":
        session = dict(out.get("session") or {})
        kind = session.pop("type", "realtime")
        beta: dict[str, Any] = {}
        audio = session.pop("audio", {}) or {}
        audio_in = audio.get("input", {}) or {}
        audio_out = audio.get("output", {}) or {}
        if "format" in audio_in:
            beta["input_audio_format"] = beta_audio_format(audio_in["format"])
        if "transcription" in audio_in:
            beta["input_audio_transcription"] = audio_in["transcription"]
        if "noise_reduction" in audio_in:
            beta["input_audio_noise_reduction"] = audio_in["noise_reduction"]
        if "turn_detection" in audio_in:
            beta["turn_detection"] = audio_in["turn_detection"]
        if "format" in audio_out:
            beta["output_audio_format"] = beta_audio_format(audio_out["format"])
        for key in ("voice", "speed"):
            if key in audio_out:
                beta[key] = audio_out[key]
        if "output_modalities" in session:
            beta["modalities"] = session.pop("output_modalities")
        if "max_output_tokens" in session:
            beta["max_response_output_tokens"] = session.pop("max_output_tokens")
        session.pop("reasoning", None)  # not in the beta dialect
        session.pop("truncation", None)
        beta.update(session)
        if kind == "transcription":
            out["type"] = "transcription_session.update"
        out["session"] = beta
    elif out.get("type") == "response.create" and isinstance(out.get("response"), dict):
        response = out["response"]
        if "output_modalities" in response:
            response["modalities"] = response.pop("output_modalities")
        if "max_output_tokens" in response:
            response["max_response_output_tokens"] = response.pop("max_output_tokens")
        audio_out = (response.pop("audio", {}) or {}).get("output", {}) or {}
        if "voice" in audio_out:
            response["voice"] = audio_out["voice"]
        if "format" in audio_out:
            response["output_audio_format"] = beta_audio_format(audio_out["format"])
    return out


class GAVocabularyDecoder:
    """The decoder of an Azure preview (beta dialect) session: GA-typed events for the user.

    Each frame is typed in the ``beta_server`` family first (the wire truth: a strict decoder
    raises on what deviates from the beta spec), then converted with
    :func:`beta_server_event_to_ga` and typed in the ``ga_server`` family (tolerantly: the
    conversion's result is ours, not the server's). The GA event's ``beta`` attribute is the
    beta-typed event (``event.beta.to_dict()`` is the frame as received). A beta event whose
    GA form is not a GA event, and an ``UnknownEvent``, come back as they are.

    Args:
        strict: see :class:`~openai_realtime.events.EventDecoder` (applies to the beta typing).
    """

    family: Final = "beta_server"

    def __init__(self, *, strict: bool | None = None) -> None:
        self._beta = EventDecoder("beta_server", strict=strict)
        self._ga = EventDecoder("ga_server", strict=False)
        self.strict = self._beta.strict

    @property
    def types(self) -> frozenset[str]:
        """The beta ``type`` values this decoder reads."""
        return self._beta.types

    def decode(self, frame: str | bytes) -> ServerEvent:
        """Type one frame (see the class docstring); raises like
        :meth:`~openai_realtime.events.EventDecoder.decode`."""
        beta = self._beta.decode(frame)
        if isinstance(beta, UnknownEvent):
            return beta
        converted = beta_server_event_to_ga(beta.to_dict())
        if converted["type"] not in self._ga.types:
            return beta
        ga = self._ga.decode_dict(converted)
        if isinstance(ga, UnknownEvent):  # pragma: no cover - the tolerant path types it
            return beta
        typed: ServerEvent = drift.with_beta(ga, beta)
        return typed


#: What a session decodes server frames with (both offer ``decode(frame)`` and ``strict``).
ServerDecoder = EventDecoder | GAVocabularyDecoder


def server_decoder(family: str, *, strict: bool | None = None) -> ServerDecoder:
    """The decoder a session of ``family`` uses: :class:`GAVocabularyDecoder` for the beta
    family (Azure preview), else :class:`~openai_realtime.events.EventDecoder`."""
    if family == "beta_server":
        return GAVocabularyDecoder(strict=strict)
    return EventDecoder(family, strict=strict)  # type: ignore[arg-type]
