"""The local server's bounds on what a peer may send, and its strict JSON parser.

Every bound is checked before the expensive work it protects (schema validation, audio
decoding), so that no request can hold the event loop for long; frames and bodies larger than
:data:`OFFLOAD_BYTES` are parsed and validated in a worker thread. Over a bound, a WebSocket peer
gets an ``error`` event (the connection stays open), a REST caller a 400 or 413 with the OpenAI
error body; never a 500.

| bound | value | over it |
| --- | --- | --- |
| client event (one text frame) | :data:`MAX_CLIENT_EVENT_BYTES` 15 MiB (the Realtime API's limit) | ``error`` ``event_too_large``; frames over :data:`WS_MAX_FRAME_BYTES` close with 1009 |
| REST request body | :data:`MAX_REQUEST_BODY_BYTES` 4 MiB | 413 ``request_too_large`` |
| input items of one ``response.create`` | :data:`MAX_INPUT_ITEMS` 1,024 | ``error`` / 400 ``invalid_value`` |
| tools of a session or response | :data:`MAX_TOOLS` 128 | ``error`` / 400 ``invalid_value`` |
| buffered input audio | :data:`MAX_INPUT_AUDIO_BUFFER_MS` 20 minutes | ``error`` ``input_audio_buffer_full`` |
| JSON nesting | 1,024 levels (orjson) | ``error`` / 400 ``invalid_json`` |
| ``NaN`` / ``Infinity`` / lone surrogates | rejected | ``error`` / 400 ``invalid_json`` |
| validation on the event loop | frames/bodies under :data:`OFFLOAD_BYTES` 8 KiB only | larger ones go to a worker thread |
| multipart nesting | parts of the top level only | 400 ``invalid_body`` |
| HTTP request line and headers | :data:`HEADER_TIMEOUT_S` 10 s after the connection opens | connection closed |
| HTTP request body | :data:`BODY_TIMEOUT_S` 30 s | 408 ``request_timeout`` |
| one WebSocket send to a peer that does not read | :data:`SEND_TIMEOUT_S` 30 s | connection aborted |
| WebSocket peer that stops answering pings | 20 s interval + 20 s timeout (uvicorn) | connection closed |
| live ephemeral secrets | :data:`~.auth.MAX_LIVE_SECRETS` 10,000 | the oldest is forgotten |
"""

from __future__ import annotations

from typing import Any, Final

import orjson

__all__ = [
    "BODY_TIMEOUT_S",
    "HEADER_TIMEOUT_S",
    "MAX_CLIENT_EVENT_BYTES",
    "MAX_INPUT_AUDIO_BUFFER_MS",
    "MAX_INPUT_ITEMS",
    "MAX_REQUEST_BODY_BYTES",
    "MAX_TOOLS",
    "OFFLOAD_BYTES",
    "SEND_TIMEOUT_S",
    "WS_MAX_FRAME_BYTES",
    "loads_strict",
]

MAX_CLIENT_EVENT_BYTES: Final = 15 * 1024 * 1024
"""Largest client event (encoded JSON, bytes), as the Realtime API documents."""

WS_MAX_FRAME_BYTES: Final = 16 * 1024 * 1024
"""Largest WebSocket message read at all; 15-16 MiB get an ``error`` event, more closes 1009."""

MAX_REQUEST_BODY_BYTES: Final = 4 * 1024 * 1024
"""Largest REST request body (bytes)."""

MAX_INPUT_ITEMS: Final = 1024
"""Most items in the ``input`` of one ``response.create``."""

MAX_TOOLS: Final = 128
"""Most tools in a session or response configuration (OpenAI's function-calling limit)."""

MAX_INPUT_AUDIO_BUFFER_MS: Final = 20 * 60 * 1000
"""Most uncommitted input audio (ms; 57.6 MB of 24 kHz PCM16)."""

OFFLOAD_BYTES: Final = 8 * 1024
"""Frames and bodies at least this large are parsed and validated off the event loop (a smaller
one holds the loop for at most about 100 input items' validation, some 50 ms)."""

HEADER_TIMEOUT_S: Final = 10.0
"""Seconds an HTTP connection may take to send a complete request line and headers."""

BODY_TIMEOUT_S: Final = 30.0
"""Seconds a REST request may take to send its body."""

SEND_TIMEOUT_S: Final = 30.0
"""Seconds one WebSocket send may wait for a peer that does not read."""


class JSONError(ValueError):
    """Not strict JSON (syntax, ``NaN``/``Infinity``, a lone surrogate, nesting over 1,024)."""


def loads_strict(data: str | bytes) -> Any:
    """Parse strict JSON (RFC 8259): orjson rejects ``NaN``/``Infinity``, numbers out of the
    double range, lone surrogates (escaped or not) and nesting deeper than 1,024 levels.

    Raises:
        JSONError: with orjson's description of the first problem.
    """
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise JSONError(str(exc)) from None
    except (TypeError, UnicodeError) as exc:  # lone surrogates in a str
        raise JSONError(f"the text is not valid UTF-8 ({exc.__class__.__name__})") from None


_CAPPED_LISTS: Final = {"tools": MAX_TOOLS, "input": MAX_INPUT_ITEMS}


def find_cap_violation(data: Any) -> tuple[str, str] | None:
    """Check the cheap bounds of a parsed client event or REST body before it is validated:
    ``tools`` and ``input`` lists at the top level or one level down (``session.tools``,
    ``response.input``, …). Returns ``(param, message)`` for the first list over its bound."""
    if not isinstance(data, dict):
        return None
    candidates: list[tuple[str, Any]] = [(k, v) for k, v in data.items()]
    for key, value in data.items():
        if isinstance(value, dict):
            candidates += [(f"{key}.{k}", v) for k, v in value.items()]
    for path, value in candidates:
        name = path.rsplit(".", 1)[-1]
        cap = _CAPPED_LISTS.get(name)
        if cap is not None and isinstance(value, list) and len(value) > cap:
            return path, (
                f"Invalid '{path}': array too long. Expected an array with maximum length "
                f"{cap}, but got an array with length {len(value)} instead."
            )
    return None
