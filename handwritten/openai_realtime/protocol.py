"""Client events built from typed arguments: pure functions, no I/O.

Each builder returns the JSON-ready dict of one client event (GA protocol, spec schemas
``RealtimeClientEvent*``), carrying only what the caller set: an argument left at
:data:`NOT_GIVEN` is not sent, ``None`` is sent as JSON ``null`` where the spec allows it (to
switch a feature off, e.g. ``turn_detection=None``). Every builder checks its result against the
generated model (``from_dict``) and raises ``ValueError`` naming the schema before anything is
sent.

:func:`to_beta` converts GA ``session.update`` events to the beta dialect that Azure OpenAI's
preview protocol speaks (``modalities``, ``input_audio_format: "pcm16"``, top-level
``turn_detection``; ``transcription_session.update`` for transcription sessions).

The async session (:mod:`.session`) and the sync facade (:mod:`.sync`) both send what these
builders return; PSOpenAI's cmdlets map to them as documented on each function.
"""

from __future__ import annotations

import base64
import copy
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any, Final, Literal, TypedDict

from .dialect import to_beta
from .events import EventDecoder

__all__ = [
    "NOT_GIVEN",
    "NotGiven",
    "ResponseOptions",
    "SessionOptions",
    "audio_format",
    "conversation_item_create",
    "conversation_item_delete",
    "conversation_item_retrieve",
    "conversation_item_truncate",
    "function_call_output_item",
    "image_item",
    "input_audio_item",
    "message_item",
    "response_cancel",
    "response_create",
    "retention_ratio",
    "semantic_vad",
    "server_vad",
    "session_update",
    "to_beta",
    "transcription_session_update",
]


class NotGiven(Enum):
    """Sentinel type: the argument was not given, so the field is not sent."""

    NOT_GIVEN = "NOT_GIVEN"

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Final = NotGiven.NOT_GIVEN

Role = Literal["system", "user", "assistant"]
Modality = Literal["text", "audio"]
#: ``"pcm16"`` (24 kHz PCM16), ``"pcmu"`` / ``"pcma"`` (8 kHz G.711), or a GA format object.
AudioFormat = str | Mapping[str, Any]
ToolChoice = Literal["auto", "none", "required"] | Mapping[str, Any]

_CLIENT = EventDecoder("ga_client")


def _set(target: dict[str, Any], key: str, value: Any) -> None:
    if value is not NOT_GIVEN:
        target[key] = value


