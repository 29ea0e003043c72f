from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.realtime_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeServerEventRateLimitsUpdatedRateLimitsItem,
    )


T = TypeVar("T", bound="RealtimeServerEventRateLimitsUpdated")


@_attrs_define
class RealtimeServerEventRateLimitsUpdated:
    """Emitted at the beginning of a Response to indicate the updated rate limits.
    When a Response is created some tokens will be "reserved" for the output
    tokens, the rate limits shown here reflect that reservation, which is then
    adjusted accordingly once the Response is completed.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (Literal['rate_limits.updated']): The event type, must be `rate_limits.updated`. Default:
                'rate_limits.updated'.
            rate_limits (list[RealtimeServerEventRateLimitsUpdatedRateLimitsItem]): List of rate limit information.
    """

    event_id: str
    rate_limits: list[RealtimeServerEventRateLimitsUpdatedRateLimitsItem]
    type_: Literal["rate_limits.updated"] = "rate_limits.updated"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        event_id = self.event_id

        type_ = self.type_

        rate_limits = []
        for rate_limits_item_data in self.rate_limits:
            rate_limits_item = rate_limits_item_data.to_dict()
            rate_limits.append(rate_limits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "rate_limits": rate_limits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeServerEventRateLimitsUpdated must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['rate_limits.updated']", d.pop("type"))
        if type_ != "rate_limits.updated":
            raise ValueError(f"type must match const 'rate_limits.updated', got '{type_}'")

        rate_limits = []
        _rate_limits = d.pop("rate_limits")
        if not isinstance(_rate_limits, list):
            raise TypeError(f"rate_limits must be an array, not {type(_rate_limits).__name__}")
        for rate_limits_item_data in _rate_limits:
            rate_limits_item = RealtimeServerEventRateLimitsUpdatedRateLimitsItem.from_dict(
                rate_limits_item_data
            )

            rate_limits.append(rate_limits_item)

        realtime_server_event_rate_limits_updated = cls(
            event_id=event_id,
            type_=type_,
            rate_limits=rate_limits,
        )

        realtime_server_event_rate_limits_updated.additional_properties = d
        return realtime_server_event_rate_limits_updated

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this module refers to (they may import this one: hence not at the top)."""
    from ..models.realtime_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeServerEventRateLimitsUpdatedRateLimitsItem,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
