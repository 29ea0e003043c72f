"""Handing a conversation over to a new server session: replaying the local mirror as items.

Used by the session after a retryable close (``ReconnectPolicy(replay=True)``) and when it
rotates to a successor session before the provider's limit (``rotate_after_s``). The plan (which
items, as what, within which budget) is pure (:meth:`Conversation.replay_plan
<openai_realtime.conversation.Conversation.replay_plan>`); :func:`replay` sends it on the new
connection and reads the server's acknowledgements, which it keeps from the caller: the
conversation's items were added once, and the new session's copies are the same items under new
ids (:attr:`Conversation.id_map <openai_realtime.conversation.Conversation.id_map>`).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Literal

import attrs
from websockets.asyncio.client import ClientConnection

from . import protocol
from .conversation import Conversation, ReplayEntry, new_item_id
from .dialect import ServerDecoder
from .events import ServerEvent, dumps

__all__ = ["ReplayReport", "replay"]

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


async def replay(
    connection: ClientConnection,
    decoder: ServerDecoder,
    conversation: Conversation,
    *,
    max_items: int | None,
    max_tokens: int | None,
    timeout: float,
    dialect: Literal["ga", "beta"] = "ga",
    max_other_events: int = 10_000,
) -> ReplayReport:
    """Re-create ``conversation``'s items in the session behind ``connection`` (newest kept
    within ``max_items`` / ``max_tokens`` estimated tokens), each with a fresh id, and wait at
    most ``timeout`` seconds for the server to acknowledge them (``conversation.item.done``;
    ``conversation.item.created`` on the beta dialect). Other events meanwhile are kept for
    the caller, at most ``max_other_events``: past that it stops waiting (the
    acknowledgements still to come then reach the caller like any event; the report says so).

    Raises:
        websockets.exceptions.ConnectionClosed: the new connection closed meanwhile (the
            mirror's ids are then as they were before).
    """
    saved = conversation.save_ids()
    try:
        entries, left_out = conversation.replay_plan(max_items=max_items, max_tokens=max_tokens)
        conversation.mark_not_live(left_out)
        pending: dict[str, Any] = {}  # new item id -> mirror item
        by_event: dict[str, str] = {}  # event_id -> new item id
        tokens = 0
        errors: list[str] = []
        sent: list[ReplayEntry] = []
        for index, entry in enumerate(entries):
            new_id = new_item_id()
            try:  # strict in what is sent: a restored item may not fit the spec
                event = protocol.conversation_item_create(
                    {**entry.create, "id": new_id},
                    event_id=f"{REPLAY_EVENT_PREFIX}{index}_{new_id[5:13]}",
                )
            except ValueError as exc:
                errors.append(f"not replayed ({entry.item.id}): {exc}")
                entry.item.live = False
                continue
            sent.append(entry)
            if dialect == "beta":
                event = protocol.to_beta(event)
            await connection.send(dumps(event))
            conversation.rebind(entry.item, new_id)
            pending[new_id] = entry.item
            by_event[event["event_id"]] = new_id
            tokens += entry.tokens
        others: list[ServerEvent] = []
        done_type = "conversation.item.created" if dialect == "beta" else "conversation.item.done"
        replayed_ids = set(pending)
        try:
            async with asyncio.timeout(timeout):
                while pending:
                    received = decoder.decode(await connection.recv())
                    kind = received.type_
                    item_id = getattr(getattr(received, "item", None), "id", None)
                    if kind in ("conversation.item.added", "conversation.item.done", done_type):
                        if item_id in replayed_ids:
                            if kind == done_type:
                                pending.pop(item_id, None)
                            continue
                    elif kind == "error":
                        error = getattr(received, "error", None)
                        event_id = getattr(error, "event_id", None)
                        if isinstance(event_id, str) and event_id in by_event:
                            refused = pending.pop(by_event[event_id], None)
                            if refused is not None:
                                conversation.unbind(refused)
                            errors.append(str(getattr(error, "message", error)))
                            continue
                    others.append(received)
                    if len(others) >= max_other_events:
                        errors.append(
                            f"stopped waiting for {len(pending)} acknowledgement(s) after "
                            f"{max_other_events} other events"
                        )
                        break
        except TimeoutError:
            for item in pending.values():
                item.live = False
            errors.append(f"{len(pending)} replayed item(s) not acknowledged within {timeout} s")
        report = ReplayReport(
            replayed=sum(1 for entry in sent if entry.item.live),
            left_out=len(left_out) + len(entries) - len(sent),
            tokens=tokens,
            errors=tuple(errors),
            other_events=tuple(others),
        )
        logger.info(
            "replayed %d item(s) (~%d tokens), left out %d, %d error(s)",
            report.replayed,
            tokens,
            report.left_out,
            len(errors),
        )
        return report
    except BaseException:
        conversation.restore_ids(saved)  # the mirror stays bound to the session it had
        raise
