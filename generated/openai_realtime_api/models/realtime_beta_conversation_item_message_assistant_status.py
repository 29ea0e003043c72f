from typing import Literal

RealtimeBetaConversationItemMessageAssistantStatus = Literal[
    "completed", "in_progress", "incomplete"
]

REALTIME_BETA_CONVERSATION_ITEM_MESSAGE_ASSISTANT_STATUS_VALUES: set[
    RealtimeBetaConversationItemMessageAssistantStatus
] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_realtime_beta_conversation_item_message_assistant_status(
    value: str,
) -> RealtimeBetaConversationItemMessageAssistantStatus:
    if value in REALTIME_BETA_CONVERSATION_ITEM_MESSAGE_ASSISTANT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_CONVERSATION_ITEM_MESSAGE_ASSISTANT_STATUS_VALUES!r}"
    )
