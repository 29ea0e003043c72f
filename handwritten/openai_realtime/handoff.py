"""Handing a conversation over to a new server session: replaying the local mirror as items.

Used by the session after a retryable close (``ReconnectPolicy(replay=True)``) and when it
rotates to a successor session before the provider's limit (``rotate_after_s``). The plan (which
items, as what, within which budget) is pure (:meth:`Conversation.replay_plan
<openai_realtime.conversation.Conversation.replay_plan>`); :class:`Replay` is the state machine
of one replay, free of I/O: it gives the ``conversation.item.create`` events to send and reads
the server's acknowledgements, which it keeps from the caller (the conversation's items were
added once, and the new session's copies are the same items under new ids,
:attr:`Conversation.id_map <openai_realtime.conversation.Conversation.id_map>`). The async and
sync sessions drive it over their connections.
"""

from __future__ import annotations

import logging
from typing import Any, Literal

import attrs

from . import protocol
from .conversation import Conversation, ReplayEntry, new_item_id
from .events import ServerEvent

__all__ = ["REPLAY_EVENT_PREFIX", "Replay", "ReplayReport"]

logger = logging.getLogger("openai_realtime.session")

#: Prefix of the ``event_id`` of every replayed ``conversation.item.create`` (an ``error`` event
#: for one of them names it).
REPLAY_EVENT_PREFIX = "evt_replay_"


@attrs.frozen
class ReplayReport:
    """What a replay did.

    Attributes:
        replayed: how many items were re-created in the new session.
        left_out: how many items were not sent (over the budget, cut, nothing to replay, or
            not fitting the spec); they stay in the mirror with ``live=False``.
        tokens: estimated tokens replayed.
        errors: why items were not replayed: not fitting the spec, refused by the server
            (those keep their old ids, ``live=False``), or not acknowledged in time.
        other_events: events of the new session that arrived during the replay and are not
            its acknowledgements, in order (the session returns them next).
    """

    replayed: int = 0
    left_out: int = 0
    tokens: int = 0
    errors: tuple[str, ...] = ()
    other_events: tuple[ServerEvent, ...] = ()


class Replay:
    """One replay of ``conversation``'s items into a new session (newest kept within
    ``max_items`` / ``max_tokens`` estimated tokens), each with a fresh id.

    The driver sends what :meth:`start` returns (converted for its dialect), feeds every event
    the new session sends to :meth:`receive` until :attr:`done`, or calls :meth:`timed_out`
    after ``timeout`` seconds, then takes :meth:`report`. The acknowledgement is
    ``conversation.item.done`` (``conversation.item.created`` on the beta dialect). Other events
    meanwhile are kept for the caller, at most ``max_other_events``: past that the replay stops
    waiting (the acknowledgements still to come then reach the caller like any event; the report
    says so). If the connection fails meanwhile, :meth:`abort` puts the mirror's ids back.
    """

    def __init__(
        self,
        conversation: Conversation,
        *,
        max_items: int | None,
        max_tokens: int | None,
        timeout: float,
        dialect: Literal["ga", "beta"] = "ga",
        max_other_events: int = 10_000,
    ) -> None:
        self.conversation = conversation
        self.max_items = max_items
        self.max_tokens = max_tokens
        self.timeout = timeout
        self.max_other_events = max_other_events
        self._done_type = (
            "conversation.item.created" if dialect == "beta" else "conversation.item.done"
        )
        self._saved = conversation.save_ids()
        self._pending: dict[str, Any] = {}  # new item id -> mirror item
        self._by_event: dict[str, str] = {}  # event_id -> new item id
        self._replayed_ids: set[str] = set()
        self._entries: list[ReplayEntry] = []
        self._sent: list[ReplayEntry] = []
        self._left_out: list[Any] = []
        self._tokens = 0
        self._errors: list[str] = []
        self._others: list[ServerEvent] = []
        self._stopped = False

    def start(self) -> list[dict[str, Any]]:
        """The ``conversation.item.create`` events to send (GA form), in order; the mirror's
        items are re-bound to their new ids."""
        conversation = self.conversation
        entries, left_out = conversation.replay_plan(
            max_items=self.max_items, max_tokens=self.max_tokens
        )
        self._entries, self._left_out = entries, left_out
        conversation.mark_not_live(left_out)
        events: list[dict[str, Any]] = []
        for index, entry in enumerate(entries):
            new_id = new_item_id()
            try:  # strict in what is sent: a restored item may not fit the spec
                event = protocol.conversation_item_create(
                    {**entry.create, "id": new_id},
                    event_id=f"{REPLAY_EVENT_PREFIX}{index}_{new_id[5:13]}",
                )
            except ValueError as exc:
                self._errors.append(f"not replayed ({entry.item.id}): {exc}")
                entry.item.live = False
                continue
            self._sent.append(entry)
            conversation.rebind(entry.item, new_id)
            self._pending[new_id] = entry.item
            self._by_event[event["event_id"]] = new_id
            self._tokens += entry.tokens
            events.append(event)
        self._replayed_ids = set(self._pending)
        return events

    @property
    def done(self) -> bool:
        """Every item acknowledged or refused, or the replay stopped waiting."""
        return not self._pending or self._stopped

    def receive(self, received: ServerEvent) -> None:
        """One event of the new session: an acknowledgement (or refusal) of a replayed item,
        or an event kept for the caller."""
        kind = received.type_
        if kind in ("conversation.item.added", "conversation.item.done", self._done_type):
            item_id = getattr(getattr(received, "item", None), "id", None)
            if item_id in self._replayed_ids:
                if kind == self._done_type:
                    self._pending.pop(item_id, None)
                return
        elif kind == "error":
            error = getattr(received, "error", None)
            event_id = getattr(error, "event_id", None)
            if isinstance(event_id, str) and event_id in self._by_event:
                refused = self._pending.pop(self._by_event[event_id], None)
                if refused is not None:
                    self.conversation.unbind(refused)
                self._errors.append(str(getattr(error, "message", error)))
                return
        self._others.append(received)
        if len(self._others) >= self.max_other_events:
            self._errors.append(
                f"stopped waiting for {len(self._pending)} acknowledgement(s) after "
                f"{self.max_other_events} other events"
            )
            self._stopped = True

    def timed_out(self) -> None:
        """``timeout`` passed: the items not acknowledged are marked not live."""
        for item in self._pending.values():
            item.live = False
        self._errors.append(
            f"{len(self._pending)} replayed item(s) not acknowledged within {self.timeout} s"
        )
        self._pending.clear()

    def abort(self) -> None:
        """The connection failed during the replay: the mirror stays bound to the session it
        had."""
        self.conversation.restore_ids(self._saved)

    def report(self) -> ReplayReport:
        """What the replay did."""
        report = ReplayReport(
            replayed=sum(1 for entry in self._sent if entry.item.live),
            left_out=len(self._left_out) + len(self._entries) - len(self._sent),
            tokens=self._tokens,
            errors=tuple(self._errors),
            other_events=tuple(self._others),
        )
        logger.info(
            "replayed %d item(s) (~%d tokens), left out %d, %d error(s)",
            report.replayed,
            self._tokens,
            report.left_out,
            len(self._errors),
        )
        return report
