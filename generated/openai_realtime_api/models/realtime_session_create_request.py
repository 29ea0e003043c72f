from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_session_create_request_max_response_output_tokens_type_1 import (
    RealtimeSessionCreateRequestMaxResponseOutputTokensType1,
    check_realtime_session_create_request_max_response_output_tokens_type_1,
)
from ..models.realtime_session_create_request_tracing_tracing_configuration_type_0 import (
    RealtimeSessionCreateRequestTracingTracingConfigurationType0,
    check_realtime_session_create_request_tracing_tracing_configuration_type_0,
)
from ..models.realtime_truncation_type_0 import (
    RealtimeTruncationType0,
    check_realtime_truncation_type_0,
)
from ..models.voice_ids_shared_type_1 import (
    VoiceIdsSharedType1,
    check_voice_ids_shared_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_type_0 import PromptType0
    from ..models.realtime_session_client_secret_type_0 import (
        RealtimeSessionClientSecretType0,
    )
    from ..models.realtime_session_create_request_input_audio_transcription import (
        RealtimeSessionCreateRequestInputAudioTranscription,
    )
    from ..models.realtime_session_create_request_tools_item import (
        RealtimeSessionCreateRequestToolsItem,
    )
    from ..models.realtime_session_create_request_tracing_configuration import (
        RealtimeSessionCreateRequestTracingConfiguration,
    )
    from ..models.realtime_session_create_request_turn_detection_type_0 import (
        RealtimeSessionCreateRequestTurnDetectionType0,
    )
    from ..models.realtime_truncation_retention_ratio import (
        RealtimeTruncationRetentionRatio,
    )
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1


T = TypeVar("T", bound="RealtimeSessionCreateRequest")


@_attrs_define
class RealtimeSessionCreateRequest:
    """A new Realtime session configuration, with an ephemeral key. Default TTL
    for keys is one minute.

        Attributes:
            client_secret (None | RealtimeSessionClientSecretType0 | Unset):
            modalities (Any | Unset): The set of modalities the model can respond with. To disable audio,
                set this to ["text"].
            instructions (str | Unset): The default system instructions (i.e. system message) prepended to model calls. This
                field allows the client to guide the model on desired responses. The model can be instructed on response content
                and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio
                behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not
                guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.
                Note that the server sets default instructions which will be used if this field is not set and are visible in
                the `session.created` event at the start of the session.
            voice (str | Unset | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1): A built-in voice name or a custom voice
                reference.
            input_audio_format (str | Unset): The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
            output_audio_format (str | Unset): The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
            input_audio_transcription (RealtimeSessionCreateRequestInputAudioTranscription | Unset): Configuration for input
                audio transcription, defaults to off and can be
                set to `null` to turn off once on. Input audio transcription is not native
                to the model, since the model consumes audio directly. Transcription runs
                asynchronously and should be treated as rough guidance
                rather than the representation understood by the model.
            speed (float | Unset): The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
                the minimum speed. 1.5 is the maximum speed. This value can only be changed
                in between model turns, not while a response is in progress.

                Server default: `1`.
            tracing (None | RealtimeSessionCreateRequestTracingConfiguration |
                RealtimeSessionCreateRequestTracingTracingConfigurationType0 | Unset): Configuration options for tracing. Set to
                null to disable tracing. Once
                tracing is enabled for a session, the configuration cannot be modified.

                `auto` will create a trace for the session with default values for the
                workflow name, group id, and metadata.
            turn_detection (None | RealtimeSessionCreateRequestTurnDetectionType0 | Unset): Configuration for turn
                detection. Can be set to `null` to turn off. Server
                VAD means that the model will detect the start and end of speech based on
                audio volume and respond at the end of user speech.
            tools (list[RealtimeSessionCreateRequestToolsItem] | Unset): Tools (functions) available to the model.
            tool_choice (str | Unset): How the model chooses tools. Options are `auto`, `none`, `required`, or
                specify a function.
            temperature (float | Unset): Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.
            max_response_output_tokens (int | RealtimeSessionCreateRequestMaxResponseOutputTokensType1 | Unset): Maximum
                number of output tokens for a single assistant response,
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

    client_secret: None | RealtimeSessionClientSecretType0 | Unset = UNSET
    modalities: Any | Unset = UNSET
    instructions: str | Unset = UNSET
    voice: str | Unset | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1 = UNSET
    input_audio_format: str | Unset = UNSET
    output_audio_format: str | Unset = UNSET
    input_audio_transcription: RealtimeSessionCreateRequestInputAudioTranscription | Unset = UNSET
    speed: float | Unset = UNSET
    tracing: (
        None
        | RealtimeSessionCreateRequestTracingConfiguration
        | RealtimeSessionCreateRequestTracingTracingConfigurationType0
        | Unset
    ) = UNSET
    turn_detection: None | RealtimeSessionCreateRequestTurnDetectionType0 | Unset = UNSET
    tools: list[RealtimeSessionCreateRequestToolsItem] | Unset = UNSET
    tool_choice: str | Unset = UNSET
    temperature: float | Unset = UNSET
    max_response_output_tokens: (
        int | RealtimeSessionCreateRequestMaxResponseOutputTokensType1 | Unset
    ) = UNSET
    truncation: RealtimeTruncationRetentionRatio | RealtimeTruncationType0 | Unset = UNSET
    prompt: None | PromptType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        client_secret: dict[str, Any] | None | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        elif isinstance(self.client_secret, RealtimeSessionClientSecretType0):
            client_secret = self.client_secret.to_dict()
        else:
            client_secret = self.client_secret

        modalities = self.modalities

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

        input_audio_format = self.input_audio_format

        output_audio_format = self.output_audio_format

        input_audio_transcription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_audio_transcription, Unset):
            input_audio_transcription = self.input_audio_transcription.to_dict()

        speed = self.speed

        tracing: dict[str, Any] | None | str | Unset
        if isinstance(self.tracing, Unset):
            tracing = UNSET
        elif isinstance(self.tracing, str):
            tracing = self.tracing
        elif isinstance(self.tracing, RealtimeSessionCreateRequestTracingConfiguration):
            tracing = self.tracing.to_dict()
        else:
            tracing = self.tracing

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(self.turn_detection, RealtimeSessionCreateRequestTurnDetectionType0):
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

        temperature = self.temperature

        max_response_output_tokens: int | str | Unset
        if isinstance(self.max_response_output_tokens, Unset):
            max_response_output_tokens = UNSET
        elif isinstance(self.max_response_output_tokens, str):
            max_response_output_tokens = self.max_response_output_tokens
        else:
            max_response_output_tokens = self.max_response_output_tokens

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
        field_dict.update({})
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if voice is not UNSET:
            field_dict["voice"] = voice
        if input_audio_format is not UNSET:
            field_dict["input_audio_format"] = input_audio_format
        if output_audio_format is not UNSET:
            field_dict["output_audio_format"] = output_audio_format
        if input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = input_audio_transcription
        if speed is not UNSET:
            field_dict["speed"] = speed
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_response_output_tokens is not UNSET:
            field_dict["max_response_output_tokens"] = max_response_output_tokens
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
                f"RealtimeSessionCreateRequest must be an object, not {type(src_dict).__name__}"
            )
        d = dict(src_dict)

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

        modalities = d.pop("modalities", UNSET)

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

        input_audio_format = d.pop("input_audio_format", UNSET)
        if not isinstance(input_audio_format, (str, Unset)):
            raise TypeError(
                f"input_audio_format must be a string, not {type(input_audio_format).__name__}"
            )

        output_audio_format = d.pop("output_audio_format", UNSET)
        if not isinstance(output_audio_format, (str, Unset)):
            raise TypeError(
                f"output_audio_format must be a string, not {type(output_audio_format).__name__}"
            )

        _input_audio_transcription = d.pop("input_audio_transcription", UNSET)
        input_audio_transcription: RealtimeSessionCreateRequestInputAudioTranscription | Unset
        if isinstance(_input_audio_transcription, Unset):
            input_audio_transcription = UNSET
        else:
            input_audio_transcription = (
                RealtimeSessionCreateRequestInputAudioTranscription.from_dict(
                    _input_audio_transcription
                )
            )

        speed = d.pop("speed", UNSET)
        if not isinstance(speed, Unset) and not (
            isinstance(speed, (int, float)) and not isinstance(speed, bool)
        ):
            raise TypeError(f"speed must be a number, not {type(speed).__name__}")

        def _parse_tracing(
            data: object,
        ) -> (
            None
            | RealtimeSessionCreateRequestTracingConfiguration
            | RealtimeSessionCreateRequestTracingTracingConfigurationType0
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
                    check_realtime_session_create_request_tracing_tracing_configuration_type_0(data)
                )

                return tracing_tracing_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tracing_tracing_configuration_type_1 = (
                    RealtimeSessionCreateRequestTracingConfiguration.from_dict(data)
                )

                return tracing_tracing_configuration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"tracing fits none of its types, not {type(data).__name__}")

        tracing = _parse_tracing(d.pop("tracing", UNSET))

        def _parse_turn_detection(
            data: object,
        ) -> None | RealtimeSessionCreateRequestTurnDetectionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                turn_detection_type_0 = RealtimeSessionCreateRequestTurnDetectionType0.from_dict(
                    data
                )

                return turn_detection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"turn_detection fits none of its types, not {type(data).__name__}")

        turn_detection = _parse_turn_detection(d.pop("turn_detection", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: list[RealtimeSessionCreateRequestToolsItem] | Unset = UNSET
        if _tools is not UNSET:
            if not isinstance(_tools, list):
                raise TypeError(f"tools must be an array, not {type(_tools).__name__}")
            tools = []
            for tools_item_data in _tools:
                tools_item = RealtimeSessionCreateRequestToolsItem.from_dict(tools_item_data)

                tools.append(tools_item)

        tool_choice = d.pop("tool_choice", UNSET)
        if not isinstance(tool_choice, (str, Unset)):
            raise TypeError(f"tool_choice must be a string, not {type(tool_choice).__name__}")

        temperature = d.pop("temperature", UNSET)
        if not isinstance(temperature, Unset) and not (
            isinstance(temperature, (int, float)) and not isinstance(temperature, bool)
        ):
            raise TypeError(f"temperature must be a number, not {type(temperature).__name__}")

        def _parse_max_response_output_tokens(
            data: object,
        ) -> int | RealtimeSessionCreateRequestMaxResponseOutputTokensType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    (isinstance(data, int) and not isinstance(data, bool))
                    or (isinstance(data, float) and data.is_integer())
                ):
                    raise TypeError()
                max_response_output_tokens_type_0 = data
                if (
                    isinstance(max_response_output_tokens_type_0, float)
                    and max_response_output_tokens_type_0.is_integer()
                ):
                    max_response_output_tokens_type_0 = int(max_response_output_tokens_type_0)
                if not isinstance(max_response_output_tokens_type_0, int) or isinstance(
                    max_response_output_tokens_type_0, bool
                ):
                    raise TypeError(
                        f"max_response_output_tokens_type_0 must be an integer, not {type(max_response_output_tokens_type_0).__name__}"
                    )

                return max_response_output_tokens_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            max_response_output_tokens_type_1 = (
                check_realtime_session_create_request_max_response_output_tokens_type_1(data)
            )

            return max_response_output_tokens_type_1
            raise TypeError(
                f"max_response_output_tokens fits none of its types, not {type(data).__name__}"
            )

        max_response_output_tokens = _parse_max_response_output_tokens(
            d.pop("max_response_output_tokens", UNSET)
        )

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

        realtime_session_create_request = cls(
            client_secret=client_secret,
            modalities=modalities,
            instructions=instructions,
            voice=voice,
            input_audio_format=input_audio_format,
            output_audio_format=output_audio_format,
            input_audio_transcription=input_audio_transcription,
            speed=speed,
            tracing=tracing,
            turn_detection=turn_detection,
            tools=tools,
            tool_choice=tool_choice,
            temperature=temperature,
            max_response_output_tokens=max_response_output_tokens,
            truncation=truncation,
            prompt=prompt,
        )

        realtime_session_create_request.additional_properties = d
        return realtime_session_create_request

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
    from ..models.prompt_type_0 import PromptType0  # noqa: F401, PLC0415
    from ..models.realtime_session_client_secret_type_0 import (
        RealtimeSessionClientSecretType0,  # noqa: F401, PLC0415
    )
    from ..models.realtime_session_create_request_input_audio_transcription import (
        RealtimeSessionCreateRequestInputAudioTranscription,  # noqa: F401, PLC0415
    )
    from ..models.realtime_session_create_request_tools_item import (
        RealtimeSessionCreateRequestToolsItem,  # noqa: F401, PLC0415
    )
    from ..models.realtime_session_create_request_tracing_configuration import (
        RealtimeSessionCreateRequestTracingConfiguration,  # noqa: F401, PLC0415
    )
    from ..models.realtime_session_create_request_turn_detection_type_0 import (
        RealtimeSessionCreateRequestTurnDetectionType0,  # noqa: F401, PLC0415
    )
    from ..models.realtime_truncation_retention_ratio import (
        RealtimeTruncationRetentionRatio,  # noqa: F401, PLC0415
    )
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1  # noqa: F401, PLC0415

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
