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

A *connection observer* (:func:`add_connection_observer`) gets one more argument first: a
:class:`ConnectionInfo` naming the connection (a number unique in the process, its path), so
that it can tell connections apart (the pytest plugin's ``realtime_traffic`` does).
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeVar

__all__ = [
    "ConnectionInfo",
    "ConnectionObserver",
    "Observer",
    "add_connection_observer",
    "add_observer",
    "notify",
    "remove_connection_observer",
    "remove_observer",
]

Observer = Callable[[str, str, Any], None]
_O = TypeVar("_O")


@dataclass(frozen=True, slots=True)
class ConnectionInfo:
    """Which WebSocket connection a message belongs to: ``number`` (unique in the process,
    from 0), ``path`` with its query (secrets never travel in it) and ``opened`` (monotonic
    seconds)."""

    number: int
    path: str
    opened: float


ConnectionObserver = Callable[[ConnectionInfo, str, str, Any], None]
_numbers = itertools.count()


def connection_info(path: str) -> ConnectionInfo:
    """A new :class:`ConnectionInfo` for a connection on ``path``."""
    return ConnectionInfo(next(_numbers), path, time.monotonic())


class _Registry(Generic[_O]):
    """Process-wide observers: changed under a lock, read without one (``notify`` iterates the
    current tuple, so a change during a notification takes effect from the next message)."""

    def __init__(self) -> None:
        self.observers: tuple[_O, ...] = ()
        self._lock = threading.Lock()

    def add(self, observer: _O) -> None:
        with self._lock:
            self.observers = (*self.observers, observer)

    def remove(self, observer: _O) -> None:
        with self._lock:
            self.observers = tuple(o for o in self.observers if o is not observer)


_message_observers: Final = _Registry[Observer]()
_connection_observers: Final = _Registry[ConnectionObserver]()
logger = logging.getLogger("openai_realtime.server")


def add_connection_observer(observer: ConnectionObserver) -> None:
    """Register ``observer`` (with the connection as first argument), process-wide."""
    _connection_observers.add(observer)


def remove_connection_observer(observer: ConnectionObserver) -> None:
    """Unregister ``observer`` (no error if it was not registered)."""
    _connection_observers.remove(observer)


def add_observer(observer: Observer) -> None:
    """Register ``observer`` for every message of every connection, process-wide."""
    _message_observers.add(observer)


def remove_observer(observer: Observer) -> None:
    """Unregister ``observer`` (no error if it was not registered)."""
    _message_observers.remove(observer)


def notify(
    direction: str, family: str, message: Any, connection: ConnectionInfo | None = None
) -> None:
    """Hand one message to every observer (and, with ``connection``, to every connection
    observer)."""
    for observer in _message_observers.observers:
        try:
            observer(direction, family, message)
        except Exception:
            logger.exception("message observer %r failed", observer)
    if connection is None:
        return
    for connection_observer in _connection_observers.observers:
        try:
            connection_observer(connection, direction, family, message)
        except Exception:
            logger.exception("message observer %r failed", connection_observer)
