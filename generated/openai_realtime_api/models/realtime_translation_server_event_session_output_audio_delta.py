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

from ..models.realtime_translation_server_event_session_output_audio_delta_format import (
    RealtimeTranslationServerEventSessionOutputAudioDeltaFormat,
    check_realtime_translation_server_event_session_output_audio_delta_format,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranslationServerEventSessionOutputAudioDelta")


@_attrs_define
class RealtimeTranslationServerEventSessionOutputAudioDelta:
    """Returned when translated output audio is available. The `delta` contains a
    PCM16 audio chunk whose length can vary. Clients should decode and queue the
    complete delta instead of assuming a fixed byte or sample count.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (Literal['session.output_audio.delta']): The event type, must be `session.output_audio.delta`. Default:
                'session.output_audio.delta'.
            delta (str): Base64-encoded translated audio data.
            sample_rate (int | Unset): Sample rate of the audio delta.

                Server default: `24000`.
            channels (int | Unset): Number of audio channels.

                Server default: `1`.
            format_ (RealtimeTranslationServerEventSessionOutputAudioDeltaFormat | Unset): Audio encoding for `delta`.
            elapsed_ms (int | None | Unset):
    """

    event_id: str
    delta: str
    type_: Literal["session.output_audio.delta"] = "session.output_audio.delta"
    sample_rate: int | Unset = UNSET
    channels: int | Unset = UNSET
    format_: RealtimeTranslationServerEventSessionOutputAudioDeltaFormat | Unset = UNSET
    elapsed_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        delta = self.delta

        sample_rate = self.sample_rate

        channels = self.channels

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_

        elapsed_ms: int | None | Unset
        if isinstance(self.elapsed_ms, Unset):
            elapsed_ms = UNSET
        else:
            elapsed_ms = self.elapsed_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "delta": delta,
            }
        )
        if sample_rate is not UNSET:
            field_dict["sample_rate"] = sample_rate
        if channels is not UNSET:
            field_dict["channels"] = channels
        if format_ is not UNSET:
            field_dict["format"] = format_
        if elapsed_ms is not UNSET:
            field_dict["elapsed_ms"] = elapsed_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranslationServerEventSessionOutputAudioDelta must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['session.output_audio.delta']", d.pop("type"))
        if type_ != "session.output_audio.delta":
            raise ValueError(f"type must match const 'session.output_audio.delta', got '{type_}'")

        delta = d.pop("delta")
        if not isinstance(delta, str):
            raise TypeError(f"delta must be a string, not {type(delta).__name__}")

        sample_rate = d.pop("sample_rate", UNSET)
        if isinstance(sample_rate, float) and sample_rate.is_integer():
            sample_rate = int(sample_rate)
        if not isinstance(sample_rate, (int, Unset)) or isinstance(sample_rate, bool):
            raise TypeError(f"sample_rate must be an integer, not {type(sample_rate).__name__}")

        channels = d.pop("channels", UNSET)
        if isinstance(channels, float) and channels.is_integer():
            channels = int(channels)
        if not isinstance(channels, (int, Unset)) or isinstance(channels, bool):
            raise TypeError(f"channels must be an integer, not {type(channels).__name__}")

        _format_ = d.pop("format", UNSET)
        format_: RealtimeTranslationServerEventSessionOutputAudioDeltaFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = check_realtime_translation_server_event_session_output_audio_delta_format(
                _format_
            )

        def _parse_elapsed_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    (isinstance(data, int) and not isinstance(data, bool))
                    or (isinstance(data, float) and data.is_integer())
                ):
                    raise TypeError()
                elapsed_ms_type_0 = data
                if isinstance(elapsed_ms_type_0, float) and elapsed_ms_type_0.is_integer():
                    elapsed_ms_type_0 = int(elapsed_ms_type_0)
                if not isinstance(elapsed_ms_type_0, int) or isinstance(elapsed_ms_type_0, bool):
                    raise TypeError(
                        f"elapsed_ms_type_0 must be an integer, not {type(elapsed_ms_type_0).__name__}"
                    )

                return elapsed_ms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"elapsed_ms fits none of its types, not {type(data).__name__}")

        elapsed_ms = _parse_elapsed_ms(d.pop("elapsed_ms", UNSET))

        realtime_translation_server_event_session_output_audio_delta = cls(
            event_id=event_id,
            type_=type_,
            delta=delta,
            sample_rate=sample_rate,
            channels=channels,
            format_=format_,
            elapsed_ms=elapsed_ms,
        )

        realtime_translation_server_event_session_output_audio_delta.additional_properties = d
        return realtime_translation_server_event_session_output_audio_delta

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
