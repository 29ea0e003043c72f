from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LogProbProperties")


@_attrs_define
class LogProbProperties:
    """A log probability object.

    Attributes:
        token (str): The token that was used to generate the log probability.
        logprob (float): The log probability of the token.
        bytes_ (list[int]): The bytes that were used to generate the log probability.
    """

    token: str
    logprob: float
    bytes_: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        logprob = self.logprob

        bytes_ = self.bytes_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "logprob": logprob,
                "bytes": bytes_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"LogProbProperties must be an object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        token = d.pop("token")
        if not isinstance(token, str):
            raise TypeError(f"token must be a string, not {type(token).__name__}")

        logprob = d.pop("logprob")
        if not (isinstance(logprob, (int, float)) and not isinstance(logprob, bool)):
            raise TypeError(f"logprob must be a number, not {type(logprob).__name__}")

        bytes_ = []
        _bytes_ = d.pop("bytes")
        if not isinstance(_bytes_, list):
            raise TypeError(f"bytes_ must be an array, not {type(_bytes_).__name__}")
        for bytes_item_data in _bytes_:
            bytes_item = bytes_item_data
            if isinstance(bytes_item, float) and bytes_item.is_integer():
                bytes_item = int(bytes_item)
            if not isinstance(bytes_item, int) or isinstance(bytes_item, bool):
                raise TypeError(f"bytes_item must be an integer, not {type(bytes_item).__name__}")

            bytes_.append(bytes_item)

        log_prob_properties = cls(
            token=token,
            logprob=logprob,
            bytes_=bytes_,
        )

        log_prob_properties.additional_properties = d
        return log_prob_properties

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
