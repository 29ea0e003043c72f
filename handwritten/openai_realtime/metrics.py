"""What a session costs and how fast it answers: usage, cost, latency and rate-limit figures.

Every :class:`~openai_realtime.session.RealtimeSession` has a :class:`SessionMetrics` at
``session.metrics``, fed by the session itself (pure code, no I/O, no background task):

* **tokens** by modality (text, audio, image; input, cached input, output) from each
  ``response.done`` ``usage`` and from the ``usage`` of
  ``conversation.item.input_audio_transcription.completed`` (token or duration usage), as
  running totals per model and per response (:class:`TokenUsage`);
* **cost** in USD from a price table per model (:mod:`openai_realtime.pricing`, overridable with
  :attr:`SessionMetrics.prices`); unknown model or unsplit usage -> ``None``, never a guess;
* **rate-limit headroom** from ``rate_limits.updated`` (:class:`RateLimit`);
* **latency per turn** in ms (:class:`ResponseMetrics`): from the turn's start - the
  ``input_audio_buffer.speech_stopped`` received, or the ``response.create`` sent, whichever came
  first since the previous response started - to ``response.created``, to the first output audio
  delta, the first output text (or audio transcript) delta, and ``response.done``; for input
  transcription, from ``input_audio_buffer.committed`` to the first transcription delta and to
  ``...transcription.completed``;
* **input audio sent vs real time**: ms of audio appended, and the pace at which it was sent.

All durations are milliseconds measured with :func:`time.perf_counter` on this client (they include
the network both ways); timestamps for export are Unix epoch nanoseconds. :meth:`to_dict` gives a
plain summary for logs. Telemetry (:mod:`openai_realtime.telemetry`, extra ``[otel]``) listens
through :meth:`SessionMetrics.add_listener`; this module imports nothing of it.

The receive path stays cheap: the session hands an event over only when its type is in
:attr:`SessionMetrics.watch`, a set that holds the high-rate delta types only while a response or
transcription still waits for its first delta.
"""

from __future__ import annotations

import contextlib
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, Protocol

import attrs

from .audio import audio_bytes_per_ms
from .pricing import DEFAULT_PRICES, ModelPrice

__all__ = [
    "MetricsListener",
    "RateLimit",
    "ResponseMetrics",
    "SessionMetrics",
    "TokenUsage",
    "TranscriptionMetrics",
    "add_session_hook",
    "format_summary",
    "remove_session_hook",
]

_AUDIO_DELTAS = ("response.output_audio.delta", "response.audio.delta")
_TEXT_DELTAS = (
    "response.output_text.delta",
    "response.text.delta",
    "response.output_audio_transcript.delta",
    "response.audio_transcript.delta",
)
_TRANSCRIPTION_DELTA = "conversation.item.input_audio_transcription.delta"
_SESSION_EVENTS = (
    "session.created",
    "session.updated",
    "transcription_session.created",
    "transcription_session.updated",
)
#: Event types always handed to :meth:`SessionMetrics.observe` (all low-rate).
BASE_WATCH = frozenset(
    {
        *_SESSION_EVENTS,
        "input_audio_buffer.speech_stopped",
        "input_audio_buffer.committed",
        "response.created",
        "response.done",
        "conversation.item.input_audio_transcription.completed",
        "conversation.item.input_audio_transcription.failed",
        "rate_limits.updated",
        "error",
    }
)
#: Most distinct model names (usage totals) and rate-limit names kept per session; a server
#: that sends more has the rest counted under ``""`` (models) or ignored (rate limits).
MAX_NAMES = 64
_WATCH_AUDIO = frozenset(_AUDIO_DELTAS)
_WATCH_TEXT = frozenset(_TEXT_DELTAS)
_WATCH_RESPONSE = _WATCH_AUDIO | _WATCH_TEXT
_WATCH_TRANSCRIPTION = frozenset({_TRANSCRIPTION_DELTA})


