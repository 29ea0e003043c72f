"""AudioInput / AudioOutput with fake device streams (no PortAudio, no sound card): capture
reaches the local server byte for byte and trips its VAD, the hand-over queue's overflow policy,
errors that surface, playback accounting, and barge-in truncating at the milliseconds played."""

from __future__ import annotations

import asyncio
import base64
import inspect
import sys
import threading
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from conftest import Observed
from openai_realtime import ConnectionClosedError, RealtimeSession, connect_realtime_session
from openai_realtime.audio import (
    MissingDependencyError,
    decode_g711_ulaw,
    encode_g711_alaw,
    encode_g711_ulaw,
)
from openai_realtime.devices import AudioDeviceError, AudioInput, AudioOutput, Truncation
from openai_realtime.protocol import server_vad
from openai_realtime.server import LocalRealtimeServer

KEY = "sk-devices-KNOWN-5"
RESPONSE_MS = 1000  # the server's spoken reply: ten 100 ms deltas


# ------------------------------------------------------------------------------ fake streams


class FakeStream:
    """Stands in for sounddevice's RawInputStream/RawOutputStream: records how it was opened
    and driven; the test calls the callback as PortAudio would."""

    def __init__(self, **kwargs: Any) -> None:
        self.kwargs = kwargs
        self.callback: Callable[[Any, int, Any, Any], None] = kwargs["callback"]
        self.calls: list[str] = []

    def start(self) -> None:
        self.calls.append("start")

    def stop(self) -> None:
        self.calls.append("stop")

    def close(self) -> None:
        self.calls.append("close")

    @property
    def rate(self) -> int:
        return int(self.kwargs["samplerate"])

    # input side: the device delivers a buffer of captured int16 samples
    def push(self, pcm: bytes, status: Any = None) -> None:
        self.callback(pcm, len(pcm) // 2, None, status)

    # output side: the device asks for `frames` samples to play
    def pull(self, frames: int) -> bytes:
        buffer = bytearray(frames * 2)
        self.callback(buffer, frames, None, None)
        return bytes(buffer)

    def pull_ms(self, ms: int, block_ms: int = 10) -> bytes:
        """Play ``ms`` milliseconds in device blocks of ``block_ms``."""
        frames = self.rate * block_ms // 1000
        return b"".join(self.pull(frames) for _ in range(ms // block_ms))


class Factory:
    """A stream_factory that keeps the streams it made."""

    def __init__(self) -> None:
        self.streams: list[FakeStream] = []

    def __call__(self, **kwargs: Any) -> FakeStream:
        stream = FakeStream(**kwargs)
        self.streams.append(stream)
        return stream

    @property
    def stream(self) -> FakeStream:
        return self.streams[-1]


class FakeSession:
    """The session surface the device classes use, without a network: handlers are run by
    :meth:`emit`; sends are recorded."""

    def __init__(self, session: Any = None) -> None:
        self.session = session
        self.configuration: dict[str, Any] = {}
        self.handlers: dict[str, list[Callable[[Any], Any]]] = {}
        self.sent: list[tuple[Any, ...]] = []
        self.gate: asyncio.Event | None = None
        self.fail_with: Exception | None = None

    def on(self, event_type: str, handler: Callable[[Any], Any]) -> Callable[[Any], Any]:
        self.handlers.setdefault(event_type, []).append(handler)
        return handler

    def off(self, event_type: str, handler: Callable[[Any], Any]) -> None:
        if handler in self.handlers.get(event_type, []):
            self.handlers[event_type].remove(handler)

    async def emit(self, event: dict[str, Any]) -> None:
        for handler in list(self.handlers.get(event["type"], [])):
            result = handler(event)
            if inspect.isawaitable(result):
                await result

    async def append_audio(self, audio: bytes) -> None:
        if self.gate is not None:
            await self.gate.wait()
        if self.fail_with is not None:
            raise self.fail_with
        self.sent.append(("append", bytes(audio)))

    async def truncate_item(self, item_id: str, audio_end_ms: int, *, content_index: int) -> None:
        self.sent.append(("truncate", item_id, audio_end_ms, content_index))

    async def stop_response(self) -> None:
        self.sent.append(("cancel",))

    def of(self, kind: str) -> list[tuple[Any, ...]]:
        return [s for s in self.sent if s[0] == kind]


# ------------------------------------------------------------------------------------ helpers


def sine(ms: int, rate: int = 24_000, level: float = 0.5, freq: float = 300.0) -> bytes:
    """A loud sine (peak ``level`` of full scale): enough for the server's energy VAD."""
    t = np.arange(rate * ms // 1000) / rate
    return (np.sin(2 * np.pi * freq * t) * level * 32767).astype("<i2").tobytes()


def silence(ms: int, rate: int = 24_000) -> bytes:
    return bytes(rate * ms // 1000 * 2)


def chunks(pcm: bytes, ms: int, rate: int = 24_000) -> list[bytes]:
    step = rate * ms // 1000 * 2
    return [pcm[i : i + step] for i in range(0, len(pcm), step)]


def our_tasks() -> list[asyncio.Task[Any]]:
    return [
        t
        for t in asyncio.all_tasks()
        if t.get_name().startswith("openai-realtime-audio") and not t.done()
    ]


pytestmark = pytest.mark.realtime_server(response_audio_ms=RESPONSE_MS)


@pytest.fixture(scope="module")
def paced_server(local_server: Callable[..., LocalRealtimeServer]) -> LocalRealtimeServer:
    """Deltas 20 ms apart and 3 s of reply (600 ms of streaming), so a response is still
    streaming when the user speaks."""
    return local_server(api_keys=frozenset({KEY}), response_audio_ms=3000, delta_delay_ms=20)


@pytest.fixture
def wire(received: Observed) -> Observed:
    """The client events the local server received during this test."""
    return received


async def _sync(session: RealtimeSession) -> None:
    """A round trip: the server has handled everything sent before it returns."""
    await session.set_configuration({"instructions": "sync"})
    await session.wait_for("session.updated", timeout=5)


async def _open(server: LocalRealtimeServer) -> RealtimeSession:
    session = await connect_realtime_session("gpt-realtime", api_key=KEY, api_base=server.base_url)
    await session.wait_for("session.created", timeout=5)
    return session


# =========================================================================== AudioInput, live


async def test_input_reaches_the_server_byte_for_byte_and_trips_its_vad(
    session: RealtimeSession, wire: Observed
) -> None:
    await session.set_configuration(turn_detection=server_vad(create_response=False))
    await session.wait_for("session.updated", timeout=5)
    factory = Factory()
    mic = AudioInput(session, stream_factory=factory, chunk_ms=100)
    await mic.start()
    stream = factory.stream
    assert stream.kwargs | {"callback": None} == {
        "samplerate": 24_000,
        "channels": 1,
        "dtype": "int16",
        "blocksize": 2_400,  # 100 ms at 24 kHz, in frames
        "device": None,
        "callback": None,
    }
    assert stream.calls == ["start"] and mic.running

    signal = silence(400) + sine(600) + silence(100)
    # push from another thread, as PortAudio does
    pusher = threading.Thread(target=lambda: [stream.push(c) for c in chunks(signal, 100)])
    pusher.start()
    await asyncio.to_thread(pusher.join)
    started = await session.wait_for("input_audio_buffer.speech_started", timeout=5)
    await mic.stop()
    await _sync(session)

    assert wire.appended() == signal
    assert mic.bytes_sent == len(signal) and mic.chunks_captured == 11
    assert mic.dropped_chunks == 0
    # the onset lies in the loud part (the server reports it with its prefix padding)
    assert 0 <= started.audio_start_ms <= 400
    assert stream.calls == ["start", "stop", "close"]
    assert not mic.running and our_tasks() == []


@pytest.mark.parametrize(
    ("fmt", "encode"), [("pcmu", encode_g711_ulaw), ("pcma", encode_g711_alaw)]
)
async def test_g711_input_is_captured_at_8_khz_and_encoded(
    session: RealtimeSession, wire: Observed, fmt: str, encode: Any
) -> None:
    await session.set_configuration(
        input_audio_format=fmt, turn_detection=server_vad(create_response=False)
    )
    await session.wait_for("session.updated", timeout=5)
    factory = Factory()
    async with AudioInput(session, stream_factory=factory) as mic:
        stream = factory.stream
        assert (stream.rate, stream.kwargs["blocksize"]) == (8_000, 800)
        assert mic.format == f"audio/{fmt}" and mic.sample_rate == 8_000
        signal = silence(200, 8_000) + sine(500, 8_000)
        for chunk in chunks(signal, 100, 8_000):
            stream.push(chunk)
        await session.wait_for("input_audio_buffer.speech_started", timeout=5)
    await _sync(session)
    assert wire.appended() == encode(signal)  # one byte a sample on the wire
    assert mic.bytes_sent == len(signal) // 2
    assert our_tasks() == []


async def test_device_rate_is_resampled_to_the_wire_rate(
    session: RealtimeSession, wire: Observed
) -> None:
    factory = Factory()
    mic = AudioInput(session, stream_factory=factory, device_rate=48_000)
    await mic.start()
    assert (factory.stream.rate, factory.stream.kwargs["blocksize"]) == (48_000, 4_800)
    assert mic.sample_rate == 48_000 and mic.format == "audio/pcm"
    signal = sine(500, 48_000, level=0.25, freq=440)
    for chunk in chunks(signal, 100, 48_000):
        factory.stream.push(chunk)
    await mic.stop()
    await _sync(session)
    sent = np.frombuffer(wire.appended(), dtype="<i2").astype(np.float64)
    assert abs(sent.size - 12_000) <= 2  # 500 ms at 24 kHz
    expected = np.frombuffer(sine(500, 24_000, level=0.25, freq=440), dtype="<i2")
    middle = slice(1_000, 11_000)  # away from the filter's edges
    assert np.abs(sent[middle] - expected[middle]).max() < 0.01 * 32768


async def test_send_failure_surfaces_on_stop_and_stops_capture(session: RealtimeSession) -> None:
    factory = Factory()
    mic = AudioInput(session, stream_factory=factory)
    await mic.start()
    await session.disconnect()
    factory.stream.push(silence(100))
    for _ in range(200):  # the sender fails on its first append
        if mic.error is not None and "stop" in factory.stream.calls:
            break
        await asyncio.sleep(0.01)
    assert isinstance(mic.error, ConnectionClosedError)
    assert not mic.running
    assert "stop" in factory.stream.calls  # capture stopped at once, not at stop()
    factory.stream.push(silence(100))  # ignored from now on
    with pytest.raises(ConnectionClosedError):
        await mic.stop()
    await mic.stop()  # raised once; a second stop is quiet
    assert factory.stream.calls[-1] == "close"
    assert our_tasks() == []


async def test_send_failure_goes_to_on_error_instead() -> None:
    fake = FakeSession()
    fake.fail_with = RuntimeError("network gone")
    errors: list[BaseException] = []
    factory = Factory()
    mic = AudioInput(fake, stream_factory=factory, on_error=errors.append)
    await mic.start()
    factory.stream.push(silence(100))
    for _ in range(100):
        if errors:
            break
        await asyncio.sleep(0.01)
    assert [str(e) for e in errors] == ["network gone"]
    await mic.stop()  # delivered to on_error: not raised again
    assert mic.error is errors[0]


# ======================================================================== AudioInput, offline


async def test_overflow_drops_the_oldest_chunks_and_counts_them(
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake = FakeSession()
    fake.gate = asyncio.Event()  # the network is stuck: the first append never completes
    factory = Factory()
    mic = AudioInput(fake, stream_factory=factory, max_queued_chunks=3)
    await mic.start()
    pieces = [bytes([i]) * 4_800 for i in range(8)]  # 8 chunks of 100 ms, each recognisable
    factory.stream.push(pieces[0])
    await asyncio.sleep(0.01)  # the sender takes chunk 0 and blocks on the network
    for piece in pieces[1:]:
        factory.stream.push(piece)
        await asyncio.sleep(0)  # the hand-over reaches the queue
    assert mic.queued_chunks == 3
    assert mic.dropped_chunks == 4  # chunks 1-4: the oldest went first
    assert mic.dropped_ms == pytest.approx(400)
    assert "dropping the oldest" in caplog.text

    fake.gate.set()
    await mic.stop()
    sent = [s[1] for s in fake.of("append")]
    assert b"".join(sent) == pieces[0] + pieces[5] + pieces[6] + pieces[7]
    assert len(sent) == 2  # the backlog went out as one append
    assert our_tasks() == []


async def test_stalled_loop_drops_in_the_device_thread() -> None:
    fake = FakeSession()
    factory = Factory()
    mic = AudioInput(fake, stream_factory=factory, max_queued_chunks=2)
    await mic.start()
    # the loop does not run while this coroutine does not await: hand-overs pile up
    for i in range(5):
        factory.stream.push(bytes([i]) * 4_800)
    assert mic.dropped_chunks == 3  # bounded even before the loop sees anything
    await mic.stop()
    assert b"".join(s[1] for s in fake.of("append")) == bytes([0]) * 4_800 + bytes([1]) * 4_800


async def test_stop_without_drain_discards_and_device_status_is_counted() -> None:
    fake = FakeSession()
    fake.gate = asyncio.Event()
    factory = Factory()
    mic = AudioInput(fake, stream_factory=factory)
    await mic.start()
    factory.stream.push(silence(100), status="input overflow")
    factory.stream.push(silence(100))
    await asyncio.sleep(0.01)
    await mic.stop(drain=False)
    assert fake.of("append") == [] and mic.device_status_count == 1
    assert our_tasks() == []
    await mic.start()  # restartable
    assert len(factory.streams) == 2
    await mic.stop(drain=False)


async def test_missing_sounddevice_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sounddevice", None)  # import fails
    for device in (AudioInput(FakeSession()), AudioOutput(FakeSession())):
        with pytest.raises(MissingDependencyError, match=r"sounddevice.*\[audio\]") as info:
            await device.start()
        assert info.value.name == "sounddevice"
        assert not device.running
    assert our_tasks() == []


async def test_device_open_and_start_failures() -> None:
    def broken(**kwargs: Any) -> FakeStream:
        raise OSError("Invalid sample rate")

    with pytest.raises(AudioDeviceError, match="Invalid sample rate"):
        await AudioInput(FakeSession(), stream_factory=broken).start()

    class WontStart(FakeStream):
        def start(self) -> None:
            raise RuntimeError("device busy")

    class BusyFactory(Factory):
        def __call__(self, **kwargs: Any) -> FakeStream:
            self.streams.append(WontStart(**kwargs))
            return self.stream

    factory = BusyFactory()
    for device in (
        AudioInput(FakeSession(), stream_factory=factory),
        AudioOutput(FakeSession(), stream_factory=factory),
    ):
        with pytest.raises(AudioDeviceError, match="device busy"):
            await device.start()
        assert factory.stream.calls == ["stop", "close"] and not device.running
    assert our_tasks() == []
    with pytest.raises(ValueError, match="chunk_ms"):
        AudioInput(FakeSession(), chunk_ms=0)


# ======================================================================= AudioOutput, offline


def delta(item: str, pcm: bytes, response: str = "resp_1") -> dict[str, Any]:
    return {
        "type": "response.output_audio.delta",
        "response_id": response,
        "item_id": item,
        "output_index": 0,
        "content_index": 0,
        "delta": base64.b64encode(pcm).decode("ascii"),
    }


def created(response: str, fmt: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"id": response}
    if fmt:
        body["audio"] = {"output": {"format": {"type": fmt}}}
    return {"type": "response.created", "response": body}


SPEECH = {"type": "input_audio_buffer.speech_started", "audio_start_ms": 0, "item_id": "item_u"}


async def _speak(fake: FakeSession, item: str, pcm: bytes, response: str = "resp_1") -> None:
    await fake.emit(created(response))
    for piece in chunks(pcm, 100):
        await fake.emit(delta(item, piece, response))


async def test_plays_what_arrives_and_counts_played_ms() -> None:
    fake, factory = FakeSession(), Factory()
    speaker = AudioOutput(fake, stream_factory=factory)
    await speaker.start()
    stream = factory.stream
    assert (stream.rate, stream.kwargs["blocksize"], stream.kwargs["dtype"]) == (
        24_000,
        480,
        "int16",
    )
    reply = sine(600, level=0.1)
    await _speak(fake, "item_a", reply)
    assert speaker.buffered_ms == pytest.approx(600)
    assert speaker.received_ms("item_a") == pytest.approx(600)

    played = stream.pull_ms(250)
    assert played == reply[: 24 * 250 * 2]  # exactly the first 250 ms
    assert speaker.played_ms("item_a") == 250
    assert speaker.current_item == "item_a"
    assert speaker.buffered_ms == pytest.approx(350)

    stream.pull(7)  # odd block sizes are fine: 7 frames = 0.29 ms
    assert speaker.played_ms("item_a") == 250
    rest = stream.pull(24 * 400)  # more than is left: the end is silence
    assert rest[: len(reply) - 24 * 250 * 2 - 14] == reply[24 * 250 * 2 + 14 :]
    assert rest.endswith(bytes(24 * 50 * 2))
    assert speaker.played == {"item_a": 600}
    await speaker.wait_played(timeout=1)
    await speaker.stop()
    assert fake.sent == []  # no barge-in, nothing sent
    assert all(not handlers for handlers in fake.handlers.values())
    assert stream.calls == ["start", "stop", "close"]


async def test_barge_in_truncates_at_the_played_ms_and_empties_the_buffer() -> None:
    fake, factory = FakeSession(), Factory()
    speaker = AudioOutput(fake, stream_factory=factory)
    await speaker.start()
    await _speak(fake, "item_a", sine(600, level=0.1))
    factory.stream.pull_ms(230)

    await fake.emit(SPEECH)
    assert fake.sent == [("truncate", "item_a", 230, 0)]
    assert speaker.truncations == [Truncation("item_a", 0, 230, pytest.approx(370))]
    assert speaker.buffered_ms == 0
    assert factory.stream.pull(480) == bytes(960)  # silence right away
    assert speaker.played_ms("item_a") == 230

    # the rest of the interrupted response is not played
    await fake.emit(delta("item_a", sine(100)))
    await fake.emit(delta("item_b", sine(100)))
    assert speaker.buffered_ms == 0 and speaker.ignored_ms == pytest.approx(200)
    await fake.emit({"type": "response.done", "response": {"id": "resp_1"}})

    # a second speech_started with nothing playing sends nothing more
    await fake.emit(SPEECH)
    assert len(fake.of("truncate")) == 1

    # the next response plays again
    await _speak(fake, "item_c", sine(200, level=0.1), response="resp_2")
    assert speaker.buffered_ms == pytest.approx(200)
    await speaker.stop()


async def test_no_truncation_when_the_item_was_heard_to_the_end() -> None:
    fake, factory = FakeSession(), Factory()
    speaker = AudioOutput(fake, stream_factory=factory)
    await speaker.start()
    await _speak(fake, "item_a", sine(200, level=0.1))
    await fake.emit({"type": "response.output_audio.done", "item_id": "item_a"})
    factory.stream.pull_ms(300)
    await fake.emit(SPEECH)
    assert fake.sent == []
    await speaker.stop()


async def test_underrun_mid_stream_still_truncates() -> None:
    fake, factory = FakeSession(), Factory()
    speaker = AudioOutput(fake, stream_factory=factory)
    await speaker.start()
    await _speak(fake, "item_a", sine(200, level=0.1))  # the response is still streaming
    factory.stream.pull_ms(300)  # everything received was played, then silence
    await fake.emit(SPEECH)
    assert fake.sent == [("truncate", "item_a", 200, 0)]  # never more than received
    await speaker.stop()


async def test_cancel_response_option_and_manual_interrupt() -> None:
    fake, factory = FakeSession(), Factory()
    speaker = AudioOutput(fake, stream_factory=factory, cancel_response=True, barge_in=False)
    await speaker.start()
    await _speak(fake, "item_a", sine(300, level=0.1))
    factory.stream.pull_ms(100)
    await fake.emit(SPEECH)  # barge_in=False: ignored
    assert fake.sent == [] and speaker.buffered_ms == pytest.approx(200)
    result = await speaker.interrupt()
    assert fake.sent == [("cancel",), ("truncate", "item_a", 100, 0)]
    assert [t.audio_end_ms for t in result] == [100]
    assert speaker.clear() == 0
    await speaker.stop()


async def test_g711_output_plays_at_8_khz() -> None:
    fake, factory = FakeSession(), Factory()
    speaker = AudioOutput(fake, stream_factory=factory, format="pcmu")
    await speaker.start()
    assert factory.stream.rate == 8_000 and factory.stream.kwargs["blocksize"] == 160
    ulaw = encode_g711_ulaw(sine(300, 8_000, level=0.1))
    await fake.emit(created("resp_1"))
    await fake.emit(delta("item_a", ulaw))
    assert factory.stream.pull_ms(300) == decode_g711_ulaw(ulaw)
    assert speaker.played_ms("item_a") == 300
    await speaker.stop()


async def test_a_response_in_another_format_is_resampled_to_the_device_rate() -> None:
    fake, factory = FakeSession(), Factory()
    speaker = AudioOutput(fake, stream_factory=factory)
    await speaker.start()  # 24 kHz device
    await fake.emit(created("resp_1", "audio/pcmu"))
    ulaw = encode_g711_ulaw(sine(300, 8_000, level=0.1))
    for piece in [ulaw[i : i + 800] for i in range(0, len(ulaw), 800)]:
        await fake.emit(delta("item_a", piece))
    await fake.emit({"type": "response.output_audio.done", "item_id": "item_a"})
    assert speaker.received_ms("item_a") == pytest.approx(300)
    assert speaker.buffered_ms == pytest.approx(300, abs=1)
    factory.stream.pull_ms(400)
    assert speaker.played_ms("item_a") == pytest.approx(300, abs=1)
    await speaker.stop()


async def test_output_device_rate() -> None:
    fake, factory = FakeSession(), Factory()
    speaker = AudioOutput(fake, stream_factory=factory, device_rate=48_000)
    await speaker.start()
    assert (factory.stream.rate, factory.stream.kwargs["blocksize"]) == (48_000, 960)
    await _speak(fake, "item_a", sine(300, level=0.1))
    await fake.emit({"type": "response.output_audio.done", "item_id": "item_a"})
    assert speaker.buffered_ms == pytest.approx(300, abs=1)
    factory.stream.pull_ms(100)
    assert speaker.played_ms("item_a") == 100
    await fake.emit(SPEECH)
    assert fake.sent == [("truncate", "item_a", 100, 0)]
    await speaker.stop()


async def test_callback_errors_surface() -> None:
    fake, factory = FakeSession(), Factory()
    speaker = AudioOutput(fake, stream_factory=factory)
    await speaker.start()
    await _speak(fake, "item_a", sine(100))
    factory.stream.callback(memoryview(bytearray(10)), 480, None, None)  # wrong buffer size
    assert isinstance(speaker.error, ValueError)
    with pytest.raises(ValueError):
        await speaker.stop()

    errors: list[BaseException] = []
    speaker = AudioOutput(fake, stream_factory=factory, on_error=errors.append)
    await speaker.start()
    factory.stream.callback(memoryview(bytearray(10)), 480, None, None)
    await asyncio.sleep(0)
    assert len(errors) == 1
    await speaker.stop()  # delivered to on_error: not raised


# ========================================================================= barge-in, live


@pytest.mark.parametrize("who_cancels", ["server", "client"])
async def test_barge_in_end_to_end(
    paced_server: LocalRealtimeServer, wire: Observed, who_cancels: str
) -> None:
    """A reply streams in; the fake speaker plays 250 ms of it; the fake microphone captures
    loud audio; the server's VAD hears it and the speaker truncates the reply at 250 ms. The
    response is cancelled by the server (``interrupt_response``) or by the client
    (``cancel_response=True``)."""
    by_client = who_cancels == "client"
    session = await _open(paced_server)
    try:
        await session.set_configuration(
            turn_detection=server_vad(create_response=False, interrupt_response=not by_client)
        )
        await session.wait_for("session.updated", timeout=5)
        speakers, mics = Factory(), Factory()
        async with AudioOutput(
            session, stream_factory=speakers, cancel_response=by_client
        ) as speaker:
            mic = AudioInput(session, stream_factory=mics)
            await mic.start()
            await session.request_response(output_modalities=["audio"])
            deltas: list[Any] = []
            session.on("response.output_audio.delta", deltas.append)
            await session.wait_for(lambda e: len(deltas) >= 3, timeout=5)
            item_id = deltas[0].item_id

            heard = speakers.stream.pull_ms(250)
            assert heard == b"".join(base64.b64decode(d.delta) for d in deltas)[: 24 * 250 * 2]
            assert speaker.played_ms(item_id) == 250

            mics.stream.push(sine(100))  # the user starts talking
            mics.stream.push(sine(100))
            truncated = await session.wait_for("conversation.item.truncated", timeout=5)
            done = await session.wait_for("response.done", timeout=5)
            await mic.stop()

            sent = wire.of("conversation.item.truncate")
            assert len(sent) == 1
            assert sent[0]["item_id"] == item_id and sent[0]["content_index"] == 0
            assert abs(sent[0]["audio_end_ms"] - 250) <= 1  # one 10 ms block = 240 frames
            assert truncated.item_id == item_id
            assert truncated.audio_end_ms == sent[0]["audio_end_ms"]
            assert speaker.truncations[0].audio_end_ms == sent[0]["audio_end_ms"]
            assert speaker.truncations[0].dropped_ms > 0  # audio was still queued
            assert speaker.buffered_ms == 0
            assert speakers.stream.pull(480) == bytes(960)  # silence from then on
            assert done.response.status == "cancelled"
            reason = done.response.status_details.reason
            assert reason == ("client_cancelled" if by_client else "turn_detected")
            types = [e["type"] for e in wire.events]
            if by_client:  # cancel first, then truncate
                assert types.index("response.cancel") < types.index("conversation.item.truncate")
            else:
                assert "response.cancel" not in types
        assert our_tasks() == []
    finally:
        await session.disconnect()
