"""The WebSocket session state machine of the local realtime server (GA protocol). No I/O.

:class:`RealtimeConnection` takes client messages (text or binary frames) and returns the
server events to send, in order, as dicts; a response streams through :meth:`~RealtimeConnection.step`
(one batch of events per call, at most one delta each). The I/O edge (:mod:`.transport`) only
moves them over the socket, paces the deltas and keeps reading while a response streams.

What it does, briefly (details in the handlers and the modules they use):

* every client event is validated against its GA client schema (by ``type``); anything
  invalid - non-JSON text, a binary frame, an unknown ``type``, a schema violation - gets a
  spec-valid ``error`` event and the connection stays open;
* every event it emits gets an ``event_…`` id and, with ``ServerConfig.validate_outgoing``,
  is validated against its GA server schema (:class:`OutgoingEventError` if not);
* the conversation (:mod:`.items`): create (``previous_item_id``, ``root``), delete, retrieve
  (with audio data), truncate (assistant audio only);
* input audio (:mod:`.input_audio`): buffered; with turn detection on, an energy VAD emits
  ``speech_started`` / ``speech_stopped``, commits the turn, and with ``create_response``
  starts a response; ``interrupt_response`` cancels a response when speech starts (reason
  ``turn_detected``); a turn that ends while a response is still active (with
  ``interrupt_response: false``) gets no response of its own. A manual
  ``input_audio_buffer.commit`` works with or without VAD. Committed audio becomes a user
  item; with input transcription configured, a "transcript" follows;
* responses (:mod:`.responses`): one at a time, streamed, cancellable, text, audio or a
  function call; ``rate_limits.updated`` after each ``response.done``.

**Speech recognition** (with a ``recognizer``, :mod:`.asr`) runs in other processes: the
transcription events of a committed turn follow when its words are known (a response asked for
meanwhile is created at once and streams once they are known). Without words (no recogniser, nothing
recognised, a bound reached) a transcript states what was measured, e.g.
``"[speech segment 1.00 s, 1.00-2.00 s, peak -9.8 dBFS]"``. A response echoes the last user
turn (``"Local server reply to: …"``), spoken as a quiet 440 Hz tone.
"""

from __future__ import annotations

import base64
import concurrent.futures
import copy
import json
import logging
import math
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from . import spec
from .asr import MAX_PENDING_RECOGNITIONS, MAX_RECOGNITION_MS, Recognition, Recognizer
from .audio import AudioFormat, Samples, encode_audio
from .catalog import TRANSCRIPTION_MODEL_PARAM, unknown_transcription_model
from .config import ServerConfig
from .errors import ClientEventError
from .ids import new_id
from .input_audio import (
    MAX_APPEND_BYTES,
    MAX_IDLE_BUFFER_MS,
    MIN_COMMIT_MS,
    InputAudio,
    TurnEnded,
    TurnStarted,
    decode_append,
)
from .items import ItemStore, public_item, split_words
from .limits import MAX_CLIENT_EVENT_BYTES, find_cap_violation, loads_strict
from .outgoing import Emitter, Event, OutgoingEventError, validate_outgoing
from .responses import RateLimits, ResponseRun, check_tools, resolve_params
from .script import Script
from .sessions import SessionKind, full_session, merge_session

__all__ = [
    "MAX_APPEND_BYTES",
    "MAX_IDLE_BUFFER_MS",
    "MIN_COMMIT_MS",
    "OutgoingEventError",
    "RealtimeConnection",
    "expiry_message",
    "validate_outgoing",
]

logger = logging.getLogger("openai_realtime.server")

#: Audio tokens per second of transcribed input (1 token per 100 ms, as for responses).
_TRANSCRIPTION_AUDIO_TOKENS_PER_S: Final = 10
_TRANSCRIPTION_ONLY: Final = frozenset(
    {
        "session.update",
        "input_audio_buffer.append",
        "input_audio_buffer.commit",
        "input_audio_buffer.clear",
    }
)


_LOGPROBS_INCLUDE: Final = "item.input_audio_transcription.logprobs"


@dataclass(slots=True)
class _Recognition:
    """A committed user audio item waiting for the recogniser (see :mod:`.asr`)."""

    item_id: str
    future: concurrent.futures.Future[Recognition]
    description: str  # what was measured: the transcript if no words are recognised
    seconds: float  # audio duration (usage)
    transcribe: bool  # send input_audio_transcription events (else only the note is set)


