"""The WebSocket session (handwritten) against the local server over real sockets."""

from __future__ import annotations

import asyncio
import logging

import numpy as np
import pytest
from conftest import transcription_audio
from openai_realtime import (
    AsyncRealtimeClient,
    AuthenticationError,
    ConnectionClosedError,
    EventTimeoutError,
    ServerErrorEvent,
    UnknownEvent,
    connect_realtime_session,
    connect_realtime_transcription_session,
)
from openai_realtime.server import LocalRealtimeServer
from openai_realtime_api.models.realtime_client_event_conversation_item_create import (
    RealtimeClientEventConversationItemCreate,
)
from openai_realtime_api.models.realtime_server_event_error import RealtimeServerEventError
from openai_realtime_api.models.realtime_server_event_session_created import (
    RealtimeServerEventSessionCreated,
)

KEY = "sk-session-test-KNOWNSECRET-7"


def tone_pcm(silence_s: float, tone_s: float, tail_s: float, rate: int = 24_000) -> bytes:
    """Silence, a 440 Hz tone at -12 dBFS, silence: 24 kHz mono PCM16."""
    t = np.arange(int(tone_s * rate)) / rate
    tone = 0.25 * np.sin(2 * np.pi * 440 * t)
    signal = np.concatenate([np.zeros(int(silence_s * rate)), tone, np.zeros(int(tail_s * rate))])
    return (signal * 32767).astype("<i2").tobytes()


async def test_conversation_session_typed_events(server: LocalRealtimeServer) -> None:
    async with connect_realtime_session(
        "gpt-realtime", api_key=KEY, api_base=server.base_url
    ) as session:
        created = await session.recv(timeout=5)
        assert isinstance(created, RealtimeServerEventSessionCreated)
        assert session.session_id is not None and session.session_id.startswith("sess_")
        assert session.url.endswith("/v1/realtime?model=gpt-realtime")

        await session.set_configuration(
            {"instructions": "Answer briefly.", "output_modalities": ["text"]}
        )
        updated = await session.wait_for("session.updated", timeout=5)
        assert updated.session.instructions == "Answer briefly."
        assert session.session.instructions == "Answer briefly."

        await session.send(
            RealtimeClientEventConversationItemCreate.from_dict(
                {
                    "type": "conversation.item.create",
                    "item": {
                        "type": "message",
                        "role": "user",
                        "content": [{"type": "input_text", "text": "Hello there"}],
                    },
                }
            )
        )
        await session.send({"type": "response.create"})
        seen: list[str] = []
        text = ""
        async for event in session:
            assert not isinstance(event, UnknownEvent), event
            seen.append(event.type_)
            if event.type_ == "response.output_text.delta":
                text += event.delta
            if event.type_ == "response.done":
                break
        assert seen.index("response.created") < seen.index("response.output_text.delta")
        assert seen.index("response.output_text.done") < seen.index("response.done")
        assert "Hello there" in text
    assert session.closed


async def test_iteration_ends_after_disconnect(server: LocalRealtimeServer) -> None:
    session = await connect_realtime_session("gpt-realtime", api_key=KEY, api_base=server.base_url)
    await session.recv(timeout=5)
    await session.disconnect()
    assert [e async for e in session] == []
    with pytest.raises(ConnectionClosedError) as info:
        await session.send({"type": "response.cancel"})
    assert info.value.by_server is False and info.value.code == 1000


