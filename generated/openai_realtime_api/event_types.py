"""The event families as types: unions, ``type`` literals and typed ``wait_for``.

Written by generator/regenerate.py from the same tables as ``dispatch.py``; do not edit.

* ``GAClientEvent``, ``GAServerEvent``, ``TranslationClientEvent``, ``TranslationServerEvent``,
  ``BetaClientEvent``, ``BetaServerEvent``: the union of each family's generated event classes.
  Type checkers read them from the ``TYPE_CHECKING`` block below; at run time each is built on
  first access (importing the family's model modules), so importing this module imports no
  model.
* ``GAClientEventType``, ``GAServerEventType``, ``TranslationClientEventType``,
  ``TranslationServerEventType``, ``BetaClientEventType``, ``BetaServerEventType``: the
  ``Literal`` of each family's wire ``type`` values.
* :class:`AsyncWaitFor` / :class:`SyncWaitFor`: the call signature of a session's
  ``wait_for(event_type, timeout=None)``: one overload per ``type`` value of the
  ``GAServerEvent`` and ``TranslationServerEvent`` families, returning its class (the union of
  both classes for a ``type`` both families define), then a fallback for any other string or a
  predicate, returning the type parameter (the session's whole event union).
"""

from __future__ import annotations

import functools
import importlib
import operator
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeAlias, TypeVar, overload

from . import dispatch

__all__ = [
    "AsyncWaitFor",
    "BetaClientEvent",
    "BetaClientEventType",
    "BetaServerEvent",
    "BetaServerEventType",
    "GAClientEvent",
    "GAClientEventType",
    "GAServerEvent",
    "GAServerEventType",
    "SyncWaitFor",
    "TranslationClientEvent",
    "TranslationClientEventType",
    "TranslationServerEvent",
    "TranslationServerEventType",
]

