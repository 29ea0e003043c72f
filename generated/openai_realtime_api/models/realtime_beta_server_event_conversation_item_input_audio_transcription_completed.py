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
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens
    from ..models.transcription_language import TranscriptionLanguage


T = TypeVar("T", bound="RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted")


@_attrs_define
class RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted:
    """This event is the output of audio transcription for user audio written to the
    user audio buffer. Transcription begins when the input audio buffer is
    committed by the client or server (in `server_vad` mode). Transcription runs
    asynchronously with Response creation, so this event may come before or after
    the Response events.

    Realtime API models accept audio natively, and thus input transcription is a
    separate process run on a separate ASR (Automatic Speech Recognition) model.
    The transcript may diverge somewhat from the model's interpretation, and
    should be treated as a rough guide.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (Literal['conversation.item.input_audio_transcription.completed']): The event type, must be
                `conversation.item.input_audio_transcription.completed`.
                 Default: 'conversation.item.input_audio_transcription.completed'.
            item_id (str): The ID of the user message item containing the audio.
            content_index (int): The index of the content part containing the audio.
            transcript (str): The transcribed text.
            languages (list[TranscriptionLanguage] | Unset): The languages detected in the audio. Returned by `gpt-
                transcribe`. An empty array indicates that no language could be reliably detected.
            logprobs (list[LogProbProperties] | None | Unset):
            usage (None | TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset): Usage statistics for the
                transcription.
    """

    event_id: str
    item_id: str
    content_index: int
    transcript: str
    type_: Literal["conversation.item.input_audio_transcription.completed"] = (
        "conversation.item.input_audio_transcription.completed"
    )
    languages: list[TranscriptionLanguage] | Unset = UNSET
    logprobs: list[LogProbProperties] | None | Unset = UNSET
    usage: None | TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset = UNSET
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

        transcript = self.transcript

        languages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = []
            for languages_item_data in self.languages:
                languages_item = languages_item_data.to_dict()
                languages.append(languages_item)

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

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, TranscriptTextUsageTokens):
            usage = self.usage.to_dict()
        elif isinstance(self.usage, TranscriptTextUsageDuration):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
                "content_index": content_index,
                "transcript": transcript,
            }
        )
        if languages is not UNSET:
            field_dict["languages"] = languages
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast(
            "Literal['conversation.item.input_audio_transcription.completed']", d.pop("type")
        )
        if type_ != "conversation.item.input_audio_transcription.completed":
            raise ValueError(
                f"type must match const 'conversation.item.input_audio_transcription.completed', got '{type_}'"
            )

        item_id = d.pop("item_id")
        if not isinstance(item_id, str):
            raise TypeError(f"item_id must be a string, not {type(item_id).__name__}")

        content_index = d.pop("content_index")
        if isinstance(content_index, float) and content_index.is_integer():
            content_index = int(content_index)
        if not isinstance(content_index, int) or isinstance(content_index, bool):
            raise TypeError(f"content_index must be an integer, not {type(content_index).__name__}")

        transcript = d.pop("transcript")
        if not isinstance(transcript, str):
            raise TypeError(f"transcript must be a string, not {type(transcript).__name__}")

        _languages = d.pop("languages", UNSET)
        languages: list[TranscriptionLanguage] | Unset = UNSET
        if _languages is not UNSET:
            if not isinstance(_languages, list):
                raise TypeError(f"languages must be an array, not {type(_languages).__name__}")
            languages = []
            for languages_item_data in _languages:
                languages_item = TranscriptionLanguage.from_dict(languages_item_data)

                languages.append(languages_item)

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

        def _parse_usage(
            data: object,
        ) -> None | TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0_type_0 = TranscriptTextUsageTokens.from_dict(data)

                return usage_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0_type_1 = TranscriptTextUsageDuration.from_dict(data)

                return usage_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"usage fits none of its types, not {type(data).__name__}")

        usage = _parse_usage(d.pop("usage", UNSET))

        realtime_beta_server_event_conversation_item_input_audio_transcription_completed = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            transcript=transcript,
            languages=languages,
            logprobs=logprobs,
            usage=usage,
        )

        realtime_beta_server_event_conversation_item_input_audio_transcription_completed.additional_properties = d
        return realtime_beta_server_event_conversation_item_input_audio_transcription_completed

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
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration  # noqa: F401, PLC0415
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens  # noqa: F401, PLC0415
    from ..models.transcription_language import TranscriptionLanguage  # noqa: F401, PLC0415

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
