"""What the conversation mirror and the session metrics cost an idle session, and that the fast
paths for the output deltas (most of the traffic) keep what the generic handlers kept."""

from __future__ import annotations

import base64
import gc
import json
import tracemalloc
from typing import Any

from openai_realtime import conversation as conversation_module
from openai_realtime.conversation import Conversation
from openai_realtime.events import EventDecoder
from openai_realtime.metrics import SessionMetrics

DECODER = EventDecoder("ga_server")
RESP, ITEM = "resp_mirror0000000000001", "item_mirror0000000000001"


def _event(data: dict[str, Any]) -> Any:
    return DECODER.decode(json.dumps({"event_id": "event_mirror", **data}))


def _response(deltas: list[tuple[bytes, str]]) -> list[Any]:
    """A spoken response as the GA API sends it: created, the item, its audio part, audio and
    transcript deltas, the item done, response.done."""
    item = {"id": ITEM, "type": "message", "role": "assistant", "status": "in_progress"}
    events = [
        _event({"type": "response.created", "response": {"id": RESP, "status": "in_progress"}}),
        _event(
            {
                "type": "response.output_item.added",
                "response_id": RESP,
                "output_index": 0,
                "item": {**item, "content": []},
            }
        ),
        _event(
            {
                "type": "response.content_part.added",
                "response_id": RESP,
                "item_id": ITEM,
                "output_index": 0,
                "content_index": 0,
                "part": {"type": "audio", "transcript": ""},
            }
        ),
    ]
    where = {"response_id": RESP, "item_id": ITEM, "output_index": 0, "content_index": 0}
    for audio, words in deltas:
        delta = base64.b64encode(audio).decode("ascii")
        events.append(_event({"type": "response.output_audio.delta", **where, "delta": delta}))
        events.append(
            _event({"type": "response.output_audio_transcript.delta", **where, "delta": words})
        )
    return events


def test_the_delta_fast_paths_keep_audio_ms_and_transcript() -> None:
    # sizes with 0, 1 and 2 padding characters; 24 kHz PCM16 is 48 bytes per ms
    deltas = [(b"\x01" * 4800, "Sure, "), (b"\x02" * 4801, "I can "), (b"\x03" * 4802, "help.")]
    fast = Conversation()
    kept = Conversation(keep_audio=True)  # keeps audio: the generic handler
    for event in _response(deltas):
        fast.feed(event)
        kept.feed(event)
    for conversation in (fast, kept):
        (item,) = list(conversation)
        assert item.audio_received_ms == (4800 + 4801 + 4802) / 48
        assert item.data["content"][0]["transcript"] == "Sure, I can help."
        assert item.response_id == RESP
    assert kept.get(ITEM).audio == {0: bytearray(b"\x01" * 4800 + b"\x02" * 4801 + b"\x03" * 4802)}


def test_deltas_of_an_unknown_item_change_nothing() -> None:
    conversation = Conversation()
    for event in _response([(b"\x00" * 4800, "hello ")])[3:]:  # no item was added
        conversation.feed(event)
    assert len(conversation) == 0
    assert conversation._items is conversation_module._NO_ITEMS  # still nothing allocated


def test_an_idle_conversation_allocates_no_item_state() -> None:
    conversation = Conversation()
    assert conversation._items is conversation_module._NO_ITEMS
    assert conversation._by_id is conversation_module._NO_IDS
    assert conversation.at_turn_boundary and list(conversation) == [] and conversation.items == []
    # using conversations never writes into the shared empty list and index
    for _ in range(3):
        used = Conversation()
        for event in _response([(b"\x00" * 480, "hi")]):
            used.feed(event)
        used.feed(_event({"type": "conversation.item.deleted", "item_id": ITEM}))
        used.restore_ids(used.save_ids())
        Conversation.from_dict(used.to_dict())
    assert conversation_module._NO_ITEMS == [] and conversation_module._NO_IDS == {}


def _traced_bytes_per(factory: Any, count: int = 1000) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = [factory() for _ in range(count)]
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(kept) == count
    return (after - before) / count


def test_idle_mirror_and_metrics_stay_small() -> None:
    # measured: ~210 bytes per Conversation (was ~810), SessionMetrics below
    assert _traced_bytes_per(Conversation) < 300
    metrics = _traced_bytes_per(
        lambda: SessionMetrics(
            kind="realtime", url="wss://127.0.0.1/v1/realtime", dialect="ga", model="gpt-realtime"
        )
    )
    assert metrics < 800
