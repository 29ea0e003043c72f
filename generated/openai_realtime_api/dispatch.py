"""Event dispatch tables: wire ``type`` value -> ``(module, class)`` of the generated model.

Written by generator/regenerate.py from the event schemas and unions of openapi.yaml; do not
edit. One table per connection kind, because the same ``type`` value names different schemas
in different families (``session.update`` is GA, beta and translation). Modules are named,
not imported, so that a caller imports only the models it meets
(``importlib.import_module(f'openai_realtime_api.models.{module}')``).
"""

from typing import Final

EventTable = dict[str, tuple[str, str]]

GA_CLIENT: Final[EventTable] = {
    "conversation.item.create": (
        "realtime_client_event_conversation_item_create",
        "RealtimeClientEventConversationItemCreate",
    ),
    "conversation.item.delete": (
        "realtime_client_event_conversation_item_delete",
        "RealtimeClientEventConversationItemDelete",
    ),
    "conversation.item.retrieve": (
        "realtime_client_event_conversation_item_retrieve",
        "RealtimeClientEventConversationItemRetrieve",
    ),
    "conversation.item.truncate": (
        "realtime_client_event_conversation_item_truncate",
        "RealtimeClientEventConversationItemTruncate",
    ),
    "input_audio_buffer.append": (
        "realtime_client_event_input_audio_buffer_append",
        "RealtimeClientEventInputAudioBufferAppend",
    ),
    "input_audio_buffer.clear": (
        "realtime_client_event_input_audio_buffer_clear",
        "RealtimeClientEventInputAudioBufferClear",
    ),
    "input_audio_buffer.commit": (
        "realtime_client_event_input_audio_buffer_commit",
        "RealtimeClientEventInputAudioBufferCommit",
    ),
    "output_audio_buffer.clear": (
        "realtime_client_event_output_audio_buffer_clear",
        "RealtimeClientEventOutputAudioBufferClear",
    ),
    "response.cancel": (
        "realtime_client_event_response_cancel",
        "RealtimeClientEventResponseCancel",
    ),
    "response.create": (
        "realtime_client_event_response_create",
        "RealtimeClientEventResponseCreate",
    ),
    "session.update": ("realtime_client_event_session_update", "RealtimeClientEventSessionUpdate"),
    "transcription_session.update": (
        "realtime_client_event_transcription_session_update",
        "RealtimeClientEventTranscriptionSessionUpdate",
    ),
}

