"""The command line reports users' mistakes in one or two lines, in its own terms (flags and
environment variables), with exit status 2 for a usage error and 1 for a failure, and never a
traceback (``--debug`` shows it). Every case runs through the real ``openai-realtime`` console
script; the Azure environment cases run against ``openai-realtime server`` on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import cli_server
from openai_realtime import __version__
from ports import free_port

ROOT = Path(__file__).resolve().parent.parent
SPEECH = ROOT / "samples" / "speech.wav"
KEY = "sk-cli-errors-KNOWNSECRET-42"
SCRIPT = shutil.which("openai-realtime", path=str(Path(sys.executable).parent)) or "openai-realtime"


def cli(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the console script with a clean environment (no OPENAI_*/AZURE_* of the caller)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_"))}
    return subprocess.run(
        [SCRIPT, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**base, **(env or {})},
        cwd=cwd,
        check=False,
    )


def assert_short_error(proc: subprocess.CompletedProcess[str], code: int, *needles: str) -> str:
    """The command failed with ``code``, printed one or two lines starting with ``error:`` and
    containing every needle, and no traceback."""
    err = proc.stderr
    assert proc.returncode == code, (proc.returncode, err)
    assert "Traceback" not in err + proc.stdout
    lines = err.strip().splitlines()
    assert 1 <= len(lines) <= 2, err
    assert lines[0].startswith("error: "), err
    for needle in needles:
        assert needle in err, (needle, err)
    return err


@pytest.fixture(scope="module")
def server_port() -> Iterator[int]:
    """``openai-realtime server`` with the key KEY, through the console script."""
    with cli_server([SCRIPT], "--api-key", KEY, start_timeout=30) as port:
        yield port


# --------------------------------------------------------------------------- files (item 3, 4)


def test_a_file_that_is_not_audio(tmp_path: Path) -> None:
    proc = cli("transcribe", str(ROOT / "README.md"), "--local", "--speed", "0")
    assert_short_error(proc, 2, "cannot read audio file", "README.md", "WAV, FLAC or OGG")


def test_an_empty_wav(tmp_path: Path) -> None:
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    proc = cli("transcribe", str(empty), "--local")
    assert_short_error(proc, 2, "cannot read audio file", "empty.wav")


def test_a_directory(tmp_path: Path) -> None:
    proc = cli("transcribe", str(tmp_path), "--local")
    err = assert_short_error(proc, 2, "is a directory")
    assert "no such file" not in err


def test_a_missing_file(tmp_path: Path) -> None:
    assert_short_error(cli("transcribe", str(tmp_path / "x.wav"), "--local"), 2, "no such file")


def test_debug_shows_the_traceback() -> None:
    proc = cli("transcribe", str(ROOT / "README.md"), "--local", "--debug")
    assert proc.returncode == 1
    assert "Traceback" in proc.stderr and "AudioFileError" in proc.stderr


def test_local_with_connection_flags_names_them() -> None:
    proc = cli("transcribe", str(SPEECH), "--local", "--api-key", KEY)
    err = assert_short_error(proc, 2, "--local", "drop --api-key")
    assert KEY not in err


# ---------------------------------------------------------------- vocabulary (item 4)


def test_no_key_names_the_flag_and_the_variable() -> None:
    err = assert_short_error(cli("client-secret", "create"), 2, "--api-key", "OPENAI_API_KEY")
    assert "api_key=" not in err


def test_a_bad_base_url_from_the_environment_names_the_variable() -> None:
    proc = cli(
        "client-secret", "create", env={"OPENAI_BASE_URL": "not a url", "OPENAI_API_KEY": KEY}
    )
    err = assert_short_error(proc, 2, "OPENAI_BASE_URL", "not a url")
    assert "api_base" not in err and KEY not in err


def test_an_invalid_ipv6_url() -> None:
    proc = cli("client-secret", "create", "--api-base", "http://[::1", "--api-key", KEY)
    assert_short_error(proc, 2, "--api-base", "not a valid URL", "http://[::1]:8765/v1")


def test_an_azure_host_with_api_type_openai_names_the_flag() -> None:
    proc = cli(
        "client-secret", "create", "--api-type", "openai",
        "--api-base", "https://myres.openai.azure.com", "--api-key", KEY,
    )  # fmt: skip
    assert_short_error(proc, 2, "Azure OpenAI endpoint", "--api-type azure")


def test_both_openai_and_azure_in_the_environment_is_refused() -> None:
    env = {"OPENAI_API_KEY": KEY, "AZURE_OPENAI_ENDPOINT": "https://myres.openai.azure.com"}
    proc = cli("client-secret", "create", env=env)
    assert_short_error(proc, 2, "--api-type openai", "--api-type azure")


# ------------------------------------------------------------------ Entra ID sign-in (item 3)


def test_an_unavailable_entra_login_is_two_lines() -> None:
    # AZURE_TOKEN_CREDENTIALS=dev: DefaultAzureCredential tries only the developer tools (az,
    # azd, pwsh: none installed), never a network endpoint such as managed identity's.
    proc = cli(
        "client-secret", "create", "--api-type", "azure", "--auth-type", "azure_ad",
        "--api-base", f"http://127.0.0.1:{free_port()}",
        env={"AZURE_TOKEN_CREDENTIALS": "dev", "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"},
    )  # fmt: skip
    assert_short_error(proc, 1, "Entra ID", "az login", "--auth-type azure")


# ---------------------------------------------------------------------- server (item 3, 6)


def test_a_port_out_of_range() -> None:
    assert_short_error(cli("server", "--port", "70000"), 2, "--port", "70000")


def test_a_port_in_use_is_reported_before_any_banner() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = cli("server", "--port", str(port))
    assert_short_error(proc, 1, f"port {port}", "already in use", "--port")
    assert "Local realtime server" not in proc.stdout


def test_a_remote_host_names_the_real_flag() -> None:
    err = assert_short_error(cli("server", "--host", "0.0.0.0"), 2, "--allow-remote")
    assert "allow_remote=True" not in err
    assert "--allow-remote" in cli("server", "--help").stdout


def test_the_banner_says_which_key() -> None:
    port = free_port()
    proc = subprocess.Popen(
        [SCRIPT, "server", "--port", str(port)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        banner = proc.stdout.readline()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert f"http://127.0.0.1:{port}/v1" in banner
    assert "sk-local-test" in banner and "--api-key" in banner


def test_server_import_without_the_extra_names_it() -> None:
    code = "import sys; sys.modules['uvicorn'] = None; import openai_realtime.server"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 1
    assert "ModuleNotFoundError" in proc.stderr
    assert "pip install 'openai-realtime[server]'" in proc.stderr


# ------------------------------------------------------------------ Azure from the environment


def test_azure_endpoint_and_key_from_the_environment(server_port: int) -> None:
    env = {
        "AZURE_OPENAI_ENDPOINT": f"http://127.0.0.1:{server_port}",
        "AZURE_OPENAI_API_KEY": KEY,
    }
    proc = cli("client-secret", "create", "--deployment", "gpt-realtime", env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().startswith("ek_")
    assert KEY not in proc.stdout + proc.stderr


def test_azure_preview_from_openai_api_version(server_port: int) -> None:
    env = {
        "AZURE_OPENAI_ENDPOINT": f"http://127.0.0.1:{server_port}",
        "AZURE_OPENAI_API_KEY": KEY,
        "OPENAI_API_VERSION": "2025-04-01-preview",
    }
    proc = cli("transcribe", str(SPEECH), "--speed", "0", env=env)
    assert proc.returncode == 0, proc.stderr
    assert "Done: 4 speech segment(s), 4 transcript(s)" in proc.stdout


# ------------------------------------------------------------------------- small things (6)


def test_version() -> None:
    proc = cli("--version")
    assert proc.returncode == 0
    assert proc.stdout == f"openai-realtime {__version__}\n"


def test_output_is_not_wrapped_when_not_a_terminal(tmp_path: Path) -> None:
    proc = cli("transcribe", str(SPEECH), "--local", "--speed", "0", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    first = proc.stdout.splitlines()[0]
    assert len(first) > 100 and first.startswith("Transcribing") and first.endswith("/v1")


def test_a_closed_pipe_ends_quietly() -> None:
    """``openai-realtime transcribe ... --json | head -1``: no 'Broken pipe', status 0."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "AZURE_"))}
    proc = subprocess.Popen(
        [SCRIPT, "transcribe", str(SPEECH), "--local", "--speed", "0", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=base,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # what `head -1` does after its line
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 0, err
    assert '"type": "session.created"' in first
    assert "Broken pipe" not in err and "Traceback" not in err and "error" not in err.lower()


def test_the_readme_transcribe_command_runs_as_written() -> None:
    import re
    import shlex

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (line,) = re.findall(r"^openai-realtime transcribe samples/\S+ --local.*$", readme, re.M)
    args = shlex.split(line.split("#")[0])
    proc = cli(*args[1:], cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "Done: 4 speech segment(s), 4 transcript(s)" in proc.stdout


def test_a_session_type_that_does_not_exist() -> None:
    proc = cli("client-secret", "create", "--type", "bogus", "--api-key", KEY)
    assert_short_error(proc, 2, "--type must be realtime or transcription", "'bogus'")


def test_a_transcription_model_the_server_does_not_offer() -> None:
    proc = cli("transcribe", str(SPEECH), "--local", "--speed", "0", "--model", "no-such-model")
    err = assert_short_error(proc, 1, "HTTP 400", "Invalid value: 'no-such-model'", "'whisper-1'")
    assert "session.audio.input.transcription.model" in err  # a JSON path, not reworded
    assert "docstring" not in err


def test_an_unreachable_endpoint_names_the_flag_and_variables() -> None:
    proc = cli("client-secret", "create", "--api-base", f"http://127.0.0.1:{free_port()}/v1",
               "--api-key", KEY)  # fmt: skip
    err = assert_short_error(proc, 1, "Could not reach", "--api-base", "OPENAI_BASE_URL")
    assert KEY not in err


def test_cli_terms_rewords_arguments_not_prose_or_json_paths() -> None:
    from openai_realtime.cli_errors import cli_terms

    assert (
        cli_terms("pass api_key= or set OPENAI_API_KEY") == "give --api-key or set OPENAI_API_KEY"
    )
    assert cli_terms("use api_type='azure'.") == "use --api-type azure."
    assert cli_terms("Azure needs the deployment name: pass deployment= (or model=).") == (
        "Azure needs the deployment name: give --deployment (or --model)."
    )
    path = "param=session.audio.input.transcription.model, the model to use"
    assert cli_terms(path) == path


def test_chat_with_local_and_connection_flags_names_them() -> None:
    proc = cli("chat", "--local", "--api-key", KEY, "Hello!")
    err = assert_short_error(proc, 2, "--local", "drop --api-key")
    assert KEY not in err
