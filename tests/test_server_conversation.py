"""The GA conversation protocol of the local server over real sockets: the item store,
streamed and cancellable responses, function calls, audio turns, output audio buffer, expiry."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from conftest import schema_validator
from openai_realtime.server import LocalRealtimeServer, ServerConfig
from test_server_support import (
    KEY,
    RATE,
    WsClient,
    call_ws_url,
    code_param_event,
    function_tool,
    message,
    open_ws,
    pcm,
    silence,
    tone,
    types,
    user_text,
)
from websockets.exceptions import ConnectionClosed

WEATHER = function_tool(
    "get_weather",
    "Weather for a city",
    {
        "city": {"type": "string", "minLength": 2},
        "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
        "days": {"type": "integer", "minimum": 1, "maximum": 7},
        "coords": {
            "type": "object",
            "properties": {"lat": {"type": "number", "minimum": -90, "maximum": 90}},
            "required": ["lat"],
        },
        "tags": {"type": "array", "items": {"type": "string"}, "minItems": 2, "uniqueItems": True},
    },
    ["city", "unit", "coords", "tags"],
    additionalProperties=False,
)
TIME = function_tool(
    "get_time", None, {"zone": {"type": "string", "pattern": "^[A-Z]+$"}}, ["zone"]
)
TEXT = {"output_modalities": ["text"]}


@pytest.fixture(scope="module")
def slow(local_server: Callable[..., LocalRealtimeServer]) -> LocalRealtimeServer:
    """Deltas 15 ms apart, 1 s of response audio: a response streams for about 0.25 s."""
    return local_server(api_keys=frozenset({KEY}), delta_delay_ms=15, response_audio_ms=1000)


def url(srv: LocalRealtimeServer, query: str = "?model=gpt-realtime") -> str:
    return srv.ws_url + query


def call_url(srv: LocalRealtimeServer) -> str:
    """A joined WebRTC call's socket: where ``output_audio_buffer.*`` events are sent."""
    return call_ws_url(srv.ws_url, srv.base_url)


async def create(client: WsClient, item: dict[str, Any], **extra: Any) -> dict[str, Any]:
    await client.send({"type": "conversation.item.create", "item": item, **extra})
    added, done = await client.recv(), await client.recv()
    assert types([added, done]) == ["conversation.item.added", "conversation.item.done"], added
    return added


async def respond(client: WsClient, **response: Any) -> list[dict[str, Any]]:
    """response.create, then the events up to rate_limits.updated (which follows
    response.done) and, for an audio response, output_audio_buffer.stopped/cleared."""
    await client.send({"type": "response.create", "response": response})
    events = await client.until("response.done")
    events.append(await client.recv())
    assert events[-1]["type"] == "rate_limits.updated"
    if "output_audio_buffer.started" in types(events):
        events.append(await client.recv())
        assert events[-1]["type"] in ("output_audio_buffer.stopped", "output_audio_buffer.cleared")
    return events


def done_response(events: list[dict[str, Any]]) -> dict[str, Any]:
    response: dict[str, Any] = next(e for e in events if e["type"] == "response.done")["response"]
    return response


# --------------------------------------------------------------------------- item store


async def test_every_ga_item_kind_and_retrieve_with_audio(server: LocalRealtimeServer) -> None:
    audio = pcm(tone(300))
    async with open_ws(url(server)) as client:
        system = await create(client, message("system", {"type": "input_text", "text": "Be kind."}))
        user = await create(
            client,
            message(
                "user",
                {"type": "input_text", "text": "look"},
                {"type": "input_image", "image_url": "data:image/png;base64,iVBORw0KGgo="},
                {"type": "input_audio", "audio": audio},
            ),
        )
        assert user["previous_item_id"] == system["item"]["id"]
        assert "audio" not in user["item"]["content"][2]  # announcements carry no audio
        assistant = await create(
            client, message("assistant", {"type": "output_text", "text": "ok"})
        )
        call = await create(
            client,
            {"type": "function_call", "name": "f", "arguments": "{}", "call_id": "call_1"},
        )
        output = await create(
            client, {"type": "function_call_output", "call_id": "call_1", "output": '{"x": 1}'}
        )
        assert output["previous_item_id"] == call["item"]["id"]
        assert assistant["item"]["status"] == "completed"
        await client.send({"type": "conversation.item.retrieve", "item_id": user["item"]["id"]})
        retrieved = await client.recv()
    assert retrieved["type"] == "conversation.item.retrieved"
    assert retrieved["item"]["content"][2]["audio"] == audio


