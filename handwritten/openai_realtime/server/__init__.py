"""A local stand-in for the OpenAI Realtime API, for demos and offline tests.

It serves the GA WebSocket protocol at ``/v1/realtime`` and the realtime REST endpoints
(``/v1/realtime/client_secrets``, and the pre-GA ``/v1/realtime/sessions`` and
``/v1/realtime/transcription_sessions``) on 127.0.0.1, validates every request and client
event against the pinned OpenAI spec, and checks every event it sends against the same spec.

**It does not run a model and cannot recognise speech.** Voice activity detection is a simple
energy threshold (:mod:`.vad`); "transcripts" describe what was measured, e.g.
``"[speech segment 1.42 s, 1.10-2.52 s, peak -9.8 dBFS]"``; responses echo the last user input
("Local server reply to: …"), and audio responses are a quiet 440 Hz tone.

Quick start::

    from openai_realtime.server import LocalRealtimeServer

    with LocalRealtimeServer() as srv:   # API key "sk-local-test"
        print(srv.base_url)              # http://127.0.0.1:<port>/v1
        print(srv.ws_url)                # ws://127.0.0.1:<port>/v1/realtime

From a shell: ``python -m openai_realtime.server --port 8765``.
"""

from .app import create_app
from .config import DEFAULT_API_KEY, ManualClock, ServerConfig
from .realtime import OutgoingEventError
from .runner import LocalRealtimeServer, serve

__all__ = [
    "DEFAULT_API_KEY",
    "LocalRealtimeServer",
    "ManualClock",
    "OutgoingEventError",
    "ServerConfig",
    "create_app",
    "serve",
]
