from typing import Literal

RealtimeSessionCreateResponseGAAuto = Literal["auto"]

REALTIME_SESSION_CREATE_RESPONSE_GA_AUTO_VALUES: set[RealtimeSessionCreateResponseGAAuto] = {
    "auto",
}


def check_realtime_session_create_response_ga_auto(
    value: str,
) -> RealtimeSessionCreateResponseGAAuto:
    if value in REALTIME_SESSION_CREATE_RESPONSE_GA_AUTO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_RESPONSE_GA_AUTO_VALUES!r}"
    )
