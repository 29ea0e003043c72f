from typing import Literal

RealtimeSessionIncludeType0Item = Literal["item.input_audio_transcription.logprobs"]

REALTIME_SESSION_INCLUDE_TYPE_0_ITEM_VALUES: set[RealtimeSessionIncludeType0Item] = {
    "item.input_audio_transcription.logprobs",
}


def check_realtime_session_include_type_0_item(value: str) -> RealtimeSessionIncludeType0Item:
    if value in REALTIME_SESSION_INCLUDE_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_INCLUDE_TYPE_0_ITEM_VALUES!r}"
    )
