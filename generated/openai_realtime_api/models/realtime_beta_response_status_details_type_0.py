from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_response_status_details_type_0_reason import (
    RealtimeBetaResponseStatusDetailsType0Reason,
    check_realtime_beta_response_status_details_type_0_reason,
)
from ..models.realtime_beta_response_status_details_type_0_type import (
    RealtimeBetaResponseStatusDetailsType0Type,
    check_realtime_beta_response_status_details_type_0_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_beta_response_status_details_type_0_error import (
        RealtimeBetaResponseStatusDetailsType0Error,
    )


T = TypeVar("T", bound="RealtimeBetaResponseStatusDetailsType0")


@_attrs_define
class RealtimeBetaResponseStatusDetailsType0:
    """Additional details about the status.

    Attributes:
        type_ (RealtimeBetaResponseStatusDetailsType0Type | Unset): The type of error that caused the response to fail,
            corresponding
            with the `status` field (`completed`, `cancelled`, `incomplete`,
            `failed`).
        reason (RealtimeBetaResponseStatusDetailsType0Reason | Unset): The reason the Response did not complete. For a
            `cancelled` Response,
            one of `turn_detected` (the server VAD detected a new start of speech)
            or `client_cancelled` (the client sent a cancel event). For an
            `incomplete` Response, one of `max_output_tokens` or `content_filter`
            (the server-side safety filter activated and cut off the response).
        error (RealtimeBetaResponseStatusDetailsType0Error | Unset): A description of the error that caused the response
            to fail,
            populated when the `status` is `failed`.
    """

    type_: RealtimeBetaResponseStatusDetailsType0Type | Unset = UNSET
    reason: RealtimeBetaResponseStatusDetailsType0Reason | Unset = UNSET
    error: RealtimeBetaResponseStatusDetailsType0Error | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if reason is not UNSET:
            field_dict["reason"] = reason
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaResponseStatusDetailsType0 must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: RealtimeBetaResponseStatusDetailsType0Type | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_realtime_beta_response_status_details_type_0_type(_type_)

        _reason = d.pop("reason", UNSET)
        reason: RealtimeBetaResponseStatusDetailsType0Reason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = check_realtime_beta_response_status_details_type_0_reason(_reason)

        _error = d.pop("error", UNSET)
        error: RealtimeBetaResponseStatusDetailsType0Error | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = RealtimeBetaResponseStatusDetailsType0Error.from_dict(_error)

        realtime_beta_response_status_details_type_0 = cls(
            type_=type_,
            reason=reason,
            error=error,
        )

        realtime_beta_response_status_details_type_0.additional_properties = d
        return realtime_beta_response_status_details_type_0

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
    from ..models.realtime_beta_response_status_details_type_0_error import (
        RealtimeBetaResponseStatusDetailsType0Error,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
