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


# ------------------------------------------------------------------------- live sessions

#: Live-session variants: name -> (sample rate in Hz, bytes per sample, audio format type).
LIVE_FORMATS: dict[str, tuple[int, int, str]] = {
    "pcm24k": (24_000, 2, "audio/pcm"),  # the default voice format: 24 kHz mono PCM16
    "g711": (8_000, 1, "audio/pcmu"),  # telephony: 8 kHz G.711 µ-law, one byte a sample
}
#: Audio per ``input_audio_buffer.append`` and per ``response.output_audio.delta`` (ms).
LIVE_CHUNK_MS = 100
#: Audio deltas per response: a ``response.done`` every 3 s of assistant speech.
LIVE_DELTAS_PER_RESPONSE = 30
#: The ``event_id`` of every live event is ``event_`` + the server's ``time.monotonic_ns()`` at
#: the send, as 20 digits (CLOCK_MONOTONIC is shared by the processes of one machine), so a
#: client computes its event lag as ``time.monotonic_ns() - int(event.event_id[6:])``.
LIVE_ID_PLACEHOLDER = "event_" + "0" * 20


def live_chunk_bytes(fmt: str) -> int:
    """Raw audio bytes in one 100 ms chunk of the variant ``fmt``."""
    rate, width, _ = LIVE_FORMATS[fmt]
    return rate * width * LIVE_CHUNK_MS // 1000


def live_audio(fmt: str, chunks: int) -> list[bytes]:
    """``chunks`` distinct 100 ms chunks of the variant's audio (a tone; µ-law-like bytes for
    G.711: any byte is a valid µ-law sample)."""
    n = live_chunk_bytes(fmt)
    width = LIVE_FORMATS[fmt][1]
    pcm = _tone(chunks * n // width, 0)
    if width == 1:
        pcm = pcm[1::2]  # the high bytes: varied, realistic-looking payloads
    return [pcm[i * n : (i + 1) * n] for i in range(chunks)]


def live_events(fmt: str) -> dict[str, list[dict[str, Any]]]:
    """The events a live session's server side sends, per kind, with placeholder event ids:
    ``audio`` (10 distinct ``response.output_audio.delta``, 100 ms each), ``text`` (10
    ``response.output_audio_transcript.delta``), ``done`` (one ``response.done``)."""
    resp, item = "resp_CZlive00000000000001", "item_CZlive00000000000001"
    words = ["Sure,", "I", "can", "help", "with", "that.", "Your", "order", "ships", "soon."]
    audio = [
        {
            "type": "response.output_audio.delta",
            "event_id": LIVE_ID_PLACEHOLDER,
            "response_id": resp,
            "item_id": item,
            "output_index": 0,
            "content_index": 0,
            "delta": base64.b64encode(chunk).decode("ascii"),
        }
        for chunk in live_audio(fmt, 10)
    ]
    text = [
        {
            "type": "response.output_audio_transcript.delta",
            "event_id": LIVE_ID_PLACEHOLDER,
            "response_id": resp,
            "item_id": item,
            "output_index": 0,
            "content_index": 0,
            "delta": words[i % len(words)] + " ",
        }
        for i in range(10)
    ]
    done = mix_events()[-1]
    done["event_id"] = LIVE_ID_PLACEHOLDER
    done["response"]["output"][0]["content"] = [
        {"type": "output_audio", "transcript": " ".join(words)}
    ]
    rate, _, fmt_type = LIVE_FORMATS[fmt]
    done["response"]["audio"]["output"]["format"] = (
        {"type": fmt_type, "rate": rate} if fmt_type == "audio/pcm" else {"type": fmt_type}
    )
    return {"audio": audio, "text": text, "done": [done]}


def live_session_update(fmt: str) -> dict[str, Any] | None:
    """The ``session.update`` a user sends for the variant (``None``: the defaults fit)."""
    _, _, fmt_type = LIVE_FORMATS[fmt]
    if fmt_type == "audio/pcm":
        return None
    audio_format = {"format": {"type": fmt_type}}
    return {"type": "realtime", "audio": {"input": audio_format, "output": audio_format}}
