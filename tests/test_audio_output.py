"""OutputAudioCollector: the output audio of responses, per item and per response, checked
byte for byte against what the local server sent (through its message observers), written to
WAV and read back, in PCM and both G.711 formats."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
from conftest import Observed
from openai_realtime import RealtimeSession
from openai_realtime.audio import decode_g711_alaw, decode_g711_ulaw, decode_realtime_audio
from openai_realtime.audio_formats import (
    audio_format_rate,
    configured_audio_format,
    normalize_audio_format,
)
from openai_realtime.output_audio import OutputAudioCollector
from openai_realtime.server.audio import tone

KEY = "sk-audio-output-KNOWN-7"
AUDIO_MS = 500


pytestmark = pytest.mark.realtime_server(response_audio_ms=AUDIO_MS)


@pytest.fixture
async def session(session: RealtimeSession) -> RealtimeSession:
    """conftest's session, with no turn detection: nothing but our requests makes responses."""
    await session.set_configuration(turn_detection=None)
    await session.wait_for("session.updated", timeout=5)
    return session


async def _respond(session: RealtimeSession, **overrides: Any) -> Any:
    await session.request_response(output_modalities=["audio"], **overrides)
    return await session.wait_for("response.done", timeout=10)


def _samples(pcm: bytes) -> np.ndarray:
    return np.frombuffer(pcm, dtype="<i2")


# ----------------------------------------------------------------------------- PCM, live


async def test_collects_exactly_the_bytes_the_server_sent(
    session: RealtimeSession, sent: Observed
) -> None:
    received: list[bytes] = []
    session.on("response.output_audio.delta", lambda e: received.append(base64.b64decode(e.delta)))
    collector = OutputAudioCollector().attach(session)
    done = await _respond(session)

    item_id = done.response.output[0].id
    assert collector.items == [item_id]
    assert collector.responses == [done.response.id]
    assert collector.items_of(done.response.id) == [item_id]
    assert collector.is_done(item_id)
    assert collector.format_of(item_id) == "audio/pcm"
    assert collector.content_index_of(item_id) == 0
    # byte for byte what the server put on the wire, and what the client's events carried
    assert collector.encoded(item_id) == sent.audio(item_id) == b"".join(received)
    assert collector.pcm(item_id) == sent.audio(item_id)
    assert collector.pcm() == collector.pcm(response_id=done.response.id) == sent.audio(item_id)
    assert collector.sample_rate == 24_000
    assert collector.duration_ms(item_id) == pytest.approx(AUDIO_MS)
    assert len(collector.pcm()) == 24 * AUDIO_MS * 2  # 24 samples/ms, 2 bytes/sample
    # the server's tone, sample for sample
    np.testing.assert_array_equal(_samples(collector.pcm()), tone(AUDIO_MS, 24_000))


async def test_write_wav_reads_back(session: RealtimeSession, tmp_path: Path) -> None:
    collector = OutputAudioCollector().attach(session)
    await _respond(session)
    path = tmp_path / "reply.wav"
    collector.write_wav(path)

    info = sf.info(str(path))
    assert (info.samplerate, info.channels, info.subtype, info.format) == (
        24_000,
        1,
        "PCM_16",
        "WAV",
    )
    data, rate = sf.read(str(path), dtype="int16")
    assert rate == 24_000
    np.testing.assert_array_equal(data, _samples(collector.pcm()))
    assert info.frames / rate * 1000 == pytest.approx(AUDIO_MS)


async def test_items_and_responses_are_kept_apart(
    session: RealtimeSession, sent: Observed, tmp_path: Path
) -> None:
    collector = OutputAudioCollector().attach(session)
    first = await _respond(session)
    second = await _respond(session)
    one, two = first.response.output[0].id, second.response.output[0].id

    assert collector.items == [one, two]
    assert collector.responses == [first.response.id, second.response.id]
    assert collector.pcm(one) == sent.audio(one)
    assert collector.pcm(response_id=second.response.id) == sent.audio(two)
    assert collector.pcm() == sent.audio(one) + sent.audio(two)
    assert collector.duration_ms() == pytest.approx(2 * AUDIO_MS)

    collector.write_wav(tmp_path / "two.wav", two)
    data, _ = sf.read(str(tmp_path / "two.wav"), dtype="int16")
    np.testing.assert_array_equal(data, _samples(sent.audio(two)))

    collector.detach()
    await _respond(session)
    assert collector.items == [one, two]  # detached: nothing more collected

    collector.clear()
    assert collector.items == [] and collector.pcm() == b"" and collector.duration_ms() == 0


