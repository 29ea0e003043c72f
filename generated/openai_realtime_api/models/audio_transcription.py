from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_transcription_delay import (
    AudioTranscriptionDelay,
    check_audio_transcription_delay,
)
from ..models.audio_transcription_model_type_1 import (
    AudioTranscriptionModelType1,
    check_audio_transcription_model_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioTranscription")


@_attrs_define
class AudioTranscription:
    """
    Attributes:
        model (AudioTranscriptionModelType1 | str | Unset): The model to use for transcription. Current options are
            `whisper-1`, `gpt-transcribe`, `gpt-live-transcribe`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-
            transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`. Use
            `gpt-4o-transcribe-diarize` when you need diarization with speaker labels.
        language (None | str | Unset): The language of the input audio. Supplying the input language in
            [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format
            will improve accuracy and latency.
        languages (list[str] | Unset): Possible languages of the input audio, in
            [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) format. Supported by `gpt-transcribe` and
            `gpt-live-transcribe`.
        keywords (list[str] | Unset): Words or phrases to guide transcription of the input audio. Supported by `gpt-
            transcribe` and `gpt-live-transcribe`.
        prompt (None | str | Unset): An optional text to guide the model's style or continue a previous audio
            segment.
            For `whisper-1`, the [prompt is a list of keywords](/docs/guides/speech-to-text#prompting).
            For `gpt-4o-transcribe` models (excluding `gpt-4o-transcribe-diarize`), the prompt is a free text string, for
            example "expect words related to technology".
            Prompt is not supported with `gpt-realtime-whisper` in GA Realtime sessions.
        delay (AudioTranscriptionDelay | Unset): Controls how long the model waits before emitting transcription text.
            Higher values can improve transcription accuracy at the cost of latency.
            Only supported with `gpt-realtime-whisper` in GA Realtime sessions.
    """

    model: AudioTranscriptionModelType1 | str | Unset = UNSET
    language: None | str | Unset = UNSET
    languages: list[str] | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    prompt: None | str | Unset = UNSET
    delay: AudioTranscriptionDelay | Unset = UNSET
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

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        delay: str | Unset = UNSET
        if not isinstance(self.delay, Unset):
            delay = self.delay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if language is not UNSET:
            field_dict["language"] = language
        if languages is not UNSET:
            field_dict["languages"] = languages
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if delay is not UNSET:
            field_dict["delay"] = delay

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"AudioTranscription must be an object, not {type(src_dict).__name__}")
        d = dict(src_dict)

        def _parse_model(data: object) -> AudioTranscriptionModelType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_1 = check_audio_transcription_model_type_1(data)

                return model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AudioTranscriptionModelType1 | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        languages = cast(list[str], d.pop("languages", UNSET))

        keywords = cast(list[str], d.pop("keywords", UNSET))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        _delay = d.pop("delay", UNSET)
        delay: AudioTranscriptionDelay | Unset
        if isinstance(_delay, Unset):
            delay = UNSET
        else:
            delay = check_audio_transcription_delay(_delay)

        audio_transcription = cls(
            model=model,
            language=language,
            languages=languages,
            keywords=keywords,
            prompt=prompt,
            delay=delay,
        )

        audio_transcription.additional_properties = d
        return audio_transcription

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
