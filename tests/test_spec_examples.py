"""Every documented example in ``openapi.yaml`` against its own schema and the generated models.

Examples walked (all of them, not a chosen few):

* ``schema:<Name>``: ``x-oaiMeta.example`` of every component schema (the realtime events'
  documented payloads). They are JSON text, some JSON5-ish (comments, trailing commas), parsed with
  ``json5``; a text that holds several JSON documents one after another is split and each document
  becomes its own case (``schema:<Name>#1``, ``#2``, ...).
* ``response:<operationId>``: ``x-oaiMeta.examples.response`` of every operation, read with the
  media type of the operation's success response (``application/sdp`` stays text).
* ``request:<operationId>``: the body in the operation's documented ``curl`` request (``-d '...'``,
  and ``-F 'session=...;type=application/json'`` parts of multipart forms).
* ``keyword:<pointer>``: OpenAPI/JSON-Schema ``example`` / ``examples`` keywords anywhere in the
  components or under operations' media types and parameters.

Each case is validated with jsonschema (Draft 2020-12, ``$ref`` resolved against the whole document
through ``referencing``). A valid case whose schema has a generated class must round-trip:
``Model.from_dict(x).to_dict() == x``. A case invalid against its own schema is an expected failure
(xfail, with the reason), provided it is invalid in the pinned upstream document too: an example
that only our cut (``generator/cut_subset.py``) makes invalid fails. ``test_summary`` prints the
counts (``pytest -s``, and a "spec examples" section in the terminal summary) and holds the floors.
"""

from __future__ import annotations

import copy
import functools
import gzip
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import json5
import jsonschema
import openai_realtime_api.models as models
import pytest
import referencing
import yaml
from conftest import schema_validator
from jsonschema.exceptions import best_match

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
UPSTREAM = ROOT / "generator" / "upstream" / "openai-openapi.yaml.gz"

# Measured on the pinned subset; a spec or generator change that lowers them must be deliberate.
MIN_FOUND = {"schema": 127, "response": 5, "request": 8, "keyword": 4}
MIN_ROUND_TRIPPED = 127
MAX_INVALID = 14

#: Valid examples that the generated models do not round-trip yet, with the cause. Each is a
#: strict expected failure: once the generator is fixed it passes, and its entry must go.
KNOWN_ROUND_TRIP_FAILURES: dict[str, str] = {}

JSON_MEDIA = re.compile(r"^application/(.+\+)?json$")
CURL_BODY = re.compile(r"(?:-d|--data|--data-raw)\s+'(?P<body>[^']*)'")
CURL_JSON_PART = re.compile(r"-F\s+'(?P<name>\w+)=(?P<body>[^']*);type=application/json'")


# ----------------------------------------------------------------------------------------------
# Loading and walking the document
# ----------------------------------------------------------------------------------------------


@functools.cache
def spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    doc: dict[str, Any] = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=loader)
    return doc


@functools.cache
def upstream_spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    doc: dict[str, Any] = yaml.load(gzip.decompress(UPSTREAM.read_bytes()), Loader=loader)
    return doc


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve(doc: dict[str, Any], pointer: str) -> Any:
    """The node at a JSON pointer (``/a/b``), or ``KeyError``."""
    node: Any = doc
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def through_ref(doc: dict[str, Any], pointer: str) -> str:
    """Follow a local ``$ref`` at ``pointer`` (once); return the pointer of the schema itself."""
    node = resolve(doc, pointer)
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref[1:] if isinstance(ref, str) and ref.startswith("#/") else pointer


def model_name(doc: dict[str, Any], pointer: str) -> str | None:
    """Name of the generated class for the schema at ``pointer``, if there is one.

    Class name == component schema name; a ``$ref`` (or a one-element ``allOf`` of one) names
    its target. Scalars and unions without a class of their own give ``None``.
    """
    name: str | None = None
    match = re.fullmatch(r"/components/schemas/([^/]+)", pointer)
    node = resolve(doc, pointer)
    if match:
        name = match.group(1)
    elif isinstance(node, dict):
        refs = [node] if "$ref" in node else node.get("allOf", [])
        if len(refs) == 1 and isinstance(refs[0].get("$ref"), str):
            name = refs[0]["$ref"].rsplit("/", 1)[1]
    if name is None or not hasattr(getattr(models, name, None), "from_dict"):
        return None
    return name


