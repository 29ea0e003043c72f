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
    from ..models.realtime_session_create_request_tools_item_parameters import (
        RealtimeSessionCreateRequestToolsItemParameters,
    )


T = TypeVar("T", bound="RealtimeSessionCreateRequestToolsItem")


@_attrs_define
class RealtimeSessionCreateRequestToolsItem:
    """
    Attributes:
        type_ (Literal['function'] | Unset): The type of the tool, i.e. `function`. Default: 'function'.
        name (str | Unset): The name of the function.
        description (str | Unset): The description of the function, including guidance on when and how
            to call it, and guidance about what to tell the user when calling
            (if anything).
        parameters (RealtimeSessionCreateRequestToolsItemParameters | Unset): Parameters of the function in JSON Schema.
    """

    type_: Literal["function"] | Unset = "function"
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    parameters: RealtimeSessionCreateRequestToolsItemParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        type_ = self.type_

        name = self.name

        description = self.description

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeSessionCreateRequestToolsItem must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['function'] | Unset", d.pop("type", UNSET))
        if type_ != "function" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'function', got '{type_}'")

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise TypeError(f"name must be a string, not {type(name).__name__}")

        description = d.pop("description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError(f"description must be a string, not {type(description).__name__}")

        _parameters = d.pop("parameters", UNSET)
        parameters: RealtimeSessionCreateRequestToolsItemParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = RealtimeSessionCreateRequestToolsItemParameters.from_dict(_parameters)

        realtime_session_create_request_tools_item = cls(
            type_=type_,
            name=name,
            description=description,
            parameters=parameters,
        )

        realtime_session_create_request_tools_item.additional_properties = d
        return realtime_session_create_request_tools_item

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
    from ..models.realtime_session_create_request_tools_item_parameters import (
        RealtimeSessionCreateRequestToolsItemParameters,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
