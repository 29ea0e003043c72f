"""The pytest plugin (openai_realtime/pytest_plugin.py): its fixtures, used by this suite too,
and the README's test file run by pytest in a fresh directory, as a user would run it."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest
from conftest import run_ok
from openai_realtime import RealtimeClient, connect_realtime_session
from openai_realtime.config import Settings
from openai_realtime.errors import ConnectionClosedError
from openai_realtime.pytest_plugin import FaultControl, Traffic
from openai_realtime.server import LocalRealtimeServer

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_test_file() -> str:
    blocks = re.findall(r"```python\n(# test_voice_app\.py\n.*?)```", README.read_text(), re.S)
    assert len(blocks) == 1, "the README has one test file for the plugin"
    return str(blocks[0])


def test_the_readme_test_file_passes_with_the_plugin(tmp_path: Path) -> None:
    """A user's project: only the installed package and the copied file (no conftest)."""
    (tmp_path / "test_voice_app.py").write_text(readme_test_file())
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_"))}
    env.pop("PYTEST_ADDOPTS", None)
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_voice_app.py"]
    proc = run_ok(command, timeout=300, cwd=tmp_path, env=env)
    assert "3 passed" in proc.stdout, proc.stdout


@pytest.mark.realtime_server(api_keys=frozenset({"sk-plugin-test-1"}), delta_delay_ms=1)
def test_the_marker_configures_the_server(
    realtime_server: LocalRealtimeServer, realtime_settings: Settings
) -> None:
    assert realtime_server.config.delta_delay_ms == 1
    assert realtime_settings.api_base == realtime_server.base_url
    assert realtime_settings.api_key is not None
    assert realtime_settings.api_key.reveal() == "sk-plugin-test-1"
    with RealtimeClient(settings=realtime_settings) as client:
        secret = client.mint_client_secret({"type": "realtime", "model": "gpt-realtime"})
    assert secret.value.startswith("ek_")


async def test_realtime_env_points_an_unconfigured_client_at_the_server(
    realtime_env: LocalRealtimeServer, realtime_traffic: Traffic
) -> None:
    assert os.environ["OPENAI_BASE_URL"] == realtime_env.base_url
    async with connect_realtime_session() as session:  # from the environment
        await session.add_item(role="user", text="hi")
        await session.wait_for("conversation.item.done", timeout=10)
    assert realtime_traffic.types("client") == ["conversation.item.create"]
    assert realtime_traffic.types("server")[:2] == ["session.created", "conversation.item.added"]
    assert {f.path for f in realtime_traffic.frames} == {"/v1/realtime?model=gpt-realtime"}


async def test_faults_apply_to_the_next_connections(
    realtime_settings: Settings, realtime_faults: FaultControl
) -> None:
    realtime_faults.set(close_after_events=1, close_code=1013, close_reason="try later")
    async with connect_realtime_session(settings=realtime_settings) as session:
        await session.wait_for("session.created", timeout=5)
        with pytest.raises(ConnectionClosedError) as closed:
            await session.recv(timeout=5)
    assert closed.value.code == 1013
    realtime_faults.clear()
    async with connect_realtime_session(settings=realtime_settings) as session:
        await session.add_item(role="user", text="hi")
        await session.wait_for("conversation.item.done", timeout=5)


async def test_the_session_server_is_shared(
    realtime_session_server: LocalRealtimeServer, request: pytest.FixtureRequest
) -> None:
    again = request.getfixturevalue("realtime_session_server")
    assert again is realtime_session_server and realtime_session_server.running


async def test_traffic_saved_replays(
    realtime_settings: Settings, realtime_traffic: Traffic, realtime_replay: object, tmp_path: Path
) -> None:
    """The server's view of a session, saved by the fixture, replays to the same client."""

    async def client(**kw: object) -> str:
        async with connect_realtime_session(**kw) as session:  # type: ignore[arg-type]
            await session.add_item(role="user", text="hello")
            await session.request_response(output_modalities=["text"])
            done = await session.wait_for("response.done", timeout=10)
        return str(done.response.status)

    assert await client(settings=realtime_settings) == "completed"
    path = realtime_traffic.save(tmp_path / "traffic.jsonl")
    replay = realtime_replay(path)  # type: ignore[operator]
    assert await client(api_key="sk-any-0000", api_base=replay.base_url) == "completed"
