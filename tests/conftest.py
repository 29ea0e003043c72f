"""The suite's shared fixtures and helpers, and suite-wide WebSocket event conformance.

Shared (import helpers with ``from conftest import ...``; fixtures need no import):

* ``server``: the module's :class:`~openai_realtime.server.LocalRealtimeServer` (module
  scope), configured by the module's ``pytestmark = pytest.mark.realtime_server(...)`` (the
  package plugin's marker: ``ServerConfig`` keywords) with the module's ``KEY`` as its API key;
  ``local_server(**fields)`` starts more servers for the module; ``http`` (async REST client)
  and ``session`` (a realtime session, model from the ``session_model`` fixture) on ``server``;
* ``received`` / ``sent``: the client / server events of the test (:class:`Observed`);
* :func:`schema_validator` / :func:`assert_valid`: the one JSON-Schema validator (the pinned
  spec by default, or any OpenAPI document);
* :func:`cli_server`, :func:`run_ok`, :func:`transcription_audio`; ``ports.py`` has the
  loopback port helpers and ``test_server_support.py`` the raw WebSocket client.

Event conformance (contract tests, issue 5):
An autouse fixture records every WebSocket message the local server exchanges during each test
(through :func:`openai_realtime.server.observe.add_observer`, registered once for the whole
session) and, at the test's teardown, checks each one against its schema in the pinned spec:

* a message the server **received** (``direction == "client"``) must be a JSON text frame
  holding an event of the connection's client family (``ga_client``, ``translation_client``,
  ...) that is valid against that event's schema;
* an event the server **sent** must be valid against its schema in the connection's server
  family (``ga_server``, ``translation_server``, ``beta_server``).

The schema is looked up by ``type`` in the generated dispatch tables
(``openai_realtime_api.dispatch.FAMILIES``) and checked with jsonschema's Draft 2020-12 validator
over a ``referencing`` registry holding the whole spec document; validators are cached per schema.
This is independent of the server's own ``validate_outgoing``.

A test that produced an invalid message fails with the family, the event type, the schema name
and the JSON path of the offending field. Tests that send invalid client events on purpose
opt out with ``@pytest.mark.allow_invalid_client_events``; tests that make the server send an
invalid event on purpose (fault switches) with ``@pytest.mark.allow_invalid_server_events``.
:data:`PENDING_MARKERS` tolerates the tests that need a marker but do not have it yet (their
files belong to other owners); remove each entry once the marker is on the test.

One documented spec repair applies to client events only (:data:`CLIENT_ONE_OF_AS_ANY_OF`).

At the end of the session a summary lists, per family, the messages checked and the distinct
event types seen.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import functools
import importlib.resources
import json
import os
import subprocess
import threading
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import httpx
import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from openai_realtime import RealtimeSession, connect_realtime_session
from openai_realtime.server import DEFAULT_API_KEY, LocalRealtimeServer, ServerConfig, observe
from openai_realtime_api.dispatch import FAMILIES
from ports import free_port, wait_for_port
from referencing import Registry
from referencing.jsonschema import DRAFT202012

# The project's own tests decode strictly (openai_realtime.events.STRICT_ENV): any event of the
# local server that deviates from the spec fails the test that received it. Tests of tolerant
# decoding pass ``strict=False``.
os.environ.setdefault("OPENAI_REALTIME_STRICT_EVENTS", "1")

ALLOW_INVALID_CLIENT_EVENTS: Final = "allow_invalid_client_events"
ALLOW_INVALID_SERVER_EVENTS: Final = "allow_invalid_server_events"

PENDING_MARKERS: Final[Mapping[str, frozenset[str]]] = {
    # "tests/test_x.py::test_name" (parameters stripped): frozenset({ALLOW_INVALID_CLIENT_EVENTS}),
}
"""Tests that send invalid events on purpose but lack the opt-out marker (files owned by
others): tolerated as if marked. Keep this short; drop an entry when the marker is added."""

CLIENT_ONE_OF_AS_ANY_OF: Final = (
    ("RealtimeResponseCreateParams", "properties", "conversation"),
    ("RealtimeBetaResponseCreateParams", "properties", "conversation"),
)
"""Spec defect: ``conversation`` is ``oneOf: [{type: string}, {enum: [auto, none]}]``, so the
two documented values match both members and a strict ``oneOf`` rejects exactly them. Client
events are checked against a copy reading it as ``anyOf`` (server events use the spec as is)."""

_SPEC_URI: Final = "urn:contract:openapi"
_CLIENT_SPEC_URI: Final = "urn:contract:openapi-client"


# --------------------------------------------------------------------------- validation


@functools.cache
def pinned_spec() -> dict[str, Any]:
    """The pinned OpenAPI document the generated package ships (``openapi.json``), parsed."""
    text = (importlib.resources.files("openai_realtime_api") / "openapi.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


@functools.cache
def _registry() -> Registry[Any]:
    spec = pinned_spec()
    client = copy.deepcopy(spec)
    for path in CLIENT_ONE_OF_AS_ANY_OF:
        node = functools.reduce(lambda n, k: n[k], path, client["components"]["schemas"])
        if "oneOf" in node:
            node["anyOf"] = node.pop("oneOf")
    return Registry().with_resources(
        [
            (_SPEC_URI, DRAFT202012.create_resource(spec)),
            (_CLIENT_SPEC_URI, DRAFT202012.create_resource(client)),
        ]
    )


_OTHER_DOCUMENTS: dict[int, tuple[Mapping[str, Any], Registry[Any]]] = {}
_DOCUMENT_URI: Final = "urn:test:document"


def _document_registry(document: Mapping[str, Any]) -> Registry[Any]:
    """A registry holding ``document`` (kept while the session runs, so ids stay unique)."""
    held = _OTHER_DOCUMENTS.get(id(document))
    if held is None or held[0] is not document:
        registry = Registry().with_resource(_DOCUMENT_URI, DRAFT202012.create_resource(document))
        held = _OTHER_DOCUMENTS[id(document)] = (document, registry)
    return held[1]


@functools.cache
def _spec_validator(pointer: str, client: bool) -> Draft202012Validator:
    base = _CLIENT_SPEC_URI if client else _SPEC_URI
    return Draft202012Validator({"$ref": f"{base}#{pointer}"}, registry=_registry())


def schema_validator(
    schema: str | Mapping[str, Any],
    document: Mapping[str, Any] | None = None,
    *,
    client: bool = False,
) -> Draft202012Validator:
    """The suite's one JSON-Schema validator (Draft 2020-12, ``$ref`` resolved over the whole
    document through a ``referencing`` registry).

    ``schema`` is a schema name (``components/schemas/<name>``), a JSON pointer into the
    document (``"/paths/..."`` or ``"#/..."``), or a standalone schema (a mapping, no registry).
    ``document`` is the OpenAPI document (default: the pinned spec the generated package ships,
    validators cached per schema; ``client=True`` reads it with :data:`CLIENT_ONE_OF_AS_ANY_OF`
    repaired)."""
    if not isinstance(schema, str):
        return Draft202012Validator(schema)
    is_pointer = schema.startswith(("#", "/"))
    pointer = schema.lstrip("#") if is_pointer else f"/components/schemas/{schema}"
    if document is None:
        return _spec_validator(pointer, client)
    ref = {"$ref": f"{_DOCUMENT_URI}#{pointer}"}
    return Draft202012Validator(ref, registry=_document_registry(document))


def schema_errors(schema: str | Mapping[str, Any], instance: Any, **kwargs: Any) -> list[str]:
    """``"[path]: message"`` of every error of ``instance`` against ``schema``
    (:func:`schema_validator` arguments); empty when it is valid."""
    return [
        f"{list(e.absolute_path)}: {e.message}"
        for e in schema_validator(schema, **kwargs).iter_errors(instance)
    ]


def assert_valid(schema: str | Mapping[str, Any], instance: Any, **kwargs: Any) -> None:
    """Fail with every error when ``instance`` is not valid against ``schema``."""
    errors = schema_errors(schema, instance, **kwargs)
    assert not errors, f"{schema} invalid: {errors}"


def check_message(direction: str, family: str, message: Any) -> tuple[str | None, str | None]:
    """Check one observed message; returns ``(event type, problem)``, ``problem`` ``None`` when
    the message is valid. ``message`` is a raw frame (``str``/``bytes``: what a client sent, or
    a non-object frame the server sent) or an event dict (what the server sent)."""
    client = direction == "client"
    event = message
    if isinstance(message, bytes | bytearray | memoryview):
        return None, f"binary frame ({len(message)} bytes), not a JSON text event"
    if isinstance(message, str):
        try:
            event = json.loads(message)
        except (ValueError, RecursionError):  # RecursionError: hostile nesting
            return None, f"text frame is not JSON: {message[:80]!r}"
    if not isinstance(event, dict) or not isinstance(event.get("type"), str):
        return None, f"not an event object with a string 'type': {str(event)[:80]}"
    event_type: str = event["type"]
    table = FAMILIES.get(family)
    if table is None:
        return event_type, f"unknown event family {family!r}"
    entry = table.get(event_type)
    if entry is None:
        return event_type, f"type {event_type!r} is not an event of the {family} family"
    schema_name = entry[1]
    validator = schema_validator(schema_name, client=client)
    if validator.is_valid(event):
        return event_type, None
    error = best_match(validator.iter_errors(event))
    where = error.json_path if error.absolute_path else "$ (the event)"
    return event_type, (
        f"{event_type!r} is not valid against {schema_name}: at {where}: {error.message[:300]}"
    )


# --------------------------------------------------------------------------- recording


@dataclass
class FamilyStats:
    """Messages checked in one family over the session."""

    checked: int = 0
    invalid: int = 0
    tolerated: int = 0
    types: set[str] = field(default_factory=set)


@dataclass
class EventLog:
    """What one test's connections exchanged, and which messages were not valid."""

    nodeid: str
    messages: int = 0
    violations: list[tuple[str, str, str]] = field(default_factory=list)
    """``(direction, family, problem)`` of every invalid message."""


