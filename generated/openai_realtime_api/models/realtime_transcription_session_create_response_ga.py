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

from ..models.realtime_transcription_session_create_response_ga_include_type_0_item import (
    RealtimeTranscriptionSessionCreateResponseGAIncludeType0Item,
    check_realtime_transcription_session_create_response_ga_include_type_0_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_transcription_session_create_response_ga_audio import (
        RealtimeTranscriptionSessionCreateResponseGAAudio,
    )


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateResponseGA")


@_attrs_define
class RealtimeTranscriptionSessionCreateResponseGA:
    """A Realtime transcription session configuration object.

    Attributes:
        type_ (Literal['transcription']): The type of session. Always `transcription` for transcription sessions.
             Default: 'transcription'.
        id (str): Unique identifier for the session that looks like `sess_1234567890abcdef`.
        object_ (str): The object type. Always `realtime.transcription_session`.
        expires_at (int | Unset): Expiration timestamp for the session, in seconds since epoch.
        include (list[RealtimeTranscriptionSessionCreateResponseGAIncludeType0Item] | None | Unset): Additional fields
            to include in server outputs.
            - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
        audio (RealtimeTranscriptionSessionCreateResponseGAAudio | Unset): Configuration for input audio for the
            session.
    """

    id: str
    object_: str
    type_: Literal["transcription"] = "transcription"
    expires_at: int | Unset = UNSET
    include: list[RealtimeTranscriptionSessionCreateResponseGAIncludeType0Item] | None | Unset = (
        UNSET
    )
    audio: RealtimeTranscriptionSessionCreateResponseGAAudio | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        type_ = self.type_

        id = self.id

        object_ = self.object_

        expires_at = self.expires_at

        include: list[str] | None | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = []
            for include_type_0_item_data in self.include:
                include_type_0_item: str = include_type_0_item_data
                include.append(include_type_0_item)

        else:
            include = self.include

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "object": object_,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if include is not UNSET:
            field_dict["include"] = include
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
                f"RealtimeTranscriptionSessionCreateResponseGA must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['transcription']", d.pop("type"))
        if type_ != "transcription":
            raise ValueError(f"type must match const 'transcription', got '{type_}'")

        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"id must be a string, not {type(id).__name__}")

        object_ = d.pop("object")
        if not isinstance(object_, str):
            raise TypeError(f"object_ must be a string, not {type(object_).__name__}")

        expires_at = d.pop("expires_at", UNSET)
        if isinstance(expires_at, float) and expires_at.is_integer():
            expires_at = int(expires_at)
        if not isinstance(expires_at, (int, Unset)) or isinstance(expires_at, bool):
            raise TypeError(f"expires_at must be an integer, not {type(expires_at).__name__}")

        def _parse_include(
            data: object,
        ) -> list[RealtimeTranscriptionSessionCreateResponseGAIncludeType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                include_type_0 = []
                _include_type_0 = data
                if not isinstance(_include_type_0, list):
                    raise TypeError(
                        f"include_type_0 must be an array, not {type(_include_type_0).__name__}"
                    )
                for include_type_0_item_data in _include_type_0:
                    include_type_0_item = (
                        check_realtime_transcription_session_create_response_ga_include_type_0_item(
                            include_type_0_item_data
                        )
                    )

                    include_type_0.append(include_type_0_item)

                return include_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"include fits none of its types, not {type(data).__name__}")

        include = _parse_include(d.pop("include", UNSET))

        _audio = d.pop("audio", UNSET)
        audio: RealtimeTranscriptionSessionCreateResponseGAAudio | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = RealtimeTranscriptionSessionCreateResponseGAAudio.from_dict(_audio)

        realtime_transcription_session_create_response_ga = cls(
            type_=type_,
            id=id,
            object_=object_,
            expires_at=expires_at,
            include=include,
            audio=audio,
        )

        realtime_transcription_session_create_response_ga.additional_properties = d
        return realtime_transcription_session_create_response_ga

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
    from ..models.realtime_transcription_session_create_response_ga_audio import (
        RealtimeTranscriptionSessionCreateResponseGAAudio,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
