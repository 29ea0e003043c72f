"""One redaction mechanism for every message, exception and log line.

A secret (API key, ephemeral ``ek_…`` client secret, Entra ID token) must never show, not even in
part. :func:`mask` replaces, in a text:

* every secret it is given and every secret in the process-wide registry
  (:func:`register_secret`: the client registers the keys and tokens it holds or sends, the local
  server the keys it accepts and the secrets it mints), and every piece of one at least
  :data:`MIN_PIECE` (8) characters long (a server that echoes half a key is caught too);
* values that look like credentials even when nobody registered them: the value of an
  ``Authorization`` / ``api-key`` / ``Ocp-Apim-Subscription-Key`` header, ``Bearer <token>``,
  ``sk-…`` keys, ``ek_…`` client secrets and JWTs (``eyJ….….…``): a real key sent to the local
  server by mistake never reaches its log.

:class:`RedactingFilter` applies :func:`mask` to log records; :func:`install_log_redaction`
attaches one instance to every logger the project or its server drives
(:data:`REDACTED_LOGGERS`: ours, websockets, uvicorn, httpx, httpcore). It runs when the package
is imported, so the filter is in place before any connection is made.

Bounds: the registry keeps the :data:`MAX_SECRETS` most recently registered secrets (older ones
are still masked by the patterns when they have a recognisable shape); masking is linear in the
text's length.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from typing import Final

__all__ = [
    "MAX_SECRETS",
    "MIN_PIECE",
    "REDACTED",
    "REDACTED_LOGGERS",
    "RedactingFilter",
    "install_log_redaction",
    "mask",
    "register_secret",
]

REDACTED: Final = "***"
#: Shortest piece of a secret that is masked wherever it appears (characters).
MIN_PIECE: Final = 8
#: Secrets the registry remembers (the most recent ones).
MAX_SECRETS: Final = 256
#: Loggers that get the :class:`RedactingFilter` (a logger's filters do not apply to records of
#: its children, so every logger that emits is listed).
REDACTED_LOGGERS: Final = (
    "openai_realtime",
    "openai_realtime.session",
    "openai_realtime.client",
    "openai_realtime.transport",
    "openai_realtime.server",
    "openai_realtime.cli",
    "openai_realtime.devices",
    "websockets",
    "websockets.client",
    "websockets.server",
    "uvicorn",
    "uvicorn.error",
    "uvicorn.access",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
)

_PATTERNS: Final = re.compile(
    r"(?<=authorization: )[^\r\n'\"]+"
    r"|(?<=api-key: )[^\r\n'\"]+"
    r"|(?<=ocp-apim-subscription-key: )[^\r\n'\"]+"
    r"|(?<=bearer )[A-Za-z0-9._~+/=-]{4,}"
    r"|\bsk-[A-Za-z0-9_-]{8,}"
    r"|\bek_[A-Za-z0-9_-]{8,}"
    r"|\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*",
    re.IGNORECASE,
)


class _Registry:
    """The known secrets and all their :data:`MIN_PIECE`-character pieces (reference-counted,
    because secrets may share pieces)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets: OrderedDict[str, None] = OrderedDict()
        self._pieces: dict[str, int] = {}

    def add(self, secret: str) -> None:
        if len(secret) < 4:
            return
        with self._lock:
            if secret in self._secrets:
                self._secrets.move_to_end(secret)
                return
            self._secrets[secret] = None
            for piece in _pieces(secret):
                self._pieces[piece] = self._pieces.get(piece, 0) + 1
            if len(self._secrets) > MAX_SECRETS:
                old, _ = self._secrets.popitem(last=False)
                for piece in _pieces(old):
                    if self._pieces[piece] <= 1:
                        del self._pieces[piece]
                    else:
                        self._pieces[piece] -= 1

    def snapshot(self) -> tuple[tuple[str, ...], dict[str, int]]:
        """The secrets (a copy) and the live piece table (only read with ``in``, which is
        atomic, while other threads may add to it)."""
        with self._lock:
            return tuple(self._secrets), self._pieces


def _pieces(secret: str) -> frozenset[str]:
    n = MIN_PIECE
    return frozenset(secret[i : i + n] for i in range(len(secret) - n + 1))


_REGISTRY = _Registry()


def register_secret(secret: str | None) -> None:
    """Remember ``secret`` so that :func:`mask` (and every redacted log) hides it and its pieces.
    Values shorter than 4 characters are ignored (too short to be a credential)."""
    if secret:
        _REGISTRY.add(secret)


def mask(text: str, secrets: Iterable[str | None] = ()) -> str:
    """``text`` with every secret (``secrets`` and the registry), every piece of one of at least
    :data:`MIN_PIECE` characters, and every credential-shaped value replaced by ``***``."""
    if not text:
        return text
    known, pieces = _REGISTRY.snapshot()
    extra = [s for s in secrets if s and len(s) >= 4]
    for secret in (*extra, *known):
        if secret in text:
            text = text.replace(secret, REDACTED)
    more: frozenset[str] = frozenset().union(*(_pieces(s) for s in extra))
    n = MIN_PIECE
    if (pieces or more) and len(text) >= n:
        spans: list[list[int]] = []
        for i in range(len(text) - n + 1):
            window = text[i : i + n]
            if window in pieces or window in more:
                if spans and i <= spans[-1][1]:
                    spans[-1][1] = i + n
                else:
                    spans.append([i, i + n])
        if spans:
            out: list[str] = []
            last = 0
            for start, end in spans:
                out.append(text[last:start])
                out.append(REDACTED)
                last = end
            out.append(text[last:])
            text = "".join(out)
    return _PATTERNS.sub(REDACTED, text)


class RedactingFilter(logging.Filter):
    """A logging filter that formats each record (``msg % args``) and masks it with
    :func:`mask`; exception text attached to the record is masked too. It never drops a
    record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except Exception:  # a broken format string: keep the raw parts, masked
            text = f"{record.msg} {record.args!r}"
        record.msg = mask(text)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            formatted = logging.Formatter().formatException(record.exc_info)
            record.exc_text = mask(formatted)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = mask(record.exc_text)
        return True


_FILTER: Final = RedactingFilter()


def install_log_redaction(names: Iterable[str] = REDACTED_LOGGERS) -> None:
    """Attach the shared :class:`RedactingFilter` to the loggers ``names`` and to every logger
    already created below them (idempotent)."""
    names = tuple(names)
    existing = [
        other
        for other in list(logging.root.manager.loggerDict)
        if any(other.startswith(name + ".") for name in names)
    ]
    for name in (*names, *existing):
        log = logging.getLogger(name)
        if _FILTER not in log.filters:
            log.addFilter(_FILTER)
