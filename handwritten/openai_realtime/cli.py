"""The ``openai-realtime`` command line (extra ``[cli]``; ``transcribe`` also needs ``[audio]``).

Commands:

* ``openai-realtime transcribe FILE``: stream a WAV/FLAC/OGG recording (any rate and channel count,
  resampled to 24 kHz mono PCM16) through a realtime transcription session and print the speech
  segments and transcription events as they arrive. ``--local`` starts the local server
  in-process, mints an ephemeral client secret with the REST API and connects with it.
* ``openai-realtime chat [MESSAGE ...]``: a text conversation (the messages given, else one per
  line of standard input), printing the answers; ``--local`` as for ``transcribe``.
* ``openai-realtime client-secret create``: mint an ephemeral client secret and print it (the only
  command that prints a secret, because that is what it is asked for).
* ``openai-realtime server``: run the local realtime server on 127.0.0.1.
* ``openai-realtime --version``; ``--debug`` (anywhere) shows the traceback of an error.

Errors are one or two lines in the CLI's terms (:mod:`openai_realtime.cli_errors`): exit status 2
for a usage error (flags, environment, files), 1 for a failure while running, 130 on Ctrl-C.

Connection flags shared by the commands that connect: ``--api-type --auth-type --api-base
--api-key --api-version --deployment --model`` (environment variables as in
:mod:`openai_realtime.config`).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import inspect
import json
import logging
import os
import secrets
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Annotated, Any, Final, NoReturn

try:
    import typer
    from rich.console import Console
    from rich.markup import escape
except ImportError as exc:  # pragma: no cover - depends on the install
    raise SystemExit(
        f"The openai-realtime command line needs its extra: pip install 'openai-realtime[cli]' ({exc})"
    ) from exc

from . import __version__
from .cli_errors import USAGE, CliError, OutputClosed, check_port_free, user_errors
from .errors import EventTimeoutError

app = typer.Typer(
    name="openai-realtime",
    help="OpenAI Realtime API client: transcribe files, mint client secrets, run the local server.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
client_secret_app = typer.Typer(help="Ephemeral client secrets (ek_...).", no_args_is_help=True)
app.add_typer(client_secret_app, name="client-secret")

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)
# Not a terminal (a pipe, a file): lines are not wrapped at 80 columns.
console.soft_wrap = not console.is_terminal
err_console.soft_wrap = not err_console.is_terminal

# click's exceptions, from wherever this typer takes click (typer >= 0.25 vendors it).
_UsageError: Any = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")
_click_exceptions = sys.modules[_UsageError.__module__]
_NoArgsIsHelpError: Any = getattr(_click_exceptions, "NoArgsIsHelpError", ())
_Abort: Any = getattr(_click_exceptions, "Abort", typer.Abort)

_debug = False
"""``--debug`` was given: errors propagate with their traceback."""


def _report(message: str, code: int) -> None:
    err_console.print(f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(code=code)


command_errors = user_errors(_report, lambda: _debug)


def _show_version(value: bool) -> None:
    if value:
        sys.stdout.write(f"openai-realtime {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="print the version and exit", is_eager=True, callback=_show_version
        ),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="show the traceback of an error (anywhere in the line)")
    ] = False,
) -> None:
    """OpenAI Realtime API client: transcribe files, mint client secrets, run the local server."""


ApiType = Annotated[str | None, typer.Option("--api-type", help="openai | azure")]
AuthType = Annotated[str | None, typer.Option("--auth-type", help="openai | azure | azure_ad")]
ApiBase = Annotated[
    str | None,
    typer.Option("--api-base", help="OpenAI base URL (…/v1) or Azure resource endpoint"),
]
ApiKey = Annotated[
    str | None,
    typer.Option(
        "--api-key", help="API key (else OPENAI_API_KEY / AZURE_OPENAI_API_KEY)", show_default=False
    ),
]
ApiVersion = Annotated[
    str | None,
    typer.Option(
        "--api-version",
        help="Azure api-version, e.g. 2025-04-01-preview: the beta dialect (omit for GA)",
    ),
]
Deployment = Annotated[str | None, typer.Option("--deployment", help="Azure deployment name")]


#: The connection flags of every command that connects, as (parameter, annotation):
#: ``Settings.resolve`` keywords (PSOpenAI's -ApiType, -AuthType, -ApiBase, -ApiKey, ...).
_CONNECTION_FLAGS: Final = (
    ("api_type", ApiType),
    ("auth_type", AuthType),
    ("api_base", ApiBase),
    ("api_key", ApiKey),
    ("api_version", ApiVersion),
    ("deployment", Deployment),
)


def connection_flags(command: Callable[..., None]) -> Callable[..., None]:
    """Give ``command`` the connection flags (``--api-type`` ... ``--deployment``, after its
    own options); it receives the ones given as ``settings_kwargs`` (``Settings.resolve``
    keywords, unset flags left out)."""
    signature = inspect.signature(command, eval_str=True)
    own = [p for p in signature.parameters.values() if p.name != "settings_kwargs"]
    flags = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=hint)
        for name, hint in _CONNECTION_FLAGS
    ]

    @functools.wraps(command)
    def with_flags(**options: Any) -> None:
        given = {name: options.pop(name, None) for name, _ in _CONNECTION_FLAGS}
        command(**options, settings_kwargs={k: v for k, v in given.items() if v is not None})

    with_flags.__signature__ = signature.replace(parameters=[*own, *flags])  # type: ignore[attr-defined]
    return with_flags


async def _start_local_server(stack: contextlib.AsyncExitStack) -> dict[str, Any]:
    """Start the local server in-process with a fresh key; return the settings to reach it."""
    from .server import LocalRealtimeServer, ServerConfig

    key = "sk-local-" + secrets.token_hex(8)
    server = LocalRealtimeServer(ServerConfig(api_keys=frozenset({key})))
    await stack.enter_async_context(server)
    return {"api_key": key, "api_base": server.base_url}


def _print_metrics(session: Any, info: Console, as_json: bool) -> None:
    """The session's metrics summary: with ``--json`` a last JSON line on standard output
    (``{"type": "openai_realtime.metrics", "metrics": {...}}``), else a few dim lines."""
    from .metrics import format_summary

    summary = session.metrics.to_dict()
    if as_json:
        sys.stdout.write(json.dumps({"type": "openai_realtime.metrics", "metrics": summary}) + "\n")
        sys.stdout.flush()
    else:
        info.print(f"[dim]{escape(format_summary(summary))}[/]")


def _run(main: Coroutine[Any, Any, int]) -> NoReturn:
    """Run a command's coroutine and exit with the code it returns (130 on Ctrl-C)."""
    try:
        code = asyncio.run(main)
    except KeyboardInterrupt:
        raise typer.Exit(code=130) from None
    raise typer.Exit(code=code)


