"""The Realtime API's audio formats: one table of their names, rates and sizes.

The GA protocol names a format by an object (``RealtimeAudioFormats`` in the spec):
``{"type": "audio/pcm", "rate": 24000}`` (24 kHz mono PCM16 little endian, the only PCM rate),
``{"type": "audio/pcmu"}`` or ``{"type": "audio/pcma"}`` (8 kHz G.711 µ-law / A-law, one byte a
sample). The beta dialect (Azure OpenAI's preview api-versions) names the same three formats by
strings: ``"pcm16"``, ``"g711_ulaw"``, ``"g711_alaw"``. This package also accepts the short names
``"pcm"``, ``"pcmu"``, ``"pcma"``.

:data:`AUDIO_FORMATS` is the one place that vocabulary is written; the client (audio helpers,
devices, the beta dialect conversion, ``protocol.audio_format``) and the local server read it from
here. The module is pure Python with no third-party imports, so any module may import it cheaply.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

__all__ = [
    "AUDIO_FORMATS",
    "AudioCodec",
    "AudioFormatSpec",
    "RealtimeAudioFormat",
    "audio_bytes_per_ms",
    "audio_format_rate",
    "audio_format_spec",
    "beta_audio_format",
    "configured_audio_format",
    "format_by_name",
    "format_by_type",
    "normalize_audio_format",
]

#: A Realtime API audio format type (GA): 24 kHz PCM16, or 8 kHz G.711 µ-law / A-law.
RealtimeAudioFormat = Literal["audio/pcm", "audio/pcmu", "audio/pcma"]
#: How the samples are coded: PCM16 little endian, G.711 µ-law, G.711 A-law.
AudioCodec = Literal["pcm16", "pcmu", "pcma"]


@dataclass(frozen=True, slots=True)
class AudioFormatSpec:
    """One Realtime audio format.

    Attributes:
        type: the GA format ``type`` (``"audio/pcm"``, ``"audio/pcmu"``, ``"audio/pcma"``).
        beta_name: the beta dialect's name (``"pcm16"``, ``"g711_ulaw"``, ``"g711_alaw"``).
        short_name: the short name this package accepts (``"pcm"``, ``"pcmu"``, ``"pcma"``).
        codec: how samples are coded (``"pcm16"``, ``"pcmu"``, ``"pcma"``).
        sample_rate: samples per second (Hz): 24000 for PCM, 8000 for G.711.
        sample_width: bytes per (mono) sample on the wire: 2 for PCM16, 1 for G.711.
    """

    type: RealtimeAudioFormat
    beta_name: str
    short_name: str
    codec: AudioCodec
    sample_rate: int
    sample_width: int

    @property
    def bytes_per_ms(self) -> int:
        """Wire bytes per millisecond: 48 for PCM16 at 24 kHz, 8 for G.711 at 8 kHz."""
        return self.sample_rate * self.sample_width // 1000

    @property
    def names(self) -> tuple[str, str, str]:
        """Every name of the format: GA type, beta name, short name."""
        return (self.type, self.beta_name, self.short_name)

    def ga_object(self) -> dict[str, Any]:
        """The GA format object (a new dict): ``{"type": "audio/pcm", "rate": 24000}`` for PCM
        (the spec requires the rate there), ``{"type": "audio/pcmu"}`` / ``{"type":
        "audio/pcma"}`` for G.711."""
        if self.codec == "pcm16":
            return {"type": self.type, "rate": self.sample_rate}
        return {"type": self.type}


#: GA format type -> its :class:`AudioFormatSpec`.
AUDIO_FORMATS: Final[Mapping[RealtimeAudioFormat, AudioFormatSpec]] = {
    "audio/pcm": AudioFormatSpec("audio/pcm", "pcm16", "pcm", "pcm16", 24_000, 2),
    "audio/pcmu": AudioFormatSpec("audio/pcmu", "g711_ulaw", "pcmu", "pcmu", 8_000, 1),
    "audio/pcma": AudioFormatSpec("audio/pcma", "g711_alaw", "pcma", "pcma", 8_000, 1),
}
_BY_NAME: Final[Mapping[str, AudioFormatSpec]] = {
    name: spec for spec in AUDIO_FORMATS.values() for name in spec.names
}
_BY_BETA_NAME: Final[Mapping[str, AudioFormatSpec]] = {
    spec.beta_name: spec for spec in AUDIO_FORMATS.values()
}
_BY_TYPE: Final[Mapping[str, AudioFormatSpec]] = {
    spec.type: spec for spec in AUDIO_FORMATS.values()
}
_PCM: Final = AUDIO_FORMATS["audio/pcm"]


def format_by_name(name: str, *, beta_only: bool = False) -> AudioFormatSpec | None:
    """The format a name stands for (GA type, beta or short name, any case), or ``None``.

    With ``beta_only`` only the exact beta names (``"pcm16"``, ``"g711_ulaw"``,
    ``"g711_alaw"``) match, as the beta protocol itself requires.
    """
    if beta_only:
        return _BY_BETA_NAME.get(name)
    return _BY_NAME.get(name.lower())


def format_by_type(value: Any) -> AudioFormatSpec | None:
    """The format whose GA ``type`` is exactly ``value`` (``"audio/pcm"``, ...), or ``None``."""
    return _BY_TYPE.get(value) if isinstance(value, str) else None


def audio_format_spec(value: str | Mapping[str, Any]) -> AudioFormatSpec:
    """The format given as a GA type, a beta name, a short name (any case) or a GA format
    object (``{"type": "audio/pcm", ...}``).

    Raises:
        ValueError: an unknown format, or a PCM format object with a rate other than 24000 Hz.
    """
    if isinstance(value, Mapping):
        rate = value.get("rate")
        name = str(value.get("type"))
        spec = format_by_name(name)
        if spec is _PCM and rate not in (None, _PCM.sample_rate):
            raise ValueError(f"audio/pcm is 24000 Hz in the Realtime API; got rate {rate!r}")
    else:
        name = value
        spec = format_by_name(value)
    if spec is None:
        raise ValueError(
            f"unknown audio format {name!r}; use 'audio/pcm', 'audio/pcmu' or 'audio/pcma'"
        )
    return spec


def normalize_audio_format(value: str | Mapping[str, Any]) -> RealtimeAudioFormat:
    """The GA format type (``"audio/pcm"``, ``"audio/pcmu"``, ``"audio/pcma"``) of a format
    given as in :func:`audio_format_spec`.

    Raises:
        ValueError: an unknown format, or a PCM format object with a rate other than 24000 Hz.
    """
    return audio_format_spec(value).type


def audio_format_rate(fmt: str | Mapping[str, Any]) -> int:
    """Sample rate in Hz of a Realtime audio format: 24000 for PCM, 8000 for G.711.

    Raises:
        ValueError: an unknown format.
    """
    return audio_format_spec(fmt).sample_rate


@functools.cache
def audio_bytes_per_ms(fmt: str) -> int:
    """Bytes per millisecond of a Realtime audio format given by name (GA, beta or short):
    48 for ``audio/pcm`` (24 kHz mono PCM16), 8 for the G.711 formats (8 kHz, 1 byte a sample).

    Raises:
        ValueError: an unknown format.
    """
    return audio_format_spec(fmt).bytes_per_ms


def beta_audio_format(fmt: Any) -> str:
    """The beta name (``"pcm16"``, ``"g711_ulaw"``, ``"g711_alaw"``) of a GA format object;
    ``"pcm16"`` (the default format) for anything that names no known format."""
    if isinstance(fmt, Mapping):
        spec = format_by_type(fmt.get("type"))
        if spec is not None:
            return spec.beta_name
    return _PCM.beta_name


def configured_audio_format(
    config: Any, direction: Literal["input", "output"] = "output"
) -> RealtimeAudioFormat | None:
    """The audio format a session or response configuration names for ``direction``.

    ``config`` is a session (``session.created``/``session.updated``'s ``session``, or
    :attr:`RealtimeSession.session <openai_realtime.session.RealtimeSession.session>`), a
    response (``response.created``'s ``response``), a plain mapping of either (e.g.
    :attr:`RealtimeSession.configuration`), or a generated model of one; GA shape
    (``audio.<direction>.format.type``) and beta shape (``<direction>_audio_format``) both work.

    Returns:
        The GA format type, or ``None`` when ``config`` names none (or an unknown one).
    """
    if config is None:
        return None
    data = config if isinstance(config, Mapping) else getattr(config, "to_dict", dict)()
    if not isinstance(data, Mapping):
        return None
    candidates: list[Any] = []
    audio = data.get("audio")
    if isinstance(audio, Mapping) and isinstance(audio.get(direction), Mapping):
        candidates.append(audio[direction].get("format"))
    candidates.append(data.get(f"{direction}_audio_format"))
    for candidate in candidates:
        if isinstance(candidate, str | Mapping):
            try:
                return normalize_audio_format(candidate)
            except ValueError:
                continue
    return None
