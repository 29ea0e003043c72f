from typing import Literal

PCMAudioFormatRate = Literal[24000]

PCM_AUDIO_FORMAT_RATE_VALUES: set[PCMAudioFormatRate] = {
    24000,
}


def check_pcm_audio_format_rate(value: int) -> PCMAudioFormatRate:
    if value in PCM_AUDIO_FORMAT_RATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PCM_AUDIO_FORMAT_RATE_VALUES!r}")
