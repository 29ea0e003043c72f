from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_transcription_response_model_type_1 import (
    AudioTranscriptionResponseModelType1,
    check_audio_transcription_response_model_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioTranscriptionResponse")


@_attrs_define
class AudioTranscriptionResponse:
    """
    Attributes:
        model (AudioTranscriptionResponseModelType1 | str | Unset): The model used for transcription. Current options
            are `whisper-1`, `gpt-transcribe`, `gpt-live-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-
            transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`.
        language (None | str | Unset): The language of the input audio.
        languages (list[str] | Unset): The possible input audio languages configured for transcription, in
            [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format.
        prompt (None | str | Unset): The prompt configured for input audio transcription, when present.
    """

    model: AudioTranscriptionResponseModelType1 | str | Unset = UNSET
    language: None | str | Unset = UNSET
    languages: list[str] | Unset = UNSET
    prompt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if language is not UNSET:
            field_dict["language"] = language
        if languages is not UNSET:
            field_dict["languages"] = languages
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AudioTranscriptionResponse must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)

        def _parse_model(data: object) -> AudioTranscriptionResponseModelType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_1 = check_audio_transcription_response_model_type_1(data)

                return model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AudioTranscriptionResponseModelType1 | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        languages = cast(list[str], d.pop("languages", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        audio_transcription_response = cls(
            model=model,
            language=language,
            languages=languages,
            prompt=prompt,
        )

        audio_transcription_response.additional_properties = d
        return audio_transcription_response

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
