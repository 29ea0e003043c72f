from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeSessionCreateRequestInputAudioTranscription")


@_attrs_define
class RealtimeSessionCreateRequestInputAudioTranscription:
    """Configuration for input audio transcription, defaults to off and can be
    set to `null` to turn off once on. Input audio transcription is not native
    to the model, since the model consumes audio directly. Transcription runs
    asynchronously and should be treated as rough guidance
    rather than the representation understood by the model.

        Attributes:
            model (str | Unset): The model to use for transcription.
    """

    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeSessionCreateRequestInputAudioTranscription must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        model = d.pop("model", UNSET)
        if not isinstance(model, (str, Unset)):
            raise TypeError(f"model must be a string, not {type(model).__name__}")

        realtime_session_create_request_input_audio_transcription = cls(
            model=model,
        )

        realtime_session_create_request_input_audio_transcription.additional_properties = d
        return realtime_session_create_request_input_audio_transcription

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
