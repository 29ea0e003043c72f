"""Tolerant decoding: typing a server event that does not follow the spec, without losing a byte.

Real servers send what the pinned spec does not say (``null`` where it names a string, a new enum
value, a field it lacks, a content part it does not know). The generated ``from_dict`` refuses
such payloads; this module types them anyway, as one mechanism for every event of every family:

1. :func:`fit` walks the raw payload against the event's JSON schema (the spec shipped inside
   ``openai_realtime_api/openapi.json``) and returns a *fitted* copy in which every deviating
   value is replaced by a spec-valid placeholder, plus the list of :class:`Deviation` (JSON path,
   what the spec expected, what arrived);
2. the generated ``from_dict`` builds the event from the fitted copy;
3. :func:`attach` puts the values that really arrived back on the objects along each deviating
   path (``transcript`` is ``None`` again, not the placeholder) and re-classes those objects as
   tolerant subclasses of their generated classes: ``isinstance`` still holds, their
   ``to_dict()`` returns exactly what was received and ``deviations`` lists what differed.

Spec-valid payloads never come here: the decoder's fast path is the generated ``from_dict``.
Pure code, no I/O; the spec document is read once, on the first deviating event.
"""

from __future__ import annotations

import copy
import functools
import importlib.resources
import logging
from collections.abc import Iterator, Mapping
from typing import Any, Final

import attrs
import orjson

__all__ = [
    "Deviation",
    "attach",
    "describe",
    "deviations",
    "fit",
    "placeholder",
    "tolerant_class",
    "with_beta",
]

logger = logging.getLogger("openai_realtime.drift")

Schema = Mapping[str, Any]
Path = tuple[str | int, ...]


class _Missing:
    """The marker of a property that did not arrive."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Final = _Missing()

#: :attr:`Deviation.expected` of an extra property (allowed by JSON Schema; kept, never fatal).
EXTRA: Final = "no such property"

#: Properties that select the member of a union in this spec (``type`` first, then ``role``).
_DISCRIMINATORS: Final = ("type", "role")


@attrs.frozen
class Deviation:
    """One place where a received payload differs from the pinned spec.

    Attributes:
        path: JSON path from the event's root, written the way OpenAI writes ``param``
            (``item.content[0].transcript``).
        expected: what the spec allows there (``"string"``, ``"one of 'a', 'b'"``, ``"present"``,
            ``"no such property"``).
        got: what arrived (``"null"``, ``"integer 3"``, ``"missing"``, ``"string 'x'"``).
    """

    path: str
    expected: str
    got: str

    def __str__(self) -> str:
        return f"{self.path or '(event)'}: expected {self.expected}, got {self.got}"


def format_path(parts: Path) -> str:
    """``("item", "content", 0, "transcript")`` -> ``item.content[0].transcript``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def describe(value: Any) -> str:
    """A short description of a JSON value for a :class:`Deviation` (never the whole value)."""
    if value is MISSING:
        return "missing"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, int):
        return f"integer {value}"
    if isinstance(value, float):
        return f"number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"string {shown!r}"
    if isinstance(value, list):
        return f"array of {len(value)}"
    if isinstance(value, dict):
        tag = value.get("type")
        return f"object of type {tag!r}" if isinstance(tag, str) else "object"
    return type(value).__name__


# --------------------------------------------------------------------------------------------
# The spec
# --------------------------------------------------------------------------------------------


@functools.cache
def schemas() -> Mapping[str, Any]:
    """``components/schemas`` of the pinned spec (``openai_realtime_api/openapi.json``)."""
    text = (importlib.resources.files("openai_realtime_api") / "openapi.json").read_bytes()
    found: Mapping[str, Any] = orjson.loads(text)["components"]["schemas"]
    return found


def resolve(schema: Schema) -> Schema:
    """Follow ``$ref`` (and one-element ``allOf`` of a ``$ref``) to the schema itself."""
    while True:
        ref = schema.get("$ref")
        if isinstance(ref, str):
            schema = schemas()[ref.rsplit("/", 1)[1]]
            continue
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1 and "properties" not in schema:
            schema = all_of[0]
            continue
        return schema


def _types(schema: Schema) -> list[str]:
    kind = schema.get("type")
    types = [kind] if isinstance(kind, str) else list(kind) if isinstance(kind, list) else []
    if schema.get("nullable") is True and "null" not in types:
        types.append("null")
    return types