class EventRecorder:
    """The session-wide observer: buffers messages (any thread) and checks them at teardown."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: list[tuple[str, str, Any]] = []
        self.orphans: list[str] = []
        self.stats: defaultdict[str, FamilyStats] = defaultdict(FamilyStats)
        self.opted_out: set[str] = set()
        """Tests (parameters stripped) whose invalid messages an opt-out tolerated."""
        self.stale_pending: set[str] = set()
        """:data:`PENDING_MARKERS` entries whose test now carries the markers itself."""

    def __call__(self, direction: str, family: str, message: Any) -> None:
        with self._lock:
            self._pending.append((direction, family, message))

    def start(self) -> None:
        """A test starts: anything observed since the previous test ended is checked as an
        orphan (reported in the summary; an invalid one fails the session)."""
        orphans = self.finish("(between tests)")
        self.orphans += [f"{d} {f}: {p}" for d, f, p in orphans.violations]

    def finish(self, nodeid: str) -> EventLog:
        """The test ends: check and return what it exchanged."""
        with self._lock:
            taken, self._pending = self._pending, []
        record = EventLog(nodeid)
        self._check(taken, record)
        return record

    def _check(self, messages: list[tuple[str, str, Any]], record: EventLog) -> None:
        for direction, family, message in messages:
            event_type, problem = check_message(direction, family, message)
            stats = self.stats[family]
            stats.checked += 1
            record.messages += 1
            if event_type is not None and problem is None:
                stats.types.add(event_type)
            if problem is not None:
                stats.invalid += 1
                record.violations.append((direction, family, problem))


_RECORDER = EventRecorder()


def _allowed(item: pytest.Item) -> set[str]:
    """The opt-outs of ``item``: its markers, plus its :data:`PENDING_MARKERS` entry."""
    markers = {m.name for m in item.iter_markers()} & {
        ALLOW_INVALID_CLIENT_EVENTS,
        ALLOW_INVALID_SERVER_EVENTS,
    }
    pending = set(PENDING_MARKERS.get(item.nodeid.split("[", 1)[0], ()))
    if pending and pending <= markers:
        _RECORDER.stale_pending.add(item.nodeid.split("[", 1)[0])
    return markers | pending


def pytest_configure(config: pytest.Config) -> None:
    """Register the opt-out markers and the session-wide observer."""
    config.addinivalue_line(
        "markers",
        f"{ALLOW_INVALID_CLIENT_EVENTS}: the test sends invalid client events on purpose "
        "(the event-conformance fixture tolerates them)",
    )
    config.addinivalue_line(
        "markers",
        f"{ALLOW_INVALID_SERVER_EVENTS}: the test makes the server send invalid events on purpose "
        "(fault switches; the event-conformance fixture tolerates them)",
    )
    observe.add_observer(_RECORDER)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Unregister the observer."""
    observe.remove_observer(_RECORDER)


