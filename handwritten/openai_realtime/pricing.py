"""Published prices of the realtime and transcription models, and what a usage costs.

:data:`DEFAULT_PRICES` maps a model name (as the server reports it in ``session.created``, or as
configured for input transcription) to its :class:`ModelPrice`: USD per 1M tokens by modality
(text, audio, image; input, cached input, output), or USD per minute of audio for the models
priced by duration. Each entry names its source and the date it was read (:data:`PRICES_AS_OF`).

Never a guess: a model that is not in the table, a price the source does not publish, or a usage
whose tokens the server did not split by modality gives a cost of ``None`` (unknown), not an
estimate. Azure deployments have their own names and prices; map them yourself::

    from openai_realtime.pricing import DEFAULT_PRICES
    session.metrics.prices = {**DEFAULT_PRICES, "my-deployment": DEFAULT_PRICES["gpt-realtime"]}
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

__all__ = ["DEFAULT_PRICES", "PRICES_AS_OF", "ModelPrice"]

#: The date the shipped prices were read from their sources (ISO 8601).
PRICES_AS_OF = "2026-12-01"

_MODEL_PAGE = "https://developers.openai.com/api/docs/models/"
_COOKBOOK_TRANSCRIPTION = (
    "OpenAI cookbook, realtime transcription notebook (gpt-4o-transcribe: $6.00 audio input, "
    "$2.50 text input, $10.00 text output per 1M tokens)"
)


@attrs.frozen
class ModelPrice:
    """What one model costs, in USD. ``None`` marks a price the source does not publish (a
    usage that needs it has an unknown cost).

    Attributes:
        text_input, text_cached_input, text_output: USD per 1M text tokens.
        audio_input, audio_cached_input, audio_output: USD per 1M audio tokens.
        image_input, image_cached_input: USD per 1M image tokens.
        per_minute: USD per minute of input audio, for models priced by duration (usage of
            type ``"duration"``).
        source: where the prices come from (URL or document).
        as_of: the date the source was read (ISO 8601).
    """

    text_input: float | None = None
    text_cached_input: float | None = None
    text_output: float | None = None
    audio_input: float | None = None
    audio_cached_input: float | None = None
    audio_output: float | None = None
    image_input: float | None = None
    image_cached_input: float | None = None
    per_minute: float | None = None
    source: str = ""
    as_of: str = PRICES_AS_OF


def _realtime(
    text: tuple[float, float, float],
    audio: tuple[float, float, float],
    image: tuple[float, float] | None,
    source: str,
) -> ModelPrice:
    return ModelPrice(
        text_input=text[0],
        text_cached_input=text[1],
        text_output=text[2],
        audio_input=audio[0],
        audio_cached_input=audio[1],
        audio_output=audio[2],
        image_input=image[0] if image else None,
        image_cached_input=image[1] if image else None,
        source=source,
    )


# gpt-realtime: the sources read publish its text prices and its audio input prices, not its
# audio output or image prices; those stay unknown (a response with audio output has an unknown
# cost unless you add them).
_GPT_REALTIME = ModelPrice(
    text_input=4.00,
    text_cached_input=0.40,
    text_output=16.00,
    audio_input=32.00,
    audio_cached_input=0.40,
    source="https://developers.openai.com/api/docs/models/compare?model=gpt-realtime (text); "
    "OpenAI cookbook, realtime transcription notebook (audio input $32.00, cached $0.40)",
)
_GPT_4O_REALTIME = _realtime(
    (5.00, 2.50, 20.00), (40.00, 2.50, 80.00), None, _MODEL_PAGE + "gpt-4o-realtime-preview"
)
_GPT_4O_MINI_REALTIME = _realtime(
    (0.60, 0.30, 2.40), (10.00, 0.30, 20.00), None, _MODEL_PAGE + "gpt-4o-mini-realtime-preview"
)
_GPT_4O_TRANSCRIBE = ModelPrice(
    text_input=2.50, text_output=10.00, audio_input=6.00, source=_COOKBOOK_TRANSCRIPTION
)
_GPT_4O_MINI_TRANSCRIBE = ModelPrice(
    text_input=1.25,
    text_output=5.00,
    audio_input=3.00,
    source="https://developers.openai.com/api/docs/pricing (gpt-4o-mini-transcribe: audio $3.00, "
    "text $1.25 input / $5.00 output per 1M tokens)",
)

#: Model name -> price, as published on :data:`PRICES_AS_OF`. Read-only; copy it into a dict to
#: add or change entries (``{**DEFAULT_PRICES, "name": ModelPrice(...)}``). Models of the pinned
#: spec that are missing here (``gpt-realtime-mini``, ``gpt-realtime-2.1``,
#: ``gpt-4o-realtime-preview-2024-10-01``, ``gpt-live-transcribe``,
#: ``gpt-4o-transcribe-diarize``, ``gpt-realtime-translate``, ...) had no complete published
#: price in the sources read: their cost is unknown.
DEFAULT_PRICES: Mapping[str, ModelPrice] = MappingProxyType(
    {
        "gpt-realtime": _GPT_REALTIME,
        "gpt-realtime-2025-08-28": _GPT_REALTIME,
        "gpt-realtime-1.5": _realtime(
            (4.00, 0.40, 16.00),
            (32.00, 0.40, 64.00),
            (5.00, 0.50),
            _MODEL_PAGE + "gpt-realtime-1.5",
        ),
        "gpt-realtime-2": _realtime(
            (4.00, 0.40, 24.00), (32.00, 0.40, 64.00), (5.00, 0.50), _MODEL_PAGE + "gpt-realtime-2"
        ),
        "gpt-realtime-2.1-mini": _realtime(
            (0.60, 0.06, 2.40),
            (10.00, 0.30, 20.00),
            (0.80, 0.08),
            _MODEL_PAGE + "gpt-realtime-2.1-mini",
        ),
        "gpt-4o-realtime-preview": _GPT_4O_REALTIME,
        "gpt-4o-realtime-preview-2024-12-17": _GPT_4O_REALTIME,
        "gpt-4o-realtime-preview-2025-06-03": _GPT_4O_REALTIME,
        "gpt-4o-mini-realtime-preview": _GPT_4O_MINI_REALTIME,
        "gpt-4o-mini-realtime-preview-2024-12-17": _GPT_4O_MINI_REALTIME,
        "gpt-4o-transcribe": _GPT_4O_TRANSCRIBE,
        "gpt-4o-mini-transcribe": _GPT_4O_MINI_TRANSCRIBE,
        "whisper-1": ModelPrice(
            per_minute=0.006,
            source="https://developers.openai.com/api/docs/pricing (whisper-1: $0.006 / minute)",
        ),
        "gpt-transcribe": ModelPrice(per_minute=0.0045, source=_MODEL_PAGE + "gpt-transcribe"),
        "gpt-realtime-whisper": ModelPrice(
            per_minute=0.017, source=_MODEL_PAGE + "gpt-realtime-whisper"
        ),
    }
)
