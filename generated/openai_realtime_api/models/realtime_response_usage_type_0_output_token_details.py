from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeResponseUsageType0OutputTokenDetails")


@_attrs_define
class RealtimeResponseUsageType0OutputTokenDetails:
    """Details about the output tokens used in the Response.

    Attributes:
        text_tokens (int | Unset): The number of text tokens used in the Response.
        audio_tokens (int | Unset): The number of audio tokens used in the Response.
    """

    text_tokens: int | Unset = UNSET
    audio_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_tokens = self.text_tokens

        audio_tokens = self.audio_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_tokens is not UNSET:
            field_dict["text_tokens"] = text_tokens
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeResponseUsageType0OutputTokenDetails must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        text_tokens = d.pop("text_tokens", UNSET)
        if isinstance(text_tokens, float) and text_tokens.is_integer():
            text_tokens = int(text_tokens)
        if not isinstance(text_tokens, (int, Unset)) or isinstance(text_tokens, bool):
            raise TypeError(f"text_tokens must be an integer, not {type(text_tokens).__name__}")

        audio_tokens = d.pop("audio_tokens", UNSET)
        if isinstance(audio_tokens, float) and audio_tokens.is_integer():
            audio_tokens = int(audio_tokens)
        if not isinstance(audio_tokens, (int, Unset)) or isinstance(audio_tokens, bool):
            raise TypeError(f"audio_tokens must be an integer, not {type(audio_tokens).__name__}")

        realtime_response_usage_type_0_output_token_details = cls(
            text_tokens=text_tokens,
            audio_tokens=audio_tokens,
        )

        realtime_response_usage_type_0_output_token_details.additional_properties = d
        return realtime_response_usage_type_0_output_token_details

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
