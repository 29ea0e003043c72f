"""Function calling, WebRTC/SIP calls, translation sessions and audio-file streaming, with the
real client against the local server."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any, Literal

import pytest
from conftest import Observed
from openai_realtime import (
    AsyncRealtimeClient,
    NotFoundError,
    ServerErrorEvent,
    connect_realtime_session,
    connect_realtime_translation_session,
)
from openai_realtime.server import LocalRealtimeServer
from openai_realtime.tools import ToolRegistry
from test_server_support import OFFER

KEY = "sk-tools-KNOWN-8"
SPEECH = Path(__file__).resolve().parent.parent / "samples" / "speech.wav"


@pytest.fixture
def client_frames(received: Observed) -> list[dict[str, Any]]:
    """The client events the local server received during this test, in order."""
    return received.events


# ------------------------------------------------------------------------------------ tools


def get_weather(city: str, unit: Literal["c", "f"] = "c", days: int = 1) -> dict[str, Any]:
    """Look up the weather forecast for a city.

    More text that is not part of the description.
    """
    return {"city": city, "unit": unit, "days": days, "forecast": "sunny"}


def test_schema_from_type_hints() -> None:
    registry = ToolRegistry()
    tool = registry.register(get_weather)
    assert tool.definition() == {
        "type": "function",
        "name": "get_weather",
        "description": "Look up the weather forecast for a city.",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string"},
                "unit": {"enum": ["c", "f"]},
                "days": {"type": "integer"},
            },
            "required": ["city"],
        },
    }
    with pytest.raises(ValueError, match="already registered"):
        registry.register(get_weather)


async def test_tool_errors_are_returned_to_the_model() -> None:
    registry = ToolRegistry()

    def broken(x: int) -> int:
        raise RuntimeError("no luck")

    registry.register(broken)
    assert json.loads(await registry.call("broken", '{"x": 1}')) == {
        "error": "RuntimeError: no luck"
    }
    assert "invalid arguments" in json.loads(await registry.call("broken", '{"y": 1}'))["error"]
    assert "invalid arguments" in json.loads(await registry.call("broken", "not json"))["error"]
    assert "no tool named" in json.loads(await registry.call("nope", "{}"))["error"]


async def test_function_call_loop(
    server: LocalRealtimeServer, client_frames: list[dict[str, Any]]
) -> None:
    calls: list[dict[str, Any]] = []

    async def lookup(city: str, unit: Literal["c", "f"] = "c", days: int = 1) -> dict[str, Any]:
        """Weather lookup."""
        calls.append({"city": city, "unit": unit, "days": days})
        return {"forecast": "sunny", "city": city}

    async with connect_realtime_session("m", api_key=KEY, api_base=server.base_url) as session:
        session.register_tool(lookup, name="get_weather")
        await session.set_configuration(output_modalities=["text"], tool_choice="auto")
        await session.add_item(role="user", text="What's the weather in Paris?")
        await session.request_response()
        first = await session.wait_for("response.done", timeout=5)
        second = await session.wait_for("response.done", timeout=5)
    assert first.response.output[0].type_ == "function_call"
    assert len(calls) == 1 and isinstance(calls[0]["city"], str)
    outputs = [
        f["item"]
        for f in client_frames
        if f["type"] == "conversation.item.create" and f["item"]["type"] == "function_call_output"
    ]
    assert len(outputs) == 1
    assert outputs[0]["call_id"] == first.response.output[0].call_id
    assert json.loads(outputs[0]["output"])["forecast"] == "sunny"
    assert [f["type"] for f in client_frames].count("response.create") == 2
    assert second.response.output[0].type_ == "message", "the model answered with the output"
    tools_sent = next(f for f in client_frames if f["type"] == "session.update")["session"]["tools"]
    assert tools_sent[0]["name"] == "get_weather"


# ------------------------------------------------------------------------------------ calls


async def test_webrtc_call_create_join_and_hangup(server: LocalRealtimeServer) -> None:
    async with AsyncRealtimeClient(api_key=KEY, api_base=server.base_url) as rest:
        call = await rest.create_call(
            OFFER, session={"type": "realtime", "instructions": "On a call."}
        )
        assert call.call_id.startswith("rtc_") and call.sdp.startswith("v=0")
        async with connect_realtime_session(
            call_id=call.call_id, api_key=KEY, api_base=server.base_url
        ) as session:
            assert session.kind == "call" and session.url.endswith(f"?call_id={call.call_id}")
            created = await session.wait_for("session.created", timeout=5)
            assert created.session.instructions == "On a call."
        await rest.hangup_call(call.call_id)
        with pytest.raises(NotFoundError):
            await rest.hangup_call("rtc_does_not_exist")


async def test_sip_call_accept_refer_reject(server: LocalRealtimeServer) -> None:
    async with AsyncRealtimeClient(api_key=KEY, api_base=server.base_url) as rest:
        incoming = server.simulate_incoming_call()
        await rest.accept_call(incoming, {"type": "realtime", "instructions": "Hello caller"})
        await rest.refer_call(incoming, "tel:+14155550123")
        other = server.simulate_incoming_call()
        await rest.reject_call(other, status_code=486)


# ------------------------------------------------------------------------------ translation


async def test_translation_session(
    server: LocalRealtimeServer, client_frames: list[dict[str, Any]]
) -> None:
    async with AsyncRealtimeClient(api_key=KEY, api_base=server.base_url) as rest:
        secret = await rest.create_translation_client_secret(
            {
                "session": {
                    "model": "gpt-realtime-translate",
                    "audio": {"output": {"language": "es"}},
                }
            }
        )
    async with connect_realtime_translation_session(
        client_secret=secret.value, api_base=server.base_url
    ) as session:
        assert session.url.endswith("/realtime/translations?model=gpt-realtime-translate")
        await session.wait_for("session.created", timeout=5)
        await session.set_configuration({"audio": {"output": {"language": "de"}}})
        updated = await session.wait_for("session.updated", timeout=5)
        await session.append_audio(b"\x10\x00" * 24_000)  # 0.5 s
        delta = await session.wait_for("session.output_audio.delta", timeout=5)
    assert updated.session.audio.output.language == "de"
    assert delta.delta
    appends = [f for f in client_frames if f["type"] == "session.input_audio_buffer.append"]
    assert b"".join(base64.b64decode(a["audio"]) for a in appends) == b"\x10\x00" * 24_000


# ------------------------------------------------------------------------------ audio files


@pytest.mark.parametrize(("fmt", "bytes_per_ms"), [("pcm16", 48), ("pcmu", 8), ("pcma", 8)])
async def test_stream_audio_file_in_the_session_format(
    server: LocalRealtimeServer, client_frames: list[dict[str, Any]], fmt: str, bytes_per_ms: int
) -> None:
    async with connect_realtime_session("m", api_key=KEY, api_base=server.base_url) as session:
        await session.set_configuration(input_audio_format=fmt, turn_detection=None)
        await session.wait_for("session.updated", timeout=5)
        duration_ms = await session.stream_audio_file(str(SPEECH), realtime=False)
        await session.commit_audio()
        committed = await session.wait_for("input_audio_buffer.committed", timeout=5)
    assert committed.item_id
    assert abs(duration_ms - 9151) < 2
    sent = b"".join(
        base64.b64decode(f["audio"])
        for f in client_frames
        if f["type"] == "input_audio_buffer.append"
    )
    assert abs(len(sent) / bytes_per_ms - 9151) < 2


async def test_commit_of_too_little_audio_is_a_server_error(server: LocalRealtimeServer) -> None:
    async with connect_realtime_session(
        "m", api_key=KEY, api_base=server.base_url, raise_on_error=True
    ) as session:
        await session.set_configuration(turn_detection=None)
        await session.wait_for("session.updated", timeout=5)
        await session.append_audio(b"\x00\x00" * 240)  # 10 ms
        await session.commit_audio(event_id="evt_small")
        with pytest.raises(ServerErrorEvent) as info:  # earlier events stay queued, then the error
            await session.wait_for("input_audio_buffer.committed", timeout=5)
    assert (
        info.value.code == "input_audio_buffer_commit_empty" and info.value.event_id == "evt_small"
    )
