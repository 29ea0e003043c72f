"""The async and the sync session are two shells over one core: same methods, same signatures;
the sync one starts no thread; the connect functions share one keyword definition."""

from __future__ import annotations

import inspect
import re
import threading
from typing import Any

import pytest
from openai_realtime import connect as connect_module
from openai_realtime import session as async_module
from openai_realtime import sync as sync_module
from openai_realtime.connect import ConnectOptions
from openai_realtime.server import LocalRealtimeServer

KEY = "sk-shells-test-KNOWN-7"

#: The return annotations that differ only by async-ness.
_ASYNC_ONLY = {"__aenter__", "__aexit__", "__aiter__", "_iterate"}
_SYNC_ONLY = {"__enter__", "__exit__", "__iter__", "_set_ws"}


def _public(cls: type) -> dict[str, Any]:
    return {
        name: getattr(cls, name)
        for name in dir(cls)
        if not name.startswith("_") or name in ("__init__",)
    }


def _norm(annotation: Any) -> str:
    """An annotation string with async/iterator differences taken out."""
    text = str(annotation)
    text = re.sub(r"\bAsyncIterator\b", "Iterator", text)
    text = re.sub(r"^Awaitable\[(.*)\]$", r"\1", text)
    return text.replace("ClientConnection", "Connection").replace(
        "BlockingConnection", "Connection"
    )


def _signature(function: Any) -> list[tuple[str, str, str, str]]:
    signature = inspect.signature(function)
    rows = [
        (p.name, str(p.kind), repr(p.default), _norm(p.annotation))
        for p in signature.parameters.values()
    ]
    rows.append(("return", "", "", _norm(signature.return_annotation)))
    return rows


def test_sync_and_async_sessions_have_the_same_methods_and_signatures() -> None:
    async_api = _public(async_module.RealtimeSession)
    sync_api = _public(sync_module.RealtimeSession)
    assert set(async_api) - {"__init__"} == set(sync_api) - {"__init__"}
    differences = []
    for name, member in async_api.items():
        if name == "__init__":
            continue
        other = sync_api[name]
        if isinstance(member, property):
            assert isinstance(other, property), name
            if member.fget is not other.fget:
                differences.append((name, "property defined twice"))
            continue
        if inspect.iscoroutinefunction(member) == inspect.iscoroutinefunction(other):
            if member is not other:
                differences.append((name, "async-ness"))
            continue
        if _signature(member) != _signature(other):
            differences.append((name, _signature(member), _signature(other)))
    assert not differences, differences
    # the async methods are coroutines, the sync ones are not
    assert inspect.iscoroutinefunction(async_module.RealtimeSession.recv)
    assert not inspect.iscoroutinefunction(sync_module.RealtimeSession.recv)


def test_the_connect_functions_share_one_keyword_definition() -> None:
    names = (
        "connect_realtime_session",
        "connect_realtime_transcription_session",
        "connect_realtime_translation_session",
    )
    for name in names:
        async_fn, sync_fn = getattr(connect_module, name), getattr(sync_module, name)
        for fn in (async_fn, sync_fn):
            parameters = inspect.signature(fn).parameters
            var = [p for p in parameters.values() if p.kind is inspect.Parameter.VAR_KEYWORD]
            assert len(var) == 1, name
            # **options: Unpack[ConnectOptions] - typed keywords, not **Any
            assert "Unpack[ConnectOptions]" in str(var[0].annotation), (name, var[0].annotation)
        assert list(inspect.signature(async_fn).parameters) == list(
            inspect.signature(sync_fn).parameters
        )
    keywords = set(ConnectOptions.__annotations__)
    settings_keywords = inspect.signature(
        __import__("openai_realtime.config", fromlist=["Settings"]).Settings.resolve
    ).parameters
    missing = set(settings_keywords) - set(keywords) - {"model", "key_optional"}
    assert not missing, missing


def test_a_misspelt_keyword_is_refused_at_run_time(server: LocalRealtimeServer) -> None:
    with pytest.raises(TypeError, match="api_kye"):
        sync_module.connect_realtime_session("m", api_kye="x", api_base=server.base_url)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="api_kye"):
        connect_module.connect_realtime_session("m", api_kye="x")  # type: ignore[call-arg]


