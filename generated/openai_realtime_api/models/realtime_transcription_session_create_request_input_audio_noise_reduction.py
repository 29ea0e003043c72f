from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.noise_reduction_type import NoiseReductionType, check_noise_reduction_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction")


@_attrs_define
class RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction:
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by
    improving perception of the input audio.

    Server default: `null`.

        Attributes:
            type_ (NoiseReductionType | Unset): Type of noise reduction. `near_field` is for close-talking microphones such
                as headphones, `far_field` is for far-field microphones such as laptop or conference room microphones.
    """

    type_: NoiseReductionType | Unset = UNSET
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
            raise TypeError(
                f"RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: NoiseReductionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_noise_reduction_type(_type_)

        realtime_transcription_session_create_request_input_audio_noise_reduction = cls(
            type_=type_,
        )

        realtime_transcription_session_create_request_input_audio_noise_reduction.additional_properties = d
        return realtime_transcription_session_create_request_input_audio_noise_reduction

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
