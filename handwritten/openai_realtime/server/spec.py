"""The pinned OpenAPI document and JSON-Schema validators built from it.

The spec ships inside the generated package as ``openai_realtime_api/openapi.json`` (the
realtime subset of the official OpenAI OpenAPI 3.1 document; ``type`` discriminators are
JSON-Schema ``const`` values). Validation uses ``jsonschema``'s Draft 2020-12 validator and a
``referencing`` registry that holds the whole document, so a ``$ref`` such as
``#/components/schemas/RealtimeAudioFormats`` resolves wherever it appears.

Two registered copies of the document exist:

* the pristine spec (:data:`SPEC_URI`), used for everything the server *sends*;
* a relaxed copy (:data:`RELAXED_SPEC_URI`) used for what clients send (request bodies and
  client events), with the spec defects listed in :data:`RELAXED_REQUIRED` and
  :data:`RELAXED_ONE_OF` repaired (see there). Client input is also checked for ``format``
  (:func:`format_checker`), so that a value the server would echo back (e.g. a ``uri``) is
  valid in its answers too.
"""

from __future__ import annotations

import copy
import functools
import importlib.resources
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

import referencing
import referencing.jsonschema
from jsonschema import (  # type: ignore[import-untyped, unused-ignore]
    Draft202012Validator,
    FormatChecker,
)
from jsonschema.exceptions import (  # type: ignore[import-untyped, unused-ignore]
    best_match,
    relevance,
)
from openai_realtime_api.dispatch import FAMILIES

__all__ = [
    "RELAXED_ONE_OF",
    "RELAXED_REQUIRED",
    "RELAXED_SPEC_URI",
    "SPEC_URI",
    "SchemaIssue",
    "event_schema_name",
    "find_issue",
    "format_checker",
    "is_valid",
    "load_spec",
    "param_path",
    "schema",
]

SPEC_URI: Final = "urn:openai-realtime:openapi"
"""Base URI under which the pristine spec document is registered."""

RELAXED_SPEC_URI: Final = "urn:openai-realtime:openapi-relaxed"
"""Base URI of the copy used to validate what clients send (see :data:`RELAXED_REQUIRED` and
:data:`RELAXED_ONE_OF`)."""

RELAXED_REQUIRED: Final[Mapping[str, frozenset[str]]] = {
    # Spec defect: upstream, the pre-GA `POST /realtime/sessions` request lists
    # `client_secret`, a value the *server* creates, as required. The real server does not
    # demand it from callers and neither do we: request bodies are checked against a copy
    # without that requirement. (The pinned subset already drops it, transformation
    # `client_secret_not_required_in_session_request`; this keeps the server right either way.)
    "RealtimeSessionCreateRequest": frozenset({"client_secret"}),
}
"""Schema name -> ``required`` entries removed in the relaxed (client input) copy."""

RELAXED_ONE_OF: Final[tuple[tuple[str, ...], ...]] = (
    # Spec defect: `conversation` is `oneOf: [{type: string}, {enum: [auto, none]}]`; the two
    # documented values match *both* members, so a strict `oneOf` rejects exactly them. The
    # relaxed copy reads it as `anyOf`.
    ("RealtimeResponseCreateParams", "properties", "conversation"),
    ("RealtimeBetaResponseCreateParams", "properties", "conversation"),
)
"""Paths below ``components/schemas`` whose ``oneOf`` the relaxed copy turns into ``anyOf``."""

_MAX_MESSAGE_CHARS: Final = 300

_DISCRIMINATORS: Final = ("type", "role")
"""Properties that select the member of a union (``anyOf``/``oneOf``) in this spec."""


