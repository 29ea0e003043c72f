from typing import Literal

RealtimeConversationItemMessageAssistantContentItemType = Literal["output_audio", "output_text"]

REALTIME_CONVERSATION_ITEM_MESSAGE_ASSISTANT_CONTENT_ITEM_TYPE_VALUES: set[
    RealtimeConversationItemMessageAssistantContentItemType
] = {
    "output_audio",
    "output_text",
}


def check_realtime_conversation_item_message_assistant_content_item_type(
    value: str,
) -> RealtimeConversationItemMessageAssistantContentItemType:
    if value in REALTIME_CONVERSATION_ITEM_MESSAGE_ASSISTANT_CONTENT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_MESSAGE_ASSISTANT_CONTENT_ITEM_TYPE_VALUES!r}"
    )
