"""Building the events the server sends: ``event_…`` ids and validation against the spec. Pure.

Every server event goes through an :class:`Emitter` of its connection's event family
(``ga_server``, ``beta_server``, ``translation_server``), which gives it an id and, with
``ServerConfig.validate_outgoing``, checks it against its schema in the pinned spec: an
invalid event is a server bug and raises :class:`OutgoingEventError`.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Mapping
from typing import Any, Final

from . import spec
from .errors import ClientEventError, error_object
from .ids import new_id

__all__ = ["Emitter", "Event", "OutgoingEventError", "validate_outgoing"]

logger = logging.getLogger("openai_realtime.server")

Event = dict[str, Any]
"""A server or client event as a JSON-ready dict."""


class OutgoingEventError(RuntimeError):
    """The server built an event (or REST response) that its spec schema rejects.

    Always a server bug; raised when ``ServerConfig.validate_outgoing`` is on.
    """


def validate_outgoing(schema_name: str, payload: Mapping[str, Any]) -> None:
    """Raise :class:`OutgoingEventError` (after logging it) if ``payload`` is not valid
    against ``components/schemas/<schema_name>``."""
    issue = spec.find_issue(schema_name, payload)
    if issue is not None:
        logger.error("local server produced an invalid %s: %s", schema_name, issue.message)
        raise OutgoingEventError(f"invalid {schema_name}: {issue.message}")


class Emitter:
    """Makes the server events of one spec family.

    Args:
        family: key of ``openai_realtime_api.dispatch.FAMILIES`` (``"ga_server"``, ...).
        validate: check each event against its schema (:class:`OutgoingEventError` if invalid).
    """

    def __init__(self, family: str, *, validate: bool) -> None:
        self.family = family
        self.validate = validate

    def check(self, event: Event) -> Event:
        """Validate an already built event (with ``event_id``) of this family; return it."""
        if self.validate:
            name = spec.event_schema_name(self.family, event["type"])
            if name is None:
                raise OutgoingEventError(f"no {self.family} event named {event['type']!r}")
            validate_outgoing(name, event)
        return event

    def event(self, event_type: str, **fields: Any) -> Event:
        """A new event ``{"event_id": "event_…", "type": event_type, **fields}``.

        GA ``*.delta`` events carry an ``obfuscation`` string (random padding of random length
        against length side channels) like real GA servers' (``ga.jsonl:21``, ``:31``); beta
        servers sent none."""
        event = {"event_id": new_id("event"), "type": event_type, **fields}
        if self.family == "ga_server" and event_type.endswith(".delta"):
            event.setdefault("obfuscation", _obfuscation())
        return self.check(event)

    def error(self, err: ClientEventError, client_event_id: str | None) -> Event:
        """The ``error`` event for ``err``, naming the client event it answers (or ``None``)."""
        body = error_object(err.message, code=err.code, param=err.param, type=err.type)
        return self.event("error", error={**body, "event_id": client_event_id})


_PADDING: Final = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _obfuscation() -> str:
    """8 to 16 random letters and digits (what real GA deltas carry)."""
    return "".join(random.choices(_PADDING, k=random.randint(8, 16)))  # noqa: S311 - padding
