"""Contains all the data models used in inputs/outputs.

Models are imported on first access (PEP 562 module ``__getattr__``), so importing one model, or
this package, does not import the hundreds of others. (Template: generator/templates.)
"""

import importlib
from typing import TYPE_CHECKING, Any

_MODULES: dict[str, str] = {
    "AudioTranscription": "audio_transcription",
    "AudioTranscriptionDelay": "audio_transcription_delay",
    "AudioTranscriptionModelType1": "audio_transcription_model_type_1",
    "AudioTranscriptionResponse": "audio_transcription_response",
    "AudioTranscriptionResponseModelType1": "audio_transcription_response_model_type_1",
    "CallableToolAllowedCaller": "callable_tool_allowed_caller",
    "FileInputDetail": "file_input_detail",
    "ImageDetail": "image_detail",
    "InputFileContent": "input_file_content",
    "InputImageContent": "input_image_content",
    "InputTextContent": "input_text_content",
    "LogProbProperties": "log_prob_properties",
    "MCPListToolsTool": "mcp_list_tools_tool",
    "MCPListToolsToolAnnotationsType0": "mcp_list_tools_tool_annotations_type_0",
    "MCPListToolsToolInputSchema": "mcp_list_tools_tool_input_schema",
    "MCPTool": "mcp_tool",
    "MCPToolConnectorId": "mcp_tool_connector_id",
    "MCPToolFilter": "mcp_tool_filter",
    "MCPToolHeadersType0": "mcp_tool_headers_type_0",
    "MCPToolMCPToolApprovalFilter": "mcp_tool_mcp_tool_approval_filter",
    "MCPToolMCPToolApprovalSetting": "mcp_tool_mcp_tool_approval_setting",
    "MetadataType0": "metadata_type_0",
    "NoiseReductionType": "noise_reduction_type",
    "PCMAudioFormat": "pcm_audio_format",
    "PCMAudioFormatRate": "pcm_audio_format_rate",
    "PCMAudioFormatType": "pcm_audio_format_type",
    "PCMAAudioFormat": "pcma_audio_format",
    "PCMAAudioFormatType": "pcma_audio_format_type",
    "PCMUAudioFormat": "pcmu_audio_format",
    "PCMUAudioFormatType": "pcmu_audio_format_type",
    "PromptCacheBreakpointConfig": "prompt_cache_breakpoint_config",
    "PromptCacheBreakpointConfigMode": "prompt_cache_breakpoint_config_mode",
    "PromptType0": "prompt_type_0",
    "PromptVariables": "prompt_variables",
    "RealtimeBetaClientEventConversationItemCreate": "realtime_beta_client_event_conversation_item_create",
    "RealtimeBetaClientEventConversationItemDelete": "realtime_beta_client_event_conversation_item_delete",
    "RealtimeBetaClientEventConversationItemRetrieve": "realtime_beta_client_event_conversation_item_retrieve",
    "RealtimeBetaClientEventConversationItemTruncate": "realtime_beta_client_event_conversation_item_truncate",
    "RealtimeBetaClientEventInputAudioBufferAppend": "realtime_beta_client_event_input_audio_buffer_append",
    "RealtimeBetaClientEventInputAudioBufferClear": "realtime_beta_client_event_input_audio_buffer_clear",
    "RealtimeBetaClientEventInputAudioBufferCommit": "realtime_beta_client_event_input_audio_buffer_commit",
    "RealtimeBetaClientEventOutputAudioBufferClear": "realtime_beta_client_event_output_audio_buffer_clear",
    "RealtimeBetaClientEventResponseCancel": "realtime_beta_client_event_response_cancel",
    "RealtimeBetaClientEventResponseCreate": "realtime_beta_client_event_response_create",
    "RealtimeBetaClientEventSessionUpdate": "realtime_beta_client_event_session_update",
    "RealtimeBetaClientEventTranscriptionSessionUpdate": "realtime_beta_client_event_transcription_session_update",
    "RealtimeBetaConversationItemMessageAssistant": "realtime_beta_conversation_item_message_assistant",
    "RealtimeBetaConversationItemMessageAssistantContentItem": "realtime_beta_conversation_item_message_assistant_content_item",
    "RealtimeBetaConversationItemMessageAssistantContentItemType": "realtime_beta_conversation_item_message_assistant_content_item_type",
    "RealtimeBetaConversationItemMessageAssistantObject": "realtime_beta_conversation_item_message_assistant_object",
    "RealtimeBetaConversationItemMessageAssistantRole": "realtime_beta_conversation_item_message_assistant_role",
    "RealtimeBetaConversationItemMessageAssistantStatus": "realtime_beta_conversation_item_message_assistant_status",
    "RealtimeBetaResponse": "realtime_beta_response",
    "RealtimeBetaResponseCreateParams": "realtime_beta_response_create_params",
    "RealtimeBetaResponseCreateParamsConversationType1": "realtime_beta_response_create_params_conversation_type_1",
    "RealtimeBetaResponseCreateParamsMaxOutputTokensType1": "realtime_beta_response_create_params_max_output_tokens_type_1",
    "RealtimeBetaResponseCreateParamsModalitiesItem": "realtime_beta_response_create_params_modalities_item",
    "RealtimeBetaResponseCreateParamsOutputAudioFormat": "realtime_beta_response_create_params_output_audio_format",
    "RealtimeBetaResponseCreateParamsToolsItem": "realtime_beta_response_create_params_tools_item",
    "RealtimeBetaResponseCreateParamsToolsItemParameters": "realtime_beta_response_create_params_tools_item_parameters",
    "RealtimeBetaResponseMaxOutputTokensType1": "realtime_beta_response_max_output_tokens_type_1",
    "RealtimeBetaResponseModalitiesItem": "realtime_beta_response_modalities_item",
    "RealtimeBetaResponseObject": "realtime_beta_response_object",
    "RealtimeBetaResponseOutputAudioFormat": "realtime_beta_response_output_audio_format",
    "RealtimeBetaResponseStatus": "realtime_beta_response_status",
    "RealtimeBetaResponseStatusDetailsType0": "realtime_beta_response_status_details_type_0",
    "RealtimeBetaResponseStatusDetailsType0Error": "realtime_beta_response_status_details_type_0_error",
    "RealtimeBetaResponseStatusDetailsType0Reason": "realtime_beta_response_status_details_type_0_reason",
    "RealtimeBetaResponseStatusDetailsType0Type": "realtime_beta_response_status_details_type_0_type",
    "RealtimeBetaResponseUsageType0": "realtime_beta_response_usage_type_0",
    "RealtimeBetaResponseUsageType0InputTokenDetails": "realtime_beta_response_usage_type_0_input_token_details",
    "RealtimeBetaResponseUsageType0InputTokenDetailsCachedTokensDetails": "realtime_beta_response_usage_type_0_input_token_details_cached_tokens_details",
    "RealtimeBetaResponseUsageType0OutputTokenDetails": "realtime_beta_response_usage_type_0_output_token_details",
    "RealtimeBetaServerEventConversationItemCreated": "realtime_beta_server_event_conversation_item_created",
    "RealtimeBetaServerEventConversationItemDeleted": "realtime_beta_server_event_conversation_item_deleted",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted": "realtime_beta_server_event_conversation_item_input_audio_transcription_completed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta": "realtime_beta_server_event_conversation_item_input_audio_transcription_delta",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed": "realtime_beta_server_event_conversation_item_input_audio_transcription_failed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError": "realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment": "realtime_beta_server_event_conversation_item_input_audio_transcription_segment",
    "RealtimeBetaServerEventConversationItemRetrieved": "realtime_beta_server_event_conversation_item_retrieved",
    "RealtimeBetaServerEventConversationItemTruncated": "realtime_beta_server_event_conversation_item_truncated",
    "RealtimeBetaServerEventError": "realtime_beta_server_event_error",
    "RealtimeBetaServerEventErrorError": "realtime_beta_server_event_error_error",
    "RealtimeBetaServerEventInputAudioBufferCleared": "realtime_beta_server_event_input_audio_buffer_cleared",
    "RealtimeBetaServerEventInputAudioBufferCommitted": "realtime_beta_server_event_input_audio_buffer_committed",
    "RealtimeBetaServerEventInputAudioBufferSpeechStarted": "realtime_beta_server_event_input_audio_buffer_speech_started",
    "RealtimeBetaServerEventInputAudioBufferSpeechStopped": "realtime_beta_server_event_input_audio_buffer_speech_stopped",
    "RealtimeBetaServerEventMCPListToolsCompleted": "realtime_beta_server_event_mcp_list_tools_completed",
    "RealtimeBetaServerEventMCPListToolsFailed": "realtime_beta_server_event_mcp_list_tools_failed",
    "RealtimeBetaServerEventMCPListToolsInProgress": "realtime_beta_server_event_mcp_list_tools_in_progress",
    "RealtimeBetaServerEventOutputAudioBufferCleared": "realtime_beta_server_event_output_audio_buffer_cleared",
    "RealtimeBetaServerEventOutputAudioBufferStarted": "realtime_beta_server_event_output_audio_buffer_started",
    "RealtimeBetaServerEventOutputAudioBufferStopped": "realtime_beta_server_event_output_audio_buffer_stopped",
    "RealtimeBetaServerEventRateLimitsUpdated": "realtime_beta_server_event_rate_limits_updated",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem": "realtime_beta_server_event_rate_limits_updated_rate_limits_item",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName": "realtime_beta_server_event_rate_limits_updated_rate_limits_item_name",
    "RealtimeBetaServerEventResponseAudioDelta": "realtime_beta_server_event_response_audio_delta",
    "RealtimeBetaServerEventResponseAudioDone": "realtime_beta_server_event_response_audio_done",
    "RealtimeBetaServerEventResponseAudioTranscriptDelta": "realtime_beta_server_event_response_audio_transcript_delta",
    "RealtimeBetaServerEventResponseAudioTranscriptDone": "realtime_beta_server_event_response_audio_transcript_done",
    "RealtimeBetaServerEventResponseContentPartAdded": "realtime_beta_server_event_response_content_part_added",
    "RealtimeBetaServerEventResponseContentPartAddedPart": "realtime_beta_server_event_response_content_part_added_part",
    "RealtimeBetaServerEventResponseContentPartAddedPartType": "realtime_beta_server_event_response_content_part_added_part_type",
    "RealtimeBetaServerEventResponseContentPartDone": "realtime_beta_server_event_response_content_part_done",
    "RealtimeBetaServerEventResponseContentPartDonePart": "realtime_beta_server_event_response_content_part_done_part",
    "RealtimeBetaServerEventResponseContentPartDonePartType": "realtime_beta_server_event_response_content_part_done_part_type",
    "RealtimeBetaServerEventResponseCreated": "realtime_beta_server_event_response_created",
    "RealtimeBetaServerEventResponseDone": "realtime_beta_server_event_response_done",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDelta": "realtime_beta_server_event_response_function_call_arguments_delta",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDone": "realtime_beta_server_event_response_function_call_arguments_done",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDelta": "realtime_beta_server_event_response_mcp_call_arguments_delta",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDone": "realtime_beta_server_event_response_mcp_call_arguments_done",
    "RealtimeBetaServerEventResponseMCPCallCompleted": "realtime_beta_server_event_response_mcp_call_completed",
    "RealtimeBetaServerEventResponseMCPCallFailed": "realtime_beta_server_event_response_mcp_call_failed",
    "RealtimeBetaServerEventResponseMCPCallInProgress": "realtime_beta_server_event_response_mcp_call_in_progress",
    "RealtimeBetaServerEventResponseOutputItemAdded": "realtime_beta_server_event_response_output_item_added",
    "RealtimeBetaServerEventResponseOutputItemDone": "realtime_beta_server_event_response_output_item_done",
    "RealtimeBetaServerEventResponseTextDelta": "realtime_beta_server_event_response_text_delta",
    "RealtimeBetaServerEventResponseTextDone": "realtime_beta_server_event_response_text_done",
    "RealtimeBetaServerEventSessionCreated": "realtime_beta_server_event_session_created",
    "RealtimeBetaServerEventSessionUpdated": "realtime_beta_server_event_session_updated",
    "RealtimeBetaServerEventTranscriptionSessionCreated": "realtime_beta_server_event_transcription_session_created",
    "RealtimeBetaServerEventTranscriptionSessionUpdated": "realtime_beta_server_event_transcription_session_updated",
    "RealtimeCallCreateRequest": "realtime_call_create_request",
    "RealtimeCallReferRequest": "realtime_call_refer_request",
    "RealtimeCallRejectRequest": "realtime_call_reject_request",
    "RealtimeClientEventConversationItemCreate": "realtime_client_event_conversation_item_create",
    "RealtimeClientEventConversationItemDelete": "realtime_client_event_conversation_item_delete",
    "RealtimeClientEventConversationItemRetrieve": "realtime_client_event_conversation_item_retrieve",
    "RealtimeClientEventConversationItemTruncate": "realtime_client_event_conversation_item_truncate",
    "RealtimeClientEventInputAudioBufferAppend": "realtime_client_event_input_audio_buffer_append",
    "RealtimeClientEventInputAudioBufferClear": "realtime_client_event_input_audio_buffer_clear",
    "RealtimeClientEventInputAudioBufferCommit": "realtime_client_event_input_audio_buffer_commit",
    "RealtimeClientEventOutputAudioBufferClear": "realtime_client_event_output_audio_buffer_clear",
    "RealtimeClientEventResponseCancel": "realtime_client_event_response_cancel",
    "RealtimeClientEventResponseCreate": "realtime_client_event_response_create",
    "RealtimeClientEventSessionUpdate": "realtime_client_event_session_update",
    "RealtimeClientEventTranscriptionSessionUpdate": "realtime_client_event_transcription_session_update",
    "RealtimeConversationItemFunctionCall": "realtime_conversation_item_function_call",
    "RealtimeConversationItemFunctionCallObject": "realtime_conversation_item_function_call_object",
    "RealtimeConversationItemFunctionCallOutput": "realtime_conversation_item_function_call_output",
    "RealtimeConversationItemFunctionCallOutputObject": "realtime_conversation_item_function_call_output_object",
    "RealtimeConversationItemFunctionCallOutputStatus": "realtime_conversation_item_function_call_output_status",
    "RealtimeConversationItemFunctionCallStatus": "realtime_conversation_item_function_call_status",
    "RealtimeConversationItemMessageAssistant": "realtime_conversation_item_message_assistant",
    "RealtimeConversationItemMessageAssistantContentItem": "realtime_conversation_item_message_assistant_content_item",
    "RealtimeConversationItemMessageAssistantContentItemType": "realtime_conversation_item_message_assistant_content_item_type",
    "RealtimeConversationItemMessageAssistantObject": "realtime_conversation_item_message_assistant_object",
    "RealtimeConversationItemMessageAssistantRole": "realtime_conversation_item_message_assistant_role",
    "RealtimeConversationItemMessageAssistantStatus": "realtime_conversation_item_message_assistant_status",
    "RealtimeConversationItemMessageSystem": "realtime_conversation_item_message_system",
    "RealtimeConversationItemMessageSystemContentItem": "realtime_conversation_item_message_system_content_item",
    "RealtimeConversationItemMessageSystemObject": "realtime_conversation_item_message_system_object",
    "RealtimeConversationItemMessageSystemRole": "realtime_conversation_item_message_system_role",
    "RealtimeConversationItemMessageSystemStatus": "realtime_conversation_item_message_system_status",
    "RealtimeConversationItemMessageUser": "realtime_conversation_item_message_user",
    "RealtimeConversationItemMessageUserContentItem": "realtime_conversation_item_message_user_content_item",
    "RealtimeConversationItemMessageUserContentItemDetail": "realtime_conversation_item_message_user_content_item_detail",
    "RealtimeConversationItemMessageUserContentItemType": "realtime_conversation_item_message_user_content_item_type",
    "RealtimeConversationItemMessageUserObject": "realtime_conversation_item_message_user_object",
    "RealtimeConversationItemMessageUserRole": "realtime_conversation_item_message_user_role",
    "RealtimeConversationItemMessageUserStatus": "realtime_conversation_item_message_user_status",
    "RealtimeCreateClientSecretRequest": "realtime_create_client_secret_request",
    "RealtimeCreateClientSecretRequestClientSecretExpiration": "realtime_create_client_secret_request_client_secret_expiration",
    "RealtimeCreateClientSecretRequestClientSecretExpirationAnchor": "realtime_create_client_secret_request_client_secret_expiration_anchor",
    "RealtimeCreateClientSecretResponse": "realtime_create_client_secret_response",
    "RealtimeFunctionTool": "realtime_function_tool",
    "RealtimeFunctionToolParameters": "realtime_function_tool_parameters",
    "RealtimeMCPApprovalRequest": "realtime_mcp_approval_request",
    "RealtimeMCPApprovalResponse": "realtime_mcp_approval_response",
    "RealtimeMCPListTools": "realtime_mcp_list_tools",
    "RealtimeMCPProtocolError": "realtime_mcp_protocol_error",
    "RealtimeMCPToolCall": "realtime_mcp_tool_call",
    "RealtimeMCPToolExecutionError": "realtime_mcp_tool_execution_error",
    "RealtimeMCPHTTPError": "realtime_mcphttp_error",
    "RealtimeReasoning": "realtime_reasoning",
    "RealtimeReasoningEffort": "realtime_reasoning_effort",
    "RealtimeResponse": "realtime_response",
    "RealtimeResponseAudio": "realtime_response_audio",
    "RealtimeResponseAudioOutput": "realtime_response_audio_output",
    "RealtimeResponseCreateParams": "realtime_response_create_params",
    "RealtimeResponseCreateParamsAudio": "realtime_response_create_params_audio",
    "RealtimeResponseCreateParamsAudioOutput": "realtime_response_create_params_audio_output",
    "RealtimeResponseCreateParamsConversationType1": "realtime_response_create_params_conversation_type_1",
    "RealtimeResponseCreateParamsMaxOutputTokensType1": "realtime_response_create_params_max_output_tokens_type_1",
    "RealtimeResponseCreateParamsOutputModalitiesItem": "realtime_response_create_params_output_modalities_item",
    "RealtimeResponseMaxOutputTokensType1": "realtime_response_max_output_tokens_type_1",
    "RealtimeResponseObject": "realtime_response_object",
    "RealtimeResponseOutputModalitiesItem": "realtime_response_output_modalities_item",
    "RealtimeResponseStatus": "realtime_response_status",
    "RealtimeResponseStatusDetailsType0": "realtime_response_status_details_type_0",
    "RealtimeResponseStatusDetailsType0Error": "realtime_response_status_details_type_0_error",
    "RealtimeResponseStatusDetailsType0Reason": "realtime_response_status_details_type_0_reason",
    "RealtimeResponseStatusDetailsType0Type": "realtime_response_status_details_type_0_type",
    "RealtimeResponseUsageType0": "realtime_response_usage_type_0",
    "RealtimeResponseUsageType0InputTokenDetails": "realtime_response_usage_type_0_input_token_details",
    "RealtimeResponseUsageType0InputTokenDetailsCachedTokensDetails": "realtime_response_usage_type_0_input_token_details_cached_tokens_details",
    "RealtimeResponseUsageType0OutputTokenDetails": "realtime_response_usage_type_0_output_token_details",
    "RealtimeServerEventConversationCreated": "realtime_server_event_conversation_created",
    "RealtimeServerEventConversationCreatedConversation": "realtime_server_event_conversation_created_conversation",
    "RealtimeServerEventConversationItemAdded": "realtime_server_event_conversation_item_added",
    "RealtimeServerEventConversationItemCreated": "realtime_server_event_conversation_item_created",
    "RealtimeServerEventConversationItemDeleted": "realtime_server_event_conversation_item_deleted",
    "RealtimeServerEventConversationItemDone": "realtime_server_event_conversation_item_done",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted": "realtime_server_event_conversation_item_input_audio_transcription_completed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionDelta": "realtime_server_event_conversation_item_input_audio_transcription_delta",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailed": "realtime_server_event_conversation_item_input_audio_transcription_failed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailedError": "realtime_server_event_conversation_item_input_audio_transcription_failed_error",
    "RealtimeServerEventConversationItemInputAudioTranscriptionSegment": "realtime_server_event_conversation_item_input_audio_transcription_segment",
    "RealtimeServerEventConversationItemRetrieved": "realtime_server_event_conversation_item_retrieved",
    "RealtimeServerEventConversationItemTruncated": "realtime_server_event_conversation_item_truncated",
    "RealtimeServerEventError": "realtime_server_event_error",
    "RealtimeServerEventErrorError": "realtime_server_event_error_error",
    "RealtimeServerEventInputAudioBufferCleared": "realtime_server_event_input_audio_buffer_cleared",
    "RealtimeServerEventInputAudioBufferCommitted": "realtime_server_event_input_audio_buffer_committed",
    "RealtimeServerEventInputAudioBufferDtmfEventReceived": "realtime_server_event_input_audio_buffer_dtmf_event_received",
    "RealtimeServerEventInputAudioBufferSpeechStarted": "realtime_server_event_input_audio_buffer_speech_started",
    "RealtimeServerEventInputAudioBufferSpeechStopped": "realtime_server_event_input_audio_buffer_speech_stopped",
    "RealtimeServerEventInputAudioBufferTimeoutTriggered": "realtime_server_event_input_audio_buffer_timeout_triggered",
    "RealtimeServerEventMCPListToolsCompleted": "realtime_server_event_mcp_list_tools_completed",
    "RealtimeServerEventMCPListToolsFailed": "realtime_server_event_mcp_list_tools_failed",
    "RealtimeServerEventMCPListToolsInProgress": "realtime_server_event_mcp_list_tools_in_progress",
    "RealtimeServerEventOutputAudioBufferCleared": "realtime_server_event_output_audio_buffer_cleared",
    "RealtimeServerEventOutputAudioBufferStarted": "realtime_server_event_output_audio_buffer_started",
    "RealtimeServerEventOutputAudioBufferStopped": "realtime_server_event_output_audio_buffer_stopped",
    "RealtimeServerEventRateLimitsUpdated": "realtime_server_event_rate_limits_updated",
    "RealtimeServerEventRateLimitsUpdatedRateLimitsItem": "realtime_server_event_rate_limits_updated_rate_limits_item",
    "RealtimeServerEventRateLimitsUpdatedRateLimitsItemName": "realtime_server_event_rate_limits_updated_rate_limits_item_name",
    "RealtimeServerEventResponseAudioDelta": "realtime_server_event_response_audio_delta",
    "RealtimeServerEventResponseAudioDone": "realtime_server_event_response_audio_done",
    "RealtimeServerEventResponseAudioTranscriptDelta": "realtime_server_event_response_audio_transcript_delta",
    "RealtimeServerEventResponseAudioTranscriptDone": "realtime_server_event_response_audio_transcript_done",
    "RealtimeServerEventResponseContentPartAdded": "realtime_server_event_response_content_part_added",
    "RealtimeServerEventResponseContentPartAddedPart": "realtime_server_event_response_content_part_added_part",
    "RealtimeServerEventResponseContentPartAddedPartType": "realtime_server_event_response_content_part_added_part_type",
    "RealtimeServerEventResponseContentPartDone": "realtime_server_event_response_content_part_done",
    "RealtimeServerEventResponseContentPartDonePart": "realtime_server_event_response_content_part_done_part",
    "RealtimeServerEventResponseContentPartDonePartType": "realtime_server_event_response_content_part_done_part_type",
    "RealtimeServerEventResponseCreated": "realtime_server_event_response_created",
    "RealtimeServerEventResponseDone": "realtime_server_event_response_done",
    "RealtimeServerEventResponseFunctionCallArgumentsDelta": "realtime_server_event_response_function_call_arguments_delta",
    "RealtimeServerEventResponseFunctionCallArgumentsDone": "realtime_server_event_response_function_call_arguments_done",
    "RealtimeServerEventResponseMCPCallArgumentsDelta": "realtime_server_event_response_mcp_call_arguments_delta",
    "RealtimeServerEventResponseMCPCallArgumentsDone": "realtime_server_event_response_mcp_call_arguments_done",
    "RealtimeServerEventResponseMCPCallCompleted": "realtime_server_event_response_mcp_call_completed",
    "RealtimeServerEventResponseMCPCallFailed": "realtime_server_event_response_mcp_call_failed",
    "RealtimeServerEventResponseMCPCallInProgress": "realtime_server_event_response_mcp_call_in_progress",
    "RealtimeServerEventResponseOutputItemAdded": "realtime_server_event_response_output_item_added",
    "RealtimeServerEventResponseOutputItemDone": "realtime_server_event_response_output_item_done",
    "RealtimeServerEventResponseTextDelta": "realtime_server_event_response_text_delta",
    "RealtimeServerEventResponseTextDone": "realtime_server_event_response_text_done",
    "RealtimeServerEventSessionCreated": "realtime_server_event_session_created",
    "RealtimeServerEventSessionUpdated": "realtime_server_event_session_updated",
    "RealtimeServerEventTranscriptionSessionCreated": "realtime_server_event_transcription_session_created",
    "RealtimeServerEventTranscriptionSessionUpdated": "realtime_server_event_transcription_session_updated",
    "RealtimeSession": "realtime_session",
    "RealtimeSessionClientSecretType0": "realtime_session_client_secret_type_0",
    "RealtimeSessionCreateRequest": "realtime_session_create_request",
    "RealtimeSessionCreateRequestGA": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGAAudio": "realtime_session_create_request_ga_audio",
    "RealtimeSessionCreateRequestGAAudioInput": "realtime_session_create_request_ga_audio_input",
    "RealtimeSessionCreateRequestGAAudioInputNoiseReductionType0": "realtime_session_create_request_ga_audio_input_noise_reduction_type_0",
    "RealtimeSessionCreateRequestGAAudioOutput": "realtime_session_create_request_ga_audio_output",
    "RealtimeSessionCreateRequestGAAuto": "realtime_session_create_request_ga_auto",
    "RealtimeSessionCreateRequestGAIncludeType0Item": "realtime_session_create_request_ga_include_type_0_item",
    "RealtimeSessionCreateRequestGAMaxOutputTokensType1": "realtime_session_create_request_ga_max_output_tokens_type_1",
    "RealtimeSessionCreateRequestGAModelType1": "realtime_session_create_request_ga_model_type_1",
    "RealtimeSessionCreateRequestGAOutputModalitiesItem": "realtime_session_create_request_ga_output_modalities_item",
    "RealtimeSessionCreateRequestGATracingConfiguration": "realtime_session_create_request_ga_tracing_configuration",
    "RealtimeSessionCreateRequestGATracingConfigurationMetadata": "realtime_session_create_request_ga_tracing_configuration_metadata",
    "RealtimeSessionCreateRequestInputAudioTranscription": "realtime_session_create_request_input_audio_transcription",
    "RealtimeSessionCreateRequestMaxResponseOutputTokensType1": "realtime_session_create_request_max_response_output_tokens_type_1",
    "RealtimeSessionCreateRequestToolsItem": "realtime_session_create_request_tools_item",
    "RealtimeSessionCreateRequestToolsItemParameters": "realtime_session_create_request_tools_item_parameters",
    "RealtimeSessionCreateRequestTracingConfiguration": "realtime_session_create_request_tracing_configuration",
    "RealtimeSessionCreateRequestTracingConfigurationMetadata": "realtime_session_create_request_tracing_configuration_metadata",
    "RealtimeSessionCreateRequestTracingTracingConfigurationType0": "realtime_session_create_request_tracing_tracing_configuration_type_0",
    "RealtimeSessionCreateRequestTurnDetectionType0": "realtime_session_create_request_turn_detection_type_0",
    "RealtimeSessionCreateResponse": "realtime_session_create_response",
    "RealtimeSessionCreateResponseAudio": "realtime_session_create_response_audio",
    "RealtimeSessionCreateResponseAudioInput": "realtime_session_create_response_audio_input",
    "RealtimeSessionCreateResponseAudioInputNoiseReductionType0": "realtime_session_create_response_audio_input_noise_reduction_type_0",
    "RealtimeSessionCreateResponseAudioInputTurnDetectionType0": "realtime_session_create_response_audio_input_turn_detection_type_0",
    "RealtimeSessionCreateResponseAudioOutput": "realtime_session_create_response_audio_output",
    "RealtimeSessionCreateResponseGA": "realtime_session_create_response_ga",
    "RealtimeSessionCreateResponseGAAudio": "realtime_session_create_response_ga_audio",
    "RealtimeSessionCreateResponseGAAudioInput": "realtime_session_create_response_ga_audio_input",
    "RealtimeSessionCreateResponseGAAudioInputNoiseReductionType0": "realtime_session_create_response_ga_audio_input_noise_reduction_type_0",
    "RealtimeSessionCreateResponseGAAudioOutput": "realtime_session_create_response_ga_audio_output",
    "RealtimeSessionCreateResponseGAAuto": "realtime_session_create_response_ga_auto",
    "RealtimeSessionCreateResponseGAIncludeType0Item": "realtime_session_create_response_ga_include_type_0_item",
    "RealtimeSessionCreateResponseGAMaxOutputTokensType1": "realtime_session_create_response_ga_max_output_tokens_type_1",
    "RealtimeSessionCreateResponseGAModelType1": "realtime_session_create_response_ga_model_type_1",
    "RealtimeSessionCreateResponseGAObject": "realtime_session_create_response_ga_object",
    "RealtimeSessionCreateResponseGAOutputModalitiesItem": "realtime_session_create_response_ga_output_modalities_item",
    "RealtimeSessionCreateResponseGATracingConfiguration": "realtime_session_create_response_ga_tracing_configuration",
    "RealtimeSessionCreateResponseGATracingConfigurationMetadata": "realtime_session_create_response_ga_tracing_configuration_metadata",
    "RealtimeSessionCreateResponseIncludeType0Item": "realtime_session_create_response_include_type_0_item",
    "RealtimeSessionCreateResponseMaxOutputTokensType1": "realtime_session_create_response_max_output_tokens_type_1",
    "RealtimeSessionCreateResponseTracingConfiguration": "realtime_session_create_response_tracing_configuration",
    "RealtimeSessionCreateResponseTracingConfigurationMetadata": "realtime_session_create_response_tracing_configuration_metadata",
    "RealtimeSessionCreateResponseTracingTracingConfigurationType0": "realtime_session_create_response_tracing_tracing_configuration_type_0",
    "RealtimeSessionCreateResponseTurnDetectionType0": "realtime_session_create_response_turn_detection_type_0",
    "RealtimeSessionIncludeType0Item": "realtime_session_include_type_0_item",
    "RealtimeSessionInputAudioFormatType1": "realtime_session_input_audio_format_type_1",
    "RealtimeSessionInputAudioFormatType2Type1": "realtime_session_input_audio_format_type_2_type_1",
    "RealtimeSessionInputAudioFormatType3Type1": "realtime_session_input_audio_format_type_3_type_1",
    "RealtimeSessionInputAudioNoiseReductionType0": "realtime_session_input_audio_noise_reduction_type_0",
    "RealtimeSessionMaxResponseOutputTokensType0Type1": "realtime_session_max_response_output_tokens_type_0_type_1",
    "RealtimeSessionModelType1": "realtime_session_model_type_1",
    "RealtimeSessionObject": "realtime_session_object",
    "RealtimeSessionOutputAudioFormatType1": "realtime_session_output_audio_format_type_1",
    "RealtimeSessionOutputAudioFormatType2Type1": "realtime_session_output_audio_format_type_2_type_1",
    "RealtimeSessionOutputAudioFormatType3Type1": "realtime_session_output_audio_format_type_3_type_1",
    "RealtimeSessionTracingConfiguration": "realtime_session_tracing_configuration",
    "RealtimeSessionTracingConfigurationMetadata": "realtime_session_tracing_configuration_metadata",
    "RealtimeSessionTracingTracingConfigurationType0": "realtime_session_tracing_tracing_configuration_type_0",
    "RealtimeTranscriptionSessionCreateRequest": "realtime_transcription_session_create_request",
    "RealtimeTranscriptionSessionCreateRequestGA": "realtime_transcription_session_create_request_ga",
    "RealtimeTranscriptionSessionCreateRequestGAAudio": "realtime_transcription_session_create_request_ga_audio",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInput": "realtime_transcription_session_create_request_ga_audio_input",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReductionType0": "realtime_transcription_session_create_request_ga_audio_input_noise_reduction_type_0",
    "RealtimeTranscriptionSessionCreateRequestGAIncludeType0Item": "realtime_transcription_session_create_request_ga_include_type_0_item",
    "RealtimeTranscriptionSessionCreateRequestIncludeType0Item": "realtime_transcription_session_create_request_include_type_0_item",
    "RealtimeTranscriptionSessionCreateRequestInputAudioFormat": "realtime_transcription_session_create_request_input_audio_format",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction": "realtime_transcription_session_create_request_input_audio_noise_reduction",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionType0": "realtime_transcription_session_create_request_turn_detection_type_0",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionType0Type": "realtime_transcription_session_create_request_turn_detection_type_0_type",
    "RealtimeTranscriptionSessionCreateResponse": "realtime_transcription_session_create_response",
    "RealtimeTranscriptionSessionCreateResponseGA": "realtime_transcription_session_create_response_ga",
    "RealtimeTranscriptionSessionCreateResponseGAAudio": "realtime_transcription_session_create_response_ga_audio",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInput": "realtime_transcription_session_create_response_ga_audio_input",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReductionType0": "realtime_transcription_session_create_response_ga_audio_input_noise_reduction_type_0",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionType0": "realtime_transcription_session_create_response_ga_audio_input_turn_detection_type_0",
    "RealtimeTranscriptionSessionCreateResponseGAIncludeType0Item": "realtime_transcription_session_create_response_ga_include_type_0_item",
    "RealtimeTranscriptionSessionCreateResponseTurnDetectionType0": "realtime_transcription_session_create_response_turn_detection_type_0",
    "RealtimeTranslationClientEventInputAudioBufferAppend": "realtime_translation_client_event_input_audio_buffer_append",
    "RealtimeTranslationClientEventSessionClose": "realtime_translation_client_event_session_close",
    "RealtimeTranslationClientEventSessionUpdate": "realtime_translation_client_event_session_update",
    "RealtimeTranslationClientSecretCreateRequest": "realtime_translation_client_secret_create_request",
    "RealtimeTranslationClientSecretCreateRequestClientSecretExpiration": "realtime_translation_client_secret_create_request_client_secret_expiration",
    "RealtimeTranslationClientSecretCreateRequestClientSecretExpirationAnchor": "realtime_translation_client_secret_create_request_client_secret_expiration_anchor",
    "RealtimeTranslationClientSecretCreateResponse": "realtime_translation_client_secret_create_response",
    "RealtimeTranslationServerEventSessionClosed": "realtime_translation_server_event_session_closed",
    "RealtimeTranslationServerEventSessionCreated": "realtime_translation_server_event_session_created",
    "RealtimeTranslationServerEventSessionInputTranscriptDelta": "realtime_translation_server_event_session_input_transcript_delta",
    "RealtimeTranslationServerEventSessionOutputAudioDelta": "realtime_translation_server_event_session_output_audio_delta",
    "RealtimeTranslationServerEventSessionOutputAudioDeltaFormat": "realtime_translation_server_event_session_output_audio_delta_format",
    "RealtimeTranslationServerEventSessionOutputTranscriptDelta": "realtime_translation_server_event_session_output_transcript_delta",
    "RealtimeTranslationServerEventSessionUpdated": "realtime_translation_server_event_session_updated",
    "RealtimeTranslationSession": "realtime_translation_session",
    "RealtimeTranslationSessionAudio": "realtime_translation_session_audio",
    "RealtimeTranslationSessionAudioInput": "realtime_translation_session_audio_input",
    "RealtimeTranslationSessionAudioInputNoiseReductionType0": "realtime_translation_session_audio_input_noise_reduction_type_0",
    "RealtimeTranslationSessionAudioInputTranscriptionType0": "realtime_translation_session_audio_input_transcription_type_0",
    "RealtimeTranslationSessionAudioOutput": "realtime_translation_session_audio_output",
    "RealtimeTranslationSessionCreateRequest": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestAudio": "realtime_translation_session_create_request_audio",
    "RealtimeTranslationSessionCreateRequestAudioInput": "realtime_translation_session_create_request_audio_input",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0": "realtime_translation_session_create_request_audio_input_noise_reduction_type_0",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0": "realtime_translation_session_create_request_audio_input_transcription_type_0",
    "RealtimeTranslationSessionCreateRequestAudioOutput": "realtime_translation_session_create_request_audio_output",
    "RealtimeTranslationSessionUpdateRequest": "realtime_translation_session_update_request",
    "RealtimeTranslationSessionUpdateRequestAudio": "realtime_translation_session_update_request_audio",
    "RealtimeTranslationSessionUpdateRequestAudioInput": "realtime_translation_session_update_request_audio_input",
    "RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0": "realtime_translation_session_update_request_audio_input_noise_reduction_type_0",
    "RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0": "realtime_translation_session_update_request_audio_input_transcription_type_0",
    "RealtimeTranslationSessionUpdateRequestAudioOutput": "realtime_translation_session_update_request_audio_output",
    "RealtimeTruncationRetentionRatio": "realtime_truncation_retention_ratio",
    "RealtimeTruncationRetentionRatioTokenLimits": "realtime_truncation_retention_ratio_token_limits",
    "RealtimeTruncationType0": "realtime_truncation_type_0",
    "SemanticVAD": "semantic_vad",
    "SemanticVADEagerness": "semantic_vad_eagerness",
    "ServerVAD": "server_vad",
    "ToolChoiceFunction": "tool_choice_function",
    "ToolChoiceMCP": "tool_choice_mcp",
    "ToolChoiceOptions": "tool_choice_options",
    "TranscriptTextUsageDuration": "transcript_text_usage_duration",
    "TranscriptTextUsageTokens": "transcript_text_usage_tokens",
    "TranscriptTextUsageTokensInputTokenDetails": "transcript_text_usage_tokens_input_token_details",
    "TranscriptionLanguage": "transcription_language",
    "VoiceIdsOrCustomVoiceType1": "voice_ids_or_custom_voice_type_1",
    "VoiceIdsSharedType1": "voice_ids_shared_type_1",
}

