from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_translation_session_create_request_audio_input_noise_reduction_type_0 import (
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0,
    )
    from ..models.realtime_translation_session_create_request_audio_input_transcription_type_0 import (
        RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0,
    )


T = TypeVar("T", bound="RealtimeTranslationSessionCreateRequestAudioInput")


@_attrs_define
class RealtimeTranslationSessionCreateRequestAudioInput:
    """
    Attributes:
        transcription (None | RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0 | Unset):
        noise_reduction (None | RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0 | Unset):
    """

    transcription: (
        None | RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0 | Unset
    ) = UNSET
    noise_reduction: (
        None | RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        transcription: dict[str, Any] | None | Unset
        if isinstance(self.transcription, Unset):
            transcription = UNSET
        elif isinstance(
            self.transcription, RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0
        ):
            transcription = self.transcription.to_dict()
        else:
            transcription = self.transcription

        noise_reduction: dict[str, Any] | None | Unset
        if isinstance(self.noise_reduction, Unset):
            noise_reduction = UNSET
        elif isinstance(
            self.noise_reduction,
            RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0,
        ):
            noise_reduction = self.noise_reduction.to_dict()
        else:
            noise_reduction = self.noise_reduction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if noise_reduction is not UNSET:
            field_dict["noise_reduction"] = noise_reduction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranslationSessionCreateRequestAudioInput must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)

        def _parse_transcription(
            data: object,
        ) -> None | RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcription_type_0 = (
                    RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0.from_dict(
                        data
                    )
                )

                return transcription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"transcription fits none of its types, not {type(data).__name__}")

        transcription = _parse_transcription(d.pop("transcription", UNSET))

        def _parse_noise_reduction(
            data: object,
        ) -> None | RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                noise_reduction_type_0 = (
                    RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0.from_dict(
                        data
                    )
                )

                return noise_reduction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"noise_reduction fits none of its types, not {type(data).__name__}")

        noise_reduction = _parse_noise_reduction(d.pop("noise_reduction", UNSET))

        realtime_translation_session_create_request_audio_input = cls(
            transcription=transcription,
            noise_reduction=noise_reduction,
        )

        realtime_translation_session_create_request_audio_input.additional_properties = d
        return realtime_translation_session_create_request_audio_input

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
    from ..models.realtime_translation_session_create_request_audio_input_noise_reduction_type_0 import (
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0,  # noqa: F401, PLC0415
    )
    from ..models.realtime_translation_session_create_request_audio_input_transcription_type_0 import (
        RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
