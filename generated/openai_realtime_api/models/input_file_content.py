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

from ..models.file_input_detail import FileInputDetail, check_file_input_detail
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig


T = TypeVar("T", bound="InputFileContent")


@_attrs_define
class InputFileContent:
    """A file input to the model.

    Attributes:
        type_ (Literal['input_file']): The type of the input item. Always `input_file`.

            Server default: `input_file`. Default: 'input_file'.
        file_id (None | str | Unset):
        filename (str | Unset): The name of the file to be sent to the model.
        file_data (str | Unset): The content of the file to be sent to the model.
        prompt_cache_breakpoint (PromptCacheBreakpointConfig | Unset): Marks the exact end of a reusable prompt prefix.
            The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a
            token block.
        file_url (str | Unset): The URL of the file to be sent to the model.
        detail (FileInputDetail | Unset):
    """

    type_: Literal["input_file"] = "input_file"
    file_id: None | str | Unset = UNSET
    filename: str | Unset = UNSET
    file_data: str | Unset = UNSET
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset = UNSET
    file_url: str | Unset = UNSET
    detail: FileInputDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        type_ = self.type_

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        filename = self.filename

        file_data = self.file_data

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        file_url = self.file_url

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"InputFileContent must be an object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = cast("Literal['input_file']", d.pop("type"))
        if type_ != "input_file":
            raise ValueError(f"type must match const 'input_file', got '{type_}'")

        def _parse_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_id = _parse_file_id(d.pop("file_id", UNSET))

        filename = d.pop("filename", UNSET)
        if not isinstance(filename, (str, Unset)):
            raise TypeError(f"filename must be a string, not {type(filename).__name__}")

        file_data = d.pop("file_data", UNSET)
        if not isinstance(file_data, (str, Unset)):
            raise TypeError(f"file_data must be a string, not {type(file_data).__name__}")

        _prompt_cache_breakpoint = d.pop("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = PromptCacheBreakpointConfig.from_dict(
                _prompt_cache_breakpoint
            )

        file_url = d.pop("file_url", UNSET)
        if not isinstance(file_url, (str, Unset)):
            raise TypeError(f"file_url must be a string, not {type(file_url).__name__}")

        _detail = d.pop("detail", UNSET)
        detail: FileInputDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = check_file_input_detail(_detail)

        input_file_content = cls(
            type_=type_,
            file_id=file_id,
            filename=filename,
            file_data=file_data,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
            file_url=file_url,
            detail=detail,
        )

        input_file_content.additional_properties = d
        return input_file_content

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
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig  # noqa: F401, PLC0415

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
