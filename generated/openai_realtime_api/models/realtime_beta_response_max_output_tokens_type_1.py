from typing import Literal

RealtimeBetaResponseMaxOutputTokensType1 = Literal["inf"]

REALTIME_BETA_RESPONSE_MAX_OUTPUT_TOKENS_TYPE_1_VALUES: set[
    RealtimeBetaResponseMaxOutputTokensType1
] = {
    "inf",
}


def check_realtime_beta_response_max_output_tokens_type_1(
    value: str,
) -> RealtimeBetaResponseMaxOutputTokensType1:
    if value in REALTIME_BETA_RESPONSE_MAX_OUTPUT_TOKENS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_RESPONSE_MAX_OUTPUT_TOKENS_TYPE_1_VALUES!r}"
    )