GA_SERVER: Final[EventTable] = {
    "conversation.created": (
        "realtime_server_event_conversation_created",
        "RealtimeServerEventConversationCreated",
    ),
    "conversation.item.added": (
        "realtime_server_event_conversation_item_added",
        "RealtimeServerEventConversationItemAdded",
    ),
    "conversation.item.created": (
        "realtime_server_event_conversation_item_created",
        "RealtimeServerEventConversationItemCreated",
    ),
    "conversation.item.deleted": (
        "realtime_server_event_conversation_item_deleted",
        "RealtimeServerEventConversationItemDeleted",
    ),
    "conversation.item.done": (
        "realtime_server_event_conversation_item_done",
        "RealtimeServerEventConversationItemDone",
    ),
    "conversation.item.input_audio_transcription.completed": (
        "realtime_server_event_conversation_item_input_audio_transcription_completed",
        "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted",
    ),
    "conversation.item.input_audio_transcription.delta": (
        "realtime_server_event_conversation_item_input_audio_transcription_delta",
        "RealtimeServerEventConversationItemInputAudioTranscriptionDelta",
    ),
    "conversation.item.input_audio_transcription.failed": (
        "realtime_server_event_conversation_item_input_audio_transcription_failed",
        "RealtimeServerEventConversationItemInputAudioTranscriptionFailed",
    ),
    "conversation.item.input_audio_transcription.segment": (
        "realtime_server_event_conversation_item_input_audio_transcription_segment",
        "RealtimeServerEventConversationItemInputAudioTranscriptionSegment",
    ),
    "conversation.item.retrieved": (
        "realtime_server_event_conversation_item_retrieved",
        "RealtimeServerEventConversationItemRetrieved",
    ),
    "conversation.item.truncated": (
        "realtime_server_event_conversation_item_truncated",
        "RealtimeServerEventConversationItemTruncated",
    ),
    "error": ("realtime_server_event_error", "RealtimeServerEventError"),
    "input_audio_buffer.cleared": (
        "realtime_server_event_input_audio_buffer_cleared",
        "RealtimeServerEventInputAudioBufferCleared",
    ),
    "input_audio_buffer.committed": (
        "realtime_server_event_input_audio_buffer_committed",
        "RealtimeServerEventInputAudioBufferCommitted",
    ),
    "input_audio_buffer.dtmf_event_received": (
        "realtime_server_event_input_audio_buffer_dtmf_event_received",
        "RealtimeServerEventInputAudioBufferDtmfEventReceived",
    ),
    "input_audio_buffer.speech_started": (
        "realtime_server_event_input_audio_buffer_speech_started",
        "RealtimeServerEventInputAudioBufferSpeechStarted",
    ),
    "input_audio_buffer.speech_stopped": (
        "realtime_server_event_input_audio_buffer_speech_stopped",
        "RealtimeServerEventInputAudioBufferSpeechStopped",
    ),
    "input_audio_buffer.timeout_triggered": (
        "realtime_server_event_input_audio_buffer_timeout_triggered",
        "RealtimeServerEventInputAudioBufferTimeoutTriggered",
    ),
    "mcp_list_tools.completed": (
        "realtime_server_event_mcp_list_tools_completed",
        "RealtimeServerEventMCPListToolsCompleted",
    ),
    "mcp_list_tools.failed": (
        "realtime_server_event_mcp_list_tools_failed",
        "RealtimeServerEventMCPListToolsFailed",
    ),
    "mcp_list_tools.in_progress": (
        "realtime_server_event_mcp_list_tools_in_progress",
        "RealtimeServerEventMCPListToolsInProgress",
    ),
    "output_audio_buffer.cleared": (
        "realtime_server_event_output_audio_buffer_cleared",
        "RealtimeServerEventOutputAudioBufferCleared",
    ),
    "output_audio_buffer.started": (
        "realtime_server_event_output_audio_buffer_started",
        "RealtimeServerEventOutputAudioBufferStarted",
    ),
    "output_audio_buffer.stopped": (
        "realtime_server_event_output_audio_buffer_stopped",
        "RealtimeServerEventOutputAudioBufferStopped",
    ),
    "rate_limits.updated": (
        "realtime_server_event_rate_limits_updated",
        "RealtimeServerEventRateLimitsUpdated",
    ),
    "response.content_part.added": (
        "realtime_server_event_response_content_part_added",
        "RealtimeServerEventResponseContentPartAdded",
    ),
    "response.content_part.done": (
        "realtime_server_event_response_content_part_done",
        "RealtimeServerEventResponseContentPartDone",
    ),
    "response.created": (
        "realtime_server_event_response_created",
        "RealtimeServerEventResponseCreated",
    ),
    "response.done": ("realtime_server_event_response_done", "RealtimeServerEventResponseDone"),
    "response.function_call_arguments.delta": (
        "realtime_server_event_response_function_call_arguments_delta",
        "RealtimeServerEventResponseFunctionCallArgumentsDelta",
    ),
    "response.function_call_arguments.done": (
        "realtime_server_event_response_function_call_arguments_done",
        "RealtimeServerEventResponseFunctionCallArgumentsDone",
    ),
    "response.mcp_call.completed": (
        "realtime_server_event_response_mcp_call_completed",
        "RealtimeServerEventResponseMCPCallCompleted",
    ),
    "response.mcp_call.failed": (
        "realtime_server_event_response_mcp_call_failed",
        "RealtimeServerEventResponseMCPCallFailed",
    ),
    "response.mcp_call.in_progress": (
        "realtime_server_event_response_mcp_call_in_progress",
        "RealtimeServerEventResponseMCPCallInProgress",
    ),
    "response.mcp_call_arguments.delta": (
        "realtime_server_event_response_mcp_call_arguments_delta",
        "RealtimeServerEventResponseMCPCallArgumentsDelta",
    ),
    "response.mcp_call_arguments.done": (
        "realtime_server_event_response_mcp_call_arguments_done",
        "RealtimeServerEventResponseMCPCallArgumentsDone",
    ),
    "response.output_audio.delta": (
        "realtime_server_event_response_audio_delta",
        "RealtimeServerEventResponseAudioDelta",
    ),
    "response.output_audio.done": (
        "realtime_server_event_response_audio_done",
        "RealtimeServerEventResponseAudioDone",
    ),
    "response.output_audio_transcript.delta": (
        "realtime_server_event_response_audio_transcript_delta",
        "RealtimeServerEventResponseAudioTranscriptDelta",
    ),
    "response.output_audio_transcript.done": (
        "realtime_server_event_response_audio_transcript_done",
        "RealtimeServerEventResponseAudioTranscriptDone",
    ),
    "response.output_item.added": (
        "realtime_server_event_response_output_item_added",
        "RealtimeServerEventResponseOutputItemAdded",
    ),
    "response.output_item.done": (
        "realtime_server_event_response_output_item_done",
        "RealtimeServerEventResponseOutputItemDone",
    ),
    "response.output_text.delta": (
        "realtime_server_event_response_text_delta",
        "RealtimeServerEventResponseTextDelta",
    ),
    "response.output_text.done": (
        "realtime_server_event_response_text_done",
        "RealtimeServerEventResponseTextDone",
    ),
    "session.created": (
        "realtime_server_event_session_created",
        "RealtimeServerEventSessionCreated",
    ),
    "session.updated": (
        "realtime_server_event_session_updated",
        "RealtimeServerEventSessionUpdated",
    ),
    "transcription_session.created": (
        "realtime_server_event_transcription_session_created",
        "RealtimeServerEventTranscriptionSessionCreated",
    ),
    "transcription_session.updated": (
        "realtime_server_event_transcription_session_updated",
        "RealtimeServerEventTranscriptionSessionUpdated",
    ),
}

