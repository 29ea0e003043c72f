from typing import Literal

RealtimeTranslationServerEventSessionOutputAudioDeltaFormat = Literal["pcm16"]

REALTIME_TRANSLATION_SERVER_EVENT_SESSION_OUTPUT_AUDIO_DELTA_FORMAT_VALUES: set[
    RealtimeTranslationServerEventSessionOutputAudioDeltaFormat
] = {
    "pcm16",
}


def check_realtime_translation_server_event_session_output_audio_delta_format(
    value: str,
) -> RealtimeTranslationServerEventSessionOutputAudioDeltaFormat:
    if value in REALTIME_TRANSLATION_SERVER_EVENT_SESSION_OUTPUT_AUDIO_DELTA_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSLATION_SERVER_EVENT_SESSION_OUTPUT_AUDIO_DELTA_FORMAT_VALUES!r}"
    )
