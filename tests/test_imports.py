"""What importing the package pulls in: the session path stays off the REST client, the tools
and httpx's command line (each check in a fresh interpreter, so earlier imports do not hide it)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def _modules_after(statement: str) -> set[str]:
    code = f"import sys, json\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return set(json.loads(out.splitlines()[-1]))


def test_session_import_leaves_rest_tools_and_httpx_out() -> None:
    loaded = _modules_after("from openai_realtime import connect_realtime_session")
    assert "openai_realtime.session" in loaded
    for name in ("httpx", "openai_realtime.client", "openai_realtime.tools", "click", "rich"):
        assert name not in loaded, name


def test_rest_client_imports_httpx_and_endpoints_on_first_use() -> None:
    loaded = _modules_after(
        "from openai_realtime import connect_realtime_session, RealtimeClient\n"
        "RealtimeClient(api_key='sk-test', base_url='http://127.0.0.1:9/v1')"
    )
    assert "openai_realtime.client" in loaded
    assert not {m for m in loaded if m == "httpx" or m.startswith("openai_realtime_api.api")}
    used = _modules_after(
        "from openai_realtime import RealtimeClient\n"
        "c = RealtimeClient(api_key='sk-test', base_url='http://127.0.0.1:9/v1', timeout=0.5)\n"
        "try: c.hangup_call('rtc_1')\nexcept Exception: pass"
    )
    endpoints = {m for m in used if m.startswith("openai_realtime_api.api.realtime.")}
    assert "httpx" in used
    assert endpoints == {"openai_realtime_api.api.realtime.hangup_realtime_call"}


def test_rest_client_import_keeps_httpx_cli_dependencies_out() -> None:
    pytest.importorskip("click")  # the [cli] extra: httpx would import its command line
    loaded = _modules_after(
        "from openai_realtime import RealtimeClient\n"
        "RealtimeClient(api_key='sk-test', base_url='http://127.0.0.1:9/v1')._api"
    )
    assert "httpx" in loaded
    for name in ("click", "rich", "pygments", "httpx._main"):
        assert name not in loaded, name


def test_cli_dependencies_still_import_after_the_rest_client() -> None:
    pytest.importorskip("click")
    loaded = _modules_after(
        "from openai_realtime import RealtimeClient\n"
        "RealtimeClient(api_key='sk-test', base_url='http://127.0.0.1:9/v1')._api\n"
        "import click, rich.console, pygments"
    )
    assert {"click", "rich.console", "pygments"} <= loaded


def test_httpx_imported_first_keeps_its_command_line() -> None:
    pytest.importorskip("click")
    loaded = _modules_after(
        "import httpx\nfrom openai_realtime import RealtimeClient\n"
        "RealtimeClient(api_key='sk-test', base_url='http://127.0.0.1:9/v1')._api"
    )
    assert "httpx._main" in loaded  # someone else's httpx import is left as it was
