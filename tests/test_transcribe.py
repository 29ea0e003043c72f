"""End to end: the real recording through a transcription session, and the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import run_ok
from openai_realtime import AsyncRealtimeClient, connect_realtime_transcription_session
from openai_realtime.audio import read_audio_file
from openai_realtime.server import LocalRealtimeServer, asr
from openai_realtime.transcribe import stream_and_transcribe

ROOT = Path(__file__).resolve().parent.parent
SPEECH = ROOT / "samples" / "speech.wav"
KEY = "sk-tr-test-KNOWN-1"  # no 8-letter spec word: keys are redacted process-wide
# Utterances in samples/speech.wav (samples/README.md): measured speech, in seconds.
UTTERANCES = [(0.52, 1.76), (2.92, 4.12), (5.18, 6.44), (7.36, 8.62)]


async def test_recording_yields_one_segment_per_utterance(server: LocalRealtimeServer) -> None:
    pcm = read_audio_file(SPEECH)
    async with AsyncRealtimeClient(api_key=KEY, api_base=server.base_url) as rest:
        secret = await rest.create_client_secret(
            session={
                "type": "transcription",
                "audio": {
                    "input": {
                        "transcription": {"model": "gpt-4o-transcribe"},
                        "turn_detection": {"type": "server_vad", "silence_duration_ms": 500},
                    }
                },
            }
        )
    events: list[str] = []
    async with connect_realtime_transcription_session(
        client_secret=secret.value, api_base=server.base_url
    ) as session:
        result = await stream_and_transcribe(
            session, pcm, speed=0, on_event=lambda e: events.append(e.type_)
        )
    assert events[0] == "session.created"
    assert len(result.segments) == len(UTTERANCES), result.segments
    for segment, (start, end) in zip(result.segments, UTTERANCES, strict=True):
        assert segment.start_ms is not None and segment.end_ms is not None
        # speech_started is padded by prefix_padding_ms (300 ms) before the first loud frame;
        # speech_stopped's audio_end_ms includes silence_duration_ms (500 ms), as the spec says.
        assert start * 1000 - 350 <= segment.start_ms <= start * 1000 + 50
        assert end * 1000 + 500 - 60 <= segment.end_ms <= end * 1000 + 500 + 60
        assert segment.transcript, segment
    assert events.count("conversation.item.input_audio_transcription.delta") >= len(UTTERANCES)


async def test_speech_running_to_the_end_is_committed(server: LocalRealtimeServer) -> None:
    """Cut the recording in the middle of the last utterance: the client commits it."""
    pcm = read_audio_file(SPEECH)
    cut = pcm[: int(8.0 * 24_000) * 2]
    async with connect_realtime_transcription_session(
        api_key=KEY, api_base=server.base_url
    ) as session:
        await session.set_configuration(
            {"audio": {"input": {"transcription": {"model": "gpt-4o-transcribe"}}}}
        )
        result = await stream_and_transcribe(session, cut, speed=0)
    assert len(result.segments) == 4
    assert all(s.transcript for s in result.segments)


def test_cli_transcribe_local() -> None:
    env = dict(os.environ, COLUMNS="120")
    env.pop("OPENAI_API_KEY", None)
    command = [sys.executable, "-m", "openai_realtime.cli", "transcribe", str(SPEECH)]
    out = run_ok([*command, "--local", "--speed", "0"], timeout=120, env=env, cwd=ROOT).stdout
    assert "client secret minted over REST" in out
    assert out.count("speech started") == 4
    if asr.available():  # the server recognises the words (tests/test_asr.py has the WER)
        assert "transcript front left" in out
        assert "transcript front right" in out
        assert "transcript front center" in out
    else:
        assert out.count("transcript [speech segment") == 4, "server text must not be eaten"
    assert "server error" not in out, "the answer to the client's own final commit is not news"
    assert "48000 Hz" in out
    assert "Done: 4 speech segment(s), 4 transcript(s)" in out
    assert "ek_" not in out and "sk-local-" not in out


def test_cli_reports_a_missing_file_clearly() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "openai_realtime.cli", "transcribe", "no/such.wav", "--local"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2  # a usage error: the file the user gave
    assert "no such file: no/such.wav" in proc.stderr
