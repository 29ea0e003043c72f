from typing import Literal

MCPToolConnectorId = Literal[
    "connector_dropbox",
    "connector_gmail",
    "connector_googlecalendar",
    "connector_googledrive",
    "connector_microsoftteams",
    "connector_outlookcalendar",
    "connector_outlookemail",
    "connector_sharepoint",
]

MCP_TOOL_CONNECTOR_ID_VALUES: set[MCPToolConnectorId] = {
    "connector_dropbox",
    "connector_gmail",
    "connector_googlecalendar",
    "connector_googledrive",
    "connector_microsoftteams",
    "connector_outlookcalendar",
    "connector_outlookemail",
    "connector_sharepoint",
}


def check_mcp_tool_connector_id(value: str) -> MCPToolConnectorId:
    if value in MCP_TOOL_CONNECTOR_ID_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MCP_TOOL_CONNECTOR_ID_VALUES!r}")
