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
    from ..models.realtime_mcp_protocol_error import RealtimeMCPProtocolError
    from ..models.realtime_mcp_tool_execution_error import RealtimeMCPToolExecutionError
    from ..models.realtime_mcphttp_error import RealtimeMCPHTTPError


T = TypeVar("T", bound="RealtimeMCPToolCall")


@_attrs_define
class RealtimeMCPToolCall:
    """A Realtime item representing an invocation of a tool on an MCP server.

    Attributes:
        type_ (Literal['mcp_call']): The type of the item. Always `mcp_call`. Default: 'mcp_call'.
        id (str): The unique ID of the tool call.
        server_label (str): The label of the MCP server running the tool.
        name (str): The name of the tool that was run.
        arguments (str): A JSON string of the arguments passed to the tool.
        approval_request_id (None | str | Unset):
        output (None | str | Unset):
        error (None | RealtimeMCPHTTPError | RealtimeMCPProtocolError | RealtimeMCPToolExecutionError | Unset):
    """

    id: str
    server_label: str
    name: str
    arguments: str
    type_: Literal["mcp_call"] = "mcp_call"
    approval_request_id: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    error: (
        None
        | RealtimeMCPHTTPError
        | RealtimeMCPProtocolError
        | RealtimeMCPToolExecutionError
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        type_ = self.type_

        id = self.id

        server_label = self.server_label

        name = self.name

        arguments = self.arguments

        approval_request_id: None | str | Unset
        if isinstance(self.approval_request_id, Unset):
            approval_request_id = UNSET
        else:
            approval_request_id = self.approval_request_id

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, RealtimeMCPProtocolError):
            error = self.error.to_dict()
        elif isinstance(self.error, RealtimeMCPToolExecutionError):
            error = self.error.to_dict()
        elif isinstance(self.error, RealtimeMCPHTTPError):
            error = self.error.to_dict()
        else:
            error = self.error

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
        if approval_request_id is not UNSET:
            field_dict["approval_request_id"] = approval_request_id
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"RealtimeMCPToolCall must be an object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = cast("Literal['mcp_call']", d.pop("type"))
        if type_ != "mcp_call":
            raise ValueError(f"type must match const 'mcp_call', got '{type_}'")

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

        def _parse_approval_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approval_request_id = _parse_approval_request_id(d.pop("approval_request_id", UNSET))

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_error(
            data: object,
        ) -> (
            None
            | RealtimeMCPHTTPError
            | RealtimeMCPProtocolError
            | RealtimeMCPToolExecutionError
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0_type_0 = RealtimeMCPProtocolError.from_dict(data)

                return error_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0_type_1 = RealtimeMCPToolExecutionError.from_dict(data)

                return error_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0_type_2 = RealtimeMCPHTTPError.from_dict(data)

                return error_type_0_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"error fits none of its types, not {type(data).__name__}")

        error = _parse_error(d.pop("error", UNSET))

        realtime_mcp_tool_call = cls(
            type_=type_,
            id=id,
            server_label=server_label,
            name=name,
            arguments=arguments,
            approval_request_id=approval_request_id,
            output=output,
            error=error,
        )

        realtime_mcp_tool_call.additional_properties = d
        return realtime_mcp_tool_call

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
    from ..models.realtime_mcp_protocol_error import RealtimeMCPProtocolError  # noqa: F401, PLC0415
    from ..models.realtime_mcp_tool_execution_error import RealtimeMCPToolExecutionError  # noqa: F401, PLC0415
    from ..models.realtime_mcphttp_error import RealtimeMCPHTTPError  # noqa: F401, PLC0415

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
