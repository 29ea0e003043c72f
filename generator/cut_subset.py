"""Cut the realtime subset (`openapi.yaml`) out of the pinned upstream OpenAI OpenAPI document.

Usage::

    python generator/cut_subset.py                 # write openapi.yaml from the vendored upstream
    python generator/cut_subset.py --check         # fail if openapi.yaml differs from a fresh cut
    python generator/cut_subset.py --upstream X.yaml --no-verify --out /tmp/o.yaml   # spec-bump drill

What the subset holds:

* every path under ``/realtime`` (9 POST operations) with the ``$ref`` closure of their schemas;
* every realtime event schema (GA, translation and beta families, client and server) and the four
  event unions, with their closure;
* the top-level ``x-oaiMeta.groups`` that document the realtime event families.

The upstream document is vendored gzip-compressed in ``generator/upstream/`` and its sha256 is
checked before anything is cut, so re-cutting works on a fresh clone and cannot silently drift.

Only the edits that the generator and real payloads need are applied, each as a named function in
``TRANSFORMATIONS`` below (see ``../shared/notes/spec-and-generator.md`` for the measurements behind
them). Nothing in ``openapi.yaml`` is edited by hand.
"""

from __future__ import annotations

import argparse
import copy
import gzip
import hashlib
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
VENDORED_UPSTREAM = ROOT / "generator" / "upstream" / "openai-openapi.yaml.gz"
SUBSET = ROOT / "openapi.yaml"

UPSTREAM_REPOSITORY = "github.com/openai/openai-openapi"
UPSTREAM_COMMIT = "f85dbe223d40e1a31cba812ab2d755c7e98a92a3"
UPSTREAM_SHA256 = "db5d7478feae10b4d331834c60d9765a8aa042e38419f9b1694288c11aa8ebc8"

#: Component schemas that are realtime events (concrete events and the four unions).
EVENT_SCHEMA = re.compile(r"^Realtime(Beta|Translation)?(Client|Server)Event")
#: Paths of the realtime HTTP surface.
REALTIME_PATH = re.compile(r"^/realtime(/|$)")

Schema = dict[str, Any]


class UpstreamMismatch(RuntimeError):
    """The vendored upstream document is not the pinned one (sha256 differs)."""


# --------------------------------------------------------------------------------------------
# Loading and the $ref closure
# --------------------------------------------------------------------------------------------


def read_upstream(path: Path, *, verify: bool = True) -> tuple[Schema, str]:
    """Read an upstream document (``.yaml`` or ``.yaml.gz``); return it and its sha256.

    Raises :class:`UpstreamMismatch` when ``verify`` is set and the sha256 of the uncompressed
    text is not :data:`UPSTREAM_SHA256`.
    """
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    digest = hashlib.sha256(raw).hexdigest()
    if verify and digest != UPSTREAM_SHA256:
        raise UpstreamMismatch(
            f"{path} has sha256 {digest}, expected {UPSTREAM_SHA256} (commit {UPSTREAM_COMMIT}). "
            "Re-vendor the pinned document or pass --no-verify for a deliberate spec-bump drill."
        )
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(raw, Loader=loader), digest  # noqa: S506 - CSafeLoader/SafeLoader


