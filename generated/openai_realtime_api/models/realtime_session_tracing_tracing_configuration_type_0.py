from typing import Literal

RealtimeSessionTracingTracingConfigurationType0 = Literal["auto"]

REALTIME_SESSION_TRACING_TRACING_CONFIGURATION_TYPE_0_VALUES: set[
    RealtimeSessionTracingTracingConfigurationType0
] = {
    "auto",
}


def check_realtime_session_tracing_tracing_configuration_type_0(
    value: str,
) -> RealtimeSessionTracingTracingConfigurationType0:
    if value in REALTIME_SESSION_TRACING_TRACING_CONFIGURATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_TRACING_TRACING_CONFIGURATION_TYPE_0_VALUES!r}"
    )
