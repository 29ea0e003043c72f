from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_translation_client_secret_create_request_client_secret_expiration import (
        RealtimeTranslationClientSecretCreateRequestClientSecretExpiration,
    )
    from ..models.realtime_translation_session_create_request import (
        RealtimeTranslationSessionCreateRequest,
    )


T = TypeVar("T", bound="RealtimeTranslationClientSecretCreateRequest")


@_attrs_define
class RealtimeTranslationClientSecretCreateRequest:
    """Create a translation session and client secret for the Realtime API.

    Attributes:
        session (RealtimeTranslationSessionCreateRequest): Realtime translation session configuration. Translation
            sessions stream source
            audio in and translated audio plus transcript deltas out continuously.
        expires_after (RealtimeTranslationClientSecretCreateRequestClientSecretExpiration | Unset): Configuration for
            the client secret expiration. Expiration refers to the time after which
            a client secret will no longer be valid for creating sessions. The session itself may
            continue after that time once started. A secret can be used to create multiple sessions
            until it expires.
    """

    session: RealtimeTranslationSessionCreateRequest
    expires_after: RealtimeTranslationClientSecretCreateRequestClientSecretExpiration | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        session = self.session.to_dict()

        expires_after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expires_after, Unset):
            expires_after = self.expires_after.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session": session,
            }
        )
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranslationClientSecretCreateRequest must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        session = RealtimeTranslationSessionCreateRequest.from_dict(d.pop("session"))

        _expires_after = d.pop("expires_after", UNSET)
        expires_after: RealtimeTranslationClientSecretCreateRequestClientSecretExpiration | Unset
        if isinstance(_expires_after, Unset):
            expires_after = UNSET
        else:
            expires_after = (
                RealtimeTranslationClientSecretCreateRequestClientSecretExpiration.from_dict(
                    _expires_after
                )
            )

        realtime_translation_client_secret_create_request = cls(
            session=session,
            expires_after=expires_after,
        )

        realtime_translation_client_secret_create_request.additional_properties = d
        return realtime_translation_client_secret_create_request

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
    from ..models.realtime_translation_client_secret_create_request_client_secret_expiration import (
        RealtimeTranslationClientSecretCreateRequestClientSecretExpiration,  # noqa: F401, PLC0415
    )
    from ..models.realtime_translation_session_create_request import (
        RealtimeTranslationSessionCreateRequest,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
