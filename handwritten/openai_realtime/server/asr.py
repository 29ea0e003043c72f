"""Offline speech recognition for the local server: PocketSphinx, off the event loop.

The ``[server]`` extra installs ``pocketsphinx`` (its wheel ships the CMU Sphinx en-US
acoustic model, language model and pronouncing dictionary, so nothing is downloaded at run
time) and ``soxr`` (resampling to the recogniser's 16 kHz). Without them, :func:`available`
is ``False`` and the server describes speech segments instead of recognising them.

PocketSphinx decodes while holding the GIL, so a decoder in a thread would stall the server's
event loop for every other session. Recognition therefore runs in worker *processes*
(:class:`Recognizer`: ``python -m openai_realtime._speech_worker`` subprocesses, one decoder
each, started with the server), and the connection receives a
:class:`concurrent.futures.Future`.

Bounds: one recognition takes at most :data:`MAX_RECOGNITION_MS` of audio (longer segments
are not recognised: the server describes them); a connection has at most
:data:`MAX_PENDING_RECOGNITIONS` waiting (more are described at once); a result that takes
longer than :data:`RECOGNITION_TIMEOUT_S` is given up (described). The word error rate and
real-time factor on this project's recordings are printed by ``tests/test_asr.py``.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import contextlib
import importlib.util
import json
import logging
import math
import os
import queue
import struct
import subprocess
import sys
import threading
from dataclasses import dataclass
from typing import Any, Final

import numpy as np

from .audio import Samples

__all__ = [
    "MAX_PENDING_RECOGNITIONS",
    "MAX_RECOGNITION_MS",
    "RECOGNITION_TIMEOUT_S",
    "Recognition",
    "Recognizer",
    "Word",
    "available",
    "recognize",
    "shared_recognizer",
    "word_error_rate",
]

MAX_RECOGNITION_MS: Final = 120_000
"""Longest audio (ms) one recognition decodes; a longer segment is described, not decoded."""

MAX_PENDING_RECOGNITIONS: Final = 16
"""Recognitions one connection may have waiting; further segments are described at once."""

RECOGNITION_TIMEOUT_S: Final = 60.0
"""Seconds the server waits for one recognition before describing the segment instead."""

logger = logging.getLogger("openai_realtime.server")


@dataclass(frozen=True, slots=True)
class Word:
    """One recognised word: ``start_s``/``end_s`` from the start of the decoded audio
    (seconds), and ``prob``, its posterior probability in the recogniser's word lattice
    (0..1]."""

    word: str
    start_s: float
    end_s: float
    prob: float

    @property
    def logprob(self) -> float:
        """Natural log of :attr:`prob` (as in the API's ``logprobs``)."""
        return math.log(max(self.prob, 1e-300))


@dataclass(frozen=True, slots=True)
class Recognition:
    """What the recogniser heard in one segment.

    ``words`` in order (fillers and silences left out), ``text`` the words joined by spaces
    (empty when nothing was recognised), ``audio_s`` the seconds decoded, ``cpu_s`` the wall
    time the worker spent decoding (seconds; ``cpu_s / audio_s`` is the real-time factor).
    """

    text: str
    words: tuple[Word, ...]
    audio_s: float
    cpu_s: float

    @property
    def real_time_factor(self) -> float:
        """Decoding time divided by audio duration (below 1: faster than real time)."""
        return self.cpu_s / self.audio_s if self.audio_s else 0.0


def available() -> bool:
    """``True`` when ``pocketsphinx`` and ``soxr`` are importable (the ``[server]`` extra)."""
    return all(importlib.util.find_spec(name) is not None for name in ("pocketsphinx", "soxr"))


def recognize(samples: Samples, sample_rate: int) -> Recognition:
    """Decode ``samples`` (int16 mono at ``sample_rate`` Hz) in *this* process, synchronously
    (resampled to 16 kHz with soxr). Raises ``ImportError`` without pocketsphinx/soxr and
    ``ValueError`` for more than :data:`MAX_RECOGNITION_MS` of audio."""
    from .._speech_worker import recognize_pcm

    if samples.size * 1000 > MAX_RECOGNITION_MS * sample_rate:
        raise ValueError(f"more than {MAX_RECOGNITION_MS} ms of audio")
    return _recognition(recognize_pcm(np.asarray(samples, "<i2").tobytes(), sample_rate))


def _recognition(answer: dict[str, Any]) -> Recognition:
    if "error" in answer:
        raise RuntimeError(f"speech recognition failed: {answer['error']}")
    words = tuple(Word(str(w), float(a), float(b), float(p)) for w, a, b, p in answer["words"])
    return Recognition(
        " ".join(w.word for w in words), words, float(answer["audio_s"]), float(answer["cpu_s"])
    )


class _WorkerDied(RuntimeError):
    """The worker process is gone (it refused a request, or died)."""


class _Worker:
    """One ``python -m openai_realtime._speech_worker`` process and its pipes."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "openai_realtime._speech_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )

    def recognize(self, pcm: bytes, sample_rate: int) -> Recognition:
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        try:
            stdin.write(struct.pack("<II", sample_rate, len(pcm)) + pcm)
            stdin.flush()
        except OSError:  # BrokenPipeError: it refused the request, or died
            self.process.wait(5)
            raise _WorkerDied(f"the speech worker exited (code {self.process.poll()})") from None
        header = stdout.read(4)
        if len(header) < 4:
            self.process.wait(5)
            raise _WorkerDied(f"the speech worker exited (code {self.process.poll()})")
        (size,) = struct.unpack("<I", header)
        return _recognition(json.loads(stdout.read(size)))

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            if self.process.stdin is not None:
                self.process.stdin.close()
        try:
            self.process.wait(2)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


_STOP: Final = None


class Recognizer:
    """Recognition in worker processes (see the module docstring).

    Args:
        workers: worker processes (default: 2, or 1 on a one-core machine). Each holds one
            decoder (about 40 MB) and is fed by one thread of this process, which only waits
            on the pipes (the GIL is free meanwhile).

    :meth:`submit` returns a future of :class:`Recognition` (its exception: ``RuntimeError``
    when the worker failed; a failed worker is restarted); :meth:`close` stops the workers
    (also done at interpreter exit).
    """

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or min(2, os.cpu_count() or 1)
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._closed = False

    def _start(self) -> None:
        with self._lock:
            if self._closed:
                raise RuntimeError("the recognizer is closed")
            while len(self._threads) < self.workers:
                thread = threading.Thread(
                    target=self._serve, name="openai-realtime-asr", daemon=True
                )
                thread.start()
                self._threads.append(thread)

    def _serve(self) -> None:
        worker: _Worker | None = None
        try:
            worker = _Worker()
            while True:
                job = self._queue.get()
                if job is _STOP:
                    return
                future, pcm, rate = job
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    future.set_result(worker.recognize(pcm, rate))
                except Exception as exc:
                    future.set_exception(exc)
                    if isinstance(exc, _WorkerDied | OSError) or worker.process.poll() is not None:
                        worker.stop()
                        worker = _Worker()
        except Exception:
            logger.exception("the speech recognition worker failed")
        finally:
            if worker is not None:
                worker.stop()

    def warm(self) -> None:
        """Start the worker processes (they load their models) now, so that the first
        recognition does not wait for them; returns at once."""
        self._start()

    def submit(self, samples: Samples, sample_rate: int) -> concurrent.futures.Future[Recognition]:
        """Queue ``samples`` (int16 mono, ``sample_rate`` Hz) for recognition."""
        self._start()
        future: concurrent.futures.Future[Recognition] = concurrent.futures.Future()
        self._queue.put((future, np.asarray(samples, "<i2").tobytes(), sample_rate))
        return future

    def close(self) -> None:
        """Stop the worker processes (queued recognitions are left unanswered)."""
        with self._lock:
            self._closed = True
            threads, self._threads = self._threads, []
        for _ in threads:
            self._queue.put(_STOP)
        for thread in threads:
            thread.join(5)


_shared: Recognizer | None = None
_shared_lock = threading.Lock()


def shared_recognizer() -> Recognizer | None:
    """The process-wide :class:`Recognizer`, or ``None`` when :func:`available` is false."""
    global _shared
    if not available():
        return None
    with _shared_lock:
        if _shared is None:
            _shared = Recognizer()
            atexit.register(_shared.close)
        return _shared


def word_error_rate(reference: str, hypothesis: str) -> tuple[float, int, int]:
    """Word error rate of ``hypothesis`` against ``reference``: ``(wer, errors, words)``,
    where errors are the word-level Levenshtein distance (substitutions + deletions +
    insertions) and words the number of reference words. Case and punctuation other than
    apostrophes are ignored."""

    def norm(text: str) -> list[str]:
        kept = "".join(c.lower() if c.isalnum() or c == "'" else " " for c in text)
        return kept.split()

    ref, hyp = norm(reference), norm(hypothesis)
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    errors = row[-1]
    return (errors / len(ref) if ref else float(errors > 0)), errors, len(ref)
