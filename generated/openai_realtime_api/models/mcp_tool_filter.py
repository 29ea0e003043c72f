from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPToolFilter")


@_attrs_define
class MCPToolFilter:
    """A filter object to specify which tools are allowed.

    Attributes:
        tool_names (list[str] | Unset): List of allowed tool names.
        read_only (bool | Unset): Indicates whether or not a tool modifies data or is read-only. If an
            MCP server is [annotated with
            `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
            it will match this filter.
    """

    tool_names: list[str] | Unset = UNSET
    read_only: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        tool_names: list[str] | Unset = UNSET
        if not isinstance(self.tool_names, Unset):
            tool_names = self.tool_names

        read_only = self.read_only

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if tool_names is not UNSET:
            field_dict["tool_names"] = tool_names
        if read_only is not UNSET:
            field_dict["read_only"] = read_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"MCPToolFilter must be an object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        tool_names = cast(list[str], d.pop("tool_names", UNSET))

        read_only = d.pop("read_only", UNSET)
        if not isinstance(read_only, Unset) and not isinstance(read_only, bool):
            raise TypeError(f"read_only must be a boolean, not {type(read_only).__name__}")

        mcp_tool_filter = cls(
            tool_names=tool_names,
            read_only=read_only,
        )

        return mcp_tool_filter
