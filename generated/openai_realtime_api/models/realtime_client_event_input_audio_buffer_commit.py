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

T = TypeVar("T", bound="RealtimeClientEventInputAudioBufferCommit")


@_attrs_define
class RealtimeClientEventInputAudioBufferCommit:
    """Send this event to commit the user input audio buffer, which will create a  new user message item in the
    conversation. This event will produce an error  if the input audio buffer is empty. When in Server VAD mode, the
    client does  not need to send this event, the server will commit the audio buffer  automatically.

    Committing the input audio buffer will trigger input audio transcription  (if enabled in session configuration), but
    it will not create a response  from the model. The server will respond with an `input_audio_buffer.committed` event.

        Attributes:
            type_ (Literal['input_audio_buffer.commit']): The event type, must be `input_audio_buffer.commit`. Default:
                'input_audio_buffer.commit'.
            event_id (str | Unset): Optional client-generated ID used to identify this event.
    """

    type_: Literal["input_audio_buffer.commit"] = "input_audio_buffer.commit"
    event_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeClientEventInputAudioBufferCommit must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['input_audio_buffer.commit']", d.pop("type"))
        if type_ != "input_audio_buffer.commit":
            raise ValueError(f"type must match const 'input_audio_buffer.commit', got '{type_}'")

        event_id = d.pop("event_id", UNSET)
        if not isinstance(event_id, (str, Unset)):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        realtime_client_event_input_audio_buffer_commit = cls(
            type_=type_,
            event_id=event_id,
        )

        realtime_client_event_input_audio_buffer_commit.additional_properties = d
        return realtime_client_event_input_audio_buffer_commit

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
