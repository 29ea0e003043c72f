"""A session's output audio as the server streams it: per item, in the format each item uses.

:class:`OutputAudioTracker` follows the formats (the session's output format from
``session.created``/``session.updated``, overridden per response by ``response.created``'s
``audio.output.format``) and the items whose audio arrives (``response.output_audio.delta`` /
``.done``), without keeping the audio. :class:`OutputAudioCollector` builds on it to keep every
item's bytes and hand them back as PCM16 or a WAV file; :class:`openai_realtime.devices.AudioOutput`
builds on it to play them.

Events may be generated models, :class:`~openai_realtime.events.UnknownEvent` or plain dicts,
in the GA or the beta dialect (both use the same output audio event names).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, Protocol, Self

from .audio import (
    PathLike,
    check_sample_rate,
    decode_delta,
    decode_realtime_audio,
    resample_pcm16,
    write_wav,
)
from .audio_formats import (
    AUDIO_FORMATS,
    RealtimeAudioFormat,
    configured_audio_format,
    normalize_audio_format,
)

__all__ = [
    "EventSource",
    "OutputAudioCollector",
    "OutputAudioItem",
    "OutputAudioTracker",
    "event_field",
    "event_payload",
    "event_type",
    "session_audio_format",
]


class EventSource(Protocol):
    """What :meth:`OutputAudioCollector.attach` and the device classes need of a session
    (:class:`~openai_realtime.session.RealtimeSession` has it): the server's session report and
    the configuration sent, and handler registration."""

    @property
    def session(self) -> Any: ...

    @property
    def configuration(self) -> Any: ...

    def on(self, event_type: str, handler: Callable[[Any], Any]) -> Any: ...

    def off(self, event_type: str, handler: Callable[[Any], Any]) -> None: ...


def event_type(event: Any) -> str | None:
    """The ``type`` of a server event given as a dict or a model (``None`` when it has none)."""
    value = event.get("type") if isinstance(event, Mapping) else getattr(event, "type_", None)
    return value if isinstance(value, str) else None


def event_field(event: Any, name: str) -> Any:
    """A top-level field of a server event given as a dict, a generated model or an
    :class:`~openai_realtime.events.UnknownEvent` (whose ``raw`` dict holds the fields)."""
    if isinstance(event, Mapping):
        return event.get(name)
    raw = getattr(event, "raw", None)
    if isinstance(raw, Mapping):
        return raw.get(name)
    return getattr(event, name, None)


def event_payload(event: Any, name: str) -> Any:
    """A nested object of an event (``session``/``response``) as plain data."""
    value = event_field(event, name)
    if value is not None and not isinstance(value, Mapping) and hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def session_audio_format(
    session: EventSource, direction: Literal["input", "output"], given: str | None = None
) -> RealtimeAudioFormat:
    """``given`` (normalised), else the format the session reports or was configured with for
    ``direction``, else ``"audio/pcm"``.

    Raises:
        ValueError: an unknown ``given`` format.
    """
    if given is not None:
        return normalize_audio_format(given)
    return (
        configured_audio_format(session.session, direction)
        or configured_audio_format(session.configuration, direction)
        or "audio/pcm"
    )


@dataclass(slots=True)
class OutputAudioItem:
    """One item's output audio as tracked: where it belongs, its wire format (kept from its
    first delta on), how many wire bytes its owner took, and whether ``.done`` arrived."""

    item_id: str
    response_id: str | None
    content_index: int
    format: RealtimeAudioFormat
    received_bytes: int = 0
    done: bool = False

    @property
    def rate(self) -> int:
        """Sample rate of the item's format in Hz (24000 or 8000)."""
        return AUDIO_FORMATS[self.format].sample_rate

    @property
    def received_samples(self) -> int:
        """Whole samples in :attr:`received_bytes`."""
        return self.received_bytes // AUDIO_FORMATS[self.format].sample_width

    @property
    def received_ms(self) -> float:
        """Milliseconds of audio in :attr:`received_bytes`."""
        return self.received_samples * 1000 / self.rate


