"""The input audio buffer of a realtime session, with its voice activity detection. Pure.

Audio arrives as raw bytes in the session's input format (24 kHz PCM16 or 8 kHz G.711) and is
decoded to int16 samples. A *stream timeline* counts milliseconds from the session's first
audio (it continues across format changes); the *buffer* holds the samples not yet committed
or cleared. With turn detection on, :class:`~.vad.EnergyVad` watches the stream and
:meth:`InputAudio.append` reports :class:`TurnStarted` / :class:`TurnEnded` (the latter with
the turn's audio, taken out of the buffer).

Limits: a committed buffer must hold :data:`MIN_COMMIT_MS`; with turn detection on, audio
older than :data:`MAX_IDLE_BUFFER_MS` before any speech is dropped. ``idle_timeout_ms``
(``input_audio_buffer.timeout_triggered``) is not emulated.
"""

from __future__ import annotations

import base64
import binascii
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

import numpy as np

from .audio import AudioFormat, Samples, decode_audio, level_dbfs
from .errors import ClientEventError
from .limits import MAX_INPUT_AUDIO_BUFFER_MS
from .vad import EnergyVad, SpeechStarted, SpeechStopped, VadParams, frame_levels

__all__ = [
    "MAX_APPEND_BYTES",
    "MAX_IDLE_BUFFER_MS",
    "MIN_COMMIT_MS",
    "InputAudio",
    "TurnEnded",
    "TurnStarted",
    "decode_append",
]

MIN_COMMIT_MS: Final = 100
"""A committed input buffer must hold at least this much audio (ms), as with OpenAI."""

MAX_APPEND_BYTES: Final = 15 * 1024 * 1024
"""Largest decoded audio payload of one ``input_audio_buffer.append`` (15 MiB)."""

MAX_IDLE_BUFFER_MS: Final = 60_000
"""With turn detection on, audio older than this (ms) before any detected speech is dropped
from the input buffer, so that a long silent stream does not grow memory without bound."""


def decode_append(data: Mapping[str, Any]) -> bytes:
    """The raw audio bytes of an ``input_audio_buffer.append`` (``data["audio"]``, base64).

    Raises:
        ClientEventError: ``invalid_value`` on ``audio``: not valid base64, or more than
            :data:`MAX_APPEND_BYTES` once decoded.
    """
    try:
        raw = base64.b64decode(data["audio"], validate=True)
    except (binascii.Error, ValueError):
        raise ClientEventError(
            "Invalid 'audio': the value is not valid base64.",
            code="invalid_value",
            param="audio",
        ) from None
    if len(raw) > MAX_APPEND_BYTES:
        raise ClientEventError(
            f"Invalid 'audio': {len(raw)} bytes in one event; the maximum is "
            f"{MAX_APPEND_BYTES} bytes (15 MiB).",
            code="invalid_value",
            param="audio",
        )
    return raw


@dataclass(frozen=True, slots=True)
class TurnStarted:
    """VAD detected speech; ``audio_start_ms`` (stream time, ms) includes the prefix padding."""

    audio_start_ms: int


@dataclass(frozen=True, slots=True)
class TurnEnded:
    """VAD detected the end of speech: ``audio_end_ms`` (stream time, ms, including the
    trailing silence), and the turn's audio ``samples`` starting at ``start_ms``."""

    audio_end_ms: int
    samples: Samples
    start_ms: float


def _fmt_s(ms: float) -> str:
    return f"{ms / 1000:.2f}"


