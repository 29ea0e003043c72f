"""Speech recognition in the local server (server/asr.py): real words from real recordings.

The word error rate (WER) on the two redistributable recordings in ``samples/`` and the
recogniser's real-time factor (RTF) are printed (run with ``-s`` or read the ``-rA`` summary):
``.venv/bin/pytest tests/test_asr.py -s -k wer``. The thresholds below only catch a broken
recogniser (a WER that random words would give); the figures themselves are the measurement.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import transcription_audio
from openai_realtime import connect_realtime_session, connect_realtime_transcription_session
from openai_realtime.audio import read_audio_file
from openai_realtime.server import LocalRealtimeServer, ServerConfig, asr
from openai_realtime.server.asr import Recognition, Word, word_error_rate
from openai_realtime.server.config import DEFAULT_API_KEY
from openai_realtime.server.realtime import RealtimeConnection

ROOT = Path(__file__).resolve().parent.parent
SPEECH = ROOT / "samples" / "speech.wav"
SPEECH_WORDS = "front left front right front center rear left"
LIBRIVOX = sorted((ROOT / "samples" / "librivox").glob("*.wav"))
KEY = "sk-asr-test-KNOWN"

needs_asr = pytest.mark.skipif(
    not asr.available(), reason="pocketsphinx/soxr not installed (the [server] extra)"
)


def _transcripts(events: list[Any]) -> list[str]:
    return [
        e.transcript
        for e in events
        if e.type_ == "conversation.item.input_audio_transcription.completed"
    ]


def test_word_error_rate_counts_levenshtein_words() -> None:
    assert word_error_rate("front left", "front left") == (0.0, 0, 2)
    assert word_error_rate("front left", "Front, LEFT!") == (0.0, 0, 2)
    assert word_error_rate("rear left", "we're left") == (0.5, 1, 2)
    assert word_error_rate("a b c", "a c") == (pytest.approx(1 / 3), 1, 3)  # deletion
    assert word_error_rate("a b", "a x b y") == (1.0, 2, 2)  # insertions


@needs_asr
async def test_wer_on_speech_wav_through_the_server(server: LocalRealtimeServer) -> None:
    """samples/speech.wav streamed over a transcription session with server VAD."""
    pcm = read_audio_file(SPEECH)
    async with connect_realtime_transcription_session(
        api_key=KEY, api_base=server.base_url
    ) as session:
        await session.set_configuration(transcription_audio("whisper-1", 500))
        began = time.perf_counter()
        await session.append_audio(pcm + bytes(24_000))  # + 0.5 s: the last turn ends
        events = []
        while len(_transcripts(events)) < 4:
            events.append(await session.recv(timeout=60))
        elapsed = time.perf_counter() - began
    heard = " ".join(_transcripts(events))
    wer, errors, words = word_error_rate(SPEECH_WORDS, heard)
    print(
        f"\nWER samples/speech.wav: {wer:.1%} ({errors}/{words} words), heard {heard!r}; "
        f"{elapsed:.2f} s through the server for 9.15 s of audio"
    )
    for done in (e for e in events if e.type_.endswith("input_audio_transcription.completed")):
        deltas = [
            e.delta
            for e in events
            if e.type_.endswith("input_audio_transcription.delta") and e.item_id == done.item_id
        ]
        assert "".join(deltas) == done.transcript
        # whisper-1 reports whole seconds, rounded up (real-traffic: "seconds": 2)
        assert done.usage.type_ == "duration" and done.usage.seconds in (2, 3)
    assert wer <= 0.5, heard


@needs_asr
async def test_wer_and_rtf_on_librivox_recordings(server: LocalRealtimeServer) -> None:
    """LibriVox public-domain recordings (samples/librivox/README.md), each committed by
    hand; the RTF is the recogniser's own (decode time / audio time) in its worker."""
    assert len(LIBRIVOX) == 5
    refs, hyps = [], []
    async with connect_realtime_transcription_session(
        api_key=KEY, api_base=server.base_url
    ) as session:
        await session.set_configuration(
            transcription_audio(
                "whisper-1", None, include=["item.input_audio_transcription.logprobs"]
            )
        )
        for path in LIBRIVOX:
            await session.append_audio(read_audio_file(path))
            await session.commit_audio()
            done = await session.wait_for(
                "conversation.item.input_audio_transcription.completed", timeout=60
            )
            refs.append(path.with_suffix(".txt").read_text("utf-8"))
            hyps.append(done.transcript)
            logprobs = done.to_dict()["logprobs"]
            assert [p["token"] for p in logprobs] == [
                (" " if i else "") + w for i, w in enumerate(done.transcript.split())
            ]
            assert all(p["logprob"] <= 0 for p in logprobs)
    wer, errors, words = word_error_rate(" ".join(refs), " ".join(hyps))
    # The real-time factor, measured in this process on the same files (same decoder).
    decode_s = audio_s = 0.0
    for path in LIBRIVOX:
        pcm = np.frombuffer(read_audio_file(path), dtype="<i2")
        result = asr.recognize(pcm, 24_000)
        decode_s += result.cpu_s
        audio_s += result.audio_s
    print(
        f"\nWER samples/librivox (5 recordings, LibriVox, public domain): {wer:.1%} "
        f"({errors}/{words} words)"
    )
    for ref, hyp in zip(refs, hyps, strict=True):
        print(f"  ref {ref.strip()!r}\n  hyp {hyp!r}")
    print(f"RTF pocketsphinx: {decode_s / audio_s:.3f} ({decode_s:.2f} s for {audio_s:.2f} s)")
    assert wer <= 0.6