class OutputAudioTracker:
    """Follows output audio formats and items from server events (no audio is kept).

    Args:
        format: a fixed wire format for every item (GA, beta or short name); ``None`` (default)
            follows the events: the session format (:meth:`set_session_format`,
            ``session.created``/``session.updated``), overridden per response by
            ``response.created``; ``"audio/pcm"`` when nothing says otherwise.

    Raises:
        ValueError: an unknown ``format``.
    """

    def __init__(self, format: str | None = None) -> None:
        self.fixed: RealtimeAudioFormat | None = (
            normalize_audio_format(format) if format is not None else None
        )
        self.session_format: RealtimeAudioFormat | None = None
        self._response_formats: dict[str, RealtimeAudioFormat] = {}
        #: Tracked items by id, in the order their first delta arrived.
        self.items: dict[str, OutputAudioItem] = {}

    def set_session_format(self, fmt: RealtimeAudioFormat | None) -> None:
        """Take the session's output format (``None`` keeps the current one)."""
        if fmt is not None:
            self.session_format = fmt

    def observe(self, event: Any) -> None:
        """Learn formats from ``session.created``/``session.updated``/``response.created``; any
        other event is ignored."""
        kind = event_type(event)
        if kind in ("session.created", "session.updated"):
            self.set_session_format(configured_audio_format(event_payload(event, "session")))
        elif kind == "response.created":
            response = event_payload(event, "response")
            if isinstance(response, Mapping) and isinstance(response.get("id"), str):
                fmt = configured_audio_format(response)
                if fmt is not None and response["id"]:
                    self._response_formats[response["id"]] = fmt

    def format_for(self, response_id: str | None) -> RealtimeAudioFormat:
        """The format a new item of ``response_id`` is in."""
        if self.fixed is not None:
            return self.fixed
        if response_id is not None and response_id in self._response_formats:
            return self._response_formats[response_id]
        return self.session_format or "audio/pcm"

    def delta(self, event: Any) -> tuple[OutputAudioItem, bytes]:
        """A ``response.output_audio.delta``: its item (created on its first delta, with the
        format of its response) and its base64-decoded bytes. :attr:`OutputAudioItem.received_bytes`
        is left to the caller (who may ignore some audio).

        Raises:
            ValueError: no ``item_id``, or a ``delta`` that is not base64.
        """
        item_id = event_field(event, "item_id")
        if not isinstance(item_id, str):
            raise ValueError("response.output_audio.delta has no 'item_id'")
        data = decode_delta(event_field(event, "delta"))
        item = self.items.get(item_id)
        if item is None:
            response_id = event_field(event, "response_id")
            response_id = response_id if isinstance(response_id, str) else None
            content_index = event_field(event, "content_index")
            item = OutputAudioItem(
                item_id=item_id,
                response_id=response_id,
                content_index=content_index if isinstance(content_index, int) else 0,
                format=self.format_for(response_id),
            )
            self.items[item_id] = item
        return item, data

    def done(self, event: Any) -> OutputAudioItem | None:
        """A ``response.output_audio.done``: mark its item done and return it (``None`` for an
        item that carried no audio)."""
        item = self.items.get(str(event_field(event, "item_id")))
        if item is not None:
            item.done = True
        return item

    def item(self, item_id: str) -> OutputAudioItem:
        """A tracked item.

        Raises:
            KeyError: no audio was received for ``item_id``.
        """
        try:
            return self.items[item_id]
        except KeyError:
            raise KeyError(f"no output audio collected for item {item_id!r}") from None


