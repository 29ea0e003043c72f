"""Energy-based voice activity detection (VAD). Pure: no I/O, no clocks, no randomness.

This is *not* OpenAI's VAD model and it cannot tell speech from any other loud sound: it
flags audio whose level exceeds a threshold. It exists so that the local server produces
``input_audio_buffer.speech_started`` / ``speech_stopped`` at plausible, predictable times.

Algorithm, on consecutive frames of :attr:`VadParams.frame_ms` (10 ms by default):

* a frame is *voiced* when its RMS level in dBFS is at or above
  :attr:`VadParams.threshold_dbfs`, which maps OpenAI's ``threshold`` (0.0-1.0, default 0.5)
  linearly onto -70 .. -10 dBFS (0.5 -> -40 dBFS; higher needs louder audio);
* speech *starts* once :attr:`VadParams.min_speech_ms` (30 ms) of consecutive voiced frames
  were seen; the onset is the start of the first of them. Like OpenAI's ``audio_start_ms``,
  the reported start includes ``prefix_padding_ms`` of audio before the onset (never earlier
  than the start of the current buffer, see :meth:`EnergyVad.reset`);
* speech *stops* once ``silence_duration_ms`` of consecutive unvoiced frames followed it; the
  offset is the end of the last voiced frame and, like OpenAI's ``audio_end_ms``, the
  reported end includes the silence: ``audio_end_ms = offset_ms + silence_duration_ms``
  (rounded up to a frame).

All times are integer milliseconds from the start of the audio stream the detector was fed
(plus ``start_ms``), with frame resolution.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from ..audio_formats import AUDIO_FORMATS
from .audio import SILENCE_DBFS, Samples

__all__ = [
    "MAX_THRESHOLD_DBFS",
    "MIN_THRESHOLD_DBFS",
    "EnergyVad",
    "SpeechStarted",
    "SpeechStopped",
    "VadEvent",
    "VadParams",
    "frame_levels",
]

MIN_THRESHOLD_DBFS: Final = -70.0
"""Frame RMS level that counts as voiced at ``threshold`` 0.0."""

MAX_THRESHOLD_DBFS: Final = -10.0
"""Frame RMS level that counts as voiced at ``threshold`` 1.0."""

_SEMANTIC_SILENCE_MS: Final[Mapping[str, int]] = {
    "low": 1000,
    "medium": 600,
    "auto": 600,
    "high": 300,
}


@dataclass(frozen=True, slots=True)
class VadParams:
    """Parameters of :class:`EnergyVad`.

    Attributes:
        threshold: OpenAI's activation threshold, 0.0-1.0 (clamped); see
            :attr:`threshold_dbfs`.
        prefix_padding_ms: audio before the detected onset included in ``audio_start_ms``.
        silence_duration_ms: silence after speech that ends it, in ms.
        sample_rate: sample rate of the fed samples in Hz (24000 for PCM, 8000 for G.711).
        frame_ms: analysis frame length in ms (the time resolution).
        min_speech_ms: consecutive voiced audio needed before speech counts as started, in ms.
    """

    threshold: float = 0.5
    prefix_padding_ms: int = 300
    silence_duration_ms: int = 500
    sample_rate: int = AUDIO_FORMATS["audio/pcm"].sample_rate
    frame_ms: int = 10
    min_speech_ms: int = 30

    def __post_init__(self) -> None:
        if self.sample_rate <= 0 or self.frame_ms <= 0:
            raise ValueError("sample_rate and frame_ms must be positive")
        if (self.sample_rate * self.frame_ms) % 1000:
            raise ValueError("a frame must hold a whole number of samples")
        if self.prefix_padding_ms < 0 or self.silence_duration_ms < 0 or self.min_speech_ms < 0:
            raise ValueError("durations must be >= 0")

    @property
    def threshold_dbfs(self) -> float:
        """The frame RMS level (dBFS) at or above which a frame is voiced."""
        t = min(1.0, max(0.0, self.threshold))
        return MIN_THRESHOLD_DBFS + (MAX_THRESHOLD_DBFS - MIN_THRESHOLD_DBFS) * t

    @property
    def frame_samples(self) -> int:
        """Samples per analysis frame."""
        return self.sample_rate * self.frame_ms // 1000

    @classmethod
    def from_turn_detection(cls, turn_detection: Mapping[str, Any], sample_rate: int) -> VadParams:
        """Build from a session's ``turn_detection`` object (``RealtimeTurnDetection``).

        ``server_vad`` uses its ``threshold``, ``prefix_padding_ms`` and
        ``silence_duration_ms`` (defaults 0.5, 300, 500). ``semantic_vad`` has no such fields;
        it is approximated with the defaults and a silence that depends on ``eagerness``:
        low 1000 ms, medium/auto 600 ms, high 300 ms.
        """
        if turn_detection.get("type") == "semantic_vad":
            eagerness = str(turn_detection.get("eagerness") or "auto")
            return cls(
                silence_duration_ms=_SEMANTIC_SILENCE_MS.get(eagerness, 600),
                sample_rate=sample_rate,
            )
        return cls(
            threshold=float(turn_detection.get("threshold", 0.5)),
            prefix_padding_ms=int(turn_detection.get("prefix_padding_ms", 300)),
            silence_duration_ms=int(turn_detection.get("silence_duration_ms", 500)),
            sample_rate=sample_rate,
        )


@dataclass(frozen=True, slots=True)
class SpeechStarted:
    """Speech began. ``onset_ms`` is the first voiced frame; ``audio_start_ms`` includes the
    prefix padding (what ``input_audio_buffer.speech_started`` reports)."""

    onset_ms: int
    audio_start_ms: int


@dataclass(frozen=True, slots=True)
class SpeechStopped:
    """Speech ended. ``onset_ms``/``offset_ms`` bound the voiced audio (start of the first,
    end of the last voiced frame); ``audio_end_ms`` includes the trailing silence (what
    ``input_audio_buffer.speech_stopped`` reports); ``peak_dbfs`` is the loudest sample of the
    voiced audio."""

    onset_ms: int
    offset_ms: int
    audio_end_ms: int
    peak_dbfs: float


VadEvent = SpeechStarted | SpeechStopped


def frame_levels(
    samples: Samples, frame_samples: int
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Per-frame ``(rms_dbfs, peak_dbfs)`` of the whole frames in ``samples``.

    A trailing partial frame is ignored. Silence is :data:`~.audio.SILENCE_DBFS`.
    """
    n = samples.size // frame_samples
    frames = samples[: n * frame_samples].astype(np.float64).reshape(n, frame_samples)
    rms = np.sqrt(np.mean(frames * frames, axis=1)) if n else np.zeros(0)
    peak = np.max(np.abs(frames), axis=1) if n else np.zeros(0)
    with np.errstate(divide="ignore"):
        rms_db = np.maximum(20.0 * np.log10(rms / 32768.0), SILENCE_DBFS)
        peak_db = np.maximum(20.0 * np.log10(peak / 32768.0), SILENCE_DBFS)
    return rms_db, peak_db


