from typing import Literal

RealtimeBetaResponseCreateParamsOutputAudioFormat = Literal["g711_alaw", "g711_ulaw", "pcm16"]

REALTIME_BETA_RESPONSE_CREATE_PARAMS_OUTPUT_AUDIO_FORMAT_VALUES: set[
    RealtimeBetaResponseCreateParamsOutputAudioFormat
] = {
    "g711_alaw",
    "g711_ulaw",
    "pcm16",
}


def check_realtime_beta_response_create_params_output_audio_format(
    value: str,
) -> RealtimeBetaResponseCreateParamsOutputAudioFormat:
    if value in REALTIME_BETA_RESPONSE_CREATE_PARAMS_OUTPUT_AUDIO_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_RESPONSE_CREATE_PARAMS_OUTPUT_AUDIO_FORMAT_VALUES!r}"
    )
