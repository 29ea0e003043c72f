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

T = TypeVar("T", bound="RealtimeServerEventOutputAudioBufferStopped")


@_attrs_define
class RealtimeServerEventOutputAudioBufferStopped:
    """**WebRTC/SIP Only:** Emitted when the output audio buffer has been completely drained on the server,
    and no more audio is forthcoming. This event is emitted after the full response
    data has been sent to the client (`response.done`).
    [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (Literal['output_audio_buffer.stopped']): The event type, must be `output_audio_buffer.stopped`. Default:
                'output_audio_buffer.stopped'.
            response_id (str): The unique ID of the response that produced the audio.
    """

    event_id: str
    response_id: str
    type_: Literal["output_audio_buffer.stopped"] = "output_audio_buffer.stopped"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        response_id = self.response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response_id": response_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeServerEventOutputAudioBufferStopped must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['output_audio_buffer.stopped']", d.pop("type"))
        if type_ != "output_audio_buffer.stopped":
            raise ValueError(f"type must match const 'output_audio_buffer.stopped', got '{type_}'")

        response_id = d.pop("response_id")
        if not isinstance(response_id, str):
            raise TypeError(f"response_id must be a string, not {type(response_id).__name__}")

        realtime_server_event_output_audio_buffer_stopped = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
        )

        realtime_server_event_output_audio_buffer_stopped.additional_properties = d
        return realtime_server_event_output_audio_buffer_stopped

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