if TYPE_CHECKING:
    from .models.realtime_beta_client_event_conversation_item_create import (
        RealtimeBetaClientEventConversationItemCreate,
    )
    from .models.realtime_beta_client_event_conversation_item_delete import (
        RealtimeBetaClientEventConversationItemDelete,
    )
    from .models.realtime_beta_client_event_conversation_item_retrieve import (
        RealtimeBetaClientEventConversationItemRetrieve,
    )
    from .models.realtime_beta_client_event_conversation_item_truncate import (
        RealtimeBetaClientEventConversationItemTruncate,
    )
    from .models.realtime_beta_client_event_input_audio_buffer_append import (
        RealtimeBetaClientEventInputAudioBufferAppend,
    )
    from .models.realtime_beta_client_event_input_audio_buffer_clear import (
        RealtimeBetaClientEventInputAudioBufferClear,
    )
    from .models.realtime_beta_client_event_input_audio_buffer_commit import (
        RealtimeBetaClientEventInputAudioBufferCommit,
    )
    from .models.realtime_beta_client_event_output_audio_buffer_clear import (
        RealtimeBetaClientEventOutputAudioBufferClear,
    )
    from .models.realtime_beta_client_event_response_cancel import (
        RealtimeBetaClientEventResponseCancel,
    )
    from .models.realtime_beta_client_event_response_create import (
        RealtimeBetaClientEventResponseCreate,
    )
    from .models.realtime_beta_client_event_session_update import (
        RealtimeBetaClientEventSessionUpdate,
    )
    from .models.realtime_beta_client_event_transcription_session_update import (
        RealtimeBetaClientEventTranscriptionSessionUpdate,
    )
    from .models.realtime_beta_server_event_conversation_item_created import (
        RealtimeBetaServerEventConversationItemCreated,
    )
    from .models.realtime_beta_server_event_conversation_item_deleted import (
        RealtimeBetaServerEventConversationItemDeleted,
    )
    from .models.realtime_beta_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .models.realtime_beta_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .models.realtime_beta_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed,
    )
    from .models.realtime_beta_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .models.realtime_beta_server_event_conversation_item_retrieved import (
        RealtimeBetaServerEventConversationItemRetrieved,
    )
    from .models.realtime_beta_server_event_conversation_item_truncated import (
        RealtimeBetaServerEventConversationItemTruncated,
    )
    from .models.realtime_beta_server_event_error import RealtimeBetaServerEventError
    from .models.realtime_beta_server_event_input_audio_buffer_cleared import (
        RealtimeBetaServerEventInputAudioBufferCleared,
    )
    from .models.realtime_beta_server_event_input_audio_buffer_committed import (
        RealtimeBetaServerEventInputAudioBufferCommitted,
    )
    from .models.realtime_beta_server_event_input_audio_buffer_speech_started import (
        RealtimeBetaServerEventInputAudioBufferSpeechStarted,
    )
    from .models.realtime_beta_server_event_input_audio_buffer_speech_stopped import (
        RealtimeBetaServerEventInputAudioBufferSpeechStopped,
    )
    from .models.realtime_beta_server_event_mcp_list_tools_completed import (
        RealtimeBetaServerEventMCPListToolsCompleted,
    )
    from .models.realtime_beta_server_event_mcp_list_tools_failed import (
        RealtimeBetaServerEventMCPListToolsFailed,
    )
    from .models.realtime_beta_server_event_mcp_list_tools_in_progress import (
        RealtimeBetaServerEventMCPListToolsInProgress,
    )
    from .models.realtime_beta_server_event_output_audio_buffer_cleared import (
        RealtimeBetaServerEventOutputAudioBufferCleared,
    )
    from .models.realtime_beta_server_event_output_audio_buffer_started import (
        RealtimeBetaServerEventOutputAudioBufferStarted,
    )
    from .models.realtime_beta_server_event_output_audio_buffer_stopped import (
        RealtimeBetaServerEventOutputAudioBufferStopped,
    )
    from .models.realtime_beta_server_event_rate_limits_updated import (
        RealtimeBetaServerEventRateLimitsUpdated,
    )
    from .models.realtime_beta_server_event_response_audio_delta import (
        RealtimeBetaServerEventResponseAudioDelta,
    )
    from .models.realtime_beta_server_event_response_audio_done import (
        RealtimeBetaServerEventResponseAudioDone,
    )
    from .models.realtime_beta_server_event_response_audio_transcript_delta import (
        RealtimeBetaServerEventResponseAudioTranscriptDelta,
    )
    from .models.realtime_beta_server_event_response_audio_transcript_done import (
        RealtimeBetaServerEventResponseAudioTranscriptDone,
    )
    from .models.realtime_beta_server_event_response_content_part_added import (
        RealtimeBetaServerEventResponseContentPartAdded,
    )
    from .models.realtime_beta_server_event_response_content_part_done import (
        RealtimeBetaServerEventResponseContentPartDone,
    )
    from .models.realtime_beta_server_event_response_created import (
        RealtimeBetaServerEventResponseCreated,
    )
    from .models.realtime_beta_server_event_response_done import RealtimeBetaServerEventResponseDone
    from .models.realtime_beta_server_event_response_function_call_arguments_delta import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDelta,
    )
    from .models.realtime_beta_server_event_response_function_call_arguments_done import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDone,
    )
    from .models.realtime_beta_server_event_response_mcp_call_arguments_delta import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDelta,
    )
    from .models.realtime_beta_server_event_response_mcp_call_arguments_done import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDone,
    )
    from .models.realtime_beta_server_event_response_mcp_call_completed import (
        RealtimeBetaServerEventResponseMCPCallCompleted,
    )
    from .models.realtime_beta_server_event_response_mcp_call_failed import (
        RealtimeBetaServerEventResponseMCPCallFailed,
    )
    from .models.realtime_beta_server_event_response_mcp_call_in_progress import (
        RealtimeBetaServerEventResponseMCPCallInProgress,
    )
    from .models.realtime_beta_server_event_response_output_item_added import (
        RealtimeBetaServerEventResponseOutputItemAdded,
    )
    from .models.realtime_beta_server_event_response_output_item_done import (
        RealtimeBetaServerEventResponseOutputItemDone,
    )
    from .models.realtime_beta_server_event_response_text_delta import (
        RealtimeBetaServerEventResponseTextDelta,
    )
    from .models.realtime_beta_server_event_response_text_done import (
        RealtimeBetaServerEventResponseTextDone,
    )
    from .models.realtime_beta_server_event_session_created import (
        RealtimeBetaServerEventSessionCreated,
    )
    from .models.realtime_beta_server_event_session_updated import (
        RealtimeBetaServerEventSessionUpdated,
    )
    from .models.realtime_beta_server_event_transcription_session_created import (
        RealtimeBetaServerEventTranscriptionSessionCreated,
    )
    from .models.realtime_beta_server_event_transcription_session_updated import (
        RealtimeBetaServerEventTranscriptionSessionUpdated,
    )
    from .models.realtime_client_event_conversation_item_create import (
        RealtimeClientEventConversationItemCreate,
    )
    from .models.realtime_client_event_conversation_item_delete import (
        RealtimeClientEventConversationItemDelete,
    )
    from .models.realtime_client_event_conversation_item_retrieve import (
        RealtimeClientEventConversationItemRetrieve,
    )
    from .models.realtime_client_event_conversation_item_truncate import (
        RealtimeClientEventConversationItemTruncate,
    )
    from .models.realtime_client_event_input_audio_buffer_append import (
        RealtimeClientEventInputAudioBufferAppend,
    )
    from .models.realtime_client_event_input_audio_buffer_clear import (
        RealtimeClientEventInputAudioBufferClear,
    )
    from .models.realtime_client_event_input_audio_buffer_commit import (
        RealtimeClientEventInputAudioBufferCommit,
    )
    from .models.realtime_client_event_output_audio_buffer_clear import (
        RealtimeClientEventOutputAudioBufferClear,
    )
    from .models.realtime_client_event_response_cancel import RealtimeClientEventResponseCancel
    from .models.realtime_client_event_response_create import RealtimeClientEventResponseCreate
    from .models.realtime_client_event_session_update import RealtimeClientEventSessionUpdate
    from .models.realtime_client_event_transcription_session_update import (
        RealtimeClientEventTranscriptionSessionUpdate,
    )
    from .models.realtime_server_event_conversation_created import (
        RealtimeServerEventConversationCreated,
    )
    from .models.realtime_server_event_conversation_item_added import (
        RealtimeServerEventConversationItemAdded,
    )
    from .models.realtime_server_event_conversation_item_created import (
        RealtimeServerEventConversationItemCreated,
    )
    from .models.realtime_server_event_conversation_item_deleted import (
        RealtimeServerEventConversationItemDeleted,
    )
    from .models.realtime_server_event_conversation_item_done import (
        RealtimeServerEventConversationItemDone,
    )
    from .models.realtime_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .models.realtime_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .models.realtime_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
    )
    from .models.realtime_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .models.realtime_server_event_conversation_item_retrieved import (
        RealtimeServerEventConversationItemRetrieved,
    )
    from .models.realtime_server_event_conversation_item_truncated import (
        RealtimeServerEventConversationItemTruncated,
    )
    from .models.realtime_server_event_error import RealtimeServerEventError
    from .models.realtime_server_event_input_audio_buffer_cleared import (
        RealtimeServerEventInputAudioBufferCleared,
    )
    from .models.realtime_server_event_input_audio_buffer_committed import (
        RealtimeServerEventInputAudioBufferCommitted,
    )
    from .models.realtime_server_event_input_audio_buffer_dtmf_event_received import (
        RealtimeServerEventInputAudioBufferDtmfEventReceived,
    )
    from .models.realtime_server_event_input_audio_buffer_speech_started import (
        RealtimeServerEventInputAudioBufferSpeechStarted,
    )
    from .models.realtime_server_event_input_audio_buffer_speech_stopped import (
        RealtimeServerEventInputAudioBufferSpeechStopped,
    )
    from .models.realtime_server_event_input_audio_buffer_timeout_triggered import (
        RealtimeServerEventInputAudioBufferTimeoutTriggered,
    )
    from .models.realtime_server_event_mcp_list_tools_completed import (
        RealtimeServerEventMCPListToolsCompleted,
    )
    from .models.realtime_server_event_mcp_list_tools_failed import (
        RealtimeServerEventMCPListToolsFailed,
    )
    from .models.realtime_server_event_mcp_list_tools_in_progress import (
        RealtimeServerEventMCPListToolsInProgress,
    )
    from .models.realtime_server_event_output_audio_buffer_cleared import (
        RealtimeServerEventOutputAudioBufferCleared,
    )
    from .models.realtime_server_event_output_audio_buffer_started import (
        RealtimeServerEventOutputAudioBufferStarted,
    )
    from .models.realtime_server_event_output_audio_buffer_stopped import (
        RealtimeServerEventOutputAudioBufferStopped,
    )
    from .models.realtime_server_event_rate_limits_updated import (
        RealtimeServerEventRateLimitsUpdated,
    )
    from .models.realtime_server_event_response_audio_delta import (
        RealtimeServerEventResponseAudioDelta,
    )
    from .models.realtime_server_event_response_audio_done import (
        RealtimeServerEventResponseAudioDone,
    )
    from .models.realtime_server_event_response_audio_transcript_delta import (
        RealtimeServerEventResponseAudioTranscriptDelta,
    )
    from .models.realtime_server_event_response_audio_transcript_done import (
        RealtimeServerEventResponseAudioTranscriptDone,
    )
    from .models.realtime_server_event_response_content_part_added import (
        RealtimeServerEventResponseContentPartAdded,
    )
    from .models.realtime_server_event_response_content_part_done import (
        RealtimeServerEventResponseContentPartDone,
    )
    from .models.realtime_server_event_response_created import RealtimeServerEventResponseCreated
    from .models.realtime_server_event_response_done import RealtimeServerEventResponseDone
    from .models.realtime_server_event_response_function_call_arguments_delta import (
        RealtimeServerEventResponseFunctionCallArgumentsDelta,
    )
    from .models.realtime_server_event_response_function_call_arguments_done import (
        RealtimeServerEventResponseFunctionCallArgumentsDone,
    )
    from .models.realtime_server_event_response_mcp_call_arguments_delta import (
        RealtimeServerEventResponseMCPCallArgumentsDelta,
    )
    from .models.realtime_server_event_response_mcp_call_arguments_done import (
        RealtimeServerEventResponseMCPCallArgumentsDone,
    )
    from .models.realtime_server_event_response_mcp_call_completed import (
        RealtimeServerEventResponseMCPCallCompleted,
    )
    from .models.realtime_server_event_response_mcp_call_failed import (
        RealtimeServerEventResponseMCPCallFailed,
    )
    from .models.realtime_server_event_response_mcp_call_in_progress import (
        RealtimeServerEventResponseMCPCallInProgress,
    )
    from .models.realtime_server_event_response_output_item_added import (
        RealtimeServerEventResponseOutputItemAdded,
    )
    from .models.realtime_server_event_response_output_item_done import (
        RealtimeServerEventResponseOutputItemDone,
    )
    from .models.realtime_server_event_response_text_delta import (
        RealtimeServerEventResponseTextDelta,
    )
    from .models.realtime_server_event_response_text_done import RealtimeServerEventResponseTextDone
    from .models.realtime_server_event_session_created import RealtimeServerEventSessionCreated
    from .models.realtime_server_event_session_updated import RealtimeServerEventSessionUpdated
    from .models.realtime_server_event_transcription_session_created import (
        RealtimeServerEventTranscriptionSessionCreated,
    )
    from .models.realtime_server_event_transcription_session_updated import (
        RealtimeServerEventTranscriptionSessionUpdated,
    )
    from .models.realtime_translation_client_event_input_audio_buffer_append import (
        RealtimeTranslationClientEventInputAudioBufferAppend,
    )
    from .models.realtime_translation_client_event_session_close import (
        RealtimeTranslationClientEventSessionClose,
    )
    from .models.realtime_translation_client_event_session_update import (
        RealtimeTranslationClientEventSessionUpdate,
    )
    from .models.realtime_translation_server_event_session_closed import (
        RealtimeTranslationServerEventSessionClosed,
    )
    from .models.realtime_translation_server_event_session_created import (
        RealtimeTranslationServerEventSessionCreated,
    )
    from .models.realtime_translation_server_event_session_input_transcript_delta import (
        RealtimeTranslationServerEventSessionInputTranscriptDelta,
    )
    from .models.realtime_translation_server_event_session_output_audio_delta import (
        RealtimeTranslationServerEventSessionOutputAudioDelta,
    )
    from .models.realtime_translation_server_event_session_output_transcript_delta import (
        RealtimeTranslationServerEventSessionOutputTranscriptDelta,
    )
    from .models.realtime_translation_server_event_session_updated import (
        RealtimeTranslationServerEventSessionUpdated,
    )

    GAClientEvent: TypeAlias = (
        RealtimeClientEventConversationItemCreate
        | RealtimeClientEventConversationItemDelete
        | RealtimeClientEventConversationItemRetrieve
        | RealtimeClientEventConversationItemTruncate
        | RealtimeClientEventInputAudioBufferAppend
        | RealtimeClientEventInputAudioBufferClear
        | RealtimeClientEventInputAudioBufferCommit
        | RealtimeClientEventOutputAudioBufferClear
        | RealtimeClientEventResponseCancel
        | RealtimeClientEventResponseCreate
        | RealtimeClientEventSessionUpdate
        | RealtimeClientEventTranscriptionSessionUpdate
    )

    GAServerEvent: TypeAlias = (
        RealtimeServerEventConversationCreated
        | RealtimeServerEventConversationItemAdded
        | RealtimeServerEventConversationItemCreated
        | RealtimeServerEventConversationItemDeleted
        | RealtimeServerEventConversationItemDone
        | RealtimeServerEventConversationItemInputAudioTranscriptionCompleted
        | RealtimeServerEventConversationItemInputAudioTranscriptionDelta
        | RealtimeServerEventConversationItemInputAudioTranscriptionFailed
        | RealtimeServerEventConversationItemInputAudioTranscriptionSegment
        | RealtimeServerEventConversationItemRetrieved
        | RealtimeServerEventConversationItemTruncated
        | RealtimeServerEventError
        | RealtimeServerEventInputAudioBufferCleared
        | RealtimeServerEventInputAudioBufferCommitted
        | RealtimeServerEventInputAudioBufferDtmfEventReceived
        | RealtimeServerEventInputAudioBufferSpeechStarted
        | RealtimeServerEventInputAudioBufferSpeechStopped
        | RealtimeServerEventInputAudioBufferTimeoutTriggered
        | RealtimeServerEventMCPListToolsCompleted
        | RealtimeServerEventMCPListToolsFailed
        | RealtimeServerEventMCPListToolsInProgress
        | RealtimeServerEventOutputAudioBufferCleared
        | RealtimeServerEventOutputAudioBufferStarted
        | RealtimeServerEventOutputAudioBufferStopped
        | RealtimeServerEventRateLimitsUpdated
        | RealtimeServerEventResponseContentPartAdded
        | RealtimeServerEventResponseContentPartDone
        | RealtimeServerEventResponseCreated
        | RealtimeServerEventResponseDone
        | RealtimeServerEventResponseFunctionCallArgumentsDelta
        | RealtimeServerEventResponseFunctionCallArgumentsDone
        | RealtimeServerEventResponseMCPCallCompleted
        | RealtimeServerEventResponseMCPCallFailed
        | RealtimeServerEventResponseMCPCallInProgress
        | RealtimeServerEventResponseMCPCallArgumentsDelta
        | RealtimeServerEventResponseMCPCallArgumentsDone
        | RealtimeServerEventResponseAudioDelta
        | RealtimeServerEventResponseAudioDone
        | RealtimeServerEventResponseAudioTranscriptDelta
        | RealtimeServerEventResponseAudioTranscriptDone
        | RealtimeServerEventResponseOutputItemAdded
        | RealtimeServerEventResponseOutputItemDone
        | RealtimeServerEventResponseTextDelta
        | RealtimeServerEventResponseTextDone
        | RealtimeServerEventSessionCreated
        | RealtimeServerEventSessionUpdated
        | RealtimeServerEventTranscriptionSessionCreated
        | RealtimeServerEventTranscriptionSessionUpdated
    )

    TranslationClientEvent: TypeAlias = (
        RealtimeTranslationClientEventSessionClose
        | RealtimeTranslationClientEventInputAudioBufferAppend
        | RealtimeTranslationClientEventSessionUpdate
    )

    TranslationServerEvent: TypeAlias = (
        RealtimeServerEventError
        | RealtimeTranslationServerEventSessionClosed
        | RealtimeTranslationServerEventSessionCreated
        | RealtimeTranslationServerEventSessionInputTranscriptDelta
        | RealtimeTranslationServerEventSessionOutputAudioDelta
        | RealtimeTranslationServerEventSessionOutputTranscriptDelta
        | RealtimeTranslationServerEventSessionUpdated
    )

    BetaClientEvent: TypeAlias = (
        RealtimeBetaClientEventConversationItemCreate
        | RealtimeBetaClientEventConversationItemDelete
        | RealtimeBetaClientEventConversationItemRetrieve
        | RealtimeBetaClientEventConversationItemTruncate
        | RealtimeBetaClientEventInputAudioBufferAppend
        | RealtimeBetaClientEventInputAudioBufferClear
        | RealtimeBetaClientEventInputAudioBufferCommit
        | RealtimeBetaClientEventOutputAudioBufferClear
        | RealtimeBetaClientEventResponseCancel
        | RealtimeBetaClientEventResponseCreate
        | RealtimeBetaClientEventSessionUpdate
        | RealtimeBetaClientEventTranscriptionSessionUpdate
    )

    BetaServerEvent: TypeAlias = (
        RealtimeBetaServerEventConversationItemCreated
        | RealtimeBetaServerEventConversationItemDeleted
        | RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted
        | RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta
        | RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed
        | RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment
        | RealtimeBetaServerEventConversationItemRetrieved
        | RealtimeBetaServerEventConversationItemTruncated
        | RealtimeBetaServerEventError
        | RealtimeBetaServerEventInputAudioBufferCleared
        | RealtimeBetaServerEventInputAudioBufferCommitted
        | RealtimeBetaServerEventInputAudioBufferSpeechStarted
        | RealtimeBetaServerEventInputAudioBufferSpeechStopped
        | RealtimeBetaServerEventMCPListToolsCompleted
        | RealtimeBetaServerEventMCPListToolsFailed
        | RealtimeBetaServerEventMCPListToolsInProgress
        | RealtimeBetaServerEventOutputAudioBufferCleared
        | RealtimeBetaServerEventOutputAudioBufferStarted
        | RealtimeBetaServerEventOutputAudioBufferStopped
        | RealtimeBetaServerEventRateLimitsUpdated
        | RealtimeBetaServerEventResponseAudioDelta
        | RealtimeBetaServerEventResponseAudioDone
        | RealtimeBetaServerEventResponseAudioTranscriptDelta
        | RealtimeBetaServerEventResponseAudioTranscriptDone
        | RealtimeBetaServerEventResponseContentPartAdded
        | RealtimeBetaServerEventResponseContentPartDone
        | RealtimeBetaServerEventResponseCreated
        | RealtimeBetaServerEventResponseDone
        | RealtimeBetaServerEventResponseFunctionCallArgumentsDelta
        | RealtimeBetaServerEventResponseFunctionCallArgumentsDone
        | RealtimeBetaServerEventResponseMCPCallCompleted
        | RealtimeBetaServerEventResponseMCPCallFailed
        | RealtimeBetaServerEventResponseMCPCallInProgress
        | RealtimeBetaServerEventResponseMCPCallArgumentsDelta
        | RealtimeBetaServerEventResponseMCPCallArgumentsDone
        | RealtimeBetaServerEventResponseOutputItemAdded
        | RealtimeBetaServerEventResponseOutputItemDone
        | RealtimeBetaServerEventResponseTextDelta
        | RealtimeBetaServerEventResponseTextDone
        | RealtimeBetaServerEventSessionCreated
        | RealtimeBetaServerEventSessionUpdated
        | RealtimeBetaServerEventTranscriptionSessionCreated
        | RealtimeBetaServerEventTranscriptionSessionUpdated
    )


