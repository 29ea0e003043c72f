from typing import Literal

RealtimeResponseStatus = Literal["cancelled", "completed", "failed", "in_progress", "incomplete"]

REALTIME_RESPONSE_STATUS_VALUES: set[RealtimeResponseStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
    "incomplete",
}


def check_realtime_response_status(value: str) -> RealtimeResponseStatus:
    if value in REALTIME_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_RESPONSE_STATUS_VALUES!r}"
    )
