from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_ids_shared_type_1 import (
    VoiceIdsSharedType1,
    check_voice_ids_shared_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pcm_audio_format import PCMAudioFormat
    from ..models.pcma_audio_format import PCMAAudioFormat
    from ..models.pcmu_audio_format import PCMUAudioFormat


T = TypeVar("T", bound="RealtimeResponseAudioOutput")


@_attrs_define
class RealtimeResponseAudioOutput:
    """
    Attributes:
        format_ (PCMAAudioFormat | PCMAudioFormat | PCMUAudioFormat | Unset):
        voice (str | Unset | VoiceIdsSharedType1):  Example: ash.
    """

    format_: PCMAAudioFormat | PCMAudioFormat | PCMUAudioFormat | Unset = UNSET
    voice: str | Unset | VoiceIdsSharedType1 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        format_: dict[str, Any] | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, PCMAudioFormat):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, PCMUAudioFormat):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_.to_dict()

        voice: str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, str):
            voice = self.voice
        else:
            voice = self.voice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeResponseAudioOutput must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)

        def _parse_format_(
            data: object,
        ) -> PCMAAudioFormat | PCMAudioFormat | PCMUAudioFormat | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_audio_formats_pcm_audio_format = (
                    PCMAudioFormat.from_dict(data)
                )

                return componentsschemas_realtime_audio_formats_pcm_audio_format
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_audio_formats_pcmu_audio_format = (
                    PCMUAudioFormat.from_dict(data)
                )

                return componentsschemas_realtime_audio_formats_pcmu_audio_format
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_realtime_audio_formats_pcma_audio_format = PCMAAudioFormat.from_dict(
                data
            )

            return componentsschemas_realtime_audio_formats_pcma_audio_format
            raise TypeError(f"format_ fits none of its types, not {type(data).__name__}")

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_voice(data: object) -> str | Unset | VoiceIdsSharedType1:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_voice_ids_shared_type_1 = check_voice_ids_shared_type_1(data)

                return componentsschemas_voice_ids_shared_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | VoiceIdsSharedType1, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        realtime_response_audio_output = cls(
            format_=format_,
            voice=voice,
        )

        realtime_response_audio_output.additional_properties = d
        return realtime_response_audio_output

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
    from ..models.pcm_audio_format import PCMAudioFormat  # noqa: F401, PLC0415
    from ..models.pcma_audio_format import PCMAAudioFormat  # noqa: F401, PLC0415
    from ..models.pcmu_audio_format import PCMUAudioFormat  # noqa: F401, PLC0415

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
