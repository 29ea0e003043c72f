"""``make bench``: run every case for ours, the official SDK and the floor; write results.md.

Usage (from the repository root, after ``make bench`` created ``bench/.venv-openai``)::

    .venv/bin/python bench/run.py                # the full run (a few minutes on 2 cores)
    BENCH_QUICK=1 .venv/bin/python bench/run.py  # a scaled-down smoke run (not for figures)
    .venv/bin/python bench/run.py --cases receive,send

Each client runs in its own process (``bench/client.py``), the three alternating round by
round (the order rotates), against the same servers, which run in their own processes: the
purpose-built fast server (``bench/fastserver.py``) for the throughput cases and the project's
local realtime server (``bench/localserver.py``) for the conversational latency. With two or more
CPUs the servers are pinned to CPU 0 and the clients to CPU 1. Figures are medians over rounds.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PY_OURS = Path(sys.executable)
PY_SDK = BENCH / ".venv-openai" / "bin" / "python"
IMPLS = ("ours", "sdk", "floor")
QUICK = os.environ.get("BENCH_QUICK") == "1"
CPUS = sorted(os.sched_getaffinity(0))
SERVER_CPUS = {CPUS[0]} if len(CPUS) >= 2 else set(CPUS)
CLIENT_CPUS = {CPUS[1]} if len(CPUS) >= 2 else set(CPUS)

#: Scale of each case; BENCH_QUICK=1 shrinks everything for a smoke run.
SCALE: dict[str, dict[str, Any]] = {
    "receive": {"rounds": 5, "mixes": 1000, "reps": 3},
    "receive_cold": {"rounds": 5, "mixes": 1000, "reps": 3},
    "send": {"rounds": 3, "seconds": 3600},
    "latency": {"rounds": 5, "n": 2000, "warmup": 300},
    "latency_fast": {"rounds": 5, "n": 5000, "warmup": 500},
    "many": {"rounds": 3, "n": 1000},
    "long": {"events": 1_000_000},
    "import": {"rounds": 7},
    "regenerate": {"rounds": 2},
    "live_sessions": {"rounds": 2, "start": 100, "budget_s": 40, "max_steps": 6},
    "live_sessions_g711": {"rounds": 1, "start": 100, "budget_s": 35, "max_steps": 6},
}
if QUICK:
    SCALE = {
        "receive": {"rounds": 1, "mixes": 100, "reps": 1},
        "receive_cold": {"rounds": 1, "mixes": 100, "reps": 1},
        "send": {"rounds": 1, "seconds": 60},
        "latency": {"rounds": 1, "n": 200, "warmup": 20},
        "latency_fast": {"rounds": 1, "n": 300, "warmup": 30},
        "many": {"rounds": 1, "n": 100},
        "long": {"events": 50_000},
        "import": {"rounds": 2},
        "regenerate": {"rounds": 1},
        "live_sessions": {"rounds": 1, "start": 50, "budget_s": 8, "max_steps": 2},
        "live_sessions_g711": {"rounds": 1, "start": 50, "budget_s": 8, "max_steps": 2},
    }


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


#: Niceness of the benchmark processes (clients and servers): other work on the machine (tests
#: running concurrently) then disturbs the measurements less. Needs root for < 0; ignored if denied.
NICE = int(os.environ.get("BENCH_NICE", "-10"))


#: The live-sessions case runs its client (and the fast server, for its duration) in the
#: real-time class SCHED_FIFO, priority 1, when allowed (root): its figure is a p99 lag, and on a
#: shared machine a nice value still leaves the client waiting on the run queue for other
#: processes' time slices (measured: ~30% of a window at nice -10 next to a test suite).
#: The kernel's RT throttling keeps 5% of each second for others. ``BENCH_RT=0`` turns it off.
RT = os.environ.get("BENCH_RT", "1") != "0"


def set_realtime(pid: int, on: bool) -> bool:
    """Put ``pid`` in SCHED_FIFO priority 1 (``on``) or back in SCHED_OTHER; False if denied."""
    try:
        if on:
            os.sched_setscheduler(pid, os.SCHED_FIFO, os.sched_param(1))
        else:
            os.sched_setscheduler(pid, os.SCHED_OTHER, os.sched_param(0))
    except (OSError, AttributeError):
        return False
    return True


def pin(cpus: set[int], realtime: bool = False) -> Callable[[], None]:
    def apply() -> None:
        os.sched_setaffinity(0, cpus)
        if NICE:
            with contextlib.suppress(OSError):
                os.nice(NICE)
        if realtime and RT:
            set_realtime(0, True)

    return apply


def loadavg() -> list[float]:
    try:
        return [float(x) for x in Path("/proc/loadavg").read_text().split()[:3]]
    except (OSError, ValueError):
        return []


def python_for(impl: str) -> Path:
    return PY_SDK if impl == "sdk" else PY_OURS


class Server:
    """A server process of ours; ``port`` from the ``PORT n`` line it prints."""

    def __init__(self, script: str, *args: str) -> None:
        self.proc = subprocess.Popen(
            [str(PY_OURS), str(BENCH / script), *args],
            stdout=subprocess.PIPE,
            text=True,
            preexec_fn=pin(SERVER_CPUS),
            cwd=ROOT,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.startswith("PORT "):
            self.stop()
            raise RuntimeError(f"{script} did not start: {line!r}")
        self.port = int(line.split()[1])

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def run_client(
    impl: str, case: str, port: int, *args: str, timeout: float = 600, realtime: bool = False
) -> dict[str, Any]:
    cmd = [str(python_for(impl)), str(BENCH / "client.py"), impl, case, "--port", str(port), *args]
    proc = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=pin(CLIENT_CPUS, realtime),
        cwd=ROOT,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stderr[-4000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def alternate(
    rounds: int, fn: Callable[[str], dict[str, Any]], impls: Sequence[str] = IMPLS
) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {i: [] for i in impls}
    for r in range(rounds):
        order = list(impls[r % len(impls) :]) + list(impls[: r % len(impls)])
        for impl in order:
            out[impl].append(fn(impl))
    return out


def med(rows: list[dict[str, Any]], key: str) -> float:
    return statistics.median(float(r[key]) for r in rows)


# --------------------------------------------------------------------------------------- cases


def _receive(scale: dict[str, Any], fast: Server, *extra: str) -> dict[str, Any]:
    runs = alternate(
        scale["rounds"],
        lambda impl: run_client(
            impl,
            "receive",
            fast.port,
            "--rounds",
            str(scale["mixes"]),
            "--reps",
            str(scale["reps"]),
            *extra,
        ),
    )
    return {
        "runs": runs,
        "us_per_event": {i: med(runs[i], "us_per_event_median") for i in runs},
        "cpu_us_per_event": {i: med(runs[i], "cpu_us_per_event_median") for i in runs},
        "minor_faults": {i: med(runs[i], "minor_faults") for i in runs},
    }


def case_receive(fast: Server, local: Server) -> dict[str, Any]:
    return _receive(SCALE["receive"], fast, "--warm-allocator")


def case_receive_cold(fast: Server, local: Server) -> dict[str, Any]:
    return _receive(SCALE["receive_cold"], fast)


def case_send(fast: Server, local: Server) -> dict[str, Any]:
    s = SCALE["send"]
    runs = alternate(
        s["rounds"],
        lambda impl: run_client(
            impl, "send", fast.port, "--seconds", str(s["seconds"]), "--warm-allocator"
        ),
    )
    return {
        "runs": runs,
        "x_realtime": {i: med(runs[i], "x_realtime") for i in runs},
        "cpu_x_realtime": {i: med(runs[i], "cpu_x_realtime") for i in runs},
        "us_per_chunk": {i: med(runs[i], "us_per_chunk") for i in runs},
        "audio_seconds": s["seconds"],
    }


def _latency(server: Server, scale: dict[str, Any], extra: Sequence[str]) -> dict[str, Any]:
    # p99 figures: the client and this server run in SCHED_FIFO like the live case (see RT)
    server_rt = RT and set_realtime(server.proc.pid, True)
    try:
        runs = alternate(
            scale["rounds"],
            lambda impl: run_client(
                impl,
                "latency",
                server.port,
                "--n",
                str(scale["n"]),
                "--warmup",
                str(scale["warmup"]),
                "--warm-allocator",
                *extra,
                realtime=True,
            ),
        )
    finally:
        if server_rt:
            set_realtime(server.proc.pid, False)
    return {
        "realtime": RT,
        "runs": runs,
        "p50_us": {i: med(runs[i], "p50_us") for i in runs},
        "p99_us": {i: med(runs[i], "p99_us") for i in runs},
    }


def case_latency(fast: Server, local: Server) -> dict[str, Any]:
    return _latency(local, SCALE["latency"], ["--first-event", "session.created", "--expect-done"])


def case_latency_fast(fast: Server, local: Server) -> dict[str, Any]:
    return _latency(fast, SCALE["latency_fast"], [])


def case_many(fast: Server, local: Server) -> dict[str, Any]:
    s = SCALE["many"]
    n = str(s["n"])
    runs = alternate(s["rounds"], lambda impl: run_client(impl, "many", fast.port, "--n", n))
    traced = alternate(
        1, lambda impl: run_client(impl, "many", fast.port, "--n", n, "--tracemalloc")
    )
    return {
        "runs": runs,
        "traced_runs": traced,
        "n": s["n"],
        "open_s": {i: med(runs[i], "open_s") for i in runs},
        "rss_kb": {i: med(runs[i], "rss_per_session_kb") for i in runs},
        "traced_kb": {i: med(traced[i], "traced_per_session_kb") for i in traced},
    }


def case_long(fast: Server, local: Server) -> dict[str, Any]:
    s = SCALE["long"]
    runs = alternate(
        1, lambda impl: run_client(impl, "long", fast.port, "--events", str(s["events"]))
    )
    return {"runs": runs, "events": s["events"]}


def _live(
    fast: Server, scale: dict[str, Any], fmt: str, impls: Sequence[str] = IMPLS
) -> dict[str, Any]:
    """Live sessions: per process, the search for the largest N within the bound (client.py
    ``case_live``); medians over rounds of the largest N and of the CPU at the fixed N."""
    server_rt = RT and set_realtime(fast.proc.pid, True)
    try:
        runs = alternate(
            scale["rounds"],
            lambda impl: run_client(
                impl,
                "live",
                fast.port,
                "--format",
                fmt,
                "--start",
                str(scale["start"]),
                "--budget-s",
                str(scale["budget_s"]),
                "--max-steps",
                str(scale["max_steps"]),
                realtime=True,
            ),
            impls,
        )
    finally:
        if server_rt:
            set_realtime(fast.proc.pid, False)
    fixed = {i: [r["fixed"] for r in runs[i]] for i in runs}
    return {
        "runs": runs,
        "format": fmt,
        "realtime": RT,
        "fixed_n": scale["start"],
        "max_sessions": {i: statistics.median(r["max_sessions"] for r in runs[i]) for i in runs},
        "cpu_us_per_session_s": {
            i: statistics.median(f["cpu_us_per_session_s"] for f in fixed[i]) for i in runs
        },
        "fixed_lag_p99_ms": {i: statistics.median(f["lag_p99_ms"] for f in fixed[i]) for i in runs},
    }


def case_live_sessions(fast: Server, local: Server) -> dict[str, Any]:
    # with the sans-I/O prototype of issue 10's one-I/O-edge shell (bench/experiments.py)
    return _live(fast, SCALE["live_sessions"], "pcm24k", (*IMPLS, "sansio"))


def case_live_sessions_g711(fast: Server, local: Server) -> dict[str, Any]:
    return _live(fast, SCALE["live_sessions_g711"], "g711")


IMPORT_STMTS = {
    "ours": "import openai_realtime",
    "ours_session_rest": "from openai_realtime import connect_realtime_session, RealtimeClient",
    "ours_session": "from openai_realtime import connect_realtime_session",
    # the same as ours_session_rest, as a core install (no [cli] extra) sees it: httpx imports
    # its command line (click, rich, pygments) whenever they are installed
    "ours_session_rest_core": "import sys; sys.modules.update(click=None, rich=None, pygments=None)"
    "; from openai_realtime import connect_realtime_session, RealtimeClient",
    "sdk": "from openai import AsyncOpenAI; import openai.resources.realtime.realtime, "
    "openai.lib._websocket",
    "floor": "import json, websockets.asyncio.client",
}


def _importtime(python: Path, stmt: str) -> tuple[float, list[tuple[str, int, int]]]:
    """(cumulative ms of ``stmt`` per -X importtime, top-level modules with their times)."""

    def top(code: str) -> list[tuple[str, int, int]]:
        proc = subprocess.run(
            [str(python), "-X", "importtime", "-c", code],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
            preexec_fn=pin(CLIENT_CPUS, realtime=True),
        )
        rows = []
        for line in proc.stderr.splitlines():
            m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
            if m:
                rows.append((m.group(4), int(m.group(1)), int(m.group(2)), len(m.group(3))))
        return [(name, self_us, cum) for name, self_us, cum, indent in rows if indent == 1]

    base = {name for name, _, _ in top("pass")}
    mods = [row for row in top(stmt) if row[0] not in base]
    return sum(cum for _, _, cum in mods) / 1000, mods


def _wall_import(python: Path, stmt: str) -> tuple[float, float]:
    """(wall ms, CPU ms) of ``stmt`` in a fresh process; the CPU time (``process_time``) does
    not count time the process waited for the core, so it holds up under other load."""
    code = (
        "import time; t, c = time.perf_counter(), time.process_time()\n"
        f"{stmt}\n"
        "print((time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000)"
    )
    proc = subprocess.run(
        [str(python), "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        preexec_fn=pin(CLIENT_CPUS, realtime=True),
    )
    wall, cpu = proc.stdout.split()
    return float(wall), float(cpu)


def case_import(fast: Server, local: Server) -> dict[str, Any]:
    rounds = SCALE["import"]["rounds"]
    # A wheel install byte-compiles the package (pip does, as it did for websockets, httpx and
    # the SDK); the editable checkout has no .pyc files until a run writes them, and none at all
    # under PYTHONDONTWRITEBYTECODE=1. Compile first, so that ours is not timed compiling.
    subprocess.run(
        [str(PY_OURS), "-m", "compileall", "-q", "handwritten", "generated"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    out: dict[str, Any] = {
        "importtime_ms": {},
        "wall_ms": {},
        "breakdown": {},
        "importtime_runs": {},
        "wall_runs": {},
    }
    # Round by round, every statement once per round (the order rotating), so that a burst of
    # other load on the machine hits all statements alike rather than one statement's rounds.
    keys = list(IMPORT_STMTS)
    cum: dict[str, list[float]] = {key: [] for key in keys}
    wall: dict[str, list[float]] = {key: [] for key in keys}
    cpu: dict[str, list[float]] = {key: [] for key in keys}
    mods: dict[str, list[tuple[str, int, int]]] = {}
    for r in range(rounds):
        for key in keys[r % len(keys) :] + keys[: r % len(keys)]:
            python = PY_SDK if key == "sdk" else PY_OURS
            c, mods[key] = _importtime(python, IMPORT_STMTS[key])
            cum[key].append(c)
            w, c = _wall_import(python, IMPORT_STMTS[key])
            wall[key].append(w)
            cpu[key].append(c)
    for key in keys:
        out["importtime_runs"][key] = cum[key]
        out["wall_runs"][key] = wall[key]
        out["importtime_ms"][key] = statistics.median(cum[key])
        out["wall_ms"][key] = statistics.median(wall[key])
        out.setdefault("cpu_ms", {})[key] = statistics.median(cpu[key])
        out.setdefault("cpu_runs", {})[key] = cpu[key]
        out["breakdown"][key] = sorted(mods[key], key=lambda r: -r[2])[:12]
    out["statements"] = IMPORT_STMTS
    return out


def case_regenerate(fast: Server, local: Server) -> dict[str, Any]:
    times = []
    for _ in range(SCALE["regenerate"]["rounds"]):
        t0 = time.perf_counter()
        subprocess.run(
            [str(PY_OURS), "generator/regenerate.py", "--check"],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - t0)
    return {"seconds": statistics.median(times), "runs": times}


CASES: dict[str, Callable[[Server, Server], dict[str, Any]]] = {
    "receive": case_receive,
    "receive_cold": case_receive_cold,
    "send": case_send,
    "latency": case_latency,
    "latency_fast": case_latency_fast,
    "many": case_many,
    "long": case_long,
    "import": case_import,
    "regenerate": case_regenerate,
    "live_sessions": case_live_sessions,
    "live_sessions_g711": case_live_sessions_g711,
}


# ------------------------------------------------------------------------------------ machine


def machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 2**20:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass

    def pyver(python: Path) -> str:
        return subprocess.run(
            [str(python), "-c", "import sys; print(sys.version.split()[0])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        "python_ours": pyver(PY_OURS),
        "python_sdk": pyver(PY_SDK),
        "pinning": f"servers on CPU {sorted(SERVER_CPUS)}, clients on CPU {sorted(CLIENT_CPUS)}"
        f", nice {NICE}",
        "loadavg_start": loadavg(),
    }


def main() -> None:
    from report import write_report

    p = argparse.ArgumentParser()
    p.add_argument("--cases", default=",".join(CASES), help="comma-separated subset")
    p.add_argument("--out", default=str(BENCH / "results.md"))
    p.add_argument("--json", default=str(BENCH / "results.json"))
    p.add_argument(
        "--report-only", action="store_true", help="rewrite results.md from results.json"
    )
    args = p.parse_args()
    if args.report_only:
        data = json.loads(Path(args.json).read_text())
        write_report(data, Path(args.out))
        return
    if not PY_SDK.exists():
        sys.exit(f"{PY_SDK} is missing: run `make bench` (it creates bench/.venv-openai)")
    wanted = [c for c in args.cases.split(",") if c]
    unknown = set(wanted) - set(CASES)
    if unknown:
        sys.exit(f"unknown cases {sorted(unknown)}; known: {', '.join(CASES)}")
    started = time.perf_counter()
    data: dict[str, Any] = {"machine": machine(), "quick": QUICK, "scale": SCALE, "cases": {}}
    previous: dict[str, Any] = {}
    if Path(args.json).exists() and set(wanted) != set(CASES):
        # a partial run updates the previous results
        previous = json.loads(Path(args.json).read_text())
        if previous.get("quick") == QUICK:
            data["cases"] = previous.get("cases", {})
            data["full_run"] = previous.get("full_run") or {
                k: previous.get(k) for k in ("run_at", "total_s", "machine")
            }
    fast = Server("fastserver.py")
    local = Server("localserver.py")
    errors: dict[str, str] = {}
    try:
        for case in wanted:
            log(f"{case} ...")
            t0, load0 = time.perf_counter(), loadavg()
            try:
                result = CASES[case](fast, local)
            except (RuntimeError, subprocess.SubprocessError, OSError) as exc:
                # one failing case (a client timing out on an overloaded machine) must not
                # discard the others: it is reported, and the previous figures are dropped
                errors[case] = str(exc)[-1500:]
                data["cases"].pop(case, None)
                log(f"{case} FAILED: {str(exc)[-300:]}")
                continue
            data["cases"][case] = result
            data["cases"][case]["wall_s"] = time.perf_counter() - t0
            data["cases"][case]["run_at"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
            data["cases"][case]["loadavg"] = [load0, loadavg()]
            log(f"{case} done in {time.perf_counter() - t0:.1f} s")
    finally:
        fast.stop()
        local.stop()
    data["errors"] = errors
    data["total_s"] = time.perf_counter() - started
    data["run_at"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    if "full_run" in data:
        # every case re-run since the full run, with when (the latest re-run of each)
        data["rerun_cases"] = [
            case
            for case in data["cases"]
            if case in wanted or case in previous.get("rerun_cases", [])
        ]
    data["machine"]["loadavg_end"] = loadavg()
    versions: dict[str, dict[str, str]] = {}
    for case in data["cases"].values():
        for impl, rows in (
            case.get("runs", {}).items() if isinstance(case.get("runs"), dict) else []
        ):
            if rows and "versions" in rows[0]:
                versions[impl] = rows[0]["versions"]
    data["versions"] = versions
    Path(args.json).write_text(json.dumps(data, indent=1) + "\n")
    write_report(data, Path(args.out))
    log(f"wrote {args.out} ({data['total_s']:.0f} s)")


if __name__ == "__main__":
    sys.path.insert(0, str(BENCH))
    main()
