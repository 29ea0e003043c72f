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
    from ..models.realtime_transcription_session_create_response import (
        RealtimeTranscriptionSessionCreateResponse,
    )


T = TypeVar("T", bound="RealtimeBetaServerEventTranscriptionSessionUpdated")


@_attrs_define
class RealtimeBetaServerEventTranscriptionSessionUpdated:
    """Returned when a transcription session is updated with a `transcription_session.update` event, unless
    there is an error.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (Literal['transcription_session.updated']): The event type, must be `transcription_session.updated`.
                Default: 'transcription_session.updated'.
            session (RealtimeTranscriptionSessionCreateResponse): A new Realtime transcription session configuration.

                When a session is created on the server via REST API, the session object
                also contains an ephemeral key. Default TTL for keys is 10 minutes. This
                property is not present when a session is updated via the WebSocket API.
    """

    event_id: str
    session: RealtimeTranscriptionSessionCreateResponse
    type_: Literal["transcription_session.updated"] = "transcription_session.updated"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        event_id = self.event_id

        type_ = self.type_

        session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "session": session,
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
                f"RealtimeBetaServerEventTranscriptionSessionUpdated must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['transcription_session.updated']", d.pop("type"))
        if type_ != "transcription_session.updated":
            raise ValueError(
                f"type must match const 'transcription_session.updated', got '{type_}'"
            )

        session = RealtimeTranscriptionSessionCreateResponse.from_dict(d.pop("session"))

        realtime_beta_server_event_transcription_session_updated = cls(
            event_id=event_id,
            type_=type_,
            session=session,
        )

        realtime_beta_server_event_transcription_session_updated.additional_properties = d
        return realtime_beta_server_event_transcription_session_updated

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
    from ..models.realtime_transcription_session_create_response import (
        RealtimeTranscriptionSessionCreateResponse,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
