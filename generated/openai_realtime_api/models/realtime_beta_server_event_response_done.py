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
    from ..models.realtime_beta_response import RealtimeBetaResponse


T = TypeVar("T", bound="RealtimeBetaServerEventResponseDone")


@_attrs_define
class RealtimeBetaServerEventResponseDone:
    """Returned when a Response is done streaming. Always emitted, no matter the
    final state. The Response object included in the `response.done` event will
    include all output Items in the Response but will omit the raw audio data.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (Literal['response.done']): The event type, must be `response.done`. Default: 'response.done'.
            response (RealtimeBetaResponse): The response resource.
    """

    event_id: str
    response: RealtimeBetaResponse
    type_: Literal["response.done"] = "response.done"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        event_id = self.event_id

        type_ = self.type_

        response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response": response,
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
                f"RealtimeBetaServerEventResponseDone must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['response.done']", d.pop("type"))
        if type_ != "response.done":
            raise ValueError(f"type must match const 'response.done', got '{type_}'")

        response = RealtimeBetaResponse.from_dict(d.pop("response"))

        realtime_beta_server_event_response_done = cls(
            event_id=event_id,
            type_=type_,
            response=response,
        )

        realtime_beta_server_event_response_done.additional_properties = d
        return realtime_beta_server_event_response_done

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
    from ..models.realtime_beta_response import RealtimeBetaResponse  # noqa: F401, PLC0415

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
