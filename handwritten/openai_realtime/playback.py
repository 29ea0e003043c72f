"""What was actually played of each assistant item, for truncation that matches what the user
heard. Pure: no I/O; thread-safe (a device callback may report from its own thread).

Any audio sink feeds a :class:`PlaybackTracker` with what it played: a speaker's device callback
(:class:`~openai_realtime.devices.AudioOutput` does), Twilio ``mark`` events, RTP timestamps of a
SIP leg. Audio that is queued or buffered is *not* played: report it when it leaves the speaker
or the far end acknowledges it. :meth:`PlaybackTracker.truncation` then says where to cut an
item at a barge-in:

* ``audio_end_ms`` is clamped to the audio received (the API rejects a truncation past the audio
  it sent: ``"Audio content of … is already shorter than …"``);
* no truncation when nothing of the item was played (the API rejects cutting before its first
  audio frame; the item is then deleted or left to the cancelled response's ``incomplete``
  status by the caller);
* no truncation of an item that was received completely and played to its end.

:meth:`RealtimeSession.interrupt <openai_realtime.session.RealtimeSession.interrupt>` uses it to
do cancel -> truncate -> clear output audio in that order.
"""

from __future__ import annotations

import threading

import attrs

__all__ = ["PlaybackTracker", "TruncationPoint"]


@attrs.frozen
class TruncationPoint:
    """Where to truncate one item after a barge-in.

    Attributes:
        item_id: the assistant item.
        content_index: its audio content part.
        audio_end_ms: milliseconds to keep (played, clamped to received).
        played_ms: milliseconds reported played.
        received_ms: milliseconds of its audio received.
    """

    item_id: str
    content_index: int
    audio_end_ms: int
    played_ms: float
    received_ms: float


class PlaybackTracker:
    """Milliseconds played per assistant item, reported by the audio sink.

    Use :meth:`add_played` for increments (a device callback: ms of each block handed to the
    device) or :meth:`set_played` for absolute positions (a Twilio ``mark``, an RTP timestamp
    converted to ms). Items are keyed by their item id (and content index, default 0).
    """

    __slots__ = ("_current", "_lock", "_played")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._played: dict[tuple[str, int], float] = {}
        self._current: tuple[str, int] | None = None

    def __repr__(self) -> str:
        return f"<PlaybackTracker {len(self._played)} items>"

    def add_played(self, item_id: str, ms: float, content_index: int = 0) -> None:
        """Add ``ms`` milliseconds (>= 0) played of ``item_id``; it becomes the current item."""
        if ms < 0:
            raise ValueError(f"played milliseconds must be >= 0; got {ms}")
        key = (item_id, content_index)
        with self._lock:
            self._played[key] = self._played.get(key, 0.0) + ms
            self._current = key

    def set_played(self, item_id: str, ms: float, content_index: int = 0) -> None:
        """Set the playback position of ``item_id`` to ``ms`` milliseconds from its start (it
        never moves back: a late, older report is ignored); it becomes the current item."""
        if ms < 0:
            raise ValueError(f"played milliseconds must be >= 0; got {ms}")
        key = (item_id, content_index)
        with self._lock:
            self._played[key] = max(ms, self._played.get(key, 0.0))
            self._current = key

    def played_ms(self, item_id: str, content_index: int = 0) -> float:
        """Milliseconds of ``item_id`` reported played (0 for an unknown item)."""
        with self._lock:
            return self._played.get((item_id, content_index), 0.0)

    @property
    def current_item(self) -> str | None:
        """The item played last, or ``None`` before any."""
        with self._lock:
            return self._current[0] if self._current else None

    def played(self) -> dict[str, float]:
        """Milliseconds played per item id (content index 0 and others summed), in the order
        the items started playing."""
        with self._lock:
            out: dict[str, float] = {}
            for (item_id, _), ms in self._played.items():
                out[item_id] = out.get(item_id, 0.0) + ms
            return out

    def forget(self, item_id: str) -> None:
        """Drop what is known of ``item_id`` (e.g. after it was truncated or deleted)."""
        with self._lock:
            for key in [k for k in self._played if k[0] == item_id]:
                del self._played[key]
            if self._current is not None and self._current[0] == item_id:
                self._current = None

    def truncation(
        self,
        item_id: str,
        received_ms: float,
        *,
        content_index: int = 0,
        complete: bool = False,
    ) -> TruncationPoint | None:
        """Where to truncate ``item_id`` now, or ``None`` when it must not be truncated.

        Args:
            item_id: the assistant item.
            received_ms: milliseconds of its audio received from the server.
            content_index: its audio content part.
            complete: all of its audio has been received (``response.output_audio.done``).

        Returns:
            ``None`` when nothing of it was played, or when it was received completely and
            played to its end; else the point with ``audio_end_ms`` = the whole milliseconds
            played, clamped to ``received_ms``.
        """
        played = self.played_ms(item_id, content_index)
        end = int(min(played, received_ms))
        if end <= 0:
            return None
        if complete and played >= received_ms:
            return None
        return TruncationPoint(item_id, content_index, end, played, received_ms)
