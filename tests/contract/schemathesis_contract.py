"""Schemathesis contract run: every ``/realtime`` operation of ``openapi.yaml`` against a server.

Usage (``make contract`` runs the first form)::

    python tests/contract/schemathesis_contract.py          # in-process LocalRealtimeServer
    CONTRACT_BASE_URL=http://127.0.0.1:8765/v1 CONTRACT_API_KEY=sk-... \\
        python tests/contract/schemathesis_contract.py      # any server speaking the protocol

Environment variables (all optional):

``CONTRACT_BASE_URL``
    REST base URL of the server under test (the one ending in ``/v1``). Unset: a
    :class:`~openai_realtime.server.LocalRealtimeServer` is started on 127.0.0.1 (a real socket on
    a free port) for the run.
``CONTRACT_API_KEY``
    Bearer key for that server (for the in-process server: the key it is started with, default
    :data:`LOCAL_KEY`).
``CONTRACT_MAX_EXAMPLES``
    Hypothesis examples per operation and phase (default :data:`DEFAULT_MAX_EXAMPLES`).
``CONTRACT_SEED``
    Seed of the run (default :data:`DEFAULT_SEED`: the same cases every time).

What runs: Schemathesis' engine (the one behind ``schemathesis run``) with its four phases
(examples, coverage, fuzzing, stateful), positive *and* negative data, every check it has
(``not_a_server_error``, ``status_code_conformance``, ``content_type_conformance``,
``response_headers_conformance``, ``response_schema_conformance`` with format validation,
``negative_data_rejection``, ``positive_data_acceptance``, ``missing_required_header``,
``unsupported_method``, ``allow_header_conformance``, ``ignored_auth``, ...), bearer auth with the
key, one worker, a fixed seed and a bounded number of examples.

The spec is the committed ``openapi.yaml`` with two in-memory annotations for what upstream leaves
out (nothing is written back; see :func:`contract_spec`):

1. **The error response.** Upstream declares no error response at all, yet every OpenAI error is
   ``{"error": {"message", "type", "param", "code"}}`` with a 4xx status. Each operation gets a
   ``4XX`` response with that schema (:data:`ERROR_SCHEMA`): a 400 for an invalid body is then
   *documented*, and its body is *checked* against the OpenAI error shape.
2. **Discriminator mappings.** Upstream unions have ``discriminator: {propertyName: type}``
   without ``mapping``; by the OpenAPI rules the implicit values are then the schema *names*
   (``RealtimeSessionCreateResponseGA``), whereas the wire values are the members' ``type``
   constants (``realtime``). The mapping is derived from those constants, as the project's
   dispatch-table step does.

Operations the server answers **501 Not Implemented** (probed once, with auth and an empty JSON
body, before the run) are not fuzzed but listed as such in the table, so the run follows the
server as operations get implemented.

The local server's request-side relaxations (``server/spec.py``: ``RELAXED_REQUIRED`` drops
``client_secret`` from ``RealtimeSessionCreateRequest.required``; ``RELAXED_ONE_OF`` reads
``conversation``'s ``oneOf`` as ``anyOf``) need no exclusion: the committed subset already drops
that ``required`` entry (transformation ``client_secret_not_required_in_session_request``), so
Schemathesis never considers a body without ``client_secret`` invalid, and ``conversation`` is in
``RealtimeResponseCreateParams``, which no REST request body reaches. :data:`EXCLUDED_CHECKS` is
therefore empty; if a relaxation ever trips negative testing, exclude that one check for that one
operation there, with the reason.

Known failures (:data:`KNOWN_FAILURES`) are *strict expected failures*: failed checks they match
are reported as ``xfail`` instead of failing the run, and in a default run against the local
server each must still be reproduced (else the run fails: it was fixed, remove the entry). A
``spec limit`` (a rule the schema cannot express, e.g. that ``sdp`` must be an SDP offer) applies
to every target; a ``local server bug`` only to the in-process server.

Output: a table with one row per operation and one column per check (``passed/failed`` check
runs), and the number of examples (test cases) per operation; then each distinct failure with the
schema location and the response. Exit status 1 on any unexpected failure, unreproduced known bug
or engine error.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

import httpx
import schemathesis
import yaml
from schemathesis.engine import events

ROOT: Final = Path(__file__).resolve().parents[2]
SPEC_PATH: Final = ROOT / "openapi.yaml"

LOCAL_KEY: Final = "sk-contract-local"
"""The key the in-process local server is started with (unless ``CONTRACT_API_KEY`` says)."""

DEFAULT_MAX_EXAMPLES: Final = 25
DEFAULT_SEED: Final = 20240917

ERROR_SCHEMA_NAME: Final = "ContractOpenAIErrorResponse"
ERROR_SCHEMA: Final[Mapping[str, Any]] = {
    "type": "object",
    "description": "The OpenAI error body (added by the contract run; upstream declares none).",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["message", "type", "param", "code"],
            "properties": {
                "message": {"type": "string", "minLength": 1},
                "type": {"type": "string", "minLength": 1},
                "param": {"type": ["string", "null"]},
                "code": {"type": ["string", "null"]},
            },
        }
    },
}

EXCLUDED_CHECKS: Final[Mapping[str, frozenset[str]]] = {}
"""Operation label -> checks not run for it, each with its reason in a comment (none needed)."""

HTTP_METHODS: Final = frozenset({"get", "put", "post", "delete", "patch"})


# --------------------------------------------------------------------------- the spec


def _const_value(schema: Mapping[str, Any], prop: str) -> str | None:
    """The single wire value of ``schema.properties[prop]`` (``const`` or one-value ``enum``)."""
    node = schema.get("properties", {}).get(prop, {})
    if "const" in node:
        return str(node["const"])
    enum = node.get("enum")
    if isinstance(enum, list) and len(enum) == 1:
        return str(enum[0])
    return None


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def add_discriminator_mappings(spec: dict[str, Any]) -> int:
    """Give each ``discriminator`` without ``mapping`` the mapping read from its members'
    constants; returns how many were added. A union with a member whose value cannot be read
    (inline schema, no constant, a value shared by two members) is left as it is."""
    schemas = spec["components"]["schemas"]
    added = 0
    for node in _walk(spec):
        disc = node.get("discriminator")
        if not isinstance(disc, dict) or "mapping" in disc:
            continue
        mapping: dict[str, str] = {}
        for member in node.get("oneOf") or node.get("anyOf") or []:
            ref = member.get("$ref", "") if isinstance(member, dict) else ""
            target = schemas.get(ref.rsplit("/", 1)[-1]) if ref else None
            value = _const_value(target, disc["propertyName"]) if target else None
            if value is None or value in mapping:
                mapping = {}
                break
            mapping[value] = ref
        if mapping:
            disc["mapping"] = mapping
            added += 1
    return added


def add_error_responses(spec: dict[str, Any]) -> int:
    """Document the OpenAI error body as the ``4XX`` response of every operation; returns the
    number of operations annotated."""
    spec["components"]["schemas"][ERROR_SCHEMA_NAME] = copy.deepcopy(dict(ERROR_SCHEMA))
    count = 0
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method.lower() in HTTP_METHODS:
                ref = {"$ref": f"#/components/schemas/{ERROR_SCHEMA_NAME}"}
                error = {
                    "description": "OpenAI error",
                    "content": {"application/json": {"schema": ref}},
                }
                operation["responses"].setdefault("4XX", error)
                count += 1
    return count


def contract_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    """``openapi.yaml`` with the two contract annotations of the module docstring (in memory)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spec: dict[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    add_error_responses(spec)
    add_discriminator_mappings(spec)
    return spec


def operations(spec: Mapping[str, Any]) -> list[tuple[str, str]]:
    """``(label, path)`` of every operation; the label as Schemathesis writes it (``POST /x``)."""
    return [
        (f"{method.upper()} {path}", path)
        for path, item in spec["paths"].items()
        for method in item
        if method.lower() in HTTP_METHODS
    ]


# --------------------------------------------------------------------------- the target


@dataclasses.dataclass(frozen=True)
class Target:
    """The server under test: REST base URL (``.../v1``), API key, and whether it is the
    in-process local server (the only one local-server bugs in :data:`KNOWN_FAILURES` apply to)."""

    base_url: str
    api_key: str
    local: bool


@contextmanager
def target_from_env(env: Mapping[str, str] = os.environ) -> Iterator[Target]:
    """The server named by ``CONTRACT_BASE_URL``/``CONTRACT_API_KEY``, or else an in-process
    :class:`~openai_realtime.server.LocalRealtimeServer` on 127.0.0.1 for the duration."""
    base_url = env.get("CONTRACT_BASE_URL", "").strip()
    if base_url:
        key = env.get("CONTRACT_API_KEY", "")
        if not key:
            raise SystemExit("CONTRACT_BASE_URL is set: set CONTRACT_API_KEY to its API key too")
        yield Target(base_url.rstrip("/"), key, local=False)
        return
    from openai_realtime.server import LocalRealtimeServer, ServerConfig

    key = env.get("CONTRACT_API_KEY") or LOCAL_KEY
    with LocalRealtimeServer(ServerConfig(api_keys=frozenset({key}))) as server:
        yield Target(server.base_url, key, local=True)


def probe_not_implemented(target: Target, spec: Mapping[str, Any]) -> dict[str, str]:
    """Operations the server answers 501 to (authenticated, empty JSON body, path parameters
    filled with a placeholder): label -> the error message."""
    found: dict[str, str] = {}
    headers = {"Authorization": f"Bearer {target.api_key}"}
    with httpx.Client(base_url=target.base_url, headers=headers, timeout=10) as http:
        for label, path in operations(spec):
            method = label.split(" ", 1)[0]
            response = http.request(
                method, path.replace("{call_id}", "rtc_contract_probe"), json={}
            )
            if response.status_code == 501:
                try:
                    found[label] = str(response.json()["error"]["message"])
                except (ValueError, KeyError, TypeError):
                    found[label] = response.text[:120]
    return found


# --------------------------------------------------------------------------- known failures


@dataclasses.dataclass(frozen=True)
class Observed:
    """One failed check, as the known-failure predicates see it."""

    operation: str
    check: str
    code: str
    message: str
    body: Any
    status: int | None
    response: Any

    @property
    def error_param(self) -> Any:
        """``error.param`` of an OpenAI error response, else ``None``."""
        error = self.response.get("error") if isinstance(self.response, dict) else None
        return error.get("param") if isinstance(error, dict) else None

    @property
    def error_code(self) -> Any:
        """``error.code`` of an OpenAI error response, else ``None``."""
        error = self.response.get("error") if isinstance(self.response, dict) else None
        return error.get("code") if isinstance(error, dict) else None


@dataclasses.dataclass(frozen=True)
class KnownFailure:
    """A failure a default run reproduces, and why it is expected.

    ``kind`` is ``"spec limit"`` (the schema cannot say what every server must refuse: applies to
    any target) or ``"local server bug"`` (applies to the in-process server only, until fixed).
    ``matches`` picks exactly the failed checks it explains.
    """

    key: str
    kind: str
    reason: str
    matches: Callable[[Observed], bool]


KNOWN_FAILURES: Final[tuple[KnownFailure, ...]] = (
    KnownFailure(
        "sdp-offer-must-be-sdp",
        "spec limit",
        "POST /realtime/calls: the schema types the multipart `sdp` part as any string, but only "
        "a real SDP offer can be answered, so Schemathesis' random strings get 400 `invalid_sdp` "
        "(positive_data_acceptance); the same holds for OpenAI",
        lambda seen: (
            seen.operation == "POST /realtime/calls"
            and seen.code == "ST202"
            and seen.status == 400
            and seen.error_param == "sdp"
        ),
    ),
    KnownFailure(
        "beta-audio-format-names",
        "spec limit",
        "POST /realtime/sessions and /realtime/transcription_sessions: the schema types "
        "`input_audio_format`/`output_audio_format` as any string (the values pcm16, g711_ulaw, "
        "g711_alaw are only listed in the description); other strings get 400, as from OpenAI "
        "(positive_data_acceptance)",
        lambda seen: (
            seen.code == "ST202"
            and seen.status == 400
            and seen.error_param in ("input_audio_format", "output_audio_format")
        ),
    ),
    KnownFailure(
        "transcription-model-names",
        "spec limit",
        "POST /realtime/client_secrets, /realtime/sessions and /realtime/transcription_sessions: "
        "the schema types the input transcription `model` as any string (anyOf: string, enum); "
        "a model OpenAI does not offer gets 400 invalid_value naming the supported values, from "
        "OpenAI and from the local server (ServerConfig.transcription_models) "
        "(positive_data_acceptance)",
        lambda seen: (
            seen.code == "ST202"
            and seen.status == 400
            and (seen.error_param or "").endswith("transcription.model")
        ),
    ),
)
"""Strict expected failures (see the module docstring). Local-server bugs found and fixed so
far: 405 without ``Allow``; 500 on ``modalities: null``; request ``format`` not asserted."""


def known_failures_for(target: Target) -> tuple[KnownFailure, ...]:
    """The entries of :data:`KNOWN_FAILURES` that apply to ``target``."""
    return tuple(k for k in KNOWN_FAILURES if target.local or k.kind == "spec limit")


# --------------------------------------------------------------------------- the run


@dataclasses.dataclass
class OperationResult:
    """What the run measured for one operation."""

    label: str
    not_implemented: str | None = None
    cases: set[str] = dataclasses.field(default_factory=set)
    passed: Counter[str] = dataclasses.field(default_factory=Counter)
    failed: Counter[str] = dataclasses.field(default_factory=Counter)
    xfailed: Counter[str] = dataclasses.field(default_factory=Counter)
    errors: Counter[str] = dataclasses.field(default_factory=Counter)


@dataclasses.dataclass
class Report:
    """The outcome of a contract run."""

    target: Target
    seed: int
    max_examples: int
    results: dict[str, OperationResult]
    failures: list[str]
    known: dict[str, int]
    unreproduced: list[str]
    engine_errors: list[str]
    server_log: Counter[str]
    elapsed_s: float

    @property
    def ok(self) -> bool:
        """No unexpected failure, every known bug reproduced, no engine error."""
        return not (self.failures or self.unreproduced or self.engine_errors)

    def checks(self) -> list[str]:
        """Names of the checks that ran, sorted."""
        names: set[str] = set()
        for r in self.results.values():
            names |= set(r.passed) | set(r.failed) | set(r.xfailed) | set(r.errors)
        return sorted(names)


@schemathesis.serializer("application/sdp")
def _sdp_serializer(ctx: schemathesis.SerializationContext, value: Any) -> bytes:
    """An SDP offer is text. Schemathesis has no serializer for ``application/sdp`` (the
    ``encoding`` of the multipart ``sdp`` part of ``POST /realtime/calls``); without one its
    stateful phase stops with "Serialization not possible" when it reaches that operation."""
    return value if isinstance(value, bytes) else str(value).encode("utf-8", "surrogatepass")


def build_config(
    target: Target, *, seed: int, max_examples: int, exclude: Mapping[str, frozenset[str]]
) -> schemathesis.Config:
    """The Schemathesis configuration (what ``schemathesis.toml`` would hold, as a dict)."""
    data: dict[str, Any] = {
        "seed": seed,
        "base-url": target.base_url,
        "workers": 1,
        "continue-on-failure": True,
        "request-timeout": 10,
        "auth": {"openapi": {"ApiKeyAuth": {"bearer": target.api_key}}},
        "generation": {
            "mode": "all",
            "max-examples": max_examples,
            "database": "none",
            "deterministic": True,
        },
        "checks": {"enabled": True},
        "phases": {"enabled": True},
    }
    if target.local:
        # LocalRealtimeServer binds its socket with proto 0, so asyncio does not set TCP_NODELAY
        # on the accepted connections: every response after the first on a kept-alive
        # connection then waits ~40 ms (Nagle + delayed ACK), 2000 requests ~80 s. A fresh
        # connection per request avoids it (reported to the server owner; drop when fixed).
        data["headers"] = {"Connection": "close"}
    overrides = [
        {"include-name": label, "checks": {name: {"enabled": False} for name in sorted(names)}}
        for label, names in exclude.items()
    ]
    if overrides:
        data["operations"] = overrides
    return schemathesis.Config.from_dict(data)


class _LogCounter(logging.Handler):
    """Counts the local server's log records (instead of printing 1000 tracebacks)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen: Counter[str] = Counter()

    def emit(self, record: logging.LogRecord) -> None:
        summary = record.getMessage().splitlines()[0][:120]
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            summary += f" ({type(exc).__name__}: {str(exc)[:80]})"
        self.seen[f"{record.name} {record.levelname}: {summary}"] += 1


@contextmanager
def _captured_server_logs(enabled: bool) -> Iterator[Counter[str]]:
    counter = _LogCounter()
    if not enabled:
        yield counter.seen
        return
    loggers = [logging.getLogger(n) for n in ("openai_realtime.server", "uvicorn.error")]
    saved = [(lg.propagate, lg.handlers[:]) for lg in loggers]
    for lg in loggers:
        lg.handlers, lg.propagate = [counter], False
    try:
        yield counter.seen
    finally:
        for lg, (propagate, handlers) in zip(loggers, saved, strict=True):
            lg.handlers, lg.propagate = handlers, propagate


def run_contract(
    target: Target,
    *,
    seed: int = DEFAULT_SEED,
    max_examples: int = DEFAULT_MAX_EXAMPLES,
    spec: Mapping[str, Any] | None = None,
    only: set[str] | None = None,
    known: tuple[KnownFailure, ...] | None = None,
) -> Report:
    """Run Schemathesis against ``target``; collect per-operation results.

    ``only`` limits the run to those operation labels. ``known`` defaults to
    :func:`known_failures_for` the target; they are strict (each must be reproduced) only for a
    full default run against the local server.
    """
    started = time.perf_counter()
    spec = copy.deepcopy(dict(spec if spec is not None else contract_spec()))
    if known is None:
        known = known_failures_for(target)
    labels = [label for label, _ in operations(spec) if only is None or label in only]
    results = {label: OperationResult(label) for label in labels}
    for label, message in probe_not_implemented(target, spec).items():
        if label in results:
            results[label].not_implemented = message
    tested = [label for label in labels if results[label].not_implemented is None]
    collector = _Collector(results, known)
    engine_errors: list[str] = []
    with _captured_server_logs(target.local) as server_log:
        if tested:
            config = build_config(
                target, seed=seed, max_examples=max_examples, exclude=EXCLUDED_CHECKS
            )
            schema = schemathesis.openapi.from_dict(spec, config=config).include(name=tested)
            for event in schemathesis.engine.from_schema(schema).execute():
                if isinstance(event, events.ScenarioFinished):
                    collector.collect(event.recorder)
                elif isinstance(event, events.NonFatalError):
                    engine_errors.append(f"{event.label}: {event.info.format()}")
                elif isinstance(event, events.FatalError):
                    engine_errors.append(f"fatal: {event.exception!r}")
    strict = (
        target.local
        and only is None
        and seed == DEFAULT_SEED
        and max_examples == DEFAULT_MAX_EXAMPLES
    )
    unreproduced = [
        f"{entry.key}: {entry.reason}"
        for entry in known
        if strict and not collector.known.get(entry.key)
    ]
    return Report(
        target=target,
        seed=seed,
        max_examples=max_examples,
        results=results,
        failures=collector.failures,
        known=collector.known,
        unreproduced=unreproduced,
        engine_errors=engine_errors,
        server_log=server_log,
        elapsed_s=time.perf_counter() - started,
    )


class _Collector:
    """Folds the recorders of finished scenarios into :class:`OperationResult` counts, sorting
    failed checks into known bugs and (distinct) unexpected failures."""

    def __init__(
        self, results: dict[str, OperationResult], known: tuple[KnownFailure, ...]
    ) -> None:
        self.results = results
        self.known_failures = known
        self.known: dict[str, int] = {}
        self.failures: list[str] = []
        self._seen: set[tuple[str, str, str]] = set()

    def collect(self, recorder: Any) -> None:
        for case_id, checks in recorder.checks.items():
            node = recorder.cases.get(case_id)
            result = self.results.get(node.value.operation.label) if node else None
            if result is None:
                continue
            result.cases.add(case_id)
            for check in checks:
                status = str(check.status)
                if status == "success":
                    result.passed[check.name] += 1
                elif status == "failure":
                    self._failure(recorder, case_id, result, check)
                else:
                    result.errors[check.name] += 1

    def _failure(self, recorder: Any, case_id: str, result: OperationResult, check: Any) -> None:
        failure = check.failure_info.failure
        failing_id = failure.case_id or case_id
        node = recorder.cases.get(failing_id)
        body = getattr(node.value, "body", None) if node else None
        response = recorder.find_response(case_id=failing_id)
        try:
            parsed = response.json() if response is not None else None
        except Exception:
            parsed = None
        seen = Observed(
            operation=result.label,
            check=check.name,
            code=failure.code,
            message=f"{failure.title}\n{failure.message}",
            body=body,
            status=response.status_code if response is not None else None,
            response=parsed,
        )
        for entry in self.known_failures:
            if entry.matches(seen):
                result.xfailed[check.name] += 1
                self.known[entry.key] = self.known.get(entry.key, 0) + 1
                return
        result.failed[check.name] += 1
        key = (result.label, check.name, failure.title)
        if key in self._seen:
            return
        self._seen.add(key)
        lines = [f"{result.label}: {check.name} [{failure.code}] {failure.title}"]
        lines += [f"    {line}" for line in str(failure.message).strip().splitlines()[:40]]
        if body is not None:
            lines.append(f"    request body: {str(body)[:300]}")
        if response is not None:
            text = (response.content or b"").decode("utf-8", "replace")
            lines.append(f"    -> HTTP {response.status_code}: {text[:400]}")
        self.failures.append("\n".join(lines))


# --------------------------------------------------------------------------- the table


SHORT_CHECK_NAMES: Final[Mapping[str, str]] = {
    "allow_header_conformance": "allow hdr",
    "content_type_conformance": "content type",
    "ensure_resource_availability": "available",
    "ignored_auth": "auth",
    "missing_required_header": "req header",
    "negative_data_rejection": "neg rejected",
    "not_a_server_error": "no 5xx",
    "object_level_authorization": "obj auth",
    "positive_data_acceptance": "pos accepted",
    "response_headers_conformance": "resp headers",
    "response_schema_conformance": "resp schema",
    "status_code_conformance": "status code",
    "unsupported_method": "bad method",
    "use_after_free": "after free",
}


def render_table(report: Report) -> str:
    """One row per operation, one column per check (``passed/failed``, ``+N xf`` for known
    bugs), then the number of examples; 501 operations get one explanatory cell."""
    checks = report.checks()
    headers = ["operation", *(SHORT_CHECK_NAMES.get(c, c) for c in checks), "examples"]
    rows: list[list[str]] = []
    for r in report.results.values():
        if r.not_implemented is not None:
            rows.append([r.label, "501 Not Implemented: not fuzzed"])
            continue
        cells = [r.label]
        for check in checks:
            ran = r.passed[check] + r.failed[check] + r.xfailed[check] + r.errors[check]
            cell = f"{r.passed[check]}/{r.failed[check]}" if ran else "-"
            cell += f"+{r.xfailed[check]}xf" if r.xfailed[check] else ""
            cell += f"+{r.errors[check]}err" if r.errors[check] else ""
            cells.append(cell + (" !" if r.failed[check] or r.errors[check] else ""))
        rows.append([*cells, str(len(r.cases))])
    widths = [len(h) for h in headers]
    for row in rows:
        if len(row) == len(headers):
            widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    widths[0] = max(len(row[0]) for row in [headers, *rows])

    def line(cells: list[str]) -> str:
        if len(cells) != len(headers):
            return f"{cells[0]:<{widths[0]}} | {cells[1]}".rstrip()
        rest = [f"{c:>{w}}" for c, w in zip(cells[1:], widths[1:], strict=True)]
        return " | ".join([f"{cells[0]:<{widths[0]}}", *rest])

    out = [line(headers), "-+-".join("-" * w for w in widths), *(line(row) for row in rows)]
    examples = sum(len(r.cases) for r in report.results.values())
    passed = sum(sum(r.passed.values()) for r in report.results.values())
    failed = sum(sum(r.failed.values()) for r in report.results.values())
    xfailed = sum(sum(r.xfailed.values()) for r in report.results.values())
    where = report.target.base_url + (" (in-process local server)" if report.target.local else "")
    out.append(
        f"cells: passed/failed check runs, +Nxf = expected failure (strict), ! = failure. "
        f"{examples} examples, {passed} checks passed, {failed} failed, {xfailed} xfail; "
        f"seed {report.seed}, max {report.max_examples} examples per operation and phase; "
        f"{report.elapsed_s:.1f} s against {where}"
    )
    return "\n".join(out)


def render_report(report: Report) -> str:
    """The table, then known bugs, failures, engine errors, server log counts and the verdict."""
    out = [render_table(report)]
    if report.known:
        out.append("\nexpected failures (strict):")
        entries = {entry.key: entry for entry in KNOWN_FAILURES}
        out += [
            f"  xfail {key} [{entries[key].kind}] ({count} check runs): {entries[key].reason}"
            for key, count in report.known.items()
        ]
    if report.unreproduced:
        out.append("\nexpected failures NOT reproduced (fixed? remove them from KNOWN_FAILURES):")
        out += [f"  XPASS {entry}" for entry in report.unreproduced]
    if report.failures:
        out.append(f"\n{len(report.failures)} distinct failure(s):")
        out += report.failures
    if report.engine_errors:
        out.append(f"\n{len(report.engine_errors)} engine error(s):")
        out += report.engine_errors
    if report.server_log:
        out.append("\nlocal server log during the run (records: message):")
        out += [f"  {n:5d}: {message}" for message, n in report.server_log.most_common(10)]
    out.append("\ncontract: " + ("OK" if report.ok else "FAILED"))
    return "\n".join(out)


def main(env: Mapping[str, str] = os.environ) -> int:
    """Run the contract against the configured target and print the report. Exit status: 0 all
    good, 1 failures, 2 the target cannot be reached."""
    seed = int(env.get("CONTRACT_SEED", DEFAULT_SEED))
    max_examples = int(env.get("CONTRACT_MAX_EXAMPLES", DEFAULT_MAX_EXAMPLES))
    with target_from_env(env) as target:
        try:
            report = run_contract(target, seed=seed, max_examples=max_examples)
        except httpx.HTTPError as exc:
            print(f"contract: cannot reach {target.base_url}: {exc!r}", file=sys.stderr)
            return 2
    print(render_report(report))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
