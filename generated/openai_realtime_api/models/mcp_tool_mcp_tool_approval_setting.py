from typing import Literal

MCPToolMCPToolApprovalSetting = Literal["always", "never"]

MCP_TOOL_MCP_TOOL_APPROVAL_SETTING_VALUES: set[MCPToolMCPToolApprovalSetting] = {
    "always",
    "never",
}


def check_mcp_tool_mcp_tool_approval_setting(value: str) -> MCPToolMCPToolApprovalSetting:
    if value in MCP_TOOL_MCP_TOOL_APPROVAL_SETTING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_TOOL_MCP_TOOL_APPROVAL_SETTING_VALUES!r}"
    )
