"""Types that reach the user: a small user program, type-checked with ``mypy --strict`` against
the packages as this interpreter imports them, gets the generated event classes (not ``Any``)
from ``wait_for``, ``recv`` and iteration, on the async and the sync session.

One mypy run serves every assertion (its cache lives in pytest's cache directory, so a re-run
takes well under a second; a cold run a few seconds). The packages are found as a user's mypy
finds them: from site-packages for an installed wheel, or through ``MYPYPATH`` for this editable
checkout (setuptools' editable finder is invisible to mypy); ``--follow-imports=silent``
reports errors in the user program only, as mypy does for installed packages.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import os
import re
import site
import subprocess
import sys
import typing
from pathlib import Path

import openai_realtime
import openai_realtime_api
import pytest
from openai_realtime import session as async_session
from openai_realtime import sync as sync_session
from openai_realtime_api import dispatch, event_types

#: The user program; each ``reveal_type`` line is named by its trailing ``# reveal: NAME``.
PROGRAM = """\
from openai_realtime import connect_realtime_session
from openai_realtime.sync import connect_realtime_session as connect_sync


async def conversation() -> None:
    async with connect_realtime_session("gpt-realtime") as session:
        done = await session.wait_for("response.done", timeout=5)
        reveal_type(done)  # reveal: async_wait_for
        reveal_type(done.type_)  # reveal: done_type
        reveal_type(done.event_id)  # reveal: done_event_id
        reveal_type(done.response)  # reveal: done_response
        reveal_type(done.response.id)  # reveal: done_response_id
        reveal_type(await session.wait_for("session.created"))  # reveal: shared_type
        reveal_type(await session.wait_for(lambda e: True))  # reveal: predicate
        reveal_type(await session.wait_for("not.in.the.spec"))  # reveal: unlisted
        reveal_type(await session.recv())  # reveal: async_recv
        async for event in session:
            reveal_type(event)  # reveal: async_for
            if event.type_ == "response.output_text.delta":
                reveal_type(event)  # reveal: narrowed
                print(event.delta)
            elif event.type_ == "openai_realtime.session.reconnected":
                reveal_type(event)  # reveal: reconnected
            break


def blocking() -> None:
    with connect_sync("gpt-realtime") as session:
        reveal_type(session.wait_for("response.done"))  # reveal: sync_wait_for
        reveal_type(session.recv(timeout=1.0))  # reveal: sync_recv
        for event in session:
            reveal_type(event)  # reveal: sync_for
            break


connect_realtime_session(api_kye="x")  # error: misspelt
"""

MODELS = "openai_realtime_api.models"


def _class(module: str, name: str) -> str:
    return f"{MODELS}.{module}.{name}"


def _union(*families: str) -> set[str]:
    """The full names of the classes of ``families`` (dispatch tables), as mypy prints them."""
    return {_class(m, c) for f in families for m, c in dispatch.FAMILIES[f].values()}


def _name(cls: type) -> str:
    """A class's full name as mypy prints it (where it is defined)."""
    return f"{cls.__module__}.{cls.__qualname__}"


RECONNECTED = _name(openai_realtime.SessionReconnected)
SESSION_EVENT = _union("ga_server", "translation_server") | {
    _name(openai_realtime.UnknownEvent),
    RECONNECTED,
}