def split_documents(text: str) -> list[str]:
    """Top-level ``{...}`` / ``[...]`` documents of a JSON5 text, skipping strings and comments."""
    documents: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(text):
        char = text[i]
        if char in "\"'":
            i += 1
            while i < len(text) and text[i] != char:
                i += 2 if text[i] == "\\" else 1
        elif text.startswith("//", i):
            newline = text.find("\n", i)
            i = len(text) if newline < 0 else newline
        elif text.startswith("/*", i):
            i = text.index("*/", i) + 1
        elif char in "{[":
            if depth == 0:
                start = i
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                documents.append(text[start : i + 1])
        i += 1
    return documents


@dataclass(frozen=True)
class Case:
    """One documented example, ready to validate: ``value`` against the schema at ``schema``."""

    id: str
    kind: str  # "schema" | "response" | "request" | "keyword"
    schema: str  # JSON pointer of the schema the example documents
    model: str | None  # generated class to round-trip through, if any
    value: Any = None
    parse_error: str | None = None
    note: str = ""


@dataclass
class Found:
    """What the walk found, before splitting: one entry per example as written in the spec."""

    by_kind: Counter[str] = field(default_factory=Counter)
    parsed_whole: Counter[str] = field(default_factory=Counter)
    multi_document: list[str] = field(default_factory=list)
    unparsable: list[str] = field(default_factory=list)


def text_cases(
    found: Found, case_id: str, kind: str, schema: str, model: str | None, text: str
) -> Iterator[Case]:
    """Parse a JSON5 example text into one case, or one per document, or an unparsable case."""
    found.by_kind[kind] += 1
    try:
        value = json5.loads(text)
    except ValueError as exc:
        try:
            values = [json5.loads(part) for part in split_documents(text)]
        except ValueError:
            values = []
        if len(values) < 2:
            found.unparsable.append(case_id)
            yield Case(case_id, kind, schema, model, parse_error=f"{type(exc).__name__}: {exc}")
            return
        found.multi_document.append(f"{case_id} ({len(values)} documents)")
        for number, part_value in enumerate(values, 1):
            note = f"document {number} of {len(values)} in one example text"
            yield Case(f"{case_id}#{number}", kind, schema, model, part_value, note=note)
        return
    found.parsed_whole[kind] += 1
    yield Case(case_id, kind, schema, model, value)


def value_case(found: Found, case_id: str, kind: str, schema: str, value: Any) -> Case:
    """A case for an example given as a YAML value (the ``example`` keyword), not as text."""
    found.by_kind[kind] += 1
    found.parsed_whole[kind] += 1
    return Case(case_id, kind, schema, model_name(spec(), schema), value)


