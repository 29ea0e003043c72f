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
    from ..models.realtime_session_create_request import RealtimeSessionCreateRequest


T = TypeVar("T", bound="RealtimeBetaClientEventSessionUpdate")


@_attrs_define
class RealtimeBetaClientEventSessionUpdate:
    """Send this event to update the session’s default configuration.
    The client may send this event at any time to update any field,
    except for `voice`. However, note that once a session has been
    initialized with a particular `model`, it can’t be changed to
    another model using `session.update`.

    When the server receives a `session.update`, it will respond
    with a `session.updated` event showing the full, effective configuration.
    Only the fields that are present are updated. To clear a field like
    `instructions`, pass an empty string.

        Attributes:
            type_ (Literal['session.update']): The event type, must be `session.update`. Default: 'session.update'.
            session (RealtimeSessionCreateRequest): A new Realtime session configuration, with an ephemeral key. Default TTL
                for keys is one minute.
            event_id (str | Unset): Optional client-generated ID used to identify this event.
    """

    session: RealtimeSessionCreateRequest
    type_: Literal["session.update"] = "session.update"
    event_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        type_ = self.type_

        session = self.session.to_dict()

        event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "session": session,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaClientEventSessionUpdate must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['session.update']", d.pop("type"))
        if type_ != "session.update":
            raise ValueError(f"type must match const 'session.update', got '{type_}'")

        session = RealtimeSessionCreateRequest.from_dict(d.pop("session"))

        event_id = d.pop("event_id", UNSET)
        if not isinstance(event_id, (str, Unset)):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        realtime_beta_client_event_session_update = cls(
            type_=type_,
            session=session,
            event_id=event_id,
        )

        realtime_beta_client_event_session_update.additional_properties = d
        return realtime_beta_client_event_session_update

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
    from ..models.realtime_session_create_request import RealtimeSessionCreateRequest  # noqa: F401, PLC0415

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
