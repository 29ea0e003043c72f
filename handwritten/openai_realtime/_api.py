"""What the async and the sync session share above the core: attributes and event building.

:class:`SessionAPI` is the base class of both shells (:class:`openai_realtime.session.
RealtimeSession`, :class:`openai_realtime.sync.RealtimeSession`): the documented attributes (read
from the :class:`~openai_realtime.core.SessionCore`), handlers and tools registration, and the
pure half of every user call (which client events a call sends). The shells add only the I/O.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, Self, TypeVar, overload

from . import protocol
from .config import ConnectionKind
from .conversation import Conversation
from .core import ReconnectPolicy, SessionCore, _merge, simple_event
from .metrics import SessionMetrics
from .playback import PlaybackTracker, TruncationPoint

if TYPE_CHECKING:
    from .handoff import ReplayReport
    from .tools import Tool

__all__ = ["Handler", "SessionAPI"]

#: A handler registered with ``on``: called with each event (sync, or async on the async session).
Handler = Callable[[Any], Any]

_CONVERSATION_ONLY = (
    "instructions", "prompt", "output_modalities", "voice", "speed", "output_audio_format",
    "tools", "tool_choice", "parallel_tool_calls", "max_output_tokens", "reasoning_effort",
    "tracing", "truncation",
)  # fmt: skip


T = TypeVar("T")


class _Read(Generic[T]):
    """A session attribute read from its core (same name)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, session: None, owner: type) -> Self: ...
    @overload
    def __get__(self, session: SessionAPI, owner: type | None = None) -> T: ...
    def __get__(self, session: SessionAPI | None, owner: type | None = None) -> T | Self:
        if session is None:
            return self
        value: T = getattr(session._core, self.name)
        return value


class _Write(_Read[T]):
    """A session attribute read from and written to its core (same name)."""

    def __set__(self, session: SessionAPI, value: T) -> None:
        setattr(session._core, self.name, value)


class _Connection(Protocol):
    @property
    def close_code(self) -> int | None: ...


def load_input_audio(path: str, input_format: str) -> tuple[bytes, int]:
    """``path`` decoded and encoded for the session's input format type (``audio/pcm``: 24 kHz
    PCM16; ``audio/pcmu`` / ``audio/pcma``: 8 kHz G.711) and its bytes per ms.

    A private copy of ``openai_realtime.audio.load_input_audio`` (issue 10c); replaced by it at
    merge.
    """
    from . import audio

    if input_format in ("audio/pcmu", "audio/pcma"):
        pcm = audio.read_audio_file(path, target_rate=8000)
        ulaw = input_format == "audio/pcmu"
        return (audio.encode_g711_ulaw(pcm) if ulaw else audio.encode_g711_alaw(pcm)), 8
    return audio.read_audio_file(path), 48


