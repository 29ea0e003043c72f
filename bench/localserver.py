"""The project's local realtime server in its own process, for the conversational cases.

``python bench/localserver.py [--validate-outgoing] [--as-shipped]`` prints ``PORT <n>`` and
serves until SIGTERM. It uses only the public ``LocalRealtimeServer``/``ServerConfig`` API.

* Outgoing-event validation (a jsonschema check of every event the server sends, on by default
  in tests) is off unless asked, so the server adds as little as it can to round trips; incoming
  client events are still validated against the spec, as always.
* ``TCP_NODELAY``: ``LocalRealtimeServer.start`` creates its listening socket as
  ``socket.socket(family, SOCK_STREAM)`` (proto 0); asyncio sets ``TCP_NODELAY`` only on sockets
  whose ``proto`` is ``IPPROTO_TCP`` (``asyncio.base_events._set_nodelay``), and accepted
  connections inherit proto 0, so Nagle's algorithm holds the second of two back-to-back events
  (``conversation.item.added`` then ``.done``) until the client's delayed ACK, ~40 ms. This
  process patches that asyncio helper (in this process only) to set ``TCP_NODELAY`` on any TCP
  stream socket; ``--as-shipped`` leaves it alone, to show the stall.
"""

from __future__ import annotations

import argparse
import asyncio.base_events
import dataclasses
import os
import signal
import socket
import sys
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import API_KEY
from openai_realtime.server import LocalRealtimeServer, ServerConfig


def _set_nodelay(sock: socket.socket) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--validate-outgoing", action="store_true")
    p.add_argument("--as-shipped", action="store_true")
    args = p.parse_args()
    if not args.as_shipped:
        asyncio.base_events._set_nodelay = _set_nodelay  # type: ignore[attr-defined]
    options: dict[str, object] = {"api_keys": frozenset({API_KEY})}
    if "validate_outgoing" in {f.name for f in dataclasses.fields(ServerConfig)}:
        options["validate_outgoing"] = args.validate_outgoing
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    with LocalRealtimeServer(ServerConfig(**options)) as server:  # type: ignore[arg-type]
        sys.stdout.write(f"PORT {server.port}\n")
        sys.stdout.flush()
        stop.wait()


if __name__ == "__main__":
    main()
