"""Spec-bump drill: what happens when the upstream OpenAI document changes.

Three deliberately modified copies of the vendored upstream (``generator/upstream/``) are written
to a temporary folder:

* ``renamed-field``: ``audio_start_ms`` of ``RealtimeServerEventInputAudioBufferSpeechStarted``
  becomes ``audio_start_at_ms`` (property and ``required``);
* ``new-event``: a new GA server event ``drill.rehearsal`` (schema
  ``RealtimeServerEventDrillRehearsal``) joins the ``RealtimeServerEvent`` union;
* ``new-enum-value``: ``NoiseReductionType`` gains ``mid_field``.

For each, the real tools run on the copy (as subprocesses, the three drills in parallel):
``generator/cut_subset.py --upstream <copy> --no-verify --out <tmp>/openapi.yaml``, the same with
``--check`` against the committed ``openapi.yaml``, and ``generator/regenerate.py``'s generation
(:func:`generate_into`, with its ``SPEC`` constant pointed at the temporary subset) into a
temporary folder. The tests then show that

(a) the subset check fails and its diff names the changed field / type / value,
(b) the regenerated package differs from the committed ``generated/`` exactly where expected,
(c) the dispatch table of the regenerated package gains the new event type.

Nothing under ``generated/`` or ``openapi.yaml`` is written.
"""

from __future__ import annotations

import copy
import importlib.util
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
GENERATOR = ROOT / "generator"
COMMITTED_PACKAGE = ROOT / "generated" / "openai_realtime_api"

SPEECH_STARTED = "RealtimeServerEventInputAudioBufferSpeechStarted"
NEW_EVENT = "RealtimeServerEventDrillRehearsal"
NEW_EVENT_TYPE = "drill.rehearsal"


def _load(name: str) -> ModuleType:
    """Import ``generator/<name>.py`` (not a package) as a module."""
    spec = importlib.util.spec_from_file_location(f"drill_{name}", GENERATOR / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


cut_subset = _load("cut_subset")
regenerate = _load("regenerate")


# --------------------------------------------------------------------------- the modifications


def rename_field(doc: dict[str, Any]) -> None:
    schema = doc["components"]["schemas"][SPEECH_STARTED]
    schema["properties"] = {
        "audio_start_at_ms" if name == "audio_start_ms" else name: prop
        for name, prop in schema["properties"].items()
    }
    schema["required"] = [
        "audio_start_at_ms" if name == "audio_start_ms" else name for name in schema["required"]
    ]


def add_event(doc: dict[str, Any]) -> None:
    schemas = doc["components"]["schemas"]
    schemas[NEW_EVENT] = {
        "type": "object",
        "description": "Sent by the server during a spec-bump drill.",
        "properties": {
            "event_id": {"type": "string", "description": "The unique ID of the server event."},
            "type": {
                "type": "string",
                "enum": [NEW_EVENT_TYPE],
                "description": f"The event type, must be `{NEW_EVENT_TYPE}`.",
                "x-stainless-const": True,
            },
            "note": {"type": "string", "description": "What is being rehearsed."},
        },
        "required": ["event_id", "type", "note"],
    }
    schemas["RealtimeServerEvent"]["anyOf"].append({"$ref": f"#/components/schemas/{NEW_EVENT}"})


def add_enum_value(doc: dict[str, Any]) -> None:
    doc["components"]["schemas"]["NoiseReductionType"]["enum"].append("mid_field")


@dataclass(frozen=True)
class Drill:
    """One modified upstream, and what its cut, check and generation produced."""

    name: str
    modify: Callable[[dict[str, Any]], None]


DRILLS = [
    Drill("renamed-field", rename_field),
    Drill("new-event", add_event),
    Drill("new-enum-value", add_enum_value),
]


@dataclass
class Outcome:
    """Results of running the tools on one modified upstream."""

    subset: Path
    cut: subprocess.CompletedProcess[str]
    check: subprocess.CompletedProcess[str]
    generate: subprocess.CompletedProcess[str]
    package: Path


GENERATE = (
    "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
    "import regenerate; regenerate.SPEC = Path(sys.argv[2]); "
    "print(regenerate.generate_into(Path(sys.argv[3])))"
)


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=120, cwd=ROOT
    )


def _drill(drill: Drill, upstream: dict[str, Any], workdir: Path) -> Outcome:
    workdir.mkdir()
    modified = copy.deepcopy(upstream)
    drill.modify(modified)
    source = workdir / "upstream.yaml"
    source.write_text(cut_subset.dump(modified), encoding="utf-8")
    subset = workdir / "openapi.yaml"
    tool = GENERATOR / "cut_subset.py"
    cut = _run(sys.executable, tool, "--upstream", source, "--no-verify", "--out", subset)
    check = _run(
        sys.executable, tool, "--upstream", source, "--no-verify", "--check",
        "--out", ROOT / "openapi.yaml",
    )  # fmt: skip
    (workdir / "gen").mkdir()
    generate = _run(sys.executable, "-c", GENERATE, GENERATOR, subset, workdir / "gen")
    package = workdir / "gen" / regenerate.PACKAGE
    return Outcome(subset, cut, check, generate, package)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    """Run the three drills (in parallel: each is a few subprocesses)."""
    upstream, _ = cut_subset.read_upstream(cut_subset.VENDORED_UPSTREAM)
    base = tmp_path_factory.mktemp("spec-bump")
    with ThreadPoolExecutor(max_workers=len(DRILLS)) as pool:
        futures = {d.name: pool.submit(_drill, d, upstream, base / d.name) for d in DRILLS}
        return {name: future.result() for name, future in futures.items()}


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"drill_{path.stem}_{id(path)}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- the tests