async def test_function_call_output_needs_a_known_call(server: LocalRealtimeServer) -> None:
    async with open_ws(url(server)) as client:
        await client.send(
            {
                "type": "conversation.item.create",
                "event_id": "evt_out",
                "item": {"type": "function_call_output", "call_id": "call_nope", "output": "1"},
            }
        )
        error = (await client.recv())["error"]
    assert code_param_event(error) == ("invalid_value", "item.call_id", "evt_out")
    assert "call_nope" in error["message"]


async def test_delete_unknown_item_names_it(server: LocalRealtimeServer) -> None:
    async with open_ws(url(server)) as client:
        await client.send({"type": "conversation.item.delete", "item_id": "item_ghost"})
        error = (await client.recv())["error"]
    assert error["code"] == "item_not_found"
    assert "item_ghost" in error["message"]


async def test_truncate_assistant_audio_and_retrieve_the_shortened_item(
    server: LocalRealtimeServer,
) -> None:
    async with open_ws(url(server)) as client:
        await create(client, user_text("tell me a story"))
        events = await respond(client)
        item = done_response(events)["output"][0]
        full = b"".join(
            base64.b64decode(e["delta"])
            for e in events
            if e["type"] == "response.output_audio.delta"
        )
        transcript = item["content"][0]["transcript"]
        await client.send(
            {
                "type": "conversation.item.truncate",
                "item_id": item["id"],
                "content_index": 0,
                "audio_end_ms": 700,
            }
        )
        error = (await client.recv())["error"]
        assert (error["code"], error["param"]) == ("invalid_value", "audio_end_ms")
        assert "600ms" in error["message"]
        await client.send(
            {
                "type": "conversation.item.truncate",
                "item_id": item["id"],
                "content_index": 0,
                "audio_end_ms": 300,
            }
        )
        truncated = await client.recv()
        assert (truncated["type"], truncated["audio_end_ms"]) == (
            "conversation.item.truncated",
            300,
        )
        await client.send({"type": "conversation.item.retrieve", "item_id": item["id"]})
        part = (await client.recv())["item"]["content"][0]
    audio = base64.b64decode(part["audio"])
    assert audio == full[: RATE * 300 // 1000 * 2]
    assert transcript.startswith(part["transcript"])
    assert 0 < len(part["transcript"]) < len(transcript)


async def test_only_assistant_audio_can_be_truncated(server: LocalRealtimeServer) -> None:
    async with open_ws(url(server)) as client:
        user = await create(client, user_text("hi"))
        await client.send(
            {
                "type": "conversation.item.truncate",
                "item_id": user["item"]["id"],
                "content_index": 0,
                "audio_end_ms": 0,
            }
        )
        error = (await client.recv())["error"]
    assert (error["code"], error["param"]) == ("invalid_value", "content_index")


# --------------------------------------------------------------------------- responses


async def test_text_response_overrides_and_rate_limits(server: LocalRealtimeServer) -> None:
    async with open_ws(url(server)) as client:
        await create(client, user_text("hello"))
        first = await respond(
            client, output_modalities=["text"], metadata={"k": "v"}, instructions="x"
        )
        second = await respond(client, output_modalities=["text"])
    done = done_response(first)
    assert done["status"] == "completed"
    assert done["metadata"] == {"k": "v"}
    assert done["output_modalities"] == ["text"]
    limits = {r["name"]: r for r in first[-1]["rate_limits"]}
    later = {r["name"]: r for r in second[-1]["rate_limits"]}
    assert set(limits) == {"requests", "tokens"}
    assert later["requests"]["remaining"] == limits["requests"]["remaining"] - 1
    assert later["tokens"]["remaining"] < limits["tokens"]["remaining"]


async def test_audio_response_in_g711_with_a_voice_override(server: LocalRealtimeServer) -> None:
    async with open_ws(call_url(server)) as client:
        await create(client, user_text("speak"))
        events = await respond(
            client,
            output_modalities=["audio"],
            audio={"output": {"format": {"type": "audio/pcmu"}, "voice": "marin"}},
        )
    audio = b"".join(
        base64.b64decode(e["delta"]) for e in events if e["type"] == "response.output_audio.delta"
    )
    assert len(audio) == 8000 * 600 // 1000  # 600 ms of 8 kHz G.711: one byte per sample
    response = done_response(events)
    assert response["audio"]["output"] == {"format": {"type": "audio/pcmu"}, "voice": "marin"}
    kinds = types(events)
    assert kinds.index("output_audio_buffer.started") < kinds.index("response.output_audio.delta")
    assert kinds[-3:] == ["response.done", "rate_limits.updated", "output_audio_buffer.stopped"]


async def test_output_audio_buffer_stops_after_a_completed_audio_response(
    server: LocalRealtimeServer,
) -> None:
    async with open_ws(call_url(server)) as client:
        await create(client, user_text("speak"))
        events = await respond(client)
    started = next(e for e in events if e["type"] == "output_audio_buffer.started")
    stopped = events[-1]
    assert stopped["type"] == "output_audio_buffer.stopped"
    assert stopped["response_id"] == started["response_id"] == done_response(events)["id"]


async def test_max_output_tokens_cuts_the_text(server: LocalRealtimeServer) -> None:
    async with open_ws(url(server)) as client:
        await create(client, user_text("a rather long question with many words in it"))
        events = await respond(client, output_modalities=["text"], max_output_tokens=4)
    response = done_response(events)
    assert response["status"] == "incomplete"
    assert response["status_details"] == {"type": "incomplete", "reason": "max_output_tokens"}
    text = response["output"][0]["content"][0]["text"]
    assert 0 < len(text) <= 16


async def test_response_streams_while_the_socket_keeps_reading_and_cancel_ends_it(
    slow: LocalRealtimeServer,
) -> None:
    async with open_ws(call_url(slow)) as client:
        await create(client, user_text("sing a long song"))
        await client.send({"type": "response.create"})
        events = await client.until("response.output_audio.delta")
        response_id = events[0]["response"]["id"]
        # the connection handles other events while the response streams
        await client.send(
            {"type": "session.update", "session": {"type": "realtime", "instructions": "mid"}}
        )
        await client.send({"type": "response.create", "event_id": "evt_second"})
        await client.send(
            {"type": "response.cancel", "response_id": "resp_other", "event_id": "evt_c1"}
        )
        await client.send({"type": "response.cancel", "response_id": response_id})
        rest = await client.until("response.done")
        after = [await client.recv(), await client.recv()]
    kinds = types(rest)
    assert "session.updated" in kinds
    errors = {e["error"]["event_id"]: e["error"] for e in rest if e["type"] == "error"}
    assert errors["evt_second"]["code"] == "conversation_already_has_active_response"
    assert response_id in errors["evt_second"]["message"]
    assert errors["evt_c1"]["code"] == "response_cancel_not_active"
    done = rest[-1]["response"]
    assert done["id"] == response_id
    assert done["status"] == "cancelled"
    assert done["status_details"] == {"type": "cancelled", "reason": "client_cancelled"}
    assert done["output"][0]["status"] == "incomplete"
    deltas = [e for e in events + rest if e["type"] == "response.output_audio.delta"]
    assert 0 < len(deltas) < 10  # cut short: the full response has 10 audio deltas
    assert types(after) == ["rate_limits.updated", "output_audio_buffer.cleared"]


async def test_out_of_band_response_with_input_items(server: LocalRealtimeServer) -> None:
    async with open_ws(url(server)) as client:
        events = await respond(
            client,
            conversation="none",
            output_modalities=["text"],
            input=[user_text("classify me")],
        )
        await client.send({"type": "conversation.item.create", "item": user_text("x")})
        added = await client.recv()
    assert "conversation.item.added" not in types(events)
    assert done_response(events)["conversation_id"] is None
    assert added["previous_item_id"] is None  # the out-of-band answer is not in the conversation


# --------------------------------------------------------------------------- function calls


async def test_function_call_with_schema_valid_arguments_then_an_answer(
    server: LocalRealtimeServer,
) -> None:
    async with open_ws(url(server)) as client:
        await client.send(
            {
                "type": "session.update",
                "session": {"type": "realtime", "tools": [WEATHER, TIME], **TEXT},
            }
        )
        await client.until("session.updated")
        await create(client, user_text("weather in Paris?"))
        events = await respond(client)
        kinds = types(events)
        assert [k for k in kinds if not k.endswith(".delta")] == [
            "response.created",
            "response.output_item.added",
            "conversation.item.added",
            "response.function_call_arguments.done",
            "response.output_item.done",
            "conversation.item.done",
            "response.done",
            "rate_limits.updated",
        ]
        done = next(e for e in events if e["type"] == "response.function_call_arguments.done")
        deltas = "".join(
            e["delta"] for e in events if e["type"] == "response.function_call_arguments.delta"
        )
        assert deltas == done["arguments"]
        assert done["name"] == "get_weather"
        arguments = json.loads(done["arguments"])
        assert schema_validator(WEATHER["parameters"]).is_valid(arguments), arguments
        item = done_response(events)["output"][0]
        assert (item["type"], item["call_id"], item["arguments"]) == (
            "function_call",
            done["call_id"],
            done["arguments"],
        )
        await create(
            client,
            {
                "type": "function_call_output",
                "call_id": done["call_id"],
                "output": '{"temp_c": 21}',
            },
        )
        answer = await respond(client)
    text = done_response(answer)["output"][0]["content"][0]["text"]
    assert "get_weather" in text and '{"temp_c": 21}' in text


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ({"type": "function", "name": "get_time"}, "get_time"),
        ("required", "get_weather"),
        ("none", None),
    ],
)
async def test_tool_choice(server: LocalRealtimeServer, choice: Any, expected: str | None) -> None:
    async with open_ws(url(server)) as client:
        await create(client, user_text("now?"))
        events = await respond(client, tools=[WEATHER, TIME], tool_choice=choice, **TEXT)
    item = done_response(events)["output"][0]
    if expected is None:
        assert item["type"] == "message"
        return
    assert (item["type"], item["name"]) == ("function_call", expected)
    if expected == "get_time":
        assert schema_validator(TIME["parameters"]).is_valid(json.loads(item["arguments"]))


