from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.realtime_call_reject_request import RealtimeCallRejectRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    call_id: str,
    *,
    body: RealtimeCallRejectRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/realtime/calls/{call_id}/reject".format(
            call_id=quote(str(call_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCallRejectRequest | Unset = UNSET,
) -> Response[Any]:
    """Decline an incoming SIP call by returning a SIP status code to the caller.

    Args:
        call_id (str):
        body (RealtimeCallRejectRequest | Unset): Parameters used to decline an incoming SIP call
            handled by the Realtime API.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCallRejectRequest | Unset = UNSET,
) -> Response[Any]:
    """Decline an incoming SIP call by returning a SIP status code to the caller.

    Args:
        call_id (str):
        body (RealtimeCallRejectRequest | Unset): Parameters used to decline an incoming SIP call
            handled by the Realtime API.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
