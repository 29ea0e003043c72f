from typing import Literal

RealtimeConversationItemMessageUserStatus = Literal["completed", "in_progress", "incomplete"]

REALTIME_CONVERSATION_ITEM_MESSAGE_USER_STATUS_VALUES: set[
    RealtimeConversationItemMessageUserStatus
] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_realtime_conversation_item_message_user_status(
    value: str,
) -> RealtimeConversationItemMessageUserStatus:
    if value in REALTIME_CONVERSATION_ITEM_MESSAGE_USER_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_MESSAGE_USER_STATUS_VALUES!r}"
    )
