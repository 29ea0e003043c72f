from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_create_client_secret_request_client_secret_expiration_anchor import (
    RealtimeCreateClientSecretRequestClientSecretExpirationAnchor,
    check_realtime_create_client_secret_request_client_secret_expiration_anchor,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeCreateClientSecretRequestClientSecretExpiration")


@_attrs_define
class RealtimeCreateClientSecretRequestClientSecretExpiration:
    """Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.

        Attributes:
            anchor (RealtimeCreateClientSecretRequestClientSecretExpirationAnchor | Unset): The anchor point for the client
                secret expiration, meaning that `seconds` will be added to the `created_at` time of the client secret to produce
                an expiration timestamp. Only `created_at` is currently supported.

                Server default: `created_at`.
            seconds (int | Unset): The number of seconds from the anchor point to the expiration. Select a value between
                `10` and `7200` (2 hours). This default to 600 seconds (10 minutes) if not specified.

                Server default: `600`.
    """

    anchor: RealtimeCreateClientSecretRequestClientSecretExpirationAnchor | Unset = UNSET
    seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anchor: str | Unset = UNSET
        if not isinstance(self.anchor, Unset):
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
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeCreateClientSecretRequestClientSecretExpiration must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _anchor = d.pop("anchor", UNSET)
        anchor: RealtimeCreateClientSecretRequestClientSecretExpirationAnchor | Unset
        if isinstance(_anchor, Unset):
            anchor = UNSET
        else:
            anchor = check_realtime_create_client_secret_request_client_secret_expiration_anchor(
                _anchor
            )

        seconds = d.pop("seconds", UNSET)
        if isinstance(seconds, float) and seconds.is_integer():
            seconds = int(seconds)
        if not isinstance(seconds, (int, Unset)) or isinstance(seconds, bool):
            raise TypeError(f"seconds must be an integer, not {type(seconds).__name__}")

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
