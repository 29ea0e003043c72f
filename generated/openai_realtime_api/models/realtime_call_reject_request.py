from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeCallRejectRequest")


@_attrs_define
class RealtimeCallRejectRequest:
    """Parameters used to decline an incoming SIP call handled by the Realtime API.

    Attributes:
        status_code (int | Unset): SIP response code to send back to the caller. Defaults to `603` (Decline)
            when omitted. Example: 486.
    """

    status_code: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeCallRejectRequest must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        status_code = d.pop("status_code", UNSET)
        if isinstance(status_code, float) and status_code.is_integer():
            status_code = int(status_code)
        if not isinstance(status_code, (int, Unset)) or isinstance(status_code, bool):
            raise TypeError(f"status_code must be an integer, not {type(status_code).__name__}")

        realtime_call_reject_request = cls(
            status_code=status_code,
        )

        return realtime_call_reject_request
