from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_reasoning_effort import (
    RealtimeReasoningEffort,
    check_realtime_reasoning_effort,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeReasoning")


@_attrs_define
class RealtimeReasoning:
    """Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`.

    Attributes:
        effort (RealtimeReasoningEffort | Unset): Constrains effort on reasoning for reasoning-capable Realtime models
            such as
            `gpt-realtime-2`.

            Server default: `low`.
    """

    effort: RealtimeReasoningEffort | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effort: str | Unset = UNSET
        if not isinstance(self.effort, Unset):
            effort = self.effort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"RealtimeReasoning must be an object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _effort = d.pop("effort", UNSET)
        effort: RealtimeReasoningEffort | Unset
        if isinstance(_effort, Unset):
            effort = UNSET
        else:
            effort = check_realtime_reasoning_effort(_effort)

        realtime_reasoning = cls(
            effort=effort,
        )

        realtime_reasoning.additional_properties = d
        return realtime_reasoning

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
