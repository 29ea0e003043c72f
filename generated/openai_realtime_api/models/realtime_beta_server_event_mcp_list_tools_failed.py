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

T = TypeVar("T", bound="RealtimeBetaServerEventMCPListToolsFailed")


@_attrs_define
class RealtimeBetaServerEventMCPListToolsFailed:
    """Returned when listing MCP tools has failed for an item.

    Attributes:
        event_id (str): The unique ID of the server event.
        type_ (Literal['mcp_list_tools.failed']): The event type, must be `mcp_list_tools.failed`. Default:
            'mcp_list_tools.failed'.
        item_id (str): The ID of the MCP list tools item.
    """

    event_id: str
    item_id: str
    type_: Literal["mcp_list_tools.failed"] = "mcp_list_tools.failed"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        item_id = self.item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaServerEventMCPListToolsFailed must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['mcp_list_tools.failed']", d.pop("type"))
        if type_ != "mcp_list_tools.failed":
            raise ValueError(f"type must match const 'mcp_list_tools.failed', got '{type_}'")

        item_id = d.pop("item_id")
        if not isinstance(item_id, str):
            raise TypeError(f"item_id must be a string, not {type(item_id).__name__}")

        realtime_beta_server_event_mcp_list_tools_failed = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
        )

        realtime_beta_server_event_mcp_list_tools_failed.additional_properties = d
        return realtime_beta_server_event_mcp_list_tools_failed

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