GAClientEventType: TypeAlias = Literal[
    "conversation.item.create",
    "conversation.item.delete",
    "conversation.item.retrieve",
    "conversation.item.truncate",
    "input_audio_buffer.append",
    "input_audio_buffer.clear",
    "input_audio_buffer.commit",
    "output_audio_buffer.clear",
    "response.cancel",
    "response.create",
    "session.update",
    "transcription_session.update",
]

GAServerEventType: TypeAlias = Literal[
    "conversation.created",
    "conversation.item.added",
    "conversation.item.created",
    "conversation.item.deleted",
    "conversation.item.done",
    "conversation.item.input_audio_transcription.completed",
    "conversation.item.input_audio_transcription.delta",
    "conversation.item.input_audio_transcription.failed",
    "conversation.item.input_audio_transcription.segment",
    "conversation.item.retrieved",
    "conversation.item.truncated",
    "error",
    "input_audio_buffer.cleared",
    "input_audio_buffer.committed",
    "input_audio_buffer.dtmf_event_received",
    "input_audio_buffer.speech_started",
    "input_audio_buffer.speech_stopped",
    "input_audio_buffer.timeout_triggered",
    "mcp_list_tools.completed",
    "mcp_list_tools.failed",
    "mcp_list_tools.in_progress",
    "output_audio_buffer.cleared",
    "output_audio_buffer.started",
    "output_audio_buffer.stopped",
    "rate_limits.updated",
    "response.content_part.added",
    "response.content_part.done",
    "response.created",
    "response.done",
    "response.function_call_arguments.delta",
    "response.function_call_arguments.done",
    "response.mcp_call.completed",
    "response.mcp_call.failed",
    "response.mcp_call.in_progress",
    "response.mcp_call_arguments.delta",
    "response.mcp_call_arguments.done",
    "response.output_audio.delta",
    "response.output_audio.done",
    "response.output_audio_transcript.delta",
    "response.output_audio_transcript.done",
    "response.output_item.added",
    "response.output_item.done",
    "response.output_text.delta",
    "response.output_text.done",
    "session.created",
    "session.updated",
    "transcription_session.created",
    "transcription_session.updated",
]

