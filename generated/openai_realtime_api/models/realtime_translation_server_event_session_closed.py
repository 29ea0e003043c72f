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

T = TypeVar("T", bound="RealtimeTranslationServerEventSessionClosed")


@_attrs_define
class RealtimeTranslationServerEventSessionClosed:
    """Returned when a realtime translation session is closed.

    Attributes:
        event_id (str): The unique ID of the server event.
        type_ (Literal['session.closed']): The event type, must be `session.closed`. Default: 'session.closed'.
    """

    event_id: str
    type_: Literal["session.closed"] = "session.closed"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranslationServerEventSessionClosed must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['session.closed']", d.pop("type"))
        if type_ != "session.closed":
            raise ValueError(f"type must match const 'session.closed', got '{type_}'")

        realtime_translation_server_event_session_closed = cls(
            event_id=event_id,
            type_=type_,
        )

        realtime_translation_server_event_session_closed.additional_properties = d
        return realtime_translation_server_event_session_closed

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
