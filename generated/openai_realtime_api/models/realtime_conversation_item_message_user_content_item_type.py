from typing import Literal

RealtimeConversationItemMessageUserContentItemType = Literal[
    "input_audio", "input_image", "input_text"
]

REALTIME_CONVERSATION_ITEM_MESSAGE_USER_CONTENT_ITEM_TYPE_VALUES: set[
    RealtimeConversationItemMessageUserContentItemType
] = {
    "input_audio",
    "input_image",
    "input_text",
}


def check_realtime_conversation_item_message_user_content_item_type(
    value: str,
) -> RealtimeConversationItemMessageUserContentItemType:
    if value in REALTIME_CONVERSATION_ITEM_MESSAGE_USER_CONTENT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONVERSATION_ITEM_MESSAGE_USER_CONTENT_ITEM_TYPE_VALUES!r}"
    )
