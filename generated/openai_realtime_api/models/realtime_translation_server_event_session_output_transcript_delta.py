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

T = TypeVar("T", bound="RealtimeTranslationServerEventSessionOutputTranscriptDelta")


@_attrs_define
class RealtimeTranslationServerEventSessionOutputTranscriptDelta:
    """Returned when translated transcript text is available.

    Transcript deltas are append-only text fragments. Clients should not insert
    unconditional spaces between deltas.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (Literal['session.output_transcript.delta']): The event type, must be `session.output_transcript.delta`.
                Default: 'session.output_transcript.delta'.
            delta (str): Append-only transcript text for the translated output audio.
            elapsed_ms (int | None | Unset):
    """

    event_id: str
    delta: str
    type_: Literal["session.output_transcript.delta"] = "session.output_transcript.delta"
    elapsed_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        delta = self.delta

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
        if elapsed_ms is not UNSET:
            field_dict["elapsed_ms"] = elapsed_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranslationServerEventSessionOutputTranscriptDelta must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['session.output_transcript.delta']", d.pop("type"))
        if type_ != "session.output_transcript.delta":
            raise ValueError(
                f"type must match const 'session.output_transcript.delta', got '{type_}'"
            )

        delta = d.pop("delta")
        if not isinstance(delta, str):
            raise TypeError(f"delta must be a string, not {type(delta).__name__}")

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

        realtime_translation_server_event_session_output_transcript_delta = cls(
            event_id=event_id,
            type_=type_,
            delta=delta,
            elapsed_ms=elapsed_ms,
        )

        realtime_translation_server_event_session_output_transcript_delta.additional_properties = d
        return realtime_translation_server_event_session_output_transcript_delta

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
