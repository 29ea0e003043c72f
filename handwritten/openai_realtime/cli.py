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

Connection flags shared by the commands that connect: ``--api-type --auth-type --api-base
--api-key --api-version --deployment --model`` (environment variables as in
:mod:`openai_realtime.config`).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import secrets
import sys
from pathlib import Path
from typing import Annotated, Any

try:
    import typer
    from rich.console import Console
    from rich.markup import escape
except ImportError as exc:  # pragma: no cover - depends on the install
    raise SystemExit(
        f"The openai-realtime command line needs its extra: pip install 'openai-realtime[cli]' ({exc})"
    ) from exc

from .errors import EventTimeoutError, RealtimeError

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
    str | None, typer.Option("--api-version", help="Azure preview api-version (omit for GA)")
]
Deployment = Annotated[str | None, typer.Option("--deployment", help="Azure deployment name")]


def _settings_kwargs(
    api_type: str | None,
    auth_type: str | None,
    api_base: str | None,
    api_key: str | None,
    api_version: str | None,
    deployment: str | None,
) -> dict[str, Any]:
    given = {
        "api_type": api_type,
        "auth_type": auth_type,
        "api_base": api_base,
        "api_key": api_key,
        "api_version": api_version,
        "deployment": deployment,
    }
    return {k: v for k, v in given.items() if v is not None}


def _fail(exc: BaseException) -> typer.Exit:
    err_console.print(f"[bold red]error:[/] {exc}")
    return typer.Exit(code=1)


async def _start_local_server(stack: contextlib.AsyncExitStack) -> dict[str, Any]:
    """Start the local server in-process with a fresh key; return the settings to reach it."""
    from .server import LocalRealtimeServer, ServerConfig

    key = "sk-local-" + secrets.token_hex(8)
    server = LocalRealtimeServer(ServerConfig(api_keys=frozenset({key})))
    await stack.enter_async_context(server)
    return {"api_key": key, "base_url": server.base_url}


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


# ----------------------------------------------------------------------------------- transcribe


def _event_line(event: Any) -> str | None:
    """One human-readable line (rich markup; server text escaped) for the events worth showing,
    else ``None``."""
    kind = event.type_
    if kind == "session.created":
        session = getattr(event, "session", None)
        sid = getattr(session, "id", "?")
        return f"[dim]session {sid} created ({getattr(session, 'type_', '?')})[/]"
    if kind == "session.updated":
        return "[dim]session updated[/]"
    if kind == "input_audio_buffer.speech_started":
        return f"[cyan]{event.audio_start_ms / 1000:7.2f} s[/]  speech started"
    if kind == "input_audio_buffer.speech_stopped":
        return f"[cyan]{event.audio_end_ms / 1000:7.2f} s[/]  speech stopped"
    if kind == "input_audio_buffer.committed":
        return f"           committed {event.item_id}"
    if kind == "conversation.item.input_audio_transcription.delta":
        return f"           [yellow]delta[/] {escape(repr(event.delta))}"
    if kind == "conversation.item.input_audio_transcription.completed":
        return f"           [bold green]transcript[/] {escape(event.transcript)}"
    if kind == "conversation.item.input_audio_transcription.failed":
        return f"           [red]transcription failed[/] {escape(str(event.error.message))}"
    if kind == "error":
        return f"[red]server error[/] {escape(str(event.error.message))}"
    return None


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
) -> int:
    import soundfile

    from .audio import SAMPLE_RATE, read_audio_file
    from .client import AsyncRealtimeClient
    from .session import connect_realtime_transcription_session
    from .transcribe import stream_and_transcribe

    source = await asyncio.to_thread(soundfile.info, str(path))
    pcm = await asyncio.to_thread(read_audio_file, path)
    audio_s = len(pcm) / 2 / SAMPLE_RATE
    transcription: dict[str, Any] = {"model": model}
    if language:
        transcription["language"] = language
    session_config: dict[str, Any] = {
        "type": "transcription",
        "audio": {
            "input": {
                "format": {"type": "audio/pcm", "rate": SAMPLE_RATE},
                "transcription": transcription,
                "turn_detection": {"type": "server_vad", "silence_duration_ms": 500},
            }
        },
    }

    async with contextlib.AsyncExitStack() as stack:
        if local:
            settings_kwargs = await _start_local_server(stack)
            where = f"the local server at {settings_kwargs['base_url']}"
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
            connect_realtime_transcription_session(client_secret=secret.value, **connect_kwargs)
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
        if local:
            info.print(
                "[dim]The local server does not recognise speech: its transcripts describe the "
                "speech segments it measured.[/]"
            )
    return 0