def _plain(value: Any) -> Any:
    """Generated models become dicts; mappings become dicts; sequences lists."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _check(event: dict[str, Any]) -> dict[str, Any]:
    """Check ``event`` against its generated GA client-event model; return it unchanged."""
    cls = _CLIENT.model_for(event["type"])
    assert cls is not None
    try:
        cls.from_dict(copy.deepcopy(event))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(
            f"{event['type']} does not fit the spec schema {cls.__name__}: {exc}"
        ) from None
    return event


def _with_id(event: dict[str, Any], event_id: str | None) -> dict[str, Any]:
    if event_id is not None:
        event["event_id"] = event_id
    return _check(event)


def audio_format(value: AudioFormat) -> dict[str, Any]:
    """A GA audio format object from a shorthand.

    ``"pcm16"``/``"audio/pcm"`` -> ``{"type": "audio/pcm", "rate": 24000}`` (24 kHz mono PCM16
    little-endian, the only PCM rate); ``"pcmu"``/``"g711_ulaw"`` -> ``{"type": "audio/pcmu"}``;
    ``"pcma"``/``"g711_alaw"`` -> ``{"type": "audio/pcma"}`` (G.711, 8 kHz). A mapping is passed
    through.

    Raises:
        ValueError: an unknown shorthand.
    """
    from .audio_formats import format_by_name

    if isinstance(value, Mapping):
        return dict(value)
    spec = format_by_name(value)
    if spec is None:
        raise ValueError(
            f"unknown audio format {value!r}; use 'pcm16', 'pcmu', 'pcma' or a format object"
        )
    return spec.ga_object()


# ------------------------------------------------------------------------ turn detection etc.


def server_vad(
    *,
    threshold: float | NotGiven = NOT_GIVEN,
    prefix_padding_ms: int | NotGiven = NOT_GIVEN,
    silence_duration_ms: int | NotGiven = NOT_GIVEN,
    idle_timeout_ms: int | NotGiven | None = NOT_GIVEN,
    create_response: bool | NotGiven = NOT_GIVEN,
    interrupt_response: bool | NotGiven = NOT_GIVEN,
) -> dict[str, Any]:
    """Server VAD turn detection (``{"type": "server_vad", ...}``), only the given fields.

    Args:
        threshold: activation threshold, 0.0-1.0 (server default 0.5).
        prefix_padding_ms: audio kept before detected speech, ms (default 300).
        silence_duration_ms: silence that ends a turn, ms (default 500).
        idle_timeout_ms: ms of silence after which the server sends
            ``input_audio_buffer.timeout_triggered`` (``None`` for none).
        create_response: respond automatically when a turn ends (default true).
        interrupt_response: interrupt an ongoing response when speech starts (default true).
    """
    out: dict[str, Any] = {"type": "server_vad"}
    _set(out, "threshold", threshold)
    _set(out, "prefix_padding_ms", prefix_padding_ms)
    _set(out, "silence_duration_ms", silence_duration_ms)
    _set(out, "idle_timeout_ms", idle_timeout_ms)
    _set(out, "create_response", create_response)
    _set(out, "interrupt_response", interrupt_response)
    return out


def semantic_vad(
    *,
    eagerness: Literal["low", "medium", "high", "auto"] | NotGiven = NOT_GIVEN,
    create_response: bool | NotGiven = NOT_GIVEN,
    interrupt_response: bool | NotGiven = NOT_GIVEN,
) -> dict[str, Any]:
    """Semantic VAD turn detection (``{"type": "semantic_vad", ...}``), only the given fields.

    ``eagerness``: how quickly the model ends a turn (``low`` waits up to 8 s, ``high`` 2 s).
    """
    out: dict[str, Any] = {"type": "semantic_vad"}
    _set(out, "eagerness", eagerness)
    _set(out, "create_response", create_response)
    _set(out, "interrupt_response", interrupt_response)
    return out


def retention_ratio(ratio: float, *, post_instructions: int | None = None) -> dict[str, Any]:
    """Retention-ratio truncation (schema ``RealtimeTruncationRetentionRatio``).

    Args:
        ratio: fraction (0.0-1.0) of post-instruction tokens kept when truncating.
        post_instructions: token limit for the conversation after the instructions.
    """
    if not 0.0 <= ratio <= 1.0:
        raise ValueError("retention ratio must be between 0.0 and 1.0")
    out: dict[str, Any] = {"type": "retention_ratio", "retention_ratio": ratio}
    if post_instructions is not None:
        out["token_limits"] = {"post_instructions": post_instructions}
    return out


# -------------------------------------------------------------------------- session.update


def _audio_input(
    input_audio_format: AudioFormat | NotGiven,
    noise_reduction: str | NotGiven | None,
    transcription: Mapping[str, Any] | Any | NotGiven | None,
    turn_detection: Mapping[str, Any] | Any | NotGiven | None,
) -> dict[str, Any]:
    audio_in: dict[str, Any] = {}
    if input_audio_format is not NOT_GIVEN:
        audio_in["format"] = audio_format(input_audio_format)
    if noise_reduction is not NOT_GIVEN:
        audio_in["noise_reduction"] = None if noise_reduction is None else {"type": noise_reduction}
    _set(audio_in, "transcription", _plain(transcription))
    _set(audio_in, "turn_detection", _plain(turn_detection))
    return audio_in


class SessionOptions(TypedDict, total=False):
    """The keyword arguments of ``set_configuration`` on both sessions (what is not given is
    not sent; ``None`` switches a nullable feature off): :func:`session_update` documents each
    (a transcription session takes ``input_audio_format``, ``noise_reduction``,
    ``transcription``, ``turn_detection`` and ``include``: :func:`transcription_session_update`).
    """

    instructions: str
    prompt: Mapping[str, Any] | None
    output_modalities: Sequence[Modality]
    voice: str
    speed: float
    input_audio_format: AudioFormat
    output_audio_format: AudioFormat
    noise_reduction: Literal["near_field", "far_field"] | None
    transcription: Mapping[str, Any] | Any | None
    turn_detection: Mapping[str, Any] | Any | None
    tools: Sequence[Mapping[str, Any] | Any]
    tool_choice: ToolChoice
    parallel_tool_calls: bool
    max_output_tokens: int | Literal["inf"]
    reasoning_effort: Literal["minimal", "low", "medium", "high"]
    tracing: Literal["auto"] | Mapping[str, Any] | None
    truncation: Literal["auto", "disabled"] | Mapping[str, Any]
    include: Sequence[str] | None


def session_update(
    *,
    instructions: str | NotGiven = NOT_GIVEN,
    prompt: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
    output_modalities: Sequence[Modality] | NotGiven = NOT_GIVEN,
    voice: str | NotGiven = NOT_GIVEN,
    speed: float | NotGiven = NOT_GIVEN,
    input_audio_format: AudioFormat | NotGiven = NOT_GIVEN,
    output_audio_format: AudioFormat | NotGiven = NOT_GIVEN,
    noise_reduction: Literal["near_field", "far_field"] | NotGiven | None = NOT_GIVEN,
    transcription: Mapping[str, Any] | Any | NotGiven | None = NOT_GIVEN,
    turn_detection: Mapping[str, Any] | Any | NotGiven | None = NOT_GIVEN,
    tools: Sequence[Mapping[str, Any] | Any] | NotGiven = NOT_GIVEN,
    tool_choice: ToolChoice | NotGiven = NOT_GIVEN,
    parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
    max_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
    reasoning_effort: Literal["minimal", "low", "medium", "high"] | NotGiven = NOT_GIVEN,
    tracing: Literal["auto"] | Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
    truncation: Literal["auto", "disabled"] | Mapping[str, Any] | NotGiven = NOT_GIVEN,
    include: Sequence[str] | NotGiven | None = NOT_GIVEN,
    model: str | NotGiven = NOT_GIVEN,
    event_id: str | None = None,
) -> dict[str, Any]:
    """``session.update`` for a conversation session (``session.type = "realtime"``): the
    equivalent of PSOpenAI's ``Set-RealtimeSessionConfiguration``, as a partial update.

    Args (all optional; only those given are sent; schema ``RealtimeSessionCreateRequestGA``):
        instructions: system instructions.
        prompt: a stored prompt ``{"id", "version"?, "variables"?}``; ``None`` clears it.
        output_modalities: ``["audio"]`` or ``["text"]``.
        voice: output voice (``alloy``, ``marin``, ...); speed: 0.25-1.5 playback speed.
        input_audio_format, output_audio_format: see :func:`audio_format`.
        noise_reduction: ``"near_field"``, ``"far_field"``, or ``None`` (off).
        transcription: ``{"model", "language"?, "prompt"?}`` for input transcription, ``None``
            (off).
        turn_detection: :func:`server_vad` / :func:`semantic_vad` (or a mapping), ``None`` (off:
            the client commits and asks for responses itself).
        tools: function tools ``{"type": "function", "name", "description", "parameters"}``
            (or MCP tools); tool_choice: ``auto``/``none``/``required`` or a named function;
            parallel_tool_calls: allow several calls per response.
        max_output_tokens: 1-4096 or ``"inf"``.
        reasoning_effort: sent as ``reasoning: {"effort": ...}``.
        tracing: ``"auto"``, ``{"workflow_name", "group_id", "metadata"}``, or ``None`` (off).
        truncation: ``"auto"``, ``"disabled"`` or :func:`retention_ratio`.
        include: e.g. ``["item.input_audio_transcription.logprobs"]``.
        event_id: optional client event id.

    Raises:
        ValueError: a value that does not fit the spec schema.
    """
    session: dict[str, Any] = {"type": "realtime"}
    _set(session, "model", model)
    _set(session, "instructions", instructions)
    _set(session, "prompt", _plain(prompt))
    if output_modalities is not NOT_GIVEN:
        session["output_modalities"] = list(output_modalities)
    audio: dict[str, Any] = {}
    audio_in = _audio_input(input_audio_format, noise_reduction, transcription, turn_detection)
    if audio_in:
        audio["input"] = audio_in
    audio_out: dict[str, Any] = {}
    if output_audio_format is not NOT_GIVEN:
        audio_out["format"] = audio_format(output_audio_format)
    _set(audio_out, "voice", voice)
    _set(audio_out, "speed", speed)
    if audio_out:
        audio["output"] = audio_out
    if audio:
        session["audio"] = audio
    if tools is not NOT_GIVEN:
        session["tools"] = [_plain(t) for t in tools]
    _set(session, "tool_choice", _plain(tool_choice))
    _set(session, "parallel_tool_calls", parallel_tool_calls)
    _set(session, "max_output_tokens", max_output_tokens)
    if reasoning_effort is not NOT_GIVEN:
        session["reasoning"] = {"effort": reasoning_effort}
    _set(session, "tracing", _plain(tracing))
    _set(session, "truncation", _plain(truncation))
    if include is not NOT_GIVEN:
        session["include"] = None if include is None else list(include)
    return _with_id({"type": "session.update", "session": session}, event_id)


def transcription_session_update(
    *,
    input_audio_format: AudioFormat | NotGiven = NOT_GIVEN,
    noise_reduction: Literal["near_field", "far_field"] | NotGiven | None = NOT_GIVEN,
    transcription: Mapping[str, Any] | Any | NotGiven | None = NOT_GIVEN,
    turn_detection: Mapping[str, Any] | Any | NotGiven | None = NOT_GIVEN,
    include: Sequence[str] | NotGiven | None = NOT_GIVEN,
    event_id: str | None = None,
) -> dict[str, Any]:
    """``session.update`` for a transcription session (``session.type = "transcription"``):
    PSOpenAI's ``Set-RealtimeTranscriptionSessionConfiguration``.

    Args: as :func:`session_update`; ``transcription`` is ``{"model", "language"?, "prompt"?,
    "delay"?}`` (schema ``RealtimeTranscriptionSessionCreateRequestGA``).
    """
    session: dict[str, Any] = {"type": "transcription"}
    audio_in = _audio_input(input_audio_format, noise_reduction, transcription, turn_detection)
    if audio_in:
        session["audio"] = {"input": audio_in}
    if include is not NOT_GIVEN:
        session["include"] = None if include is None else list(include)
    return _with_id({"type": "session.update", "session": session}, event_id)


# ------------------------------------------------------------------------- conversation items


def message_item(role: Role, text: str, *, item_id: str | None = None) -> dict[str, Any]:
    """A text message item: ``input_text`` content for system/user, ``output_text`` for
    assistant (schemas ``RealtimeConversationItemMessage{System,User,Assistant}``)."""
    if role not in ("system", "user", "assistant"):
        raise ValueError(f"role must be 'system', 'user' or 'assistant', not {role!r}")
    kind = "output_text" if role == "assistant" else "input_text"
    item: dict[str, Any] = {
        "type": "message",
        "role": role,
        "content": [{"type": kind, "text": text}],
    }
    if item_id is not None:
        item["id"] = item_id
    return item


def input_audio_item(
    audio: bytes | bytearray | memoryview,
    *,
    transcript: str | None = None,
    item_id: str | None = None,
) -> dict[str, Any]:
    """A user message with audio content (``input_audio``): ``audio`` is raw bytes in the
    session's input format (24 kHz mono PCM16 for ``audio/pcm``); the client does the base64."""
    content: dict[str, Any] = {
        "type": "input_audio",
        "audio": base64.b64encode(audio).decode("ascii"),
    }
    if transcript is not None:
        content["transcript"] = transcript
    item: dict[str, Any] = {"type": "message", "role": "user", "content": [content]}
    if item_id is not None:
        item["id"] = item_id
    return item


