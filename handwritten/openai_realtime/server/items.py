"""The conversation item store of a realtime session. Pure: no I/O.

Items are GA ``RealtimeConversationItem`` dicts (system/user/assistant messages, function calls
and their outputs, MCP items), kept in conversation order with unique ids. Audio content keeps
its data (base64, in the ``audio`` field of the content part) so that
``conversation.item.retrieved`` can return it; events that announce items
(:func:`public_item`) leave it out, as OpenAI's do.

What it does not do: it never trims the conversation to a context window (``truncation`` is
accepted and reported, not applied), and MCP items are stored as sent, not acted on.
"""

from __future__ import annotations

import base64
import binascii
import copy
import math
import re
from collections.abc import Iterator, Mapping
from typing import Any

from .audio import AudioFormat, Samples, decode_audio, encode_audio
from .errors import ClientEventError
from .ids import new_id

__all__ = ["ItemStore", "public_item", "split_words"]


def split_words(text: str, parts: int) -> list[str]:
    """Split ``text`` into at most ``parts`` pieces at word boundaries; the pieces join back
    to ``text`` exactly."""
    words = re.findall(r"\S+\s*|\s+", text)
    if not words:
        return [text] if text else []
    size = math.ceil(len(words) / max(1, parts))
    return ["".join(words[i : i + size]) for i in range(0, len(words), size)]