# --------------------------------------------------------------------------- G.711, live


@pytest.mark.parametrize(
    ("fmt", "decode"), [("audio/pcmu", decode_g711_ulaw), ("audio/pcma", decode_g711_alaw)]
)
async def test_g711_output_follows_the_session_format(
    session: RealtimeSession, sent: Observed, tmp_path: Path, fmt: str, decode: Any
) -> None:
    collector = OutputAudioCollector().attach(session)  # format from the events
    resampled = OutputAudioCollector(rate=24_000).attach(session)
    await session.set_configuration(output_audio_format=fmt)
    await session.wait_for("session.updated", timeout=5)
    done = await _respond(session)
    item_id = done.response.output[0].id

    wire = sent.audio(item_id)
    assert len(wire) == 8 * AUDIO_MS  # 8 kHz, one byte a sample
    assert collector.format_of(item_id) == fmt
    assert collector.encoded(item_id) == wire
    assert collector.sample_rate == 8_000
    assert collector.pcm(item_id) == decode(wire)
    assert collector.duration_ms(item_id) == pytest.approx(AUDIO_MS)
    # decoded, it is the server's 8 kHz tone within G.711's quantisation error
    expected = tone(AUDIO_MS, 8_000).astype(np.int32)
    error = np.abs(_samples(collector.pcm()).astype(np.int32) - expected)
    assert error.max() <= max(16, int(np.abs(expected).max() * 0.07))

    collector.write_wav(tmp_path / "g711.wav")
    data, rate = sf.read(str(tmp_path / "g711.wav"), dtype="int16")
    assert rate == 8_000
    np.testing.assert_array_equal(data, _samples(decode(wire)))

    assert resampled.sample_rate == 24_000
    assert len(resampled.pcm()) == 24 * AUDIO_MS * 2
    assert resampled.duration_ms() == pytest.approx(AUDIO_MS)


async def test_per_response_format_override(session: RealtimeSession, sent: Observed) -> None:
    collector = OutputAudioCollector().attach(session)
    pcm_reply = await _respond(session)
    ulaw_reply = await _respond(session, output_audio_format="pcmu")
    pcm_item = pcm_reply.response.output[0].id
    ulaw_item = ulaw_reply.response.output[0].id

    assert collector.format_of(pcm_item) == "audio/pcm"
    assert collector.format_of(ulaw_item) == "audio/pcmu"
    assert collector.sample_rate == 24_000  # the first item's rate
    assert collector.pcm(pcm_item) == sent.audio(pcm_item)
    # the G.711 item is decoded, then resampled from 8 kHz to the collector's 24 kHz
    assert len(collector.pcm(ulaw_item)) == 24 * AUDIO_MS * 2
    assert collector.duration_ms() == pytest.approx(2 * AUDIO_MS)


async def test_explicit_format_is_fixed(session: RealtimeSession, sent: Observed) -> None:
    collector = OutputAudioCollector("g711_ulaw").attach(session)  # beta names work too
    await session.set_configuration(output_audio_format="pcmu")
    await session.wait_for("session.updated", timeout=5)
    done = await _respond(session)
    item_id = done.response.output[0].id
    assert collector.pcm(item_id) == decode_g711_ulaw(sent.audio(item_id))


# ------------------------------------------------------------------------ feed, offline


def _delta(item: str, data: bytes, response: str = "resp_1", index: int = 0) -> dict[str, Any]:
    return {
        "type": "response.output_audio.delta",
        "event_id": "event_1",
        "response_id": response,
        "item_id": item,
        "output_index": 0,
        "content_index": index,
        "delta": base64.b64encode(data).decode("ascii"),
    }


