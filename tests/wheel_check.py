"""The package as users install it: build the sdist and the wheel, install the wheel (with the
``[all]`` extra) into a fresh virtual environment outside the repository, and use it from another
directory. ``make wheel-check`` runs this (``make test`` depends on it).

No editable install, no ``PYTHONPATH``, no repository on ``sys.path``: the checks run in a
temporary directory with the fresh environment's ``bin`` first on ``PATH``. pip reuses its cache,
so after the first run the install is local work only.

Checks, each through the installed console script or interpreter:

1. ``openai-realtime --version`` prints the version the wheel was built with;
2. ``openai-realtime transcribe <samples/speech.wav> --local --speed 0`` transcribes all four
   speech segments (the local server reads ``openai_realtime_api/openapi.json`` from the wheel);
3. the README's conversation example runs against ``openai-realtime server`` (reached through
   ``OPENAI_BASE_URL`` / ``OPENAI_API_KEY``, as the README says);
4. a user's ``mypy --strict`` over a small typed script passes, and a script with a type error
   fails naming it (so the package's types are really seen, not ``Any``);
5. the imported modules come from the fresh environment, not from the checkout;
6. the README's plugin test file (``# test_voice_app.py``) passes with pytest in a user's
   directory, its fixtures coming from the installed package's ``pytest11`` entry point.

Prints the wheel's and the sdist's size and file count, and the install time. Exit status 0 when
every check passed, 1 otherwise.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from ports import free_port, wait_for_port

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "speech.wav"
README = ROOT / "README.md"
KEY = "sk-wheel-check"

TYPED_SCRIPT = """\
from __future__ import annotations

import asyncio

from openai_realtime import (
    ConfigurationError,
    RealtimeClient,
    connect_realtime_session,
)
from openai_realtime.protocol import server_vad
from openai_realtime.server import LocalRealtimeServer, ServerConfig


async def reply(base_url: str) -> str:
    parts: list[str] = []
    async with connect_realtime_session("gpt-realtime", api_key="sk", api_base=base_url) as session:
        await session.set_configuration(output_modalities=["text"], turn_detection=server_vad())
        await session.add_item(role="user", text="Hello!")
        await session.request_response()
        async for event in session:
            if event.type_ == "response.output_text.delta":
                parts.append(event.delta)
            elif event.type_ == "response.done":
                break
    return "".join(parts)


def mint(base_url: str) -> str:
    with RealtimeClient(api_key="sk", api_base=base_url) as client:
        secret = client.mint_client_secret({"type": "realtime", "model": "gpt-realtime"})
    value: str = secret.value
    return value


def main() -> int:
    try:
        with LocalRealtimeServer(ServerConfig(api_keys=frozenset({"sk"}))) as server:
            print(asyncio.run(reply(server.base_url)), mint(server.base_url)[:3])
    except ConfigurationError as exc:
        print(exc)
        return 1
    return 0
"""

#: Each line is a type error mypy must find in the installed package's types.
WRONG_SCRIPT = """\
from openai_realtime import RealtimeClient, Settings, connect_realtime_session
from openai_realtime_api.models import RealtimeServerEventResponseDone


def status(event: RealtimeServerEventResponseDone) -> int:
    return event.response


async def response_id() -> int:  # one error only if wait_for's Literal overloads are seen
    async with connect_realtime_session("gpt-realtime") as session:
        return (await session.wait_for("response.done")).response.id


