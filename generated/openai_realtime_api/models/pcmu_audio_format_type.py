from typing import Literal

PCMUAudioFormatType = Literal["audio/pcmu"]

PCMU_AUDIO_FORMAT_TYPE_VALUES: set[PCMUAudioFormatType] = {
    "audio/pcmu",
}


def check_pcmu_audio_format_type(value: str) -> PCMUAudioFormatType:
    if value in PCMU_AUDIO_FORMAT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PCMU_AUDIO_FORMAT_TYPE_VALUES!r}"
    )
