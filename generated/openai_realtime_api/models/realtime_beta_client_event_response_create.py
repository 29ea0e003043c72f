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
    from ..models.realtime_beta_response_create_params import (
        RealtimeBetaResponseCreateParams,
    )


T = TypeVar("T", bound="RealtimeBetaClientEventResponseCreate")


@_attrs_define
class RealtimeBetaClientEventResponseCreate:
    """This event instructs the server to create a Response, which means triggering
    model inference. When in Server VAD mode, the server will create Responses
    automatically.

    A Response will include at least one Item, and may have two, in which case
    the second will be a function call. These Items will be appended to the
    conversation history.

    The server will respond with a `response.created` event, events for Items
    and content created, and finally a `response.done` event to indicate the
    Response is complete.

    The `response.create` event can optionally include inference configuration like
    `instructions`, and `temperature`. These fields will override the Session's
    configuration for this Response only.

    Responses can be created out-of-band of the default Conversation, meaning that they can
    have arbitrary input, and it's possible to disable writing the output to the Conversation.
    Only one Response can write to the default Conversation at a time, but otherwise multiple
    Responses can be created in parallel.

    Clients can set `conversation` to `none` to create a Response that does not write to the default
    Conversation. Arbitrary input can be provided with the `input` field, which is an array accepting
    raw Items and references to existing Items.

        Attributes:
            type_ (Literal['response.create']): The event type, must be `response.create`. Default: 'response.create'.
            event_id (str | Unset): Optional client-generated ID used to identify this event.
            response (RealtimeBetaResponseCreateParams | Unset): Create a new Realtime response with these parameters
    """

    type_: Literal["response.create"] = "response.create"
    event_id: str | Unset = UNSET
    response: RealtimeBetaResponseCreateParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        type_ = self.type_

        event_id = self.event_id

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaClientEventResponseCreate must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['response.create']", d.pop("type"))
        if type_ != "response.create":
            raise ValueError(f"type must match const 'response.create', got '{type_}'")

        event_id = d.pop("event_id", UNSET)
        if not isinstance(event_id, (str, Unset)):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        _response = d.pop("response", UNSET)
        response: RealtimeBetaResponseCreateParams | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = RealtimeBetaResponseCreateParams.from_dict(_response)

        realtime_beta_client_event_response_create = cls(
            type_=type_,
            event_id=event_id,
            response=response,
        )

        realtime_beta_client_event_response_create.additional_properties = d
        return realtime_beta_client_event_response_create

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
    from ..models.realtime_beta_response_create_params import (
        RealtimeBetaResponseCreateParams,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
