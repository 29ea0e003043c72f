from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_transcription_response import AudioTranscriptionResponse
    from ..models.pcm_audio_format import PCMAudioFormat
    from ..models.pcma_audio_format import PCMAAudioFormat
    from ..models.pcmu_audio_format import PCMUAudioFormat
    from ..models.realtime_session_create_response_audio_input_noise_reduction_type_0 import (
        RealtimeSessionCreateResponseAudioInputNoiseReductionType0,
    )
    from ..models.realtime_session_create_response_audio_input_turn_detection_type_0 import (
        RealtimeSessionCreateResponseAudioInputTurnDetectionType0,
    )


T = TypeVar("T", bound="RealtimeSessionCreateResponseAudioInput")


@_attrs_define
class RealtimeSessionCreateResponseAudioInput:
    """
    Attributes:
        format_ (PCMAAudioFormat | PCMAudioFormat | PCMUAudioFormat | Unset):
        transcription (AudioTranscriptionResponse | None | Unset): Configuration for input audio transcription.
        noise_reduction (None | RealtimeSessionCreateResponseAudioInputNoiseReductionType0 | Unset): Configuration for
            input audio noise reduction.
        turn_detection (None | RealtimeSessionCreateResponseAudioInputTurnDetectionType0 | Unset): Configuration for
            turn detection.
    """

    format_: PCMAAudioFormat | PCMAudioFormat | PCMUAudioFormat | Unset = UNSET
    transcription: AudioTranscriptionResponse | None | Unset = UNSET
    noise_reduction: None | RealtimeSessionCreateResponseAudioInputNoiseReductionType0 | Unset = (
        UNSET
    )
    turn_detection: None | RealtimeSessionCreateResponseAudioInputTurnDetectionType0 | Unset = UNSET
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

        transcription: dict[str, Any] | None | Unset
        if isinstance(self.transcription, Unset):
            transcription = UNSET
        elif isinstance(self.transcription, AudioTranscriptionResponse):
            transcription = self.transcription.to_dict()
        else:
            transcription = self.transcription

        noise_reduction: dict[str, Any] | None | Unset
        if isinstance(self.noise_reduction, Unset):
            noise_reduction = UNSET
        elif isinstance(
            self.noise_reduction, RealtimeSessionCreateResponseAudioInputNoiseReductionType0
        ):
            noise_reduction = self.noise_reduction.to_dict()
        else:
            noise_reduction = self.noise_reduction

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(
            self.turn_detection, RealtimeSessionCreateResponseAudioInputTurnDetectionType0
        ):
            turn_detection = self.turn_detection.to_dict()
        else:
            turn_detection = self.turn_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if noise_reduction is not UNSET:
            field_dict["noise_reduction"] = noise_reduction
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeSessionCreateResponseAudioInput must be an object, not {type(src_dict).__name__}"
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

        def _parse_transcription(data: object) -> AudioTranscriptionResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcription_type_0 = AudioTranscriptionResponse.from_dict(data)

                return transcription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"transcription fits none of its types, not {type(data).__name__}")

        transcription = _parse_transcription(d.pop("transcription", UNSET))

        def _parse_noise_reduction(
            data: object,
        ) -> None | RealtimeSessionCreateResponseAudioInputNoiseReductionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                noise_reduction_type_0 = (
                    RealtimeSessionCreateResponseAudioInputNoiseReductionType0.from_dict(data)
                )

                return noise_reduction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"noise_reduction fits none of its types, not {type(data).__name__}")

        noise_reduction = _parse_noise_reduction(d.pop("noise_reduction", UNSET))

        def _parse_turn_detection(
            data: object,
        ) -> None | RealtimeSessionCreateResponseAudioInputTurnDetectionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                turn_detection_type_0 = (
                    RealtimeSessionCreateResponseAudioInputTurnDetectionType0.from_dict(data)
                )

                return turn_detection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"turn_detection fits none of its types, not {type(data).__name__}")

        turn_detection = _parse_turn_detection(d.pop("turn_detection", UNSET))

        realtime_session_create_response_audio_input = cls(
            format_=format_,
            transcription=transcription,
            noise_reduction=noise_reduction,
            turn_detection=turn_detection,
        )

        realtime_session_create_response_audio_input.additional_properties = d
        return realtime_session_create_response_audio_input

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
    from ..models.audio_transcription_response import AudioTranscriptionResponse  # noqa: F401, PLC0415
    from ..models.pcm_audio_format import PCMAudioFormat  # noqa: F401, PLC0415
    from ..models.pcma_audio_format import PCMAAudioFormat  # noqa: F401, PLC0415
    from ..models.pcmu_audio_format import PCMUAudioFormat  # noqa: F401, PLC0415
    from ..models.realtime_session_create_response_audio_input_noise_reduction_type_0 import (
        RealtimeSessionCreateResponseAudioInputNoiseReductionType0,  # noqa: F401, PLC0415
    )
    from ..models.realtime_session_create_response_audio_input_turn_detection_type_0 import (
        RealtimeSessionCreateResponseAudioInputTurnDetectionType0,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
