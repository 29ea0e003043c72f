"""Real traffic and spec drift through the client's decoder: how many events stay typed.

Usage::

    .venv/bin/python bench/drift.py            # corpus replay + mutation counts
    .venv/bin/python bench/drift.py --strict   # the same through a strict decoder

1. Replay: every event of ``../shared/real-traffic/{ga,beta,azure}.jsonl`` goes through
   ``EventDecoder(family).decode`` (the call the session makes): GA lines with the ``ga_server``
   family, beta and Azure preview lines with ``beta_server``. Counted: typed (a generated class),
   ``UnknownEvent`` with a known ``type`` (a misfit), unknown ``type``, and lossy (typed but
   ``to_dict()`` differs from the frame).
2. Mutation: every documented example (``x-oaiMeta.example``) of every server event schema of every
   family gets one mutation at every place it applies (null a leaf, drop a key, add a key, an
   unseen enum value); each mutant is decoded and counted typed or not.

The corpus is read from ``../shared/real-traffic`` (or ``$REAL_TRAFFIC``); it is not part of the
repository.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("REAL_TRAFFIC", ROOT.parent / "shared" / "real-traffic"))
DIALECT_FAMILY = {"ga": "ga_server", "beta": "beta_server", "azure": "beta_server"}
SERVER_FAMILIES = ("ga_server", "translation_server", "beta_server")


def make_decoder(family: str, strict: bool) -> Any:
    from openai_realtime.events import EventDecoder

    try:
        return EventDecoder(family, strict=strict)  # type: ignore[arg-type, call-arg]
    except TypeError:  # a decoder without the strict switch
        return EventDecoder(family)  # type: ignore[arg-type]


def is_typed(event: Any) -> bool:
    from openai_realtime.events import UnknownEvent

    return not isinstance(event, UnknownEvent)


def replay(strict: bool) -> dict[str, Counter[str]]:
    """Per dialect: counts of typed / misfit / unknown_type / lossy / strict_error."""
    from openai_realtime.errors import ProtocolError

    out: dict[str, Counter[str]] = {}
    for dialect, family in DIALECT_FAMILY.items():
        decoder = make_decoder(family, strict)
        counts: Counter[str] = Counter()
        for line in (CORPUS / f"{dialect}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            counts["events"] += 1
            try:
                event = decoder.decode(line)
            except ProtocolError:
                counts["strict_error"] += 1
                continue
            if is_typed(event):
                counts["typed"] += 1
                if event.to_dict() != json.loads(line):
                    counts["lossy"] += 1
            elif "unknown type" in event.reason:
                counts["unknown_type"] += 1
            else:
                counts["misfit"] += 1
        out[dialect] = counts
    return out


# ----------------------------------------------------------------------------------------------
# Mutations of the spec's example events
# ----------------------------------------------------------------------------------------------


def examples() -> Iterator[tuple[str, dict[str, Any]]]:
    """``(family, example)`` for every parsable example of every server event schema."""
    import json5
    from openai_realtime_api import dispatch

    spec = json.loads((ROOT / "generated/openai_realtime_api/openapi.json").read_text())
    schemas = spec["components"]["schemas"]
    for family in SERVER_FAMILIES:
        for _type, (_module, name) in sorted(dispatch.FAMILIES[family].items()):
            text = schemas[name].get("x-oaiMeta", {}).get("example")
            if not isinstance(text, str):
                continue
            try:
                value = json5.loads(text)
            except ValueError:
                continue
            # The wire name is the dispatch table's (upstream has an example whose type has a
            # leading space, and beta examples with GA names), so that the same examples are
            # mutated whatever the spec corrections.
            if isinstance(value, dict) and isinstance(value.get("type"), str):
                yield family, {**value, "type": _type}


def _places(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _places(value, (*path, index))


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    doc = copy.deepcopy(doc)
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return doc


def _drop(doc: Any, path: tuple[Any, ...]) -> Any:
    doc = copy.deepcopy(doc)
    node = doc
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]
    return doc


ENUMISH = re.compile(r"^[a-z][a-z0-9_.\-/]*$")


def mutants(example: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """``(kind, mutant)``: every single mutation of ``example`` (never its top-level ``type``)."""
    for path, value in _places(example):
        if path in ((), ("type",)):
            if path == ():
                yield "add_key", {**example, "x_unseen_field": 1}
            continue
        leaf = not isinstance(value, dict | list)
        if leaf and value is not None:
            yield "null_leaf", _set(example, path, None)
        if isinstance(path[-1], str):
            yield "drop_key", _drop(example, path)
        if isinstance(value, dict):
            yield "add_key", _set(example, path, {**value, "x_unseen_field": 1})
        if isinstance(value, str) and ENUMISH.match(value) and path[-1] != "type":
            yield "unseen_enum", _set(example, path, value + "_unseen")
        elif isinstance(value, str) and path[-1] == "type" and len(path) > 1:
            yield "unseen_variant", _set(example, path, value + "_unseen")


def mutation(strict: bool) -> dict[str, Counter[str]]:
    """Per mutation kind: mutants, typed, lossy."""
    from openai_realtime.errors import ProtocolError

    decoders = {family: make_decoder(family, strict) for family in SERVER_FAMILIES}
    out: dict[str, Counter[str]] = {}
    for family, example in examples():
        for kind, mutant in mutants(example):
            counts = out.setdefault(kind, Counter())
            counts["mutants"] += 1
            try:
                event = decoders[family].decode(json.dumps(mutant))
            except ProtocolError:
                counts["strict_error"] += 1
                continue
            if is_typed(event):
                counts["typed"] += 1
                if event.to_dict() != mutant:
                    counts["lossy"] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--strict", action="store_true", help="decode with strict=True")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: set REAL_TRAFFIC", file=sys.stderr)
    else:
        print("replay of the real-traffic corpus (dialect: typed/events, misfit, unknown type)")
        for dialect, c in replay(args.strict).items():
            print(
                f"  {dialect:6} typed {c['typed']:4}/{c['events']:<4} misfit {c['misfit']:3}  "
                f"unknown type {c['unknown_type']:3}  lossy {c['lossy']:3}  "
                f"strict errors {c['strict_error']:3}"
            )
    print("one mutation of each server event example (kind: typed/mutants)")
    total = Counter[str]()
    for kind, c in sorted(mutation(args.strict).items()):
        total.update(c)
        share = c["typed"] / c["mutants"] if c["mutants"] else 0.0
        print(
            f"  {kind:14} typed {c['typed']:5}/{c['mutants']:<5} ({share:6.1%})  "
            f"lossy {c['lossy']:4}  strict errors {c['strict_error']:4}"
        )
    share = total["typed"] / total["mutants"] if total["mutants"] else 0.0
    print(f"  {'all':14} typed {total['typed']:5}/{total['mutants']:<5} ({share:6.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