@needs_asr
async def test_the_answer_uses_the_recognised_words(server: LocalRealtimeServer) -> None:
    """A conversation turn spoken (server VAD): the transcript and the model's answer carry
    the words, and the answer starts after the words are known."""
    pcm = read_audio_file(SPEECH)[: int(2.4 * 24_000) * 2]  # "front left"
    async with connect_realtime_session("gpt-realtime", api_key=KEY, api_base=server.base_url) as s:
        await s.set_configuration(
            output_modalities=["text"], transcription={"model": "gpt-4o-transcribe"}
        )
        await s.append_audio(pcm + bytes(48_000))
        done = await s.wait_for("response.done", timeout=60)
    text = done.response.to_dict()["output"][0]["content"][0]["text"]
    assert text == "Local server reply to: front left"


# --------------------------------------------------------------------------- bounds, no I/O


class StuckRecognizer:
    """A recogniser whose results never arrive (or arrive when the test says so)."""

    def __init__(self) -> None:
        self.futures: list[concurrent.futures.Future[Recognition]] = []

    def submit(self, samples: Any, sample_rate: int) -> concurrent.futures.Future[Recognition]:
        future: concurrent.futures.Future[Recognition] = concurrent.futures.Future()
        self.futures.append(future)
        return future

    def warm(self) -> None:
        pass

    def close(self) -> None:
        pass


def _commit(conn: RealtimeConnection, ms: int) -> list[dict[str, Any]]:
    import base64

    t = np.arange(24 * ms) / 24_000
    pcm = (8000 * np.sin(2 * np.pi * 300 * t)).astype("<i2").tobytes()
    conn.receive_text(
        json.dumps({"type": "input_audio_buffer.append", "audio": base64.b64encode(pcm).decode()})
    )
    return conn.receive_text(json.dumps({"type": "input_audio_buffer.commit"}))


def _connection(recognizer: StuckRecognizer) -> RealtimeConnection:
    conn = RealtimeConnection(
        "transcription",
        {"audio": {"input": {"turn_detection": None}}},
        ServerConfig(),
        recognizer=recognizer,  # type: ignore[arg-type]
    )
    conn.open()
    return conn


def test_pending_recognitions_are_bounded() -> None:
    stuck = StuckRecognizer()
    conn = _connection(stuck)
    for _ in range(asr.MAX_PENDING_RECOGNITIONS):
        out = _commit(conn, 200)
        assert [e["type"] for e in out][-1] == "conversation.item.done"
    assert len(stuck.futures) == asr.MAX_PENDING_RECOGNITIONS
    out = _commit(conn, 200)  # one too many: described at once
    assert len(stuck.futures) == asr.MAX_PENDING_RECOGNITIONS
    assert out[-1]["type"] == "conversation.item.input_audio_transcription.completed"
    assert out[-1]["transcript"].startswith("[speech segment 0.20 s")
    # The first result arrives: its events come out, in order, the others still wait.
    stuck.futures[0].set_result(Recognition("hello", (Word("hello", 0.0, 0.2, 0.5),), 0.2, 0.01))
    out = conn.finish_recognitions()
    assert [e["type"] for e in out] == [
        "conversation.item.input_audio_transcription.delta",
        "conversation.item.input_audio_transcription.completed",
    ]
    assert out[-1]["transcript"] == "hello"
    assert conn.pending_recognition() is stuck.futures[1]
    # A recognition that takes too long is given up: described instead.
    out = conn.finish_recognitions(give_up=True)
    assert out[-1]["transcript"].startswith("[speech segment 0.20 s")
    assert stuck.futures[1].cancelled()


