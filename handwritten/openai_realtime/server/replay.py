"""A replay server: plays a recorded realtime session back to a client, checking the client.

Given a recording (:mod:`openai_realtime.recording`, e.g. made once against OpenAI or Azure
with ``record_to=``), each WebSocket connection to the replay server (any realtime path, any
credentials: a recording carries none) plays the next recorded connection, frame by frame:

* a frame the **server** sent is sent again, as recorded (``speed`` > 0 keeps the recorded
  gaps, divided by ``speed``; 0, the default, sends at once);
* a frame the **client** sent is awaited (at most ``client_timeout_s`` seconds) and compared
  with the recorded one: the same event ``type`` and the same *shape* (the same keys, with
  values of the same JSON types, recursively; values themselves, ``event_id`` and list
  lengths are not compared, so new audio or ids still match). Ids the client chose
  (``event_id``, ``item.id``, any ``…id`` field) are remembered, and later recorded server
  frames that quote the recorded id get the client's new one (e.g. an ``error`` naming the
  client event that caused it).

The first difference is a :class:`Mismatch`: it is kept in :attr:`ReplayPlayer.mismatches`,
sent to the client as an ``error`` event (code ``replay_mismatch``, the message says which
frame and what differs) and the socket is closed with 1008. When the recording ends, the
server waits for the client to close (a frame after the end is a mismatch too), else closes
with the recorded close code. :meth:`ReplayServer.check` raises ``AssertionError`` listing
every mismatch and every recorded connection not (fully) played.

Bounds: ``client_timeout_s`` per awaited client frame; client frames are read one at a time
(at most ``WS_MAX_SIZE`` each, like the local server).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import uvicorn
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from ..recording import RecordedConnection, RecordedFrame, read_recording
from .config import ServerConfig
from .ids import new_id
from .runner import LocalRealtimeServer, _check_host, _uvicorn_config

__all__ = [
    "Mismatch",
    "ReplayPlayer",
    "ReplayServer",
    "create_replay_app",
    "frame_difference",
    "serve_replay",
]

logger = logging.getLogger("openai_realtime.server")

DEFAULT_CLIENT_TIMEOUT_S: Final = 10.0
_IGNORED_KEYS: Final = frozenset({"event_id"})


@dataclass(frozen=True, slots=True)
class Mismatch:
    """A difference between the client and the recording: recorded ``connection`` number,
    ``frame`` index in it, and what differs."""

    connection: int
    frame: int
    message: str

    def __str__(self) -> str:
        return f"connection {self.connection}, frame {self.frame}: {self.message}"


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _shape_difference(expected: Any, got: Any, path: str) -> str | None:
    if _kind(expected) != _kind(got):
        return f"{path} is {_kind(got)}, the recording has {_kind(expected)}"
    if isinstance(expected, dict):
        want = set(expected) - _IGNORED_KEYS
        have = set(got) - _IGNORED_KEYS
        if want != have:
            parts = []
            if want - have:
                parts.append(f"missing {sorted(want - have)}")
            if have - want:
                parts.append(f"unexpected {sorted(have - want)}")
            return f"{path} keys differ: {', '.join(parts)}"
        for key in sorted(want):
            problem = _shape_difference(expected[key], got[key], f"{path}.{key}")
            if problem:
                return problem
    elif isinstance(expected, list) and expected and got:
        return _shape_difference(expected[0], got[0], f"{path}[0]")
    return None


def _learn_ids(recorded: Any, got: Any, ids: dict[str, str]) -> None:
    """Map the ids in a recorded client event to those in the client's matching one."""
    if isinstance(recorded, dict) and isinstance(got, dict):
        for key, value in recorded.items():
            other = got.get(key)
            if key.endswith("id") and isinstance(value, str) and isinstance(other, str):
                if value != other:
                    ids[value] = other
            else:
                _learn_ids(value, other, ids)
    elif isinstance(recorded, list) and isinstance(got, list):
        for a, b in zip(recorded, got, strict=False):
            _learn_ids(a, b, ids)


