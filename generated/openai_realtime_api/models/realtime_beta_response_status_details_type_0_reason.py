from typing import Literal

RealtimeBetaResponseStatusDetailsType0Reason = Literal[
    "client_cancelled", "content_filter", "max_output_tokens", "turn_detected"
]

REALTIME_BETA_RESPONSE_STATUS_DETAILS_TYPE_0_REASON_VALUES: set[
    RealtimeBetaResponseStatusDetailsType0Reason
] = {
    "client_cancelled",
    "content_filter",
    "max_output_tokens",
    "turn_detected",
}


def check_realtime_beta_response_status_details_type_0_reason(
    value: str,
) -> RealtimeBetaResponseStatusDetailsType0Reason:
    if value in REALTIME_BETA_RESPONSE_STATUS_DETAILS_TYPE_0_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_RESPONSE_STATUS_DETAILS_TYPE_0_REASON_VALUES!r}"
    )
