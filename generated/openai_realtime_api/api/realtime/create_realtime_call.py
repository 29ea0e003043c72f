from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.realtime_call_create_request import RealtimeCallCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: RealtimeCallCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/realtime/calls",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> str | None:
    if response.status_code == 201:
        response_201 = response.text
        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCallCreateRequest,
) -> Response[str]:
    """Create a new Realtime API call over WebRTC and receive the SDP answer needed
    to complete the peer connection.

    Args:
        body (RealtimeCallCreateRequest): Parameters required to initiate a realtime call and
            receive the SDP answer
            needed to complete a WebRTC peer connection. Provide an SDP offer generated
            by your client and optionally configure the session that will answer the call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCallCreateRequest,
) -> str | None:
    """Create a new Realtime API call over WebRTC and receive the SDP answer needed
    to complete the peer connection.

    Args:
        body (RealtimeCallCreateRequest): Parameters required to initiate a realtime call and
            receive the SDP answer
            needed to complete a WebRTC peer connection. Provide an SDP offer generated
            by your client and optionally configure the session that will answer the call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCallCreateRequest,
) -> Response[str]:
    """Create a new Realtime API call over WebRTC and receive the SDP answer needed
    to complete the peer connection.

    Args:
        body (RealtimeCallCreateRequest): Parameters required to initiate a realtime call and
            receive the SDP answer
            needed to complete a WebRTC peer connection. Provide an SDP offer generated
            by your client and optionally configure the session that will answer the call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCallCreateRequest,
) -> str | None:
    """Create a new Realtime API call over WebRTC and receive the SDP answer needed
    to complete the peer connection.

    Args:
        body (RealtimeCallCreateRequest): Parameters required to initiate a realtime call and
            receive the SDP answer
            needed to complete a WebRTC peer connection. Provide an SDP offer generated
            by your client and optionally configure the session that will answer the call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