@app.command()
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
    api_type: ApiType = None,
    auth_type: AuthType = None,
    api_base: ApiBase = None,
    api_key: ApiKey = None,
    api_version: ApiVersion = None,
    deployment: Deployment = None,
) -> None:
    """Stream an audio file through a realtime transcription session and print the events."""
    if not file.is_file():
        raise _fail(FileNotFoundError(f"no such file: {file}"))
    kwargs = _settings_kwargs(api_type, auth_type, api_base, api_key, api_version, deployment)
    if local and kwargs:
        raise _fail(ValueError("--local uses the in-process server; drop the connection flags"))
    try:
        code = asyncio.run(
            _transcribe(
                file,
                local=local,
                speed=speed,
                chunk_ms=chunk_ms,
                model=model,
                language=language,
                as_json=as_json,
                settings_kwargs=kwargs,
            )
        )
    except (RealtimeError, ImportError, ValueError, OSError) as exc:
        raise _fail(exc) from None
    except KeyboardInterrupt:
        raise typer.Exit(code=130) from None
    raise typer.Exit(code=code)


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
    from .session import connect_realtime_session

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
                kind = event.type_
                if as_json:
                    sys.stdout.write(json.dumps(event.to_dict()) + "\n")
                elif kind == "response.output_text.delta":
                    console.print(escape(event.delta), end="")
                elif kind == "error":
                    err_console.print(f"[red]server error[/] {escape(str(event.error.message))}")
                if kind in ("response.done", "error"):
                    break
            if not as_json:
                console.print()
        if session.metrics.responses:  # a rate_limits.updated may follow the last response.done
            with contextlib.suppress(EventTimeoutError):
                await session.wait_for("rate_limits.updated", timeout=0.3)
        _print_metrics(session, err_console if as_json else console, as_json)
    return 0


@app.command()
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
    api_type: ApiType = None,
    auth_type: AuthType = None,
    api_base: ApiBase = None,
    api_key: ApiKey = None,
    api_version: ApiVersion = None,
    deployment: Deployment = None,
) -> None:
    """A text conversation: send each message, print the answer, then the session's metrics."""
    kwargs = _settings_kwargs(api_type, auth_type, api_base, api_key, api_version, deployment)
    if local and kwargs:
        raise _fail(ValueError("--local uses the in-process server; drop the connection flags"))
    try:
        code = asyncio.run(
            _chat(
                message or [],
                local=local,
                model=deployment or model,
                instructions=instructions,
                as_json=as_json,
                settings_kwargs=kwargs,
            )
        )
    except (RealtimeError, ImportError, ValueError, OSError) as exc:
        raise _fail(exc) from None
    except KeyboardInterrupt:
        raise typer.Exit(code=130) from None
    raise typer.Exit(code=code)


# -------------------------------------------------------------------------------- client-secret


@client_secret_app.command("create")
def client_secret_create(
    session_type: Annotated[
        str, typer.Option("--type", help="realtime | transcription")
    ] = "realtime",
    model: Annotated[str | None, typer.Option("--model", help="model (realtime sessions)")] = None,
    expires_after: Annotated[
        int | None, typer.Option("--expires-after", help="lifetime in seconds (10-7200)")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the whole answer as JSON")] = False,
    api_type: ApiType = None,
    auth_type: AuthType = None,
    api_base: ApiBase = None,
    api_key: ApiKey = None,
    api_version: ApiVersion = None,
    deployment: Deployment = None,
) -> None:
    """Mint an ephemeral client secret and print it (value, then expiry)."""
    from .client import RealtimeClient

    kwargs = _settings_kwargs(api_type, auth_type, api_base, api_key, api_version, deployment)
    session: dict[str, Any] = {"type": session_type}
    if session_type == "realtime":
        session["model"] = model or deployment or "gpt-realtime"
    try:
        with RealtimeClient(**kwargs) as client:
            minted = client.mint_client_secret(session, expires_after_seconds=expires_after)
    except (RealtimeError, ValueError) as exc:
        raise _fail(exc) from None
    if as_json:
        console.print_json(json.dumps(minted.answer.to_dict()))
    else:
        sys.stdout.write(f"{minted.value}\n")
        err_console.print(f"[dim]expires at {minted.expires_at} (Unix seconds)[/]")


# ------------------------------------------------------------------------------------- server


@app.command()
def server(
    host: Annotated[str, typer.Option("--host", help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port")] = 8765,
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
) -> None:
    """Run the local realtime server (REST and WebSocket, validated against the pinned spec)."""
    try:
        from .server import ServerConfig, serve
    except ImportError as exc:
        raise _fail(
            ImportError(
                f"the local server needs its extra: pip install 'openai-realtime[server]' ({exc})"
            )
        ) from None
    config = ServerConfig(api_keys=frozenset(api_key)) if api_key else ServerConfig()
    config = dataclasses.replace(config, session_ttl_s=session_max_s)
    console.print(f"Local realtime server on http://{host}:{port}/v1 (Ctrl-C to stop)")
    serve(host, port, config)


def main() -> None:
    """Entry point of the ``openai-realtime`` console script."""
    app()


if __name__ == "__main__":
    main()