async def test_tool_errors(server: LocalRealtimeServer) -> None:
    async with open_ws(url(server)) as client:
        await client.send(
            {
                "type": "response.create",
                "event_id": "evt_tc",
                "response": {
                    "tools": [WEATHER],
                    "tool_choice": {"type": "function", "name": "nope"},
                },
            }
        )
        unknown = (await client.recv())["error"]
        bad_tool = {**WEATHER, "parameters": {"type": "object", "properties": {"x": {"type": 5}}}}
        await client.send(
            {"type": "session.update", "session": {"type": "realtime", "tools": [bad_tool]}}
        )
        invalid = (await client.recv())["error"]
    assert code_param_event(unknown) == ("invalid_value", "tool_choice", "evt_tc")
    assert (invalid["code"], invalid["param"]) == (
        "invalid_function_parameters",
        "session.tools[0].parameters",
    )


async def test_a_schema_the_generator_cannot_satisfy_fails_the_response(
    server: LocalRealtimeServer,
) -> None:
    odd = function_tool(
        "odd", None, {"code": {"type": "string", "pattern": "^zz[q]{3}$"}}, ["code"]
    )
    async with open_ws(url(server)) as client:
        await create(client, user_text("go"))
        events = await respond(client, tools=[odd], tool_choice="required")
    response = done_response(events)
    assert response["status"] == "failed"
    assert response["status_details"]["error"]["code"] == "unsupported_tool_schema"
    assert response["output"] == []


