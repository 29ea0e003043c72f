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
    from ..models.realtime_session_create_response_ga import (
        RealtimeSessionCreateResponseGA,
    )
    from ..models.realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA,
    )


T = TypeVar("T", bound="RealtimeServerEventSessionUpdated")


@_attrs_define
class RealtimeServerEventSessionUpdated:
    """Returned when a session is updated with a `session.update` event, unless
    there is an error.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (Literal['session.updated']): The event type, must be `session.updated`. Default: 'session.updated'.
            session (RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA): The session
                configuration.
    """

    event_id: str
    session: RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA
    type_: Literal["session.updated"] = "session.updated"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        event_id = self.event_id

        type_ = self.type_

        session: dict[str, Any]
        if isinstance(self.session, RealtimeSessionCreateResponseGA):
            session = self.session.to_dict()
        else:
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
                f"RealtimeServerEventSessionUpdated must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id")
        if not isinstance(event_id, str):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        type_ = cast("Literal['session.updated']", d.pop("type"))
        if type_ != "session.updated":
            raise ValueError(f"type must match const 'session.updated', got '{type_}'")

        def _parse_session(
            data: object,
        ) -> RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_0 = RealtimeSessionCreateResponseGA.from_dict(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            session_type_1 = RealtimeTranscriptionSessionCreateResponseGA.from_dict(data)

            return session_type_1
            raise TypeError(f"session fits none of its types, not {type(data).__name__}")

        session = _parse_session(d.pop("session"))

        realtime_server_event_session_updated = cls(
            event_id=event_id,
            type_=type_,
            session=session,
        )

        realtime_server_event_session_updated.additional_properties = d
        return realtime_server_event_session_updated

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
    from ..models.realtime_session_create_response_ga import (
        RealtimeSessionCreateResponseGA,  # noqa: F401, PLC0415
    )
    from ..models.realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
