from typing import Literal

RealtimeSessionMaxResponseOutputTokensType0Type1 = Literal["inf"]

REALTIME_SESSION_MAX_RESPONSE_OUTPUT_TOKENS_TYPE_0_TYPE_1_VALUES: set[
    RealtimeSessionMaxResponseOutputTokensType0Type1
] = {
    "inf",
}


def check_realtime_session_max_response_output_tokens_type_0_type_1(
    value: str,
) -> RealtimeSessionMaxResponseOutputTokensType0Type1:
    if value in REALTIME_SESSION_MAX_RESPONSE_OUTPUT_TOKENS_TYPE_0_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_MAX_RESPONSE_OUTPUT_TOKENS_TYPE_0_TYPE_1_VALUES!r}"
    )