def _local_with_flags(kwargs: dict[str, Any]) -> CliError:
    given = " ".join("--" + name.replace("_", "-") for name in kwargs)
    return CliError(
        f"--local starts its own server and connects to it: drop {given} (or drop --local).",
        USAGE,
    )


# ----------------------------------------------------------------------------------- transcribe


def _session_created(event: Any) -> str:
    session = getattr(event, "session", None)
    sid = getattr(session, "id", "?")
    return f"[dim]session {sid} created ({getattr(session, 'type_', '?')})[/]"


#: Event type -> its human-readable line (rich markup; server text escaped).
_EVENT_LINES: dict[str, Callable[[Any], str]] = {
    "session.created": _session_created,
    "session.updated": lambda _: "[dim]session updated[/]",
    "input_audio_buffer.speech_started": (
        lambda e: f"[cyan]{e.audio_start_ms / 1000:7.2f} s[/]  speech started"
    ),
    "input_audio_buffer.speech_stopped": (
        lambda e: f"[cyan]{e.audio_end_ms / 1000:7.2f} s[/]  speech stopped"
    ),
    "input_audio_buffer.committed": lambda e: f"           committed {e.item_id}",
    "conversation.item.input_audio_transcription.delta": (
        lambda e: f"           [yellow]delta[/] {escape(repr(e.delta))}"
    ),
    "conversation.item.input_audio_transcription.completed": (
        lambda e: f"           [bold green]transcript[/] {escape(e.transcript)}"
    ),
    "conversation.item.input_audio_transcription.failed": (
        lambda e: f"           [red]transcription failed[/] {escape(str(e.error.message))}"
    ),
    "error": lambda e: f"[red]server error[/] {escape(str(e.error.message))}",
}