def _dict(value: Any) -> dict[str, Any]:
    if type(value) is dict:
        return value
    if value is None:
        return {}
    if isinstance(value, Mapping):
        return dict(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        result = to_dict()
        if isinstance(result, Mapping):
            return dict(result)
    return {}


def _dget(obj: Any, key: str, default: Any) -> Any:
    """``obj.get(key, default)`` for a dict; ``default`` for anything else."""
    return obj.get(key, default) if type(obj) is dict else default


_BY_MODALITY = ("text_tokens", "audio_tokens", "image_tokens")


def _counts(get: Callable[[Any, str, Any], Any], obj: Any, keys: tuple[str, ...]) -> list[int]:
    """The token counts ``keys`` of ``obj`` (read with ``get``); a count that is not an int
    (absent, null, Unset, mistyped) is 0."""
    return [v if type(v := get(obj, key, 0)) is int else 0 for key in keys]


def _ms(start: float | None, end: float | None) -> float | None:
    if start is None or end is None:
        return None
    return round((end - start) * 1000.0, 3)


@attrs.define(slots=True)
class TokenUsage:
    """Token counts by modality (tokens), and seconds of audio for duration-priced usage.

    ``input_*`` count all input tokens of that modality, cached ones included; ``cached_*`` are
    the part of them that was cached (billed at the cached price). ``unsplit_*`` count tokens the
    server reported without a split by modality (older servers send only ``input_tokens`` /
    ``output_tokens``): they make the cost unknown.

    Attributes:
        input_text, input_audio, input_image: input tokens by modality.
        cached_text, cached_audio, cached_image: cached input tokens by modality.
        output_text, output_audio: output tokens by modality.
        unsplit_input, unsplit_cached, unsplit_output: tokens without a modality.
        audio_seconds: seconds of audio of ``"duration"`` usage (transcription by duration).
        count: usages added up here (responses or transcriptions).
    """

    input_text: int = 0
    input_audio: int = 0
    input_image: int = 0
    cached_text: int = 0
    cached_audio: int = 0
    cached_image: int = 0
    output_text: int = 0
    output_audio: int = 0
    unsplit_input: int = 0
    unsplit_cached: int = 0
    unsplit_output: int = 0
    audio_seconds: float = 0.0
    count: int = 0

    @classmethod
    def from_usage(cls, usage: Mapping[str, Any] | Any) -> TokenUsage:
        """Read a ``usage`` object: a response's (``response.done``) or an input
        transcription's (``type`` ``"tokens"`` or ``"duration"``), as a dict or a generated
        model. Missing or mistyped fields count as 0; never raises."""
        # Runs once per response on the receive path: generated models are read with the
        # getattr builtin (no to_dict, no Python-level helper per field), dicts with _dget;
        # typed transcription usages (with a type_) become dicts.
        if usage is None:
            return cls(count=1)
        data: Any = usage
        get: Callable[[Any, str, Any], Any] = _dget
        if type(usage) is not dict:
            if hasattr(usage, "type_") or not hasattr(usage, "to_dict"):
                data = _dict(usage)  # a typed transcription usage, or another mapping
            else:
                get = getattr  # a generated response usage model
        kind = get(data, "type", None)
        if kind == "duration":
            out = cls(count=1)
            seconds = get(data, "seconds", None)
            if type(seconds) in (int, float):
                out.audio_seconds = float(seconds)
            return out
        inp = get(data, "input_token_details", None)
        cached = get(inp, "cached_tokens_details", None)
        outp = get(data, "output_token_details", None)
        t_in, a_in, i_in, n_ca = _counts(get, inp, (*_BY_MODALITY, "cached_tokens"))
        t_ca, a_ca, i_ca = _counts(get, cached, _BY_MODALITY)
        t_out, a_out = _counts(get, outp, _BY_MODALITY[:2])
        n_in, n_out = _counts(get, data, ("input_tokens", "output_tokens"))
        if outp is None and kind == "tokens":
            t_out = n_out  # an input transcription's output is its transcript: text
        return cls(
            t_in,
            a_in,
            i_in,
            t_ca,
            a_ca,
            i_ca,
            t_out,
            a_out,
            max(0, n_in - t_in - a_in - i_in),
            max(0, n_ca - t_ca - a_ca - i_ca),
            max(0, n_out - t_out - a_out),
            0.0,
            1,
        )

    @property
    def input_tokens(self) -> int:
        """All input tokens (cached included)."""
        return self.input_text + self.input_audio + self.input_image + self.unsplit_input

    @property
    def cached_tokens(self) -> int:
        """All cached input tokens."""
        return self.cached_text + self.cached_audio + self.cached_image + self.unsplit_cached

    @property
    def output_tokens(self) -> int:
        """All output tokens."""
        return self.output_text + self.output_audio + self.unsplit_output

    @property
    def total_tokens(self) -> int:
        """Input plus output tokens."""
        return self.input_tokens + self.output_tokens

    def add(self, other: TokenUsage) -> None:
        """Add ``other``'s counts to these."""
        self.input_text += other.input_text
        self.input_audio += other.input_audio
        self.input_image += other.input_image
        self.cached_text += other.cached_text
        self.cached_audio += other.cached_audio
        self.cached_image += other.cached_image
        self.output_text += other.output_text
        self.output_audio += other.output_audio
        self.unsplit_input += other.unsplit_input
        self.unsplit_cached += other.unsplit_cached
        self.unsplit_output += other.unsplit_output
        self.audio_seconds += other.audio_seconds
        self.count += other.count

    def cost(self, price: ModelPrice | None) -> float | None:
        """USD for these counts at ``price``; ``None`` when the price is unknown, a needed
        price is not published, or some tokens have no modality."""
        if price is None or self.unsplit_input or self.unsplit_cached or self.unsplit_output:
            return None
        parts = (
            (self.input_text - self.cached_text, price.text_input),
            (self.cached_text, price.text_cached_input),
            (self.output_text, price.text_output),
            (self.input_audio - self.cached_audio, price.audio_input),
            (self.cached_audio, price.audio_cached_input),
            (self.output_audio, price.audio_output),
            (self.input_image - self.cached_image, price.image_input),
            (self.cached_image, price.image_cached_input),
        )
        usd = 0.0
        for tokens, per_million in parts:
            if tokens:
                if per_million is None:
                    return None
                usd += tokens * per_million / 1_000_000
        if self.audio_seconds:
            if price.per_minute is None:
                return None
            usd += self.audio_seconds / 60.0 * price.per_minute
        return round(usd, 9)

    def to_dict(self) -> dict[str, Any]:
        """The counts as a plain dict (tokens; ``audio_seconds`` in s)."""
        out: dict[str, Any] = {
            "input_tokens": self.input_tokens,
            "cached_tokens": self.cached_tokens,
            "output_tokens": self.output_tokens,
            "total_tokens": self.total_tokens,
            "input": {
                "text": self.input_text,
                "audio": self.input_audio,
                "image": self.input_image,
            },
            "cached": {
                "text": self.cached_text,
                "audio": self.cached_audio,
                "image": self.cached_image,
            },
            "output": {"text": self.output_text, "audio": self.output_audio},
        }
        if self.unsplit_input or self.unsplit_cached or self.unsplit_output:
            out["unsplit"] = {
                "input": self.unsplit_input,
                "cached": self.unsplit_cached,
                "output": self.unsplit_output,
            }
        if self.audio_seconds:
            out["audio_seconds"] = self.audio_seconds
        return out


@attrs.define(slots=True)
class RateLimit:
    """One entry of the latest ``rate_limits.updated``.

    Attributes:
        name: ``"requests"`` or ``"tokens"``.
        limit: the maximum allowed; remaining: what is left (same unit).
        reset_seconds: seconds until the limit resets.
        min_remaining: the lowest ``remaining`` seen in this session.
        observed_at: Unix epoch nanoseconds of the update.
    """

    name: str
    limit: int | None
    remaining: int | None
    reset_seconds: float | None
    min_remaining: int | None
    observed_at: int

    @property
    def headroom(self) -> float | None:
        """``remaining / limit`` (0..1), or ``None`` when either is unknown."""
        if not self.limit or self.remaining is None:
            return None
        return round(self.remaining / self.limit, 6)

    def to_dict(self) -> dict[str, Any]:
        """A plain summary."""
        return {
            "limit": self.limit,
            "remaining": self.remaining,
            "reset_seconds": self.reset_seconds,
            "headroom": self.headroom,
            "min_remaining": self.min_remaining,
        }


@attrs.define(slots=True)
class ResponseMetrics:
    """The figures of one response.

    Attributes:
        response_id: the server's ``resp_…`` id.
        model: the session model when it finished (prices are looked up under it).
        status: the ``response.done`` status (``completed``, ``cancelled``, ``incomplete``,
            ``failed``), or ``None`` while in progress.
        trigger: what started the turn: ``"speech_stopped"``, ``"response.create"`` or
            ``"response.created"`` (no earlier cue seen: latencies then start there).
        usage: the response's tokens.
        price: the price of :attr:`model` when it finished (``None``: unknown).
        cost_usd: USD at that price, ``None`` if unknown.
        created_ms, first_audio_ms, first_text_ms, done_ms: ms from the turn's start to
            ``response.created``, the first output audio delta, the first output text (or audio
            transcript) delta, and ``response.done``; ``None`` if it did not happen.
        start_ns, end_ns: the turn's start and ``response.done``, Unix epoch ns.
    """

    response_id: str
    trigger: str
    start: float = attrs.field(repr=False)
    created: float = attrs.field(repr=False)
    model: str | None = None
    status: str | None = None
    usage: TokenUsage = attrs.Factory(TokenUsage)
    price: ModelPrice | None = attrs.field(default=None, repr=False)
    first_audio: float | None = attrs.field(default=None, repr=False)
    first_text: float | None = attrs.field(default=None, repr=False)
    done: float | None = attrs.field(default=None, repr=False)
    start_ns: int = 0
    end_ns: int | None = None

    @property
    def cost_usd(self) -> float | None:
        """USD of :attr:`usage` at :attr:`price`; ``None`` if unknown."""
        return self.usage.cost(self.price)

    @property
    def created_ms(self) -> float | None:
        """ms from the turn's start to ``response.created``."""
        return _ms(self.start, self.created)

    @property
    def first_audio_ms(self) -> float | None:
        """ms from the turn's start to the first output audio delta."""
        return _ms(self.start, self.first_audio)

    @property
    def first_text_ms(self) -> float | None:
        """ms from the turn's start to the first output text or transcript delta."""
        return _ms(self.start, self.first_text)

    @property
    def done_ms(self) -> float | None:
        """ms from the turn's start to ``response.done``."""
        return _ms(self.start, self.done)

    def to_dict(self) -> dict[str, Any]:
        """A plain summary (ms, tokens, USD)."""
        return {
            "response_id": self.response_id,
            "model": self.model,
            "status": self.status,
            "trigger": self.trigger,
            "latency_ms": {
                "created": self.created_ms,
                "first_audio": self.first_audio_ms,
                "first_text": self.first_text_ms,
                "done": self.done_ms,
            },
            "usage": self.usage.to_dict(),
            "cost_usd": self.cost_usd,
        }


@attrs.define(slots=True)
class TranscriptionMetrics:
    """The figures of one input audio transcription.

    Attributes:
        item_id: the conversation item transcribed.
        model: the transcription model configured when it finished.
        usage: its tokens (or audio seconds for duration usage).
        price: the model's price when it finished (``None``: unknown).
        cost_usd: USD at that price, ``None`` if unknown.
        failed: ``True`` for ``...transcription.failed``.
        first_delta_ms, completed_ms: ms from ``input_audio_buffer.committed`` to the first
            transcription delta and to completion; ``None`` when unknown.
    """

    item_id: str
    model: str | None
    usage: TokenUsage
    price: ModelPrice | None = attrs.field(repr=False)
    failed: bool
    first_delta_ms: float | None
    completed_ms: float | None

    @property
    def cost_usd(self) -> float | None:
        """USD of :attr:`usage` at :attr:`price`; ``None`` if unknown."""
        return self.usage.cost(self.price)

    def to_dict(self) -> dict[str, Any]:
        """A plain summary (ms, tokens, USD)."""
        return {
            "item_id": self.item_id,
            "model": self.model,
            "failed": self.failed,
            "latency_ms": {"first_delta": self.first_delta_ms, "completed": self.completed_ms},
            "usage": self.usage.to_dict(),
            "cost_usd": self.cost_usd,
        }


class MetricsListener(Protocol):
    """What :meth:`SessionMetrics.add_listener` accepts: any object with some of these methods
    (missing ones are skipped). They run in the receiving (or sending) task and must be quick.
    ``on_response`` also gets the ``response.done`` response as a dict (``data``)."""

    def on_session(self, metrics: SessionMetrics) -> None: ...
    def on_response(
        self, metrics: SessionMetrics, response: ResponseMetrics, data: Mapping[str, Any]
    ) -> None: ...
    def on_transcription(
        self, metrics: SessionMetrics, transcription: TranscriptionMetrics
    ) -> None: ...
    def on_error(self, metrics: SessionMetrics, error: Mapping[str, Any]) -> None: ...
    def on_reconnect(self, metrics: SessionMetrics, attempts: int, code: int | None) -> None: ...
    def on_close(self, metrics: SessionMetrics) -> None: ...


_session_hooks: list[Callable[[SessionMetrics], None]] = []

# What an idle SessionMetrics reads (shared, never written: the first write replaces them).
_NO_TRIGGERS: Final[list[tuple[str, float]]] = []
_NO_RESPONSES: Final[dict[str, ResponseMetrics]] = {}
_NO_COMMITS: Final[dict[str, list[float | None]]] = {}
_NO_LISTENERS: Final[list[Any]] = []


def add_session_hook(hook: Callable[[SessionMetrics], None]) -> None:
    """Call ``hook(metrics)`` for every session created from now on (telemetry uses this)."""
    if hook not in _session_hooks:
        _session_hooks.append(hook)


def remove_session_hook(hook: Callable[[SessionMetrics], None]) -> None:
    """Undo :func:`add_session_hook` (no error if it was not added)."""
    if hook in _session_hooks:
        _session_hooks.remove(hook)


def _stats(values: Iterable[float | None]) -> dict[str, Any] | None:
    got = [v for v in values if v is not None]
    if not got:
        return None
    import statistics  # here: only summaries need it (~2 ms of every session import)

    return {
        "count": len(got),
        "mean": round(statistics.fmean(got), 3),
        "median": round(statistics.median(got), 3),
        "max": round(max(got), 3),
    }


class SessionMetrics:
    """Running usage, cost, rate-limit and latency figures of one session (``session.metrics``).

    Attributes:
        kind, url, dialect: the session's connection kind, WebSocket URL (no secret in it) and
            event dialect.
        model: the session model from the server's ``session.created`` / ``session.updated``
            (Azure: what the server reports for the deployment), or the one asked for.
        transcription_model: the input transcription model configured, if any.
        session_id: the server's session id, once known.
        prices: model -> :class:`~openai_realtime.pricing.ModelPrice` used for the costs
            (default :data:`~openai_realtime.pricing.DEFAULT_PRICES`); assign your own mapping
            to override (costs are computed on reading, so a new table applies to the totals).
        responses: the latest finished responses (at most ``max_kept``), oldest first.
        transcriptions: the latest finished input transcriptions (at most ``max_kept``).
        usage_by_model: model -> tokens of the responses and transcriptions of that model
            (``""`` for an unknown model); running totals, never truncated.
        rate_limits: name -> the latest :class:`RateLimit`.
        errors: server ``error`` events received; reconnects: reconnects done.
        input_audio_bytes: bytes of input audio appended; input_audio_ms: their duration (ms).
        watch: the event types the session hands to :meth:`observe` (managed here).
    """

    __slots__ = (
        "_audio_first",
        "_audio_last",
        "_audio_last_ms",
        "_bytes_per_ms",
        "_committed",
        "_in_progress",
        "_listeners",
        "_perf0",
        "_responses",
        "_transcribing",
        "_transcriptions",
        "_triggers",
        "closed",
        "dialect",
        "errors",
        "input_audio_bytes",
        "input_audio_ms",
        "kind",
        "max_kept",
        "model",
        "prices",
        "rate_limits",
        "reconnects",
        "session_id",
        "started_ns",
        "transcription_model",
        "url",
        "usage_by_model",
        "watch",
    )

    def __init__(
        self,
        *,
        kind: str = "realtime",
        url: str = "",
        dialect: str = "ga",
        model: str | None = None,
        prices: Mapping[str, ModelPrice] | None = None,
        max_kept: int = 1000,
    ) -> None:
        self.kind = kind
        self.url = url
        self.dialect = dialect
        self.model = model
        self.transcription_model: str | None = None
        self.session_id: str | None = None
        self.prices: Mapping[str, ModelPrice] = DEFAULT_PRICES if prices is None else prices
        self.max_kept = max_kept
        # Made on first use: an idle session (most of a fleet's) carries no empty deques.
        self._responses: deque[ResponseMetrics] | None = None
        self._transcriptions: deque[TranscriptionMetrics] | None = None
        self.usage_by_model: dict[str, TokenUsage] = {}
        self.rate_limits: dict[str, RateLimit] = {}
        self.errors = 0
        self.reconnects = 0
        self.closed = False
        self.input_audio_bytes = 0
        self.input_audio_ms = 0.0
        # Shared BASE_WATCH until a response or transcription adds its delta types.
        self.watch: frozenset[str] = BASE_WATCH
        self.started_ns = time.time_ns()
        self._perf0 = time.perf_counter()
        # The shared empty ones until the first write (_own): nothing allocated while idle.
        self._triggers = _NO_TRIGGERS
        self._in_progress = _NO_RESPONSES
        self._committed = _NO_COMMITS  # item -> [committed, first delta]
        self._transcribing = 0
        self._bytes_per_ms = 48.0
        self._audio_first: float | None = None
        self._audio_last: float | None = None
        self._audio_last_ms = 0.0
        self._listeners = _NO_LISTENERS
        for hook in list(_session_hooks):
            hook(self)

    @property
    def responses(self) -> deque[ResponseMetrics]:
        """The figures of the last ``max_kept`` responses, oldest first."""
        if self._responses is None:
            self._responses = deque(maxlen=self.max_kept)
        return self._responses

    @property
    def transcriptions(self) -> deque[TranscriptionMetrics]:
        """The figures of the last ``max_kept`` input transcriptions, oldest first."""
        if self._transcriptions is None:
            self._transcriptions = deque(maxlen=self.max_kept)
        return self._transcriptions

    def __repr__(self) -> str:
        return (
            f"<SessionMetrics {self.kind} model={self.model} responses={len(self.responses)} "
            f"tokens={self.usage.total_tokens} cost_usd={self.cost_usd}>"
        )

    # ------------------------------------------------------------------------- listeners

    def add_listener(self, listener: Any) -> None:
        """Notify ``listener`` (a :class:`MetricsListener`) of what follows."""
        self._listeners = [*self._listeners, listener]

    def remove_listener(self, listener: Any) -> None:
        """Stop notifying ``listener`` (no error if it was not added)."""
        if listener in self._listeners:
            self._listeners = [x for x in self._listeners if x is not listener]

    def _notify(self, name: str, *args: Any) -> None:
        for listener in self._listeners:
            method = getattr(listener, name, None)
            if method is not None:
                method(self, *args)

    def epoch_ns(self, perf: float) -> int:
        """A :func:`time.perf_counter` reading of this session as Unix epoch nanoseconds."""
        return self.started_ns + int((perf - self._perf0) * 1e9)

    # ------------------------------------------------------------------------ sent events

    def response_requested(self) -> None:
        """Record a ``response.create`` sent (the start of a turn without turn detection)."""
        self._trigger("response.create", time.perf_counter())

    def _trigger(self, kind: str, at: float) -> None:
        # Bounded: turn starts that no response.created ever follows are dropped, oldest first.
        if self._triggers is _NO_TRIGGERS:
            self._triggers = []
        elif len(self._triggers) >= self.max_kept:
            del self._triggers[0]
        self._triggers.append((kind, at))

    def audio_sent(self, nbytes: int) -> None:
        """Record ``nbytes`` of input audio appended (in the session's input format)."""
        now = time.perf_counter()
        if self._audio_first is None:
            self._audio_first = now
        self._audio_last = now
        self.input_audio_bytes += nbytes
        self._audio_last_ms = nbytes / self._bytes_per_ms
        self.input_audio_ms += self._audio_last_ms

    @property
    def input_audio_pace(self) -> float | None:
        """How fast input audio was sent, in times real time (1.0 = paced like a microphone,
        higher = faster): ms of audio appended before the last append, over the ms between the
        first and the last append. ``None`` with fewer than two appends."""
        if self._audio_first is None or self._audio_last is None:
            return None
        wall_ms = (self._audio_last - self._audio_first) * 1000.0
        if wall_ms <= 0:
            return None
        return round((self.input_audio_ms - self._audio_last_ms) / wall_ms, 3)

    def reconnected(self, attempts: int, code: int | None) -> None:
        """Record a reconnect (after a close with ``code``) that took ``attempts`` attempts.
        Responses in progress on the broken connection are dropped (the server ends them)."""
        self.reconnects += 1
        self._in_progress = _NO_RESPONSES
        self._triggers = _NO_TRIGGERS
        self._committed = _NO_COMMITS
        self._transcribing = 0
        self._watch_deltas()
        self._notify("on_reconnect", attempts, code)

    def close(self) -> None:
        """Record the end of the session (called by ``disconnect``; idempotent)."""
        if not self.closed:
            self.closed = True
            self._notify("on_close")

    # -------------------------------------------------------------------- received events

    def observe(self, event_type: str, event: Any) -> None:
        """Take one received server event whose type is in :attr:`watch`. Never raises for
        an odd payload (missing fields are skipped)."""
        handler = _HANDLERS.get(event_type)
        if handler is not None:
            handler(self, event, time.perf_counter())

    def _on_audio_delta(self, event: Any, now: float) -> None:
        response = self._in_progress.get(str(_field(event, "response_id")))
        if response is not None and response.first_audio is None:
            response.first_audio = now
        self._watch_deltas()

    def _on_text_delta(self, event: Any, now: float) -> None:
        response = self._in_progress.get(str(_field(event, "response_id")))
        if response is not None and response.first_text is None:
            response.first_text = now
        self._watch_deltas()

    def _on_transcription_delta(self, event: Any, now: float) -> None:
        entry = self._committed.get(str(_field(event, "item_id")))
        if entry is not None and entry[1] is None:
            entry[1] = now
            self._transcribing -= 1
        self._watch_deltas()

    def _on_speech_stopped(self, event: Any, now: float) -> None:
        self._trigger("speech_stopped", now)

    def _on_committed(self, event: Any, now: float) -> None:
        if self.transcription_model is None and self.kind != "transcription":
            return
        if len(self._committed) >= self.max_kept:
            evicted = self._committed.pop(next(iter(self._committed)))
            if evicted[1] is None:
                self._transcribing -= 1
        if self._committed is _NO_COMMITS:
            self._committed = {}
        self._committed[str(_field(event, "item_id"))] = [now, None]
        self._transcribing += 1
        self.watch = self.watch | _WATCH_TRANSCRIPTION

    def _on_transcription_completed(self, event: Any, now: float) -> None:
        self._on_transcription(event, now, failed=False)

    def _on_transcription_failed(self, event: Any, now: float) -> None:
        self._on_transcription(event, now, failed=True)

    def _on_error(self, event: Any, now: float) -> None:
        self.errors += 1
        if self._listeners:
            self._notify("on_error", _dict(_dict(event).get("error")))

    def _on_session(self, event: Any, now: float) -> None:
        session = _dict(_dict(event).get("session"))
        first = self.session_id is None
        model = session.get("model")
        if isinstance(model, str) and model:
            self.model = model
        if isinstance(session.get("id"), str):
            self.session_id = session["id"]
        audio_in = _dict(_dict(session.get("audio")).get("input"))
        fmt = _dict(audio_in.get("format")).get("type") or session.get("input_audio_format")
        if isinstance(fmt, str):
            with contextlib.suppress(ValueError):  # an unknown format keeps the last rate
                self._bytes_per_ms = float(audio_bytes_per_ms(fmt))
        transcription = audio_in.get("transcription", session.get("input_audio_transcription"))
        if isinstance(transcription, Mapping):
            name = transcription.get("model")
            self.transcription_model = name if isinstance(name, str) else None
        elif "transcription" in audio_in or "input_audio_transcription" in session:
            self.transcription_model = None
        if first and self.session_id is not None:
            self._notify("on_session")

    def _on_created(self, event: Any, now: float) -> None:
        response_id = str(_field(_field(event, "response"), "id"))
        # The turn starts at the earliest cue since the previous response started; one
        # response.create is consumed per response, every speech_stopped before it too.
        trigger, start = "response.created", now
        if self._triggers:
            trigger, start = self._triggers[0]
            rest: list[tuple[str, float]] = []
            consumed_create = False
            for kind, at in self._triggers:
                if kind == "response.create" and not consumed_create:
                    consumed_create = True
                elif kind == "response.create":
                    rest.append((kind, at))
            self._triggers = rest
        if self._in_progress is _NO_RESPONSES:
            self._in_progress = {}
        self._in_progress[response_id] = ResponseMetrics(
            response_id=response_id,
            trigger=trigger,
            start=start,
            created=now,
            model=self.model,
            start_ns=self.epoch_ns(start),
        )
        if len(self._in_progress) > self.max_kept:
            self._in_progress.pop(next(iter(self._in_progress)))
        self.watch = self.watch | _WATCH_RESPONSE

    def _watch_deltas(self) -> None:
        """Watch the delta types only while a response in progress lacks that first delta."""
        progress = self._in_progress.values()
        watch = self.watch
        if all(r.first_audio is not None for r in progress):
            watch = watch - _WATCH_AUDIO
        if all(r.first_text is not None for r in progress):
            watch = watch - _WATCH_TEXT
        if self._transcribing <= 0:
            watch = watch - _WATCH_TRANSCRIPTION
        self.watch = BASE_WATCH if watch == BASE_WATCH else watch

    def _on_done(self, event: Any, now: float) -> None:
        # Attributes, not to_dict(): this runs once per response on the receive path.
        body = _field(event, "response")
        if type(body) is dict:
            response_id, status, raw_usage = body.get("id"), body.get("status"), body.get("usage")
        else:  # a generated model (missing fields are Unset: no id, no status, no usage)
            response_id = getattr(body, "id", None)
            status = getattr(body, "status", None)
            raw_usage = getattr(body, "usage", None)
        response_id = str(response_id)
        status = getattr(status, "value", status)
        usage = TokenUsage.from_usage(raw_usage)
        end_ns = self.started_ns + int((now - self._perf0) * 1e9)  # epoch_ns(now), inlined
        response = self._in_progress.pop(response_id, None)
        if response is None:  # its response.created came before a reconnect, or never
            response = ResponseMetrics(
                response_id=response_id,
                trigger="response.created",
                start=now,
                created=now,
                start_ns=end_ns,
            )
        response.done = now
        response.end_ns = end_ns
        response.status = status if isinstance(status, str) else None
        response.model = model = self.model
        response.usage = usage
        response.price = self.prices.get(model) if model else None
        self._add_usage(model, usage)
        self.responses.append(response)
        if self._in_progress or len(self.watch) > len(BASE_WATCH):
            self._watch_deltas()
        if self._listeners:
            self._notify("on_response", response, _dict(body))

    def _on_transcription(self, event: Any, now: float, *, failed: bool) -> None:
        data = _dict(event)
        item_id = str(data.get("item_id"))
        entry = self._committed.pop(item_id, None)
        if entry is not None and entry[1] is None:
            self._transcribing -= 1
            self._watch_deltas()
        usage = TokenUsage.from_usage(data.get("usage")) if not failed else TokenUsage(count=1)
        model = self.transcription_model
        record = TranscriptionMetrics(
            item_id=item_id,
            model=model,
            usage=usage,
            price=self._price(model),
            failed=failed,
            first_delta_ms=_ms(entry[0], entry[1]) if entry else None,
            completed_ms=_ms(entry[0], now) if entry else None,
        )
        self._add_usage(model, usage)
        self.transcriptions.append(record)
        if self._listeners:
            self._notify("on_transcription", record)

    def _on_rate_limits(self, event: Any, now: float) -> None:
        now_ns = time.time_ns()
        for entry in _dict(event).get("rate_limits") or []:
            if not isinstance(entry, Mapping) or not isinstance(entry.get("name"), str):
                continue
            limit, remaining = entry.get("limit"), entry.get("remaining")
            reset = entry.get("reset_seconds")
            remaining = remaining if isinstance(remaining, int) else None
            previous = self.rate_limits.get(entry["name"])
            if previous is None and len(self.rate_limits) >= MAX_NAMES:
                continue
            low = previous.min_remaining if previous is not None else None
            lows = [v for v in (remaining, low) if v is not None]
            self.rate_limits[entry["name"]] = RateLimit(
                name=entry["name"],
                limit=limit if isinstance(limit, int) else None,
                remaining=remaining,
                reset_seconds=float(reset) if isinstance(reset, int | float) else None,
                min_remaining=min(lows) if lows else None,
                observed_at=now_ns,
            )

    # ------------------------------------------------------------------------ figures

    def _price(self, model: str | None) -> ModelPrice | None:
        return self.prices.get(model) if model else None

    def _add_usage(self, model: str | None, usage: TokenUsage) -> None:
        total = self.usage_by_model.get(model or "")
        if total is None:
            if len(self.usage_by_model) >= MAX_NAMES:
                model = ""  # counted, as of an unknown model (so its cost is unknown)
            total = self.usage_by_model.setdefault(model or "", TokenUsage())
        total.add(usage)

    @property
    def usage(self) -> TokenUsage:
        """Tokens of all responses and transcriptions of the session, all models."""
        total = TokenUsage()
        for usage in self.usage_by_model.values():
            total.add(usage)
        return total

    @property
    def response_usage(self) -> TokenUsage:
        """Tokens of the responses (the sum of the ``response.done`` usages), all models."""
        total = TokenUsage()
        for response in self.responses:
            total.add(response.usage)
        return total

    @property
    def cost_usd(self) -> float | None:
        """USD of the whole session at :attr:`prices`; ``None`` if any part is unknown (and
        0.0 before any usage)."""
        usd = 0.0
        for model, usage in self.usage_by_model.items():
            cost = usage.cost(self._price(model))
            if cost is None:
                return None
            usd += cost
        return round(usd, 9)

    def to_dict(self) -> dict[str, Any]:
        """A plain summary for logs and ``--json``: ids, tokens, cost (USD), rate limits,
        latency statistics (ms: count, mean, median, max over the kept responses), input
        audio (ms, pace) and counts. No secret and no conversation content."""
        responses = list(self.responses)
        prices_used = {
            model: {"source": price.source, "as_of": price.as_of}
            for model in self.usage_by_model
            if (price := self._price(model)) is not None
        }
        out: dict[str, Any] = {
            "session_id": self.session_id,
            "kind": self.kind,
            "model": self.model,
            "transcription_model": self.transcription_model,
            "responses": len(responses),
            "transcriptions": len(self.transcriptions),
            "usage": self.usage.to_dict(),
            "usage_by_model": {m or "unknown": u.to_dict() for m, u in self.usage_by_model.items()},
            "cost_usd": self.cost_usd,
            "prices": prices_used,
            "latency_ms": {
                "created": _stats(r.created_ms for r in responses),
                "first_audio": _stats(r.first_audio_ms for r in responses),
                "first_text": _stats(r.first_text_ms for r in responses),
                "done": _stats(r.done_ms for r in responses),
                "transcription_first_delta": _stats(t.first_delta_ms for t in self.transcriptions),
                "transcription_completed": _stats(t.completed_ms for t in self.transcriptions),
            },
            "rate_limits": {name: rl.to_dict() for name, rl in self.rate_limits.items()},
            "input_audio": {
                "bytes": self.input_audio_bytes,
                "ms": round(self.input_audio_ms, 3),
                "pace_x_realtime": self.input_audio_pace,
            },
            "errors": self.errors,
            "reconnects": self.reconnects,
        }
        return out


#: Event type -> the :class:`SessionMetrics` method that takes it (``observe`` dispatches).
_HANDLERS: dict[str, Callable[[SessionMetrics, Any, float], None]] = {
    **dict.fromkeys(_AUDIO_DELTAS, SessionMetrics._on_audio_delta),
    **dict.fromkeys(_TEXT_DELTAS, SessionMetrics._on_text_delta),
    _TRANSCRIPTION_DELTA: SessionMetrics._on_transcription_delta,
    **dict.fromkeys(_SESSION_EVENTS, SessionMetrics._on_session),
    "input_audio_buffer.speech_stopped": SessionMetrics._on_speech_stopped,
    "input_audio_buffer.committed": SessionMetrics._on_committed,
    "response.created": SessionMetrics._on_created,
    "response.done": SessionMetrics._on_done,
    "conversation.item.input_audio_transcription.completed": (
        SessionMetrics._on_transcription_completed
    ),
    "conversation.item.input_audio_transcription.failed": SessionMetrics._on_transcription_failed,
    "rate_limits.updated": SessionMetrics._on_rate_limits,
    "error": SessionMetrics._on_error,
}
assert set(_HANDLERS) == BASE_WATCH | {*_AUDIO_DELTAS, *_TEXT_DELTAS, _TRANSCRIPTION_DELTA}


def _field(obj: Any, name: str) -> Any:
    """``obj.name`` on a generated model, ``obj[name]`` on a dict or an ``UnknownEvent``'s raw
    payload; ``None`` when absent."""
    if type(obj) is dict:
        return obj.get(name)
    if obj is None:
        return None
    value = getattr(obj, name, None)
    if value is None:
        if isinstance(obj, Mapping):
            return obj.get(name)
        raw = getattr(obj, "raw", None)
        return raw.get(name) if type(raw) is dict else None
    if type(value).__name__ == "Unset":
        return None
    return value


def format_summary(summary: Mapping[str, Any]) -> str:
    """A few human-readable lines from :meth:`SessionMetrics.to_dict` (for the CLI and logs):
    tokens, cost (or why it is unknown), latencies (ms), rate-limit headroom, input audio."""
    usage = summary.get("usage") or {}
    lines = [
        f"tokens: {usage.get('input_tokens', 0)} in ({usage.get('cached_tokens', 0)} cached), "
        f"{usage.get('output_tokens', 0)} out"
        + "".join(
            f"; {kind} text {parts.get('text', 0)} audio {parts.get('audio', 0)}"
            for kind, parts in (
                ("in", usage.get("input") or {}),
                ("out", usage.get("output") or {}),
            )
        )
        + (f"; {usage['audio_seconds']:.1f} s of audio" if usage.get("audio_seconds") else "")
    ]
    cost = summary.get("cost_usd")
    if cost is not None:
        dates = sorted({p["as_of"] for p in (summary.get("prices") or {}).values()})
        lines.append(f"cost: ${cost:.6f} (prices as of {', '.join(dates) or 'n/a'})")
    else:
        models = ", ".join(m for m in (summary.get("usage_by_model") or {})) or "none"
        lines.append(f"cost: unknown (no complete price for the usage of: {models})")
    latency = summary.get("latency_ms") or {}
    shown = [
        f"{label} {stats['mean']:.0f}/{stats['max']:.0f}"
        for label, key in (
            ("first audio", "first_audio"),
            ("first text", "first_text"),
            ("done", "done"),
            ("transcript", "transcription_completed"),
        )
        if (stats := latency.get(key))
    ]
    if shown:
        counts = {stats["count"] for stats in latency.values() if stats}
        lines.append(
            f"latency ms (mean/max of {'/'.join(map(str, sorted(counts)))}): " + ", ".join(shown)
        )
    limits = summary.get("rate_limits") or {}
    if limits:
        lines.append(
            "rate limits left: "
            + "; ".join(
                f"{name} {rl['remaining']}/{rl['limit']}"
                + (f" ({rl['headroom']:.1%})" if rl.get("headroom") is not None else "")
                for name, rl in limits.items()
            )
        )
    audio = summary.get("input_audio") or {}
    if audio.get("bytes"):
        pace = audio.get("pace_x_realtime")
        lines.append(
            f"input audio: {audio['ms'] / 1000:.2f} s sent"
            + (f" at {pace:.2f}x real time" if pace is not None else "")
        )
    return "\n".join(lines)
