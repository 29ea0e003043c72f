"""A small, deterministic JSON-Schema instance generator (for function-call arguments). Pure.

:func:`generate_instance` builds one value that is valid against a JSON Schema (Draft 2020-12,
as function tools' ``parameters`` are) and checks it with ``jsonschema``. The same schema
always gives the same value. It is meant for the shapes tool parameters use in practice:

* ``type`` (also a list of types: the first non-``null`` one), ``const``, ``enum`` (the first
  value), ``default`` and ``examples`` (used as they are);
* objects: every property in ``properties`` (an optional property whose value cannot be made
  is left out), ``required`` names without a schema, ``minProperties``;
* strings: ``minLength``/``maxLength``, common ``format`` values (``date-time``, ``date``,
  ``time``, ``email``, ``uri``, ``uuid``, ``ipv4``, ``ipv6``, ``hostname``, ``duration``), a
  ``pattern`` only when one of a few stock strings happens to match it;
* numbers and integers: ``minimum``/``maximum``, exclusive bounds, ``multipleOf``;
* arrays: ``items``, ``prefixItems``, ``minItems``/``maxItems``, ``uniqueItems`` (the items are
  varied);
* ``$ref`` to the same document (``#/$defs/...``), ``allOf`` (merged), ``anyOf``/``oneOf``
  (the first non-``null`` member whose value validates).

It does **not** handle ``not``, ``if``/``then``/``else``, ``patternProperties``, dependent
schemas or arbitrary regular expressions: for those the generated value may fail validation,
and :class:`UnsupportedSchemaError` says why.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Mapping
from typing import Any, Final

from jsonschema import Draft202012Validator  # type: ignore[import-untyped, unused-ignore]
from jsonschema.exceptions import SchemaError  # type: ignore[import-untyped, unused-ignore]

__all__ = ["UnsupportedSchemaError", "check_schema", "generate_instance"]

_FORMATS: Final[Mapping[str, str]] = {
    "date-time": "2025-01-01T12:00:00Z",
    "date": "2025-01-01",
    "time": "12:00:00Z",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com/",
    "iri": "https://example.com/",
    "uri-reference": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "duration": "PT1S",
}

_PATTERN_CANDIDATES: Final = (
    "example",
    "a",
    "A",
    "0",
    "abc",
    "ABC",
    "123",
    "a1",
    "A1",
    "aB3",
    "user@example.com",
    "https://example.com/",
    "2025-01-01",
    "12:00",
    "+15555550100",
    "",
)

_MAX_DEPTH: Final = 32


class UnsupportedSchemaError(ValueError):
    """No valid instance could be generated (or the schema itself is invalid)."""


def check_schema(schema: Any) -> str | None:
    """``None`` if ``schema`` is a valid Draft 2020-12 schema, else the reason."""
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as exc:
        return str(exc.message)
    return None


def generate_instance(schema: Mapping[str, Any] | bool) -> Any:
    """A deterministic value valid against ``schema``.

    Raises:
        UnsupportedSchemaError: the schema is invalid, or uses something this generator does
            not handle (see the module docstring) so that the value fails validation.
    """
    problem = check_schema(schema)
    if problem is not None:
        raise UnsupportedSchemaError(f"invalid JSON Schema: {problem}")
    validator = Draft202012Validator(schema)
    value = _Generator(schema, validator).make(schema, depth=0)
    error = next(iter(validator.iter_errors(value)), None)
    if error is not None:
        raise UnsupportedSchemaError(
            f"could not generate a valid instance ({error.message} at "
            f"{'/'.join(str(p) for p in error.absolute_path) or 'the root'})"
        )
    return value


class _Generator:
    def __init__(self, root: Mapping[str, Any] | bool, validator: Any) -> None:
        self.root = root
        self.validator = validator

    def _valid(self, schema: Any, value: Any) -> bool:
        return bool(self.validator.evolve(schema=schema).is_valid(value))

    def _resolve(self, ref: str) -> Any:
        if not ref.startswith("#"):
            raise UnsupportedSchemaError(f"only local $ref values are supported, not {ref!r}")
        node: Any = self.root
        for part in filter(None, ref[1:].split("/")):
            key = part.replace("~1", "/").replace("~0", "~")
            if isinstance(node, list):
                node = node[int(key)]
            elif isinstance(node, Mapping) and key in node:
                node = node[key]
            else:
                raise UnsupportedSchemaError(f"$ref {ref!r} does not resolve")
        return node

    def _merge_all_of(self, schema: Mapping[str, Any]) -> dict[str, Any]:
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            part = self._resolve(part["$ref"]) if "$ref" in part else part
            if not isinstance(part, Mapping):
                continue
            if "allOf" in part:
                part = self._merge_all_of(part)
            for key, value in part.items():
                if key == "properties":
                    merged["properties"] = {**merged.get("properties", {}), **value}
                elif key == "required":
                    merged["required"] = [*merged.get("required", []), *value]
                elif key not in merged:
                    merged[key] = value
        return merged

    def make(self, schema: Any, *, depth: int, variant: int = 0, hint: str = "") -> Any:
        if depth > _MAX_DEPTH:
            raise UnsupportedSchemaError("schema nests too deeply (recursive $ref?)")
        if schema is True or schema == {}:
            return hint or "example"
        if schema is False or not isinstance(schema, Mapping):
            raise UnsupportedSchemaError("a 'false' schema admits no value")
        if "$ref" in schema:
            target = self._resolve(schema["$ref"])
            rest = {k: v for k, v in schema.items() if k != "$ref"}
            if rest and isinstance(target, Mapping):
                target = {**target, **rest}
            return self.make(target, depth=depth + 1, variant=variant, hint=hint)
        if "allOf" in schema:
            return self.make(
                self._merge_all_of(schema), depth=depth + 1, variant=variant, hint=hint
            )
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        if "enum" in schema:
            values = list(schema["enum"])
            non_null = [v for v in values if v is not None] or values
            return copy.deepcopy(non_null[variant % len(non_null)])
        if variant == 0:
            for key in ("default", "examples"):
                if key in schema:
                    value = schema[key][0] if key == "examples" and schema[key] else schema[key]
                    if key == "default" or self._valid(schema, value):
                        return copy.deepcopy(value)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return self._union(schema, key, depth=depth, variant=variant, hint=hint)
        kind = self._type(schema)
        if kind == "object":
            return self._object(schema, depth=depth, variant=variant)
        if kind == "array":
            return self._array(schema, depth=depth, variant=variant)
        if kind == "string":
            return self._string(schema, variant=variant, hint=hint)
        if kind in ("integer", "number"):
            return self._number(schema, integer=kind == "integer", variant=variant)
        if kind == "boolean":
            return variant % 2 == 0
        if kind == "null":
            return None
        return hint or "example"

    def _union(
        self, schema: Mapping[str, Any], key: str, *, depth: int, variant: int, hint: str
    ) -> Any:
        base = {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf")}
        members = sorted(
            schema[key], key=lambda m: isinstance(m, Mapping) and m.get("type") == "null"
        )
        for member in members:
            candidate = {**base, **member} if isinstance(member, Mapping) else member
            try:
                value = self.make(candidate, depth=depth + 1, variant=variant, hint=hint)
            except UnsupportedSchemaError:
                continue
            if self._valid(schema, value):
                return value
        raise UnsupportedSchemaError(f"no member of {key} gave a valid value")

    @staticmethod
    def _type(schema: Mapping[str, Any]) -> str | None:
        declared = schema.get("type")
        if isinstance(declared, list):
            non_null = [t for t in declared if t != "null"]
            return str(non_null[0]) if non_null else "null"
        if isinstance(declared, str):
            return declared
        if "properties" in schema or "required" in schema:
            return "object"
        if "items" in schema or "prefixItems" in schema:
            return "array"
        if any(k in schema for k in ("minLength", "maxLength", "pattern", "format")):
            return "string"
        if any(k in schema for k in ("minimum", "maximum", "multipleOf")):
            return "number"
        return None

    def _object(self, schema: Mapping[str, Any], *, depth: int, variant: int) -> dict[str, Any]:
        properties: Mapping[str, Any] = schema.get("properties") or {}
        required = list(dict.fromkeys(schema.get("required") or []))
        limit = schema.get("maxProperties")
        out: dict[str, Any] = {}
        for name in required:
            out[name] = self.make(
                properties.get(name, True), depth=depth + 1, variant=variant, hint=name
            )
        for name, sub in properties.items():
            if name in out or (limit is not None and len(out) >= limit):
                continue
            try:
                out[name] = self.make(sub, depth=depth + 1, variant=variant, hint=name)
            except UnsupportedSchemaError:
                continue
        extra = schema.get("additionalProperties", True)
        index = 1
        while len(out) < int(schema.get("minProperties", 0)) and extra is not False:
            out[f"extra_{index}"] = self.make(extra, depth=depth + 1, variant=index)
            index += 1
        return out

    def _array(self, schema: Mapping[str, Any], *, depth: int, variant: int) -> list[Any]:
        prefix = list(schema.get("prefixItems") or [])
        items = schema.get("items", not prefix)
        low = int(schema.get("minItems", 0))
        high = schema.get("maxItems")
        count = max(low, len(prefix), 1 if items is not False else 0)
        if high is not None:
            count = min(count, int(high))
        out: list[Any] = []
        for index in range(count):
            sub = prefix[index] if index < len(prefix) else items
            shift = index if schema.get("uniqueItems") else 0
            out.append(self.make(sub, depth=depth + 1, variant=variant + shift))
        return out

    @staticmethod
    def _string(schema: Mapping[str, Any], *, variant: int, hint: str) -> str:
        fmt = schema.get("format")
        base = _FORMATS.get(str(fmt), "") if fmt else ""
        if not base:
            base = f"example {hint.replace('_', ' ')}" if hint else "example"
            if variant:
                base = f"{base} {variant}"
        low = int(schema.get("minLength", 0))
        high = schema.get("maxLength")
        pattern = schema.get("pattern")
        candidates = [base] if pattern is None else [base, *_PATTERN_CANDIDATES]
        for candidate in candidates:
            value = candidate
            if len(value) < low:
                value += "x" * (low - len(value))
            if high is not None and len(value) > int(high):
                value = value[: int(high)]
            if pattern is None or re.search(str(pattern), value):
                return value
        return base

    @staticmethod
    def _number(schema: Mapping[str, Any], *, integer: bool, variant: int) -> int | float:
        low = schema.get("minimum")
        high = schema.get("maximum")
        ex_low = schema.get("exclusiveMinimum")
        ex_high = schema.get("exclusiveMaximum")
        step = schema.get("multipleOf")
        tiny = 1 if integer else 0.5
        lo = -math.inf if low is None else float(low)
        hi = math.inf if high is None else float(high)
        if ex_low is not None:
            lo = max(lo, float(ex_low) + (1 if integer else 0))
        if ex_high is not None:
            hi = min(hi, float(ex_high) - (1 if integer else 0))
        value = float(1 + variant)
        if value < lo:
            value = lo
        if value > hi:
            value = hi
        if ex_low is not None and not integer and value <= float(ex_low):
            value = float(ex_low) + (tiny if hi == math.inf else (hi - float(ex_low)) / 2)
        if ex_high is not None and not integer and value >= float(ex_high):
            value = float(ex_high) - (tiny if lo == -math.inf else (float(ex_high) - lo) / 2)
        if step:
            value = math.ceil(value / float(step)) * float(step)
            if value > hi:
                value = math.floor(hi / float(step)) * float(step)
        if integer:
            return math.ceil(value) if value < lo else round(value)
        return value
