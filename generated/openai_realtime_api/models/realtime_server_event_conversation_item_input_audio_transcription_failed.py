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

if TYPE_CHECKING:
    from ..models.realtime_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailedError,
    )


T = TypeVar("T", bound="RealtimeServerEventConversationItemInputAudioTranscriptionFailed")


@_attrs_define
class RealtimeServerEventConversationItemInputAudioTranscriptionFailed:
    """Returned when input audio transcription is configured, and a transcription
    request for a user message failed. These events are separate from other
    `error` events so that the client can identify the related Item.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (Literal['conversation.item.input_audio_transcription.failed']): The event type, must be
                `conversation.item.input_audio_transcription.failed`.
                 Default: 'conversation.item.input_audio_transcription.failed'.
            item_id (str): The ID of the user message item.
            content_index (int): The index of the content part containing the audio.
            error (RealtimeServerEventConversationItemInputAudioTranscriptionFailedError): Details of the transcription
                error.
    """

    event_id: str
    item_id: str
    content_index: int
    error: RealtimeServerEventConversationItemInputAudioTranscriptionFailedError
    type_: Literal["conversation.item.input_audio_transcription.failed"] = (
        "conversation.item.input_audio_transcription.failed"
    )
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

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
                "content_index": content_index,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeServerEventConversationItemInputAudioTranscriptionFailed must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['conversation.item.input_audio_transcription.failed']", d.pop("type"))
        if type_ != "conversation.item.input_audio_transcription.failed":
            raise ValueError(
                f"type must match const 'conversation.item.input_audio_transcription.failed', got '{type_}'"
            )

        item_id = d.pop("item_id")
        if not isinstance(item_id, str):
            raise TypeError(f"item_id must be a string, not {type(item_id).__name__}")

        content_index = d.pop("content_index")
        if isinstance(content_index, float) and content_index.is_integer():
            content_index = int(content_index)
        if not isinstance(content_index, int) or isinstance(content_index, bool):
            raise TypeError(f"content_index must be an integer, not {type(content_index).__name__}")

        error = RealtimeServerEventConversationItemInputAudioTranscriptionFailedError.from_dict(
            d.pop("error")
        )

        realtime_server_event_conversation_item_input_audio_transcription_failed = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            error=error,
        )

        realtime_server_event_conversation_item_input_audio_transcription_failed.additional_properties = d
        return realtime_server_event_conversation_item_input_audio_transcription_failed

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
    from ..models.realtime_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailedError,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