TRANSLATION_CLIENT: Final[EventTable] = {
    "session.close": (
        "realtime_translation_client_event_session_close",
        "RealtimeTranslationClientEventSessionClose",
    ),
    "session.input_audio_buffer.append": (
        "realtime_translation_client_event_input_audio_buffer_append",
        "RealtimeTranslationClientEventInputAudioBufferAppend",
    ),
    "session.update": (
        "realtime_translation_client_event_session_update",
        "RealtimeTranslationClientEventSessionUpdate",
    ),
}

TRANSLATION_SERVER: Final[EventTable] = {
    "error": ("realtime_server_event_error", "RealtimeServerEventError"),
    "session.closed": (
        "realtime_translation_server_event_session_closed",
        "RealtimeTranslationServerEventSessionClosed",
    ),
    "session.created": (
        "realtime_translation_server_event_session_created",
        "RealtimeTranslationServerEventSessionCreated",
    ),
    "session.input_transcript.delta": (
        "realtime_translation_server_event_session_input_transcript_delta",
        "RealtimeTranslationServerEventSessionInputTranscriptDelta",
    ),
    "session.output_audio.delta": (
        "realtime_translation_server_event_session_output_audio_delta",
        "RealtimeTranslationServerEventSessionOutputAudioDelta",
    ),
    "session.output_transcript.delta": (
        "realtime_translation_server_event_session_output_transcript_delta",
        "RealtimeTranslationServerEventSessionOutputTranscriptDelta",
    ),
    "session.updated": (
        "realtime_translation_server_event_session_updated",
        "RealtimeTranslationServerEventSessionUpdated",
    ),
}

BETA_CLIENT: Final[EventTable] = {
    "conversation.item.create": (
        "realtime_beta_client_event_conversation_item_create",
        "RealtimeBetaClientEventConversationItemCreate",
    ),
    "conversation.item.delete": (
        "realtime_beta_client_event_conversation_item_delete",
        "RealtimeBetaClientEventConversationItemDelete",
    ),
    "conversation.item.retrieve": (
        "realtime_beta_client_event_conversation_item_retrieve",
        "RealtimeBetaClientEventConversationItemRetrieve",
    ),
    "conversation.item.truncate": (
        "realtime_beta_client_event_conversation_item_truncate",
        "RealtimeBetaClientEventConversationItemTruncate",
    ),
    "input_audio_buffer.append": (
        "realtime_beta_client_event_input_audio_buffer_append",
        "RealtimeBetaClientEventInputAudioBufferAppend",
    ),
    "input_audio_buffer.clear": (
        "realtime_beta_client_event_input_audio_buffer_clear",
        "RealtimeBetaClientEventInputAudioBufferClear",
    ),
    "input_audio_buffer.commit": (
        "realtime_beta_client_event_input_audio_buffer_commit",
        "RealtimeBetaClientEventInputAudioBufferCommit",
    ),
    "output_audio_buffer.clear": (
        "realtime_beta_client_event_output_audio_buffer_clear",
        "RealtimeBetaClientEventOutputAudioBufferClear",
    ),
    "response.cancel": (
        "realtime_beta_client_event_response_cancel",
        "RealtimeBetaClientEventResponseCancel",
    ),
    "response.create": (
        "realtime_beta_client_event_response_create",
        "RealtimeBetaClientEventResponseCreate",
    ),
    "session.update": (
        "realtime_beta_client_event_session_update",
        "RealtimeBetaClientEventSessionUpdate",
    ),
    "transcription_session.update": (
        "realtime_beta_client_event_transcription_session_update",
        "RealtimeBetaClientEventTranscriptionSessionUpdate",
    ),
}

