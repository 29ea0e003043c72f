from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_variables import PromptVariables


T = TypeVar("T", bound="PromptType0")


@_attrs_define
class PromptType0:
    """Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts).

        Attributes:
            id (str): The unique identifier of the prompt template to use.
            version (None | str | Unset):
            variables (None | PromptVariables | Unset):
    """

    id: str
    version: None | str | Unset = UNSET
    variables: None | PromptVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.prompt_variables import PromptVariables  # noqa: PLC0415

        id = self.id

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, PromptVariables):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prompt_variables import PromptVariables  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"id must be a string, not {type(id).__name__}")

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                version_type_0 = data
                if not isinstance(version_type_0, str):
                    raise TypeError(
                        f"version_type_0 must be a string, not {type(version_type_0).__name__}"
                    )

                return version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            version_type_1 = data

            return version_type_1

        version = _parse_version(d.pop("version", UNSET))

        def _parse_variables(data: object) -> None | PromptVariables | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_prompt_variables_prompt_variables = (
                    PromptVariables.from_dict(data)
                )

                return componentsschemas_response_prompt_variables_prompt_variables
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            componentsschemas_response_prompt_variables_type_1 = data

            return componentsschemas_response_prompt_variables_type_1

        variables = _parse_variables(d.pop("variables", UNSET))

        prompt_type_0 = cls(
            id=id,
            version=version,
            variables=variables,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        prompt_type_0.additional_properties = additional_properties
        return prompt_type_0

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
