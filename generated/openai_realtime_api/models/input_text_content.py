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
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig


T = TypeVar("T", bound="InputTextContent")


@_attrs_define
class InputTextContent:
    """A text input to the model.

    Attributes:
        type_ (Literal['input_text']): The type of the input item. Always `input_text`.

            Server default: `input_text`. Default: 'input_text'.
        text (str): The text input to the model.
        prompt_cache_breakpoint (PromptCacheBreakpointConfig | Unset): Marks the exact end of a reusable prompt prefix.
            The breakpoint inherits its TTL from the request's `prompt_cache_options.ttl`; the boundary is not rounded to a
            token block.
    """

    text: str
    type_: Literal["input_text"] = "input_text"
    prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        type_ = self.type_

        text = self.text

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
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
            raise TypeError(f"InputTextContent must be an object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = cast("Literal['input_text']", d.pop("type"))
        if type_ != "input_text":
            raise ValueError(f"type must match const 'input_text', got '{type_}'")

        text = d.pop("text")
        if not isinstance(text, str):
            raise TypeError(f"text must be a string, not {type(text).__name__}")

        _prompt_cache_breakpoint = d.pop("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: PromptCacheBreakpointConfig | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = PromptCacheBreakpointConfig.from_dict(
                _prompt_cache_breakpoint
            )

        input_text_content = cls(
            type_=type_,
            text=text,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        input_text_content.additional_properties = d
        return input_text_content

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