BETA_SERVER: Final[EventTable] = {
    "conversation.item.created": (
        "realtime_beta_server_event_conversation_item_created",
        "RealtimeBetaServerEventConversationItemCreated",
    ),
    "conversation.item.deleted": (
        "realtime_beta_server_event_conversation_item_deleted",
        "RealtimeBetaServerEventConversationItemDeleted",
    ),
    "conversation.item.input_audio_transcription.completed": (
        "realtime_beta_server_event_conversation_item_input_audio_transcription_completed",
        "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted",
    ),
    "conversation.item.input_audio_transcription.delta": (
        "realtime_beta_server_event_conversation_item_input_audio_transcription_delta",
        "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta",
    ),
    "conversation.item.input_audio_transcription.failed": (
        "realtime_beta_server_event_conversation_item_input_audio_transcription_failed",
        "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed",
    ),
    "conversation.item.input_audio_transcription.segment": (
        "realtime_beta_server_event_conversation_item_input_audio_transcription_segment",
        "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment",
    ),
    "conversation.item.retrieved": (
        "realtime_beta_server_event_conversation_item_retrieved",
        "RealtimeBetaServerEventConversationItemRetrieved",
    ),
    "conversation.item.truncated": (
        "realtime_beta_server_event_conversation_item_truncated",
        "RealtimeBetaServerEventConversationItemTruncated",
    ),
    "error": ("realtime_beta_server_event_error", "RealtimeBetaServerEventError"),
    "input_audio_buffer.cleared": (
        "realtime_beta_server_event_input_audio_buffer_cleared",
        "RealtimeBetaServerEventInputAudioBufferCleared",
    ),
    "input_audio_buffer.committed": (
        "realtime_beta_server_event_input_audio_buffer_committed",
        "RealtimeBetaServerEventInputAudioBufferCommitted",
    ),
    "input_audio_buffer.speech_started": (
        "realtime_beta_server_event_input_audio_buffer_speech_started",
        "RealtimeBetaServerEventInputAudioBufferSpeechStarted",
    ),
    "input_audio_buffer.speech_stopped": (
        "realtime_beta_server_event_input_audio_buffer_speech_stopped",
        "RealtimeBetaServerEventInputAudioBufferSpeechStopped",
    ),
    "mcp_list_tools.completed": (
        "realtime_beta_server_event_mcp_list_tools_completed",
        "RealtimeBetaServerEventMCPListToolsCompleted",
    ),
    "mcp_list_tools.failed": (
        "realtime_beta_server_event_mcp_list_tools_failed",
        "RealtimeBetaServerEventMCPListToolsFailed",
    ),
    "mcp_list_tools.in_progress": (
        "realtime_beta_server_event_mcp_list_tools_in_progress",
        "RealtimeBetaServerEventMCPListToolsInProgress",
    ),
    "output_audio_buffer.cleared": (
        "realtime_beta_server_event_output_audio_buffer_cleared",
        "RealtimeBetaServerEventOutputAudioBufferCleared",
    ),
    "output_audio_buffer.started": (
        "realtime_beta_server_event_output_audio_buffer_started",
        "RealtimeBetaServerEventOutputAudioBufferStarted",
    ),
    "output_audio_buffer.stopped": (
        "realtime_beta_server_event_output_audio_buffer_stopped",
        "RealtimeBetaServerEventOutputAudioBufferStopped",
    ),
    "rate_limits.updated": (
        "realtime_beta_server_event_rate_limits_updated",
        "RealtimeBetaServerEventRateLimitsUpdated",
    ),
    "response.audio.delta": (
        "realtime_beta_server_event_response_audio_delta",
        "RealtimeBetaServerEventResponseAudioDelta",
    ),
    "response.audio.done": (
        "realtime_beta_server_event_response_audio_done",
        "RealtimeBetaServerEventResponseAudioDone",
    ),
    "response.audio_transcript.delta": (
        "realtime_beta_server_event_response_audio_transcript_delta",
        "RealtimeBetaServerEventResponseAudioTranscriptDelta",
    ),
    "response.audio_transcript.done": (
        "realtime_beta_server_event_response_audio_transcript_done",
        "RealtimeBetaServerEventResponseAudioTranscriptDone",
    ),
    "response.content_part.added": (
        "realtime_beta_server_event_response_content_part_added",
        "RealtimeBetaServerEventResponseContentPartAdded",
    ),
    "response.content_part.done": (
        "realtime_beta_server_event_response_content_part_done",
        "RealtimeBetaServerEventResponseContentPartDone",
    ),
    "response.created": (
        "realtime_beta_server_event_response_created",
        "RealtimeBetaServerEventResponseCreated",
    ),
    "response.done": (
        "realtime_beta_server_event_response_done",
        "RealtimeBetaServerEventResponseDone",
    ),
    "response.function_call_arguments.delta": (
        "realtime_beta_server_event_response_function_call_arguments_delta",
        "RealtimeBetaServerEventResponseFunctionCallArgumentsDelta",
    ),
    "response.function_call_arguments.done": (
        "realtime_beta_server_event_response_function_call_arguments_done",
        "RealtimeBetaServerEventResponseFunctionCallArgumentsDone",
    ),
    "response.mcp_call.completed": (
        "realtime_beta_server_event_response_mcp_call_completed",
        "RealtimeBetaServerEventResponseMCPCallCompleted",
    ),
    "response.mcp_call.failed": (
        "realtime_beta_server_event_response_mcp_call_failed",
        "RealtimeBetaServerEventResponseMCPCallFailed",
    ),
    "response.mcp_call.in_progress": (
        "realtime_beta_server_event_response_mcp_call_in_progress",
        "RealtimeBetaServerEventResponseMCPCallInProgress",
    ),
    "response.mcp_call_arguments.delta": (
        "realtime_beta_server_event_response_mcp_call_arguments_delta",
        "RealtimeBetaServerEventResponseMCPCallArgumentsDelta",
    ),
    "response.mcp_call_arguments.done": (
        "realtime_beta_server_event_response_mcp_call_arguments_done",
        "RealtimeBetaServerEventResponseMCPCallArgumentsDone",
    ),
    "response.output_item.added": (
        "realtime_beta_server_event_response_output_item_added",
        "RealtimeBetaServerEventResponseOutputItemAdded",
    ),
    "response.output_item.done": (
        "realtime_beta_server_event_response_output_item_done",
        "RealtimeBetaServerEventResponseOutputItemDone",
    ),
    "response.text.delta": (
        "realtime_beta_server_event_response_text_delta",
        "RealtimeBetaServerEventResponseTextDelta",
    ),
    "response.text.done": (
        "realtime_beta_server_event_response_text_done",
        "RealtimeBetaServerEventResponseTextDone",
    ),
    "session.created": (
        "realtime_beta_server_event_session_created",
        "RealtimeBetaServerEventSessionCreated",
    ),
    "session.updated": (
        "realtime_beta_server_event_session_updated",
        "RealtimeBetaServerEventSessionUpdated",
    ),
    "transcription_session.created": (
        "realtime_beta_server_event_transcription_session_created",
        "RealtimeBetaServerEventTranscriptionSessionCreated",
    ),
    "transcription_session.updated": (
        "realtime_beta_server_event_transcription_session_updated",
        "RealtimeBetaServerEventTranscriptionSessionUpdated",
    ),
}

FAMILIES: Final[dict[str, EventTable]] = {
    "ga_client": GA_CLIENT,
    "ga_server": GA_SERVER,
    "translation_client": TRANSLATION_CLIENT,
    "translation_server": TRANSLATION_SERVER,
    "beta_client": BETA_CLIENT,
    "beta_server": BETA_SERVER,
}
