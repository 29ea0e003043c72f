"""Decode cost per event of the receive mix, without I/O: ``python bench/micro_decode.py``.

Runs in either venv: with the project installed it times ``json.loads``, ``orjson.loads`` and
``EventDecoder("ga_server").decode``; in ``bench/.venv-openai`` it times the SDK's
``parse_event`` (``construct_type_unchecked`` over ``json.loads``). Prints µs per event for
the whole mix, for each of its three event types, and for ``conversation.item.added`` (the
latency case's answer).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import item_added_frame, mix_frames

FRAMES = mix_frames()
ITEM_ADDED = item_added_frame()


def timeit(fn: Callable[[str], Any], frames: list[str], n: int) -> float:
    for f in frames:
        fn(f)
    best = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        for _ in range(n):
            for f in frames:
                fn(f)
        best = min(best, (time.perf_counter() - t) / (n * len(frames)))
    return best * 1e6


def report(name: str, fn: Callable[[str], Any], n: int) -> None:
    mix = timeit(fn, FRAMES, n)
    audio = timeit(fn, [FRAMES[0]], n * 5)
    text = timeit(fn, [FRAMES[1]], n * 5)
    done = timeit(fn, [FRAMES[-1]], n * 5)
    added = timeit(fn, [ITEM_ADDED], n * 5)
    print(
        f"{name:18s} mix {mix:6.2f} µs/event | audio delta {audio:6.2f} | "
        f"text delta {text:6.2f} | response.done {done:6.2f} | item.added {added:6.2f}"
    )


def main() -> None:
    report("json.loads", json.loads, 500)
    try:
        import orjson

        report("orjson.loads", orjson.loads, 500)
    except ImportError:
        pass
    try:
        from openai_realtime.events import EventDecoder

        report("ours decode", EventDecoder("ga_server").decode, 500)
    except ImportError:
        pass
    try:
        from openai._models import construct_type_unchecked
        from openai.types.realtime import RealtimeServerEvent

        def parse(frame: str) -> Any:
            return construct_type_unchecked(value=json.loads(frame), type_=RealtimeServerEvent)

        report("sdk parse_event", parse, 100)
    except ImportError:
        pass


if __name__ == "__main__":
    main()
