"""Responses of the local server: what they say, and the events that stream them. Pure: no I/O.

A :class:`ResponseRun` is one response (``response.create``, or a turn that server VAD
committed). :meth:`~ResponseRun.start` gives ``response.created``; each
:meth:`~ResponseRun.step` gives the next batch of events, at most one ``*.delta`` per batch, so
that the I/O edge can pace deltas (``ServerConfig.delta_delay_ms``) and read client events
(e.g. ``response.cancel``) between them; :meth:`~ResponseRun.cancel` ends it early with status
``cancelled``. A response has exactly one output item:

* a **function call** when function tools are available (``tools`` of the response, else of
  the session), ``tool_choice`` is ``auto``, ``required`` or names a function, and the last
  item of the context is not a ``function_call_output``. It calls the named function, else the
  first one, with arguments generated to be valid against its ``parameters`` schema
  (:mod:`.schema_instance`);
* otherwise an **assistant message**: text (``output_modalities: ["text"]``) or audio
  (``["audio"]``: a quiet 440 Hz tone of ``ServerConfig.response_audio_ms`` in 100 ms deltas,
  in the output format, PCM16 24 kHz or G.711 8 kHz, with its "transcript"). The text is
  ``"Local server reply to: <last user text, transcript or audio description>"``, or, after a
  function call output, ``"Local server reply to: the function <name> returned <output>"``;
  followed by what the user said in earlier turns (:mod:`.recall`).

A :class:`~.script.Script` (``ServerConfig.script``) can decide instead: its first rule that
matches the last user turn gives the text of the answer, or the function call (name and
arguments) and the answer after its output.

No model runs: ``instructions``, ``temperature``, ``prompt`` and MCP tools are accepted and do
not change the output; ``parallel_tool_calls`` never yields more than one call; ``usage`` is
an estimate (text: 4 characters per token; audio: 10 tokens/s in, 20 tokens/s out). A
``max_output_tokens`` smaller than the text cuts it (status ``incomplete``, reason
``max_output_tokens``); function-call arguments are never cut.

Output audio buffer: the ``output_audio_buffer.*`` events exist on WebRTC/SIP only at OpenAI,
and so here (``output_audio_buffer=True``: a socket that joined a call): ``started`` before the
first audio delta,
``stopped`` after ``response.done`` when the audio response completed, ``cleared`` after
``response.done`` of a cancelled audio response or in answer to ``output_audio_buffer.clear``
while audio is "playing" (nothing models playback time: the audio plays from its first delta
until the response ends).
"""

from __future__ import annotations

import base64
import copy
import json
import logging
import math
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from .audio import AudioFormat, encode_audio, tone
from .errors import ClientEventError
from .ids import new_id
from .items import ItemStore, public_item, split_words
from .outgoing import Emitter, Event
from .recall import earlier_turns_note
from .schema_instance import UnsupportedSchemaError, check_schema, generate_instance
from .script import Script, ScriptedCall, ScriptedSay

__all__ = [
    "AUDIO_CHUNK_MS",
    "CancelReason",
    "RateLimits",
    "ResponseParams",
    "ResponseRun",
    "check_tools",
    "resolve_params",
]

AUDIO_CHUNK_MS: Final = 100
"""Length in ms of the audio in one ``response.output_audio.delta``."""

_INPUT_AUDIO_TOKENS_PER_S: Final = 10
_OUTPUT_AUDIO_TOKENS_PER_S: Final = 20
_CHARS_PER_TOKEN: Final = 4
_ARGUMENT_DELTAS: Final = 3

CancelReason = Literal["client_cancelled", "turn_detected"]

logger = logging.getLogger("openai_realtime.server")


def _tokens(text: str) -> int:
    return math.ceil(len(text) / _CHARS_PER_TOKEN)


def check_tools(tools: Sequence[Mapping[str, Any]], param: str) -> None:
    """Raise :class:`ClientEventError` if a function tool's ``parameters`` is not a valid
    JSON Schema (``param`` is the JSON path of the tools list, e.g. ``session.tools``)."""
    for i, tool in enumerate(tools):
        if tool.get("type", "function") != "function" or "parameters" not in tool:
            continue
        problem = check_schema(tool["parameters"])
        if problem is not None:
            raise ClientEventError(
                f"Invalid schema for function '{tool.get('name')}': {problem}",
                code="invalid_function_parameters",
                param=f"{param}[{i}].parameters",
            )


