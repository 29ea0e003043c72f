"""Recordings of realtime WebSocket sessions: every frame, both directions, secrets redacted.

A recording is a JSON Lines file (UTF-8, one JSON object per line). It holds one or more
*connections* (a session that reconnected has several), numbered from 0:

* ``{"format": "openai-realtime-recording", "version": 1, "connection": 0, "url": "wss://…",
  "kind": "realtime", "started_at": 1767225600.0}``: a connection opened (``url`` without
  any secret; ``started_at`` Unix seconds);
* ``{"connection": 0, "t": 0.012, "from": "server", "event": {…}}``: one frame, ``t`` seconds
  after the connection opened, ``from`` ``"client"`` or ``"server"``; a JSON object frame is
  stored as ``event``, any other text frame as ``text``, a binary frame as ``binary``
  (base64);
* ``{"connection": 0, "t": 9.5, "closed": {"code": 1000, "reason": ""}}``: it closed.

Written by ``connect_realtime_session(..., record_to=FILE)`` (the client's view), by the
pytest plugin's ``realtime_traffic.save(FILE)`` (the local server's view) and by
``openai-realtime … --record FILE``; played back by :mod:`openai_realtime.server.replay`.

**Secrets are redacted before anything is written**: the connection's own API key, client
secret or token (passed to :class:`RecordingWriter`), and anything shaped like an OpenAI key
(``sk-…``), an ephemeral client secret (``ek_…``) or a JSON Web Token (``eyJ….….…``),
wherever it occurs in a URL, frame text or event field, is replaced by :data:`REDACTED`.

Bounds: a recording file is as large as the session (audio included; it is the caller's
file); :func:`read_recording` refuses lines over :data:`MAX_LINE_BYTES`.
"""

from __future__ import annotations

import base64
import json
import os
import re
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Final, Literal

__all__ = [
    "FORMAT",
    "MAX_LINE_BYTES",
    "REDACTED",
    "RecordedConnection",
    "RecordedFrame",
    "RecordingError",
    "RecordingWriter",
    "read_recording",
    "redact_text",
    "redact_value",
]

FORMAT: Final = "openai-realtime-recording"
VERSION: Final = 1
REDACTED: Final = "[REDACTED]"
MAX_LINE_BYTES: Final = 64 * 1024 * 1024
"""Longest line :func:`read_recording` accepts (64 MiB: a 15 MiB audio append is ~20 MiB)."""

_SECRET_SHAPES: Final = re.compile(
    r"sk-[A-Za-z0-9_\-]{6,}"  # OpenAI API keys (sk-…, sk-proj-…)
    r"|ek_[A-Za-z0-9_\-]{6,}"  # ephemeral client secrets
    r"|eyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*"  # JWTs (Entra ID tokens)
)

Source = Literal["client", "server"]


class RecordingError(ValueError):
    """A recording file is not valid; the message names the file and line."""


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with each of ``secrets`` and every secret-shaped substring replaced by
    :data:`REDACTED`."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    return _SECRET_SHAPES.sub(REDACTED, text)


