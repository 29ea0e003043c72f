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
    from ..models.realtime_translation_session_audio import (
        RealtimeTranslationSessionAudio,
    )


T = TypeVar("T", bound="RealtimeTranslationSession")


@_attrs_define
class RealtimeTranslationSession:
    """A Realtime translation session. Translation sessions continuously translate input
    audio into the configured output language.

        Attributes:
            id (str): Unique identifier for the session that looks like `sess_1234567890abcdef`.
            type_ (Literal['translation']): The session type. Always `translation` for Realtime translation sessions.
                 Default: 'translation'.
            expires_at (int): Expiration timestamp for the session, in seconds since epoch.
            model (str): The Realtime translation model used for this session. This field is set at
                session creation and cannot be changed with `session.update`.
            audio (RealtimeTranslationSessionAudio): Configuration for translation input and output audio.
    """

    id: str
    expires_at: int
    model: str
    audio: RealtimeTranslationSessionAudio
    type_: Literal["translation"] = "translation"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        id = self.id

        type_ = self.type_

        expires_at = self.expires_at

        model = self.model

        audio = self.audio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "expires_at": expires_at,
                "model": model,
                "audio": audio,
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
                f"RealtimeTranslationSession must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"id must be a string, not {type(id).__name__}")

        type_ = cast("Literal['translation']", d.pop("type"))
        if type_ != "translation":
            raise ValueError(f"type must match const 'translation', got '{type_}'")

        expires_at = d.pop("expires_at")
        if isinstance(expires_at, float) and expires_at.is_integer():
            expires_at = int(expires_at)
        if not isinstance(expires_at, int) or isinstance(expires_at, bool):
            raise TypeError(f"expires_at must be an integer, not {type(expires_at).__name__}")

        model = d.pop("model")
        if not isinstance(model, str):
            raise TypeError(f"model must be a string, not {type(model).__name__}")

        audio = RealtimeTranslationSessionAudio.from_dict(d.pop("audio"))

        realtime_translation_session = cls(
            id=id,
            type_=type_,
            expires_at=expires_at,
            model=model,
            audio=audio,
        )

        realtime_translation_session.additional_properties = d
        return realtime_translation_session

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
    from ..models.realtime_translation_session_audio import (
        RealtimeTranslationSessionAudio,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
