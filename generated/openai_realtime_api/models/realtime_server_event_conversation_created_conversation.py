from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeServerEventConversationCreatedConversation")


@_attrs_define
class RealtimeServerEventConversationCreatedConversation:
    """The conversation resource.

    Attributes:
        id (str | Unset): The unique ID of the conversation.
        object_ (str | Unset): The object type, must be `realtime.conversation`.
    """

    id: str | Unset = UNSET
    object_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeServerEventConversationCreatedConversation must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError(f"id must be a string, not {type(id).__name__}")

        object_ = d.pop("object", UNSET)
        if not isinstance(object_, (str, Unset)):
            raise TypeError(f"object_ must be a string, not {type(object_).__name__}")

        realtime_server_event_conversation_created_conversation = cls(
            id=id,
            object_=object_,
        )

        realtime_server_event_conversation_created_conversation.additional_properties = d
        return realtime_server_event_conversation_created_conversation

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