def expiry_message(ttl_s: float) -> str:
    """OpenAI's message for a session that reached its maximum duration (``ttl_s`` seconds),
    e.g. ``"Your session hit the maximum duration of 60 minutes."``."""
    if ttl_s >= 60 and ttl_s % 60 == 0:
        minutes = int(ttl_s // 60)
        span = f"{minutes} minute{'s' if minutes != 1 else ''}"
    else:
        span = f"{ttl_s:g} seconds"
    return f"Your session hit the maximum duration of {span}."


def parse_client_event(text: str) -> dict[str, Any]:
    """A text frame as a JSON object; :class:`ClientEventError` if it is not one, is larger
    than :data:`~.limits.MAX_CLIENT_EVENT_BYTES` or is not strict JSON
    (:func:`~.limits.loads_strict`: no ``NaN``/``Infinity``, lone surrogates or nesting over
    1,024 levels)."""
    if len(text) > MAX_CLIENT_EVENT_BYTES:
        raise ClientEventError(
            f"The event is {len(text)} characters; a client event may be at most "
            f"{MAX_CLIENT_EVENT_BYTES} bytes (15 MiB).",
            code="event_too_large",
        )
    try:
        data = loads_strict(text)
    except ValueError as exc:
        raise ClientEventError(
            f"We could not parse the JSON body of your message ({exc}). Each message must be "
            "one JSON object, a client event.",
            code="invalid_json",
        ) from None
    if not isinstance(data, dict):
        raise ClientEventError(
            f"Expected a JSON object (a client event), got {type(data).__name__}.",
            code="invalid_event",
        )
    return data


def check_client_event(family: str, data: Mapping[str, Any], supported: Iterable[str]) -> None:
    """Raise :class:`ClientEventError` unless ``data`` is a valid event of ``family``
    (relaxed client-input copy of the spec); ``supported`` lists the types for the message."""
    event_type = data.get("type")
    if event_type is None:
        raise ClientEventError("The 'type' field is missing.", code="invalid_event", param="type")
    schema_name = (
        spec.event_schema_name(family, event_type) if isinstance(event_type, str) else None
    )
    if schema_name is None:
        shown = json.dumps(event_type)[:100]
        listed = ", ".join(f"'{t}'" for t in sorted(supported))
        raise ClientEventError(
            f"Invalid value: {shown}. Supported values are: {listed}.",
            code="invalid_value",
            param="type",
        )
    too_long = find_cap_violation(data)
    if too_long is not None:
        raise ClientEventError(too_long[1], code="invalid_value", param=too_long[0])
    issue = spec.find_issue(schema_name, data, relaxed=True)
    if issue is not None:
        raise ClientEventError(issue.message, code=issue.code, param=issue.param)


def binary_frame_error(size: int) -> ClientEventError:
    """The error for a binary frame (every protocol here is JSON text)."""
    return ClientEventError(
        f"Binary WebSocket messages are not supported (got {size} bytes). Send client events "
        "as JSON text; audio goes base64-encoded in the audio field of its event.",
        code="invalid_event",
    )


class EventConnection:
    """What the realtime and translation connections share: ``session.created`` on open, and
    each text frame parsed into a client event for :meth:`receive_event` (a frame that is not
    a JSON object answered with an ``error`` event)."""

    _emit: Emitter

    @property
    def session(self) -> dict[str, Any]:
        """A copy of the full session object."""
        raise NotImplementedError

    def receive_event(self, data: dict[str, Any]) -> list[Event]:
        """Handle one parsed client event; return the server events to send."""
        raise NotImplementedError

    def open(self) -> list[Event]:
        """The events to send right after the handshake: ``session.created``."""
        return [self._emit.event("session.created", session=self.session)]

    def receive_text(self, text: str) -> list[Event]:
        """Handle one text frame (a JSON client event)."""
        try:
            data = parse_client_event(text)
        except ClientEventError as err:
            return [self._emit.error(err, None)]
        return self.receive_event(data)


class RealtimeConnection(EventConnection):
    """State of one GA WebSocket session: session config, conversation, input audio, response.

    Args:
        kind: ``"realtime"`` (conversation, ``?model=``) or ``"transcription"``
            (``?intent=transcription``).
        session_config: initial GA session configuration (request shape; e.g. from an
            ephemeral client secret), possibly empty. Its ``type`` is forced to ``kind``.
        config: the server configuration.
        model: model named in the URL; used when ``session_config`` names none.
        output_audio_buffer: send ``output_audio_buffer.started``/``stopped``/``cleared``, as
            real servers do on WebRTC/SIP calls only (a socket that joined a call); a plain
            WebSocket session gets none (real GA and beta WebSocket traffic has none).
        script: scripted model behaviour (:mod:`.script`); default ``config.script``.
        recognizer: speech recogniser for committed user audio (:mod:`.asr`); ``None``
            describes the audio instead (synchronously, as without pocketsphinx).

    Call :meth:`open` once, then :meth:`receive_text` / :meth:`receive_bytes` per message and
    :meth:`step` while :attr:`response_active`; each returns server events to send, in order
    (dicts, JSON-serialisable). With a ``recognizer``, wait for :meth:`pending_recognition`
    whenever it is not ``None`` and then call :meth:`finish_recognitions`. Raises only :class:`OutgoingEventError` (a server bug, with
    ``validate_outgoing`` on).
    """

    client_family: Final = "ga_client"
    server_family: Final = "ga_server"

    def __init__(
        self,
        kind: SessionKind,
        session_config: Mapping[str, Any],
        config: ServerConfig,
        *,
        model: str | None = None,
        output_audio_buffer: bool = False,
        recognizer: Recognizer | None = None,
        script: Script | None = None,
    ) -> None:
        self.kind: SessionKind = kind
        self._output_audio_buffer = output_audio_buffer
        self._recognizer = recognizer
        self._script = script if script is not None else config.script
        self._recognitions: deque[_Recognition] = deque()
        self._held = False  # the response (created) waits for recognitions before streaming
        self._config = config
        self._emit = Emitter(self.server_family, validate=config.validate_outgoing)
        initial = copy.deepcopy(dict(session_config))
        initial["type"] = kind
        if kind == "realtime" and model and "model" not in initial:
            initial["model"] = model
        self._session = full_session(
            initial,
            session_id=new_id("sess"),
            expires_at=int(config.clock() + config.session_ttl_s),
            default_model=config.default_model,
        )
        self._conversation_id = new_id("conv")
        self._store = ItemStore()
        self._audio_notes: dict[str, str] = {}  # user audio item id -> measured description
        audio_in = self._session["audio"]["input"]
        self._audio = InputAudio(
            AudioFormat.from_session(audio_in["format"]), audio_in["turn_detection"]
        )
        self._pending_item_id: str | None = None
        self._response: ResponseRun | None = None
        self._last_response_id: str | None = None
        self._rate_limits = RateLimits()
        self._handlers = self._handler_table()
        self.close_request: tuple[int, str] | None = None
        """Set when the session wants the socket closed after the events just returned
        (never, for a GA session; see :class:`~.translation.TranslationConnection`)."""

    # --- public -------------------------------------------------------------------------

    @property
    def session(self) -> dict[str, Any]:
        """A copy of the full session object (as in ``session.created``)."""
        return copy.deepcopy(self._session)

    @property
    def items(self) -> list[dict[str, Any]]:
        """A copy of the conversation items, in order (with raw audio data)."""
        return self._store.snapshot()

    @property
    def response_active(self) -> bool:
        """``True`` while a response is streaming (call :meth:`step`)."""
        return self._response is not None

    def response_waits_for(self) -> concurrent.futures.Future[Recognition] | None:
        """The recognition the active response waits for before it streams (its answer uses
        the words), or ``None``: then :meth:`step` goes on."""
        if self._held and self._response is not None and self._recognitions:
            return self._recognitions[0].future
        return None

    def pending_recognition(self) -> concurrent.futures.Future[Recognition] | None:
        """The future of the oldest recognition still waiting, or ``None``. When it is done,
        call :meth:`finish_recognitions` for the events it brings."""
        return self._recognitions[0].future if self._recognitions else None

    def cancel_recognitions(self) -> None:
        """The connection ended: cancel the recognitions still queued (a running one
        finishes in its worker and is discarded)."""
        while self._recognitions:
            self._recognitions.popleft().future.cancel()

    def finish_recognitions(self, *, give_up: bool = False) -> list[Event]:
        """Events of the recognitions that are done, oldest first (transcription deltas and
        ``completed``), stopping at the first still running; ``give_up`` treats that one as
        failed (it is described instead). A response held back for them starts afterwards
        (``response.created``)."""
        out: list[Event] = []
        while self._recognitions:
            job = self._recognitions[0]
            if not job.future.done() and not give_up:
                break
            self._recognitions.popleft()
            result: Recognition | None = None
            if job.future.done() and not job.future.cancelled():
                try:
                    result = job.future.result()
                except Exception:
                    logger.exception("speech recognition failed; describing the audio instead")
            else:
                job.future.cancel()
                logger.warning("speech recognition timed out; describing the audio instead")
            give_up = False
            self._recognised(job, result, out)
        if not self._recognitions:
            self._held = False
        return out

    def receive_event(self, data: dict[str, Any]) -> list[Event]:
        """Handle one parsed client event (validated here against its GA schema)."""
        out: list[Event] = []
        client_event_id = data.get("event_id") if isinstance(data.get("event_id"), str) else None
        try:
            check_client_event(self.client_family, data, self._handlers)
            event_type = data["type"]
            if self.kind == "transcription" and event_type not in _TRANSCRIPTION_ONLY:
                raise ClientEventError(
                    f"'{event_type}' is not supported in a transcription session.",
                    code="invalid_event",
                    param="type",
                )
            self._handlers[event_type](data, out)
        except ClientEventError as err:
            out.append(self._emit.error(err, client_event_id))
        except OutgoingEventError:
            raise
        except Exception:
            logger.exception("local server failed to handle a client event")
            internal = ClientEventError(
                "The local server failed to handle this event (see the server log).",
                code="internal_error",
                type="server_error",
            )
            out.append(self._emit.error(internal, client_event_id))
        return out

    def receive_bytes(self, data: bytes) -> list[Event]:
        """Handle one binary frame: always an ``error`` event (the protocol is JSON text)."""
        return [self._emit.error(binary_frame_error(len(data)), None)]

    def step(self) -> list[Event] | None:
        """The next batch of the streaming response; ``None`` when none is active."""
        run = self._response
        if run is None:
            return None
        out: list[Event] = []
        if self._held:
            out = self.finish_recognitions()  # those done (the I/O edge waited for them)
            if self._held:
                return out
        batch = run.step() or []
        if run.finished:
            self._response = None
        return out + batch

    def expire(self) -> list[Event]:
        """The session reached ``ServerConfig.session_ttl_s``: the ``error`` event to send
        before closing with code 1001."""
        err = ClientEventError(
            expiry_message(self._config.session_ttl_s), code="session_expired", param=None
        )
        return [self._emit.error(err, None)]

    # --- dispatch -----------------------------------------------------------------------

    def _handler_table(self) -> dict[str, Callable[[dict[str, Any], list[Event]], None]]:
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

    def _on_session_update(self, data: dict[str, Any], out: list[Event]) -> None:
        update = data["session"]
        if update["type"] != self.kind:
            raise ClientEventError(
                f"Invalid value: '{update['type']}'. This is a {self.kind} session; "
                f"session.type must be '{self.kind}'.",
                code="invalid_value",
                param="session.type",
            )
        # The spec: session.update may change any field "except for voice and model", and
        # voice only while no audio has been produced (OpenAI: cannot_update_voice).
        if "model" in update and update["model"] != self._session.get("model"):
            raise ClientEventError(
                "Invalid value: session.model cannot be changed by session.update; the model is "
                "set when the session is created (?model= or the client secret's session).",
                code="invalid_value",
                param="session.model",
            )
        voice = ((update.get("audio") or {}).get("output") or {}).get("voice")
        current_voice = ((self._session.get("audio") or {}).get("output") or {}).get("voice")
        if voice is not None and voice != current_voice and self._store.has_assistant_audio():
            raise ClientEventError(
                "Cannot update a conversation's voice if assistant audio is present.",
                code="cannot_update_voice",
                param="session.audio.output.voice",
            )
        if "tools" in update:
            check_tools(update["tools"], "session.tools")
        unknown_model = unknown_transcription_model(update, self._config.transcription_models)
        if unknown_model is not None:
            raise ClientEventError(
                unknown_model, code="invalid_value", param=TRANSCRIPTION_MODEL_PARAM
            )
        merged = merge_session(self._session, update)
        self._session = full_session(
            merged,
            session_id=self._session["id"],
            expires_at=self._session["expires_at"],
            default_model=self._config.default_model,
        )
        audio_in = self._session["audio"]["input"]
        fmt = AudioFormat.from_session(audio_in["format"])
        if self._audio.reconfigure(fmt, audio_in["turn_detection"]):
            self._pending_item_id = None
        out.append(self._emit.event("session.updated", session=self.session))

    def _on_transcription_session_update(self, data: dict[str, Any], out: list[Event]) -> None:
        raise ClientEventError(
            "transcription_session.update belongs to the retired beta protocol. Send "
            "session.update with session.type 'transcription' on a transcription session "
            "(?intent=transcription).",
            code="invalid_event",
            param="type",
        )

    # --- input audio --------------------------------------------------------------------

    def _turn_detection(self) -> dict[str, Any]:
        td: dict[str, Any] | None = self._session["audio"]["input"]["turn_detection"]
        return td or {}

    def _on_append(self, data: dict[str, Any], out: list[Event]) -> None:
        for signal in self._audio.append(decode_append(data)):
            if isinstance(signal, TurnStarted):
                self._release_held(out)
                self._pending_item_id = new_id("item")
                out.append(
                    self._emit.event(
                        "input_audio_buffer.speech_started",
                        audio_start_ms=signal.audio_start_ms,
                        item_id=self._pending_item_id,
                    )
                )
                if self._response is not None and self._turn_detection().get(
                    "interrupt_response", True
                ):
                    out += self._response.cancel("turn_detected")
                    self._response = None
            elif isinstance(signal, TurnEnded):
                self._on_turn_ended(signal, out)

    def _on_turn_ended(self, turn: TurnEnded, out: list[Event]) -> None:
        item_id = self._pending_item_id or new_id("item")
        self._pending_item_id = None
        out.append(
            self._emit.event(
                "input_audio_buffer.speech_stopped", audio_end_ms=turn.audio_end_ms, item_id=item_id
            )
        )
        self._commit(turn.samples, turn.start_ms, item_id, out)
        if (
            self.kind == "realtime"
            and self._turn_detection().get("create_response", True)
            and self._response is None
        ):
            self._start_response({}, out)

    def _on_commit(self, data: dict[str, Any], out: list[Event]) -> None:
        audio, start_ms = self._audio.commit()
        item_id = self._pending_item_id or new_id("item")
        self._pending_item_id = None
        self._commit(audio, start_ms, item_id, out)

    def _on_clear(self, data: dict[str, Any], out: list[Event]) -> None:
        self._audio.clear()
        self._pending_item_id = None
        out.append(self._emit.event("input_audio_buffer.cleared"))

    def _transcribes(self) -> bool:
        return (
            self.kind == "transcription"
            or self._session["audio"]["input"]["transcription"] is not None
        )

    def _commit(self, audio: Samples, start_ms: float, item_id: str, out: list[Event]) -> None:
        previous = self._store.last_id()
        out.append(
            self._emit.event(
                "input_audio_buffer.committed", previous_item_id=previous, item_id=item_id
            )
        )
        item: dict[str, Any] = {
            "id": item_id,
            "object": "realtime.item",
            "type": "message",
            "status": "completed",
            "role": "user",
            "content": [
                {
                    "type": "input_audio",
                    "audio": base64.b64encode(encode_audio(audio, self._audio.format)).decode(
                        "ascii"
                    ),
                    "transcript": None,  # as real servers send it; filled in once transcribed
                }
            ],
        }
        self._store.insert(item)
        for event_type in ("conversation.item.added", "conversation.item.done"):
            out.append(
                self._emit.event(event_type, previous_item_id=previous, item=public_item(item))
            )
        job = self._submit(item_id, audio, start_ms, transcribe=self._transcribes())
        if job is None:
            self._recognised(
                self._job(item_id, concurrent.futures.Future(), audio, start_ms, False),
                None,
                out,
                transcribe=self._transcribes(),
            )

    def _submit(
        self, item_id: str, audio: Samples, start_ms: float, *, transcribe: bool
    ) -> _Recognition | None:
        """Queue ``audio`` for the recogniser; ``None`` when there is none, the audio is
        longer than ``MAX_RECOGNITION_MS`` or ``MAX_PENDING_RECOGNITIONS`` are waiting."""
        rate = self._audio.format.sample_rate
        if (
            self._recognizer is None
            or len(self._recognitions) >= MAX_PENDING_RECOGNITIONS
            or audio.size * 1000 > MAX_RECOGNITION_MS * rate
        ):
            return None
        future = self._recognizer.submit(audio, rate)
        job = self._job(item_id, future, audio, start_ms, transcribe)
        self._recognitions.append(job)
        return job

    def _job(
        self,
        item_id: str,
        future: concurrent.futures.Future[Recognition],
        audio: Samples,
        start_ms: float,
        transcribe: bool,
    ) -> _Recognition:
        """A recognition job; the audio itself is not kept (only the worker holds it)."""
        seconds = audio.size / self._audio.format.sample_rate
        description = self._audio.describe(audio, start_ms)
        return _Recognition(item_id, future, description, seconds, transcribe)

    def _recognised(
        self,
        job: _Recognition,
        result: Recognition | None,
        out: list[Event],
        *,
        transcribe: bool | None = None,
    ) -> None:
        """Record what was heard in ``job`` (the words, or the measured description when
        nothing was recognised) and, for a transcribed item, stream the transcription."""
        words = result.words if result is not None and result.words else ()
        text = " ".join(w.word for w in words) or job.description
        item_id = job.item_id
        try:
            stored = self._store.get(item_id)
        except ClientEventError:
            return  # deleted meanwhile
        self._audio_notes[item_id] = text
        if not (job.transcribe if transcribe is None else transcribe):
            return
        logprobs = _LOGPROBS_INCLUDE in (self._session.get("include") or [])
        pieces: list[tuple[str, list[dict[str, Any]]]]
        if words:
            pieces = [
                ((" " if i else "") + w.word, [_logprob(w.word, w.logprob, i > 0)])
                for i, w in enumerate(words)
            ]
        else:
            pieces = [(delta, []) for delta in split_words(text, 3)]
        ids = {"item_id": item_id, "content_index": 0}
        for delta, probs in pieces:
            extra = {"logprobs": probs} if logprobs and words else {}
            out.append(
                self._emit.event(
                    "conversation.item.input_audio_transcription.delta", **ids, delta=delta, **extra
                )
            )
        stored["content"][0]["transcript"] = text
        seconds = job.seconds
        extra = {"logprobs": [p for _, ps in pieces for p in ps]} if logprobs and words else {}
        out.append(
            self._emit.event(
                "conversation.item.input_audio_transcription.completed",
                **ids,
                transcript=text,
                usage=self._transcription_usage(seconds, text),
                **extra,
            )
        )

    def _release_held(self, out: list[Event]) -> None:
        """The held response is cancelled (speech started, ``response.cancel``): it no longer
        waits for recognitions."""
        self._held = False

    def _transcription_usage(self, seconds: float, transcript: str) -> dict[str, Any]:
        """Token usage for the gpt-4o transcribe models, duration usage for the others, as
        real servers send them (../shared/real-traffic: ga.jsonl, beta.jsonl)."""
        transcription = self._session["audio"]["input"]["transcription"] or {}
        model = str(transcription.get("model") or "")
        if not (model.startswith("gpt-4o-") and "transcribe" in model):
            # Whole seconds, rounded up: real whisper-1 usage is an integer ("seconds": 2).
            return {"type": "duration", "seconds": math.ceil(seconds)}
        audio_tokens = math.ceil(seconds * _TRANSCRIPTION_AUDIO_TOKENS_PER_S)
        output_tokens = math.ceil(len(transcript) / 4)
        return {
            "type": "tokens",
            "input_tokens": audio_tokens,
            "input_token_details": {"text_tokens": 0, "audio_tokens": audio_tokens},
            "output_tokens": output_tokens,
            "total_tokens": audio_tokens + output_tokens,
        }

    # --- conversation items -------------------------------------------------------------

    def _on_item_create(self, data: dict[str, Any], out: list[Event]) -> None:
        output_format = AudioFormat.from_session(self._session["audio"]["output"]["format"])
        item, samples = self._store.prepare_client_item(
            data["item"], input_format=self._audio.format, output_format=output_format
        )
        previous = self._store.insert(item, data.get("previous_item_id"))
        if samples is not None and (self._submit(item["id"], samples, 0, transcribe=False) is None):
            self._audio_notes[item["id"]] = self._audio.describe(samples, 0)
        for event_type in ("conversation.item.added", "conversation.item.done"):
            out.append(
                self._emit.event(event_type, previous_item_id=previous, item=public_item(item))
            )

    def _on_item_delete(self, data: dict[str, Any], out: list[Event]) -> None:
        self._store.delete(data["item_id"])
        self._audio_notes.pop(data["item_id"], None)
        out.append(self._emit.event("conversation.item.deleted", item_id=data["item_id"]))

    def _on_item_retrieve(self, data: dict[str, Any], out: list[Event]) -> None:
        item = copy.deepcopy(self._store.get(data["item_id"]))
        out.append(self._emit.event("conversation.item.retrieved", item=item))

    def _on_item_truncate(self, data: dict[str, Any], out: list[Event]) -> None:
        self._store.truncate(data["item_id"], data["content_index"], data["audio_end_ms"])
        out.append(
            self._emit.event(
                "conversation.item.truncated",
                item_id=data["item_id"],
                content_index=data["content_index"],
                audio_end_ms=data["audio_end_ms"],
            )
        )

    # --- responses ----------------------------------------------------------------------

    def _start_response(self, overrides: Mapping[str, Any], out: list[Event]) -> None:
        if self._response is not None:
            raise ClientEventError(
                "Conversation already has an active response in progress: "
                f"{self._response.response_id}. Wait until the response is finished before "
                "creating a new one.",
                code="conversation_already_has_active_response",
            )
        params = resolve_params(
            self._session,
            overrides,
            self._store,
            conversation_id=self._conversation_id,
            audio_notes=self._audio_notes,
            script=self._script,
        )

        def on_done(response: dict[str, Any]) -> list[Event]:
            usage = response.get("usage") or {}
            limits = self._rate_limits.spend(int(usage.get("total_tokens", 0)))
            return [self._emit.event("rate_limits.updated", rate_limits=limits)]

        run = ResponseRun(
            params,
            emit=self._emit,
            store=self._store,
            audio_ms=self._config.response_audio_ms,
            input_format=self._audio.format,
            on_done=on_done,
            output_audio_buffer=self._output_audio_buffer,
        )
        self._response = run
        self._last_response_id = run.response_id
        # As at OpenAI, response.created comes at once; its content waits for the words.
        self._held = bool(self._recognitions)
        out += run.start()

    def _on_response_create(self, data: dict[str, Any], out: list[Event]) -> None:
        self._start_response(data.get("response") or {}, out)

    def _on_response_cancel(self, data: dict[str, Any], out: list[Event]) -> None:
        run = self._response
        wanted = data.get("response_id")
        if run is None or (wanted is not None and wanted != run.response_id):
            which = f" with id '{wanted}'" if wanted is not None else ""
            raise ClientEventError(
                f"Cancellation failed: no active response found{which}.",
                code="response_cancel_not_active",
                param="response_id" if wanted is not None else None,
            )
        self._release_held(out)
        out += run.cancel("client_cancelled")
        self._response = None

    def _on_output_audio_clear(self, data: dict[str, Any], out: list[Event]) -> None:
        """Emulated (WebRTC/SIP-only at OpenAI): ``output_audio_buffer.cleared`` for the
        response whose audio is playing, else for the latest response."""
        if self._response is not None:
            cleared = self._response.clear_output_audio()
            if cleared:
                out += cleared
                return
        if self._last_response_id is None:
            raise ClientEventError(
                "There is no output audio to clear: no response has been created yet.",
                code="output_audio_buffer_empty",
            )
        out.append(
            self._emit.event("output_audio_buffer.cleared", response_id=self._last_response_id)
        )


def _logprob(word: str, logprob: float, space: bool) -> dict[str, Any]:
    """One ``LogProbProperties`` entry: a recognised word (with its leading space) as the
    token, its lattice posterior as the log probability."""
    token = (" " if space else "") + word
    return {"token": token, "logprob": round(logprob, 6), "bytes": list(token.encode("utf-8"))}
