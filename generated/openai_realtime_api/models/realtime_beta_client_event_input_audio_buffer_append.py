from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaClientEventInputAudioBufferAppend")


@_attrs_define
class RealtimeBetaClientEventInputAudioBufferAppend:
    """Send this event to append audio bytes to the input audio buffer. The audio
    buffer is temporary storage you can write to and later commit. In Server VAD
    mode, the audio buffer is used to detect speech and the server will decide
    when to commit. When Server VAD is disabled, you must commit the audio buffer
    manually.

    The client may choose how much audio to place in each event up to a maximum
    of 15 MiB, for example streaming smaller chunks from the client may allow the
    VAD to be more responsive. Unlike made other client events, the server will
    not send a confirmation response to this event.

        Attributes:
            type_ (Literal['input_audio_buffer.append']): The event type, must be `input_audio_buffer.append`. Default:
                'input_audio_buffer.append'.
            audio (str): Base64-encoded audio bytes. This must be in the format specified by the
                `input_audio_format` field in the session configuration.
            event_id (str | Unset): Optional client-generated ID used to identify this event.
    """

    audio: str
    type_: Literal["input_audio_buffer.append"] = "input_audio_buffer.append"
    event_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        audio = self.audio

        event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "audio": audio,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaClientEventInputAudioBufferAppend must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['input_audio_buffer.append']", d.pop("type"))
        if type_ != "input_audio_buffer.append":
            raise ValueError(f"type must match const 'input_audio_buffer.append', got '{type_}'")

        audio = d.pop("audio")
        if not isinstance(audio, str):
            raise TypeError(f"audio must be a string, not {type(audio).__name__}")

        event_id = d.pop("event_id", UNSET)
        if not isinstance(event_id, (str, Unset)):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        realtime_beta_client_event_input_audio_buffer_append = cls(
            type_=type_,
            audio=audio,
            event_id=event_id,
        )

        realtime_beta_client_event_input_audio_buffer_append.additional_properties = d
        return realtime_beta_client_event_input_audio_buffer_append

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
