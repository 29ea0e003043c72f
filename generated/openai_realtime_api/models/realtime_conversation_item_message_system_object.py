from typing import Literal

RealtimeConversationItemMessageSystemObject = Literal["realtime.item"]

REALTIME_CONVERSATION_ITEM_MESSAGE_SYSTEM_OBJECT_VALUES: set[
    RealtimeConversationItemMessageSystemObject
] = {
    "realtime.item",
}


def check_realtime_conversation_item_message_system_object(
    value: str,
) -> RealtimeConversationItemMessageSystemObject:
    if value in REALTIME_CONVERSATION_ITEM_MESSAGE_SYSTEM_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_MESSAGE_SYSTEM_OBJECT_VALUES!r}"
    )
