"""Tests of openai_realtime.audio: files, resampling, chunking, G.711, errors, the speech sample."""

from __future__ import annotations

import sys
import warnings
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from openai_realtime import audio
from openai_realtime.audio import (
    BYTES_PER_SAMPLE,
    SAMPLE_RATE,
    AudioFileError,
    MissingDependencyError,
    chunk_pcm16,
    decode_g711_alaw,
    decode_g711_ulaw,
    encode_g711_alaw,
    encode_g711_ulaw,
    pcm16_duration_ms,
    read_audio_file,
    resample_pcm16,
    write_wav,
)

Codec = Callable[[bytes], bytes]

SPEECH = Path(__file__).resolve().parent.parent / "samples" / "speech.wav"


def sine(freq_hz: float, rate: int, seconds: float, amplitude: float = 0.5) -> np.ndarray:
    t = np.arange(round(rate * seconds)) / rate
    return amplitude * np.sin(2 * np.pi * freq_hz * t)


def samples_of(pcm: bytes) -> np.ndarray:
    return np.frombuffer(pcm, dtype="<i2").astype(np.float64)


def peak_hz(pcm: bytes, rate: int) -> float:
    """Frequency of the largest FFT bin (Hann window) of PCM16 samples."""
    x = samples_of(pcm)
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    return float(np.fft.rfftfreq(len(x), 1 / rate)[np.argmax(spectrum)])


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x))))


def pcm(values: list[int]) -> bytes:
    return np.array(values, dtype="<i2").tobytes()