def redact_value(value: Any, secrets: Iterable[str] = ()) -> Any:
    """A copy of a JSON value with every string redacted (:func:`redact_text`)."""
    secrets = tuple(secrets)
    if isinstance(value, str):
        return redact_text(value, secrets)
    if isinstance(value, dict):
        return {k: redact_value(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_value(v, secrets) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class RecordedFrame:
    """One recorded frame: ``t`` seconds after its connection opened, ``source`` the side
    that sent it, and exactly one of ``event`` (a JSON object), ``text`` (another text frame)
    or ``binary`` (a binary frame)."""

    t: float
    source: Source
    event: dict[str, Any] | None = None
    text: str | None = None
    binary: bytes | None = None

    @property
    def type(self) -> str | None:
        """The event ``type``, or ``None`` for a non-event frame."""
        kind = self.event.get("type") if self.event is not None else None
        return kind if isinstance(kind, str) else None


@dataclass(slots=True)
class RecordedConnection:
    """One recorded WebSocket connection: its URL (redacted), kind, and frames in order;
    ``closed`` is ``(code, reason)`` when the close was recorded."""

    url: str
    kind: str | None
    started_at: float
    frames: list[RecordedFrame] = field(default_factory=list)
    closed: tuple[int, str] | None = None


class RecordingWriter:
    """Appends connections and frames to a recording file (see the module docstring).

    Args:
        path: the file; created or truncated.
        secrets: values to redact besides the secret-shaped ones (the API key, the client
            secret); a callable is asked again for each frame (tokens are refreshed).

    Thread-safe; frames are written in the order the calls arrive. Writes go through Python's
    file buffer (a few KiB at a time); :meth:`close` flushes. Raises ``OSError`` if the file
    cannot be written.
    """

    def __init__(self, path: str | os.PathLike[str], secrets: Iterable[str] = ()) -> None:
        self.path = Path(path)
        self._secrets = tuple(secrets)
        self._file: IO[str] | None = self.path.open("w", encoding="utf-8")
        self._lock = threading.Lock()
        self._connections = 0
        self._started: dict[int, float] = {}

    def add_secrets(self, secrets: Iterable[str]) -> None:
        """Redact these values too from now on."""
        self._secrets = (*self._secrets, *(s for s in secrets if s))

    def _write(self, record: dict[str, Any]) -> None:
        with self._lock:
            if self._file is None:
                return
            self._file.write(json.dumps(record, separators=(",", ":"), ensure_ascii=False))
            self._file.write("\n")

    def open_connection(self, url: str, kind: str | None = None) -> int:
        """Start a connection; returns its number (for :meth:`frame` and :meth:`closed`)."""
        with self._lock:
            number = self._connections
            self._connections += 1
            self._started[number] = time.monotonic()
        self._write(
            {
                "format": FORMAT,
                "version": VERSION,
                "connection": number,
                "url": redact_text(url, self._secrets),
                "kind": kind,
                "started_at": round(time.time(), 3),
            }
        )
        return number

    def _t(self, connection: int) -> float:
        return round(time.monotonic() - self._started.get(connection, time.monotonic()), 6)

    def frame(self, connection: int, source: Source, frame: str | bytes | dict[str, Any]) -> None:
        """Record one frame sent by ``source``: raw text or bytes, or an event dict."""
        record: dict[str, Any] = {"connection": connection, "t": self._t(connection)}
        record["from"] = source
        if isinstance(frame, dict):
            record["event"] = redact_value(frame, self._secrets)
        elif isinstance(frame, bytes | bytearray | memoryview):
            record["binary"] = base64.b64encode(bytes(frame)).decode("ascii")
        else:
            try:
                parsed = json.loads(frame)
            except ValueError:
                parsed = None
            if isinstance(parsed, dict):
                record["event"] = redact_value(parsed, self._secrets)
            else:
                record["text"] = redact_text(frame, self._secrets)
        self._write(record)

    def closed(self, connection: int, code: int | None, reason: str = "") -> None:
        """Record that the connection closed (``code`` ``None``: no close frame, 1006)."""
        self._write(
            {
                "connection": connection,
                "t": self._t(connection),
                "closed": {"code": code or 1006, "reason": redact_text(reason, self._secrets)},
            }
        )

    def close(self) -> None:
        """Flush and close the file (idempotent)."""
        with self._lock:
            file, self._file = self._file, None
        if file is not None:
            file.close()

    def __enter__(self) -> RecordingWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    with path.open("r", encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            if len(line) > MAX_LINE_BYTES:
                raise RecordingError(f"{path}:{number}: line longer than {MAX_LINE_BYTES} bytes")
            if line.strip():
                yield number, line


def read_recording(path: str | Path) -> list[RecordedConnection]:
    """Read a recording; its connections in order.

    Raises ``OSError`` if the file cannot be read and :class:`RecordingError` (naming the
    line) if it is not a recording: bad JSON, a frame before its connection's header, an
    unknown ``from``, a frame without ``event``/``text``/``binary``, no connection at all.
    """
    path = Path(path)
    connections: dict[int, RecordedConnection] = {}
    for number, line in _lines(path):
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise RecordingError(f"{where}: not JSON ({exc})") from None
        if not isinstance(record, dict) or not isinstance(record.get("connection"), int):
            raise RecordingError(f"{where}: not a recording line (no 'connection' number)")
        index = record["connection"]
        if "format" in record:
            if record["format"] != FORMAT or record.get("version") != VERSION:
                raise RecordingError(
                    f"{where}: format {record.get('format')!r} version {record.get('version')!r}"
                    f" is not {FORMAT!r} version {VERSION}"
                )
            connections[index] = RecordedConnection(
                str(record.get("url", "")), record.get("kind"), float(record.get("started_at", 0))
            )
            continue
        connection = connections.get(index)
        if connection is None:
            raise RecordingError(f"{where}: frame of connection {index} before its header")
        if "closed" in record:
            closed = record["closed"] or {}
            connection.closed = (int(closed.get("code", 1006)), str(closed.get("reason", "")))
            continue
        source = record.get("from")
        if source not in ("client", "server"):
            raise RecordingError(f"{where}: 'from' must be 'client' or 'server', not {source!r}")
        t = float(record.get("t", 0.0))
        if isinstance(record.get("event"), dict):
            frame = RecordedFrame(t, source, event=record["event"])
        elif isinstance(record.get("text"), str):
            frame = RecordedFrame(t, source, text=record["text"])
        elif isinstance(record.get("binary"), str):
            frame = RecordedFrame(t, source, binary=base64.b64decode(record["binary"]))
        else:
            raise RecordingError(f"{where}: a frame needs 'event', 'text' or 'binary'")
        connection.frames.append(frame)
    if not connections:
        raise RecordingError(f"{path}: no recorded connection in the file")
    return [connections[i] for i in sorted(connections)]
