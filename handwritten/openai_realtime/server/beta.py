"""The beta event dialect (Azure OpenAI's preview protocol) on top of the GA state machine. Pure.

Azure's preview WebSocket (``/openai/realtime?api-version=…``) speaks the *beta* events. The
server does not implement them twice: :func:`beta_client_to_ga` turns a beta client event into
the GA one, :class:`~.realtime.RealtimeConnection` handles it, and :func:`ga_server_to_beta`
turns each GA server event into its beta form (zero or one event). :class:`BetaConnection`
puts the three together and validates both directions against the spec's ``beta_client`` and
``beta_server`` families.

Mapping (client -> GA):

* ``session.update`` (``RealtimeSessionCreateRequest``: ``modalities``, ``voice``,
  ``input_audio_format: "pcm16"``, ``input_audio_transcription``, ``turn_detection``, ...)
  -> GA ``session.update`` with ``type: "realtime"`` (see
  :func:`~.sessions.beta_session_to_ga`); on a transcription session it is refused;
* ``transcription_session.update`` -> GA ``session.update`` with ``type: "transcription"``;
* ``response.create``: ``modalities`` -> ``output_modalities``, ``voice`` /
  ``output_audio_format`` -> ``audio.output``, ``max_response_output_tokens`` ->
  ``max_output_tokens``; ``temperature`` is dropped;
* everything else is the same in both dialects.

Mapping (GA -> server):

* ``session.created``/``updated`` -> the beta ``RealtimeSession`` shape, or for a
  transcription session ``transcription_session.created``/``updated`` with the beta
  ``RealtimeTranscriptionSessionCreateResponse`` shape (``client_secret: null``);
* ``conversation.item.added`` -> ``conversation.item.created``; ``conversation.item.done``
  is dropped (the beta dialect has no such event);
* ``response.created``/``done``: ``output_modalities`` -> ``modalities``, ``audio.output``
  -> ``voice``/``output_audio_format``;
* events the beta family lacks (``output_audio_buffer.*``,
  ``input_audio_buffer.timeout_triggered``, ...) are dropped; the rest passes unchanged.

Names and content types are the beta protocol's, as real beta servers send them (and the spec
after ``generator/cut_subset.py``'s corrections): ``response.audio.delta``,
``response.text.delta``, ``response.audio_transcript.delta`` and assistant content
``{"type": "text"}`` / ``{"type": "audio"}``, through the shared tables of
:mod:`openai_realtime.dialect`. Errors about a translated event name the GA field path (e.g.
``session.audio.input.turn_detection.type``).
"""

from __future__ import annotations

import concurrent.futures
import copy
from collections.abc import Mapping
from typing import Any, Final

from openai_realtime_api.dispatch import FAMILIES

from ..dialect import ga_server_event_to_beta_names
from .asr import Recognition
from .config import ServerConfig
from .errors import ClientEventError
from .outgoing import Emitter, Event, OutgoingEventError
from .realtime import RealtimeConnection, check_client_event, parse_client_event
from .sessions import (
    BetaFormatError,
    beta_format,
    beta_session,
    beta_session_to_ga,
    beta_transcription_session,
    beta_transcription_to_ga,
    ga_format,
)

__all__ = ["BetaConnection", "beta_client_to_ga", "beta_response", "ga_server_to_beta"]

_BETA_SERVER: Final = FAMILIES["beta_server"]


