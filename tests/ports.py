"""Loopback ports for the suite's server processes (standard library only, so that
``wheel_check.py`` can use it outside pytest)."""

from __future__ import annotations

import socket
import subprocess
import time


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, proc: subprocess.Popen[str], timeout: float = 30) -> None:
    """Return once 127.0.0.1:``port`` accepts connections; ``RuntimeError`` (with the
    process's stderr when it is piped) if ``proc`` exits first or after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        if proc.poll() is not None:
            err = proc.stderr.read() if proc.stderr else ""
            raise RuntimeError(f"openai-realtime server exited with {proc.returncode}: {err}")
        time.sleep(0.05)
    raise RuntimeError(f"openai-realtime server did not listen on port {port} in {timeout} s")
