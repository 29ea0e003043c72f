from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaResponseUsageType0InputTokenDetailsCachedTokensDetails")


@_attrs_define
class RealtimeBetaResponseUsageType0InputTokenDetailsCachedTokensDetails:
    """Details about the cached tokens used as input for the Response.

    Attributes:
        text_tokens (int | Unset): The number of cached text tokens used as input for the Response.
        image_tokens (int | Unset): The number of cached image tokens used as input for the Response.
        audio_tokens (int | Unset): The number of cached audio tokens used as input for the Response.
    """

    text_tokens: int | Unset = UNSET
    image_tokens: int | Unset = UNSET
    audio_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_tokens = self.text_tokens

        image_tokens = self.image_tokens

        audio_tokens = self.audio_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text_tokens is not UNSET:
            field_dict["text_tokens"] = text_tokens
        if image_tokens is not UNSET:
            field_dict["image_tokens"] = image_tokens
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaResponseUsageType0InputTokenDetailsCachedTokensDetails must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        text_tokens = d.pop("text_tokens", UNSET)
        if isinstance(text_tokens, float) and text_tokens.is_integer():
            text_tokens = int(text_tokens)
        if not isinstance(text_tokens, (int, Unset)) or isinstance(text_tokens, bool):
            raise TypeError(f"text_tokens must be an integer, not {type(text_tokens).__name__}")

        image_tokens = d.pop("image_tokens", UNSET)
        if isinstance(image_tokens, float) and image_tokens.is_integer():
            image_tokens = int(image_tokens)
        if not isinstance(image_tokens, (int, Unset)) or isinstance(image_tokens, bool):
            raise TypeError(f"image_tokens must be an integer, not {type(image_tokens).__name__}")

        audio_tokens = d.pop("audio_tokens", UNSET)
        if isinstance(audio_tokens, float) and audio_tokens.is_integer():
            audio_tokens = int(audio_tokens)
        if not isinstance(audio_tokens, (int, Unset)) or isinstance(audio_tokens, bool):
            raise TypeError(f"audio_tokens must be an integer, not {type(audio_tokens).__name__}")

        realtime_beta_response_usage_type_0_input_token_details_cached_tokens_details = cls(
            text_tokens=text_tokens,
            image_tokens=image_tokens,
            audio_tokens=audio_tokens,
        )

        realtime_beta_response_usage_type_0_input_token_details_cached_tokens_details.additional_properties = d
        return realtime_beta_response_usage_type_0_input_token_details_cached_tokens_details

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
