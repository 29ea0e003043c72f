from typing import Literal

RealtimeBetaConversationItemMessageAssistantContentItemType = Literal["audio", "text"]

REALTIME_BETA_CONVERSATION_ITEM_MESSAGE_ASSISTANT_CONTENT_ITEM_TYPE_VALUES: set[
    RealtimeBetaConversationItemMessageAssistantContentItemType
] = {
    "audio",
    "text",
}


def check_realtime_beta_conversation_item_message_assistant_content_item_type(
    value: str,
) -> RealtimeBetaConversationItemMessageAssistantContentItemType:
    if value in REALTIME_BETA_CONVERSATION_ITEM_MESSAGE_ASSISTANT_CONTENT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_CONVERSATION_ITEM_MESSAGE_ASSISTANT_CONTENT_ITEM_TYPE_VALUES!r}"
    )