def _lines(marker: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for number, line in enumerate(PROGRAM.splitlines(), 1):
        match = re.search(rf"# {marker}: (\w+)$", line)
        if match:
            found[match.group(1)] = number
    return found


def _package_roots() -> list[str]:
    """Folders to put on MYPYPATH: those of our packages not in site-packages (mypy refuses
    site-packages there and finds installed packages by itself)."""
    installed = {Path(p).resolve() for p in [*site.getsitepackages(), site.getusersitepackages()]}
    roots = []
    for package in (openai_realtime, openai_realtime_api):
        root = Path(package.__file__).resolve().parent.parent
        if root not in installed and str(root) not in roots:
            roots.append(str(root))
    return roots


@pytest.fixture(scope="module")
def mypy_run(
    tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> tuple[dict[str, str], dict[int, list[str]], str]:
    """(revealed type per name, error messages per line, the whole output)."""
    pytest.importorskip("mypy")
    work = tmp_path_factory.mktemp("typing")
    (work / "user_program.py").write_text(PROGRAM, encoding="utf-8")
    (work / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")  # no user or project config
    cache = getattr(pytestconfig, "cache", None)
    cache_dir = cache.mkdir("mypy-typing") if cache is not None else work / "mypy-cache"
    env = dict(os.environ, MYPYPATH=os.pathsep.join(_package_roots()))
    proc = subprocess.run(
        [
            sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent",
            "--config-file", "mypy.ini", "--cache-dir", str(cache_dir), "--no-color-output",
            "--show-error-codes", "user_program.py",
        ],
        cwd=work, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    output = proc.stdout + proc.stderr
    revealed: dict[int, str] = {}
    errors: dict[int, list[str]] = {}
    for line in output.splitlines():
        match = re.match(r"user_program\.py:(\d+): (note|error): (.*)$", line)
        if not match:
            continue
        number, kind, message = int(match.group(1)), match.group(2), match.group(3)
        note = re.match(r'Revealed type is "(.*)"$', message)
        if kind == "note" and note:
            revealed[number] = note.group(1)
        elif kind == "error":
            errors.setdefault(number, []).append(message)
    names = {
        name: revealed.get(number, "<nothing revealed>")
        for name, number in _lines("reveal").items()
    }
    return names, errors, output


def _members(revealed: str) -> set[str]:
    return {part.strip() for part in revealed.split("|")}


def test_wait_for_a_type_is_its_generated_class_on_both_sessions(
    mypy_run: tuple[dict[str, str], dict[int, list[str]], str],
) -> None:
    revealed, _, output = mypy_run
    done = _class("realtime_server_event_response_done", "RealtimeServerEventResponseDone")
    assert revealed["async_wait_for"] == done, output
    assert revealed["sync_wait_for"] == done, output
    # a type both session families define: the union of both classes
    assert _members(revealed["shared_type"]) == {
        _class("realtime_server_event_session_created", "RealtimeServerEventSessionCreated"),
        _class(
            "realtime_translation_server_event_session_created",
            "RealtimeTranslationServerEventSessionCreated",
        ),
    }, output


def test_generated_field_types_of_response_done(
    mypy_run: tuple[dict[str, str], dict[int, list[str]], str],
) -> None:
    revealed, _, output = mypy_run
    assert revealed["done_type"] == "Literal['response.done']", output
    assert revealed["done_event_id"] == "str", output
    assert revealed["done_response"] == f"{MODELS}.realtime_response.RealtimeResponse", output
    assert revealed["done_response_id"] == "str | openai_realtime_api.types.Unset", output


def test_recv_and_iteration_give_the_session_event_union(
    mypy_run: tuple[dict[str, str], dict[int, list[str]], str],
) -> None:
    revealed, _, output = mypy_run
    assert len(SESSION_EVENT) > 50
    for name in ("async_recv", "async_for", "sync_recv", "sync_for", "predicate", "unlisted"):
        assert _members(revealed[name]) == SESSION_EVENT, (name, output)


def test_a_type_comparison_narrows_the_union(
    mypy_run: tuple[dict[str, str], dict[int, list[str]], str],
) -> None:
    revealed, _, output = mypy_run
    assert revealed["narrowed"] == _class(
        "realtime_server_event_response_text_delta", "RealtimeServerEventResponseTextDelta"
    ), output
    assert revealed["reconnected"] == RECONNECTED, output


def test_the_user_program_has_no_other_type_error(
    mypy_run: tuple[dict[str, str], dict[int, list[str]], str],
) -> None:
    _, errors, output = mypy_run
    expected = set(_lines("error").values())
    assert set(errors) <= expected, output


def test_a_misspelt_connect_keyword_is_a_type_error(
    mypy_run: tuple[dict[str, str], dict[int, list[str]], str],
) -> None:
    _, errors, output = mypy_run
    line = _lines("error")["misspelt"]
    assert any('"api_kye"' in message for message in errors.get(line, [])), output


# ---------------------------------------------------------------- run-time side of the types


def _overloads(protocol: str) -> list[tuple[list[tuple[str, str | None]], str]]:
    """``__call__`` overloads of a generated protocol, read from its source (at run time an
    overload is a dummy): per overload, (parameter name and default source), the
    ``event_type`` annotation."""
    tree = ast.parse(Path(event_types.__file__).read_text(encoding="utf-8"))
    (cls,) = (n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == protocol)
    found = []
    for node in cls.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == "__call__":
            args = node.args.args[1:]  # without self
            defaults = [None] * (len(args) - len(node.args.defaults)) + node.args.defaults
            params = [
                (a.arg, None if d is None else ast.unparse(d))
                for a, d in zip(args, defaults, strict=True)
            ]
            assert args[0].annotation is not None
            found.append((params, ast.unparse(args[0].annotation)))
    return found


def _implementation(function: typing.Callable[..., object]) -> list[tuple[str, str | None]]:
    return [
        (p.name, None if p.default is p.empty else repr(p.default))
        for p in inspect.signature(function).parameters.values()
        if p.name != "self" and p.kind is p.POSITIONAL_OR_KEYWORD
    ]


@pytest.mark.parametrize(
    ("protocol", "session_class"),
    [
        ("AsyncWaitFor", async_session.RealtimeSession),
        ("SyncWaitFor", sync_session.RealtimeSession),
    ],
)
def test_the_overloads_match_wait_for_and_cover_every_session_event_type(
    protocol: str, session_class: type
) -> None:
    *typed, (fallback, fallback_type) = _overloads(protocol)
    # the fallback overload has the implementation's parameters (names and defaults)
    assert fallback == _implementation(session_class.wait_for)
    assert fallback_type == "str | Callable[[Any], bool]"
    covered = set()
    for params, annotation in typed:
        assert params == fallback
        match = re.fullmatch(r"Literal\[(.+)\]", annotation)
        assert match, annotation
        covered.add(ast.literal_eval(match.group(1)))
    assert covered == set(dispatch.GA_SERVER) | set(dispatch.TRANSLATION_SERVER)
    assert len(typed) == len(covered)


def test_the_unions_at_run_time_are_the_dispatch_tables_classes() -> None:
    for family in dispatch.FAMILIES:
        union_name = (
            {
                "ga": "GA",
                "beta": "Beta",
                "translation": "Translation",
            }[family.split("_")[0]]
            + family.split("_")[1].capitalize()
            + "Event"
        )
        union = getattr(event_types, union_name)
        expected = {
            getattr(importlib.import_module(f"{MODELS}.{m}"), c)
            for m, c in dispatch.FAMILIES[family].values()
        }
        assert set(typing.get_args(union)) == expected, family
        literal = getattr(event_types, f"{union_name}Type")
        assert set(typing.get_args(literal)) == set(dispatch.FAMILIES[family])
    with pytest.raises(AttributeError):
        _ = event_types.NoSuchUnion


def test_the_types_cost_the_session_import_nothing() -> None:
    code = (
        "import sys\nfrom openai_realtime import connect_realtime_session\n"
        "from openai_realtime.sync import connect_realtime_session\n"
        "print([m for m in sys.modules if m.endswith('event_types') or '.models.' in m])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_both_packages_ship_the_pep_561_marker() -> None:
    for package in (openai_realtime, openai_realtime_api):
        assert (Path(package.__file__).parent / "py.typed").is_file(), package.__name__
