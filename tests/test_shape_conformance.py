"""The local server sends what real servers send: shapes compared with the real-traffic corpus.

A scripted session runs against the local server in each dialect (GA conversation: a spoken
turn with input transcription, a text answer, an audio answer, a function call; GA
transcription; Azure preview: the same conversation in the beta dialect), every event the server
sends is recorded, and for every event type present both there and in the corpus
(``../shared/real-traffic/``; skipped where absent) the *shapes* are compared: the JSON paths
(list indexes folded to ``[]``) and, at each path, the JSON value types (``null``, ``string``,
``integer``, ``number``, ``boolean``, ``object``, ``array``), over all instances.

A path (or a value type at a path) that one side has and the other never shows is a difference;
every difference must be in :data:`JUSTIFIED` with the reason, and every entry there must still
be a difference (no stale excuses).
"""

from __future__ import annotations

import base64
import json
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from openai_realtime.server import LocalRealtimeServer
from test_server_support import function_tool
from websockets.asyncio.client import connect

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("REAL_TRAFFIC", ROOT.parent / "shared" / "real-traffic"))
KEY = "sk-shapes-KNOWN-9"
AZURE_KEY = "azure-shapes-KNOWN-9"
PREVIEW = "api-version=2025-04-01-preview"

pytestmark = [
    pytest.mark.skipif(
        not (CORPUS / "ga.jsonl").is_file(),
        reason=f"the real-traffic corpus is not at {CORPUS} (set REAL_TRAFFIC to its folder)",
    ),
    pytest.mark.realtime_server(azure_api_keys=frozenset({AZURE_KEY}), delta_delay_ms=0),
]

WEATHER = function_tool("get_weather", "Weather for a city", {"city": {"type": "string"}}, ["city"])

Shape = dict[str, set[str]]  # path -> JSON value types seen there

#: (dialect, event type, difference) -> why it stays. A difference is
#: ``"corpus only: <path> <types>"``, ``"local only: <path> <types>"`` or
#: ``"types differ: <path> corpus <types> vs <types> local"``.
_SCRIPT_TRANSCRIBES = (
    "scenario: the script turns input transcription on; the recorded sessions left it off"
)
_SCRIPT_NO_VAD = "scenario: the script turns turn detection off; the recordings kept server_vad"
_OLDER_UPDATED = (
    "server versions: the corpus's beta session.updated records (May 2025) predate these "
    "fields; its newer session.created records (beta.jsonl:578) carry them, as the local does"
)
_TRANSCRIPTION_FIELDS = (
    "audio.input.transcription.language null",
    "audio.input.transcription.model string",
    "audio.input.transcription.prompt string",
)
JUSTIFIED: dict[tuple[str, str, str], str] = {
    ("ga", "response.function_call_arguments.done", "local only: event_id string"): (
        "the one recording (ga.jsonl:42) was printed without event_id by its author "
        "(verbatim: false); every real server event has one"
    ),
    (
        "ga",
        "session.created",
        "types differ: session{transcription}.audio.input.transcription corpus null vs object "
        "local",
    ): "the local transcription session always transcribes (default gpt-4o-transcribe), so it "
    "reports the model it uses; real ones report null until session.update names one",
    **{
        ("ga", "session.created", f"local only: session{{transcription}}.{p}"): "same as above"
        for p in _TRANSCRIPTION_FIELDS
    },
    (
        "ga",
        "session.updated",
        "types differ: session{realtime}.audio.input.transcription corpus null vs object local",
    ): _SCRIPT_TRANSCRIBES,
    **{
        ("ga", "session.updated", f"local only: session{{realtime}}.{p}"): _SCRIPT_TRANSCRIBES
        for p in _TRANSCRIPTION_FIELDS
    },
    (
        "ga",
        "session.updated",
        "types differ: session{realtime}.audio.input.turn_detection corpus object vs null local",
    ): _SCRIPT_NO_VAD,
    ("ga", "session.updated", "local only: session{realtime}.tools[] object"): (
        "scenario: the script configures a tool; the recorded sessions had tools: []"
    ),
    (
        "beta",
        "session.updated",
        "types differ: session.input_audio_transcription.language corpus string vs null local",
    ): "scenario: the recording's client set a language; the script sets none",
    (
        "beta",
        "session.updated",
        "types differ: session.turn_detection corpus object vs null local",
    ): (_SCRIPT_NO_VAD),
    ("beta", "session.updated", "local only: session.prompt null"): _OLDER_UPDATED,
    ("beta", "session.updated", "local only: session.tracing null"): _OLDER_UPDATED,
    ("beta", "session.updated", "local only: session.truncation string"): _OLDER_UPDATED,
}


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


