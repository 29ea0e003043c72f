from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_response_usage_type_0_input_token_details_cached_tokens_details import (
        RealtimeResponseUsageType0InputTokenDetailsCachedTokensDetails,
    )


T = TypeVar("T", bound="RealtimeResponseUsageType0InputTokenDetails")


@_attrs_define
class RealtimeResponseUsageType0InputTokenDetails:
    """Details about the input tokens used in the Response. Cached tokens are tokens from previous turns in the
    conversation that are included as context for the current response. Cached tokens here are counted as a subset of
    input tokens, meaning input tokens will include cached and uncached tokens.

        Attributes:
            cached_tokens (int | Unset): The number of cached tokens used as input for the Response.
            text_tokens (int | Unset): The number of text tokens used as input for the Response.
            image_tokens (int | Unset): The number of image tokens used as input for the Response.
            audio_tokens (int | Unset): The number of audio tokens used as input for the Response.
            cached_tokens_details (RealtimeResponseUsageType0InputTokenDetailsCachedTokensDetails | Unset): Details about
                the cached tokens used as input for the Response.
    """

    cached_tokens: int | Unset = UNSET
    text_tokens: int | Unset = UNSET
    image_tokens: int | Unset = UNSET
    audio_tokens: int | Unset = UNSET
    cached_tokens_details: (
        RealtimeResponseUsageType0InputTokenDetailsCachedTokensDetails | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        cached_tokens = self.cached_tokens

        text_tokens = self.text_tokens

        image_tokens = self.image_tokens

        audio_tokens = self.audio_tokens

        cached_tokens_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cached_tokens_details, Unset):
            cached_tokens_details = self.cached_tokens_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cached_tokens is not UNSET:
            field_dict["cached_tokens"] = cached_tokens
        if text_tokens is not UNSET:
            field_dict["text_tokens"] = text_tokens
        if image_tokens is not UNSET:
            field_dict["image_tokens"] = image_tokens
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens
        if cached_tokens_details is not UNSET:
            field_dict["cached_tokens_details"] = cached_tokens_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeResponseUsageType0InputTokenDetails must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        cached_tokens = d.pop("cached_tokens", UNSET)
        if isinstance(cached_tokens, float) and cached_tokens.is_integer():
            cached_tokens = int(cached_tokens)
        if not isinstance(cached_tokens, (int, Unset)) or isinstance(cached_tokens, bool):
            raise TypeError(f"cached_tokens must be an integer, not {type(cached_tokens).__name__}")

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

        _cached_tokens_details = d.pop("cached_tokens_details", UNSET)
        cached_tokens_details: (
            RealtimeResponseUsageType0InputTokenDetailsCachedTokensDetails | Unset
        )
        if isinstance(_cached_tokens_details, Unset):
            cached_tokens_details = UNSET
        else:
            cached_tokens_details = (
                RealtimeResponseUsageType0InputTokenDetailsCachedTokensDetails.from_dict(
                    _cached_tokens_details
                )
            )

        realtime_response_usage_type_0_input_token_details = cls(
            cached_tokens=cached_tokens,
            text_tokens=text_tokens,
            image_tokens=image_tokens,
            audio_tokens=audio_tokens,
            cached_tokens_details=cached_tokens_details,
        )

        realtime_response_usage_type_0_input_token_details.additional_properties = d
        return realtime_response_usage_type_0_input_token_details

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


_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this module refers to (they may import this one: hence not at the top)."""
    from ..models.realtime_response_usage_type_0_input_token_details_cached_tokens_details import (
        RealtimeResponseUsageType0InputTokenDetailsCachedTokensDetails,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
