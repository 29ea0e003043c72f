from typing import Literal

RealtimeConversationItemMessageUserRole = Literal["user"]

REALTIME_CONVERSATION_ITEM_MESSAGE_USER_ROLE_VALUES: set[
    RealtimeConversationItemMessageUserRole
] = {
    "user",
}


def check_realtime_conversation_item_message_user_role(
    value: str,
) -> RealtimeConversationItemMessageUserRole:
    if value in REALTIME_CONVERSATION_ITEM_MESSAGE_USER_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_MESSAGE_USER_ROLE_VALUES!r}"
    )
