from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaResponseStatusDetailsType0Error")


@_attrs_define
class RealtimeBetaResponseStatusDetailsType0Error:
    """A description of the error that caused the response to fail,
    populated when the `status` is `failed`.

        Attributes:
            type_ (str | Unset): The type of error.
            code (str | Unset): Error code, if any.
    """

    type_: str | Unset = UNSET
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaResponseStatusDetailsType0Error must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            raise TypeError(f"type_ must be a string, not {type(type_).__name__}")

        code = d.pop("code", UNSET)
        if not isinstance(code, (str, Unset)):
            raise TypeError(f"code must be a string, not {type(code).__name__}")

        realtime_beta_response_status_details_type_0_error = cls(
            type_=type_,
            code=code,
        )

        realtime_beta_response_status_details_type_0_error.additional_properties = d
        return realtime_beta_response_status_details_type_0_error

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
