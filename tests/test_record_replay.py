"""Record a session (``record_to=``) with the local server, then replay it (server/replay.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openai_realtime import (
    AsyncRealtimeClient,
    connect_realtime_session,
    connect_realtime_transcription_session,
)
from openai_realtime.audio import read_audio_file
from openai_realtime.errors import ConnectionClosedError
from openai_realtime.recording import (
    REDACTED,
    RecordingError,
    RecordingWriter,
    read_recording,
    redact_text,
)
from openai_realtime.server import LocalRealtimeServer
from openai_realtime.server.replay import ReplayServer
from openai_realtime.transcribe import stream_and_transcribe

KEY = "sk-record-test-SECRET-0123456789"


async def conversation(base_url: str, api_key: str, *, text: str = "hello", **kw: Any) -> str:
    """The client under test: one text turn, returns the answer."""
    async with connect_realtime_session(
        "gpt-realtime", api_key=api_key, api_base=base_url, **kw
    ) as session:
        await session.set_configuration(output_modalities=["text"])
        await session.wait_for("session.updated", timeout=10)
        await session.add_item(role="user", text=text)
        await session.request_response()
        done = await session.wait_for("response.done", timeout=10)
    return str(done.response.to_dict()["output"][0]["content"][0]["text"])


async def test_record_then_replay_round_trip(server: LocalRealtimeServer, tmp_path: Path) -> None:
    path = tmp_path / "session.jsonl"
    answer = await conversation(server.base_url, KEY, record_to=path)
    assert answer == "Local server reply to: hello"
    [recorded] = read_recording(path)
    sources = [(f.source, f.type) for f in recorded.frames]
    # Client frames are recorded when sent, server frames when the client reads them: the
    # order is what the client saw (it sent session.update before it read session.created).
    assert next(s for s in sources if s[0] == "server") == ("server", "session.created")
    assert ("client", "session.update") in sources
    assert ("client", "response.create") in sources
    assert (
        sources[-1] == ("server", "rate_limits.updated") or ("server", "response.done") in sources
    )
    assert recorded.closed is not None and recorded.closed[0] == 1000
    times = [f.t for f in recorded.frames]
    assert times == sorted(times) and times[-1] > 0

    with ReplayServer(path) as replay:
        # Any key: a recording carries no credentials, the replay asks for none.
        again = await conversation(replay.base_url, "sk-anything-at-all")
        replay.check()
    assert again == answer


async def test_replay_reports_a_client_that_differs(
    server: LocalRealtimeServer, tmp_path: Path
) -> None:
    path = tmp_path / "session.jsonl"
    await conversation(server.base_url, KEY, record_to=path)
    with ReplayServer(path, client_timeout_s=2) as replay:
        async with connect_realtime_session(
            "gpt-realtime", api_key="sk-x-123456", api_base=replay.base_url
        ) as session:
            await session.request_response()  # the recording has session.update here
            error = await session.wait_for("error", timeout=5)
            assert error.error.code == "replay_mismatch"
            assert "'response.create' where the recording has 'session.update'" in (
                error.error.message
            )
            with pytest.raises(ConnectionClosedError) as closed:
                await session.recv(timeout=5)
            assert closed.value.code == 1008
        with pytest.raises(AssertionError, match=r"frame \d: event 'response.create'"):
            replay.check()


async def test_replay_compares_shapes_not_values(
    server: LocalRealtimeServer, tmp_path: Path
) -> None:
    path = tmp_path / "session.jsonl"
    await conversation(server.base_url, KEY, text="hello", record_to=path)
    with ReplayServer(path) as replay:
        # Other words, same shape: matches (the replayed answer is the recorded one).
        assert await conversation(replay.base_url, "k", text="bonjour") == (
            "Local server reply to: hello"
        )
        replay.check()
    with ReplayServer(path, client_timeout_s=2) as replay:
        async with connect_realtime_session(
            "gpt-realtime", api_key="k", api_base=replay.base_url
        ) as session:
            await session.set_configuration(output_modalities=["text"], instructions="x")
            error = await session.wait_for("error", timeout=5)
        assert "keys differ: unexpected ['instructions']" in error.error.message
        assert replay.mismatches


async def test_recordings_redact_secrets(server: LocalRealtimeServer, tmp_path: Path) -> None:
    path = tmp_path / "secret.jsonl"
    async with AsyncRealtimeClient(api_key=KEY, api_base=server.base_url) as rest:
        minted = await rest.mint_client_secret({"type": "realtime", "model": "gpt-realtime"})
    async with connect_realtime_session(
        client_secret=minted.value, api_base=server.base_url, record_to=path
    ) as session:
        await session.add_item(role="user", text=f"my key is {KEY} and {minted.value}")
        await session.wait_for("conversation.item.done", timeout=10)
    text = path.read_text("utf-8")
    assert KEY not in text and minted.value not in text
    assert "sk-record" not in text and "ek_" not in text
    assert f"my key is {REDACTED} and {REDACTED}" in text


def test_redaction_shapes() -> None:
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"
    out = redact_text(f"a sk-proj-abcdefgh b ek_abcdef123 c Bearer {jwt} d mine", ["mine"])
    assert out == f"a {REDACTED} b {REDACTED} c Bearer {REDACTED} d {REDACTED}"


def test_bad_recordings_are_refused_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"connection": 0, "t": 0, "from": "server", "event": {}}\n')
    with pytest.raises(RecordingError, match=r"bad.jsonl:1: frame of connection 0 before"):
        read_recording(path)
    path.write_text("not json\n")
    with pytest.raises(RecordingError, match=r":1: not JSON"):
        read_recording(path)
    path.write_text("")
    with pytest.raises(RecordingError, match="no recorded connection"):
        read_recording(path)
    with RecordingWriter(path) as writer:
        n = writer.open_connection("wss://x/v1/realtime?model=m", "conversation")
        writer.frame(n, "sideways", "{}")  # type: ignore[arg-type]
    with pytest.raises(RecordingError, match=":2: 'from' must be"):
        read_recording(path)
    with RecordingWriter(path) as writer:
        n = writer.open_connection("wss://x", None)
        writer.frame(n, "server", "plain text")
        writer.frame(n, "server", b"\x00\x01")
        writer.frame(n, "client", json.dumps({"type": "x"}))
        writer.closed(n, None)
    [conn] = read_recording(path)
    assert conn.frames[0].text == "plain text"
    assert conn.frames[1].binary == b"\x00\x01"
    assert conn.frames[2].type == "x"
    assert conn.closed == (1006, "")


ROOT = Path(__file__).resolve().parent.parent


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, COLUMNS="200")
    env.pop("OPENAI_API_KEY", None)
    return subprocess.run(
        [sys.executable, "-m", "openai_realtime.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )


async def test_cli_record_then_replay_a_transcription(tmp_path: Path) -> None:
    """``transcribe --record`` (real speech through the local server), then the same client
    code against the recording: the words come back from the replay, the client matches."""
    path = tmp_path / "transcribe.jsonl"
    proc = _cli(
        "transcribe", "samples/speech.wav", "--local", "--speed", "0", "--record", str(path)
    )
    assert proc.returncode == 0, proc.stderr + proc.stdout
    text = path.read_text("utf-8")
    assert "ek_" not in text and "sk-local-" not in text  # the minted secret and the key
    recorded = read_recording(path)
    transcripts = [
        f.event["transcript"]
        for f in recorded[0].frames
        if f.type == "conversation.item.input_audio_transcription.completed" and f.event
    ]
    assert len(transcripts) == 4
    pcm = read_audio_file(ROOT / "samples" / "speech.wav")
    with ReplayServer(path) as replay:
        async with connect_realtime_transcription_session(
            api_key="sk-unused-123456", api_base=replay.base_url
        ) as session:
            result = await stream_and_transcribe(session, pcm, speed=0)
        replay.check()
    assert [s.transcript for s in result.segments] == transcripts


def test_cli_replay_refuses_a_bad_recording(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("{not json\n")
    proc = _cli("server", "--replay", str(path))
    assert proc.returncode != 0
    assert "not JSON" in proc.stderr + proc.stdout
    assert "Traceback" not in proc.stderr
