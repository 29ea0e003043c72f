"""What importing the package pulls in: the session path stays off the REST client, the tools
and httpx's command line (each check in a fresh interpreter, so earlier imports do not hide it);
and the import graph of the handwritten package has no cycle."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

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
        "RealtimeClient(api_key='sk-test', api_base='http://127.0.0.1:9/v1')"
    )
    assert "openai_realtime.client" in loaded
    assert not {m for m in loaded if m == "httpx" or m.startswith("openai_realtime_api.api")}
    used = _modules_after(
        "from openai_realtime import RealtimeClient\n"
        "c = RealtimeClient(api_key='sk-test', api_base='http://127.0.0.1:9/v1', timeout=0.5)\n"
        "try: c.hangup_call('rtc_1')\nexcept Exception: pass"
    )
    endpoints = {m for m in used if m.startswith("openai_realtime_api.api.realtime.")}
    assert "httpx" in used
    assert endpoints == {"openai_realtime_api.api.realtime.hangup_realtime_call"}


def test_rest_client_import_keeps_httpx_cli_dependencies_out() -> None:
    pytest.importorskip("click")  # the [cli] extra: httpx would import its command line
    loaded = _modules_after(
        "from openai_realtime import RealtimeClient\n"
        "RealtimeClient(api_key='sk-test', api_base='http://127.0.0.1:9/v1')._api"
    )
    assert "httpx" in loaded
    for name in ("click", "rich", "pygments", "httpx._main"):
        assert name not in loaded, name


def test_cli_dependencies_still_import_after_the_rest_client() -> None:
    pytest.importorskip("click")
    loaded = _modules_after(
        "from openai_realtime import RealtimeClient\n"
        "RealtimeClient(api_key='sk-test', api_base='http://127.0.0.1:9/v1')._api\n"
        "import click, rich.console, pygments"
    )
    assert {"click", "rich.console", "pygments"} <= loaded


def test_httpx_imported_first_keeps_its_command_line() -> None:
    pytest.importorskip("click")
    loaded = _modules_after(
        "import httpx\nfrom openai_realtime import RealtimeClient\n"
        "RealtimeClient(api_key='sk-test', api_base='http://127.0.0.1:9/v1')._api"
    )
    assert "httpx._main" in loaded  # someone else's httpx import is left as it was


# --- the import graph of handwritten/: no cycle ---------------------------------------------

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "handwritten" / "openai_realtime"
PACKAGE = "openai_realtime"


def _module_names() -> dict[str, Path]:
    """Module name -> file, for every module of the package (a package is its __init__)."""
    names: dict[str, Path] = {}
    for path in PACKAGE_DIR.rglob("*.py"):
        parts = [PACKAGE, *path.relative_to(PACKAGE_DIR).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _is_package(name: str, modules: dict[str, Path]) -> bool:
    return modules[name].name == "__init__.py"


def import_graph() -> dict[str, set[str]]:
    """Module -> the package's modules it imports, from every import statement wherever it
    stands (module level, under TYPE_CHECKING, inside functions). ``from P import x`` is an
    edge to the submodule ``P.x`` when there is one, otherwise to ``P``."""
    modules = _module_names()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if _is_package(name, modules) else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[: len(base) - (node.level - 1)]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                for alias in node.names:
                    submodule = f"{source}.{alias.name}"
                    targets.append(submodule if submodule in modules else source)
            for target in targets:
                if target in modules and target != name:
                    graph[name].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for succ in sorted(graph[node]):
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_the_import_graph_sees_every_kind_of_import() -> None:
    graph = import_graph()
    assert "openai_realtime.session" in graph["openai_realtime"]  # under TYPE_CHECKING
    assert "openai_realtime.audio" in graph["openai_realtime.cli"]  # inside a function
    assert "openai_realtime.audio" in graph["openai_realtime.server.audio"]  # from .. import
    assert "openai_realtime.drift" in graph["openai_realtime.dialect"]  # from . import drift
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycle() -> None:
    assert _cycles(import_graph()) == []


def test_the_audio_format_table_imports_nothing_heavy() -> None:
    loaded = _modules_after("import openai_realtime.audio_formats")
    for name in ("numpy", "soxr", "soundfile", "openai_realtime.session", "pybase64"):
        assert name not in loaded, name
