"""Playback-true truncation for any audio sink: the tracker's rules, and
``RealtimeSession.interrupt`` (cancel -> truncate -> clear) against the local server over real
sockets on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from openai_realtime import connect_realtime_session
from openai_realtime.playback import PlaybackTracker
from openai_realtime.server import LocalRealtimeServer
from openai_realtime.server.observe import add_observer, remove_observer

KEY = "sk-playback-test-SECRET-13"


# 600 ms of audio in 100 ms deltas, 40 ms apart: a response streams for ~0.3 s
pytestmark = pytest.mark.realtime_server(delta_delay_ms=40, response_audio_ms=600)


@pytest.fixture
def client_events() -> Iterator[list[str]]:
    """Types of the client events the server received, in order."""
    seen: list[str] = []

    def observe(direction: str, family: str, message: Any) -> None:
        if direction == "client":
            data = json.loads(message) if isinstance(message, str | bytes) else message
            if isinstance(data, dict) and data.get("type") != "input_audio_buffer.append":
                seen.append(str(data.get("type")))

    add_observer(observe)
    yield seen
    remove_observer(observe)


# --- the tracker's rules (pure) -------------------------------------------------------------


def test_truncation_is_clamped_to_the_audio_received() -> None:
    tracker = PlaybackTracker()
    tracker.add_played("item_a", 900)  # a sink that over-reports, or a clock running ahead
    point = tracker.truncation("item_a", 600.0)
    assert point is not None and point.audio_end_ms == 600


def test_no_truncation_before_the_first_frame_was_played() -> None:
    tracker = PlaybackTracker()
    assert tracker.truncation("item_a", 300.0) is None  # never played
    tracker.add_played("item_a", 0.4)  # under one millisecond
    assert tracker.truncation("item_a", 300.0) is None


def test_queued_audio_is_not_played() -> None:
    """Only what the sink reports counts: 600 ms handed to a jitter buffer, 200 ms heard."""
    tracker = PlaybackTracker()
    for _ in range(10):
        tracker.add_played("item_a", 20)  # ten 20 ms device blocks
    point = tracker.truncation("item_a", 600.0)
    assert point is not None and point.audio_end_ms == 200 and point.played_ms == 200


def test_an_item_heard_to_the_end_is_not_truncated() -> None:
    tracker = PlaybackTracker()
    tracker.set_played("item_a", 600)  # e.g. a Twilio mark at the end of the item
    assert tracker.truncation("item_a", 600.0, complete=True) is None
    # the same position while audio is still arriving: cut where playback is
    point = tracker.truncation("item_a", 600.0, complete=False)
    assert point is not None and point.audio_end_ms == 600


def test_absolute_positions_never_move_back() -> None:
    tracker = PlaybackTracker()
    tracker.set_played("item_a", 340)  # RTP timestamp -> ms
    tracker.set_played("item_a", 120)  # a late, older mark
    assert tracker.played_ms("item_a") == 340
    assert tracker.current_item == "item_a"
    with pytest.raises(ValueError, match=">= 0"):
        tracker.add_played("item_a", -1)
    tracker.forget("item_a")
    assert tracker.played_ms("item_a") == 0 and tracker.current_item is None


# --- interrupt() against the local server ------------------------------------------------


async def _audio_response_until(session: Any, deltas: int) -> str:
    """Ask for an audio response; return the item id once ``deltas`` audio deltas arrived."""
    await session.add_item(role="user", text="tell me a long story")
    await session.request_response(output_modalities=["audio"])
    count = 0
    while True:
        event = await session.recv(timeout=10)
        if event.type_ == "response.output_audio.delta":
            count += 1
            if count == deltas:
                return str(event.item_id)


async def _until_done(session: Any) -> list[Any]:
    events = []
    while True:
        event = await session.recv(timeout=10)
        events.append(event)
        if event.type_ == "response.done":
            return events


async def test_barge_in_while_the_response_is_streaming(
    server: LocalRealtimeServer, client_events: list[str]
) -> None:
    async with connect_realtime_session(api_key=KEY, api_base=server.base_url) as session:
        item_id = await _audio_response_until(session, 3)  # 300 ms received
        tracker = PlaybackTracker()
        tracker.add_played(item_id, 150)  # the sink played 150 ms of it
        stopped: list[bool] = []
        point = await session.interrupt(tracker, stop_playback=lambda: stopped.append(True))
        assert stopped == [True]
        assert point is not None and point.audio_end_ms == 150
        events = await _until_done(session)
        done = events[-1]
        assert done.response.status == "cancelled"
        truncated = await session.wait_for("conversation.item.truncated", timeout=5)
        assert truncated.item_id == item_id and truncated.audio_end_ms == 150
        assert not any(e.type_ == "error" for e in events)
        # the order the server received: cancel, then truncate (no output_audio_buffer.clear
        # on a WebSocket session)
        tail = client_events[client_events.index("response.create") + 1 :]
        assert tail == ["response.cancel", "conversation.item.truncate"]
        # the mirror knows what was heard
        assert session.conversation is not None
        item = session.conversation.get(item_id)
        assert item is not None and item.audio_end_ms == 150 and item.audio_played_ms == 150
        assert item.audio_received_ms >= 300
        # its transcript keeps the share of words played: 150 ms of what was received
        full = "Local server reply to: tell me a long story"
        assert full.startswith(item.text) and 0 < len(item.text) < len(full)


async def test_played_past_received_is_clamped_and_accepted(server: LocalRealtimeServer) -> None:
    async with connect_realtime_session(api_key=KEY, api_base=server.base_url) as session:
        item_id = await _audio_response_until(session, 2)  # 200 ms received
        tracker = PlaybackTracker()
        tracker.add_played(item_id, 5000)
        point = await session.interrupt(tracker)
        assert point is not None and point.audio_end_ms == 200
        events = await _until_done(session)
        truncated = await session.wait_for("conversation.item.truncated", timeout=5)
        assert truncated.audio_end_ms == 200
        assert not any(e.type_ == "error" for e in events)


async def test_nothing_played_cancels_without_truncating(
    server: LocalRealtimeServer, client_events: list[str]
) -> None:
    async with connect_realtime_session(api_key=KEY, api_base=server.base_url) as session:
        item_id = await _audio_response_until(session, 1)
        tracker = PlaybackTracker()
        point = await session.interrupt(tracker, item_id=item_id)
        assert point is None
        events = await _until_done(session)
        assert events[-1].response.status == "cancelled"
        assert not any(e.type_ in ("error", "conversation.item.truncated") for e in events)
        assert "conversation.item.truncate" not in client_events


async def test_heard_to_the_end_sends_nothing(
    server: LocalRealtimeServer, client_events: list[str]
) -> None:
    async with connect_realtime_session(api_key=KEY, api_base=server.base_url) as session:
        item_id = await _audio_response_until(session, 1)
        await _until_done(session)
        assert session.conversation is not None
        item = session.conversation.get(item_id)
        assert item is not None and item.audio_received_ms == pytest.approx(600)
        tracker = PlaybackTracker()
        tracker.set_played(item_id, 600)
        before = len(client_events)
        assert await session.interrupt(tracker) is None
        assert client_events[before:] == []


async def test_audio_output_truncates_what_its_device_played(server: LocalRealtimeServer) -> None:
    from openai_realtime.devices import AudioOutput
    from test_devices import Factory  # the fake output stream of the device tests

    async with connect_realtime_session(api_key=KEY, api_base=server.base_url) as session:
        factory = Factory()
        async with AudioOutput(session, stream_factory=factory, cancel_response=True) as speaker:
            # nothing played yet: the barge-in cancels and does not truncate
            await _audio_response_until(session, 2)
            assert await speaker.interrupt() == []
            events = await _until_done(session)
            assert not any(e.type_ == "error" for e in events)
            # 120 ms played of the next answer: truncated there, the mirror knows
            item_id = await _audio_response_until(session, 3)
            factory.stream.pull_ms(120)
            (truncation,) = await speaker.interrupt()
            assert truncation.item_id == item_id and truncation.audio_end_ms == 120
            assert speaker.playback.played_ms(item_id) == 120
            events = await _until_done(session)
            truncated = await session.wait_for("conversation.item.truncated", timeout=5)
            assert truncated.audio_end_ms == 120
            assert not any(e.type_ == "error" for e in events)
            assert session.conversation is not None
            item = session.conversation.get(item_id)
            assert item is not None and item.audio_played_ms == 120 and item.audio_end_ms == 120


async def test_an_item_recreated_by_a_handoff_is_not_truncated(
    server: LocalRealtimeServer, client_events: list[str]
) -> None:
    """After a handoff the assistant's audio answer lives in the new session as text: a
    barge-in while the sink still plays it (under its old id) truncates nothing."""
    from openai_realtime.conversation import Conversation

    async with connect_realtime_session(api_key=KEY, api_base=server.base_url) as session:
        item_id = await _audio_response_until(session, 1)
        await _until_done(session)
        assert session.conversation is not None
        exported = session.conversation.to_dict()
    restored = Conversation.from_dict(exported)
    async with connect_realtime_session(
        api_key=KEY, api_base=server.base_url, conversation=restored
    ) as session:
        await session.recv(timeout=5)
        assert restored.resolve(item_id) != item_id and not restored.truncatable(item_id)
        tracker = PlaybackTracker()
        tracker.add_played(item_id, 200)  # the sink still plays the old audio
        before = len(client_events)
        assert await session.interrupt(tracker) is None
        assert client_events[before:] == []
