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


T = TypeVar("T", bound="RealtimeBetaClientEventConversationItemCreate")


@_attrs_define
class RealtimeBetaClientEventConversationItemCreate:
    """Add a new Item to the Conversation's context, including messages, function
    calls, and function call responses. This event can be used both to populate a
    "history" of the conversation and to add new items mid-stream, but has the
    current limitation that it cannot populate assistant audio messages.

    If successful, the server will respond with a `conversation.item.created`
    event, otherwise an `error` event will be sent.

        Attributes:
            type_ (Literal['conversation.item.create']): The event type, must be `conversation.item.create`. Default:
                'conversation.item.create'.
            item (RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput |
                RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem |
                RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse |
                RealtimeMCPListTools | RealtimeMCPToolCall): A single item within a Realtime conversation.
            event_id (str | Unset): Optional client-generated ID used to identify this event.
            previous_item_id (str | Unset): The ID of the preceding item after which the new item will be inserted.
                If not set, the new item will be appended to the end of the conversation.
                If set to `root`, the new item will be added to the beginning of the conversation.
                If set to an existing ID, it allows an item to be inserted mid-conversation. If the
                ID cannot be found, an error will be returned and the item will not be added.
    """

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
    type_: Literal["conversation.item.create"] = "conversation.item.create"
    event_id: str | Unset = UNSET
    previous_item_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
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

        event_id = self.event_id

        previous_item_id = self.previous_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "item": item,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
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
                f"RealtimeBetaClientEventConversationItemCreate must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['conversation.item.create']", d.pop("type"))
        if type_ != "conversation.item.create":
            raise ValueError(f"type must match const 'conversation.item.create', got '{type_}'")

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

        event_id = d.pop("event_id", UNSET)
        if not isinstance(event_id, (str, Unset)):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        previous_item_id = d.pop("previous_item_id", UNSET)
        if not isinstance(previous_item_id, (str, Unset)):
            raise TypeError(
                f"previous_item_id must be a string, not {type(previous_item_id).__name__}"
            )

        realtime_beta_client_event_conversation_item_create = cls(
            type_=type_,
            item=item,
            event_id=event_id,
            previous_item_id=previous_item_id,
        )

        realtime_beta_client_event_conversation_item_create.additional_properties = d
        return realtime_beta_client_event_conversation_item_create

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
