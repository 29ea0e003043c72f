from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_transcription_response import AudioTranscriptionResponse
    from ..models.realtime_session_client_secret_type_0 import (
        RealtimeSessionClientSecretType0,
    )
    from ..models.realtime_transcription_session_create_response_turn_detection_type_0 import (
        RealtimeTranscriptionSessionCreateResponseTurnDetectionType0,
    )


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateResponse")


@_attrs_define
class RealtimeTranscriptionSessionCreateResponse:
    """A new Realtime transcription session configuration.

    When a session is created on the server via REST API, the session object
    also contains an ephemeral key. Default TTL for keys is 10 minutes. This
    property is not present when a session is updated via the WebSocket API.

        Attributes:
            client_secret (None | RealtimeSessionClientSecretType0):
            modalities (Any | Unset): The set of modalities the model can respond with. To disable audio,
                set this to ["text"].
            input_audio_format (str | Unset): The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
            input_audio_transcription (AudioTranscriptionResponse | Unset):
            turn_detection (None | RealtimeTranscriptionSessionCreateResponseTurnDetectionType0 | Unset): Configuration for
                turn detection. Can be set to `null` to turn off. Server
                VAD means that the model will detect the start and end of speech based on
                audio volume and respond at the end of user speech.
    """

    client_secret: None | RealtimeSessionClientSecretType0
    modalities: Any | Unset = UNSET
    input_audio_format: str | Unset = UNSET
    input_audio_transcription: AudioTranscriptionResponse | Unset = UNSET
    turn_detection: None | RealtimeTranscriptionSessionCreateResponseTurnDetectionType0 | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        client_secret: dict[str, Any] | None
        if isinstance(self.client_secret, RealtimeSessionClientSecretType0):
            client_secret = self.client_secret.to_dict()
        else:
            client_secret = self.client_secret

        modalities = self.modalities

        input_audio_format = self.input_audio_format

        input_audio_transcription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_audio_transcription, Unset):
            input_audio_transcription = self.input_audio_transcription.to_dict()

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(
            self.turn_detection, RealtimeTranscriptionSessionCreateResponseTurnDetectionType0
        ):
            turn_detection = self.turn_detection.to_dict()
        else:
            turn_detection = self.turn_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_secret": client_secret,
            }
        )
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if input_audio_format is not UNSET:
            field_dict["input_audio_format"] = input_audio_format
        if input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = input_audio_transcription
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
                f"RealtimeTranscriptionSessionCreateResponse must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)

        def _parse_client_secret(data: object) -> None | RealtimeSessionClientSecretType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_session_client_secret_type_0 = (
                    RealtimeSessionClientSecretType0.from_dict(data)
                )

                return componentsschemas_realtime_session_client_secret_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"client_secret fits none of its types, not {type(data).__name__}")

        client_secret = _parse_client_secret(d.pop("client_secret"))

        modalities = d.pop("modalities", UNSET)

        input_audio_format = d.pop("input_audio_format", UNSET)
        if not isinstance(input_audio_format, (str, Unset)):
            raise TypeError(
                f"input_audio_format must be a string, not {type(input_audio_format).__name__}"
            )

        _input_audio_transcription = d.pop("input_audio_transcription", UNSET)
        input_audio_transcription: AudioTranscriptionResponse | Unset
        if isinstance(_input_audio_transcription, Unset):
            input_audio_transcription = UNSET
        else:
            input_audio_transcription = AudioTranscriptionResponse.from_dict(
                _input_audio_transcription
            )

        def _parse_turn_detection(
            data: object,
        ) -> None | RealtimeTranscriptionSessionCreateResponseTurnDetectionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                turn_detection_type_0 = (
                    RealtimeTranscriptionSessionCreateResponseTurnDetectionType0.from_dict(data)
                )

                return turn_detection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"turn_detection fits none of its types, not {type(data).__name__}")

        turn_detection = _parse_turn_detection(d.pop("turn_detection", UNSET))

        realtime_transcription_session_create_response = cls(
            client_secret=client_secret,
            modalities=modalities,
            input_audio_format=input_audio_format,
            input_audio_transcription=input_audio_transcription,
            turn_detection=turn_detection,
        )

        realtime_transcription_session_create_response.additional_properties = d
        return realtime_transcription_session_create_response

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
    from ..models.realtime_session_client_secret_type_0 import (
        RealtimeSessionClientSecretType0,  # noqa: F401, PLC0415
    )
    from ..models.realtime_transcription_session_create_response_turn_detection_type_0 import (
        RealtimeTranscriptionSessionCreateResponseTurnDetectionType0,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
