from typing import Literal

RealtimeConversationItemMessageAssistantObject = Literal["realtime.item"]

REALTIME_CONVERSATION_ITEM_MESSAGE_ASSISTANT_OBJECT_VALUES: set[
    RealtimeConversationItemMessageAssistantObject
] = {
    "realtime.item",
}


def check_realtime_conversation_item_message_assistant_object(
    value: str,
) -> RealtimeConversationItemMessageAssistantObject:
    if value in REALTIME_CONVERSATION_ITEM_MESSAGE_ASSISTANT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_MESSAGE_ASSISTANT_OBJECT_VALUES!r}"
    )
