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

T = TypeVar("T", bound="RealtimeMCPHTTPError")


@_attrs_define
class RealtimeMCPHTTPError:
    """
    Attributes:
        type_ (Literal['http_error']):  Default: 'http_error'.
        code (int):
        message (str):
    """

    code: int
    message: str
    type_: Literal["http_error"] = "http_error"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeMCPHTTPError must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['http_error']", d.pop("type"))
        if type_ != "http_error":
            raise ValueError(f"type must match const 'http_error', got '{type_}'")

        code = d.pop("code")
        if isinstance(code, float) and code.is_integer():
            code = int(code)
        if not isinstance(code, int) or isinstance(code, bool):
            raise TypeError(f"code must be an integer, not {type(code).__name__}")

        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError(f"message must be a string, not {type(message).__name__}")

        realtime_mcphttp_error = cls(
            type_=type_,
            code=code,
            message=message,
        )

        realtime_mcphttp_error.additional_properties = d
        return realtime_mcphttp_error

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
