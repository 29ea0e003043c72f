from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_response_create_params_conversation_type_1 import (
    RealtimeBetaResponseCreateParamsConversationType1,
    check_realtime_beta_response_create_params_conversation_type_1,
)
from ..models.realtime_beta_response_create_params_max_output_tokens_type_1 import (
    RealtimeBetaResponseCreateParamsMaxOutputTokensType1,
    check_realtime_beta_response_create_params_max_output_tokens_type_1,
)
from ..models.realtime_beta_response_create_params_modalities_item import (
    RealtimeBetaResponseCreateParamsModalitiesItem,
    check_realtime_beta_response_create_params_modalities_item,
)
from ..models.realtime_beta_response_create_params_output_audio_format import (
    RealtimeBetaResponseCreateParamsOutputAudioFormat,
    check_realtime_beta_response_create_params_output_audio_format,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..models.voice_ids_shared_type_1 import (
    VoiceIdsSharedType1,
    check_voice_ids_shared_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_type_0 import MetadataType0
    from ..models.prompt_type_0 import PromptType0
    from ..models.realtime_beta_response_create_params_tools_item import (
        RealtimeBetaResponseCreateParamsToolsItem,
    )
    from ..models.realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall,
    )
    from ..models.realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput,
    )
    from ..models.realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant,
    )
    from ..models.realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem,
    )
    from ..models.realtime_conversation_item_message_user import (
        RealtimeConversationItemMessageUser,
    )
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1


T = TypeVar("T", bound="RealtimeBetaResponseCreateParams")