# ----------------------------------------------------------------------------------------------
# read_audio_file: rates, channels, formats, clipping
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rate", "channels", "subtype", "suffix", "freq"),
    [
        (16_000, 1, "PCM_16", ".wav", 440.0),
        (44_100, 2, "PCM_16", ".wav", 1000.0),
        (48_000, 2, "PCM_24", ".flac", 3000.0),
        (8_000, 1, "PCM_16", ".wav", 697.0),
        (22_050, 1, "VORBIS", ".ogg", 1234.0),
    ],
)
def test_read_resamples_to_24k_keeping_length_and_frequency(
    tmp_path: Path, rate: int, channels: int, subtype: str, suffix: str, freq: float
) -> None:
    seconds = 1.5
    mono = sine(freq, rate, seconds)
    data = np.column_stack([mono] * channels) if channels > 1 else mono
    path = tmp_path / f"tone{suffix}"
    sf.write(path, data, rate, subtype=subtype)

    out = read_audio_file(path)

    frames = sf.info(path).frames
    expected = frames * SAMPLE_RATE / rate
    assert len(out) % BYTES_PER_SAMPLE == 0
    assert abs(len(out) // BYTES_PER_SAMPLE - expected) <= 1
    # 1.5 s at 24 kHz: FFT bins are 2/3 Hz apart.
    assert peak_hz(out, SAMPLE_RATE) == pytest.approx(freq, abs=1.0)
    # Amplitude survives resampling (RMS of a 0.5 sine is 0.5/sqrt(2) of full scale).
    middle = samples_of(out)[SAMPLE_RATE // 4 : -SAMPLE_RATE // 4] / 32768
    assert rms(middle) == pytest.approx(0.5 / np.sqrt(2), rel=0.02)


def test_read_mixes_channels_by_mean(tmp_path: Path) -> None:
    rate = 44_100
    tone = sine(1000.0, rate, 1.0, amplitude=1.0)
    path = tmp_path / "stereo.wav"
    sf.write(path, np.column_stack([0.6 * tone, 0.2 * tone]), rate, subtype="FLOAT")

    middle = samples_of(read_audio_file(path))[4800:-4800] / 32768

    assert rms(middle) == pytest.approx(0.4 / np.sqrt(2), rel=0.01)


def test_read_opposite_channels_cancel(tmp_path: Path) -> None:
    rate = 16_000
    tone = sine(500.0, rate, 0.5)
    path = tmp_path / "phase.wav"
    sf.write(path, np.column_stack([tone, -tone]), rate, subtype="FLOAT")

    assert np.abs(samples_of(read_audio_file(path))).max() == 0


def test_read_pcm16_at_target_rate_is_sample_exact(tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    original = rng.integers(-32768, 32768, size=SAMPLE_RATE // 2, dtype=np.int16)
    path = tmp_path / "exact.wav"
    sf.write(path, original, SAMPLE_RATE, subtype="PCM_16")

    assert read_audio_file(path) == original.astype("<i2").tobytes()


def test_read_other_target_rate(tmp_path: Path) -> None:
    path = tmp_path / "tone.wav"
    sf.write(path, sine(300.0, 24_000, 1.0), 24_000, subtype="PCM_16")

    out = read_audio_file(path, target_rate=8_000)

    assert abs(len(out) // 2 - 8_000) <= 1
    assert peak_hz(out, 8_000) == pytest.approx(300.0, abs=1.0)


def test_read_clips_instead_of_wrapping(tmp_path: Path) -> None:
    path = tmp_path / "hot.wav"
    values = np.array([0.0, 1.5, -1.5, 0.999, -1.0, 1.0, 0.25], dtype=np.float32)
    sf.write(path, values, SAMPLE_RATE, subtype="FLOAT")

    out = samples_of(read_audio_file(path)).astype(int).tolist()

    assert out == [0, 32767, -32768, 32735, -32768, 32767, 8192]


def test_read_hot_resampled_signal_saturates(tmp_path: Path) -> None:
    path = tmp_path / "square.wav"
    square = np.sign(sine(200.0, 48_000, 0.5, amplitude=1.0)) * 1.2
    sf.write(path, square.astype(np.float32), 48_000, subtype="FLOAT")

    x = samples_of(read_audio_file(path))

    assert x.max() == 32767
    assert x.min() == -32768


# ----------------------------------------------------------------------------------------------
# Errors
# ----------------------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.wav"
    with pytest.raises(AudioFileError, match="no such file") as info:
        read_audio_file(path)
    assert info.value.path == str(path)
    assert str(path) in str(info.value)
    assert isinstance(info.value, ValueError)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(AudioFileError, match="is a directory"):
        read_audio_file(tmp_path)


def test_non_audio_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.wav"
    path.write_text("this is not audio, just text pretending to be a WAV file\n" * 20)
    with pytest.raises(AudioFileError) as info:
        read_audio_file(path)
    assert info.value.reason == "Format not recognised"
    assert str(path) in str(info.value)
    assert isinstance(info.value.__cause__, sf.LibsndfileError)


def test_truncated_wav_header(tmp_path: Path) -> None:
    path = tmp_path / "cut.wav"
    write_wav(path, pcm([1, 2, 3, 4]))
    path.write_bytes(path.read_bytes()[:20])
    with pytest.raises(AudioFileError):
        read_audio_file(path)


def test_empty_audio(tmp_path: Path) -> None:
    path = tmp_path / "empty.wav"
    write_wav(path, b"")
    with pytest.raises(AudioFileError, match="no audio frames"):
        read_audio_file(path)


@pytest.mark.parametrize("rate", [0, -16000, 1.5, True])
def test_bad_rates(tmp_path: Path, rate: object) -> None:
    with pytest.raises(ValueError, match="positive integer"):
        read_audio_file(tmp_path / "x.wav", target_rate=rate)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="positive integer"):
        resample_pcm16(b"\0\0", 16000, rate)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "call",
    [
        lambda b: list(chunk_pcm16(b)),
        lambda b: resample_pcm16(b, 16000, 24000),
        lambda b: encode_g711_ulaw(b),
        lambda b: encode_g711_alaw(b),
        lambda b: write_wav("/never/written.wav", b),
        lambda b: pcm16_duration_ms(len(b)),
    ],
    ids=["chunk", "resample", "ulaw", "alaw", "write_wav", "duration"],
)
def test_odd_byte_counts_rejected(call: Callable[[bytes], object]) -> None:
    with pytest.raises(ValueError, match="even"):
        call(b"\x01\x02\x03")


def test_chunk_raises_on_call_not_on_iteration() -> None:
    with pytest.raises(ValueError, match="even"):
        chunk_pcm16(b"\x00")
    with pytest.raises(ValueError, match="chunk_ms"):
        chunk_pcm16(b"\x00\x00", chunk_ms=0)


@pytest.mark.parametrize("module", ["numpy", "soxr", "soundfile"])
def test_missing_dependency_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str
) -> None:
    path = tmp_path / "tone.wav"
    sf.write(path, sine(440.0, 16_000, 0.1), 16_000)
    monkeypatch.setitem(sys.modules, module, None)  # makes `import module` raise ImportError
    audio._ulaw_encode_table.cache_clear()

    with pytest.raises(MissingDependencyError) as info:
        read_audio_file(path)

    assert isinstance(info.value, ImportError)
    assert info.value.name == module
    assert "pip install 'openai-realtime[audio]'" in str(info.value)
    assert module in str(info.value)


def test_missing_numpy_for_g711(monkeypatch: pytest.MonkeyPatch) -> None:
    audio._ulaw_encode_table.cache_clear()
    monkeypatch.setitem(sys.modules, "numpy", None)
    with pytest.raises(MissingDependencyError, match=r"openai-realtime\[audio\]"):
        encode_g711_ulaw(b"\0\0")
    audio._ulaw_encode_table.cache_clear()


def test_duration_needs_no_dependency(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "numpy", None)
    assert pcm16_duration_ms(48_000) == 1000.0


# ----------------------------------------------------------------------------------------------
# Durations and chunking
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n_bytes", "rate", "ms"),
    [(0, 24_000, 0.0), (48_000, 24_000, 1000.0), (4_800, 24_000, 100.0), (320, 16_000, 10.0),
     (2, 8_000, 0.125), (88_200, 44_100, 1000.0)],
)  # fmt: skip
def test_duration(n_bytes: int, rate: int, ms: float) -> None:
    assert pcm16_duration_ms(n_bytes, rate) == pytest.approx(ms)


def test_duration_default_rate_and_negative() -> None:
    assert pcm16_duration_ms(9_600) == pytest.approx(200.0)
    with pytest.raises(ValueError, match="non-negative"):
        pcm16_duration_ms(-2)


def test_chunk_sizes_at_24k() -> None:
    data = bytes(range(256)) * 100  # 25_600 bytes = 12_800 samples = 533.3 ms
    chunks = list(chunk_pcm16(data))
    assert [len(c) for c in chunks] == [4_800] * 5 + [1_600]
    assert b"".join(chunks) == data
    assert all(isinstance(c, bytes) for c in chunks)


@pytest.mark.parametrize(
    ("chunk_ms", "rate", "chunk_bytes"),
    [(20, 24_000, 960), (10, 44_100, 882), (40, 8_000, 640), (1, 22_050, 44), (250, 16_000, 8_000)],
)
def test_chunk_sizes_whole_samples(chunk_ms: int, rate: int, chunk_bytes: int) -> None:
    data = np.arange(rate, dtype="<i2").tobytes()  # one second
    chunks = list(chunk_pcm16(memoryview(data), chunk_ms=chunk_ms, rate=rate))
    assert {len(c) for c in chunks[:-1]} == {chunk_bytes}
    assert 0 < len(chunks[-1]) <= chunk_bytes
    assert all(len(c) % 2 == 0 for c in chunks)
    assert b"".join(chunks) == data


def test_chunk_empty_and_short() -> None:
    assert list(chunk_pcm16(b"")) == []
    assert list(chunk_pcm16(bytearray(b"\x01\x00\x02\x00"))) == [b"\x01\x00\x02\x00"]


# ----------------------------------------------------------------------------------------------
# resample_pcm16 and write_wav
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("from_rate", "to_rate", "freq"),
    [(48_000, 24_000, 1000.0), (16_000, 24_000, 440.0), (24_000, 8_000, 1000.0),
     (44_100, 24_000, 2500.0)],
)  # fmt: skip
def test_resample_length_and_frequency(from_rate: int, to_rate: int, freq: float) -> None:
    n = from_rate * 2
    source = np.rint(sine(freq, from_rate, 2.0) * 32767).astype("<i2").tobytes()

    out = resample_pcm16(source, from_rate, to_rate)

    assert abs(len(out) // 2 - n * to_rate / from_rate) <= 1
    assert peak_hz(out, to_rate) == pytest.approx(freq, abs=0.5)


def test_resample_removes_content_above_new_nyquist() -> None:
    tone = np.rint(sine(10_000.0, 48_000, 1.0) * 32767).astype("<i2").tobytes()
    out = samples_of(resample_pcm16(tone, 48_000, 8_000))
    assert rms(out[400:-400]) < 0.001 * 32767


def test_resample_same_rate_and_empty() -> None:
    data = pcm([1, -2, 3, 32767, -32768])
    assert resample_pcm16(data, 24_000, 24_000) == data
    assert resample_pcm16(b"", 16_000, 24_000) == b""


def test_write_wav_round_trip(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    data = rng.integers(-32768, 32768, size=12_345, dtype=np.int16).astype("<i2").tobytes()
    path = tmp_path / "out.wav"

    write_wav(path, data, rate=16_000)

    info = sf.info(path)
    assert (info.samplerate, info.channels, info.subtype, info.format) == (
        16_000,
        1,
        "PCM_16",
        "WAV",
    )
    assert sf.read(path, dtype="int16")[0].astype("<i2").tobytes() == data
    assert read_audio_file(path, target_rate=16_000) == data
    write_wav(str(path), data[:100])  # overwrites; str paths work; default 24 kHz
    assert sf.info(path).samplerate == SAMPLE_RATE
    assert sf.info(path).frames == 50


# ----------------------------------------------------------------------------------------------
# G.711
# ----------------------------------------------------------------------------------------------

# (PCM16 value, µ-law code, A-law code): ITU-T G.711 as implemented by the reference g711.c.
KNOWN_CODES = [
    (0, 0xFF, 0xD5),
    (-1, 0x7E, 0x55),
    (8, 0xFE, 0xD5),
    (100, 0xF2, 0xD3),
    (-100, 0x72, 0x53),
    (1000, 0xCE, 0xFA),
    (-1000, 0x4E, 0x7A),
    (32124, 0x80, 0xAA),
    (32767, 0x80, 0xAA),
    (-32768, 0x00, 0x2A),
]


@pytest.mark.parametrize(("value", "ulaw", "alaw"), KNOWN_CODES)
def test_g711_known_codes(value: int, ulaw: int, alaw: int) -> None:
    assert encode_g711_ulaw(pcm([value])) == bytes([ulaw])
    assert encode_g711_alaw(pcm([value])) == bytes([alaw])


def test_g711_known_decodes() -> None:
    ulaw = samples_of(decode_g711_ulaw(bytes([0xFF, 0x7F, 0x00, 0x80, 0xFE, 0x7E, 0xF0])))
    assert ulaw.astype(int).tolist() == [0, 0, -32124, 32124, 8, -8, 120]
    alaw = samples_of(decode_g711_alaw(bytes([0xD5, 0x55, 0xAA, 0x2A, 0xD4, 0xFA])))
    assert alaw.astype(int).tolist() == [8, -8, 32256, -32256, 24, 1008]


def test_g711_codes_round_trip() -> None:
    codes = bytes(range(256))
    assert encode_g711_alaw(decode_g711_alaw(codes)) == codes
    # µ-law has two zeros: 0x7F ("-0") decodes to 0, which encodes as 0xFF ("+0").
    expected = bytes(0xFF if c == 0x7F else c for c in range(256))
    assert encode_g711_ulaw(decode_g711_ulaw(codes)) == expected


@pytest.mark.parametrize(
    ("encode", "decode"),
    [(encode_g711_ulaw, decode_g711_ulaw), (encode_g711_alaw, decode_g711_alaw)],
    ids=["ulaw", "alaw"],
)
def test_g711_error_bounds_over_every_pcm16_value(encode: Codec, decode: Codec) -> None:
    x = np.arange(-32768, 32768, dtype=np.int64)
    codes = encode(x.astype("<i2").tobytes())
    assert len(codes) == 65536
    y = samples_of(decode(codes)).astype(np.int64)
    error = np.abs(y - x)
    # Logarithmic quantisation: the error grows with the magnitude, about 1/32 of it at most.
    in_range = np.abs(x) <= 32000
    assert np.all(error[in_range] <= np.abs(x[in_range]) / 32 + 8)
    assert error[np.abs(x) < 64].max() <= 8
    # Monotonic: a larger input never decodes smaller.
    assert np.all(np.diff(y) >= 0)


@pytest.mark.parametrize(
    ("encode", "decode"),
    [(encode_g711_ulaw, decode_g711_ulaw), (encode_g711_alaw, decode_g711_alaw)],
    ids=["ulaw", "alaw"],
)
def test_g711_sine_snr(encode: Codec, decode: Codec) -> None:
    tone = np.rint(sine(440.0, 8_000, 1.0) * 32767)
    back = samples_of(decode(encode(tone.astype("<i2").tobytes())))
    snr_db = 10 * np.log10(np.sum(tone**2) / np.sum((back - tone) ** 2))
    assert snr_db > 35  # G.711 gives ~38 dB on a half-scale sine
    assert len(back) == len(tone)


def test_g711_accepts_buffers() -> None:
    data = pcm([0, 1000, -1000])
    assert encode_g711_ulaw(memoryview(data)) == b"\xff\xce\x4e"
    assert encode_g711_ulaw(bytearray(data)) == b"\xff\xce\x4e"
    assert decode_g711_alaw(memoryview(b"\xd5")) == pcm([8])
    assert encode_g711_alaw(b"") == b""
    assert decode_g711_ulaw(b"") == b""


def test_g711_matches_audioop_exhaustively() -> None:
    """Where the stdlib still has audioop (Python < 3.13), it is an independent reference."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        audioop = pytest.importorskip("audioop")
    every = np.arange(-32768, 32768, dtype="<i2").tobytes()
    codes = bytes(range(256))
    assert encode_g711_ulaw(every) == audioop.lin2ulaw(every, 2)
    assert encode_g711_alaw(every) == audioop.lin2alaw(every, 2)
    assert decode_g711_ulaw(codes) == audioop.ulaw2lin(codes, 2)
    assert decode_g711_alaw(codes) == audioop.alaw2lin(codes, 2)


# ----------------------------------------------------------------------------------------------
# The committed speech sample
# ----------------------------------------------------------------------------------------------


def test_speech_sample_format() -> None:
    info = sf.info(SPEECH)
    assert info.samplerate == 48_000  # not 24 kHz: streaming it exercises resampling
    assert info.channels == 1
    assert info.subtype == "PCM_16"
    assert 5.0 <= info.duration <= 12.0
    assert SPEECH.stat().st_size < 1_000_000


def test_speech_sample_resamples_and_has_separate_utterances() -> None:
    info = sf.info(SPEECH)
    out = read_audio_file(SPEECH)

    assert abs(len(out) // 2 - info.frames / 2) <= 1
    assert pcm16_duration_ms(len(out)) == pytest.approx(info.duration * 1000, abs=0.1)

    # Speech/silence per 20 ms window (-40 dBFS): four utterances, at least 0.8 s apart.
    x = samples_of(out) / 32768
    window = SAMPLE_RATE // 50
    n = len(x) // window
    loud = 20 * np.log10(np.sqrt((x[: n * window].reshape(n, window) ** 2).mean(1)) + 1e-12) > -40
    starts: list[int] = []
    ends: list[int] = []
    for i in np.flatnonzero(loud).tolist():
        if ends and i - ends[-1] < 30:  # quieter than 0.6 s: same utterance
            ends[-1] = i
        else:
            starts.append(i)
            ends.append(i)
    gaps_s = [(s - e - 1) / 50 for s, e in zip(starts[1:], ends[:-1], strict=True)]
    assert len(starts) == 4
    assert min(gaps_s) >= 0.8
    assert all(0.9 <= (e + 1 - s) / 50 <= 1.6 for s, e in zip(starts, ends, strict=True))
