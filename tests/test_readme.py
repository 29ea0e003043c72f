"""The README's Python examples run as written, against the local server (reached through the
environment variables the README documents: OPENAI_BASE_URL and OPENAI_API_KEY)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from openai_realtime.server import LocalRealtimeServer

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


pytestmark = pytest.mark.realtime_server(api_keys=frozenset({"sk-test"}))


def test_the_readme_has_examples() -> None:
    assert len(BLOCKS) >= 5


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_example_runs(server: LocalRealtimeServer, index: int, tmp_path: Path) -> None:
    script = tmp_path / f"example_{index}.py"
    script.write_text(BLOCKS[index], encoding="utf-8")
    env = {
        "PATH": "/usr/bin:/bin",
        "OPENAI_BASE_URL": server.base_url,
        "OPENAI_API_KEY": "sk-test",
        "HOME": str(tmp_path),
    }
    proc = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, f"README example {index} failed:\n{BLOCKS[index]}\n{proc.stderr}"
