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

T = TypeVar("T", bound="RealtimeConversationItemMessageSystemContentItem")


@_attrs_define
class RealtimeConversationItemMessageSystemContentItem:
    """
    Attributes:
        type_ (Literal['input_text'] | Unset): The content type. Always `input_text` for system messages. Default:
            'input_text'.
        text (str | Unset): The text content.
    """

    type_: Literal["input_text"] | Unset = "input_text"
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeConversationItemMessageSystemContentItem must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['input_text'] | Unset", d.pop("type", UNSET))
        if type_ != "input_text" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'input_text', got '{type_}'")

        text = d.pop("text", UNSET)
        if not isinstance(text, (str, Unset)):
            raise TypeError(f"text must be a string, not {type(text).__name__}")

        realtime_conversation_item_message_system_content_item = cls(
            type_=type_,
            text=text,
        )

        realtime_conversation_item_message_system_content_item.additional_properties = d
        return realtime_conversation_item_message_system_content_item

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
