from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="VoiceIdsOrCustomVoiceType1")


@_attrs_define
class VoiceIdsOrCustomVoiceType1:
    """Custom voice reference.

    Attributes:
        id (str): The custom voice ID, e.g. `voice_1234`. Example: voice_1234.
    """

    id: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"VoiceIdsOrCustomVoiceType1 must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"id must be a string, not {type(id).__name__}")

        voice_ids_or_custom_voice_type_1 = cls(
            id=id,
        )

        return voice_ids_or_custom_voice_type_1