def keyword_cases(found: Found, node: Any, pointer: str) -> Iterator[Case]:
    """``example`` / ``examples`` keywords below ``node`` (``x-oaiMeta`` excluded)."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from keyword_cases(found, item, f"{pointer}/{index}")
        return
    if not isinstance(node, dict):
        return
    is_media = "schema" in node and not pointer.endswith("/properties")
    target = f"{pointer}/schema" if is_media else pointer
    label = pointer.removeprefix("/components/schemas/")
    if "example" in node and not pointer.endswith("/properties"):
        yield value_case(found, f"keyword:{label}", "keyword", target, node["example"])
    examples = node.get("examples") if not pointer.endswith("/properties") else None
    if isinstance(examples, list) and not is_media:  # JSON Schema: a list of values
        for index, value in enumerate(examples):
            yield value_case(found, f"keyword:{label}/examples/{index}", "keyword", target, value)
    elif isinstance(examples, dict) and is_media:  # OpenAPI: name -> Example Object
        for name, example in examples.items():
            if isinstance(example, dict) and "value" in example:
                case_id = f"keyword:{label}/examples/{name}"
                yield value_case(found, case_id, "keyword", target, example["value"])
    for key, value in node.items():
        if key not in ("x-oaiMeta", "example", "examples"):
            yield from keyword_cases(found, value, f"{pointer}/{escape(key)}")


def success_media(operation: dict[str, Any], pointer: str) -> tuple[str, str] | None:
    """(media type, schema pointer) of the first 2xx response with content."""
    for status, response in sorted(operation.get("responses", {}).items()):
        if str(status).startswith("2"):
            for media_type in response.get("content", {}):
                return (
                    media_type,
                    f"{pointer}/responses/{status}/content/{escape(media_type)}/schema",
                )
    return None


def operation_cases(
    found: Found, path: str, method: str, operation: dict[str, Any]
) -> Iterator[Case]:
    doc = spec()
    pointer = f"/paths/{escape(path)}/{method}"
    op_id = operation.get("operationId", f"{method} {path}")
    examples = operation.get("x-oaiMeta", {}).get("examples", {})
    response = examples.get("response") if isinstance(examples, dict) else None
    media = success_media(operation, pointer)
    if isinstance(response, str) and media is not None:
        media_type, schema = media
        model = model_name(doc, schema)
        case_id = f"response:{op_id}"
        if JSON_MEDIA.match(media_type):
            yield from text_cases(found, case_id, "response", schema, model, response)
        else:  # e.g. the SDP answer: the text is the body
            found.by_kind["response"] += 1
            found.parsed_whole["response"] += 1
            yield Case(case_id, "response", schema, model, response, note=media_type)
    request = examples.get("request") if isinstance(examples, dict) else None
    curl = request.get("curl") if isinstance(request, dict) else request
    content = operation.get("requestBody", {}).get("content", {})
    if isinstance(curl, str):
        body = CURL_BODY.search(curl)
        if body and "application/json" in content:
            schema = f"{pointer}/requestBody/content/application~1json/schema"
            yield from text_cases(
                found, f"request:{op_id}", "request", schema, model_name(doc, schema), body["body"]
            )
        for part in CURL_JSON_PART.finditer(curl):
            form = next(
                (f"{pointer}/requestBody/content/{escape(m)}/schema" for m in content), None
            )
            if form is None:
                continue
            schema = f"{through_ref(doc, form)}/properties/{part['name']}"
            case_id = f"request:{op_id}:{part['name']}"
            yield from text_cases(
                found, case_id, "request", schema, model_name(doc, schema), part["body"]
            )


@functools.cache
def collect() -> tuple[tuple[Case, ...], Found]:
    """Every example of the document as cases, and what was found on the way."""
    doc = spec()
    found = Found()
    cases: list[Case] = []
    for name, schema in doc["components"]["schemas"].items():
        example = schema.get("x-oaiMeta", {}).get("example")
        if example is not None:
            pointer = f"/components/schemas/{escape(name)}"
            model = model_name(doc, pointer)
            case_id = f"schema:{name}"
            if isinstance(example, str):
                cases.extend(text_cases(found, case_id, "schema", pointer, model, example))
            else:
                found.by_kind["schema"] += 1
                found.parsed_whole["schema"] += 1
                cases.append(Case(case_id, "schema", pointer, model, example))
    for path, item in doc["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                cases.extend(operation_cases(found, path, method, operation))
    cases.extend(keyword_cases(found, doc["components"], "/components"))
    cases.extend(keyword_cases(found, doc["paths"], "/paths"))
    return tuple(cases), found


# ----------------------------------------------------------------------------------------------
# Validation and round trips
# ----------------------------------------------------------------------------------------------


def validation_errors(which: str, pointer: str, value: Any) -> list[jsonschema.ValidationError]:
    """The errors of ``value`` against ``pointer`` in the ``"subset"`` or ``"upstream"`` spec
    (conftest's validator)."""
    document = spec() if which == "subset" else upstream_spec()
    return list(schema_validator(pointer, document).iter_errors(value))


def describe(errors: list[jsonschema.ValidationError]) -> str:
    error = best_match(errors)
    where = error.json_path
    message = error.message if len(error.message) <= 160 else error.message[:157] + "..."
    more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {message}{more}"


def differences(a: Any, b: Any, path: str = "$") -> list[str]:
    """Paths where two JSON values differ (for a readable round-trip failure)."""
    if isinstance(a, dict) and isinstance(b, dict):
        out: list[str] = []
        for key in sorted(a.keys() | b.keys()):
            if key not in a or key not in b:
                out.append(
                    f"{path}.{key}: {'missing after' if key in a else 'added by'} round trip"
                )
            else:
                out.extend(differences(a[key], b[key], f"{path}.{key}"))
        return out
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [
            d
            for i, (x, y) in enumerate(zip(a, b, strict=True))
            for d in differences(x, y, f"{path}[{i}]")
        ]
    return [] if a == b else [f"{path}: {a!r} -> {b!r}"]


def round_trip(model: str, value: Any) -> str | None:
    """``None`` when ``Model.from_dict(value).to_dict() == value``, else what went wrong."""
    cls = getattr(models, model)
    try:
        back = cls.from_dict(copy.deepcopy(value)).to_dict()
    except Exception as exc:  # any exception is the finding
        return f"from_dict/to_dict raised {type(exc).__name__}: {exc}"
    if back == value:
        return None
    return "changed by the round trip: " + "; ".join(differences(value, back)[:5])


@dataclass(frozen=True)
class Outcome:
    valid: bool | None  # None: not parsed
    error: str = ""  # why invalid
    valid_upstream: bool | None = None  # None: not checked (valid here, or not in upstream)
    round_trip: str | None = None  # None: round-tripped or not attempted
    round_tripped: bool = False


@functools.cache
def outcome(case_id: str) -> Outcome:
    case = CASES_BY_ID[case_id]
    if case.parse_error is not None:
        return Outcome(valid=None, error=case.parse_error)
    errors = validation_errors("subset", case.schema, case.value)
    problem = round_trip(case.model, case.value) if case.model else None
    tripped = case.model is not None and problem is None
    if not errors:
        return Outcome(valid=True, round_trip=problem, round_tripped=tripped)
    try:
        upstream_ok = not validation_errors("upstream", case.schema, case.value)
    except (KeyError, referencing.exceptions.Unresolvable):
        upstream_ok = None
    return Outcome(False, describe(errors), upstream_ok, problem, tripped)


CASES, FOUND = collect()
CASES_BY_ID = {case.id: case for case in CASES}


def params() -> list[Any]:
    out = []
    for case in CASES:
        marks = []
        if case.id in KNOWN_ROUND_TRIP_FAILURES:
            reason = KNOWN_ROUND_TRIP_FAILURES[case.id]
            marks.append(pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason))
        out.append(pytest.param(case, id=case.id, marks=marks))
    return out