async def test_wrong_key_fails_the_handshake_with_status_and_message(
    server: LocalRealtimeServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "sk-wrong-KNOWNWRONG-123"
    with pytest.raises(AuthenticationError) as info:
        await connect_realtime_session("gpt-realtime", api_key=wrong, api_base=server.base_url)
    err = info.value
    assert err.status_code == 401 and err.during == "handshake"
    assert "Incorrect API key" in err.message
    assert wrong not in str(err) and wrong not in caplog.text


async def test_key_never_in_debug_logs(
    server: LocalRealtimeServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with connect_realtime_session("m", api_key=KEY, api_base=server.base_url) as session:
        await session.recv(timeout=5)
    assert "Authorization" in caplog.text, "websockets logged the handshake headers (redacted)"
    assert KEY not in caplog.text


async def test_client_secret_from_rest_opens_the_socket(server: LocalRealtimeServer) -> None:
    async with AsyncRealtimeClient(api_key=KEY, api_base=server.base_url) as rest:
        secret = await rest.create_client_secret(
            session={
                "type": "realtime",
                "model": "gpt-realtime",
                "instructions": "From the secret.",
            }
        )
    async with connect_realtime_session(
        client_secret=secret.value, api_base=server.base_url
    ) as session:
        created = await session.recv(timeout=5)
        assert created.session.instructions == "From the secret."


async def test_transcription_session_detects_speech_and_transcribes(
    server: LocalRealtimeServer,
) -> None:
    async with connect_realtime_transcription_session(
        api_key=KEY, api_base=server.base_url
    ) as session:
        await session.recv(timeout=5)
        await session.set_configuration(transcription_audio("gpt-4o-transcribe", 500))
        await session.wait_for("session.updated", timeout=5)
        await session.append_audio(tone_pcm(0.5, 1.0, 1.0))
        started = await session.wait_for("input_audio_buffer.speech_started", timeout=5)
        stopped = await session.wait_for("input_audio_buffer.speech_stopped", timeout=5)
        completed = await session.wait_for(
            "conversation.item.input_audio_transcription.completed", timeout=5
        )
    # audio_start_ms is padded by prefix_padding_ms (default 300 ms) before the first loud frame;
    # audio_end_ms "includes the min_silence_duration_ms" (spec): end of the tone + 500 ms.
    assert 500 - 350 <= started.audio_start_ms <= 500 + 50
    assert abs(stopped.audio_end_ms - (1500 + 500)) <= 60
    assert completed.item_id == stopped.item_id
    assert completed.transcript


@pytest.mark.allow_invalid_client_events
async def test_invalid_event_gets_a_typed_error_and_raise_on_error(
    server: LocalRealtimeServer,
) -> None:
    async with connect_realtime_session("m", api_key=KEY, api_base=server.base_url) as session:
        await session.recv(timeout=5)
        await session.send({"type": "conversation.item.delete", "event_id": "evt_bad_1"})
        error = await session.recv(timeout=5)
        assert isinstance(error, RealtimeServerEventError)
        assert error.error.event_id == "evt_bad_1"
        assert "item_id" in str(error.error.param) + error.error.message
    async with connect_realtime_session(
        "m", api_key=KEY, api_base=server.base_url, raise_on_error=True
    ) as session:
        await session.recv(timeout=5)
        await session.send({"type": "no.such.event", "event_id": "evt_bad_2"})
        with pytest.raises(ServerErrorEvent) as info:
            await session.recv(timeout=5)
        assert info.value.event_id == "evt_bad_2"


async def test_recv_timeout_leaves_the_session_usable(server: LocalRealtimeServer) -> None:
    async with connect_realtime_session("m", api_key=KEY, api_base=server.base_url) as session:
        await session.recv(timeout=5)
        with pytest.raises(EventTimeoutError):
            await session.recv(timeout=0.05)
        await session.set_configuration({"instructions": "still here"})
        assert (await session.wait_for("session.updated", timeout=5)).type_ == "session.updated"


async def test_many_sessions_at_once(server: LocalRealtimeServer) -> None:
    async def one(i: int) -> str:
        async with connect_realtime_session("m", api_key=KEY, api_base=server.base_url) as session:
            await session.recv(timeout=10)
            await session.set_configuration({"instructions": f"session {i}"})
            updated = await session.wait_for("session.updated", timeout=10)
            return str(updated.session.instructions)

    results = await asyncio.gather(*(one(i) for i in range(25)))
    assert results == [f"session {i}" for i in range(25)]


async def test_server_gone_is_a_connection_error() -> None:
    from openai_realtime import APIConnectionError

    with pytest.raises(APIConnectionError, match="Could not open"):
        await connect_realtime_session("m", api_key=KEY, api_base="http://127.0.0.1:9/v1")


@pytest.mark.parametrize("proxied", [True, False])
async def test_a_failed_open_names_a_configured_proxy_never_its_value(
    monkeypatch: pytest.MonkeyPatch, proxied: bool
) -> None:
    """The sessions connect directly: with HTTP_PROXY set, a refused connection says so (and
    how to silence it), without printing the proxy URL, which may carry credentials."""
    from openai_realtime import APIConnectionError
    from ports import free_port

    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    if proxied:
        monkeypatch.setenv("HTTP_PROXY", "http://user:proxy-pass-123@127.0.0.1:9")
    port = free_port()  # nothing listens there: the connection is refused
    with pytest.raises(APIConnectionError) as caught:
        await connect_realtime_session(api_key=KEY, api_base=f"http://127.0.0.1:{port}/v1")
    message = str(caught.value)
    assert "Could not open" in message
    assert ("HTTP_PROXY" in message) is proxied
    assert "proxy-pass-123" not in message and "user:" not in message
    if proxied:
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        with pytest.raises(APIConnectionError) as again:
            await connect_realtime_session(api_key=KEY, api_base=f"http://127.0.0.1:{port}/v1")
        assert "HTTP_PROXY" not in str(again.value)
