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

T = TypeVar("T", bound="RealtimeBetaServerEventResponseAudioDelta")


@_attrs_define
class RealtimeBetaServerEventResponseAudioDelta:
    """Returned when the model-generated audio is updated.

    Attributes:
        event_id (str): The unique ID of the server event.
        type_ (Literal['response.audio.delta']): The event type, must be `response.audio.delta`. Default:
            'response.audio.delta'.
        response_id (str): The ID of the response.
        item_id (str): The ID of the item.
        output_index (int): The index of the output item in the response.
        content_index (int): The index of the content part in the item's content array.
        delta (str): Base64-encoded audio data delta.
        obfuscation (str | Unset): Random padding against length side channels; ignore it.
    """

    event_id: str
    response_id: str
    item_id: str
    output_index: int
    content_index: int
    delta: str
    type_: Literal["response.audio.delta"] = "response.audio.delta"
    obfuscation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = self.type_

        response_id = self.response_id

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        delta = self.delta

        obfuscation = self.obfuscation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response_id": response_id,
                "item_id": item_id,
                "output_index": output_index,
                "content_index": content_index,
                "delta": delta,
            }
        )
        if obfuscation is not UNSET:
            field_dict["obfuscation"] = obfuscation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaServerEventResponseAudioDelta must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['response.audio.delta']", d.pop("type"))
        if type_ != "response.audio.delta":
            raise ValueError(f"type must match const 'response.audio.delta', got '{type_}'")

        response_id = d.pop("response_id")
        if not isinstance(response_id, str):
            raise TypeError(f"response_id must be a string, not {type(response_id).__name__}")

        item_id = d.pop("item_id")
        if not isinstance(item_id, str):
            raise TypeError(f"item_id must be a string, not {type(item_id).__name__}")

        output_index = d.pop("output_index")
        if isinstance(output_index, float) and output_index.is_integer():
            output_index = int(output_index)
        if not isinstance(output_index, int) or isinstance(output_index, bool):
            raise TypeError(f"output_index must be an integer, not {type(output_index).__name__}")

        content_index = d.pop("content_index")
        if isinstance(content_index, float) and content_index.is_integer():
            content_index = int(content_index)
        if not isinstance(content_index, int) or isinstance(content_index, bool):
            raise TypeError(f"content_index must be an integer, not {type(content_index).__name__}")

        delta = d.pop("delta")
        if not isinstance(delta, str):
            raise TypeError(f"delta must be a string, not {type(delta).__name__}")

        obfuscation = d.pop("obfuscation", UNSET)
        if not isinstance(obfuscation, (str, Unset)):
            raise TypeError(f"obfuscation must be a string, not {type(obfuscation).__name__}")

        realtime_beta_server_event_response_audio_delta = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            delta=delta,
            obfuscation=obfuscation,
        )

        realtime_beta_server_event_response_audio_delta.additional_properties = d
        return realtime_beta_server_event_response_audio_delta

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
