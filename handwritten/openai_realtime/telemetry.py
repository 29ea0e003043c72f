"""OpenTelemetry spans for realtime sessions (extra ``[otel]``: ``opentelemetry-api``).

One span per session (from the open connection to ``disconnect``) and one child span per
response (from the turn's start - speech stopped or ``response.create`` sent - to
``response.done``), carrying the figures of :mod:`openai_realtime.metrics` as attributes. Names
follow the OpenTelemetry GenAI semantic conventions where they exist (``gen_ai.operation.name``,
``gen_ai.provider.name``, ``gen_ai.request.model``, ``gen_ai.response.id``,
``gen_ai.response.finish_reasons``, ``gen_ai.conversation.id``, ``gen_ai.usage.input_tokens``,
``gen_ai.usage.output_tokens``, ``gen_ai.usage.cache_read.input_tokens``, ``server.address``,
``server.port``, ``error.type``); the rest are ``openai_realtime.*`` (tokens by modality, cost in
USD, latencies in ms, rate-limit headroom, input audio). Server errors, reconnects and input
transcriptions are span events on the session span; first audio and first text deltas are span
events on the response span.

No secrets and no user content: URLs carry no secret, and texts (error messages, response
output) are recorded only with ``capture_content=True``. Without the extra this module is never
imported by the package; importing it without ``opentelemetry-api`` raises ``ImportError`` that
names the extra.

Usage::

    from openai_realtime import telemetry
    telemetry.instrument()             # every session opened from now on, global tracer provider
    # or, for one session:
    telemetry.trace_session(session, tracer_provider=provider)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

try:
    from opentelemetry import trace
    from opentelemetry.trace import Span, SpanKind, Status, StatusCode, Tracer, TracerProvider
except ImportError as exc:  # pragma: no cover - depends on the install
    raise ImportError(
        "openai_realtime.telemetry needs OpenTelemetry: pip install 'openai-realtime[otel]' "
        f"({exc})"
    ) from exc

from . import __version__
from .metrics import (
    ResponseMetrics,
    SessionMetrics,
    TokenUsage,
    TranscriptionMetrics,
    add_session_hook,
    remove_session_hook,
)

__all__ = ["SessionTracer", "instrument", "is_instrumented", "trace_session", "uninstrument"]

_SCOPE = "openai_realtime"
AttributeValue = str | bool | int | float | list[str]


def _usage_attributes(usage: TokenUsage, prefix: str = "") -> dict[str, AttributeValue]:
    out: dict[str, AttributeValue] = {
        "gen_ai.usage.input_tokens": usage.input_tokens,
        "gen_ai.usage.output_tokens": usage.output_tokens,
        "gen_ai.usage.cache_read.input_tokens": usage.cached_tokens,
    }
    for name in (
        "input_text",
        "input_audio",
        "input_image",
        "cached_text",
        "cached_audio",
        "cached_image",
        "output_text",
        "output_audio",
    ):
        out[f"openai_realtime.usage.{name}_tokens"] = getattr(usage, name)
    if usage.audio_seconds:
        out["openai_realtime.usage.audio_seconds"] = usage.audio_seconds
    return {f"{prefix}{k}": v for k, v in out.items()} if prefix else out


def _set(attributes: dict[str, AttributeValue], key: str, value: Any) -> None:
    """Add ``value`` unless it is ``None`` (OTel attributes cannot be null)."""
    if value is not None:
        attributes[key] = value


class SessionTracer:
    """Listens to one session's :class:`~openai_realtime.metrics.SessionMetrics` and records
    spans. Created by :func:`trace_session` / :func:`instrument`; ends its session span when the
    session is disconnected.

    Attributes:
        span: the session span.
        capture_content: whether texts (error messages, response output) are recorded.
    """

    def __init__(self, metrics: SessionMetrics, tracer: Tracer, *, capture_content: bool) -> None:
        self._tracer = tracer
        self.capture_content = capture_content
        parts = urlsplit(metrics.url)
        self._common: dict[str, AttributeValue] = {
            "gen_ai.provider.name": "azure.ai.openai"
            if parts.path.startswith("/openai/")
            else "openai",
        }
        _set(self._common, "server.address", parts.hostname)
        _set(self._common, "server.port", parts.port or (443 if parts.scheme == "wss" else None))
        attributes: dict[str, AttributeValue] = {
            **self._common,
            "gen_ai.operation.name": "realtime",
            "openai_realtime.session.kind": metrics.kind,
            "openai_realtime.session.dialect": metrics.dialect,
        }
        _set(attributes, "gen_ai.request.model", metrics.model)
        self.span: Span = tracer.start_span(
            f"realtime {metrics.model or metrics.kind}",
            kind=SpanKind.CLIENT,
            attributes=attributes,
            start_time=metrics.started_ns,
        )
        metrics.add_listener(self)

    # ------------------------------------------------------------------ listener methods

    def on_session(self, metrics: SessionMetrics) -> None:
        """The server's ``session.created``: its id and model."""
        _attrs: dict[str, AttributeValue] = {}
        _set(_attrs, "gen_ai.conversation.id", metrics.session_id)
        _set(_attrs, "gen_ai.request.model", metrics.model)
        self.span.set_attributes(_attrs)

    def on_response(
        self, metrics: SessionMetrics, response: ResponseMetrics, data: Mapping[str, Any]
    ) -> None:
        """One finished response: a child span from the turn's start to ``response.done``."""
        attributes: dict[str, AttributeValue] = {
            **self._common,
            "gen_ai.operation.name": "chat",
            "openai_realtime.turn.trigger": response.trigger,
            **_usage_attributes(response.usage),
        }
        _set(attributes, "gen_ai.request.model", response.model)
        _set(attributes, "gen_ai.response.id", response.response_id)
        _set(attributes, "gen_ai.conversation.id", metrics.session_id)
        if response.status:
            attributes["gen_ai.response.finish_reasons"] = [response.status]
        _set(attributes, "openai_realtime.cost_usd", response.cost_usd)
        _set(attributes, "openai_realtime.latency.created_ms", response.created_ms)
        _set(attributes, "openai_realtime.latency.first_audio_ms", response.first_audio_ms)
        _set(attributes, "openai_realtime.latency.first_text_ms", response.first_text_ms)
        _set(attributes, "openai_realtime.latency.done_ms", response.done_ms)
        if self.capture_content:
            messages = _output_messages(data)
            if messages:
                attributes["gen_ai.output.messages"] = json.dumps(messages)
        span = self._tracer.start_span(
            f"chat {response.model or 'unknown'}",
            context=trace.set_span_in_context(self.span),
            kind=SpanKind.CLIENT,
            attributes=attributes,
            start_time=response.start_ns,
        )
        for name, at in (
            ("openai_realtime.first_audio_delta", response.first_audio),
            ("openai_realtime.first_text_delta", response.first_text),
        ):
            if at is not None:
                span.add_event(name, timestamp=metrics.epoch_ns(at))
        if response.status == "failed":
            details = data.get("status_details")
            error = details.get("error") if isinstance(details, Mapping) else None
            kind = error.get("type") if isinstance(error, Mapping) else None
            span.set_attribute("error.type", str(kind or "failed"))
            span.set_status(Status(StatusCode.ERROR))
        span.end(end_time=response.end_ns)

    def on_transcription(
        self, metrics: SessionMetrics, transcription: TranscriptionMetrics
    ) -> None:
        """One finished input transcription: an event on the session span."""
        attributes: dict[str, AttributeValue] = {
            "openai_realtime.transcription.failed": transcription.failed,
            **_usage_attributes(transcription.usage),
        }
        _set(attributes, "gen_ai.request.model", transcription.model)
        _set(attributes, "openai_realtime.cost_usd", transcription.cost_usd)
        _set(attributes, "openai_realtime.latency.first_delta_ms", transcription.first_delta_ms)
        _set(attributes, "openai_realtime.latency.completed_ms", transcription.completed_ms)
        self.span.add_event("openai_realtime.transcription", attributes)

    def on_error(self, metrics: SessionMetrics, error: Mapping[str, Any]) -> None:
        """A server ``error`` event: an event on the session span (message only with
        ``capture_content``)."""
        attributes: dict[str, AttributeValue] = {"error.type": str(error.get("type") or "error")}
        for key in ("code", "param", "event_id"):
            if isinstance(error.get(key), str):
                attributes[f"openai_realtime.error.{key}"] = error[key]
        if self.capture_content and isinstance(error.get("message"), str):
            attributes["openai_realtime.error.message"] = error["message"]
        self.span.add_event("openai_realtime.error", attributes)

    def on_reconnect(self, metrics: SessionMetrics, attempts: int, code: int | None) -> None:
        """A reconnect: an event on the session span."""
        attributes: dict[str, AttributeValue] = {"openai_realtime.reconnect.attempts": attempts}
        _set(attributes, "openai_realtime.reconnect.close_code", code)
        self.span.add_event("openai_realtime.reconnect", attributes)

    def on_close(self, metrics: SessionMetrics) -> None:
        """The session's end: its totals on the session span, which ends."""
        summary = metrics.to_dict()
        attributes: dict[str, AttributeValue] = {
            **_usage_attributes(metrics.usage),
            "openai_realtime.responses": summary["responses"],
            "openai_realtime.transcriptions": summary["transcriptions"],
            "openai_realtime.errors": metrics.errors,
            "openai_realtime.reconnects": metrics.reconnects,
            "openai_realtime.input_audio_ms": round(metrics.input_audio_ms, 3),
        }
        _set(attributes, "gen_ai.request.model", metrics.model)
        _set(attributes, "openai_realtime.transcription.model", metrics.transcription_model)
        _set(attributes, "openai_realtime.cost_usd", metrics.cost_usd)
        _set(attributes, "openai_realtime.input_audio_pace", metrics.input_audio_pace)
        for figure, stats in summary["latency_ms"].items():
            if stats is not None:
                attributes[f"openai_realtime.latency.{figure}_ms.mean"] = stats["mean"]
                attributes[f"openai_realtime.latency.{figure}_ms.max"] = stats["max"]
        for name, limit in metrics.rate_limits.items():
            _set(attributes, f"openai_realtime.rate_limit.{name}.remaining", limit.remaining)
            _set(attributes, f"openai_realtime.rate_limit.{name}.limit", limit.limit)
            _set(attributes, f"openai_realtime.rate_limit.{name}.headroom", limit.headroom)
        self.span.set_attributes(attributes)
        self.span.end()
        metrics.remove_listener(self)


