"""Shared by every benchmark process: the event mix, sizes, RSS sampling, result output.

Standard library only: it runs in the project's venv (ours, the floor, the fast server) and in
``bench/.venv-openai`` (the official SDK), which have different dependencies.
"""

from __future__ import annotations

import base64
import json
import math
import os
import statistics
import struct
import sys
from typing import Any

#: 24 kHz mono PCM16: bytes per second of audio.
BYTES_PER_SECOND = 24_000 * 2
#: 100 ms of 24 kHz PCM16.
CHUNK_BYTES = BYTES_PER_SECOND // 10
#: Events per mix: 10 audio deltas, 10 text deltas, one response.done.
MIX_EVENTS = 21

MODEL = "gpt-realtime"
API_KEY = "sk-bench-local"


def _tone(samples: int, offset: int) -> bytes:
    """A 440 Hz tone at -20 dBFS: realistic-looking (non-repeating) base64 payloads."""
    amp = 3277
    return b"".join(
        struct.pack("<h", int(amp * math.sin(2 * math.pi * 440 * (offset + i) / 24_000)))
        for i in range(samples)
    )


def mix_events() -> list[dict[str, Any]]:
    """The 21-event receive mix, as the GA Realtime API sends it during an audio response.

    10 ``response.output_audio.delta`` (100 ms of 24 kHz PCM16 each, base64: 6,400 characters),
    10 ``response.output_text.delta``, one ``response.done`` with the nested response (an
    assistant message item with audio and text content, audio output config, full usage).
    """
    resp, item = "resp_CZbench0000000000001", "item_CZbench0000000000001"
    words = [
        "Sure,",
        "here",
        "is",
        "the",
        "weather",
        "forecast",
        "for",
        "tomorrow",
        "in",
        "Paris:",
        "sunny,",
        "21",
        "degrees.",
    ]
    events: list[dict[str, Any]] = []
    for i in range(10):
        audio = base64.b64encode(_tone(CHUNK_BYTES // 2, i * CHUNK_BYTES // 2)).decode("ascii")
        events.append(
            {
                "type": "response.output_audio.delta",
                "event_id": f"event_CZbenchA{i:013d}",
                "response_id": resp,
                "item_id": item,
                "output_index": 0,
                "content_index": 0,
                "delta": audio,
            }
        )
        events.append(
            {
                "type": "response.output_text.delta",
                "event_id": f"event_CZbenchT{i:013d}",
                "response_id": resp,
                "item_id": item,
                "output_index": 0,
                "content_index": 1,
                "delta": " ".join(words[i : i + 2]) + " ",
            }
        )
    text = " ".join(words)
    events.append(
        {
            "type": "response.done",
            "event_id": "event_CZbenchD0000000000001",
            "response": {
                "object": "realtime.response",
                "id": resp,
                "status": "completed",
                "status_details": None,
                "output": [
                    {
                        "id": item,
                        "type": "message",
                        "object": "realtime.item",
                        "status": "completed",
                        "role": "assistant",
                        "content": [
                            {"type": "output_audio", "transcript": text},
                            {"type": "output_text", "text": text},
                        ],
                    }
                ],
                "conversation_id": "conv_CZbench0000000000001",
                "output_modalities": ["audio"],
                "max_output_tokens": "inf",
                "audio": {
                    "output": {"format": {"type": "audio/pcm", "rate": 24000}, "voice": "marin"}
                },
                "usage": {
                    "total_tokens": 417,
                    "input_tokens": 212,
                    "output_tokens": 205,
                    "input_token_details": {
                        "text_tokens": 132,
                        "audio_tokens": 80,
                        "image_tokens": 0,
                        "cached_tokens": 64,
                        "cached_tokens_details": {
                            "text_tokens": 64,
                            "audio_tokens": 0,
                            "image_tokens": 0,
                        },
                    },
                    "output_token_details": {"text_tokens": 45, "audio_tokens": 160},
                },
                "metadata": None,
            },
        }
    )
    return events


def item_added_frame() -> str:
    """``conversation.item.added`` for a user text item: the latency case's answer."""
    event = {
        "type": "conversation.item.added",
        "event_id": "event_CZbenchI0000000000001",
        "previous_item_id": None,
        "item": {
            "id": "item_CZbenchU0000000000002",
            "object": "realtime.item",
            "type": "message",
            "status": "completed",
            "role": "user",
            "content": [{"type": "input_text", "text": "ping"}],
        },
    }
    return json.dumps(event, separators=(",", ":"))


def mix_frames() -> list[str]:
    """The mix as JSON text frames (compact, as the API sends them)."""
    return [json.dumps(e, separators=(",", ":")) for e in mix_events()]


def rss_bytes() -> int:
    """Current resident set size of this process (Linux ``/proc/self/statm``)."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank-interpolated percentile (``q`` in 0..100)."""
    if not values:
        return math.nan
    data = sorted(values)
    if len(data) == 1:
        return data[0]
    pos = (len(data) - 1) * q / 100
    lo = math.floor(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else math.nan


def emit(result: dict[str, Any]) -> None:
    """Print one JSON result line on stdout (the orchestrator reads the last line)."""
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()


def raise_fd_limit(n: int = 8192) -> None:
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = min(max(soft, n), hard)
    if want != soft:
        resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