port: int = Settings.resolve(api_key="sk").api_base
RealtimeClient(api_key=1)
"""


def _run(
    args: list[str], *, cwd: Path, env: dict[str, str], timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 1024:,.0f} KiB"


class Checks:
    """Collects pass/fail lines; :attr:`failed` counts the failures."""

    def __init__(self) -> None:
        self.failed = 0

    def check(self, name: str, ok: bool, detail: str = "") -> None:
        print(f"  [{'pass' if ok else 'FAIL'}] {name}")
        if not ok:
            self.failed += 1
            for line in detail.strip().splitlines()[-25:]:
                print(f"         {line}")


def main() -> int:
    checks = Checks()
    work = Path(tempfile.mkdtemp(prefix="openai-realtime-wheel-"))
    try:
        dist = work / "dist"
        started = time.monotonic()
        # python -m build: the sdist first, then the wheel built *from the sdist*, so a file
        # missing from the sdist shows up as a broken wheel too.
        built = _run(
            [sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)],
            cwd=work,
            env={**os.environ},
        )
        if built.returncode != 0:
            print(built.stdout[-3000:] + built.stderr[-3000:])
            print("wheel check: the build failed")
            return 1
        (wheel,) = dist.glob("*.whl")
        (sdist,) = dist.glob("*.tar.gz")
        version = wheel.name.split("-")[1]
        with zipfile.ZipFile(wheel) as zf:
            names = zf.namelist()
        print(
            f"built in {time.monotonic() - started:.1f} s: {wheel.name} ({_size(wheel)}, "
            f"{len(names)} files), {sdist.name} ({_size(sdist)})"
        )
        checks.check(
            "the wheel ships openapi.json and both py.typed markers",
            {
                "openai_realtime_api/openapi.json",
                "openai_realtime/py.typed",
                "openai_realtime_api/py.typed",
            }
            <= set(names),
            "\n".join(n for n in names if not n.endswith(".py")),
        )

        venv = work / "venv"
        started = time.monotonic()
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        bin_dir = venv / "bin"
        mypy_pin = _installed_version("mypy")
        install = _run(
            [str(bin_dir / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
             f"{wheel}[all]", f"mypy=={mypy_pin}", f"pytest=={_installed_version('pytest')}",
             f"pytest-asyncio=={_installed_version('pytest-asyncio')}"],
            cwd=work, env={**os.environ},
        )  # fmt: skip
        install_s = time.monotonic() - started
        if install.returncode != 0:
            print(install.stdout[-3000:] + install.stderr[-3000:])
            print("wheel check: installing the wheel failed")
            return 1
        print(
            f"installed {wheel.name}[all] (+ mypy {mypy_pin}) into a fresh venv in {install_s:.1f} s"
        )

        user = work / "elsewhere"
        user.mkdir()
        env = {
            "PATH": f"{bin_dir}:/usr/bin:/bin",
            "HOME": str(user),
            "LANG": "C.UTF-8",
            "TMPDIR": str(work),
        }
        cli = str(bin_dir / "openai-realtime")

        where = _run(
            [str(bin_dir / "python"), "-c",
             "import openai_realtime, openai_realtime_api, sys; "
             "print(openai_realtime.__file__); print(openai_realtime_api.__file__); "
             f"print(any(p.startswith({str(ROOT)!r}) for p in sys.path))"],
            cwd=user, env=env,
        )  # fmt: skip
        site = str(venv / "lib")
        paths = where.stdout.splitlines()
        checks.check(
            "the packages are imported from the fresh venv",
            where.returncode == 0
            and len(paths) == 3
            and all(p.startswith(site) for p in paths[:2])
            and paths[2] == "False",
            where.stdout + where.stderr,
        )

        proc = _run([cli, "--version"], cwd=user, env=env)
        checks.check(
            f"openai-realtime --version prints {version}",
            proc.returncode == 0 and proc.stdout.strip() == f"openai-realtime {version}",
            proc.stdout + proc.stderr,
        )

        sample = user / "speech.wav"
        shutil.copyfile(SAMPLE, sample)
        proc = _run([cli, "transcribe", "speech.wav", "--local", "--speed", "0"], cwd=user, env=env)
        checks.check(
            "openai-realtime transcribe speech.wav --local --speed 0: 4 segments, 4 transcripts",
            proc.returncode == 0
            and "Done: 4 speech segment(s), 4 transcript(s)" in proc.stdout
            and "Traceback" not in proc.stderr,
            proc.stdout + proc.stderr,
        )

        checks.check(*_readme_conversation(cli, bin_dir, user, env))

        (user / "typed_app.py").write_text(TYPED_SCRIPT, encoding="utf-8")
        (user / "wrong_app.py").write_text(WRONG_SCRIPT, encoding="utf-8")
        mypy = [str(bin_dir / "mypy"), "--strict", "--no-incremental"]
        proc = _run([*mypy, "typed_app.py"], cwd=user, env=env)
        checks.check(
            "mypy --strict over a typed user script passes",
            proc.returncode == 0,
            proc.stdout + proc.stderr,
        )
        proc = _run([*mypy, "wrong_app.py"], cwd=user, env=env)
        checks.check(
            "mypy --strict finds the 4 type errors in a wrong script (the types are seen)",
            proc.returncode == 1 and "Found 4 errors" in proc.stdout,
            proc.stdout + proc.stderr,
        )

        # The README's plugin test file in a user's project: only the wheel, pytest and the file.
        blocks = re.findall(r"```python\n(# test_voice_app\.py\n.*?)```", README.read_text(), re.S)
        (user / "test_voice_app.py").write_text(blocks[0] if blocks else "", encoding="utf-8")
        proc = _run(
            [str(bin_dir / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider",
             "test_voice_app.py"],
            cwd=user, env=env,
        )  # fmt: skip
        checks.check(
            "the README's test file passes with the installed plugin's fixtures (pytest11)",
            len(blocks) == 1 and proc.returncode == 0 and "3 passed" in proc.stdout,
            proc.stdout[-3000:] + proc.stderr[-3000:],
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"wheel check: {'all checks passed' if not checks.failed else f'{checks.failed} failed'}")
    return 1 if checks.failed else 0


def _installed_version(dist_name: str) -> str:
    from importlib.metadata import version

    return version(dist_name)


def _readme_conversation(
    cli: str, bin_dir: Path, user: Path, env: dict[str, str]
) -> tuple[str, bool, str]:
    """Run the README's first Python example (the async conversation) against
    ``openai-realtime server``; returns a :meth:`Checks.check` argument triple."""
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    (user / "conversation.py").write_text(blocks[0], encoding="utf-8")
    port = free_port()
    server = subprocess.Popen(
        [cli, "server", "--port", str(port), "--api-key", KEY],
        cwd=user, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    name = "the README's conversation example against openai-realtime server"
    try:
        wait_for_port(port, server)
        proc = _run(
            [str(bin_dir / "python"), "conversation.py"],
            cwd=user,
            env={**env, "OPENAI_BASE_URL": f"http://127.0.0.1:{port}/v1", "OPENAI_API_KEY": KEY},
            timeout=60,
        )
        ok = proc.returncode == 0 and "Local server reply to: Hello!" in proc.stdout
        return name, ok, proc.stdout + proc.stderr
    except RuntimeError as exc:
        return name, False, str(exc)
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=15)
        if "Traceback" in output:
            print(output)


if __name__ == "__main__":
    sys.exit(main())
