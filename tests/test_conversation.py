"""A conversation that outlives its WebSocket: the mirror, handoff after a close, rotation
before the session limit, and export into another process; against the local server over real
sockets on 127.0.0.1."""

from __future__ import annotations

import base64
import gc
import json
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Sequence
from typing import Any

import pytest
from openai_realtime import connect_realtime_session
from openai_realtime.conversation import Conversation
from openai_realtime.events import EventDecoder, UnknownEvent
from openai_realtime.server import FaultPlan, LocalRealtimeServer, ServerConfig
from openai_realtime.session import ReconnectPolicy, SessionReconnected

KEY = "sk-conv-test-SECRET-13"  # no 8-letter spec word: keys are redacted process-wide
TURNS = [
    "My name is Ada and I keep bees in Lisbon",
    "Tell me something about the weather today",
    "What did I tell you first?",
]
FIRST_WORDS = "My name is Ada and I keep bees in Lisbon"


# the emulated Azure resource has the deployment the Azure test names
pytestmark = pytest.mark.realtime_server(azure_deployments=frozenset({"my-deployment"}))


def _spoken_turn(tone_s: float) -> bytes:
    """24 kHz PCM16 that server VAD hears as one turn: 0.2 s of silence, a 440 Hz tone of
    ``tone_s`` seconds, 1 s of silence."""
    import numpy as np

    rate = 24_000
    t = np.arange(int(tone_s * rate)) / rate
    tone = 0.25 * np.sin(2 * np.pi * 440 * t)
    pcm = np.concatenate([np.zeros(rate // 5), tone, np.zeros(rate)]) * 32767
    return pcm.astype("<i2").tobytes()


def _summary(conversation: Conversation) -> list[tuple[str | None, str, str | None, str]]:
    return [(item.role, item.type, item.status, item.text) for item in conversation]


async def _turn(session: Any, text: str, seen: list[Any]) -> Any:
    """One user turn: add the text, ask for a text response, receive until it is done. After a
    reconnect that cut the response, ask again (what an application does). Returns the
    final ``response.done``."""
    await session.add_item(role="user", text=text)
    await session.request_response(output_modalities=["text"])
    while True:
        event = await session.recv(timeout=10)
        seen.append(event)
        if isinstance(event, SessionReconnected) and event.cut_response is not None:
            await session.request_response(output_modalities=["text"])
        elif event.type_ == "response.done":
            return event


async def _turns(session: Any, texts: Sequence[str], seen: list[Any]) -> None:
    for text in texts:
        await _turn(session, text, seen)


def _answer(done: Any) -> str:
    return str(done.response.output[0].content[0].text)


def _check_order(seen: list[Any]) -> None:
    """Every server event once, each response's events between its created and done."""
    ids = [e.event_id for e in seen if not isinstance(e, SessionReconnected)]
    assert len(ids) == len(set(ids))
    assert not any(isinstance(e, UnknownEvent) for e in seen)
    assert sum(isinstance(e, SessionReconnected) for e in seen) == 1
    open_response: str | None = None
    for event in seen:
        if event.type_ == "response.created":
            assert open_response is None
            open_response = event.response.id
        elif event.type_ == "response.done":
            assert event.response.id == open_response
            open_response = None
        elif isinstance(event, SessionReconnected):
            open_response = None  # a cut response ends with the old socket
        elif event.type_.startswith("response."):
            assert event.response_id == open_response
    assert open_response is None


def _roundtrip_in_new_process(exported: dict[str, Any]) -> dict[str, Any]:
    code = (
        "import json, sys\n"
        "from openai_realtime.conversation import Conversation\n"
        "c = Conversation.from_dict(json.load(sys.stdin))\n"
        "print(json.dumps({'export': c.to_dict(),"
        " 'items': [[i.role, i.type, i.status, i.text] for i in c]}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(exported),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _events_before_turn_two_is_cut(
    server: LocalRealtimeServer, turns: Sequence[str] = TURNS[:2], **connect: Any
) -> int:
    """How many server events the first socket sends up to the middle of the last turn's
    response (the local server is deterministic: a dry run counts them)."""
    import asyncio

    async def count() -> int:
        seen: list[Any] = []
        async with connect_realtime_session(
            **(connect or {"api_key": KEY, "api_base": server.base_url})
        ) as session:
            seen.append(await session.recv(timeout=5))  # session.created
            for text in turns[:-1]:
                await _turn(session, text, seen)
            await session.add_item(role="user", text=turns[-1])
            await session.request_response(output_modalities=["text"])
            while True:
                event = await session.recv(timeout=5)
                seen.append(event)
                if event.type_ == "response.output_text.delta":
                    return len(seen) + 1  # close after the second delta

    return asyncio.run(count())


def test_handoff_after_a_close_in_turn_two(server: LocalRealtimeServer) -> None:
    close_after = _events_before_turn_two_is_cut(server)
    import asyncio

    async def run() -> tuple[list[Any], Conversation, list[str]]:
        seen: list[Any] = []
        answers: list[str] = []
        server.set_faults(FaultPlan(close_after_events=close_after, close_code=1011))
        policy = ReconnectPolicy(replay=True, initial_delay=0.01, jitter=0)
        async with connect_realtime_session(
            api_key=KEY, api_base=server.base_url, reconnect=policy
        ) as session:
            seen.append(await session.recv(timeout=5))
            server.set_faults(None)  # read by the server after its accept: the successor is healthy
            for text in TURNS:
                answers.append(_answer(await _turn(session, text, seen)))
            assert session.conversation is not None
            return seen, session.conversation, answers

    seen, conversation, answers = asyncio.run(run())
    _check_order(seen)
    reconnected = next(e for e in seen if isinstance(e, SessionReconnected))
    assert reconnected.code == 1011 and not reconnected.rotated
    # the cut response is reported honestly: its id and the words received before the drop
    cut = reconnected.cut_response
    assert cut is not None and cut.response_id.startswith("resp_")
    assert cut.transcript and "Local server reply to:".startswith(cut.transcript.strip())
    assert reconnected.replay is not None and reconnected.replay.replayed == 3  # u1, a1, u2
    assert reconnected.replay.errors == ()
    # after the handoff the model still has the first turn
    assert FIRST_WORDS in answers[2]
    assert f'"{TURNS[0]}"' in answers[2] and f'"{TURNS[1]}"' in answers[2]
    # one item list across both sessions; the cut answer is kept, marked, and not replayed
    summary = _summary(conversation)
    assert [(role, kind) for role, kind, _, _ in summary] == [
        ("user", "message"),
        ("assistant", "message"),
        ("user", "message"),
        ("assistant", "message"),  # the cut one
        ("assistant", "message"),  # the answer requested again in the new session
        ("user", "message"),
        ("assistant", "message"),
    ]
    cut_item = conversation.items[3]
    assert cut_item.cut and cut_item.status == "incomplete" and not cut_item.live
    assert cut_item.id in cut.item_ids
    first = conversation.items[0]
    assert first.previous_ids and conversation.id_map[first.previous_ids[0]] == first.id
    assert conversation.get(first.previous_ids[0]) is first
    # export, restore in a new process: the same items; no secret in the export
    exported = json.loads(json.dumps(conversation.to_dict()))
    assert KEY not in json.dumps(exported)
    other = _roundtrip_in_new_process(exported)
    assert other["export"] == exported
    assert [tuple(i) for i in other["items"]] == summary


def test_rotation_before_the_session_limit(server: LocalRealtimeServer) -> None:
    import asyncio

    with LocalRealtimeServer(ServerConfig(api_keys=frozenset({KEY})), session_max_s=4.0) as limited:

        async def run() -> tuple[list[Any], Conversation, list[str], float]:
            seen: list[Any] = []
            answers: list[str] = []
            policy = ReconnectPolicy(replay=True, rotate_after_s=1.5)
            async with connect_realtime_session(
                api_key=KEY, api_base=limited.base_url, reconnect=policy
            ) as session:
                seen.append(await session.recv(timeout=5))
                old_session = session.session_id
                answers.append(_answer(await _turn(session, TURNS[0], seen)))
                # the loop waits for events; the rotation happens at this turn boundary
                started = time.monotonic()
                while True:
                    rotated = await session.recv(timeout=5)
                    seen.append(rotated)
                    if isinstance(rotated, SessionReconnected):
                        break
                    assert rotated.type_ == "rate_limits.updated"  # the end of turn one
                assert rotated.rotated
                assert session.session_id != old_session
                for text in TURNS[1:]:
                    answers.append(_answer(await _turn(session, text, seen)))
                assert session.conversation is not None
                return seen, session.conversation, answers, time.monotonic() - started

        seen, conversation, answers, _ = asyncio.run(run())
    _check_order(seen)
    rotated = next(e for e in seen if isinstance(e, SessionReconnected))
    assert rotated.code is None and rotated.cut_response is None
    assert rotated.replay is not None and rotated.replay.replayed == 2
    assert not any(e.type_ == "error" for e in seen)  # the limit was never hit
    assert FIRST_WORDS in answers[2]
    assert len(conversation) == 6 and all(item.live for item in conversation)
    exported = json.loads(json.dumps(conversation.to_dict()))
    other = _roundtrip_in_new_process(exported)
    assert other["export"] == exported
    assert [tuple(i) for i in other["items"]] == _summary(conversation)


def test_without_rotation_the_limit_expires_the_session() -> None:
    """The server's limit is what OpenAI sends: an error event, then close 1001."""
    import asyncio

    with LocalRealtimeServer(ServerConfig(api_keys=frozenset({KEY})), session_max_s=0.5) as limited:

        async def run() -> list[Any]:
            seen: list[Any] = []
            policy = ReconnectPolicy(replay=True, initial_delay=0.01, jitter=0)
            async with connect_realtime_session(
                api_key=KEY, api_base=limited.base_url, reconnect=policy
            ) as session:
                seen.append(await session.recv(timeout=5))
                await _turn(session, TURNS[0], seen)
                while not isinstance(seen[-1], SessionReconnected):
                    seen.append(await session.recv(timeout=5))
                await _turn(session, TURNS[2], seen)
            return seen

        seen = asyncio.run(run())
    errors = [e for e in seen if e.type_ == "error"]
    assert [e.error.code for e in errors] == ["session_expired"]
    assert "maximum duration" in errors[0].error.message
    reconnected = seen[seen.index(errors[0]) + 1]
    assert isinstance(reconnected, SessionReconnected) and reconnected.code == 1001
    done = [e for e in seen if e.type_ == "response.done"][-1]
    assert FIRST_WORDS in _answer(done)


def test_replay_budget_keeps_the_newest_items_and_calls_with_their_outputs() -> None:
    conversation = Conversation()
    decoder = EventDecoder("ga_server")

    def feed(event: dict[str, Any]) -> None:
        conversation.feed(decoder.decode_dict({"event_id": "event_x", **event}))

    def user(i: int, text: str) -> dict[str, Any]:
        return {
            "type": "conversation.item.added",
            "item": {
                "id": f"item_u{i}",
                "type": "message",
                "role": "user",
                "status": "completed",
                "content": [{"type": "input_audio", "transcript": None}],
            },
        }

    feed(user(1, ""))
    feed(
        {
            "type": "conversation.item.input_audio_transcription.completed",
            "item_id": "item_u1",
            "content_index": 0,
            "transcript": "what is the time",
            "usage": {"type": "duration", "seconds": 1},
        }
    )
    feed(
        {
            "type": "conversation.item.added",
            "item": {
                "id": "item_c1",
                "type": "function_call",
                "status": "completed",
                "call_id": "call_1",
                "name": "clock",
                "arguments": "{}",
            },
        }
    )
    feed(
        {
            "type": "conversation.item.added",
            "item": {
                "id": "item_o1",
                "type": "function_call_output",
                "call_id": "call_1",
                "output": "12:00",
            },
        }
    )
    feed(user(2, ""))  # no transcript: nothing to replay
    entries, left_out = conversation.replay_plan()
    assert [e.create["type"] for e in entries] == [
        "message",
        "function_call",
        "function_call_output",
    ]
    assert entries[0].create["content"] == [{"type": "input_text", "text": "what is the time"}]
    assert [i.id for i in left_out] == ["item_u2"]
    # a budget of one item would keep only the output: it goes with its call, so neither
    entries, left_out = conversation.replay_plan(max_items=1)
    assert entries == []
    entries, _ = conversation.replay_plan(max_items=2)
    assert [e.create["type"] for e in entries] == ["function_call", "function_call_output"]
    entries, _ = conversation.replay_plan(max_tokens=3)
    assert [e.create["type"] for e in entries] == ["function_call_output"] or entries == []


def test_mirror_of_1000_turns_stays_small() -> None:
    """1,000 turns (user text of ~60 characters; assistant audio of 3 s with a ~200-character
    transcript, audio bytes not kept) fed as server events hold under 2 MB."""
    decoder = EventDecoder("ga_server")
    user_text = "Please tell me more about the second point you just made, ok?"
    words = ("This is a spoken answer of about two hundred characters, " * 4)[:200].split(" ")
    audio = base64.b64encode(bytes(4800)).decode()  # 100 ms of 24 kHz PCM16

    def ev(event: dict[str, Any]) -> Any:
        if event["type"].endswith(".delta"):  # the bulk: as raw events, to keep the test fast
            return UnknownEvent(event["type"], event, "raw")
        return decoder.decode_dict({"event_id": "event_1", **event})

    def feed_turn(conversation: Conversation, turn: int) -> None:
        uid, aid, rid = f"item_u{turn}", f"item_a{turn}", f"resp_{turn}"
        events = [
            ev(
                {
                    "type": "conversation.item.added",
                    "item": {
                        "id": uid,
                        "type": "message",
                        "role": "user",
                        "status": "completed",
                        "content": [{"type": "input_text", "text": user_text}],
                    },
                }
            ),
            ev(
                {"type": "response.created", "response": {"id": rid, "object": "realtime.response"}}
            ),
            ev(
                {
                    "type": "response.output_item.added",
                    "response_id": rid,
                    "output_index": 0,
                    "item": {
                        "id": aid,
                        "type": "message",
                        "role": "assistant",
                        "status": "in_progress",
                        "content": [],
                    },
                }
            ),
        ]
        for i in range(30):
            events.append(
                ev(
                    {
                        "type": "response.output_audio.delta",
                        "response_id": rid,
                        "item_id": aid,
                        "output_index": 0,
                        "content_index": 0,
                        "delta": audio,
                    }
                )
            )
            if i < len(words):
                events.append(
                    ev(
                        {
                            "type": "response.output_audio_transcript.delta",
                            "response_id": rid,
                            "item_id": aid,
                            "output_index": 0,
                            "content_index": 0,
                            "delta": words[i] + " ",
                        }
                    )
                )
        events.append(
            ev(
                {
                    "type": "response.done",
                    "response": {"id": rid, "object": "realtime.response", "status": "completed"},
                }
            )
        )
        for event in events:
            conversation.feed(event)

    feed_turn(Conversation(), -1)  # warm up: model modules imported, parsers cached
    gc.collect()
    conversation = Conversation()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    for turn in range(1000):
        feed_turn(conversation, turn)
    gc.collect()
    used = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    assert len(conversation) == 2000
    last = conversation.items[-1]
    assert last.audio_received_ms == pytest.approx(3000)
    assert len(last.text) > 150
    print(f"\nmirror of 1,000 turns: {used / 1e6:.2f} MB ({used / 2000:.0f} bytes per item)")
    assert used < 2_000_000


def test_replay_budget_limits_what_the_new_session_knows(server: LocalRealtimeServer) -> None:
    turns = ["first words", "second words", "third words", "fourth words"]
    close_after = _events_before_turn_two_is_cut(server, turns)
    import asyncio

    async def run() -> tuple[list[Any], Conversation, str]:
        seen: list[Any] = []
        server.set_faults(FaultPlan(close_after_events=close_after, close_code=1012))
        policy = ReconnectPolicy(replay=True, replay_max_items=2, initial_delay=0, jitter=0)
        async with connect_realtime_session(
            api_key=KEY, api_base=server.base_url, reconnect=policy
        ) as session:
            seen.append(await session.recv(timeout=5))
            server.set_faults(None)
            answer = ""
            for text in turns:
                answer = _answer(await _turn(session, text, seen))
            assert session.conversation is not None
            return seen, session.conversation, answer

    seen, conversation, answer = asyncio.run(run())
    _check_order(seen)
    reconnected = next(e for e in seen if isinstance(e, SessionReconnected))
    assert reconnected.replay is not None
    assert reconnected.replay.replayed == 2 and reconnected.replay.left_out == 6
    # the newest two (the third answer, the fourth question) went over; the rest did not
    assert answer == "Local server reply to: fourth words"
    live = [(item.role, item.text) for item in conversation if item.live]
    assert live[0] == (
        "assistant",
        'Local server reply to: third words (earlier you said: "first words"; "second words")',
    )
    assert [item.live for item in conversation][:5] == [False] * 5


def test_a_restored_conversation_resumes_in_a_new_session(server: LocalRealtimeServer) -> None:
    import asyncio

    async def first() -> dict[str, Any]:
        seen: list[Any] = []
        async with connect_realtime_session(api_key=KEY, api_base=server.base_url) as session:
            seen.append(await session.recv(timeout=5))
            await _turn(session, TURNS[0], seen)
            assert session.conversation is not None
            return session.conversation.to_dict()

    async def resumed(exported: dict[str, Any]) -> tuple[Any, str, Conversation]:
        restored = Conversation.from_dict(exported)
        async with connect_realtime_session(
            api_key=KEY, api_base=server.base_url, conversation=restored
        ) as session:
            created = await session.recv(timeout=5)
            seen: list[Any] = []
            answer = _answer(await _turn(session, TURNS[2], seen))
            assert session.conversation is restored
            return created, answer, restored

    exported = json.loads(json.dumps(asyncio.run(first())))
    other = _roundtrip_in_new_process(exported)
    created, answer, conversation = asyncio.run(resumed(other["export"]))
    assert created.type_ == "session.created"
    assert FIRST_WORDS in answer
    assert len(conversation) == 4
    assert all(item.previous_ids for item in conversation.items[:2])


async def test_user_audio_turns_get_their_transcripts_and_replay_as_text(
    server: LocalRealtimeServer,
) -> None:
    from openai_realtime.protocol import server_vad

    pcm = _spoken_turn(0.8)
    async with connect_realtime_session(api_key=KEY, api_base=server.base_url) as session:
        await session.set_configuration(
            output_modalities=["text"],
            transcription={"model": "whisper-1"},
            turn_detection=server_vad(silence_duration_ms=300),
        )
        await session.append_audio(pcm)
        await session.wait_for("conversation.item.input_audio_transcription.completed", timeout=10)
        await session.wait_for("response.done", timeout=10)
        assert session.conversation is not None
        user = session.conversation.items[0]
        assert user.role == "user" and user.data["content"][0]["type"] == "input_audio"
        transcript = user.data["content"][0]["transcript"]
        assert transcript and user.text == transcript
        assert user.model is not None  # typed with the generated item model
        entries, _ = session.conversation.replay_plan()
        assert entries[0].create == {
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": transcript}],
        }
        assert entries[1].create["content"][0]["type"] == "output_text"


def test_a_successor_that_closes_during_the_replay_is_a_failed_attempt(
    server: LocalRealtimeServer,
) -> None:
    """Every successor closes after session.created and session.updated, before the replay is
    acknowledged: each is a failed attempt, and the caller gets a typed error at the end."""
    from openai_realtime import ConnectionClosedError

    close_after = _events_before_turn_two_is_cut(server)
    import asyncio

    async def run() -> str:
        seen: list[Any] = []
        server.set_faults(FaultPlan(close_after_events=close_after, close_code=1011))
        policy = ReconnectPolicy(replay=True, max_attempts=3, initial_delay=0, jitter=0)
        try:
            async with connect_realtime_session(
                api_key=KEY, api_base=server.base_url, reconnect=policy
            ) as session:
                seen.append(await session.recv(timeout=5))
                server.set_faults(FaultPlan(close_after_events=2, close_code=1011))
                with pytest.raises(ConnectionClosedError) as caught:
                    await _turns(session, TURNS, seen)
                return str(caught.value)
        finally:
            server.set_faults(None)

    message = asyncio.run(run())
    assert "reconnect failed after 3 attempt(s)" in message
    assert "closed during the handoff" in message


async def test_rotation_waits_for_the_spoken_turn_and_its_answer() -> None:
    """Server VAD: speech, commit, the server's own response: the rotation (already due)
    happens only after that response is done, and the next turn works in the new session."""
    from openai_realtime.protocol import server_vad

    pcm = _spoken_turn(0.6)
    config = ServerConfig(api_keys=frozenset({KEY}), delta_delay_ms=20)
    async with LocalRealtimeServer(config) as srv:
        policy = ReconnectPolicy(replay=True, rotate_after_s=0.0, rotate_quiet_s=0.1)
        async with connect_realtime_session(
            api_key=KEY, api_base=srv.base_url, reconnect=policy
        ) as session:
            await session.set_configuration(
                output_modalities=["text"],
                transcription={"model": "whisper-1"},
                turn_detection=server_vad(silence_duration_ms=300),
            )
            await session.append_audio(pcm)
            seen: list[Any] = []
            while not isinstance(seen[-1:] and seen[-1], SessionReconnected):
                seen.append(await session.recv(timeout=10))
            types = [e.type_ for e in seen]
            assert "input_audio_buffer.speech_started" in types, types
            assert "response.done" in types, types
            assert types.index("response.done") < len(types) - 1  # the answer came first
            rotated = seen[-1]
            assert rotated.rotated and rotated.cut_response is None
            answer = _answer(await _turn(session, "and now in text", seen))
    assert "earlier you said" in answer  # the spoken turn's transcript went over


@pytest.mark.parametrize(
    "command",
    [["-m", "openai_realtime.server", "--help"], ["-m", "openai_realtime.cli", "server", "--help"]],
)
def test_the_server_commands_take_a_session_limit(command: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, *command],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", "NO_COLOR": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "--session-max-s" in result.stdout


def test_handoff_on_the_azure_preview_dialect(server: LocalRealtimeServer) -> None:
    """The beta dialect: items acknowledged by conversation.item.created, assistant text parts
    named ``text``."""
    connect = {
        "model": "my-deployment",
        "api_type": "azure",
        "api_base": server.azure_endpoint,
        "api_key": KEY,
        "api_version": "2025-04-01-preview",
    }
    close_after = _events_before_turn_two_is_cut(server, TURNS[:2], **connect)
    import asyncio

    async def run() -> tuple[list[Any], list[str]]:
        seen: list[Any] = []
        answers: list[str] = []
        server.set_faults(FaultPlan(close_after_events=close_after, close_code=1011))
        policy = ReconnectPolicy(replay=True, initial_delay=0, jitter=0)
        async with connect_realtime_session(**connect, reconnect=policy) as session:
            assert session.dialect == "beta"
            seen.append(await session.recv(timeout=5))
            server.set_faults(None)
            for text in TURNS:
                answers.append(_answer(await _turn(session, text, seen)))
        return seen, answers

    seen, answers = asyncio.run(run())
    _check_order(seen)
    reconnected = next(e for e in seen if isinstance(e, SessionReconnected))
    assert reconnected.replay is not None and reconnected.replay.replayed == 3
    assert reconnected.replay.errors == ()
    assert FIRST_WORDS in answers[2]


def test_a_flooding_successor_hits_the_replay_bound(server: LocalRealtimeServer) -> None:
    """Events other than the acknowledgements during a replay are kept up to max_backlog; then
    the replay stops waiting, and nothing is lost: the rest arrives through recv."""
    close_after = _events_before_turn_two_is_cut(server)
    import asyncio

    async def run() -> tuple[list[Any], list[str]]:
        seen: list[Any] = []
        answers: list[str] = []
        server.set_faults(FaultPlan(close_after_events=close_after, close_code=1011))
        policy = ReconnectPolicy(replay=True, initial_delay=0, jitter=0)
        try:
            async with connect_realtime_session(
                api_key=KEY, api_base=server.base_url, reconnect=policy, max_backlog=20
            ) as session:
                seen.append(await session.recv(timeout=5))
                server.set_faults(FaultPlan(flood_events=300))  # the successor floods
                for text in TURNS:
                    answers.append(_answer(await _turn(session, text, seen)))
        finally:
            server.set_faults(None)
        return seen, answers

    seen, answers = asyncio.run(run())
    reconnected = next(e for e in seen if isinstance(e, SessionReconnected))
    assert reconnected.replay is not None
    assert len(reconnected.replay.other_events) == 20
    assert "after 20 other events" in reconnected.replay.errors[0]
    after = seen[seen.index(reconnected) + 1 :]
    assert sum(e.type_ == "rate_limits.updated" for e in after) >= 300  # none lost
    assert FIRST_WORDS in answers[2]


async def test_items_the_new_session_refuses_are_reported(server: LocalRealtimeServer) -> None:
    """A restored conversation with an item that does not fit the spec (an image ``detail``
    it does not know: not sent) and one the server refuses (kept audio of half a PCM16
    sample): both are in the replay report and stay in the mirror under their old ids, not
    live; a function call output without its call is not sent at all."""

    def user(item_id: str, part: dict[str, Any], **extra: Any) -> dict[str, Any]:
        item = {"id": item_id, "type": "message", "role": "user", "status": "completed"}
        return {"id": item_id, "item": {**item, "content": [part]}, **extra}

    restored = Conversation.from_dict(
        {
            "version": 1,
            "keep_audio": True,
            "items": [
                user("item_old1", {"type": "input_text", "text": "hello"}),
                user(
                    "item_old2",
                    {"type": "input_image", "image_url": "data:,", "detail": "bogus"},
                ),
                user(
                    "item_old3",
                    {"type": "input_audio", "transcript": None},
                    audio={"0": base64.b64encode(bytes([1, 2, 3])).decode()},
                ),
                {
                    "id": "item_old4",
                    "item": {
                        "id": "item_old4",
                        "type": "function_call_output",
                        "call_id": "call_gone",
                        "output": "42",
                    },
                },
            ],
        }
    )
    seen: list[Any] = []
    async with connect_realtime_session(
        api_key=KEY, api_base=server.base_url, conversation=restored
    ) as session:
        seen.append(await session.recv(timeout=5))
        answer = _answer(await _turn(session, "and then?", seen))
        report = session.last_replay
    assert report is not None and report.replayed == 1 and report.left_out == 2  # not sent
    assert len(report.errors) == 2
    assert "not replayed (item_old2)" in report.errors[0] and "spec" in report.errors[0]
    assert "Invalid audio" in report.errors[1]
    assert seen[0].type_ == "session.created"
    assert not any(e.type_ == "error" for e in seen)  # refusals are the replay's, not the loop's
    first, misfit, refused, orphan = restored.items[:4]
    assert first.live and first.previous_ids == ["item_old1"]
    for item, old_id in ((misfit, "item_old2"), (refused, "item_old3"), (orphan, "item_old4")):
        assert not item.live and item.id == old_id and restored.resolve(old_id) == old_id
    assert answer.endswith('(earlier you said: "hello")')


async def test_rotation_never_loses_a_requested_response(server: LocalRealtimeServer) -> None:
    """A slow server (every frame 30 ms late) and a rotation that is always due with no quiet
    time: the item and the response just requested are awaited, not rotated away."""
    import asyncio

    policy = ReconnectPolicy(replay=True, rotate_after_s=0.5, rotate_quiet_s=0.0)
    server.set_faults(FaultPlan(delay_ms=30))
    seen: list[Any] = []
    try:
        async with connect_realtime_session(
            api_key=KEY, api_base=server.base_url, reconnect=policy
        ) as session:
            seen.append(await session.recv(timeout=5))
            server.set_faults(None)
            await asyncio.sleep(0.6)  # the rotation is due from now on
            async with asyncio.timeout(20):  # a lost response would leave _turn waiting
                answer = _answer(await _turn(session, TURNS[0], seen))
                while not isinstance(seen[-1], SessionReconnected):
                    seen.append(await session.recv(timeout=5))
    finally:
        server.set_faults(None)
    assert answer == f"Local server reply to: {TURNS[0]}"
    types = [e.type_ for e in seen]
    assert types.index("response.done") < types.index("openai_realtime.session.reconnected")
    assert seen[-1].cut_response is None and seen[-1].replay.replayed == 2


async def test_out_of_band_responses_are_not_in_the_conversation(
    server: LocalRealtimeServer,
) -> None:
    async with connect_realtime_session(api_key=KEY, api_base=server.base_url) as session:
        await session.add_item(role="user", text="classify this")
        await session.request_response(output_modalities=["text"], conversation="none")
        done = await session.wait_for("response.done", timeout=10)
        assert done.response.output  # it answered
        assert session.conversation is not None
        assert [item.role for item in session.conversation] == ["user"]
        assert session.conversation.at_turn_boundary


async def test_a_server_vad_turn_is_no_boundary_until_its_answer_is_done(
    server: LocalRealtimeServer,
) -> None:
    """Server VAD commits a turn after speech stops and answers it by itself: from
    speech_stopped until that response is done the mirror is not at a turn boundary (so a
    rotation waits), and once it is done it is."""
    from openai_realtime.protocol import server_vad

    pcm = _spoken_turn(0.6)
    async with connect_realtime_session(api_key=KEY, api_base=server.base_url) as session:
        await session.set_configuration(
            output_modalities=["text"], turn_detection=server_vad(silence_duration_ms=300)
        )
        await session.wait_for("session.updated", timeout=10)
        await session.append_audio(pcm)
        boundary: dict[str, bool] = {}
        while "response.done" not in boundary:
            event = await session.recv(timeout=10)
            assert session.conversation is not None
            boundary.setdefault(event.type_, session.conversation.at_turn_boundary)
    assert boundary["input_audio_buffer.speech_started"] is False
    assert boundary["input_audio_buffer.speech_stopped"] is False
    assert boundary["input_audio_buffer.committed"] is False
    assert boundary["response.created"] is False
    assert boundary["response.done"] is True
