"""How the ``openai-realtime`` command line reports errors: one or two lines, in its own terms.

The library's exceptions speak Python (``pass api_key=``); a CLI user needs flags and environment
variables (``--api-key`` or ``OPENAI_API_KEY``). :func:`explain` turns an exception into that
message and an exit status: :data:`USAGE` (2) for what the user gave (flags, environment, files),
:data:`FAILURE` (1) for what went wrong while running (the server refused, the network failed, no
Entra ID login). :func:`user_errors` applies it to a command; ``--debug`` keeps the traceback.

No I/O except :func:`check_port_free`, which binds and releases a socket.
"""

from __future__ import annotations

import errno
import functools
import os
import re
import socket
from collections.abc import Callable, Iterator
from typing import Any, Final, ParamSpec, TypeVar

from .errors import ConfigurationError, RealtimeError

__all__ = [
    "FAILURE",
    "USAGE",
    "CliError",
    "OutputClosed",
    "check_port_free",
    "cli_terms",
    "explain",
    "user_errors",
]

USAGE: Final = 2
"""Exit status for a usage error: a flag, environment variable or file the user gave."""
FAILURE: Final = 1
"""Exit status for a failure while running."""

_P = ParamSpec("_P")
_R = TypeVar("_R")


class CliError(Exception):
    """An error already worded for the command line, with its exit status."""

    def __init__(self, message: str, code: int = FAILURE) -> None:
        super().__init__(message)
        self.code = code


class OutputClosed(Exception):
    """Standard output was closed by its reader (``openai-realtime ... | head -1``)."""


#: Python argument names in library messages -> the CLI's flags.
_FLAGS: Final = {
    "api_type": "--api-type",
    "auth_type": "--auth-type",
    "api_base": "--api-base",
    "api_key": "--api-key",
    "api_version": "--api-version",
    "deployment": "--deployment",
    "model": "--model",
}
_NAMES: Final = "|".join(_FLAGS)
# Bare names are reworded only for the underscored ones: "model" and "deployment" are also words.
_BARE_NAMES: Final = "|".join(name for name in _FLAGS if "_" in name)
_ASSIGNED_VALUE = re.compile(rf"(?<![\w.-])({_NAMES})=(['\"])([\w.-]+)\2")
_ASSIGNED = re.compile(rf"(?<![\w.-])(?:(pass|give) )?({_NAMES})=(?=[\s,.);]|$)")
_BARE = re.compile(rf"(?<![\w.-])({_BARE_NAMES})(?![\w=-])")


def cli_terms(message: str) -> str:
    """Reword a library message for the command line: ``api_type='azure'`` becomes
    ``--api-type azure``, ``pass api_key=`` becomes ``give --api-key``, a bare ``api_base`` becomes
    ``--api-base``. Other text (environment variable names, URLs) is kept."""
    message = _ASSIGNED_VALUE.sub(lambda m: f"{_FLAGS[m.group(1)]} {m.group(3)}", message)
    message = _ASSIGNED.sub(lambda m: ("give " if m.group(1) else "") + _FLAGS[m.group(2)], message)
    message = _BARE.sub(lambda m: _FLAGS[m.group(1)], message)
    message = message.replace("(and a credential)", "(and an `az login`)")
    message = message.replace(
        "Check the base URL / endpoint",
        "Check --api-base (OPENAI_BASE_URL; AZURE_OPENAI_ENDPOINT on Azure)",
    )
    return message.replace("a credential or token_provider", "Entra ID")


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _entra_error(exc: BaseException) -> str | None:
    """The message for a failed Microsoft Entra ID sign-in (azure-identity's exceptions, also
    when wrapped by ours), else ``None``. azure-identity's own text lists every credential it
    tried over dozens of lines; ``--debug`` shows it."""
    for link in _chain(exc):
        module = type(link).__module__
        if not module.startswith(("azure.identity", "azure.core")):
            continue
        if (
            type(link).__name__ == "CredentialUnavailableError"
            or "failed to retrieve a token from the included credentials" in str(link)
        ):
            return (
                "No Microsoft Entra ID sign-in is available (DefaultAzureCredential found none): "
                "run `az login` (or set AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET),\n"
                "or use an API key: --auth-type azure with --api-key or AZURE_OPENAI_API_KEY "
                "(--debug shows what was tried)."
            )
        first = str(link).strip().splitlines()[0] if str(link).strip() else type(link).__name__
        return (
            f"Microsoft Entra ID sign-in failed: {first}\n"
            "Check `az login` / the AZURE_* variables, or use --auth-type azure with --api-key "
            "(--debug shows the details)."
        )
    return None


