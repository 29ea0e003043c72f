from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall,
    )
    from ..models.realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput,
    )
    from ..models.realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant,
    )
    from ..models.realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem,
    )
    from ..models.realtime_conversation_item_message_user import (
        RealtimeConversationItemMessageUser,
    )
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall


T = TypeVar("T", bound="RealtimeServerEventConversationItemCreated")


@_attrs_define
class RealtimeServerEventConversationItemCreated:
    """Returned when a conversation item is created. There are several scenarios that produce this event:
    - The server is generating a Response, which if successful will produce
      either one or two Items, which will be of type `message`
      (role `assistant`) or type `function_call`.
    - The input audio buffer has been committed, either by the client or the
      server (in `server_vad` mode). The server will take the content of the
      input audio buffer and add it to a new user message Item.
    - The client has sent a `conversation.item.create` event to add a new Item
      to the Conversation.

      Attributes:
          event_id (str): The unique ID of the server event.
          type_ (Literal['conversation.item.created']): The event type, must be `conversation.item.created`. Default:
              'conversation.item.created'.
          item (RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput |
              RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem |
              RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse |
              RealtimeMCPListTools | RealtimeMCPToolCall): A single item within a Realtime conversation.
          previous_item_id (None | str | Unset):
    """

    event_id: str
    item: (
        RealtimeConversationItemFunctionCall
        | RealtimeConversationItemFunctionCallOutput
        | RealtimeConversationItemMessageAssistant
        | RealtimeConversationItemMessageSystem
        | RealtimeConversationItemMessageUser
        | RealtimeMCPApprovalRequest
        | RealtimeMCPApprovalResponse
        | RealtimeMCPListTools
        | RealtimeMCPToolCall
    )
    type_: Literal["conversation.item.created"] = "conversation.item.created"
    previous_item_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        event_id = self.event_id

        type_ = self.type_

        item: dict[str, Any]
        if isinstance(self.item, RealtimeConversationItemMessageSystem):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeConversationItemMessageUser):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeConversationItemMessageAssistant):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeConversationItemFunctionCall):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeConversationItemFunctionCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeMCPApprovalResponse):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeMCPListTools):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeMCPToolCall):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

        previous_item_id: None | str | Unset
        if isinstance(self.previous_item_id, Unset):
            previous_item_id = UNSET
        else:
            previous_item_id = self.previous_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item": item,
            }
        )
        if previous_item_id is not UNSET:
            field_dict["previous_item_id"] = previous_item_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeServerEventConversationItemCreated must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['conversation.item.created']", d.pop("type"))
        if type_ != "conversation.item.created":
            raise ValueError(f"type must match const 'conversation.item.created', got '{type_}'")

        def _parse_item(
            data: object,
        ) -> (
            RealtimeConversationItemFunctionCall
            | RealtimeConversationItemFunctionCallOutput
            | RealtimeConversationItemMessageAssistant
            | RealtimeConversationItemMessageSystem
            | RealtimeConversationItemMessageUser
            | RealtimeMCPApprovalRequest
            | RealtimeMCPApprovalResponse
            | RealtimeMCPListTools
            | RealtimeMCPToolCall
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_0 = (
                    RealtimeConversationItemMessageSystem.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_1 = (
                    RealtimeConversationItemMessageUser.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_2 = (
                    RealtimeConversationItemMessageAssistant.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_3 = (
                    RealtimeConversationItemFunctionCall.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_4 = (
                    RealtimeConversationItemFunctionCallOutput.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_5 = (
                    RealtimeMCPApprovalResponse.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_6 = (
                    RealtimeMCPListTools.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_7 = RealtimeMCPToolCall.from_dict(
                    data
                )

                return componentsschemas_realtime_conversation_item_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_realtime_conversation_item_type_8 = (
                RealtimeMCPApprovalRequest.from_dict(data)
            )

            return componentsschemas_realtime_conversation_item_type_8
            raise TypeError(f"item fits none of its types, not {type(data).__name__}")

        item = _parse_item(d.pop("item"))

        def _parse_previous_item_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_item_id = _parse_previous_item_id(d.pop("previous_item_id", UNSET))

        realtime_server_event_conversation_item_created = cls(
            event_id=event_id,
            type_=type_,
            item=item,
            previous_item_id=previous_item_id,
        )

        realtime_server_event_conversation_item_created.additional_properties = d
        return realtime_server_event_conversation_item_created

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_lazy_imports_loaded = False


def _load_lazy_imports() -> None:
    """Import the models this module refers to (they may import this one: hence not at the top)."""
    from ..models.realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall,  # noqa: F401, PLC0415
    )
    from ..models.realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput,  # noqa: F401, PLC0415
    )
    from ..models.realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant,  # noqa: F401, PLC0415
    )
    from ..models.realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem,  # noqa: F401, PLC0415
    )
    from ..models.realtime_conversation_item_message_user import (
        RealtimeConversationItemMessageUser,  # noqa: F401, PLC0415
    )
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest  # noqa: F401, PLC0415
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse  # noqa: F401, PLC0415
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools  # noqa: F401, PLC0415
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall  # noqa: F401, PLC0415

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