def _renamed(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, dict):
        return {k: _renamed(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [_renamed(v, ids) for v in value]
    return value


def frame_difference(recorded: RecordedFrame, text: str | None, data: bytes | None) -> str | None:
    """How a client frame (``text`` or ``data``) differs from the ``recorded`` client frame,
    or ``None`` when it matches (same type and shape; see the module docstring)."""
    if recorded.binary is not None or data is not None:
        if recorded.binary is not None and data is not None:
            return None
        return "a binary frame where the recording has text" if data else "text, not binary"
    try:
        event = json.loads(text or "")
    except ValueError:
        event = None
    if recorded.event is None:
        return None if not isinstance(event, dict) else "an event where the recording has text"
    if not isinstance(event, dict):
        return f"a non-event frame where the recording has {recorded.type!r}"
    if event.get("type") != recorded.type:
        return f"event {event.get('type')!r} where the recording has {recorded.type!r}"
    problem = _shape_difference(recorded.event, event, "$")
    return f"{recorded.type!r}: {problem}" if problem else None


class ReplayPlayer:
    """Plays recorded connections to WebSocket clients (see the module docstring).

    Args:
        connections: the recording (from :func:`~openai_realtime.recording.read_recording`).
        speed: 0 sends recorded server frames at once; ``s`` > 0 keeps the recorded gaps
            divided by ``s`` (1 = real time).
        client_timeout_s: seconds to wait for each recorded client frame.
    """

    def __init__(
        self,
        connections: Sequence[RecordedConnection],
        *,
        speed: float = 0.0,
        client_timeout_s: float = DEFAULT_CLIENT_TIMEOUT_S,
    ) -> None:
        if speed < 0 or client_timeout_s <= 0:
            raise ValueError("speed must be >= 0 and client_timeout_s > 0")
        self.connections = list(connections)
        self.speed = speed
        self.client_timeout_s = client_timeout_s
        self.mismatches: list[Mismatch] = []
        self.completed: list[int] = []
        """Recorded connections played to their end without a mismatch."""
        self._next = 0
        self._lock = threading.Lock()

    def _take(self) -> int | None:
        with self._lock:
            if self._next >= len(self.connections):
                return None
            self._next += 1
            return self._next - 1

    def _mismatch(self, connection: int, frame: int, message: str) -> Mismatch:
        found = Mismatch(connection, frame, message)
        with self._lock:
            self.mismatches.append(found)
        logger.warning("replay mismatch: %s", found)
        return found

    async def _send(self, websocket: WebSocket, frame: RecordedFrame, ids: dict[str, str]) -> None:
        if frame.event is not None:
            event = _renamed(frame.event, ids) if ids else frame.event
            await websocket.send_text(json.dumps(event, separators=(",", ":")))
        elif frame.binary is not None:
            await websocket.send_bytes(frame.binary)
        else:
            await websocket.send_text(frame.text or "")

    async def _fail(self, websocket: WebSocket, found: Mismatch) -> None:
        error = {
            "type": "error",
            "event_id": new_id("event"),
            "error": {
                "type": "invalid_request_error",
                "code": "replay_mismatch",
                "message": f"The client does not match the recording: {found}",
                "param": None,
                "event_id": None,
            },
        }
        await websocket.send_text(json.dumps(error))
        await websocket.close(1008, "replay mismatch")

    async def play(self, websocket: WebSocket) -> None:
        """Accept ``websocket`` and play the next recorded connection to it."""
        offered = websocket.scope.get("subprotocols") or []
        await websocket.accept(subprotocol="realtime" if "realtime" in offered else None)
        number = self._take()
        if number is None:
            found = self._mismatch(len(self.connections), 0, "no recorded connection is left")
            await self._fail(websocket, found)
            return
        recorded = self.connections[number]
        with contextlib.suppress(WebSocketDisconnect):
            await self._play(websocket, number, recorded)

    async def _play(self, websocket: WebSocket, number: int, recorded: RecordedConnection) -> None:
        previous_t = 0.0
        ids: dict[str, str] = {}  # recorded client-chosen id -> the client's id now
        for index, frame in enumerate(recorded.frames):
            if frame.source == "server":
                if self.speed and frame.t > previous_t:
                    await asyncio.sleep((frame.t - previous_t) / self.speed)
                previous_t = frame.t
                await self._send(websocket, frame, ids)
                continue
            previous_t = frame.t
            try:
                async with asyncio.timeout(self.client_timeout_s):
                    message = await websocket.receive()
            except TimeoutError:
                found = self._mismatch(
                    number,
                    index,
                    f"the client sent nothing within {self.client_timeout_s} s where the "
                    f"recording has {frame.type or 'a frame'!r}",
                )
                await self._fail(websocket, found)
                return
            if message["type"] == "websocket.disconnect":
                self._mismatch(
                    number, index, f"the client closed where the recording has {frame.type!r}"
                )
                return
            problem = frame_difference(frame, message.get("text"), message.get("bytes"))
            if problem is not None:
                await self._fail(websocket, self._mismatch(number, index, problem))
                return
            if frame.event is not None and message.get("text"):
                _learn_ids(frame.event, json.loads(message["text"]), ids)
        # The recording is over: the client should close now.
        end = len(recorded.frames)
        try:
            async with asyncio.timeout(self.client_timeout_s):
                message = await websocket.receive()
        except TimeoutError:
            code, reason = recorded.closed or (1000, "")
            await websocket.close(code if code not in (1005, 1006) else 1000, reason)
            with self._lock:
                self.completed.append(number)
            return
        if message["type"] == "websocket.disconnect":
            with self._lock:
                self.completed.append(number)
            return
        problem = frame_difference(
            RecordedFrame(0, "client", text="(end)"), message.get("text"), message.get("bytes")
        )
        found = self._mismatch(
            number, end, f"the client sent a frame after the end of the recording ({problem})"
        )
        await self._fail(websocket, found)

    def problems(self) -> list[str]:
        """Every mismatch, and every recorded connection not played to its end."""
        out = [str(m) for m in self.mismatches]
        failed = {m.connection for m in self.mismatches}
        for number in range(len(self.connections)):
            if number not in self.completed and number not in failed:
                out.append(f"connection {number}: not played to its end")
        return out


def create_replay_app(player: ReplayPlayer) -> Starlette:
    """The ASGI app of a replay server: a WebSocket on every path, plays with ``player``."""

    async def endpoint(websocket: WebSocket) -> None:
        await player.play(websocket)

    return Starlette(routes=[WebSocketRoute("/{path:path}", endpoint)])


class ReplayServer(LocalRealtimeServer):
    """A replay server on a background thread (like :class:`LocalRealtimeServer`: ``with``,
    :attr:`base_url`, :attr:`ws_url`, :attr:`azure_endpoint`; no REST).

    Args:
        recording: a recording file, or its connections.
        speed, client_timeout_s: see :class:`ReplayPlayer`.
        host, port: as for :class:`LocalRealtimeServer` (loopback only).

    Raises ``OSError`` / :class:`~openai_realtime.recording.RecordingError` for a recording
    that cannot be read.
    """

    def __init__(
        self,
        recording: str | Path | Sequence[RecordedConnection],
        *,
        speed: float = 0.0,
        client_timeout_s: float = DEFAULT_CLIENT_TIMEOUT_S,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(ServerConfig(), host, port)
        connections = read_recording(recording) if isinstance(recording, str | Path) else recording
        self.player = ReplayPlayer(connections, speed=speed, client_timeout_s=client_timeout_s)
        self.app = create_replay_app(self.player)

    @property
    def mismatches(self) -> list[Mismatch]:
        """The mismatches found so far."""
        return list(self.player.mismatches)

    def check(self) -> None:
        """Raise ``AssertionError`` listing the mismatches and the recorded connections not
        played to their end; nothing when the client followed the whole recording."""
        problems = self.player.problems()
        if problems:
            raise AssertionError("the replayed session differs:\n  " + "\n  ".join(problems))


def serve_replay(
    recording: str | Path,
    host: str = "127.0.0.1",
    port: int = 8765,
    *,
    speed: float = 0.0,
    client_timeout_s: float = DEFAULT_CLIENT_TIMEOUT_S,
    log_level: str = "info",
) -> ReplayPlayer:
    """Run a replay server in the foreground until interrupted; returns the player (its
    :meth:`~ReplayPlayer.problems`) afterwards. Loopback hosts only."""
    _check_host(host, False)
    player = ReplayPlayer(read_recording(recording), speed=speed, client_timeout_s=client_timeout_s)
    uvicorn.Server(
        _uvicorn_config(create_replay_app(player), host=host, port=port, log_level=log_level)
    ).run()
    return player
