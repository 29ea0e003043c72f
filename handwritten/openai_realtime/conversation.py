"""A local mirror of the conversation a realtime session holds on the server. Pure: no I/O.

:class:`Conversation` is fed every server event the session receives (:meth:`Conversation.feed`)
and keeps the ordered items as the server holds them: messages (system, user, assistant),
function calls and their outputs, each with its status, from ``conversation.item.added`` /
``done`` / ``deleted`` / ``truncated`` / ``retrieved``, the ``response.*`` output events (text,
audio transcript and function-call argument deltas), and the input audio transcriptions, which
fill in user transcripts as they arrive (a user audio part may arrive with ``transcript: null``).
For assistant audio it counts the milliseconds received and keeps the milliseconds played that
a :class:`~openai_realtime.playback.PlaybackTracker` reports.

It outlives the WebSocket: after a reconnect or a rotation the session replays it into the new
server session (:meth:`Conversation.replay_plan`) and maps the old item ids to the new ones
(:attr:`Conversation.id_map`, :meth:`Conversation.get` accepts either), so one item list spans
every session of the conversation. :meth:`Conversation.to_dict` / :meth:`Conversation.from_dict`
export and restore it as JSON-safe data (items only: no configuration, no secrets).

Memory is bounded by the conversation's text: audio bytes are not kept unless ``keep_audio=True``
(then assistant output audio and audio returned by ``conversation.item.retrieve`` are kept).
Measured: a 1,000-turn conversation (user text of ~60 characters, assistant audio with a
~200-character transcript) holds under 2 MB (``tests/test_conversation.py``).
"""

from __future__ import annotations

import base64
import importlib
import math
import re
import secrets
import string
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Final

import attrs

from .audio import audio_bytes_per_ms

__all__ = [
    "Conversation",
    "ConversationItem",
    "CutResponse",
    "ReplayEntry",
    "estimate_tokens",
    "new_item_id",
]

#: Format of :meth:`Conversation.to_dict` output.
EXPORT_VERSION = 1

_ALPHABET = string.ascii_letters + string.digits

#: Generated model of each item kind (``type``, ``role``) -> (module, class).
_ITEM_MODELS: dict[tuple[str, str | None], tuple[str, str]] = {
    ("message", "user"): (
        "realtime_conversation_item_message_user",
        "RealtimeConversationItemMessageUser",
    ),
    ("message", "assistant"): (
        "realtime_conversation_item_message_assistant",
        "RealtimeConversationItemMessageAssistant",
    ),
    ("message", "system"): (
        "realtime_conversation_item_message_system",
        "RealtimeConversationItemMessageSystem",
    ),
    ("function_call", None): (
        "realtime_conversation_item_function_call",
        "RealtimeConversationItemFunctionCall",
    ),
    ("function_call_output", None): (
        "realtime_conversation_item_function_call_output",
        "RealtimeConversationItemFunctionCallOutput",
    ),
}

#: Content part types of ``response.content_part.added`` -> the item's content part types.
_PART_TYPES = {"text": "output_text", "audio": "output_audio"}

#: What a conversation without items reads (shared, never written: the first item replaces
#: them with its own list and dict, so an idle session allocates neither).
_NO_ITEMS: Final[list[ConversationItem]] = []
_NO_IDS: Final[dict[str, ConversationItem]] = {}


def new_item_id() -> str:
    """A fresh client-side item id in OpenAI's shape (``item_`` + 21 letters/digits, 26
    characters; the API accepts ids up to 32 characters)."""
    return "item_" + "".join([_ALPHABET[byte % 62] for byte in secrets.token_bytes(21)])


def estimate_tokens(text: str) -> int:
    """A rough token estimate of ``text``: 4 characters per token (at least 1 for non-empty
    text), the rule of thumb OpenAI documents for English."""
    return math.ceil(len(text) / 4) if text else 0


def _known_format(fmt: str) -> bool:
    """Whether ``fmt`` names a Realtime audio format (GA, beta or short name)."""
    try:
        audio_bytes_per_ms(fmt)
    except ValueError:
        return False
    return True


def _b64_bytes(data: str) -> int:
    """Decoded length in bytes of base64 text, without decoding it."""
    size = len(data)
    if size == 0:
        return 0
    padding = (data[-1] == "=") + (size > 1 and data[-2] == "=")
    return size * 3 // 4 - padding


def _field(event: Any, name: str) -> Any:
    """``event.name``, for generated events and :class:`~openai_realtime.events.UnknownEvent`
    alike (whose fields are in ``raw``)."""
    value = getattr(event, name, None)
    if value is None:
        raw = getattr(event, "raw", None)
        if isinstance(raw, dict):
            return raw.get(name)
    return value


def _as_dict(value: Any) -> dict[str, Any] | None:
    if isinstance(value, dict):
        return value
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        data = to_dict()
        return data if isinstance(data, dict) else None
    return None