@functools.cache
def load_spec() -> Mapping[str, Any]:
    """Return the pinned OpenAPI document (parsed ``openapi.json``), loaded once.

    Raises ``FileNotFoundError`` if the generated package was installed without its data file.
    """
    text = (importlib.resources.files("openai_realtime_api") / "openapi.json").read_text("utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def schema(name: str) -> Mapping[str, Any]:
    """Return ``components/schemas/<name>`` of the pinned spec; ``KeyError`` if absent."""
    schemas: Mapping[str, Any] = load_spec()["components"]["schemas"]
    return schemas[name]  # type: ignore[no-any-return]


@functools.cache
def _registry() -> referencing.Registry[Any]:
    spec = load_spec()
    relaxed = copy.deepcopy(dict(spec))
    schemas = relaxed["components"]["schemas"]
    for name, dropped in RELAXED_REQUIRED.items():
        target = schemas[name]
        if "required" in target:
            target["required"] = [r for r in target["required"] if r not in dropped]
    for path in RELAXED_ONE_OF:
        target = functools.reduce(lambda node, key: node[key], path, schemas)
        if "oneOf" in target:
            target["anyOf"] = target.pop("oneOf")
    spec_2020 = referencing.jsonschema.DRAFT202012
    return referencing.Registry().with_resources(
        [
            (SPEC_URI, spec_2020.create_resource(spec)),
            (RELAXED_SPEC_URI, spec_2020.create_resource(relaxed)),
        ]
    )


_URI: Final = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$")
_DATE_TIME: Final = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"
)


@functools.cache
def format_checker() -> FormatChecker:
    """The ``format`` assertions applied to what clients send: jsonschema's built-in checks
    whose dependencies are installed (``date``, ``email``, ``ipv4``, ``uuid``, ...) plus
    dependency-free ``uri`` (an absolute URI: a scheme, then no whitespace) and ``date-time``
    (RFC 3339) checks. Formats nobody checks (``unixtime``, ``int64``) pass."""
    checker = FormatChecker()

    @checker.checks("uri")
    def _uri(value: object) -> bool:
        return not isinstance(value, str) or bool(_URI.match(value))

    @checker.checks("date-time")
    def _date_time(value: object) -> bool:
        return not isinstance(value, str) or bool(_DATE_TIME.match(value))

    return checker


@functools.cache
def _validator(name: str, relaxed: bool) -> Any:
    schema(name)  # raise KeyError early for an unknown name
    base = RELAXED_SPEC_URI if relaxed else SPEC_URI
    return Draft202012Validator(
        {"$ref": f"{base}#/components/schemas/{name}"},
        registry=_registry(),
        format_checker=format_checker() if relaxed else None,
    )


def param_path(parts: Iterable[str | int]) -> str | None:
    """Format a JSON path the way OpenAI reports ``param``: ``session.tools[0].name``.

    Returns ``None`` for the empty path (the document root).
    """
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or None


@dataclass(frozen=True, slots=True)
class SchemaIssue:
    """The most relevant reason an instance fails its schema.

    ``message`` is jsonschema's message (shortened to 300 characters), ``param`` the JSON path of
    the offending field in OpenAI's ``a.b[0].c`` notation (``None`` for the root), and ``code``
    an OpenAI-style error code: ``missing_required_parameter``, ``invalid_type`` or
    ``invalid_value``.
    """

    message: str
    param: str | None
    code: str


def _shorten(text: str) -> str:
    if len(text) > _MAX_MESSAGE_CHARS:
        return text[: _MAX_MESSAGE_CHARS - 3] + "..."
    return text


def _discriminator_failure(error: Any) -> str | None:
    """The discriminating property an error inside a union member is about, if any: the
    member does not apply to the instance (wrong ``type``/``role`` value, or the instance is
    not even of the member's JSON type)."""
    path = list(error.relative_path)
    if not path and error.validator == "type":
        return ""
    if not path and error.validator == "required" and isinstance(error.instance, dict):
        missing = [p for p in _DISCRIMINATORS if p in error.validator_value]
        missing = [p for p in missing if p not in error.instance]
        if missing:
            return missing[0]
    discriminating = len(path) == 1 and path[0] in _DISCRIMINATORS
    if discriminating and error.validator in ("const", "enum", "type"):
        return str(path[0])
    return None


