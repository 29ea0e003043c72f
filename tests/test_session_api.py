"""Every session method (PSOpenAI cmdlet equivalents and more) against the local server,
checking what the server received (through its message observers) and what came back."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from conftest import Observed
from openai_realtime import (
    EventTimeoutError,
    RealtimeSession,
    ServerErrorEvent,
    connect_realtime_session,
    connect_realtime_transcription_session,
)
from openai_realtime import core as core_module
from openai_realtime.protocol import retention_ratio, semantic_vad, server_vad
from openai_realtime.server import LocalRealtimeServer

KEY = "sk-session-api-KNOWN-3"
PNG_1x1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


async def _no_error(session: RealtimeSession) -> None:
    """Round-trip a harmless update; fail on any error event that arrived before it."""
    await session.set_configuration({"instructions": session.configuration.get("instructions", "")})
    await session.wait_for("session.updated", timeout=5)


# ------------------------------------------------------------------------- configuration


async def test_set_configuration_sends_only_what_was_set(
    session: RealtimeSession, received: Observed
) -> None:
    await session.set_configuration(instructions="Be brief.", voice="marin")
    updated = await session.wait_for("session.updated", timeout=5)
    sent = received.of("session.update")[-1]["session"]
    assert sent == {
        "type": "realtime",
        "instructions": "Be brief.",
        "audio": {"output": {"voice": "marin"}},
    }
    assert "tool_choice" not in sent, "no schema defaults injected into a partial update"
    assert updated.session.instructions == "Be brief."
    assert session.configuration["instructions"] == "Be brief."


async def test_every_configuration_parameter(session: RealtimeSession, received: Observed) -> None:
    await session.set_configuration(
        instructions="x",
        prompt={"id": "pmpt_123", "version": "2", "variables": {"city": "Paris"}},
        output_modalities=["text"],
        voice="alloy",
        speed=1.2,
        input_audio_format="pcm16",
        output_audio_format="pcmu",
        noise_reduction="near_field",
        transcription={"model": "gpt-4o-transcribe", "language": "en", "prompt": "names"},
        turn_detection=server_vad(threshold=0.6, prefix_padding_ms=200, silence_duration_ms=400, idle_timeout_ms=5000, create_response=False, interrupt_response=True),
        tools=[{"type": "function", "name": "f", "description": "d", "parameters": {"type": "object", "properties": {}}}],
        tool_choice="required",
        parallel_tool_calls=False,
        max_output_tokens=4096,
        reasoning_effort="low",
        tracing={"workflow_name": "w", "group_id": "g", "metadata": {"k": "v"}},
        truncation=retention_ratio(0.8, post_instructions=5000),
        include=["item.input_audio_transcription.logprobs"],
    )  # fmt: skip
    await session.wait_for("session.updated", timeout=5)
    sent = received.of("session.update")[-1]["session"]
    assert sent["audio"]["input"]["format"] == {"type": "audio/pcm", "rate": 24000}
    assert sent["audio"]["output"] == {
        "format": {"type": "audio/pcmu"},
        "voice": "alloy",
        "speed": 1.2,
    }
    assert sent["audio"]["input"]["noise_reduction"] == {"type": "near_field"}
    assert sent["audio"]["input"]["turn_detection"] == {
        "type": "server_vad", "threshold": 0.6, "prefix_padding_ms": 200,
        "silence_duration_ms": 400, "idle_timeout_ms": 5000, "create_response": False,
        "interrupt_response": True,
    }  # fmt: skip
    assert sent["truncation"] == {
        "type": "retention_ratio",
        "retention_ratio": 0.8,
        "token_limits": {"post_instructions": 5000},
    }
    assert sent["reasoning"] == {"effort": "low"}
    assert sent["max_output_tokens"] == 4096
    assert sent["prompt"]["id"] == "pmpt_123"


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"turn_detection": None}, {"audio": {"input": {"turn_detection": None}}}),
        ({"turn_detection": semantic_vad(eagerness="low")}, {"audio": {"input": {"turn_detection": {"type": "semantic_vad", "eagerness": "low"}}}}),
        ({"truncation": "disabled"}, {"truncation": "disabled"}),
        ({"truncation": "auto"}, {"truncation": "auto"}),
        ({"tracing": None, "noise_reduction": None}, {"tracing": None, "audio": {"input": {"noise_reduction": None}}}),
        ({"max_output_tokens": "inf"}, {"max_output_tokens": "inf"}),
    ],
)  # fmt: skip
async def test_switching_features_on_and_off(
    session: RealtimeSession, received: Observed, kwargs: dict[str, Any], expected: dict[str, Any]
) -> None:
    await session.set_configuration(**kwargs)
    await session.wait_for("session.updated", timeout=5)
    assert received.of("session.update")[-1]["session"] == {"type": "realtime", **expected}


async def test_bad_configuration_is_refused_before_sending(
    session: RealtimeSession, received: Observed
) -> None:
    with pytest.raises(ValueError, match="unknown audio format"):
        await session.set_configuration(input_audio_format="mp3")
    with pytest.raises(ValueError, match="RealtimeClientEventSessionUpdate"):
        await session.set_configuration(output_modalities=["smell"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match=r"between 0\.0 and 1\.0"):
        retention_ratio(1.5)
    assert received.of("session.update") == []


async def test_transcription_session_configuration(
    server: LocalRealtimeServer, received: Observed
) -> None:
    async with connect_realtime_transcription_session(api_key=KEY, api_base=server.base_url) as s:
        await s.set_configuration(
            transcription={"model": "gpt-4o-transcribe", "language": "de"},
            turn_detection=server_vad(silence_duration_ms=300),
            noise_reduction="far_field",
            include=["item.input_audio_transcription.logprobs"],
        )
        updated = await s.wait_for("session.updated", timeout=5)
        with pytest.raises(ValueError, match="conversation sessions"):
            await s.set_configuration(voice="alloy")
    sent = received.of("session.update")[-1]["session"]
    assert sent["type"] == "transcription"
    assert sent["audio"]["input"]["transcription"] == {
        "model": "gpt-4o-transcribe",
        "language": "de",
    }
    assert updated.session.type_ == "transcription"


# ------------------------------------------------------------------------------------ items


async def test_add_item_variants_reach_the_server_valid(
    session: RealtimeSession, received: Observed
) -> None:
    await session.add_item(role="system", text="You are terse.")
    await session.add_item(role="user", text="Hi")
    await session.add_item(role="assistant", text="Hello.")
    await session.add_item(audio=b"\x00\x00" * 2400)
    await session.add_item(image="https://example.com/cat.png", text="What is this?")
    await session.add_item(image=PNG_1x1, image_detail="low")
    added = [await session.wait_for("conversation.item.done", timeout=5) for _ in range(6)]
    items = [e["item"] for e in received.of("conversation.item.create")]
    assert [i["role"] for i in items] == ["system", "user", "assistant", "user", "user", "user"]
    assert items[2]["content"][0]["type"] == "output_text"
    assert items[3]["content"][0]["type"] == "input_audio"
    assert base64.b64decode(items[3]["content"][0]["audio"]) == b"\x00\x00" * 2400
    assert items[5]["content"][0]["image_url"].startswith("data:image/png;base64,")
    assert all(e.item.id for e in added)
    await _no_error(session)


async def test_function_call_output_needs_call_id(session: RealtimeSession) -> None:
    with pytest.raises(ValueError, match="call_id and output"):
        await session.add_item(output="42")
    with pytest.raises(ValueError, match="not PNG"):
        await session.add_item(image=b"not an image")


async def test_remove_and_retrieve_item(session: RealtimeSession, received: Observed) -> None:
    await session.add_item(role="user", text="to be removed", item_id="item_remove_me")
    await session.wait_for("conversation.item.done", timeout=5)
    item = await session.retrieve_item("item_remove_me", timeout=5)
    assert item.id == "item_remove_me"
    await session.remove_item("item_remove_me", event_id="evt_del_1")
    deleted = await session.wait_for("conversation.item.deleted", timeout=5)
    assert deleted.item_id == "item_remove_me"
    assert received.of("conversation.item.delete")[-1] == {
        "type": "conversation.item.delete",
        "item_id": "item_remove_me",
        "event_id": "evt_del_1",
    }
    with pytest.raises(ServerErrorEvent) as info:
        await session.retrieve_item("item_remove_me", timeout=5)
    assert "item_remove_me" in str(info.value)


# -------------------------------------------------------------------------------- responses


async def test_request_response_with_overrides(
    session: RealtimeSession, received: Observed
) -> None:
    await session.add_item(role="user", text="Say something")
    await session.request_response(
        instructions="Answer in French.",
        output_modalities=["text"],
        conversation="none",
        metadata={"topic": "greeting"},
        max_output_tokens=200,
    )
    done = await session.wait_for("response.done", timeout=5)
    sent = received.of("response.create")[-1]["response"]
    assert sent == {
        "instructions": "Answer in French.",
        "output_modalities": ["text"],
        "max_output_tokens": 200,
        "conversation": "none",
        "metadata": {"topic": "greeting"},
    }
    assert done.response.status == "completed"
    assert done.response.metadata["topic"] == "greeting"


async def test_stop_response_sends_ids(session: RealtimeSession, received: Observed) -> None:
    await session.stop_response(response_id="resp_x", event_id="evt_cancel_1")
    with pytest.raises(ServerErrorEvent) as info:  # nothing is active: the server says so
        await session.wait_for("never.happens", timeout=5)
    assert info.value.event_id == "evt_cancel_1"
    assert received.of("response.cancel")[-1] == {
        "type": "response.cancel",
        "response_id": "resp_x",
        "event_id": "evt_cancel_1",
    }


# ------------------------------------------------------------------------------------ audio


async def test_append_audio_splits_under_the_event_limit(
    session: RealtimeSession, received: Observed, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(core_module, "MAX_AUDIO_BYTES_PER_EVENT", 4800)
    audio = (np.arange(12_000, dtype="<i2") % 100).tobytes()  # 24,000 bytes
    await session.set_configuration(turn_detection=None)
    await session.wait_for("session.updated", timeout=5)
    await session.append_audio(audio)
    await session.commit_audio()
    await session.wait_for("input_audio_buffer.committed", timeout=5)
    appends = received.of("input_audio_buffer.append")
    assert len(appends) == 5
    assert b"".join(base64.b64decode(a["audio"]) for a in appends) == audio
    await session.append_audio(audio[:4800])
    await session.clear_audio()
    await session.wait_for("input_audio_buffer.cleared", timeout=5)


async def test_sends_are_serialised(session: RealtimeSession, received: Observed) -> None:
    chunks = [bytes([i]) * 4800 for i in range(40)]
    await session.set_configuration(turn_detection=None)
    await session.wait_for("session.updated", timeout=5)
    await asyncio.gather(*(session.append_audio(c) for c in chunks))
    await _no_error(session)  # the server has processed every frame sent before
    got = [base64.b64decode(a["audio"]) for a in received.of("input_audio_buffer.append")]
    assert sorted(got) == sorted(chunks), "every frame arrived whole"


# ------------------------------------------------------------------------- receiving tools


async def test_wait_for_keeps_the_events_it_passes_over(session: RealtimeSession) -> None:
    await session.add_item(role="user", text="one")
    await session.add_item(role="user", text="two")
    await session.set_configuration({"instructions": "marker"})
    await session.wait_for("session.updated", timeout=5)
    kept = [await session.recv(timeout=1) for _ in range(4)]
    assert [e.type_ for e in kept] == [
        "conversation.item.added",
        "conversation.item.done",
        "conversation.item.added",
        "conversation.item.done",
    ]
    with pytest.raises(EventTimeoutError):
        await session.recv(timeout=0.1)


async def test_handlers_run_per_type_and_for_all(session: RealtimeSession) -> None:
    seen: list[str] = []
    everything: list[str] = []

    async def on_done(event: Any) -> None:
        seen.append(event.item.id)

    session.on("conversation.item.done", on_done)
    session.on("*", lambda e: everything.append(e.type_))
    await session.add_item(role="user", text="x", item_id="item_handler_1")
    await session.wait_for("conversation.item.done", timeout=5)
    session.off("conversation.item.done", on_done)
    await session.add_item(role="user", text="y", item_id="item_handler_2")
    await session.wait_for("conversation.item.done", timeout=5)
    assert seen == ["item_handler_1"]
    assert everything.count("conversation.item.done") == 2


async def test_a_failing_handler_raises_in_the_receiver(session: RealtimeSession) -> None:
    def boom(event: Any) -> None:
        raise RuntimeError("handler failed")

    session.on("session.updated", boom)
    await session.set_configuration({"instructions": "x"})
    with pytest.raises(RuntimeError, match="handler failed"):
        await session.recv(timeout=5)


# ---------------------------------------------------------------------- the PSOpenAI flow


async def test_psopenai_end_to_end_flow(server: LocalRealtimeServer) -> None:
    """Port of PSOpenAI's realtime end-to-end test: connect, configure, add a user message,
    request a text response, and collect the events it checks."""
    events: list[Any] = []
    async with connect_realtime_session("gpt-realtime", api_key=KEY, api_base=server.base_url) as s:
        s.on("*", events.append)
        await s.set_configuration(
            instructions="You are a helpful assistant.",
            output_modalities=["text"],
            turn_detection=None,
        )
        await s.add_item(role="user", text="Hello, how are you?")
        await s.request_response()
        done = await s.wait_for("response.done", timeout=10)
    types = [e.type_ for e in events]
    for expected in (
        "session.created",
        "session.updated",
        "conversation.item.added",
        "response.created",
        "response.output_text.delta",
        "response.output_text.done",
        "response.done",
    ):
        assert expected in types, expected
    text = "".join(e.delta for e in events if e.type_ == "response.output_text.delta")
    assert text and done.response.status == "completed"
    assert "error" not in types


# ------------------------------------------------------------ streamed responses and timeouts


@pytest.fixture(scope="module")
def slow_server(local_server: Callable[..., LocalRealtimeServer]) -> LocalRealtimeServer:
    return local_server(api_keys=frozenset({KEY}), delta_delay_ms=20)


async def test_stop_response_cancels_the_active_response(
    slow_server: LocalRealtimeServer, received: Observed
) -> None:
    async with connect_realtime_session("m", api_key=KEY, api_base=slow_server.base_url) as s:
        await s.add_item(role="user", text="Tell me a long story, please, with many words in it")
        await s.request_response(output_modalities=["text"])
        created = await s.wait_for("response.created", timeout=5)
        await s.wait_for("response.output_text.delta", timeout=5)
        await s.stop_response(event_id="evt_stop")
        done = await s.wait_for("response.done", timeout=5)
    assert done.response.id == created.response.id
    assert done.response.status == "cancelled"
    assert received.of("response.cancel") == [{"type": "response.cancel", "event_id": "evt_stop"}]


async def test_truncate_item_and_clear_output_audio(
    slow_server: LocalRealtimeServer, received: Observed
) -> None:
    async with connect_realtime_session("m", api_key=KEY, api_base=slow_server.base_url) as s:
        await s.add_item(role="user", text="Say something out loud")
        await s.request_response(output_modalities=["audio"], voice="marin")
        added = await s.wait_for(lambda e: e.type_ == "response.output_item.added", timeout=5)
        await s.wait_for("response.output_audio.delta", timeout=5)
        await s.clear_output_audio(event_id="evt_clear")
        await s.wait_for("output_audio_buffer.cleared", timeout=5)
        await s.wait_for("response.done", timeout=5)
        await s.truncate_item(added.item.id, 100, event_id="evt_trunc")
        truncated = await s.wait_for("conversation.item.truncated", timeout=5)
    assert truncated.item_id == added.item.id and truncated.audio_end_ms == 100
    assert received.of("conversation.item.truncate")[-1] == {
        "type": "conversation.item.truncate",
        "item_id": added.item.id,
        "content_index": 0,
        "audio_end_ms": 100,
        "event_id": "evt_trunc",
    }
    assert received.of("response.create")[-1]["response"] == {
        "output_modalities": ["audio"],
        "audio": {"output": {"voice": "marin"}},
    }


async def test_request_response_with_tools_and_input_items(
    session: RealtimeSession, received: Observed
) -> None:
    await session.add_item(role="user", text="context", item_id="item_ctx")
    await session.wait_for("conversation.item.done", timeout=5)
    tool = {
        "type": "function",
        "name": "noop",
        "description": "d",
        "parameters": {"type": "object", "properties": {}},
    }
    await session.request_response(
        tools=[tool],
        tool_choice="none",
        conversation="none",
        input=[{"type": "message", "role": "user", "content": [{"type": "input_text", "text": "only this"}]}],
    )  # fmt: skip
    done = await session.wait_for("response.done", timeout=5)
    sent = received.of("response.create")[-1]["response"]
    assert sent["tools"] == [tool] and sent["tool_choice"] == "none"
    assert sent["input"][0]["content"][0]["text"] == "only this"
    with pytest.raises(ValueError, match="RealtimeClientEventResponseCreate"):  # not in the spec
        await session.request_response(input=[{"type": "item_reference", "id": "item_ctx"}])
    assert done.response.status == "completed"


async def test_open_timeout_on_a_server_that_never_answers() -> None:
    import socket
    import time

    from openai_realtime import APITimeoutError

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        started = time.perf_counter()
        with pytest.raises(APITimeoutError, match=r"took longer than 0\.3 s"):
            await connect_realtime_session(
                "m", api_key=KEY, api_base=f"http://127.0.0.1:{port}/v1", open_timeout=0.3
            )
        assert time.perf_counter() - started < 2