# --------------------------------------------------------------------------- audio input


VAD_TEXT = {
    "type": "realtime",
    "output_modalities": ["text"],
    "audio": {"input": {"turn_detection": {"type": "server_vad", "silence_duration_ms": 300}}},
}


async def test_speech_interrupts_a_streaming_response(slow: LocalRealtimeServer) -> None:
    async with open_ws(url(slow)) as client:
        await client.send(
            {"type": "session.update", "session": {**VAD_TEXT, "output_modalities": ["audio"]}}
        )
        await client.until("session.updated")
        await create(client, user_text("talk"))
        await client.send({"type": "response.create"})
        await client.until("response.output_audio.delta")
        await client.send({"type": "input_audio_buffer.append", "audio": pcm(tone(200))})
        events = await client.until("response.done")
    kinds = types(events)
    assert kinds.index("input_audio_buffer.speech_started") < kinds.index("response.done")
    done = events[-1]["response"]
    assert (done["status"], done["status_details"]["reason"]) == ("cancelled", "turn_detected")


async def test_vad_turn_without_create_response_and_manual_commit_with_vad(
    server: LocalRealtimeServer,
) -> None:
    no_auto = {
        "type": "realtime",
        "audio": {
            "input": {
                "turn_detection": {
                    "type": "server_vad",
                    "silence_duration_ms": 300,
                    "create_response": False,
                }
            }
        },
    }
    async with open_ws(url(server)) as client:
        await client.send({"type": "session.update", "session": no_auto})
        await client.until("session.updated")
        await client.append(np.concatenate([silence(200), tone(400), silence(400)]))
        events = await client.until("conversation.item.done")
        assert types(events)[:2] == [
            "input_audio_buffer.speech_started",
            "input_audio_buffer.speech_stopped",
        ]
        await client.quiet()  # no response
        # server VAD is on, but a manual commit of quiet audio still works
        await client.append(silence(300))
        await client.send({"type": "input_audio_buffer.commit"})
        committed = await client.until("conversation.item.done")
    assert types(committed)[0] == "input_audio_buffer.committed"