_IMAGE_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
}


def _image_mime(data: bytes) -> str:
    for magic, mime in _IMAGE_MAGIC.items():
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    raise ValueError("image bytes are not PNG, JPEG, GIF or WebP; pass a URL or a data: URL")


def image_item(
    image: str | bytes,
    *,
    text: str | None = None,
    detail: Literal["auto", "low", "high"] | None = None,
    item_id: str | None = None,
) -> dict[str, Any]:
    """A user message with an image (``input_image``): ``image`` is an ``https://`` or
    ``data:`` URL, or the bytes of a PNG/JPEG/GIF/WebP file (sent as a base64 data URL).
    ``text`` adds an ``input_text`` part after the image."""
    if isinstance(image, bytes):
        url = f"data:{_image_mime(image)};base64,{base64.b64encode(image).decode('ascii')}"
    else:
        url = image
    part: dict[str, Any] = {"type": "input_image", "image_url": url}
    if detail is not None:
        part["detail"] = detail
    content = [part]
    if text is not None:
        content.append({"type": "input_text", "text": text})
    item: dict[str, Any] = {"type": "message", "role": "user", "content": content}
    if item_id is not None:
        item["id"] = item_id
    return item


def function_call_output_item(
    call_id: str, output: str, *, item_id: str | None = None
) -> dict[str, Any]:
    """The output of a function call (``function_call_output``), tied to the call by ``call_id``
    (PSOpenAI's module forgot the ``call_id``)."""
    if not call_id:
        raise ValueError("call_id is required: it ties the output to the model's function call")
    item: dict[str, Any] = {"type": "function_call_output", "call_id": call_id, "output": output}
    if item_id is not None:
        item["id"] = item_id
    return item


