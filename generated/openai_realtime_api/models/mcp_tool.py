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

from ..models.callable_tool_allowed_caller import (
    CallableToolAllowedCaller,
    check_callable_tool_allowed_caller,
)
from ..models.mcp_tool_connector_id import (
    MCPToolConnectorId,
    check_mcp_tool_connector_id,
)
from ..models.mcp_tool_mcp_tool_approval_setting import (
    MCPToolMCPToolApprovalSetting,
    check_mcp_tool_mcp_tool_approval_setting,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import MCPToolFilter
    from ..models.mcp_tool_headers_type_0 import MCPToolHeadersType0
    from ..models.mcp_tool_mcp_tool_approval_filter import MCPToolMCPToolApprovalFilter


T = TypeVar("T", bound="MCPTool")


@_attrs_define
class MCPTool:
    """Give the model access to additional tools via remote Model Context Protocol
    (MCP) servers. [Learn more about MCP](/docs/guides/tools-remote-mcp).

        Attributes:
            type_ (Literal['mcp']): The type of the MCP tool. Always `mcp`. Default: 'mcp'.
            server_label (str): A label for this MCP server, used to identify it in tool calls.
            server_url (str | Unset): The URL for the MCP server. One of `server_url`, `connector_id`, or
                `tunnel_id` must be provided.
            connector_id (MCPToolConnectorId | Unset): Identifier for service connectors, like those available in ChatGPT.
                One of
                `server_url`, `connector_id`, or `tunnel_id` must be provided. Learn more
                about service connectors [here](/docs/guides/tools-remote-mcp#connectors).

                Currently supported `connector_id` values are:

                - Dropbox: `connector_dropbox`
                - Gmail: `connector_gmail`
                - Google Calendar: `connector_googlecalendar`
                - Google Drive: `connector_googledrive`
                - Microsoft Teams: `connector_microsoftteams`
                - Outlook Calendar: `connector_outlookcalendar`
                - Outlook Email: `connector_outlookemail`
                - SharePoint: `connector_sharepoint`
            tunnel_id (str | Unset): The Secure MCP Tunnel ID to use instead of a direct server URL. One of
                `server_url`, `connector_id`, or `tunnel_id` must be provided.
            authorization (str | Unset): An OAuth access token that can be used with a remote MCP server, either
                with a custom MCP server URL or a service connector. Your application
                must handle the OAuth authorization flow and provide the token here.
            server_description (str | Unset): Optional description of the MCP server, used to provide more context.
            headers (MCPToolHeadersType0 | None | Unset):
            allowed_tools (list[str] | MCPToolFilter | None | Unset):
            allowed_callers (list[CallableToolAllowedCaller] | None | Unset):
            require_approval (MCPToolMCPToolApprovalFilter | MCPToolMCPToolApprovalSetting | None | Unset):
            defer_loading (bool | Unset): Whether this MCP tool is deferred and discovered via tool search.
    """

    server_label: str
    type_: Literal["mcp"] = "mcp"
    server_url: str | Unset = UNSET
    connector_id: MCPToolConnectorId | Unset = UNSET
    tunnel_id: str | Unset = UNSET
    authorization: str | Unset = UNSET
    server_description: str | Unset = UNSET
    headers: MCPToolHeadersType0 | None | Unset = UNSET
    allowed_tools: list[str] | MCPToolFilter | None | Unset = UNSET
    allowed_callers: list[CallableToolAllowedCaller] | None | Unset = UNSET
    require_approval: (
        MCPToolMCPToolApprovalFilter | MCPToolMCPToolApprovalSetting | None | Unset
    ) = UNSET
    defer_loading: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        type_ = self.type_

        server_label = self.server_label

        server_url = self.server_url

        connector_id: str | Unset = UNSET
        if not isinstance(self.connector_id, Unset):
            connector_id = self.connector_id

        tunnel_id = self.tunnel_id

        authorization = self.authorization

        server_description = self.server_description

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, MCPToolHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        allowed_tools: dict[str, Any] | list[str] | None | Unset
        if isinstance(self.allowed_tools, Unset):
            allowed_tools = UNSET
        elif isinstance(self.allowed_tools, list):
            allowed_tools = self.allowed_tools

        elif isinstance(self.allowed_tools, MCPToolFilter):
            allowed_tools = self.allowed_tools.to_dict()
        else:
            allowed_tools = self.allowed_tools

        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in self.allowed_callers:
                allowed_callers_type_0_item: str = allowed_callers_type_0_item_data
                allowed_callers.append(allowed_callers_type_0_item)

        else:
            allowed_callers = self.allowed_callers

        require_approval: dict[str, Any] | None | str | Unset
        if isinstance(self.require_approval, Unset):
            require_approval = UNSET
        elif isinstance(self.require_approval, MCPToolMCPToolApprovalFilter):
            require_approval = self.require_approval.to_dict()
        elif isinstance(self.require_approval, str):
            require_approval = self.require_approval
        else:
            require_approval = self.require_approval

        defer_loading = self.defer_loading

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "server_label": server_label,
            }
        )
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if tunnel_id is not UNSET:
            field_dict["tunnel_id"] = tunnel_id
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if server_description is not UNSET:
            field_dict["server_description"] = server_description
        if headers is not UNSET:
            field_dict["headers"] = headers
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"MCPTool must be an object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = cast("Literal['mcp']", d.pop("type"))
        if type_ != "mcp":
            raise ValueError(f"type must match const 'mcp', got '{type_}'")

        server_label = d.pop("server_label")
        if not isinstance(server_label, str):
            raise TypeError(f"server_label must be a string, not {type(server_label).__name__}")

        server_url = d.pop("server_url", UNSET)
        if not isinstance(server_url, (str, Unset)):
            raise TypeError(f"server_url must be a string, not {type(server_url).__name__}")

        _connector_id = d.pop("connector_id", UNSET)
        connector_id: MCPToolConnectorId | Unset
        if isinstance(_connector_id, Unset):
            connector_id = UNSET
        else:
            connector_id = check_mcp_tool_connector_id(_connector_id)

        tunnel_id = d.pop("tunnel_id", UNSET)
        if not isinstance(tunnel_id, (str, Unset)):
            raise TypeError(f"tunnel_id must be a string, not {type(tunnel_id).__name__}")

        authorization = d.pop("authorization", UNSET)
        if not isinstance(authorization, (str, Unset)):
            raise TypeError(f"authorization must be a string, not {type(authorization).__name__}")

        server_description = d.pop("server_description", UNSET)
        if not isinstance(server_description, (str, Unset)):
            raise TypeError(
                f"server_description must be a string, not {type(server_description).__name__}"
            )

        def _parse_headers(data: object) -> MCPToolHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = MCPToolHeadersType0.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"headers fits none of its types, not {type(data).__name__}")

        headers = _parse_headers(d.pop("headers", UNSET))

        def _parse_allowed_tools(data: object) -> list[str] | MCPToolFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_tools_type_0_mcp_allowed_tools = cast(list[str], data)

                return allowed_tools_type_0_mcp_allowed_tools
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allowed_tools_type_0_type_1 = MCPToolFilter.from_dict(data)

                return allowed_tools_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"allowed_tools fits none of its types, not {type(data).__name__}")

        allowed_tools = _parse_allowed_tools(d.pop("allowed_tools", UNSET))

        def _parse_allowed_callers(data: object) -> list[CallableToolAllowedCaller] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_callers_type_0 = []
                _allowed_callers_type_0 = data
                if not isinstance(_allowed_callers_type_0, list):
                    raise TypeError(
                        f"allowed_callers_type_0 must be an array, not {type(_allowed_callers_type_0).__name__}"
                    )
                for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                    allowed_callers_type_0_item = check_callable_tool_allowed_caller(
                        allowed_callers_type_0_item_data
                    )

                    allowed_callers_type_0.append(allowed_callers_type_0_item)

                return allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"allowed_callers fits none of its types, not {type(data).__name__}")

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))

        def _parse_require_approval(
            data: object,
        ) -> MCPToolMCPToolApprovalFilter | MCPToolMCPToolApprovalSetting | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                require_approval_type_0_mcp_tool_approval_filter = (
                    MCPToolMCPToolApprovalFilter.from_dict(data)
                )

                return require_approval_type_0_mcp_tool_approval_filter
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                require_approval_type_0_mcp_tool_approval_setting = (
                    check_mcp_tool_mcp_tool_approval_setting(data)
                )

                return require_approval_type_0_mcp_tool_approval_setting
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"require_approval fits none of its types, not {type(data).__name__}")

        require_approval = _parse_require_approval(d.pop("require_approval", UNSET))

        defer_loading = d.pop("defer_loading", UNSET)
        if not isinstance(defer_loading, Unset) and not isinstance(defer_loading, bool):
            raise TypeError(f"defer_loading must be a boolean, not {type(defer_loading).__name__}")

        mcp_tool = cls(
            type_=type_,
            server_label=server_label,
            server_url=server_url,
            connector_id=connector_id,
            tunnel_id=tunnel_id,
            authorization=authorization,
            server_description=server_description,
            headers=headers,
            allowed_tools=allowed_tools,
            allowed_callers=allowed_callers,
            require_approval=require_approval,
            defer_loading=defer_loading,
        )

        mcp_tool.additional_properties = d
        return mcp_tool

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
    from ..models.mcp_tool_filter import MCPToolFilter  # noqa: F401, PLC0415
    from ..models.mcp_tool_headers_type_0 import MCPToolHeadersType0  # noqa: F401, PLC0415
    from ..models.mcp_tool_mcp_tool_approval_filter import MCPToolMCPToolApprovalFilter  # noqa: F401, PLC0415

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
