"""Offline speech recognition for the local server: PocketSphinx, off the event loop.

The ``[server]`` extra installs ``pocketsphinx`` (its wheel ships the CMU Sphinx en-US
acoustic model, language model and pronouncing dictionary, so nothing is downloaded at run
time) and ``soxr`` (resampling to the recogniser's 16 kHz). Without them, :func:`available`
is ``False`` and the server describes speech segments instead of recognising them.

PocketSphinx decodes while holding the GIL, so a decoder in a thread would stall the server's
event loop for every other session. Recognition therefore runs in worker *processes*
(:class:`Recognizer`: a ``spawn`` process pool, one decoder per process, created on first use),
and the connection receives a :class:`concurrent.futures.Future`.

Bounds: one recognition takes at most :data:`MAX_RECOGNITION_MS` of audio (longer segments
are not recognised: the server describes them); a connection has at most
:data:`MAX_PENDING_RECOGNITIONS` waiting (more are described at once); a result that takes
longer than :data:`RECOGNITION_TIMEOUT_S` is given up (described). The word error rate and
real-time factor on this project's recordings are printed by ``tests/test_asr.py``.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import importlib.util
import math
import multiprocessing
import os
import threading
import time
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

DECODER_RATE: Final = 16_000
"""Sample rate (Hz) of the en-US acoustic model."""

_FILLERS: Final = frozenset({"<s>", "</s>", "<sil>", "[NOISE]", "<unk>"})


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


_decoder_lock = threading.Lock()
_decoder: Any = None


def _get_decoder() -> Any:
    global _decoder
    with _decoder_lock:
        if _decoder is None:
            from pocketsphinx import Decoder

            # bestpath: word posteriors from the lattice (Word.prob); logfn: keep stderr quiet.
            _decoder = Decoder(samprate=DECODER_RATE, bestpath=True, logfn=os.devnull)
        return _decoder


def recognize(samples: Samples, sample_rate: int) -> Recognition:
    """Decode ``samples`` (int16 mono at ``sample_rate`` Hz) in this process, synchronously.

    Resamples to 16 kHz with soxr. Raises ``ImportError`` without pocketsphinx/soxr and
    ``ValueError`` for more than :data:`MAX_RECOGNITION_MS` of audio. Not thread-safe across
    concurrent callers in one process beyond a lock: calls are serialised.
    """
    import soxr

    audio_s = samples.size / sample_rate
    if audio_s * 1000 > MAX_RECOGNITION_MS:
        raise ValueError(f"{audio_s:.1f} s of audio is more than {MAX_RECOGNITION_MS} ms")
    pcm = np.asarray(samples, dtype=np.int16)
    if sample_rate != DECODER_RATE:
        resampled = soxr.resample(pcm.astype(np.float32) / 32768.0, sample_rate, DECODER_RATE)
        pcm = np.clip(np.round(resampled * 32768.0), -32768, 32767).astype(np.int16)
    decoder = _get_decoder()
    with _decoder_lock:
        began = time.perf_counter()
        decoder.start_utt()
        decoder.process_raw(pcm.tobytes(), full_utt=True)
        decoder.end_utt()
        hyp = decoder.hyp()
        frame_rate = 100.0  # the model's frames are 10 ms
        words = tuple(
            Word(
                seg.word.split("(")[0],  # "read(2)" is the dictionary's second pronunciation
                seg.start_frame / frame_rate,
                (seg.end_frame + 1) / frame_rate,
                min(1.0, float(seg.prob)),  # the log-math table rounds 1.0 up a little
            )
            for seg in (decoder.seg() if hyp is not None else [])
            if seg.word not in _FILLERS and not seg.word.startswith("[")
        )
        spent = time.perf_counter() - began
    return Recognition(" ".join(w.word for w in words), words, audio_s, spent)


def _warm_up() -> None:
    """Process-pool initializer: load the model before the first request."""
    _get_decoder()


class Recognizer:
    """Recognition in worker processes (see the module docstring).

    Args:
        workers: worker processes (default: 2, or 1 on a one-core machine). Each holds one
            decoder (about 40 MB).

    :meth:`submit` returns a future of :class:`Recognition`; :meth:`close` stops the workers
    (also done at interpreter exit).
    """

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or min(2, os.cpu_count() or 1)
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _executor(self) -> concurrent.futures.ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                # spawn, not fork: the server runs uvicorn in a thread, and forking a
                # threaded process can deadlock the child.
                self._pool = concurrent.futures.ProcessPoolExecutor(
                    self.workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_warm_up,
                )
            return self._pool

    def submit(self, samples: Samples, sample_rate: int) -> concurrent.futures.Future[Recognition]:
        """Queue ``samples`` (int16 mono, ``sample_rate`` Hz) for recognition."""
        return self._executor().submit(recognize, np.asarray(samples, np.int16), sample_rate)

    def warm(self) -> None:
        """Start the worker processes (and load their models) in the background, so that the
        first recognition does not wait for them; returns at once."""
        self._executor().submit(_warm_up)

    def close(self) -> None:
        """Stop the worker processes (pending recognitions are cancelled)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


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
