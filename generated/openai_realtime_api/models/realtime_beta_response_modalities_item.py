from typing import Literal

RealtimeBetaResponseModalitiesItem = Literal["audio", "text"]

REALTIME_BETA_RESPONSE_MODALITIES_ITEM_VALUES: set[RealtimeBetaResponseModalitiesItem] = {
    "audio",
    "text",
}


def check_realtime_beta_response_modalities_item(value: str) -> RealtimeBetaResponseModalitiesItem:
    if value in REALTIME_BETA_RESPONSE_MODALITIES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_RESPONSE_MODALITIES_ITEM_VALUES!r}"
    )
