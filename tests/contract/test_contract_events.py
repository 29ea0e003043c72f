"""The suite-wide event-conformance fixture (``tests/conftest.py``) catches invalid messages.

An inner pytest session (a subprocess, with a copy of the real ``conftest.py``) runs tests that
exchange real WebSocket messages with a :class:`~openai_realtime.server.LocalRealtimeServer`:
an invalid client event, and a server broken on purpose (the fault switch
``wrong_type_after_events``: ``input_audio_buffer.speech_started`` with a string
``audio_start_ms``). Unmarked, each of those tests fails with the schema and the field; with the
opt-out marker it passes; a valid exchange passes. Also checked: the end-of-session summary.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

CONFTEST = Path(__file__).resolve().parents[1] / "conftest.py"

INNER_TESTS = textwrap.dedent(
    '''
    import json

    import pytest
    from openai_realtime.server import FaultPlan, LocalRealtimeServer, ServerConfig
    from websockets.asyncio.client import connect

    KEY = "sk-inner"
    BAD_UPDATE = {"type": "session.update", "session": {"type": "realtime", "instructions": 5}}
    GOOD_UPDATE = {"type": "session.update", "session": {"type": "realtime", "instructions": "x"}}


    async def exchange(config: ServerConfig, send: dict | None, frames: int) -> list:
        """Open a GA conversation socket, optionally send one event, read ``frames`` frames."""
        with LocalRealtimeServer(config) as srv:
            headers = {"Authorization": f"Bearer {KEY}"}
            async with connect(srv.ws_url + "?model=gpt-realtime", additional_headers=headers) as ws:
                received = [json.loads(await ws.recv())]
                if send is not None:
                    await ws.send(json.dumps(send))
                while len(received) < frames:
                    received.append(json.loads(await ws.recv()))
        return received


    PLAIN = ServerConfig(api_keys=frozenset({KEY}))
    FAULTY = ServerConfig(api_keys=frozenset({KEY}), faults=FaultPlan(wrong_type_after_events=1))


    async def test_invalid_client_event_unmarked():
        assert (await exchange(PLAIN, BAD_UPDATE, 2))[1]["type"] == "error"


    @pytest.mark.allow_invalid_client_events
    async def test_invalid_client_event_marked():
        assert (await exchange(PLAIN, BAD_UPDATE, 2))[1]["type"] == "error"


    async def test_invalid_server_event_unmarked():
        assert (await exchange(FAULTY, None, 2))[1]["audio_start_ms"] == "x"


    @pytest.mark.allow_invalid_server_events
    async def test_invalid_server_event_marked():
        assert (await exchange(FAULTY, None, 2))[1]["audio_start_ms"] == "x"


    async def test_valid_exchange():
        assert (await exchange(PLAIN, GOOD_UPDATE, 2))[1]["type"] == "session.updated"
    '''
)

PYTEST_INI = "[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n"


def test_invalid_messages_fail_their_test_unless_it_opts_out(tmp_path: Path) -> None:
    for helper in (CONFTEST, CONFTEST.with_name("ports.py")):  # conftest imports ports
        (tmp_path / helper.name).write_text(helper.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "test_inner.py").write_text(INNER_TESTS, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text(PYTEST_INI, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rE", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "5 passed, 2 errors" in out, out  # errors at teardown of the two unmarked tests
    assert "ERROR test_inner.py::test_invalid_client_event_unmarked" in out
    assert "ERROR test_inner.py::test_invalid_server_event_unmarked" in out
    # The client event: named by family, type, schema and JSON path of the field.
    assert (
        "client ga_client: 'session.update' is not valid against "
        "RealtimeClientEventSessionUpdate: at $.session" in out
    ), out
    assert "@pytest.mark.allow_invalid_client_events" in out
    # The server event from the broken server.
    assert (
        "server ga_server: 'input_audio_buffer.speech_started' is not valid against "
        "RealtimeServerEventInputAudioBufferSpeechStarted: at $.audio_start_ms: "
        "'x' is not of type 'integer'" in out
    ), out
    # The session summary, per family.
    assert "WebSocket event conformance" in out
    assert "ga_client" in out
    assert "ga_server" in out
