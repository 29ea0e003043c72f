"""Helpers shared by the ``test_server_*`` modules (no tests here).

A raw ``websockets`` client that validates every event it receives against the pinned spec,
for any event family (GA, beta, translation), with the suite's validator (conftest's),
independent of the server's own.
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import numpy as np
import pytest
from conftest import assert_valid
from openai_realtime_api.dispatch import FAMILIES
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import InvalidStatus

KEY = "sk-server-test-KNOWN"
RATE = 24_000
#: A minimal WebRTC SDP offer (audio + data channel), as a browser sends it.
OFFER = (
    "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
    "a=group:BUNDLE 0 1\r\n"
    "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\na=mid:0\r\na=sendrecv\r\n"
    "a=rtpmap:111 opus/48000/2\r\n"
    "m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 0.0.0.0\r\na=mid:1\r\n"
    "a=sctp-port:5000\r\n"
)


def call_ws_url(ws_url: str, base_url: str, key: str = KEY) -> str:
    """Start a WebRTC call (``POST /realtime/calls`` with :data:`OFFER`) and return the URL of
    its WebSocket (``?call_id=``): the only kind of session on which real servers send the
    ``output_audio_buffer.*`` events."""
    response = httpx.post(
        f"{base_url}/realtime/calls",
        content=OFFER,
        headers={"Content-Type": "application/sdp", "Authorization": f"Bearer {key}"},
    )
    response.raise_for_status()
    return f"{ws_url}?call_id={response.headers['location'].rsplit('/', 1)[-1]}"


def assert_event(family: str, event: dict[str, Any]) -> None:
    table = FAMILIES[family]
    assert event["type"] in table, f"not a {family} event: {event['type']}"
    assert re.match(r"^event_[A-Za-z0-9]+$", event["event_id"]), event["event_id"]
    assert_valid(table[event["type"]][1], event)


def types(events: list[dict[str, Any]]) -> list[str]:
    return [e["type"] for e in events]


def message(role: str, *content: dict[str, Any]) -> dict[str, Any]:
    """A ``message`` conversation item of ``role`` with the ``content`` parts."""
    return {"type": "message", "role": role, "content": list(content)}


def user_text(text: str) -> dict[str, Any]:
    return message("user", {"type": "input_text", "text": text})


def function_tool(
    name: str,
    description: str | None,
    properties: dict[str, Any],
    required: list[str],
    **schema: Any,
) -> dict[str, Any]:
    """A session ``function`` tool (no ``description`` when ``None``) whose parameters are an
    object schema (``schema``: more of its keywords, e.g. ``additionalProperties``)."""
    tool: dict[str, Any] = {"type": "function", "name": name}
    if description is not None:
        tool["description"] = description
    tool["parameters"] = {
        "type": "object",
        "properties": properties,
        "required": required,
        **schema,
    }
    return tool


def code_param_event(error: dict[str, Any]) -> tuple[Any, Any, Any]:
    """``(code, param, event_id)`` of an ``error`` event's error."""
    return error["code"], error["param"], error["event_id"]


def pcm(samples: np.ndarray) -> str:
    return base64.b64encode(samples.astype("<i2").tobytes()).decode()


def silence(ms: int, rate: int = RATE) -> np.ndarray:
    return np.zeros(rate * ms // 1000, dtype=np.int16)


def tone(ms: int, rate: int = RATE, amplitude: float = 0.3) -> np.ndarray:
    t = np.arange(rate * ms // 1000) / rate
    return (amplitude * 32767 * np.sin(2 * np.pi * 440 * t)).astype(np.int16)


class WsClient:
    """A raw WebSocket client that checks every event against its ``family``."""

    def __init__(self, ws: ClientConnection, family: str) -> None:
        self.ws = ws
        self.family = family
        self.created: dict[str, Any] = {}

    async def send(self, event: dict[str, Any]) -> None:
        await self.ws.send(json.dumps(event))

    async def recv(self, timeout: float = 5.0) -> dict[str, Any]:
        raw = await asyncio.wait_for(self.ws.recv(), timeout)
        assert isinstance(raw, str)
        event: dict[str, Any] = json.loads(raw)
        assert_event(self.family, event)
        return event

    async def until(self, event_type: str, timeout: float = 5.0) -> list[dict[str, Any]]:
        """Events up to and including the first of ``event_type``."""
        events: list[dict[str, Any]] = []
        while not events or events[-1]["type"] != event_type:
            events.append(await self.recv(timeout))
        return events

    async def append(
        self,
        samples: np.ndarray,
        chunk_ms: int = 100,
        rate: int = RATE,
        event_type: str = "input_audio_buffer.append",
    ) -> None:
        step = rate * chunk_ms // 1000
        for i in range(0, samples.size, step):
            await self.send({"type": event_type, "audio": pcm(samples[i : i + step])})

    async def update(self, session: dict[str, Any]) -> dict[str, Any]:
        """Send ``session.update``; the next event must be its ``session.updated``, whose
        session is returned."""
        await self.send({"type": "session.update", "session": session})
        event = await self.recv()
        assert event["type"] == "session.updated", event
        return event["session"]  # type: ignore[no-any-return]

    async def sync(self) -> None:
        """Round trip that proves no other event was pending (clear -> cleared)."""
        await self.send({"type": "input_audio_buffer.clear"})
        event = await self.recv()
        assert event["type"] == "input_audio_buffer.cleared", event

    async def quiet(self, timeout: float = 0.15) -> None:
        """Assert that nothing arrives within ``timeout`` seconds."""
        try:
            raw = await asyncio.wait_for(self.ws.recv(), timeout)
        except TimeoutError:
            return
        raise AssertionError(f"unexpected event: {str(raw)[:200]}")


async def denial(url: str, **kwargs: Any) -> InvalidStatus:
    """The refusal of a WebSocket handshake to ``url`` (the test fails if it is accepted)."""
    with pytest.raises(InvalidStatus) as info:
        async with connect(url, **kwargs):
            pass
    return info.value


@asynccontextmanager
async def open_ws(
    url: str,
    *,
    headers: dict[str, str] | None = None,
    family: str = "ga_server",
    created: str | None = "session.created",
    **kwargs: Any,
) -> AsyncIterator[WsClient]:
    """Connect (default header: the test key as bearer) and read the first event, which must
    be ``created`` (unless ``None``)."""
    headers = {"Authorization": f"Bearer {KEY}"} if headers is None else headers
    async with connect(url, additional_headers=headers, **kwargs) as ws:
        client = WsClient(ws, family)
        if created is not None:
            client.created = await client.recv()
            assert client.created["type"] == created, client.created
        yield client
