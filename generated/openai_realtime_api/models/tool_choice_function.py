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

T = TypeVar("T", bound="ToolChoiceFunction")


@_attrs_define
class ToolChoiceFunction:
    """Use this option to force the model to call a specific function.

    Attributes:
        type_ (Literal['function']): For function calling, the type is always `function`. Default: 'function'.
        name (str): The name of the function to call.
    """

    name: str
    type_: Literal["function"] = "function"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ToolChoiceFunction must be an object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = cast("Literal['function']", d.pop("type"))
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name must be a string, not {type(name).__name__}")

        tool_choice_function = cls(
            type_=type_,
            name=name,
        )

        tool_choice_function.additional_properties = d
        return tool_choice_function

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
