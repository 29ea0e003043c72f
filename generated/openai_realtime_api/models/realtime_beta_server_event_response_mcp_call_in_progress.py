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

T = TypeVar("T", bound="RealtimeBetaServerEventResponseMCPCallInProgress")


@_attrs_define
class RealtimeBetaServerEventResponseMCPCallInProgress:
    """Returned when an MCP tool call has started and is in progress.

    Attributes:
        event_id (str): The unique ID of the server event.
        type_ (Literal['response.mcp_call.in_progress']): The event type, must be `response.mcp_call.in_progress`.
            Default: 'response.mcp_call.in_progress'.
        output_index (int): The index of the output item in the response.
        item_id (str): The ID of the MCP tool call item.
    """

    event_id: str
    output_index: int
    item_id: str
    type_: Literal["response.mcp_call.in_progress"] = "response.mcp_call.in_progress"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        output_index = self.output_index

        item_id = self.item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "output_index": output_index,
                "item_id": item_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaServerEventResponseMCPCallInProgress must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['response.mcp_call.in_progress']", d.pop("type"))
        if type_ != "response.mcp_call.in_progress":
            raise ValueError(
                f"type must match const 'response.mcp_call.in_progress', got '{type_}'"
            )

        output_index = d.pop("output_index")
        if isinstance(output_index, float) and output_index.is_integer():
            output_index = int(output_index)
        if not isinstance(output_index, int) or isinstance(output_index, bool):
            raise TypeError(f"output_index must be an integer, not {type(output_index).__name__}")

        item_id = d.pop("item_id")
        if not isinstance(item_id, str):
            raise TypeError(f"item_id must be a string, not {type(item_id).__name__}")

        realtime_beta_server_event_response_mcp_call_in_progress = cls(
            event_id=event_id,
            type_=type_,
            output_index=output_index,
            item_id=item_id,
        )

        realtime_beta_server_event_response_mcp_call_in_progress.additional_properties = d
        return realtime_beta_server_event_response_mcp_call_in_progress

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
