"""Fault injection for WebSocket connections: what goes wrong, and when. Pure: no I/O.

A :class:`FaultPlan` is set for the whole server (``ServerConfig.faults``) or changed live
(``LocalRealtimeServer.set_faults(plan)``; it applies to connections opened afterwards). Each
connection gets a :class:`FaultInjector` that counts the events the server sends on it and
says which :data:`FaultAction` is due after each one; the I/O edge (:mod:`.transport`) carries
the actions out.

Counting: every protocol event the server sends counts (``session.created`` is event 1, the
flood events count too); injected frames (malformed, binary, wrong-type, unknown-type) do not.
A field ``X_after_events = N`` fires once, right after the N-th event was sent (``N = 0``:
right after the handshake, before ``session.created``), even if nothing else is sent later.
Several faults may be combined; at the same count, injected frames go first, then ``stall``,
then ``close``, then ``drop``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Final

from .ids import new_id
from .outgoing import Emitter, Event

__all__ = [
    "Close",
    "Drop",
    "FaultAction",
    "FaultInjector",
    "FaultPlan",
    "InjectFrame",
    "Stall",
]

_DEFAULT_OVERSIZE_BYTES: Final = 2 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class FaultPlan:
    """Faults to inject into every WebSocket connection opened while the plan is set.

    All fields are optional; counts are numbers of server events (see the module docstring).

    Attributes:
        close_after_events: close the socket (a proper close frame) after this many events,
            with ``close_code`` and ``close_reason``.
        close_code: WebSocket close code for ``close_after_events`` (default 1011; e.g. 1001,
            1012 or 1013 to exercise a client's reconnect).
        close_reason: close reason (UTF-8, at most 123 bytes).
        drop_after_events: abort the TCP connection without a close frame after this many
            events (the client sees 1006). Needs the server's own uvicorn protocol
            (:class:`~.runner.LocalRealtimeServer` / :func:`~.runner.serve`); elsewhere the
            socket is closed with 1011 instead.
        delay_ms: pause before every frame the server sends, in milliseconds.
        stall_after_events: after this many events, send nothing more (events are discarded),
            but keep the socket open and keep reading; the client's own timeouts must act.
        malformed_after_events: after this many events, send one text frame that is not JSON.
        binary_after_events: after this many events, send one binary frame.
        oversize_after_events: after this many events, send one spec-valid event whose JSON
            is at least ``oversize_bytes`` long (a ``response.output_text.delta``, or a
            ``session.output_transcript.delta`` on a translation socket, with made-up ids).
        oversize_bytes: size in bytes of that event (default 2 MiB; a ``websockets`` client
            refuses more than 1 MiB by default).
        wrong_type_after_events: after this many events, send one event of a known type with
            a field of the wrong JSON type (``input_audio_buffer.speech_started`` with
            ``audio_start_ms: "x"``; on a translation socket ``session.output_transcript.delta``
            with ``delta: 42``). It deliberately skips the server's outgoing validation.
        unknown_type_after_events: after this many events, send
            ``{"type": "brand.new_event", ...}``.
        flood_events: right after ``session.created``, send this many small valid events as
            fast as the socket takes them (``rate_limits.updated``; on a translation socket
            ``session.output_transcript.delta`` with an empty delta). Each send is awaited,
            so a slow reader slows the server down instead of growing a buffer.

    Injected frames are reported to the message observers (:mod:`.observe`) under the
    connection's server family like every other frame, so a spec-checking observer sees them
    as invalid events (the test suite's conformance fixture tolerates them in tests marked
    ``allow_invalid_server_events``).
    """

    close_after_events: int | None = None
    close_code: int = 1011
    close_reason: str = "fault injected"
    drop_after_events: int | None = None
    delay_ms: float = 0.0
    stall_after_events: int | None = None
    malformed_after_events: int | None = None
    binary_after_events: int | None = None
    oversize_after_events: int | None = None
    oversize_bytes: int = _DEFAULT_OVERSIZE_BYTES
    wrong_type_after_events: int | None = None
    unknown_type_after_events: int | None = None
    flood_events: int = 0

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
                raise ValueError(f"FaultPlan.{f.name} must be >= 0, got {value}")
        if not (1000 <= self.close_code <= 4999) or self.close_code in (1004, 1005, 1006, 1015):
            raise ValueError(
                f"FaultPlan.close_code {self.close_code} cannot be sent in a close frame"
            )
        if len(self.close_reason.encode()) > 123:
            raise ValueError("FaultPlan.close_reason must be at most 123 bytes of UTF-8")


@dataclass(frozen=True, slots=True)
class InjectFrame:
    """Send ``frame`` as it is (text or binary), bypassing the outgoing validation."""

    frame: str | bytes


@dataclass(frozen=True, slots=True)
class Stall:
    """From now on, send nothing."""


@dataclass(frozen=True, slots=True)
class Close:
    """Close the socket with ``code`` and ``reason``."""

    code: int
    reason: str


@dataclass(frozen=True, slots=True)
class Drop:
    """Abort the TCP connection (no close frame)."""


FaultAction = InjectFrame | Stall | Close | Drop


class FaultInjector:
    """Decides a connection's faults. ``family`` is its server event family
    (``ga_server``, ``beta_server`` or ``translation_server``)."""

    def __init__(self, plan: FaultPlan | None, emit: Emitter) -> None:
        self.plan = plan or FaultPlan()
        self._emit = emit
        self._translation = emit.family == "translation_server"

    def _json(self, event: Event) -> str:
        return json.dumps(event, separators=(",", ":"))

    def actions_at(self, sent: int) -> list[FaultAction]:
        """The actions due once ``sent`` events have been sent."""
        p = self.plan
        out: list[FaultAction] = []
        if p.malformed_after_events == sent:
            out.append(InjectFrame('{"type":"response.output_text.delta","delta":"unterminated'))
        if p.binary_after_events == sent:
            out.append(InjectFrame(b"\x00\x01fault-injected binary frame\xff"))
        if p.wrong_type_after_events == sent:
            if self._translation:
                wrong: Event = {"type": "session.output_transcript.delta", "delta": 42}
            else:
                wrong = {
                    "type": "input_audio_buffer.speech_started",
                    "audio_start_ms": "x",
                    "item_id": "item_fault_wrong_type",
                }
            out.append(InjectFrame(self._json({"event_id": new_id("event"), **wrong})))
        if p.unknown_type_after_events == sent:
            unknown = {"event_id": new_id("event"), "type": "brand.new_event", "note": "fault"}
            out.append(InjectFrame(self._json(unknown)))
        if p.oversize_after_events == sent:
            out.append(InjectFrame(self._json(self._oversize())))
        if p.stall_after_events == sent:
            out.append(Stall())
        if p.close_after_events == sent:
            out.append(Close(p.close_code, p.close_reason))
        if p.drop_after_events == sent:
            out.append(Drop())
        return out

    def _oversize(self) -> Event:
        size = self.plan.oversize_bytes
        if self._translation:
            event = self._emit.event("session.output_transcript.delta", delta="")
        else:
            event = self._emit.event(
                "response.output_text.delta",
                response_id="resp_fault_oversize",
                item_id="item_fault_oversize",
                output_index=0,
                content_index=0,
                delta="",
            )
        event["delta"] = "x" * max(0, size - len(self._json(event)))
        return event

    def flood(self) -> list[Event]:
        """The ``flood_events`` events to send right after ``session.created``."""
        out = []
        for i in range(self.plan.flood_events):
            if self._translation:
                out.append(self._emit.event("session.output_transcript.delta", delta=""))
            else:
                limits = [
                    {
                        "name": "requests",
                        "limit": 5000,
                        "remaining": max(0, 5000 - i),
                        "reset_seconds": 0.0,
                    }
                ]
                out.append(self._emit.event("rate_limits.updated", rate_limits=limits))
        return out
