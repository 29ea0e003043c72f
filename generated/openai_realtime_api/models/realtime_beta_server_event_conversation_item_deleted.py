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

T = TypeVar("T", bound="RealtimeBetaServerEventConversationItemDeleted")


@_attrs_define
class RealtimeBetaServerEventConversationItemDeleted:
    """Returned when an item in the conversation is deleted by the client with a
    `conversation.item.delete` event. This event is used to synchronize the
    server's understanding of the conversation history with the client's view.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (Literal['conversation.item.deleted']): The event type, must be `conversation.item.deleted`. Default:
                'conversation.item.deleted'.
            item_id (str): The ID of the item that was deleted.
    """

    event_id: str
    item_id: str
    type_: Literal["conversation.item.deleted"] = "conversation.item.deleted"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        item_id = self.item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaServerEventConversationItemDeleted must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['conversation.item.deleted']", d.pop("type"))
        if type_ != "conversation.item.deleted":
            raise ValueError(f"type must match const 'conversation.item.deleted', got '{type_}'")

        item_id = d.pop("item_id")
        if not isinstance(item_id, str):
            raise TypeError(f"item_id must be a string, not {type(item_id).__name__}")

        realtime_beta_server_event_conversation_item_deleted = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
        )

        realtime_beta_server_event_conversation_item_deleted.additional_properties = d
        return realtime_beta_server_event_conversation_item_deleted

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
