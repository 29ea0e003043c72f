from typing import Literal

RealtimeBetaResponseObject = Literal["realtime.response"]

REALTIME_BETA_RESPONSE_OBJECT_VALUES: set[RealtimeBetaResponseObject] = {
    "realtime.response",
}


def check_realtime_beta_response_object(value: str) -> RealtimeBetaResponseObject:
    if value in REALTIME_BETA_RESPONSE_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_RESPONSE_OBJECT_VALUES!r}"
    )
