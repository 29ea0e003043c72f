from typing import Literal

RealtimeSessionCreateResponseIncludeType0Item = Literal["item.input_audio_transcription.logprobs"]

REALTIME_SESSION_CREATE_RESPONSE_INCLUDE_TYPE_0_ITEM_VALUES: set[
    RealtimeSessionCreateResponseIncludeType0Item
] = {
    "item.input_audio_transcription.logprobs",
}


def check_realtime_session_create_response_include_type_0_item(
    value: str,
) -> RealtimeSessionCreateResponseIncludeType0Item:
    if value in REALTIME_SESSION_CREATE_RESPONSE_INCLUDE_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_RESPONSE_INCLUDE_TYPE_0_ITEM_VALUES!r}"
    )