class InputAudio:
    """Input audio buffer and VAD of one session.

    Args:
        fmt: the session's input audio format.
        turn_detection: the session's ``turn_detection`` object, or ``None`` (manual commits).
    """

    def __init__(self, fmt: AudioFormat, turn_detection: Mapping[str, Any] | None) -> None:
        self.format = fmt
        self._turn_detection = dict(turn_detection) if turn_detection is not None else None
        self._stream_base_ms = 0.0  # stream time where the current format began
        self._stream_samples = 0  # samples appended in the current format
        self._odd_byte = b""
        self._chunks: list[Samples] = []
        self._buffer_start = 0  # stream sample index of the buffer's first sample
        self._buffered = 0  # samples in the buffer
        self._vad: EnergyVad | None = None
        self._configure_vad()

    # --- configuration ------------------------------------------------------------------

    @property
    def vad_params(self) -> VadParams:
        """VAD parameters for the current format and turn detection (defaults without)."""
        return VadParams.from_turn_detection(self._turn_detection or {}, self.format.sample_rate)

    @property
    def in_speech(self) -> bool:
        """``True`` between :class:`TurnStarted` and :class:`TurnEnded`."""
        return self._vad is not None and self._vad.in_speech

    def _configure_vad(self) -> None:
        if self._turn_detection is None:
            self._vad = None
            return
        self._vad = EnergyVad(self.vad_params, start_ms=math.floor(self.stream_ms()))

    def reconfigure(self, fmt: AudioFormat, turn_detection: Mapping[str, Any] | None) -> bool:
        """Apply a new format and/or turn detection. A format change drops the buffered audio
        (it is in the old format) and continues the timeline. Returns ``True`` if anything
        changed (ongoing speech is then forgotten)."""
        td = dict(turn_detection) if turn_detection is not None else None
        if fmt == self.format and td == self._turn_detection:
            return False
        if fmt != self.format:
            self._stream_base_ms = self.stream_ms()
            self._stream_samples = 0
            self._odd_byte = b""
            self.format = fmt
            self.clear()
        self._turn_detection = td
        self._configure_vad()
        return True

    # --- timeline and buffer ------------------------------------------------------------

    def stream_ms(self, samples: int | None = None) -> float:
        """Stream time in ms after ``samples`` samples of the current format (default: all
        appended so far)."""
        n = self._stream_samples if samples is None else samples
        return self._stream_base_ms + n * 1000 / self.format.sample_rate

    def _sample_at(self, ms: float) -> int:
        return round((ms - self._stream_base_ms) * self.format.sample_rate / 1000)

    @property
    def buffered_ms(self) -> float:
        """Audio in the buffer, in ms."""
        return self._buffered * 1000 / self.format.sample_rate

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

    def clear(self) -> None:
        """Empty the buffer; ongoing speech is forgotten (no :class:`TurnEnded` follows)."""
        self._chunks = []
        self._buffer_start = self._stream_samples
        self._buffered = 0
        if self._vad is not None:
            self._vad.reset()

    def append(self, raw: bytes) -> list[TurnStarted | TurnEnded]:
        """Add raw audio bytes (an odd PCM16 byte is kept for the next append); return what
        the VAD detected, in order. ``raw`` comes from :func:`decode_append` (size-checked)."""
        if self.format.encoding == "pcm16":
            raw = self._odd_byte + raw
            cut = len(raw) - len(raw) % 2
            raw, self._odd_byte = raw[:cut], raw[cut:]
        limit_ms = MAX_INPUT_AUDIO_BUFFER_MS
        incoming_ms = len(raw) * 1000 / (self.format.sample_rate * self.format.bytes_per_sample)
        if self.buffered_ms + incoming_ms > limit_ms:
            raise ClientEventError(
                f"The input audio buffer is full: it holds {self.buffered_ms / 1000:.1f} s and "
                f"may hold at most {limit_ms // 60_000} minutes. Commit or clear it "
                "(input_audio_buffer.commit / input_audio_buffer.clear) before appending more.",
                code="input_audio_buffer_full",
                param="audio",
            )
        samples = decode_audio(raw, self.format)
        if not samples.size:
            return []
        self._chunks.append(samples)
        self._buffered += int(samples.size)
        self._stream_samples += int(samples.size)
        if self._vad is None:
            return []
        out: list[TurnStarted | TurnEnded] = []
        for vad_event in self._vad.feed(samples):
            if isinstance(vad_event, SpeechStarted):
                out.append(TurnStarted(vad_event.audio_start_ms))
                # Audio before the padded start will never be committed: drop it.
                start = self._sample_at(vad_event.audio_start_ms)
                self._take(start, start)
            elif isinstance(vad_event, SpeechStopped):
                start = self._buffer_start
                audio = self._take(start, self._sample_at(vad_event.audio_end_ms))
                out.append(TurnEnded(vad_event.audio_end_ms, audio, self.stream_ms(start)))
        limit = MAX_IDLE_BUFFER_MS * self.format.sample_rate // 1000
        if not self._vad.in_speech and self._buffered > limit:
            keep_from = self._buffer_start + self._buffered - limit
            self._take(keep_from, keep_from)
        return out

    def commit(self) -> tuple[Samples, float]:
        """Take the whole buffer (``input_audio_buffer.commit``): its samples and the stream
        time (ms) of the first. Raises :class:`ClientEventError`
        ``input_audio_buffer_commit_empty`` under :data:`MIN_COMMIT_MS`."""
        if self.buffered_ms < MIN_COMMIT_MS:
            raise ClientEventError(
                "Error committing input audio buffer: buffer too small. Expected at least "
                f"{MIN_COMMIT_MS}ms of audio, but buffer only has {self.buffered_ms:.2f}ms of "
                "audio.",
                code="input_audio_buffer_commit_empty",
            )
        start = self._buffer_start
        audio = self._take(start, start + self._buffered)
        self.clear()
        return audio, self.stream_ms(start)

    def describe(self, audio: Samples, start_ms: float) -> str:
        """What the server measured in ``audio`` (the transcript when no words were recognised), e.g.
        ``"[speech segment 1.00 s, 1.00-2.00 s, peak -9.8 dBFS]"``: the length of the audio
        above the VAD threshold, where it lies on the stream timeline (s), the loudest
        sample."""
        rate = self.format.sample_rate
        params = self.vad_params
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