if TYPE_CHECKING:
    from .audio_transcription import AudioTranscription
    from .audio_transcription_delay import AudioTranscriptionDelay
    from .audio_transcription_model_type_1 import AudioTranscriptionModelType1
    from .audio_transcription_response import AudioTranscriptionResponse
    from .audio_transcription_response_model_type_1 import (
        AudioTranscriptionResponseModelType1,
    )
    from .callable_tool_allowed_caller import CallableToolAllowedCaller
    from .file_input_detail import FileInputDetail
    from .image_detail import ImageDetail
    from .input_file_content import InputFileContent
    from .input_image_content import InputImageContent
    from .input_text_content import InputTextContent
    from .log_prob_properties import LogProbProperties
    from .mcp_list_tools_tool import MCPListToolsTool
    from .mcp_list_tools_tool_annotations_type_0 import MCPListToolsToolAnnotationsType0
    from .mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchema
    from .mcp_tool import MCPTool
    from .mcp_tool_connector_id import MCPToolConnectorId
    from .mcp_tool_filter import MCPToolFilter
    from .mcp_tool_headers_type_0 import MCPToolHeadersType0
    from .mcp_tool_mcp_tool_approval_filter import MCPToolMCPToolApprovalFilter
    from .mcp_tool_mcp_tool_approval_setting import MCPToolMCPToolApprovalSetting
    from .metadata_type_0 import MetadataType0
    from .noise_reduction_type import NoiseReductionType
    from .pcm_audio_format import PCMAudioFormat
    from .pcm_audio_format_rate import PCMAudioFormatRate
    from .pcm_audio_format_type import PCMAudioFormatType
    from .pcma_audio_format import PCMAAudioFormat
    from .pcma_audio_format_type import PCMAAudioFormatType
    from .pcmu_audio_format import PCMUAudioFormat
    from .pcmu_audio_format_type import PCMUAudioFormatType
    from .prompt_cache_breakpoint_config import PromptCacheBreakpointConfig
    from .prompt_cache_breakpoint_config_mode import PromptCacheBreakpointConfigMode
    from .prompt_type_0 import PromptType0
    from .prompt_variables import PromptVariables
    from .realtime_beta_client_event_conversation_item_create import (
        RealtimeBetaClientEventConversationItemCreate,
    )
    from .realtime_beta_client_event_conversation_item_delete import (
        RealtimeBetaClientEventConversationItemDelete,
    )
    from .realtime_beta_client_event_conversation_item_retrieve import (
        RealtimeBetaClientEventConversationItemRetrieve,
    )
    from .realtime_beta_client_event_conversation_item_truncate import (
        RealtimeBetaClientEventConversationItemTruncate,
    )
    from .realtime_beta_client_event_input_audio_buffer_append import (
        RealtimeBetaClientEventInputAudioBufferAppend,
    )
    from .realtime_beta_client_event_input_audio_buffer_clear import (
        RealtimeBetaClientEventInputAudioBufferClear,
    )
    from .realtime_beta_client_event_input_audio_buffer_commit import (
        RealtimeBetaClientEventInputAudioBufferCommit,
    )
    from .realtime_beta_client_event_output_audio_buffer_clear import (
        RealtimeBetaClientEventOutputAudioBufferClear,
    )
    from .realtime_beta_client_event_response_cancel import (
        RealtimeBetaClientEventResponseCancel,
    )
    from .realtime_beta_client_event_response_create import (
        RealtimeBetaClientEventResponseCreate,
    )
    from .realtime_beta_client_event_session_update import (
        RealtimeBetaClientEventSessionUpdate,
    )
    from .realtime_beta_client_event_transcription_session_update import (
        RealtimeBetaClientEventTranscriptionSessionUpdate,
    )
    from .realtime_beta_conversation_item_message_assistant import (
        RealtimeBetaConversationItemMessageAssistant,
    )
    from .realtime_beta_conversation_item_message_assistant_content_item import (
        RealtimeBetaConversationItemMessageAssistantContentItem,
    )
    from .realtime_beta_conversation_item_message_assistant_content_item_type import (
        RealtimeBetaConversationItemMessageAssistantContentItemType,
    )
    from .realtime_beta_conversation_item_message_assistant_object import (
        RealtimeBetaConversationItemMessageAssistantObject,
    )
    from .realtime_beta_conversation_item_message_assistant_role import (
        RealtimeBetaConversationItemMessageAssistantRole,
    )
    from .realtime_beta_conversation_item_message_assistant_status import (
        RealtimeBetaConversationItemMessageAssistantStatus,
    )
    from .realtime_beta_response import RealtimeBetaResponse
    from .realtime_beta_response_create_params import RealtimeBetaResponseCreateParams
    from .realtime_beta_response_create_params_conversation_type_1 import (
        RealtimeBetaResponseCreateParamsConversationType1,
    )
    from .realtime_beta_response_create_params_max_output_tokens_type_1 import (
        RealtimeBetaResponseCreateParamsMaxOutputTokensType1,
    )
    from .realtime_beta_response_create_params_modalities_item import (
        RealtimeBetaResponseCreateParamsModalitiesItem,
    )
    from .realtime_beta_response_create_params_output_audio_format import (
        RealtimeBetaResponseCreateParamsOutputAudioFormat,
    )
    from .realtime_beta_response_create_params_tools_item import (
        RealtimeBetaResponseCreateParamsToolsItem,
    )
    from .realtime_beta_response_create_params_tools_item_parameters import (
        RealtimeBetaResponseCreateParamsToolsItemParameters,
    )
    from .realtime_beta_response_max_output_tokens_type_1 import (
        RealtimeBetaResponseMaxOutputTokensType1,
    )
    from .realtime_beta_response_modalities_item import (
        RealtimeBetaResponseModalitiesItem,
    )
    from .realtime_beta_response_object import RealtimeBetaResponseObject
    from .realtime_beta_response_output_audio_format import (
        RealtimeBetaResponseOutputAudioFormat,
    )
    from .realtime_beta_response_status import RealtimeBetaResponseStatus
    from .realtime_beta_response_status_details_type_0 import (
        RealtimeBetaResponseStatusDetailsType0,
    )
    from .realtime_beta_response_status_details_type_0_error import (
        RealtimeBetaResponseStatusDetailsType0Error,
    )
    from .realtime_beta_response_status_details_type_0_reason import (
        RealtimeBetaResponseStatusDetailsType0Reason,
    )
    from .realtime_beta_response_status_details_type_0_type import (
        RealtimeBetaResponseStatusDetailsType0Type,
    )
    from .realtime_beta_response_usage_type_0 import RealtimeBetaResponseUsageType0
    from .realtime_beta_response_usage_type_0_input_token_details import (
        RealtimeBetaResponseUsageType0InputTokenDetails,
    )
    from .realtime_beta_response_usage_type_0_input_token_details_cached_tokens_details import (
        RealtimeBetaResponseUsageType0InputTokenDetailsCachedTokensDetails,
    )
    from .realtime_beta_response_usage_type_0_output_token_details import (
        RealtimeBetaResponseUsageType0OutputTokenDetails,
    )
    from .realtime_beta_server_event_conversation_item_created import (
        RealtimeBetaServerEventConversationItemCreated,
    )
    from .realtime_beta_server_event_conversation_item_deleted import (
        RealtimeBetaServerEventConversationItemDeleted,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .realtime_beta_server_event_conversation_item_retrieved import (
        RealtimeBetaServerEventConversationItemRetrieved,
    )
    from .realtime_beta_server_event_conversation_item_truncated import (
        RealtimeBetaServerEventConversationItemTruncated,
    )
    from .realtime_beta_server_event_error import RealtimeBetaServerEventError
    from .realtime_beta_server_event_error_error import (
        RealtimeBetaServerEventErrorError,
    )
    from .realtime_beta_server_event_input_audio_buffer_cleared import (
        RealtimeBetaServerEventInputAudioBufferCleared,
    )
    from .realtime_beta_server_event_input_audio_buffer_committed import (
        RealtimeBetaServerEventInputAudioBufferCommitted,
    )
    from .realtime_beta_server_event_input_audio_buffer_speech_started import (
        RealtimeBetaServerEventInputAudioBufferSpeechStarted,
    )
    from .realtime_beta_server_event_input_audio_buffer_speech_stopped import (
        RealtimeBetaServerEventInputAudioBufferSpeechStopped,
    )
    from .realtime_beta_server_event_mcp_list_tools_completed import (
        RealtimeBetaServerEventMCPListToolsCompleted,
    )
    from .realtime_beta_server_event_mcp_list_tools_failed import (
        RealtimeBetaServerEventMCPListToolsFailed,
    )
    from .realtime_beta_server_event_mcp_list_tools_in_progress import (
        RealtimeBetaServerEventMCPListToolsInProgress,
    )
    from .realtime_beta_server_event_output_audio_buffer_cleared import (
        RealtimeBetaServerEventOutputAudioBufferCleared,
    )
    from .realtime_beta_server_event_output_audio_buffer_started import (
        RealtimeBetaServerEventOutputAudioBufferStarted,
    )
    from .realtime_beta_server_event_output_audio_buffer_stopped import (
        RealtimeBetaServerEventOutputAudioBufferStopped,
    )
    from .realtime_beta_server_event_rate_limits_updated import (
        RealtimeBetaServerEventRateLimitsUpdated,
    )
    from .realtime_beta_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem,
    )
    from .realtime_beta_server_event_rate_limits_updated_rate_limits_item_name import (
        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName,
    )
    from .realtime_beta_server_event_response_audio_delta import (
        RealtimeBetaServerEventResponseAudioDelta,
    )
    from .realtime_beta_server_event_response_audio_done import (
        RealtimeBetaServerEventResponseAudioDone,
    )
    from .realtime_beta_server_event_response_audio_transcript_delta import (
        RealtimeBetaServerEventResponseAudioTranscriptDelta,
    )
    from .realtime_beta_server_event_response_audio_transcript_done import (
        RealtimeBetaServerEventResponseAudioTranscriptDone,
    )
    from .realtime_beta_server_event_response_content_part_added import (
        RealtimeBetaServerEventResponseContentPartAdded,
    )
    from .realtime_beta_server_event_response_content_part_added_part import (
        RealtimeBetaServerEventResponseContentPartAddedPart,
    )
    from .realtime_beta_server_event_response_content_part_added_part_type import (
        RealtimeBetaServerEventResponseContentPartAddedPartType,
    )
    from .realtime_beta_server_event_response_content_part_done import (
        RealtimeBetaServerEventResponseContentPartDone,
    )
    from .realtime_beta_server_event_response_content_part_done_part import (
        RealtimeBetaServerEventResponseContentPartDonePart,
    )
    from .realtime_beta_server_event_response_content_part_done_part_type import (
        RealtimeBetaServerEventResponseContentPartDonePartType,
    )
    from .realtime_beta_server_event_response_created import (
        RealtimeBetaServerEventResponseCreated,
    )
    from .realtime_beta_server_event_response_done import (
        RealtimeBetaServerEventResponseDone,
    )
    from .realtime_beta_server_event_response_function_call_arguments_delta import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDelta,
    )
    from .realtime_beta_server_event_response_function_call_arguments_done import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDone,
    )
    from .realtime_beta_server_event_response_mcp_call_arguments_delta import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDelta,
    )
    from .realtime_beta_server_event_response_mcp_call_arguments_done import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDone,
    )
    from .realtime_beta_server_event_response_mcp_call_completed import (
        RealtimeBetaServerEventResponseMCPCallCompleted,
    )
    from .realtime_beta_server_event_response_mcp_call_failed import (
        RealtimeBetaServerEventResponseMCPCallFailed,
    )
    from .realtime_beta_server_event_response_mcp_call_in_progress import (
        RealtimeBetaServerEventResponseMCPCallInProgress,
    )
    from .realtime_beta_server_event_response_output_item_added import (
        RealtimeBetaServerEventResponseOutputItemAdded,
    )
    from .realtime_beta_server_event_response_output_item_done import (
        RealtimeBetaServerEventResponseOutputItemDone,
    )
    from .realtime_beta_server_event_response_text_delta import (
        RealtimeBetaServerEventResponseTextDelta,
    )
    from .realtime_beta_server_event_response_text_done import (
        RealtimeBetaServerEventResponseTextDone,
    )
    from .realtime_beta_server_event_session_created import (
        RealtimeBetaServerEventSessionCreated,
    )
    from .realtime_beta_server_event_session_updated import (
        RealtimeBetaServerEventSessionUpdated,
    )
    from .realtime_beta_server_event_transcription_session_created import (
        RealtimeBetaServerEventTranscriptionSessionCreated,
    )
    from .realtime_beta_server_event_transcription_session_updated import (
        RealtimeBetaServerEventTranscriptionSessionUpdated,
    )
    from .realtime_call_create_request import RealtimeCallCreateRequest
    from .realtime_call_refer_request import RealtimeCallReferRequest
    from .realtime_call_reject_request import RealtimeCallRejectRequest
    from .realtime_client_event_conversation_item_create import (
        RealtimeClientEventConversationItemCreate,
    )
    from .realtime_client_event_conversation_item_delete import (
        RealtimeClientEventConversationItemDelete,
    )
    from .realtime_client_event_conversation_item_retrieve import (
        RealtimeClientEventConversationItemRetrieve,
    )
    from .realtime_client_event_conversation_item_truncate import (
        RealtimeClientEventConversationItemTruncate,
    )
    from .realtime_client_event_input_audio_buffer_append import (
        RealtimeClientEventInputAudioBufferAppend,
    )
    from .realtime_client_event_input_audio_buffer_clear import (
        RealtimeClientEventInputAudioBufferClear,
    )
    from .realtime_client_event_input_audio_buffer_commit import (
        RealtimeClientEventInputAudioBufferCommit,
    )
    from .realtime_client_event_output_audio_buffer_clear import (
        RealtimeClientEventOutputAudioBufferClear,
    )
    from .realtime_client_event_response_cancel import RealtimeClientEventResponseCancel
    from .realtime_client_event_response_create import RealtimeClientEventResponseCreate
    from .realtime_client_event_session_update import RealtimeClientEventSessionUpdate
    from .realtime_client_event_transcription_session_update import (
        RealtimeClientEventTranscriptionSessionUpdate,
    )
    from .realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall,
    )
    from .realtime_conversation_item_function_call_object import (
        RealtimeConversationItemFunctionCallObject,
    )
    from .realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput,
    )
    from .realtime_conversation_item_function_call_output_object import (
        RealtimeConversationItemFunctionCallOutputObject,
    )
    from .realtime_conversation_item_function_call_output_status import (
        RealtimeConversationItemFunctionCallOutputStatus,
    )
    from .realtime_conversation_item_function_call_status import (
        RealtimeConversationItemFunctionCallStatus,
    )
    from .realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant,
    )
    from .realtime_conversation_item_message_assistant_content_item import (
        RealtimeConversationItemMessageAssistantContentItem,
    )
    from .realtime_conversation_item_message_assistant_content_item_type import (
        RealtimeConversationItemMessageAssistantContentItemType,
    )
    from .realtime_conversation_item_message_assistant_object import (
        RealtimeConversationItemMessageAssistantObject,
    )
    from .realtime_conversation_item_message_assistant_role import (
        RealtimeConversationItemMessageAssistantRole,
    )
    from .realtime_conversation_item_message_assistant_status import (
        RealtimeConversationItemMessageAssistantStatus,
    )
    from .realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem,
    )
    from .realtime_conversation_item_message_system_content_item import (
        RealtimeConversationItemMessageSystemContentItem,
    )
    from .realtime_conversation_item_message_system_object import (
        RealtimeConversationItemMessageSystemObject,
    )
    from .realtime_conversation_item_message_system_role import (
        RealtimeConversationItemMessageSystemRole,
    )
    from .realtime_conversation_item_message_system_status import (
        RealtimeConversationItemMessageSystemStatus,
    )
    from .realtime_conversation_item_message_user import (
        RealtimeConversationItemMessageUser,
    )
    from .realtime_conversation_item_message_user_content_item import (
        RealtimeConversationItemMessageUserContentItem,
    )
    from .realtime_conversation_item_message_user_content_item_detail import (
        RealtimeConversationItemMessageUserContentItemDetail,
    )
    from .realtime_conversation_item_message_user_content_item_type import (
        RealtimeConversationItemMessageUserContentItemType,
    )
    from .realtime_conversation_item_message_user_object import (
        RealtimeConversationItemMessageUserObject,
    )
    from .realtime_conversation_item_message_user_role import (
        RealtimeConversationItemMessageUserRole,
    )
    from .realtime_conversation_item_message_user_status import (
        RealtimeConversationItemMessageUserStatus,
    )
    from .realtime_create_client_secret_request import RealtimeCreateClientSecretRequest
    from .realtime_create_client_secret_request_client_secret_expiration import (
        RealtimeCreateClientSecretRequestClientSecretExpiration,
    )
    from .realtime_create_client_secret_request_client_secret_expiration_anchor import (
        RealtimeCreateClientSecretRequestClientSecretExpirationAnchor,
    )
    from .realtime_create_client_secret_response import (
        RealtimeCreateClientSecretResponse,
    )
    from .realtime_function_tool import RealtimeFunctionTool
    from .realtime_function_tool_parameters import RealtimeFunctionToolParameters
    from .realtime_mcp_approval_request import RealtimeMCPApprovalRequest
    from .realtime_mcp_approval_response import RealtimeMCPApprovalResponse
    from .realtime_mcp_list_tools import RealtimeMCPListTools
    from .realtime_mcp_protocol_error import RealtimeMCPProtocolError
    from .realtime_mcp_tool_call import RealtimeMCPToolCall
    from .realtime_mcp_tool_execution_error import RealtimeMCPToolExecutionError
    from .realtime_mcphttp_error import RealtimeMCPHTTPError
    from .realtime_reasoning import RealtimeReasoning
    from .realtime_reasoning_effort import RealtimeReasoningEffort
    from .realtime_response import RealtimeResponse
    from .realtime_response_audio import RealtimeResponseAudio
    from .realtime_response_audio_output import RealtimeResponseAudioOutput
    from .realtime_response_create_params import RealtimeResponseCreateParams
    from .realtime_response_create_params_audio import RealtimeResponseCreateParamsAudio
    from .realtime_response_create_params_audio_output import (
        RealtimeResponseCreateParamsAudioOutput,
    )
    from .realtime_response_create_params_conversation_type_1 import (
        RealtimeResponseCreateParamsConversationType1,
    )
    from .realtime_response_create_params_max_output_tokens_type_1 import (
        RealtimeResponseCreateParamsMaxOutputTokensType1,
    )
    from .realtime_response_create_params_output_modalities_item import (
        RealtimeResponseCreateParamsOutputModalitiesItem,
    )
    from .realtime_response_max_output_tokens_type_1 import (
        RealtimeResponseMaxOutputTokensType1,
    )
    from .realtime_response_object import RealtimeResponseObject
    from .realtime_response_output_modalities_item import (
        RealtimeResponseOutputModalitiesItem,
    )
    from .realtime_response_status import RealtimeResponseStatus
    from .realtime_response_status_details_type_0 import (
        RealtimeResponseStatusDetailsType0,
    )
    from .realtime_response_status_details_type_0_error import (
        RealtimeResponseStatusDetailsType0Error,
    )
    from .realtime_response_status_details_type_0_reason import (
        RealtimeResponseStatusDetailsType0Reason,
    )
    from .realtime_response_status_details_type_0_type import (
        RealtimeResponseStatusDetailsType0Type,
    )
    from .realtime_response_usage_type_0 import RealtimeResponseUsageType0
    from .realtime_response_usage_type_0_input_token_details import (
        RealtimeResponseUsageType0InputTokenDetails,
    )
    from .realtime_response_usage_type_0_input_token_details_cached_tokens_details import (
        RealtimeResponseUsageType0InputTokenDetailsCachedTokensDetails,
    )
    from .realtime_response_usage_type_0_output_token_details import (
        RealtimeResponseUsageType0OutputTokenDetails,
    )
    from .realtime_server_event_conversation_created import (
        RealtimeServerEventConversationCreated,
    )
    from .realtime_server_event_conversation_created_conversation import (
        RealtimeServerEventConversationCreatedConversation,
    )
    from .realtime_server_event_conversation_item_added import (
        RealtimeServerEventConversationItemAdded,
    )
    from .realtime_server_event_conversation_item_created import (
        RealtimeServerEventConversationItemCreated,
    )
    from .realtime_server_event_conversation_item_deleted import (
        RealtimeServerEventConversationItemDeleted,
    )
    from .realtime_server_event_conversation_item_done import (
        RealtimeServerEventConversationItemDone,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailedError,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .realtime_server_event_conversation_item_retrieved import (
        RealtimeServerEventConversationItemRetrieved,
    )
    from .realtime_server_event_conversation_item_truncated import (
        RealtimeServerEventConversationItemTruncated,
    )
    from .realtime_server_event_error import RealtimeServerEventError
    from .realtime_server_event_error_error import RealtimeServerEventErrorError
    from .realtime_server_event_input_audio_buffer_cleared import (
        RealtimeServerEventInputAudioBufferCleared,
    )
    from .realtime_server_event_input_audio_buffer_committed import (
        RealtimeServerEventInputAudioBufferCommitted,
    )
    from .realtime_server_event_input_audio_buffer_dtmf_event_received import (
        RealtimeServerEventInputAudioBufferDtmfEventReceived,
    )
    from .realtime_server_event_input_audio_buffer_speech_started import (
        RealtimeServerEventInputAudioBufferSpeechStarted,
    )
    from .realtime_server_event_input_audio_buffer_speech_stopped import (
        RealtimeServerEventInputAudioBufferSpeechStopped,
    )
    from .realtime_server_event_input_audio_buffer_timeout_triggered import (
        RealtimeServerEventInputAudioBufferTimeoutTriggered,
    )
    from .realtime_server_event_mcp_list_tools_completed import (
        RealtimeServerEventMCPListToolsCompleted,
    )
    from .realtime_server_event_mcp_list_tools_failed import (
        RealtimeServerEventMCPListToolsFailed,
    )
    from .realtime_server_event_mcp_list_tools_in_progress import (
        RealtimeServerEventMCPListToolsInProgress,
    )
    from .realtime_server_event_output_audio_buffer_cleared import (
        RealtimeServerEventOutputAudioBufferCleared,
    )
    from .realtime_server_event_output_audio_buffer_started import (
        RealtimeServerEventOutputAudioBufferStarted,
    )
    from .realtime_server_event_output_audio_buffer_stopped import (
        RealtimeServerEventOutputAudioBufferStopped,
    )
    from .realtime_server_event_rate_limits_updated import (
        RealtimeServerEventRateLimitsUpdated,
    )
    from .realtime_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeServerEventRateLimitsUpdatedRateLimitsItem,
    )
    from .realtime_server_event_rate_limits_updated_rate_limits_item_name import (
        RealtimeServerEventRateLimitsUpdatedRateLimitsItemName,
    )
    from .realtime_server_event_response_audio_delta import (
        RealtimeServerEventResponseAudioDelta,
    )
    from .realtime_server_event_response_audio_done import (
        RealtimeServerEventResponseAudioDone,
    )
    from .realtime_server_event_response_audio_transcript_delta import (
        RealtimeServerEventResponseAudioTranscriptDelta,
    )
    from .realtime_server_event_response_audio_transcript_done import (
        RealtimeServerEventResponseAudioTranscriptDone,
    )
    from .realtime_server_event_response_content_part_added import (
        RealtimeServerEventResponseContentPartAdded,
    )
    from .realtime_server_event_response_content_part_added_part import (
        RealtimeServerEventResponseContentPartAddedPart,
    )
    from .realtime_server_event_response_content_part_added_part_type import (
        RealtimeServerEventResponseContentPartAddedPartType,
    )
    from .realtime_server_event_response_content_part_done import (
        RealtimeServerEventResponseContentPartDone,
    )
    from .realtime_server_event_response_content_part_done_part import (
        RealtimeServerEventResponseContentPartDonePart,
    )
    from .realtime_server_event_response_content_part_done_part_type import (
        RealtimeServerEventResponseContentPartDonePartType,
    )
    from .realtime_server_event_response_created import (
        RealtimeServerEventResponseCreated,
    )
    from .realtime_server_event_response_done import RealtimeServerEventResponseDone
    from .realtime_server_event_response_function_call_arguments_delta import (
        RealtimeServerEventResponseFunctionCallArgumentsDelta,
    )
    from .realtime_server_event_response_function_call_arguments_done import (
        RealtimeServerEventResponseFunctionCallArgumentsDone,
    )
    from .realtime_server_event_response_mcp_call_arguments_delta import (
        RealtimeServerEventResponseMCPCallArgumentsDelta,
    )
    from .realtime_server_event_response_mcp_call_arguments_done import (
        RealtimeServerEventResponseMCPCallArgumentsDone,
    )
    from .realtime_server_event_response_mcp_call_completed import (
        RealtimeServerEventResponseMCPCallCompleted,
    )
    from .realtime_server_event_response_mcp_call_failed import (
        RealtimeServerEventResponseMCPCallFailed,
    )
    from .realtime_server_event_response_mcp_call_in_progress import (
        RealtimeServerEventResponseMCPCallInProgress,
    )
    from .realtime_server_event_response_output_item_added import (
        RealtimeServerEventResponseOutputItemAdded,
    )
    from .realtime_server_event_response_output_item_done import (
        RealtimeServerEventResponseOutputItemDone,
    )
    from .realtime_server_event_response_text_delta import (
        RealtimeServerEventResponseTextDelta,
    )
    from .realtime_server_event_response_text_done import (
        RealtimeServerEventResponseTextDone,
    )
    from .realtime_server_event_session_created import RealtimeServerEventSessionCreated
    from .realtime_server_event_session_updated import RealtimeServerEventSessionUpdated
    from .realtime_server_event_transcription_session_created import (
        RealtimeServerEventTranscriptionSessionCreated,
    )
    from .realtime_server_event_transcription_session_updated import (
        RealtimeServerEventTranscriptionSessionUpdated,
    )
    from .realtime_session import RealtimeSession
    from .realtime_session_client_secret_type_0 import RealtimeSessionClientSecretType0
    from .realtime_session_create_request import RealtimeSessionCreateRequest
    from .realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
    from .realtime_session_create_request_ga_audio import (
        RealtimeSessionCreateRequestGAAudio,
    )
    from .realtime_session_create_request_ga_audio_input import (
        RealtimeSessionCreateRequestGAAudioInput,
    )
    from .realtime_session_create_request_ga_audio_input_noise_reduction_type_0 import (
        RealtimeSessionCreateRequestGAAudioInputNoiseReductionType0,
    )
    from .realtime_session_create_request_ga_audio_output import (
        RealtimeSessionCreateRequestGAAudioOutput,
    )
    from .realtime_session_create_request_ga_auto import (
        RealtimeSessionCreateRequestGAAuto,
    )
    from .realtime_session_create_request_ga_include_type_0_item import (
        RealtimeSessionCreateRequestGAIncludeType0Item,
    )
    from .realtime_session_create_request_ga_max_output_tokens_type_1 import (
        RealtimeSessionCreateRequestGAMaxOutputTokensType1,
    )
    from .realtime_session_create_request_ga_model_type_1 import (
        RealtimeSessionCreateRequestGAModelType1,
    )
    from .realtime_session_create_request_ga_output_modalities_item import (
        RealtimeSessionCreateRequestGAOutputModalitiesItem,
    )
    from .realtime_session_create_request_ga_tracing_configuration import (
        RealtimeSessionCreateRequestGATracingConfiguration,
    )
    from .realtime_session_create_request_ga_tracing_configuration_metadata import (
        RealtimeSessionCreateRequestGATracingConfigurationMetadata,
    )
    from .realtime_session_create_request_input_audio_transcription import (
        RealtimeSessionCreateRequestInputAudioTranscription,
    )
    from .realtime_session_create_request_max_response_output_tokens_type_1 import (
        RealtimeSessionCreateRequestMaxResponseOutputTokensType1,
    )
    from .realtime_session_create_request_tools_item import (
        RealtimeSessionCreateRequestToolsItem,
    )
    from .realtime_session_create_request_tools_item_parameters import (
        RealtimeSessionCreateRequestToolsItemParameters,
    )
    from .realtime_session_create_request_tracing_configuration import (
        RealtimeSessionCreateRequestTracingConfiguration,
    )
    from .realtime_session_create_request_tracing_configuration_metadata import (
        RealtimeSessionCreateRequestTracingConfigurationMetadata,
    )
    from .realtime_session_create_request_tracing_tracing_configuration_type_0 import (
        RealtimeSessionCreateRequestTracingTracingConfigurationType0,
    )
    from .realtime_session_create_request_turn_detection_type_0 import (
        RealtimeSessionCreateRequestTurnDetectionType0,
    )
    from .realtime_session_create_response import RealtimeSessionCreateResponse
    from .realtime_session_create_response_audio import (
        RealtimeSessionCreateResponseAudio,
    )
    from .realtime_session_create_response_audio_input import (
        RealtimeSessionCreateResponseAudioInput,
    )
    from .realtime_session_create_response_audio_input_noise_reduction_type_0 import (
        RealtimeSessionCreateResponseAudioInputNoiseReductionType0,
    )
    from .realtime_session_create_response_audio_input_turn_detection_type_0 import (
        RealtimeSessionCreateResponseAudioInputTurnDetectionType0,
    )
    from .realtime_session_create_response_audio_output import (
        RealtimeSessionCreateResponseAudioOutput,
    )
    from .realtime_session_create_response_ga import RealtimeSessionCreateResponseGA
    from .realtime_session_create_response_ga_audio import (
        RealtimeSessionCreateResponseGAAudio,
    )
    from .realtime_session_create_response_ga_audio_input import (
        RealtimeSessionCreateResponseGAAudioInput,
    )
    from .realtime_session_create_response_ga_audio_input_noise_reduction_type_0 import (
        RealtimeSessionCreateResponseGAAudioInputNoiseReductionType0,
    )
    from .realtime_session_create_response_ga_audio_output import (
        RealtimeSessionCreateResponseGAAudioOutput,
    )
    from .realtime_session_create_response_ga_auto import (
        RealtimeSessionCreateResponseGAAuto,
    )
    from .realtime_session_create_response_ga_include_type_0_item import (
        RealtimeSessionCreateResponseGAIncludeType0Item,
    )
    from .realtime_session_create_response_ga_max_output_tokens_type_1 import (
        RealtimeSessionCreateResponseGAMaxOutputTokensType1,
    )
    from .realtime_session_create_response_ga_model_type_1 import (
        RealtimeSessionCreateResponseGAModelType1,
    )
    from .realtime_session_create_response_ga_object import (
        RealtimeSessionCreateResponseGAObject,
    )
    from .realtime_session_create_response_ga_output_modalities_item import (
        RealtimeSessionCreateResponseGAOutputModalitiesItem,
    )
    from .realtime_session_create_response_ga_tracing_configuration import (
        RealtimeSessionCreateResponseGATracingConfiguration,
    )
    from .realtime_session_create_response_ga_tracing_configuration_metadata import (
        RealtimeSessionCreateResponseGATracingConfigurationMetadata,
    )
    from .realtime_session_create_response_include_type_0_item import (
        RealtimeSessionCreateResponseIncludeType0Item,
    )
    from .realtime_session_create_response_max_output_tokens_type_1 import (
        RealtimeSessionCreateResponseMaxOutputTokensType1,
    )
    from .realtime_session_create_response_tracing_configuration import (
        RealtimeSessionCreateResponseTracingConfiguration,
    )
    from .realtime_session_create_response_tracing_configuration_metadata import (
        RealtimeSessionCreateResponseTracingConfigurationMetadata,
    )
    from .realtime_session_create_response_tracing_tracing_configuration_type_0 import (
        RealtimeSessionCreateResponseTracingTracingConfigurationType0,
    )
    from .realtime_session_create_response_turn_detection_type_0 import (
        RealtimeSessionCreateResponseTurnDetectionType0,
    )
    from .realtime_session_include_type_0_item import RealtimeSessionIncludeType0Item
    from .realtime_session_input_audio_format_type_1 import (
        RealtimeSessionInputAudioFormatType1,
    )
    from .realtime_session_input_audio_format_type_2_type_1 import (
        RealtimeSessionInputAudioFormatType2Type1,
    )
    from .realtime_session_input_audio_format_type_3_type_1 import (
        RealtimeSessionInputAudioFormatType3Type1,
    )
    from .realtime_session_input_audio_noise_reduction_type_0 import (
        RealtimeSessionInputAudioNoiseReductionType0,
    )
    from .realtime_session_max_response_output_tokens_type_0_type_1 import (
        RealtimeSessionMaxResponseOutputTokensType0Type1,
    )
    from .realtime_session_model_type_1 import RealtimeSessionModelType1
    from .realtime_session_object import RealtimeSessionObject
    from .realtime_session_output_audio_format_type_1 import (
        RealtimeSessionOutputAudioFormatType1,
    )
    from .realtime_session_output_audio_format_type_2_type_1 import (
        RealtimeSessionOutputAudioFormatType2Type1,
    )
    from .realtime_session_output_audio_format_type_3_type_1 import (
        RealtimeSessionOutputAudioFormatType3Type1,
    )
    from .realtime_session_tracing_configuration import (
        RealtimeSessionTracingConfiguration,
    )
    from .realtime_session_tracing_configuration_metadata import (
        RealtimeSessionTracingConfigurationMetadata,
    )
    from .realtime_session_tracing_tracing_configuration_type_0 import (
        RealtimeSessionTracingTracingConfigurationType0,
    )
    from .realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequest,
    )
    from .realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA,
    )
    from .realtime_transcription_session_create_request_ga_audio import (
        RealtimeTranscriptionSessionCreateRequestGAAudio,
    )
    from .realtime_transcription_session_create_request_ga_audio_input import (
        RealtimeTranscriptionSessionCreateRequestGAAudioInput,
    )
    from .realtime_transcription_session_create_request_ga_audio_input_noise_reduction_type_0 import (
        RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReductionType0,
    )
    from .realtime_transcription_session_create_request_ga_include_type_0_item import (
        RealtimeTranscriptionSessionCreateRequestGAIncludeType0Item,
    )
    from .realtime_transcription_session_create_request_include_type_0_item import (
        RealtimeTranscriptionSessionCreateRequestIncludeType0Item,
    )
    from .realtime_transcription_session_create_request_input_audio_format import (
        RealtimeTranscriptionSessionCreateRequestInputAudioFormat,
    )
    from .realtime_transcription_session_create_request_input_audio_noise_reduction import (
        RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction,
    )
    from .realtime_transcription_session_create_request_turn_detection_type_0 import (
        RealtimeTranscriptionSessionCreateRequestTurnDetectionType0,
    )
    from .realtime_transcription_session_create_request_turn_detection_type_0_type import (
        RealtimeTranscriptionSessionCreateRequestTurnDetectionType0Type,
    )
    from .realtime_transcription_session_create_response import (
        RealtimeTranscriptionSessionCreateResponse,
    )
    from .realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA,
    )
    from .realtime_transcription_session_create_response_ga_audio import (
        RealtimeTranscriptionSessionCreateResponseGAAudio,
    )
    from .realtime_transcription_session_create_response_ga_audio_input import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInput,
    )
    from .realtime_transcription_session_create_response_ga_audio_input_noise_reduction_type_0 import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReductionType0,
    )
    from .realtime_transcription_session_create_response_ga_audio_input_turn_detection_type_0 import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionType0,
    )
    from .realtime_transcription_session_create_response_ga_include_type_0_item import (
        RealtimeTranscriptionSessionCreateResponseGAIncludeType0Item,
    )
    from .realtime_transcription_session_create_response_turn_detection_type_0 import (
        RealtimeTranscriptionSessionCreateResponseTurnDetectionType0,
    )
    from .realtime_translation_client_event_input_audio_buffer_append import (
        RealtimeTranslationClientEventInputAudioBufferAppend,
    )
    from .realtime_translation_client_event_session_close import (
        RealtimeTranslationClientEventSessionClose,
    )
    from .realtime_translation_client_event_session_update import (
        RealtimeTranslationClientEventSessionUpdate,
    )
    from .realtime_translation_client_secret_create_request import (
        RealtimeTranslationClientSecretCreateRequest,
    )
    from .realtime_translation_client_secret_create_request_client_secret_expiration import (
        RealtimeTranslationClientSecretCreateRequestClientSecretExpiration,
    )
    from .realtime_translation_client_secret_create_request_client_secret_expiration_anchor import (
        RealtimeTranslationClientSecretCreateRequestClientSecretExpirationAnchor,
    )
    from .realtime_translation_client_secret_create_response import (
        RealtimeTranslationClientSecretCreateResponse,
    )
    from .realtime_translation_server_event_session_closed import (
        RealtimeTranslationServerEventSessionClosed,
    )
    from .realtime_translation_server_event_session_created import (
        RealtimeTranslationServerEventSessionCreated,
    )
    from .realtime_translation_server_event_session_input_transcript_delta import (
        RealtimeTranslationServerEventSessionInputTranscriptDelta,
    )
    from .realtime_translation_server_event_session_output_audio_delta import (
        RealtimeTranslationServerEventSessionOutputAudioDelta,
    )
    from .realtime_translation_server_event_session_output_audio_delta_format import (
        RealtimeTranslationServerEventSessionOutputAudioDeltaFormat,
    )
    from .realtime_translation_server_event_session_output_transcript_delta import (
        RealtimeTranslationServerEventSessionOutputTranscriptDelta,
    )
    from .realtime_translation_server_event_session_updated import (
        RealtimeTranslationServerEventSessionUpdated,
    )
    from .realtime_translation_session import RealtimeTranslationSession
    from .realtime_translation_session_audio import RealtimeTranslationSessionAudio
    from .realtime_translation_session_audio_input import (
        RealtimeTranslationSessionAudioInput,
    )
    from .realtime_translation_session_audio_input_noise_reduction_type_0 import (
        RealtimeTranslationSessionAudioInputNoiseReductionType0,
    )
    from .realtime_translation_session_audio_input_transcription_type_0 import (
        RealtimeTranslationSessionAudioInputTranscriptionType0,
    )
    from .realtime_translation_session_audio_output import (
        RealtimeTranslationSessionAudioOutput,
    )
    from .realtime_translation_session_create_request import (
        RealtimeTranslationSessionCreateRequest,
    )
    from .realtime_translation_session_create_request_audio import (
        RealtimeTranslationSessionCreateRequestAudio,
    )
    from .realtime_translation_session_create_request_audio_input import (
        RealtimeTranslationSessionCreateRequestAudioInput,
    )
    from .realtime_translation_session_create_request_audio_input_noise_reduction_type_0 import (
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0,
    )
    from .realtime_translation_session_create_request_audio_input_transcription_type_0 import (
        RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0,
    )
    from .realtime_translation_session_create_request_audio_output import (
        RealtimeTranslationSessionCreateRequestAudioOutput,
    )
    from .realtime_translation_session_update_request import (
        RealtimeTranslationSessionUpdateRequest,
    )
    from .realtime_translation_session_update_request_audio import (
        RealtimeTranslationSessionUpdateRequestAudio,
    )
    from .realtime_translation_session_update_request_audio_input import (
        RealtimeTranslationSessionUpdateRequestAudioInput,
    )
    from .realtime_translation_session_update_request_audio_input_noise_reduction_type_0 import (
        RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0,
    )
    from .realtime_translation_session_update_request_audio_input_transcription_type_0 import (
        RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0,
    )
    from .realtime_translation_session_update_request_audio_output import (
        RealtimeTranslationSessionUpdateRequestAudioOutput,
    )
    from .realtime_truncation_retention_ratio import RealtimeTruncationRetentionRatio
    from .realtime_truncation_retention_ratio_token_limits import (
        RealtimeTruncationRetentionRatioTokenLimits,
    )
    from .realtime_truncation_type_0 import RealtimeTruncationType0
    from .semantic_vad import SemanticVAD
    from .semantic_vad_eagerness import SemanticVADEagerness
    from .server_vad import ServerVAD
    from .tool_choice_function import ToolChoiceFunction
    from .tool_choice_mcp import ToolChoiceMCP
    from .tool_choice_options import ToolChoiceOptions
    from .transcript_text_usage_duration import TranscriptTextUsageDuration
    from .transcript_text_usage_tokens import TranscriptTextUsageTokens
    from .transcript_text_usage_tokens_input_token_details import (
        TranscriptTextUsageTokensInputTokenDetails,
    )
    from .transcription_language import TranscriptionLanguage
    from .voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1
    from .voice_ids_shared_type_1 import VoiceIdsSharedType1

