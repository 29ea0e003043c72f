from typing import Literal

RealtimeConversationItemMessageSystemStatus = Literal["completed", "in_progress", "incomplete"]

REALTIME_CONVERSATION_ITEM_MESSAGE_SYSTEM_STATUS_VALUES: set[
    RealtimeConversationItemMessageSystemStatus
] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_realtime_conversation_item_message_system_status(
    value: str,
) -> RealtimeConversationItemMessageSystemStatus:
    if value in REALTIME_CONVERSATION_ITEM_MESSAGE_SYSTEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_MESSAGE_SYSTEM_STATUS_VALUES!r}"
    )