TranslationClientEventType: TypeAlias = Literal[
    "session.close", "session.input_audio_buffer.append", "session.update"
]

TranslationServerEventType: TypeAlias = Literal[
    "error",
    "session.closed",
    "session.created",
    "session.input_transcript.delta",
    "session.output_audio.delta",
    "session.output_transcript.delta",
    "session.updated",
]

BetaClientEventType: TypeAlias = Literal[
    "conversation.item.create",
    "conversation.item.delete",
    "conversation.item.retrieve",
    "conversation.item.truncate",
    "input_audio_buffer.append",
    "input_audio_buffer.clear",
    "input_audio_buffer.commit",
    "output_audio_buffer.clear",
    "response.cancel",
    "response.create",
    "session.update",
    "transcription_session.update",
]

BetaServerEventType: TypeAlias = Literal[
    "conversation.item.created",
    "conversation.item.deleted",
    "conversation.item.input_audio_transcription.completed",
    "conversation.item.input_audio_transcription.delta",
    "conversation.item.input_audio_transcription.failed",
    "conversation.item.input_audio_transcription.segment",
    "conversation.item.retrieved",
    "conversation.item.truncated",
    "error",
    "input_audio_buffer.cleared",
    "input_audio_buffer.committed",
    "input_audio_buffer.speech_started",
    "input_audio_buffer.speech_stopped",
    "mcp_list_tools.completed",
    "mcp_list_tools.failed",
    "mcp_list_tools.in_progress",
    "output_audio_buffer.cleared",
    "output_audio_buffer.started",
    "output_audio_buffer.stopped",
    "rate_limits.updated",
    "response.audio.delta",
    "response.audio.done",
    "response.audio_transcript.delta",
    "response.audio_transcript.done",
    "response.content_part.added",
    "response.content_part.done",
    "response.created",
    "response.done",
    "response.function_call_arguments.delta",
    "response.function_call_arguments.done",
    "response.mcp_call.completed",
    "response.mcp_call.failed",
    "response.mcp_call.in_progress",
    "response.mcp_call_arguments.delta",
    "response.mcp_call_arguments.done",
    "response.output_item.added",
    "response.output_item.done",
    "response.text.delta",
    "response.text.done",
    "session.created",
    "session.updated",
    "transcription_session.created",
    "transcription_session.updated",
]


