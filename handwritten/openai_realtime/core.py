"""The client's protocol core: what a realtime session does, without sockets or event loops.

:class:`SessionCore` takes the frames a connection received and the calls its user made, and
gives back typed events and the bytes to send, the way websockets' ``protocol.py`` does for the
WebSocket protocol. The async session (:mod:`.session`) and the sync session (:mod:`.sync`)
are shells around it: they do the I/O, the timeouts and the locking, run handlers and tools,
and ask the core what to do at each step. The core reads the monotonic clock (for rotation
timing and gap figures) and does nothing else outside its own memory.

It owns:

* the send pipeline, one for every client event (:meth:`SessionCore.encode`): the event as a
  dict, NaN/Infinity refused, ``session.update`` merged into the configuration memory, the
  conversation mirror told, the beta dialect applied on Azure preview, orjson bytes;
  ``input_audio_buffer.append`` frames are built directly (:meth:`SessionCore.audio_frames`);
* decoding (:meth:`SessionCore.receive`): typed events, session tracking, the conversation
  mirror and metrics fed;
* the ``wait_for`` backlog and its bounds (:class:`Waiter`);
* tool bookkeeping: which function calls of a ``response.done`` to answer;
* the journal of sends not yet followed by a server frame (``unconfirmed``);
* close classification (a :class:`~openai_realtime.errors.ConnectionClosedError`);
* the reconnect plan (:class:`ReconnectPlan`: which codes, backoff delays, what to re-send) and
  the rotation decision; the conversation replay is :class:`~openai_realtime.handoff.Replay`.
"""

from __future__ import annotations

import copy
import random
import time
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeAlias

import attrs
import pybase64
from websockets.frames import Close

from . import handoff, protocol
from .config import ConnectionKind
from .conversation import Conversation, CutResponse
from .dialect import server_decoder
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    BacklogFullError,
    ConnectionClosedError,
    ProtocolError,
    RealtimeError,
    ServerErrorEvent,
    redact,
)
from .events import ClientEvent, ServerEvent, check_finite, client_event_dict, dumps_bytes, loads
from .metrics import SessionMetrics

if TYPE_CHECKING:
    from .tools import ToolRegistry

__all__ = [
    "DEFAULT_MAX_BACKLOG_BYTES",
    "MAX_AUDIO_BYTES_PER_EVENT",
    "MAX_EVENT_BYTES",
    "MAX_UNCONFIRMED_BYTES",
    "MAX_UNCONFIRMED_EVENTS",
    "RETRYABLE_CLOSE_CODES",
    "ReconnectPlan",
    "ReconnectPolicy",
    "SessionCore",
    "SessionEvent",
    "SessionReconnected",
    "Waiter",
]

