"""Stream PCM audio through a transcription session and collect the transcripts.

:func:`stream_and_transcribe` runs the two halves of a realtime transcription at once on an open
:class:`~openai_realtime.session.RealtimeSession`: one task appends paced audio chunks
(``input_audio_buffer.append``), the caller's task receives events, hands each to ``on_event``
and collects the speech segments (``speech_started`` / ``speech_stopped`` / ``committed``) and
their transcripts (``conversation.item.input_audio_transcription.completed``).

End of the stream: after the last chunk the buffer is committed (``input_audio_buffer.commit``
with a known ``event_id``), so speech still open at the end (no silence after the last word) is
transcribed too. The server handles events in order, so the answer to that commit also tells that
every earlier append has been processed: either an ``input_audio_buffer.committed`` that no
``speech_stopped`` announced (our commit), or an ``error`` carrying our ``event_id`` (nothing, or
under 100 ms, was left to commit: the usual case after trailing silence, which VAD already
committed). It returns once that answer and every committed item's transcript (or ``...failed``)
have arrived, or raises :class:`~openai_realtime.errors.EventTimeoutError` after ``drain_timeout``
seconds.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import attrs
from openai_realtime_api.models.realtime_server_event_conversation_item_input_audio_transcription_completed import (
    RealtimeServerEventConversationItemInputAudioTranscriptionCompleted as TranscriptionCompleted,
)
from openai_realtime_api.models.realtime_server_event_conversation_item_input_audio_transcription_failed import (
    RealtimeServerEventConversationItemInputAudioTranscriptionFailed as TranscriptionFailed,
)
from openai_realtime_api.models.realtime_server_event_error import RealtimeServerEventError
from openai_realtime_api.models.realtime_server_event_input_audio_buffer_committed import (
    RealtimeServerEventInputAudioBufferCommitted,
)
from openai_realtime_api.models.realtime_server_event_input_audio_buffer_speech_started import (
    RealtimeServerEventInputAudioBufferSpeechStarted,
)
from openai_realtime_api.models.realtime_server_event_input_audio_buffer_speech_stopped import (
    RealtimeServerEventInputAudioBufferSpeechStopped,
)

from .errors import EventTimeoutError, ServerErrorEvent
from .session import RealtimeSession

__all__ = ["Segment", "TranscriptionResult", "stream_and_transcribe"]

BYTES_PER_MS = 48  # 24 kHz x 2 bytes (PCM16 mono) per millisecond


@attrs.define
class Segment:
    """One committed stretch of speech.

    Attributes:
        item_id: the conversation item the server created for it.
        start_ms, end_ms: ``audio_start_ms`` / ``audio_end_ms`` from the VAD events (ms from the
            start of the stream), or ``None`` when committed without VAD events.
        transcript: the completed transcript (``None`` until it arrives, or if it failed).
        error: the failure message of a ``...transcription.failed`` event.
    """

    item_id: str
    start_ms: int | None = None
    end_ms: int | None = None
    transcript: str | None = None
    error: str | None = None


@attrs.define
class TranscriptionResult:
    """What :func:`stream_and_transcribe` collected.

    Attributes:
        segments: committed segments in order.
        audio_ms: duration of the audio sent, in ms.
        elapsed_s: wall time from the first chunk to the last transcript, in seconds.
        events: number of server events received.
    """

    segments: list[Segment]
    audio_ms: float
    elapsed_s: float
    events: int


def _value(obj: Any, name: str) -> Any:
    value = getattr(obj, name, None)
    return None if value is None or type(value).__name__ == "Unset" else value


async def _send_paced(
    session: RealtimeSession,
    pcm: bytes,
    chunk_ms: int,
    speed: float,
    on_progress: Callable[[float], None] | None,
) -> None:
    chunk_bytes = chunk_ms * BYTES_PER_MS
    start = time.perf_counter()
    sent = 0
    view = memoryview(pcm)
    while sent < len(pcm):
        piece = view[sent : sent + chunk_bytes]
        await session.append_audio(piece)
        sent += len(piece)
        if on_progress is not None:
            on_progress(sent / BYTES_PER_MS)
        if speed > 0:
            due = start + sent / BYTES_PER_MS / 1000 / speed
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)


async def stream_and_transcribe(
    session: RealtimeSession,
    pcm: bytes,
    *,
    chunk_ms: int = 100,
    speed: float = 1.0,
    on_event: Callable[[Any], None] | None = None,
    on_progress: Callable[[float], None] | None = None,
    drain_timeout: float = 60.0,
) -> TranscriptionResult:
    """Stream ``pcm`` into ``session`` and collect the transcripts.

    Args:
        session: an open transcription (or conversation) session whose input format is
            24 kHz mono PCM16.
        pcm: the audio, 24 kHz mono PCM16 little-endian bytes.
        chunk_ms: audio per ``input_audio_buffer.append`` event, in ms.
        speed: pacing relative to real time (1.0 = real time, 4.0 = four times faster,
            0 = as fast as possible).
        on_event: called with every server event, in order (printing, logging).
        on_progress: called with the milliseconds of audio sent so far.
        drain_timeout: seconds to wait, after the last chunk, for the outstanding transcripts
            (60: the local server decodes speech on the CPU, slowly on a busy machine).

    Raises:
        EventTimeoutError: transcripts were still outstanding after ``drain_timeout``.
        ConnectionClosedError: the server closed the session.
        ServerErrorEvent: the server reported an error (other than an empty final commit).
    """
    if chunk_ms <= 0:
        raise ValueError("chunk_ms must be positive")
    if len(pcm) % 2:
        raise ValueError("pcm must be whole 16-bit samples (an even number of bytes)")
    segments: dict[str, Segment] = {}
    pending: set[str] = set()
    open_start: int | None = None
    open_end: int | None = None
    stopped_unmatched = False  # a speech_stopped whose committed has not arrived yet
    final_commit_id = f"evt_final_commit_{id(session):x}_{time.monotonic_ns():x}"
    awaiting_commit = False
    events = 0
    started = time.perf_counter()
    sender = asyncio.create_task(_send_paced(session, pcm, chunk_ms, speed, on_progress))
    drain_deadline: float | None = None
    try:
        while True:
            if sender.done():
                sender.result()  # re-raise a send failure here, at once
                if drain_deadline is None:
                    drain_deadline = time.perf_counter() + drain_timeout
                    await session.send(
                        {"type": "input_audio_buffer.commit", "event_id": final_commit_id}
                    )
                    awaiting_commit = True
                if not (pending or awaiting_commit):
                    break
                timeout = drain_deadline - time.perf_counter()
                if timeout <= 0:
                    raise EventTimeoutError(
                        f"{len(pending)} transcript(s) still outstanding {drain_timeout} s after "
                        "the audio ended"
                    )
            else:
                timeout = 0.05  # wake up regularly to notice the end (or failure) of sending
            try:
                event = await session.recv(timeout=timeout)
            except EventTimeoutError:
                continue
            events += 1
            if (
                isinstance(event, RealtimeServerEventError)
                and awaiting_commit
                and _value(event.error, "event_id") == final_commit_id
            ):
                awaiting_commit = False  # nothing (or < 100 ms) was left to commit
                continue  # the answer to our own probe, not news for the caller
            if on_event is not None:
                on_event(event)
            if isinstance(event, RealtimeServerEventInputAudioBufferSpeechStarted):
                open_start = _value(event, "audio_start_ms")
            elif isinstance(event, RealtimeServerEventInputAudioBufferSpeechStopped):
                open_end = _value(event, "audio_end_ms")
                stopped_unmatched = True
            elif isinstance(event, RealtimeServerEventInputAudioBufferCommitted):
                if stopped_unmatched:
                    stopped_unmatched = False  # committed by turn detection
                elif awaiting_commit:
                    awaiting_commit = False  # the answer to our final commit
                item_id = event.item_id
                segments[item_id] = Segment(item_id, open_start, open_end)
                pending.add(item_id)
                open_start = open_end = None
            elif isinstance(event, TranscriptionCompleted):
                segment = segments.setdefault(event.item_id, Segment(event.item_id))
                segment.transcript = event.transcript
                pending.discard(event.item_id)
            elif isinstance(event, TranscriptionFailed):
                segment = segments.setdefault(event.item_id, Segment(event.item_id))
                segment.error = _value(event.error, "message") or "transcription failed"
                pending.discard(event.item_id)
            elif isinstance(event, RealtimeServerEventError):
                raise ServerErrorEvent(event)
    finally:
        if not sender.done():
            sender.cancel()
            await asyncio.gather(sender, return_exceptions=True)
    return TranscriptionResult(
        segments=list(segments.values()),
        audio_ms=len(pcm) / BYTES_PER_MS,
        elapsed_s=time.perf_counter() - started,
        events=events,
    )