def test_audio_longer_than_the_limit_is_described_not_recognised() -> None:
    stuck = StuckRecognizer()
    conn = _connection(stuck)
    out = _commit(conn, asr.MAX_RECOGNITION_MS + 100)
    assert stuck.futures == []
    assert out[-1]["transcript"].startswith("[speech segment")


def test_a_response_waits_for_the_words() -> None:
    stuck = StuckRecognizer()
    conn = RealtimeConnection(
        "realtime",
        {"audio": {"input": {"turn_detection": None}}, "output_modalities": ["text"]},
        ServerConfig(),
        recognizer=stuck,  # type: ignore[arg-type]
    )
    conn.open()
    _commit(conn, 300)
    out = conn.receive_text(json.dumps({"type": "response.create"}))
    assert [e["type"] for e in out] == ["response.created"]  # at once, as at OpenAI
    assert conn.response_active
    assert conn.response_waits_for() is stuck.futures[0]
    assert conn.step() == []  # nothing streams before the words are known
    stuck.futures[0].set_result(Recognition("hi there", (), 0.3, 0.01))  # no words: described
    assert conn.response_waits_for() is None or conn.response_waits_for().done()
    batches = []
    while (batch := conn.step()) is not None:
        batches += batch
    assert batches[-2]["response"]["output"][0]["content"][0]["text"].startswith(
        "Local server reply to: [speech segment 0.30 s"
    )


async def test_a_stuck_recognition_does_not_stall_other_sessions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Recognition never blocks the event loop: with one session's recognition stuck, another
    session on the same server runs a whole response."""
    stuck = StuckRecognizer()
    monkeypatch.setattr("openai_realtime.server.app.shared_recognizer", lambda: stuck)
    with LocalRealtimeServer() as srv:
        async with connect_realtime_transcription_session(
            api_key=DEFAULT_API_KEY, api_base=srv.base_url
        ) as waiting:
            await waiting.set_configuration(
                {"audio": {"input": {"transcription": {"model": "whisper-1"}}}}
            )
            await waiting.append_audio(bytes(9600))
            await waiting.commit_audio()
            await waiting.wait_for("conversation.item.done", timeout=10)
            assert len(stuck.futures) == 1
            async with connect_realtime_session(
                "gpt-realtime", api_key=DEFAULT_API_KEY, api_base=srv.base_url
            ) as other:
                await other.add_item(role="user", text="still there?")
                await other.request_response(output_modalities=["text"])
                done = await other.wait_for("response.done", timeout=10)
                assert done.response.status == "completed"
            stuck.futures[0].set_result(Recognition("late", (Word("late", 0, 0.2, 1.0),), 0.2, 0))
            completed = await waiting.wait_for(
                "conversation.item.input_audio_transcription.completed", timeout=10
            )
            assert completed.transcript == "late"
            await asyncio.sleep(0)


def test_without_recognition_the_server_describes_segments() -> None:
    conn = RealtimeConnection(
        "transcription", {"audio": {"input": {"turn_detection": None}}}, ServerConfig()
    )
    conn.open()
    out = _commit(conn, 200)
    assert out[-1]["transcript"].startswith("[speech segment 0.20 s")


@needs_asr
def test_a_failed_worker_is_reported_and_restarted() -> None:
    """A request the worker refuses (a sample rate out of range) kills that worker: the
    future fails with RuntimeError (the server then describes the audio) and the next
    request gets a fresh worker."""
    recognizer = asr.Recognizer(workers=1)
    try:
        bad = recognizer.submit(np.zeros(100, np.int16), 500)
        with pytest.raises(RuntimeError, match="the speech worker exited"):
            bad.result(timeout=120)
        pcm = np.frombuffer(read_audio_file(LIBRIVOX[1]), dtype="<i2")
        good = recognizer.submit(pcm, 24_000).result(timeout=120)
        assert "young man" in good.text
        assert all(0 < w.prob <= 1 and w.end_s > w.start_s for w in good.words)
    finally:
        recognizer.close()


def test_a_closed_connection_cancels_its_queued_recognitions() -> None:
    stuck = StuckRecognizer()
    conn = _connection(stuck)
    _commit(conn, 200)
    _commit(conn, 200)
    conn.cancel_recognitions()
    assert all(f.cancelled() for f in stuck.futures)
    assert conn.pending_recognition() is None
