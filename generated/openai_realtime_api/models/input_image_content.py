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

from ..models.image_detail import ImageDetail, check_image_detail
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig


T = TypeVar("T", bound="InputImageContent")


@_attrs_define
class InputImageContent:
    """An image input to the model. Learn about [image inputs](/docs/guides/vision).

    Attributes:
        type_ (Literal['input_image']): The type of the input item. Always `input_image`.

            Server default: `input_image`. Default: 'input_image'.
        detail (ImageDetail):
        image_url (None | str | Unset):
        file_id (None | str | Unset):
        prompt_cache_breakpoint (PromptCacheBreakpointConfig | Unset): Marks the exact end of a reusable prompt prefix.
            The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a
            token block.
    """

    detail: ImageDetail
    type_: Literal["input_image"] = "input_image"
    image_url: None | str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        type_ = self.type_

        detail: str = self.detail

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "detail": detail,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"InputImageContent must be an object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = cast("Literal['input_image']", d.pop("type"))
        if type_ != "input_image":
            raise ValueError(f"type must match const 'input_image', got '{type_}'")

        detail = check_image_detail(d.pop("detail"))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_id = _parse_file_id(d.pop("file_id", UNSET))

        _prompt_cache_breakpoint = d.pop("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = PromptCacheBreakpointConfig.from_dict(
                _prompt_cache_breakpoint
            )

        input_image_content = cls(
            type_=type_,
            detail=detail,
            image_url=image_url,
            file_id=file_id,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        input_image_content.additional_properties = d
        return input_image_content

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
