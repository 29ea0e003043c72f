"""The speech recognition worker process of the local server (see ``server/asr.py``).

Run as ``python -m openai_realtime._speech_worker``: it loads the PocketSphinx en-US model
once, then answers requests on stdin/stdout until stdin closes. It lives outside the
``server`` package so that starting it imports only numpy, soxr and pocketsphinx, and it is a
plain subprocess (not :mod:`multiprocessing`), so the parent's ``__main__`` is never imported
again in the child (a script without an ``if __name__ == "__main__":`` guard stays safe).

Protocol (binary, little endian): a request is ``<II`` (sample rate in Hz, byte count ``n``)
followed by ``n`` bytes of int16 mono PCM; the answer is ``<I`` (byte count ``m``) followed by
``m`` bytes of UTF-8 JSON: ``{"words": [[word, start_s, end_s, prob], ...], "audio_s": …,
"cpu_s": …}`` or ``{"error": "…"}``. Requests over :data:`MAX_REQUEST_BYTES` are refused.
"""

from __future__ import annotations

import json
import os
import struct
import sys
import threading
import time
from typing import Any, BinaryIO, Final

__all__ = ["DECODER_RATE", "MAX_REQUEST_BYTES", "recognize_pcm"]

DECODER_RATE: Final = 16_000
"""Sample rate (Hz) of the en-US acoustic model."""

MAX_REQUEST_BYTES: Final = 130 * 24_000 * 2
"""Largest request (bytes of PCM16): 130 s at 24 kHz."""

_FILLERS: Final = frozenset({"<s>", "</s>", "<sil>", "<unk>"})
_lock = threading.Lock()
_decoder: Any = None


def _get_decoder() -> Any:
    global _decoder
    if _decoder is None:
        from pocketsphinx import Decoder

        # bestpath: word posteriors from the lattice; logfn: keep stdout/stderr quiet.
        _decoder = Decoder(samprate=DECODER_RATE, bestpath=True, logfn=os.devnull)
    return _decoder


def recognize_pcm(pcm: bytes, sample_rate: int) -> dict[str, Any]:
    """Decode int16 mono ``pcm`` at ``sample_rate`` Hz in this process (serialised by a lock);
    returns the answer dict of the module docstring. Raises ``ImportError`` without
    pocketsphinx/soxr/numpy."""
    import numpy as np
    import soxr

    samples = np.frombuffer(pcm, dtype="<i2")
    audio_s = samples.size / sample_rate
    if sample_rate != DECODER_RATE:
        resampled = soxr.resample(samples.astype(np.float32) / 32768.0, sample_rate, DECODER_RATE)
        samples = np.clip(np.round(resampled * 32768.0), -32768, 32767).astype("<i2")
    with _lock:
        decoder = _get_decoder()
        began = time.perf_counter()
        decoder.start_utt()
        decoder.process_raw(samples.tobytes(), full_utt=True)
        decoder.end_utt()
        hyp = decoder.hyp()
        words = [
            [
                seg.word.split("(")[0],  # "read(2)": the dictionary's second pronunciation
                seg.start_frame / 100.0,  # frames are 10 ms
                (seg.end_frame + 1) / 100.0,
                min(1.0, float(seg.prob)),  # the log-math table rounds 1.0 up a little
            ]
            for seg in (decoder.seg() if hyp is not None else [])
            if seg.word not in _FILLERS and not seg.word.startswith("[")
        ]
        spent = time.perf_counter() - began
    return {"words": words, "audio_s": audio_s, "cpu_s": spent}


def _read_exact(stream: BinaryIO, n: int) -> bytes | None:
    data = b""
    while len(data) < n:
        chunk = stream.read(n - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def serve(stdin: BinaryIO, stdout: BinaryIO) -> None:
    """Answer requests until ``stdin`` ends (see the module docstring)."""
    while True:
        header = _read_exact(stdin, 8)
        if header is None:
            return
        rate, size = struct.unpack("<II", header)
        if size > MAX_REQUEST_BYTES or not 1000 <= rate <= 192_000:
            return  # the stream can no longer be trusted; the parent restarts the worker
        pcm = _read_exact(stdin, size)
        if pcm is None:
            return
        answer: dict[str, Any]
        try:
            answer = recognize_pcm(pcm, rate)
        except Exception as exc:  # report, keep serving
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        body = json.dumps(answer).encode("utf-8")
        stdout.write(struct.pack("<I", len(body)) + body)
        stdout.flush()


if __name__ == "__main__":
    _get_decoder()  # load the model before the first request
    serve(sys.stdin.buffer, sys.stdout.buffer)
