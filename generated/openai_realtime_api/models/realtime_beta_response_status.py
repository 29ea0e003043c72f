from typing import Literal

RealtimeBetaResponseStatus = Literal[
    "cancelled", "completed", "failed", "in_progress", "incomplete"
]

REALTIME_BETA_RESPONSE_STATUS_VALUES: set[RealtimeBetaResponseStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
    "incomplete",
}


def check_realtime_beta_response_status(value: str) -> RealtimeBetaResponseStatus:
    if value in REALTIME_BETA_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_RESPONSE_STATUS_VALUES!r}"
    )
