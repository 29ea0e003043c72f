"""Live microphone input and speaker output for realtime sessions, with barge-in.

The Python equivalents of PSOpenAI's ``Start-/Stop-RealtimeSessionAudioInput`` and
``Start-/Stop-RealtimeSessionAudioOutput``, without their defects::

    async with connect_realtime_session("gpt-realtime") as session:
        await session.set_configuration(turn_detection=server_vad(), output_modalities=["audio"])
        async with AudioInput(session), AudioOutput(session):
            await session.run()          # events must be received for audio to play

* :class:`AudioInput` captures mono int16 audio from a microphone (24 kHz for ``audio/pcm``
  sessions; 8 kHz, G.711-encoded, for ``audio/pcmu``/``audio/pcma``) and appends it to the input
  buffer in ``chunk_ms`` chunks. The device callback runs on a PortAudio thread and only hands the
  bytes to the event loop (``loop.call_soon_threadsafe``); one sender task does every
  ``append_audio``, so sends are serialised with the session's other sends. The hand-over queue
  is bounded: see :class:`AudioInput` for the overflow policy. :meth:`AudioInput.stop` really
  stops the stream and the sender, and a failed send is never silent.
* :class:`AudioOutput` plays ``response.output_audio.delta`` audio as it arrives, counts per item
  the milliseconds the device actually consumed, and implements **barge-in**: when the server's
  VAD reports ``input_audio_buffer.speech_started`` it drops the queued audio at once and sends
  ``conversation.item.truncate`` with the milliseconds played, so the model's memory matches what
  the user heard.

Devices are opened through ``sounddevice`` (PortAudio), imported only when a stream is opened
without a ``stream_factory``; without it :class:`~openai_realtime.audio.MissingDependencyError`
says to install the ``[audio]`` extra. G.711 and resampling use numpy/soxr from the same extra.
Pass ``stream_factory`` to use anything else, e.g. a fake stream in tests: it is called with the
keyword arguments of ``sounddevice.RawInputStream``/``RawOutputStream`` (``samplerate`` in Hz,
``channels=1``, ``dtype="int16"``, ``blocksize`` in frames, ``device``, ``callback``) and returns
an object with ``start()``, ``stop()`` and ``close()`` (:class:`AudioStream`). The stream calls
``callback(buffer, frames, time, status)`` from any thread: for input ``buffer`` holds ``frames``
int16 samples (``2 * frames`` bytes); for output the callback fills the writable ``buffer``
(``2 * frames`` bytes) with the next samples.

Samples are native-endian int16 on the device side, i.e. little-endian PCM16 on every platform
PortAudio supports in practice. Handlers run where the session receives events (see
:meth:`RealtimeSession.on <openai_realtime.session.RealtimeSession.on>`): keep receiving
(``run``, ``recv``, iteration, ``wait_for``) or nothing is played and no barge-in happens.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol, Self

from .audio import (
    BYTES_PER_SAMPLE,
    INSTALL_HINT,
    MissingDependencyError,
    StreamingResampler,
    decode_realtime_audio,
    encode_realtime_audio,
)
from .audio_formats import RealtimeAudioFormat, audio_format_rate, normalize_audio_format
from .errors import RealtimeError
from .output_audio import OutputAudioItem, OutputAudioTracker, event_payload, session_audio_format
from .playback import PlaybackTracker

if TYPE_CHECKING:
    from .session import RealtimeSession

__all__ = [
    "AudioDeviceError",
    "AudioInput",
    "AudioOutput",
    "AudioStream",
    "StreamCallback",
    "StreamFactory",
    "Truncation",
    "default_input_stream",
    "default_output_stream",
]

logger = logging.getLogger("openai_realtime.devices")

#: ``callback(buffer, frames, time, status)``, as sounddevice calls it for raw streams.
StreamCallback = Callable[[Any, int, Any, Any], None]
#: What a failure is reported to: ``on_error(exception)``.
ErrorCallback = Callable[[BaseException], None]


class AudioStream(Protocol):
    """The part of a ``sounddevice`` raw stream that :class:`AudioInput`/:class:`AudioOutput`
    use. ``start``/``stop``/``close`` may block briefly; they are called in a worker thread."""

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def close(self) -> None: ...


class StreamFactory(Protocol):
    """Opens a stream; called with keyword arguments only (see the module docstring)."""

    def __call__(
        self,
        *,
        samplerate: int,
        channels: int,
        dtype: str,
        blocksize: int,
        device: Any,
        callback: StreamCallback,
    ) -> AudioStream: ...


class AudioDeviceError(RealtimeError):
    """An audio device could not be opened, started, stopped or closed (the message quotes
    PortAudio's or the stream factory's reason; the original exception is the ``__cause__``)."""


def _sounddevice() -> Any:
    try:
        import sounddevice
    except ImportError as exc:
        raise MissingDependencyError(
            "sounddevice is not installed; microphone and speaker streams need the [audio] "
            f"extra: {INSTALL_HINT} (or pip install sounddevice)",
            name="sounddevice",
        ) from exc
    except OSError as exc:  # sounddevice without a loadable PortAudio library
        raise MissingDependencyError(
            f"sounddevice cannot load the PortAudio library ({exc}); install PortAudio "
            f"(e.g. apt install libportaudio2) and the [audio] extra: {INSTALL_HINT}",
            name="sounddevice",
        ) from exc
    return sounddevice


class _SoundDeviceStream:
    """A default :class:`StreamFactory`: opens a ``sounddevice`` raw stream of one kind.

    Raises (when called):
        MissingDependencyError: sounddevice or PortAudio is missing.
        sounddevice.PortAudioError: the device cannot be opened with these settings.
    """

    def __init__(self, kind: Literal["RawInputStream", "RawOutputStream"]) -> None:
        self.kind = kind

    def __repr__(self) -> str:
        return f"<default sounddevice.{self.kind} factory>"

    def __call__(self, **options: Any) -> AudioStream:
        """Open the stream with :class:`StreamFactory`'s keyword arguments."""
        stream: AudioStream = getattr(_sounddevice(), self.kind)(**options)
        return stream