@pytest.mark.parametrize("name", [d.name for d in DRILLS])
def test_the_modified_upstream_cuts_and_generates(outcomes: dict[str, Outcome], name: str) -> None:
    outcome = outcomes[name]
    assert outcome.cut.returncode == 0, outcome.cut.stdout + outcome.cut.stderr
    assert outcome.subset.is_file()
    assert outcome.generate.returncode == 0, outcome.generate.stdout + outcome.generate.stderr
    assert (outcome.package / "dispatch.py").is_file()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("renamed-field", ["-        audio_start_ms:", "+        audio_start_at_ms:"]),
        ("new-event", [f"+    {NEW_EVENT}:", f"+      - $ref: '#/components/schemas/{NEW_EVENT}'"]),
        ("new-enum-value", ["+      - mid_field"]),
    ],
)
def test_the_subset_check_reports_a_readable_diff(
    outcomes: dict[str, Outcome], name: str, expected: list[str]
) -> None:
    """(a) ``cut_subset.py --check`` against the committed subset fails and shows the change."""
    check = outcomes[name].check
    assert check.returncode == 1
    assert "differs from a fresh cut" in check.stdout
    assert "run `make subset`" in check.stdout
    diff = check.stdout.splitlines()
    for line in expected:
        assert any(row.startswith(line) for row in diff), f"{line!r} not in\n{check.stdout}"
    assert f"{ROOT / 'openapi.yaml'}" in check.stdout  # the diff header names the file


@pytest.mark.parametrize(
    ("name", "schema"),
    [
        ("renamed-field", SPEECH_STARTED),
        ("new-enum-value", "NoiseReductionType"),
    ],
)
def test_the_subset_diff_names_the_changed_schema(
    outcomes: dict[str, Outcome], name: str, schema: str
) -> None:
    """(a) a reader of the check output learns *which schema* changed, not only which line."""
    assert schema in outcomes[name].check.stdout


@pytest.mark.parametrize(
    ("name", "changed", "added"),
    [
        (
            "renamed-field",
            {"models/realtime_server_event_input_audio_buffer_speech_started.py"},
            set(),
        ),
        ("new-event", {"dispatch.py"}, {"models/realtime_server_event_drill_rehearsal.py"}),
        ("new-enum-value", {"models/noise_reduction_type.py"}, set()),
    ],
)
def test_regeneration_differs_from_the_committed_package(
    outcomes: dict[str, Outcome], name: str, changed: set[str], added: set[str]
) -> None:
    """(b) the fresh package differs from ``generated/`` (the spec JSON always; the models and
    dispatch table where the change is)."""
    diff = set(regenerate.differences(COMMITTED_PACKAGE, outcomes[name].package))
    assert diff, "regeneration from a modified spec must not match the committed package"
    assert "differs: openapi.json" in diff
    for path in changed:
        assert f"differs: {path}" in diff, sorted(diff)
    for path in added:
        assert any(line.startswith("only in ") and line.endswith(f": {path}") for line in diff), (
            sorted(diff)
        )
    if name != "new-event":
        assert "differs: dispatch.py" not in diff


def test_the_renamed_field_reaches_the_model(outcomes: dict[str, Outcome]) -> None:
    model = (
        outcomes["renamed-field"].package
        / "models"
        / "realtime_server_event_input_audio_buffer_speech_started.py"
    ).read_text(encoding="utf-8")
    assert "audio_start_at_ms" in model
    assert "audio_start_ms" not in model


def test_the_dispatch_table_gains_the_new_event_type(outcomes: dict[str, Outcome]) -> None:
    """(c) ``GA_SERVER`` of the regenerated package maps ``drill.rehearsal`` to the new class;
    the committed table does not know it, and nothing else changed in it."""
    fresh = _module(outcomes["new-event"].package / "dispatch.py")
    committed = _module(COMMITTED_PACKAGE / "dispatch.py")
    assert NEW_EVENT_TYPE not in committed.GA_SERVER
    assert fresh.GA_SERVER[NEW_EVENT_TYPE] == ("realtime_server_event_drill_rehearsal", NEW_EVENT)
    assert {k: v for k, v in fresh.GA_SERVER.items() if k != NEW_EVENT_TYPE} == committed.GA_SERVER
    for family in ("GA_CLIENT", "TRANSLATION_SERVER", "BETA_SERVER"):
        assert getattr(fresh, family) == getattr(committed, family)