@pytest.fixture(autouse=True)
def event_conformance(request: pytest.FixtureRequest) -> Iterator[EventLog]:
    """Check every WebSocket message of this test against the spec at teardown (see the module
    docstring). Yields the test's :class:`EventLog`, filled in at teardown."""
    _RECORDER.start()
    record = EventLog(request.node.nodeid)
    yield record
    checked = _RECORDER.finish(request.node.nodeid)
    record.messages, record.violations = checked.messages, checked.violations
    allowed = _allowed(request.node)
    unexpected: list[str] = []
    for direction, family, problem in record.violations:
        marker = (
            ALLOW_INVALID_CLIENT_EVENTS if direction == "client" else ALLOW_INVALID_SERVER_EVENTS
        )
        if marker in allowed:
            _RECORDER.stats[family].tolerated += 1
            _RECORDER.opted_out.add(f"{request.node.nodeid.split('[', 1)[0]} ({marker})")
        else:
            unexpected.append(f"  {direction} {family}: {problem}")
    if unexpected:
        hint = (
            "\n(if the test sends invalid client events on purpose, mark it "
            f"@pytest.mark.{ALLOW_INVALID_CLIENT_EVENTS})"
            if any(line.startswith("  client") for line in unexpected)
            else ""
        )
        shown = "\n".join(unexpected[:10])
        more = f"\n  ... and {len(unexpected) - 10} more" if len(unexpected) > 10 else ""
        pytest.fail(
            f"{len(unexpected)} WebSocket message(s) not valid against the spec:\n"
            f"{shown}{more}{hint}",
            pytrace=False,
        )


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """Per family: messages checked, distinct types seen (of those the family defines), invalid
    messages (and how many of them were in opted-out tests)."""
    _RECORDER.start()  # check whatever arrived after the last test
    if not _RECORDER.stats:
        return
    terminalreporter.section("WebSocket event conformance")
    for family in sorted(_RECORDER.stats):
        stats = _RECORDER.stats[family]
        defined = len(FAMILIES.get(family, {}))
        terminalreporter.write_line(
            f"{family:<19} {stats.checked:6d} messages checked, {len(stats.types):3d}/{defined} "
            f"types seen, {stats.invalid} invalid ({stats.tolerated} in opted-out tests)"
        )
    if _RECORDER.opted_out:
        terminalreporter.write_line("invalid messages tolerated in (opted-out tests):")
        for name in sorted(_RECORDER.opted_out):
            terminalreporter.write_line(f"  {name}")
    for name in sorted(_RECORDER.stale_pending):
        terminalreporter.write_line(f"PENDING_MARKERS entry no longer needed (marked now): {name}")
    for orphan in _RECORDER.orphans:
        terminalreporter.write_line(f"INVALID outside any test: {orphan}", red=True)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the session for invalid messages no test can be blamed for."""
    _RECORDER.start()
    if _RECORDER.orphans and session.exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


# --------------------------------------------------------------------------- the local server
#
# One module-scoped server per test module (started once, on first use), configured by the
# module's ``pytestmark = pytest.mark.realtime_server(...)``: the marker of the package's pytest
# plugin (openai_realtime.pytest_plugin), whose function-scoped ``realtime_server`` fixture reads
# it per test; its key is the module's ``KEY``. A module that needs a second configuration asks
# ``local_server(**fields)`` for it.

SERVER_MARKER: Final = "realtime_server"
"""The plugin's marker: ``ServerConfig`` keywords (the closest marker wins per keyword)."""


