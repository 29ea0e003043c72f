from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_session_create_response_include_type_0_item import (
    RealtimeSessionCreateResponseIncludeType0Item,
    check_realtime_session_create_response_include_type_0_item,
)
from ..models.realtime_session_create_response_max_output_tokens_type_1 import (
    RealtimeSessionCreateResponseMaxOutputTokensType1,
    check_realtime_session_create_response_max_output_tokens_type_1,
)
from ..models.realtime_session_create_response_tracing_tracing_configuration_type_0 import (
    RealtimeSessionCreateResponseTracingTracingConfigurationType0,
    check_realtime_session_create_response_tracing_tracing_configuration_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_session_client_secret_type_0 import (
        RealtimeSessionClientSecretType0,
    )
    from ..models.realtime_session_create_response_audio import (
        RealtimeSessionCreateResponseAudio,
    )
    from ..models.realtime_session_create_response_tracing_configuration import (
        RealtimeSessionCreateResponseTracingConfiguration,
    )
    from ..models.realtime_session_create_response_turn_detection_type_0 import (
        RealtimeSessionCreateResponseTurnDetectionType0,
    )


T = TypeVar("T", bound="RealtimeSessionCreateResponse")


@_attrs_define
class RealtimeSessionCreateResponse:
    """A Realtime session configuration object.

    Attributes:
        id (str | Unset): Unique identifier for the session that looks like `sess_1234567890abcdef`.
        object_ (str | Unset): The object type. Always `realtime.session`.
        expires_at (int | Unset): Expiration timestamp for the session, in seconds since epoch.
        include (list[RealtimeSessionCreateResponseIncludeType0Item] | None | Unset): Additional fields to include in
            server outputs.
            - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
        model (str | Unset): The Realtime model used for this session.
        output_modalities (Any | Unset): The set of modalities the model can respond with. To disable audio,
            set this to ["text"].
        instructions (str | Unset): The default system instructions (i.e. system message) prepended to model
            calls. This field allows the client to guide the model on desired
            responses. The model can be instructed on response content and format,
            (e.g. "be extremely succinct", "act friendly", "here are examples of good
            responses") and on audio behavior (e.g. "talk quickly", "inject emotion
            into your voice", "laugh frequently"). The instructions are not guaranteed
            to be followed by the model, but they provide guidance to the model on the
            desired behavior.

            Note that the server sets default instructions which will be used if this
            field is not set and are visible in the `session.created` event at the
            start of the session.
        audio (RealtimeSessionCreateResponseAudio | Unset): Configuration for input and output audio for the session.
        tracing (None | RealtimeSessionCreateResponseTracingConfiguration |
            RealtimeSessionCreateResponseTracingTracingConfigurationType0 | Unset): Configuration options for tracing. Set
            to null to disable tracing. Once
            tracing is enabled for a session, the configuration cannot be modified.

            `auto` will create a trace for the session with default values for the
            workflow name, group id, and metadata.
        turn_detection (None | RealtimeSessionCreateResponseTurnDetectionType0 | Unset): Configuration for turn
            detection. Can be set to `null` to turn off. Server
            VAD means that the model will detect the start and end of speech based on
            audio volume and respond at the end of user speech.
        tools (list[RealtimeFunctionTool] | Unset): Tools (functions) available to the model.
        tool_choice (str | Unset): How the model chooses tools. Options are `auto`, `none`, `required`, or
            specify a function.
        max_output_tokens (int | RealtimeSessionCreateResponseMaxOutputTokensType1 | Unset): Maximum number of output
            tokens for a single assistant response,
            inclusive of tool calls. Provide an integer between 1 and 4096 to
            limit output tokens, or `inf` for the maximum available tokens for a
            given model. Defaults to `inf`.
        client_secret (None | RealtimeSessionClientSecretType0 | Unset):
    """

    id: str | Unset = UNSET
    object_: str | Unset = UNSET
    expires_at: int | Unset = UNSET
    include: list[RealtimeSessionCreateResponseIncludeType0Item] | None | Unset = UNSET
    model: str | Unset = UNSET
    output_modalities: Any | Unset = UNSET
    instructions: str | Unset = UNSET
    audio: RealtimeSessionCreateResponseAudio | Unset = UNSET
    tracing: (
        None
        | RealtimeSessionCreateResponseTracingConfiguration
        | RealtimeSessionCreateResponseTracingTracingConfigurationType0
        | Unset
    ) = UNSET
    turn_detection: None | RealtimeSessionCreateResponseTurnDetectionType0 | Unset = UNSET
    tools: list[RealtimeFunctionTool] | Unset = UNSET
    tool_choice: str | Unset = UNSET
    max_output_tokens: int | RealtimeSessionCreateResponseMaxOutputTokensType1 | Unset = UNSET
    client_secret: None | RealtimeSessionClientSecretType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
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

        model = self.model

        output_modalities = self.output_modalities

        instructions = self.instructions

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        tracing: dict[str, Any] | None | str | Unset
        if isinstance(self.tracing, Unset):
            tracing = UNSET
        elif isinstance(self.tracing, str):
            tracing = self.tracing
        elif isinstance(self.tracing, RealtimeSessionCreateResponseTracingConfiguration):
            tracing = self.tracing.to_dict()
        else:
            tracing = self.tracing

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(self.turn_detection, RealtimeSessionCreateResponseTurnDetectionType0):
            turn_detection = self.turn_detection.to_dict()
        else:
            turn_detection = self.turn_detection

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        tool_choice = self.tool_choice

        max_output_tokens: int | str | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        elif isinstance(self.max_output_tokens, str):
            max_output_tokens = self.max_output_tokens
        else:
            max_output_tokens = self.max_output_tokens

        client_secret: dict[str, Any] | None | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        elif isinstance(self.client_secret, RealtimeSessionClientSecretType0):
            client_secret = self.client_secret.to_dict()
        else:
            client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if include is not UNSET:
            field_dict["include"] = include
        if model is not UNSET:
            field_dict["model"] = model
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if audio is not UNSET:
            field_dict["audio"] = audio
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeSessionCreateResponse must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError(f"id must be a string, not {type(id).__name__}")

        object_ = d.pop("object", UNSET)
        if not isinstance(object_, (str, Unset)):
            raise TypeError(f"object_ must be a string, not {type(object_).__name__}")

        expires_at = d.pop("expires_at", UNSET)
        if isinstance(expires_at, float) and expires_at.is_integer():
            expires_at = int(expires_at)
        if not isinstance(expires_at, (int, Unset)) or isinstance(expires_at, bool):
            raise TypeError(f"expires_at must be an integer, not {type(expires_at).__name__}")

        def _parse_include(
            data: object,
        ) -> list[RealtimeSessionCreateResponseIncludeType0Item] | None | Unset:
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
                        check_realtime_session_create_response_include_type_0_item(
                            include_type_0_item_data
                        )
                    )

                    include_type_0.append(include_type_0_item)

                return include_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"include fits none of its types, not {type(data).__name__}")

        include = _parse_include(d.pop("include", UNSET))

        model = d.pop("model", UNSET)
        if not isinstance(model, (str, Unset)):
            raise TypeError(f"model must be a string, not {type(model).__name__}")

        output_modalities = d.pop("output_modalities", UNSET)

        instructions = d.pop("instructions", UNSET)
        if not isinstance(instructions, (str, Unset)):
            raise TypeError(f"instructions must be a string, not {type(instructions).__name__}")

        _audio = d.pop("audio", UNSET)
        audio: RealtimeSessionCreateResponseAudio | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = RealtimeSessionCreateResponseAudio.from_dict(_audio)

        def _parse_tracing(
            data: object,
        ) -> (
            None
            | RealtimeSessionCreateResponseTracingConfiguration
            | RealtimeSessionCreateResponseTracingTracingConfigurationType0
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tracing_tracing_configuration_type_0 = (
                    check_realtime_session_create_response_tracing_tracing_configuration_type_0(
                        data
                    )
                )

                return tracing_tracing_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tracing_tracing_configuration_type_1 = (
                    RealtimeSessionCreateResponseTracingConfiguration.from_dict(data)
                )

                return tracing_tracing_configuration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"tracing fits none of its types, not {type(data).__name__}")

        tracing = _parse_tracing(d.pop("tracing", UNSET))

        def _parse_turn_detection(
            data: object,
        ) -> None | RealtimeSessionCreateResponseTurnDetectionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                turn_detection_type_0 = RealtimeSessionCreateResponseTurnDetectionType0.from_dict(
                    data
                )

                return turn_detection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"turn_detection fits none of its types, not {type(data).__name__}")

        turn_detection = _parse_turn_detection(d.pop("turn_detection", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: list[RealtimeFunctionTool] | Unset = UNSET
        if _tools is not UNSET:
            if not isinstance(_tools, list):
                raise TypeError(f"tools must be an array, not {type(_tools).__name__}")
            tools = []
            for tools_item_data in _tools:
                tools_item = RealtimeFunctionTool.from_dict(tools_item_data)

                tools.append(tools_item)

        tool_choice = d.pop("tool_choice", UNSET)
        if not isinstance(tool_choice, (str, Unset)):
            raise TypeError(f"tool_choice must be a string, not {type(tool_choice).__name__}")

        def _parse_max_output_tokens(
            data: object,
        ) -> int | RealtimeSessionCreateResponseMaxOutputTokensType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    (isinstance(data, int) and not isinstance(data, bool))
                    or (isinstance(data, float) and data.is_integer())
                ):
                    raise TypeError()
                max_output_tokens_type_0 = data
                if (
                    isinstance(max_output_tokens_type_0, float)
                    and max_output_tokens_type_0.is_integer()
                ):
                    max_output_tokens_type_0 = int(max_output_tokens_type_0)
                if not isinstance(max_output_tokens_type_0, int) or isinstance(
                    max_output_tokens_type_0, bool
                ):
                    raise TypeError(
                        f"max_output_tokens_type_0 must be an integer, not {type(max_output_tokens_type_0).__name__}"
                    )

                return max_output_tokens_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            max_output_tokens_type_1 = (
                check_realtime_session_create_response_max_output_tokens_type_1(data)
            )

            return max_output_tokens_type_1
            raise TypeError(f"max_output_tokens fits none of its types, not {type(data).__name__}")

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        def _parse_client_secret(data: object) -> None | RealtimeSessionClientSecretType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_session_client_secret_type_0 = (
                    RealtimeSessionClientSecretType0.from_dict(data)
                )

                return componentsschemas_realtime_session_client_secret_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"client_secret fits none of its types, not {type(data).__name__}")

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        realtime_session_create_response = cls(
            id=id,
            object_=object_,
            expires_at=expires_at,
            include=include,
            model=model,
            output_modalities=output_modalities,
            instructions=instructions,
            audio=audio,
            tracing=tracing,
            turn_detection=turn_detection,
            tools=tools,
            tool_choice=tool_choice,
            max_output_tokens=max_output_tokens,
            client_secret=client_secret,
        )

        realtime_session_create_response.additional_properties = d
        return realtime_session_create_response

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
    from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: F401, PLC0415
    from ..models.realtime_session_client_secret_type_0 import (
        RealtimeSessionClientSecretType0,  # noqa: F401, PLC0415
    )
    from ..models.realtime_session_create_response_audio import (
        RealtimeSessionCreateResponseAudio,  # noqa: F401, PLC0415
    )
    from ..models.realtime_session_create_response_tracing_configuration import (
        RealtimeSessionCreateResponseTracingConfiguration,  # noqa: F401, PLC0415
    )
    from ..models.realtime_session_create_response_turn_detection_type_0 import (
        RealtimeSessionCreateResponseTurnDetectionType0,  # noqa: F401, PLC0415
    )

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
