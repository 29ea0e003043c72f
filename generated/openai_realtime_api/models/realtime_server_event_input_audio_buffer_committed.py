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

T = TypeVar("T", bound="RealtimeServerEventInputAudioBufferCommitted")


@_attrs_define
class RealtimeServerEventInputAudioBufferCommitted:
    """Returned when an input audio buffer is committed, either by the client or
    automatically in server VAD mode. The `item_id` property is the ID of the user
    message item that will be created, thus a `conversation.item.created` event
    will also be sent to the client.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (Literal['input_audio_buffer.committed']): The event type, must be `input_audio_buffer.committed`.
                Default: 'input_audio_buffer.committed'.
            item_id (str): The ID of the user message item that will be created.
            previous_item_id (None | str | Unset):
    """

    event_id: str
    item_id: str
    type_: Literal["input_audio_buffer.committed"] = "input_audio_buffer.committed"
    previous_item_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        item_id = self.item_id

        previous_item_id: None | str | Unset
        if isinstance(self.previous_item_id, Unset):
            previous_item_id = UNSET
        else:
            previous_item_id = self.previous_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
            }
        )
        if previous_item_id is not UNSET:
            field_dict["previous_item_id"] = previous_item_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeServerEventInputAudioBufferCommitted must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['input_audio_buffer.committed']", d.pop("type"))
        if type_ != "input_audio_buffer.committed":
            raise ValueError(f"type must match const 'input_audio_buffer.committed', got '{type_}'")

        item_id = d.pop("item_id")
        if not isinstance(item_id, str):
            raise TypeError(f"item_id must be a string, not {type(item_id).__name__}")

        def _parse_previous_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_item_id = _parse_previous_item_id(d.pop("previous_item_id", UNSET))

        realtime_server_event_input_audio_buffer_committed = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            previous_item_id=previous_item_id,
        )

        realtime_server_event_input_audio_buffer_committed.additional_properties = d
        return realtime_server_event_input_audio_buffer_committed

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
