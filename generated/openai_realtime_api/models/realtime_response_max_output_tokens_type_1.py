from typing import Literal

RealtimeResponseMaxOutputTokensType1 = Literal["inf"]

REALTIME_RESPONSE_MAX_OUTPUT_TOKENS_TYPE_1_VALUES: set[RealtimeResponseMaxOutputTokensType1] = {
    "inf",
}


def check_realtime_response_max_output_tokens_type_1(
    value: str,
) -> RealtimeResponseMaxOutputTokensType1:
    if value in REALTIME_RESPONSE_MAX_OUTPUT_TOKENS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_RESPONSE_MAX_OUTPUT_TOKENS_TYPE_1_VALUES!r}"
    )
