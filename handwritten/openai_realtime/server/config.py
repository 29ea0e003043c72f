"""Configuration of the local realtime server."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..redaction import register_secret
from .catalog import DEFAULT_AZURE_DEPLOYMENTS, DEFAULT_TRANSCRIPTION_MODELS
from .faults import FaultPlan

__all__ = ["DEFAULT_API_KEY", "ManualClock", "ServerConfig"]

DEFAULT_API_KEY = "sk-local-test"
"""The API key a default :class:`ServerConfig` accepts."""


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """Settings of the local realtime server (immutable).

    Attributes:
        api_keys: keys accepted as ``Authorization: Bearer <key>`` on REST and WebSocket
            requests (ephemeral ``ek_`` secrets minted by the server are accepted too).
        azure_api_keys: keys accepted on the Azure paths (``api-key: <key>`` header, or as a
            bearer value on ``/openai/v1``); ``None`` (default) means ``api_keys``.
        entra_signing_key: HMAC-SHA256 key of the Entra ID stand-in (:mod:`.entra`); ``None``
            (default) draws a random key per server. Tokens from
            ``LocalRealtimeServer.token_credential()`` always match the server's key.
        faults: fault plan applied to every WebSocket connection (:class:`~.faults.FaultPlan`;
            ``LocalRealtimeServer.set_faults`` replaces it while running).
        validate_outgoing: check every event and REST response the server sends against its
            schema in the pinned spec; an invalid one is logged at ERROR level and raises
            :class:`~openai_realtime.server.realtime.OutgoingEventError` (the WebSocket closes
            with code 1011, a REST call answers 500). Tests rely on this being on.
        default_model: model of a conversation session when neither the URL nor the client
            secret names one.
        delta_delay_ms: pause in milliseconds between consecutive streamed ``*.delta`` events
            (transcription, text, audio); 0 sends them back to back.
        response_audio_ms: length in milliseconds of the audio the server "speaks" in a
            response with audio output (a quiet 440 Hz tone, not speech).
        session_ttl_s: maximum duration of a WebSocket session in seconds (OpenAI: 60
            minutes). It sets the session's ``expires_at``; when it has elapsed (measured with
            the event loop's monotonic clock from the handshake, not with ``clock``), the
            server sends an ``error`` event (code ``session_expired``) and closes with 1001.
        transcription_models: input transcription models accepted (default: OpenAI's, the
            spec's enum); another name is answered as OpenAI does (``invalid_value`` naming the
            supported values: 400 on REST, an ``error`` event on the WebSocket); checked on the
            OpenAI surface only. ``None`` accepts any name.
        azure_deployments: deployment names of the emulated Azure resource (default: one per
            realtime and transcription model, named after it); another name on the Azure
            surfaces is answered as Azure does (HTTP 404 ``DeploymentNotFound``, on REST and on
            the WebSocket handshake). ``None`` accepts any name.
        recognize_speech: decode committed user audio with PocketSphinx (:mod:`.asr`) when
            it is installed (the ``[server]`` extra), so transcripts and answers carry the
            words; ``False``, or without pocketsphinx, transcripts describe the speech
            segments the VAD measured.
        script: scripted model behaviour (:class:`~.script.Script`, or its plain data,
            validated here: ``ScriptError``); ``None`` answers as described in
            :mod:`.responses`. ``LocalRealtimeServer.set_script`` replaces it while running.
        clock: wall clock in Unix seconds (``time.time`` by default); used for ``expires_at``
            values and for expiring client secrets. Tests can pass a :class:`ManualClock`.
    """

    api_keys: frozenset[str] = field(default=frozenset({DEFAULT_API_KEY}), repr=False)
    validate_outgoing: bool = True
    default_model: str = "gpt-realtime"
    delta_delay_ms: float = 0.0
    response_audio_ms: int = 600
    session_ttl_s: float = 3600.0
    clock: Callable[[], float] = field(default=time.time, repr=False)
    azure_api_keys: frozenset[str] | None = field(default=None, repr=False)
    entra_signing_key: bytes | None = field(default=None, repr=False)
    faults: FaultPlan | None = None
    transcription_models: frozenset[str] | None = DEFAULT_TRANSCRIPTION_MODELS
    azure_deployments: frozenset[str] | None = DEFAULT_AZURE_DEPLOYMENTS
    recognize_speech: bool = True
    script: Any = None

    def __post_init__(self) -> None:
        if self.delta_delay_ms < 0:
            raise ValueError("delta_delay_ms must be >= 0")
        if self.response_audio_ms < 0:
            raise ValueError("response_audio_ms must be >= 0")
        if self.session_ttl_s <= 0:
            raise ValueError("session_ttl_s must be > 0")
        if self.script is not None:
            from .script import Script

            object.__setattr__(self, "script", Script.from_data(self.script))
        for key in (*self.api_keys, *(self.azure_api_keys or ())):
            register_secret(key)


class ManualClock:
    """A clock for tests: Unix seconds that only move when :meth:`advance` is called.

    Thread-safe, because the server reads it from its own thread.
    """

    def __init__(self, start: float | None = None) -> None:
        self._now = time.time() if start is None else start
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        """Move the clock forward by ``seconds`` (may be fractional, must be >= 0)."""
        if seconds < 0:
            raise ValueError("a clock only moves forward")
        with self._lock:
            self._now += seconds
