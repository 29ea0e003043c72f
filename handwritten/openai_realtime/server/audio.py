"""Audio helpers for the local server: format decoding, levels, a test tone. Pure.

Samples are ``numpy.int16`` arrays (mono). Levels are in dBFS relative to int16 full scale
(32768): a full-scale square wave is 0 dBFS, a full-scale sine has peak 0 dBFS and RMS about
-3 dBFS; silence is reported as :data:`SILENCE_DBFS`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from ..audio import decode_g711_alaw, decode_g711_ulaw, encode_g711_alaw, encode_g711_ulaw
from ..audio_formats import AUDIO_FORMATS, AudioCodec, format_by_type

__all__ = [
    "SILENCE_DBFS",
    "AudioFormat",
    "Samples",
    "decode_audio",
    "encode_audio",
    "level_dbfs",
    "tone",
]

Samples = npt.NDArray[np.int16]
"""Mono PCM samples, signed 16 bit."""

SILENCE_DBFS: Final = -120.0
"""Level reported for digital silence (all-zero samples or no samples)."""

_FULL_SCALE: Final = 32768.0


_SAMPLE_WIDTHS: Final = {spec.codec: spec.sample_width for spec in AUDIO_FORMATS.values()}


@dataclass(frozen=True, slots=True)
class AudioFormat:
    """A GA audio format: ``encoding`` (``pcm16`` little endian, G.711 ``pcmu`` / ``pcma``)
    and ``sample_rate`` in Hz (24000 for PCM, 8000 for G.711)."""

    encoding: AudioCodec
    sample_rate: int

    @property
    def bytes_per_sample(self) -> int:
        """2 for PCM16, 1 for G.711."""
        return _SAMPLE_WIDTHS[self.encoding]

    @classmethod
    def from_session(cls, fmt: Any) -> AudioFormat:
        """Build from a session's ``RealtimeAudioFormats`` object (``{"type": "audio/pcm",
        "rate": 24000}``, ``{"type": "audio/pcmu"}``, ``{"type": "audio/pcma"}``); anything
        else (including ``None``) means 24 kHz PCM16, the server default."""
        spec = format_by_type(fmt.get("type")) if isinstance(fmt, dict) else None
        spec = spec or AUDIO_FORMATS["audio/pcm"]
        return cls(spec.codec, spec.sample_rate)


def _pcm16(data: bytes) -> Samples:
    return np.frombuffer(data, dtype="<i2").astype(np.int16)


def decode_audio(data: bytes, fmt: AudioFormat) -> Samples:
    """Decode raw bytes in ``fmt`` to int16 samples (G.711 via :mod:`openai_realtime.audio`).

    PCM16 must hold whole samples (an even number of bytes, little endian); ``ValueError``
    otherwise.
    """
    if fmt.encoding == "pcmu":
        return _pcm16(decode_g711_ulaw(data))
    if fmt.encoding == "pcma":
        return _pcm16(decode_g711_alaw(data))
    if len(data) % 2:
        raise ValueError(f"PCM16 audio must have an even number of bytes, got {len(data)}")
    return _pcm16(data)


def encode_audio(samples: Samples, fmt: AudioFormat) -> bytes:
    """Encode int16 samples into ``fmt`` (PCM16 little endian or G.711)."""
    pcm = samples.astype("<i2").tobytes()
    if fmt.encoding == "pcmu":
        return encode_g711_ulaw(pcm)
    if fmt.encoding == "pcma":
        return encode_g711_alaw(pcm)
    return pcm


def level_dbfs(samples: Samples) -> tuple[float, float]:
    """Return ``(peak_dbfs, rms_dbfs)`` of ``samples``.

    Peak is the largest absolute sample, RMS the root mean square, both relative to 32768;
    :data:`SILENCE_DBFS` for silence or an empty array.
    """
    if samples.size == 0:
        return SILENCE_DBFS, SILENCE_DBFS
    x = samples.astype(np.float64)
    peak = float(np.max(np.abs(x)))
    rms = math.sqrt(float(np.mean(x * x)))
    return _to_dbfs(peak), _to_dbfs(rms)


def _to_dbfs(value: float) -> float:
    if value <= 0:
        return SILENCE_DBFS
    return max(SILENCE_DBFS, 20.0 * math.log10(value / _FULL_SCALE))


def tone(
    duration_ms: int, sample_rate: int, *, freq_hz: float = 440.0, level_dbfs: float = -20.0
) -> Samples:
    """A sine tone of ``duration_ms`` at ``sample_rate`` Hz with peak ``level_dbfs``,
    faded in and out over 10 ms to avoid clicks."""
    n = sample_rate * duration_ms // 1000
    t = np.arange(n, dtype=np.float64) / sample_rate
    wave = np.sin(2 * math.pi * freq_hz * t) * (_FULL_SCALE * 10 ** (level_dbfs / 20))
    fade = min(n // 2, sample_rate // 100)
    if fade:
        ramp = np.linspace(0.0, 1.0, fade)
        wave[:fade] *= ramp
        wave[n - fade :] *= ramp[::-1]
    return np.round(wave).astype(np.int16)
