"""Replay of real server traffic (``../shared/real-traffic/``) through the client.

The corpus holds events that real OpenAI and Azure servers sent to other people's applications
(GA, beta and Azure preview dialects; provenance in its ``provenance.json``). It is data, not
part of the repository: this module reads it from ``../shared/real-traffic`` (or
``$REAL_TRAFFIC``) and is skipped, with that reason, where it is absent.

* Every event whose ``type`` the dialect's family knows decodes to its generated class, and
  ``to_dict()`` is the event exactly as received.
* Verbatim events (not trimmed by their author) deviate from the corrected spec nowhere.
* The session path (a loopback WebSocket server sending the frames byte for byte to a real
  session) gives the same events as the direct decode, in the dialect's vocabulary (Azure
  preview: GA-typed events, the beta-typed one in ``beta``).
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from openai_realtime import UnknownEvent, connect_realtime_session, deviations
from openai_realtime.dialect import server_decoder
from openai_realtime.events import ALIASES, EventDecoder
from websockets.asyncio.server import ServerConnection, serve

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("REAL_TRAFFIC", ROOT.parent / "shared" / "real-traffic"))
DIALECTS = {"ga": "ga_server", "beta": "beta_server", "azure": "beta_server"}
PREVIEW_API_VERSION = "2025-04-01-preview"

pytestmark = pytest.mark.skipif(
    not (CORPUS / "ga.jsonl").is_file(),
    reason=f"the real-traffic corpus is not at {CORPUS} (set REAL_TRAFFIC to its folder)",
)


def lines(dialect: str) -> list[str]:
    text = (CORPUS / f"{dialect}.jsonl").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip()]


def verbatim(dialect: str) -> dict[int, bool]:
    """1-based line -> whether the author published it byte for byte."""
    provenance = json.loads((CORPUS / "provenance.json").read_text(encoding="utf-8"))
    return {e["line"]: e.get("verbatim", True) for e in provenance["events"][dialect]}


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_every_known_event_is_typed_losslessly(dialect: str) -> None:
    family = DIALECTS[dialect]
    decoder = EventDecoder(family, strict=False)  # type: ignore[arg-type]
    known = decoder.types | set(ALIASES.get(family, {}))
    typed = 0
    for number, line in enumerate(lines(dialect), 1):
        raw = json.loads(line)
        event = decoder.decode(line)
        assert raw["type"] in known, f"{dialect}.jsonl:{number}: unknown type {raw['type']!r}"
        assert not isinstance(event, UnknownEvent), f"{dialect}.jsonl:{number}: {event.reason}"
        expected = decoder.model_for(ALIASES.get(family, {}).get(raw["type"], raw["type"]))
        assert expected is not None and isinstance(event, expected)
        assert event.to_dict() == raw, f"{dialect}.jsonl:{number}: not lossless"
        typed += 1
    assert typed == len(lines(dialect))


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_verbatim_events_follow_the_corrected_spec(dialect: str) -> None:
    decoder = EventDecoder(DIALECTS[dialect], strict=False)  # type: ignore[arg-type]
    is_verbatim = verbatim(dialect)
    off = {
        number: [str(d) for d in deviations(decoder.decode(line))]
        for number, line in enumerate(lines(dialect), 1)
        if is_verbatim.get(number, True)
    }
    assert {n: d for n, d in off.items() if d} == {}


async def _serve_frames(frames: list[str]) -> AsyncIterator[int]:
    async def handler(connection: ServerConnection) -> None:
        for frame in frames:
            await connection.send(frame)  # text frames, byte for byte
        await connection.close()

    async with serve(handler, "127.0.0.1", 0) as server:
        yield next(iter(server.sockets)).getsockname()[1]


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
async def test_the_session_path_agrees_with_the_direct_decode(dialect: str) -> None:
    frames = lines(dialect)
    family = DIALECTS[dialect]
    direct = server_decoder(family, strict=False)
    async for port in _serve_frames(frames):
        kwargs: dict[str, Any] = (
            {"api_key": "sk-replay", "api_base": f"http://127.0.0.1:{port}/v1"}
            if family == "ga_server"
            else {
                "api_type": "azure",
                "api_base": f"http://127.0.0.1:{port}",
                "api_key": "azure-replay",
                "api_version": PREVIEW_API_VERSION,
            }
        )
        async with connect_realtime_session("gpt-realtime", strict=False, **kwargs) as session:
            received = [await asyncio.wait_for(session.recv(), 5) for _ in frames]
    for number, (frame, event) in enumerate(zip(frames, received, strict=True), 1):
        expected = direct.decode(frame)
        assert type(event) is type(expected), f"{dialect}.jsonl:{number}"
        assert event.to_dict() == expected.to_dict(), f"{dialect}.jsonl:{number}"
        beta = getattr(event, "beta", None)
        if family == "beta_server" and beta is not None:
            assert beta.to_dict() == json.loads(frame)
