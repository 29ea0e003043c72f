from typing import Literal

RealtimeTranscriptionSessionCreateRequestIncludeType0Item = Literal[
    "item.input_audio_transcription.logprobs"
]

REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_INCLUDE_TYPE_0_ITEM_VALUES: set[
    RealtimeTranscriptionSessionCreateRequestIncludeType0Item
] = {
    "item.input_audio_transcription.logprobs",
}


def check_realtime_transcription_session_create_request_include_type_0_item(
    value: str,
) -> RealtimeTranscriptionSessionCreateRequestIncludeType0Item:
    if value in REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_INCLUDE_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_INCLUDE_TYPE_0_ITEM_VALUES!r}"
    )
