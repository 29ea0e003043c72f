from typing import Literal

RealtimeResponseObject = Literal["realtime.response"]

REALTIME_RESPONSE_OBJECT_VALUES: set[RealtimeResponseObject] = {
    "realtime.response",
}


def check_realtime_response_object(value: str) -> RealtimeResponseObject:
    if value in REALTIME_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_RESPONSE_OBJECT_VALUES!r}"
    )
