"""WebRTC/SIP call control of the local server: REST with httpx and the package's client, and
joining a call's WebSocket with ``?call_id=``."""

from __future__ import annotations

import json

import httpx
import pytest
from openai_realtime import AsyncRealtimeClient
from openai_realtime.server import LocalRealtimeServer
from openai_realtime.server.calls import check_offer, sdp_answer
from test_server_support import KEY, OFFER, denial, open_ws
from websockets.exceptions import ConnectionClosed


def error_of(response: httpx.Response, status: int) -> dict[str, str]:
    assert response.status_code == status, response.text
    error: dict[str, str] = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    return error


async def test_create_call_with_the_package_client_multipart(server: LocalRealtimeServer) -> None:
    session = {"type": "realtime", "instructions": "From the call.", "output_modalities": ["text"]}
    async with AsyncRealtimeClient(api_key=KEY, api_base=server.base_url) as rest:
        call = await rest.create_call(OFFER, session=session)
    assert call.call_id.startswith("rtc_")
    lines = call.sdp.split("\r\n")
    assert lines[0] == "v=0"
    assert "a=group:BUNDLE 0 1" in lines
    assert [line.split()[0] for line in lines if line.startswith("m=")] == [
        "m=audio",
        "m=application",
    ]
    assert any(line.startswith("a=fingerprint:sha-256 ") for line in lines)
    async with open_ws(server.ws_url + f"?call_id={call.call_id}") as client:
        created = client.created["session"]
    assert created["instructions"] == "From the call."
    assert created["output_modalities"] == ["text"]


async def test_create_call_with_a_raw_sdp_body(http: httpx.AsyncClient) -> None:
    response = await http.post(
        "/realtime/calls", content=OFFER, headers={"Content-Type": "application/sdp"}
    )
    assert response.status_code == 201, response.text
    assert response.headers["content-type"].startswith("application/sdp")
    call_id = response.headers["location"].rsplit("/", 1)[-1]
    assert response.headers["location"] == f"/v1/realtime/calls/{call_id}"
    assert (await http.post(f"/realtime/calls/{call_id}/hangup")).status_code == 200
    error = error_of(await http.post(f"/realtime/calls/{call_id}/hangup"), 400)
    assert error["code"] == "call_ended"


@pytest.mark.parametrize(
    ("content", "content_type", "code"),
    [
        ("hello", "application/sdp", "invalid_sdp"),
        ("v=0\r\ns=-\r\n", "application/sdp", "invalid_sdp"),
        ('{"sdp": "v=0"}', "application/json", "unsupported_content_type"),
    ],
)
async def test_bad_offers_are_400(
    http: httpx.AsyncClient, content: str, content_type: str, code: str
) -> None:
    response = await http.post(
        "/realtime/calls", content=content, headers={"Content-Type": content_type}
    )
    assert error_of(response, 400)["code"] == code


async def test_multipart_session_is_validated(http: httpx.AsyncClient) -> None:
    files = {
        "sdp": (None, OFFER.encode(), "application/sdp"),
        "session": (
            None,
            json.dumps({"type": "realtime", "output_modalities": "text"}).encode(),
            "application/json",
        ),
    }
    error = error_of(await http.post("/realtime/calls", files=files), 400)
    assert error["param"] == "output_modalities"


async def test_an_ephemeral_secret_starts_a_call_with_its_session(
    server: LocalRealtimeServer, http: httpx.AsyncClient
) -> None:
    body = {"session": {"type": "realtime", "instructions": "secret session"}}
    secret = (await http.post("/realtime/client_secrets", json=body)).json()["value"]
    response = await http.post(
        "/realtime/calls",
        content=OFFER,
        headers={"Content-Type": "application/sdp", "Authorization": f"Bearer {secret}"},
    )
    assert response.status_code == 201
    call_id = response.headers["location"].rsplit("/", 1)[-1]
    async with open_ws(server.ws_url + f"?call_id={call_id}") as client:
        assert client.created["session"]["instructions"] == "secret session"
    # a secret does not control calls
    refused = await http.post(
        f"/realtime/calls/{call_id}/hangup", headers={"Authorization": f"Bearer {secret}"}
    )
    assert error_of(refused, 401)["code"] == "invalid_api_key"


