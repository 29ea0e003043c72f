from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_response_content_part_done_part_type import (
    RealtimeServerEventResponseContentPartDonePartType,
    check_realtime_server_event_response_content_part_done_part_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeServerEventResponseContentPartDonePart")


@_attrs_define
class RealtimeServerEventResponseContentPartDonePart:
    """The content part that is done.

    Attributes:
        type_ (RealtimeServerEventResponseContentPartDonePartType | Unset): The content type ("text", "audio").
        text (str | Unset): The text content (if type is "text").
        audio (str | Unset): Base64-encoded audio data (if type is "audio").
        transcript (str | Unset): The transcript of the audio (if type is "audio").
    """

    type_: RealtimeServerEventResponseContentPartDonePartType | Unset = UNSET
    text: str | Unset = UNSET
    audio: str | Unset = UNSET
    transcript: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        text = self.text

        audio = self.audio

        transcript = self.transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if audio is not UNSET:
            field_dict["audio"] = audio
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeServerEventResponseContentPartDonePart must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: RealtimeServerEventResponseContentPartDonePartType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_realtime_server_event_response_content_part_done_part_type(_type_)

        text = d.pop("text", UNSET)
        if not isinstance(text, (str, Unset)):
            raise TypeError(f"text must be a string, not {type(text).__name__}")

        audio = d.pop("audio", UNSET)
        if not isinstance(audio, (str, Unset)):
            raise TypeError(f"audio must be a string, not {type(audio).__name__}")

        transcript = d.pop("transcript", UNSET)
        if not isinstance(transcript, (str, Unset)):
            raise TypeError(f"transcript must be a string, not {type(transcript).__name__}")

        realtime_server_event_response_content_part_done_part = cls(
            type_=type_,
            text=text,
            audio=audio,
            transcript=transcript,
        )

        realtime_server_event_response_content_part_done_part.additional_properties = d
        return realtime_server_event_response_content_part_done_part

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
