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

T = TypeVar("T", bound="RealtimeBetaClientEventResponseCancel")


@_attrs_define
class RealtimeBetaClientEventResponseCancel:
    """Send this event to cancel an in-progress response. The server will respond
    with a `response.done` event with a status of `response.status=cancelled`. If
    there is no response to cancel, the server will respond with an error.

        Attributes:
            type_ (Literal['response.cancel']): The event type, must be `response.cancel`. Default: 'response.cancel'.
            event_id (str | Unset): Optional client-generated ID used to identify this event.
            response_id (str | Unset): A specific response ID to cancel - if not provided, will cancel an
                in-progress response in the default conversation.
    """

    type_: Literal["response.cancel"] = "response.cancel"
    event_id: str | Unset = UNSET
    response_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        event_id = self.event_id

        response_id = self.response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if response_id is not UNSET:
            field_dict["response_id"] = response_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaClientEventResponseCancel must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['response.cancel']", d.pop("type"))
        if type_ != "response.cancel":
            raise ValueError(f"type must match const 'response.cancel', got '{type_}'")

        event_id = d.pop("event_id", UNSET)
        if not isinstance(event_id, (str, Unset)):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        response_id = d.pop("response_id", UNSET)
        if not isinstance(response_id, (str, Unset)):
            raise TypeError(f"response_id must be a string, not {type(response_id).__name__}")

        realtime_beta_client_event_response_cancel = cls(
            type_=type_,
            event_id=event_id,
            response_id=response_id,
        )

        realtime_beta_client_event_response_cancel.additional_properties = d
        return realtime_beta_client_event_response_cancel

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