@_attrs_define
class RealtimeBetaResponseCreateParams:
    """Create a new Realtime response with these parameters

    Attributes:
        modalities (list[RealtimeBetaResponseCreateParamsModalitiesItem] | Unset): The set of modalities the model can
            respond with. To disable audio,
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
        voice (str | Unset | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1): A built-in voice name or a custom voice
            reference.
        output_audio_format (RealtimeBetaResponseCreateParamsOutputAudioFormat | Unset): The format of output audio.
            Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
        tools (list[RealtimeBetaResponseCreateParamsToolsItem] | Unset): Tools (functions) available to the model.
        tool_choice (ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset): How the model chooses tools.
            Provide one of the string modes or force a specific
            function/MCP tool.

            Server default: `auto`.
        temperature (float | Unset): Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.
        max_output_tokens (int | RealtimeBetaResponseCreateParamsMaxOutputTokensType1 | Unset): Maximum number of output
            tokens for a single assistant response,
            inclusive of tool calls. Provide an integer between 1 and 4096 to
            limit output tokens, or `inf` for the maximum available tokens for a
            given model. Defaults to `inf`.
        conversation (RealtimeBetaResponseCreateParamsConversationType1 | str | Unset): Controls which conversation the
            response is added to. Currently supports
            `auto` and `none`, with `auto` as the default value. The `auto` value
            means that the contents of the response will be added to the default
            conversation. Set this to `none` to create an out-of-band response which
            will not add items to default conversation.
        metadata (MetadataType0 | None | Unset):
        prompt (None | PromptType0 | Unset):
        input_ (list[RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput |
            RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem |
            RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse |
            RealtimeMCPListTools | RealtimeMCPToolCall] | Unset): Input items to include in the prompt for the model. Using
            this field
            creates a new context for this Response instead of using the default
            conversation. An empty array `[]` will clear the context for this Response.
            Note that this can include references to items from the default conversation.
    """

    modalities: list[RealtimeBetaResponseCreateParamsModalitiesItem] | Unset = UNSET
    instructions: str | Unset = UNSET
    voice: str | Unset | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1 = UNSET
    output_audio_format: RealtimeBetaResponseCreateParamsOutputAudioFormat | Unset = UNSET
    tools: list[RealtimeBetaResponseCreateParamsToolsItem] | Unset = UNSET
    tool_choice: ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset = UNSET
    temperature: float | Unset = UNSET
    max_output_tokens: int | RealtimeBetaResponseCreateParamsMaxOutputTokensType1 | Unset = UNSET
    conversation: RealtimeBetaResponseCreateParamsConversationType1 | str | Unset = UNSET
    metadata: MetadataType0 | None | Unset = UNSET
    prompt: None | PromptType0 | Unset = UNSET
    input_: (
        list[
            RealtimeConversationItemFunctionCall
            | RealtimeConversationItemFunctionCallOutput
            | RealtimeConversationItemMessageAssistant
            | RealtimeConversationItemMessageSystem
            | RealtimeConversationItemMessageUser
            | RealtimeMCPApprovalRequest
            | RealtimeMCPApprovalResponse
            | RealtimeMCPListTools
            | RealtimeMCPToolCall
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        modalities: list[str] | Unset = UNSET
        if not isinstance(self.modalities, Unset):
            modalities = []
            for modalities_item_data in self.modalities:
                modalities_item: str = modalities_item_data
                modalities.append(modalities_item)

        instructions = self.instructions

        voice: dict[str, Any] | str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, str):
            voice = self.voice
        elif isinstance(self.voice, VoiceIdsOrCustomVoiceType1):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        output_audio_format: str | Unset = UNSET
        if not isinstance(self.output_audio_format, Unset):
            output_audio_format = self.output_audio_format

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
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

        temperature = self.temperature

        max_output_tokens: int | str | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        elif isinstance(self.max_output_tokens, str):
            max_output_tokens = self.max_output_tokens
        else:
            max_output_tokens = self.max_output_tokens

        conversation: str | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, str):
            conversation = self.conversation
        else:
            conversation = self.conversation

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, PromptType0):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

        input_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = []
            for input_item_data in self.input_:
                input_item: dict[str, Any]
                if isinstance(input_item_data, RealtimeConversationItemMessageSystem):
                    input_item = input_item_data.to_dict()
                elif isinstance(input_item_data, RealtimeConversationItemMessageUser):
                    input_item = input_item_data.to_dict()
                elif isinstance(input_item_data, RealtimeConversationItemMessageAssistant):
                    input_item = input_item_data.to_dict()
                elif isinstance(input_item_data, RealtimeConversationItemFunctionCall):
                    input_item = input_item_data.to_dict()
                elif isinstance(input_item_data, RealtimeConversationItemFunctionCallOutput):
                    input_item = input_item_data.to_dict()
                elif isinstance(input_item_data, RealtimeMCPApprovalResponse):
                    input_item = input_item_data.to_dict()
                elif isinstance(input_item_data, RealtimeMCPListTools):
                    input_item = input_item_data.to_dict()
                elif isinstance(input_item_data, RealtimeMCPToolCall):
                    input_item = input_item_data.to_dict()
                else:
                    input_item = input_item_data.to_dict()

                input_.append(input_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if voice is not UNSET:
            field_dict["voice"] = voice
        if output_audio_format is not UNSET:
            field_dict["output_audio_format"] = output_audio_format
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaResponseCreateParams must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _modalities = d.pop("modalities", UNSET)
        modalities: list[RealtimeBetaResponseCreateParamsModalitiesItem] | Unset = UNSET
        if _modalities is not UNSET:
            if not isinstance(_modalities, list):
                raise TypeError(f"modalities must be an array, not {type(_modalities).__name__}")
            modalities = []
            for modalities_item_data in _modalities:
                modalities_item = check_realtime_beta_response_create_params_modalities_item(
                    modalities_item_data
                )

                modalities.append(modalities_item)

        instructions = d.pop("instructions", UNSET)
        if not isinstance(instructions, (str, Unset)):
            raise TypeError(f"instructions must be a string, not {type(instructions).__name__}")

        def _parse_voice(
            data: object,
        ) -> str | Unset | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_voice_ids_shared_type_1 = check_voice_ids_shared_type_1(data)

                return componentsschemas_voice_ids_shared_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_voice_ids_or_custom_voice_type_1 = (
                    VoiceIdsOrCustomVoiceType1.from_dict(data)
                )

                return componentsschemas_voice_ids_or_custom_voice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | Unset | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        _output_audio_format = d.pop("output_audio_format", UNSET)
        output_audio_format: RealtimeBetaResponseCreateParamsOutputAudioFormat | Unset
        if isinstance(_output_audio_format, Unset):
            output_audio_format = UNSET
        else:
            output_audio_format = check_realtime_beta_response_create_params_output_audio_format(
                _output_audio_format
            )

        _tools = d.pop("tools", UNSET)
        tools: list[RealtimeBetaResponseCreateParamsToolsItem] | Unset = UNSET
        if _tools is not UNSET:
            if not isinstance(_tools, list):
                raise TypeError(f"tools must be an array, not {type(_tools).__name__}")
            tools = []
            for tools_item_data in _tools:
                tools_item = RealtimeBetaResponseCreateParamsToolsItem.from_dict(tools_item_data)

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

        temperature = d.pop("temperature", UNSET)
        if not isinstance(temperature, Unset) and not (
            isinstance(temperature, (int, float)) and not isinstance(temperature, bool)
        ):
            raise TypeError(f"temperature must be a number, not {type(temperature).__name__}")

        def _parse_max_output_tokens(
            data: object,
        ) -> int | RealtimeBetaResponseCreateParamsMaxOutputTokensType1 | Unset:
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
                check_realtime_beta_response_create_params_max_output_tokens_type_1(data)
            )

            return max_output_tokens_type_1
            raise TypeError(f"max_output_tokens fits none of its types, not {type(data).__name__}")

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        def _parse_conversation(
            data: object,
        ) -> RealtimeBetaResponseCreateParamsConversationType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                conversation_type_1 = (
                    check_realtime_beta_response_create_params_conversation_type_1(data)
                )

                return conversation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RealtimeBetaResponseCreateParamsConversationType1 | str | Unset, data)

        conversation = _parse_conversation(d.pop("conversation", UNSET))

        def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                return componentsschemas_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"metadata fits none of its types, not {type(data).__name__}")

        metadata = _parse_metadata(d.pop("metadata", UNSET))

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

        _input_ = d.pop("input", UNSET)
        input_: (
            list[
                RealtimeConversationItemFunctionCall
                | RealtimeConversationItemFunctionCallOutput
                | RealtimeConversationItemMessageAssistant
                | RealtimeConversationItemMessageSystem
                | RealtimeConversationItemMessageUser
                | RealtimeMCPApprovalRequest
                | RealtimeMCPApprovalResponse
                | RealtimeMCPListTools
                | RealtimeMCPToolCall
            ]
            | Unset
        ) = UNSET
        if _input_ is not UNSET:
            if not isinstance(_input_, list):
                raise TypeError(f"input_ must be an array, not {type(_input_).__name__}")
            input_ = []
            for input_item_data in _input_:

                def _parse_input_item(
                    data: object,
                ) -> (
                    RealtimeConversationItemFunctionCall
                    | RealtimeConversationItemFunctionCallOutput
                    | RealtimeConversationItemMessageAssistant
                    | RealtimeConversationItemMessageSystem
                    | RealtimeConversationItemMessageUser
                    | RealtimeMCPApprovalRequest
                    | RealtimeMCPApprovalResponse
                    | RealtimeMCPListTools
                    | RealtimeMCPToolCall
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_0 = (
                            RealtimeConversationItemMessageSystem.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_1 = (
                            RealtimeConversationItemMessageUser.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_2 = (
                            RealtimeConversationItemMessageAssistant.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_3 = (
                            RealtimeConversationItemFunctionCall.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_4 = (
                            RealtimeConversationItemFunctionCallOutput.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_5 = (
                            RealtimeMCPApprovalResponse.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_6 = (
                            RealtimeMCPListTools.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_realtime_conversation_item_type_7 = (
                            RealtimeMCPToolCall.from_dict(data)
                        )

                        return componentsschemas_realtime_conversation_item_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_realtime_conversation_item_type_8 = (
                        RealtimeMCPApprovalRequest.from_dict(data)
                    )

                    return componentsschemas_realtime_conversation_item_type_8
                    raise TypeError(f"input_item fits none of its types, not {type(data).__name__}")

                input_item = _parse_input_item(input_item_data)

                input_.append(input_item)

        realtime_beta_response_create_params = cls(
            modalities=modalities,
            instructions=instructions,
            voice=voice,
            output_audio_format=output_audio_format,
            tools=tools,
            tool_choice=tool_choice,
            temperature=temperature,
            max_output_tokens=max_output_tokens,
            conversation=conversation,
            metadata=metadata,
            prompt=prompt,
            input_=input_,
        )

        realtime_beta_response_create_params.additional_properties = d
        return realtime_beta_response_create_params

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
    from ..models.metadata_type_0 import MetadataType0  # noqa: F401, PLC0415
    from ..models.prompt_type_0 import PromptType0  # noqa: F401, PLC0415
    from ..models.realtime_beta_response_create_params_tools_item import (
        RealtimeBetaResponseCreateParamsToolsItem,  # noqa: F401, PLC0415
    )
    from ..models.realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall,  # noqa: F401, PLC0415
    )
    from ..models.realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput,  # noqa: F401, PLC0415
    )
    from ..models.realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant,  # noqa: F401, PLC0415
    )
    from ..models.realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem,  # noqa: F401, PLC0415
    )
    from ..models.realtime_conversation_item_message_user import (
        RealtimeConversationItemMessageUser,  # noqa: F401, PLC0415
    )
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest  # noqa: F401, PLC0415
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse  # noqa: F401, PLC0415
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools  # noqa: F401, PLC0415
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall  # noqa: F401, PLC0415
    from ..models.tool_choice_function import ToolChoiceFunction  # noqa: F401, PLC0415
    from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: F401, PLC0415
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1  # noqa: F401, PLC0415

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