def given(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """A method's ``locals()`` without ``self``: the keyword arguments to pass on."""
    return {k: v for k, v in arguments.items() if k not in ("self", "__class__")}


class SessionAPI:
    """Attributes and the pure half of the calls of a realtime session (both shells).

    Attributes:
        kind: ``"realtime"``, ``"transcription"``, ``"call"`` or ``"translation"``.
        url: the WebSocket URL (it never contains a secret).
        dialect: ``"ga"``, or ``"beta"`` on Azure OpenAI's preview protocol (client events are
            then converted with :func:`~openai_realtime.dialect.to_beta`; server events are
            typed with the beta tables and handed over GA-typed, the beta-typed event in their
            ``beta`` attribute: :class:`~openai_realtime.dialect.GAVocabularyDecoder`).
        session: the latest session configuration the server reported (from
            ``session.created`` / ``session.updated``), or ``None`` before the first.
        session_id: the server's session id (``sess_…``), once known.
        configuration: the merged session configuration this client has sent (re-applied
            after a reconnect).
        conversation: the local mirror of the conversation
            (:class:`~openai_realtime.conversation.Conversation`; ``None`` on transcription
            and translation sessions), kept from the events received; replayed into the new
            session by a reconnect with ``ReconnectPolicy(replay=True)`` and by rotations.
        last_replay: the report of the last replay of the conversation into a new session
            (:class:`~openai_realtime.handoff.ReplayReport`), or ``None``.
        raise_on_error: when ``True``, a server ``error`` event raises
            :class:`~openai_realtime.errors.ServerErrorEvent` from ``recv``/iteration instead of
            being returned.
        metrics: usage, cost, rate-limit and latency figures of this session
            (:class:`~openai_realtime.metrics.SessionMetrics`).
        max_backlog, max_backlog_bytes: bounds of the events ``wait_for`` keeps for ``recv``.
        reconnect_policy: the :class:`~openai_realtime.transport.ReconnectPolicy`, or ``None``.
    """

    __slots__ = ("_core",)

    _core: SessionCore
    _ws: _Connection  # the shell's current connection (its own slot and type)

    @property
    def closed(self) -> bool:
        """``True`` once the WebSocket is closed (by either side) and not being re-opened."""
        return self._ws.close_code is not None or self._core.closing

    kind: _Read[ConnectionKind] = _Read()
    url: _Read[str] = _Read()
    dialect: _Read[Literal["ga", "beta"]] = _Read()
    session: _Read[Any] = _Read()
    session_id: _Read[str | None] = _Read()
    configuration: _Read[dict[str, Any]] = _Read()
    conversation: _Read[Conversation | None] = _Read()
    last_replay: _Read[ReplayReport | None] = _Read()
    metrics: _Read[SessionMetrics] = _Read()
    reconnect_policy: _Read[ReconnectPolicy | None] = _Read()
    raise_on_error: _Write[bool] = _Write()
    max_backlog: _Write[int] = _Write()
    max_backlog_bytes: _Write[int] = _Write()
    #: Whether registered tools are run automatically (see :meth:`register_tool`).
    auto_tools: _Write[bool] = _Write()

    # ------------------------------------------------------------------- handlers and tools

    def on(self, event_type: str, handler: Handler) -> Handler:
        """Run ``handler(event)`` for every event of ``event_type`` (``"*"``: all events) as it
        is received, before it is returned (the async session also awaits an async handler).
        Handlers run in the receiving task or thread, in registration order; one that raises
        makes ``recv`` raise. Returns the handler."""
        handlers = self._core.handlers
        if handlers is None:
            handlers = self._core.handlers = {}
        handlers.setdefault(event_type, []).append(handler)
        return handler

    def off(self, event_type: str, handler: Handler) -> None:
        """Remove a handler registered with :meth:`on` (no error if it was not)."""
        registry = self._core.handlers or {}
        handlers = registry.get(event_type, [])
        if handler in handlers:
            handlers.remove(handler)
            if not handlers:
                del registry[event_type]

    def register_tool(
        self,
        function: Callable[..., Any],
        *,
        name: str | None = None,
        description: str | None = None,
        parameters: Mapping[str, Any] | None = None,
    ) -> Tool:
        """Register a Python callable (sync or async) as a function tool.

        Its definition is sent with the next :meth:`set_configuration` (or pass
        ``tools=session.tool_definitions()``). While ``auto_tools`` is on (default), every
        ``response.done`` whose output holds calls to registered tools makes the session run
        them, add each ``function_call_output`` (errors are returned to the model as
        ``{"error": ...}``) and request the next response. Parameters default to a JSON Schema
        derived from the type hints. The sync session runs an async tool with ``asyncio.run``
        in the receiving thread.
        """
        if self._core.tools is None:
            from .tools import ToolRegistry

            self._core.tools = ToolRegistry()
        return self._core.tools.register(
            function, name=name, description=description, parameters=parameters
        )

    def tool_definitions(self) -> list[dict[str, Any]]:
        """The function-tool definitions of the registered tools."""
        return self._core.tools.definitions() if self._core.tools else []

    # ------------------------------------------------------------------------ event builders

    def _configuration_event(
        self, session: Mapping[str, Any] | Any | None, event_id: str | None, options: Any
    ) -> dict[str, Any]:
        """``set_configuration``'s ``session.update``: the keyword ``options`` (built and checked
        by :mod:`.protocol`) merged over the ``session`` mapping or model, if given."""
        core = self._core
        given_options = bool(options)
        if core.kind == "transcription":
            wrong = sorted(k for k in _CONVERSATION_ONLY if k in options)
            if wrong:
                raise ValueError(
                    f"{', '.join(wrong)} apply to conversation sessions, not transcription sessions"
                )
            event = protocol.transcription_session_update(event_id=event_id, **options)
        else:
            if "tools" not in options and core.tools:
                options["tools"] = core.tools.definitions()
            event = protocol.session_update(event_id=event_id, **options)
        if session is None:
            return event
        data = dict(session) if isinstance(session, Mapping) else session.to_dict()
        data = copy.deepcopy(data)
        if "type" not in data and core.kind != "translation":
            data["type"] = "transcription" if core.kind == "transcription" else "realtime"
        if given_options:
            _merge(data, event["session"])
        event["session"] = data
        return event

    @staticmethod
    def _item_event(
        item: Mapping[str, Any] | Any | None, options: dict[str, Any]
    ) -> dict[str, Any]:
        """``add_item``'s ``conversation.item.create``."""
        call_id, output, item_id = options["call_id"], options["output"], options["item_id"]
        text, image, audio = options["text"], options["image"], options["audio"]
        if item is None:
            if call_id is not None or output is not None:
                if call_id is None or output is None:
                    raise ValueError("a function call output needs both call_id and output")
                item = protocol.function_call_output_item(call_id, output, item_id=item_id)
            elif image is not None:
                item = protocol.image_item(
                    image, text=text, detail=options["image_detail"], item_id=item_id
                )
            elif audio is not None:
                item = protocol.input_audio_item(audio, transcript=text, item_id=item_id)
            elif text is not None:
                item = protocol.message_item(options["role"] or "user", text, item_id=item_id)
            else:
                raise ValueError("give an item, or text, audio, image, or call_id + output")
        return protocol.conversation_item_create(
            item, previous_item_id=options["previous_item_id"], event_id=options["event_id"]
        )

    def _interrupt_events(
        self,
        playback: PlaybackTracker,
        item_id: str | None,
        cancel: bool,
        clear_output_audio: bool | None,
    ) -> tuple[list[dict[str, Any]], TruncationPoint | None]:
        """``interrupt``'s events (after ``stop_playback`` ran) and the truncation point; the
        mirror's transcript of the item is cut to the share played."""
        conversation = self._core.conversation
        assert conversation is not None
        events: list[dict[str, Any]] = []
        if cancel and conversation.response_id is not None:
            events.append(protocol.response_cancel(response_id=conversation.response_id))
        point = None
        target = item_id or playback.current_item
        item = conversation.get(target) if target is not None else None
        if item is not None and conversation.truncatable(item.id):
            content_index = next(
                (
                    i
                    for i, part in enumerate(item.data.get("content") or ())
                    if isinstance(part, dict) and part.get("type") in ("output_audio", "audio")
                ),
                0,
            )
            point = playback.truncation(
                target or item.id,
                item.audio_received_ms,
                content_index=content_index,
                complete=item.status == "completed",
            )
            conversation.set_played(item.id, int(playback.played_ms(target or item.id)))
            if point is not None:
                events.append(
                    protocol.conversation_item_truncate(
                        item.id, point.audio_end_ms, content_index=content_index
                    )
                )
                conversation.truncate(item.id, point.audio_end_ms)
        if clear_output_audio if clear_output_audio is not None else self._core.kind == "call":
            events.append(simple_event("output_audio_buffer.clear", None))
        return events, point
