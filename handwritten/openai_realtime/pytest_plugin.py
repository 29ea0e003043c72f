"""pytest plugin: the local realtime server as fixtures for your own tests.

Installing ``openai-realtime[server]`` is enough: the plugin is registered through the
``pytest11`` entry point (name ``openai_realtime``; disable with ``-p no:openai_realtime``).
Every fixture name starts with ``realtime_``, so none collides with a project's own
``server`` or ``settings`` fixtures. Importing the plugin costs nothing: the server is
imported only when a fixture is used.

Fixtures:

``realtime_server``
    A :class:`~openai_realtime.server.LocalRealtimeServer` started for this test (function
    scope) with ``realtime_server_config``; stopped afterwards.
``realtime_server_config``
    The :class:`~openai_realtime.server.ServerConfig` of ``realtime_server``: the keywords of
    the test's ``@pytest.mark.realtime_server(...)`` markers (closest wins), e.g.
    ``script=[...]``, ``faults=FaultPlan(...)``, ``delta_delay_ms=5``,
    ``recognize_speech=False``. Override the fixture for full control.
``realtime_session_server``
    One server for the whole test session (session scope, default configuration; override
    ``realtime_session_server_config``, session-scoped, to change it). Faster; tests share
    its state (client secrets, calls).
``realtime_settings``
    :class:`~openai_realtime.config.Settings` pointing a client at ``realtime_server``
    (``connect_realtime_session(settings=realtime_settings)``, ``RealtimeClient(settings=…)``).
``realtime_env``
    Sets ``OPENAI_BASE_URL`` and ``OPENAI_API_KEY`` to ``realtime_server`` (and unsets the
    Azure and OpenAI variables that would redirect a client) for this test, so code that
    reads the environment talks to the local server unchanged. Returns the server.
``realtime_faults``
    Changes the fault plan of ``realtime_server`` for connections opened afterwards:
    ``realtime_faults.set(close_after_events=3, close_code=1011)`` (the
    :class:`~openai_realtime.server.FaultPlan` fields) or ``.set(plan)``; ``.clear()``.
    Cleared at teardown.
``realtime_script``
    Sets the scripted model behaviour of ``realtime_server`` (:mod:`~openai_realtime.server.
    script`): ``realtime_script.set([...rules...])`` or ``.load("script.yaml")``.
``realtime_traffic``
    Every WebSocket frame any local server exchanged during this test, both directions, as
    :class:`TrafficFrame` objects: ``.frames``, ``.events(source="client")``,
    ``.types("server")``; ``.save(path)`` writes them as a recording
    (:mod:`openai_realtime.recording`) to replay later.
``realtime_replay``
    A factory: ``realtime_replay("session.jsonl")`` starts a
    :class:`~openai_realtime.server.replay.ReplayServer` for the recording; at teardown the
    test fails if the client did not follow the recording (``check=False`` to skip that).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .config import Settings
    from .server import FaultPlan, LocalRealtimeServer, ServerConfig
    from .server.observe import ConnectionInfo
    from .server.replay import ReplayServer

__all__ = ["FaultControl", "ScriptControl", "Traffic", "TrafficFrame"]

_MARKER = "realtime_server"

# Variables that would point a client elsewhere than the local server (unset by realtime_env).
_REDIRECTING_ENV = (
    "OPENAI_API_BASE",
    "OPENAI_API_VERSION",
    "OPENAI_ORG_ID",
    "OPENAI_PROJECT_ID",
    "AZURE_OPENAI_ENDPOINT",
    "AZURE_OPENAI_API_KEY",
    "AZURE_OPENAI_DEPLOYMENT",
    "OPENAI_API_TYPE",
)


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``realtime_server`` marker."""
    config.addinivalue_line(
        "markers",
        f"{_MARKER}(**config): ServerConfig keywords for the test's realtime_server fixture "
        "(e.g. script=[...], faults=FaultPlan(...), delta_delay_ms=5)",
    )


def _key(config: ServerConfig) -> str:
    from .server import DEFAULT_API_KEY

    return DEFAULT_API_KEY if DEFAULT_API_KEY in config.api_keys else sorted(config.api_keys)[0]


@pytest.fixture
def realtime_server_config(request: pytest.FixtureRequest) -> ServerConfig:
    """See the module docstring."""
    from .server import ServerConfig

    kwargs: dict[str, Any] = {}
    for marker in reversed(list(request.node.iter_markers(_MARKER))):
        if marker.args:
            raise pytest.UsageError(f"@pytest.mark.{_MARKER} takes keywords only")
        kwargs.update(marker.kwargs)
    try:
        return ServerConfig(**kwargs)
    except (TypeError, ValueError) as exc:
        raise pytest.UsageError(f"@pytest.mark.{_MARKER}(...): {exc}") from None


@pytest.fixture
def realtime_server(realtime_server_config: ServerConfig) -> Iterator[LocalRealtimeServer]:
    """See the module docstring."""
    from .server import LocalRealtimeServer

    with LocalRealtimeServer(realtime_server_config) as server:
        yield server


@pytest.fixture(scope="session")
def realtime_session_server_config() -> ServerConfig:
    """See the module docstring."""
    from .server import ServerConfig

    return ServerConfig()


@pytest.fixture(scope="session")
def realtime_session_server(
    realtime_session_server_config: ServerConfig,
) -> Iterator[LocalRealtimeServer]:
    """See the module docstring."""
    from .server import LocalRealtimeServer

    with LocalRealtimeServer(realtime_session_server_config) as server:
        yield server


@pytest.fixture
def realtime_settings(realtime_server: LocalRealtimeServer) -> Settings:
    """See the module docstring."""
    from .config import Settings

    return Settings.resolve(
        api_type="openai",
        api_base=realtime_server.base_url,
        api_key=_key(realtime_server.config),
        environ={},
    )


