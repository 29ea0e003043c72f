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
    from ..models.realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequest,
    )


T = TypeVar("T", bound="RealtimeBetaClientEventTranscriptionSessionUpdate")


@_attrs_define
class RealtimeBetaClientEventTranscriptionSessionUpdate:
    """Send this event to update a transcription session.

    Attributes:
        type_ (Literal['transcription_session.update']): The event type, must be `transcription_session.update`.
            Default: 'transcription_session.update'.
        session (RealtimeTranscriptionSessionCreateRequest): Realtime transcription session object configuration.
        event_id (str | Unset): Optional client-generated ID used to identify this event.
    """

    session: RealtimeTranscriptionSessionCreateRequest
    type_: Literal["transcription_session.update"] = "transcription_session.update"
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
                f"RealtimeBetaClientEventTranscriptionSessionUpdate must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['transcription_session.update']", d.pop("type"))
        if type_ != "transcription_session.update":
            raise ValueError(f"type must match const 'transcription_session.update', got '{type_}'")

        session = RealtimeTranscriptionSessionCreateRequest.from_dict(d.pop("session"))

        event_id = d.pop("event_id", UNSET)
        if not isinstance(event_id, (str, Unset)):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        realtime_beta_client_event_transcription_session_update = cls(
            type_=type_,
            session=session,
            event_id=event_id,
        )

        realtime_beta_client_event_transcription_session_update.additional_properties = d
        return realtime_beta_client_event_transcription_session_update

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
    from ..models.realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequest,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