def _output_messages(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The response's output texts and transcripts as GenAI ``gen_ai.output.messages``."""
    messages: list[dict[str, Any]] = []
    for item in data.get("output") or []:
        if not isinstance(item, Mapping) or item.get("type") != "message":
            continue
        parts = []
        for part in item.get("content") or []:
            if isinstance(part, Mapping):
                text = part.get("text") or part.get("transcript")
                if isinstance(text, str):
                    parts.append({"type": "text", "content": text})
        if parts:
            messages.append({"role": item.get("role") or "assistant", "parts": parts})
    return messages


def _tracer(tracer_provider: TracerProvider | None) -> Tracer:
    return trace.get_tracer(_SCOPE, __version__, tracer_provider=tracer_provider)


def trace_session(
    session: Any,
    *,
    tracer_provider: TracerProvider | None = None,
    capture_content: bool = False,
) -> SessionTracer:
    """Record spans for one open session (a ``RealtimeSession`` or its ``metrics``); the
    session span starts at the session's creation and ends at ``disconnect``.

    Args:
        session: a :class:`~openai_realtime.session.RealtimeSession` or a
            :class:`~openai_realtime.metrics.SessionMetrics`.
        tracer_provider: the provider to use (default: OpenTelemetry's global one).
        capture_content: also record texts (error messages, response output); off by default.
    """
    metrics = session if isinstance(session, SessionMetrics) else session.metrics
    return SessionTracer(metrics, _tracer(tracer_provider), capture_content=capture_content)


_hook: Any = None


def instrument(
    *, tracer_provider: TracerProvider | None = None, capture_content: bool = False
) -> None:
    """Trace every session created from now on (replaces an earlier :func:`instrument`)."""
    global _hook
    uninstrument()
    tracer = _tracer(tracer_provider)

    def hook(metrics: SessionMetrics) -> None:
        SessionTracer(metrics, tracer, capture_content=capture_content)

    _hook = hook
    add_session_hook(hook)


def uninstrument() -> None:
    """Stop tracing new sessions (sessions already traced keep their spans)."""
    global _hook
    if _hook is not None:
        remove_session_hook(_hook)
        _hook = None


def is_instrumented() -> bool:
    """Whether :func:`instrument` is in effect."""
    return _hook is not None
