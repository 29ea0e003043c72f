from typing import Literal

RealtimeSessionCreateResponseTracingTracingConfigurationType0 = Literal["auto"]

REALTIME_SESSION_CREATE_RESPONSE_TRACING_TRACING_CONFIGURATION_TYPE_0_VALUES: set[
    RealtimeSessionCreateResponseTracingTracingConfigurationType0
] = {
    "auto",
}


def check_realtime_session_create_response_tracing_tracing_configuration_type_0(
    value: str,
) -> RealtimeSessionCreateResponseTracingTracingConfigurationType0:
    if value in REALTIME_SESSION_CREATE_RESPONSE_TRACING_TRACING_CONFIGURATION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_SESSION_CREATE_RESPONSE_TRACING_TRACING_CONFIGURATION_TYPE_0_VALUES!r}"
    )