#: Opens a ``sounddevice.RawInputStream`` (the default input :class:`StreamFactory`).
default_input_stream: Final[StreamFactory] = _SoundDeviceStream("RawInputStream")
#: Opens a ``sounddevice.RawOutputStream`` (the default output :class:`StreamFactory`).
default_output_stream: Final[StreamFactory] = _SoundDeviceStream("RawOutputStream")


class _Device:
    """What :class:`AudioInput` and :class:`AudioOutput` share: their device, format and
    error state, the start checks, and ``async with`` (:meth:`start` on entry, stop on exit;
    when the block raised, the stop is the one after a failure and its own error is logged,
    not raised over the exception already propagating)."""

    def __init__(
        self,
        what: Literal["input", "output"],
        session: RealtimeSession,
        *,
        device: Any,
        format: str | None,
        device_rate: int | None,
        factory: StreamFactory,
        on_error: ErrorCallback | None,
    ) -> None:
        if device_rate is not None and (not isinstance(device_rate, int) or device_rate <= 0):
            raise ValueError(f"device_rate must be a positive number of Hz; got {device_rate!r}")
        self._what: Literal["input", "output"] = what
        self._session = session
        self._device = device
        self._format_arg = None if format is None else normalize_audio_format(format)
        self._device_rate = device_rate
        self._factory = factory
        self._on_error = on_error
        self.format: RealtimeAudioFormat = self._format_arg or "audio/pcm"
        self.sample_rate = device_rate or audio_format_rate(self.format)
        self.device_status_count = 0
        self.error: BaseException | None = None
        self._error_delivered = False
        self._stream: AudioStream | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _begin_start(self) -> int:
        """The common start: refuse a second start, take the format (given, else the
        session's), set the device rate, reset the error; returns the format's rate (Hz)."""
        if self._stream is not None:
            raise RuntimeError(f"this {type(self).__name__} is already started")
        self.format = session_audio_format(self._session, self._what, self._format_arg)
        wire_rate = audio_format_rate(self.format)
        self.sample_rate = self._device_rate or wire_rate
        self.error = None
        self._error_delivered = False
        self._loop = asyncio.get_running_loop()
        return wire_rate

    def _raise_failures(self, device_error: BaseException | None) -> None:
        """At the end of a stop: raise the device callback's error (unless ``on_error`` got
        it), else the stream's failure to stop or close."""
        if self.error is not None and not self._error_delivered:
            self._error_delivered = True
            raise self.error
        if device_error is not None:
            raise device_error

    async def start(self) -> None:
        raise NotImplementedError

    async def _stop(self, *, failed: bool) -> None:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, exc_type: object, exc: BaseException | None, tb: object) -> None:
        if exc is None:
            await self._stop(failed=False)
            return
        try:
            await self._stop(failed=True)
        except Exception as stop_error:
            logger.error("audio %s: %s (while handling %r)", self._what, stop_error, exc)


def _open(
    factory: StreamFactory, what: str, *, rate: int, blocksize: int, device: Any, callback: Any
) -> AudioStream:
    try:
        return factory(
            samplerate=rate,
            channels=1,
            dtype="int16",
            blocksize=blocksize,
            device=device,
            callback=callback,
        )
    except MissingDependencyError:
        raise
    except Exception as exc:
        raise AudioDeviceError(
            f"cannot open the audio {what} stream (device {device!r}, {rate} Hz, mono int16): {exc}"
        ) from exc


