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

T = TypeVar("T", bound="RealtimeServerEventInputAudioBufferTimeoutTriggered")


@_attrs_define
class RealtimeServerEventInputAudioBufferTimeoutTriggered:
    """Returned when the Server VAD timeout is triggered for the input audio buffer. This is configured
    with `idle_timeout_ms` in the `turn_detection` settings of the session, and it indicates that
    there hasn't been any speech detected for the configured duration.

    The `audio_start_ms` and `audio_end_ms` fields indicate the segment of audio after the last
    model response up to the triggering time, as an offset from the beginning of audio written
    to the input audio buffer. This means it demarcates the segment of audio that was silent and
    the difference between the start and end values will roughly match the configured timeout.

    The empty audio will be committed to the conversation as an `input_audio` item (there will be a
    `input_audio_buffer.committed` event) and a model response will be generated. There may be speech
    that didn't trigger VAD but is still detected by the model, so the model may respond with
    something relevant to the conversation or a prompt to continue speaking.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (Literal['input_audio_buffer.timeout_triggered']): The event type, must be
                `input_audio_buffer.timeout_triggered`. Default: 'input_audio_buffer.timeout_triggered'.
            audio_start_ms (int): Millisecond offset of audio written to the input audio buffer that was after the playback
                time of the last model response.
            audio_end_ms (int): Millisecond offset of audio written to the input audio buffer at the time the timeout was
                triggered.
            item_id (str): The ID of the item associated with this segment.
    """

    event_id: str
    audio_start_ms: int
    audio_end_ms: int
    item_id: str
    type_: Literal["input_audio_buffer.timeout_triggered"] = "input_audio_buffer.timeout_triggered"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        audio_start_ms = self.audio_start_ms

        audio_end_ms = self.audio_end_ms

        item_id = self.item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "audio_start_ms": audio_start_ms,
                "audio_end_ms": audio_end_ms,
                "item_id": item_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeServerEventInputAudioBufferTimeoutTriggered must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['input_audio_buffer.timeout_triggered']", d.pop("type"))
        if type_ != "input_audio_buffer.timeout_triggered":
            raise ValueError(
                f"type must match const 'input_audio_buffer.timeout_triggered', got '{type_}'"
            )

        audio_start_ms = d.pop("audio_start_ms")
        if isinstance(audio_start_ms, float) and audio_start_ms.is_integer():
            audio_start_ms = int(audio_start_ms)
        if not isinstance(audio_start_ms, int) or isinstance(audio_start_ms, bool):
            raise TypeError(
                f"audio_start_ms must be an integer, not {type(audio_start_ms).__name__}"
            )

        audio_end_ms = d.pop("audio_end_ms")
        if isinstance(audio_end_ms, float) and audio_end_ms.is_integer():
            audio_end_ms = int(audio_end_ms)
        if not isinstance(audio_end_ms, int) or isinstance(audio_end_ms, bool):
            raise TypeError(f"audio_end_ms must be an integer, not {type(audio_end_ms).__name__}")

        item_id = d.pop("item_id")
        if not isinstance(item_id, str):
            raise TypeError(f"item_id must be a string, not {type(item_id).__name__}")

        realtime_server_event_input_audio_buffer_timeout_triggered = cls(
            event_id=event_id,
            type_=type_,
            audio_start_ms=audio_start_ms,
            audio_end_ms=audio_end_ms,
            item_id=item_id,
        )

        realtime_server_event_input_audio_buffer_timeout_triggered.additional_properties = d
        return realtime_server_event_input_audio_buffer_timeout_triggered

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
