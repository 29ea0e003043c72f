from typing import Literal

RealtimeResponseStatusDetailsType0Reason = Literal[
    "client_cancelled", "content_filter", "max_output_tokens", "turn_detected"
]

REALTIME_RESPONSE_STATUS_DETAILS_TYPE_0_REASON_VALUES: set[
    RealtimeResponseStatusDetailsType0Reason
] = {
    "client_cancelled",
    "content_filter",
    "max_output_tokens",
    "turn_detected",
}


def check_realtime_response_status_details_type_0_reason(
    value: str,
) -> RealtimeResponseStatusDetailsType0Reason:
    if value in REALTIME_RESPONSE_STATUS_DETAILS_TYPE_0_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_RESPONSE_STATUS_DETAILS_TYPE_0_REASON_VALUES!r}"
    )
