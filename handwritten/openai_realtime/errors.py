"""Typed exceptions raised by openai-realtime.

Every exception derives from :class:`RealtimeError`. Each message says what happened and, where
the caller can act, what to do. Secrets (API keys, client secrets, Entra tokens) are redacted from
every message, including text that a server echoed back.

Hierarchy::

    RealtimeError
    ├── ConfigurationError          bad settings, raised before any network traffic
    ├── APIError                    an HTTP error answer (REST call or WebSocket handshake)
    │   ├── BadRequestError         400
    │   ├── AuthenticationError     401
    │   ├── PermissionDeniedError   403
    │   ├── NotFoundError           404
    │   ├── UnprocessableEntityError 422
    │   ├── RateLimitError          429
    │   └── InternalServerError     5xx
    ├── APIConnectionError          the server could not be reached / the request did not complete
    │   └── APITimeoutError
    ├── APIResponseValidationError  a 2xx answer whose body does not fit the spec's model
    ├── ConnectionClosedError       the WebSocket was closed (by the server or the network)
    ├── EventTimeoutError           no (matching) event arrived within the timeout (a TimeoutError)
    ├── BacklogFullError            wait_for passed over max_backlog events without a match
    ├── ProtocolError               the server sent a frame that is not a realtime event
    └── ServerErrorEvent            a server ``error`` event, raised when ``raise_on_error=True``
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AuthenticationError",
    "BacklogFullError",
    "BadRequestError",
    "ConfigurationError",
    "ConnectionClosedError",
    "EventTimeoutError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "ProtocolError",
    "RateLimitError",
    "RealtimeError",
    "ServerErrorEvent",
    "UnprocessableEntityError",
    "api_error_from_response",
    "redact",
]

REDACTED = "***"


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    """Return ``text`` with every secret in ``secrets`` or in the process-wide registry, every
    piece of one of at least 8 characters, and every credential-shaped value (``sk-…``,
    ``ek_…``, JWTs, ``Bearer …``) replaced by ``***`` (:func:`openai_realtime.redaction.mask`)."""
    from .redaction import mask

    return mask(text, secrets)


class RealtimeError(Exception):
    """Base class of every error raised by openai-realtime."""


class ConfigurationError(RealtimeError, ValueError):
    """The client settings are incomplete or contradictory; the message says what to set.

    Raised before any network traffic.
    """


class APIError(RealtimeError):
    """The server answered an HTTP request (REST, or the WebSocket handshake) with an error status.

    Attributes:
        status_code: the HTTP status (e.g. 401).
        message: the server's ``error.message`` (OpenAI error body), or a summary of the raw body.
        type: ``error.type`` (e.g. ``"invalid_request_error"``), if the body had one.
        param: ``error.param``: the request field at fault, if any.
        code: ``error.code`` (e.g. ``"invalid_api_key"``), if any.
        request_id: the ``x-request-id`` (OpenAI) or ``apim-request-id`` (Azure) response header.
        body: the decoded JSON body (a dict), or ``None`` if it was not JSON.
        during: ``"request"`` for a REST call, ``"handshake"`` for a WebSocket handshake.
        retry_after: seconds the server asked to wait before retrying (``Retry-After`` or
            ``retry-after-ms`` header; mostly on 429 and 503), or ``None``.
    """

    #: One sentence of advice appended to the message, per subclass.
    hint = ""

    def __init__(
        self,
        status_code: int,
        message: str,
        *,
        type: str | None = None,
        param: str | None = None,
        code: str | None = None,
        request_id: str | None = None,
        body: Any = None,
        during: str = "request",
        url: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.status_code = status_code
        self.retry_after = retry_after
        self.message = message
        self.type = type
        self.param = param
        self.code = code
        self.request_id = request_id
        self.body = body
        self.during = during
        self.url = url
        what = "WebSocket handshake rejected" if during == "handshake" else "Request failed"
        parts = [f"{what} with HTTP {status_code}"]
        if url:
            parts[0] += f" ({url})"
        parts.append(f": {message}")
        details = ", ".join(
            f"{k}={v}" for k, v in (("type", type), ("param", param), ("code", code)) if v
        )
        if details:
            parts.append(f" [{details}]")
        if request_id:
            parts.append(f" (request id {request_id})")
        if retry_after is not None:
            parts.append(f" (retry after {retry_after:g} s)")
        if self.hint:
            parts.append(f". {self.hint}")
        super().__init__("".join(parts))


class BadRequestError(APIError):
    """HTTP 400: the request or event was invalid; ``param`` names the field when known."""

    hint = "Check the request against the spec schema named in the method's docstring."


class AuthenticationError(APIError):
    """HTTP 401: the key, client secret or token was missing, wrong or expired."""

    hint = (
        "Check the API key (api_key= or OPENAI_API_KEY; AZURE_OPENAI_API_KEY on Azure), "
        "that an ephemeral client secret has not expired, or the Entra ID token and its scope."
    )


class PermissionDeniedError(APIError):
    """HTTP 403: the credentials are valid but not allowed to do this (project, region, role)."""

    hint = "Check the project/organization and the key's permissions."


class NotFoundError(APIError):
    """HTTP 404: wrong URL, model, deployment or call id."""

    hint = "Check the base URL (api_base), the model or deployment name, and the call id."


class UnprocessableEntityError(APIError):
    """HTTP 422: the request was well-formed but could not be processed."""


class RateLimitError(APIError):
    """HTTP 429: rate limit or quota exceeded; retry after a pause."""

    hint = "Retry after a pause, or check the account's quota."


class InternalServerError(APIError):
    """HTTP 5xx: the server failed; retrying may help."""

    hint = "The server failed; retry later."


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def api_error_from_response(
    status_code: int,
    content: bytes,
    headers: Mapping[str, str],
    *,
    secrets: Iterable[str | None] = (),
    during: str = "request",
    url: str | None = None,
) -> APIError:
    """Build the typed :class:`APIError` subclass for an error answer.

    ``content`` is the raw body; an OpenAI error body (``{"error": {"message", "type", "param",
    "code"}}``) fills the fields, anything else is summarised. ``secrets`` are redacted from all
    text taken from the body.
    """
    import json

    secrets = tuple(secrets)
    body: Any = None
    message = ""
    fields: dict[str, str | None] = {"type": None, "param": None, "code": None}
    try:
        body = json.loads(content) if content else None
    except ValueError:
        body = None
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict):
        message = str(error.get("message") or "")
        for key in fields:
            value = error.get(key)
            fields[key] = None if value is None else redact(str(value), secrets)
    elif isinstance(error, str):
        message = error
    elif isinstance(body, dict) and isinstance(body.get("message"), str):
        message = body["message"]  # Azure API management answers {"statusCode", "message"}
    if not message:
        text = content.decode("utf-8", "replace").strip()
        message = text[:300] if text else "(empty body)"
    request_id = headers.get("x-request-id") or headers.get("apim-request-id")
    if request_id is not None:
        request_id = redact(request_id[:200], secrets)
    cls = _BY_STATUS.get(status_code)
    if cls is None:
        cls = InternalServerError if status_code >= 500 else APIError
    return cls(
        status_code,
        redact(message, secrets),
        request_id=request_id,
        body=body,
        during=during,
        url=url,
        retry_after=_retry_after(headers),
        **fields,
    )


def _retry_after(headers: Mapping[str, str]) -> float | None:
    """``retry-after-ms`` (OpenAI) or ``Retry-After`` in seconds or as an HTTP date."""
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            return max(0.0, float(value) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        import time
        from email.utils import parsedate_to_datetime

        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError):
            return None
    return max(0.0, seconds) if seconds == seconds and seconds != float("inf") else None


class APIConnectionError(RealtimeError):
    """The server could not be reached, or the connection broke before an answer arrived."""


class APITimeoutError(APIConnectionError):
    """A connect, handshake, request, receive or close did not finish within its timeout."""


class APIResponseValidationError(RealtimeError):
    """A success answer whose body does not fit the spec's response model.

    Attributes: ``status_code``, ``body`` (the decoded JSON, or raw text).
    """

    def __init__(self, message: str, *, status_code: int, body: Any) -> None:
        self.status_code = status_code
        self.body = body
        super().__init__(message)


class ConnectionClosedError(RealtimeError):
    """The realtime WebSocket is closed; raised by the next receive or send.

    Attributes:
        code: the WebSocket close code (1000 normal, 1001 going away/session expired, 1006
            abnormal closure without a close frame, 1011 server error, ...), or ``None``.
        reason: the close reason the server sent (may be empty).
        by_server: ``True`` unless :meth:`~openai_realtime.session.RealtimeSession.disconnect`
            closed it: the server, the network, or the protocol layer failing the connection
            (e.g. 1009 when a message exceeds ``max_message_bytes``).
        unconfirmed: client events sent after the last frame received from the server: they
            may never have been read (the connection dropped). Re-send what matters.
        unconfirmed_dropped: older such events that did not fit the journal (counted only).
    """

    def __init__(
        self,
        code: int | None,
        reason: str,
        *,
        by_server: bool = True,
        unconfirmed: tuple[dict[str, Any], ...] = (),
        unconfirmed_dropped: int = 0,
    ) -> None:
        self.code = code
        self.reason = reason
        self.by_server = by_server
        self.unconfirmed = unconfirmed
        self.unconfirmed_dropped = unconfirmed_dropped
        who = "the server" if by_server else "this client"
        text = f"The realtime connection was closed by {who} (code {code}"
        text += f", reason {reason!r})" if reason else ")"
        if code == 1001 and by_server:
            text += ": the session expired or the server is going away; open a new session"
        elif code == 1006:
            text += ": the connection dropped without a close frame (network or server failure)"
        elif code == 1009:
            text += (
                ": a message exceeded the size limit (raise max_message_bytes if the server's "
                "events are legitimately that large)"
            )
        lost = len(unconfirmed) + unconfirmed_dropped
        if lost:
            text += f"; {lost} event(s) sent since the server's last frame may not have arrived"
        super().__init__(text)


class EventTimeoutError(RealtimeError, TimeoutError):
    """No event (or no event of the awaited type) arrived within the timeout.

    The session stays usable; events that arrived meanwhile were not lost.
    """


class BacklogFullError(RealtimeError):
    """``wait_for`` passed over ``max_backlog`` events without finding the awaited one.

    The events it passed over are kept (``recv`` returns them, in order); memory stays bounded
    because ``wait_for`` stops reading instead of queueing more.
    """


class ProtocolError(RealtimeError):
    """The server sent something that is not a realtime event (a binary frame, non-JSON text,
    JSON without a ``type``). ``raw`` holds what arrived (truncated to 1,000 characters)."""

    def __init__(self, message: str, raw: str | bytes = "") -> None:
        self.raw = raw[:1000]
        super().__init__(message)


class SpecDeviationError(ProtocolError):
    """A strict decoder (``strict=True``) received an event that deviates from the pinned spec:
    an unknown ``type`` for the connection's family, or a payload whose fields differ (``null``
    where the spec names a type, a missing required field, an unknown enum value or variant, a
    wrong primitive type; extra properties are allowed). ``deviations`` lists them
    (:class:`~openai_realtime.drift.Deviation`: JSON path, expected, got); ``event_type`` is the
    frame's ``type``. Open the session without ``strict`` to get the event typed anyway, with the
    deviations recorded on it."""

    def __init__(self, event_type: str, deviations: tuple[Any, ...], raw: str | bytes = "") -> None:
        self.event_type = event_type
        self.deviations = deviations
        shown = "; ".join(str(d) for d in deviations[:5])
        more = f" (and {len(deviations) - 5} more)" if len(deviations) > 5 else ""
        super().__init__(
            f"the server's {event_type!r} event deviates from the spec: {shown}{more}", raw
        )


class ServerErrorEvent(RealtimeError):
    """A server ``error`` event (schema ``RealtimeServerEventError``), raised instead of returned
    when the session was opened with ``raise_on_error=True``.

    Attributes: ``event`` (the typed event), ``type``, ``code``, ``message``, ``param``,
    ``event_id`` (the client event that caused it, when the server says).
    """

    def __init__(self, event: Any) -> None:
        self.event = event
        error = event.error
        self.type = getattr(error, "type_", None)
        self.code = _set_or_none(getattr(error, "code", None))
        self.message = redact(str(getattr(error, "message", "") or ""))
        self.param = _set_or_none(getattr(error, "param", None))
        self.event_id = _set_or_none(getattr(error, "event_id", None))
        text = f"The server reported an error ({self.type}"
        text += f", code {self.code})" if self.code else ")"
        text += f": {self.message}"
        if self.param:
            text += f" [param {self.param}]"
        if self.event_id:
            text += f" (caused by client event {self.event_id})"
        super().__init__(text)


def _set_or_none(value: Any) -> Any:
    """Map the generated models' ``UNSET`` sentinel to ``None``."""
    return None if value is None or type(value).__name__ == "Unset" else value
