from typing import Literal

RealtimeResponseCreateParamsMaxOutputTokensType1 = Literal["inf"]

REALTIME_RESPONSE_CREATE_PARAMS_MAX_OUTPUT_TOKENS_TYPE_1_VALUES: set[
    RealtimeResponseCreateParamsMaxOutputTokensType1
] = {
    "inf",
}


def check_realtime_response_create_params_max_output_tokens_type_1(
    value: str,
) -> RealtimeResponseCreateParamsMaxOutputTokensType1:
    if value in REALTIME_RESPONSE_CREATE_PARAMS_MAX_OUTPUT_TOKENS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_RESPONSE_CREATE_PARAMS_MAX_OUTPUT_TOKENS_TYPE_1_VALUES!r}"
    )
