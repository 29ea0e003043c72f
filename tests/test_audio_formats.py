"""The audio-format table (openai_realtime.audio_formats) and the helpers built on it: every
format's rate, bytes per ms and names round trip through every place that speaks them (the
beta dialect conversion, protocol.audio_format, the local server); load_input_audio reads a
file for each input format; the output tracker follows formats per session and response."""

from __future__ import annotations

import base64
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from openai_realtime import dialect, protocol
from openai_realtime.audio import (
    AudioFileError,
    decode_g711_alaw,
    decode_g711_ulaw,
    decode_realtime_audio,
    encode_realtime_audio,
    load_input_audio,
    read_audio_file,
)
from openai_realtime.audio_formats import (
    AUDIO_FORMATS,
    audio_bytes_per_ms,
    audio_format_rate,
    audio_format_spec,
    beta_audio_format,
    configured_audio_format,
    format_by_name,
    normalize_audio_format,
)
from openai_realtime.output_audio import OutputAudioTracker
from openai_realtime.server import sessions as server_sessions
from openai_realtime.server.audio import AudioFormat

#: What the Realtime API documents for each format (GA type -> beta name, rate Hz, bytes/ms).
DOCUMENTED = {
    "audio/pcm": ("pcm16", "pcm", 24_000, 48),
    "audio/pcmu": ("g711_ulaw", "pcmu", 8_000, 8),
    "audio/pcma": ("g711_alaw", "pcma", 8_000, 8),
}


def test_the_table_holds_the_three_formats_the_api_documents() -> None:
    assert sorted(AUDIO_FORMATS) == sorted(DOCUMENTED)


@pytest.mark.parametrize("ga_type", sorted(DOCUMENTED))
def test_every_format_has_its_documented_rate_size_and_names(ga_type: str) -> None:
    beta, short, rate, per_ms = DOCUMENTED[ga_type]
    spec = audio_format_spec(ga_type)
    assert (spec.type, spec.beta_name, spec.short_name) == (ga_type, beta, short)
    assert (spec.sample_rate, spec.bytes_per_ms) == (rate, per_ms)
    for name in (ga_type, beta, short, beta.upper()):
        assert normalize_audio_format(name) == ga_type
        assert audio_format_rate(name) == rate
        assert audio_bytes_per_ms(name) == per_ms
    ga_object = spec.ga_object()
    assert ga_object["type"] == ga_type and ga_object.get("rate", rate) == rate
    assert normalize_audio_format(ga_object) == ga_type
    # beta name <-> GA object, in the client's dialect conversion and in the local server
    assert beta_audio_format(ga_object) == beta
    assert server_sessions.beta_format(ga_object) == beta
    assert server_sessions.ga_format(beta, "input_audio_format") == ga_object
    ga_session = dialect.beta_session_to_ga({"input_audio_format": beta})
    assert ga_session["audio"]["input"]["format"] == ga_object
    beta_update = dialect.to_beta(
        {"type": "session.update", "session": {"audio": {"output": {"format": ga_object}}}}
    )
    assert beta_update["session"]["output_audio_format"] == beta
    # protocol's shorthand and the server's decoder agree with the table
    for name in (ga_type, beta, short):
        assert protocol.audio_format(name) == ga_object
    server_format = AudioFormat.from_session(ga_object)
    assert (server_format.encoding, server_format.sample_rate) == (spec.codec, rate)
    assert server_format.bytes_per_sample == spec.sample_width
    assert configured_audio_format({"audio": {"input": {"format": ga_object}}}, "input") == ga_type
    assert configured_audio_format({"output_audio_format": beta}) == ga_type


def test_unknown_formats_are_refused_where_names_are_checked() -> None:
    for bad in ("mp3", "audio/opus", ""):
        with pytest.raises(ValueError, match="unknown audio format"):
            audio_format_spec(bad)
        with pytest.raises(ValueError, match="unknown audio format"):
            protocol.audio_format(bad)
        assert format_by_name(bad) is None
    with pytest.raises(ValueError, match="24000 Hz"):
        audio_format_spec({"type": "audio/pcm", "rate": 16000})
    with pytest.raises(server_sessions.BetaFormatError, match="pcm16"):
        server_sessions.ga_format("audio/pcm", "input_audio_format")  # beta takes beta names
    assert format_by_name("PCM16", beta_only=True) is None
    assert beta_audio_format({"type": "audio/opus"}) == "pcm16"  # the default format
    assert AudioFormat.from_session(None) == AudioFormat("pcm16", 24_000)


