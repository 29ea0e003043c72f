"""Regenerate ``generated/openai_realtime_api`` from ``openapi.yaml``, byte for byte.

Usage::

    python generator/regenerate.py            # rewrite generated/ (what `make regenerate` runs)
    python generator/regenerate.py --check    # regenerate into a temp folder, fail on any difference

Steps:

1. openapi-python-client (pinned in pyproject.toml) with ``generator/config.yaml`` and
   ``--fail-on-warning`` writes the package into a temporary folder;
2. the pinned ruff removes unused imports and formats it (isolated from the project's settings);
3. the event dispatch-table step writes ``openai_realtime_api/dispatch.py``: for each connection
   kind (GA, translation, beta; client and server) a table from the wire ``type`` value to the
   generated module and class, read from the spec's event schemas and unions; the event-type
   step writes ``openai_realtime_api/event_types.py`` from the same tables: each family's union
   type and ``Literal`` of ``type`` values, and the ``wait_for`` protocols (one ``Literal``
   overload per event type) that type the sessions' ``wait_for`` for users' type checkers;
   and the spec itself is shipped as ``openai_realtime_api/openapi.json`` (runtime validation),
   with the PEP 561 ``py.typed`` marker (without it users' type checkers see every model as Any);
4. the result replaces ``generated/openai_realtime_api`` (or, with ``--check``, is compared with it,
   untracked and missing files included).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "generator" / "config.yaml"
TEMPLATES = ROOT / "generator" / "templates"
TARGET = ROOT / "generated" / "openai_realtime_api"
PACKAGE = "openai_realtime_api"

#: Event families: name -> (union schema or None, regex of the concrete event schemas).
#: A family holds its union's members plus every concrete schema of its prefix that the union
#: leaves out (upstream has such orphans, e.g. ``transcription_session.update``).
FAMILIES: dict[str, tuple[str | None, str]] = {
    "GA_CLIENT": ("RealtimeClientEvent", r"^RealtimeClientEvent."),
    "GA_SERVER": ("RealtimeServerEvent", r"^RealtimeServerEvent."),
    "TRANSLATION_CLIENT": ("RealtimeTranslationClientEvent", r"^RealtimeTranslationClientEvent."),
    "TRANSLATION_SERVER": ("RealtimeTranslationServerEvent", r"^RealtimeTranslationServerEvent."),
    "BETA_CLIENT": (None, r"^RealtimeBetaClientEvent."),
    "BETA_SERVER": (None, r"^RealtimeBetaServerEvent."),
}


def run(*args: str | Path, cwd: Path | None = None) -> None:
    """Run a command; on failure print its output and exit non-zero."""
    proc = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(map(str, args))}")


def generate_into(workdir: Path) -> Path:
    """Generate, format and add the dispatch tables; return the package folder inside ``workdir``."""
    out = workdir / PACKAGE
    command: list[str | Path] = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", SPEC, "--config", CONFIG, "--meta", "none",
        "--fail-on-warning", "--output-path", out,
    ]  # fmt: skip
    if TEMPLATES.is_dir():
        command += ["--custom-template-path", TEMPLATES]
    run(*command, cwd=workdir)
    ruff = [sys.executable, "-m", "ruff"]
    run(*ruff, "check", "--isolated", "--fix-only", "--select", "F401,I", "--quiet", out)
    run(*ruff, "format", "--isolated", "--line-length", "100", "--quiet", out)
    tables = event_tables(out)
    (out / "dispatch.py").write_text(dispatch_module(tables), encoding="utf-8")
    (out / "event_types.py").write_text(event_types_module(tables), encoding="utf-8")
    (out / "openapi.json").write_text(spec_json(), encoding="utf-8")
    (out / "py.typed").write_text("", encoding="utf-8")  # PEP 561: users' type checkers read it
    written = (out / "dispatch.py", out / "event_types.py")
    run(*ruff, "format", "--isolated", "--line-length", "100", "--quiet", *written)
    return out


def load_spec() -> dict[str, Any]:
    """The subset document (``openapi.yaml``) as a dict."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec: dict[str, Any] = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
    return spec


