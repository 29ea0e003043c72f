"""The blocking facade: same names as the async session, against the local server."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from openai_realtime import ConnectionClosedError, EventTimeoutError, RealtimeClient
from openai_realtime.server import LocalRealtimeServer
from openai_realtime.sync import connect_realtime_session, connect_realtime_transcription_session

KEY = "sk-sync-test-KNOWN-5"


def test_sync_conversation(server: LocalRealtimeServer) -> None:
    with connect_realtime_session("gpt-realtime", api_key=KEY, api_base=server.base_url) as s:
        assert s.wait_for("session.created", timeout=5).type_ == "session.created"
        s.set_configuration(instructions="Be brief.", output_modalities=["text"])
        s.add_item(role="user", text="Hello sync")
        s.request_response()
        text = ""
        for event in s:
            if event.type_ == "response.output_text.delta":
                text += event.delta
            if event.type_ == "response.done":
                break
        assert "Hello sync" in text
        assert s.configuration["instructions"] == "Be brief."
        with pytest.raises(EventTimeoutError):  # noqa: PT012 - drains e.g. rate_limits.updated, then times out
            for _ in range(10):
                s.recv(timeout=0.2)
    assert s.closed
    assert list(s) == []
    with pytest.raises(ConnectionClosedError):
        s.add_item(role="user", text="after close")


def test_sync_handlers_and_many_sessions_from_threads(server: LocalRealtimeServer) -> None:
    results: dict[int, str] = {}
    errors: list[BaseException] = []

    def worker(i: int) -> None:
        try:
            with connect_realtime_session("m", api_key=KEY, api_base=server.base_url) as s:
                seen: list[Any] = []
                s.on("session.updated", seen.append)
                s.set_configuration(instructions=f"thread {i}")
                s.wait_for("session.updated", timeout=5)
                results[i] = seen[0].session.instructions
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not errors, errors
    assert results == {i: f"thread {i}" for i in range(8)}


def test_sync_transcription_and_rest(server: LocalRealtimeServer) -> None:
    with RealtimeClient(api_key=KEY, api_base=server.base_url) as rest:
        secret = rest.create_client_secret(session={"type": "transcription"})
    with connect_realtime_transcription_session(
        client_secret=secret.value, api_base=server.base_url
    ) as s:
        created = s.recv(timeout=5)
        assert created.session.type_ == "transcription"
        assert s.kind == "transcription"


async def test_sync_facade_refuses_to_block_an_event_loop(server: LocalRealtimeServer) -> None:
    with pytest.raises(RuntimeError, match="inside an event loop"):
        connect_realtime_session("m", api_key=KEY, api_base=server.base_url)
