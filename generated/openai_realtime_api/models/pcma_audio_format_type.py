from typing import Literal

PCMAAudioFormatType = Literal["audio/pcma"]

PCMA_AUDIO_FORMAT_TYPE_VALUES: set[PCMAAudioFormatType] = {
    "audio/pcma",
}


def check_pcma_audio_format_type(value: str) -> PCMAAudioFormatType:
    if value in PCMA_AUDIO_FORMAT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PCMA_AUDIO_FORMAT_TYPE_VALUES!r}"
    )
