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

T = TypeVar("T", bound="RealtimeServerEventConversationItemInputAudioTranscriptionSegment")


@_attrs_define
class RealtimeServerEventConversationItemInputAudioTranscriptionSegment:
    """Returned when an input audio transcription segment is identified for an item.

    Attributes:
        event_id (str): The unique ID of the server event.
        type_ (Literal['conversation.item.input_audio_transcription.segment']): The event type, must be
            `conversation.item.input_audio_transcription.segment`. Default:
            'conversation.item.input_audio_transcription.segment'.
        item_id (str): The ID of the item containing the input audio content.
        content_index (int): The index of the input audio content part within the item.
        text (str): The text for this segment.
        id (str): The segment identifier.
        speaker (str): The detected speaker label for this segment.
        start (float): Start time of the segment in seconds.
        end (float): End time of the segment in seconds.
    """

    event_id: str
    item_id: str
    content_index: int
    text: str
    id: str
    speaker: str
    start: float
    end: float
    type_: Literal["conversation.item.input_audio_transcription.segment"] = (
        "conversation.item.input_audio_transcription.segment"
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        item_id = self.item_id

        content_index = self.content_index

        text = self.text

        id = self.id

        speaker = self.speaker

        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
                "content_index": content_index,
                "text": text,
                "id": id,
                "speaker": speaker,
                "start": start,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeServerEventConversationItemInputAudioTranscriptionSegment must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast(
            "Literal['conversation.item.input_audio_transcription.segment']", d.pop("type")
        )
        if type_ != "conversation.item.input_audio_transcription.segment":
            raise ValueError(
                f"type must match const 'conversation.item.input_audio_transcription.segment', got '{type_}'"
            )

        item_id = d.pop("item_id")
        if not isinstance(item_id, str):
            raise TypeError(f"item_id must be a string, not {type(item_id).__name__}")

        content_index = d.pop("content_index")
        if isinstance(content_index, float) and content_index.is_integer():
            content_index = int(content_index)
        if not isinstance(content_index, int) or isinstance(content_index, bool):
            raise TypeError(f"content_index must be an integer, not {type(content_index).__name__}")

        text = d.pop("text")
        if not isinstance(text, str):
            raise TypeError(f"text must be a string, not {type(text).__name__}")

        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"id must be a string, not {type(id).__name__}")

        speaker = d.pop("speaker")
        if not isinstance(speaker, str):
            raise TypeError(f"speaker must be a string, not {type(speaker).__name__}")

        start = d.pop("start")
        if not (isinstance(start, (int, float)) and not isinstance(start, bool)):
            raise TypeError(f"start must be a number, not {type(start).__name__}")

        end = d.pop("end")
        if not (isinstance(end, (int, float)) and not isinstance(end, bool)):
            raise TypeError(f"end must be a number, not {type(end).__name__}")

        realtime_server_event_conversation_item_input_audio_transcription_segment = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            text=text,
            id=id,
            speaker=speaker,
            start=start,
            end=end,
        )

        realtime_server_event_conversation_item_input_audio_transcription_segment.additional_properties = d
        return realtime_server_event_conversation_item_input_audio_transcription_segment

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