async def _call_stream(stream: AudioStream, action: str, what: str) -> None:
    """Run ``stream.<action>()`` in a worker thread; wrap failures in AudioDeviceError."""
    try:
        await asyncio.to_thread(getattr(stream, action))
    except Exception as exc:
        raise AudioDeviceError(f"cannot {action} the audio {what} stream: {exc}") from exc


async def _shut(stream: AudioStream | None, what: str) -> BaseException | None:
    """Stop and close ``stream``; return the first failure instead of raising it."""
    if stream is None:
        return None
    failure: BaseException | None = None
    for action in ("stop", "close"):
        try:
            await _call_stream(stream, action, what)
        except AudioDeviceError as exc:
            logger.warning("%s", exc)
            failure = failure or exc
    return failure


def _report(on_error: ErrorCallback | None, exc: BaseException) -> bool:
    """Give ``exc`` to ``on_error``; return whether it was delivered."""
    if on_error is None:
        return False
    try:
        on_error(exc)
    except Exception:
        logger.exception("the on_error callback failed")
    return True


# ------------------------------------------------------------------------------------- input

_WARN_EVERY_S = 5.0  # seconds between two queue-overflow warnings
_STOP = None  # sentinel in the sender queue: send what came before, then exit


class AudioInput(_Device):
    """Stream a microphone into a session's input audio buffer (``input_audio_buffer.append``).

    Args:
        session: an open :class:`~openai_realtime.session.RealtimeSession` (conversation,
            transcription or translation).
        device: the input device (a sounddevice index or name substring); ``None`` is the
            system default.
        chunk_ms: milliseconds of audio per device callback and per queued chunk (the
            ``blocksize`` is ``rate * chunk_ms / 1000`` frames). 100 ms by default; PSOpenAI
            sends about 341 ms.
        format: the session's input format (``"audio/pcm"``, ``"audio/pcmu"``,
            ``"audio/pcma"``); ``None`` reads it from the session when :meth:`start` is called
            (from the server's latest ``session.*`` event, else from the configuration sent,
            else ``audio/pcm``). It is fixed while running: PCM is captured at 24000 Hz, G.711 at
            8000 Hz and encoded before sending.
        device_rate: capture at this rate in Hz instead (e.g. 48000 for a device that does not
            offer 24000 or 8000 Hz); the audio is resampled to the format's rate (soxr, the
            ``[audio]`` extra) before it is sent.
        max_queued_chunks: bound of the hand-over queue between the device thread and the
            sender, in chunks (default 50, i.e. 5 s at 100 ms chunks).
        stream_factory: opens the input stream (:class:`StreamFactory`); default
            :func:`default_input_stream` (sounddevice).
        on_error: called with the exception if sending fails (e.g. the connection closed);
            when given, :meth:`stop` does not raise that exception again.

    **Overflow policy.** If the sender falls behind (slow network, a stalled event loop), the
    queue keeps the newest ``max_queued_chunks`` chunks and **drops the oldest**: a live
    conversation wants the latest audio and a bounded delay, not an ever-growing backlog.
    Every dropped chunk is counted (:attr:`dropped_chunks`, :attr:`dropped_ms`); the first drop
    is logged as a warning, then at most one warning every 5 s. Should the event loop stall so
    long that ``max_queued_chunks`` hand-overs are still pending, further chunks are dropped in
    the device thread and counted the same way, so memory stays bounded in every case. When
    the sender catches up it sends the queued chunks together in one append (at most 1 s each).

    **Errors.** A failed send stops capturing (the stream is stopped); the exception is kept in
    :attr:`error`, passed to ``on_error`` if given, and otherwise raised by :meth:`stop` (and by
    ``async with``'s exit). Device errors raise :class:`AudioDeviceError` from :meth:`start` or
    :meth:`stop`.

    Attributes:
        sample_rate: capture rate in Hz (set by :meth:`start`): ``device_rate``, or the
            format's rate (24000 or 8000 Hz).
        format: the input format being sent (set by :meth:`start`).
        chunks_captured: device buffers received.
        appends_sent: ``input_audio_buffer.append`` events sent.
        bytes_sent: audio bytes sent (in the wire format: 2 a sample for PCM, 1 for G.711).
        dropped_chunks: chunks dropped by the overflow policy.
        dropped_ms: milliseconds of audio dropped by the overflow policy.
        device_status_count: callbacks that reported a PortAudio status (e.g. input overflow,
            i.e. samples lost inside the device driver).
        error: the exception that stopped the sender, or ``None``.
    """

    def __init__(
        self,
        session: RealtimeSession,
        *,
        device: Any = None,
        chunk_ms: int = 100,
        format: str | None = None,
        device_rate: int | None = None,
        max_queued_chunks: int = 50,
        stream_factory: StreamFactory | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        if not isinstance(chunk_ms, int) or chunk_ms <= 0:
            raise ValueError(f"chunk_ms must be a positive number of milliseconds; got {chunk_ms}")
        super().__init__(
            "input", session, device=device, format=format, device_rate=device_rate,
            factory=stream_factory or default_input_stream, on_error=on_error,
        )  # fmt: skip
        if not isinstance(max_queued_chunks, int) or max_queued_chunks < 1:
            raise ValueError(f"max_queued_chunks must be at least 1; got {max_queued_chunks}")
        self.chunk_ms = chunk_ms
        self.max_queued_chunks = max_queued_chunks
        self.chunks_captured = 0
        self.appends_sent = 0
        self.bytes_sent = 0
        self.dropped_chunks = 0
        self.dropped_ms = 0.0
        self._lock = threading.Lock()
        self._queue: asyncio.Queue[bytes | None] | None = None
        self._sender: asyncio.Task[None] | None = None
        self._capturing = False  # the device callback hands data over
        self._accepting = False  # hand-overs go into the queue
        self._in_flight = 0  # hand-overs scheduled on the loop, not yet run
        self._last_warning: float | None = None  # time.monotonic() of the last drop warning
        self._halt: asyncio.Task[None] | None = None  # stops the stream after a send failure
        self._resampler: StreamingResampler | None = None

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"<AudioInput {state} {self.format} {self.sample_rate} Hz, {self.chunk_ms} ms>"

    @property
    def running(self) -> bool:
        """``True`` between :meth:`start` and :meth:`stop` while the sender is alive."""
        return self._sender is not None and not self._sender.done()

    @property
    def queued_chunks(self) -> int:
        """Chunks captured and not yet sent."""
        return self._queue.qsize() if self._queue is not None else 0

    async def start(self) -> None:
        """Open and start the input stream and the sender task.

        Raises:
            RuntimeError: already started.
            MissingDependencyError: no ``stream_factory`` and sounddevice/PortAudio is missing.
            AudioDeviceError: the device cannot be opened or started.
        """
        wire_rate = self._begin_start()
        self._resampler = (
            StreamingResampler(self.sample_rate, wire_rate)
            if self.sample_rate != wire_rate
            else None
        )
        self._queue = asyncio.Queue()
        blocksize = max(1, self.sample_rate * self.chunk_ms // 1000)
        self._stream = _open(
            self._factory,
            "input",
            rate=self.sample_rate,
            blocksize=blocksize,
            device=self._device,
            callback=self._callback,
        )
        self._accepting = True
        self._capturing = True
        self._sender = asyncio.create_task(self._send_loop(), name="openai-realtime-audio-input")
        try:
            await _call_stream(self._stream, "start", "input")
        except BaseException:
            with contextlib.suppress(Exception):
                await self.stop(drain=False)
            raise

    # --- device thread ----------------------------------------------------------------

    def _callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        """Runs on the device thread: copy the buffer and hand it to the event loop."""
        if status:
            with self._lock:
                self.device_status_count += 1
        if not self._capturing:
            return
        data = bytes(indata)
        loop = self._loop
        with self._lock:
            self.chunks_captured += 1
            if self._in_flight >= self.max_queued_chunks:
                self._count_drop(len(data))
                return
            self._in_flight += 1
        try:
            assert loop is not None
            loop.call_soon_threadsafe(self._enqueue, data)
        except RuntimeError:  # the loop is closed: nobody will send this
            with self._lock:
                self._in_flight -= 1

    def _count_drop(self, n_bytes: int) -> None:
        """Count one dropped chunk (call with the lock held); warn at most every 5 s."""
        self.dropped_chunks += 1
        self.dropped_ms += n_bytes / BYTES_PER_SAMPLE * 1000 / self.sample_rate
        now = time.monotonic()
        if self._last_warning is None or now - self._last_warning >= _WARN_EVERY_S:
            self._last_warning = now
            logger.warning(
                "audio input queue full (%d chunks of %d ms): dropping the oldest audio "
                "(%d chunks, %.0f ms dropped so far)",
                self.max_queued_chunks,
                self.chunk_ms,
                self.dropped_chunks,
                self.dropped_ms,
            )

    # --- event loop -------------------------------------------------------------------

    def _enqueue(self, data: bytes) -> None:
        with self._lock:
            self._in_flight -= 1
        queue = self._queue
        if not self._accepting or queue is None:
            return
        if queue.qsize() >= self.max_queued_chunks:
            oldest = queue.get_nowait()
            with self._lock:
                self._count_drop(len(oldest or b""))
        queue.put_nowait(data)

    async def _send_loop(self) -> None:
        queue = self._queue
        assert queue is not None
        batch_limit = self.sample_rate * BYTES_PER_SAMPLE  # 1 s of captured audio
        try:
            while True:
                item = await queue.get()
                parts: list[bytes] = []
                size = 0
                while item is not _STOP:
                    parts.append(item)
                    size += len(item)
                    if size >= batch_limit or queue.empty():
                        break
                    item = queue.get_nowait()
                stop = item is _STOP
                payload = b"".join(parts)
                if self._resampler is not None:
                    payload = self._resampler.process(payload, last=stop)
                if payload:
                    payload = encode_realtime_audio(payload, self.format)
                    await self._session.append_audio(payload)
                    self.appends_sent += 1
                    self.bytes_sent += len(payload)
                if stop:
                    return
        except Exception as exc:
            self._fail(exc)

    def _fail(self, exc: BaseException) -> None:
        self.error = exc
        self._capturing = False
        self._accepting = False
        logger.error("audio input stopped: sending failed: %s", exc)
        self._error_delivered = _report(self._on_error, exc)
        stream = self._stream
        if stream is not None:  # stop capturing now, not only at stop()
            self._halt = asyncio.get_running_loop().create_task(
                _stop_quietly(stream), name="openai-realtime-audio-input-halt"
            )

    async def stop(self, *, drain: bool = True, timeout: float | None = 5.0) -> None:
        """Stop and close the stream, then the sender; safe to call twice.

        Args:
            drain: send the audio captured before the stream stopped (default); ``False``
                discards it.
            timeout: seconds to wait for the drain; the sender is cancelled after that.

        Raises:
            Exception: the error that stopped the sender (e.g.
                :class:`~openai_realtime.errors.ConnectionClosedError`), unless ``on_error``
                received it; raised once.
            AudioDeviceError: the stream failed to stop or close.
        """
        self._capturing = False
        halt, self._halt = self._halt, None
        if halt is not None:
            await halt
        stream, self._stream = self._stream, None
        device_error = await _shut(stream, "input")
        # Hand-overs scheduled before the stream stopped are already in the loop's ready queue.
        for _ in range(100):
            if not self._in_flight:
                break
            await asyncio.sleep(0)
        sender, self._sender = self._sender, None
        if sender is not None and not sender.done():
            if drain and self._queue is not None:
                self._queue.put_nowait(_STOP)
                self._accepting = False  # nothing may come after the sentinel
                try:
                    await asyncio.wait_for(asyncio.shield(sender), timeout)
                except TimeoutError:
                    logger.warning("audio input: drain took longer than %s s; cancelled", timeout)
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sender
        self._accepting = False
        self._queue = None
        self._raise_failures(device_error)

    async def _stop(self, *, failed: bool) -> None:
        await self.stop(drain=not failed)


async def _stop_quietly(stream: AudioStream) -> None:
    """Stop (not close) a stream after a failure; :meth:`AudioInput.stop` closes it."""
    try:
        await asyncio.to_thread(stream.stop)
    except Exception as exc:
        logger.warning("cannot stop the audio input stream: %s", exc)


# ------------------------------------------------------------------------------------ output


@dataclass(frozen=True)
class Truncation:
    """One ``conversation.item.truncate`` sent by :class:`AudioOutput` after a barge-in.

    Attributes:
        item_id: the assistant item truncated.
        content_index: its audio content part.
        audio_end_ms: milliseconds of its audio the device had played (sent to the server).
        dropped_ms: milliseconds of its audio that were queued and dropped unplayed.
    """

    item_id: str
    content_index: int
    audio_end_ms: int
    dropped_ms: float


class _Segment:
    __slots__ = ("data", "item_id", "offset")

    def __init__(self, item_id: str, data: bytes) -> None:
        self.item_id = item_id
        self.data = data
        self.offset = 0


class AudioOutput(_Device):
    """Play a session's output audio on a speaker as it arrives, with barge-in.

    Args:
        session: an open conversation :class:`~openai_realtime.session.RealtimeSession`.
        device: the output device (a sounddevice index or name substring); ``None`` is the
            system default.
        format: the output format; ``None`` reads it from the session when :meth:`start` is
            called. The device plays mono int16 at that format's rate (24000 Hz for
            ``audio/pcm``, 8000 Hz for G.711, decoded; a device that offers neither needs
            ``device_rate``); audio of a response or session that later uses another format is
            decoded and resampled to the device rate (soxr).
        device_rate: play at this rate in Hz instead (e.g. 48000 for a device that does not
            offer 24000 or 8000 Hz); all audio is resampled to it (soxr).
        blocksize_ms: milliseconds per device callback (default 20): how soon a barge-in
            silences the output, plus the device's own latency.
        barge_in: on ``input_audio_buffer.speech_started``, call :meth:`interrupt` (default).
        cancel_response: :meth:`interrupt` also sends ``response.cancel`` when a response is
            active. Off by default: with server VAD's ``interrupt_response`` (on by default) the
            server cancels by itself, and a second cancel earns an ``error`` event.
        stream_factory: opens the output stream (:class:`StreamFactory`); default
            :func:`default_output_stream` (sounddevice).
        on_error: called with an exception raised inside the device callback (which then plays
            silence); when given, :meth:`stop` does not raise it again.

    **Played time.** Per item, :meth:`played_ms` counts the samples the device callback took
    from the buffer (floor, in ms at the device rate). It does not subtract the device's output
    latency (typically 5-50 ms): that audio is committed to the device and is heard.

    **Barge-in** (:meth:`interrupt`): the queued audio is dropped (the next device callback
    plays silence), audio still arriving for the interrupted responses is ignored, and for every
    item that was cut short - audio dropped, or still streaming - ``conversation.item.truncate``
    is sent with ``audio_end_ms`` = the milliseconds played (never more than received), so the
    model's memory of its answer matches what the user heard. An item that had finished and
    was played completely is not truncated.

    **Errors.** The handlers run in the task that receives events, so a malformed delta
    (``ValueError``) or a failed truncate (``ConnectionClosedError``) raises from the session's
    ``recv``/``run``/``wait_for``. An exception inside the device callback is kept in
    :attr:`error`, given to ``on_error``, else raised by :meth:`stop`.

    Attributes:
        sample_rate: device rate in Hz (set by :meth:`start`): ``device_rate``, or the
            format's rate (24000 or 8000 Hz).
        format: the device-side format (set by :meth:`start`).
        truncations: every :class:`Truncation` sent, in order.
        playback: the :class:`~openai_realtime.playback.PlaybackTracker` the device callback
            feeds (milliseconds handed to the device per item); it decides where
            :meth:`interrupt` truncates (played, clamped to received; nothing when nothing of
            an item was played).
        ignored_ms: milliseconds of audio ignored because its response had been interrupted.
        device_status_count: callbacks that reported a PortAudio status (e.g. an underflow).
        error: an exception raised in the device callback, or ``None``.
    """

    def __init__(
        self,
        session: RealtimeSession,
        *,
        device: Any = None,
        format: str | None = None,
        device_rate: int | None = None,
        blocksize_ms: int = 20,
        barge_in: bool = True,
        cancel_response: bool = False,
        stream_factory: StreamFactory | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        super().__init__(
            "output", session, device=device, format=format, device_rate=device_rate,
            factory=stream_factory or default_output_stream, on_error=on_error,
        )  # fmt: skip
        if not isinstance(blocksize_ms, int) or blocksize_ms <= 0:
            raise ValueError(f"blocksize_ms must be a positive number of ms; got {blocksize_ms}")
        self.blocksize_ms = blocksize_ms
        self.barge_in = barge_in
        self.cancel_response = cancel_response
        self.truncations: list[Truncation] = []
        self.playback = PlaybackTracker()
        self.ignored_ms = 0.0
        self._registered: list[tuple[str, Callable[[Any], Any]]] = []
        # loop-side state: formats and items (received_bytes counts the audio queued to play)
        self._tracker = OutputAudioTracker()
        self._items: dict[str, OutputAudioItem] = self._tracker.items
        self._odd: dict[str, bytes] = {}  # half a PCM16 sample carried to the item's next delta
        self._resamplers: dict[str, StreamingResampler] = {}
        self._active_responses: set[str] = set()
        self._interrupted_responses: set[str] = set()
        self._interrupted_items: set[str] = set()
        self._idle = asyncio.Event()
        self._idle.set()
        # shared with the device thread (under _lock)
        self._lock = threading.Lock()
        self._segments: deque[_Segment] = deque()
        self._queued_bytes = 0
        self._played: dict[str, int] = {}  # item id -> samples consumed at the device rate
        self._current: str | None = None

    def __repr__(self) -> str:
        state = "playing" if self._stream is not None else "stopped"
        return f"<AudioOutput {state} {self.sample_rate} Hz, {self.buffered_ms:.0f} ms queued>"

    # --- public state -----------------------------------------------------------------

    @property
    def running(self) -> bool:
        """``True`` between :meth:`start` and :meth:`stop`."""
        return self._stream is not None

    @property
    def buffered_ms(self) -> float:
        """Milliseconds of audio queued and not yet played."""
        with self._lock:
            return self._queued_bytes / BYTES_PER_SAMPLE * 1000 / self.sample_rate

    @property
    def current_item(self) -> str | None:
        """The item whose audio the device played last (``None`` before any)."""
        with self._lock:
            return self._current

    def played_ms(self, item_id: str) -> int:
        """Milliseconds of ``item_id``'s audio the device has consumed (0 for an unknown id)."""
        with self._lock:
            samples = self._played.get(item_id, 0)
        return samples * 1000 // self.sample_rate

    @property
    def played(self) -> dict[str, int]:
        """Milliseconds played per item id, in the order the items started playing."""
        with self._lock:
            played = dict(self._played)
        return {item: n * 1000 // self.sample_rate for item, n in played.items()}

    def received_ms(self, item_id: str) -> float:
        """Milliseconds of ``item_id``'s audio received so far (0 for an unknown id)."""
        item = self._items.get(item_id)
        return item.received_ms if item is not None else 0.0

    # --- lifecycle --------------------------------------------------------------------

    async def start(self) -> None:
        """Open and start the output stream, then register the session handlers.

        Raises:
            RuntimeError: already started.
            MissingDependencyError: no ``stream_factory`` and sounddevice/PortAudio is missing.
            AudioDeviceError: the device cannot be opened or started.
        """
        self._begin_start()
        # what deltas are in until a session.* or response.created event says otherwise
        self._tracker.set_session_format(self.format)
        stream = _open(
            self._factory,
            "output",
            rate=self.sample_rate,
            blocksize=max(1, self.sample_rate * self.blocksize_ms // 1000),
            device=self._device,
            callback=self._callback,
        )
        try:
            await _call_stream(stream, "start", "output")
        except BaseException:
            await _shut(stream, "output")
            raise
        self._stream = stream
        handlers: dict[str, Callable[[Any], Any]] = {
            "response.output_audio.delta": self._on_delta,
            "response.output_audio.done": self._on_audio_done,
            "response.created": self._on_response_created,
            "response.done": self._on_response_done,
            "session.created": self._on_session,
            "session.updated": self._on_session,
            "input_audio_buffer.speech_started": self._on_speech_started,
        }
        for event_type, handler in handlers.items():
            self._session.on(event_type, handler)
            self._registered.append((event_type, handler))

    async def stop(self) -> None:
        """Unregister the handlers, drop the queued audio, stop and close the stream; safe to
        call twice. Sends nothing (use :meth:`interrupt` first to truncate).

        Raises:
            Exception: an error raised in the device callback, unless ``on_error`` got it.
            AudioDeviceError: the stream failed to stop or close.
        """
        for event_type, handler in self._registered:
            self._session.off(event_type, handler)
        self._registered.clear()
        self.clear()
        stream, self._stream = self._stream, None
        self._raise_failures(await _shut(stream, "output"))

    async def _stop(self, *, failed: bool) -> None:
        await self.stop()

    async def wait_played(self, timeout: float | None = None) -> None:
        """Wait until every queued sample has been handed to the device.

        Raises:
            TimeoutError: still playing after ``timeout`` seconds.
        """
        async with asyncio.timeout(timeout):
            await self._idle.wait()

    def clear(self) -> float:
        """Drop the queued audio without telling the server; return the milliseconds dropped."""
        with self._lock:
            dropped = self._queued_bytes
            self._segments.clear()
            self._queued_bytes = 0
        self._idle.set()
        return dropped / BYTES_PER_SAMPLE * 1000 / self.sample_rate

    async def interrupt(self) -> list[Truncation]:
        """Barge-in: stop playback now, drop the queued audio, and truncate what was cut short.

        Sends ``response.cancel`` first when ``cancel_response`` is set and a response is
        active, then one ``conversation.item.truncate`` per interrupted item (see the class
        docstring). Audio arriving later for the interrupted responses is ignored.

        Returns:
            The truncations sent (also appended to :attr:`truncations`); empty when nothing was
            playing.

        Raises:
            ConnectionClosedError: the session is closed.
        """
        with self._lock:
            dropped: dict[str, int] = {}
            for segment in self._segments:
                remaining = len(segment.data) - segment.offset
                dropped[segment.item_id] = dropped.get(segment.item_id, 0) + remaining
            self._segments.clear()
            self._queued_bytes = 0
            played = dict(self._played)
        self._idle.set()
        cut = [
            item
            for item in self._items.values()
            if item.item_id not in self._interrupted_items
            and (item.item_id in dropped or (not item.done and item.received_samples > 0))
        ]
        for item in cut:
            self._interrupted_items.add(item.item_id)
            if item.response_id is not None:
                self._interrupted_responses.add(item.response_id)
        if self.cancel_response and self._active_responses:
            self._interrupted_responses.update(self._active_responses)
            await self._session.stop_response()
        sent: list[Truncation] = []
        mirror = getattr(self._session, "conversation", None)
        for item in cut:
            played_ms = played.get(item.item_id, 0) * 1000 // self.sample_rate
            self.playback.set_played(item.item_id, played_ms, item.content_index)
            if mirror is not None:
                mirror.set_played(item.item_id, played_ms)
            point = self.playback.truncation(
                item.item_id, item.received_ms, content_index=item.content_index
            )
            if point is None:  # nothing of it was played: the API refuses to cut at 0
                continue
            if (
                mirror is not None
                and mirror.get(item.item_id)
                and not mirror.truncatable(item.item_id)
            ):
                continue  # a handoff re-created it as text: nothing to truncate there
            end_ms = point.audio_end_ms
            truncation = Truncation(
                item_id=item.item_id,
                content_index=item.content_index,
                audio_end_ms=end_ms,
                dropped_ms=dropped.get(item.item_id, 0)
                / BYTES_PER_SAMPLE
                * 1000
                / self.sample_rate,
            )
            await self._session.truncate_item(
                item.item_id, end_ms, content_index=item.content_index
            )
            self.truncations.append(truncation)
            sent.append(truncation)
            logger.info(
                "barge-in: truncated %s at %d ms (%.0f ms dropped)",
                item.item_id,
                end_ms,
                truncation.dropped_ms,
            )
        return sent

    # --- session handlers (event loop) ------------------------------------------------

    def _on_session(self, event: Any) -> None:
        self._tracker.observe(event)

    def _on_response_created(self, event: Any) -> None:
        self._tracker.observe(event)
        response = event_payload(event, "response")
        if isinstance(response, Mapping) and isinstance(response.get("id"), str):
            self._active_responses.add(response["id"])

    def _on_response_done(self, event: Any) -> None:
        response = event_payload(event, "response")
        if isinstance(response, Mapping):
            self._active_responses.discard(str(response.get("id")))

    def _on_delta(self, event: Any) -> None:
        item, raw = self._tracker.delta(event)
        item_id = item.item_id
        if item_id in self._interrupted_items or (
            item.response_id is not None and item.response_id in self._interrupted_responses
        ):
            size = len(raw) if item.format != "audio/pcm" else len(raw) // BYTES_PER_SAMPLE
            self.ignored_ms += size * 1000 / item.rate
            return
        item.received_bytes += len(raw)
        if item.format == "audio/pcm":
            raw = self._odd.pop(item_id, b"") + raw
            cut = len(raw) - len(raw) % BYTES_PER_SAMPLE
            if cut < len(raw):
                raw, self._odd[item_id] = raw[:cut], raw[cut:]
        pcm = decode_realtime_audio(raw, item.format)
        if item.rate != self.sample_rate:
            resampler = self._resamplers.get(item_id)
            if resampler is None:
                resampler = self._resamplers[item_id] = StreamingResampler(
                    item.rate, self.sample_rate
                )
            pcm = resampler.process(pcm)
        self._queue(item_id, pcm)

    def _on_audio_done(self, event: Any) -> None:
        item = self._tracker.done(event)
        if item is None:
            return
        resampler = self._resamplers.pop(item.item_id, None)
        if resampler is not None and item.item_id not in self._interrupted_items:
            self._queue(item.item_id, resampler.process(b"", last=True))

    def _queue(self, item_id: str, pcm: bytes) -> None:
        if not pcm or self._stream is None:
            return
        with self._lock:
            self._segments.append(_Segment(item_id, pcm))
            self._queued_bytes += len(pcm)
        self._idle.clear()

    async def _on_speech_started(self, event: Any) -> None:
        if self.barge_in:
            await self.interrupt()

    # --- device thread ----------------------------------------------------------------

    def _callback(self, outdata: Any, frames: int, time_info: Any, status: Any) -> None:
        """Runs on the device thread: fill ``outdata`` with the next ``frames`` samples."""
        need = frames * BYTES_PER_SAMPLE
        try:
            parts: list[bytes | memoryview] = []
            got = 0
            with self._lock:
                if status:
                    self.device_status_count += 1
                while got < need and self._segments:
                    segment = self._segments[0]
                    take = min(need - got, len(segment.data) - segment.offset)
                    parts.append(memoryview(segment.data)[segment.offset : segment.offset + take])
                    segment.offset += take
                    got += take
                    self._played[segment.item_id] = (
                        self._played.get(segment.item_id, 0) + take // BYTES_PER_SAMPLE
                    )
                    self.playback.add_played(
                        segment.item_id, take // BYTES_PER_SAMPLE * 1000 / self.sample_rate
                    )
                    self._current = segment.item_id
                    if segment.offset >= len(segment.data):
                        self._segments.popleft()
                self._queued_bytes -= got
                drained = got > 0 and not self._segments
            if got < need:
                parts.append(bytes(need - got))
            outdata[:] = b"".join(parts)
            if drained and self._loop is not None:
                with contextlib.suppress(RuntimeError):
                    self._loop.call_soon_threadsafe(self._set_idle)
        except Exception as exc:
            self._callback_failed(exc, outdata, need)

    def _set_idle(self) -> None:
        with self._lock:
            empty = not self._segments
        if empty:
            self._idle.set()

    def _callback_failed(self, exc: BaseException, outdata: Any, need: int) -> None:
        with contextlib.suppress(Exception):
            outdata[:] = bytes(need)
        if self.error is None:
            self.error = exc
            logger.error("audio output callback failed: %s", exc)
            loop = self._loop
            if loop is not None and self._on_error is not None:
                self._error_delivered = True
                with contextlib.suppress(RuntimeError):
                    loop.call_soon_threadsafe(_report, self._on_error, exc)
