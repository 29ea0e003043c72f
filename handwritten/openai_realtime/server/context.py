"""What the REST routes and WebSocket endpoints of one server share (no I/O)."""

from __future__ import annotations

import secrets
import threading
from typing import Any

from .auth import SecretStore
from .calls import CallRegistry
from .config import ServerConfig
from .faults import FaultPlan

__all__ = ["ServerContext"]


class ServerContext:
    """Shared state of one server: configuration, ephemeral secrets, calls, the Entra ID
    signing key, the live fault plan, and the counters of the Entra tokens it accepted.

    ``faults`` starts as ``config.faults`` and may be replaced at any time (from any thread);
    each new WebSocket connection reads it once.
    """

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.secrets = SecretStore(config.clock)
        self.calls = CallRegistry()
        self.entra_key: bytes = config.entra_signing_key or secrets.token_bytes(32)
        self.faults: FaultPlan | None = config.faults
        self.script: Any = config.script  # a validated Script or None; read per connection
        self._token_uses: list[int] = []
        self._lock = threading.Lock()

    def record_token_use(self, counter: int) -> None:
        """Remember that an Entra token with this counter was accepted."""
        with self._lock:
            self._token_uses.append(counter)

    @property
    def token_uses(self) -> tuple[int, ...]:
        """Counters (``n`` claims) of the Entra tokens accepted so far, in order."""
        with self._lock:
            return tuple(self._token_uses)
