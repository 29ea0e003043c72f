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
    from ..models.realtime_truncation_retention_ratio_token_limits import (
        RealtimeTruncationRetentionRatioTokenLimits,
    )


T = TypeVar("T", bound="RealtimeTruncationRetentionRatio")


@_attrs_define
class RealtimeTruncationRetentionRatio:
    """Retain a fraction of the conversation tokens when the conversation exceeds the input token limit. This allows you to
    amortize truncations across multiple turns, which can help improve cached token usage.

        Attributes:
            type_ (Literal['retention_ratio']): Use retention ratio truncation. Default: 'retention_ratio'.
            retention_ratio (float): Fraction of post-instruction conversation tokens to retain (`0.0` - `1.0`) when the
                conversation exceeds the input token limit. Setting this to `0.8` means that messages will be dropped until 80%
                of the maximum allowed tokens are used. This helps reduce the frequency of truncations and improve cache rates.
            token_limits (RealtimeTruncationRetentionRatioTokenLimits | Unset): Optional custom token limits for this
                truncation strategy. If not provided, the model's default token limits will be used.
    """

    retention_ratio: float
    type_: Literal["retention_ratio"] = "retention_ratio"
    token_limits: RealtimeTruncationRetentionRatioTokenLimits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        type_ = self.type_

        retention_ratio = self.retention_ratio

        token_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_limits, Unset):
            token_limits = self.token_limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "retention_ratio": retention_ratio,
            }
        )
        if token_limits is not UNSET:
            field_dict["token_limits"] = token_limits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTruncationRetentionRatio must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['retention_ratio']", d.pop("type"))
        if type_ != "retention_ratio":
            raise ValueError(f"type must match const 'retention_ratio', got '{type_}'")

        retention_ratio = d.pop("retention_ratio")
        if not (
            isinstance(retention_ratio, (int, float)) and not isinstance(retention_ratio, bool)
        ):
            raise TypeError(
                f"retention_ratio must be a number, not {type(retention_ratio).__name__}"
            )

        _token_limits = d.pop("token_limits", UNSET)
        token_limits: RealtimeTruncationRetentionRatioTokenLimits | Unset
        if isinstance(_token_limits, Unset):
            token_limits = UNSET
        else:
            token_limits = RealtimeTruncationRetentionRatioTokenLimits.from_dict(_token_limits)

        realtime_truncation_retention_ratio = cls(
            type_=type_,
            retention_ratio=retention_ratio,
            token_limits=token_limits,
        )

        realtime_truncation_retention_ratio.additional_properties = d
        return realtime_truncation_retention_ratio

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
    from ..models.realtime_truncation_retention_ratio_token_limits import (
        RealtimeTruncationRetentionRatioTokenLimits,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
