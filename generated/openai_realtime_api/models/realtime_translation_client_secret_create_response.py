from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.realtime_translation_session import RealtimeTranslationSession


T = TypeVar("T", bound="RealtimeTranslationClientSecretCreateResponse")


@_attrs_define
class RealtimeTranslationClientSecretCreateResponse:
    """Response from creating a translation session and client secret for the Realtime API.

    Attributes:
        value (str): The generated client secret value.
        expires_at (int): Expiration timestamp for the client secret, in seconds since epoch.
        session (RealtimeTranslationSession): A Realtime translation session. Translation sessions continuously
            translate input
            audio into the configured output language.
    """

    value: str
    expires_at: int
    session: RealtimeTranslationSession
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        value = self.value

        expires_at = self.expires_at

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
                f"RealtimeTranslationClientSecretCreateResponse must be an object, not {type(src_dict).__name__}"
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

        session = RealtimeTranslationSession.from_dict(d.pop("session"))

        realtime_translation_client_secret_create_response = cls(
            value=value,
            expires_at=expires_at,
            session=session,
        )

        realtime_translation_client_secret_create_response.additional_properties = d
        return realtime_translation_client_secret_create_response

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
    from ..models.realtime_translation_session import RealtimeTranslationSession  # noqa: F401, PLC0415

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
