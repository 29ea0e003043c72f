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
:func:`pcm16_duration_ms`, the format helpers and collecting 24 kHz PCM need none of them.

:class:`OutputAudioCollector` gathers what a session's responses speak
(``response.output_audio.delta``), per item and per response, and hands it back as PCM16 or a WAV
file. Live microphone capture and speaker playback are in :mod:`openai_realtime.devices`.
"""

from __future__ import annotations

import binascii
import functools
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Self

import pybase64

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from .session import RealtimeSession

__all__ = [
    "BYTES_PER_SAMPLE",
    "G711_SAMPLE_RATE",
    "SAMPLE_RATE",
    "AudioFileError",
    "MissingDependencyError",
    "OutputAudioCollector",
    "RealtimeAudioFormat",
    "audio_bytes_per_ms",
    "audio_format_rate",
    "chunk_pcm16",
    "configured_audio_format",
    "decode_delta",
    "decode_g711_alaw",
    "decode_g711_ulaw",
    "decode_realtime_audio",
    "encode_g711_alaw",
    "encode_g711_ulaw",
    "normalize_audio_format",
    "pcm16_duration_ms",
    "read_audio_file",
    "resample_pcm16",
    "write_wav",
]

#: Sample rate (Hz) of the Realtime API's ``audio/pcm`` format.
SAMPLE_RATE = 24_000
#: Bytes per PCM16 sample (one channel).
BYTES_PER_SAMPLE = 2
#: Sample rate (Hz) of the G.711 formats ``audio/pcmu`` and ``audio/pcma``.
G711_SAMPLE_RATE = 8_000

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


def _check_rate(name: str, rate: int) -> None:
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
    _check_rate("rate", rate)
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
    _check_rate("rate", rate)
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
    _check_rate("target_rate", target_rate)
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
    _check_rate("rate", rate)
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
    _check_rate("from_rate", from_rate)
    _check_rate("to_rate", to_rate)
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
# Realtime audio formats, and collecting a session's output audio
# ----------------------------------------------------------------------------------------------

#: A Realtime API audio format: 24 kHz PCM16, or 8 kHz G.711 µ-law / A-law.
RealtimeAudioFormat = Literal["audio/pcm", "audio/pcmu", "audio/pcma"]

_FORMAT_NAMES: dict[str, RealtimeAudioFormat] = {
    "audio/pcm": "audio/pcm",
    "pcm16": "audio/pcm",
    "pcm": "audio/pcm",
    "audio/pcmu": "audio/pcmu",
    "pcmu": "audio/pcmu",
    "g711_ulaw": "audio/pcmu",
    "audio/pcma": "audio/pcma",
    "pcma": "audio/pcma",
    "g711_alaw": "audio/pcma",
}


def normalize_audio_format(value: str | Mapping[str, Any]) -> RealtimeAudioFormat:
    """The GA format name (``"audio/pcm"``, ``"audio/pcmu"``, ``"audio/pcma"``) of a format given
    as a GA name, a beta name (``"pcm16"``, ``"g711_ulaw"``, ``"g711_alaw"``), a short name
    (``"pcm"``, ``"pcmu"``, ``"pcma"``) or a GA format object (``{"type": "audio/pcm", ...}``).

    Raises:
        ValueError: an unknown format, or a PCM format object with a rate other than 24000 Hz.
    """
    if isinstance(value, Mapping):
        rate = value.get("rate")
        name = value.get("type")
        if name in ("audio/pcm", "pcm16") and rate not in (None, SAMPLE_RATE):
            raise ValueError(f"audio/pcm is 24000 Hz in the Realtime API; got rate {rate!r}")
        value = str(name)
    try:
        return _FORMAT_NAMES[value.lower()]
    except KeyError:
        raise ValueError(
            f"unknown audio format {value!r}; use 'audio/pcm', 'audio/pcmu' or 'audio/pcma'"
        ) from None


def audio_format_rate(fmt: str | Mapping[str, Any]) -> int:
    """Sample rate in Hz of a Realtime audio format: 24000 for PCM, 8000 for G.711.

    Raises:
        ValueError: an unknown format.
    """
    return SAMPLE_RATE if normalize_audio_format(fmt) == "audio/pcm" else G711_SAMPLE_RATE


@functools.cache
def audio_bytes_per_ms(fmt: str) -> int:
    """Bytes per millisecond of a Realtime audio format given by name (GA, beta or short):
    48 for ``audio/pcm`` (24 kHz mono PCM16), 8 for the G.711 formats (8 kHz, 1 byte a sample).

    Raises:
        ValueError: an unknown format.
    """
    if normalize_audio_format(fmt) == "audio/pcm":
        return SAMPLE_RATE * BYTES_PER_SAMPLE // 1000
    return G711_SAMPLE_RATE // 1000


def configured_audio_format(
    config: Any, direction: Literal["input", "output"] = "output"
) -> RealtimeAudioFormat | None:
    """The audio format a session or response configuration names for ``direction``.

    ``config`` is a session (``session.created``/``session.updated``'s ``session``, or
    :attr:`RealtimeSession.session <openai_realtime.session.RealtimeSession.session>`), a
    response (``response.created``'s ``response``), a plain mapping of either (e.g.
    :attr:`RealtimeSession.configuration`), or a generated model of one; GA shape
    (``audio.<direction>.format.type``) and beta shape (``<direction>_audio_format``) both work.

    Returns:
        The GA format name, or ``None`` when ``config`` names none (or an unknown one).
    """
    if config is None:
        return None
    data = config if isinstance(config, Mapping) else getattr(config, "to_dict", dict)()
    if not isinstance(data, Mapping):
        return None
    candidates: list[Any] = []
    audio = data.get("audio")
    if isinstance(audio, Mapping) and isinstance(audio.get(direction), Mapping):
        candidates.append(audio[direction].get("format"))
    candidates.append(data.get(f"{direction}_audio_format"))
    for candidate in candidates:
        if isinstance(candidate, str | Mapping):
            try:
                return normalize_audio_format(candidate)
            except ValueError:
                continue
    return None


def decode_realtime_audio(data: BytesLike, fmt: str | Mapping[str, Any]) -> bytes:
    """Raw audio bytes in a Realtime format -> PCM16 LE at that format's rate (24000 or 8000 Hz).

    ``audio/pcm`` is returned as is (a copy); G.711 is decoded, one byte a sample in, two out.

    Raises:
        ValueError: an unknown format.
        MissingDependencyError: numpy is not installed (G.711 only).
    """
    name = normalize_audio_format(fmt)
    if name == "audio/pcmu":
        return decode_g711_ulaw(data)
    if name == "audio/pcma":
        return decode_g711_alaw(data)
    return bytes(data)


def _event_type(event: Any) -> str | None:
    value = event.get("type") if isinstance(event, Mapping) else getattr(event, "type_", None)
    return value if isinstance(value, str) else None


def _event_field(event: Any, name: str) -> Any:
    """A top-level field of a server event given as a dict, a generated model or an
    :class:`~openai_realtime.events.UnknownEvent` (whose ``raw`` dict holds the fields)."""
    if isinstance(event, Mapping):
        return event.get(name)
    raw = getattr(event, "raw", None)
    if isinstance(raw, Mapping):
        return raw.get(name)
    return getattr(event, name, None)


def _event_payload(event: Any, name: str) -> Any:
    """A nested object of an event (``session``/``response``) as plain data."""
    value = _event_field(event, name)
    if value is not None and not isinstance(value, Mapping) and hasattr(value, "to_dict"):
        return value.to_dict()
    return value


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


@dataclass
class _CollectedItem:
    item_id: str
    response_id: str | None
    content_index: int
    format: RealtimeAudioFormat
    data: bytearray = field(default_factory=bytearray)
    done: bool = False

    @property
    def rate(self) -> int:
        return audio_format_rate(self.format)

    @property
    def samples(self) -> int:
        size = len(self.data)
        return size if self.format != "audio/pcm" else size // BYTES_PER_SAMPLE


class OutputAudioCollector:
    """Collects the audio a session's responses speak, per item and per response.

    Feed it server events with :meth:`feed`, or :meth:`attach` it to a
    :class:`~openai_realtime.session.RealtimeSession` (it then collects as the session receives
    events: keep receiving with ``recv``/iteration/``run``). It keeps each
    ``response.output_audio.delta``'s bytes exactly as the server sent them (base64-decoded), in
    arrival order, grouped by ``item_id``; ``response.output_audio.done`` marks an item complete.
    The beta dialect (Azure preview) uses the same event type names and works the same way.

    Args:
        format: the output audio format: ``"audio/pcm"`` (24 kHz PCM16), ``"audio/pcmu"`` or
            ``"audio/pcma"`` (8 kHz G.711; beta names ``pcm16``/``g711_ulaw``/``g711_alaw`` are
            accepted too). ``None`` (default) follows the events: the session's output format
            (from :meth:`attach` and from ``session.created``/``session.updated``), overridden per
            response by ``response.created``'s ``audio.output.format``; ``"audio/pcm"`` when
            nothing says otherwise. An item keeps the format it started with.
        rate: sample rate in Hz of the PCM16 that :meth:`pcm` returns and :meth:`write_wav`
            writes; ``None`` (default) keeps the native rate of the first collected item (24000
            Hz for PCM, 8000 Hz for G.711). Items at another rate are resampled (soxr, HQ).

    Raises:
        ValueError: an unknown ``format`` or a ``rate`` that is not a positive integer.

    Example::

        collector = OutputAudioCollector().attach(session)
        await session.request_response(output_modalities=["audio"])
        await session.wait_for("response.done")
        collector.write_wav("reply.wav")
    """

    #: The event types :meth:`attach` registers handlers for.
    EVENT_TYPES = (
        "response.output_audio.delta",
        "response.output_audio.done",
        "response.created",
        "session.created",
        "session.updated",
    )

    def __init__(self, format: str | None = None, *, rate: int | None = None) -> None:
        self._fixed: RealtimeAudioFormat | None = (
            normalize_audio_format(format) if format is not None else None
        )
        if rate is not None:
            _check_rate("rate", rate)
        self._rate = rate
        self._session_format: RealtimeAudioFormat | None = None
        self._response_formats: dict[str, RealtimeAudioFormat] = {}
        self._items: dict[str, _CollectedItem] = {}
        self._responses: dict[str, list[str]] = {}
        self._attached: Any = None

    def __repr__(self) -> str:
        return (
            f"<OutputAudioCollector {len(self._items)} item(s), "
            f"{self.duration_ms():.0f} ms at {self.sample_rate} Hz>"
        )

    # ------------------------------------------------------------------------------ input

    def feed(self, event: Any) -> bool:
        """Take one server event (generated model, :class:`~openai_realtime.events.UnknownEvent`
        or dict). Audio deltas are stored, ``response.output_audio.done`` marks its item done,
        ``session.*``/``response.created`` update the format (when following events); any other
        event is ignored.

        Returns:
            ``True`` if the event was an audio delta or done event (and was recorded).

        Raises:
            ValueError: an audio delta without an ``item_id`` or with a ``delta`` that is not
                base64.
        """
        event_type = _event_type(event)
        if event_type == "response.output_audio.delta":
            self._on_delta(event)
            return True
        if event_type == "response.output_audio.done":
            item = self._items.get(str(_event_field(event, "item_id")))
            if item is not None:
                item.done = True
            return True
        if event_type in ("session.created", "session.updated"):
            fmt = configured_audio_format(_event_payload(event, "session"))
            if fmt is not None:
                self._session_format = fmt
        elif event_type == "response.created":
            response = _event_payload(event, "response")
            fmt = configured_audio_format(response)
            if fmt is not None and isinstance(response, Mapping) and response.get("id"):
                self._response_formats[str(response["id"])] = fmt
        return False

    def _handle(self, event: Any) -> None:
        self.feed(event)

    def _on_delta(self, event: Any) -> None:
        item_id = _event_field(event, "item_id")
        if not isinstance(item_id, str):
            raise ValueError("response.output_audio.delta has no 'item_id'")
        data = decode_delta(_event_field(event, "delta"))
        item = self._items.get(item_id)
        if item is None:
            response_id = _event_field(event, "response_id")
            response_id = response_id if isinstance(response_id, str) else None
            content_index = _event_field(event, "content_index")
            item = _CollectedItem(
                item_id=item_id,
                response_id=response_id,
                content_index=content_index if isinstance(content_index, int) else 0,
                format=self._format_for(response_id),
            )
            self._items[item_id] = item
            self._responses.setdefault(response_id or "", []).append(item_id)
        item.data += data

    def _format_for(self, response_id: str | None) -> RealtimeAudioFormat:
        if self._fixed is not None:
            return self._fixed
        if response_id is not None and response_id in self._response_formats:
            return self._response_formats[response_id]
        return self._session_format or "audio/pcm"

    def attach(self, session: RealtimeSession) -> Self:
        """Collect from ``session``: register :meth:`feed` for :data:`EVENT_TYPES` with
        ``session.on`` and take the session's current output format (when following events).
        Returns ``self``.

        Raises:
            RuntimeError: already attached to a session (call :meth:`detach` first).
        """
        if self._attached is not None:
            raise RuntimeError("this collector is already attached to a session; detach() first")
        fmt = configured_audio_format(session.session) or configured_audio_format(
            session.configuration
        )
        if fmt is not None:
            self._session_format = fmt
        for event_type in self.EVENT_TYPES:
            session.on(event_type, self._handle)
        self._attached = session
        return self

    def detach(self) -> None:
        """Unregister from the attached session (no error when not attached)."""
        session, self._attached = self._attached, None
        if session is not None:
            for event_type in self.EVENT_TYPES:
                session.off(event_type, self._handle)

    def clear(self) -> None:
        """Forget all collected audio (formats learnt from events are kept)."""
        self._items.clear()
        self._responses.clear()

    # ----------------------------------------------------------------------------- output

    @property
    def items(self) -> list[str]:
        """Ids of the items that carried audio, in the order their first delta arrived."""
        return list(self._items)

    @property
    def responses(self) -> list[str]:
        """Ids of the responses whose audio was collected, in order of their first delta
        (``""`` stands for deltas without a ``response_id``)."""
        return list(self._responses)

    def items_of(self, response_id: str) -> list[str]:
        """Ids of the audio items of one response, in order.

        Raises:
            KeyError: no audio was collected for ``response_id``.
        """
        try:
            return list(self._responses[response_id])
        except KeyError:
            raise KeyError(f"no output audio collected for response {response_id!r}") from None

    def is_done(self, item_id: str) -> bool:
        """Whether ``response.output_audio.done`` arrived for ``item_id``.

        Raises:
            KeyError: no audio was collected for ``item_id``.
        """
        return self._item(item_id).done

    def format_of(self, item_id: str) -> RealtimeAudioFormat:
        """The wire format of an item's audio.

        Raises:
            KeyError: no audio was collected for ``item_id``.
        """
        return self._item(item_id).format

    def content_index_of(self, item_id: str) -> int:
        """The ``content_index`` of an item's audio content part (for a truncation).

        Raises:
            KeyError: no audio was collected for ``item_id``.
        """
        return self._item(item_id).content_index

    @property
    def sample_rate(self) -> int:
        """Sample rate in Hz of :meth:`pcm` and :meth:`write_wav`: ``rate`` if given, otherwise
        the native rate of the first collected item (or of ``format``; 24000 Hz by default)."""
        if self._rate is not None:
            return self._rate
        for item in self._items.values():
            return item.rate
        return audio_format_rate(self._fixed or self._session_format or "audio/pcm")

    def _item(self, item_id: str) -> _CollectedItem:
        try:
            return self._items[item_id]
        except KeyError:
            raise KeyError(f"no output audio collected for item {item_id!r}") from None

    def _select(self, item_id: str | None, response_id: str | None) -> list[_CollectedItem]:
        if item_id is not None and response_id is not None:
            raise ValueError("give item_id or response_id, not both")
        if item_id is not None:
            return [self._item(item_id)]
        if response_id is not None:
            return [self._items[i] for i in self.items_of(response_id)]
        return list(self._items.values())

    def encoded(self, item_id: str | None = None, *, response_id: str | None = None) -> bytes:
        """The audio bytes exactly as the server sent them (base64-decoded, in the wire format:
        PCM16 LE at 24 kHz, or G.711 bytes at 8 kHz), of one item, one response or all items
        (concatenated in order).

        Raises:
            KeyError: an unknown ``item_id`` / ``response_id``.
            ValueError: both ``item_id`` and ``response_id`` given.
        """
        return b"".join(bytes(item.data) for item in self._select(item_id, response_id))

    def pcm(self, item_id: str | None = None, *, response_id: str | None = None) -> bytes:
        """Mono PCM16 LE at :attr:`sample_rate` Hz: one item, one response's items, or every
        item (default), concatenated in order. G.711 is decoded; items at another native rate
        are resampled. A trailing odd byte of PCM (half a sample) is left out.

        Raises:
            KeyError: an unknown ``item_id`` / ``response_id``.
            ValueError: both ``item_id`` and ``response_id`` given.
            MissingDependencyError: numpy (G.711) or soxr (resampling) is not installed.
        """
        rate = self.sample_rate
        parts: list[bytes] = []
        for item in self._select(item_id, response_id):
            data = item.data
            if item.format == "audio/pcm" and len(data) % BYTES_PER_SAMPLE:
                data = data[:-1]
            pcm = decode_realtime_audio(data, item.format)
            parts.append(pcm if item.rate == rate else resample_pcm16(pcm, item.rate, rate))
        return b"".join(parts)

    def duration_ms(self, item_id: str | None = None, *, response_id: str | None = None) -> float:
        """Duration in milliseconds of the collected audio (one item, one response, or all),
        from the samples received at their native rate (no resampling involved).

        Raises:
            KeyError: an unknown ``item_id`` / ``response_id``.
            ValueError: both ``item_id`` and ``response_id`` given.
        """
        return sum(item.samples * 1000.0 / item.rate for item in self._select(item_id, response_id))

    def write_wav(
        self, path: PathLike, item_id: str | None = None, *, response_id: str | None = None
    ) -> None:
        """Write :meth:`pcm` (same selection) to ``path`` as a mono 16-bit PCM WAV file at
        :attr:`sample_rate` Hz; an existing file is overwritten.

        Raises:
            KeyError: an unknown ``item_id`` / ``response_id``.
            ValueError: both ``item_id`` and ``response_id`` given.
            OSError / soundfile.LibsndfileError: the file cannot be written.
            MissingDependencyError: numpy or soundfile (or soxr, when resampling) is missing.
        """
        write_wav(path, self.pcm(item_id, response_id=response_id), self.sample_rate)
