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

from ..models.realtime_session_create_response_ga_auto import (
    RealtimeSessionCreateResponseGAAuto,
    check_realtime_session_create_response_ga_auto,
)
from ..models.realtime_session_create_response_ga_include_type_0_item import (
    RealtimeSessionCreateResponseGAIncludeType0Item,
    check_realtime_session_create_response_ga_include_type_0_item,
)
from ..models.realtime_session_create_response_ga_max_output_tokens_type_1 import (
    RealtimeSessionCreateResponseGAMaxOutputTokensType1,
    check_realtime_session_create_response_ga_max_output_tokens_type_1,
)
from ..models.realtime_session_create_response_ga_model_type_1 import (
    RealtimeSessionCreateResponseGAModelType1,
    check_realtime_session_create_response_ga_model_type_1,
)
from ..models.realtime_session_create_response_ga_object import (
    RealtimeSessionCreateResponseGAObject,
    check_realtime_session_create_response_ga_object,
)
from ..models.realtime_session_create_response_ga_output_modalities_item import (
    RealtimeSessionCreateResponseGAOutputModalitiesItem,
    check_realtime_session_create_response_ga_output_modalities_item,
)
from ..models.realtime_truncation_type_0 import (
    RealtimeTruncationType0,
    check_realtime_truncation_type_0,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool import MCPTool
    from ..models.prompt_type_0 import PromptType0
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_reasoning import RealtimeReasoning
    from ..models.realtime_session_create_response_ga_audio import (
        RealtimeSessionCreateResponseGAAudio,
    )
    from ..models.realtime_session_create_response_ga_tracing_configuration import (
        RealtimeSessionCreateResponseGATracingConfiguration,
    )
    from ..models.realtime_truncation_retention_ratio import (
        RealtimeTruncationRetentionRatio,
    )
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP


T = TypeVar("T", bound="RealtimeSessionCreateResponseGA")


@_attrs_define
class RealtimeSessionCreateResponseGA:
    """A Realtime session configuration object.

    Attributes:
        type_ (Literal['realtime']): The type of session to create. Always `realtime` for the Realtime API.
             Default: 'realtime'.
        id (str): Unique identifier for the session that looks like `sess_1234567890abcdef`.
        object_ (RealtimeSessionCreateResponseGAObject): The object type. Always `realtime.session`.
        expires_at (int | Unset): Expiration timestamp for the session, in seconds since epoch.
        output_modalities (list[RealtimeSessionCreateResponseGAOutputModalitiesItem] | Unset): The set of modalities the
            model can respond with. It defaults to `["audio"]`, indicating
            that the model will respond with audio plus a transcript. `["text"]` can be used to make
            the model respond with text only. It is not possible to request both `text` and `audio` at the same time.
        model (RealtimeSessionCreateResponseGAModelType1 | str | Unset): The Realtime model used for this session.
        instructions (str | Unset): The default system instructions (i.e. system message) prepended to model calls. This
            field allows the client to guide the model on desired responses. The model can be instructed on response content
            and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio
            behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not
            guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.

            Note that the server sets default instructions which will be used if this field is not set and are visible in
            the `session.created` event at the start of the session.
        audio (RealtimeSessionCreateResponseGAAudio | Unset): Configuration for input and output audio.
        include (list[RealtimeSessionCreateResponseGAIncludeType0Item] | None | Unset): Additional fields to include in
            server outputs.

            `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
        tracing (None | RealtimeSessionCreateResponseGAAuto | RealtimeSessionCreateResponseGATracingConfiguration |
            Unset):
        tools (list[MCPTool | RealtimeFunctionTool] | Unset): Tools available to the model.
        tool_choice (ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset): How the model chooses tools.
            Provide one of the string modes or force a specific
            function/MCP tool.

            Server default: `auto`.
        reasoning (RealtimeReasoning | Unset): Configuration for reasoning-capable Realtime models such as `gpt-
            realtime-2`.
        max_output_tokens (int | RealtimeSessionCreateResponseGAMaxOutputTokensType1 | Unset): Maximum number of output
            tokens for a single assistant response,
            inclusive of tool calls. Provide an integer between 1 and 4096 to
            limit output tokens, or `inf` for the maximum available tokens for a
            given model. Defaults to `inf`.
        truncation (RealtimeTruncationRetentionRatio | RealtimeTruncationType0 | Unset): When the number of tokens in a
            conversation exceeds the model's input token limit, the conversation be truncated, meaning messages (starting
            from the oldest) will not be included in the model's context. A 32k context model with 4,096 max output tokens
            can only include 28,224 tokens in the context before truncation occurs.

            Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to
            control token usage and cost.

            Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are
            dropped from the beginning of the context. However, clients can also configure truncation to retain messages up
            to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve
            the cache rate.

            Truncation can be disabled entirely, which means the server will never truncate but would instead return an
            error if the conversation exceeds the model's input token limit.
        prompt (None | PromptType0 | Unset):
    """

    id: str
    object_: RealtimeSessionCreateResponseGAObject
    type_: Literal["realtime"] = "realtime"
    expires_at: int | Unset = UNSET
    output_modalities: list[RealtimeSessionCreateResponseGAOutputModalitiesItem] | Unset = UNSET
    model: RealtimeSessionCreateResponseGAModelType1 | str | Unset = UNSET
    instructions: str | Unset = UNSET
    audio: RealtimeSessionCreateResponseGAAudio | Unset = UNSET
    include: list[RealtimeSessionCreateResponseGAIncludeType0Item] | None | Unset = UNSET
    tracing: (
        None
        | RealtimeSessionCreateResponseGAAuto
        | RealtimeSessionCreateResponseGATracingConfiguration
        | Unset
    ) = UNSET
    tools: list[MCPTool | RealtimeFunctionTool] | Unset = UNSET
    tool_choice: ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset = UNSET
    reasoning: RealtimeReasoning | Unset = UNSET
    max_output_tokens: int | RealtimeSessionCreateResponseGAMaxOutputTokensType1 | Unset = UNSET
    truncation: RealtimeTruncationRetentionRatio | RealtimeTruncationType0 | Unset = UNSET
    prompt: None | PromptType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        type_ = self.type_

        id = self.id

        object_: str = self.object_

        expires_at = self.expires_at

        output_modalities: list[str] | Unset = UNSET
        if not isinstance(self.output_modalities, Unset):
            output_modalities = []
            for output_modalities_item_data in self.output_modalities:
                output_modalities_item: str = output_modalities_item_data
                output_modalities.append(output_modalities_item)

        model: str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        instructions = self.instructions

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

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

        tracing: dict[str, Any] | None | str | Unset
        if isinstance(self.tracing, Unset):
            tracing = UNSET
        elif isinstance(self.tracing, str):
            tracing = self.tracing
        elif isinstance(self.tracing, RealtimeSessionCreateResponseGATracingConfiguration):
            tracing = self.tracing.to_dict()
        else:
            tracing = self.tracing

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, RealtimeFunctionTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, ToolChoiceFunction):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        max_output_tokens: int | str | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        elif isinstance(self.max_output_tokens, str):
            max_output_tokens = self.max_output_tokens
        else:
            max_output_tokens = self.max_output_tokens

        truncation: dict[str, Any] | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        elif isinstance(self.truncation, str):
            truncation = self.truncation
        else:
            truncation = self.truncation.to_dict()

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, PromptType0):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

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
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if model is not UNSET:
            field_dict["model"] = model
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if audio is not UNSET:
            field_dict["audio"] = audio
        if include is not UNSET:
            field_dict["include"] = include
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeSessionCreateResponseGA must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = cast("Literal['realtime']", d.pop("type"))
        if type_ != "realtime":
            raise ValueError(f"type must match const 'realtime', got '{type_}'")

        id = d.pop("id")
        if not isinstance(id, str):
            raise TypeError(f"id must be a string, not {type(id).__name__}")

        object_ = check_realtime_session_create_response_ga_object(d.pop("object"))

        expires_at = d.pop("expires_at", UNSET)
        if isinstance(expires_at, float) and expires_at.is_integer():
            expires_at = int(expires_at)
        if not isinstance(expires_at, (int, Unset)) or isinstance(expires_at, bool):
            raise TypeError(f"expires_at must be an integer, not {type(expires_at).__name__}")

        _output_modalities = d.pop("output_modalities", UNSET)
        output_modalities: list[RealtimeSessionCreateResponseGAOutputModalitiesItem] | Unset = UNSET
        if _output_modalities is not UNSET:
            if not isinstance(_output_modalities, list):
                raise TypeError(
                    f"output_modalities must be an array, not {type(_output_modalities).__name__}"
                )
            output_modalities = []
            for output_modalities_item_data in _output_modalities:
                output_modalities_item = (
                    check_realtime_session_create_response_ga_output_modalities_item(
                        output_modalities_item_data
                    )
                )

                output_modalities.append(output_modalities_item)

        def _parse_model(data: object) -> RealtimeSessionCreateResponseGAModelType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_1 = check_realtime_session_create_response_ga_model_type_1(data)

                return model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RealtimeSessionCreateResponseGAModelType1 | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        instructions = d.pop("instructions", UNSET)
        if not isinstance(instructions, (str, Unset)):
            raise TypeError(f"instructions must be a string, not {type(instructions).__name__}")

        _audio = d.pop("audio", UNSET)
        audio: RealtimeSessionCreateResponseGAAudio | Unset
        if isinstance(_audio, Unset):
            audio = UNSET
        else:
            audio = RealtimeSessionCreateResponseGAAudio.from_dict(_audio)

        def _parse_include(
            data: object,
        ) -> list[RealtimeSessionCreateResponseGAIncludeType0Item] | None | Unset:
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
                        check_realtime_session_create_response_ga_include_type_0_item(
                            include_type_0_item_data
                        )
                    )

                    include_type_0.append(include_type_0_item)

                return include_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"include fits none of its types, not {type(data).__name__}")

        include = _parse_include(d.pop("include", UNSET))

        def _parse_tracing(
            data: object,
        ) -> (
            None
            | RealtimeSessionCreateResponseGAAuto
            | RealtimeSessionCreateResponseGATracingConfiguration
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tracing_tracing_configuration_auto = check_realtime_session_create_response_ga_auto(
                    data
                )

                return tracing_tracing_configuration_auto
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tracing_tracing_configuration_type_1 = (
                    RealtimeSessionCreateResponseGATracingConfiguration.from_dict(data)
                )

                return tracing_tracing_configuration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"tracing fits none of its types, not {type(data).__name__}")

        tracing = _parse_tracing(d.pop("tracing", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: list[MCPTool | RealtimeFunctionTool] | Unset = UNSET
        if _tools is not UNSET:
            if not isinstance(_tools, list):
                raise TypeError(f"tools must be an array, not {type(_tools).__name__}")
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(data: object) -> MCPTool | RealtimeFunctionTool:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_0 = RealtimeFunctionTool.from_dict(data)

                        return tools_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_1 = MCPTool.from_dict(data)

                    return tools_item_type_1
                    raise TypeError(f"tools_item fits none of its types, not {type(data).__name__}")

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        def _parse_tool_choice(
            data: object,
        ) -> ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_choice_type_0 = check_tool_choice_options(data)

                return tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_1 = ToolChoiceFunction.from_dict(data)

                return tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            tool_choice_type_2 = ToolChoiceMCP.from_dict(data)

            return tool_choice_type_2
            raise TypeError(f"tool_choice fits none of its types, not {type(data).__name__}")

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: RealtimeReasoning | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = RealtimeReasoning.from_dict(_reasoning)

        def _parse_max_output_tokens(
            data: object,
        ) -> int | RealtimeSessionCreateResponseGAMaxOutputTokensType1 | Unset:
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
                check_realtime_session_create_response_ga_max_output_tokens_type_1(data)
            )

            return max_output_tokens_type_1
            raise TypeError(f"max_output_tokens fits none of its types, not {type(data).__name__}")

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        def _parse_truncation(
            data: object,
        ) -> RealtimeTruncationRetentionRatio | RealtimeTruncationType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_realtime_truncation_type_0 = check_realtime_truncation_type_0(
                    data
                )

                return componentsschemas_realtime_truncation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_realtime_truncation_type_1 = (
                RealtimeTruncationRetentionRatio.from_dict(data)
            )

            return componentsschemas_realtime_truncation_type_1
            raise TypeError(f"truncation fits none of its types, not {type(data).__name__}")

        truncation = _parse_truncation(d.pop("truncation", UNSET))

        def _parse_prompt(data: object) -> None | PromptType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_prompt_type_0 = PromptType0.from_dict(data)

                return componentsschemas_prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"prompt fits none of its types, not {type(data).__name__}")

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        realtime_session_create_response_ga = cls(
            type_=type_,
            id=id,
            object_=object_,
            expires_at=expires_at,
            output_modalities=output_modalities,
            model=model,
            instructions=instructions,
            audio=audio,
            include=include,
            tracing=tracing,
            tools=tools,
            tool_choice=tool_choice,
            reasoning=reasoning,
            max_output_tokens=max_output_tokens,
            truncation=truncation,
            prompt=prompt,
        )

        realtime_session_create_response_ga.additional_properties = d
        return realtime_session_create_response_ga

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
    from ..models.mcp_tool import MCPTool  # noqa: F401, PLC0415
    from ..models.prompt_type_0 import PromptType0  # noqa: F401, PLC0415
    from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: F401, PLC0415
    from ..models.realtime_reasoning import RealtimeReasoning  # noqa: F401, PLC0415
    from ..models.realtime_session_create_response_ga_audio import (
        RealtimeSessionCreateResponseGAAudio,  # noqa: F401, PLC0415
    )
    from ..models.realtime_session_create_response_ga_tracing_configuration import (
        RealtimeSessionCreateResponseGATracingConfiguration,  # noqa: F401, PLC0415
    )
    from ..models.realtime_truncation_retention_ratio import (
        RealtimeTruncationRetentionRatio,  # noqa: F401, PLC0415
    )
    from ..models.tool_choice_function import ToolChoiceFunction  # noqa: F401, PLC0415
    from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: F401, PLC0415

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