def _allowed_values(errors: Iterable[Any]) -> list[str]:
    values: list[str] = []
    for error in errors:
        found = [error.validator_value] if error.validator == "const" else []
        if error.validator == "enum":
            found = list(error.validator_value)
        values += [json.dumps(v) for v in found if json.dumps(v) not in values]
    return values


def _discriminator_issue(union_error: Any, prop: str, errors: list[Any]) -> SchemaIssue:
    wrong = [e for e in errors if list(e.relative_path) == [prop]]
    full = param_path([*union_error.absolute_path, prop])
    shown = _shorten(json.dumps(union_error.instance[prop]))
    allowed = ", ".join(_allowed_values(wrong))
    return SchemaIssue(
        f"Invalid value at '{full}': {shown}. Supported values are: {allowed}.",
        full,
        "invalid_value",
    )


def _pick(errors: Iterable[Any]) -> Any | SchemaIssue | None:
    """Most relevant error. Inside a union it follows the member whose discriminators
    (``type``, then ``role``) match the instance, the way OpenAI reports it; when no member
    matches a discriminator's value, it reports that discriminator and its allowed values."""
    best = max(errors, key=relevance, default=None)
    while best is not None and best.context:
        branches: dict[Any, list[Any]] = {}
        for error in best.context:
            branches.setdefault(error.relative_schema_path[0], []).append(error)
        failures = {
            key: {f for e in errs if (f := _discriminator_failure(e)) is not None}
            for key, errs in branches.items()
        }
        remaining = [key for key in branches if "" not in failures[key]]
        for prop in _DISCRIMINATORS:
            passing = [key for key in remaining if prop not in failures[key]]
            if remaining and not passing:
                if not isinstance(best.instance, dict):
                    break
                if prop not in best.instance:
                    full = param_path([*best.absolute_path, prop])
                    return SchemaIssue(
                        f"Missing required parameter: '{full}'.", full, "missing_required_parameter"
                    )
                errs = [e for key in remaining for e in branches[key]]
                return _discriminator_issue(best, prop, errs)
            remaining = passing
        if len(remaining) != 1:
            return best_match([best])
        best = max(branches[remaining[0]], key=relevance)
    return best


def _issue_from(error: Any) -> SchemaIssue:
    path: list[str | int] = list(error.absolute_path)
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [p for p in error.validator_value if p not in error.instance]
        if missing:
            path.append(missing[0])
            full = param_path(path)
            return SchemaIssue(
                f"Missing required parameter: '{full}'.", full, "missing_required_parameter"
            )
    param = param_path(path)
    where = f" at '{param}'" if param else ""
    code = "invalid_type" if error.validator == "type" else "invalid_value"
    return SchemaIssue(f"Invalid value{where}: {_shorten(str(error.message))}", param, code)


def find_issue(name: str, instance: Any, *, relaxed: bool = False) -> SchemaIssue | None:
    """Validate ``instance`` against ``components/schemas/<name>``.

    Returns ``None`` when valid, else the most relevant :class:`SchemaIssue` (jsonschema's
    relevance ordering, descending into the union member selected by ``type``/``role``).
    With ``relaxed=True`` the client-input copy of the spec is used (see
    :data:`RELAXED_REQUIRED`, :data:`RELAXED_ONE_OF`). Raises ``KeyError`` for an unknown schema name.
    """
    picked = _pick(_validator(name, relaxed).iter_errors(instance))
    if picked is None or isinstance(picked, SchemaIssue):
        return picked
    return _issue_from(picked)


def is_valid(name: str, instance: Any, *, relaxed: bool = False) -> bool:
    """``True`` if ``instance`` is valid against ``components/schemas/<name>``."""
    return bool(_validator(name, relaxed).is_valid(instance))


def event_schema_name(family: str, event_type: str) -> str | None:
    """Schema name of the event ``event_type`` in ``family``, or ``None`` if unknown.

    ``family`` is a key of ``openai_realtime_api.dispatch.FAMILIES`` (``ga_client``,
    ``ga_server``, ``translation_client``, ...); ``KeyError`` for an unknown family.
    """
    entry = FAMILIES[family].get(event_type)
    return None if entry is None else entry[1]