_UNIONS: dict[str, str] = {
    "GAClientEvent": "ga_client",
    "GAServerEvent": "ga_server",
    "TranslationClientEvent": "translation_client",
    "TranslationServerEvent": "translation_server",
    "BetaClientEvent": "beta_client",
    "BetaServerEvent": "beta_server",
}


def __getattr__(name: str) -> Any:
    # The unions at run time: built once, on first access (importing the family's models).
    family = _UNIONS.get(name)
    if family is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    classes = tuple(
        getattr(importlib.import_module(f"{__package__}.models.{module}"), cls)
        for module, cls in dispatch.FAMILIES[family].values()
    )
    union = functools.reduce(operator.or_, classes)
    globals()[name] = union
    return union


_T_co = TypeVar("_T_co", covariant=True)


class AsyncWaitFor(Protocol[_T_co]):
    """``session.wait_for`` (awaited) of a async session, typed per event type; ``_T_co`` is the session's event union
    (what a predicate or an unlisted ``type`` returns)."""

    @overload
    async def __call__(
        self, event_type: Literal["conversation.created"], timeout: float | None = None
    ) -> RealtimeServerEventConversationCreated: ...
    @overload
    async def __call__(
        self, event_type: Literal["conversation.item.added"], timeout: float | None = None
    ) -> RealtimeServerEventConversationItemAdded: ...
    @overload
    async def __call__(
        self, event_type: Literal["conversation.item.created"], timeout: float | None = None
    ) -> RealtimeServerEventConversationItemCreated: ...
    @overload
    async def __call__(
        self, event_type: Literal["conversation.item.deleted"], timeout: float | None = None
    ) -> RealtimeServerEventConversationItemDeleted: ...
    @overload
    async def __call__(
        self, event_type: Literal["conversation.item.done"], timeout: float | None = None
    ) -> RealtimeServerEventConversationItemDone: ...
    @overload
    async def __call__(
        self,
        event_type: Literal["conversation.item.input_audio_transcription.completed"],
        timeout: float | None = None,
    ) -> RealtimeServerEventConversationItemInputAudioTranscriptionCompleted: ...
    @overload
    async def __call__(
        self,
        event_type: Literal["conversation.item.input_audio_transcription.delta"],
        timeout: float | None = None,
    ) -> RealtimeServerEventConversationItemInputAudioTranscriptionDelta: ...
    @overload
    async def __call__(
        self,
        event_type: Literal["conversation.item.input_audio_transcription.failed"],
        timeout: float | None = None,
    ) -> RealtimeServerEventConversationItemInputAudioTranscriptionFailed: ...
    @overload
    async def __call__(
        self,
        event_type: Literal["conversation.item.input_audio_transcription.segment"],
        timeout: float | None = None,
    ) -> RealtimeServerEventConversationItemInputAudioTranscriptionSegment: ...
    @overload
    async def __call__(
        self, event_type: Literal["conversation.item.retrieved"], timeout: float | None = None
    ) -> RealtimeServerEventConversationItemRetrieved: ...
    @overload
    async def __call__(
        self, event_type: Literal["conversation.item.truncated"], timeout: float | None = None
    ) -> RealtimeServerEventConversationItemTruncated: ...
    @overload
    async def __call__(
        self, event_type: Literal["error"], timeout: float | None = None
    ) -> RealtimeServerEventError: ...
    @overload
    async def __call__(
        self, event_type: Literal["input_audio_buffer.cleared"], timeout: float | None = None
    ) -> RealtimeServerEventInputAudioBufferCleared: ...
    @overload
    async def __call__(
        self, event_type: Literal["input_audio_buffer.committed"], timeout: float | None = None
    ) -> RealtimeServerEventInputAudioBufferCommitted: ...
    @overload
    async def __call__(
        self,
        event_type: Literal["input_audio_buffer.dtmf_event_received"],
        timeout: float | None = None,
    ) -> RealtimeServerEventInputAudioBufferDtmfEventReceived: ...
    @overload
    async def __call__(
        self, event_type: Literal["input_audio_buffer.speech_started"], timeout: float | None = None
    ) -> RealtimeServerEventInputAudioBufferSpeechStarted: ...
    @overload
    async def __call__(
        self, event_type: Literal["input_audio_buffer.speech_stopped"], timeout: float | None = None
    ) -> RealtimeServerEventInputAudioBufferSpeechStopped: ...
    @overload
    async def __call__(
        self,
        event_type: Literal["input_audio_buffer.timeout_triggered"],
        timeout: float | None = None,
    ) -> RealtimeServerEventInputAudioBufferTimeoutTriggered: ...
    @overload
    async def __call__(
        self, event_type: Literal["mcp_list_tools.completed"], timeout: float | None = None
    ) -> RealtimeServerEventMCPListToolsCompleted: ...
    @overload
    async def __call__(
        self, event_type: Literal["mcp_list_tools.failed"], timeout: float | None = None
    ) -> RealtimeServerEventMCPListToolsFailed: ...
    @overload
    async def __call__(
        self, event_type: Literal["mcp_list_tools.in_progress"], timeout: float | None = None
    ) -> RealtimeServerEventMCPListToolsInProgress: ...
    @overload
    async def __call__(
        self, event_type: Literal["output_audio_buffer.cleared"], timeout: float | None = None
    ) -> RealtimeServerEventOutputAudioBufferCleared: ...
    @overload
    async def __call__(
        self, event_type: Literal["output_audio_buffer.started"], timeout: float | None = None
    ) -> RealtimeServerEventOutputAudioBufferStarted: ...
    @overload
    async def __call__(
        self, event_type: Literal["output_audio_buffer.stopped"], timeout: float | None = None
    ) -> RealtimeServerEventOutputAudioBufferStopped: ...
    @overload
    async def __call__(
        self, event_type: Literal["rate_limits.updated"], timeout: float | None = None
    ) -> RealtimeServerEventRateLimitsUpdated: ...
    @overload
    async def __call__(
        self, event_type: Literal["response.content_part.added"], timeout: float | None = None
    ) -> RealtimeServerEventResponseContentPartAdded: ...
    @overload
    async def __call__(
        self, event_type: Literal["response.content_part.done"], timeout: float | None = None
    ) -> RealtimeServerEventResponseContentPartDone: ...
    @overload
    async def __call__(
        self, event_type: Literal["response.created"], timeout: float | None = None
    ) -> RealtimeServerEventResponseCreated: ...
    @overload
    async def __call__(
        self, event_type: Literal["response.done"], timeout: float | None = None
    ) -> RealtimeServerEventResponseDone: ...
    @overload
    async def __call__(
        self,
        event_type: Literal["response.function_call_arguments.delta"],
        timeout: float | None = None,
    ) -> RealtimeServerEventResponseFunctionCallArgumentsDelta: ...
    @overload
    async def __call__(
        self,
        event_type: Literal["response.function_call_arguments.done"],
        timeout: float | None = None,
    ) -> RealtimeServerEventResponseFunctionCallArgumentsDone: ...
    @overload
    async def __call__(
        self, event_type: Literal["response.mcp_call.completed"], timeout: float | None = None
    ) -> RealtimeServerEventResponseMCPCallCompleted: ...
    @overload
    async def __call__(
        self, event_type: Literal["response.mcp_call.failed"], timeout: float | None = None
    ) -> RealtimeServerEventResponseMCPCallFailed: ...
    @overload
    async def __call__(
        self, event_type: Literal["response.mcp_call.in_progress"], timeout: float | None = None
    ) -> RealtimeServerEventResponseMCPCallInProgress: ...
    @overload
    async def __call__(
        self, event_type: Literal["response.mcp_call_arguments.delta"], timeout: float | None = None
    ) -> RealtimeServerEventResponseMCPCallArgumentsDelta: ...
    @overload
    async def __call__(
        self, event_type: Literal["response.mcp_call_arguments.done"], timeout: float | None = None
    ) -> RealtimeServerEventResponseMCPCallArgumentsDone: ...
    @overload
    async def __call__(
        self, event_type: Literal["response.output_audio.delta"], timeout: float | None = None
    ) -> RealtimeServerEventResponseAudioDelta: ...
    @overload
    async def __call__(
        self, event_type: Literal["response.output_audio.done"], timeout: float | None = None
    ) -> RealtimeServerEventResponseAudioDone: ...
    @overload
    async def __call__(
        self,
        event_type: Literal["response.output_audio_transcript.delta"],
        timeout: float | None = None,
    ) -> RealtimeServerEventResponseAudioTranscriptDelta: ...
    @overload
    async def __call__(
        self,
        event_type: Literal["response.output_audio_transcript.done"],
        timeout: float | None = None,
    ) -> RealtimeServerEventResponseAudioTranscriptDone: ...
    @overload
    async def __call__(
        self, event_type: Literal["response.output_item.added"], timeout: float | None = None
    ) -> RealtimeServerEventResponseOutputItemAdded: ...
    @overload
    async def __call__(
        self, event_type: Literal["response.output_item.done"], timeout: float | None = None
    ) -> RealtimeServerEventResponseOutputItemDone: ...
    @overload
    async def __call__(
        self, event_type: Literal["response.output_text.delta"], timeout: float | None = None
    ) -> RealtimeServerEventResponseTextDelta: ...
    @overload
    async def __call__(
        self, event_type: Literal["response.output_text.done"], timeout: float | None = None
    ) -> RealtimeServerEventResponseTextDone: ...
    @overload
    async def __call__(
        self, event_type: Literal["session.closed"], timeout: float | None = None
    ) -> RealtimeTranslationServerEventSessionClosed: ...
    @overload
    async def __call__(
        self, event_type: Literal["session.created"], timeout: float | None = None
    ) -> RealtimeServerEventSessionCreated | RealtimeTranslationServerEventSessionCreated: ...
    @overload
    async def __call__(
        self, event_type: Literal["session.input_transcript.delta"], timeout: float | None = None
    ) -> RealtimeTranslationServerEventSessionInputTranscriptDelta: ...
    @overload
    async def __call__(
        self, event_type: Literal["session.output_audio.delta"], timeout: float | None = None
    ) -> RealtimeTranslationServerEventSessionOutputAudioDelta: ...
    @overload
    async def __call__(
        self, event_type: Literal["session.output_transcript.delta"], timeout: float | None = None
    ) -> RealtimeTranslationServerEventSessionOutputTranscriptDelta: ...
    @overload
    async def __call__(
        self, event_type: Literal["session.updated"], timeout: float | None = None
    ) -> RealtimeServerEventSessionUpdated | RealtimeTranslationServerEventSessionUpdated: ...
    @overload
    async def __call__(
        self, event_type: Literal["transcription_session.created"], timeout: float | None = None
    ) -> RealtimeServerEventTranscriptionSessionCreated: ...
    @overload
    async def __call__(
        self, event_type: Literal["transcription_session.updated"], timeout: float | None = None
    ) -> RealtimeServerEventTranscriptionSessionUpdated: ...
    @overload
    async def __call__(
        self, event_type: str | Callable[[Any], bool], timeout: float | None = None
    ) -> _T_co: ...


