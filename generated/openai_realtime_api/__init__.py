"""A client library for accessing OpenAI Realtime API (subset)"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    # The HTTP client (and httpx) is imported on first use, so that the WebSocket side of
    # openai-realtime, which needs only the models and dispatch tables, stays light to import.
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
