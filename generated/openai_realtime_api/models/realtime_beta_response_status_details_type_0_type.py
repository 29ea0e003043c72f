from typing import Literal

RealtimeBetaResponseStatusDetailsType0Type = Literal[
    "cancelled", "completed", "failed", "incomplete"
]

REALTIME_BETA_RESPONSE_STATUS_DETAILS_TYPE_0_TYPE_VALUES: set[
    RealtimeBetaResponseStatusDetailsType0Type
] = {
    "cancelled",
    "completed",
    "failed",
    "incomplete",
}


def check_realtime_beta_response_status_details_type_0_type(
    value: str,
) -> RealtimeBetaResponseStatusDetailsType0Type:
    if value in REALTIME_BETA_RESPONSE_STATUS_DETAILS_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_RESPONSE_STATUS_DETAILS_TYPE_0_TYPE_VALUES!r}"
    )
