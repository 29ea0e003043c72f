from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTruncationRetentionRatioTokenLimits")


@_attrs_define
class RealtimeTruncationRetentionRatioTokenLimits:
    """Optional custom token limits for this truncation strategy. If not provided, the model's default token limits will be
    used.

        Attributes:
            post_instructions (int | Unset): Maximum tokens allowed in the conversation after instructions (which including
                tool definitions). For example, setting this to 5,000 would mean that truncation would occur when the
                conversation exceeds 5,000 tokens after instructions. This cannot be higher than the model's context window size
                minus the maximum output tokens.
    """

    post_instructions: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        post_instructions = self.post_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if post_instructions is not UNSET:
            field_dict["post_instructions"] = post_instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTruncationRetentionRatioTokenLimits must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        post_instructions = d.pop("post_instructions", UNSET)
        if isinstance(post_instructions, float) and post_instructions.is_integer():
            post_instructions = int(post_instructions)
        if not isinstance(post_instructions, (int, Unset)) or isinstance(post_instructions, bool):
            raise TypeError(
                f"post_instructions must be an integer, not {type(post_instructions).__name__}"
            )

        realtime_truncation_retention_ratio_token_limits = cls(
            post_instructions=post_instructions,
        )

        realtime_truncation_retention_ratio_token_limits.additional_properties = d
        return realtime_truncation_retention_ratio_token_limits

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