#: Subtrees whose keys are data, not protocol (a tool's JSON Schema, caller metadata).
FREE_FORM = ("parameters", "metadata")


def shape_of(value: Any, path: str, out: Shape) -> None:
    """Record the JSON type at ``path`` and below. An object with a string ``type`` (and
    ``role``) is a variant: its path gets ``{type/role}``, so that a function-call item is not
    compared with a message."""
    out[path].add(json_type(value))
    if isinstance(value, dict):
        if path.rsplit(".", 1)[-1] in FREE_FORM:
            return
        tag = value.get("type") if path else None
        if isinstance(tag, str):
            role = value.get("role")
            path = f"{path}{{{tag}/{role}}}" if isinstance(role, str) else f"{path}{{{tag}}}"
            out[path].add("object")
        for key, item in value.items():
            shape_of(item, f"{path}.{key}" if path else key, out)
    elif isinstance(value, list):
        for item in value:
            shape_of(item, f"{path}[]", out)


def _parent(path: str) -> str:
    if path.endswith("[]"):
        return path[:-2]
    if path.endswith("}"):
        return path[: path.rindex("{")]
    return path.rsplit(".", 1)[0] if "." in path else ""


def shapes(events: list[dict[str, Any]]) -> dict[str, Shape]:
    out: dict[str, Shape] = defaultdict(lambda: defaultdict(set))
    for event in events:
        shape_of(event, "", out[event["type"]])
    return out


