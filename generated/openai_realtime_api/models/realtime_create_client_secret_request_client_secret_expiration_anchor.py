from typing import Literal

RealtimeCreateClientSecretRequestClientSecretExpirationAnchor = Literal["created_at"]

REALTIME_CREATE_CLIENT_SECRET_REQUEST_CLIENT_SECRET_EXPIRATION_ANCHOR_VALUES: set[
    RealtimeCreateClientSecretRequestClientSecretExpirationAnchor
] = {
    "created_at",
}


def check_realtime_create_client_secret_request_client_secret_expiration_anchor(
    value: str,
) -> RealtimeCreateClientSecretRequestClientSecretExpirationAnchor:
    if value in REALTIME_CREATE_CLIENT_SECRET_REQUEST_CLIENT_SECRET_EXPIRATION_ANCHOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CREATE_CLIENT_SECRET_REQUEST_CLIENT_SECRET_EXPIRATION_ANCHOR_VALUES!r}"
    )
