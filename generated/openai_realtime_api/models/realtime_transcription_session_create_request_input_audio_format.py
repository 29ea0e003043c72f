from typing import Literal

RealtimeTranscriptionSessionCreateRequestInputAudioFormat = Literal[
    "g711_alaw", "g711_ulaw", "pcm16"
]

REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_INPUT_AUDIO_FORMAT_VALUES: set[
    RealtimeTranscriptionSessionCreateRequestInputAudioFormat
] = {
    "g711_alaw",
    "g711_ulaw",
    "pcm16",
}


def check_realtime_transcription_session_create_request_input_audio_format(
    value: str,
) -> RealtimeTranscriptionSessionCreateRequestInputAudioFormat:
    if value in REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_INPUT_AUDIO_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_INPUT_AUDIO_FORMAT_VALUES!r}"
    )
