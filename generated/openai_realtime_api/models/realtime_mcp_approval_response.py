from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeMCPApprovalResponse")


@_attrs_define
class RealtimeMCPApprovalResponse:
    """A Realtime item responding to an MCP approval request.

    Attributes:
        type_ (Literal['mcp_approval_response']): The type of the item. Always `mcp_approval_response`. Default:
            'mcp_approval_response'.
        id (str): The unique ID of the approval response.
        approval_request_id (str): The ID of the approval request being answered.
        approve (bool): Whether the request was approved.
        reason (None | str | Unset):
    """

    id: str
    approval_request_id: str
    approve: bool
    type_: Literal["mcp_approval_response"] = "mcp_approval_response"
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        approval_request_id = self.approval_request_id

        approve = self.approve

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "approval_request_id": approval_request_id,
                "approve": approve,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeMCPApprovalResponse must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['mcp_approval_response']", d.pop("type"))
        if type_ != "mcp_approval_response":
            raise ValueError(f"type must match const 'mcp_approval_response', got '{type_}'")

        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"id must be a string, not {type(id).__name__}")

        approval_request_id = d.pop("approval_request_id")
        if not isinstance(approval_request_id, str):
            raise TypeError(
                f"approval_request_id must be a string, not {type(approval_request_id).__name__}"
            )

        approve = d.pop("approve")
        if not isinstance(approve, bool):
            raise TypeError(f"approve must be a boolean, not {type(approve).__name__}")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        realtime_mcp_approval_response = cls(
            type_=type_,
            id=id,
            approval_request_id=approval_request_id,
            approve=approve,
            reason=reason,
        )

        realtime_mcp_approval_response.additional_properties = d
        return realtime_mcp_approval_response

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
