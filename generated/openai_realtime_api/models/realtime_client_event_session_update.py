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
    from ..models.realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
    from ..models.realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA,
    )


T = TypeVar("T", bound="RealtimeClientEventSessionUpdate")


@_attrs_define
class RealtimeClientEventSessionUpdate:
    """Send this event to update the session’s configuration.
    The client may send this event at any time to update any field
    except for `voice` and `model`. `voice` can be updated only if there have been no other audio outputs yet.

    When the server receives a `session.update`, it will respond
    with a `session.updated` event showing the full, effective configuration.
    Only the fields that are present in the `session.update` are updated. To clear a field like
    `instructions`, pass an empty string. To clear a field like `tools`, pass an empty array.
    To clear a field like `turn_detection`, pass `null`.

        Attributes:
            type_ (Literal['session.update']): The event type, must be `session.update`. Default: 'session.update'.
            session (RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA): Update the Realtime
                session. Choose either a realtime
                session or a transcription session.
            event_id (str | Unset): Optional client-generated ID used to identify this event. This is an arbitrary string
                that a client may assign. It will be passed back if there is an error with the event, but the corresponding
                `session.updated` event will not include it.
    """

    session: RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA
    type_: Literal["session.update"] = "session.update"
    event_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        type_ = self.type_

        session: dict[str, Any]
        if isinstance(self.session, RealtimeSessionCreateRequestGA):
            session = self.session.to_dict()
        else:
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
                f"RealtimeClientEventSessionUpdate must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['session.update']", d.pop("type"))
        if type_ != "session.update":
            raise ValueError(f"type must match const 'session.update', got '{type_}'")

        def _parse_session(
            data: object,
        ) -> RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_0 = RealtimeSessionCreateRequestGA.from_dict(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            session_type_1 = RealtimeTranscriptionSessionCreateRequestGA.from_dict(data)

            return session_type_1
            raise TypeError(f"session fits none of its types, not {type(data).__name__}")

        session = _parse_session(d.pop("session"))

        event_id = d.pop("event_id", UNSET)
        if not isinstance(event_id, (str, Unset)):
            raise TypeError(f"event_id must be a string, not {type(event_id).__name__}")

        realtime_client_event_session_update = cls(
            type_=type_,
            session=session,
            event_id=event_id,
        )

        realtime_client_event_session_update.additional_properties = d
        return realtime_client_event_session_update

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
    from ..models.realtime_session_create_request_ga import (
        RealtimeSessionCreateRequestGA,  # noqa: F401, PLC0415
    )
    from ..models.realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
