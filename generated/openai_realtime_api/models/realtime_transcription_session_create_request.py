from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_transcription_session_create_request_include_type_0_item import (
    RealtimeTranscriptionSessionCreateRequestIncludeType0Item,
    check_realtime_transcription_session_create_request_include_type_0_item,
)
from ..models.realtime_transcription_session_create_request_input_audio_format import (
    RealtimeTranscriptionSessionCreateRequestInputAudioFormat,
    check_realtime_transcription_session_create_request_input_audio_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_transcription import AudioTranscription
    from ..models.realtime_transcription_session_create_request_input_audio_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
    )
    from ..models.realtime_transcription_session_create_request_turn_detection_type_0 import (
        RealtimeTranscriptionSessionCreateRequestTurnDetectionType0,
    )


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateRequest")


@_attrs_define
class RealtimeTranscriptionSessionCreateRequest:
    """Realtime transcription session object configuration.

    Attributes:
        turn_detection (None | RealtimeTranscriptionSessionCreateRequestTurnDetectionType0 | Unset): Configuration for
            turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the start and end
            of speech based on audio volume and respond at the end of user speech.
        input_audio_noise_reduction (RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | Unset):
            Configuration for input audio noise reduction. This can be set to `null` to turn off.
            Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
            Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance
            by improving perception of the input audio.

            Server default: `null`.
        input_audio_format (RealtimeTranscriptionSessionCreateRequestInputAudioFormat | Unset): The format of input
            audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
            For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
            single channel (mono), and little-endian byte order.

            Server default: `pcm16`.
        input_audio_transcription (AudioTranscription | Unset):
        include (list[RealtimeTranscriptionSessionCreateRequestIncludeType0Item] | None | Unset): The set of items to
            include in the transcription. Current available items are:
            `item.input_audio_transcription.logprobs`
    """

    turn_detection: None | RealtimeTranscriptionSessionCreateRequestTurnDetectionType0 | Unset = (
        UNSET
    )
    input_audio_noise_reduction: (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | Unset
    ) = UNSET
    input_audio_format: RealtimeTranscriptionSessionCreateRequestInputAudioFormat | Unset = UNSET
    input_audio_transcription: AudioTranscription | Unset = UNSET
    include: list[RealtimeTranscriptionSessionCreateRequestIncludeType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(
            self.turn_detection, RealtimeTranscriptionSessionCreateRequestTurnDetectionType0
        ):
            turn_detection = self.turn_detection.to_dict()
        else:
            turn_detection = self.turn_detection

        input_audio_noise_reduction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_audio_noise_reduction, Unset):
            input_audio_noise_reduction = self.input_audio_noise_reduction.to_dict()

        input_audio_format: str | Unset = UNSET
        if not isinstance(self.input_audio_format, Unset):
            input_audio_format = self.input_audio_format

        input_audio_transcription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_audio_transcription, Unset):
            input_audio_transcription = self.input_audio_transcription.to_dict()

        include: list[str] | None | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = []
            for include_type_0_item_data in self.include:
                include_type_0_item: str = include_type_0_item_data
                include.append(include_type_0_item)

        else:
            include = self.include

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if input_audio_noise_reduction is not UNSET:
            field_dict["input_audio_noise_reduction"] = input_audio_noise_reduction
        if input_audio_format is not UNSET:
            field_dict["input_audio_format"] = input_audio_format
        if input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = input_audio_transcription
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranscriptionSessionCreateRequest must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)

        def _parse_turn_detection(
            data: object,
        ) -> None | RealtimeTranscriptionSessionCreateRequestTurnDetectionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                turn_detection_type_0 = (
                    RealtimeTranscriptionSessionCreateRequestTurnDetectionType0.from_dict(data)
                )

                return turn_detection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"turn_detection fits none of its types, not {type(data).__name__}")

        turn_detection = _parse_turn_detection(d.pop("turn_detection", UNSET))

        _input_audio_noise_reduction = d.pop("input_audio_noise_reduction", UNSET)
        input_audio_noise_reduction: (
            RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction | Unset
        )
        if isinstance(_input_audio_noise_reduction, Unset):
            input_audio_noise_reduction = UNSET
        else:
            input_audio_noise_reduction = (
                RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction.from_dict(
                    _input_audio_noise_reduction
                )
            )

        _input_audio_format = d.pop("input_audio_format", UNSET)
        input_audio_format: RealtimeTranscriptionSessionCreateRequestInputAudioFormat | Unset
        if isinstance(_input_audio_format, Unset):
            input_audio_format = UNSET
        else:
            input_audio_format = (
                check_realtime_transcription_session_create_request_input_audio_format(
                    _input_audio_format
                )
            )

        _input_audio_transcription = d.pop("input_audio_transcription", UNSET)
        input_audio_transcription: AudioTranscription | Unset
        if isinstance(_input_audio_transcription, Unset):
            input_audio_transcription = UNSET
        else:
            input_audio_transcription = AudioTranscription.from_dict(_input_audio_transcription)

        def _parse_include(
            data: object,
        ) -> list[RealtimeTranscriptionSessionCreateRequestIncludeType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                include_type_0 = []
                _include_type_0 = data
                if not isinstance(_include_type_0, list):
                    raise TypeError(
                        f"include_type_0 must be an array, not {type(_include_type_0).__name__}"
                    )
                for include_type_0_item_data in _include_type_0:
                    include_type_0_item = (
                        check_realtime_transcription_session_create_request_include_type_0_item(
                            include_type_0_item_data
                        )
                    )

                    include_type_0.append(include_type_0_item)

                return include_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"include fits none of its types, not {type(data).__name__}")

        include = _parse_include(d.pop("include", UNSET))

        realtime_transcription_session_create_request = cls(
            turn_detection=turn_detection,
            input_audio_noise_reduction=input_audio_noise_reduction,
            input_audio_format=input_audio_format,
            input_audio_transcription=input_audio_transcription,
            include=include,
        )

        realtime_transcription_session_create_request.additional_properties = d
        return realtime_transcription_session_create_request

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
    from ..models.audio_transcription import AudioTranscription  # noqa: F401, PLC0415
    from ..models.realtime_transcription_session_create_request_input_audio_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,  # noqa: F401, PLC0415
    )
    from ..models.realtime_transcription_session_create_request_turn_detection_type_0 import (
        RealtimeTranscriptionSessionCreateRequestTurnDetectionType0,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
