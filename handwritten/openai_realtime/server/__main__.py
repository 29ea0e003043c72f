"""``python -m openai_realtime.server``: run the local realtime server in the foreground."""

from __future__ import annotations

import argparse
import sys

from .config import DEFAULT_API_KEY, ServerConfig
from .runner import is_loopback, serve

__all__ = ["main", "serve"]


def main(argv: list[str] | None = None) -> int:
    """Parse ``argv`` and serve until interrupted; returns the exit status (2 on bad usage)."""
    parser = argparse.ArgumentParser(
        prog="python -m openai_realtime.server",
        description="Local stand-in for the OpenAI Realtime API (no model: canned replies, "
        "energy VAD, measured 'transcripts').",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="TCP port (default 8765)")
    parser.add_argument(
        "--api-key",
        action="append",
        dest="api_keys",
        metavar="KEY",
        help=f"accepted API key; repeatable (default {DEFAULT_API_KEY})",
    )
    parser.add_argument(
        "--allow-remote", action="store_true", help="allow a non-loopback --host (not advised)"
    )
    parser.add_argument(
        "--delta-delay-ms",
        type=float,
        default=0.0,
        help="pause between streamed delta events, in ms (default 0)",
    )
    parser.add_argument(
        "--session-max-s",
        type=float,
        default=3600.0,
        help="maximum duration of a WebSocket session in seconds, then session_expired and "
        "close 1001 (default 3600, as OpenAI)",
    )
    parser.add_argument("--log-level", default="info", help="uvicorn log level (default info)")
    args = parser.parse_args(argv)
    if not args.allow_remote and not is_loopback(args.host):
        parser.error(f"refusing non-loopback host {args.host!r} without --allow-remote")
    config = ServerConfig(
        api_keys=frozenset(args.api_keys or [DEFAULT_API_KEY]),
        delta_delay_ms=args.delta_delay_ms,
        session_ttl_s=args.session_max_s,
    )
    shown = args.host if ":" not in args.host else f"[{args.host}]"
    print(
        f"local realtime server: REST http://{shown}:{args.port}/v1, "
        f"WebSocket ws://{shown}:{args.port}/v1/realtime; "
        f"Azure OpenAI endpoint http://{shown}:{args.port}",
        file=sys.stderr,
    )
    serve(args.host, args.port, config, allow_remote=args.allow_remote, log_level=args.log_level)
    return 0


if __name__ == "__main__":
    sys.exit(main())
