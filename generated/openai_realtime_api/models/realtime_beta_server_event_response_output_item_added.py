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

if TYPE_CHECKING:
    from ..models.realtime_beta_conversation_item_message_assistant import (
        RealtimeBetaConversationItemMessageAssistant,
    )
    from ..models.realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall,
    )
    from ..models.realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput,
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


T = TypeVar("T", bound="RealtimeBetaServerEventResponseOutputItemAdded")


@_attrs_define
class RealtimeBetaServerEventResponseOutputItemAdded:
    """Returned when a new Item is created during Response generation.

    Attributes:
        event_id (str): The unique ID of the server event.
        type_ (Literal['response.output_item.added']): The event type, must be `response.output_item.added`. Default:
            'response.output_item.added'.
        response_id (str): The ID of the Response to which the item belongs.
        output_index (int): The index of the output item in the Response.
        item (RealtimeBetaConversationItemMessageAssistant | RealtimeConversationItemFunctionCall |
            RealtimeConversationItemFunctionCallOutput | RealtimeConversationItemMessageSystem |
            RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse |
            RealtimeMCPListTools | RealtimeMCPToolCall): A single item within a Realtime conversation.
    """

    event_id: str
    response_id: str
    output_index: int
    item: (
        RealtimeBetaConversationItemMessageAssistant
        | RealtimeConversationItemFunctionCall
        | RealtimeConversationItemFunctionCallOutput
        | RealtimeConversationItemMessageSystem
        | RealtimeConversationItemMessageUser
        | RealtimeMCPApprovalRequest
        | RealtimeMCPApprovalResponse
        | RealtimeMCPListTools
        | RealtimeMCPToolCall
    )
    type_: Literal["response.output_item.added"] = "response.output_item.added"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        event_id = self.event_id

        type_ = self.type_

        response_id = self.response_id

        output_index = self.output_index

        item: dict[str, Any]
        if isinstance(self.item, RealtimeConversationItemMessageSystem):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeConversationItemMessageUser):
            item = self.item.to_dict()
        elif isinstance(self.item, RealtimeBetaConversationItemMessageAssistant):
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response_id": response_id,
                "output_index": output_index,
                "item": item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaServerEventResponseOutputItemAdded must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['response.output_item.added']", d.pop("type"))
        if type_ != "response.output_item.added":
            raise ValueError(f"type must match const 'response.output_item.added', got '{type_}'")

        response_id = d.pop("response_id")
        if not isinstance(response_id, str):
            raise TypeError(f"response_id must be a string, not {type(response_id).__name__}")

        output_index = d.pop("output_index")
        if isinstance(output_index, float) and output_index.is_integer():
            output_index = int(output_index)
        if not isinstance(output_index, int) or isinstance(output_index, bool):
            raise TypeError(f"output_index must be an integer, not {type(output_index).__name__}")

        def _parse_item(
            data: object,
        ) -> (
            RealtimeBetaConversationItemMessageAssistant
            | RealtimeConversationItemFunctionCall
            | RealtimeConversationItemFunctionCallOutput
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
                componentsschemas_realtime_beta_conversation_item_type_0 = (
                    RealtimeConversationItemMessageSystem.from_dict(data)
                )

                return componentsschemas_realtime_beta_conversation_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_beta_conversation_item_type_1 = (
                    RealtimeConversationItemMessageUser.from_dict(data)
                )

                return componentsschemas_realtime_beta_conversation_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_beta_conversation_item_type_2 = (
                    RealtimeBetaConversationItemMessageAssistant.from_dict(data)
                )

                return componentsschemas_realtime_beta_conversation_item_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_beta_conversation_item_type_3 = (
                    RealtimeConversationItemFunctionCall.from_dict(data)
                )

                return componentsschemas_realtime_beta_conversation_item_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_beta_conversation_item_type_4 = (
                    RealtimeConversationItemFunctionCallOutput.from_dict(data)
                )

                return componentsschemas_realtime_beta_conversation_item_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_beta_conversation_item_type_5 = (
                    RealtimeMCPApprovalResponse.from_dict(data)
                )

                return componentsschemas_realtime_beta_conversation_item_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_beta_conversation_item_type_6 = (
                    RealtimeMCPListTools.from_dict(data)
                )

                return componentsschemas_realtime_beta_conversation_item_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_beta_conversation_item_type_7 = (
                    RealtimeMCPToolCall.from_dict(data)
                )

                return componentsschemas_realtime_beta_conversation_item_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_realtime_beta_conversation_item_type_8 = (
                RealtimeMCPApprovalRequest.from_dict(data)
            )

            return componentsschemas_realtime_beta_conversation_item_type_8
            raise TypeError(f"item fits none of its types, not {type(data).__name__}")

        item = _parse_item(d.pop("item"))

        realtime_beta_server_event_response_output_item_added = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
            output_index=output_index,
            item=item,
        )

        realtime_beta_server_event_response_output_item_added.additional_properties = d
        return realtime_beta_server_event_response_output_item_added

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
    from ..models.realtime_beta_conversation_item_message_assistant import (
        RealtimeBetaConversationItemMessageAssistant,  # noqa: F401, PLC0415
    )
    from ..models.realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall,  # noqa: F401, PLC0415
    )
    from ..models.realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput,  # noqa: F401, PLC0415
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
