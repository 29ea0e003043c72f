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
    from ..models.log_prob_properties import LogProbProperties


T = TypeVar("T", bound="RealtimeServerEventConversationItemInputAudioTranscriptionDelta")


@_attrs_define
class RealtimeServerEventConversationItemInputAudioTranscriptionDelta:
    """Returned when the text value of an input audio transcription content part is updated with incremental transcription
    results.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (Literal['conversation.item.input_audio_transcription.delta']): The event type, must be
                `conversation.item.input_audio_transcription.delta`. Default:
                'conversation.item.input_audio_transcription.delta'.
            item_id (str): The ID of the item containing the audio that is being transcribed.
            content_index (int | Unset): The index of the content part in the item's content array.
            delta (str | Unset): The text delta.
            logprobs (list[LogProbProperties] | None | Unset):
            obfuscation (str | Unset): Random padding against length side channels; ignore it.
    """

    event_id: str
    item_id: str
    type_: Literal["conversation.item.input_audio_transcription.delta"] = (
        "conversation.item.input_audio_transcription.delta"
    )
    content_index: int | Unset = UNSET
    delta: str | Unset = UNSET
    logprobs: list[LogProbProperties] | None | Unset = UNSET
    obfuscation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        event_id = self.event_id

        type_ = self.type_

        item_id = self.item_id

        content_index = self.content_index

        delta = self.delta

        logprobs: list[dict[str, Any]] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, list):
            logprobs = []
            for logprobs_type_0_item_data in self.logprobs:
                logprobs_type_0_item = logprobs_type_0_item_data.to_dict()
                logprobs.append(logprobs_type_0_item)

        else:
            logprobs = self.logprobs

        obfuscation = self.obfuscation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
            }
        )
        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if delta is not UNSET:
            field_dict["delta"] = delta
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if obfuscation is not UNSET:
            field_dict["obfuscation"] = obfuscation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeServerEventConversationItemInputAudioTranscriptionDelta must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['conversation.item.input_audio_transcription.delta']", d.pop("type"))
        if type_ != "conversation.item.input_audio_transcription.delta":
            raise ValueError(
                f"type must match const 'conversation.item.input_audio_transcription.delta', got '{type_}'"
            )

        item_id = d.pop("item_id")
        if not isinstance(item_id, str):
            raise TypeError(f"item_id must be a string, not {type(item_id).__name__}")

        content_index = d.pop("content_index", UNSET)
        if isinstance(content_index, float) and content_index.is_integer():
            content_index = int(content_index)
        if not isinstance(content_index, (int, Unset)) or isinstance(content_index, bool):
            raise TypeError(f"content_index must be an integer, not {type(content_index).__name__}")

        delta = d.pop("delta", UNSET)
        if not isinstance(delta, (str, Unset)):
            raise TypeError(f"delta must be a string, not {type(delta).__name__}")

        def _parse_logprobs(data: object) -> list[LogProbProperties] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logprobs_type_0 = []
                _logprobs_type_0 = data
                if not isinstance(_logprobs_type_0, list):
                    raise TypeError(
                        f"logprobs_type_0 must be an array, not {type(_logprobs_type_0).__name__}"
                    )
                for logprobs_type_0_item_data in _logprobs_type_0:
                    logprobs_type_0_item = LogProbProperties.from_dict(logprobs_type_0_item_data)

                    logprobs_type_0.append(logprobs_type_0_item)

                return logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"logprobs fits none of its types, not {type(data).__name__}")

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        obfuscation = d.pop("obfuscation", UNSET)
        if not isinstance(obfuscation, (str, Unset)):
            raise TypeError(f"obfuscation must be a string, not {type(obfuscation).__name__}")

        realtime_server_event_conversation_item_input_audio_transcription_delta = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            delta=delta,
            logprobs=logprobs,
            obfuscation=obfuscation,
        )

        realtime_server_event_conversation_item_input_audio_transcription_delta.additional_properties = d
        return realtime_server_event_conversation_item_input_audio_transcription_delta

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
    from ..models.log_prob_properties import LogProbProperties  # noqa: F401, PLC0415

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