class OutputAudioCollector:
    """Collects the audio a session's responses speak, per item and per response.

    Feed it server events with :meth:`feed`, or :meth:`attach` it to a
    :class:`~openai_realtime.session.RealtimeSession` (it then collects as the session receives
    events: keep receiving with ``recv``/iteration/``run``). It keeps each
    ``response.output_audio.delta``'s bytes exactly as the server sent them (base64-decoded), in
    arrival order, grouped by ``item_id``; ``response.output_audio.done`` marks an item complete.
    The beta dialect uses the same event type names and works the same way.

    Args:
        format: the output audio format: ``"audio/pcm"`` (24 kHz PCM16), ``"audio/pcmu"`` or
            ``"audio/pcma"`` (8 kHz G.711; beta names ``pcm16``/``g711_ulaw``/``g711_alaw`` are
            accepted too). ``None`` (default) follows the events: the session's output format
            (from :meth:`attach` and from ``session.created``/``session.updated``), overridden per
            response by ``response.created``'s ``audio.output.format``; ``"audio/pcm"`` when
            nothing says otherwise. An item keeps the format it started with.
        rate: sample rate in Hz of the PCM16 that :meth:`pcm` returns and :meth:`write_wav`
            writes; ``None`` (default) keeps the native rate of the first collected item (24000
            Hz for PCM, 8000 Hz for G.711). Items at another rate are resampled (soxr, HQ).

    Raises:
        ValueError: an unknown ``format`` or a ``rate`` that is not a positive integer.

    Example::

        collector = OutputAudioCollector().attach(session)
        await session.request_response(output_modalities=["audio"])
        await session.wait_for("response.done")
        collector.write_wav("reply.wav")
    """

    #: The event types :meth:`attach` registers handlers for.
    EVENT_TYPES = (
        "response.output_audio.delta",
        "response.output_audio.done",
        "response.created",
        "session.created",
        "session.updated",
    )

    def __init__(self, format: str | None = None, *, rate: int | None = None) -> None:
        self._tracker = OutputAudioTracker(format)
        if rate is not None:
            check_sample_rate("rate", rate)
        self._rate = rate
        self._data: dict[str, bytearray] = {}
        self._responses: dict[str, list[str]] = {}
        self._attached: EventSource | None = None

    def __repr__(self) -> str:
        return (
            f"<OutputAudioCollector {len(self._data)} item(s), "
            f"{self.duration_ms():.0f} ms at {self.sample_rate} Hz>"
        )

    # ------------------------------------------------------------------------------ input

    def feed(self, event: Any) -> bool:
        """Take one server event (generated model, :class:`~openai_realtime.events.UnknownEvent`
        or dict). Audio deltas are stored, ``response.output_audio.done`` marks its item done,
        ``session.*``/``response.created`` update the format (when following events); any other
        event is ignored.

        Returns:
            ``True`` if the event was an audio delta or done event (and was recorded).

        Raises:
            ValueError: an audio delta without an ``item_id`` or with a ``delta`` that is not
                base64.
        """
        kind = event_type(event)
        if kind == "response.output_audio.delta":
            item, data = self._tracker.delta(event)
            stored = self._data.get(item.item_id)
            if stored is None:
                stored = self._data[item.item_id] = bytearray()
                self._responses.setdefault(item.response_id or "", []).append(item.item_id)
            stored += data
            item.received_bytes += len(data)
            return True
        if kind == "response.output_audio.done":
            self._tracker.done(event)
            return True
        self._tracker.observe(event)
        return False

    def _handle(self, event: Any) -> None:
        self.feed(event)

    def attach(self, session: EventSource) -> Self:
        """Collect from ``session``: register :meth:`feed` for :data:`EVENT_TYPES` with
        ``session.on`` and take the session's current output format (when following events).
        Returns ``self``.

        Raises:
            RuntimeError: already attached to a session (call :meth:`detach` first).
        """
        if self._attached is not None:
            raise RuntimeError("this collector is already attached to a session; detach() first")
        self._tracker.set_session_format(
            configured_audio_format(session.session)
            or configured_audio_format(session.configuration)
        )
        for kind in self.EVENT_TYPES:
            session.on(kind, self._handle)
        self._attached = session
        return self

    def detach(self) -> None:
        """Unregister from the attached session (no error when not attached)."""
        session, self._attached = self._attached, None
        if session is not None:
            for kind in self.EVENT_TYPES:
                session.off(kind, self._handle)

    def clear(self) -> None:
        """Forget all collected audio (formats learnt from events are kept)."""
        self._tracker.items.clear()
        self._data.clear()
        self._responses.clear()

    # ----------------------------------------------------------------------------- output

    @property
    def items(self) -> list[str]:
        """Ids of the items that carried audio, in the order their first delta arrived."""
        return list(self._data)

    @property
    def responses(self) -> list[str]:
        """Ids of the responses whose audio was collected, in order of their first delta
        (``""`` stands for deltas without a ``response_id``)."""
        return list(self._responses)

    def items_of(self, response_id: str) -> list[str]:
        """Ids of the audio items of one response, in order.

        Raises:
            KeyError: no audio was collected for ``response_id``.
        """
        try:
            return list(self._responses[response_id])
        except KeyError:
            raise KeyError(f"no output audio collected for response {response_id!r}") from None

    def is_done(self, item_id: str) -> bool:
        """Whether ``response.output_audio.done`` arrived for ``item_id``.

        Raises:
            KeyError: no audio was collected for ``item_id``.
        """
        return self._tracker.item(item_id).done

    def format_of(self, item_id: str) -> RealtimeAudioFormat:
        """The wire format of an item's audio.

        Raises:
            KeyError: no audio was collected for ``item_id``.
        """
        return self._tracker.item(item_id).format

    def content_index_of(self, item_id: str) -> int:
        """The ``content_index`` of an item's audio content part (for a truncation).

        Raises:
            KeyError: no audio was collected for ``item_id``.
        """
        return self._tracker.item(item_id).content_index

    @property
    def sample_rate(self) -> int:
        """Sample rate in Hz of :meth:`pcm` and :meth:`write_wav`: ``rate`` if given, otherwise
        the native rate of the first collected item (or of ``format``; 24000 Hz by default)."""
        if self._rate is not None:
            return self._rate
        for item in self._tracker.items.values():
            return item.rate
        return AUDIO_FORMATS[self._tracker.format_for(None)].sample_rate

    def _select(self, item_id: str | None, response_id: str | None) -> list[OutputAudioItem]:
        if item_id is not None and response_id is not None:
            raise ValueError("give item_id or response_id, not both")
        if item_id is not None:
            return [self._tracker.item(item_id)]
        if response_id is not None:
            return [self._tracker.items[i] for i in self.items_of(response_id)]
        return list(self._tracker.items.values())

    def encoded(self, item_id: str | None = None, *, response_id: str | None = None) -> bytes:
        """The audio bytes exactly as the server sent them (base64-decoded, in the wire format:
        PCM16 LE at 24 kHz, or G.711 bytes at 8 kHz), of one item, one response or all items
        (concatenated in order).

        Raises:
            KeyError: an unknown ``item_id`` / ``response_id``.
            ValueError: both ``item_id`` and ``response_id`` given.
        """
        return b"".join(bytes(self._data[i.item_id]) for i in self._select(item_id, response_id))

    def pcm(self, item_id: str | None = None, *, response_id: str | None = None) -> bytes:
        """Mono PCM16 LE at :attr:`sample_rate` Hz: one item, one response's items, or every
        item (default), concatenated in order. G.711 is decoded; items at another native rate
        are resampled. A trailing odd byte of PCM (half a sample) is left out.

        Raises:
            KeyError: an unknown ``item_id`` / ``response_id``.
            ValueError: both ``item_id`` and ``response_id`` given.
            MissingDependencyError: numpy (G.711) or soxr (resampling) is not installed.
        """
        rate = self.sample_rate
        parts: list[bytes] = []
        for item in self._select(item_id, response_id):
            data = self._data[item.item_id]
            width = AUDIO_FORMATS[item.format].sample_width
            if len(data) % width:
                data = data[: len(data) - len(data) % width]
            pcm = decode_realtime_audio(data, item.format)
            parts.append(pcm if item.rate == rate else resample_pcm16(pcm, item.rate, rate))
        return b"".join(parts)

    def duration_ms(self, item_id: str | None = None, *, response_id: str | None = None) -> float:
        """Duration in milliseconds of the collected audio (one item, one response, or all),
        from the samples received at their native rate (no resampling involved).

        Raises:
            KeyError: an unknown ``item_id`` / ``response_id``.
            ValueError: both ``item_id`` and ``response_id`` given.
        """
        return sum(item.received_ms for item in self._select(item_id, response_id))

    def write_wav(
        self, path: PathLike, item_id: str | None = None, *, response_id: str | None = None
    ) -> None:
        """Write :meth:`pcm` (same selection) to ``path`` as a mono 16-bit PCM WAV file at
        :attr:`sample_rate` Hz; an existing file is overwritten.

        Raises:
            KeyError: an unknown ``item_id`` / ``response_id``.
            ValueError: both ``item_id`` and ``response_id`` given.
            OSError / soundfile.LibsndfileError: the file cannot be written.
            MissingDependencyError: numpy or soundfile (or soxr, when resampling) is missing.
        """
        write_wav(path, self.pcm(item_id, response_id=response_id), self.sample_rate)
