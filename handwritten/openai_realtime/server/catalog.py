"""Which models and Azure deployments the local server knows, and the real services' answers for
the others.

OpenAI rejects an input transcription model it does not offer (``invalid_value``, naming the
supported values); Azure OpenAI answers a deployment name the resource does not have with HTTP
404 ``DeploymentNotFound``, on REST and on the WebSocket handshake. The local server does the
same by default (:class:`~.config.ServerConfig` ``transcription_models``, ``azure_deployments``;
``None`` accepts any name). Transcription models are checked on the OpenAI surface only: Azure's
documented examples name models (``whisper-1``) there, not deployments, and what Azure answers
for an unknown one is not recorded. Pure functions, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

__all__ = [
    "DEFAULT_AZURE_DEPLOYMENTS",
    "DEFAULT_TRANSCRIPTION_MODELS",
    "DEPLOYMENT_NOT_FOUND",
    "unknown_transcription_model",
]

DEFAULT_TRANSCRIPTION_MODELS: Final = frozenset(
    {
        # The spec's enum of AudioTranscription.model (openapi.yaml).
        "whisper-1",
        "gpt-transcribe",
        "gpt-live-transcribe",
        "gpt-4o-mini-transcribe",
        "gpt-4o-mini-transcribe-2025-12-15",
        "gpt-4o-transcribe",
        "gpt-4o-transcribe-diarize",
        "gpt-realtime-whisper",
    }
)
"""Input transcription models OpenAI offers (the pinned spec's enum)."""

DEFAULT_AZURE_DEPLOYMENTS: Final = frozenset(
    {
        "gpt-realtime",
        "gpt-realtime-mini",
        "gpt-4o-realtime-preview",
        "gpt-4o-mini-realtime-preview",
        *DEFAULT_TRANSCRIPTION_MODELS,
    }
)
"""Deployments of the emulated Azure resource: one per realtime and transcription model, named
after it (the portal's default name)."""

DEPLOYMENT_NOT_FOUND: Final = (
    "The API deployment for this resource does not exist. If you created the deployment within "
    "the last 5 minutes, please wait a moment and try again."
)
"""Azure OpenAI's message for an unknown deployment (HTTP 404, code ``DeploymentNotFound``)."""

TRANSCRIPTION_MODEL_PARAM: Final = "session.audio.input.transcription.model"


def _supported(values: frozenset[str]) -> str:
    quoted = [f"'{v}'" for v in sorted(values)]
    if len(quoted) < 2:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


def unknown_transcription_model(
    session: Mapping[str, Any], allowed: frozenset[str] | None
) -> str | None:
    """OpenAI's message when ``session`` (GA shape: ``audio.input.transcription.model``) names a
    transcription model outside ``allowed`` (param :data:`TRANSCRIPTION_MODEL_PARAM`, code
    ``invalid_value``); ``None`` when it is fine, absent, or ``allowed`` is ``None``."""
    if allowed is None:
        return None
    audio = session.get("audio")
    audio_in = audio.get("input") if isinstance(audio, Mapping) else None
    transcription = audio_in.get("transcription") if isinstance(audio_in, Mapping) else None
    model = transcription.get("model") if isinstance(transcription, Mapping) else None
    if not isinstance(model, str) or model in allowed:
        return None
    return f"Invalid value: '{model[:100]}'. Supported values are: {_supported(allowed)}."


def deployment_known(name: str, allowed: frozenset[str] | None) -> bool:
    """``True`` when the emulated Azure resource has a deployment called ``name``."""
    return allowed is None or name in allowed
