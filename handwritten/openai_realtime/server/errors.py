"""OpenAI-shaped error bodies: ``{"error": {"message", "type", "param", "code"}}``.

The same inner object is used by the REST error responses and by the WebSocket ``error``
event (``RealtimeServerEventError.error``, which adds ``event_id``).
"""

from __future__ import annotations

from typing import Any, Final

__all__ = [
    "INVALID_API_KEY_MESSAGE",
    "ClientEventError",
    "error_body",
    "error_object",
]

INVALID_API_KEY_MESSAGE: Final = (
    "Incorrect API key provided. You can find your API key at "
    "https://platform.openai.com/account/api-keys."
)
"""Message of a 401: never includes (any part of) the key that was sent."""


def error_object(
    message: str,
    *,
    code: str | None,
    param: str | None = None,
    type: str = "invalid_request_error",
) -> dict[str, Any]:
    """Return the inner error object ``{"message", "type", "param", "code"}``."""
    return {"message": message, "type": type, "param": param, "code": code}


def error_body(
    message: str,
    *,
    code: str | None,
    param: str | None = None,
    type: str = "invalid_request_error",
) -> dict[str, Any]:
    """Return a REST error body ``{"error": {...}}`` (see :func:`error_object`)."""
    return {"error": error_object(message, code=code, param=param, type=type)}


class ClientEventError(Exception):
    """A client mistake on a WebSocket, answered with an ``error`` event (the connection stays
    open). ``code``/``param`` follow OpenAI's conventions (``param`` is a JSON path such as
    ``item.call_id``)."""

    def __init__(
        self,
        message: str,
        *,
        code: str,
        param: str | None = None,
        type: str = "invalid_request_error",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.param = param
        self.type = type