def _response_to_ga(params: Mapping[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(dict(params))
    out.pop("temperature", None)
    modalities = out.pop("modalities", None)
    if isinstance(modalities, list):
        out["output_modalities"] = ["audio"] if "audio" in modalities else ["text"]
    if "max_response_output_tokens" in out:
        out["max_output_tokens"] = out.pop("max_response_output_tokens")
    audio_out: dict[str, Any] = {}
    if "voice" in out:
        audio_out["voice"] = out.pop("voice")
    if "output_audio_format" in out:
        try:
            audio_out["format"] = ga_format(out.pop("output_audio_format"), "output_audio_format")
        except BetaFormatError as exc:
            raise ClientEventError(
                str(exc), code="invalid_value", param=f"response.{exc.param}"
            ) from None
    if audio_out:
        out["audio"] = {"output": audio_out}
    return out


def beta_client_to_ga(event: Mapping[str, Any], kind: str) -> dict[str, Any]:
    """The GA client event for a (valid) beta client event on a ``kind`` session
    (``"realtime"`` or ``"transcription"``). Raises :class:`ClientEventError` for an event
    that does not fit the session, or an unknown audio format string."""
    out = copy.deepcopy(dict(event))
    event_type = out["type"]
    try:
        if event_type == "session.update":
            if kind == "transcription":
                raise ClientEventError(
                    "session.update configures a conversation session; on a transcription "
                    "session send transcription_session.update.",
                    code="invalid_event",
                    param="type",
                )
            session = beta_session_to_ga(out["session"])
            session.pop("client_secret", None)
            out["session"] = session
        elif event_type == "transcription_session.update":
            if kind != "transcription":
                raise ClientEventError(
                    "transcription_session.update configures a transcription session "
                    "(intent=transcription); on a conversation session send session.update.",
                    code="invalid_event",
                    param="type",
                )
            out["type"] = "session.update"
            out["session"] = beta_transcription_to_ga(out["session"])
        elif event_type == "response.create" and isinstance(out.get("response"), Mapping):
            out["response"] = _response_to_ga(out["response"])
    except BetaFormatError as exc:
        raise ClientEventError(
            str(exc), code="invalid_value", param=f"session.{exc.param}"
        ) from None
    return out


def beta_response(response: Mapping[str, Any]) -> dict[str, Any]:
    """The beta ``RealtimeBetaResponse`` shape of a GA ``RealtimeResponse``."""
    out = {
        k: copy.deepcopy(v) for k, v in response.items() if k not in ("audio", "output_modalities")
    }
    out["temperature"] = 0.8  # real beta responses echo it (beta.jsonl response.done lines)
    usage = out.get("usage")
    if isinstance(usage, dict):  # beta usage has no image token counts
        details = usage.get("input_token_details")
        if isinstance(details, dict):
            details.pop("image_tokens", None)
            cached = details.get("cached_tokens_details")
            if isinstance(cached, dict):
                cached.pop("image_tokens", None)
    out["modalities"] = (
        ["audio", "text"] if "audio" in response.get("output_modalities", []) else ["text"]
    )
    audio_out = (response.get("audio") or {}).get("output") or {}
    if audio_out.get("voice") is not None:
        out["voice"] = audio_out["voice"]
    if isinstance(audio_out.get("format"), Mapping):
        out["output_audio_format"] = beta_format(audio_out["format"])
    return out


def ga_server_to_beta(event: Mapping[str, Any]) -> Event | None:
    """The beta form of a GA server event, or ``None`` if the beta dialect has none."""
    out = copy.deepcopy(dict(event))
    event_type = out["type"]
    if event_type in ("session.created", "session.updated"):
        session = out["session"]
        if session.get("type") == "transcription":
            out["type"] = "transcription_" + event_type
            out["session"] = beta_transcription_session(session)
        else:
            out["session"] = beta_session(session)
        return out
    if event_type == "conversation.item.added":
        out["type"] = "conversation.item.created"
    elif event_type in ("response.created", "response.done"):
        out["response"] = beta_response(out["response"])
    out = ga_server_event_to_beta_names(out)
    out.pop("obfuscation", None)  # beta servers sent none
    _with_item_object(out)
    if event_type == "conversation.item.done" or out["type"] not in _BETA_SERVER:
        return None
    return out


def _with_item_object(event: dict[str, Any]) -> None:
    """Beta items carry ``object: "realtime.item"`` (GA items do not): add it back."""
    items: list[Any] = []
    if isinstance(event.get("item"), dict):
        items.append(event["item"])
    response = event.get("response")
    if isinstance(response, dict) and isinstance(response.get("output"), list):
        items += [item for item in response["output"] if isinstance(item, dict)]
    for item in items:
        if "type" in item and "object" not in item:
            item["object"] = "realtime.item"


class BetaConnection:
    """A GA :class:`~.realtime.RealtimeConnection` behind the beta dialect (same interface:
    ``open``, ``receive_text``, ``receive_bytes``, ``step``, ``expire``)."""

    client_family: Final = "beta_client"
    server_family: Final = "beta_server"

    def __init__(self, inner: RealtimeConnection, config: ServerConfig) -> None:
        self.inner = inner
        self._emit = Emitter(self.server_family, validate=config.validate_outgoing)

    @property
    def response_active(self) -> bool:
        """See :attr:`.RealtimeConnection.response_active`."""
        return self.inner.response_active

    @property
    def close_request(self) -> tuple[int, str] | None:
        """See :attr:`.RealtimeConnection.close_request`."""
        return self.inner.close_request

    def _convert(self, events: list[Event] | None) -> list[Event]:
        out = []
        for event in events or []:
            beta = ga_server_to_beta(event)
            if beta is not None:
                out.append(self._emit.check(beta))
        return out

    def pending_recognition(self) -> concurrent.futures.Future[Recognition] | None:
        """See :meth:`.RealtimeConnection.pending_recognition`."""
        return self.inner.pending_recognition()

    def response_waits_for(self) -> concurrent.futures.Future[Recognition] | None:
        """See :meth:`.RealtimeConnection.response_waits_for`."""
        return self.inner.response_waits_for()

    def cancel_recognitions(self) -> None:
        """See :meth:`.RealtimeConnection.cancel_recognitions`."""
        self.inner.cancel_recognitions()

    def finish_recognitions(self, *, give_up: bool = False) -> list[Event]:
        """See :meth:`.RealtimeConnection.finish_recognitions` (events in the beta shape)."""
        return self._convert(self.inner.finish_recognitions(give_up=give_up))

    def open(self) -> list[Event]:
        """``session.created`` (or ``transcription_session.created``) in the beta shape."""
        return self._convert(self.inner.open())

    def receive_text(self, text: str) -> list[Event]:
        """Handle one text frame (a JSON beta client event)."""
        try:
            data = parse_client_event(text)
        except ClientEventError as err:
            return [self._emit.error(err, None)]
        client_event_id = data.get("event_id") if isinstance(data.get("event_id"), str) else None
        try:
            check_client_event(self.client_family, data, FAMILIES[self.client_family])
            ga = beta_client_to_ga(data, self.inner.kind)
        except ClientEventError as err:
            return [self._emit.error(err, client_event_id)]
        except OutgoingEventError:  # pragma: no cover - raised only by a server bug
            raise
        return self._convert(self.inner.receive_event(ga))

    def receive_bytes(self, data: bytes) -> list[Event]:
        """A binary frame: an ``error`` event."""
        return self._convert(self.inner.receive_bytes(data))

    def step(self) -> list[Event] | None:
        """The next batch of the streaming response, in the beta dialect."""
        batch = self.inner.step()
        return None if batch is None else self._convert(batch)

    def expire(self) -> list[Event]:
        """The expiry ``error`` event."""
        return self._convert(self.inner.expire())