def _is(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        # The generated models take an integral float (``1.0``) for an integer field.
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "null":
        return value is None
    if kind == "object":
        return isinstance(value, dict)
    if kind == "array":
        return isinstance(value, list)
    return True


def expected_text(schema: Schema) -> str:
    """What ``schema`` allows, in a few words (``"string or null"``, ``"one of 'a', 'b'"``)."""
    schema = resolve(schema)
    if "const" in schema:
        return repr(schema["const"])
    if "enum" in schema:
        return "one of " + ", ".join("null" if v is None else repr(v) for v in schema["enum"])
    members = schema.get("anyOf") or schema.get("oneOf")
    if members:
        tags = [_tag(resolve(m)) for m in members]
        if all(tags):
            return "type one of " + ", ".join(repr(t) for t in tags)
        return " or ".join(dict.fromkeys(expected_text(m) for m in members))
    types = _types(schema)
    return " or ".join(types) if types else "any value"


def _tag(schema: Schema) -> str | None:
    """The ``type`` const of an object member of a union, if it has one."""
    prop = schema.get("properties", {}).get("type")
    if isinstance(prop, dict):
        prop = resolve(prop)
        if "const" in prop:
            return str(prop["const"])
        enum = prop.get("enum")
        if isinstance(enum, list) and len(enum) == 1:
            return str(enum[0])
    return None


# --------------------------------------------------------------------------------------------
# Fitting a payload to its schema
# --------------------------------------------------------------------------------------------


def placeholder(schema: Schema) -> Any:
    """A minimal value valid for ``schema`` (what ``from_dict`` gets in place of a deviation)."""
    schema = resolve(schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        return values[0] if values else None
    members = schema.get("anyOf") or schema.get("oneOf")
    if members:
        concrete = [m for m in members if _types(resolve(m)) != ["null"]]
        return placeholder(concrete[0] if concrete else members[0])
    all_of = schema.get("allOf")
    if all_of and "properties" not in schema:
        return placeholder(all_of[0])
    types = [t for t in _types(schema) if t != "null"]
    kind = types[0] if types else ("object" if "properties" in schema else "null")
    if kind == "object":
        props = schema.get("properties", {})
        return {
            name: placeholder(props[name]) for name in schema.get("required", ()) if name in props
        }
    return {"string": "", "integer": 0, "number": 0.0, "boolean": False, "array": []}.get(kind)


def fit(schema: Schema, value: Any, path: Path, found: list[tuple[Path, Deviation]]) -> Any:
    """Return ``value`` fitted to ``schema``; append every deviation (with its path) to ``found``.

    A deviating value is replaced by :func:`placeholder`; everything else is kept as it is
    (extra properties included, recorded as deviations without being replaced).
    """
    schema = resolve(schema)
    members = schema.get("anyOf") or schema.get("oneOf")
    if members:
        return _fit_union(schema, members, value, path, found)
    all_of = schema.get("allOf")
    if all_of and "properties" not in schema:
        for sub in all_of:
            value = fit(sub, value, path, found)
        return value
    if "const" in schema:
        if value != schema["const"] or type(value) is not type(schema["const"]):
            found.append(
                (path, Deviation(format_path(path), expected_text(schema), describe(value)))
            )
            return schema["const"]
        return value
    if "enum" in schema:
        if value not in schema["enum"] or isinstance(value, bool):
            found.append(
                (path, Deviation(format_path(path), expected_text(schema), describe(value)))
            )
            return placeholder(schema)
        return value
    types = _types(schema)
    if not types and "properties" in schema:
        types = ["object"]
    if types and not any(_is(value, t) for t in types):
        found.append((path, Deviation(format_path(path), expected_text(schema), describe(value))))
        return placeholder(schema)
    if isinstance(value, dict) and ("properties" in schema or "object" in types):
        return _fit_object(schema, value, path, found)
    if isinstance(value, list) and "items" in schema:
        items = schema["items"]
        return [fit(items, item, (*path, index), found) for index, item in enumerate(value)]
    return value


def _fit_object(
    schema: Schema, value: dict[str, Any], path: Path, found: list[tuple[Path, Deviation]]
) -> dict[str, Any]:
    props: Mapping[str, Any] = schema.get("properties", {})
    extra = schema.get("additionalProperties", True)
    out: dict[str, Any] = {}
    for name, item in value.items():
        if name in props:
            out[name] = fit(props[name], item, (*path, name), found)
        elif isinstance(extra, dict):
            out[name] = fit(extra, item, (*path, name), found)
        elif not props and extra is not False:
            out[name] = item  # a free-form object (e.g. a tool's JSON-Schema parameters)
        else:
            out[name] = item
            found.append(
                (
                    (*path, name),
                    Deviation(format_path((*path, name)), "no such property", describe(item)),
                )
            )
    for name in schema.get("required", ()):
        if name not in value and name in props:
            found.append(
                ((*path, name), Deviation(format_path((*path, name)), "present", "missing"))
            )
            out[name] = placeholder(props[name])
    return out


def _fit_union(
    schema: Schema,
    members: list[Any],
    value: Any,
    path: Path,
    found: list[tuple[Path, Deviation]],
) -> Any:
    # A member whose discriminators (``type``, then ``role`` consts) all match is the intended
    # one even if other fields deviate ("strong"); one whose ``type`` matches but not its
    # ``role`` is a fallback ("weak"); a member without discriminators competes on the number
    # of deviations. A dict whose ``type`` no member claims is an unknown variant.
    strong: tuple[int, Any, list[tuple[Path, Deviation]]] | None = None
    weak: tuple[int, Any, list[tuple[Path, Deviation]]] | None = None
    untagged: tuple[int, Any, list[tuple[Path, Deviation]]] | None = None
    for member in members:
        resolved = resolve(member)
        attempt: list[tuple[Path, Deviation]] = []
        fitted = fit(resolved, value, path, attempt)
        if not attempt:
            return fitted
        # Extra properties weigh less than a real misfit (a member that only gains extras fits).
        real = sum(1 for _, d in attempt if d.expected != EXTRA)
        entry = (real * 1000 + len(attempt) - real, fitted, attempt)
        consts: list[tuple[str, Any]] = []
        if isinstance(value, dict):
            props = resolved.get("properties", {})
            for name in _DISCRIMINATORS:
                if name in props:
                    const = resolve(props[name]).get("const", MISSING)
                    if const is not MISSING:
                        consts.append((name, const))
        if not consts:
            kinds = _types(resolved)
            takes_objects = "properties" in resolved or not kinds or "object" in kinds
            if isinstance(value, dict) and not takes_objects:
                continue
            if untagged is None or entry[0] < untagged[0]:
                untagged = entry
        elif all(
            value[n] == c if n in value else n not in resolved.get("required", ())
            for n, c in consts
        ):
            # An optional discriminator that is absent still validates (a function tool
            # without ``type``: the spec's FunctionTool does not require it).
            if strong is None or entry[0] < strong[0]:
                strong = entry
        elif value.get(consts[0][0]) == consts[0][1] and (weak is None or entry[0] < weak[0]):
            weak = entry
    chosen = strong or weak or untagged
    if chosen is not None:
        found.extend(chosen[2])
        return chosen[1]
    # No member fits and none claims the value: an unknown variant.
    found.append((path, Deviation(format_path(path), expected_text(schema), describe(value))))
    return placeholder(schema)


# --------------------------------------------------------------------------------------------
# Putting what arrived back on the typed objects
# --------------------------------------------------------------------------------------------


_TOLERANT: dict[type[Any], type[Any]] = {}
_SLOTS: Final = ("_raw", "_found", "_beta")
_FIELDS: dict[type[Any], frozenset[str]] = {}


def tolerant_class(cls: type[Any]) -> type[Any]:
    """The tolerant subclass of a generated model class: ``isinstance(x, cls)`` holds, its
    ``to_dict()`` returns the payload as received, and ``deviations`` says what differed."""

    def to_dict(self: Any) -> dict[str, Any]:
        if self._raw is None:  # typed from a converted payload (see with_beta): its own fields
            built: dict[str, Any] = cls.to_dict(self)
            return built
        raw: dict[str, Any] = copy.deepcopy(self._raw)
        return raw

    def _deviations(self: Any) -> tuple[Deviation, ...]:
        found: tuple[Deviation, ...] = self._found
        return found

    def _raw(self: Any) -> Any:
        return self._raw

    def _beta(self: Any) -> Any:
        return self._beta

    found = _TOLERANT.get(cls)
    if found is not None:
        return found
    namespace = {
        "__slots__": _SLOTS,
        "__doc__": f"{cls.__name__} as received, with fields that deviate from the spec "
        "(see ``deviations``); ``to_dict()`` returns the payload exactly as received.\n\n"
        + (cls.__doc__ or ""),
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "to_dict": to_dict,
        "deviations": property(_deviations, doc="What differed from the spec (JSON paths)."),
        "raw": property(_raw, doc="The payload as received (not a copy)."),
        "beta": property(
            _beta,
            doc="On an Azure preview (beta dialect) session: the beta-typed event this GA "
            "event was converted from (``beta.to_dict()`` is the frame as received).",
        ),
    }
    made = _TOLERANT[cls] = type(cls.__name__, (cls,), namespace)
    return made


def _python_name(cls: type[Any], key: str) -> str | None:
    names = _field_names(cls)
    snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in key).lstrip("_")
    for candidate in (key, f"{key}_", snake, f"{snake}_"):
        if candidate in names and candidate != "additional_properties":
            return candidate
    return None


def _field_names(cls: type[Any]) -> frozenset[str]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = frozenset(f.name for f in attrs.fields(cls))
    return names


def _retype(obj: Any, raw: Any, found: tuple[Deviation, ...]) -> Any:
    base = type(obj)
    if getattr(base, "__slots__", None) == _SLOTS:
        base = base.__mro__[1]
    new = object.__new__(tolerant_class(base))
    for name in _field_names(base):
        object.__setattr__(new, name, getattr(obj, name))
    object.__setattr__(new, "_raw", raw)
    object.__setattr__(new, "_found", found)
    object.__setattr__(new, "_beta", None)
    return new


def with_beta(event: Any, beta: Any) -> Any:
    """``event`` (GA-typed, converted from ``beta``) with :attr:`beta` set: re-classed by
    :func:`tolerant_class` if it is not already (then ``to_dict()`` is its own fields)."""
    if getattr(type(event), "__slots__", None) != _SLOTS:
        event = _retype(event, None, ())
    object.__setattr__(event, "_beta", beta)
    return event


def attach(obj: Any, raw: Any, paths: list[Path], found: tuple[Deviation, ...] = ()) -> Any:
    """Return ``obj`` (built from the fitted payload) with the received values back in place at
    each of ``paths``, every model object on the way re-classed by :func:`tolerant_class`.

    ``raw`` is the received value at ``obj``'s place; ``found`` goes on the top object.
    """
    from openai_realtime_api.types import UNSET

    trie: dict[Any, Any] = {}
    for path in paths:
        node = trie
        for part in path:
            node = node.setdefault(part, {})
        node[None] = True  # a deviation right here

    def walk(node: Any, raw_value: Any, sub: dict[Any, Any], top: bool) -> Any:
        if None in sub:
            return UNSET if raw_value is MISSING else raw_value
        if attrs.has(type(node)):
            new = _retype(node, raw_value, found if top else ())
            for key, child in sub.items():
                raw_child = raw_value.get(key, MISSING) if isinstance(raw_value, dict) else MISSING
                name = _python_name(type(node), key) if isinstance(key, str) else None
                if name is not None:
                    object.__setattr__(
                        new, name, walk(getattr(node, name), raw_child, child, False)
                    )
                elif isinstance(key, str) and "additional_properties" in _field_names(type(node)):
                    extra = dict(node.additional_properties)
                    extra[key] = walk(extra.get(key, MISSING), raw_child, child, False)
                    object.__setattr__(new, "additional_properties", extra)
            return new
        if isinstance(node, list) and isinstance(raw_value, list):
            out = list(node)
            for key, child in sub.items():
                if isinstance(key, int) and key < len(out) and key < len(raw_value):
                    out[key] = walk(out[key], raw_value[key], child, False)
            return out
        if isinstance(node, dict) and isinstance(raw_value, dict):
            mapping = dict(node)
            for key, child in sub.items():
                mapping[key] = walk(
                    mapping.get(key, MISSING), raw_value.get(key, MISSING), child, False
                )
            return mapping
        return UNSET if raw_value is MISSING else raw_value

    return walk(obj, raw, trie, True)


def deviations(event: Any) -> tuple[Deviation, ...]:
    """What differed from the spec in a decoded server event, as JSON paths.

    An event typed on the tolerant path carries its deviations; for any other event the
    received payload (``to_dict()``) is checked against its schema now (only extra properties
    can show up there: anything else would have sent it down the tolerant path).
    """
    found = getattr(event, "deviations", None)
    if isinstance(found, tuple):
        beta = getattr(event, "beta", None)
        return found or (deviations(beta) if beta is not None else ())
    name = type(event).__name__
    schema = schemas().get(name)
    if schema is None or not hasattr(event, "to_dict"):
        return ()
    collected: list[tuple[Path, Deviation]] = []
    fit(schema, event.to_dict(), (), collected)
    return tuple(d for _, d in collected)


def iter_paths(found: list[tuple[Path, Deviation]]) -> Iterator[Path]:
    """The paths of ``found`` that need a received value put back (not extra properties)."""
    for path, deviation in found:
        if deviation.expected != EXTRA:
            yield path
