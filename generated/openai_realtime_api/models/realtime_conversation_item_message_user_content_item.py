from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_conversation_item_message_user_content_item_detail import (
    RealtimeConversationItemMessageUserContentItemDetail,
    check_realtime_conversation_item_message_user_content_item_detail,
)
from ..models.realtime_conversation_item_message_user_content_item_type import (
    RealtimeConversationItemMessageUserContentItemType,
    check_realtime_conversation_item_message_user_content_item_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeConversationItemMessageUserContentItem")


@_attrs_define
class RealtimeConversationItemMessageUserContentItem:
    """
    Attributes:
        type_ (RealtimeConversationItemMessageUserContentItemType | Unset): The content type (`input_text`,
            `input_audio`, or `input_image`).
        text (str | Unset): The text content (for `input_text`).
        audio (str | Unset): Base64-encoded audio bytes (for `input_audio`), these will be parsed as the format
            specified in the session input audio type configuration. This defaults to PCM 16-bit 24kHz mono if not
            specified.
        image_url (str | Unset): Base64-encoded image bytes (for `input_image`) as a data URI. For example
            `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA...`. Supported formats are PNG and JPEG.
        detail (RealtimeConversationItemMessageUserContentItemDetail | Unset): The detail level of the image (for
            `input_image`). `auto` will default to `high`.

            Server default: `auto`.
        transcript (None | str | Unset): Transcript of the audio (for `input_audio`). This is not sent to the model, but
            will be attached to the message item for reference.
    """

    type_: RealtimeConversationItemMessageUserContentItemType | Unset = UNSET
    text: str | Unset = UNSET
    audio: str | Unset = UNSET
    image_url: str | Unset = UNSET
    detail: RealtimeConversationItemMessageUserContentItemDetail | Unset = UNSET
    transcript: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        text = self.text

        audio = self.audio

        image_url = self.image_url

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail

        transcript: None | str | Unset
        if isinstance(self.transcript, Unset):
            transcript = UNSET
        else:
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
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if detail is not UNSET:
            field_dict["detail"] = detail
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeConversationItemMessageUserContentItem must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: RealtimeConversationItemMessageUserContentItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_realtime_conversation_item_message_user_content_item_type(_type_)

        text = d.pop("text", UNSET)
        if not isinstance(text, (str, Unset)):
            raise TypeError(f"text must be a string, not {type(text).__name__}")

        audio = d.pop("audio", UNSET)
        if not isinstance(audio, (str, Unset)):
            raise TypeError(f"audio must be a string, not {type(audio).__name__}")

        image_url = d.pop("image_url", UNSET)
        if not isinstance(image_url, (str, Unset)):
            raise TypeError(f"image_url must be a string, not {type(image_url).__name__}")

        _detail = d.pop("detail", UNSET)
        detail: RealtimeConversationItemMessageUserContentItemDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = check_realtime_conversation_item_message_user_content_item_detail(_detail)

        def _parse_transcript(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transcript = _parse_transcript(d.pop("transcript", UNSET))

        realtime_conversation_item_message_user_content_item = cls(
            type_=type_,
            text=text,
            audio=audio,
            image_url=image_url,
            detail=detail,
            transcript=transcript,
        )

        realtime_conversation_item_message_user_content_item.additional_properties = d
        return realtime_conversation_item_message_user_content_item

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