class EnergyVad:
    """Streaming energy VAD; feed int16 samples, get :data:`VadEvent` s back.

    ``start_ms`` is the stream time of the first sample fed (use it to continue a timeline
    after a format change). Not thread-safe.
    """

    def __init__(self, params: VadParams, *, start_ms: int = 0) -> None:
        self.params = params
        self._start_ms = start_ms
        self._pending: Samples = np.zeros(0, dtype=np.int16)
        self._frames = 0  # whole frames processed
        self._floor_ms = start_ms
        self._in_speech = False
        self._voiced_run = 0
        self._run_start_frame = 0
        self._silent_run = 0
        self._onset_ms = 0
        self._last_voiced_end_ms = 0
        self._peak_dbfs = SILENCE_DBFS

    @property
    def in_speech(self) -> bool:
        """``True`` between a :class:`SpeechStarted` and its :class:`SpeechStopped`."""
        return self._in_speech

    @property
    def position_ms(self) -> int:
        """Stream time (ms) at the end of the last whole frame processed."""
        return self._frame_start_ms(self._frames)

    def _frame_start_ms(self, frame: int) -> int:
        return self._start_ms + frame * self.params.frame_ms

    def reset(self) -> None:
        """Forget ongoing speech (the buffer was committed or cleared): no
        :class:`SpeechStopped` will follow, and later ``audio_start_ms`` values are not
        earlier than the current position. The stream timeline continues."""
        self._floor_ms = self.position_ms
        self._in_speech = False
        self._voiced_run = 0
        self._silent_run = 0
        self._peak_dbfs = SILENCE_DBFS

    def feed(self, samples: Samples) -> list[VadEvent]:
        """Process ``samples`` (int16, at ``params.sample_rate``); return events in order."""
        p = self.params
        data = np.concatenate([self._pending, samples.astype(np.int16, copy=False)])
        rms_db, peak_db = frame_levels(data, p.frame_samples)
        self._pending = data[rms_db.size * p.frame_samples :]
        threshold = p.threshold_dbfs
        min_voiced = max(1, math.ceil(p.min_speech_ms / p.frame_ms))
        max_silent = max(1, math.ceil(p.silence_duration_ms / p.frame_ms))
        events: list[VadEvent] = []
        for level, peak in zip(rms_db.tolist(), peak_db.tolist(), strict=True):
            frame = self._frames
            self._frames += 1
            voiced = level >= threshold
            if not self._in_speech:
                if not voiced:
                    self._voiced_run = 0
                    continue
                if self._voiced_run == 0:
                    self._run_start_frame = frame
                    self._peak_dbfs = SILENCE_DBFS
                self._voiced_run += 1
                self._peak_dbfs = max(self._peak_dbfs, peak)
                if self._voiced_run >= min_voiced:
                    self._in_speech = True
                    self._silent_run = 0
                    self._onset_ms = self._frame_start_ms(self._run_start_frame)
                    self._last_voiced_end_ms = self._frame_start_ms(frame + 1)
                    start = max(self._floor_ms, self._onset_ms - p.prefix_padding_ms)
                    events.append(SpeechStarted(self._onset_ms, start))
                continue
            if voiced:
                self._silent_run = 0
                self._last_voiced_end_ms = self._frame_start_ms(frame + 1)
                self._peak_dbfs = max(self._peak_dbfs, peak)
                continue
            self._silent_run += 1
            if self._silent_run >= max_silent:
                events.append(
                    SpeechStopped(
                        onset_ms=self._onset_ms,
                        offset_ms=self._last_voiced_end_ms,
                        audio_end_ms=self._frame_start_ms(frame + 1),
                        peak_dbfs=round(self._peak_dbfs, 1),
                    )
                )
                # Audio up to here belongs to the finished turn.
                self._floor_ms = self._frame_start_ms(frame + 1)
                self._in_speech = False
                self._voiced_run = 0
                self._silent_run = 0
        return events
