"""Translation sessions (``/v1/realtime/translations?model=…``): the state machine. No I/O.

:class:`TranslationConnection` speaks the translation event families of the spec
(``translation_client`` in, ``translation_server`` out): ``session.created`` on open,
``session.update`` -> ``session.updated``, ``session.input_audio_buffer.append`` -> every
:data:`CHUNK_MS` of input audio one ``session.output_transcript.delta`` and one
``session.output_audio.delta`` (plus ``session.input_transcript.delta`` when
``audio.input.transcription`` is configured), ``session.close`` -> the rest of the audio,
``session.closed``, then the socket closes with code 1000.

**It does not translate.** Input audio is 24 kHz mono PCM16 (little endian); the "translated"
audio is the input echoed back, chunk by chunk, and the transcripts are honest placeholders:
``"[untranslated audio 0.00-0.50 s -> fr] "`` and ``"[input audio 0.00-0.50 s, peak -9.8
dBFS] "``. ``elapsed_ms`` is the input stream position (ms) at the end of the chunk.
"""

from __future__ import annotations

import base64
import copy
from collections.abc import Callable, Mapping
from typing import Any, Final

import numpy as np

from .audio import AudioFormat, Samples, decode_audio, encode_audio, level_dbfs
from .config import ServerConfig
from .errors import ClientEventError
from .ids import new_id
from .input_audio import decode_append
from .outgoing import Emitter, Event, OutgoingEventError
from .realtime import EventConnection, binary_frame_error, check_client_event, expiry_message
from .sessions import deep_merge

__all__ = ["CHUNK_MS", "DEFAULT_TRANSLATION_MODEL", "TranslationConnection", "translation_session"]

CHUNK_MS: Final = 500
"""Input audio (ms) per emitted group of translation deltas."""

DEFAULT_TRANSLATION_MODEL: Final = "gpt-realtime-translate"

_FORMAT: Final = AudioFormat.from_session(None)  # 24 kHz PCM16, the translation audio


def translation_session(
    config: Mapping[str, Any], *, session_id: str, expires_at: int, default_model: str
) -> dict[str, Any]:
    """The full ``RealtimeTranslationSession`` for a request-shaped configuration
    (``RealtimeTranslationSessionCreateRequest``); ``expires_at`` in Unix seconds."""
    audio = config.get("audio") or {}
    audio_in = dict(audio.get("input") or {})
    audio_out = dict(audio.get("output") or {})
    audio_in.setdefault("transcription", None)
    audio_in.setdefault("noise_reduction", None)
    audio_out.setdefault("language", None)
    return {
        "id": session_id,
        "type": "translation",
        "expires_at": expires_at,
        "model": str(config.get("model") or default_model),
        "audio": {"input": audio_in, "output": audio_out},
    }


