"""A local stand-in for the OpenAI Realtime API (and Azure OpenAI's), for demos and offline tests.

On 127.0.0.1 it serves the realtime REST operations and WebSockets of three surfaces
(:mod:`.realms`): OpenAI (``/v1/realtime…``: GA events, translation), Azure OpenAI GA
(``/openai/v1/realtime…``: GA events; ``api-key``, Entra ID or ephemeral secrets) and Azure's
preview (``/openai/realtimeapi/…``, ``/openai/realtime?api-version=…``: beta events). It
validates every request and client event against the pinned OpenAI spec and checks every
event it sends against the same spec.

It emulates the whole conversation protocol (items, streamed and cancellable responses,
function calls with schema-valid arguments, server VAD, truncation, rate limits, session
expiry), WebRTC/SIP call control (no media), translation sessions (no translation), an Entra
ID token issuer (:mod:`.entra`) and fault injection (:class:`FaultPlan`).

**It does not run a model.** Voice activity detection is a simple energy threshold
(:mod:`.vad`). Committed speech is recognised offline with PocketSphinx when it is installed
(:mod:`.asr`, the ``[server]`` extra), so transcripts are words; without it they describe what
was measured, e.g. ``"[speech segment 1.42 s, 1.10-2.52 s, peak -9.8 dBFS]"``. Responses echo
the last user input ("Local server reply to: …") unless a :class:`~.script.Script` says
otherwise, and audio responses are a quiet 440 Hz tone. :mod:`.replay` plays recorded
sessions back.

Quick start::

    from openai_realtime.server import LocalRealtimeServer

    with LocalRealtimeServer() as srv:   # API key "sk-local-test"
        print(srv.base_url)              # http://127.0.0.1:<port>/v1
        print(srv.ws_url)                # ws://127.0.0.1:<port>/v1/realtime
        print(srv.azure_endpoint)        # http://127.0.0.1:<port> (Azure clients)

From a shell: ``python -m openai_realtime.server --port 8765``.
"""

from importlib.util import find_spec as _find_spec

# The [server] extra: without it, say so (naming the extra), not a bare ModuleNotFoundError.
for _module in ("starlette", "uvicorn", "jsonschema", "numpy"):
    try:
        _found = _find_spec(_module) is not None
    except ValueError:  # a module set to None in sys.modules (blocked)
        _found = False
    if not _found:
        raise ModuleNotFoundError(
            f"openai_realtime.server needs the [server] extra ({_module} is not installed): "
            "pip install 'openai-realtime[server]'",
            name=_module,
        )
del _module, _found

from .app import create_app  # noqa: E402 (after the check above)
from .config import DEFAULT_API_KEY, ManualClock, ServerConfig  # noqa: E402
from .faults import FaultPlan  # noqa: E402
from .outgoing import OutgoingEventError  # noqa: E402
from .runner import LocalRealtimeServer, serve  # noqa: E402

__all__ = [
    "DEFAULT_API_KEY",
    "FaultPlan",
    "LocalRealtimeServer",
    "ManualClock",
    "OutgoingEventError",
    "ServerConfig",
    "create_app",
    "serve",
]
