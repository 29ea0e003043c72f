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

T = TypeVar("T", bound="RealtimeBetaServerEventResponseMCPCallArgumentsDone")


@_attrs_define
class RealtimeBetaServerEventResponseMCPCallArgumentsDone:
    """Returned when MCP tool call arguments are finalized during response generation.

    Attributes:
        event_id (str): The unique ID of the server event.
        type_ (Literal['response.mcp_call_arguments.done']): The event type, must be `response.mcp_call_arguments.done`.
            Default: 'response.mcp_call_arguments.done'.
        response_id (str): The ID of the response.
        item_id (str): The ID of the MCP tool call item.
        output_index (int): The index of the output item in the response.
        arguments (str): The final JSON-encoded arguments string.
    """

    event_id: str
    response_id: str
    item_id: str
    output_index: int
    arguments: str
    type_: Literal["response.mcp_call_arguments.done"] = "response.mcp_call_arguments.done"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        response_id = self.response_id

        item_id = self.item_id

        output_index = self.output_index

        arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response_id": response_id,
                "item_id": item_id,
                "output_index": output_index,
                "arguments": arguments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaServerEventResponseMCPCallArgumentsDone must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['response.mcp_call_arguments.done']", d.pop("type"))
        if type_ != "response.mcp_call_arguments.done":
            raise ValueError(
                f"type must match const 'response.mcp_call_arguments.done', got '{type_}'"
            )

        response_id = d.pop("response_id")
        if not isinstance(response_id, str):
            raise TypeError(f"response_id must be a string, not {type(response_id).__name__}")

        item_id = d.pop("item_id")
        if not isinstance(item_id, str):
            raise TypeError(f"item_id must be a string, not {type(item_id).__name__}")

        output_index = d.pop("output_index")
        if isinstance(output_index, float) and output_index.is_integer():
            output_index = int(output_index)
        if not isinstance(output_index, int) or isinstance(output_index, bool):
            raise TypeError(f"output_index must be an integer, not {type(output_index).__name__}")

        arguments = d.pop("arguments")
        if not isinstance(arguments, str):
            raise TypeError(f"arguments must be a string, not {type(arguments).__name__}")

        realtime_beta_server_event_response_mcp_call_arguments_done = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
            item_id=item_id,
            output_index=output_index,
            arguments=arguments,
        )

        realtime_beta_server_event_response_mcp_call_arguments_done.additional_properties = d
        return realtime_beta_server_event_response_mcp_call_arguments_done

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