def test_the_sync_session_starts_no_thread(server: LocalRealtimeServer) -> None:
    before = threading.active_count()
    with sync_module.connect_realtime_session("m", api_key=KEY, api_base=server.base_url) as s:
        assert s.wait_for("session.created", timeout=5).type_ == "session.created"
        s.set_configuration(instructions="no threads", output_modalities=["text"])
        s.add_item(role="user", text="Hello")
        s.request_response()
        s.wait_for("response.done", timeout=10)
        assert threading.active_count() == before
    assert threading.active_count() == before


# ------------------------------------------------------- the sync shell drives the same core


def test_sync_reconnect_record_to_and_async_handlers(
    server: LocalRealtimeServer, tmp_path: Any
) -> None:
    from openai_realtime import ReconnectPolicy
    from openai_realtime.recording import read_recording
    from openai_realtime.server import FaultPlan

    policy = ReconnectPolicy(initial_delay=0.01, max_delay=0.02, jitter=0.0, max_attempts=3)
    seen: list[str] = []

    async def on_updated(event: Any) -> None:  # an async handler runs with asyncio.run
        seen.append(event.type_)

    path = tmp_path / "sync.jsonl"
    server.set_faults(FaultPlan(close_after_events=2, close_code=1011))
    try:
        session = sync_module.connect_realtime_session(
            "m", api_key=KEY, api_base=server.base_url, reconnect=policy, record_to=path
        )
    finally:
        server.set_faults(None)  # the open connection keeps its plan; the next one is clean
    with session:
        session.on("session.updated", on_updated)
        session.set_configuration(instructions="remember me", output_modalities=["text"])
        event = session.wait_for("openai_realtime.session.reconnected", timeout=10)
        assert event.type_ == "openai_realtime.session.reconnected"
        assert event.code == 1011 and event.attempts >= 1
        assert event.reapplied is not None and event.reapplied["instructions"] == "remember me"
        # the first connection's session.updated (kept by wait_for), then the new session's
        # answer to the re-applied configuration
        updates = [session.wait_for("session.updated", timeout=5) for _ in range(2)]
        assert [u.session.instructions for u in updates] == ["remember me", "remember me"]
        assert seen == ["session.updated", "session.updated"]
    connections = read_recording(path)
    assert len(connections) == 2
    sources = {frame.source for c in connections for frame in c.frames}
    assert sources == {"client", "server"}
    assert connections[0].closed is not None and connections[0].closed[0] == 1011
    assert connections[0].kind == "realtime"


def test_sync_tools_run_in_the_callers_thread(server: LocalRealtimeServer) -> None:
    threads: list[int] = []

    async def lookup(city: str) -> dict[str, str]:
        """Weather lookup (an async tool: run with asyncio.run by the sync session)."""
        threads.append(threading.get_ident())
        return {"forecast": "sunny", "city": city}

    with sync_module.connect_realtime_session("m", api_key=KEY, api_base=server.base_url) as s:
        s.register_tool(lookup, name="get_weather")
        s.set_configuration(output_modalities=["text"], tool_choice="auto")
        s.add_item(role="user", text="What's the weather in Paris?")
        s.request_response()
        first = s.wait_for("response.done", timeout=5)
        second = s.wait_for("response.done", timeout=5)
    assert first.response.output[0].type_ == "function_call"
    assert second.response.output[0].type_ == "message"
    assert threads == [threading.get_ident()]


def test_sync_rotation_replays_the_conversation(server: LocalRealtimeServer) -> None:
    from openai_realtime import ReconnectPolicy, SessionReconnected

    policy = ReconnectPolicy(replay=True, rotate_after_s=0.0, rotate_quiet_s=0.05)
    with sync_module.connect_realtime_session(
        "m", api_key=KEY, api_base=server.base_url, reconnect=policy
    ) as s:
        first_id = s.wait_for("session.created", timeout=5).session.id
        s.set_configuration(output_modalities=["text"])
        s.add_item(role="user", text="remember the word heron")
        s.request_response()
        seen: list[Any] = []
        while not isinstance(seen[-1:] and seen[-1], SessionReconnected):
            seen.append(s.recv(timeout=10))  # rotation waits until nothing is kept for recv
        assert "response.done" in [e.type_ for e in seen]
        rotated = seen[-1]
        assert rotated.rotated and rotated.replay is not None and rotated.replay.replayed >= 2
        assert s.session_id != first_id
        assert s.last_replay is rotated.replay
        assert s.conversation is not None and len(s.conversation) >= 2