def conversation_item_create(
    item: Mapping[str, Any] | Any,
    *,
    previous_item_id: str | None = None,
    event_id: str | None = None,
) -> dict[str, Any]:
    """``conversation.item.create`` (PSOpenAI's ``Add-RealtimeSessionItem``).

    ``previous_item_id``: insert after this item (``"root"`` for the start); default: append.
    """
    event: dict[str, Any] = {"type": "conversation.item.create", "item": _plain(item)}
    if previous_item_id is not None:
        event["previous_item_id"] = previous_item_id
    return _with_id(event, event_id)


def conversation_item_delete(item_id: str, *, event_id: str | None = None) -> dict[str, Any]:
    """``conversation.item.delete`` (PSOpenAI's ``Remove-RealtimeSessionItem``)."""
    return _with_id({"type": "conversation.item.delete", "item_id": item_id}, event_id)


def conversation_item_retrieve(item_id: str, *, event_id: str | None = None) -> dict[str, Any]:
    """``conversation.item.retrieve``: ask the server for an item (answer:
    ``conversation.item.retrieved``)."""
    return _with_id({"type": "conversation.item.retrieve", "item_id": item_id}, event_id)


def conversation_item_truncate(
    item_id: str, audio_end_ms: int, *, content_index: int = 0, event_id: str | None = None
) -> dict[str, Any]:
    """``conversation.item.truncate``: cut an assistant audio item at ``audio_end_ms`` (ms of
    audio actually played), e.g. after the user interrupted playback."""
    if audio_end_ms < 0:
        raise ValueError("audio_end_ms must be >= 0")
    return _with_id(
        {
            "type": "conversation.item.truncate",
            "item_id": item_id,
            "content_index": content_index,
            "audio_end_ms": int(audio_end_ms),
        },
        event_id,
    )


