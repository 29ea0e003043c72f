from typing import Literal

RealtimeBetaConversationItemMessageAssistantRole = Literal["assistant"]

REALTIME_BETA_CONVERSATION_ITEM_MESSAGE_ASSISTANT_ROLE_VALUES: set[
    RealtimeBetaConversationItemMessageAssistantRole
] = {
    "assistant",
}


def check_realtime_beta_conversation_item_message_assistant_role(
    value: str,
) -> RealtimeBetaConversationItemMessageAssistantRole:
    if value in REALTIME_BETA_CONVERSATION_ITEM_MESSAGE_ASSISTANT_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_CONVERSATION_ITEM_MESSAGE_ASSISTANT_ROLE_VALUES!r}"
    )