# ----------------------------------------------------------------------------------------------
# Tests
# ----------------------------------------------------------------------------------------------


def test_case_ids_are_unique() -> None:
    assert len(CASES_BY_ID) == len(CASES)


def test_walk_misses_no_example() -> None:
    """An independent scan of the whole document finds as many examples as the walk."""
    meta = keyword = 0

    def scan(node: Any, in_meta: bool, parent_key: str) -> None:
        nonlocal meta, keyword
        if isinstance(node, list):
            for item in node:
                scan(item, in_meta, "")
            return
        if not isinstance(node, dict):
            return
        if in_meta:
            meta += "example" in node
            meta += isinstance(node.get("examples"), dict) and "response" in node["examples"]
        elif parent_key != "properties":
            keyword += "example" in node
            examples = node.get("examples")
            keyword += len(examples) if isinstance(examples, list | dict) else 0
        for key, value in node.items():
            scan(value, in_meta or key == "x-oaiMeta", key)

    scan(spec(), False, "")
    assert meta == FOUND.by_kind["schema"] + FOUND.by_kind["response"]
    assert keyword == FOUND.by_kind["keyword"]
    curl_bodies = sum(
        len(CURL_BODY.findall(op["x-oaiMeta"]["examples"]["request"].get("curl", "")))
        + len(CURL_JSON_PART.findall(op["x-oaiMeta"]["examples"]["request"].get("curl", "")))
        for item in spec()["paths"].values()
        for op in item.values()
        if isinstance(op.get("x-oaiMeta", {}).get("examples", {}).get("request"), dict)
    )
    assert curl_bodies == FOUND.by_kind["request"]