def marker_config(node: pytest.Item | pytest.Collector) -> dict[str, Any]:
    """The ``ServerConfig`` keywords of ``node``'s ``realtime_server`` markers."""
    kwargs: dict[str, Any] = {}
    for marker in reversed(list(node.iter_markers(SERVER_MARKER))):
        kwargs.update(marker.kwargs)
    return kwargs


def server_key(server: LocalRealtimeServer) -> str:
    """The API key a client uses against ``server`` (its only key, or the default one)."""
    keys = server.config.api_keys
    return DEFAULT_API_KEY if DEFAULT_API_KEY in keys else str(sorted(keys)[0])


@pytest.fixture(scope="module")
def local_server() -> Iterator[Callable[..., LocalRealtimeServer]]:
    """A factory: ``local_server(**fields)`` starts a server with ``ServerConfig(**fields)`` for
    this module; every server it started stops when the module's tests are done."""
    with contextlib.ExitStack() as stack:

        def start(**fields: Any) -> LocalRealtimeServer:
            return stack.enter_context(LocalRealtimeServer(ServerConfig(**fields)))

        yield start


@pytest.fixture(scope="module")
def server(
    request: pytest.FixtureRequest, local_server: Callable[..., LocalRealtimeServer]
) -> LocalRealtimeServer:
    """The module's local server, configured by the module's ``realtime_server`` marker; its
    API key is the module's ``KEY`` (each module has its own, so a leak names its module)
    unless the marker gives ``api_keys``."""
    fields = marker_config(request.node)
    key = getattr(request.module, "KEY", None)
    if "api_keys" not in fields and isinstance(key, str):
        fields["api_keys"] = frozenset({key})
    return local_server(**fields)