# --------------------------------------------------------------------------- output audio buffer


async def test_output_audio_buffer_clear(slow: LocalRealtimeServer) -> None:
    async with open_ws(call_url(slow)) as client:
        await create(client, user_text("speak"))
        await client.send({"type": "response.create"})
        events = await client.until("response.output_audio.delta")
        await client.send({"type": "output_audio_buffer.clear"})
        rest = await client.until("response.done")
        tail = [await client.recv()]
        await client.send({"type": "output_audio_buffer.clear"})  # nothing playing: latest id
        again = await client.recv()
    response_id = events[0]["response"]["id"]
    cleared = [e for e in rest if e["type"] == "output_audio_buffer.cleared"]
    assert [e["response_id"] for e in cleared] == [response_id]
    assert rest[-1]["response"]["status"] == "completed"  # clearing does not cancel
    assert types(tail) == ["rate_limits.updated"]  # and no "stopped" follows
    assert (again["type"], again["response_id"]) == ("output_audio_buffer.cleared", response_id)


# --------------------------------------------------------------------------- expiry


async def test_session_expires_with_an_error_and_close_1001() -> None:
    config = ServerConfig(api_keys=frozenset({KEY}), session_ttl_s=0.3)
    async with LocalRealtimeServer(config) as srv, open_ws(url(srv)) as client:
        expires_at = client.created["session"]["expires_at"]
        error = await client.recv(timeout=3)
        with pytest.raises(ConnectionClosed) as info:
            await client.recv(timeout=3)
    assert error["error"]["code"] == "session_expired"
    assert error["error"]["type"] == "invalid_request_error"
    assert error["error"]["message"] == "Your session hit the maximum duration of 0.3 seconds."
    assert info.value.rcvd is not None and info.value.rcvd.code == 1001
    assert isinstance(expires_at, int)
