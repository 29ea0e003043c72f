from typing import Literal

RealtimeSessionOutputAudioFormatType2Type1 = Literal["g711_alaw", "g711_ulaw", "pcm16"]

REALTIME_SESSION_OUTPUT_AUDIO_FORMAT_TYPE_2_TYPE_1_VALUES: set[
    RealtimeSessionOutputAudioFormatType2Type1
] = {
    "g711_alaw",
    "g711_ulaw",
    "pcm16",
}


def check_realtime_session_output_audio_format_type_2_type_1(
    value: str,
) -> RealtimeSessionOutputAudioFormatType2Type1:
    if value in REALTIME_SESSION_OUTPUT_AUDIO_FORMAT_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_OUTPUT_AUDIO_FORMAT_TYPE_2_TYPE_1_VALUES!r}"
    )