async def test_sip_call_lifecycle_and_the_joined_socket(
    server: LocalRealtimeServer, http: httpx.AsyncClient
) -> None:
    call_id = server.simulate_incoming_call()
    bearer = {"Authorization": f"Bearer {KEY}"}
    ringing = await denial(server.ws_url + f"?call_id={call_id}", additional_headers=bearer)
    assert ringing.response.status_code == 400
    error = error_of(
        await http.post(f"/realtime/calls/{call_id}/accept", json={"type": "nope"}), 400
    )
    assert error["param"] == "type"
    accept = {"type": "realtime", "instructions": "SIP agent", "model": "gpt-realtime"}
    response = await http.post(f"/realtime/calls/{call_id}/accept", json=accept)
    assert (response.status_code, response.content) == (200, b"")
    again = error_of(await http.post(f"/realtime/calls/{call_id}/accept", json=accept), 400)
    assert again["code"] == "call_already_accepted"
    reject = error_of(await http.post(f"/realtime/calls/{call_id}/reject"), 400)
    assert reject["code"] == "call_not_ringing"
    async with open_ws(server.ws_url + f"?call_id={call_id}") as client:
        assert client.created["session"]["instructions"] == "SIP agent"
        refer = await http.post(
            f"/realtime/calls/{call_id}/refer", json={"target_uri": "tel:+15555550123"}
        )
        assert refer.status_code == 200
        with pytest.raises(ConnectionClosed) as closed:
            await client.recv()
    assert closed.value.rcvd is not None
    assert (closed.value.rcvd.code, closed.value.rcvd.reason) == (1000, "call ended")
    ended = await denial(server.ws_url + f"?call_id={call_id}", additional_headers=bearer)
    assert ended.response.status_code == 404


async def test_reject_and_refer_rules(server: LocalRealtimeServer, http: httpx.AsyncClient) -> None:
    ringing = server.simulate_incoming_call()
    assert (
        await http.post(f"/realtime/calls/{ringing}/reject", json={"status_code": 486})
    ).status_code == 200
    gone = error_of(
        await http.post(f"/realtime/calls/{ringing}/accept", json={"type": "realtime"}), 400
    )
    assert gone["code"] == "call_ended"
    other = server.simulate_incoming_call()
    early = error_of(
        await http.post(f"/realtime/calls/{other}/refer", json={"target_uri": "sip:x@y"}), 400
    )
    assert early["code"] == "call_not_active"
    bad = error_of(await http.post(f"/realtime/calls/{other}/refer", json={}), 400)
    assert bad["param"] == "target_uri"
    webrtc = (
        (
            await http.post(
                "/realtime/calls", content=OFFER, headers={"Content-Type": "application/sdp"}
            )
        )
        .headers["location"]
        .rsplit("/", 1)[-1]
    )
    not_sip = error_of(
        await http.post(f"/realtime/calls/{webrtc}/refer", json={"target_uri": "sip:x@y"}), 400
    )
    assert not_sip["code"] == "call_not_sip"


@pytest.mark.parametrize("action", ["accept", "hangup", "refer", "reject"])
async def test_unknown_call_is_404(http: httpx.AsyncClient, action: str) -> None:
    body = {"accept": {"type": "realtime"}, "refer": {"target_uri": "sip:a@b"}}.get(action, {})
    error = error_of(await http.post(f"/realtime/calls/rtc_unknown/{action}", json=body), 404)
    assert error["code"] == "call_not_found"
    assert "rtc_unknown" in error["message"]


def test_sdp_helpers() -> None:
    assert check_offer(OFFER) is None
    assert check_offer("") is not None
    answer = sdp_answer(OFFER.replace("\r\n", "\n"))
    assert answer.endswith("\r\n")
    assert answer.count("m=") == 2
    assert "a=mid:1" in answer
