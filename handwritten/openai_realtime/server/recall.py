"""What the local server's answers recall of earlier turns. Pure: no I/O.

The server runs no model, but its conversation is real: an answer names what the user said in
earlier turns of the conversation it answers, so a test can prove that a conversation carried
over to a new session (a reconnect with replay, a rotation) still has its context. The note is
bounded: the first earlier user turn and the two before the last one, each cut to
:data:`MAX_TURN_CHARS` characters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

__all__ = ["MAX_TURN_CHARS", "earlier_turns_note", "user_words"]

#: Longest quote of one earlier turn, in characters.
MAX_TURN_CHARS: Final = 60


def user_words(item: Mapping[str, Any]) -> str | None:
    """The words of a user message (its text parts, else its audio transcripts), or ``None``
    for any other item or a user message without words."""
    if item.get("type") != "message" or item.get("role") != "user":
        return None
    words = []
    for part in item.get("content") or ():
        if not isinstance(part, Mapping):
            continue
        value = part.get("text") if part.get("type") == "input_text" else part.get("transcript")
        if isinstance(value, str) and value.strip():
            words.append(value.strip())
    return " ".join(words) or None


def earlier_turns_note(context: Sequence[Mapping[str, Any]]) -> str:
    """``' (earlier you said: "…"; "…")'`` naming the user turns before the last one, or ``""``
    when there is none."""
    turns = [w for w in (user_words(item) for item in context) if w is not None]
    earlier = turns[:-1]
    if not earlier:
        return ""
    chosen = earlier if len(earlier) <= 3 else [earlier[0], *earlier[-2:]]
    quoted = "; ".join(
        f'"{t if len(t) <= MAX_TURN_CHARS else t[: MAX_TURN_CHARS - 1] + "…"}"' for t in chosen
    )
    return f" (earlier you said: {quoted})"
