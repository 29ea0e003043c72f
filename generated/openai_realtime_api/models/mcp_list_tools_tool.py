from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_list_tools_tool_annotations_type_0 import (
        MCPListToolsToolAnnotationsType0,
    )
    from ..models.mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchema


T = TypeVar("T", bound="MCPListToolsTool")


@_attrs_define
class MCPListToolsTool:
    """A tool available on an MCP server.

    Attributes:
        name (str): The name of the tool.
        input_schema (MCPListToolsToolInputSchema): The JSON schema describing the tool's input.
        description (None | str | Unset):
        annotations (MCPListToolsToolAnnotationsType0 | None | Unset):
    """

    name: str
    input_schema: MCPListToolsToolInputSchema
    description: None | str | Unset = UNSET
    annotations: MCPListToolsToolAnnotationsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        name = self.name

        input_schema = self.input_schema.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, MCPListToolsToolAnnotationsType0):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "input_schema": input_schema,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"MCPListToolsTool must be an object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"name must be a string, not {type(name).__name__}")

        input_schema = MCPListToolsToolInputSchema.from_dict(d.pop("input_schema"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_annotations(data: object) -> MCPListToolsToolAnnotationsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_type_0 = MCPListToolsToolAnnotationsType0.from_dict(data)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"annotations fits none of its types, not {type(data).__name__}")

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        mcp_list_tools_tool = cls(
            name=name,
            input_schema=input_schema,
            description=description,
            annotations=annotations,
        )

        mcp_list_tools_tool.additional_properties = d
        return mcp_list_tools_tool

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
    from ..models.mcp_list_tools_tool_annotations_type_0 import (
        MCPListToolsToolAnnotationsType0,  # noqa: F401, PLC0415
    )
    from ..models.mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchema  # noqa: F401, PLC0415

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