def test_wire_audio_round_trips_through_each_format() -> None:
    ramp = np.linspace(-30000, 30000, 800).astype("<i2").tobytes()
    assert encode_realtime_audio(ramp, "audio/pcm") == ramp
    assert decode_realtime_audio(encode_realtime_audio(ramp, "pcmu"), "pcmu") == decode_g711_ulaw(
        encode_realtime_audio(ramp, "audio/pcmu")
    )
    for name, decode in (("g711_ulaw", decode_g711_ulaw), ("g711_alaw", decode_g711_alaw)):
        coded = encode_realtime_audio(ramp, name)
        assert len(coded) == len(ramp) // 2  # one byte a sample
        assert decode_realtime_audio(coded, name) == decode(coded)
    with pytest.raises(ValueError, match="even number"):
        encode_realtime_audio(b"\x00", "audio/pcm")


@pytest.fixture(scope="module")
def tone_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Half a second of a 440 Hz tone, stereo, at 44.1 kHz (neither wire rate)."""
    path = tmp_path_factory.mktemp("load") / "tone.wav"
    t = np.arange(22_050) / 44_100
    signal = 0.4 * np.sin(2 * np.pi * 440 * t)
    sf.write(path, np.stack([signal, signal], axis=1), 44_100, subtype="PCM_16")
    return path


@pytest.mark.parametrize("ga_type", sorted(DOCUMENTED))
def test_load_input_audio_codes_the_file_in_the_input_format(tone_file: Path, ga_type: str) -> None:
    data, bytes_per_ms = load_input_audio(tone_file, ga_type)
    spec = audio_format_spec(ga_type)
    assert bytes_per_ms == spec.bytes_per_ms
    assert len(data) / bytes_per_ms == pytest.approx(500, abs=1)  # the file's duration in ms
    pcm = read_audio_file(tone_file, target_rate=spec.sample_rate)
    assert data == encode_realtime_audio(pcm, ga_type)
    beta_data, _ = load_input_audio(str(tone_file), spec.beta_name)
    assert beta_data == data


def test_load_input_audio_errors(tmp_path: Path, tone_file: Path) -> None:
    with pytest.raises(AudioFileError, match="no such file"):
        load_input_audio(tmp_path / "missing.wav", "audio/pcm")
    with pytest.raises(ValueError, match="unknown audio format"):
        load_input_audio(tone_file, "audio/mp3")


def test_the_output_tracker_follows_session_then_response_formats() -> None:
    def delta(item: str, response: str, data: bytes) -> dict[str, object]:
        return {
            "type": "response.output_audio.delta",
            "item_id": item,
            "response_id": response,
            "content_index": 0,
            "delta": base64.b64encode(data).decode(),
        }

    tracker = OutputAudioTracker()
    assert tracker.format_for(None) == "audio/pcm"  # nothing said otherwise
    tracker.observe({"type": "session.updated", "session": {"output_audio_format": "g711_ulaw"}})
    tracker.observe(
        {
            "type": "response.created",
            "response": {"id": "resp_2", "audio": {"output": {"format": {"type": "audio/pcma"}}}},
        }
    )
    first, data = tracker.delta(delta("item_1", "resp_1", b"\x01\x02\x03"))
    second, _ = tracker.delta(delta("item_2", "resp_2", b"\x04"))
    assert (first.format, second.format, data) == ("audio/pcmu", "audio/pcma", b"\x01\x02\x03")
    first.received_bytes += len(data)
    assert (first.received_samples, first.rate) == (3, 8_000)  # one byte a G.711 sample
    tracker.set_session_format("audio/pcm")  # an item keeps the format it started with
    assert tracker.delta(delta("item_1", "resp_1", b""))[0].format == "audio/pcmu"
    assert tracker.done({"type": "response.output_audio.done", "item_id": "item_1"}) is first
    assert first.done and tracker.done({"item_id": "unknown"}) is None
    with pytest.raises(ValueError, match="item_id"):
        tracker.delta({"type": "response.output_audio.delta", "delta": ""})
    with pytest.raises(KeyError, match="item_9"):
        tracker.item("item_9")
    assert OutputAudioTracker("pcma").format_for("resp_2") == "audio/pcma"  # fixed format
