from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_translation_session_audio_input import (
        RealtimeTranslationSessionAudioInput,
    )
    from ..models.realtime_translation_session_audio_output import (
        RealtimeTranslationSessionAudioOutput,
    )


T = TypeVar("T", bound="RealtimeTranslationSessionAudio")


@_attrs_define
class RealtimeTranslationSessionAudio:
    """Configuration for translation input and output audio.

    Attributes:
        input_ (RealtimeTranslationSessionAudioInput | Unset):
        output (RealtimeTranslationSessionAudioOutput | Unset):
    """

    input_: RealtimeTranslationSessionAudioInput | Unset = UNSET
    output: RealtimeTranslationSessionAudioOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranslationSessionAudio must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _input_ = d.pop("input", UNSET)
        input_: RealtimeTranslationSessionAudioInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = RealtimeTranslationSessionAudioInput.from_dict(_input_)

        _output = d.pop("output", UNSET)
        output: RealtimeTranslationSessionAudioOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = RealtimeTranslationSessionAudioOutput.from_dict(_output)

        realtime_translation_session_audio = cls(
            input_=input_,
            output=output,
        )

        realtime_translation_session_audio.additional_properties = d
        return realtime_translation_session_audio

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
    from ..models.realtime_translation_session_audio_input import (
        RealtimeTranslationSessionAudioInput,  # noqa: F401, PLC0415
    )
    from ..models.realtime_translation_session_audio_output import (
        RealtimeTranslationSessionAudioOutput,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