@pytest.fixture
def realtime_env(
    realtime_server: LocalRealtimeServer, monkeypatch: pytest.MonkeyPatch
) -> LocalRealtimeServer:
    """See the module docstring."""
    for name in _REDIRECTING_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENAI_BASE_URL", realtime_server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", _key(realtime_server.config))
    return realtime_server


class FaultControl:
    """Sets the fault plan of a running local server (``realtime_faults``)."""

    def __init__(self, server: LocalRealtimeServer) -> None:
        self._server = server
        self.plan: FaultPlan | None = server.context.faults

    def set(self, plan: FaultPlan | None = None, **fields: Any) -> FaultPlan | None:
        """Use ``plan``, or a :class:`~openai_realtime.server.FaultPlan` of ``fields``, for
        connections opened from now on; returns it."""
        from .server import FaultPlan

        if plan is not None and fields:
            raise TypeError("pass a FaultPlan or its fields, not both")
        self.plan = plan if plan is not None else FaultPlan(**fields)
        self._server.set_faults(self.plan)
        return self.plan

    def clear(self) -> None:
        """No faults for connections opened from now on."""
        self.plan = None
        self._server.set_faults(None)


@pytest.fixture
def realtime_faults(realtime_server: LocalRealtimeServer) -> Iterator[FaultControl]:
    """See the module docstring."""
    control = FaultControl(realtime_server)
    yield control
    control.clear()


class ScriptControl:
    """Sets the scripted model behaviour of a running local server (``realtime_script``)."""

    def __init__(self, server: LocalRealtimeServer) -> None:
        self._server = server

    def set(self, script: Any) -> None:
        """Use ``script`` (rules as plain data, or a ``Script``; ``None``: default answers)."""
        self._server.set_script(script)

    def load(self, path: str | Path) -> None:
        """Use the JSON or YAML script file at ``path``."""
        from .server.script import Script

        self._server.set_script(Script.load(path))


@pytest.fixture
def realtime_script(realtime_server: LocalRealtimeServer) -> Iterator[ScriptControl]:
    """See the module docstring."""
    control = ScriptControl(realtime_server)
    yield control
    realtime_server.set_script(realtime_server.config.script)


@dataclass(frozen=True, slots=True)
class TrafficFrame:
    """One frame a local server exchanged: ``source`` ``"client"`` (it received it) or
    ``"server"`` (it sent it), the spec event ``family``, ``message`` (an event dict, or the
    raw ``str``/``bytes`` frame), ``connection`` (a number unique in the process), its
    ``path`` and ``t`` (seconds since the connection opened)."""

    source: str
    family: str
    message: Any
    connection: int
    path: str
    t: float

    @property
    def event(self) -> dict[str, Any] | None:
        """The frame as an event dict (parsed when it is JSON text), else ``None``."""
        import json

        if isinstance(self.message, dict):
            return self.message
        if isinstance(self.message, str):
            try:
                parsed = json.loads(self.message)
            except ValueError:
                return None
            return parsed if isinstance(parsed, dict) else None
        return None


class Traffic:
    """The frames of one test (``realtime_traffic``); thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._frames: list[TrafficFrame] = []

    def __call__(
        self, connection: ConnectionInfo, direction: str, family: str, message: Any
    ) -> None:
        frame = TrafficFrame(
            direction,
            family,
            message,
            connection.number,
            connection.path,
            round(time.monotonic() - connection.opened, 6),
        )
        with self._lock:
            self._frames.append(frame)

    @property
    def frames(self) -> list[TrafficFrame]:
        """All frames so far, in the order they were exchanged."""
        with self._lock:
            return list(self._frames)

    def events(self, source: str | None = None, type: str | None = None) -> list[dict[str, Any]]:
        """The event dicts, optionally only those of ``source`` and/or of event ``type``."""
        out = []
        for frame in self.frames:
            event = frame.event
            if event is None or (source is not None and frame.source != source):
                continue
            if type is None or event.get("type") == type:
                out.append(event)
        return out

    def types(self, source: str | None = None) -> list[str]:
        """The event types in order, optionally only of ``source``."""
        return [str(e.get("type")) for e in self.events(source)]

    def save(self, path: str | Path) -> Path:
        """Write the frames as a recording (one recorded connection per server connection);
        returns ``path``. Secret-shaped strings are redacted."""
        from .recording import RecordingWriter

        numbers: dict[int, int] = {}
        with RecordingWriter(path) as writer:
            for frame in self.frames:
                if frame.connection not in numbers:
                    kind = "transcription" if "intent=transcription" in frame.path else None
                    numbers[frame.connection] = writer.open_connection(frame.path, kind)
                writer.frame(numbers[frame.connection], frame.source, frame.message)  # type: ignore[arg-type]
        return Path(path)


@pytest.fixture
def realtime_traffic() -> Iterator[Traffic]:
    """See the module docstring."""
    from .server import observe

    traffic = Traffic()
    observe.add_connection_observer(traffic)
    try:
        yield traffic
    finally:
        observe.remove_connection_observer(traffic)


@pytest.fixture
def realtime_replay() -> Iterator[Callable[..., ReplayServer]]:
    """See the module docstring."""
    from .server.replay import ReplayServer

    started: list[tuple[ReplayServer, bool]] = []

    def start(recording: Any, *, check: bool = True, **kwargs: Any) -> ReplayServer:
        server = ReplayServer(recording, **kwargs).start()
        started.append((server, check))
        return server

    yield start
    problems = []
    for server, check in started:
        server.stop()
        if check:
            problems += server.player.problems()
    if problems:
        pytest.fail("the replayed session differs:\n  " + "\n  ".join(problems), pytrace=False)