def _heard_prefix(text: str, share: float) -> str:
    """The first ``share`` (0-1) of ``text``'s words: what was heard of a transcript when that
    share of its audio was played."""
    words = re.findall(r"\S+\s*", text)
    return "".join(words[: math.floor(len(words) * share)]).rstrip()


@attrs.define(slots=True, eq=False)
class ConversationItem:
    """One item of the conversation, as the server holds it.

    Attributes:
        id: the item's id in the current server session.
        data: the item as JSON (the GA ``RealtimeConversationItem`` shape: ``type``, ``role``,
            ``status``, ``content`` / ``call_id``, ``name``, ``arguments``, ``output``); content
            parts hold no ``audio`` data unless the conversation keeps audio.
        response_id: the response that produced it (assistant items, function calls).
        audio_received_ms: milliseconds of output audio received for it.
        audio_played_ms: milliseconds reported played by a playback tracker, or ``None``.
        audio_end_ms: where it was truncated (``conversation.item.truncated``), or ``None``.
        cut: ``True`` when the connection dropped while it was being generated: incomplete, and
            not replayed.
        live: ``False`` when it is not in the current server session (a handoff left it out of
            its budget).
        previous_ids: its ids in earlier server sessions, oldest first.
        audio: kept audio bytes by content index (only with ``keep_audio``).
    """

    id: str
    data: dict[str, Any]
    response_id: str | None = None
    audio_received_ms: float = 0.0
    audio_played_ms: int | None = None
    audio_end_ms: int | None = None
    cut: bool = False
    live: bool = True
    previous_ids: list[str] = attrs.field(factory=list)
    audio: dict[int, bytearray] | None = None

    @property
    def type(self) -> str:
        """``message``, ``function_call``, ``function_call_output`` or an MCP item type."""
        return str(self.data.get("type", ""))

    @property
    def role(self) -> str | None:
        """``user``, ``assistant`` or ``system`` for messages, else ``None``."""
        role = self.data.get("role")
        return role if isinstance(role, str) else None

    @property
    def status(self) -> str | None:
        """``in_progress``, ``completed`` or ``incomplete`` (as the server reported it)."""
        status = self.data.get("status")
        return status if isinstance(status, str) else None

    @property
    def text(self) -> str:
        """The item's words: its text parts and (audio) transcripts joined, a function call's
        ``name(arguments)``, or a function call output; ``""`` when it has none yet."""
        kind = self.type
        if kind == "function_call":
            return f"{self.data.get('name', '')}({self.data.get('arguments', '')})"
        if kind == "function_call_output":
            return str(self.data.get("output") or "")
        pieces = []
        for part in self.data.get("content") or ():
            if isinstance(part, dict):
                value = part.get("text") if "text" in part else part.get("transcript")
                if value:
                    pieces.append(str(value))
        return " ".join(pieces)

    @property
    def model(self) -> Any:
        """The item as its generated model (``RealtimeConversationItemMessageUser``, ``…Assistant``,
        ``…System``, ``…FunctionCall``, ``…FunctionCallOutput``), or ``None`` for a kind the
        mirror does not type (MCP items) or data that does not fit the model."""
        key = (self.type, self.role if self.type == "message" else None)
        entry = _ITEM_MODELS.get(key)
        if entry is None:
            return None
        module, name = entry
        cls = getattr(importlib.import_module(f"openai_realtime_api.models.{module}"), name)
        try:
            return cls.from_dict(self.data)
        except (KeyError, TypeError, ValueError, AttributeError):
            return None

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe export (kept audio as base64)."""
        out: dict[str, Any] = {"id": self.id, "item": self.data}
        for name in ("response_id", "audio_played_ms", "audio_end_ms"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.audio_received_ms:
            out["audio_received_ms"] = self.audio_received_ms
        if self.cut:
            out["cut"] = True
        if not self.live:
            out["live"] = False
        if self.previous_ids:
            out["previous_ids"] = list(self.previous_ids)
        if self.audio:
            out["audio"] = {
                str(k): base64.b64encode(v).decode("ascii") for k, v in self.audio.items()
            }
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConversationItem:
        """Restore an item exported by :meth:`to_dict`.

        Raises:
            KeyError, TypeError, ValueError: not an exported item.
        """
        item = data["item"]
        if not isinstance(item, dict):
            raise TypeError("an exported conversation item needs an 'item' object")
        audio = data.get("audio")
        return cls(
            id=str(data["id"]),
            data=dict(item),
            response_id=data.get("response_id"),
            audio_received_ms=float(data.get("audio_received_ms", 0.0)),
            audio_played_ms=data.get("audio_played_ms"),
            audio_end_ms=data.get("audio_end_ms"),
            cut=bool(data.get("cut", False)),
            live=bool(data.get("live", True)),
            previous_ids=[str(i) for i in data.get("previous_ids", ())],
            audio=(
                {int(k): bytearray(base64.b64decode(v)) for k, v in audio.items()}
                if isinstance(audio, Mapping)
                else None
            ),
        )


@attrs.frozen
class CutResponse:
    """A response the connection dropped in the middle of (reported in
    :class:`~openai_realtime.session.SessionReconnected`).

    Attributes:
        response_id: its id in the old session.
        item_ids: the output items it had started (marked ``cut``, status ``incomplete``, not
            replayed).
        transcript: the partial text or audio transcript received before the drop.
    """

    response_id: str
    item_ids: tuple[str, ...]
    transcript: str


@attrs.frozen
class ReplayEntry:
    """One item to re-create in a new server session: the mirror item and the
    ``conversation.item.create`` item to send (with a fresh ``id``)."""

    item: ConversationItem
    create: dict[str, Any]
    tokens: int


class Conversation:
    """The ordered items of a conversation, kept from the server events (see the module
    docstring). ``session.conversation`` is one; iterate over it for the items in order.

    Args:
        keep_audio: keep audio bytes (assistant output audio, retrieved audio); off by default,
            so memory grows with the text only.

    Attributes:
        id_map: old item id -> current item id, for every item carried over by a handoff.
        response_id: the response in progress, or ``None``.
        speech_in_progress: the server's VAD reported speech that has not stopped.
        output_format: the output audio format type (for counting received milliseconds).
    """

    __slots__ = (
        "_by_id",
        "_bytes_per_ms",
        "_items",
        "_out_of_band",
        "_output_format",
        "_pending_audio",
        "_pending_items",
        "_pending_responses",
        "_response_items",
        "_vad_responds",
        "id_map",
        "keep_audio",
        "response_id",
        "speech_in_progress",
    )

    def __init__(self, *, keep_audio: bool = False) -> None:
        # Nothing is allocated until it is needed (many idle sessions per process): the item
        # list and index are the shared empty ones until the first item, the sets are made
        # by their first member.
        self.keep_audio = keep_audio
        self._items = _NO_ITEMS
        self._by_id = _NO_IDS
        self._response_items: list[str] | None = None  # output items of the response
        self._pending_audio: tuple[str, dict[int, bytearray]] | None = None
        self._pending_items: set[str] | None = None  # created by the client, not yet added
        self._pending_responses = 0  # response.create sent, response.created not yet seen
        self._out_of_band: set[str] | None = None  # responses outside the conversation
        self.id_map: dict[str, str] = {}
        self.response_id: str | None = None
        self.speech_in_progress = False
        self._vad_responds = False  # server VAD commits and answers each turn by itself
        self._output_format = "audio/pcm"
        self._bytes_per_ms = 48.0  # of audio/pcm (24 kHz PCM16)

    @property
    def output_format(self) -> str:
        """The output audio format type (``audio/pcm``, ``audio/pcmu``, ``audio/pcma`` or a
        beta/short name): what received audio deltas are counted in, as milliseconds.

        Raises (on assignment):
            ValueError: not a Realtime audio format.
        """
        return self._output_format

    @output_format.setter
    def output_format(self, fmt: str) -> None:
        self._bytes_per_ms = audio_bytes_per_ms(fmt)
        self._output_format = fmt

    def _own_items(self) -> None:
        """Give the conversation its own item list and index (before the first item)."""
        if self._items is _NO_ITEMS:
            self._items = []
            self._by_id = {}

    # --- reading ----------------------------------------------------------------------

    def __iter__(self) -> Iterator[ConversationItem]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"<Conversation {len(self._items)} items>"

    @property
    def items(self) -> list[ConversationItem]:
        """The items, in conversation order (a copy of the list)."""
        return list(self._items)

    def get(self, item_id: str) -> ConversationItem | None:
        """The item with ``item_id`` (a current id, or an id it had in an earlier session)."""
        item = self._by_id.get(item_id)
        if item is None and item_id in self.id_map:
            item = self._by_id.get(self.id_map[item_id])
        return item

    def resolve(self, item_id: str) -> str:
        """The current id of the item once known as ``item_id`` (``item_id`` itself if it was
        never re-created)."""
        return self.id_map.get(item_id, item_id)

    def truncatable(self, item_id: str) -> bool:
        """Whether ``conversation.item.truncate`` can apply to ``item_id`` in the current
        server session: an assistant item that is live and holds its original audio there (an
        item re-created by a handoff holds text instead)."""
        item = self.get(item_id)
        return item is not None and item.role == "assistant" and item.live and not item.previous_ids

    @property
    def at_turn_boundary(self) -> bool:
        """No response in progress or requested, no user speech in progress, and no item the
        client created that the server has not added yet."""
        return (
            self.response_id is None
            and not self.speech_in_progress
            and not self._pending_responses
            and not self._pending_items
        )

    def note_sent(self, event: dict[str, Any]) -> dict[str, Any]:
        """Note a client event about to be sent (for :attr:`at_turn_boundary`); returns the
        event to send: a ``conversation.item.create`` whose item has no ``id`` gets one
        (:func:`new_item_id`), so that its ``conversation.item.added`` can be told apart."""
        kind = event.get("type")
        if kind == "conversation.item.create" and isinstance(event.get("item"), Mapping):
            item = event["item"]
            if not isinstance(item.get("id"), str):
                item = {**item, "id": new_item_id()}
                event = {**event, "item": item}
            if self._pending_items is None:
                self._pending_items = set()
            self._pending_items.add(item["id"])
        elif kind == "response.create":
            response = event.get("response")
            if not (isinstance(response, Mapping) and response.get("conversation") == "none"):
                self._pending_responses += 1
        return event

    # --- feeding ----------------------------------------------------------------------

    def feed(self, event: Any) -> None:
        """Update the mirror from one received server event (typed or
        :class:`~openai_realtime.events.UnknownEvent`); events it does not track are ignored.
        Never raises for malformed events: what it cannot read it leaves alone."""
        event_type = event.type_
        # The output deltas are most of the traffic (an audio delta every 100 ms, transcript
        # deltas between them): read straight from the typed event, no dispatch.
        if event_type in _OUTPUT_DELTAS:
            item_id = getattr(event, "item_id", None)
            if type(item_id) is str:
                item = self._by_id.get(item_id)
                if item is None:
                    return  # not an item of this conversation
                if _took_delta(self, item, event, event_type):
                    return
        elif not self._by_id and event_type in _ITEM_EVENTS:
            return  # about an item, and there are none
        handler = _HANDLERS.get(event_type)
        if handler is not None:
            handler(self, event)

    def _upsert(
        self,
        raw: Any,
        previous_item_id: Any = None,
        response_id: str | None = None,
        *,
        replace: bool = True,
    ) -> ConversationItem | None:
        data = _as_dict(raw)
        if data is None or not isinstance(data.get("id"), str):
            return None
        data = self._strip(data)
        item = self._by_id.get(data["id"])
        if item is None:
            item = ConversationItem(id=data["id"], data=data, response_id=response_id)
            self._own_items()
            position = len(self._items)
            if previous_item_id == "root":
                position = 0
            elif isinstance(previous_item_id, str) and previous_item_id in self._by_id:
                position = self._items.index(self._by_id[previous_item_id]) + 1
                # after the items a handoff left behind (not in this server session)
                while position < len(self._items) and not self._items[position].live:
                    position += 1
            self._items.insert(position, item)
            self._by_id[item.id] = item
        elif replace:
            self._merge(item, data)
        if response_id is not None and item.response_id is None:
            item.response_id = response_id
        return item

    def _strip(self, data: dict[str, Any]) -> dict[str, Any]:
        """A copy of ``data`` without audio bytes (kept aside when keeping audio)."""
        content = data.get("content")
        if not isinstance(content, list) or not any(
            isinstance(p, dict) and p.get("audio") for p in content
        ):
            return dict(data)
        out = dict(data)
        out["content"] = [
            {k: v for k, v in p.items() if k != "audio"} if isinstance(p, dict) else p
            for p in content
        ]
        if self.keep_audio:
            # Stash decoded audio on the id; _merge/_upsert pick it up.
            kept = {
                i: bytearray(base64.b64decode(p["audio"]))
                for i, p in enumerate(content)
                if isinstance(p, dict) and isinstance(p.get("audio"), str) and p["audio"]
            }
            existing = self._by_id.get(str(data.get("id")))
            if existing is not None:
                existing.audio = {**(existing.audio or {}), **kept}
            else:
                self._pending_audio = (str(data.get("id")), kept)
        return out

    def _merge(self, item: ConversationItem, data: dict[str, Any]) -> None:
        """Replace the item's data with the server's newer view, keeping transcripts it lacks
        (a transcription may complete before ``conversation.item.done``) and what was cut."""
        old = item.data.get("content")
        new = data.get("content")
        if isinstance(old, list) and isinstance(new, list):
            for before, after in zip(old, new, strict=False):
                if (
                    isinstance(before, dict)
                    and isinstance(after, dict)
                    and after.get("transcript") is None
                    and before.get("transcript")
                ):
                    after["transcript"] = before["transcript"]
        item.data = data
        if item.audio_end_ms is not None:
            self._cut_transcript(item, item.audio_end_ms)
        if item.cut:
            item.data["status"] = "incomplete"

    def _part(self, event: Any, kind: str) -> dict[str, Any] | None:
        """The content part an output delta refers to, created if missing."""
        item = self._by_id.get(str(_field(event, "item_id")))
        if item is None:
            return None
        index = _field(event, "content_index")
        index = index if isinstance(index, int) and index >= 0 else 0
        content = item.data.setdefault("content", [])
        if not isinstance(content, list):
            return None
        while len(content) <= index:
            content.append({"type": kind})
        part = content[index]
        return part if isinstance(part, dict) else None

    def _cut_transcript(self, item: ConversationItem, audio_end_ms: int) -> None:
        received = item.audio_received_ms
        share = min(1.0, audio_end_ms / received) if received > 0 else 0.0
        for part in item.data.get("content") or ():
            if isinstance(part, dict) and part.get("type") in ("output_audio", "audio"):
                part["transcript"] = _heard_prefix(str(part.get("transcript") or ""), share)

    # --- playback and truncation ------------------------------------------------------

    def set_played(self, item_id: str, played_ms: int) -> None:
        """Record the milliseconds of ``item_id``'s audio played (from a playback tracker)."""
        item = self.get(item_id)
        if item is not None:
            item.audio_played_ms = played_ms

    def truncate(self, item_id: str, audio_end_ms: int) -> None:
        """Cut ``item_id`` at ``audio_end_ms``: its transcript keeps the share of its words that
        was played (an estimate: the server deletes its own transcript instead)."""
        item = self.get(item_id)
        if item is None:
            return
        item.audio_end_ms = audio_end_ms
        self._cut_transcript(item, audio_end_ms)
        if item.audio:
            for index, data in item.audio.items():
                keep = int(audio_end_ms * self._bytes_per_ms)
                item.audio[index] = data[:keep]

    # --- handoff ----------------------------------------------------------------------

    def cut_response(self) -> CutResponse | None:
        """Mark the response in progress as cut by a dropped connection, and report it: its
        output items become ``incomplete`` and are not replayed. ``None`` when no response was
        in progress. Also forgets speech in progress and what the old session had not
        answered yet (the new session starts silent)."""
        self.speech_in_progress = False
        self._pending_items = None
        self._pending_responses = 0
        response_id, self.response_id = self.response_id, None
        item_ids, self._response_items = self._response_items or [], None
        if response_id is None:
            return None
        texts = []
        for item_id in item_ids:
            item = self._by_id.get(item_id)
            if item is None or item.status == "completed":
                continue
            item.cut = True
            item.data["status"] = "incomplete"
            if item.text:
                texts.append(item.text)
        return CutResponse(response_id, tuple(item_ids), " ".join(texts))

    def replay_plan(
        self, *, max_items: int | None = None, max_tokens: int | None = None
    ) -> tuple[list[ReplayEntry], list[ConversationItem]]:
        """The items to re-create in a new server session, oldest first, within the budget
        (newest kept): at most ``max_items`` items and ``max_tokens`` estimated tokens
        (:func:`estimate_tokens`). User audio turns become their transcripts (their audio is
        not kept), assistant turns text (what was heard of a truncated one), function calls
        and outputs as they are; a function call output is only replayed with its call.

        Returns:
            (entries to send, items left out: cut, over budget, or without replayable content).
        """
        candidates: list[tuple[ConversationItem, dict[str, Any], int]] = []
        left_out: list[ConversationItem] = []
        for item in self._items:
            create = None if item.cut or not item.live else self._replay_item(item)
            if create is None:
                left_out.append(item)
            else:
                candidates.append((item, create, estimate_tokens(item.text)))
        chosen: list[tuple[ConversationItem, dict[str, Any], int]] = []
        tokens = 0
        for entry in reversed(candidates):
            if max_items is not None and len(chosen) >= max_items:
                break
            if max_tokens is not None and tokens + entry[2] > max_tokens:
                break
            chosen.append(entry)
            tokens += entry[2]
        chosen.reverse()
        calls = {c["call_id"] for _, c, _ in chosen if c.get("type") == "function_call"}
        entries: list[ReplayEntry] = []
        for item, create, cost in chosen:
            if create.get("type") == "function_call_output" and create.get("call_id") not in calls:
                continue
            entries.append(ReplayEntry(item, create, cost))
        kept = {id(e.item) for e in entries}
        left_out = [i for i in self._items if id(i) not in kept]
        return entries, left_out

    def _replay_item(self, item: ConversationItem) -> dict[str, Any] | None:
        data = item.data
        kind = item.type
        if kind == "function_call":
            if not data.get("call_id") or not data.get("name"):
                return None
            return {
                "type": "function_call",
                "call_id": data["call_id"],
                "name": data["name"],
                "arguments": str(data.get("arguments") or ""),
            }
        if kind == "function_call_output":
            if not data.get("call_id"):
                return None
            return {
                "type": "function_call_output",
                "call_id": data["call_id"],
                "output": str(data.get("output") or ""),
            }
        if kind != "message" or item.role not in ("user", "assistant", "system"):
            return None
        parts: list[dict[str, Any]] = []
        for index, part in enumerate(data.get("content") or ()):
            if not isinstance(part, dict):
                continue
            ptype = part.get("type")
            if item.role == "assistant":
                text = part.get("text") or part.get("transcript")  # GA or beta part names
                if text:
                    parts.append({"type": "output_text", "text": str(text)})
            elif ptype == "input_audio":
                audio = (item.audio or {}).get(index)
                if audio:
                    new: dict[str, Any] = {
                        "type": "input_audio",
                        "audio": base64.b64encode(audio).decode("ascii"),
                    }
                    if part.get("transcript"):
                        new["transcript"] = part["transcript"]
                    parts.append(new)
                elif part.get("transcript"):
                    parts.append({"type": "input_text", "text": str(part["transcript"])})
            elif ptype == "input_text" and part.get("text"):
                parts.append({"type": "input_text", "text": str(part["text"])})
            elif ptype == "input_image" and part.get("image_url"):
                parts.append(
                    {k: v for k, v in part.items() if k in ("type", "image_url", "detail")}
                )
        if not parts:
            return None
        return {"type": "message", "role": item.role, "content": parts}

    def rebind(self, item: ConversationItem, new_id: str) -> None:
        """Record that ``item`` now lives in the new session as ``new_id``."""
        old = item.id
        del self._by_id[old]
        item.previous_ids.append(old)
        item.id = new_id
        item.data["id"] = new_id
        item.live = True
        self._by_id[new_id] = item
        for key, value in list(self.id_map.items()):
            if value == old:
                self.id_map[key] = new_id
        self.id_map[old] = new_id

    def unbind(self, item: ConversationItem) -> None:
        """Undo the last :meth:`rebind` of ``item`` (the new session refused it): it gets its
        old id back, and is not live."""
        if not item.previous_ids:
            return
        new_id, old_id = item.id, item.previous_ids.pop()
        self._by_id.pop(new_id, None)
        item.id = old_id
        item.data["id"] = old_id
        item.live = False
        self._by_id[old_id] = item
        self.id_map.pop(old_id, None)
        for key, value in list(self.id_map.items()):
            if value == new_id:
                self.id_map[key] = old_id

    def save_ids(self) -> Any:
        """The ids and liveness of every item and the id map, for :meth:`restore_ids` (a
        handoff that fails half-way leaves the mirror as it was)."""
        return (
            [(item, item.id, list(item.previous_ids), item.live) for item in self._items],
            dict(self.id_map),
        )

    def restore_ids(self, saved: Any) -> None:
        """Undo the rebinds since :meth:`save_ids` returned ``saved``."""
        entries, id_map = saved
        self._own_items()
        self._by_id = {}
        for item, item_id, previous_ids, live in entries:
            item.id, item.previous_ids, item.live = item_id, previous_ids, live
            item.data["id"] = item_id
        for item in self._items:
            self._by_id[item.id] = item
        self.id_map = id_map

    def mark_not_live(self, items: Sequence[ConversationItem]) -> None:
        """Record that ``items`` are not in the current server session."""
        for item in items:
            item.live = False

    # --- export -----------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The conversation as JSON-safe data: ``{"version": 1, "items": [...], "id_map":
        {...}}`` (items only; no session configuration, no secrets)."""
        return {
            "version": EXPORT_VERSION,
            "keep_audio": self.keep_audio,
            "output_format": self.output_format,
            "items": [item.to_dict() for item in self._items],
            "id_map": dict(self.id_map),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Conversation:
        """Restore a conversation exported by :meth:`to_dict` (e.g. by another process), to
        resume it: hand it to ``connect_realtime_session(conversation=...)``, whose first
        connection replays it.

        Raises:
            ValueError: not an export of a supported version.
        """
        if data.get("version") != EXPORT_VERSION:
            raise ValueError(
                f"not an exported conversation of version {EXPORT_VERSION}: "
                f"version {data.get('version')!r}"
            )
        conversation = cls(keep_audio=bool(data.get("keep_audio", False)))
        fmt = data.get("output_format")
        conversation.output_format = (
            fmt if isinstance(fmt, str) and _known_format(fmt) else "audio/pcm"
        )
        conversation._own_items()
        try:
            for raw in data["items"]:
                item = ConversationItem.from_dict(raw)
                conversation._items.append(item)
                conversation._by_id[item.id] = item
        except (KeyError, TypeError) as exc:
            raise ValueError(f"not an exported conversation: {exc}") from None
        conversation.id_map = {str(k): str(v) for k, v in (data.get("id_map") or {}).items()}
        return conversation


# --- event handlers ---------------------------------------------------------------------

_OUTPUT_DELTAS = frozenset(
    {"response.output_audio.delta", "response.output_audio_transcript.delta"}
)


def _took_delta(conv: Conversation, item: ConversationItem, event: Any, event_type: str) -> bool:
    """The fast path of :meth:`Conversation.feed` for an output audio or transcript delta of
    ``item`` with the usual field types; ``False``: leave it to the generic handler."""
    delta = getattr(event, "delta", None)
    if type(delta) is not str:
        return False
    if event_type == "response.output_audio.delta":
        if conv.keep_audio or len(delta) < 2:
            return False
        # _b64_bytes inlined: decoded bytes = 3/4 of the text, less the padding
        size = (len(delta) * 3 >> 2) - (delta[-1] == "=") - (delta[-2] == "=")
        item.audio_received_ms += size / conv._bytes_per_ms
        return True
    content = item.data.get("content")
    index = getattr(event, "content_index", None)
    if type(content) is not list or type(index) is not int or not 0 <= index < len(content):
        return False
    part = content[index]
    if type(part) is not dict:
        return False
    part["transcript"] = (part.get("transcript") or "") + delta
    return True


def _on_item_added(conv: Conversation, event: Any) -> None:
    item = conv._upsert(_field(event, "item"), _field(event, "previous_item_id"))
    _take_pending_audio(conv, item)
    if item is not None and conv._pending_items:
        conv._pending_items.discard(item.id)


def _on_item_done(conv: Conversation, event: Any) -> None:
    item = conv._upsert(_field(event, "item"), _field(event, "previous_item_id"))
    _take_pending_audio(conv, item)


def _take_pending_audio(conv: Conversation, item: ConversationItem | None) -> None:
    pending, conv._pending_audio = conv._pending_audio, None
    if pending is not None and item is not None and pending[0] == item.id:
        item.audio = {**(item.audio or {}), **pending[1]}


def _on_item_deleted(conv: Conversation, event: Any) -> None:
    item = conv._by_id.pop(str(_field(event, "item_id")), None)
    if item is not None:
        conv._items.remove(item)


def _on_item_truncated(conv: Conversation, event: Any) -> None:
    end = _field(event, "audio_end_ms")
    if isinstance(end, int):
        conv.truncate(str(_field(event, "item_id")), end)


def _on_transcription_delta(conv: Conversation, event: Any) -> None:
    part = _user_audio_part(conv, event)
    delta = _field(event, "delta")
    if part is not None and isinstance(delta, str):
        part["transcript"] = str(part.get("transcript") or "") + delta


def _on_transcription_completed(conv: Conversation, event: Any) -> None:
    part = _user_audio_part(conv, event)
    transcript = _field(event, "transcript")
    if part is not None and isinstance(transcript, str):
        part["transcript"] = transcript


def _user_audio_part(conv: Conversation, event: Any) -> dict[str, Any] | None:
    item = conv._by_id.get(str(_field(event, "item_id")))
    if item is None:
        return None
    index = _field(event, "content_index")
    index = index if isinstance(index, int) else 0
    content = item.data.get("content")
    if not isinstance(content, list) or not 0 <= index < len(content):
        return None
    part = content[index]
    return part if isinstance(part, dict) else None


def _attr(obj: Any, name: str) -> Any:
    """``obj.name`` of a generated model, or ``obj[name]`` of a raw dict (unknown events)."""
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


def _out_of_band(response: Any) -> bool:
    """A response outside the default conversation: ``conversation_id`` is ``null`` (absent
    or unset means the default conversation)."""
    if isinstance(response, dict):
        return "conversation_id" in response and response["conversation_id"] is None
    return getattr(response, "conversation_id", "") is None


def _on_response_created(conv: Conversation, event: Any) -> None:
    response = _field(event, "response")
    response_id = _attr(response, "id")
    if not isinstance(response_id, str):
        return
    if _out_of_band(response):
        if conv._out_of_band is None:
            conv._out_of_band = set()
        conv._out_of_band.add(response_id)  # conversation "none": its items are not ours
        return
    conv._pending_responses = max(0, conv._pending_responses - 1)
    conv.response_id = response_id
    conv._response_items = None


def _on_response_done(conv: Conversation, event: Any) -> None:
    # Attribute access on the typed response: no to_dict of the whole nested response.
    response = _field(event, "response")
    response_id = _attr(response, "id")
    if conv._out_of_band and response_id in conv._out_of_band:
        conv._out_of_band.discard(response_id)
        return
    for raw in _attr(response, "output") or ():
        item = conv._by_id.get(str(_attr(raw, "id")))
        status = _attr(raw, "status")
        if item is not None and isinstance(status, str):
            item.data["status"] = status
    if response_id == conv.response_id or conv.response_id is None:
        conv.response_id = None
        conv._response_items = None


def _on_output_item(conv: Conversation, event: Any) -> None:
    response_id = _field(event, "response_id")
    response_id = response_id if isinstance(response_id, str) else None
    if conv._out_of_band and response_id in conv._out_of_band:
        return
    item = conv._upsert(_field(event, "item"), None, response_id)
    if item is not None and response_id is not None and response_id == conv.response_id:
        if conv._response_items is None:
            conv._response_items = []
        if item.id not in conv._response_items:
            conv._response_items.append(item.id)


def _on_content_part_added(conv: Conversation, event: Any) -> None:
    part = _as_dict(_field(event, "part")) or {}
    kind = _PART_TYPES.get(str(part.get("type")), str(part.get("type")))
    target = conv._part(event, kind)
    if target is not None:
        target.setdefault("type", kind)
        if kind == "output_text":
            target.setdefault("text", "")
        elif kind == "output_audio":
            target.setdefault("transcript", "")


def _on_text_delta(conv: Conversation, event: Any) -> None:
    part = conv._part(event, "output_text")
    delta = _field(event, "delta")
    if part is not None and isinstance(delta, str):
        part["text"] = str(part.get("text") or "") + delta


def _on_transcript_delta(conv: Conversation, event: Any) -> None:
    part = conv._part(event, "output_audio")
    delta = _field(event, "delta")
    if part is not None and isinstance(delta, str):
        part["transcript"] = str(part.get("transcript") or "") + delta


def _on_audio_delta(conv: Conversation, event: Any) -> None:
    item = conv._by_id.get(str(_field(event, "item_id")))
    delta = _field(event, "delta")
    if item is None or not isinstance(delta, str):
        return
    item.audio_received_ms += _b64_bytes(delta) / conv._bytes_per_ms
    if conv.keep_audio:
        index = _field(event, "content_index")
        index = index if isinstance(index, int) else 0
        if item.audio is None:
            item.audio = {}
        item.audio.setdefault(index, bytearray()).extend(base64.b64decode(delta))


def _on_arguments_delta(conv: Conversation, event: Any) -> None:
    item = conv._by_id.get(str(_field(event, "item_id")))
    delta = _field(event, "delta")
    if item is not None and isinstance(delta, str):
        item.data["arguments"] = str(item.data.get("arguments") or "") + delta


def _on_arguments_done(conv: Conversation, event: Any) -> None:
    item = conv._by_id.get(str(_field(event, "item_id")))
    arguments = _field(event, "arguments")
    if item is not None and isinstance(arguments, str):
        item.data["arguments"] = arguments


def _on_speech(started: bool) -> Callable[[Conversation, Any], None]:
    def handler(conv: Conversation, event: Any) -> None:
        conv.speech_in_progress = started

    return handler


def _on_error(conv: Conversation, event: Any) -> None:
    # An error may answer any client event (it names it only by an event_id the client may
    # not have set): what was awaited may never come.
    conv._pending_items = None
    conv._pending_responses = 0


def _on_session(conv: Conversation, event: Any) -> None:
    session = _as_dict(_field(event, "session")) or {}
    fmt: Any = None
    audio = session.get("audio")
    if isinstance(audio, dict):
        output = audio.get("output")
        if isinstance(output, dict) and isinstance(output.get("format"), dict):
            fmt = output["format"].get("type")
    if fmt is None:
        fmt = session.get("output_audio_format")  # beta dialect
    if isinstance(fmt, str) and _known_format(fmt):
        conv.output_format = fmt
    audio_input = audio.get("input") if isinstance(audio, dict) else None
    turn = (
        audio_input.get("turn_detection")
        if isinstance(audio_input, dict)
        else session.get("turn_detection")  # beta dialect
    )
    conv._vad_responds = (
        isinstance(turn, dict)
        and turn.get("type") in ("server_vad", "semantic_vad")
        and turn.get("create_response") is not False
    )


def _on_speech_stopped(conv: Conversation, event: Any) -> None:
    conv.speech_in_progress = False
    if conv._vad_responds:  # the commit and response.created are on their way: no boundary
        conv._pending_responses += 1


_HANDLERS: dict[str, Callable[[Conversation, Any], None]] = {
    "conversation.item.added": _on_item_added,
    "conversation.item.created": _on_item_added,  # beta dialect
    "conversation.item.done": _on_item_done,
    "conversation.item.retrieved": _on_item_done,
    "conversation.item.deleted": _on_item_deleted,
    "conversation.item.truncated": _on_item_truncated,
    "conversation.item.input_audio_transcription.delta": _on_transcription_delta,
    "conversation.item.input_audio_transcription.completed": _on_transcription_completed,
    "response.created": _on_response_created,
    "response.done": _on_response_done,
    "response.output_item.added": _on_output_item,
    "response.output_item.done": _on_output_item,
    "response.content_part.added": _on_content_part_added,
    "response.output_text.delta": _on_text_delta,
    "response.output_audio_transcript.delta": _on_transcript_delta,
    "response.output_audio.delta": _on_audio_delta,
    "response.function_call_arguments.delta": _on_arguments_delta,
    "response.function_call_arguments.done": _on_arguments_done,
    "input_audio_buffer.speech_started": _on_speech(True),
    "input_audio_buffer.speech_stopped": _on_speech_stopped,
    "input_audio_buffer.committed": _on_speech(False),
    "input_audio_buffer.cleared": _on_speech(False),
    "session.created": _on_session,
    "session.updated": _on_session,
    "error": _on_error,
}

#: Events that only touch existing items (ignored while there are none).
_ITEM_EVENTS = frozenset(
    {
        "conversation.item.deleted",
        "conversation.item.truncated",
        "conversation.item.input_audio_transcription.delta",
        "conversation.item.input_audio_transcription.completed",
        "response.content_part.added",
        "response.output_text.delta",
        "response.function_call_arguments.delta",
        "response.function_call_arguments.done",
    }
)