def test_feed_dicts_and_chunks_split_mid_sample() -> None:
    pcm = np.arange(-500, 500, dtype="<i2").tobytes()
    collector = OutputAudioCollector("audio/pcm")
    # deltas that split samples in the middle still join to the same bytes
    for start in range(0, len(pcm), 333):
        assert collector.feed(_delta("item_a", pcm[start : start + 333]))
    assert collector.feed({"type": "response.output_audio.done", "item_id": "item_a"})
    assert not collector.feed({"type": "response.output_text.delta", "delta": "hi"})
    assert collector.pcm("item_a") == pcm
    assert collector.is_done("item_a")
    assert collector.duration_ms("item_a") == pytest.approx(1000 / 24)  # 1000 samples

    collector.feed(_delta("item_b", b"\x01\x00\x02"))  # an odd byte count: half a sample
    assert collector.pcm("item_b") == b"\x01\x00"
    assert not collector.is_done("item_b")


def test_feed_errors_and_lookups() -> None:
    collector = OutputAudioCollector()
    with pytest.raises(ValueError, match="not valid base64"):
        collector.feed({**_delta("item_a", b""), "delta": "@@not base64@@"})
    with pytest.raises(ValueError, match="item_id"):
        collector.feed({**_delta("item_a", b""), "item_id": None})
    collector.feed(_delta("item_a", b"\x00\x00"))
    with pytest.raises(KeyError, match="item_x"):
        collector.pcm("item_x")
    with pytest.raises(KeyError, match="resp_x"):
        collector.duration_ms(response_id="resp_x")
    with pytest.raises(ValueError, match="not both"):
        collector.pcm("item_a", response_id="resp_1")
    with pytest.raises(ValueError, match="unknown audio format"):
        OutputAudioCollector("mp3")
    with pytest.raises(ValueError, match="rate"):
        OutputAudioCollector(rate=0)
    assert "1 item(s)" in repr(collector)


def test_feed_follows_session_and_response_formats() -> None:
    collector = OutputAudioCollector()
    ulaw = bytes(range(0, 256, 8))
    # a beta (Azure preview) session.updated names the format as a string
    collector.feed({"type": "session.updated", "session": {"output_audio_format": "g711_alaw"}})
    collector.feed(
        {
            "type": "response.created",
            "response": {"id": "resp_2", "audio": {"output": {"format": {"type": "audio/pcmu"}}}},
        }
    )
    collector.feed(_delta("item_u", ulaw, response="resp_2"))
    collector.feed(_delta("item_a", ulaw, response="resp_3"))
    assert collector.format_of("item_u") == "audio/pcmu"
    assert collector.format_of("item_a") == "audio/pcma"
    assert collector.pcm("item_u") == decode_g711_ulaw(ulaw)
    assert collector.pcm("item_a") == decode_g711_alaw(ulaw)
    assert collector.sample_rate == 8_000
    assert collector.duration_ms() == pytest.approx(2 * len(ulaw) / 8)


def test_format_helpers() -> None:
    assert normalize_audio_format("pcm16") == "audio/pcm"
    assert normalize_audio_format({"type": "audio/pcm", "rate": 24000}) == "audio/pcm"
    assert normalize_audio_format("G711_ULAW") == "audio/pcmu"
    with pytest.raises(ValueError, match="24000"):
        normalize_audio_format({"type": "audio/pcm", "rate": 16000})
    assert audio_format_rate("audio/pcma") == 8_000
    assert audio_format_rate("pcm") == 24_000
    assert configured_audio_format({"audio": {"input": {"format": {"type": "audio/pcmu"}}}}) is None
    assert (
        configured_audio_format({"audio": {"input": {"format": {"type": "audio/pcmu"}}}}, "input")
        == "audio/pcmu"
    )
    assert configured_audio_format({"input_audio_format": "g711_alaw"}, "input") == "audio/pcma"
    assert configured_audio_format(None) is None
    assert decode_realtime_audio(b"\x01\x02", "audio/pcm") == b"\x01\x02"