@pytest.mark.parametrize("case", params())
def test_example(case: Case) -> None:
    result = outcome(case.id)
    if result.valid is None:
        pytest.xfail(f"not parsable as JSON5: {result.error}")
    if not result.valid:
        assert result.valid_upstream is not True, (
            f"{case.id} is valid against the upstream schema but not against openapi.yaml: "
            f"a transformation in generator/cut_subset.py broke it ({result.error})"
        )
        pytest.xfail(f"invalid against its own schema, upstream too: {result.error}")
    if case.model is None:
        assert not isinstance(case.value, dict | list), (
            f"{case.id}: a structured example but no generated class for {case.schema}"
        )
        return
    assert result.round_trip is None, f"{case.id} via {case.model}: {result.round_trip}"


class _SummarySection:
    """Prints the summary in pytest's terminal summary (registered by ``test_summary``)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        terminalreporter.section("spec examples (tests/test_spec_examples.py)")
        for line in self.lines:
            terminalreporter.write_line(line)


def summary_lines(*, detailed: bool) -> list[str]:
    """The counts table and the lists behind it; ``detailed`` adds each validation error."""
    results = {case.id: outcome(case.id) for case in CASES}
    lines = ["kind      found  parsed-whole  cases  valid  invalid  round-tripped  no-class"]
    for kind in MIN_FOUND:
        cases = [c for c in CASES if c.kind == kind and results[c.id].valid is not None]
        valid = [c for c in cases if results[c.id].valid]
        lines.append(
            f"{kind:<9} {FOUND.by_kind[kind]:>5}  {FOUND.parsed_whole[kind]:>12}  {len(cases):>5}  "
            f"{len(valid):>5}  {len(cases) - len(valid):>7}  "
            f"{sum(results[c.id].round_tripped for c in valid):>13}  "
            f"{sum(c.model is None for c in valid):>8}"
        )
    multi = ", ".join(FOUND.multi_document) or "none"
    lines.append(f"several JSON documents in one example text (split): {multi}")
    lines.append(f"unparsable: {', '.join(FOUND.unparsable) or 'none'}")
    invalid = [case for case in CASES if results[case.id].valid is False]
    lines.append(f"invalid against their own schema ({len(invalid)}):")
    upstream = {True: "VALID upstream", False: "upstream too", None: "not in upstream"}
    for case in invalid:
        result = results[case.id]
        tripped = "; round-trips anyway" if result.round_tripped else ""
        detail = f": {result.error}" if detailed else ""
        lines.append(f"  {case.id} [{upstream[result.valid_upstream]}{tripped}]{detail}")
    failing = [c for c in CASES if results[c.id].valid and results[c.id].round_trip]
    lines.append(f"valid but not round-tripping ({len(failing)}):")
    lines.extend(f"  {case.id} via {case.model}: {results[case.id].round_trip}" for case in failing)
    no_class = [case.id for case in CASES if results[case.id].valid and case.model is None]
    lines.append(f"valid, no generated class (validated only): {', '.join(no_class) or 'none'}")
    return lines


def test_summary(request: pytest.FixtureRequest) -> None:
    print("\n".join(["", "spec examples:", *summary_lines(detailed=True)]))
    manager = request.config.pluginmanager
    if not manager.has_plugin("spec-examples-summary"):
        manager.register(_SummarySection(summary_lines(detailed=False)), "spec-examples-summary")

    results = {case.id: outcome(case.id) for case in CASES}
    for kind, minimum in MIN_FOUND.items():
        assert FOUND.by_kind[kind] >= minimum, (
            f"fewer {kind} examples found than the {minimum} measured"
        )
    round_tripped = sum(r.round_tripped and r.valid is True for r in results.values())
    assert round_tripped >= MIN_ROUND_TRIPPED, f"only {round_tripped} examples round-trip"
    invalid = sum(r.valid is False for r in results.values())
    assert invalid <= MAX_INVALID, f"{invalid} examples are invalid against their own schema"
    assert not [cid for cid, r in results.items() if r.valid is False and r.valid_upstream]
    failing = {cid for cid, r in results.items() if r.valid and r.round_trip}
    assert failing == set(KNOWN_ROUND_TRIP_FAILURES)
