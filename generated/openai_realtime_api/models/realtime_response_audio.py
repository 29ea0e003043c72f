from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_response_audio_output import RealtimeResponseAudioOutput


T = TypeVar("T", bound="RealtimeResponseAudio")


@_attrs_define
class RealtimeResponseAudio:
    """Configuration for audio output.

    Attributes:
        output (RealtimeResponseAudioOutput | Unset):
    """

    output: RealtimeResponseAudioOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
                f"RealtimeResponseAudio must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _output = d.pop("output", UNSET)
        output: RealtimeResponseAudioOutput | Unset
        if isinstance(_output, Unset):
            output = UNSET
        else:
            output = RealtimeResponseAudioOutput.from_dict(_output)

        realtime_response_audio = cls(
            output=output,
        )

        realtime_response_audio.additional_properties = d
        return realtime_response_audio

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
    from ..models.realtime_response_audio_output import RealtimeResponseAudioOutput  # noqa: F401, PLC0415

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
