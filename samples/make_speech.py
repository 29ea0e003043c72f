"""Rebuild ``samples/speech.wav`` from the ALSA speaker-test voice recordings (optional).

Not needed to use the sample (``speech.wav`` is committed); this only documents and repeats how it
was made. The recordings come from Debian's ``alsa-utils`` package::

    apt-get install alsa-utils                       # installs /usr/share/sounds/alsa/*.wav
    .venv/bin/python samples/make_speech.py          # writes samples/speech.wav, prints timings

or, without installing the package::

    apt-get download alsa-utils && dpkg -x alsa-utils_*.deb /tmp/alsa-utils
    .venv/bin/python samples/make_speech.py --source /tmp/alsa-utils/usr/share/sounds/alsa

It needs numpy and soundfile (the ``[audio]`` extra). The four recordings are joined unmodified
(48 kHz, mono, 16-bit) with digital silence around and between them.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import soundfile as sf

SOURCE = Path("/usr/share/sounds/alsa")
OUT = Path(__file__).resolve().parent / "speech.wav"
#: The recordings, in order; each says its name ("Front Left", ...).
FILES = ("Front_Left.wav", "Front_Right.wav", "Front_Center.wav", "Rear_Left.wav")
RATE = 48_000
LEAD_S = 0.5  # silence before the first recording
GAP_S = 0.8  # silence inserted between recordings
TAIL_S = 0.5  # silence after the last recording
#: Threshold for the printed speech timings: 20 ms windows louder than -40 dBFS RMS.
WINDOW_S = 0.02
ACTIVE_DBFS = -40.0


def build(source: Path) -> np.ndarray:
    """Return the int16 samples of the joined recordings."""
    parts = [np.zeros(int(LEAD_S * RATE), dtype=np.int16)]
    for index, name in enumerate(FILES):
        data, rate = sf.read(source / name, dtype="int16")
        if rate != RATE or data.ndim != 1:
            raise SystemExit(f"{name}: expected mono {RATE} Hz, got {rate} Hz, shape {data.shape}")
        if index:
            parts.append(np.zeros(int(GAP_S * RATE), dtype=np.int16))
        parts.append(data)
    parts.append(np.zeros(int(TAIL_S * RATE), dtype=np.int16))
    return np.concatenate(parts)


def speech_spans(samples: np.ndarray, *, merge_gap_s: float) -> list[tuple[float, float]]:
    """(start, end) seconds of loud stretches, merging those separated by < ``merge_gap_s``."""
    window = int(WINDOW_S * RATE)
    n = len(samples) // window
    frames = samples[: n * window].astype(np.float64).reshape(n, window) / 32768.0
    dbfs = 20 * np.log10(np.sqrt((frames**2).mean(axis=1)) + 1e-12)
    spans: list[tuple[float, float]] = []
    for i in np.flatnonzero(dbfs > ACTIVE_DBFS):
        start, end = i * WINDOW_S, (i + 1) * WINDOW_S
        if spans and start - spans[-1][1] < merge_gap_s:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    samples = build(args.source)
    sf.write(args.out, samples, RATE, subtype="PCM_16", format="WAV")
    print(f"wrote {args.out}: {len(samples)} samples, {len(samples) / RATE:.3f} s at {RATE} Hz")
    for label, merge in (("utterances", 0.6), ("words", 0.2)):
        spans = speech_spans(samples, merge_gap_s=merge)
        print(f"{label}: " + ", ".join(f"{a:.2f}-{b:.2f} s" for a, b in spans))


if __name__ == "__main__":
    main()