def corpus(dialect: str) -> list[dict[str, Any]]:
    text = (CORPUS / f"{dialect}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def differences(real: Shape, local: Shape) -> list[str]:
    """Keys one side has where the other has the same parent object but never that key, and
    value types that do not overlap at a path both sides have (``null`` vs ``string``,
    ``integer`` vs ``number``). A variant or object only one side shows is not compared (the
    scripted session and the recordings do different things)."""
    out = []
    for path in sorted(set(real) | set(local)):
        if path in real and path in local:
            if not real[path] & local[path]:
                shown = f"{'|'.join(sorted(real[path]))} vs {'|'.join(sorted(local[path]))}"
                out.append(f"types differ: {path} corpus {shown} local")
            continue
        side, other = ("corpus", local) if path in real else ("local", real)
        if path.endswith("}") or _parent(path) not in other:
            continue
        types = real.get(path) or local.get(path) or set()
        out.append(f"{side} only: {path} {'|'.join(sorted(types))}")
    return out


# --------------------------------------------------------------------------- the scripted runs


def _tone_b64(ms: int) -> str:
    t = np.arange(24_000 * ms // 1000) / 24_000
    pcm = (0.3 * 32767 * np.sin(2 * np.pi * 440 * t)).astype("<i2")
    return base64.b64encode(pcm.tobytes()).decode()


class _Socket:
    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self.events: list[dict[str, Any]] = []

    async def send(self, event: dict[str, Any]) -> None:
        await self.connection.send(json.dumps(event))

    async def until(self, event_type: str) -> None:
        while True:
            event = json.loads(await self.connection.recv())
            self.events.append(event)
            if event["type"] == event_type:
                return


async def _conversation(socket: _Socket, *, beta: bool) -> None:
    created = "session.created"
    await socket.until(created)
    if beta:
        session: dict[str, Any] = {
            "input_audio_transcription": {"model": "whisper-1"},
            "turn_detection": None,
            "tools": [WEATHER],
        }
    else:
        session = {
            "type": "realtime",
            "audio": {"input": {"transcription": {"model": "whisper-1"}, "turn_detection": None}},
            "tools": [WEATHER],
        }
    await socket.send({"type": "session.update", "session": session})
    await socket.until("session.updated")
    # A spoken turn, transcribed, answered with audio.
    await socket.send({"type": "input_audio_buffer.append", "audio": _tone_b64(600)})
    await socket.send({"type": "input_audio_buffer.commit"})
    await socket.until("input_audio_buffer.committed")
    await socket.send({"type": "response.create"})
    await socket.until("response.done")
    # A text answer, then a function call.
    text = {"modalities": ["text"]} if beta else {"output_modalities": ["text"]}
    for question in ("Hello there", "weather in Paris?"):
        item = {
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": question}],
        }
        await socket.send({"type": "conversation.item.create", "item": item})
        await socket.send({"type": "response.create", "response": text})
        await socket.until("response.done")


async def record(server: LocalRealtimeServer, dialect: str) -> list[dict[str, Any]]:
    """Every event the local server sent in the scripted runs of ``dialect``."""
    ws = "ws" + server.base_url.removeprefix("http")
    azure = "ws" + server.azure_endpoint.removeprefix("http")
    out: dict[str, list[Any]] = {}
    headers = {"Authorization": f"Bearer {KEY}"}
    if dialect == "beta":
        async with connect(
            f"{azure}/openai/realtime?{PREVIEW}&deployment=gpt-4o-realtime-preview",
            additional_headers={"api-key": AZURE_KEY},
        ) as c:
            socket = _Socket(c)
            await _conversation(socket, beta=True)
            return socket.events
    async with connect(f"{ws}/realtime?model=gpt-realtime", additional_headers=headers) as c:
        socket = _Socket(c)
        await _conversation(socket, beta=False)
        out["ga"] = socket.events
    async with connect(f"{ws}/realtime?intent=transcription", additional_headers=headers) as c:
        socket = _Socket(c)
        await socket.until("session.created")
        for model in ("gpt-4o-mini-transcribe", "whisper-1"):
            await socket.send(
                {
                    "type": "session.update",
                    "session": {
                        "type": "transcription",
                        "audio": {"input": {"transcription": {"model": model}}},
                    },
                }
            )
            await socket.until("session.updated")
            await socket.send({"type": "input_audio_buffer.append", "audio": _tone_b64(600)})
            await socket.send({"type": "input_audio_buffer.commit"})
            await socket.until("conversation.item.input_audio_transcription.completed")
        out["ga"] += socket.events
    return out["ga"]


@pytest.mark.parametrize("dialect", ["ga", "beta"])
async def test_local_shapes_match_the_corpus(dialect: str, server: LocalRealtimeServer) -> None:
    real = shapes(corpus(dialect) + (corpus("azure") if dialect == "beta" else []))
    sent = await record(server, dialect)
    # Real servers send output_audio_buffer.* on WebRTC/SIP calls only, not on a WebSocket.
    assert not [e for e in sent if e["type"].startswith("output_audio_buffer.")]
    local = shapes(sent)
    found: dict[tuple[str, str, str], None] = {}
    for event_type in sorted(set(real) & set(local)):
        for difference in differences(real[event_type], local[event_type]):
            found[(dialect, event_type, difference)] = None
    unexplained = [k for k in found if k not in JUSTIFIED]
    stale = [k for k in JUSTIFIED if k[0] == dialect and k not in found]
    assert not unexplained, "\n".join(f"{t}: {d}" for _, t, d in unexplained)
    assert not stale, f"justified but no longer different: {stale}"


@pytest.mark.allow_invalid_client_events
async def test_session_update_may_not_change_the_model_nor_a_voice_already_heard(
    server: LocalRealtimeServer,
) -> None:
    ws = "ws" + server.base_url.removeprefix("http")
    headers = {"Authorization": f"Bearer {KEY}"}
    async with connect(f"{ws}/realtime?model=gpt-realtime", additional_headers=headers) as c:
        socket = _Socket(c)
        await socket.until("session.created")
        await socket.send(
            {"type": "session.update", "session": {"type": "realtime", "model": "other-model"}}
        )
        await socket.until("error")
        assert socket.events[-1]["error"]["param"] == "session.model"
        voice = {"type": "realtime", "audio": {"output": {"voice": "verse"}}}
        await socket.send({"type": "session.update", "session": voice})  # before any audio
        await socket.until("session.updated")
        await socket.send({"type": "response.create"})
        await socket.until("response.done")
        voice = {"type": "realtime", "audio": {"output": {"voice": "marin"}}}
        await socket.send({"type": "session.update", "session": voice})
        await socket.until("error")
        assert socket.events[-1]["error"]["code"] == "cannot_update_voice"
