"""session.metrics against the local server: token totals equal the usages the server sent,
latencies fall within the measured wall time, costs follow the price table (unknown -> None),
rate limits and input audio; OpenTelemetry spans through an in-memory exporter, no secret in
them; and nothing of OpenTelemetry is imported without the telemetry module."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import Observed, transcription_audio
from openai_realtime import RealtimeSession, connect_realtime_session
from openai_realtime import connect_realtime_transcription_session as connect_transcription
from openai_realtime.metrics import MAX_NAMES, SessionMetrics, TokenUsage
from openai_realtime.pricing import DEFAULT_PRICES, ModelPrice
from openai_realtime.server import LocalRealtimeServer
from openai_realtime.transcribe import stream_and_transcribe

KEY = "sk-metrics-KNOWN-SECRET-15"
#: A model whose every price is published (text, audio and image): costs are known.
MODEL = "gpt-realtime-1.5"
REAL_TRAFFIC = Path(__file__).resolve().parents[1].parent / "shared" / "real-traffic"


def tone_pcm(lead_s: float, tone_s: float, tail_s: float) -> bytes:
    """Silence, a loud 300 Hz tone (what the local server's VAD takes for speech), silence:
    24 kHz mono PCM16."""
    tone = 0.3 * np.sin(2 * np.pi * 300 * np.arange(int(tone_s * 24_000)) / 24_000)
    pad = (np.zeros(int(lead_s * 24_000)), tone, np.zeros(int(tail_s * 24_000)))
    return (np.concatenate(pad) * 32767).astype("<i2").tobytes()


@pytest.fixture
def session_model() -> str:
    return MODEL


def _sum_usages(usages: list[dict[str, Any]]) -> TokenUsage:
    total = TokenUsage()
    for usage in usages:
        total.add(TokenUsage.from_usage(usage))
    return total


async def _turn(session: RealtimeSession, text: str, modalities: list[str]) -> float:
    """One text turn; returns the wall time (ms) from before response.create to after
    response.done."""
    await session.add_item(role="user", text=text)
    started = time.perf_counter()
    await session.request_response(output_modalities=modalities)  # type: ignore[arg-type]
    await session.wait_for("response.done", timeout=10)
    return (time.perf_counter() - started) * 1000


# ----------------------------------------------------------------------- conversation


async def test_totals_equal_the_usages_the_server_sent(
    session: RealtimeSession, sent: Observed
) -> None:
    await _turn(session, "Hello there, how are you?", ["text"])
    await _turn(session, "Tell me something longer, please, about the weather.", ["audio"])
    await _turn(session, "And once more.", ["text"])
    for _ in range(3):  # one after each response.done (two were passed over and kept)
        await session.wait_for("rate_limits.updated", timeout=5)
    done = sent.of("response.done")
    assert len(done) == 3
    expected = _sum_usages([e["response"]["usage"] for e in done])
    metrics = session.metrics
    assert [r.response_id for r in metrics.responses] == [e["response"]["id"] for e in done]
    assert metrics.response_usage == expected
    assert metrics.usage_by_model[MODEL] == expected
    assert metrics.usage.total_tokens == sum(e["response"]["usage"]["total_tokens"] for e in done)
    assert metrics.usage.output_audio > 0 and metrics.usage.output_text > 0
    # Each response's own usage matches its response.done.
    for response, event in zip(metrics.responses, done, strict=True):
        assert response.usage == TokenUsage.from_usage(event["response"]["usage"])
        assert response.status == event["response"]["status"]
    # Rate limits: the latest rate_limits.updated the server sent.
    latest = {rl["name"]: rl for rl in sent.of("rate_limits.updated")[-1]["rate_limits"]}
    for name, entry in latest.items():
        got = metrics.rate_limits[name]
        assert (got.limit, got.remaining) == (entry["limit"], entry["remaining"])
        assert got.headroom == pytest.approx(entry["remaining"] / entry["limit"])
        assert got.min_remaining == entry["remaining"]  # spending only goes down


async def test_latencies_fall_within_the_measured_wall_time(session: RealtimeSession) -> None:
    text_wall = await _turn(session, "Say something short.", ["text"])
    audio_wall = await _turn(session, "Now say it aloud, a few words.", ["audio"])
    text, audio = session.metrics.responses
    for response, wall in ((text, text_wall), (audio, audio_wall)):
        assert response.trigger == "response.create"
        assert response.created_ms is not None and response.done_ms is not None
        assert 0 <= response.created_ms <= response.done_ms <= wall
        assert response.first_text_ms is not None  # text, or the audio transcript
        assert response.created_ms <= response.first_text_ms <= response.done_ms
        assert response.start_ns <= (response.end_ns or 0)
    assert text.first_audio_ms is None
    assert audio.first_audio_ms is not None
    assert audio.created_ms <= audio.first_audio_ms <= audio.done_ms  # type: ignore[operator]
    summary = session.metrics.to_dict()
    assert summary["latency_ms"]["done"]["count"] == 2
    assert summary["latency_ms"]["first_audio"]["count"] == 1
    assert summary["latency_ms"]["done"]["max"] <= max(text_wall, audio_wall)
    json.dumps(summary)  # plain data
    # Only the low-rate event types stay watched once every first delta has arrived.
    assert not any(t.endswith(".delta") for t in session.metrics.watch)


async def test_cost_follows_the_price_table_and_unknown_is_none(
    session: RealtimeSession,
) -> None:
    await _turn(session, "Hello, a short answer in audio please.", ["audio"])
    metrics = session.metrics
    usage = metrics.usage
    price = DEFAULT_PRICES[MODEL]
    expected = (
        (usage.input_text - usage.cached_text) * price.text_input  # type: ignore[operator]
        + usage.output_text * price.text_output  # type: ignore[operator]
        + (usage.input_audio - usage.cached_audio) * price.audio_input  # type: ignore[operator]
        + usage.output_audio * price.audio_output  # type: ignore[operator]
    ) / 1_000_000
    assert usage.output_audio > 0
    assert metrics.cost_usd == pytest.approx(expected)
    assert metrics.responses[-1].cost_usd == pytest.approx(expected)
    summary = metrics.to_dict()
    assert summary["prices"][MODEL]["source"].startswith("https://")
    # A user's own table: another price, or none for the model -> unknown, never a guess.
    metrics.prices = {MODEL: ModelPrice(text_input=1.0, text_output=1.0)}
    assert metrics.cost_usd is None  # audio tokens have no price in this table
    metrics.prices = {}
    assert metrics.cost_usd is None
    metrics.prices = {
        MODEL: ModelPrice(text_input=1.0, text_output=2.0, audio_input=3.0, audio_output=4.0)
    }
    assert metrics.cost_usd == pytest.approx(
        (usage.input_text + 2 * usage.output_text + 3 * usage.input_audio + 4 * usage.output_audio)
        / 1_000_000
    )


async def test_unknown_model_has_unknown_cost(server: LocalRealtimeServer) -> None:
    async with connect_realtime_session(
        "my-own-deployment", api_key=KEY, api_base=server.base_url
    ) as session:
        await session.wait_for("session.created", timeout=5)
        await _turn(session, "Hi.", ["text"])
        assert session.metrics.model == "my-own-deployment"
        assert session.metrics.usage.total_tokens > 0
        assert session.metrics.cost_usd is None
        assert session.metrics.responses[-1].cost_usd is None


async def test_speech_stopped_starts_the_turn_and_audio_is_counted(
    session: RealtimeSession,
) -> None:
    await session.set_configuration(
        output_modalities=["text"],
        turn_detection={"type": "server_vad", "silence_duration_ms": 300},
    )
    await session.wait_for("session.updated", timeout=5)
    pcm = tone_pcm(0.3, 0.8, 0.8)
    started = time.perf_counter()
    for offset in range(0, len(pcm), 4800):  # 100 ms chunks, unpaced
        await session.append_audio(pcm[offset : offset + 4800])
    await session.wait_for("response.done", timeout=10)
    wall = (time.perf_counter() - started) * 1000
    response = session.metrics.responses[-1]
    assert response.trigger == "speech_stopped"
    assert response.done_ms is not None and 0 < response.done_ms <= wall
    metrics = session.metrics
    assert metrics.input_audio_bytes == len(pcm)
    assert metrics.input_audio_ms == pytest.approx(len(pcm) / 48)
    assert metrics.input_audio_pace is not None and metrics.input_audio_pace > 1  # unpaced


# ----------------------------------------------------------------------- transcription


async def test_transcription_usage_and_latency(server: LocalRealtimeServer, sent: Observed) -> None:
    async with connect_transcription(api_key=KEY, api_base=server.base_url) as session:
        await session.wait_for("session.created", timeout=5)
        await session.set_configuration(transcription_audio("whisper-1", 300))
        await session.wait_for("session.updated", timeout=5)
        pcm = tone_pcm(0.3, 0.6, 0.6) + tone_pcm(0.1, 0.6, 0.6)
        started = time.perf_counter()
        result = await stream_and_transcribe(session, pcm, speed=8)
        wall = (time.perf_counter() - started) * 1000
    metrics = session.metrics
    completed = sent.of("conversation.item.input_audio_transcription.completed")
    assert len(completed) == len(metrics.transcriptions) == len(result.segments) >= 2
    assert metrics.transcription_model == "whisper-1"
    expected = _sum_usages([e["usage"] for e in completed])
    assert metrics.usage_by_model["whisper-1"] == expected
    assert expected.audio_seconds > 0
    assert metrics.cost_usd == pytest.approx(expected.audio_seconds / 60 * 0.006)
    for record in metrics.transcriptions:
        assert record.completed_ms is not None and 0 <= record.completed_ms <= wall
        assert record.first_delta_ms is not None and record.first_delta_ms <= record.completed_ms
    assert metrics.input_audio_ms == pytest.approx(len(pcm) / 48)
    assert metrics.input_audio_pace == pytest.approx(8, rel=0.5)
    assert metrics.closed


# --------------------------------------------------------------------------- pure parts


def test_usage_shapes_of_real_servers() -> None:
    if not REAL_TRAFFIC.is_dir():
        pytest.skip(f"real-traffic corpus not found at {REAL_TRAFFIC}")
    usages = []
    for name in ("ga.jsonl", "beta.jsonl"):
        for line in (REAL_TRAFFIC / name).read_text().splitlines():
            event = json.loads(line)
            if event.get("type") == "response.done" and event["response"].get("usage"):
                usages.append(event["response"]["usage"])
    assert usages
    for raw in usages:
        usage = TokenUsage.from_usage(raw)
        assert usage.input_tokens == raw["input_tokens"]
        assert usage.output_tokens == raw["output_tokens"]
        assert usage.total_tokens == raw["total_tokens"]
        details = raw.get("input_token_details")
        if details is None:  # no split by modality: the cost is unknown, not a guess
            assert usage.cost(DEFAULT_PRICES[MODEL]) is None
        else:
            assert usage.cached_tokens == details["cached_tokens"]
            assert usage.cost(DEFAULT_PRICES[MODEL]) is not None


def test_cached_audio_is_priced_as_cached() -> None:
    usage = TokenUsage.from_usage(
        {
            "input_tokens": 132,
            "output_tokens": 188,
            "total_tokens": 320,
            "input_token_details": {
                "text_tokens": 59,
                "audio_tokens": 73,
                "image_tokens": 0,
                "cached_tokens": 64,
                "cached_tokens_details": {"text_tokens": 0, "audio_tokens": 64, "image_tokens": 0},
            },
            "output_token_details": {"text_tokens": 41, "audio_tokens": 147},
        }
    )
    price = DEFAULT_PRICES[MODEL]
    assert usage.cost(price) == pytest.approx(
        (59 * 4.0 + 9 * 32.0 + 64 * 0.40 + 41 * 16.0 + 147 * 64.0) / 1_000_000
    )
    assert TokenUsage.from_usage(None).total_tokens == 0
    assert TokenUsage.from_usage({"type": "duration", "seconds": 3}).audio_seconds == 3.0
    assert TokenUsage().cost(None) is None
    # gpt-realtime's audio output price is not in the sources read: unknown, not a guess.
    assert usage.cost(DEFAULT_PRICES["gpt-realtime"]) is None
    assert TokenUsage(input_text=10, output_text=5).cost(DEFAULT_PRICES["gpt-realtime"]) == (
        pytest.approx((10 * 4.0 + 5 * 16.0) / 1_000_000)
    )


def test_rate_limit_minimum_and_odd_payloads() -> None:
    metrics = SessionMetrics()
    for remaining in (900, 500, 700):
        metrics.observe(
            "rate_limits.updated",
            {"rate_limits": [{"name": "tokens", "limit": 1000, "remaining": remaining}]},
        )
    limit = metrics.rate_limits["tokens"]
    assert (limit.remaining, limit.min_remaining, limit.headroom) == (700, 500, 0.7)
    # Odd payloads are skipped, never raised.
    metrics.observe("rate_limits.updated", {"rate_limits": [None, {"name": 3}]})
    metrics.observe("response.done", {"response": {"id": "resp_x", "usage": "nonsense"}})
    metrics.observe("response.done", {})
    assert len(metrics.responses) == 2 and metrics.usage.total_tokens == 0


def test_state_is_bounded_whatever_the_server_sends() -> None:
    metrics = SessionMetrics(max_kept=50)
    for n in range(MAX_NAMES * 3):
        metrics.observe("input_audio_buffer.speech_stopped", {})
        metrics.observe("response.created", {"response": {"id": f"resp_open_{n}"}})
        metrics.observe("session.updated", {"session": {"model": f"model-{n}"}})
        metrics.observe("response.done", {"response": {"id": f"resp_{n}", "usage": {}}})
        metrics.observe(
            "rate_limits.updated", {"rate_limits": [{"name": f"n{n}", "limit": 1, "remaining": 1}]}
        )
        metrics.observe("input_audio_buffer.committed", {"item_id": f"item_{n}"})
    for _ in range(500):
        metrics.response_requested()
    assert len(metrics.usage_by_model) <= MAX_NAMES + 1
    assert len(metrics.rate_limits) <= MAX_NAMES
    assert len(metrics.responses) == 50
    assert len(metrics._in_progress) <= 50 and len(metrics._triggers) <= 50
    assert sum(u.count for u in metrics.usage_by_model.values()) == MAX_NAMES * 3  # all counted


# ------------------------------------------------------------------------ OpenTelemetry


def test_no_opentelemetry_import_without_the_telemetry_module() -> None:
    code = (
        "import sys, asyncio\n"
        "import openai_realtime\n"
        "from openai_realtime import connect_realtime_session, metrics, pricing, session\n"
        "from openai_realtime import cli, transcribe\n"
        "m = metrics.SessionMetrics(); m.observe('error', {'error': {}}); m.close()\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] == 'opentelemetry')\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


@pytest.fixture
def otel() -> tuple[Any, Any]:
    """An in-memory span exporter and a tracer provider that exports to it."""
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return exporter, provider


async def test_spans_per_session_and_response_without_secrets(
    server: LocalRealtimeServer, otel: tuple[Any, Any]
) -> None:
    from openai_realtime import telemetry

    exporter, provider = otel
    telemetry.instrument(tracer_provider=provider)
    try:
        async with connect_realtime_session(
            MODEL, api_key=KEY, api_base=server.base_url
        ) as session:
            await session.wait_for("session.created", timeout=5)
            await _turn(session, "My secret word is PINEAPPLE, say hi.", ["audio"])
            await session.send({"type": "conversation.item.delete", "item_id": "no_such_item"})
            await session.wait_for("error", timeout=5)
            assert telemetry.is_instrumented()
    finally:
        telemetry.uninstrument()
    spans = exporter.get_finished_spans()
    by_name = {s.name: s for s in spans}
    assert set(by_name) == {f"realtime {MODEL}", f"chat {MODEL}"}
    root, chat = by_name[f"realtime {MODEL}"], by_name[f"chat {MODEL}"]
    assert chat.parent is not None and chat.parent.span_id == root.context.span_id
    response = session.metrics.responses[0]
    attrs = dict(chat.attributes or {})
    assert attrs["gen_ai.operation.name"] == "chat"
    assert attrs["gen_ai.provider.name"] == "openai"
    assert attrs["gen_ai.request.model"] == MODEL
    assert attrs["gen_ai.response.id"] == response.response_id
    assert attrs["gen_ai.response.finish_reasons"] == ("completed",)
    assert attrs["gen_ai.conversation.id"] == session.session_id
    assert attrs["gen_ai.usage.input_tokens"] == response.usage.input_tokens
    assert attrs["gen_ai.usage.output_tokens"] == response.usage.output_tokens
    assert attrs["openai_realtime.usage.output_audio_tokens"] == response.usage.output_audio
    assert attrs["openai_realtime.cost_usd"] == pytest.approx(response.cost_usd)
    assert attrs["openai_realtime.latency.first_audio_ms"] == response.first_audio_ms
    assert attrs["server.address"] == "127.0.0.1"
    assert chat.start_time == response.start_ns and chat.end_time == response.end_ns
    assert {e.name for e in chat.events} == {
        "openai_realtime.first_audio_delta",
        "openai_realtime.first_text_delta",
    }
    root_attrs = dict(root.attributes or {})
    assert root_attrs["openai_realtime.responses"] == 1
    assert root_attrs["gen_ai.usage.output_tokens"] == response.usage.output_tokens
    assert "openai_realtime.rate_limit.tokens.remaining" in root_attrs
    errors = [e for e in root.events if e.name == "openai_realtime.error"]
    assert len(errors) == 1 and errors[0].attributes["error.type"] == "invalid_request_error"
    assert "openai_realtime.error.message" not in errors[0].attributes
    # No secret and no user content anywhere in what was exported.
    dump = "\n".join(s.to_json() for s in spans)
    assert KEY not in dump and KEY[:12] not in dump
    assert "PINEAPPLE" not in dump


async def test_capture_content_is_opt_in(
    server: LocalRealtimeServer, otel: tuple[Any, Any]
) -> None:
    from openai_realtime import telemetry

    exporter, provider = otel
    async with connect_realtime_session(MODEL, api_key=KEY, api_base=server.base_url) as session:
        telemetry.trace_session(session, tracer_provider=provider, capture_content=True)
        await session.wait_for("session.created", timeout=5)
        await _turn(session, "Hello.", ["text"])
        await session.send({"type": "conversation.item.delete", "item_id": "no_such_item"})
        await session.wait_for("error", timeout=5)
    spans = {s.name: s for s in exporter.get_finished_spans()}
    chat = spans[f"chat {MODEL}"]
    messages = json.loads(str((chat.attributes or {})["gen_ai.output.messages"]))
    assert messages[0]["role"] == "assistant" and messages[0]["parts"][0]["content"]
    root = spans[f"realtime {MODEL}"]
    error = next(e for e in root.events if e.name == "openai_realtime.error")
    assert "no_such_item" in str(error.attributes["openai_realtime.error.message"])
    dump = "\n".join(s.to_json() for s in spans.values())
    assert KEY not in dump


# --------------------------------------------------------------------------------- CLI

CLI = [sys.executable, "-m", "openai_realtime.cli"]
SPEECH = Path(__file__).resolve().parents[1] / "samples" / "speech.wav"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc


def test_chat_json_ends_with_the_metrics_of_what_the_server_sent() -> None:
    proc = _cli("chat", "--local", "--json", "Hello there.", "And a second question?")
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    last = lines[-1]
    assert last["type"] == "openai_realtime.metrics"
    metrics = last["metrics"]
    done = [e for e in lines if e["type"] == "response.done"]
    assert metrics["responses"] == len(done) == 2
    expected = _sum_usages([e["response"]["usage"] for e in done])
    assert metrics["usage"] == expected.to_dict()
    assert metrics["cost_usd"] == pytest.approx(expected.cost(DEFAULT_PRICES["gpt-realtime"]))
    assert metrics["latency_ms"]["first_text"]["count"] == 2
    assert metrics["rate_limits"]["tokens"]["remaining"] > 0


def test_chat_and_transcribe_print_the_summary() -> None:
    proc = _cli("chat", "--local", "Hello there.")
    assert "cost: $" in proc.stdout and "first text" in proc.stdout
    assert "rate limits left: requests 4999/5000" in proc.stdout
    proc = _cli("transcribe", str(SPEECH), "--local", "--speed", "0", "--json")
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert lines[-1]["type"] == "openai_realtime.metrics"
    metrics = lines[-1]["metrics"]
    completed = [
        e for e in lines if e["type"] == "conversation.item.input_audio_transcription.completed"
    ]
    assert metrics["transcriptions"] == len(completed) > 0
    expected = _sum_usages([e["usage"] for e in completed])
    assert metrics["usage"] == expected.to_dict()
    assert expected.input_audio > 0  # gpt-4o-transcribe: token usage, priced per token
    assert metrics["cost_usd"] == pytest.approx(expected.cost(DEFAULT_PRICES["gpt-4o-transcribe"]))
    assert metrics["input_audio"]["ms"] > 9000


async def test_reconnects_are_counted_and_traced(
    server: LocalRealtimeServer, otel: tuple[Any, Any]
) -> None:
    from openai_realtime import ReconnectPolicy, SessionReconnected, telemetry
    from openai_realtime.server import FaultPlan

    exporter, provider = otel
    server.set_faults(FaultPlan(close_after_events=1, close_code=1011))
    session = await connect_realtime_session(
        MODEL,
        api_key=KEY,
        api_base=server.base_url,
        reconnect=ReconnectPolicy(initial_delay=0.01, max_attempts=3),
    )
    telemetry.trace_session(session, tracer_provider=provider)
    try:
        try:
            # The server reads its plan when its handler starts: session.created proves it
            # did; then the reconnect gets a sound socket.
            await session.wait_for("session.created", timeout=5)
        finally:
            server.set_faults(None)
        reconnected = await session.recv(timeout=10)  # the close, then the new connection
        assert isinstance(reconnected, SessionReconnected)
        await _turn(session, "Still there?", ["text"])
    finally:
        await session.disconnect()
    assert session.metrics.reconnects == 1 and len(session.metrics.responses) == 1
    root = next(s for s in exporter.get_finished_spans() if s.name.startswith("realtime"))
    events = [e for e in root.events if e.name == "openai_realtime.reconnect"]
    assert len(events) == 1
    assert events[0].attributes["openai_realtime.reconnect.close_code"] == 1011
    assert dict(root.attributes or {})["openai_realtime.reconnects"] == 1
