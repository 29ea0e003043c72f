from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeCreateClientSecretRequestClientSecretExpiration")


@_attrs_define
class RealtimeCreateClientSecretRequestClientSecretExpiration:
    """Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.

        Attributes:
            anchor (Literal['created_at'] | Unset): The anchor point for the client secret expiration, meaning that
                `seconds` will be added to the `created_at` time of the client secret to produce an expiration timestamp. Only
                `created_at` is currently supported.

                Server default: `created_at`. Default: 'created_at'.
            seconds (int | Unset): The number of seconds from the anchor point to the expiration. Select a value between
                `10` and `7200` (2 hours). This default to 600 seconds (10 minutes) if not specified.

                Server default: `600`.
    """

    anchor: Literal["created_at"] | Unset = "created_at"
    seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anchor = self.anchor

        seconds = self.seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anchor is not UNSET:
            field_dict["anchor"] = anchor
        if seconds is not UNSET:
            field_dict["seconds"] = seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        anchor = cast(Literal["created_at"] | Unset, d.pop("anchor", UNSET))
        if anchor != "created_at" and not isinstance(anchor, Unset):
            raise ValueError(f"anchor must match const 'created_at', got '{anchor}'")

        seconds = d.pop("seconds", UNSET)

        realtime_create_client_secret_request_client_secret_expiration = cls(
            anchor=anchor,
            seconds=seconds,
        )

        realtime_create_client_secret_request_client_secret_expiration.additional_properties = d
        return realtime_create_client_secret_request_client_secret_expiration

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
