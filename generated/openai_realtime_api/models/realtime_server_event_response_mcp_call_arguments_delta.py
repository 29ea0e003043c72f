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

T = TypeVar("T", bound="RealtimeServerEventResponseMCPCallArgumentsDelta")


@_attrs_define
class RealtimeServerEventResponseMCPCallArgumentsDelta:
    """Returned when MCP tool call arguments are updated during response generation.

    Attributes:
        event_id (str): The unique ID of the server event.
        type_ (Literal['response.mcp_call_arguments.delta']): The event type, must be
            `response.mcp_call_arguments.delta`. Default: 'response.mcp_call_arguments.delta'.
        response_id (str): The ID of the response.
        item_id (str): The ID of the MCP tool call item.
        output_index (int): The index of the output item in the response.
        delta (str): The JSON-encoded arguments delta.
        obfuscation (None | str | Unset):
    """

    event_id: str
    response_id: str
    item_id: str
    output_index: int
    delta: str
    type_: Literal["response.mcp_call_arguments.delta"] = "response.mcp_call_arguments.delta"
    obfuscation: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        response_id = self.response_id

        item_id = self.item_id

        output_index = self.output_index

        delta = self.delta

        obfuscation: None | str | Unset
        if isinstance(self.obfuscation, Unset):
            obfuscation = UNSET
        else:
            obfuscation = self.obfuscation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response_id": response_id,
                "item_id": item_id,
                "output_index": output_index,
                "delta": delta,
            }
        )
        if obfuscation is not UNSET:
            field_dict["obfuscation"] = obfuscation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeServerEventResponseMCPCallArgumentsDelta must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['response.mcp_call_arguments.delta']", d.pop("type"))
        if type_ != "response.mcp_call_arguments.delta":
            raise ValueError(
                f"type must match const 'response.mcp_call_arguments.delta', got '{type_}'"
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

        delta = d.pop("delta")
        if not isinstance(delta, str):
            raise TypeError(f"delta must be a string, not {type(delta).__name__}")

        def _parse_obfuscation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        obfuscation = _parse_obfuscation(d.pop("obfuscation", UNSET))

        realtime_server_event_response_mcp_call_arguments_delta = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
            item_id=item_id,
            output_index=output_index,
            delta=delta,
            obfuscation=obfuscation,
        )

        realtime_server_event_response_mcp_call_arguments_delta.additional_properties = d
        return realtime_server_event_response_mcp_call_arguments_delta

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