def public_item(item: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``item`` as GA events show it: without raw audio data, and without the
    ``object`` field (real GA items carry none; the beta dialect adds it back)."""
    out = copy.deepcopy(dict(item))
    out.pop("object", None)
    for part in out.get("content") or []:
        if isinstance(part, dict):
            part.pop("audio", None)
    return out


def _decode_part(part: Mapping[str, Any], fmt: AudioFormat, param: str) -> Samples:
    try:
        return decode_audio(base64.b64decode(part["audio"], validate=True), fmt)
    except (binascii.Error, ValueError):
        raise ClientEventError(
            "Invalid audio: not base64-encoded audio in the session's "
            f"{'input' if param.startswith('item') else 'output'} format ({fmt.encoding}, "
            f"{fmt.sample_rate} Hz).",
            code="invalid_value",
            param=param,
        ) from None


class ItemStore:
    """The items of one conversation, in order.

    Besides the items it remembers the audio format of each assistant item's audio (for
    ``conversation.item.truncate``).
    """

    def __init__(self) -> None:
        self._items: list[dict[str, Any]] = []
        self._audio_formats: dict[str, AudioFormat] = {}

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self._items)

    def snapshot(self) -> list[dict[str, Any]]:
        """A deep copy of all items, in order (with audio data)."""
        return copy.deepcopy(self._items)

    def last_id(self) -> str | None:
        """Id of the last item, ``None`` for an empty conversation."""
        return self._items[-1]["id"] if self._items else None

    def index(self, item_id: str) -> int | None:
        """Position of the item ``item_id``, or ``None``."""
        for i, item in enumerate(self._items):
            if item.get("id") == item_id:
                return i
        return None

    def get(self, item_id: str, param: str = "item_id") -> dict[str, Any]:
        """The (live) item ``item_id``; :class:`ClientEventError` ``item_not_found`` naming
        it (with ``param``) if there is none."""
        index = self.index(item_id)
        if index is None:
            raise ClientEventError(
                f"Item with item_id '{item_id}' not found in the conversation.",
                code="item_not_found",
                param=param,
            )
        return self._items[index]

    def find_function_call(self, call_id: str) -> dict[str, Any] | None:
        """The ``function_call`` item with ``call_id``, or ``None``."""
        for item in self._items:
            if item.get("type") == "function_call" and item.get("call_id") == call_id:
                return item
        return None

    def insert(self, item: dict[str, Any], previous_item_id: str | None = None) -> str | None:
        """Insert ``item`` after ``previous_item_id`` (``None``: at the end, ``"root"``: at the
        start); return the id of the item now before it (``None`` at the start). Raises
        :class:`ClientEventError` for an unknown ``previous_item_id`` or a duplicate id."""
        if self.index(item["id"]) is not None:
            raise ClientEventError(
                f"Item with id '{item['id']}' already exists in the conversation.",
                code="invalid_value",
                param="item.id",
            )
        if previous_item_id is None:
            position = len(self._items)
        elif previous_item_id == "root":
            position = 0
        else:
            self.get(previous_item_id, "previous_item_id")
            position = (self.index(previous_item_id) or 0) + 1
        self._items.insert(position, item)
        return self._items[position - 1]["id"] if position else None

    def delete(self, item_id: str) -> None:
        """Remove ``item_id`` (``item_not_found`` if absent)."""
        self.get(item_id)
        index = self.index(item_id)
        assert index is not None
        del self._items[index]
        self._audio_formats.pop(item_id, None)

    def has_assistant_audio(self) -> bool:
        """``True`` once the conversation holds assistant audio (spoken by a response or
        created by the client)."""
        return bool(self._audio_formats)

    def set_audio_format(self, item_id: str, fmt: AudioFormat) -> None:
        """Record the format of the assistant audio held by ``item_id``."""
        self._audio_formats[item_id] = fmt

    # --- client-created items -------------------------------------------------------------

    def prepare_client_item(
        self, raw: Mapping[str, Any], *, input_format: AudioFormat, output_format: AudioFormat
    ) -> tuple[dict[str, Any], Samples | None]:
        """Check and complete an item from ``conversation.item.create`` (already valid against
        the schema). Returns the item (with ``id``, ``object``, ``status``; a
        ``function_call`` gets a ``call_id`` if it has none) and the samples of its first
        ``input_audio`` part (``None`` if it has none).

        Raises :class:`ClientEventError`: undecodable audio, or a ``function_call_output``
        whose ``call_id`` names no function call in the conversation.
        """
        item = copy.deepcopy(dict(raw))
        item.setdefault("id", new_id("item"))
        item["object"] = "realtime.item"
        item.setdefault("status", "completed")
        samples: Samples | None = None
        kind = item.get("type")
        if kind == "function_call":
            item.setdefault("call_id", new_id("call"))
        elif kind == "function_call_output" and self.find_function_call(item["call_id"]) is None:
            raise ClientEventError(
                f"No tool call found for function call output with call_id '{item['call_id']}'.",
                code="invalid_value",
                param="item.call_id",
            )
        for i, part in enumerate(item.get("content") or []):
            if not isinstance(part, dict) or "audio" not in part:
                continue
            if part.get("type") == "input_audio":
                decoded = _decode_part(part, input_format, f"item.content[{i}].audio")
                samples = decoded if samples is None else samples
            elif part.get("type") == "output_audio":
                _decode_part(part, output_format, f"item.content[{i}].audio")
                self._audio_formats[item["id"]] = output_format
        return item, samples

    # --- truncation -----------------------------------------------------------------------

    def audio_ms(self, item_id: str, content_index: int) -> int:
        """Duration in ms of the audio in content part ``content_index`` of ``item_id``
        (0 without audio data)."""
        item = self.get(item_id)
        part = (item.get("content") or [])[content_index]
        fmt = self._audio_formats.get(item_id)
        if fmt is None or not part.get("audio"):
            return 0
        size = len(base64.b64decode(part["audio"])) // fmt.bytes_per_sample
        return size * 1000 // fmt.sample_rate

    def truncate(self, item_id: str, content_index: int, audio_end_ms: int) -> None:
        """Cut the assistant audio of ``item_id`` part ``content_index`` at ``audio_end_ms``.

        The audio data keeps its first ``audio_end_ms`` ms; the transcript keeps the share of
        its words spoken by then (OpenAI deletes the transcript instead; a prefix is kept here
        so that the truncation can be seen). Raises :class:`ClientEventError` for anything but
        the audio part of an assistant message, or for ``audio_end_ms`` past the audio's end.
        """
        item = self.get(item_id)
        content = item.get("content") or []
        if (
            item.get("type") != "message"
            or item.get("role") != "assistant"
            or not 0 <= content_index < len(content)
            or content[content_index].get("type") != "output_audio"
        ):
            raise ClientEventError(
                "Only the audio content of an assistant message can be truncated: "
                f"item '{item_id}' has no output_audio at content_index {content_index}.",
                code="invalid_value",
                param="content_index",
            )
        duration = self.audio_ms(item_id, content_index)
        if not 0 <= audio_end_ms <= duration:
            raise ClientEventError(
                f"Audio content of {duration}ms is already shorter than {audio_end_ms}ms.",
                code="invalid_value",
                param="audio_end_ms",
            )
        part = content[content_index]
        fmt = self._audio_formats.get(item_id)
        if fmt is not None and part.get("audio"):
            samples = decode_audio(base64.b64decode(part["audio"]), fmt)
            kept = samples[: fmt.sample_rate * audio_end_ms // 1000]
            part["audio"] = base64.b64encode(encode_audio(kept, fmt)).decode("ascii")
        transcript = str(part.get("transcript") or "")
        words = split_words(transcript, len(transcript.split()) or 1)
        share = audio_end_ms / duration if duration else 0.0
        part["transcript"] = "".join(words[: math.floor(len(words) * share)]).rstrip()
