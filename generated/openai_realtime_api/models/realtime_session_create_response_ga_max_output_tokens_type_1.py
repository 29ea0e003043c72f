from typing import Literal

RealtimeSessionCreateResponseGAMaxOutputTokensType1 = Literal["inf"]

REALTIME_SESSION_CREATE_RESPONSE_GA_MAX_OUTPUT_TOKENS_TYPE_1_VALUES: set[
    RealtimeSessionCreateResponseGAMaxOutputTokensType1
] = {
    "inf",
}


def check_realtime_session_create_response_ga_max_output_tokens_type_1(
    value: str,
) -> RealtimeSessionCreateResponseGAMaxOutputTokensType1:
    if value in REALTIME_SESSION_CREATE_RESPONSE_GA_MAX_OUTPUT_TOKENS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_RESPONSE_GA_MAX_OUTPUT_TOKENS_TYPE_1_VALUES!r}"
    )
