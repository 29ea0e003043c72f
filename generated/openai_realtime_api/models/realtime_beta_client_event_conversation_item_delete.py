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

T = TypeVar("T", bound="RealtimeBetaClientEventConversationItemDelete")


@_attrs_define
class RealtimeBetaClientEventConversationItemDelete:
    """Send this event when you want to remove any item from the conversation
    history. The server will respond with a `conversation.item.deleted` event,
    unless the item does not exist in the conversation history, in which case the
    server will respond with an error.

        Attributes:
            type_ (Literal['conversation.item.delete']): The event type, must be `conversation.item.delete`. Default:
                'conversation.item.delete'.
            item_id (str): The ID of the item to delete.
            event_id (str | Unset): Optional client-generated ID used to identify this event.
    """

    item_id: str
    type_: Literal["conversation.item.delete"] = "conversation.item.delete"
    event_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_id = self.item_id

        event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "item_id": item_id,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaClientEventConversationItemDelete must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['conversation.item.delete']", d.pop("type"))
        if type_ != "conversation.item.delete":
            raise ValueError(f"type must match const 'conversation.item.delete', got '{type_}'")

        item_id = d.pop("item_id")
        if not isinstance(item_id, str):
            raise TypeError(f"item_id must be a string, not {type(item_id).__name__}")

        event_id = d.pop("event_id", UNSET)
        if not isinstance(event_id, (str, Unset)):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        realtime_beta_client_event_conversation_item_delete = cls(
            type_=type_,
            item_id=item_id,
            event_id=event_id,
        )

        realtime_beta_client_event_conversation_item_delete.additional_properties = d
        return realtime_beta_client_event_conversation_item_delete

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
