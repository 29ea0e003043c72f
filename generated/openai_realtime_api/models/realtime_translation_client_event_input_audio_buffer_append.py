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

T = TypeVar("T", bound="RealtimeTranslationClientEventInputAudioBufferAppend")


@_attrs_define
class RealtimeTranslationClientEventInputAudioBufferAppend:
    """Send this event to append audio bytes to the translation session input audio buffer.

    WebSocket translation sessions accept base64-encoded 24 kHz PCM16 mono
    little-endian raw audio bytes. Unsupported websocket audio formats return a
    validation error because lower-quality audio materially degrades translation
    quality.

    Translation consumes 200 ms engine frames. For best realtime behavior, append
    audio in 200 ms chunks. If a chunk is shorter, the server buffers it until it
    has enough audio for one frame. If a chunk is longer, the server splits it into
    200 ms frames and enqueues them back-to-back.

    Keep appending silence while the session is active. If a client stops sending
    audio and later resumes, model time treats the resumed audio as contiguous with
    the previous audio rather than as a real-world pause.

        Attributes:
            type_ (Literal['session.input_audio_buffer.append']): The event type, must be
                `session.input_audio_buffer.append`. Default: 'session.input_audio_buffer.append'.
            audio (str): Base64-encoded 24 kHz PCM16 mono audio bytes.
            event_id (str | Unset): Optional client-generated ID used to identify this event.
    """

    audio: str
    type_: Literal["session.input_audio_buffer.append"] = "session.input_audio_buffer.append"
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
                f"RealtimeTranslationClientEventInputAudioBufferAppend must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['session.input_audio_buffer.append']", d.pop("type"))
        if type_ != "session.input_audio_buffer.append":
            raise ValueError(
                f"type must match const 'session.input_audio_buffer.append', got '{type_}'"
            )

        audio = d.pop("audio")
        if not isinstance(audio, str):
            raise TypeError(f"audio must be a string, not {type(audio).__name__}")

        event_id = d.pop("event_id", UNSET)
        if not isinstance(event_id, (str, Unset)):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        realtime_translation_client_event_input_audio_buffer_append = cls(
            type_=type_,
            audio=audio,
            event_id=event_id,
        )

        realtime_translation_client_event_input_audio_buffer_append.additional_properties = d
        return realtime_translation_client_event_input_audio_buffer_append

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