def iter_refs(node: Any) -> Iterator[str]:
    """Yield every component schema name referenced (``$ref``) anywhere below ``node``."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            yield ref.rsplit("/", 1)[1]
        for value in node.values():
            yield from iter_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from iter_refs(value)


def closure(schemas: Schema, roots: list[str]) -> list[str]:
    """Names of ``roots`` and of every schema they reach through ``$ref``, in a stable order."""
    seen: set[str] = set()
    stack = list(reversed(roots))
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        stack.extend(ref for ref in iter_refs(schemas[name]) if ref not in seen)
    return sorted(seen)


def walk_schemas(node: Any) -> Iterator[Schema]:
    """Yield every dict below ``node`` (schemas, property maps, examples' containers alike)."""
    if isinstance(node, dict):
        yield node
        for key, value in node.items():
            if key in ("x-oaiMeta", "example", "examples"):
                continue
            yield from walk_schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk_schemas(value)


# --------------------------------------------------------------------------------------------
# The transformations: each one named, commented, and applied in order by `cut`.
# --------------------------------------------------------------------------------------------


def drop_component_titles(doc: Schema) -> None:
    """Drop ``title`` from top-level component schemas.

    Four pairs of different schemas share a title upstream (e.g. two "Realtime session
    configuration" objects); openapi-python-client names classes after titles, so the pairs
    collide and whole models (and the endpoints using them) are silently dropped. Without the
    title, classes are named after the component key, which is unique.
    """
    for schema in doc["components"]["schemas"].values():
        schema.pop("title", None)


def hoist_retention_ratio_truncation(doc: Schema) -> None:
    """Move the inline retention-ratio member of ``RealtimeTruncation`` into its own component.

    The generator processes that inline ``oneOf`` member twice and the model file goes missing;
    as the named component ``RealtimeTruncationRetentionRatio`` it is generated once.
    """
    schemas = doc["components"]["schemas"]
    members = schemas["RealtimeTruncation"]["oneOf"]
    for index, member in enumerate(members):
        if member.get("type") == "object" and "retention_ratio" in member.get("properties", {}):
            member = dict(member)
            member.pop("title", None)
            schemas["RealtimeTruncationRetentionRatio"] = member
            members[index] = {"$ref": "#/components/schemas/RealtimeTruncationRetentionRatio"}
            return
    raise KeyError("RealtimeTruncation has no retention-ratio member any more")


def drop_raw_sdp_request_body(doc: Schema) -> None:
    """Keep only the multipart request body of ``POST /realtime/calls``.

    The raw ``application/sdp`` variant is not supported by the generator (it would drop the
    whole endpoint); the multipart form carries the same SDP offer in its ``sdp`` part. The SDP
    *answer* (201) is read as text through ``content_type_overrides`` in the generator config.
    """
    content = doc["paths"]["/realtime/calls"]["post"]["requestBody"]["content"]
    content.pop("application/sdp")


#: ``(schema, property)`` pairs that the docs and examples show as ``null`` on the wire but that
#: the schema declares non-nullable. Without the edit ``from_dict`` raises on real
#: ``session.created`` / ``response.done`` payloads and a caller cannot send ``null`` to switch
#: a feature off (e.g. ``turn_detection: null``).
DOCUMENTED_NULL_PROPERTIES = frozenset(
    {
        "noise_reduction",
        "transcription",
        "turn_detection",
        "tracing",
        "conversation_id",
        "status_details",
        "usage",
        "include",
        "language",
        "client_secret",
        "prompt",
        "idle_timeout_ms",
    }
)


def _make_nullable(prop: Schema) -> Schema:
    """Return ``prop`` widened to also accept ``null``; unchanged when it already does."""
    if prop.get("type") == "null":
        return prop
    for key in ("anyOf", "oneOf"):
        members = prop.get(key)
        if members is not None:
            if any(m.get("type") == "null" for m in members):
                return prop
            nested = {k: v for k, v in prop.items() if k not in ("description",)}
            out = {"anyOf": [nested, {"type": "null"}]} if key == "oneOf" else dict(prop)
            if key == "anyOf":
                out["anyOf"] = [*members, {"type": "null"}]
            if "description" in prop:
                out["description"] = prop["description"]
            return out
    if "$ref" in prop:
        out = {"anyOf": [{"$ref": prop["$ref"]}, {"type": "null"}]}
        if "description" in prop:
            out["description"] = prop["description"]
        return out
    kind = prop.get("type")
    if isinstance(kind, list):
        if "null" in kind:
            return prop
        prop = dict(prop, type=[*kind, "null"])
    elif isinstance(kind, str):
        prop = dict(prop, type=[kind, "null"])
    if "enum" in prop and None not in prop["enum"]:
        prop["enum"] = [*prop["enum"], None]
    return prop


def nullable_documented_null_fields(doc: Schema) -> None:
    """Let the fields listed in :data:`DOCUMENTED_NULL_PROPERTIES` be ``null``.

    Applied to every object schema of the subset that has such a property.
    """
    for node in walk_schemas(doc["components"]["schemas"]):
        props = node.get("properties")
        if not isinstance(props, dict):
            continue
        for name in DOCUMENTED_NULL_PROPERTIES & props.keys():
            props[name] = _make_nullable(props[name])


def drop_property_defaults(doc: Schema) -> None:
    """Remove ``default`` from every schema, keeping it as a sentence in the description.

    The generator injects schema defaults into every model it builds, so a partial
    ``session.update`` would carry e.g. ``tool_choice: "auto"`` that the caller never set, and
    a parsed server event would gain fields the server never sent. Defaults are the server's
    business; the client sends only what the caller set.
    """
    for node in walk_schemas(doc["components"]["schemas"]):
        if "default" in node and not isinstance(node.get("default"), dict | list):
            value = node.pop("default")
            shown = (
                "null"
                if value is None
                else str(value).lower()
                if isinstance(value, bool)
                else value
            )
            description = node.get("description", "").rstrip()
            node["description"] = f"{description}\n\nServer default: `{shown}`.".lstrip()
        elif "default" in node:
            node.pop("default")


def one_value_type_enums_to_const(doc: Schema) -> None:
    """Turn one-value ``type`` enums (``x-stainless-const``) into JSON-Schema ``const``.

    Upstream writes every event/item discriminator as ``type: {enum: [value]}``; the generator
    would make a separate Enum class of each and force callers to pass ``type_=`` to every
    constructor. As ``const`` (with itself as default) it becomes a ``Literal`` that fills itself
    in. Only properties named ``type`` are changed: one-value enums that are members of a union
    (``max_output_tokens: integer | "inf"``, ``tracing: "auto" | object``) must stay enums,
    because the generator checks a ``const`` union member without falling back to the others.
    """
    for node in walk_schemas(doc["components"]["schemas"]):
        props = node.get("properties")
        if not isinstance(props, dict):
            continue
        prop = props.get("type")
        if (
            isinstance(prop, dict)
            and prop.get("x-stainless-const")
            and isinstance(prop.get("enum"), list)
            and len(prop["enum"]) == 1
        ):
            prop["const"] = prop["default"] = prop.pop("enum")[0]
            prop.pop("x-stainless-const")


def client_secret_not_required_in_session_request(doc: Schema) -> None:
    """Stop ``RealtimeSessionCreateRequest`` from requiring ``client_secret``.

    Upstream lists ``client_secret`` (a server *output*, the minted secret) among the required
    fields of the *request*; a generated model would force every caller to invent one, and a
    server validating against the schema would reject every real request.
    """
    schema = doc["components"]["schemas"]["RealtimeSessionCreateRequest"]
    schema["required"] = [name for name in schema.get("required", []) if name != "client_secret"]
    if not schema["required"]:
        del schema["required"]


def declare_client_secret_in_session_response(doc: Schema) -> None:
    """Declare ``client_secret`` on ``RealtimeSessionCreateResponse``.

    ``POST /realtime/sessions`` (and Azure preview's ``realtimeapi/sessions``) answers with the
    minted ``client_secret {value, expires_at}``, as the operation's own example shows, but the
    upstream schema does not declare the property, so it would be reachable only as an untyped
    additional property. The declaration of ``RealtimeTranscriptionSessionCreateResponse`` is
    hoisted into the component ``RealtimeSessionClientSecret`` and both responses (and the
    pre-GA request, which declares the same object) refer to it: one generated class, not three
    copies; it stays optional on the session response. Runs after
    ``nullable_documented_null_fields``, so the component keeps the nullable type and the
    reference needs no ``anyOf`` wrapper (schema errors then point at the field itself).
    """
    schemas = doc["components"]["schemas"]
    source = schemas["RealtimeTranscriptionSessionCreateResponse"]["properties"]["client_secret"]
    component = {k: copy.deepcopy(v) for k, v in source.items() if k != "description"}
    schemas["RealtimeSessionClientSecret"] = component
    ref = {"$ref": "#/components/schemas/RealtimeSessionClientSecret"}
    for name in ("RealtimeTranscriptionSessionCreateResponse", "RealtimeSessionCreateResponse"):
        props = schemas[name]["properties"]
        description = source.get("description", "Ephemeral key returned by the API.")
        props["client_secret"] = {**ref, "description": description}
    # The pre-GA request declares the same object (an output field, see
    # client_secret_not_required_in_session_request): refer to the component when it is
    # identical, so there is one class, not two; a spec bump that makes them differ keeps both.
    request = schemas["RealtimeSessionCreateRequest"]["properties"]
    declared = request.get("client_secret")
    if (
        declared is not None
        and {k: v for k, v in declared.items() if k != "description"} == component
    ):
        request["client_secret"] = {**ref, "description": declared.get("description", "")}


# --------------------------------------------------------------------------------------------
# Corrections from real traffic: where real servers and the pinned spec disagree, the recordings
# in ../shared/real-traffic/ (cited as ``<dialect>.jsonl:<line>``, provenance in its
# provenance.json) and the official SDK's types are the evidence. Each names what it changes.
# --------------------------------------------------------------------------------------------


def _ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def nullable_input_audio_transcript(doc: Schema) -> None:
    """Let ``transcript`` of a user message's ``input_audio`` content part be ``null``.

    Evidence: GA ``conversation.item.added`` / ``conversation.item.done`` for a spoken user turn
    carry ``"content": [{"type": "input_audio", "transcript": null}]`` (ga.jsonl:9, :10, :15);
    beta ``conversation.item.created`` the same (beta.jsonl:44); the official SDK types it
    ``transcript: Optional[str]`` (openai-python ``ConversationItemContent``). The transcript
    arrives later, in ``conversation.item.input_audio_transcription.completed``.
    """
    schemas = doc["components"]["schemas"]
    content = schemas["RealtimeConversationItemMessageUser"]["properties"]["content"]["items"]
    content["properties"]["transcript"] = _make_nullable(content["properties"]["transcript"])


#: Beta event names real beta servers (and Azure OpenAI's preview api-version) send, where the
#: pinned spec gives the beta family the GA names: schema -> the name on the wire.
BETA_EVENT_NAMES = {
    "RealtimeBetaServerEventResponseAudioDelta": "response.audio.delta",
    "RealtimeBetaServerEventResponseAudioDone": "response.audio.done",
    "RealtimeBetaServerEventResponseAudioTranscriptDelta": "response.audio_transcript.delta",
    "RealtimeBetaServerEventResponseAudioTranscriptDone": "response.audio_transcript.done",
    "RealtimeBetaServerEventResponseTextDelta": "response.text.delta",
    "RealtimeBetaServerEventResponseTextDone": "response.text.done",
}


def beta_event_names(doc: Schema) -> None:
    """Give the beta family's response content events their real (beta) names.

    Evidence: beta.jsonl:9 ``response.audio_transcript.delta`` (195 such lines), :34
    ``response.audio.done``, :490 ``response.text.delta``; the official SDK's beta types
    (openai-python ``types/beta/realtime``: ``ResponseAudioDeltaEvent`` has
    ``type: Literal["response.audio.delta"]``, ``ResponseTextDeltaEvent``
    ``Literal["response.text.delta"]``, ...). Runs before ``one_value_type_enums_to_const``.
    """
    schemas = doc["components"]["schemas"]
    for name, wire in BETA_EVENT_NAMES.items():
        prop = schemas[name]["properties"]["type"]
        (spec_name,) = prop["enum"]
        prop["enum"] = [wire]
        prop["description"] = f"The event type, must be `{wire}`."
        # The documented example carries the same wrong name: correct it with the schema.
        meta = schemas[name].get("x-oaiMeta", {})
        if isinstance(meta.get("example"), str):
            meta["example"] = meta["example"].replace(f'"{spec_name}"', f'"{wire}"')
        if meta.get("name") == spec_name:
            meta["name"] = wire


def beta_conversation_items(doc: Schema) -> None:
    """Give the beta family its own conversation item union, whose assistant message content
    parts are ``{"type": "text"}`` / ``{"type": "audio"}`` (the beta names), not the GA
    ``output_text`` / ``output_audio``.

    Evidence: beta ``response.output_item.done`` (beta.jsonl:37, :69) and ``response.done``
    carry assistant content ``{"type": "audio", "transcript": ...}``; ``{"type": "text"}`` in
    beta.jsonl:489; the official SDK's beta ``ConversationItemContent.type`` is
    ``Literal["input_text", "input_audio", "item_reference", "text", "audio"]``. The copy
    ``RealtimeBetaConversationItemMessageAssistant`` replaces the assistant member in
    ``RealtimeBetaConversationItem``; every beta *server* event (and ``RealtimeBetaResponse``)
    refers to that union. Beta client events keep the shared union.
    """
    schemas = doc["components"]["schemas"]
    assistant = copy.deepcopy(schemas["RealtimeConversationItemMessageAssistant"])
    part = assistant["properties"]["content"]["items"]["properties"]["type"]
    part["enum"] = ["text", "audio"]
    part["description"] = "The content type, `text` or `audio` (the beta protocol's names)."
    schemas["RealtimeBetaConversationItemMessageAssistant"] = assistant
    union = copy.deepcopy(schemas["RealtimeConversationItem"])
    key = "anyOf" if "anyOf" in union else "oneOf"
    union[key] = [
        _ref("RealtimeBetaConversationItemMessageAssistant")
        if m.get("$ref", "").endswith("/RealtimeConversationItemMessageAssistant")
        else m
        for m in union[key]
    ]
    schemas["RealtimeBetaConversationItem"] = union
    target = "#/components/schemas/RealtimeConversationItem"
    for name, schema in schemas.items():
        if not (name.startswith("RealtimeBetaServerEvent") or name == "RealtimeBetaResponse"):
            continue
        for node in walk_schemas(schema):
            if node.get("$ref") == target:
                node["$ref"] = "#/components/schemas/RealtimeBetaConversationItem"


def beta_output_audio_buffer_events(doc: Schema) -> None:
    """Add ``output_audio_buffer.started`` / ``stopped`` / ``cleared`` to the beta server family.

    Evidence: beta WebRTC sessions send them (beta.jsonl:12 started, :71 stopped, :40 cleared);
    the spec documents them only for GA. The beta schemas are copies of the GA ones (the
    payloads are the same: ``event_id``, ``type``, ``response_id``).
    """
    schemas = doc["components"]["schemas"]
    for kind in ("Started", "Stopped", "Cleared"):
        ga = schemas[f"RealtimeServerEventOutputAudioBuffer{kind}"]
        beta = copy.deepcopy(ga)
        beta.pop("x-oaiMeta", None)
        schemas[f"RealtimeBetaServerEventOutputAudioBuffer{kind}"] = beta


#: ``(property, component)``: fields real beta ``session.created`` /
#: ``session.updated`` send that ``RealtimeSession`` does not declare.
BETA_SESSION_FIELDS = (
    ("client_secret", "RealtimeSessionClientSecret"),
    ("truncation", "RealtimeTruncation"),
)


def nullable_beta_session_fields(doc: Schema) -> None:
    """Let the beta session's fields be ``null`` where real beta servers send ``null``, and
    declare the ones they send that the schema lacks (``client_secret``, ``truncation``).

    Evidence: beta.jsonl:1 and :2 (``session.created`` / ``session.updated``) carry
    ``input_audio_noise_reduction: null``, ``input_audio_transcription: null``,
    ``client_secret: null``, ``include: null``; beta.jsonl:578 carries ``truncation``. Every
    property of ``RealtimeSession`` becomes nullable (the server echoes unset options as
    ``null``), except ``id``, ``object`` and ``model``.
    """
    session = doc["components"]["schemas"]["RealtimeSession"]
    props = session["properties"]
    for name, component in BETA_SESSION_FIELDS:
        if name not in props:
            props[name] = {
                **_ref(component),
                "description": f"Sent by real beta servers (often `null`); see `{component}`.",
            }
    for name in list(props):
        if name not in ("id", "object", "model"):
            props[name] = _make_nullable(props[name])


def nullable_transcription_failure_error(doc: Schema) -> None:
    """Let ``error.code`` / ``error.param`` / ``error.type`` of
    ``conversation.item.input_audio_transcription.failed`` be ``null``.

    Evidence: azure.jsonl:2 (Azure preview) carries ``"code": null, "param": null``; the
    official SDK types them ``Optional[str]``. GA and beta schemas alike.
    """
    schemas = doc["components"]["schemas"]
    for name in (
        "RealtimeServerEventConversationItemInputAudioTranscriptionFailed",
        "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed",
    ):
        error = schemas[name]["properties"]["error"]["properties"]
        for field in ("code", "param", "type"):
            if field in error:
                error[field] = _make_nullable(error[field])


def optional_transcription_usage(doc: Schema) -> None:
    """Stop ``conversation.item.input_audio_transcription.completed`` from requiring ``usage``.

    Evidence: older servers sent it without ``usage`` (beta.jsonl:58, :90, 12 lines in all); the
    official SDK declares ``usage`` on the event as optional for the same reason.
    """
    schemas = doc["components"]["schemas"]
    for name in (
        "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted",
        "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted",
    ):
        schema = schemas[name]
        schema["required"] = [r for r in schema.get("required", []) if r != "usage"]


def ga_transcription_session_created(doc: Schema) -> None:
    """Add ``transcription_session.created`` to the GA server family.

    Evidence: users report GA servers sending it to ``?intent=transcription`` connections
    (real-traffic README, "Other real behaviour reported by users"); the spec has the GA
    ``transcription_session.updated`` (``RealtimeServerEventTranscriptionSessionUpdated``) but not
    its ``created`` twin. The new schema is that event's copy with the other name.
    """
    schemas = doc["components"]["schemas"]
    created = copy.deepcopy(schemas["RealtimeServerEventTranscriptionSessionUpdated"])
    created.pop("x-oaiMeta", None)
    created["description"] = (
        "Returned when a transcription session is created (GA `?intent=transcription`)."
    )
    prop = created["properties"]["type"]
    prop["enum"] = ["transcription_session.created"]
    prop["description"] = "The event type, must be `transcription_session.created`."
    schemas["RealtimeServerEventTranscriptionSessionCreated"] = created


def obfuscation_on_deltas(doc: Schema) -> None:
    """Declare the optional ``obfuscation`` string on every server ``*.delta`` event lacking it.

    Evidence: GA ``response.output_audio_transcript.delta`` carries it (ga.jsonl:21, :24); the
    spec declares it on ``conversation.item.input_audio_transcription.delta`` and on the MCP
    argument deltas only. It pads delta frames against length side channels; its value means
    nothing to a client.
    """
    schemas = doc["components"]["schemas"]
    for name, schema in schemas.items():
        props = schema.get("properties")
        if not (
            re.match(r"^Realtime(Beta)?ServerEvent", name)
            and isinstance(props, dict)
            and "delta" in props
        ):
            continue
        props.setdefault(
            "obfuscation",
            {
                "type": "string",
                "description": "Random padding against length side channels; ignore it.",
            },
        )


TRANSFORMATIONS: list[Callable[[Schema], None]] = [
    drop_component_titles,
    hoist_retention_ratio_truncation,
    drop_raw_sdp_request_body,
    client_secret_not_required_in_session_request,
    nullable_documented_null_fields,
    declare_client_secret_in_session_response,
    nullable_input_audio_transcript,
    beta_event_names,
    beta_conversation_items,
    beta_output_audio_buffer_events,
    nullable_beta_session_fields,
    nullable_transcription_failure_error,
    optional_transcription_usage,
    ga_transcription_session_created,
    obfuscation_on_deltas,
    drop_property_defaults,
    one_value_type_enums_to_const,
]


# --------------------------------------------------------------------------------------------
# The cut
# --------------------------------------------------------------------------------------------


def cut(upstream: Schema, digest: str) -> Schema:
    """Return the realtime subset of ``upstream`` with every transformation applied."""
    doc = copy.deepcopy(upstream)
    schemas = doc["components"]["schemas"]
    paths = {p: item for p, item in doc["paths"].items() if REALTIME_PATH.match(p)}
    events = sorted(name for name in schemas if EVENT_SCHEMA.match(name))
    roots = sorted(set(iter_refs(paths)) | set(events))
    keep = closure(schemas, roots)

    groups = [
        g
        for g in doc.get("x-oaiMeta", {}).get("groups", [])
        if g.get("id", "").startswith("realtime")
    ]
    info = dict(doc["info"])
    info["title"] = "OpenAI Realtime API (subset)"
    info["description"] = (
        "The realtime part of the OpenAI API: every /realtime operation and every realtime event "
        "schema (GA, translation and beta families), cut by generator/cut_subset.py from the "
        "official document. Do not edit: re-run `make subset`."
    )
    info["x-upstream"] = {
        "repository": UPSTREAM_REPOSITORY,
        "path": "openapi.yaml",
        "commit": UPSTREAM_COMMIT,
        "sha256": digest,
        "transformations": [t.__name__ for t in TRANSFORMATIONS],
    }
    subset: Schema = {
        "openapi": doc["openapi"],
        "info": info,
        "servers": doc["servers"],
        "security": doc["security"],
        "tags": [t for t in doc.get("tags", []) if t.get("name") == "Realtime"],
        "paths": paths,
        "components": {
            "schemas": {name: schemas[name] for name in keep},
            "securitySchemes": {"ApiKeyAuth": doc["components"]["securitySchemes"]["ApiKeyAuth"]},
        },
        "x-oaiMeta": {"groups": groups},
    }
    for transformation in TRANSFORMATIONS:
        transformation(subset)
    subset["components"]["schemas"] = dict(sorted(subset["components"]["schemas"].items()))
    return subset


def changed_paths(old: Any, new: Any, path: str = "") -> list[str]:
    """Dotted paths (``components.schemas.<Name>.properties.<field>``) where two documents differ:
    added (+), removed (-) or changed (~), at the deepest level that still names a schema member."""
    if isinstance(old, dict) and isinstance(new, dict):
        out: list[str] = []
        for key in sorted(set(old) | set(new), key=str):
            sub = f"{path}.{key}" if path else str(key)
            if key not in old:
                out.append(f"+ {sub}")
            elif key not in new:
                out.append(f"- {sub}")
            elif old[key] != new[key]:
                out.extend(changed_paths(old[key], new[key], sub))
        return out
    return [f"~ {path}"] if old != new else []


def dump(doc: Schema) -> str:
    """Serialise deterministically (insertion order, no line folding, UTF-8 kept)."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(doc, Dumper=dumper, sort_keys=False, allow_unicode=True, width=1 << 30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--upstream", type=Path, default=VENDORED_UPSTREAM)
    parser.add_argument("--out", type=Path, default=SUBSET)
    parser.add_argument("--no-verify", action="store_true", help="skip the sha256 pin check")
    parser.add_argument("--check", action="store_true", help="compare with --out, write nothing")
    args = parser.parse_args(argv)

    upstream, digest = read_upstream(args.upstream, verify=not args.no_verify)
    text = dump(cut(upstream, digest))
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            import difflib

            changed = changed_paths(
                yaml.safe_load(current) if current else {}, yaml.safe_load(text)
            )
            print(f"Changed ({len(changed)}):")
            for path in changed[:40]:
                print(f"  {path}")
            if len(changed) > 40:
                print(f"  ... and {len(changed) - 40} more")

            diff = difflib.unified_diff(
                current.splitlines(),
                text.splitlines(),
                str(args.out),
                "fresh cut",
                lineterm="",
                n=1,
            )
            sys.stdout.writelines(line + "\n" for _, line in zip(range(80), diff, strict=False))
            print(f"{args.out} differs from a fresh cut of {args.upstream}: run `make subset`.")
            return 1
        print(f"{args.out} matches a fresh cut of {args.upstream.name} (sha256 {digest[:12]}…).")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}: {len(upstream['paths'])} upstream paths -> the realtime subset")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
