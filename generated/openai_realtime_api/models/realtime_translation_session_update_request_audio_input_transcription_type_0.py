from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0")


@_attrs_define
class RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0:
    """Optional source-language transcription. When configured, the server emits
    `session.input_transcript.delta` events. Translation itself still runs from
    the input audio stream.

        Attributes:
            model (str): The transcription model to use for source transcript deltas.
    """

    model: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0 must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        model = d.pop("model")
        if not isinstance(model, str):
            raise TypeError(f"model must be a string, not {type(model).__name__}")

        realtime_translation_session_update_request_audio_input_transcription_type_0 = cls(
            model=model,
        )

        realtime_translation_session_update_request_audio_input_transcription_type_0.additional_properties = d
        return realtime_translation_session_update_request_audio_input_transcription_type_0

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