@pytest.fixture
async def http(server: LocalRealtimeServer) -> AsyncIterator[httpx.AsyncClient]:
    """An async REST client for ``server`` (its key as bearer, 5 s timeout)."""
    headers = {"Authorization": f"Bearer {server_key(server)}"}
    async with httpx.AsyncClient(base_url=server.base_url, headers=headers, timeout=5) as client:
        yield client


@pytest.fixture
def session_model() -> str:
    """The model ``session`` asks for (override it in a module for another)."""
    return "gpt-realtime"


@pytest.fixture
async def session(
    server: LocalRealtimeServer, session_model: str
) -> AsyncIterator[RealtimeSession]:
    """A realtime session on ``server``, after its ``session.created``."""
    async with connect_realtime_session(
        session_model, api_key=server_key(server), api_base=server.base_url
    ) as s:
        await s.wait_for("session.created", timeout=5)
        yield s


@contextlib.contextmanager
def cli_server(command: Sequence[str], *args: str, start_timeout: float = 20) -> Iterator[int]:
    """``<command> server --port <free port> <args>`` (the CLI's own server) as a process;
    yields the port once it accepts connections (fails the test if the process exits first or
    does not listen within ``start_timeout`` seconds); terminated afterwards."""
    port = free_port()
    proc = subprocess.Popen(
        [*command, "server", "--port", str(port), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        try:
            wait_for_port(port, proc, start_timeout)
        except RuntimeError as exc:
            pytest.fail(str(exc), pytrace=False)
        yield port
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def run_ok(
    command: Sequence[str], *, timeout: float, env: Mapping[str, str] | None = None, cwd: Any = None
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` (text output captured); the test fails, showing both outputs, unless it
    exits with status 0 within ``timeout`` seconds."""
    proc = subprocess.run(
        list(command),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=cwd,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


def transcription_audio(model: str, vad_silence_ms: int | None, **session: Any) -> dict[str, Any]:
    """A transcription session's configuration (``session.update``'s ``session``): input
    transcription by ``model``, server VAD ending a turn after ``vad_silence_ms`` of silence
    (``None``: no turn detection), and the ``session`` fields."""
    turn_detection = (
        None
        if vad_silence_ms is None
        else {"type": "server_vad", "silence_duration_ms": vad_silence_ms}
    )
    audio = {"input": {"transcription": {"model": model}, "turn_detection": turn_detection}}
    return {"audio": audio, **session}


# --------------------------------------------------------------------------- observed events


class Observed:
    """The events one direction (``"client"``: the server received them; ``"server"``: it sent
    them) of every local-server connection carried during one test, parsed; non-JSON frames
    are left out."""

    def __init__(self, direction: str) -> None:
        self.direction = direction
        self.frames: list[tuple[str, dict[str, Any]]] = []
        """``(event family, event)`` in order."""
        self.events: list[dict[str, Any]] = []
        """The events in order (filled while the test runs)."""

    def __call__(self, direction: str, family: str, message: Any) -> None:
        if direction != self.direction:
            return
        if isinstance(message, str | bytes):
            try:
                message = json.loads(message)
            except (ValueError, RecursionError):
                return
        if isinstance(message, dict):
            self.frames.append((family, message))
            self.events.append(message)

    def of(self, event_type: str) -> list[dict[str, Any]]:
        """The events of ``event_type``."""
        return [e for e in self.events if e.get("type") == event_type]

    def appended(self) -> bytes:
        """The audio of every ``input_audio_buffer.append``, decoded and joined."""
        return b"".join(base64.b64decode(e["audio"]) for e in self.of("input_audio_buffer.append"))

    def audio(self, item_id: str) -> bytes:
        """The audio of every ``response.output_audio.delta`` of ``item_id``, decoded, joined;
        ``KeyError`` when there was none."""
        deltas = [e for e in self.of("response.output_audio.delta") if e["item_id"] == item_id]
        if not deltas:
            raise KeyError(f"no response.output_audio.delta of {item_id!r}")
        return b"".join(base64.b64decode(e["delta"]) for e in deltas)


@contextlib.contextmanager
def observing(direction: str) -> Iterator[Observed]:
    """Record the events of ``direction`` while the block runs."""
    recorder = Observed(direction)
    observe.add_observer(recorder)
    try:
        yield recorder
    finally:
        observe.remove_observer(recorder)


@pytest.fixture
def received() -> Iterator[Observed]:
    """The client events the local servers received during this test."""
    with observing("client") as recorder:
        yield recorder


@pytest.fixture
def sent() -> Iterator[Observed]:
    """The server events the local servers sent during this test."""
    with observing("server") as recorder:
        yield recorder