def _event_line(event: Any) -> str | None:
    """One human-readable line for the events worth showing, else ``None``."""
    line = _EVENT_LINES.get(event.type_)
    return line(event) if line is not None else None


async def _transcribe(
    path: Path,
    *,
    local: bool,
    speed: float,
    chunk_ms: int,
    model: str,
    language: str | None,
    as_json: bool,
    settings_kwargs: dict[str, Any],
    record: Path | None = None,
) -> int:
    from .audio import SAMPLE_RATE, read_audio_file
    from .audio_formats import AUDIO_FORMATS
    from .client import AsyncRealtimeClient
    from .connect import connect_realtime_transcription_session
    from .transcribe import stream_and_transcribe

    pcm = await asyncio.to_thread(read_audio_file, path)  # AudioFileError for anything unreadable
    import soundfile  # read_audio_file has checked that the [audio] extra is installed

    source = await asyncio.to_thread(soundfile.info, str(path))
    audio_s = len(pcm) / 2 / SAMPLE_RATE
    transcription: dict[str, Any] = {"model": model}
    if language:
        transcription["language"] = language
    session_config: dict[str, Any] = {
        "type": "transcription",
        "audio": {
            "input": {
                "format": AUDIO_FORMATS["audio/pcm"].ga_object(),
                "transcription": transcription,
                "turn_detection": {"type": "server_vad", "silence_duration_ms": 500},
            }
        },
    }

    async with contextlib.AsyncExitStack() as stack:
        if local:
            settings_kwargs = await _start_local_server(stack)
            where = f"the local server at {settings_kwargs['api_base']}"
        else:
            where = "the configured endpoint"
        info = console if not as_json else err_console
        info.print(
            f"Transcribing [bold]{escape(str(path))}[/] ({audio_s:.2f} s, {source.samplerate} Hz, "
            f"{source.channels} channel(s) -> {SAMPLE_RATE} Hz mono PCM16) through {where}"
        )

        # Mint an ephemeral client secret with the REST API (the generated endpoint function),
        # then open the WebSocket with it: the key itself never reaches the socket.
        async with AsyncRealtimeClient(**settings_kwargs) as rest:
            secret = await rest.mint_client_secret(session_config)
        info.print(f"[dim]client secret minted over REST (expires at {secret.expires_at})[/]")
        connect_kwargs = {k: v for k, v in settings_kwargs.items() if k != "api_key"}
        session = await stack.enter_async_context(
            connect_realtime_transcription_session(
                client_secret=secret.value, record_to=record, **connect_kwargs
            )
        )

        progress: Any = None
        task: Any = None
        if console.is_terminal and not as_json:
            from rich.progress import BarColumn, Progress, TextColumn

            progress = Progress(
                TextColumn("audio sent"),
                BarColumn(),
                TextColumn("{task.completed:.1f}/{task.total:.1f} s"),
                console=console,
                transient=True,
            )
            stack.enter_context(progress)
            task = progress.add_task("audio", total=round(audio_s, 1))

        def on_progress(sent_ms: float) -> None:
            if progress is not None:
                progress.update(task, completed=sent_ms / 1000)

        def on_event(event: Any) -> None:
            if as_json:
                sys.stdout.write(json.dumps(event.to_dict()) + "\n")
                sys.stdout.flush()
                return
            line = _event_line(event)
            if line is not None:
                (progress.console if progress is not None else console).print(line)

        result = await stream_and_transcribe(
            session,
            pcm,
            chunk_ms=chunk_ms,
            speed=speed,
            on_event=on_event,
            on_progress=on_progress,
        )
        if progress is not None:
            progress.stop()  # the summary goes below the events, not onto the bar's line
        done = sum(1 for s in result.segments if s.transcript is not None)
        info.print(
            f"Done: {len(result.segments)} speech segment(s), {done} transcript(s), "
            f"{result.events} events, {result.elapsed_s:.2f} s for {audio_s:.2f} s of audio."
        )
        _print_metrics(session, info, as_json)
        if local and not _recognises_speech():
            info.print(
                "[dim]The local server does not recognise speech without pocketsphinx (the "
                "\\[server] extra): its transcripts describe the speech segments it measured.[/]"
            )
    return 0


