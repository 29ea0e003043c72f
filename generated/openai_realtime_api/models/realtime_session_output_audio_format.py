from typing import Literal

RealtimeSessionOutputAudioFormat = Literal["g711_alaw", "g711_ulaw", "pcm16"]

REALTIME_SESSION_OUTPUT_AUDIO_FORMAT_VALUES: set[RealtimeSessionOutputAudioFormat] = {
    "g711_alaw",
    "g711_ulaw",
    "pcm16",
}


def check_realtime_session_output_audio_format(value: str) -> RealtimeSessionOutputAudioFormat:
    if value in REALTIME_SESSION_OUTPUT_AUDIO_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_OUTPUT_AUDIO_FORMAT_VALUES!r}"
    )
