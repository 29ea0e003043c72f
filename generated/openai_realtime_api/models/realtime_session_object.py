from typing import Literal

RealtimeSessionObject = Literal["realtime.session"]

REALTIME_SESSION_OBJECT_VALUES: set[RealtimeSessionObject] = {
    "realtime.session",
}


def check_realtime_session_object(value: str) -> RealtimeSessionObject:
    if value in REALTIME_SESSION_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_OBJECT_VALUES!r}"
    )