class TranslationConnection(EventConnection):
    """State of one translation WebSocket session.

    Args:
        session_config: initial configuration (request shape, e.g. from a translation client
            secret), possibly empty.
        config: the server configuration.
        model: the model named in the URL (used when the configuration names none).
    """

    client_family: Final = "translation_client"
    server_family: Final = "translation_server"

    def __init__(
        self, session_config: Mapping[str, Any], config: ServerConfig, *, model: str | None = None
    ) -> None:
        self._config = config
        self._emit = Emitter(self.server_family, validate=config.validate_outgoing)
        initial = dict(session_config)
        if model and "model" not in initial:
            initial["model"] = model
        self._session = translation_session(
            initial,
            session_id=new_id("sess"),
            expires_at=int(config.clock() + config.session_ttl_s),
            default_model=DEFAULT_TRANSLATION_MODEL,
        )
        self._pending: list[Samples] = []
        self._pending_samples = 0
        self._odd_byte = b""
        self._position = 0  # samples of input audio already translated
        self.close_request: tuple[int, str] | None = None
        self.response_active = False
        self._handlers: dict[str, Callable[[dict[str, Any], list[Event]], None]] = {
            "session.update": self._on_update,
            "session.input_audio_buffer.append": self._on_append,
            "session.close": self._on_close,
        }

    @property
    def session(self) -> dict[str, Any]:
        """A copy of the full session object."""
        return copy.deepcopy(self._session)

    def receive_event(self, data: dict[str, Any]) -> list[Event]:
        """Handle one parsed client event (validated here)."""
        out: list[Event] = []
        client_event_id = data.get("event_id") if isinstance(data.get("event_id"), str) else None
        handlers = self._handlers
        try:
            if self.close_request is not None:
                raise ClientEventError(
                    "The session is closed.", code="session_closed", param="type"
                )
            check_client_event(self.client_family, data, handlers)
            handlers[data["type"]](data, out)
        except ClientEventError as err:
            out.append(self._emit.error(err, client_event_id))
        except OutgoingEventError:
            raise
        return out

    def receive_bytes(self, data: bytes) -> list[Event]:
        """A binary frame: an ``error`` event."""
        return [self._emit.error(binary_frame_error(len(data)), None)]

    def step(self) -> list[Event] | None:
        """Nothing streams on its own in a translation session."""
        return None

    def expire(self) -> list[Event]:
        """The ``error`` event sent when the session reaches its maximum duration."""
        err = ClientEventError(expiry_message(self._config.session_ttl_s), code="session_expired")
        return [self._emit.error(err, None)]

    # --- handlers -----------------------------------------------------------------------

    def _on_update(self, data: dict[str, Any], out: list[Event]) -> None:
        self._session = deep_merge(self._session, data["session"])
        out.append(self._emit.event("session.updated", session=self.session))

    def _on_append(self, data: dict[str, Any], out: list[Event]) -> None:
        raw = self._odd_byte + decode_append(data)
        cut = len(raw) - len(raw) % 2
        raw, self._odd_byte = raw[:cut], raw[cut:]
        samples = decode_audio(raw, _FORMAT)
        if samples.size:
            self._pending.append(samples)
            self._pending_samples += int(samples.size)
        chunk = _FORMAT.sample_rate * CHUNK_MS // 1000
        while self._pending_samples >= chunk:
            self._translate(chunk, out)

    def _on_close(self, data: dict[str, Any], out: list[Event]) -> None:
        if self._pending_samples:
            self._translate(self._pending_samples, out)
        out.append(self._emit.event("session.closed"))
        self.close_request = (1000, "session closed")

    def _translate(self, count: int, out: list[Event]) -> None:
        audio = np.concatenate(self._pending)
        chunk, rest = audio[:count], audio[count:]
        self._pending = [rest] if rest.size else []
        self._pending_samples = int(rest.size)
        rate = _FORMAT.sample_rate
        start_ms = self._position * 1000 // rate
        self._position += int(chunk.size)
        end_ms = self._position * 1000 // rate
        span = f"{start_ms / 1000:.2f}-{end_ms / 1000:.2f} s"
        language = self._session["audio"]["output"].get("language") or "the target language"
        if self._session["audio"]["input"].get("transcription") is not None:
            peak, _ = level_dbfs(chunk)
            out.append(
                self._emit.event(
                    "session.input_transcript.delta",
                    delta=f"[input audio {span}, peak {peak:.1f} dBFS] ",
                    elapsed_ms=end_ms,
                )
            )
        out.append(
            self._emit.event(
                "session.output_transcript.delta",
                delta=f"[untranslated audio {span} -> {language}] ",
                elapsed_ms=end_ms,
            )
        )
        out.append(
            self._emit.event(
                "session.output_audio.delta",
                delta=base64.b64encode(encode_audio(chunk, _FORMAT)).decode("ascii"),
                sample_rate=rate,
                channels=1,
                format="pcm16",
                elapsed_ms=end_ms,
            )
        )
