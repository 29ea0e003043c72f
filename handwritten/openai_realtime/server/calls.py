"""WebRTC/SIP calls: the call registry and SDP answers. Pure apart from a lock.

``POST /v1/realtime/calls`` starts a *WebRTC* call from an SDP offer: it is active at once and
its session configuration comes from the request's ``session`` part. A *SIP* call arrives
ringing; at OpenAI a webhook (``realtime.call.incoming``) announces it, here a test creates
one with :meth:`CallRegistry.incoming_sip` (``LocalRealtimeServer.simulate_incoming_call``).
Then ``/accept`` (ringing -> active, with the body as session configuration), ``/reject``
(ringing -> rejected), ``/refer`` (an active SIP call is transferred and ends), ``/hangup``
(ringing or active -> ended). Anything else answers 400 with a code saying why
(``call_already_accepted``, ``call_not_ringing``, ``call_not_active``, ``call_ended``,
``call_not_sip``); an unknown id answers 404.

A WebSocket joins an active call with ``?call_id=rtc_…`` and gets a conversation session
configured like the call (each joining socket gets its own session state). When the call
ends, joined sockets are closed with code 1000.

**No media flows**: the SDP answer is syntactically plausible (the offer's media sections
answered with Opus audio and an SCTP data channel, ICE credentials, a DTLS fingerprint, a
loopback host candidate) but nothing listens on it.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .ids import new_id

__all__ = ["Call", "CallError", "CallRegistry", "CallState", "check_offer", "sdp_answer"]

CallState = Literal["ringing", "active", "rejected", "ended"]


class CallError(Exception):
    """A call operation refused: HTTP ``status``, OpenAI error ``code`` and ``message``."""

    def __init__(self, status: int, message: str, code: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code


@dataclass
class Call:
    """One call. ``transport`` is ``"webrtc"`` or ``"sip"``; ``session`` the GA session
    configuration (request shape) a joining WebSocket starts from."""

    id: str
    transport: Literal["webrtc", "sip"]
    state: CallState
    session: dict[str, Any]
    sip_headers: dict[str, str] = field(default_factory=dict)
    refer_target: str | None = None
    reject_status: int | None = None
    _listeners: list[Callable[[], None]] = field(default_factory=list, repr=False)

    def on_end(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener`` once when the call ends; returns a function that unregisters
        it."""
        self._listeners.append(listener)

        def unregister() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unregister


class CallRegistry:
    """All calls of one server, by id (``rtc_…``). Thread-safe."""

    def __init__(self) -> None:
        self._calls: dict[str, Call] = {}
        self._lock = threading.Lock()

    def _new(
        self, transport: Literal["webrtc", "sip"], state: CallState, session: Mapping[str, Any]
    ) -> Call:
        call = Call(new_id("rtc", 24), transport, state, dict(session))
        with self._lock:
            self._calls[call.id] = call
        return call

    def create_webrtc(self, session: Mapping[str, Any]) -> Call:
        """A new WebRTC call, active from the start."""
        return self._new("webrtc", "active", session)

    def incoming_sip(
        self,
        *,
        from_uri: str = "sip:+15555550100@example.com",
        to_uri: str = "sip:agent@example.com",
    ) -> Call:
        """A new ringing SIP call (what OpenAI's ``realtime.call.incoming`` webhook
        announces)."""
        call = self._new("sip", "ringing", {"type": "realtime"})
        call.sip_headers = {"From": f"<{from_uri}>", "To": f"<{to_uri}>"}
        return call

    def get(self, call_id: str) -> Call:
        """The call ``call_id``; :class:`CallError` 404 if unknown."""
        with self._lock:
            call = self._calls.get(call_id)
        if call is None:
            raise CallError(404, f"Call with id '{call_id[:100]}' not found.", "call_not_found")
        return call

    def _end(self, call: Call, state: CallState) -> None:
        call.state = state
        listeners, call._listeners = list(call._listeners), []
        for listener in listeners:
            listener()

    def _live(self, call_id: str) -> Call:
        """The call ``call_id``: :class:`CallError` 404 if unknown, 400 ``call_ended`` if it
        has ended."""
        call = self.get(call_id)
        _require(
            call.state not in ("ended", "rejected"),
            f"Call '{call.id}' has already ended ({call.state}).",
            "call_ended",
        )
        return call

    def accept(self, call_id: str, session: Mapping[str, Any]) -> Call:
        """Accept a ringing call with ``session`` as its configuration."""
        call = self._live(call_id)
        _require(
            call.state != "active",
            f"Call '{call.id}' has already been accepted.",
            "call_already_accepted",
        )
        call.session = dict(session)
        call.state = "active"
        return call

    def reject(self, call_id: str, status_code: int | None) -> Call:
        """Decline a ringing call (SIP ``status_code``, default 603 Decline)."""
        call = self._live(call_id)
        _require(
            call.state == "ringing",
            f"Call '{call.id}' is not ringing; only an incoming call can be rejected.",
            "call_not_ringing",
        )
        call.reject_status = status_code if status_code is not None else 603
        self._end(call, "rejected")
        return call

    def refer(self, call_id: str, target_uri: str) -> Call:
        """Transfer an active SIP call to ``target_uri``; the call ends here."""
        call = self._live(call_id)
        _require(
            call.transport == "sip",
            f"Call '{call.id}' is a WebRTC call; only SIP calls can be referred.",
            "call_not_sip",
        )
        _require(
            call.state == "active",
            f"Call '{call.id}' is not active; accept it before referring it.",
            "call_not_active",
        )
        call.refer_target = target_uri
        self._end(call, "ended")
        return call

    def hangup(self, call_id: str) -> Call:
        """End a ringing or active call."""
        call = self._live(call_id)
        self._end(call, "ended")
        return call


