"""The command line: client-secret create and the shared connection flags, against a server
process started by the `openai-realtime server` command itself."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from conftest import cli_server

KEY = "sk-cli-test-KNOWNSECRET-11"
CLI = [sys.executable, "-m", "openai_realtime.cli"]


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    args = ["--api-key", KEY, "--deployment", "gpt-realtime-dep"]
    with cli_server(CLI, *args, start_timeout=20) as port:
        yield f"http://127.0.0.1:{port}/v1"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_OPENAI_"))}
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, timeout=60, env={**base, **(env or {})}
    )


def test_client_secret_create_prints_only_the_secret(server_url: str) -> None:
    proc = run("client-secret", "create", "--api-base", server_url, "--api-key", KEY)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().startswith("ek_")
    assert len(proc.stdout.strip().splitlines()) == 1
    assert "expires at" in proc.stderr
    assert KEY not in proc.stdout + proc.stderr


def test_client_secret_create_from_environment(server_url: str) -> None:
    proc = run(
        "client-secret", "create", "--type", "transcription", "--json",
        env={"OPENAI_BASE_URL": server_url, "OPENAI_API_KEY": KEY},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert '"value": "ek_' in proc.stdout
    assert '"type": "transcription"' in proc.stdout


def test_bad_key_is_reported_without_the_key(server_url: str) -> None:
    wrong = "sk-wrong-cli-KNOWN-77"
    proc = run("client-secret", "create", "--api-base", server_url, "--api-key", wrong)
    assert proc.returncode == 1
    assert "HTTP 401" in proc.stderr and "Check the API key" in proc.stderr
    assert wrong not in proc.stdout + proc.stderr


def test_misconfiguration_is_reported_before_any_traffic() -> None:
    proc = run("client-secret", "create", "--api-type", "azure", "--api-key", "k")
    assert proc.returncode == 2  # a usage error: the configuration the user gave
    assert "AZURE_OPENAI_ENDPOINT" in proc.stderr


def test_transcribe_against_a_running_server(server_url: str) -> None:
    from pathlib import Path

    speech = Path(__file__).resolve().parent.parent / "samples" / "speech.wav"
    proc = run(
        "transcribe", str(speech), "--speed", "0", "--api-base", server_url, "--api-key", KEY
    )
    assert proc.returncode == 0, proc.stderr
    assert "Done: 4 speech segment(s), 4 transcript(s)" in proc.stdout


@pytest.mark.parametrize("api_version", [None, "2025-04-01-preview"])
def test_client_secret_create_on_azure(server_url: str, api_version: str | None) -> None:
    endpoint = server_url.removesuffix("/v1")
    args = ["client-secret", "create", "--api-type", "azure", "--api-base", endpoint]
    args += ["--api-key", KEY, "--deployment", "gpt-realtime-dep"]
    if api_version:
        args += ["--api-version", api_version]
    proc = run(*args)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().startswith("ek_")
    assert KEY not in proc.stdout + proc.stderr


def test_transcribe_on_azure_preview(server_url: str) -> None:
    from pathlib import Path

    speech = Path(__file__).resolve().parent.parent / "samples" / "speech.wav"
    endpoint = server_url.removesuffix("/v1")
    proc = run(
        "transcribe", str(speech), "--speed", "0", "--api-type", "azure", "--api-base", endpoint,
        "--api-key", KEY, "--api-version", "2025-04-01-preview",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "Done: 4 speech segment(s), 4 transcript(s)" in proc.stdout
