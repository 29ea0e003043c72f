from typing import Literal

RealtimeSessionInputAudioFormatType3Type1 = Literal["g711_alaw", "g711_ulaw", "pcm16"]

REALTIME_SESSION_INPUT_AUDIO_FORMAT_TYPE_3_TYPE_1_VALUES: set[
    RealtimeSessionInputAudioFormatType3Type1
] = {
    "g711_alaw",
    "g711_ulaw",
    "pcm16",
}


def check_realtime_session_input_audio_format_type_3_type_1(
    value: str,
) -> RealtimeSessionInputAudioFormatType3Type1:
    if value in REALTIME_SESSION_INPUT_AUDIO_FORMAT_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_INPUT_AUDIO_FORMAT_TYPE_3_TYPE_1_VALUES!r}"
    )
