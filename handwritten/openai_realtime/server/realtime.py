"""The WebSocket session state machine of the local realtime server (GA protocol). No I/O.

:class:`RealtimeConnection` takes client messages (text or binary frames) and returns the
server events to send, in order, as dicts. The Starlette endpoint in :mod:`.app` only moves
them over the socket.

What it does, briefly (details in the method docstrings):

* every client event is validated against its GA client schema (by ``type``); anything
  invalid - non-JSON text, a binary frame, an unknown ``type``, a schema violation - gets a
  spec-valid ``error`` event and the connection stays open;
* every event it emits gets an ``event_…`` id and, with ``ServerConfig.validate_outgoing``,
  is validated against its GA server schema (:class:`OutgoingEventError` if not);
* input audio is buffered; with turn detection on, an energy VAD (:mod:`.vad`) emits
  ``speech_started`` / ``speech_stopped`` and commits the turn;
* committed audio becomes a user item; with input transcription configured, a
  "transcript" follows.

**The server cannot recognise speech.** A transcript never contains words; it states what was
measured, e.g. ``"[speech segment 1.00 s, 1.00-2.00 s, peak -9.8 dBFS]"`` (length of the
audio above the VAD threshold, where it lies in the session's audio stream in seconds, and
the loudest sample). Likewise a response is a canned echo: ``"Local server reply to: <the
last user text, transcript or audio description>"``, spoken (for audio output) as a quiet
440 Hz tone, and its token ``usage`` is a rough estimate.
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
import logging
import math
import re
from collections.abc import Mapping
from typing import Any, Final

import numpy as np

from . import spec
from .audio import AudioFormat, Samples, decode_audio, encode_audio, level_dbfs, tone
from .config import ServerConfig
from .ids import new_id
from .sessions import SessionKind, full_session, merge_session
from .vad import EnergyVad, SpeechStarted, SpeechStopped, VadParams, frame_levels

__all__ = [
    "MAX_APPEND_BYTES",
    "MAX_IDLE_BUFFER_MS",
    "MIN_COMMIT_MS",
    "OutgoingEventError",
    "RealtimeConnection",
]

logger = logging.getLogger("openai_realtime.server")

MIN_COMMIT_MS: Final = 100
"""A committed input buffer must hold at least this much audio (ms), as with OpenAI."""

MAX_APPEND_BYTES: Final = 15 * 1024 * 1024
"""Largest decoded audio payload of one ``input_audio_buffer.append`` (15 MiB)."""

MAX_IDLE_BUFFER_MS: Final = 60_000
"""With turn detection on, audio older than this (ms) before any detected speech is dropped
from the input buffer, so that a long silent stream does not grow memory without bound."""

_AUDIO_CHUNK_MS: Final = 100
_INPUT_AUDIO_TOKENS_PER_S: Final = 10
_OUTPUT_AUDIO_TOKENS_PER_S: Final = 20

_TRANSCRIPTION_ONLY = frozenset(
    {
        "session.update",
        "input_audio_buffer.append",
        "input_audio_buffer.commit",
        "input_audio_buffer.clear",
    }
)


class OutgoingEventError(RuntimeError):
    """The server built an event (or REST response) that its spec schema rejects.

    Always a server bug; raised when ``ServerConfig.validate_outgoing`` is on.
    """


def validate_outgoing(schema_name: str, payload: Mapping[str, Any]) -> None:
    """Raise :class:`OutgoingEventError` (after logging it) if ``payload`` is not valid
    against ``components/schemas/<schema_name>``."""
    issue = spec.find_issue(schema_name, payload)
    if issue is not None:
        logger.error("local server produced an invalid %s: %s", schema_name, issue.message)
        raise OutgoingEventError(f"invalid {schema_name}: {issue.message}")


def _fmt_s(ms: float) -> str:
    return f"{ms / 1000:.2f}"


def _split_words(text: str, parts: int) -> list[str]:
    """Split ``text`` into at most ``parts`` pieces at word boundaries; the pieces join back
    to ``text`` exactly."""
    words = re.findall(r"\S+\s*|\s+", text)
    if not words:
        return [text] if text else []
    size = math.ceil(len(words) / parts)
    return ["".join(words[i : i + size]) for i in range(0, len(words), size)]


def _public_item(item: Mapping[str, Any]) -> dict[str, Any]:
    """An item as events show it: without raw audio data."""
    out = copy.deepcopy(dict(item))
    if isinstance(out.get("content"), list):
        for part in out["content"]:
            if isinstance(part, dict):
                part.pop("audio", None)
    return out


class _ClientError(Exception):
    """A client mistake to report as an ``error`` event."""

    def __init__(self, message: str, *, code: str, param: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.param = param


class RealtimeConnection:
    """State of one GA WebSocket session: session config, conversation items, input audio.

    Args:
        kind: ``"realtime"`` (conversation, ``?model=``) or ``"transcription"``
            (``?intent=transcription``).
        session_config: initial GA session configuration (request shape; e.g. from an
            ephemeral client secret), possibly empty. Its ``type`` is forced to ``kind``.
        config: the server configuration.
        model: model named in the URL; used when ``session_config`` names none.

    Call :meth:`open` once, then :meth:`receive_text` / :meth:`receive_bytes` per message;
    each returns the server events to send, in order (dicts, JSON-serialisable). Raises
    only :class:`OutgoingEventError` (a server bug, with ``validate_outgoing`` on).
    """

    def __init__(
        self,
        kind: SessionKind,
        session_config: Mapping[str, Any],
        config: ServerConfig,
        *,
        model: str | None = None,
    ) -> None:
        self.kind: SessionKind = kind
        self._config = config
        initial = copy.deepcopy(dict(session_config))
        initial["type"] = kind
        if kind == "realtime" and model and "model" not in initial:
            initial["model"] = model
        self._session = full_session(
            initial,
            session_id=new_id("sess"),
            expires_at=int(config.clock()) + config.session_ttl_s,
            default_model=config.default_model,
        )
        self._conversation_id = new_id("conv")
        self._items: list[dict[str, Any]] = []
        self._audio_notes: dict[str, str] = {}  # user audio item id -> measured description
        self._audio_ms: dict[str, int] = {}  # assistant audio item id -> duration
        # Input audio: a stream timeline (ms since the session's first audio) and a buffer.
        self._format = AudioFormat.from_session(self._session["audio"]["input"]["format"])
        self._stream_base_ms = 0.0  # stream time where the current format began
        self._stream_samples = 0  # samples appended in the current format
        self._odd_byte = b""
        self._chunks: list[Samples] = []
        self._buffer_start = 0  # stream sample index of the buffer's first sample
        self._buffered = 0  # samples in the buffer
        self._vad: EnergyVad | None = None
        self._pending_item_id: str | None = None
        self._configure_vad()

    # --- public -------------------------------------------------------------------------

    @property
    def session(self) -> dict[str, Any]:
        """A copy of the full session object (as in ``session.created``)."""
        return copy.deepcopy(self._session)

    @property
    def items(self) -> list[dict[str, Any]]:
        """A copy of the conversation items, in order (with raw audio data)."""
        return copy.deepcopy(self._items)

    def open(self) -> list[dict[str, Any]]:
        """The events to send right after the handshake: ``session.created``."""
        out: list[dict[str, Any]] = []
        self._emit(out, "session.created", session=self.session)
        return out

    def receive_text(self, text: str) -> list[dict[str, Any]]:
        """Handle one text frame (a JSON client event)."""
        out: list[dict[str, Any]] = []
        client_event_id: str | None = None
        try:
            try:
                data = json.loads(text)
            except ValueError as exc:
                raise _ClientError(
                    f"We could not parse the JSON body of your message ({exc}). Each message "
                    "must be one JSON object, a client event.",
                    code="invalid_json",
                ) from None
            if not isinstance(data, dict):
                raise _ClientError(
                    f"Expected a JSON object (a client event), got {type(data).__name__}.",
                    code="invalid_event",
                )
            if isinstance(data.get("event_id"), str):
                client_event_id = data["event_id"]
            self._dispatch(data, out)
        except _ClientError as err:
            self._error(out, err, client_event_id)
        except OutgoingEventError:
            raise
        except Exception:
            logger.exception("local server failed to handle a client event")
            self._error(
                out,
                _ClientError(
                    "The local server failed to handle this event (see the server log).",
                    code="internal_error",
                ),
                client_event_id,
                error_type="server_error",
            )
        return out

    def receive_bytes(self, data: bytes) -> list[dict[str, Any]]:
        """Handle one binary frame: always an ``error`` event (the protocol is JSON text)."""
        out: list[dict[str, Any]] = []
        self._error(
            out,
            _ClientError(
                f"Binary WebSocket messages are not supported (got {len(data)} bytes). Send "
                "client events as JSON text; audio goes base64-encoded in "
                "input_audio_buffer.append.",
                code="invalid_event",
            ),
            None,
        )
        return out

    # --- plumbing -----------------------------------------------------------------------

    def _emit(self, out: list[dict[str, Any]], event_type: str, **fields: Any) -> None:
        event = {"event_id": new_id("event"), "type": event_type, **fields}
        if self._config.validate_outgoing:
            name = spec.event_schema_name("ga_server", event_type)
            if name is None:
                raise OutgoingEventError(f"no GA server event named {event_type!r}")
            validate_outgoing(name, event)
        out.append(event)

    def _error(
        self,
        out: list[dict[str, Any]],
        err: _ClientError,
        client_event_id: str | None,
        *,
        error_type: str = "invalid_request_error",
    ) -> None:
        self._emit(
            out,
            "error",
            error={
                "type": error_type,
                "code": err.code,
                "message": err.message,
                "param": err.param,
                "event_id": client_event_id,
            },
        )

    def _dispatch(self, data: dict[str, Any], out: list[dict[str, Any]]) -> None:
        event_type = data.get("type")
        if event_type is None:
            raise _ClientError("The 'type' field is missing.", code="invalid_event", param="type")
        if (
            not isinstance(event_type, str)
            or spec.event_schema_name("ga_client", event_type) is None
        ):
            supported = ", ".join(f"'{t}'" for t in sorted(self._handlers()))
            shown = json.dumps(event_type)[:100]
            raise _ClientError(
                f"Invalid value: {shown}. Supported values are: {supported}.",
                code="invalid_value",
                param="type",
            )
        schema_name = spec.event_schema_name("ga_client", event_type)
        assert schema_name is not None
        issue = spec.find_issue(schema_name, data, relaxed=True)
        if issue is not None:
            raise _ClientError(issue.message, code=issue.code, param=issue.param)
        if self.kind == "transcription" and event_type not in _TRANSCRIPTION_ONLY:
            raise _ClientError(
                f"'{event_type}' is not supported in a transcription session.",
                code="invalid_event",
                param="type",
            )
        self._handlers()[event_type](data, out)

    def _handlers(self) -> dict[str, Any]:
        return {
            "session.update": self._on_session_update,
            "transcription_session.update": self._on_transcription_session_update,
            "input_audio_buffer.append": self._on_append,
            "input_audio_buffer.commit": self._on_commit,
            "input_audio_buffer.clear": self._on_clear,
            "conversation.item.create": self._on_item_create,
            "conversation.item.delete": self._on_item_delete,
            "conversation.item.retrieve": self._on_item_retrieve,
            "conversation.item.truncate": self._on_item_truncate,
            "response.create": self._on_response_create,
            "response.cancel": self._on_response_cancel,
            "output_audio_buffer.clear": self._on_output_audio_clear,
        }

    # --- session ------------------------------------------------------------------------

    def _on_session_update(self, data: dict[str, Any], out: list[dict[str, Any]]) -> None:
        update = data["session"]
        if update["type"] != self.kind:
            raise _ClientError(
                f"Invalid value: '{update['type']}'. This is a {self.kind} session; "
                f"session.type must be '{self.kind}'.",
                code="invalid_value",
                param="session.type",
            )
        old_format = self._session["audio"]["input"]["format"]
        old_td = self._session["audio"]["input"]["turn_detection"]
        merged = merge_session(self._session, update)
        self._session = full_session(
            merged,
            session_id=self._session["id"],
            expires_at=self._session["expires_at"],
            default_model=self._config.default_model,
        )
        new_format = self._session["audio"]["input"]["format"]
        if new_format != old_format:
            # The buffered audio is in the old format: drop it and continue the timeline.
            self._stream_base_ms = self._stream_ms()
            self._stream_samples = 0
            self._odd_byte = b""
            self._format = AudioFormat.from_session(new_format)
            self._reset_buffer()
        if new_format != old_format or self._session["audio"]["input"]["turn_detection"] != old_td:
            self._configure_vad()
        self._emit(out, "session.updated", session=self.session)

    def _on_transcription_session_update(
        self, data: dict[str, Any], out: list[dict[str, Any]]
    ) -> None:
        raise _ClientError(
            "transcription_session.update belongs to the retired beta protocol. Send "
            "session.update with session.type 'transcription' on a transcription session "
            "(?intent=transcription).",
            code="invalid_event",
            param="type",
        )

    # --- input audio --------------------------------------------------------------------

    def _stream_ms(self, samples: int | None = None) -> float:
        n = self._stream_samples if samples is None else samples
        return self._stream_base_ms + n * 1000 / self._format.sample_rate

    def _sample_at(self, ms: float) -> int:
        return round((ms - self._stream_base_ms) * self._format.sample_rate / 1000)

    def _turn_detection(self) -> dict[str, Any] | None:
        td: dict[str, Any] | None = self._session["audio"]["input"]["turn_detection"]
        return td

    def _vad_params(self) -> VadParams:
        td = self._turn_detection()
        return VadParams.from_turn_detection(td or {}, self._format.sample_rate)

    def _configure_vad(self) -> None:
        self._pending_item_id = None
        if self._turn_detection() is None:
            self._vad = None
            return
        self._vad = EnergyVad(self._vad_params(), start_ms=math.floor(self._stream_ms()))

    def _reset_buffer(self) -> None:
        self._chunks = []
        self._buffer_start = self._stream_samples
        self._buffered = 0
        self._pending_item_id = None
        if self._vad is not None:
            self._vad.reset()

    def _take(self, start: int, end: int) -> Samples:
        """Remove and return buffer samples ``[start, end)`` (stream sample indices); audio
        before ``start`` is dropped, audio after ``end`` stays buffered."""
        buffer = np.concatenate(self._chunks) if self._chunks else np.zeros(0, dtype=np.int16)
        lo = max(0, start - self._buffer_start)
        hi = max(lo, min(buffer.size, end - self._buffer_start))
        taken = buffer[lo:hi]
        rest = buffer[hi:]
        self._chunks = [rest] if rest.size else []
        self._buffer_start += hi
        self._buffered = int(rest.size)
        return taken

    def _on_append(self, data: dict[str, Any], out: list[dict[str, Any]]) -> None:
        try:
            raw = base64.b64decode(data["audio"], validate=True)
        except (binascii.Error, ValueError):
            raise _ClientError(
                "Invalid 'audio': the value is not valid base64.",
                code="invalid_value",
                param="audio",
            ) from None
        if len(raw) > MAX_APPEND_BYTES:
            raise _ClientError(
                f"Invalid 'audio': {len(raw)} bytes in one event; the maximum is "
                f"{MAX_APPEND_BYTES} bytes (15 MiB).",
                code="invalid_value",
                param="audio",
            )
        if self._format.encoding == "pcm16":
            raw = self._odd_byte + raw
            cut = len(raw) - len(raw) % 2
            raw, self._odd_byte = raw[:cut], raw[cut:]
        samples = decode_audio(raw, self._format)
        if not samples.size:
            return
        self._chunks.append(samples)
        self._buffered += int(samples.size)
        self._stream_samples += int(samples.size)
        if self._vad is None:
            return
        for vad_event in self._vad.feed(samples):
            if isinstance(vad_event, SpeechStarted):
                self._pending_item_id = new_id("item")
                self._emit(
                    out,
                    "input_audio_buffer.speech_started",
                    audio_start_ms=vad_event.audio_start_ms,
                    item_id=self._pending_item_id,
                )
                # Audio before the padded start will never be committed: drop it.
                start = self._sample_at(vad_event.audio_start_ms)
                self._take(start, start)
            elif isinstance(vad_event, SpeechStopped):
                self._on_speech_stopped(vad_event, out)
        limit = MAX_IDLE_BUFFER_MS * self._format.sample_rate // 1000
        if not self._vad.in_speech and self._buffered > limit:
            keep_from = self._buffer_start + self._buffered - limit
            self._take(keep_from, keep_from)

    def _on_speech_stopped(self, stop: SpeechStopped, out: list[dict[str, Any]]) -> None:
        item_id = self._pending_item_id or new_id("item")
        self._emit(
            out,
            "input_audio_buffer.speech_stopped",
            audio_end_ms=stop.audio_end_ms,
            item_id=item_id,
        )
        start = self._buffer_start
        audio = self._take(start, self._sample_at(stop.audio_end_ms))
        self._pending_item_id = None
        self._commit(audio, self._stream_ms(start), item_id, out)
        td = self._turn_detection() or {}
        if self.kind == "realtime" and td.get("create_response", True):
            self._respond({}, out)

    def _on_commit(self, data: dict[str, Any], out: list[dict[str, Any]]) -> None:
        buffered_ms = self._buffered * 1000 / self._format.sample_rate
        if buffered_ms < MIN_COMMIT_MS:
            raise _ClientError(
                "Error committing input audio buffer: buffer too small. Expected at least "
                f"{MIN_COMMIT_MS}ms of audio, but buffer only has {buffered_ms:.2f}ms of audio.",
                code="input_audio_buffer_commit_empty",
            )
        item_id = self._pending_item_id or new_id("item")
        start = self._buffer_start
        audio = self._take(start, start + self._buffered)
        self._reset_buffer()
        self._commit(audio, self._stream_ms(start), item_id, out)

    def _on_clear(self, data: dict[str, Any], out: list[dict[str, Any]]) -> None:
        self._reset_buffer()
        self._emit(out, "input_audio_buffer.cleared")

    def _describe(self, audio: Samples, start_ms: float) -> str:
        """What the server measured in committed audio (it cannot recognise speech)."""
        rate = self._format.sample_rate
        params = self._vad_params()
        levels, _ = frame_levels(audio, params.frame_samples)
        voiced = np.flatnonzero(levels >= params.threshold_dbfs)
        peak, _ = level_dbfs(audio)
        if voiced.size:
            first = int(voiced[0]) * params.frame_ms
            last = (int(voiced[-1]) + 1) * params.frame_ms
            return (
                f"[speech segment {_fmt_s(last - first)} s, {_fmt_s(start_ms + first)}-"
                f"{_fmt_s(start_ms + last)} s, peak {peak:.1f} dBFS]"
            )
        duration = audio.size * 1000 / rate
        return (
            f"[no speech detected: {_fmt_s(duration)} s of audio, {_fmt_s(start_ms)}-"
            f"{_fmt_s(start_ms + duration)} s, peak {peak:.1f} dBFS]"
        )

    def _transcribes(self) -> bool:
        return (
            self.kind == "transcription"
            or self._session["audio"]["input"]["transcription"] is not None
        )

    def _commit(
        self, audio: Samples, start_ms: float, item_id: str, out: list[dict[str, Any]]
    ) -> None:
        previous = self._items[-1]["id"] if self._items else None
        self._emit(out, "input_audio_buffer.committed", previous_item_id=previous, item_id=item_id)
        item: dict[str, Any] = {
            "id": item_id,
            "object": "realtime.item",
            "type": "message",
            "status": "completed",
            "role": "user",
            "content": [
                {
                    "type": "input_audio",
                    "audio": base64.b64encode(encode_audio(audio, self._format)).decode("ascii"),
                }
            ],
        }
        self._items.append(item)
        note = self._describe(audio, start_ms)
        self._audio_notes[item_id] = note
        self._emit(
            out, "conversation.item.added", previous_item_id=previous, item=_public_item(item)
        )
        self._emit(
            out, "conversation.item.done", previous_item_id=previous, item=_public_item(item)
        )
        if not self._transcribes():
            return
        for delta in _split_words(note, 3):
            self._emit(
                out,
                "conversation.item.input_audio_transcription.delta",
                item_id=item_id,
                content_index=0,
                delta=delta,
            )
        item["content"][0]["transcript"] = note
        self._emit(
            out,
            "conversation.item.input_audio_transcription.completed",
            item_id=item_id,
            content_index=0,
            transcript=note,
            usage={"type": "duration", "seconds": round(audio.size / self._format.sample_rate, 3)},
        )

    # --- conversation items -------------------------------------------------------------

    def _index(self, item_id: str) -> int | None:
        for i, item in enumerate(self._items):
            if item.get("id") == item_id:
                return i
        return None

    def _require(self, item_id: str, param: str = "item_id") -> int:
        index = self._index(item_id)
        if index is None:
            raise _ClientError(
                f"Item with item_id '{item_id}' not found in the conversation.",
                code="item_not_found",
                param=param,
            )
        return index

    def _on_item_create(self, data: dict[str, Any], out: list[dict[str, Any]]) -> None:
        item = copy.deepcopy(data["item"])
        item_id = item.setdefault("id", new_id("item"))
        if self._index(item_id) is not None:
            raise _ClientError(
                f"Item with id '{item_id}' already exists in the conversation.",
                code="invalid_value",
                param="item.id",
            )
        item["object"] = "realtime.item"
        item.setdefault("status", "completed")
        for i, part in enumerate(item.get("content") or []):
            if isinstance(part, dict) and part.get("type") == "input_audio" and "audio" in part:
                try:
                    raw = base64.b64decode(part["audio"], validate=True)
                    audio = decode_audio(raw, self._format)
                except (binascii.Error, ValueError):
                    raise _ClientError(
                        "Invalid audio: not base64-encoded audio in the session's input format.",
                        code="invalid_value",
                        param=f"item.content[{i}].audio",
                    ) from None
                self._audio_notes[item_id] = self._describe(audio, 0)
        previous = data.get("previous_item_id")
        if previous is None:
            position = len(self._items)
        elif previous == "root":
            position = 0
        else:
            position = self._require(previous, "previous_item_id") + 1
        self._items.insert(position, item)
        before = self._items[position - 1]["id"] if position else None
        self._emit(out, "conversation.item.added", previous_item_id=before, item=_public_item(item))
        self._emit(out, "conversation.item.done", previous_item_id=before, item=_public_item(item))

    def _on_item_delete(self, data: dict[str, Any], out: list[dict[str, Any]]) -> None:
        del self._items[self._require(data["item_id"])]
        self._emit(out, "conversation.item.deleted", item_id=data["item_id"])

    def _on_item_retrieve(self, data: dict[str, Any], out: list[dict[str, Any]]) -> None:
        item = self._items[self._require(data["item_id"])]
        self._emit(out, "conversation.item.retrieved", item=copy.deepcopy(item))

    def _on_item_truncate(self, data: dict[str, Any], out: list[dict[str, Any]]) -> None:
        item = self._items[self._require(data["item_id"])]
        index = data["content_index"]
        content = item.get("content") or []
        if item.get("role") != "assistant" or not 0 <= index < len(content):
            raise _ClientError(
                "Only the audio content of an assistant message can be truncated.",
                code="invalid_value",
                param="content_index",
            )
        duration = self._audio_ms.get(item["id"], 0)
        if (
            content[index].get("type") != "output_audio"
            or not 0 <= data["audio_end_ms"] <= duration
        ):
            raise _ClientError(
                f"audio_end_ms must be between 0 and the audio's duration ({duration} ms).",
                code="invalid_value",
                param="audio_end_ms",
            )
        content[index]["transcript"] = ""
        self._audio_ms[item["id"]] = data["audio_end_ms"]
        self._emit(
            out,
            "conversation.item.truncated",
            item_id=item["id"],
            content_index=index,
            audio_end_ms=data["audio_end_ms"],
        )

    # --- responses ----------------------------------------------------------------------

    def _on_response_create(self, data: dict[str, Any], out: list[dict[str, Any]]) -> None:
        self._respond(data.get("response") or {}, out)

    def _on_response_cancel(self, data: dict[str, Any], out: list[dict[str, Any]]) -> None:
        # Responses are produced in one go, so there is never one in progress to cancel.
        raise _ClientError(
            "Cancellation failed: no active response found.", code="response_cancel_not_active"
        )

    def _on_output_audio_clear(self, data: dict[str, Any], out: list[dict[str, Any]]) -> None:
        raise _ClientError(
            "output_audio_buffer.clear only applies to WebRTC and SIP connections; on a "
            "WebSocket the client owns the output audio buffer.",
            code="invalid_event",
            param="type",
        )

    def _reply_to(self, context: list[dict[str, Any]]) -> str:
        for item in reversed(context):
            if item.get("type") != "message" or item.get("role") != "user":
                continue
            for part in reversed(item.get("content") or []):
                if part.get("type") == "input_text" and part.get("text"):
                    return str(part["text"])
                if part.get("type") == "input_audio":
                    note = part.get("transcript") or self._audio_notes.get(item.get("id", ""))
                    return str(note or "[audio]")
            return "[a user message without text or audio]"
        return "[no user input in the conversation]"

    @staticmethod
    def _text_tokens(text: str) -> int:
        return math.ceil(len(text) / 4)

    def _usage(self, context: list[dict[str, Any]], text: str, audio_ms: int) -> dict[str, Any]:
        text_in = 0
        audio_in = 0
        for item in context:
            for part in item.get("content") or []:
                if not isinstance(part, dict):
                    continue
                text_in += self._text_tokens(str(part.get("text") or part.get("transcript") or ""))
                if part.get("type") == "input_audio" and part.get("audio"):
                    seconds = (
                        len(part["audio"])
                        * 3
                        / 4
                        / (self._format.bytes_per_sample * self._format.sample_rate)
                    )
                    audio_in += math.ceil(seconds * _INPUT_AUDIO_TOKENS_PER_S)
        text_in += self._text_tokens(str(self._session.get("instructions") or ""))
        text_out = self._text_tokens(text)
        audio_out = math.ceil(audio_ms / 1000 * _OUTPUT_AUDIO_TOKENS_PER_S)
        return {
            "total_tokens": text_in + audio_in + text_out + audio_out,
            "input_tokens": text_in + audio_in,
            "output_tokens": text_out + audio_out,
            "input_token_details": {
                "cached_tokens": 0,
                "text_tokens": text_in,
                "audio_tokens": audio_in,
                "image_tokens": 0,
                "cached_tokens_details": {"text_tokens": 0, "audio_tokens": 0, "image_tokens": 0},
            },
            "output_token_details": {"text_tokens": text_out, "audio_tokens": audio_out},
        }

    def _respond(self, params: Mapping[str, Any], out: list[dict[str, Any]]) -> None:
        """Produce a whole response: a single assistant message echoing the last user turn."""
        session = self._session
        modalities = list(params.get("output_modalities") or session["output_modalities"])
        in_conversation = params.get("conversation", "auto") != "none"
        context = list(params["input"]) if "input" in params else self._items
        out_audio = {**session["audio"]["output"], **(params.get("audio") or {}).get("output", {})}
        fmt = AudioFormat.from_session(out_audio.get("format"))
        voice = out_audio.get("voice")
        voice = str(voice.get("id")) if isinstance(voice, Mapping) else voice
        text = f"Local server reply to: {self._reply_to(context)}"
        response_id = new_id("resp")
        item_id = new_id("item")
        response: dict[str, Any] = {
            "object": "realtime.response",
            "id": response_id,
            "status": "in_progress",
            "status_details": None,
            "output": [],
            "conversation_id": self._conversation_id if in_conversation else None,
            "output_modalities": modalities,
            "max_output_tokens": params.get("max_output_tokens", session["max_output_tokens"]),
            "audio": {"output": {"format": out_audio.get("format"), "voice": voice}},
            "usage": None,
            "metadata": params.get("metadata"),
        }
        self._emit(out, "response.created", response=copy.deepcopy(response))
        item: dict[str, Any] = {
            "id": item_id,
            "object": "realtime.item",
            "type": "message",
            "status": "in_progress",
            "role": "assistant",
            "content": [],
        }
        ids = {"response_id": response_id, "item_id": item_id, "output_index": 0}
        self._emit(
            out,
            "response.output_item.added",
            response_id=response_id,
            output_index=0,
            item=copy.deepcopy(item),
        )
        previous = self._items[-1]["id"] if self._items else None
        if in_conversation:
            self._items.append(item)
            self._emit(
                out, "conversation.item.added", previous_item_id=previous, item=copy.deepcopy(item)
            )
        audio_ms = 0
        if "audio" in modalities:
            self._emit(
                out,
                "response.content_part.added",
                **ids,
                content_index=0,
                part={"type": "audio", "transcript": ""},
            )
            audio_ms = self._config.response_audio_ms
            samples = tone(audio_ms, fmt.sample_rate)
            step = fmt.sample_rate * _AUDIO_CHUNK_MS // 1000
            chunks = [samples[i : i + step] for i in range(0, samples.size, step)]
            words = _split_words(text, max(1, len(chunks)))
            for i in range(max(len(chunks), len(words))):
                if i < len(words):
                    self._emit(
                        out,
                        "response.output_audio_transcript.delta",
                        **ids,
                        content_index=0,
                        delta=words[i],
                    )
                if i < len(chunks):
                    payload = base64.b64encode(encode_audio(chunks[i], fmt)).decode("ascii")
                    self._emit(
                        out, "response.output_audio.delta", **ids, content_index=0, delta=payload
                    )
            self._emit(out, "response.output_audio.done", **ids, content_index=0)
            self._emit(
                out,
                "response.output_audio_transcript.done",
                **ids,
                content_index=0,
                transcript=text,
            )
            self._emit(
                out,
                "response.content_part.done",
                **ids,
                content_index=0,
                part={"type": "audio", "transcript": text},
            )
            item["content"] = [{"type": "output_audio", "transcript": text}]
            self._audio_ms[item_id] = audio_ms
        else:
            self._emit(
                out,
                "response.content_part.added",
                **ids,
                content_index=0,
                part={"type": "text", "text": ""},
            )
            for delta in _split_words(text, max(1, len(text.split()))):
                self._emit(out, "response.output_text.delta", **ids, content_index=0, delta=delta)
            self._emit(out, "response.output_text.done", **ids, content_index=0, text=text)
            self._emit(
                out,
                "response.content_part.done",
                **ids,
                content_index=0,
                part={"type": "text", "text": text},
            )
            item["content"] = [{"type": "output_text", "text": text}]
        item["status"] = "completed"
        self._emit(
            out,
            "response.output_item.done",
            response_id=response_id,
            output_index=0,
            item=copy.deepcopy(item),
        )
        if in_conversation:
            self._emit(
                out, "conversation.item.done", previous_item_id=previous, item=copy.deepcopy(item)
            )
        response.update(
            status="completed",
            output=[copy.deepcopy(item)],
            usage=self._usage(context, text, audio_ms),
        )
        self._emit(out, "response.done", response=response)
