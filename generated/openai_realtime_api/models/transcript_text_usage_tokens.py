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
    from ..models.transcript_text_usage_tokens_input_token_details import (
        TranscriptTextUsageTokensInputTokenDetails,
    )


T = TypeVar("T", bound="TranscriptTextUsageTokens")


@_attrs_define
class TranscriptTextUsageTokens:
    """Usage statistics for models billed by token usage.

    Attributes:
        type_ (Literal['tokens']): The type of the usage object. Always `tokens` for this variant. Default: 'tokens'.
        input_tokens (int): Number of input tokens billed for this request.
        output_tokens (int): Number of output tokens generated.
        total_tokens (int): Total number of tokens used (input + output).
        input_token_details (TranscriptTextUsageTokensInputTokenDetails | Unset): Details about the input tokens billed
            for this request.
    """

    input_tokens: int
    output_tokens: int
    total_tokens: int
    type_: Literal["tokens"] = "tokens"
    input_token_details: TranscriptTextUsageTokensInputTokenDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        type_ = self.type_

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        total_tokens = self.total_tokens

        input_token_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_token_details, Unset):
            input_token_details = self.input_token_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "total_tokens": total_tokens,
            }
        )
        if input_token_details is not UNSET:
            field_dict["input_token_details"] = input_token_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"TranscriptTextUsageTokens must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['tokens']", d.pop("type"))
        if type_ != "tokens":
            raise ValueError(f"type must match const 'tokens', got '{type_}'")

        input_tokens = d.pop("input_tokens")
        if isinstance(input_tokens, float) and input_tokens.is_integer():
            input_tokens = int(input_tokens)
        if not isinstance(input_tokens, int) or isinstance(input_tokens, bool):
            raise TypeError(f"input_tokens must be an integer, not {type(input_tokens).__name__}")

        output_tokens = d.pop("output_tokens")
        if isinstance(output_tokens, float) and output_tokens.is_integer():
            output_tokens = int(output_tokens)
        if not isinstance(output_tokens, int) or isinstance(output_tokens, bool):
            raise TypeError(f"output_tokens must be an integer, not {type(output_tokens).__name__}")

        total_tokens = d.pop("total_tokens")
        if isinstance(total_tokens, float) and total_tokens.is_integer():
            total_tokens = int(total_tokens)
        if not isinstance(total_tokens, int) or isinstance(total_tokens, bool):
            raise TypeError(f"total_tokens must be an integer, not {type(total_tokens).__name__}")

        _input_token_details = d.pop("input_token_details", UNSET)
        input_token_details: TranscriptTextUsageTokensInputTokenDetails | Unset
        if isinstance(_input_token_details, Unset):
            input_token_details = UNSET
        else:
            input_token_details = TranscriptTextUsageTokensInputTokenDetails.from_dict(
                _input_token_details
            )

        transcript_text_usage_tokens = cls(
            type_=type_,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            total_tokens=total_tokens,
            input_token_details=input_token_details,
        )

        transcript_text_usage_tokens.additional_properties = d
        return transcript_text_usage_tokens

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
    from ..models.transcript_text_usage_tokens_input_token_details import (
        TranscriptTextUsageTokensInputTokenDetails,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
