"""The Schemathesis contract runner (``make contract``) itself: its spec annotations, and that it
catches a broken server and reports unimplemented operations.

The broken server is the real application (:func:`openai_realtime.server.create_app`) served by
uvicorn on 127.0.0.1 behind a small ASGI wrapper that (a) turns ``client_secret.expires_at`` of
the ``POST /v1/realtime/transcription_sessions`` answer into a string, and (b) answers 501 for
``POST /v1/realtime/calls/{id}/refer``. Nothing in the server is modified.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import schemathesis_contract as contract
import uvicorn
from openai_realtime.server import ServerConfig, create_app
from starlette.types import ASGIApp, Message, Receive, Scope, Send

KEY = "sk-contract-runner"
CORRUPTED = "POST /realtime/transcription_sessions"
UNIMPLEMENTED = "POST /realtime/calls/{call_id}/refer"


# --------------------------------------------------------------------------- annotations


def test_every_operation_documents_the_openai_error_body() -> None:
    spec = contract.contract_spec()
    labels = contract.operations(spec)
    assert len(labels) == 9
    for path, item in spec["paths"].items():
        for operation in item.values():
            error = operation["responses"]["4XX"]["content"]["application/json"]["schema"]
            assert error == {"$ref": f"#/components/schemas/{contract.ERROR_SCHEMA_NAME}"}, path
    error_schema = spec["components"]["schemas"][contract.ERROR_SCHEMA_NAME]
    assert error_schema["properties"]["error"]["required"] == ["message", "type", "param", "code"]


def test_discriminators_map_the_wire_values() -> None:
    spec = contract.contract_spec()
    session = spec["components"]["schemas"]["RealtimeCreateClientSecretResponse"]["properties"][
        "session"
    ]
    assert session["discriminator"]["mapping"] == {
        "realtime": "#/components/schemas/RealtimeSessionCreateResponseGA",
        "transcription": "#/components/schemas/RealtimeTranscriptionSessionCreateResponseGA",
    }


def test_spec_limits_apply_everywhere_local_bugs_only_locally() -> None:
    remote = contract.Target("http://127.0.0.1:1/v1", "k", local=False)
    local = contract.Target("http://127.0.0.1:1/v1", "k", local=True)
    assert set(contract.known_failures_for(local)) == set(contract.KNOWN_FAILURES)
    assert all(k.kind == "spec limit" for k in contract.known_failures_for(remote))


def test_known_failures_match_only_their_case() -> None:
    def seen(operation: str, code: str, param: str) -> contract.Observed:
        error = {"error": {"message": "m", "type": "t", "param": param, "code": "c"}}
        return contract.Observed(operation, "positive_data_acceptance", code, "", {}, 400, error)

    (sdp,) = [k for k in contract.KNOWN_FAILURES if k.key == "sdp-offer-must-be-sdp"]
    assert sdp.matches(seen("POST /realtime/calls", "ST202", "sdp"))
    assert not sdp.matches(seen("POST /realtime/calls", "ST202", "session"))
    assert not sdp.matches(seen("POST /realtime/calls", "ST101", "sdp"))
    assert not sdp.matches(seen("POST /realtime/sessions", "ST202", "sdp"))


# --------------------------------------------------------------------------- a broken server


class BreakTheServer:
    """ASGI wrapper: corrupts one field of one 200 answer, answers 501 for one operation."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (
            scope["type"] == "http"
            and path.startswith("/v1/realtime/calls/")
            and (path.endswith("/refer"))
        ):
            body = json.dumps(
                {"error": {"message": "no", "type": "server_error", "param": None, "code": None}}
            ).encode()
            headers = [(b"content-type", b"application/json")]
            await send({"type": "http.response.start", "status": 501, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        if scope["type"] == "http" and path == "/v1/realtime/transcription_sessions":
            await self.app(scope, receive, _corrupting(send, _stringify_expires_at))
            return
        await self.app(scope, receive, send)


def _stringify_expires_at(payload: Any) -> Any:
    if isinstance(payload, dict) and isinstance(payload.get("client_secret"), dict):
        payload["client_secret"]["expires_at"] = "in a minute"
    return payload


def _corrupting(send: Send, mutate: Callable[[Any], Any]) -> Send:
    start: dict[str, Any] = {}
    chunks: list[bytes] = []

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            start.update(message)
            return
        if message["type"] != "http.response.body":
            await send(message)
            return
        chunks.append(message.get("body", b""))
        if message.get("more_body"):
            return
        body = b"".join(chunks)
        if start["status"] == 200:
            body = json.dumps(mutate(json.loads(body))).encode()
        headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return wrapped


@contextmanager
def serve(app: ASGIApp) -> Iterator[str]:
    """Serve ``app`` with uvicorn on 127.0.0.1 (a free port); yields the ``/v1`` base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, lifespan="off", log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/v1"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture(scope="module")
def broken_report() -> contract.Report:
    """A small contract run against the broken server."""
    app = BreakTheServer(create_app(ServerConfig(api_keys=frozenset({KEY}))))
    with serve(app) as base_url:
        target = contract.Target(base_url, KEY, local=False)
        return contract.run_contract(target, only={CORRUPTED, UNIMPLEMENTED}, max_examples=5)


def test_a_wrong_field_type_in_a_response_fails_naming_schema_and_field(
    broken_report: contract.Report,
) -> None:
    assert not broken_report.ok
    result = broken_report.results[CORRUPTED]
    assert result.failed["response_schema_conformance"] > 0
    (failure,) = [f for f in broken_report.failures if "response_schema_conformance" in f]
    # client_secret is the shared component RealtimeSessionClientSecret (cut_subset.py's
    # declare_client_secret_in_session_response): the message names it and the field.
    assert "expires_at" in failure
    assert '"in a minute" is not of type "integer"' in failure
    assert "/components/schemas/RealtimeSessionClientSecret/properties/expires_at" in failure
    (row,) = [
        r for r in contract.render_table(broken_report).splitlines() if r.startswith(CORRUPTED)
    ]
    assert " !" in row


def test_an_operation_answering_501_is_reported_not_fuzzed(broken_report: contract.Report) -> None:
    result = broken_report.results[UNIMPLEMENTED]
    assert result.not_implemented == "no"
    assert not result.cases
    (row,) = [r for r in contract.render_table(broken_report).splitlines() if UNIMPLEMENTED in r]
    assert [cell.strip() for cell in row.split("|")] == [
        UNIMPLEMENTED,
        "501 Not Implemented: not fuzzed",
    ]
