"""OpenAI-shaped error bodies: ``{"error": {"message", "type", "param", "code"}}``.

The same inner object is used by the REST error responses and by the WebSocket ``error``
event (``RealtimeServerEventError.error``, which adds ``event_id``).
"""

from __future__ import annotations

from typing import Any, Final

__all__ = [
    "INVALID_API_KEY_MESSAGE",
    "ClientEventError",
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
    """Return the error object ``{"message", "type", "param", "code"}`` (a REST error body is
    ``{"error": <this>}``; an ``error`` event carries it as its ``error``)."""
    return {"message": message, "type": type, "param": param, "code": code}


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
