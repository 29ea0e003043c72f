from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import MCPToolFilter


T = TypeVar("T", bound="MCPToolMCPToolApprovalFilter")


@_attrs_define
class MCPToolMCPToolApprovalFilter:
    """Specify which of the MCP server's tools require approval. Can be
    `always`, `never`, or a filter object associated with tools
    that require approval.

        Attributes:
            always (MCPToolFilter | Unset): A filter object to specify which tools are allowed.
            never (MCPToolFilter | Unset): A filter object to specify which tools are allowed.
    """

    always: MCPToolFilter | Unset = UNSET
    never: MCPToolFilter | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        always: dict[str, Any] | Unset = UNSET
        if not isinstance(self.always, Unset):
            always = self.always.to_dict()

        never: dict[str, Any] | Unset = UNSET
        if not isinstance(self.never, Unset):
            never = self.never.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if always is not UNSET:
            field_dict["always"] = always
        if never is not UNSET:
            field_dict["never"] = never

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"MCPToolMCPToolApprovalFilter must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _always = d.pop("always", UNSET)
        always: MCPToolFilter | Unset
        if isinstance(_always, Unset):
            always = UNSET
        else:
            always = MCPToolFilter.from_dict(_always)

        _never = d.pop("never", UNSET)
        never: MCPToolFilter | Unset
        if isinstance(_never, Unset):
            never = UNSET
        else:
            never = MCPToolFilter.from_dict(_never)

        mcp_tool_mcp_tool_approval_filter = cls(
            always=always,
            never=never,
        )

        return mcp_tool_mcp_tool_approval_filter


_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this module refers to (they may import this one: hence not at the top)."""
    from ..models.mcp_tool_filter import MCPToolFilter  # noqa: F401, PLC0415

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