@dataclass(frozen=True, slots=True)
class ResponseParams:
    """What one response does: the session's settings with the ``response.create`` overrides.

    ``context`` is a copy of the items the response answers (the conversation, or the
    response's ``input``); ``output_format`` the GA audio format object of its audio.
    """

    modalities: tuple[str, ...]
    in_conversation: bool
    context: list[dict[str, Any]]
    output_format: dict[str, Any]
    voice: str
    tools: tuple[dict[str, Any], ...]
    tool_choice: Any
    metadata: dict[str, Any] | None
    max_output_tokens: int | str
    instructions: str = ""
    conversation_id: str | None = None
    audio_notes: Mapping[str, str] = field(default_factory=dict)
    script: Script | None = None


def resolve_params(
    session: Mapping[str, Any],
    overrides: Mapping[str, Any],
    store: ItemStore,
    *,
    conversation_id: str,
    audio_notes: Mapping[str, str],
    script: Script | None = None,
) -> ResponseParams:
    """Combine a full GA session with ``response.create``'s ``response`` object.

    Raises :class:`ClientEventError` when ``tool_choice`` names a function that is not among
    the tools, or a tool's ``parameters`` is not a valid JSON Schema.
    """
    in_conversation = overrides.get("conversation", "auto") != "none"
    context = copy.deepcopy(list(overrides["input"])) if "input" in overrides else store.snapshot()
    audio_out = {**session["audio"]["output"], **(overrides.get("audio") or {}).get("output", {})}
    voice = audio_out.get("voice")
    voice = str(voice.get("id")) if isinstance(voice, Mapping) else str(voice)
    tools = list(overrides.get("tools", session.get("tools") or []))
    check_tools(tools, "response.tools" if "tools" in overrides else "session.tools")
    functions = tuple(t for t in tools if t.get("type", "function") == "function")
    tool_choice = overrides.get("tool_choice", session.get("tool_choice", "auto"))
    if isinstance(tool_choice, Mapping) and tool_choice.get("type") == "function":
        names = [t.get("name") for t in functions]
        if tool_choice.get("name") not in names:
            raise ClientEventError(
                f"Tool choice '{tool_choice.get('name')}' not found in 'tools' parameter.",
                code="invalid_value",
                param="tool_choice",
            )
    return ResponseParams(
        modalities=tuple(overrides.get("output_modalities") or session["output_modalities"]),
        in_conversation=in_conversation,
        context=context,
        output_format=dict(audio_out["format"]),
        voice=voice,
        tools=tuple(copy.deepcopy(dict(t)) for t in functions),
        tool_choice=copy.deepcopy(tool_choice),
        metadata=copy.deepcopy(overrides.get("metadata")),
        max_output_tokens=overrides.get(
            "max_output_tokens", session.get("max_output_tokens", "inf")
        ),
        instructions=str(overrides.get("instructions", session.get("instructions") or "")),
        conversation_id=conversation_id if in_conversation else None,
        audio_notes=audio_notes,  # live: recognitions may finish before it streams
        script=script,
    )


class RateLimits:
    """The session's emulated rate limits (``rate_limits.updated`` after each response).

    ``requests`` and ``tokens`` budgets that each response spends (1 request, its total
    tokens); ``reset_seconds`` grows with the share used (a full budget resets in 60 s).
    Nothing is ever refused for exceeding them.
    """

    def __init__(self, requests: int = 5_000, tokens: int = 400_000) -> None:
        self.limits = {"requests": requests, "tokens": tokens}
        self.used = {"requests": 0, "tokens": 0}

    def spend(self, tokens: int) -> list[dict[str, Any]]:
        """Record one response of ``tokens`` tokens; return the ``rate_limits`` array."""
        self.used["requests"] += 1
        self.used["tokens"] += tokens
        out = []
        for name, limit in self.limits.items():
            used = min(limit, self.used[name])
            out.append(
                {
                    "name": name,
                    "limit": limit,
                    "remaining": limit - used,
                    "reset_seconds": round(60.0 * used / limit, 3),
                }
            )
        return out


def _reply_text(context: Sequence[Mapping[str, Any]], notes: Mapping[str, str]) -> str:
    if context and context[-1].get("type") == "function_call_output":
        output = context[-1]
        name = next(
            (
                str(item.get("name"))
                for item in context
                if item.get("type") == "function_call" and item.get("call_id") == output["call_id"]
            ),
            "tool",
        )
        return f"Local server reply to: the function {name} returned {output['output']}"
    for item in reversed(context):
        if item.get("type") != "message" or item.get("role") != "user":
            continue
        for part in reversed(item.get("content") or []):
            if part.get("type") == "input_text" and part.get("text"):
                return f"Local server reply to: {part['text']}"
            if part.get("type") == "input_audio":
                note = part.get("transcript") or notes.get(str(item.get("id", "")))
                return f"Local server reply to: {note or '[audio]'}"
            if part.get("type") == "input_image":
                return "Local server reply to: [an image]"
        return "Local server reply to: [a user message without text or audio]"
    return "Local server reply to: [no user input in the conversation]"


