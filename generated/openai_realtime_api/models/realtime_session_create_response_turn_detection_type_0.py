from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeSessionCreateResponseTurnDetectionType0")


@_attrs_define
class RealtimeSessionCreateResponseTurnDetectionType0:
    """Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.

        Attributes:
            type_ (str | Unset): Type of turn detection, only `server_vad` is currently supported.
            threshold (float | Unset): Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
                higher threshold will require louder audio to activate the model, and
                thus might perform better in noisy environments.
            prefix_padding_ms (int | Unset): Amount of audio to include before the VAD detected speech (in
                milliseconds). Defaults to 300ms.
            silence_duration_ms (int | Unset): Duration of silence to detect speech stop (in milliseconds). Defaults
                to 500ms. With shorter values the model will respond more quickly,
                but may jump in on short pauses from the user.
    """

    type_: str | Unset = UNSET
    threshold: float | Unset = UNSET
    prefix_padding_ms: int | Unset = UNSET
    silence_duration_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        threshold = self.threshold

        prefix_padding_ms = self.prefix_padding_ms

        silence_duration_ms = self.silence_duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if prefix_padding_ms is not UNSET:
            field_dict["prefix_padding_ms"] = prefix_padding_ms
        if silence_duration_ms is not UNSET:
            field_dict["silence_duration_ms"] = silence_duration_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeSessionCreateResponseTurnDetectionType0 must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)
        if not isinstance(type_, (str, Unset)):
            raise TypeError(f"type_ must be a string, not {type(type_).__name__}")

        threshold = d.pop("threshold", UNSET)
        if not isinstance(threshold, Unset) and not (
            isinstance(threshold, (int, float)) and not isinstance(threshold, bool)
        ):
            raise TypeError(f"threshold must be a number, not {type(threshold).__name__}")

        prefix_padding_ms = d.pop("prefix_padding_ms", UNSET)
        if isinstance(prefix_padding_ms, float) and prefix_padding_ms.is_integer():
            prefix_padding_ms = int(prefix_padding_ms)
        if not isinstance(prefix_padding_ms, (int, Unset)) or isinstance(prefix_padding_ms, bool):
            raise TypeError(
                f"prefix_padding_ms must be an integer, not {type(prefix_padding_ms).__name__}"
            )

        silence_duration_ms = d.pop("silence_duration_ms", UNSET)
        if isinstance(silence_duration_ms, float) and silence_duration_ms.is_integer():
            silence_duration_ms = int(silence_duration_ms)
        if not isinstance(silence_duration_ms, (int, Unset)) or isinstance(
            silence_duration_ms, bool
        ):
            raise TypeError(
                f"silence_duration_ms must be an integer, not {type(silence_duration_ms).__name__}"
            )

        realtime_session_create_response_turn_detection_type_0 = cls(
            type_=type_,
            threshold=threshold,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
        )

        realtime_session_create_response_turn_detection_type_0.additional_properties = d
        return realtime_session_create_response_turn_detection_type_0

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
