from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.realtime_transcription_session_create_request import (
    RealtimeTranscriptionSessionCreateRequest,
)
from ...models.realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: RealtimeTranscriptionSessionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/realtime/transcription_sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RealtimeTranscriptionSessionCreateResponse | None:
    if response.status_code == 200:
        response_200 = RealtimeTranscriptionSessionCreateResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RealtimeTranscriptionSessionCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeTranscriptionSessionCreateRequest,
) -> Response[RealtimeTranscriptionSessionCreateResponse]:
    """Create an ephemeral API token for use in client-side applications with the
    Realtime API specifically for realtime transcriptions.
    Can be configured with the same session parameters as the `transcription_session.update` client
    event.

    It responds with a session object, plus a `client_secret` key which contains
    a usable ephemeral API token that can be used to authenticate browser clients
    for the Realtime API.

    Returns the created Realtime transcription session object, plus an ephemeral key.

    Args:
        body (RealtimeTranscriptionSessionCreateRequest): Realtime transcription session object
            configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RealtimeTranscriptionSessionCreateResponse]
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
    body: RealtimeTranscriptionSessionCreateRequest,
) -> RealtimeTranscriptionSessionCreateResponse | None:
    """Create an ephemeral API token for use in client-side applications with the
    Realtime API specifically for realtime transcriptions.
    Can be configured with the same session parameters as the `transcription_session.update` client
    event.

    It responds with a session object, plus a `client_secret` key which contains
    a usable ephemeral API token that can be used to authenticate browser clients
    for the Realtime API.

    Returns the created Realtime transcription session object, plus an ephemeral key.

    Args:
        body (RealtimeTranscriptionSessionCreateRequest): Realtime transcription session object
            configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RealtimeTranscriptionSessionCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeTranscriptionSessionCreateRequest,
) -> Response[RealtimeTranscriptionSessionCreateResponse]:
    """Create an ephemeral API token for use in client-side applications with the
    Realtime API specifically for realtime transcriptions.
    Can be configured with the same session parameters as the `transcription_session.update` client
    event.

    It responds with a session object, plus a `client_secret` key which contains
    a usable ephemeral API token that can be used to authenticate browser clients
    for the Realtime API.

    Returns the created Realtime transcription session object, plus an ephemeral key.

    Args:
        body (RealtimeTranscriptionSessionCreateRequest): Realtime transcription session object
            configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RealtimeTranscriptionSessionCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeTranscriptionSessionCreateRequest,
) -> RealtimeTranscriptionSessionCreateResponse | None:
    """Create an ephemeral API token for use in client-side applications with the
    Realtime API specifically for realtime transcriptions.
    Can be configured with the same session parameters as the `transcription_session.update` client
    event.

    It responds with a session object, plus a `client_secret` key which contains
    a usable ephemeral API token that can be used to authenticate browser clients
    for the Realtime API.

    Returns the created Realtime transcription session object, plus an ephemeral key.

    Args:
        body (RealtimeTranscriptionSessionCreateRequest): Realtime transcription session object
            configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RealtimeTranscriptionSessionCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
