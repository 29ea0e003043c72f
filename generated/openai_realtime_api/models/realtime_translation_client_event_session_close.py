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

T = TypeVar("T", bound="RealtimeTranslationClientEventSessionClose")


@_attrs_define
class RealtimeTranslationClientEventSessionClose:
    """Gracefully close the realtime translation session. The server flushes pending
    input audio and emits any remaining translated output before closing the
    session.

        Attributes:
            type_ (Literal['session.close']): The event type, must be `session.close`. Default: 'session.close'.
            event_id (str | Unset): Optional client-generated ID used to identify this event.
    """

    type_: Literal["session.close"] = "session.close"
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
                f"RealtimeTranslationClientEventSessionClose must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['session.close']", d.pop("type"))
        if type_ != "session.close":
            raise ValueError(f"type must match const 'session.close', got '{type_}'")

        event_id = d.pop("event_id", UNSET)
        if not isinstance(event_id, (str, Unset)):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        realtime_translation_client_event_session_close = cls(
            type_=type_,
            event_id=event_id,
        )

        realtime_translation_client_event_session_close.additional_properties = d
        return realtime_translation_client_event_session_close

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
