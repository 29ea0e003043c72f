from typing import Literal

PCMAudioFormatType = Literal["audio/pcm"]

PCM_AUDIO_FORMAT_TYPE_VALUES: set[PCMAudioFormatType] = {
    "audio/pcm",
}


def check_pcm_audio_format_type(value: str) -> PCMAudioFormatType:
    if value in PCM_AUDIO_FORMAT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PCM_AUDIO_FORMAT_TYPE_VALUES!r}")
