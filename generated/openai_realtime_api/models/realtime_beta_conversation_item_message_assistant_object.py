from typing import Literal

RealtimeBetaConversationItemMessageAssistantObject = Literal["realtime.item"]

REALTIME_BETA_CONVERSATION_ITEM_MESSAGE_ASSISTANT_OBJECT_VALUES: set[
    RealtimeBetaConversationItemMessageAssistantObject
] = {
    "realtime.item",
}


def check_realtime_beta_conversation_item_message_assistant_object(
    value: str,
) -> RealtimeBetaConversationItemMessageAssistantObject:
    if value in REALTIME_BETA_CONVERSATION_ITEM_MESSAGE_ASSISTANT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_BETA_CONVERSATION_ITEM_MESSAGE_ASSISTANT_OBJECT_VALUES!r}"
    )
