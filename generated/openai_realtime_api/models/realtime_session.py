from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_session_include_type_0_item import (
    RealtimeSessionIncludeType0Item,
    check_realtime_session_include_type_0_item,
)
from ..models.realtime_session_input_audio_format_type_1 import (
    RealtimeSessionInputAudioFormatType1,
    check_realtime_session_input_audio_format_type_1,
)
from ..models.realtime_session_input_audio_format_type_2_type_1 import (
    RealtimeSessionInputAudioFormatType2Type1,
    check_realtime_session_input_audio_format_type_2_type_1,
)
from ..models.realtime_session_input_audio_format_type_3_type_1 import (
    RealtimeSessionInputAudioFormatType3Type1,
    check_realtime_session_input_audio_format_type_3_type_1,
)
from ..models.realtime_session_max_response_output_tokens_type_0_type_1 import (
    RealtimeSessionMaxResponseOutputTokensType0Type1,
    check_realtime_session_max_response_output_tokens_type_0_type_1,
)
from ..models.realtime_session_model_type_1 import (
    RealtimeSessionModelType1,
    check_realtime_session_model_type_1,
)
from ..models.realtime_session_object import (
    RealtimeSessionObject,
    check_realtime_session_object,
)
from ..models.realtime_session_output_audio_format_type_1 import (
    RealtimeSessionOutputAudioFormatType1,
    check_realtime_session_output_audio_format_type_1,
)
from ..models.realtime_session_output_audio_format_type_2_type_1 import (
    RealtimeSessionOutputAudioFormatType2Type1,
    check_realtime_session_output_audio_format_type_2_type_1,
)
from ..models.realtime_session_output_audio_format_type_3_type_1 import (
    RealtimeSessionOutputAudioFormatType3Type1,
    check_realtime_session_output_audio_format_type_3_type_1,
)
from ..models.realtime_session_tracing_tracing_configuration_type_0 import (
    RealtimeSessionTracingTracingConfigurationType0,
    check_realtime_session_tracing_tracing_configuration_type_0,
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
    from ..models.audio_transcription_response import AudioTranscriptionResponse
    from ..models.prompt_type_0 import PromptType0
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_session_client_secret_type_0 import (
        RealtimeSessionClientSecretType0,
    )
    from ..models.realtime_session_input_audio_noise_reduction_type_0 import (
        RealtimeSessionInputAudioNoiseReductionType0,
    )
    from ..models.realtime_session_tracing_configuration import (
        RealtimeSessionTracingConfiguration,
    )
    from ..models.realtime_truncation_retention_ratio import (
        RealtimeTruncationRetentionRatio,
    )
    from ..models.semantic_vad import SemanticVAD
    from ..models.server_vad import ServerVAD


T = TypeVar("T", bound="RealtimeSession")


@_attrs_define
class RealtimeSession:
    """Realtime session object for the beta interface.

    Attributes:
        id (str | Unset): Unique identifier for the session that looks like `sess_1234567890abcdef`.
        object_ (RealtimeSessionObject | Unset): The object type. Always `realtime.session`.
        modalities (Any | Unset): The set of modalities the model can respond with. To disable audio,
            set this to ["text"].
        model (RealtimeSessionModelType1 | str | Unset): The Realtime model used for this session.
        instructions (None | str | Unset): The default system instructions (i.e. system message) prepended to model
            calls. This field allows the client to guide the model on desired
            responses. The model can be instructed on response content and format,
            (e.g. "be extremely succinct", "act friendly", "here are examples of good
            responses") and on audio behavior (e.g. "talk quickly", "inject emotion
            into your voice", "laugh frequently"). The instructions are not
            guaranteed to be followed by the model, but they provide guidance to the
            model on the desired behavior.


            Note that the server sets default instructions which will be used if this
            field is not set and are visible in the `session.created` event at the
            start of the session.
        voice (None | str | Unset | VoiceIdsSharedType1): The voice the model uses to respond. Voice cannot be changed
            during the
            session once the model has responded with audio at least once. Current
            voice options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
            `shimmer`, and `verse`.
        input_audio_format (None | RealtimeSessionInputAudioFormatType1 | RealtimeSessionInputAudioFormatType2Type1 |
            RealtimeSessionInputAudioFormatType3Type1 | Unset): The format of input audio. Options are `pcm16`, `g711_ulaw`,
            or `g711_alaw`.
            For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
            single channel (mono), and little-endian byte order.

            Server default: `pcm16`.
        output_audio_format (None | RealtimeSessionOutputAudioFormatType1 | RealtimeSessionOutputAudioFormatType2Type1 |
            RealtimeSessionOutputAudioFormatType3Type1 | Unset): The format of output audio. Options are `pcm16`,
            `g711_ulaw`, or `g711_alaw`.
            For `pcm16`, output audio is sampled at a rate of 24kHz.

            Server default: `pcm16`.
        input_audio_transcription (AudioTranscriptionResponse | None | Unset):
        turn_detection (None | SemanticVAD | ServerVAD | Unset):
        input_audio_noise_reduction (None | RealtimeSessionInputAudioNoiseReductionType0 | Unset): Configuration for
            input audio noise reduction. This can be set to `null` to turn off.
            Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
            Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance
            by improving perception of the input audio.

            Server default: `null`.
        speed (float | None | Unset): The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
            the minimum speed. 1.5 is the maximum speed. This value can only be changed
            in between model turns, not while a response is in progress.

            Server default: `1`.
        tracing (None | RealtimeSessionTracingConfiguration | RealtimeSessionTracingTracingConfigurationType0 | Unset):
        tools (list[RealtimeFunctionTool] | None | Unset): Tools (functions) available to the model.
        tool_choice (None | str | Unset): How the model chooses tools. Options are `auto`, `none`, `required`, or
            specify a function.

            Server default: `auto`.
        temperature (float | None | Unset): Sampling temperature for the model, limited to [0.6, 1.2]. For audio models
            a temperature of 0.8 is highly recommended for best performance.

            Server default: `0.8`.
        max_response_output_tokens (int | None | RealtimeSessionMaxResponseOutputTokensType0Type1 | Unset): Maximum
            number of output tokens for a single assistant response,
            inclusive of tool calls. Provide an integer between 1 and 4096 to
            limit output tokens, or `inf` for the maximum available tokens for a
            given model. Defaults to `inf`.
        expires_at (int | None | Unset): Expiration timestamp for the session, in seconds since epoch.
        prompt (None | PromptType0 | Unset):
        include (list[RealtimeSessionIncludeType0Item] | None | Unset):
        client_secret (None | RealtimeSessionClientSecretType0 | Unset): Sent by real beta servers (often `null`); see
            `RealtimeSessionClientSecret`.
        truncation (None | RealtimeTruncationRetentionRatio | RealtimeTruncationType0 | Unset): Sent by real beta
            servers (often `null`); see `RealtimeTruncation`.
    """

    id: str | Unset = UNSET
    object_: RealtimeSessionObject | Unset = UNSET
    modalities: Any | Unset = UNSET
    model: RealtimeSessionModelType1 | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    voice: None | str | Unset | VoiceIdsSharedType1 = UNSET
    input_audio_format: (
        None
        | RealtimeSessionInputAudioFormatType1
        | RealtimeSessionInputAudioFormatType2Type1
        | RealtimeSessionInputAudioFormatType3Type1
        | Unset
    ) = UNSET
    output_audio_format: (
        None
        | RealtimeSessionOutputAudioFormatType1
        | RealtimeSessionOutputAudioFormatType2Type1
        | RealtimeSessionOutputAudioFormatType3Type1
        | Unset
    ) = UNSET
    input_audio_transcription: AudioTranscriptionResponse | None | Unset = UNSET
    turn_detection: None | SemanticVAD | ServerVAD | Unset = UNSET
    input_audio_noise_reduction: None | RealtimeSessionInputAudioNoiseReductionType0 | Unset = UNSET
    speed: float | None | Unset = UNSET
    tracing: (
        None
        | RealtimeSessionTracingConfiguration
        | RealtimeSessionTracingTracingConfigurationType0
        | Unset
    ) = UNSET
    tools: list[RealtimeFunctionTool] | None | Unset = UNSET
    tool_choice: None | str | Unset = UNSET
    temperature: float | None | Unset = UNSET
    max_response_output_tokens: (
        int | None | RealtimeSessionMaxResponseOutputTokensType0Type1 | Unset
    ) = UNSET
    expires_at: int | None | Unset = UNSET
    prompt: None | PromptType0 | Unset = UNSET
    include: list[RealtimeSessionIncludeType0Item] | None | Unset = UNSET
    client_secret: None | RealtimeSessionClientSecretType0 | Unset = UNSET
    truncation: None | RealtimeTruncationRetentionRatio | RealtimeTruncationType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        id = self.id

        object_: str | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_

        modalities = self.modalities

        model: str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, str):
            model = self.model
        else:
            model = self.model

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        voice: None | str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, str):
            voice = self.voice
        else:
            voice = self.voice

        input_audio_format: None | str | Unset
        if isinstance(self.input_audio_format, Unset):
            input_audio_format = UNSET
        elif isinstance(self.input_audio_format, str):
            input_audio_format = self.input_audio_format
        elif isinstance(self.input_audio_format, str):
            input_audio_format = self.input_audio_format
        elif isinstance(self.input_audio_format, str):
            input_audio_format = self.input_audio_format
        else:
            input_audio_format = self.input_audio_format

        output_audio_format: None | str | Unset
        if isinstance(self.output_audio_format, Unset):
            output_audio_format = UNSET
        elif isinstance(self.output_audio_format, str):
            output_audio_format = self.output_audio_format
        elif isinstance(self.output_audio_format, str):
            output_audio_format = self.output_audio_format
        elif isinstance(self.output_audio_format, str):
            output_audio_format = self.output_audio_format
        else:
            output_audio_format = self.output_audio_format

        input_audio_transcription: dict[str, Any] | None | Unset
        if isinstance(self.input_audio_transcription, Unset):
            input_audio_transcription = UNSET
        elif isinstance(self.input_audio_transcription, AudioTranscriptionResponse):
            input_audio_transcription = self.input_audio_transcription.to_dict()
        else:
            input_audio_transcription = self.input_audio_transcription

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(self.turn_detection, ServerVAD):
            turn_detection = self.turn_detection.to_dict()
        elif isinstance(self.turn_detection, SemanticVAD):
            turn_detection = self.turn_detection.to_dict()
        else:
            turn_detection = self.turn_detection

        input_audio_noise_reduction: dict[str, Any] | None | Unset
        if isinstance(self.input_audio_noise_reduction, Unset):
            input_audio_noise_reduction = UNSET
        elif isinstance(
            self.input_audio_noise_reduction, RealtimeSessionInputAudioNoiseReductionType0
        ):
            input_audio_noise_reduction = self.input_audio_noise_reduction.to_dict()
        else:
            input_audio_noise_reduction = self.input_audio_noise_reduction

        speed: float | None | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        tracing: dict[str, Any] | None | str | Unset
        if isinstance(self.tracing, Unset):
            tracing = UNSET
        elif isinstance(self.tracing, str):
            tracing = self.tracing
        elif isinstance(self.tracing, RealtimeSessionTracingConfiguration):
            tracing = self.tracing.to_dict()
        else:
            tracing = self.tracing

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item = tools_type_0_item_data.to_dict()
                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        tool_choice: None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        else:
            tool_choice = self.tool_choice

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        max_response_output_tokens: int | None | str | Unset
        if isinstance(self.max_response_output_tokens, Unset):
            max_response_output_tokens = UNSET
        elif isinstance(self.max_response_output_tokens, str):
            max_response_output_tokens = self.max_response_output_tokens
        else:
            max_response_output_tokens = self.max_response_output_tokens

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, PromptType0):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

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

        client_secret: dict[str, Any] | None | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        elif isinstance(self.client_secret, RealtimeSessionClientSecretType0):
            client_secret = self.client_secret.to_dict()
        else:
            client_secret = self.client_secret

        truncation: dict[str, Any] | None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        elif isinstance(self.truncation, str):
            truncation = self.truncation
        elif isinstance(self.truncation, RealtimeTruncationRetentionRatio):
            truncation = self.truncation.to_dict()
        else:
            truncation = self.truncation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if model is not UNSET:
            field_dict["model"] = model
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
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if input_audio_noise_reduction is not UNSET:
            field_dict["input_audio_noise_reduction"] = input_audio_noise_reduction
        if speed is not UNSET:
            field_dict["speed"] = speed
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_response_output_tokens is not UNSET:
            field_dict["max_response_output_tokens"] = max_response_output_tokens
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if include is not UNSET:
            field_dict["include"] = include
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if truncation is not UNSET:
            field_dict["truncation"] = truncation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            not _lazy_imports_loaded
        ):  # openai-realtime: import the referred models once, not per call
            _load_lazy_imports()
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"RealtimeSession must be an object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError(f"id must be a string, not {type(id).__name__}")

        _object_ = d.pop("object", UNSET)
        object_: RealtimeSessionObject | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = check_realtime_session_object(_object_)

        modalities = d.pop("modalities", UNSET)

        def _parse_model(data: object) -> RealtimeSessionModelType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_1 = check_realtime_session_model_type_1(data)

                return model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RealtimeSessionModelType1 | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_voice(data: object) -> None | str | Unset | VoiceIdsSharedType1:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_voice_ids_shared_type_1 = check_voice_ids_shared_type_1(data)

                return componentsschemas_voice_ids_shared_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset | VoiceIdsSharedType1, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        def _parse_input_audio_format(
            data: object,
        ) -> (
            None
            | RealtimeSessionInputAudioFormatType1
            | RealtimeSessionInputAudioFormatType2Type1
            | RealtimeSessionInputAudioFormatType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                input_audio_format_type_1 = check_realtime_session_input_audio_format_type_1(data)

                return input_audio_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                input_audio_format_type_2_type_1 = (
                    check_realtime_session_input_audio_format_type_2_type_1(data)
                )

                return input_audio_format_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            input_audio_format_type_3_type_1 = (
                check_realtime_session_input_audio_format_type_3_type_1(data)
            )

            return input_audio_format_type_3_type_1
            raise TypeError(f"input_audio_format fits none of its types, not {type(data).__name__}")

        input_audio_format = _parse_input_audio_format(d.pop("input_audio_format", UNSET))

        def _parse_output_audio_format(
            data: object,
        ) -> (
            None
            | RealtimeSessionOutputAudioFormatType1
            | RealtimeSessionOutputAudioFormatType2Type1
            | RealtimeSessionOutputAudioFormatType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_audio_format_type_1 = check_realtime_session_output_audio_format_type_1(data)

                return output_audio_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_audio_format_type_2_type_1 = (
                    check_realtime_session_output_audio_format_type_2_type_1(data)
                )

                return output_audio_format_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            output_audio_format_type_3_type_1 = (
                check_realtime_session_output_audio_format_type_3_type_1(data)
            )

            return output_audio_format_type_3_type_1
            raise TypeError(
                f"output_audio_format fits none of its types, not {type(data).__name__}"
            )

        output_audio_format = _parse_output_audio_format(d.pop("output_audio_format", UNSET))

        def _parse_input_audio_transcription(
            data: object,
        ) -> AudioTranscriptionResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_audio_transcription_type_0 = AudioTranscriptionResponse.from_dict(data)

                return input_audio_transcription_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"input_audio_transcription fits none of its types, not {type(data).__name__}"
            )

        input_audio_transcription = _parse_input_audio_transcription(
            d.pop("input_audio_transcription", UNSET)
        )

        def _parse_turn_detection(data: object) -> None | SemanticVAD | ServerVAD | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_turn_detection_realtime_turn_detection_server_vad = (
                    ServerVAD.from_dict(data)
                )

                return componentsschemas_realtime_turn_detection_realtime_turn_detection_server_vad
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_turn_detection_realtime_turn_detection_semantic_vad = (
                    SemanticVAD.from_dict(data)
                )

                return (
                    componentsschemas_realtime_turn_detection_realtime_turn_detection_semantic_vad
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"turn_detection fits none of its types, not {type(data).__name__}")

        turn_detection = _parse_turn_detection(d.pop("turn_detection", UNSET))

        def _parse_input_audio_noise_reduction(
            data: object,
        ) -> None | RealtimeSessionInputAudioNoiseReductionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_audio_noise_reduction_type_0 = (
                    RealtimeSessionInputAudioNoiseReductionType0.from_dict(data)
                )

                return input_audio_noise_reduction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"input_audio_noise_reduction fits none of its types, not {type(data).__name__}"
            )

        input_audio_noise_reduction = _parse_input_audio_noise_reduction(
            d.pop("input_audio_noise_reduction", UNSET)
        )

        def _parse_speed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                    raise TypeError()
                speed_type_0 = data
                if not (
                    isinstance(speed_type_0, (int, float)) and not isinstance(speed_type_0, bool)
                ):
                    raise TypeError(
                        f"speed_type_0 must be a number, not {type(speed_type_0).__name__}"
                    )

                return speed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"speed fits none of its types, not {type(data).__name__}")

        speed = _parse_speed(d.pop("speed", UNSET))

        def _parse_tracing(
            data: object,
        ) -> (
            None
            | RealtimeSessionTracingConfiguration
            | RealtimeSessionTracingTracingConfigurationType0
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
                    check_realtime_session_tracing_tracing_configuration_type_0(data)
                )

                return tracing_tracing_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tracing_tracing_configuration_type_1 = (
                    RealtimeSessionTracingConfiguration.from_dict(data)
                )

                return tracing_tracing_configuration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"tracing fits none of its types, not {type(data).__name__}")

        tracing = _parse_tracing(d.pop("tracing", UNSET))

        def _parse_tools(data: object) -> list[RealtimeFunctionTool] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = data
                if not isinstance(_tools_type_0, list):
                    raise TypeError(
                        f"tools_type_0 must be an array, not {type(_tools_type_0).__name__}"
                    )
                for tools_type_0_item_data in _tools_type_0:
                    tools_type_0_item = RealtimeFunctionTool.from_dict(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"tools fits none of its types, not {type(data).__name__}")

        tools = _parse_tools(d.pop("tools", UNSET))

        def _parse_tool_choice(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                    raise TypeError()
                temperature_type_0 = data
                if not (
                    isinstance(temperature_type_0, (int, float))
                    and not isinstance(temperature_type_0, bool)
                ):
                    raise TypeError(
                        f"temperature_type_0 must be a number, not {type(temperature_type_0).__name__}"
                    )

                return temperature_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"temperature fits none of its types, not {type(data).__name__}")

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_max_response_output_tokens(
            data: object,
        ) -> int | None | RealtimeSessionMaxResponseOutputTokensType0Type1 | Unset:
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
                max_response_output_tokens_type_0_type_0 = data
                if (
                    isinstance(max_response_output_tokens_type_0_type_0, float)
                    and max_response_output_tokens_type_0_type_0.is_integer()
                ):
                    max_response_output_tokens_type_0_type_0 = int(
                        max_response_output_tokens_type_0_type_0
                    )
                if not isinstance(max_response_output_tokens_type_0_type_0, int) or isinstance(
                    max_response_output_tokens_type_0_type_0, bool
                ):
                    raise TypeError(
                        f"max_response_output_tokens_type_0_type_0 must be an integer, not {type(max_response_output_tokens_type_0_type_0).__name__}"
                    )

                return max_response_output_tokens_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                max_response_output_tokens_type_0_type_1 = (
                    check_realtime_session_max_response_output_tokens_type_0_type_1(data)
                )

                return max_response_output_tokens_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(
                f"max_response_output_tokens fits none of its types, not {type(data).__name__}"
            )

        max_response_output_tokens = _parse_max_response_output_tokens(
            d.pop("max_response_output_tokens", UNSET)
        )

        def _parse_expires_at(data: object) -> int | None | Unset:
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
                expires_at_type_0 = data
                if isinstance(expires_at_type_0, float) and expires_at_type_0.is_integer():
                    expires_at_type_0 = int(expires_at_type_0)
                if not isinstance(expires_at_type_0, int) or isinstance(expires_at_type_0, bool):
                    raise TypeError(
                        f"expires_at_type_0 must be an integer, not {type(expires_at_type_0).__name__}"
                    )

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"expires_at fits none of its types, not {type(data).__name__}")

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

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

        def _parse_include(data: object) -> list[RealtimeSessionIncludeType0Item] | None | Unset:
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
                    include_type_0_item = check_realtime_session_include_type_0_item(
                        include_type_0_item_data
                    )

                    include_type_0.append(include_type_0_item)

                return include_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"include fits none of its types, not {type(data).__name__}")

        include = _parse_include(d.pop("include", UNSET))

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

        def _parse_truncation(
            data: object,
        ) -> None | RealtimeTruncationRetentionRatio | RealtimeTruncationType0 | Unset:
            if data is None:
                return data
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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_truncation_type_1 = (
                    RealtimeTruncationRetentionRatio.from_dict(data)
                )

                return componentsschemas_realtime_truncation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            raise TypeError(f"truncation fits none of its types, not {type(data).__name__}")

        truncation = _parse_truncation(d.pop("truncation", UNSET))

        realtime_session = cls(
            id=id,
            object_=object_,
            modalities=modalities,
            model=model,
            instructions=instructions,
            voice=voice,
            input_audio_format=input_audio_format,
            output_audio_format=output_audio_format,
            input_audio_transcription=input_audio_transcription,
            turn_detection=turn_detection,
            input_audio_noise_reduction=input_audio_noise_reduction,
            speed=speed,
            tracing=tracing,
            tools=tools,
            tool_choice=tool_choice,
            temperature=temperature,
            max_response_output_tokens=max_response_output_tokens,
            expires_at=expires_at,
            prompt=prompt,
            include=include,
            client_secret=client_secret,
            truncation=truncation,
        )

        realtime_session.additional_properties = d
        return realtime_session

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
    from ..models.audio_transcription_response import AudioTranscriptionResponse  # noqa: F401, PLC0415
    from ..models.prompt_type_0 import PromptType0  # noqa: F401, PLC0415
    from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: F401, PLC0415
    from ..models.realtime_session_client_secret_type_0 import (
        RealtimeSessionClientSecretType0,  # noqa: F401, PLC0415
    )
    from ..models.realtime_session_input_audio_noise_reduction_type_0 import (
        RealtimeSessionInputAudioNoiseReductionType0,  # noqa: F401, PLC0415
    )
    from ..models.realtime_session_tracing_configuration import (
        RealtimeSessionTracingConfiguration,  # noqa: F401, PLC0415
    )
    from ..models.realtime_truncation_retention_ratio import (
        RealtimeTruncationRetentionRatio,  # noqa: F401, PLC0415
    )
    from ..models.semantic_vad import SemanticVAD  # noqa: F401, PLC0415
    from ..models.server_vad import ServerVAD  # noqa: F401, PLC0415

    _lazy_imports_loaded = True  # noqa: F841
    globals().update(locals())