# ------------------------------------------------------------------------------- responses


class ResponseOptions(TypedDict, total=False):
    """The keyword arguments of ``request_response`` on both sessions: per-response overrides,
    as :func:`response_create` documents them (what is not given is not sent)."""

    instructions: str
    output_modalities: Sequence[Modality]
    voice: str
    output_audio_format: AudioFormat
    tools: Sequence[Mapping[str, Any] | Any]
    tool_choice: ToolChoice
    max_output_tokens: int | Literal["inf"]
    conversation: Literal["auto", "none"]
    metadata: Mapping[str, str] | None
    input: Sequence[Mapping[str, Any] | Any]
    prompt: Mapping[str, Any] | None


def response_create(
    *,
    instructions: str | NotGiven = NOT_GIVEN,
    output_modalities: Sequence[Modality] | NotGiven = NOT_GIVEN,
    voice: str | NotGiven = NOT_GIVEN,
    output_audio_format: AudioFormat | NotGiven = NOT_GIVEN,
    tools: Sequence[Mapping[str, Any] | Any] | NotGiven = NOT_GIVEN,
    tool_choice: ToolChoice | NotGiven = NOT_GIVEN,
    max_output_tokens: int | Literal["inf"] | NotGiven = NOT_GIVEN,
    conversation: Literal["auto", "none"] | NotGiven = NOT_GIVEN,
    metadata: Mapping[str, str] | NotGiven | None = NOT_GIVEN,
    input: Sequence[Mapping[str, Any] | Any] | NotGiven = NOT_GIVEN,
    prompt: Mapping[str, Any] | NotGiven | None = NOT_GIVEN,
    event_id: str | None = None,
) -> dict[str, Any]:
    """``response.create`` with optional per-response overrides (PSOpenAI's
    ``Request-RealtimeSessionResponse``; schema ``RealtimeResponseCreateParams``).

    ``conversation="none"`` makes an out-of-band response that is not added to the
    conversation; ``input`` gives the items it sees instead (conversation items, schema
    ``RealtimeConversationItem``: the pinned spec has no reference-by-id form, so a reference is
    refused before sending); ``metadata`` (up to 16 string pairs) comes back on ``response.done``.
    """
    response: dict[str, Any] = {}
    _set(response, "instructions", instructions)
    if output_modalities is not NOT_GIVEN:
        response["output_modalities"] = list(output_modalities)
    audio_out: dict[str, Any] = {}
    if output_audio_format is not NOT_GIVEN:
        audio_out["format"] = audio_format(output_audio_format)
    _set(audio_out, "voice", voice)
    if audio_out:
        response["audio"] = {"output": audio_out}
    if tools is not NOT_GIVEN:
        response["tools"] = [_plain(t) for t in tools]
    _set(response, "tool_choice", _plain(tool_choice))
    _set(response, "max_output_tokens", max_output_tokens)
    _set(response, "conversation", conversation)
    _set(response, "metadata", _plain(metadata))
    if input is not NOT_GIVEN:
        response["input"] = [_plain(i) for i in input]
    _set(response, "prompt", _plain(prompt))
    event: dict[str, Any] = {"type": "response.create"}
    if response:
        event["response"] = response
    return _with_id(event, event_id)


def response_cancel(
    *, response_id: str | None = None, event_id: str | None = None
) -> dict[str, Any]:
    """``response.cancel`` (PSOpenAI's ``Stop-RealtimeSessionResponse``, which ignored the
    event id): cancel ``response_id``, or the active response when ``None``."""
    event: dict[str, Any] = {"type": "response.cancel"}
    if response_id is not None:
        event["response_id"] = response_id
    return _with_id(event, event_id)


# ------------------------------------------------------------------- the beta (preview) dialect

# ``to_beta`` (GA client event -> the beta dialect) lives with the other direction in
# :mod:`.dialect`, the one module for the beta <-> GA vocabulary.
