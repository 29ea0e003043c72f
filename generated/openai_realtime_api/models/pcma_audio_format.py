from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pcma_audio_format_type import (
    PCMAAudioFormatType,
    check_pcma_audio_format_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PCMAAudioFormat")


@_attrs_define
class PCMAAudioFormat:
    """The G.711 A-law format.

    Attributes:
        type_ (PCMAAudioFormatType | Unset): The audio format. Always `audio/pcma`.
    """

    type_: PCMAAudioFormatType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"PCMAAudioFormat must be an object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: PCMAAudioFormatType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_pcma_audio_format_type(_type_)

        pcma_audio_format = cls(
            type_=type_,
        )

        pcma_audio_format.additional_properties = d
        return pcma_audio_format

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