def _recognises_speech() -> bool:
    from .server.asr import available

    return available()


@app.command()
@command_errors
@connection_flags
def transcribe(
    file: Annotated[Path, typer.Argument(help="WAV, FLAC or OGG file, any rate and channels")],
    local: Annotated[
        bool, typer.Option("--local", help="start the local server in-process and use it")
    ] = False,
    speed: Annotated[
        float, typer.Option("--speed", help="pace relative to real time (0 = no pacing)", min=0)
    ] = 1.0,
    chunk_ms: Annotated[int, typer.Option("--chunk-ms", help="audio per event, ms", min=10)] = 100,
    model: Annotated[
        str, typer.Option("--model", help="transcription model")
    ] = "gpt-4o-transcribe",
    language: Annotated[
        str | None, typer.Option("--language", help="ISO-639-1 language hint")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="print every server event as a JSON line")
    ] = False,
    record: Annotated[
        Path | None,
        typer.Option("--record", help="write every frame of the session to this file (JSONL)"),
    ] = None,
    *,
    settings_kwargs: dict[str, Any],
) -> None:
    """Stream an audio file through a realtime transcription session and print the events."""
    if file.is_dir():
        raise CliError(f"{file} is a directory: give an audio file (WAV, FLAC or OGG).", USAGE)
    if not file.exists():
        raise CliError(f"no such file: {file}", USAGE)
    if local and settings_kwargs:
        raise _local_with_flags(settings_kwargs)
    _run(
        _transcribe(
            file,
            local=local,
            speed=speed,
            chunk_ms=chunk_ms,
            model=model,
            language=language,
            as_json=as_json,
            settings_kwargs=settings_kwargs,
            record=record,
        )
    )


# ----------------------------------------------------------------------------------------- chat


async def _chat(
    messages: list[str],
    *,
    local: bool,
    model: str,
    instructions: str | None,
    as_json: bool,
    settings_kwargs: dict[str, Any],
) -> int:
    from openai_realtime_api.models.realtime_server_event_error import (
        RealtimeServerEventError as ErrorEvent,
    )
    from openai_realtime_api.models.realtime_server_event_response_text_delta import (
        RealtimeServerEventResponseTextDelta as TextDelta,
    )

    from .connect import connect_realtime_session

    async with contextlib.AsyncExitStack() as stack:
        if local:
            settings_kwargs = await _start_local_server(stack)
        session = await stack.enter_async_context(
            connect_realtime_session(model, **settings_kwargs)
        )
        await session.wait_for("session.created", timeout=30)
        if instructions is not None:
            await session.set_configuration(output_modalities=["text"], instructions=instructions)
        else:
            await session.set_configuration(output_modalities=["text"])
        pending = list(messages)
        while True:
            if messages:
                if not pending:
                    break
                text = pending.pop(0)
            else:
                line = await asyncio.to_thread(sys.stdin.readline)
                if not line:
                    break
                text = line.strip()
            if not text:
                continue
            await session.add_item(role="user", text=text)
            await session.request_response()
            async for event in session:
                if as_json:
                    sys.stdout.write(json.dumps(event.to_dict()) + "\n")
                elif isinstance(event, TextDelta):
                    console.print(escape(event.delta), end="")
                elif isinstance(event, ErrorEvent):
                    err_console.print(f"[red]server error[/] {escape(str(event.error.message))}")
                if event.type_ in ("response.done", "error"):
                    break
            if not as_json:
                console.print()
        if session.metrics.responses:  # a rate_limits.updated may follow the last response.done
            with contextlib.suppress(EventTimeoutError):
                await session.wait_for("rate_limits.updated", timeout=0.3)
        _print_metrics(session, err_console if as_json else console, as_json)
    return 0


