from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.realtime_session_create_response_ga import (
        RealtimeSessionCreateResponseGA,
    )
    from ..models.realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA,
    )


T = TypeVar("T", bound="RealtimeCreateClientSecretResponse")


@_attrs_define
class RealtimeCreateClientSecretResponse:
    """Response from creating a session and client secret for the Realtime API.

    Attributes:
        value (str): The generated client secret value.
        expires_at (int): Expiration timestamp for the client secret, in seconds since epoch.
        session (RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA): The session
            configuration for either a realtime or transcription session.
    """

    value: str
    expires_at: int
    session: RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        value = self.value

        expires_at = self.expires_at

        session: dict[str, Any]
        if isinstance(self.session, RealtimeSessionCreateResponseGA):
            session = self.session.to_dict()
        else:
            session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "expires_at": expires_at,
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
                f"RealtimeCreateClientSecretResponse must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        value = d.pop("value")
        if not isinstance(value, str):
            raise TypeError(f"value must be a string, not {type(value).__name__}")

        expires_at = d.pop("expires_at")
        if isinstance(expires_at, float) and expires_at.is_integer():
            expires_at = int(expires_at)
        if not isinstance(expires_at, int) or isinstance(expires_at, bool):
            raise TypeError(f"expires_at must be an integer, not {type(expires_at).__name__}")

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

        realtime_create_client_secret_response = cls(
            value=value,
            expires_at=expires_at,
            session=session,
        )

        realtime_create_client_secret_response.additional_properties = d
        return realtime_create_client_secret_response

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
