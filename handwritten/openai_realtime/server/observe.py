"""Observers of every WebSocket message the local server exchanges (for tests and tooling).

An observer is a callable ``(direction, family, message)``: ``direction`` is ``"client"`` (a
frame the server received) or ``"server"`` (a frame it sent), ``family`` the spec event family
of that direction on this connection (``"ga_client"``/``"ga_server"`` on ``/v1/realtime`` and
``/openai/v1/realtime``, ``"beta_client"``/``"beta_server"`` on Azure's preview
``/openai/realtime``, ``"translation_client"``/``"translation_server"`` on
``/v1/realtime/translations``), and ``message`` the raw text frame received (``str``;
``bytes`` for a binary frame) or the event dict sent. A frame injected by a
:class:`~.faults.FaultPlan` is reported under the connection's server family too: as the event
dict when it is a JSON object (possibly invalid on purpose), else as the raw ``str``/``bytes``. Observers run on the
server's thread, in order, and must be quick; an observer that raises is logged and does not
disturb the connection.

The contract tests register one for the whole test suite to check every message against its
schema in the pinned spec.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

__all__ = ["Observer", "add_observer", "notify", "remove_observer"]

Observer = Callable[[str, str, Any], None]

_lock = threading.Lock()
_observers: tuple[Observer, ...] = ()
logger = logging.getLogger("openai_realtime.server")


def add_observer(observer: Observer) -> None:
    """Register ``observer`` for every message of every connection, process-wide."""
    global _observers
    with _lock:
        _observers = (*_observers, observer)


def remove_observer(observer: Observer) -> None:
    """Unregister ``observer`` (no error if it was not registered)."""
    global _observers
    with _lock:
        _observers = tuple(o for o in _observers if o is not observer)


def notify(direction: str, family: str, message: Any) -> None:
    """Hand one message to every observer."""
    for observer in _observers:
        try:
            observer(direction, family, message)
        except Exception:
            logger.exception("message observer %r failed", observer)
