from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_translation_session_create_request_audio import (
        RealtimeTranslationSessionCreateRequestAudio,
    )


T = TypeVar("T", bound="RealtimeTranslationSessionCreateRequest")


@_attrs_define
class RealtimeTranslationSessionCreateRequest:
    """Realtime translation session configuration. Translation sessions stream source
    audio in and translated audio plus transcript deltas out continuously.

        Attributes:
            model (str): The Realtime translation model used for this session.
            audio (RealtimeTranslationSessionCreateRequestAudio | Unset): Configuration for translation input and output
                audio.
    """

    model: str
    audio: RealtimeTranslationSessionCreateRequestAudio | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        model = self.model

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranslationSessionCreateRequest must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        model = d.pop("model")
        if not isinstance(model, str):
            raise TypeError(f"model must be a string, not {type(model).__name__}")

        _audio = d.pop("audio", UNSET)
        audio: RealtimeTranslationSessionCreateRequestAudio | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = RealtimeTranslationSessionCreateRequestAudio.from_dict(_audio)

        realtime_translation_session_create_request = cls(
            model=model,
            audio=audio,
        )

        realtime_translation_session_create_request.additional_properties = d
        return realtime_translation_session_create_request

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
    from ..models.realtime_translation_session_create_request_audio import (
        RealtimeTranslationSessionCreateRequestAudio,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
