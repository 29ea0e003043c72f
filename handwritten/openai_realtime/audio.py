"""Audio helpers for the Realtime API: read, resample, chunk, G.711-encode and write PCM16.

The Realtime API takes input audio as

* ``audio/pcm``: 24 kHz (:data:`SAMPLE_RATE`), mono, signed 16-bit little-endian samples
  ("PCM16", :data:`BYTES_PER_SAMPLE` bytes a sample), or
* ``audio/pcmu`` / ``audio/pcma``: 8 kHz mono G.711 µ-law / A-law, one byte a sample.

Every function here works on ``bytes``-like PCM16 little-endian mono buffers; nothing touches the
network. Units are spelled out in the names and docstrings: sample rates in Hz, durations in
milliseconds (ms), sizes in bytes.

numpy, soxr (resampling) and soundfile (WAV/FLAC/OGG decoding and encoding) are the optional
``[audio]`` extra. They are imported inside the functions that need them, so importing this module
is free; calling such a function without them raises :class:`MissingDependencyError` (an
:class:`ImportError`) that says ``pip install 'openai-realtime[audio]'``. Only
:func:`pcm16_duration_ms`, :func:`decode_delta` and PCM (not G.711) wire audio need none of them.

The formats' names, rates and sizes are in :mod:`openai_realtime.audio_formats` (the format
helpers are importable from here too). Collecting what a session's responses speak is
:class:`openai_realtime.output_audio.OutputAudioCollector`; live microphone capture and speaker
playback are in :mod:`openai_realtime.devices`.
"""

from __future__ import annotations

import binascii
import functools
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import pybase64

from .audio_formats import (
    AUDIO_FORMATS,
    RealtimeAudioFormat,
    audio_bytes_per_ms,
    audio_format_rate,
    audio_format_spec,
    normalize_audio_format,
)

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "BYTES_PER_SAMPLE",
    "G711_SAMPLE_RATE",
    "SAMPLE_RATE",
    "AudioFileError",
    "MissingDependencyError",
    "RealtimeAudioFormat",
    "StreamingResampler",
    "audio_bytes_per_ms",
    "audio_format_rate",
    "check_sample_rate",
    "chunk_pcm16",
    "decode_delta",
    "decode_g711_alaw",
    "decode_g711_ulaw",
    "decode_realtime_audio",
    "encode_g711_alaw",
    "encode_g711_ulaw",
    "encode_realtime_audio",
    "load_input_audio",
    "normalize_audio_format",
    "pcm16_duration_ms",
    "read_audio_file",
    "resample_pcm16",
    "write_wav",
]

#: Sample rate (Hz) of the Realtime API's ``audio/pcm`` format.
SAMPLE_RATE = AUDIO_FORMATS["audio/pcm"].sample_rate
#: Bytes per PCM16 sample (one channel).
BYTES_PER_SAMPLE = AUDIO_FORMATS["audio/pcm"].sample_width
#: Sample rate (Hz) of the G.711 formats ``audio/pcmu`` and ``audio/pcma``.
G711_SAMPLE_RATE = AUDIO_FORMATS["audio/pcmu"].sample_rate

#: How to install the optional dependencies, quoted in every :class:`MissingDependencyError`.
INSTALL_HINT = "pip install 'openai-realtime[audio]'"

#: A path to an audio file.
PathLike = str | os.PathLike[str]
#: Raw audio bytes: ``bytes``, ``bytearray`` or a ``memoryview`` of contiguous bytes.
BytesLike = bytes | bytearray | memoryview


class MissingDependencyError(ImportError):
    """An optional dependency of the ``[audio]`` extra (numpy, soxr, soundfile) is missing.

    ``name`` is the missing module's name; the message says how to install the extra.
    """


