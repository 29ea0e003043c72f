"""The REST client (generated endpoint functions behind typed methods) against the local server."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from openai_realtime import (
    APIConnectionError,
    AsyncRealtimeClient,
    AuthenticationError,
    BadRequestError,
    RealtimeClient,
)
from openai_realtime.server import LocalRealtimeServer
from openai_realtime_api.models.realtime_create_client_secret_response import (
    RealtimeCreateClientSecretResponse,
)
from openai_realtime_api.models.realtime_session_create_response import (
    RealtimeSessionCreateResponse,
)
from openai_realtime_api.models.realtime_session_create_response_ga import (
    RealtimeSessionCreateResponseGA,
)
from openai_realtime_api.models.realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse,
)
from openai_realtime_api.models.realtime_transcription_session_create_response_ga import (
    RealtimeTranscriptionSessionCreateResponseGA,
)

KEY = "sk-rest-test-KNOWNSECRET-42"


@pytest.fixture
def client(server: LocalRealtimeServer) -> Iterator[RealtimeClient]:
    with RealtimeClient(api_key=KEY, api_base=server.base_url) as c:
        yield c


def test_create_client_secret_realtime(client: RealtimeClient) -> None:
    answer = client.create_client_secret(
        session={"type": "realtime", "model": "gpt-realtime", "instructions": "Be brief."},
        expires_after_seconds=120,
    )
    assert isinstance(answer, RealtimeCreateClientSecretResponse)
    assert answer.value.startswith("ek_")
    assert isinstance(answer.session, RealtimeSessionCreateResponseGA)
    assert answer.session.instructions == "Be brief."


def test_create_client_secret_transcription(client: RealtimeClient) -> None:
    answer = client.create_client_secret(
        session={
            "type": "transcription",
            "audio": {"input": {"transcription": {"model": "gpt-4o-transcribe"}}},
        }
    )
    assert isinstance(answer.session, RealtimeTranscriptionSessionCreateResponseGA)


def test_create_session_and_transcription_session(client: RealtimeClient) -> None:
    session = client.create_session({"model": "gpt-realtime", "modalities": ["text"]})
    assert isinstance(session, RealtimeSessionCreateResponse)
    assert session.client_secret is not None
    transcription = client.create_transcription_session(
        {"input_audio_transcription": {"model": "gpt-4o-transcribe"}}
    )
    assert isinstance(transcription, RealtimeTranscriptionSessionCreateResponse)


async def test_async_client(server: LocalRealtimeServer) -> None:
    async with AsyncRealtimeClient(api_key=KEY, api_base=server.base_url) as client:
        answer = await client.create_client_secret(session={"type": "realtime"})
    assert answer.value.startswith("ek_")


def test_wrong_key_is_an_authentication_error(
    server: LocalRealtimeServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "sk-wrong-KNOWNWRONGKEY-99"
    with (
        RealtimeClient(api_key=wrong, api_base=server.base_url) as client,
        pytest.raises(AuthenticationError) as info,
    ):
        client.create_client_secret(session={"type": "realtime"})
    err = info.value
    assert err.status_code == 401
    assert err.code == "invalid_api_key"
    assert err.request_id and err.request_id.startswith("req_")
    assert "Check the API key" in str(err)
    assert wrong not in str(err) and wrong not in caplog.text and wrong not in repr(err.body)


def test_invalid_body_is_a_bad_request_naming_the_field(client: RealtimeClient) -> None:
    with pytest.raises(BadRequestError) as info:
        client.create_client_secret(
            {
                "expires_after": {"anchor": "created_at", "seconds": 5},
                "session": {"type": "realtime"},
            }
        )
    err = info.value
    assert err.status_code == 400
    assert err.type == "invalid_request_error"
    assert err.param is not None and "expires_after" in err.param


def test_body_that_does_not_fit_the_model_is_refused_before_sending(client: RealtimeClient) -> None:
    with pytest.raises(ValueError, match="RealtimeSessionCreateRequest"):
        client.create_session({"modalities": "not-a-list-of-strings", "tools": 5})


def test_unreachable_server_is_a_connection_error() -> None:
    with (
        RealtimeClient(api_key=KEY, api_base="http://127.0.0.1:9/v1", timeout=2) as client,
        pytest.raises(APIConnectionError) as info,
    ):
        client.create_client_secret(session={"type": "realtime"})
    assert "127.0.0.1:9" in str(info.value) and KEY not in str(info.value)
