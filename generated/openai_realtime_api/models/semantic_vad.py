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

from ..models.semantic_vad_eagerness import (
    SemanticVADEagerness,
    check_semantic_vad_eagerness,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SemanticVAD")


@_attrs_define
class SemanticVAD:
    """Server-side semantic turn detection which uses a model to determine when the user has finished speaking.

    Attributes:
        type_ (Literal['semantic_vad']): Type of turn detection, `semantic_vad` to turn on Semantic VAD.
        eagerness (SemanticVADEagerness | Unset): Used only for `semantic_vad` mode. The eagerness of the model to
            respond. `low` will wait longer for the user to continue speaking, `high` will respond more quickly. `auto` is
            the default and is equivalent to `medium`. `low`, `medium`, and `high` have max timeouts of 8s, 4s, and 2s
            respectively.

            Server default: `auto`.
        create_response (bool | Unset): Whether or not to automatically generate a response when a VAD stop event
            occurs.

            Server default: `true`.
        interrupt_response (bool | Unset): Whether or not to automatically interrupt any ongoing response with output to
            the default
            conversation (i.e. `conversation` of `auto`) when a VAD start event occurs.

            Server default: `true`.
    """

    type_: Literal["semantic_vad"]
    eagerness: SemanticVADEagerness | Unset = UNSET
    create_response: bool | Unset = UNSET
    interrupt_response: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        eagerness: str | Unset = UNSET
        if not isinstance(self.eagerness, Unset):
            eagerness = self.eagerness

        create_response = self.create_response

        interrupt_response = self.interrupt_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if eagerness is not UNSET:
            field_dict["eagerness"] = eagerness
        if create_response is not UNSET:
            field_dict["create_response"] = create_response
        if interrupt_response is not UNSET:
            field_dict["interrupt_response"] = interrupt_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"SemanticVAD must be an object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = cast("Literal['semantic_vad']", d.pop("type"))
        if type_ != "semantic_vad":
            raise ValueError(f"type must match const 'semantic_vad', got '{type_}'")

        _eagerness = d.pop("eagerness", UNSET)
        eagerness: SemanticVADEagerness | Unset
        if isinstance(_eagerness, Unset):
            eagerness = UNSET
        else:
            eagerness = check_semantic_vad_eagerness(_eagerness)

        create_response = d.pop("create_response", UNSET)
        if not isinstance(create_response, Unset) and not isinstance(create_response, bool):
            raise TypeError(
                f"create_response must be a boolean, not {type(create_response).__name__}"
            )

        interrupt_response = d.pop("interrupt_response", UNSET)
        if not isinstance(interrupt_response, Unset) and not isinstance(interrupt_response, bool):
            raise TypeError(
                f"interrupt_response must be a boolean, not {type(interrupt_response).__name__}"
            )

        semantic_vad = cls(
            type_=type_,
            eagerness=eagerness,
            create_response=create_response,
            interrupt_response=interrupt_response,
        )

        semantic_vad.additional_properties = d
        return semantic_vad

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
