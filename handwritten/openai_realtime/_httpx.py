"""``httpx``, imported without its command line's dependencies.

``import httpx`` also imports ``httpx._main``, httpx's own command line, which imports click,
rich and pygments whenever they are installed (the ``[cli]`` extra installs them): about 30 ms
of every process's start that the REST client never uses. This module imports httpx with those
three hidden from it (only those not imported yet), so httpx falls back to its stub ``main``
(which tells a user of the ``httpx`` command to install ``httpx[cli]``), then un-hides them:
they import normally afterwards, for the ``openai-realtime`` CLI or anyone else.
"""

from __future__ import annotations

import sys

__all__ = ["httpx"]

_CLI_ONLY = ("click", "rich", "pygments")

if "httpx" in sys.modules:
    import httpx
else:
    _hidden = [name for name in _CLI_ONLY if name not in sys.modules]
    for _name in _hidden:
        sys.modules[_name] = None  # type: ignore[assignment]  # "import click" raises ImportError
    try:
        import httpx
    finally:
        for _name in _hidden:
            if sys.modules.get(_name, "") is None:
                del sys.modules[_name]