def _require(condition: bool, message: str, code: str) -> None:
    """Raise :class:`CallError` 400 ``code`` with ``message`` unless ``condition`` holds."""
    if not condition:
        raise CallError(400, message, code)


_MEDIA = re.compile(r"^m=(\w+) ", re.MULTILINE)
_MID = re.compile(r"^a=mid:(\S+)", re.MULTILINE)


def check_offer(offer: str) -> str | None:
    """``None`` if ``offer`` looks like an SDP offer (``v=0`` first, at least one ``m=``
    line), else what is wrong."""
    lines = offer.strip().splitlines()
    if not lines or lines[0].strip() != "v=0":
        return "The SDP offer must start with 'v=0'."
    if not _MEDIA.search(offer):
        return "The SDP offer has no media section ('m=' line)."
    return None


def sdp_answer(offer: str) -> str:
    """A plausible SDP answer (CRLF lines) to ``offer``: one section per offered media
    section, in order, with its ``mid``: Opus audio for ``audio``, an SCTP data channel for
    ``application``, anything else rejected (port 0)."""
    sections = re.split(r"(?m)^(?=m=)", offer.replace("\r\n", "\n"))[1:]
    ufrag = secrets.token_hex(4)
    pwd = secrets.token_hex(12)
    digest = hashlib.sha256(secrets.token_bytes(32)).hexdigest().upper()
    fingerprint = ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))
    mids = []
    body: list[str] = []
    for index, section in enumerate(sections):
        kind_match = _MEDIA.match(section)
        kind = kind_match.group(1) if kind_match else "audio"
        mid_match = _MID.search(section)
        mid = mid_match.group(1) if mid_match else str(index)
        mids.append(mid)
        if kind == "audio":
            body += [
                "m=audio 9 UDP/TLS/RTP/SAVPF 111",
                "c=IN IP4 0.0.0.0",
                "a=rtcp:9 IN IP4 0.0.0.0",
                "a=rtpmap:111 opus/48000/2",
                "a=fmtp:111 minptime=10;useinbandfec=1",
                "a=sendrecv",
            ]
        elif kind == "application":
            body += [
                "m=application 9 UDP/DTLS/SCTP webrtc-datachannel",
                "c=IN IP4 0.0.0.0",
                "a=sctp-port:5000",
                "a=max-message-size:262144",
            ]
        else:
            body += [f"m={kind} 0 UDP/TLS/RTP/SAVPF 0", "c=IN IP4 0.0.0.0", "a=inactive"]
        body += [
            f"a=mid:{mid}",
            f"a=ice-ufrag:{ufrag}",
            f"a=ice-pwd:{pwd}",
            "a=ice-options:trickle",
            f"a=fingerprint:sha-256 {fingerprint}",
            "a=setup:active",
            "a=rtcp-mux",
            f"a=candidate:1 1 udp 2130706431 127.0.0.1 {3478 + index} typ host",
            "a=end-of-candidates",
        ]
    session_id = secrets.randbelow(10**18)
    head = [
        "v=0",
        f"o=- {session_id} 2 IN IP4 127.0.0.1",
        "s=-",
        "t=0 0",
        f"a=group:BUNDLE {' '.join(mids)}",
        "a=msid-semantic: WMS",
    ]
    return "\r\n".join(head + body) + "\r\n"