@app.command()
@command_errors
@connection_flags
def chat(
    message: Annotated[
        list[str] | None,
        typer.Argument(help="user messages, one turn each (default: one per line of stdin)"),
    ] = None,
    local: Annotated[
        bool, typer.Option("--local", help="start the local server in-process and use it")
    ] = False,
    model: Annotated[str, typer.Option("--model", help="realtime model")] = "gpt-realtime",
    instructions: Annotated[
        str | None, typer.Option("--instructions", help="session instructions")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="print every server event as a JSON line")
    ] = False,
    *,
    settings_kwargs: dict[str, Any],
) -> None:
    """A text conversation: send each message, print the answer, then the session's metrics."""
    if local and settings_kwargs:
        raise _local_with_flags(settings_kwargs)
    _run(
        _chat(
            message or [],
            local=local,
            model=settings_kwargs.get("deployment") or model,
            instructions=instructions,
            as_json=as_json,
            settings_kwargs=settings_kwargs,
        )
    )


# -------------------------------------------------------------------------------- client-secret


@client_secret_app.command("create")
@command_errors
@connection_flags
def client_secret_create(
    session_type: Annotated[
        str, typer.Option("--type", help="realtime | transcription")
    ] = "realtime",
    model: Annotated[str | None, typer.Option("--model", help="model (realtime sessions)")] = None,
    expires_after: Annotated[
        int | None, typer.Option("--expires-after", help="lifetime in seconds (10-7200)")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the whole answer as JSON")] = False,
    *,
    settings_kwargs: dict[str, Any],
) -> None:
    """Mint an ephemeral client secret and print it (value, then expiry)."""
    from .client import RealtimeClient

    if session_type not in ("realtime", "transcription"):
        raise CliError(f"--type must be realtime or transcription, not {session_type!r}.", USAGE)
    session: dict[str, Any] = {"type": session_type}
    if session_type == "realtime":
        session["model"] = model or settings_kwargs.get("deployment") or "gpt-realtime"
    with RealtimeClient(**settings_kwargs) as client:
        minted = client.mint_client_secret(session, expires_after_seconds=expires_after)
    if as_json:
        console.print_json(json.dumps(minted.answer.to_dict()))
    else:
        sys.stdout.write(f"{minted.value}\n")
        err_console.print(f"[dim]expires at {minted.expires_at} (Unix seconds)[/]")


# ------------------------------------------------------------------------------------- server


@app.command()
@command_errors
def server(
    host: Annotated[str, typer.Option("--host", help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port", min=1, max=65535)] = 8765,
    api_key: Annotated[
        list[str] | None,
        typer.Option("--api-key", help="accepted API key (repeatable; default sk-local-test)"),
    ] = None,
    session_max_s: Annotated[
        float,
        typer.Option(
            "--session-max-s",
            min=0.001,
            help="session limit in seconds, then session_expired and close 1001 (as OpenAI)",
        ),
    ] = 3600.0,
    deployments: Annotated[
        list[str] | None,
        typer.Option(
            "--deployment",
            help="Azure deployment name it has (repeatable; default: one per model, named after "
            "it); others get Azure's 404 DeploymentNotFound",
        ),
    ] = None,
    allow_remote: Annotated[
        bool,
        typer.Option(
            "--allow-remote",
            help="allow a --host that is not loopback (the server is for tests; not advised)",
        ),
    ] = False,
    replay: Annotated[
        Path | None,
        typer.Option(
            "--replay",
            help="play this recording (record_to= / --record) to each client instead, "
            "checking the client's events against it",
        ),
    ] = None,
) -> None:
    """Run the local realtime server (REST and WebSocket, validated against the pinned spec)."""
    try:
        from .server import DEFAULT_API_KEY, ServerConfig, serve
        from .server.runner import is_loopback
    except ImportError as exc:
        extra = "pip install 'openai-realtime[server]'"
        raise CliError(str(exc) if extra in str(exc) else f"{exc}: {extra}") from None
    if not allow_remote and not is_loopback(host):
        raise CliError(
            f"refusing to listen on {host}, which is not a loopback address: the local server is "
            "for tests.\nUse --host 127.0.0.1, or add --allow-remote if you mean it.",
            USAGE,
        )
    check_port_free(host, port)  # before the banner: a port in use is reported, not announced
    if replay is not None:
        _serve_replay(replay, host, port)
        return
    config = ServerConfig()
    if api_key:
        config = dataclasses.replace(config, api_keys=frozenset(api_key))
    if deployments:
        config = dataclasses.replace(config, azure_deployments=frozenset(deployments))
    config = dataclasses.replace(config, session_ttl_s=session_max_s)
    shown = f"[{host}]" if ":" in host else host
    if api_key:
        keys = "the API key" if len(set(api_key)) == 1 else f"the {len(set(api_key))} API keys"
        accepts = f"Accepts {keys} given with --api-key."
    else:
        accepts = f"Accepts the API key {DEFAULT_API_KEY} (the default; set yours with --api-key)."
    console.print(
        f"Local realtime server on http://{shown}:{port}/v1 (WebSocket ws://{shown}:{port}/v1/"
        f"realtime, Azure endpoint http://{shown}:{port}). {accepts} Ctrl-C stops it.",
        markup=False,
    )
    serve(host, port, config, allow_remote=allow_remote)


def _serve_replay(path: Path, host: str, port: int) -> None:
    from .recording import RecordingError, read_recording
    from .server.replay import serve_replay

    try:
        connections = read_recording(path)
    except (RecordingError, OSError) as exc:
        raise CliError(str(exc)) from None
    frames = sum(len(c.frames) for c in connections)
    console.print(
        f"Replaying {escape(str(path))} ({len(connections)} connection(s), {frames} frames) "
        f"on ws://{host}:{port}/v1/realtime (Ctrl-C to stop)"
    )
    player = serve_replay(path, host, port)
    problems = player.problems()
    for problem in problems:
        err_console.print(f"[red]mismatch[/] {escape(problem)}")
    if problems:
        raise typer.Exit(code=1)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``openai-realtime`` console script.

    Exits with 0 on success, 2 for a usage error, 1 for a failure, 130 on Ctrl-C. ``--debug``
    anywhere before ``--`` shows the traceback of an error.
    """
    global _debug
    args = list(sys.argv[1:] if argv is None else argv)
    end = args.index("--") if "--" in args else len(args)
    _debug = "--debug" in args[:end]
    if _debug:
        args = [a for i, a in enumerate(args) if a != "--debug" or i >= end]
    else:
        # azure-identity logs every credential it tried as a WARNING, and raises the same list:
        # the CLI reports the sign-in failure once, in a line (--debug keeps azure's output).
        logging.getLogger("azure").setLevel(logging.ERROR)
    try:
        code = app(args=args, prog_name="openai-realtime", standalone_mode=False)
    except _NoArgsIsHelpError as exc:
        help_text = exc.ctx.get_help() if exc.ctx else ""  # rich help prints itself
        if help_text:
            sys.stderr.write(help_text + "\n")
        code = USAGE
    except _UsageError as exc:
        hint = f"Try '{exc.ctx.command_path} --help'." if exc.ctx else ""
        err_console.print(f"[bold red]error:[/] {escape(exc.format_message())} {hint}".rstrip())
        code = USAGE
    except (_Abort, typer.Abort):
        code = 130
    except OutputClosed:
        # The reader went away (| head): stop quietly; nothing more can be written to it.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 0
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
