from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_create_client_secret_request_client_secret_expiration import (
        RealtimeCreateClientSecretRequestClientSecretExpiration,
    )
    from ..models.realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
    from ..models.realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA,
    )


T = TypeVar("T", bound="RealtimeCreateClientSecretRequest")


@_attrs_define
class RealtimeCreateClientSecretRequest:
    """Create a session and client secret for the Realtime API. The request can specify
    either a realtime or a transcription session configuration.
    [Learn more about the Realtime API](/docs/guides/realtime).

        Attributes:
            expires_after (RealtimeCreateClientSecretRequestClientSecretExpiration | Unset): Configuration for the client
                secret expiration. Expiration refers to the time after which
                a client secret will no longer be valid for creating sessions. The session itself may
                continue after that time once started. A secret can be used to create multiple sessions
                until it expires.
            session (RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | Unset): Session
                configuration to use for the client secret. Choose either a realtime
                session or a transcription session.
    """

    expires_after: RealtimeCreateClientSecretRequestClientSecretExpiration | Unset = UNSET
    session: (
        RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        expires_after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expires_after, Unset):
            expires_after = self.expires_after.to_dict()

        session: dict[str, Any] | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, RealtimeSessionCreateRequestGA):
            session = self.session.to_dict()
        else:
            session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeCreateClientSecretRequest must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _expires_after = d.pop("expires_after", UNSET)
        expires_after: RealtimeCreateClientSecretRequestClientSecretExpiration | Unset
        if isinstance(_expires_after, Unset):
            expires_after = UNSET
        else:
            expires_after = RealtimeCreateClientSecretRequestClientSecretExpiration.from_dict(
                _expires_after
            )

        def _parse_session(
            data: object,
        ) -> RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | Unset:
            if isinstance(data, Unset):
                return data
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

        session = _parse_session(d.pop("session", UNSET))

        realtime_create_client_secret_request = cls(
            expires_after=expires_after,
            session=session,
        )

        realtime_create_client_secret_request.additional_properties = d
        return realtime_create_client_secret_request

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
    from ..models.realtime_create_client_secret_request_client_secret_expiration import (
        RealtimeCreateClientSecretRequestClientSecretExpiration,  # noqa: F401, PLC0415
    )
    from ..models.realtime_session_create_request_ga import (
        RealtimeSessionCreateRequestGA,  # noqa: F401, PLC0415
    )
    from ..models.realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
