from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_beta_response_usage_type_0_input_token_details import (
        RealtimeBetaResponseUsageType0InputTokenDetails,
    )
    from ..models.realtime_beta_response_usage_type_0_output_token_details import (
        RealtimeBetaResponseUsageType0OutputTokenDetails,
    )


T = TypeVar("T", bound="RealtimeBetaResponseUsageType0")


@_attrs_define
class RealtimeBetaResponseUsageType0:
    """Usage statistics for the Response, this will correspond to billing. A
    Realtime API session will maintain a conversation context and append new
    Items to the Conversation, thus output from previous turns (text and
    audio tokens) will become the input for later turns.

        Attributes:
            total_tokens (int | Unset): The total number of tokens in the Response including input and output
                text and audio tokens.
            input_tokens (int | Unset): The number of input tokens used in the Response, including text and
                audio tokens.
            output_tokens (int | Unset): The number of output tokens sent in the Response, including text and
                audio tokens.
            input_token_details (RealtimeBetaResponseUsageType0InputTokenDetails | Unset): Details about the input tokens
                used in the Response.
            output_token_details (RealtimeBetaResponseUsageType0OutputTokenDetails | Unset): Details about the output tokens
                used in the Response.
    """

    total_tokens: int | Unset = UNSET
    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    input_token_details: RealtimeBetaResponseUsageType0InputTokenDetails | Unset = UNSET
    output_token_details: RealtimeBetaResponseUsageType0OutputTokenDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        total_tokens = self.total_tokens

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        input_token_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_token_details, Unset):
            input_token_details = self.input_token_details.to_dict()

        output_token_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_token_details, Unset):
            output_token_details = self.output_token_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if input_token_details is not UNSET:
            field_dict["input_token_details"] = input_token_details
        if output_token_details is not UNSET:
            field_dict["output_token_details"] = output_token_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaResponseUsageType0 must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        total_tokens = d.pop("total_tokens", UNSET)
        if isinstance(total_tokens, float) and total_tokens.is_integer():
            total_tokens = int(total_tokens)
        if not isinstance(total_tokens, (int, Unset)) or isinstance(total_tokens, bool):
            raise TypeError(f"total_tokens must be an integer, not {type(total_tokens).__name__}")

        input_tokens = d.pop("input_tokens", UNSET)
        if isinstance(input_tokens, float) and input_tokens.is_integer():
            input_tokens = int(input_tokens)
        if not isinstance(input_tokens, (int, Unset)) or isinstance(input_tokens, bool):
            raise TypeError(f"input_tokens must be an integer, not {type(input_tokens).__name__}")

        output_tokens = d.pop("output_tokens", UNSET)
        if isinstance(output_tokens, float) and output_tokens.is_integer():
            output_tokens = int(output_tokens)
        if not isinstance(output_tokens, (int, Unset)) or isinstance(output_tokens, bool):
            raise TypeError(f"output_tokens must be an integer, not {type(output_tokens).__name__}")

        _input_token_details = d.pop("input_token_details", UNSET)
        input_token_details: RealtimeBetaResponseUsageType0InputTokenDetails | Unset
        if isinstance(_input_token_details, Unset):
            input_token_details = UNSET
        else:
            input_token_details = RealtimeBetaResponseUsageType0InputTokenDetails.from_dict(
                _input_token_details
            )

        _output_token_details = d.pop("output_token_details", UNSET)
        output_token_details: RealtimeBetaResponseUsageType0OutputTokenDetails | Unset
        if isinstance(_output_token_details, Unset):
            output_token_details = UNSET
        else:
            output_token_details = RealtimeBetaResponseUsageType0OutputTokenDetails.from_dict(
                _output_token_details
            )

        realtime_beta_response_usage_type_0 = cls(
            total_tokens=total_tokens,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            input_token_details=input_token_details,
            output_token_details=output_token_details,
        )

        realtime_beta_response_usage_type_0.additional_properties = d
        return realtime_beta_response_usage_type_0

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
    from ..models.realtime_beta_response_usage_type_0_input_token_details import (
        RealtimeBetaResponseUsageType0InputTokenDetails,  # noqa: F401, PLC0415
    )
    from ..models.realtime_beta_response_usage_type_0_output_token_details import (
        RealtimeBetaResponseUsageType0OutputTokenDetails,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
