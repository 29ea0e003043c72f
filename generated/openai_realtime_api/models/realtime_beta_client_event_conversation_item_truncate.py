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

T = TypeVar("T", bound="RealtimeBetaClientEventConversationItemTruncate")


@_attrs_define
class RealtimeBetaClientEventConversationItemTruncate:
    """Send this event to truncate a previous assistant message’s audio. The server
    will produce audio faster than realtime, so this event is useful when the user
    interrupts to truncate audio that has already been sent to the client but not
    yet played. This will synchronize the server's understanding of the audio with
    the client's playback.

    Truncating audio will delete the server-side text transcript to ensure there
    is not text in the context that hasn't been heard by the user.

    If successful, the server will respond with a `conversation.item.truncated`
    event.

        Attributes:
            type_ (Literal['conversation.item.truncate']): The event type, must be `conversation.item.truncate`. Default:
                'conversation.item.truncate'.
            item_id (str): The ID of the assistant message item to truncate. Only assistant message
                items can be truncated.
            content_index (int): The index of the content part to truncate. Set this to 0.
            audio_end_ms (int): Inclusive duration up to which audio is truncated, in milliseconds. If
                the audio_end_ms is greater than the actual audio duration, the server
                will respond with an error.
            event_id (str | Unset): Optional client-generated ID used to identify this event.
    """

    item_id: str
    content_index: int
    audio_end_ms: int
    type_: Literal["conversation.item.truncate"] = "conversation.item.truncate"
    event_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        item_id = self.item_id

        content_index = self.content_index

        audio_end_ms = self.audio_end_ms

        event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "item_id": item_id,
                "content_index": content_index,
                "audio_end_ms": audio_end_ms,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaClientEventConversationItemTruncate must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['conversation.item.truncate']", d.pop("type"))
        if type_ != "conversation.item.truncate":
            raise ValueError(f"type must match const 'conversation.item.truncate', got '{type_}'")

        item_id = d.pop("item_id")
        if not isinstance(item_id, str):
            raise TypeError(f"item_id must be a string, not {type(item_id).__name__}")

        content_index = d.pop("content_index")
        if isinstance(content_index, float) and content_index.is_integer():
            content_index = int(content_index)
        if not isinstance(content_index, int) or isinstance(content_index, bool):
            raise TypeError(f"content_index must be an integer, not {type(content_index).__name__}")

        audio_end_ms = d.pop("audio_end_ms")
        if isinstance(audio_end_ms, float) and audio_end_ms.is_integer():
            audio_end_ms = int(audio_end_ms)
        if not isinstance(audio_end_ms, int) or isinstance(audio_end_ms, bool):
            raise TypeError(f"audio_end_ms must be an integer, not {type(audio_end_ms).__name__}")

        event_id = d.pop("event_id", UNSET)
        if not isinstance(event_id, (str, Unset)):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        realtime_beta_client_event_conversation_item_truncate = cls(
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            audio_end_ms=audio_end_ms,
            event_id=event_id,
        )

        realtime_beta_client_event_conversation_item_truncate.additional_properties = d
        return realtime_beta_client_event_conversation_item_truncate

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
