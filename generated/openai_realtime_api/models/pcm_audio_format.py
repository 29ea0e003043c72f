from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pcm_audio_format_rate import (
    PCMAudioFormatRate,
    check_pcm_audio_format_rate,
)
from ..models.pcm_audio_format_type import (
    PCMAudioFormatType,
    check_pcm_audio_format_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PCMAudioFormat")


@_attrs_define
class PCMAudioFormat:
    """The PCM audio format. Only a 24kHz sample rate is supported.

    Attributes:
        type_ (PCMAudioFormatType | Unset): The audio format. Always `audio/pcm`.
        rate (PCMAudioFormatRate | Unset): The sample rate of the audio. Always `24000`.
    """

    type_: PCMAudioFormatType | Unset = UNSET
    rate: PCMAudioFormatRate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        rate: int | Unset = UNSET
        if not isinstance(self.rate, Unset):
            rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if rate is not UNSET:
            field_dict["rate"] = rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"PCMAudioFormat must be an object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: PCMAudioFormatType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_pcm_audio_format_type(_type_)

        _rate = d.pop("rate", UNSET)
        rate: PCMAudioFormatRate | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = check_pcm_audio_format_rate(_rate)

        pcm_audio_format = cls(
            type_=type_,
            rate=rate,
        )

        pcm_audio_format.additional_properties = d
        return pcm_audio_format

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