class SyncWaitFor(Protocol[_T_co]):
    """``session.wait_for`` of a sync session, typed per event type; ``_T_co`` is the session's event union
    (what a predicate or an unlisted ``type`` returns)."""

    @overload
    def __call__(
        self, event_type: Literal["conversation.created"], timeout: float | None = None
    ) -> RealtimeServerEventConversationCreated: ...
    @overload
    def __call__(
        self, event_type: Literal["conversation.item.added"], timeout: float | None = None
    ) -> RealtimeServerEventConversationItemAdded: ...
    @overload
    def __call__(
        self, event_type: Literal["conversation.item.created"], timeout: float | None = None
    ) -> RealtimeServerEventConversationItemCreated: ...
    @overload
    def __call__(
        self, event_type: Literal["conversation.item.deleted"], timeout: float | None = None
    ) -> RealtimeServerEventConversationItemDeleted: ...
    @overload
    def __call__(
        self, event_type: Literal["conversation.item.done"], timeout: float | None = None
    ) -> RealtimeServerEventConversationItemDone: ...
    @overload
    def __call__(
        self,
        event_type: Literal["conversation.item.input_audio_transcription.completed"],
        timeout: float | None = None,
    ) -> RealtimeServerEventConversationItemInputAudioTranscriptionCompleted: ...
    @overload
    def __call__(
        self,
        event_type: Literal["conversation.item.input_audio_transcription.delta"],
        timeout: float | None = None,
    ) -> RealtimeServerEventConversationItemInputAudioTranscriptionDelta: ...
    @overload
    def __call__(
        self,
        event_type: Literal["conversation.item.input_audio_transcription.failed"],
        timeout: float | None = None,
    ) -> RealtimeServerEventConversationItemInputAudioTranscriptionFailed: ...
    @overload
    def __call__(
        self,
        event_type: Literal["conversation.item.input_audio_transcription.segment"],
        timeout: float | None = None,
    ) -> RealtimeServerEventConversationItemInputAudioTranscriptionSegment: ...
    @overload
    def __call__(
        self, event_type: Literal["conversation.item.retrieved"], timeout: float | None = None
    ) -> RealtimeServerEventConversationItemRetrieved: ...
    @overload
    def __call__(
        self, event_type: Literal["conversation.item.truncated"], timeout: float | None = None
    ) -> RealtimeServerEventConversationItemTruncated: ...
    @overload
    def __call__(
        self, event_type: Literal["error"], timeout: float | None = None
    ) -> RealtimeServerEventError: ...
    @overload
    def __call__(
        self, event_type: Literal["input_audio_buffer.cleared"], timeout: float | None = None
    ) -> RealtimeServerEventInputAudioBufferCleared: ...
    @overload
    def __call__(
        self, event_type: Literal["input_audio_buffer.committed"], timeout: float | None = None
    ) -> RealtimeServerEventInputAudioBufferCommitted: ...
    @overload
    def __call__(
        self,
        event_type: Literal["input_audio_buffer.dtmf_event_received"],
        timeout: float | None = None,
    ) -> RealtimeServerEventInputAudioBufferDtmfEventReceived: ...
    @overload
    def __call__(
        self, event_type: Literal["input_audio_buffer.speech_started"], timeout: float | None = None
    ) -> RealtimeServerEventInputAudioBufferSpeechStarted: ...
    @overload
    def __call__(
        self, event_type: Literal["input_audio_buffer.speech_stopped"], timeout: float | None = None
    ) -> RealtimeServerEventInputAudioBufferSpeechStopped: ...
    @overload
    def __call__(
        self,
        event_type: Literal["input_audio_buffer.timeout_triggered"],
        timeout: float | None = None,
    ) -> RealtimeServerEventInputAudioBufferTimeoutTriggered: ...
    @overload
    def __call__(
        self, event_type: Literal["mcp_list_tools.completed"], timeout: float | None = None
    ) -> RealtimeServerEventMCPListToolsCompleted: ...
    @overload
    def __call__(
        self, event_type: Literal["mcp_list_tools.failed"], timeout: float | None = None
    ) -> RealtimeServerEventMCPListToolsFailed: ...
    @overload
    def __call__(
        self, event_type: Literal["mcp_list_tools.in_progress"], timeout: float | None = None
    ) -> RealtimeServerEventMCPListToolsInProgress: ...
    @overload
    def __call__(
        self, event_type: Literal["output_audio_buffer.cleared"], timeout: float | None = None
    ) -> RealtimeServerEventOutputAudioBufferCleared: ...
    @overload
    def __call__(
        self, event_type: Literal["output_audio_buffer.started"], timeout: float | None = None
    ) -> RealtimeServerEventOutputAudioBufferStarted: ...
    @overload
    def __call__(
        self, event_type: Literal["output_audio_buffer.stopped"], timeout: float | None = None
    ) -> RealtimeServerEventOutputAudioBufferStopped: ...
    @overload
    def __call__(
        self, event_type: Literal["rate_limits.updated"], timeout: float | None = None
    ) -> RealtimeServerEventRateLimitsUpdated: ...
    @overload
    def __call__(
        self, event_type: Literal["response.content_part.added"], timeout: float | None = None
    ) -> RealtimeServerEventResponseContentPartAdded: ...
    @overload
    def __call__(
        self, event_type: Literal["response.content_part.done"], timeout: float | None = None
    ) -> RealtimeServerEventResponseContentPartDone: ...
    @overload
    def __call__(
        self, event_type: Literal["response.created"], timeout: float | None = None
    ) -> RealtimeServerEventResponseCreated: ...
    @overload
    def __call__(
        self, event_type: Literal["response.done"], timeout: float | None = None
    ) -> RealtimeServerEventResponseDone: ...
    @overload
    def __call__(
        self,
        event_type: Literal["response.function_call_arguments.delta"],
        timeout: float | None = None,
    ) -> RealtimeServerEventResponseFunctionCallArgumentsDelta: ...
    @overload
    def __call__(
        self,
        event_type: Literal["response.function_call_arguments.done"],
        timeout: float | None = None,
    ) -> RealtimeServerEventResponseFunctionCallArgumentsDone: ...
    @overload
    def __call__(
        self, event_type: Literal["response.mcp_call.completed"], timeout: float | None = None
    ) -> RealtimeServerEventResponseMCPCallCompleted: ...
    @overload
    def __call__(
        self, event_type: Literal["response.mcp_call.failed"], timeout: float | None = None
    ) -> RealtimeServerEventResponseMCPCallFailed: ...
    @overload
    def __call__(
        self, event_type: Literal["response.mcp_call.in_progress"], timeout: float | None = None
    ) -> RealtimeServerEventResponseMCPCallInProgress: ...
    @overload
    def __call__(
        self, event_type: Literal["response.mcp_call_arguments.delta"], timeout: float | None = None
    ) -> RealtimeServerEventResponseMCPCallArgumentsDelta: ...
    @overload
    def __call__(
        self, event_type: Literal["response.mcp_call_arguments.done"], timeout: float | None = None
    ) -> RealtimeServerEventResponseMCPCallArgumentsDone: ...
    @overload
    def __call__(
        self, event_type: Literal["response.output_audio.delta"], timeout: float | None = None
    ) -> RealtimeServerEventResponseAudioDelta: ...
    @overload
    def __call__(
        self, event_type: Literal["response.output_audio.done"], timeout: float | None = None
    ) -> RealtimeServerEventResponseAudioDone: ...
    @overload
    def __call__(
        self,
        event_type: Literal["response.output_audio_transcript.delta"],
        timeout: float | None = None,
    ) -> RealtimeServerEventResponseAudioTranscriptDelta: ...
    @overload
    def __call__(
        self,
        event_type: Literal["response.output_audio_transcript.done"],
        timeout: float | None = None,
    ) -> RealtimeServerEventResponseAudioTranscriptDone: ...
    @overload
    def __call__(
        self, event_type: Literal["response.output_item.added"], timeout: float | None = None
    ) -> RealtimeServerEventResponseOutputItemAdded: ...
    @overload
    def __call__(
        self, event_type: Literal["response.output_item.done"], timeout: float | None = None
    ) -> RealtimeServerEventResponseOutputItemDone: ...
    @overload
    def __call__(
        self, event_type: Literal["response.output_text.delta"], timeout: float | None = None
    ) -> RealtimeServerEventResponseTextDelta: ...
    @overload
    def __call__(
        self, event_type: Literal["response.output_text.done"], timeout: float | None = None
    ) -> RealtimeServerEventResponseTextDone: ...
    @overload
    def __call__(
        self, event_type: Literal["session.closed"], timeout: float | None = None
    ) -> RealtimeTranslationServerEventSessionClosed: ...
    @overload
    def __call__(
        self, event_type: Literal["session.created"], timeout: float | None = None
    ) -> RealtimeServerEventSessionCreated | RealtimeTranslationServerEventSessionCreated: ...
    @overload
    def __call__(
        self, event_type: Literal["session.input_transcript.delta"], timeout: float | None = None
    ) -> RealtimeTranslationServerEventSessionInputTranscriptDelta: ...
    @overload
    def __call__(
        self, event_type: Literal["session.output_audio.delta"], timeout: float | None = None
    ) -> RealtimeTranslationServerEventSessionOutputAudioDelta: ...
    @overload
    def __call__(
        self, event_type: Literal["session.output_transcript.delta"], timeout: float | None = None
    ) -> RealtimeTranslationServerEventSessionOutputTranscriptDelta: ...
    @overload
    def __call__(
        self, event_type: Literal["session.updated"], timeout: float | None = None
    ) -> RealtimeServerEventSessionUpdated | RealtimeTranslationServerEventSessionUpdated: ...
    @overload
    def __call__(
        self, event_type: Literal["transcription_session.created"], timeout: float | None = None
    ) -> RealtimeServerEventTranscriptionSessionCreated: ...
    @overload
    def __call__(
        self, event_type: Literal["transcription_session.updated"], timeout: float | None = None
    ) -> RealtimeServerEventTranscriptionSessionUpdated: ...
    @overload
    def __call__(
        self, event_type: str | Callable[[Any], bool], timeout: float | None = None
    ) -> _T_co: ...