def explain(exc: BaseException) -> tuple[str, int]:
    """The CLI's message (one or two lines, no traceback) and exit status for ``exc``.

    | exception | status |
    | --- | --- |
    | :class:`CliError` | its own |
    | :class:`~openai_realtime.errors.ConfigurationError`, ``AudioFileError``, ``ValueError`` | 2 (usage) |
    | ``APIError`` 400/404/422: the server's own message | 1 |
    | azure-identity sign-in errors (also wrapped) | 1 |
    | other :class:`~openai_realtime.errors.RealtimeError`, ``OSError``, ``ImportError`` | 1 |
    | anything else (a defect) | 1, naming the exception type and ``--debug`` |
    """
    from .audio import AudioFileError  # no [audio] import: AudioFileError is defined before it
    from .errors import APIError

    if isinstance(exc, CliError):
        return str(exc), exc.code
    entra = _entra_error(exc)
    if entra is not None:
        return entra, FAILURE
    if isinstance(exc, ConfigurationError):
        return cli_terms(str(exc)), USAGE
    if isinstance(exc, AudioFileError):
        return f"{exc}. Give a WAV, FLAC or OGG file.", USAGE
    if isinstance(exc, APIError) and exc.status_code in (400, 404, 422) and exc.message:
        where = f", {exc.param}" if exc.param else ""
        code = f" ({exc.code})" if exc.code else ""
        return (
            f"the server refused the request (HTTP {exc.status_code}{where}){code}: {exc.message}",
            FAILURE,
        )
    if isinstance(exc, RealtimeError | ImportError):
        return cli_terms(str(exc)), FAILURE
    if isinstance(exc, ValueError):  # the library's check of a request against the spec
        return cli_terms(str(exc)), USAGE
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""), FAILURE
    return (
        f"unexpected {type(exc).__name__}: {exc}\n"
        "This is a defect in openai-realtime; run again with --debug for the traceback.",
        FAILURE,
    )


def user_errors(
    report: Callable[[str, int], Any], debug: Callable[[], bool]
) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """Decorate a command: an exception becomes ``report(message, status)`` (which exits), or,
    when ``debug()`` is true, propagates with its traceback. A closed standard output becomes
    :class:`OutputClosed`. ``KeyboardInterrupt`` and click's own exits pass through."""

    def decorate(func: Callable[_P, _R]) -> Callable[_P, _R]:
        @functools.wraps(func)
        def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            try:
                return func(*args, **kwargs)
            except BrokenPipeError as exc:
                raise OutputClosed from exc
            except Exception as exc:
                if _is_click_exit(exc):
                    raise
                if debug():
                    raise
                report(*explain(exc))
                raise  # report() exits; this only satisfies the type checker

        return wrapper

    return decorate


def _is_click_exit(exc: BaseException) -> bool:
    module = type(exc).__module__
    return module.startswith(("click", "typer"))


def check_port_free(host: str, port: int) -> None:
    """Bind ``host:port`` (with ``SO_REUSEADDR``, as uvicorn does) and release it.

    Raises:
        CliError: the address cannot be used (in use, not on this machine, not permitted, an
            unknown host name), worded with ``--host`` / ``--port``.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise CliError(
            f"--host {host}: not an address of this machine ({exc.strerror}).", USAGE
        ) from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise CliError(
                    f"port {port} on {host} is already in use (another server running?): "
                    "stop it, or pick another --port.",
                    FAILURE,
                ) from None
            reason = os.strerror(exc.errno) if exc.errno else str(exc)
            raise CliError(f"cannot listen on {host}:{port}: {reason}.", FAILURE) from None