def spec_json() -> str:
    """``openapi.yaml`` as JSON, shipped inside the package for runtime validation (local server,
    contract tests) without a YAML parser."""
    return json.dumps(load_spec(), indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def model_modules(package: Path) -> dict[str, str]:
    """Map each generated model class name to its module name (``models/<module>.py``)."""
    found: dict[str, str] = {}
    for path in sorted((package / "models").glob("*.py")):
        for match in re.finditer(r"^class (\w+)\b", path.read_text(encoding="utf-8"), re.M):
            found[match.group(1)] = path.stem
    return found


def event_type(schema: dict[str, Any]) -> str:
    """The wire ``type`` value of a concrete event schema (a ``const`` after the subset cut)."""
    prop = schema["properties"]["type"]
    if "const" in prop:
        return str(prop["const"])
    (value,) = prop["enum"]
    return str(value)


def family_members(schemas: dict[str, Any], union: str | None, pattern: str) -> list[str]:
    """Schema names of one family: the union's members, then the orphans of its prefix."""
    names: list[str] = []
    if union is not None:
        for member in schemas[union].get("anyOf") or schemas[union].get("oneOf"):
            names.append(member["$ref"].rsplit("/", 1)[1])
    for name in sorted(schemas):
        if re.match(pattern, name) and name not in names and "properties" in schemas[name]:
            names.append(name)
    return names


def event_tables(package: Path) -> dict[str, dict[str, tuple[str, str]]]:
    """Per family (a key of :data:`FAMILIES`): wire ``type`` value -> (module, class), sorted by
    ``type``."""
    schemas = load_spec()["components"]["schemas"]
    modules = model_modules(package)
    tables: dict[str, dict[str, tuple[str, str]]] = {}
    for family, (union, pattern) in FAMILIES.items():
        table: dict[str, tuple[str, str]] = {}
        for name in family_members(schemas, union, pattern):
            value = event_type(schemas[name])
            if value in table:
                raise SystemExit(
                    f"{family}: type {value!r} is claimed by {table[value][1]} and {name}"
                )
            if name not in modules:
                raise SystemExit(f"{family}: no generated class for event schema {name}")
            table[value] = (modules[name], name)
        tables[family] = dict(sorted(table.items()))
    return tables


def dispatch_module(tables: dict[str, dict[str, tuple[str, str]]]) -> str:
    """Source of ``dispatch.py``: the ``type`` -> (module, class) tables, one per family."""
    lines = [
        '"""Event dispatch tables: wire ``type`` value -> ``(module, class)`` of the generated model.',
        "",
        "Written by generator/regenerate.py from the event schemas and unions of openapi.yaml; do not",
        "edit. One table per connection kind, because the same ``type`` value names different schemas",
        "in different families (``session.update`` is GA, beta and translation). Modules are named,",
        "not imported, so that a caller imports only the models it meets",
        "(``importlib.import_module(f'openai_realtime_api.models.{module}')``).",
        '"""',
        "",
        "from typing import Final",
        "",
        "EventTable = dict[str, tuple[str, str]]",
        "",
    ]
    for family, table in tables.items():
        lines.append(f"{family}: Final[EventTable] = {{")
        lines += [f"    {value!r}: ({mod!r}, {cls!r})," for value, (mod, cls) in table.items()]
        lines += ["}", ""]
    lines.append("FAMILIES: Final[dict[str, EventTable]] = {")
    lines += [f"    {family.lower()!r}: {family}," for family in FAMILIES]
    lines += ["}", ""]
    return "\n".join(lines)


#: The families a session hands to users, whose ``type`` values get a ``wait_for`` overload: GA
#: (conversation, transcription and call sessions; beta-dialect sessions convert to GA) and
#: translation (translation sessions).
SESSION_FAMILIES = ("GA_SERVER", "TRANSLATION_SERVER")


def union_name(family: str) -> str:
    """``GA_SERVER`` -> ``GAServerEvent``, ``TRANSLATION_CLIENT`` -> ``TranslationClientEvent``."""
    prefix, side = family.split("_")
    return ("GA" if prefix == "GA" else prefix.capitalize()) + side.capitalize() + "Event"


def event_types_module(tables: dict[str, dict[str, tuple[str, str]]]) -> str:
    """Source of ``event_types.py``: each family's union and ``Literal`` of ``type`` values, and
    the ``wait_for`` protocols with one ``Literal`` overload per session event type."""
    unions = {family: union_name(family) for family in tables}
    names = ", ".join(f"``{unions[f]}``" for f in tables)
    literals = ", ".join(f"``{unions[f]}Type``" for f in tables)
    session = " and ".join(f"``{unions[f]}``" for f in SESSION_FAMILIES)
    paragraphs = [
        f"* {names}: the union of each family's generated event classes. Type checkers read them "
        "from the ``TYPE_CHECKING`` block below; at run time each is built on first access "
        "(importing the family's model modules), so importing this module imports no model.",
        f"* {literals}: the ``Literal`` of each family's wire ``type`` values.",
        "* :class:`AsyncWaitFor` / :class:`SyncWaitFor`: the call signature of a session's "
        "``wait_for(event_type, timeout=None)``: one overload per ``type`` value of the "
        f"{session} families, returning its class (the union of both classes for a ``type`` "
        "both families define), then a fallback for any other string or a predicate, returning "
        "the type parameter (the session's whole event union).",
    ]
    lines = [
        '"""The event families as types: unions, ``type`` literals and typed ``wait_for``.',
        "",
        "Written by generator/regenerate.py from the same tables as ``dispatch.py``; do not edit.",
        "",
    ]
    for paragraph in paragraphs:
        lines += textwrap.wrap(paragraph, 96, subsequent_indent="  ", break_on_hyphens=False)
    lines += [
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "import functools",
        "import importlib",
        "import operator",
        "from collections.abc import Callable",
        "from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeAlias, TypeVar, overload",
        "",
        "from . import dispatch",
        "",
        "__all__ = [",
    ]
    exported = [name for f in tables for name in (unions[f], unions[f] + "Type")]
    exported += ["AsyncWaitFor", "SyncWaitFor"]
    lines += [f"    {name!r}," for name in sorted(exported)]
    lines += ["]", "", "if TYPE_CHECKING:"]
    imported = sorted({entry for table in tables.values() for entry in table.values()})
    lines += [f"    from .models.{mod} import {cls}" for mod, cls in imported]
    lines.append("")
    for family, table in tables.items():
        members = " | ".join(cls for _, cls in table.values())
        lines += [f"    {unions[family]}: TypeAlias = {members}", ""]
    lines.append("")
    for family, table in tables.items():
        values = ", ".join(repr(value) for value in table)
        lines += [f"{unions[family]}Type: TypeAlias = Literal[{values}]", ""]
    lines += [
        "",
        "_UNIONS: dict[str, str] = {",
        *(f"    {unions[f]!r}: {f.lower()!r}," for f in tables),
        "}",
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    # The unions at run time: built once, on first access (importing the family's models).",
        "    family = _UNIONS.get(name)",
        "    if family is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        "    classes = tuple(",
        '        getattr(importlib.import_module(f"{__package__}.models.{module}"), cls)',
        "        for module, cls in dispatch.FAMILIES[family].values()",
        "    )",
        "    union = functools.reduce(operator.or_, classes)",
        "    globals()[name] = union",
        "    return union",
        "",
        "",
        '_T_co = TypeVar("_T_co", covariant=True)',
        "",
    ]
    overloads: dict[str, list[str]] = {}
    for family in SESSION_FAMILIES:
        for value, (_, cls) in tables[family].items():
            classes = overloads.setdefault(value, [])
            if cls not in classes:  # translation's ``error`` is the GA class
                classes.append(cls)
    for sync in (False, True):
        name = "SyncWaitFor" if sync else "AsyncWaitFor"
        prefix = "def" if sync else "async def"
        what = "``session.wait_for``" + ("" if sync else " (awaited)")
        lines += [
            "",
            f"class {name}(Protocol[_T_co]):",
            f'    """{what} of a {"sync" if sync else "async"} session, typed per event type;'
            " ``_T_co`` is the session's event union",
            '    (what a predicate or an unlisted ``type`` returns)."""',
            "",
        ]
        for value, classes in sorted(overloads.items()):
            lines += [
                "    @overload",
                f"    {prefix} __call__(",
                f"        self, event_type: Literal[{value!r}], timeout: float | None = None",
                f"    ) -> {' | '.join(classes)}: ...",
            ]
        lines += [
            "    @overload",
            f"    {prefix} __call__(",
            "        self, event_type: str | Callable[[Any], bool], timeout: float | None = None",
            "    ) -> _T_co: ...",
            "",
        ]
    return "\n".join(lines)


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two trees (changed, missing or extra files)."""
    out: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        out.extend(f"only in {cmp.left}: {prefix}{n}" for n in cmp.left_only)
        out.extend(f"only in {cmp.right}: {prefix}{n}" for n in cmp.right_only)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        out.extend(f"differs: {prefix}{n}" for n in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="compare with generated/, write nothing"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="regenerate-") as tmp:
        fresh = generate_into(Path(tmp))
        if args.check:
            if not TARGET.is_dir():
                print(f"{TARGET} is missing: run `make regenerate`.")
                return 1
            diff = differences(TARGET, fresh)
            if diff:
                print("generated/ differs from a fresh generation of openapi.yaml:")
                print("\n".join(f"  {line}" for line in diff[:50]))
                print(
                    "Do not edit generated code by hand: change openapi.yaml/generator/ and run `make regenerate`."
                )
                return 1
            count = sum(1 for _ in TARGET.rglob("*.py"))
            print(f"generated/ matches a fresh generation ({count} modules).")
            return 0
        if TARGET.exists():
            shutil.rmtree(TARGET)
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, TARGET, ignore=shutil.ignore_patterns("__pycache__"))
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
