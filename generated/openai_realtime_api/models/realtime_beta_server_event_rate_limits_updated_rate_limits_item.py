from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_rate_limits_updated_rate_limits_item_name import (
    RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName,
    check_realtime_beta_server_event_rate_limits_updated_rate_limits_item_name,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem")


@_attrs_define
class RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem:
    """
    Attributes:
        name (RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName | Unset): The name of the rate limit
            (`requests`, `tokens`).
        limit (int | Unset): The maximum allowed value for the rate limit.
        remaining (int | Unset): The remaining value before the limit is reached.
        reset_seconds (float | Unset): Seconds until the rate limit resets.
    """

    name: RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName | Unset = UNSET
    limit: int | Unset = UNSET
    remaining: int | Unset = UNSET
    reset_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name

        limit = self.limit

        remaining = self.remaining

        reset_seconds = self.reset_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if limit is not UNSET:
            field_dict["limit"] = limit
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if reset_seconds is not UNSET:
            field_dict["reset_seconds"] = reset_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = check_realtime_beta_server_event_rate_limits_updated_rate_limits_item_name(_name)

        limit = d.pop("limit", UNSET)
        if isinstance(limit, float) and limit.is_integer():
            limit = int(limit)
        if not isinstance(limit, (int, Unset)) or isinstance(limit, bool):
            raise TypeError(f"limit must be an integer, not {type(limit).__name__}")

        remaining = d.pop("remaining", UNSET)
        if isinstance(remaining, float) and remaining.is_integer():
            remaining = int(remaining)
        if not isinstance(remaining, (int, Unset)) or isinstance(remaining, bool):
            raise TypeError(f"remaining must be an integer, not {type(remaining).__name__}")

        reset_seconds = d.pop("reset_seconds", UNSET)
        if not isinstance(reset_seconds, Unset) and not (
            isinstance(reset_seconds, (int, float)) and not isinstance(reset_seconds, bool)
        ):
            raise TypeError(f"reset_seconds must be a number, not {type(reset_seconds).__name__}")

        realtime_beta_server_event_rate_limits_updated_rate_limits_item = cls(
            name=name,
            limit=limit,
            remaining=remaining,
            reset_seconds=reset_seconds,
        )

        realtime_beta_server_event_rate_limits_updated_rate_limits_item.additional_properties = d
        return realtime_beta_server_event_rate_limits_updated_rate_limits_item

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
