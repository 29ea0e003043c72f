from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_list_tools_tool import MCPListToolsTool


T = TypeVar("T", bound="RealtimeMCPListTools")


@_attrs_define
class RealtimeMCPListTools:
    """A Realtime item listing tools available on an MCP server.

    Attributes:
        type_ (Literal['mcp_list_tools']): The type of the item. Always `mcp_list_tools`. Default: 'mcp_list_tools'.
        server_label (str): The label of the MCP server.
        tools (list[MCPListToolsTool]): The tools available on the server.
        id (str | Unset): The unique ID of the list.
    """

    server_label: str
    tools: list[MCPListToolsTool]
    type_: Literal["mcp_list_tools"] = "mcp_list_tools"
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        type_ = self.type_

        server_label = self.server_label

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "server_label": server_label,
                "tools": tools,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeMCPListTools must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['mcp_list_tools']", d.pop("type"))
        if type_ != "mcp_list_tools":
            raise ValueError(f"type must match const 'mcp_list_tools', got '{type_}'")

        server_label = d.pop("server_label")
        if not isinstance(server_label, str):
            raise TypeError(f"server_label must be a string, not {type(server_label).__name__}")

        tools = []
        _tools = d.pop("tools")
        if not isinstance(_tools, list):
            raise TypeError(f"tools must be an array, not {type(_tools).__name__}")
        for tools_item_data in _tools:
            tools_item = MCPListToolsTool.from_dict(tools_item_data)

            tools.append(tools_item)

        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError(f"id must be a string, not {type(id).__name__}")

        realtime_mcp_list_tools = cls(
            type_=type_,
            server_label=server_label,
            tools=tools,
            id=id,
        )

        realtime_mcp_list_tools.additional_properties = d
        return realtime_mcp_list_tools

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


_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this module refers to (they may import this one: hence not at the top)."""
    from ..models.mcp_list_tools_tool import MCPListToolsTool  # noqa: F401, PLC0415

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