class ResponseRun:
    """One response, streamed as batches of events (see the module docstring).

    Args:
        params: what the response does (:func:`resolve_params`).
        emit: the connection's event factory.
        store: the conversation (items are added to it unless ``params.in_conversation`` is
            false).
        audio_ms: length of the spoken audio in ms (``ServerConfig.response_audio_ms``).
        input_format: the session's input audio format (for the token estimate).
        on_done: called with the final response object right after ``response.done``; returns
            events to send next (``rate_limits.updated``).
        output_audio_buffer: send the ``output_audio_buffer.*`` events (WebRTC/SIP calls).
    """

    def __init__(
        self,
        params: ResponseParams,
        *,
        emit: Emitter,
        store: ItemStore,
        audio_ms: int,
        input_format: AudioFormat,
        on_done: Callable[[dict[str, Any]], list[Event]],
        output_audio_buffer: bool = False,
    ) -> None:
        self.params = params
        self._output_audio_buffer = output_audio_buffer
        self.response_id = new_id("resp")
        self._emit = emit
        self._store = store
        self._audio_ms = audio_ms
        self._input_format = input_format
        self._on_done = on_done
        self._format = AudioFormat.from_session(params.output_format)
        self._response: dict[str, Any] = {
            "object": "realtime.response",
            "id": self.response_id,
            "status": "in_progress",
            "status_details": None,
            "output": [],
            "conversation_id": params.conversation_id,
            "output_modalities": list(params.modalities),
            "max_output_tokens": params.max_output_tokens,
            "audio": {"output": {"format": params.output_format, "voice": params.voice}},
            "usage": None,
            "metadata": params.metadata,
        }
        self.finished = False
        self.audio_playing = False  # output audio buffer: started, not yet stopped/cleared
        # What has been streamed so far (for a cancellation).
        self._item: dict[str, Any] | None = None
        self._previous_id: str | None = None
        self._part_open = False
        self._text = ""
        self._audio = bytearray()
        self._args = ""
        self._full_text = ""  # the whole answer, before any max_output_tokens cut
        self._script = self._run()

    # --- public -------------------------------------------------------------------------

    def start(self) -> list[Event]:
        """The first event: ``response.created``."""
        return [self._emit.event("response.created", response=copy.deepcopy(self._response))]

    def step(self) -> list[Event] | None:
        """The next batch of events, ``None`` once the response is done."""
        if self.finished:
            return None
        try:
            return next(self._script)
        except StopIteration:  # pragma: no cover - the script always ends by finishing
            self.finished = True
            return None

    def cancel(self, reason: CancelReason) -> list[Event]:
        """End the response now: close what is open, ``response.done`` with status
        ``cancelled`` and ``status_details.reason`` ``reason``."""
        if self.finished:
            return []
        self._script.close()
        out = self._close_item("incomplete")
        return out + self._finish("cancelled", {"type": "cancelled", "reason": reason})

    def clear_output_audio(self) -> list[Event]:
        """Answer ``output_audio_buffer.clear``: ``output_audio_buffer.cleared`` if this
        response's audio is playing (no ``stopped`` follows then), else nothing."""
        if not self.audio_playing:
            return []
        self.audio_playing = False
        return [self._emit.event("output_audio_buffer.cleared", response_id=self.response_id)]

    # --- the script ---------------------------------------------------------------------

    def _ids(self, content_index: int | None = 0) -> dict[str, Any]:
        assert self._item is not None
        ids: dict[str, Any] = {
            "response_id": self.response_id,
            "item_id": self._item["id"],
            "output_index": 0,
        }
        if content_index is not None:
            ids["content_index"] = content_index
        return ids

    def _calls_function(self) -> bool:
        p = self.params
        if not p.tools or (p.context and p.context[-1].get("type") == "function_call_output"):
            return False
        choice = p.tool_choice
        if isinstance(choice, Mapping):
            return choice.get("type") == "function"
        return choice in ("auto", "required")

    def _item_events(self, stage: Literal["added", "done"], item: dict[str, Any]) -> list[Event]:
        """``response.output_item.<stage>``, then (in the conversation)
        ``conversation.item.<stage>``; an added item is inserted into the conversation between
        the two, as the real servers order them."""
        out = [
            self._emit.event(
                f"response.output_item.{stage}",
                response_id=self.response_id,
                output_index=0,
                item=public_item(item),
            )
        ]
        if self.params.in_conversation:
            if stage == "added":
                self._previous_id = self._store.insert(item)
            out.append(
                self._emit.event(
                    f"conversation.item.{stage}",
                    previous_item_id=self._previous_id,
                    item=public_item(item),
                )
            )
        return out

    def _open_item(self, item: dict[str, Any]) -> list[Event]:
        self._item = item
        return self._item_events("added", item)

    def _run(self) -> Generator[list[Event], None, None]:
        p = self.params
        # Decided when the response starts streaming: recognised words are known by then.
        scripted = p.script.decide(p.context, p.audio_notes) if p.script is not None else None
        if isinstance(scripted, ScriptedCall):
            yield from self._function_call(scripted)
        elif isinstance(scripted, ScriptedSay):
            yield from self._message(scripted.text)
        elif self._calls_function():
            yield from self._function_call()
        else:
            yield from self._message()

    def _function_call(self, scripted: ScriptedCall | None = None) -> Iterator[list[Event]]:
        p = self.params
        if scripted is not None:
            name = scripted.name
            if name not in {t.get("name") for t in p.tools}:
                logger.warning("the script calls %r, which is not among the tools", name)
                error = {"type": "invalid_request_error", "code": "script_tool_not_declared"}
                yield self._finish("failed", {"type": "failed", "error": error})
                return
            arguments = json.dumps(dict(scripted.arguments))
        else:
            choice = p.tool_choice
            tool = p.tools[0]
            if isinstance(choice, Mapping):
                tool = next(t for t in p.tools if t.get("name") == choice.get("name"))
            name = str(tool.get("name") or "function")
            try:
                schema = tool.get("parameters") or {"type": "object"}
                arguments = json.dumps(generate_instance(schema))
            except UnsupportedSchemaError as exc:
                logger.warning("cannot generate arguments for function %r: %s", name, exc)
                error = {"type": "server_error", "code": "unsupported_tool_schema"}
                yield self._finish("failed", {"type": "failed", "error": error})
                return
        call_id = new_id("call")
        item: dict[str, Any] = {
            "id": new_id("item"),
            "object": "realtime.item",
            "type": "function_call",
            "status": "in_progress",
            "name": name,
            "call_id": call_id,
            "arguments": "",
        }
        yield self._open_item(item)
        for delta in _json_pieces(arguments, _ARGUMENT_DELTAS):
            self._args += delta
            yield [
                self._emit.event(
                    "response.function_call_arguments.delta",
                    **self._ids(None),
                    call_id=call_id,
                    delta=delta,
                )
            ]
        done = self._emit.event(
            "response.function_call_arguments.done",
            **self._ids(None),
            call_id=call_id,
            name=name,
            arguments=arguments,
        )
        yield [done, *self._close_item("completed"), *self._finish("completed", None)]

    def _message(self, scripted: str | None = None) -> Iterator[list[Event]]:
        p = self.params
        if scripted is None:
            text = _reply_text(p.context, p.audio_notes) + earlier_turns_note(p.context)
        else:
            text = scripted  # a script's answer is exactly what it says
        self._full_text = text
        status = "completed"
        if isinstance(p.max_output_tokens, int) and _tokens(text) > p.max_output_tokens:
            words = split_words(text, len(text.split()))
            kept = ""
            for word in words:
                if _tokens(kept + word) > p.max_output_tokens:
                    break
                kept += word
            text, status = kept, "incomplete"
        item: dict[str, Any] = {
            "id": new_id("item"),
            "object": "realtime.item",
            "type": "message",
            "status": "in_progress",
            "role": "assistant",
            "content": [],
        }
        first = self._open_item(item)
        audio = "audio" in p.modalities
        part = {"type": "audio", "transcript": ""} if audio else {"type": "text", "text": ""}
        first.append(self._emit.event("response.content_part.added", **self._ids(), part=part))
        self._part_open = True
        yield first
        if audio:
            yield from self._speak(text, status)
        else:
            for delta in split_words(text, len(text.split())):
                self._text += delta
                yield [self._emit.event("response.output_text.delta", **self._ids(), delta=delta)]
        details = None
        if status == "incomplete":
            details = {"type": "incomplete", "reason": "max_output_tokens"}
        yield [*self._close_item(status), *self._finish(status, details)]

    def _speak(self, text: str, status: str) -> Iterator[list[Event]]:
        ms = self._audio_ms
        if status == "incomplete":
            ms = ms * len(text) // max(1, len(self._full_text))
        samples = tone(ms, self._format.sample_rate)
        step = self._format.sample_rate * AUDIO_CHUNK_MS // 1000
        chunks = [samples[i : i + step] for i in range(0, samples.size, step)]
        words = split_words(text, max(1, len(chunks)))
        for i in range(max(len(chunks), len(words))):
            if i < len(words):
                self._text += words[i]
                yield [
                    self._emit.event(
                        "response.output_audio_transcript.delta", **self._ids(), delta=words[i]
                    )
                ]
            if i < len(chunks):
                data = encode_audio(chunks[i], self._format)
                self._audio += data
                batch = []
                if i == 0 and self._output_audio_buffer:
                    self.audio_playing = True
                    batch.append(
                        self._emit.event(
                            "output_audio_buffer.started", response_id=self.response_id
                        )
                    )
                payload = base64.b64encode(data).decode("ascii")
                batch.append(
                    self._emit.event("response.output_audio.delta", **self._ids(), delta=payload)
                )
                yield batch

    # --- endings ------------------------------------------------------------------------

    def _close_item(self, status: str) -> list[Event]:
        """Events that close the open content part and output item (none if none is open)."""
        item = self._item
        if item is None:
            return []
        out: list[Event] = []
        if item["type"] == "function_call":
            item["arguments"] = self._args
        elif self._part_open:
            ids = self._ids()
            if "audio" in self.params.modalities:
                transcript = self._text
                out.append(self._emit.event("response.output_audio.done", **ids))
                out.append(
                    self._emit.event(
                        "response.output_audio_transcript.done", **ids, transcript=transcript
                    )
                )
                part = {"type": "audio", "transcript": transcript}
                item["content"] = [
                    {
                        "type": "output_audio",
                        "transcript": transcript,
                        "audio": base64.b64encode(bytes(self._audio)).decode("ascii"),
                    }
                ]
                if self.params.in_conversation:
                    self._store.set_audio_format(item["id"], self._format)
            else:
                out.append(self._emit.event("response.output_text.done", **ids, text=self._text))
                part = {"type": "text", "text": self._text}
                item["content"] = [{"type": "output_text", "text": self._text}]
            out.append(self._emit.event("response.content_part.done", **ids, part=part))
            self._part_open = False
        item["status"] = status
        out.extend(self._item_events("done", item))
        return out

    def _usage(self) -> dict[str, Any]:
        text_in = _tokens(self.params.instructions)
        audio_in = 0
        fmt = self._input_format
        for item in self.params.context:
            for part in item.get("content") or []:
                if not isinstance(part, Mapping):
                    continue
                text_in += _tokens(str(part.get("text") or part.get("transcript") or ""))
                if part.get("type") == "input_audio" and part.get("audio"):
                    seconds = len(part["audio"]) * 3 / 4 / (fmt.bytes_per_sample * fmt.sample_rate)
                    audio_in += math.ceil(seconds * _INPUT_AUDIO_TOKENS_PER_S)
            text_in += _tokens(str(item.get("output") or item.get("arguments") or ""))
        text_out = _tokens(self._text or self._args)
        out_ms = (
            len(self._audio) // self._format.bytes_per_sample * 1000 // self._format.sample_rate
        )
        audio_out = math.ceil(out_ms / 1000 * _OUTPUT_AUDIO_TOKENS_PER_S)
        return {
            "total_tokens": text_in + audio_in + text_out + audio_out,
            "input_tokens": text_in + audio_in,
            "output_tokens": text_out + audio_out,
            "input_token_details": {
                "cached_tokens": 0,
                "text_tokens": text_in,
                "audio_tokens": audio_in,
                "image_tokens": 0,
                "cached_tokens_details": {"text_tokens": 0, "audio_tokens": 0, "image_tokens": 0},
            },
            "output_token_details": {"text_tokens": text_out, "audio_tokens": audio_out},
        }

    def _finish(self, status: str, details: dict[str, Any] | None) -> list[Event]:
        self.finished = True
        self._response.update(
            status=status,
            status_details=details,
            output=[public_item(self._item)] if self._item is not None else [],
            usage=self._usage(),
        )
        final = copy.deepcopy(self._response)
        out = [self._emit.event("response.done", response=final), *self._on_done(final)]
        if self.audio_playing:
            self.audio_playing = False
            kind = (
                "output_audio_buffer.stopped"
                if status == "completed"
                else "output_audio_buffer.cleared"
            )
            out.append(self._emit.event(kind, response_id=self.response_id))
        return out


def _json_pieces(text: str, parts: int) -> list[str]:
    """Split ``text`` into at most ``parts`` consecutive pieces (never empty ones)."""
    size = max(1, math.ceil(len(text) / parts))
    return [text[i : i + size] for i in range(0, len(text), size)] or [text]