class AudioFileError(ValueError):
    """An audio file could not be read: missing, not audio, unsupported, or empty.

    Attributes:
        path: the path that was given.
        reason: why it failed (for a file that exists, soundfile's / libsndfile's own reason).
    """

    def __init__(self, path: PathLike, reason: str) -> None:
        self.path = os.fspath(path)
        self.reason = reason
        super().__init__(f"cannot read audio file {self.path!r}: {reason}")


@contextmanager
def _audio_extra() -> Iterator[None]:
    """Turn a failed import of an ``[audio]`` dependency into :class:`MissingDependencyError`."""
    try:
        yield
    except ImportError as exc:
        module = exc.name or "an audio dependency"
        raise MissingDependencyError(
            f"{module} is not installed; the audio helpers need the [audio] extra: {INSTALL_HINT}",
            name=exc.name,
        ) from exc
    except OSError as exc:  # soundfile without a loadable libsndfile
        raise MissingDependencyError(
            f"soundfile cannot load the libsndfile library ({exc}); reinstall the [audio] "
            f"extra: {INSTALL_HINT}",
            name="soundfile",
        ) from exc


def _soxr() -> Any:
    with _audio_extra():
        import soxr
    return soxr


def _soundfile() -> Any:
    with _audio_extra():
        import soundfile
    return soundfile


def _check_pcm16(pcm: BytesLike) -> memoryview:
    """Return ``pcm`` as a flat byte view; raise ``ValueError`` on an odd byte count."""
    view = memoryview(pcm).cast("B")
    if view.nbytes % BYTES_PER_SAMPLE:
        raise ValueError(
            f"PCM16 needs an even number of bytes (2 a sample); got {view.nbytes} bytes"
        )
    return view


def check_sample_rate(name: str, rate: int) -> None:
    """Raise ``ValueError`` (naming ``name``) unless ``rate`` is a positive integer (Hz)."""
    if not isinstance(rate, int) or isinstance(rate, bool) or rate <= 0:
        raise ValueError(f"{name} must be a positive integer number of Hz; got {rate!r}")


def _pcm16_array(pcm: BytesLike) -> npt.NDArray[np.int16]:
    """Samples of a PCM16 LE buffer as an int16 array (shape ``(n_samples,)``)."""
    with _audio_extra():
        import numpy as np
    return np.frombuffer(_check_pcm16(pcm), dtype="<i2").astype(np.int16, copy=False)


def _float_to_pcm16(samples: npt.NDArray[np.floating[Any]]) -> bytes:
    """Float samples in [-1.0, 1.0) (1.0 == 32768) -> PCM16 LE bytes, rounded and clipped."""
    with _audio_extra():
        import numpy as np
    scaled = np.rint(np.asarray(samples, dtype=np.float64) * 32768.0)
    return np.clip(scaled, -32768, 32767).astype("<i2").tobytes()


def _resample_float(
    samples: npt.NDArray[np.float64], from_rate: int, to_rate: int
) -> npt.NDArray[np.float64]:
    """Resample a mono float64 signal with soxr's high-quality (``"HQ"``) filter."""
    if from_rate == to_rate or samples.size == 0:
        return samples
    soxr = _soxr()
    with _audio_extra():
        import numpy as np
    out = soxr.resample(samples, from_rate, to_rate, quality="HQ")
    return np.asarray(out, dtype=np.float64)


# ----------------------------------------------------------------------------------------------
# Sizes and chunking
# ----------------------------------------------------------------------------------------------


def pcm16_duration_ms(n_bytes: int, rate: int = SAMPLE_RATE) -> float:
    """Duration in milliseconds of ``n_bytes`` bytes of mono PCM16 at ``rate`` Hz.

    Raises:
        ValueError: ``n_bytes`` is negative or odd (not whole samples), or ``rate`` is not a
            positive integer.
    """
    check_sample_rate("rate", rate)
    if n_bytes < 0 or n_bytes % BYTES_PER_SAMPLE:
        raise ValueError(f"n_bytes must be a non-negative even byte count; got {n_bytes}")
    return n_bytes / BYTES_PER_SAMPLE / rate * 1000.0