#: The largest client event the Realtime API accepts: 15 MiB.
MAX_EVENT_BYTES = 15 * 1024 * 1024
#: Default bound of the bytes (frame sizes) of the events ``wait_for`` keeps for ``recv``.
DEFAULT_MAX_BACKLOG_BYTES = 48 * 1024 * 1024
#: Raw audio bytes per append event so that base64 plus JSON stays under
#: :data:`MAX_EVENT_BYTES`; a multiple of 6 so each piece is whole samples and whole base64 quanta.
MAX_AUDIO_BYTES_PER_EVENT = ((MAX_EVENT_BYTES - 4096) * 3 // 4) // 6 * 6

#: Close codes after which a reconnect is attempted (when enabled), as the official SDK does.
RETRYABLE_CLOSE_CODES = frozenset({1001, 1005, 1006, 1011, 1012, 1013, 1015})
#: Bounds of the journal of sends not yet followed by any server frame (events, bytes).
MAX_UNCONFIRMED_EVENTS = 1024
MAX_UNCONFIRMED_BYTES = 16 * 1024 * 1024


@attrs.frozen
class ReconnectPolicy:
    """When and how to reconnect after the server or network closes the session.

    Attributes:
        max_attempts: connection attempts per outage before giving up.
        initial_delay: seconds before the first attempt; doubled on each further attempt.
        max_delay: cap of the delay, seconds.
        jitter: the delay is multiplied by a random factor in ``[1 - jitter, 1 + jitter]``.
        codes: close codes that trigger a reconnect.
        replay: replay the conversation (``session.conversation``) into the new session after
            a reconnect: items re-created with new ids (user audio as its transcript, assistant
            audio as text), a response cut by the drop reported in
            :class:`~openai_realtime.session.SessionReconnected` and not replayed.
        replay_max_items, replay_max_tokens: budget of a replay (newest items kept; tokens
            estimated at 4 characters each); ``None``: no limit.
        replay_timeout: seconds to wait for the new session to acknowledge the replayed items.
        rotate_after_s: open a successor session after this many seconds of a session's life,
            at the next turn boundary (no response, no user speech in progress), hand the
            conversation over (as ``replay`` does) and close the old socket; set it below the
            provider's session limit (OpenAI 60 minutes, Azure about 30). ``None``: no rotation.
        rotate_quiet_s: a rotation also waits until no client event (other than input audio)
            was sent for this many seconds, and no item or response the client requested is
            still unanswered (events sent with ``send_raw`` are not tracked).
    """

    max_attempts: int = 5
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    codes: frozenset[int] = RETRYABLE_CLOSE_CODES
    replay: bool = False
    replay_max_items: int | None = None
    replay_max_tokens: int | None = None
    replay_timeout: float = 10.0
    rotate_after_s: float | None = None
    rotate_quiet_s: float = 0.25

    def delay(self, attempt: int) -> float:
        """Seconds to wait before attempt number ``attempt`` (1-based)."""
        base = min(self.max_delay, self.initial_delay * 2 ** (attempt - 1))
        return float(base * random.uniform(1 - self.jitter, 1 + self.jitter))  # noqa: S311


_SESSION_EVENTS = frozenset(
    {
        "session.created",
        "session.updated",
        "transcription_session.created",
        "transcription_session.updated",
    }
)
#: Event types after which :meth:`SessionCore.follow_up` may have something to do.
FOLLOW_UP = frozenset({"response.done", "error"})
_AUDIO_PREFIX = b'{"type":"input_audio_buffer.append","audio":"'
_TRANSLATION_AUDIO_PREFIX = b'{"type":"session.input_audio_buffer.append","audio":"'


@attrs.frozen
class SessionReconnected:
    """Reported by ``recv``/iteration after a successful reconnect (not a server event).

    Attributes:
        type_: always ``"openai_realtime.session.reconnected"``.
        attempts: connection attempts it took.
        code, reason: the close that caused it.
        session: the new server session (from its ``session.created``).
        reapplied: the session configuration re-sent (``session.update``), or ``None``.
        rotated: ``True`` for a planned rotation (``ReconnectPolicy.rotate_after_s``; ``code``
            is then ``None``), ``False`` after a close.
        cut_response: the response the close interrupted (its id and partial transcript; not
            replayed), or ``None``.
        replay: what the conversation replay did (``ReconnectPolicy(replay=True)``), or
            ``None`` without a replay.
        gap_ms: milliseconds from noticing the close (or starting the rotation) until the new
            session was ready.
        unconfirmed: client events sent on the old connection after the last frame received
            from it (oldest first): the server may never have read them. They are not re-sent
            automatically (some are not idempotent); re-send what matters.
        unconfirmed_dropped: older unconfirmed events that did not fit the journal
            (:data:`MAX_UNCONFIRMED_EVENTS` / :data:`MAX_UNCONFIRMED_BYTES`), counted only.
    """

    attempts: int
    code: int | None
    reason: str
    session: Any
    reapplied: dict[str, Any] | None
    # A literal, like the generated events' ``type_``: comparing ``event.type_`` narrows the
    # session's event union (SessionEvent).
    type_: Literal["openai_realtime.session.reconnected"] = "openai_realtime.session.reconnected"
    rotated: bool = False
    cut_response: CutResponse | None = None
    replay: handoff.ReplayReport | None = None
    gap_ms: float = 0.0
    unconfirmed: tuple[dict[str, Any], ...] = ()
    unconfirmed_dropped: int = 0

    def to_dict(self) -> dict[str, Any]:
        """A plain summary (for logging)."""
        return {
            "type": self.type_,
            "attempts": self.attempts,
            "code": self.code,
            "reason": self.reason,
            "rotated": self.rotated,
            "cut_response": attrs.asdict(self.cut_response) if self.cut_response else None,
            "replayed": self.replay.replayed if self.replay else None,
            "gap_ms": self.gap_ms,
            "unconfirmed": len(self.unconfirmed) + self.unconfirmed_dropped,
        }


#: What ``recv``, iteration and ``wait_for`` return: a server event (the generated union of the
#: GA and translation families, or :class:`~openai_realtime.events.UnknownEvent`), or
#: :class:`SessionReconnected` after a reconnect. Narrow it with ``isinstance`` or by comparing
#: ``event.type_`` with a type name.
SessionEvent: TypeAlias = ServerEvent | SessionReconnected


def _merge(base: dict[str, Any], patch: Mapping[str, Any]) -> dict[str, Any]:
    """Deep-merge a partial session update into the accumulated configuration."""
    for key, value in patch.items():
        if isinstance(value, Mapping) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = copy.deepcopy(value)
    return base


def simple_event(event_type: str, event_id: str | None) -> dict[str, Any]:
    """``{"type": event_type}`` plus ``event_id`` when given."""
    event: dict[str, Any] = {"type": event_type}
    if event_id is not None:
        event["event_id"] = event_id
    return event


class HasSecrets(Protocol):
    """What knows the secrets in play (the transport, the credentials)."""

    def secrets(self) -> tuple[str, ...]: ...


class SessionCore:
    """The state and decisions of one realtime session, across its connections.

    Args:
        kind: the connection kind; url: the WebSocket URL (no secret in it); dialect: ``"ga"``
            or ``"beta"``; server_family: the event family the server speaks; model: the model
            (for metrics); secrets: what knows the secrets in play (for redaction); open_timeout: seconds
            a new connection has to send ``session.created`` (a reconnect attempt).
        raise_on_error, reconnect, max_backlog, max_backlog_bytes, conversation, strict: as
            the ``connect_*`` functions document them.

    The shells read and set the public attributes the sessions document (``session``,
    ``configuration``, ``conversation``, ``metrics``, ...) on the core.
    """

    __slots__ = (
        "_backlog_bytes",
        "_backlog_sizes",
        "_calls_answered",
        "_last_sent_at",
        "_last_size",
        "_opened_at",
        "_secrets",
        "_unconfirmed",
        "_unconfirmed_bytes",
        "_unconfirmed_dropped",
        "auto_tools",
        "backlog",
        "closing",
        "configuration",
        "conversation",
        "decoder",
        "dialect",
        "handlers",
        "kind",
        "last_replay",
        "max_backlog",
        "max_backlog_bytes",
        "metrics",
        "open_timeout",
        "raise_on_error",
        "reconnect_policy",
        "rotates",
        "session",
        "session_id",
        "tools",
        "url",
    )

    def __init__(
        self,
        *,
        kind: ConnectionKind,
        url: str,
        dialect: Literal["ga", "beta"],
        server_family: str,
        model: str | None,
        secrets: HasSecrets,
        open_timeout: float,
        raise_on_error: bool = False,
        reconnect: ReconnectPolicy | None = None,
        max_backlog: int = 10_000,
        max_backlog_bytes: int = DEFAULT_MAX_BACKLOG_BYTES,
        conversation: Conversation | None = None,
        strict: bool | None = None,
    ) -> None:
        self.kind: ConnectionKind = kind
        self.url = url
        self.dialect: Literal["ga", "beta"] = dialect
        self._secrets = secrets
        self.open_timeout = open_timeout
        self.raise_on_error = raise_on_error
        self.reconnect_policy = reconnect
        self.max_backlog = max_backlog
        self.max_backlog_bytes = max_backlog_bytes
        self.session: Any = None
        self.session_id: str | None = None
        self.configuration: dict[str, Any] = {}
        self.decoder = server_decoder(server_family, strict=strict)
        self.closing = False
        # Created on first use: an idle session stays small (many sessions per process). The
        # events kept for ``recv`` (by ``wait_for``, reconnects, rotations), oldest first.
        self.backlog: deque[SessionEvent] | None = None
        self._backlog_sizes: deque[int] | None = None
        self._backlog_bytes = 0
        self._last_size = 0
        # Frames sent since the last frame received: possibly undelivered if the connection
        # drops (reported by SessionReconnected / ConnectionClosedError, never dropped).
        self._unconfirmed: deque[bytes] | None = None
        self._unconfirmed_bytes = 0
        self._unconfirmed_dropped = 0
        self.handlers: dict[str, list[Callable[[Any], Any]]] | None = None  # by the first on()
        self.tools: ToolRegistry | None = None
        self.auto_tools = True
        self._calls_answered: set[str] | None = None  # created by the first tool call
        if conversation is None and kind in ("realtime", "call"):
            conversation = Conversation()
        self.conversation = conversation
        #: Whether sessions rotate (``rotate_after_s``; conversation sessions only).
        self.rotates = bool(
            reconnect is not None
            and reconnect.rotate_after_s is not None
            and conversation is not None
        )
        self.last_replay: handoff.ReplayReport | None = None
        self._opened_at = self._last_sent_at = time.monotonic()
        self.metrics = SessionMetrics(
            kind=kind, url=url, dialect=dialect, model=model if kind != "transcription" else None
        )

    # ------------------------------------------------------------------------------ sending

    def encode(self, event: ClientEvent) -> bytes:
        """The one send pipeline: ``event`` (a generated model or a mapping with a ``type``)
        checked, remembered (``session.update`` into :attr:`configuration`), noted by the
        conversation mirror, converted to the beta dialect on Azure preview, as JSON bytes.

        Raises:
            TypeError, ValueError: not an event, or a value JSON cannot carry (NaN/Infinity).
        """
        data = client_event_dict(event)
        check_finite(data, f"the {data['type']} event")
        if data["type"] == "session.update" and isinstance(data.get("session"), Mapping):
            _merge(self.configuration, data["session"])
        elif data["type"] == "response.create":
            self.metrics.response_requested()
        self._last_sent_at = time.monotonic()
        if self.conversation is not None:
            data = self.conversation.note_sent(data)
        return self._wire(data)

    def _wire(self, data: dict[str, Any]) -> bytes:
        """The dialect step and the serialisation of every frame the client sends."""
        if self.dialect == "beta":
            data = protocol.to_beta(data)
        return dumps_bytes(data)

    def audio_frames(self, audio: bytes | bytearray | memoryview) -> Iterator[bytes]:
        """``input_audio_buffer.append`` frames (``session.input_audio_buffer.append`` on a
        translation session) for raw ``audio`` bytes, split at
        :data:`MAX_AUDIO_BYTES_PER_EVENT`. The bytes are built directly: base64 needs no JSON
        escaping, and this is the hot send path."""
        prefix = _TRANSLATION_AUDIO_PREFIX if self.kind == "translation" else _AUDIO_PREFIX
        view = memoryview(audio).cast("B")
        self.metrics.audio_sent(len(view))
        step = MAX_AUDIO_BYTES_PER_EVENT
        for start in range(0, max(len(view), 1), step):
            yield prefix + pybase64.b64encode(view[start : start + step]) + b'"}'

    @staticmethod
    def check_size(text: str | bytes) -> None:
        """Raise ``ValueError`` for a frame over :data:`MAX_EVENT_BYTES`."""
        if len(text) > MAX_EVENT_BYTES:
            raise ValueError(
                f"a client event may be at most 15 MiB; this one is {len(text)} characters"
            )

    def sent(self, text: str | bytes) -> None:
        """Journal a frame just sent as unconfirmed (until a frame arrives from the server)."""
        frame = text.encode() if isinstance(text, str) else bytes(text)
        journal = self._unconfirmed
        if journal is None:
            journal = self._unconfirmed = deque()
        journal.append(frame)
        self._unconfirmed_bytes += len(frame)
        while journal and (
            len(journal) > MAX_UNCONFIRMED_EVENTS or self._unconfirmed_bytes > MAX_UNCONFIRMED_BYTES
        ):
            self._unconfirmed_bytes -= len(journal.popleft())
            self._unconfirmed_dropped += 1

    def take_unconfirmed(self) -> tuple[tuple[dict[str, Any], ...], int]:
        """The journal of unconfirmed sends (decoded) and the count that did not fit; empties
        it."""
        journal, dropped = self._unconfirmed or (), self._unconfirmed_dropped
        events = tuple(loads(frame) for frame in journal)
        self._unconfirmed = None
        self._unconfirmed_bytes = self._unconfirmed_dropped = 0
        return events, dropped

    # ---------------------------------------------------------------------------- receiving

    def receive(self, frame: str | bytes) -> ServerEvent:
        """Type one received frame and account for it: the unconfirmed journal confirmed, the
        conversation mirror, metrics and session tracking fed.

        Raises:
            ProtocolError: not a realtime event; SpecDeviationError: (strict) a deviation.
        """
        self._last_size = len(frame)
        if self._unconfirmed:  # the server is alive and sending: earlier sends got through
            self._unconfirmed.clear()
            self._unconfirmed_bytes = 0
        event = self.decoder.decode(frame)
        event_type = event.type_
        if self.conversation is not None:
            self.conversation.feed(event)  # its at_turn_boundary covers server VAD's own turns
        if event_type in self.metrics.watch:
            self.metrics.observe(event_type, event)
        if event_type in _SESSION_EVENTS:
            self._remember_session(event)
        return event

    def _remember_session(self, event: Any) -> None:
        self.session = getattr(event, "session", None)
        session_id = getattr(self.session, "id", None)
        if isinstance(session_id, str):
            self.session_id = session_id

    def follow_up(self, event: Any) -> list[dict[str, Any]]:
        """For an event of :data:`FOLLOW_UP` (after the handlers ran): the function calls of a
        ``response.done`` the registered tools are to answer (each once).

        Raises:
            ServerErrorEvent: an ``error`` event while ``raise_on_error`` is set.
        """
        if event.type_ == "error":
            if self.raise_on_error:
                raise ServerErrorEvent(event)
            return []
        tools = self.tools
        if not (self.auto_tools and tools):
            return []
        response = event.to_dict().get("response", {})
        answered = self._calls_answered or ()
        return [
            item
            for item in response.get("output", [])
            if item.get("type") == "function_call"
            and item.get("name") in tools
            and item.get("call_id") not in answered
        ]

    def answered(self, calls: Sequence[dict[str, Any]], outputs: Sequence[str]) -> list[Any]:
        """Note that ``calls`` were run; the events to send next: each output as a
        ``function_call_output`` item, then ``response.create``."""
        if self._calls_answered is None:
            self._calls_answered = set()
        events: list[Any] = []
        for call, output in zip(calls, outputs, strict=True):
            self._calls_answered.add(call["call_id"])
            item = protocol.function_call_output_item(call["call_id"], output)
            events.append(protocol.conversation_item_create(item))
        events.append(protocol.response_create())
        return events

    # ------------------------------------------------------------------------------ backlog

    def pop_backlog(self, index: int = 0) -> SessionEvent:
        """Take the kept event at ``index``."""
        assert self.backlog is not None and self._backlog_sizes is not None
        event = self.backlog[index]
        del self.backlog[index]
        self._backlog_bytes -= self._backlog_sizes[index]
        del self._backlog_sizes[index]
        return event

    def keep_first(self, event: SessionEvent, size: int = 0) -> None:
        """Queue ``event`` (its frame ``size`` in bytes) before the events already queued."""
        if self.backlog is None or self._backlog_sizes is None:
            self.backlog, self._backlog_sizes = deque(), deque()
        self.backlog.appendleft(event)
        self._backlog_sizes.appendleft(size)
        self._backlog_bytes += size

    def keep(self, events: Sequence[SessionEvent], sizes: Sequence[int] | None = None) -> None:
        """Queue events (with their frame sizes in bytes, 0 when unknown) for later ``recv``
        calls, in order."""
        if events:
            if self.backlog is None or self._backlog_sizes is None:
                self.backlog, self._backlog_sizes = deque(), deque()
            self.backlog.extend(events)
            self._backlog_sizes.extend(sizes if sizes is not None else [0] * len(events))
            self._backlog_bytes += sum(sizes or ())

    def waiter(self, event_type: str | Callable[[Any], bool]) -> Waiter:
        """The bookkeeping of one ``wait_for(event_type)`` call."""
        return Waiter(self, event_type)

    # ------------------------------------------------------------------------------ closing

    def closed_error(self, rcvd: Close | None, sent: Close | None) -> ConnectionClosedError:
        """The error for a closed connection (websockets' ``rcvd`` / ``sent`` close frames)."""
        # by_server: not closed by disconnect() - the server, the network, or this client's
        # protocol layer failing the connection (e.g. 1009 for a message over max_message_bytes).
        by_server = not self.closing
        frame = (rcvd or sent) if by_server else (sent or rcvd)
        code = frame.code if frame is not None else 1006
        reason = redact(frame.reason, self._secrets.secrets()) if frame else ""
        unconfirmed, dropped = self.take_unconfirmed() if by_server else ((), 0)
        return ConnectionClosedError(
            code,
            reason,
            by_server=by_server,
            unconfirmed=unconfirmed,
            unconfirmed_dropped=dropped,
        )

    # ---------------------------------------------------------------------------- reconnect

    def may_reconnect(self, rcvd: Close | None) -> bool:
        """Whether a close (the received close frame, ``None`` for none: 1006) is followed by a
        reconnect."""
        if self.closing or self.reconnect_policy is None:
            return False
        code = rcvd.code if rcvd is not None else 1006
        return code in self.reconnect_policy.codes

    def begin_reconnect(self, rcvd: Close | None) -> ReconnectPlan:
        """The plan of a reconnect after the close ``rcvd`` (takes the unconfirmed journal and
        the response the close cut)."""
        policy = self.reconnect_policy
        assert policy is not None
        unconfirmed, dropped = self.take_unconfirmed()
        return ReconnectPlan(
            core=self,
            policy=policy,
            code=rcvd.code if rcvd is not None else 1006,
            reason=redact(rcvd.reason if rcvd is not None else "", self._secrets.secrets()),
            cut=self.conversation.cut_response() if self.conversation is not None else None,
            unconfirmed=unconfirmed,
            dropped=dropped,
        )

    def opened(self) -> None:
        """A new connection is about to take the session over."""
        self._opened_at = time.monotonic()
        self._calls_answered = None

    def took_over(self, frame: str | bytes) -> tuple[dict[str, Any] | None, bytes | None]:
        """The new connection's first ``frame``: it must be ``session.created``. Returns the
        configuration re-applied and the ``session.update`` frame to send (``None`` when
        nothing was configured).

        Raises:
            ProtocolError: the first event is not ``session.created`` (a half-open session is
                never taken over).
        """
        created = self.decoder.decode(frame)
        if created.type_ not in ("session.created", "transcription_session.created"):
            raise ProtocolError(
                f"the new connection's first event was {created.type_!r}, not session.created",
                frame if isinstance(frame, str) else b"",
            )
        self._remember_session(created)
        if self.conversation is not None:
            self.conversation.feed(created)
        if not self.configuration:
            return None, None
        reapplied = copy.deepcopy(self.configuration)
        return reapplied, self._wire({"type": "session.update", "session": reapplied})

    def resume_error(self, exc: BaseException) -> RealtimeError:
        """The typed error of a take-over that failed (closed, or no ``session.created``)."""
        if isinstance(exc, RealtimeError):
            return exc
        if isinstance(exc, TimeoutError):
            return APITimeoutError(
                f"the new connection sent no session.created within {self.open_timeout} s"
            )
        return APIConnectionError(f"the new connection closed during the handoff: {exc}")

    # ------------------------------------------------------------------------------- replay

    def replay_plan(self) -> handoff.Replay | None:
        """The replay of the conversation mirror into a new session (budget from the reconnect
        policy), or ``None`` when there is nothing to replay."""
        if self.conversation is None or not len(self.conversation):
            return None
        policy = self.reconnect_policy or ReconnectPolicy()
        return handoff.Replay(
            self.conversation,
            max_items=policy.replay_max_items,
            max_tokens=policy.replay_max_tokens,
            timeout=policy.replay_timeout,
            dialect=self.dialect,
            max_other_events=self.max_backlog,
        )

    def replay_frames(self, replay: handoff.Replay) -> list[bytes]:
        """The frames that start ``replay`` (``conversation.item.create`` per item)."""
        return [self._wire(event) for event in replay.start()]

    def replayed(self, replay: handoff.Replay) -> handoff.ReplayReport:
        """Finish ``replay``: the report kept as :attr:`last_replay`; the other events that
        arrived meanwhile fed to the mirror and session tracking and kept for ``recv`` (the
        shell runs their handlers)."""
        report = self.last_replay = replay.report()
        for event in report.other_events:
            if self.conversation is not None:
                self.conversation.feed(event)
            if event.type_ in ("session.created", "session.updated"):
                self._remember_session(event)
        self.keep(report.other_events)
        return report

    # ----------------------------------------------------------------------------- rotation

    def rotation_due(self) -> float | None:
        """Monotonic time at which the current session is to be rotated, or ``None``."""
        policy = self.reconnect_policy
        if policy is None or policy.rotate_after_s is None or self.conversation is None:
            return None
        return self._opened_at + policy.rotate_after_s

    def rotation_wait(self) -> float:
        """Seconds to wait for a frame before checking again whether to rotate."""
        due = self.rotation_due()
        assert due is not None and self.reconnect_policy is not None
        wait = max(due - time.monotonic(), 0.0)
        return wait or max(self.reconnect_policy.rotate_quiet_s, 0.05)

    def may_rotate_now(self) -> bool:
        """At a turn boundary, quiet, past ``rotate_after_s``, nothing kept for ``recv``."""
        due = self.rotation_due()
        policy = self.reconnect_policy
        if due is None or policy is None or self.closing or self.backlog:
            return False
        now = time.monotonic()
        assert self.conversation is not None
        return (
            now >= due
            and self.conversation.at_turn_boundary
            and now - self._last_sent_at >= policy.rotate_quiet_s
        )

    def rotation_failed(self) -> None:
        """The successor could not take over: try again after another period."""
        self._opened_at = time.monotonic()

    def rotated(
        self,
        late: Sequence[ServerEvent],
        reapplied: dict[str, Any] | None,
        report: handoff.ReplayReport | None,
        started: float,
    ) -> SessionReconnected:
        """A rotation is complete: the events the old session sent ``late`` (decoded) go to
        the mirror (their items are not in the new session) and are kept for ``recv`` after
        the returned :class:`SessionReconnected`."""
        self._calls_answered = None
        cut = None
        if late and self.conversation is not None:
            before = {id(item) for item in self.conversation}
            for earlier in late:
                self.conversation.feed(earlier)
            # Late items are not in the new session; a response the old one started is lost.
            self.conversation.mark_not_live(
                [item for item in self.conversation if id(item) not in before]
            )
            cut = self.conversation.cut_response()
        event = SessionReconnected(
            attempts=1,
            code=None,
            reason="rotated",
            session=self.session,
            reapplied=reapplied,
            rotated=True,
            cut_response=cut,
            replay=report,
            gap_ms=(time.monotonic() - started) * 1000,
        )
        self.keep_first(event)
        for earlier in reversed(late):
            self.keep_first(earlier)
        return event

    def input_format(self) -> str:
        """The session's input audio format type, from the server's latest session report."""
        try:
            return str(self.session.audio.input.format_.type_)
        except AttributeError:
            fmt = self.configuration.get("audio", {}).get("input", {}).get("format", {})
            return str(fmt.get("type", "audio/pcm"))


class Waiter:
    """One ``wait_for``: matches events, keeps the ones it passes over (bounded by the
    session's ``max_backlog`` / ``max_backlog_bytes``) for ``recv``."""

    __slots__ = ("_core", "_event_type", "kept", "kept_bytes", "sizes")

    def __init__(self, core: SessionCore, event_type: str | Callable[[Any], bool]) -> None:
        self._core = core
        self._event_type = event_type
        self.kept: list[SessionEvent] = []
        self.sizes: list[int] = []
        self.kept_bytes = 0

    def matches(self, event: Any) -> bool:
        """Whether ``event`` is the awaited one."""
        if isinstance(self._event_type, str):
            return bool(event.type_ == self._event_type)
        return bool(self._event_type(event))

    def from_backlog(self) -> SessionEvent | None:
        """The first kept event that matches (taken out of the backlog), or ``None``."""
        backlog = self._core.backlog
        if backlog:
            for index, event in enumerate(backlog):
                if self.matches(event):
                    return self._core.pop_backlog(index)
        return None

    def check_room(self) -> None:
        """Raise :class:`~openai_realtime.errors.BacklogFullError` when no further event may
        be passed over."""
        core = self._core
        room = core.max_backlog - len(core.backlog or ())
        if (
            len(self.kept) >= room
            or self.kept_bytes >= core.max_backlog_bytes - core._backlog_bytes
        ):
            raise BacklogFullError(
                f"wait_for({self._event_type!r}) passed over {len(self.kept)} events "
                f"({self.kept_bytes} bytes) without a match, reaching max_backlog="
                f"{core.max_backlog} / max_backlog_bytes={core.max_backlog_bytes}; "
                "they are kept (recv returns them). Iterate over the session "
                "instead, or raise the limits."
            )

    def offer(self, event: Any) -> bool:
        """``True`` when ``event`` (just received) is the awaited one; otherwise it is kept.

        Raises:
            ServerErrorEvent: an ``error`` event that is not awaited.
        """
        if self.matches(event):
            return True
        if event.type_ == "error":
            raise ServerErrorEvent(event)
        size = self._core._last_size
        self.kept.append(event)
        self.sizes.append(size)
        self.kept_bytes += size
        return False

    def close(self) -> None:
        """Hand the events passed over to the backlog (``recv`` returns them next)."""
        self._core.keep(self.kept, self.sizes)


@attrs.define
class ReconnectPlan:
    """One reconnect after a close: attempts, backoff delays, the outcome.

    A shell loops ``while (delay := plan.next_delay()) is not None``: sleep ``delay`` seconds,
    open a connection (reporting a failure with :meth:`open_failed`, which says whether to stop),
    let it take over (:meth:`take_over_failed` on failure), and on success report
    :meth:`succeeded`. When the attempts run out it raises :meth:`error` from :attr:`last`.
    """

    core: SessionCore
    policy: ReconnectPolicy
    code: int
    reason: str
    cut: CutResponse | None
    unconfirmed: tuple[dict[str, Any], ...]
    dropped: int
    started: float = attrs.field(factory=time.monotonic)
    attempt: int = 0
    last: Exception | None = None

    def next_delay(self) -> float | None:
        """Seconds to wait before the next attempt, or ``None`` when they are used up."""
        if self.attempt >= self.policy.max_attempts:
            return None
        self.attempt += 1
        return self.policy.delay(self.attempt)

    def open_failed(self, exc: APIConnectionError | APIError) -> bool:
        """An attempt's handshake failed; ``True`` when retrying cannot help (400/401/403/404)."""
        self.last = exc
        return isinstance(exc, APIError) and exc.status_code in (400, 401, 403, 404)

    def take_over_failed(self, exc: BaseException) -> RealtimeError:
        """An attempt's connection failed to take over; returns the typed failure."""
        error = self.core.resume_error(exc)
        self.last = error
        return error

    def succeeded(
        self, reapplied: dict[str, Any] | None, report: handoff.ReplayReport | None
    ) -> SessionReconnected:
        """The event to report for the attempt that took over."""
        self.core.metrics.reconnected(self.attempt, self.code)
        return SessionReconnected(
            attempts=self.attempt,
            code=self.code,
            reason=self.reason,
            session=self.core.session,
            reapplied=reapplied,
            cut_response=self.cut,
            replay=report,
            gap_ms=(time.monotonic() - self.started) * 1000,
            unconfirmed=self.unconfirmed,
            unconfirmed_dropped=self.dropped,
        )

    def error(self) -> ConnectionClosedError:
        """Every attempt failed (raise it ``from`` :meth:`cause`)."""
        return ConnectionClosedError(
            self.code,
            f"{self.reason} (reconnect failed after {self.attempt} attempt(s): {self.last})",
            unconfirmed=self.unconfirmed,
            unconfirmed_dropped=self.dropped,
        )

    def cause(self) -> BaseException:
        """The last failure (the ``__cause__`` of :meth:`error`)."""
        return self.last or ConnectionClosedError(self.code, self.reason)
