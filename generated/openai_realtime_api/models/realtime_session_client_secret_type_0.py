from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RealtimeSessionClientSecretType0")


@_attrs_define
class RealtimeSessionClientSecretType0:
    """
    Attributes:
        value (str): Ephemeral key usable in client environments to authenticate connections
            to the Realtime API. Use this in client-side environments rather than
            a standard API token, which should only be used server-side.
        expires_at (int): Timestamp for when the token expires. Currently, all tokens expire
            after one minute.
    """

    value: str
    expires_at: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeSessionClientSecretType0 must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        value = d.pop("value")
        if not isinstance(value, str):
            raise TypeError(f"value must be a string, not {type(value).__name__}")

        expires_at = d.pop("expires_at")
        if isinstance(expires_at, float) and expires_at.is_integer():
            expires_at = int(expires_at)
        if not isinstance(expires_at, int) or isinstance(expires_at, bool):
            raise TypeError(f"expires_at must be an integer, not {type(expires_at).__name__}")

        realtime_session_client_secret_type_0 = cls(
            value=value,
            expires_at=expires_at,
        )

        realtime_session_client_secret_type_0.additional_properties = d
        return realtime_session_client_secret_type_0

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
