from typing import Literal

RealtimeSessionMaxResponseOutputTokensType1 = Literal["inf"]

REALTIME_SESSION_MAX_RESPONSE_OUTPUT_TOKENS_TYPE_1_VALUES: set[
    RealtimeSessionMaxResponseOutputTokensType1
] = {
    "inf",
}


def check_realtime_session_max_response_output_tokens_type_1(
    value: str,
) -> RealtimeSessionMaxResponseOutputTokensType1:
    if value in REALTIME_SESSION_MAX_RESPONSE_OUTPUT_TOKENS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_MAX_RESPONSE_OUTPUT_TOKENS_TYPE_1_VALUES!r}"
    )
