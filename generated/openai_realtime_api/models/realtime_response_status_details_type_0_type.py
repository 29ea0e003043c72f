from typing import Literal

RealtimeResponseStatusDetailsType0Type = Literal["cancelled", "completed", "failed", "incomplete"]

REALTIME_RESPONSE_STATUS_DETAILS_TYPE_0_TYPE_VALUES: set[RealtimeResponseStatusDetailsType0Type] = {
    "cancelled",
    "completed",
    "failed",
    "incomplete",
}


def check_realtime_response_status_details_type_0_type(
    value: str,
) -> RealtimeResponseStatusDetailsType0Type:
    if value in REALTIME_RESPONSE_STATUS_DETAILS_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_RESPONSE_STATUS_DETAILS_TYPE_0_TYPE_VALUES!r}"
    )