def chunk_pcm16(pcm: BytesLike, chunk_ms: int = 100, rate: int = SAMPLE_RATE) -> Iterator[bytes]:
    """Split mono PCM16 into consecutive chunks of ``chunk_ms`` milliseconds.

    Each chunk holds ``rate * chunk_ms // 1000`` whole samples (at least one), i.e. twice that
    many bytes; the last chunk holds the rest and may be shorter. Empty input yields nothing.
    Joining the chunks gives back ``pcm``.

    Raises:
        ValueError: ``pcm`` has an odd number of bytes, ``chunk_ms`` is not positive, or
            ``rate`` is not a positive integer. Raised on the call, before iteration.
    """
    view = _check_pcm16(pcm)
    check_sample_rate("rate", rate)
    if chunk_ms <= 0:
        raise ValueError(f"chunk_ms must be positive; got {chunk_ms}")
    step = max(1, rate * chunk_ms // 1000) * BYTES_PER_SAMPLE
    return (bytes(view[start : start + step]) for start in range(0, view.nbytes, step))


# ----------------------------------------------------------------------------------------------
# Files
# ----------------------------------------------------------------------------------------------


def read_audio_file(path: PathLike, *, target_rate: int = SAMPLE_RATE) -> bytes:
    """Decode an audio file into mono PCM16 LE bytes at ``target_rate`` Hz.

    Any format libsndfile reads (WAV, FLAC, OGG/Vorbis, AIFF, ...), any sample rate and any
    channel count: channels are averaged into one, the signal is resampled with soxr's
    high-quality filter, then rounded and clipped to int16. A 16-bit mono file already at
    ``target_rate`` comes back sample for sample.

    Returns:
        ``2 * n`` bytes, where ``n`` is about ``frames * target_rate / file_rate`` samples.

    Raises:
        AudioFileError: the file is missing or a directory, is not audio or is in an
            unsupported format (the message quotes libsndfile's reason), or holds no frames.
        ValueError: ``target_rate`` is not a positive integer.
        MissingDependencyError: numpy, soxr or soundfile is not installed.
    """
    check_sample_rate("target_rate", target_rate)
    sf = _soundfile()
    _soxr()  # fail on a missing dependency before decoding anything
    with _audio_extra():
        import numpy as np
    file = Path(path)
    if not file.exists():
        raise AudioFileError(path, "no such file")
    if file.is_dir():
        raise AudioFileError(path, "is a directory")
    try:
        data, file_rate = sf.read(os.fspath(file), dtype="float64", always_2d=True)
    except sf.LibsndfileError as exc:
        raise AudioFileError(path, str(exc.error_string).rstrip(".") or str(exc)) from exc
    except (sf.SoundFileError, RuntimeError, OSError) as exc:
        raise AudioFileError(path, str(exc)) from exc
    frames = np.asarray(data, dtype=np.float64)
    if frames.shape[0] == 0:
        raise AudioFileError(path, "the file holds no audio frames")
    mono = frames.mean(axis=1)
    return _float_to_pcm16(_resample_float(mono, int(file_rate), target_rate))


def write_wav(path: PathLike, pcm16: BytesLike, rate: int = SAMPLE_RATE) -> None:
    """Write mono PCM16 LE samples to ``path`` as a 16-bit PCM WAV file at ``rate`` Hz.

    An existing file is overwritten; empty ``pcm16`` writes a valid WAV with no frames.

    Raises:
        ValueError: ``pcm16`` has an odd number of bytes or ``rate`` is not a positive integer.
        OSError / soundfile.LibsndfileError: the file cannot be written.
        MissingDependencyError: numpy or soundfile is not installed.
    """
    check_sample_rate("rate", rate)
    samples = _pcm16_array(pcm16)
    sf = _soundfile()
    sf.write(os.fspath(path), samples, rate, subtype="PCM_16", format="WAV")


# ----------------------------------------------------------------------------------------------
# Resampling
# ----------------------------------------------------------------------------------------------


def resample_pcm16(pcm: BytesLike, from_rate: int, to_rate: int) -> bytes:
    """Resample mono PCM16 LE from ``from_rate`` Hz to ``to_rate`` Hz (soxr, high quality).

    Returns about ``len(pcm) * to_rate / from_rate`` bytes (whole samples); the same rate returns
    a copy unchanged, and empty input returns ``b""``. Output is rounded and clipped to int16.

    Raises:
        ValueError: odd byte count, or a rate that is not a positive integer.
        MissingDependencyError: numpy or soxr is not installed.
    """
    check_sample_rate("from_rate", from_rate)
    check_sample_rate("to_rate", to_rate)
    samples = _pcm16_array(pcm)
    if from_rate == to_rate or samples.size == 0:
        return samples.astype("<i2").tobytes()
    with _audio_extra():
        import numpy as np
    as_float = samples.astype(np.float64) / 32768.0
    return _float_to_pcm16(_resample_float(as_float, from_rate, to_rate))


# ----------------------------------------------------------------------------------------------
# G.711 (ITU-T Recommendation G.711), as in the reference g711.c and the former stdlib audioop
# ----------------------------------------------------------------------------------------------

#: Upper ends of the 8 µ-law segments, in 14-bit magnitude units after the bias is added.
_ULAW_SEGMENT_ENDS = (0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF)
#: Upper ends of the 8 A-law segments, in 13-bit magnitude units.
_ALAW_SEGMENT_ENDS = (0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF)
_ULAW_BIAS = 0x84
_ULAW_CLIP = 8159  # largest 14-bit magnitude µ-law encodes before saturating


@functools.cache
def _ulaw_encode_table() -> npt.NDArray[np.uint8]:
    """µ-law code for every int16 value, indexed by the value's unsigned 16-bit pattern."""
    with _audio_extra():
        import numpy as np
    pcm = np.arange(65536, dtype=np.uint16).view(np.int16).astype(np.int32) >> 2  # 14-bit
    mask = np.where(pcm < 0, 0x7F, 0xFF)
    magnitude = np.minimum(np.abs(pcm), _ULAW_CLIP) + (_ULAW_BIAS >> 2)
    segment = np.searchsorted(np.array(_ULAW_SEGMENT_ENDS), magnitude, side="left")
    code = np.where(segment >= 8, 0x7F, (segment << 4) | ((magnitude >> (segment + 1)) & 0xF))
    return ((code ^ mask) & 0xFF).astype(np.uint8)


@functools.cache
def _ulaw_decode_table() -> npt.NDArray[np.int16]:
    """PCM16 value for each of the 256 µ-law codes."""
    with _audio_extra():
        import numpy as np
    code = ~np.arange(256, dtype=np.int32) & 0xFF
    t = (((code & 0x0F) << 3) + _ULAW_BIAS) << ((code & 0x70) >> 4)
    return np.where(code & 0x80, _ULAW_BIAS - t, t - _ULAW_BIAS).astype(np.int16)


@functools.cache
def _alaw_encode_table() -> npt.NDArray[np.uint8]:
    """A-law code for every int16 value, indexed by the value's unsigned 16-bit pattern."""
    with _audio_extra():
        import numpy as np
    pcm = np.arange(65536, dtype=np.uint16).view(np.int16).astype(np.int32) >> 3  # 13-bit
    mask = np.where(pcm >= 0, 0xD5, 0x55)
    magnitude = np.where(pcm >= 0, pcm, -pcm - 1)
    segment = np.searchsorted(np.array(_ALAW_SEGMENT_ENDS), magnitude, side="left")
    shift = np.where(segment < 2, 1, segment)
    code = np.where(
        segment >= 8, 0x7F, (segment << 4) | ((magnitude >> shift) & 0xF)
    )  # segment 8 = saturation
    return ((code ^ mask) & 0xFF).astype(np.uint8)


@functools.cache
def _alaw_decode_table() -> npt.NDArray[np.int16]:
    """PCM16 value for each of the 256 A-law codes."""
    with _audio_extra():
        import numpy as np
    code = np.arange(256, dtype=np.int32) ^ 0x55
    segment = (code & 0x70) >> 4
    t = (code & 0x0F) << 4
    t = np.where(segment == 0, t + 8, (t + 0x108) << np.maximum(segment - 1, 0))
    return np.where(code & 0x80, t, -t).astype(np.int16)


def _encode_with(table: npt.NDArray[np.uint8], pcm16: BytesLike) -> bytes:
    with _audio_extra():
        import numpy as np
    indices = _pcm16_array(pcm16).view(np.uint16)
    return table[indices].tobytes()


def _decode_with(table: npt.NDArray[np.int16], codes: BytesLike) -> bytes:
    with _audio_extra():
        import numpy as np
    indices = np.frombuffer(memoryview(codes).cast("B"), dtype=np.uint8)
    return table[indices].astype("<i2").tobytes()


def encode_g711_ulaw(pcm16_8k: BytesLike) -> bytes:
    """Encode PCM16 LE samples as G.711 µ-law (``audio/pcmu``), one byte per sample.

    G.711 itself does not resample: pass 8 kHz audio (see :func:`resample_pcm16`) to send
    ``audio/pcmu``. Magnitudes beyond 32635 saturate to the largest code.

    Raises:
        ValueError: odd byte count.
        MissingDependencyError: numpy is not installed.
    """
    return _encode_with(_ulaw_encode_table(), pcm16_8k)


def encode_g711_alaw(pcm16_8k: BytesLike) -> bytes:
    """Encode PCM16 LE samples as G.711 A-law (``audio/pcma``), one byte per sample.

    G.711 itself does not resample: pass 8 kHz audio (see :func:`resample_pcm16`).

    Raises:
        ValueError: odd byte count.
        MissingDependencyError: numpy is not installed.
    """
    return _encode_with(_alaw_encode_table(), pcm16_8k)


def decode_g711_ulaw(ulaw: BytesLike) -> bytes:
    """Decode G.711 µ-law bytes (one a sample) into PCM16 LE (two bytes a sample).

    Output values lie in -32124..32124; the sample rate is unchanged (8 kHz for ``audio/pcmu``).

    Raises:
        MissingDependencyError: numpy is not installed.
    """
    return _decode_with(_ulaw_decode_table(), ulaw)


def decode_g711_alaw(alaw: BytesLike) -> bytes:
    """Decode G.711 A-law bytes (one a sample) into PCM16 LE (two bytes a sample).

    Output values lie in -32256..32256; the sample rate is unchanged (8 kHz for ``audio/pcma``).

    Raises:
        MissingDependencyError: numpy is not installed.
    """
    return _decode_with(_alaw_decode_table(), alaw)


# ----------------------------------------------------------------------------------------------
# Realtime audio formats: wire bytes <-> PCM16, deltas, input files
# ----------------------------------------------------------------------------------------------


#: G.711 codec name -> (encode, decode).
_G711_CODECS: Final[
    dict[str, tuple[Callable[[BytesLike], bytes], Callable[[BytesLike], bytes]]]
] = {
    "pcmu": (encode_g711_ulaw, decode_g711_ulaw),
    "pcma": (encode_g711_alaw, decode_g711_alaw),
}


def decode_realtime_audio(data: BytesLike, fmt: str | Mapping[str, Any]) -> bytes:
    """Raw audio bytes in a Realtime format -> PCM16 LE at that format's rate (24000 or 8000 Hz).

    ``audio/pcm`` is returned as is (a copy); G.711 is decoded, one byte a sample in, two out.

    Raises:
        ValueError: an unknown format.
        MissingDependencyError: numpy is not installed (G.711 only).
    """
    g711 = _G711_CODECS.get(audio_format_spec(fmt).codec)
    return g711[1](data) if g711 is not None else bytes(data)


def encode_realtime_audio(pcm16: BytesLike, fmt: str | Mapping[str, Any]) -> bytes:
    """PCM16 LE at a Realtime format's rate -> that format's wire bytes: ``audio/pcm`` as is (a
    copy), G.711 encoded (two bytes a sample in, one out). It does not resample: pass audio at
    the format's rate (:func:`~openai_realtime.audio_formats.audio_format_rate`).

    Raises:
        ValueError: an unknown format, or an odd byte count.
        MissingDependencyError: numpy is not installed (G.711 only).
    """
    g711 = _G711_CODECS.get(audio_format_spec(fmt).codec)
    if g711 is not None:
        return g711[0](pcm16)
    _check_pcm16(pcm16)
    return bytes(pcm16)  # no copy for bytes


def decode_delta(delta: Any, event_type: str = "response.output_audio.delta") -> bytes:
    """The raw bytes of an audio delta's base64 ``delta`` field.

    Raises:
        ValueError: ``delta`` is not a base64 string (the message names ``event_type``).
    """
    if not isinstance(delta, str):
        raise ValueError(f"{event_type} has no base64 'delta' string (got {type(delta).__name__})")
    try:
        return pybase64.b64decode(delta, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(f"{event_type} carries a 'delta' that is not valid base64") from None


def load_input_audio(path: PathLike, input_format: str) -> tuple[bytes, int]:
    """Read an audio file for a session's input audio buffer: decoded (any format libsndfile
    reads, mixed to mono, resampled with soxr HQ) and coded in ``input_format``, the session's
    input format type (``"audio/pcm"``: 24 kHz PCM16; ``"audio/pcmu"``/``"audio/pcma"``: 8 kHz
    G.711; beta and short names work too). Blocking: async code runs it in a thread
    (``asyncio.to_thread``).

    Returns:
        ``(data, bytes_per_ms)``: the wire bytes, and how many of them make one millisecond
        (48 for PCM, 8 for G.711), so ``len(data) / bytes_per_ms`` is the duration in ms.

    Raises:
        AudioFileError: the file is missing, not audio, or empty.
        ValueError: an unknown ``input_format``.
        MissingDependencyError: numpy, soxr or soundfile is not installed.
    """
    spec = audio_format_spec(input_format)
    pcm = read_audio_file(path, target_rate=spec.sample_rate)
    return encode_realtime_audio(pcm, spec.type), spec.bytes_per_ms


class StreamingResampler:
    """Resamples a stream of mono PCM16 LE chunks from ``from_rate`` to ``to_rate`` Hz (soxr's
    ``ResampleStream``, high quality), keeping the filter state between chunks so the joined
    output has no seams.

    Raises:
        ValueError: a rate that is not a positive integer.
        MissingDependencyError: numpy or soxr is not installed.
    """

    def __init__(self, from_rate: int, to_rate: int) -> None:
        check_sample_rate("from_rate", from_rate)
        check_sample_rate("to_rate", to_rate)
        with _audio_extra():
            import numpy as np
        self._np = np
        self._stream = _soxr().ResampleStream(from_rate, to_rate, 1, dtype="int16", quality="HQ")

    def process(self, pcm: BytesLike, *, last: bool = False) -> bytes:
        """Resample the next chunk (whole samples); ``last=True`` flushes the filter's tail.
        Returns the output samples available so far, as PCM16 LE bytes."""
        samples = self._np.frombuffer(_check_pcm16(pcm), dtype="<i2").astype(self._np.int16)
        out = self._stream.resample_chunk(samples, last=last)
        return bytes(self._np.asarray(out, dtype="<i2").tobytes())
