from typing import Literal

RealtimeTranscriptionSessionCreateRequestTurnDetectionType0Type = Literal["server_vad"]

REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_TURN_DETECTION_TYPE_0_TYPE_VALUES: set[
    RealtimeTranscriptionSessionCreateRequestTurnDetectionType0Type
] = {
    "server_vad",
}


def check_realtime_transcription_session_create_request_turn_detection_type_0_type(
    value: str,
) -> RealtimeTranscriptionSessionCreateRequestTurnDetectionType0Type:
    if value in REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_TURN_DETECTION_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSCRIPTION_SESSION_CREATE_REQUEST_TURN_DETECTION_TYPE_0_TYPE_VALUES!r}"
    )
