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

T = TypeVar("T", bound="RealtimeMCPApprovalRequest")


@_attrs_define
class RealtimeMCPApprovalRequest:
    """A Realtime item requesting human approval of a tool invocation.

    Attributes:
        type_ (Literal['mcp_approval_request']): The type of the item. Always `mcp_approval_request`. Default:
            'mcp_approval_request'.
        id (str): The unique ID of the approval request.
        server_label (str): The label of the MCP server making the request.
        name (str): The name of the tool to run.
        arguments (str): A JSON string of arguments for the tool.
    """

    id: str
    server_label: str
    name: str
    arguments: str
    type_: Literal["mcp_approval_request"] = "mcp_approval_request"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        server_label = self.server_label

        name = self.name

        arguments = self.arguments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "server_label": server_label,
                "name": name,
                "arguments": arguments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeMCPApprovalRequest must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['mcp_approval_request']", d.pop("type"))
        if type_ != "mcp_approval_request":
            raise ValueError(f"type must match const 'mcp_approval_request', got '{type_}'")

        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"id must be a string, not {type(id).__name__}")

        server_label = d.pop("server_label")
        if not isinstance(server_label, str):
            raise TypeError(f"server_label must be a string, not {type(server_label).__name__}")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name must be a string, not {type(name).__name__}")

        arguments = d.pop("arguments")
        if not isinstance(arguments, str):
            raise TypeError(f"arguments must be a string, not {type(arguments).__name__}")

        realtime_mcp_approval_request = cls(
            type_=type_,
            id=id,
            server_label=server_label,
            name=name,
            arguments=arguments,
        )

        realtime_mcp_approval_request.additional_properties = d
        return realtime_mcp_approval_request

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
