from typing import Literal

RealtimeSessionCreateRequestGAAuto = Literal["auto"]

REALTIME_SESSION_CREATE_REQUEST_GA_AUTO_VALUES: set[RealtimeSessionCreateRequestGAAuto] = {
    "auto",
}


def check_realtime_session_create_request_ga_auto(value: str) -> RealtimeSessionCreateRequestGAAuto:
    if value in REALTIME_SESSION_CREATE_REQUEST_GA_AUTO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_REQUEST_GA_AUTO_VALUES!r}"
    )
