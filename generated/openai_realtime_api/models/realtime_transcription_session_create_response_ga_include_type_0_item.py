from typing import Literal

RealtimeTranscriptionSessionCreateResponseGAIncludeType0Item = Literal[
    "item.input_audio_transcription.logprobs"
]

REALTIME_TRANSCRIPTION_SESSION_CREATE_RESPONSE_GA_INCLUDE_TYPE_0_ITEM_VALUES: set[
    RealtimeTranscriptionSessionCreateResponseGAIncludeType0Item
] = {
    "item.input_audio_transcription.logprobs",
}


def check_realtime_transcription_session_create_response_ga_include_type_0_item(
    value: str,
) -> RealtimeTranscriptionSessionCreateResponseGAIncludeType0Item:
    if value in REALTIME_TRANSCRIPTION_SESSION_CREATE_RESPONSE_GA_INCLUDE_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSCRIPTION_SESSION_CREATE_RESPONSE_GA_INCLUDE_TYPE_0_ITEM_VALUES!r}"
    )
