"""openai-realtime: a typed client for the OpenAI Realtime API, on OpenAI and Azure OpenAI.

The public surface, by concern (one module each):

* settings and auth (:mod:`.config`, :mod:`.auth`): :class:`Settings`, :class:`Secret`;
* REST (:mod:`.client`): :class:`RealtimeClient`, :class:`AsyncRealtimeClient` (the 9
  ``/realtime`` operations, typed by the generated ``openai_realtime_api`` package);
* WebSocket sessions (:mod:`.connect`, :mod:`.session`, :mod:`.sync`; the protocol core
  :mod:`.core`): :func:`connect_realtime_session`, :func:`connect_realtime_transcription_session`,
  :class:`RealtimeSession`;
* events (:mod:`.events`): :class:`UnknownEvent`, :class:`EventDecoder`;
* errors (:mod:`.errors`): :class:`RealtimeError` and its subclasses;
* audio files (:mod:`.audio`, extra ``[audio]``), the local server (:mod:`.server`, extra
  ``[server]``), the command line (:mod:`.cli`, extra ``[cli]``).

Names are imported on first use, so ``import openai_realtime`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .redaction import install_log_redaction

# Every logger this package or its server drives masks secrets (openai_realtime.redaction).
install_log_redaction()

_EXPORTS = {
    "Settings": "config",
    "Secret": "config",
    "RealtimeClient": "client",
    "AsyncRealtimeClient": "client",
    "RealtimeCall": "client",
    "RealtimeSession": "session",
    "ConnectOptions": "connect",
    "connect_realtime_session": "connect",
    "connect_realtime_transcription_session": "connect",
    "connect_realtime_translation_session": "connect",
    "ReconnectPolicy": "core",
    "SessionReconnected": "core",
    "Conversation": "conversation",
    "PlaybackTracker": "playback",
    "UnknownEvent": "events",
    "EventDecoder": "events",
    "RealtimeError": "errors",
    "ConfigurationError": "errors",
    "APIError": "errors",
    "BadRequestError": "errors",
    "AuthenticationError": "errors",
    "PermissionDeniedError": "errors",
    "NotFoundError": "errors",
    "RateLimitError": "errors",
    "InternalServerError": "errors",
    "APIConnectionError": "errors",
    "APITimeoutError": "errors",
    "APIResponseValidationError": "errors",
    "ConnectionClosedError": "errors",
    "EventTimeoutError": "errors",
    "BacklogFullError": "errors",
    "ProtocolError": "errors",
    "ServerErrorEvent": "errors",
    "SpecDeviationError": "errors",
    "Deviation": "drift",
    "deviations": "drift",
}

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AsyncRealtimeClient",
    "AuthenticationError",
    "BacklogFullError",
    "BadRequestError",
    "ConfigurationError",
    "ConnectOptions",
    "ConnectionClosedError",
    "Conversation",
    "Deviation",
    "EventDecoder",
    "EventTimeoutError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "PlaybackTracker",
    "ProtocolError",
    "RateLimitError",
    "RealtimeCall",
    "RealtimeClient",
    "RealtimeError",
    "RealtimeSession",
    "ReconnectPolicy",
    "Secret",
    "ServerErrorEvent",
    "SessionReconnected",
    "Settings",
    "SpecDeviationError",
    "UnknownEvent",
    "__version__",
    "connect_realtime_session",
    "connect_realtime_transcription_session",
    "connect_realtime_translation_session",
    "deviations",
]

if TYPE_CHECKING:
    from .client import AsyncRealtimeClient, RealtimeCall, RealtimeClient
    from .config import Secret, Settings
    from .connect import (
        ConnectOptions,
        connect_realtime_session,
        connect_realtime_transcription_session,
        connect_realtime_translation_session,
    )
    from .conversation import Conversation
    from .core import ReconnectPolicy, SessionReconnected
    from .drift import Deviation, deviations
    from .errors import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APITimeoutError,
        AuthenticationError,
        BacklogFullError,
        BadRequestError,
        ConfigurationError,
        ConnectionClosedError,
        EventTimeoutError,
        InternalServerError,
        NotFoundError,
        PermissionDeniedError,
        ProtocolError,
        RateLimitError,
        RealtimeError,
        ServerErrorEvent,
        SpecDeviationError,
    )
    from .events import EventDecoder, UnknownEvent
    from .playback import PlaybackTracker
    from .session import RealtimeSession


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'openai_realtime' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
