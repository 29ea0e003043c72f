from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeServerEventConversationItemInputAudioTranscriptionFailedError")


@_attrs_define
class RealtimeServerEventConversationItemInputAudioTranscriptionFailedError:
    """Details of the transcription error.

    Attributes:
        type_ (str | Unset): The type of error.
        code (str | Unset): Error code, if any.
        message (str | Unset): A human-readable error message.
        param (str | Unset): Parameter related to the error, if any.
    """

    type_: str | Unset = UNSET
    code: str | Unset = UNSET
    message: str | Unset = UNSET
    param: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        code = self.code

        message = self.message

        param = self.param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if param is not UNSET:
            field_dict["param"] = param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            raise TypeError(f"type_ must be a string, not {type(type_).__name__}")

        code = d.pop("code", UNSET)
        if not isinstance(code, (str, Unset)):
            raise TypeError(f"code must be a string, not {type(code).__name__}")

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            raise TypeError(f"message must be a string, not {type(message).__name__}")

        param = d.pop("param", UNSET)
        if not isinstance(param, (str, Unset)):
            raise TypeError(f"param must be a string, not {type(param).__name__}")

        realtime_server_event_conversation_item_input_audio_transcription_failed_error = cls(
            type_=type_,
            code=code,
            message=message,
            param=param,
        )

        realtime_server_event_conversation_item_input_audio_transcription_failed_error.additional_properties = d
        return realtime_server_event_conversation_item_input_audio_transcription_failed_error

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