__all__ = (
    "AudioTranscription",
    "AudioTranscriptionDelay",
    "AudioTranscriptionModelType1",
    "AudioTranscriptionResponse",
    "AudioTranscriptionResponseModelType1",
    "CallableToolAllowedCaller",
    "FileInputDetail",
    "ImageDetail",
    "InputFileContent",
    "InputImageContent",
    "InputTextContent",
    "LogProbProperties",
    "MCPListToolsTool",
    "MCPListToolsToolAnnotationsType0",
    "MCPListToolsToolInputSchema",
    "MCPTool",
    "MCPToolConnectorId",
    "MCPToolFilter",
    "MCPToolHeadersType0",
    "MCPToolMCPToolApprovalFilter",
    "MCPToolMCPToolApprovalSetting",
    "MetadataType0",
    "NoiseReductionType",
    "PCMAAudioFormat",
    "PCMAAudioFormatType",
    "PCMAudioFormat",
    "PCMAudioFormatRate",
    "PCMAudioFormatType",
    "PCMUAudioFormat",
    "PCMUAudioFormatType",
    "PromptCacheBreakpointConfig",
    "PromptCacheBreakpointConfigMode",
    "PromptType0",
    "PromptVariables",
    "RealtimeBetaClientEventConversationItemCreate",
    "RealtimeBetaClientEventConversationItemDelete",
    "RealtimeBetaClientEventConversationItemRetrieve",
    "RealtimeBetaClientEventConversationItemTruncate",
    "RealtimeBetaClientEventInputAudioBufferAppend",
    "RealtimeBetaClientEventInputAudioBufferClear",
    "RealtimeBetaClientEventInputAudioBufferCommit",
    "RealtimeBetaClientEventOutputAudioBufferClear",
    "RealtimeBetaClientEventResponseCancel",
    "RealtimeBetaClientEventResponseCreate",
    "RealtimeBetaClientEventSessionUpdate",
    "RealtimeBetaClientEventTranscriptionSessionUpdate",
    "RealtimeBetaConversationItemMessageAssistant",
    "RealtimeBetaConversationItemMessageAssistantContentItem",
    "RealtimeBetaConversationItemMessageAssistantContentItemType",
    "RealtimeBetaConversationItemMessageAssistantObject",
    "RealtimeBetaConversationItemMessageAssistantRole",
    "RealtimeBetaConversationItemMessageAssistantStatus",
    "RealtimeBetaResponse",
    "RealtimeBetaResponseCreateParams",
    "RealtimeBetaResponseCreateParamsConversationType1",
    "RealtimeBetaResponseCreateParamsMaxOutputTokensType1",
    "RealtimeBetaResponseCreateParamsModalitiesItem",
    "RealtimeBetaResponseCreateParamsOutputAudioFormat",
    "RealtimeBetaResponseCreateParamsToolsItem",
    "RealtimeBetaResponseCreateParamsToolsItemParameters",
    "RealtimeBetaResponseMaxOutputTokensType1",
    "RealtimeBetaResponseModalitiesItem",
    "RealtimeBetaResponseObject",
    "RealtimeBetaResponseOutputAudioFormat",
    "RealtimeBetaResponseStatus",
    "RealtimeBetaResponseStatusDetailsType0",
    "RealtimeBetaResponseStatusDetailsType0Error",
    "RealtimeBetaResponseStatusDetailsType0Reason",
    "RealtimeBetaResponseStatusDetailsType0Type",
    "RealtimeBetaResponseUsageType0",
    "RealtimeBetaResponseUsageType0InputTokenDetails",
    "RealtimeBetaResponseUsageType0InputTokenDetailsCachedTokensDetails",
    "RealtimeBetaResponseUsageType0OutputTokenDetails",
    "RealtimeBetaServerEventConversationItemCreated",
    "RealtimeBetaServerEventConversationItemDeleted",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment",
    "RealtimeBetaServerEventConversationItemRetrieved",
    "RealtimeBetaServerEventConversationItemTruncated",
    "RealtimeBetaServerEventError",
    "RealtimeBetaServerEventErrorError",
    "RealtimeBetaServerEventInputAudioBufferCleared",
    "RealtimeBetaServerEventInputAudioBufferCommitted",
    "RealtimeBetaServerEventInputAudioBufferSpeechStarted",
    "RealtimeBetaServerEventInputAudioBufferSpeechStopped",
    "RealtimeBetaServerEventMCPListToolsCompleted",
    "RealtimeBetaServerEventMCPListToolsFailed",
    "RealtimeBetaServerEventMCPListToolsInProgress",
    "RealtimeBetaServerEventOutputAudioBufferCleared",
    "RealtimeBetaServerEventOutputAudioBufferStarted",
    "RealtimeBetaServerEventOutputAudioBufferStopped",
    "RealtimeBetaServerEventRateLimitsUpdated",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName",
    "RealtimeBetaServerEventResponseAudioDelta",
    "RealtimeBetaServerEventResponseAudioDone",
    "RealtimeBetaServerEventResponseAudioTranscriptDelta",
    "RealtimeBetaServerEventResponseAudioTranscriptDone",
    "RealtimeBetaServerEventResponseContentPartAdded",
    "RealtimeBetaServerEventResponseContentPartAddedPart",
    "RealtimeBetaServerEventResponseContentPartAddedPartType",
    "RealtimeBetaServerEventResponseContentPartDone",
    "RealtimeBetaServerEventResponseContentPartDonePart",
    "RealtimeBetaServerEventResponseContentPartDonePartType",
    "RealtimeBetaServerEventResponseCreated",
    "RealtimeBetaServerEventResponseDone",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDelta",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDone",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDelta",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDone",
    "RealtimeBetaServerEventResponseMCPCallCompleted",
    "RealtimeBetaServerEventResponseMCPCallFailed",
    "RealtimeBetaServerEventResponseMCPCallInProgress",
    "RealtimeBetaServerEventResponseOutputItemAdded",
    "RealtimeBetaServerEventResponseOutputItemDone",
    "RealtimeBetaServerEventResponseTextDelta",
    "RealtimeBetaServerEventResponseTextDone",
    "RealtimeBetaServerEventSessionCreated",
    "RealtimeBetaServerEventSessionUpdated",
    "RealtimeBetaServerEventTranscriptionSessionCreated",
    "RealtimeBetaServerEventTranscriptionSessionUpdated",
    "RealtimeCallCreateRequest",
    "RealtimeCallReferRequest",
    "RealtimeCallRejectRequest",
    "RealtimeClientEventConversationItemCreate",
    "RealtimeClientEventConversationItemDelete",
    "RealtimeClientEventConversationItemRetrieve",
    "RealtimeClientEventConversationItemTruncate",
    "RealtimeClientEventInputAudioBufferAppend",
    "RealtimeClientEventInputAudioBufferClear",
    "RealtimeClientEventInputAudioBufferCommit",
    "RealtimeClientEventOutputAudioBufferClear",
    "RealtimeClientEventResponseCancel",
    "RealtimeClientEventResponseCreate",
    "RealtimeClientEventSessionUpdate",
    "RealtimeClientEventTranscriptionSessionUpdate",
    "RealtimeConversationItemFunctionCall",
    "RealtimeConversationItemFunctionCallObject",
    "RealtimeConversationItemFunctionCallOutput",
    "RealtimeConversationItemFunctionCallOutputObject",
    "RealtimeConversationItemFunctionCallOutputStatus",
    "RealtimeConversationItemFunctionCallStatus",
    "RealtimeConversationItemMessageAssistant",
    "RealtimeConversationItemMessageAssistantContentItem",
    "RealtimeConversationItemMessageAssistantContentItemType",
    "RealtimeConversationItemMessageAssistantObject",
    "RealtimeConversationItemMessageAssistantRole",
    "RealtimeConversationItemMessageAssistantStatus",
    "RealtimeConversationItemMessageSystem",
    "RealtimeConversationItemMessageSystemContentItem",
    "RealtimeConversationItemMessageSystemObject",
    "RealtimeConversationItemMessageSystemRole",
    "RealtimeConversationItemMessageSystemStatus",
    "RealtimeConversationItemMessageUser",
    "RealtimeConversationItemMessageUserContentItem",
    "RealtimeConversationItemMessageUserContentItemDetail",
    "RealtimeConversationItemMessageUserContentItemType",
    "RealtimeConversationItemMessageUserObject",
    "RealtimeConversationItemMessageUserRole",
    "RealtimeConversationItemMessageUserStatus",
    "RealtimeCreateClientSecretRequest",
    "RealtimeCreateClientSecretRequestClientSecretExpiration",
    "RealtimeCreateClientSecretRequestClientSecretExpirationAnchor",
    "RealtimeCreateClientSecretResponse",
    "RealtimeFunctionTool",
    "RealtimeFunctionToolParameters",
    "RealtimeMCPApprovalRequest",
    "RealtimeMCPApprovalResponse",
    "RealtimeMCPHTTPError",
    "RealtimeMCPListTools",
    "RealtimeMCPProtocolError",
    "RealtimeMCPToolCall",
    "RealtimeMCPToolExecutionError",
    "RealtimeReasoning",
    "RealtimeReasoningEffort",
    "RealtimeResponse",
    "RealtimeResponseAudio",
    "RealtimeResponseAudioOutput",
    "RealtimeResponseCreateParams",
    "RealtimeResponseCreateParamsAudio",
    "RealtimeResponseCreateParamsAudioOutput",
    "RealtimeResponseCreateParamsConversationType1",
    "RealtimeResponseCreateParamsMaxOutputTokensType1",
    "RealtimeResponseCreateParamsOutputModalitiesItem",
    "RealtimeResponseMaxOutputTokensType1",
    "RealtimeResponseObject",
    "RealtimeResponseOutputModalitiesItem",
    "RealtimeResponseStatus",
    "RealtimeResponseStatusDetailsType0",
    "RealtimeResponseStatusDetailsType0Error",
    "RealtimeResponseStatusDetailsType0Reason",
    "RealtimeResponseStatusDetailsType0Type",
    "RealtimeResponseUsageType0",
    "RealtimeResponseUsageType0InputTokenDetails",
    "RealtimeResponseUsageType0InputTokenDetailsCachedTokensDetails",
    "RealtimeResponseUsageType0OutputTokenDetails",
    "RealtimeServerEventConversationCreated",
    "RealtimeServerEventConversationCreatedConversation",
    "RealtimeServerEventConversationItemAdded",
    "RealtimeServerEventConversationItemCreated",
    "RealtimeServerEventConversationItemDeleted",
    "RealtimeServerEventConversationItemDone",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted",
    "RealtimeServerEventConversationItemInputAudioTranscriptionDelta",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailedError",
    "RealtimeServerEventConversationItemInputAudioTranscriptionSegment",
    "RealtimeServerEventConversationItemRetrieved",
    "RealtimeServerEventConversationItemTruncated",
    "RealtimeServerEventError",
    "RealtimeServerEventErrorError",
    "RealtimeServerEventInputAudioBufferCleared",
    "RealtimeServerEventInputAudioBufferCommitted",
    "RealtimeServerEventInputAudioBufferDtmfEventReceived",
    "RealtimeServerEventInputAudioBufferSpeechStarted",
    "RealtimeServerEventInputAudioBufferSpeechStopped",
    "RealtimeServerEventInputAudioBufferTimeoutTriggered",
    "RealtimeServerEventMCPListToolsCompleted",
    "RealtimeServerEventMCPListToolsFailed",
    "RealtimeServerEventMCPListToolsInProgress",
    "RealtimeServerEventOutputAudioBufferCleared",
    "RealtimeServerEventOutputAudioBufferStarted",
    "RealtimeServerEventOutputAudioBufferStopped",
    "RealtimeServerEventRateLimitsUpdated",
    "RealtimeServerEventRateLimitsUpdatedRateLimitsItem",
    "RealtimeServerEventRateLimitsUpdatedRateLimitsItemName",
    "RealtimeServerEventResponseAudioDelta",
    "RealtimeServerEventResponseAudioDone",
    "RealtimeServerEventResponseAudioTranscriptDelta",
    "RealtimeServerEventResponseAudioTranscriptDone",
    "RealtimeServerEventResponseContentPartAdded",
    "RealtimeServerEventResponseContentPartAddedPart",
    "RealtimeServerEventResponseContentPartAddedPartType",
    "RealtimeServerEventResponseContentPartDone",
    "RealtimeServerEventResponseContentPartDonePart",
    "RealtimeServerEventResponseContentPartDonePartType",
    "RealtimeServerEventResponseCreated",
    "RealtimeServerEventResponseDone",
    "RealtimeServerEventResponseFunctionCallArgumentsDelta",
    "RealtimeServerEventResponseFunctionCallArgumentsDone",
    "RealtimeServerEventResponseMCPCallArgumentsDelta",
    "RealtimeServerEventResponseMCPCallArgumentsDone",
    "RealtimeServerEventResponseMCPCallCompleted",
    "RealtimeServerEventResponseMCPCallFailed",
    "RealtimeServerEventResponseMCPCallInProgress",
    "RealtimeServerEventResponseOutputItemAdded",
    "RealtimeServerEventResponseOutputItemDone",
    "RealtimeServerEventResponseTextDelta",
    "RealtimeServerEventResponseTextDone",
    "RealtimeServerEventSessionCreated",
    "RealtimeServerEventSessionUpdated",
    "RealtimeServerEventTranscriptionSessionCreated",
    "RealtimeServerEventTranscriptionSessionUpdated",
    "RealtimeSession",
    "RealtimeSessionClientSecretType0",
    "RealtimeSessionCreateRequest",
    "RealtimeSessionCreateRequestGA",
    "RealtimeSessionCreateRequestGAAudio",
    "RealtimeSessionCreateRequestGAAudioInput",
    "RealtimeSessionCreateRequestGAAudioInputNoiseReductionType0",
    "RealtimeSessionCreateRequestGAAudioOutput",
    "RealtimeSessionCreateRequestGAAuto",
    "RealtimeSessionCreateRequestGAIncludeType0Item",
    "RealtimeSessionCreateRequestGAMaxOutputTokensType1",
    "RealtimeSessionCreateRequestGAModelType1",
    "RealtimeSessionCreateRequestGAOutputModalitiesItem",
    "RealtimeSessionCreateRequestGATracingConfiguration",
    "RealtimeSessionCreateRequestGATracingConfigurationMetadata",
    "RealtimeSessionCreateRequestInputAudioTranscription",
    "RealtimeSessionCreateRequestMaxResponseOutputTokensType1",
    "RealtimeSessionCreateRequestToolsItem",
    "RealtimeSessionCreateRequestToolsItemParameters",
    "RealtimeSessionCreateRequestTracingConfiguration",
    "RealtimeSessionCreateRequestTracingConfigurationMetadata",
    "RealtimeSessionCreateRequestTracingTracingConfigurationType0",
    "RealtimeSessionCreateRequestTurnDetectionType0",
    "RealtimeSessionCreateResponse",
    "RealtimeSessionCreateResponseAudio",
    "RealtimeSessionCreateResponseAudioInput",
    "RealtimeSessionCreateResponseAudioInputNoiseReductionType0",
    "RealtimeSessionCreateResponseAudioInputTurnDetectionType0",
    "RealtimeSessionCreateResponseAudioOutput",
    "RealtimeSessionCreateResponseGA",
    "RealtimeSessionCreateResponseGAAudio",
    "RealtimeSessionCreateResponseGAAudioInput",
    "RealtimeSessionCreateResponseGAAudioInputNoiseReductionType0",
    "RealtimeSessionCreateResponseGAAudioOutput",
    "RealtimeSessionCreateResponseGAAuto",
    "RealtimeSessionCreateResponseGAIncludeType0Item",
    "RealtimeSessionCreateResponseGAMaxOutputTokensType1",
    "RealtimeSessionCreateResponseGAModelType1",
    "RealtimeSessionCreateResponseGAObject",
    "RealtimeSessionCreateResponseGAOutputModalitiesItem",
    "RealtimeSessionCreateResponseGATracingConfiguration",
    "RealtimeSessionCreateResponseGATracingConfigurationMetadata",
    "RealtimeSessionCreateResponseIncludeType0Item",
    "RealtimeSessionCreateResponseMaxOutputTokensType1",
    "RealtimeSessionCreateResponseTracingConfiguration",
    "RealtimeSessionCreateResponseTracingConfigurationMetadata",
    "RealtimeSessionCreateResponseTracingTracingConfigurationType0",
    "RealtimeSessionCreateResponseTurnDetectionType0",
    "RealtimeSessionIncludeType0Item",
    "RealtimeSessionInputAudioFormatType1",
    "RealtimeSessionInputAudioFormatType2Type1",
    "RealtimeSessionInputAudioFormatType3Type1",
    "RealtimeSessionInputAudioNoiseReductionType0",
    "RealtimeSessionMaxResponseOutputTokensType0Type1",
    "RealtimeSessionModelType1",
    "RealtimeSessionObject",
    "RealtimeSessionOutputAudioFormatType1",
    "RealtimeSessionOutputAudioFormatType2Type1",
    "RealtimeSessionOutputAudioFormatType3Type1",
    "RealtimeSessionTracingConfiguration",
    "RealtimeSessionTracingConfigurationMetadata",
    "RealtimeSessionTracingTracingConfigurationType0",
    "RealtimeTranscriptionSessionCreateRequest",
    "RealtimeTranscriptionSessionCreateRequestGA",
    "RealtimeTranscriptionSessionCreateRequestGAAudio",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInput",
    "RealtimeTranscriptionSessionCreateRequestGAAudioInputNoiseReductionType0",
    "RealtimeTranscriptionSessionCreateRequestGAIncludeType0Item",
    "RealtimeTranscriptionSessionCreateRequestIncludeType0Item",
    "RealtimeTranscriptionSessionCreateRequestInputAudioFormat",
    "RealtimeTranscriptionSessionCreateRequestInputAudioNoiseReduction",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionType0",
    "RealtimeTranscriptionSessionCreateRequestTurnDetectionType0Type",
    "RealtimeTranscriptionSessionCreateResponse",
    "RealtimeTranscriptionSessionCreateResponseGA",
    "RealtimeTranscriptionSessionCreateResponseGAAudio",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInput",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReductionType0",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetectionType0",
    "RealtimeTranscriptionSessionCreateResponseGAIncludeType0Item",
    "RealtimeTranscriptionSessionCreateResponseTurnDetectionType0",
    "RealtimeTranslationClientEventInputAudioBufferAppend",
    "RealtimeTranslationClientEventSessionClose",
    "RealtimeTranslationClientEventSessionUpdate",
    "RealtimeTranslationClientSecretCreateRequest",
    "RealtimeTranslationClientSecretCreateRequestClientSecretExpiration",
    "RealtimeTranslationClientSecretCreateRequestClientSecretExpirationAnchor",
    "RealtimeTranslationClientSecretCreateResponse",
    "RealtimeTranslationServerEventSessionClosed",
    "RealtimeTranslationServerEventSessionCreated",
    "RealtimeTranslationServerEventSessionInputTranscriptDelta",
    "RealtimeTranslationServerEventSessionOutputAudioDelta",
    "RealtimeTranslationServerEventSessionOutputAudioDeltaFormat",
    "RealtimeTranslationServerEventSessionOutputTranscriptDelta",
    "RealtimeTranslationServerEventSessionUpdated",
    "RealtimeTranslationSession",
    "RealtimeTranslationSessionAudio",
    "RealtimeTranslationSessionAudioInput",
    "RealtimeTranslationSessionAudioInputNoiseReductionType0",
    "RealtimeTranslationSessionAudioInputTranscriptionType0",
    "RealtimeTranslationSessionAudioOutput",
    "RealtimeTranslationSessionCreateRequest",
    "RealtimeTranslationSessionCreateRequestAudio",
    "RealtimeTranslationSessionCreateRequestAudioInput",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReductionType0",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscriptionType0",
    "RealtimeTranslationSessionCreateRequestAudioOutput",
    "RealtimeTranslationSessionUpdateRequest",
    "RealtimeTranslationSessionUpdateRequestAudio",
    "RealtimeTranslationSessionUpdateRequestAudioInput",
    "RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0",
    "RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0",
    "RealtimeTranslationSessionUpdateRequestAudioOutput",
    "RealtimeTruncationRetentionRatio",
    "RealtimeTruncationRetentionRatioTokenLimits",
    "RealtimeTruncationType0",
    "SemanticVAD",
    "SemanticVADEagerness",
    "ServerVAD",
    "ToolChoiceFunction",
    "ToolChoiceMCP",
    "ToolChoiceOptions",
    "TranscriptionLanguage",
    "TranscriptTextUsageDuration",
    "TranscriptTextUsageTokens",
    "TranscriptTextUsageTokensInputTokenDetails",
    "VoiceIdsOrCustomVoiceType1",
    "VoiceIdsSharedType1",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
