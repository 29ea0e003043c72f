from typing import Literal

RealtimeTranslationClientSecretCreateRequestClientSecretExpirationAnchor = Literal["created_at"]

REALTIME_TRANSLATION_CLIENT_SECRET_CREATE_REQUEST_CLIENT_SECRET_EXPIRATION_ANCHOR_VALUES: set[
    RealtimeTranslationClientSecretCreateRequestClientSecretExpirationAnchor
] = {
    "created_at",
}


def check_realtime_translation_client_secret_create_request_client_secret_expiration_anchor(
    value: str,
) -> RealtimeTranslationClientSecretCreateRequestClientSecretExpirationAnchor:
    if (
        value
        in REALTIME_TRANSLATION_CLIENT_SECRET_CREATE_REQUEST_CLIENT_SECRET_EXPIRATION_ANCHOR_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRANSLATION_CLIENT_SECRET_CREATE_REQUEST_CLIENT_SECRET_EXPIRATION_ANCHOR_VALUES!r}"
    )
