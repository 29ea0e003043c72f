from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerVAD")


@_attrs_define
class ServerVAD:
    """Server-side voice activity detection (VAD) which flips on when user speech is detected and off after a period of
    silence.

        Attributes:
            type_ (Literal['server_vad']): Type of turn detection, `server_vad` to turn on simple Server VAD.

                Server default: `server_vad`.
            threshold (float | Unset): Used only for `server_vad` mode. Activation threshold for VAD (0.0 to 1.0), this
                defaults to 0.5. A
                higher threshold will require louder audio to activate the model, and
                thus might perform better in noisy environments.
            prefix_padding_ms (int | Unset): Used only for `server_vad` mode. Amount of audio to include before the VAD
                detected speech (in
                milliseconds). Defaults to 300ms.
            silence_duration_ms (int | Unset): Used only for `server_vad` mode. Duration of silence to detect speech stop
                (in milliseconds). Defaults
                to 500ms. With shorter values the model will respond more quickly,
                but may jump in on short pauses from the user.
            create_response (bool | Unset): Whether or not to automatically generate a response when a VAD stop event
                occurs. If `interrupt_response` is set to `false` this may fail to create a response if the model is already
                responding.

                If both `create_response` and `interrupt_response` are set to `false`, the model will never respond
                automatically but VAD events will still be emitted.

                Server default: `true`.
            interrupt_response (bool | Unset): Whether or not to automatically interrupt (cancel) any ongoing response with
                output to the default
                conversation (i.e. `conversation` of `auto`) when a VAD start event occurs. If `true` then the response will be
                cancelled, otherwise it will continue until complete.

                If both `create_response` and `interrupt_response` are set to `false`, the model will never respond
                automatically but VAD events will still be emitted.

                Server default: `true`.
            idle_timeout_ms (int | None | Unset):
    """

    type_: Literal["server_vad"]
    threshold: float | Unset = UNSET
    prefix_padding_ms: int | Unset = UNSET
    silence_duration_ms: int | Unset = UNSET
    create_response: bool | Unset = UNSET
    interrupt_response: bool | Unset = UNSET
    idle_timeout_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        threshold = self.threshold

        prefix_padding_ms = self.prefix_padding_ms

        silence_duration_ms = self.silence_duration_ms

        create_response = self.create_response

        interrupt_response = self.interrupt_response

        idle_timeout_ms: int | None | Unset
        if isinstance(self.idle_timeout_ms, Unset):
            idle_timeout_ms = UNSET
        else:
            idle_timeout_ms = self.idle_timeout_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if prefix_padding_ms is not UNSET:
            field_dict["prefix_padding_ms"] = prefix_padding_ms
        if silence_duration_ms is not UNSET:
            field_dict["silence_duration_ms"] = silence_duration_ms
        if create_response is not UNSET:
            field_dict["create_response"] = create_response
        if interrupt_response is not UNSET:
            field_dict["interrupt_response"] = interrupt_response
        if idle_timeout_ms is not UNSET:
            field_dict["idle_timeout_ms"] = idle_timeout_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ServerVAD must be an object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = cast("Literal['server_vad']", d.pop("type"))
        if type_ != "server_vad":
            raise ValueError(f"type must match const 'server_vad', got '{type_}'")

        threshold = d.pop("threshold", UNSET)
        if not isinstance(threshold, Unset) and not (
            isinstance(threshold, (int, float)) and not isinstance(threshold, bool)
        ):
            raise TypeError(f"threshold must be a number, not {type(threshold).__name__}")

        prefix_padding_ms = d.pop("prefix_padding_ms", UNSET)
        if isinstance(prefix_padding_ms, float) and prefix_padding_ms.is_integer():
            prefix_padding_ms = int(prefix_padding_ms)
        if not isinstance(prefix_padding_ms, (int, Unset)) or isinstance(prefix_padding_ms, bool):
            raise TypeError(
                f"prefix_padding_ms must be an integer, not {type(prefix_padding_ms).__name__}"
            )

        silence_duration_ms = d.pop("silence_duration_ms", UNSET)
        if isinstance(silence_duration_ms, float) and silence_duration_ms.is_integer():
            silence_duration_ms = int(silence_duration_ms)
        if not isinstance(silence_duration_ms, (int, Unset)) or isinstance(
            silence_duration_ms, bool
        ):
            raise TypeError(
                f"silence_duration_ms must be an integer, not {type(silence_duration_ms).__name__}"
            )

        create_response = d.pop("create_response", UNSET)
        if not isinstance(create_response, Unset) and not isinstance(create_response, bool):
            raise TypeError(
                f"create_response must be a boolean, not {type(create_response).__name__}"
            )

        interrupt_response = d.pop("interrupt_response", UNSET)
        if not isinstance(interrupt_response, Unset) and not isinstance(interrupt_response, bool):
            raise TypeError(
                f"interrupt_response must be a boolean, not {type(interrupt_response).__name__}"
            )

        def _parse_idle_timeout_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    (isinstance(data, int) and not isinstance(data, bool))
                    or (isinstance(data, float) and data.is_integer())
                ):
                    raise TypeError()
                idle_timeout_ms_type_0 = data
                if (
                    isinstance(idle_timeout_ms_type_0, float)
                    and idle_timeout_ms_type_0.is_integer()
                ):
                    idle_timeout_ms_type_0 = int(idle_timeout_ms_type_0)
                if not isinstance(idle_timeout_ms_type_0, int) or isinstance(
                    idle_timeout_ms_type_0, bool
                ):
                    raise TypeError(
                        f"idle_timeout_ms_type_0 must be an integer, not {type(idle_timeout_ms_type_0).__name__}"
                    )

                return idle_timeout_ms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"idle_timeout_ms fits none of its types, not {type(data).__name__}")

        idle_timeout_ms = _parse_idle_timeout_ms(d.pop("idle_timeout_ms", UNSET))

        server_vad = cls(
            type_=type_,
            threshold=threshold,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
            create_response=create_response,
            interrupt_response=interrupt_response,
            idle_timeout_ms=idle_timeout_ms,
        )

        server_vad.additional_properties = d
        return server_vad

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
