"""Client round-trips from generated data: spec-valid request bodies through the typed client.

For each operation with a JSON request body, Hypothesis draws spec-valid bodies (Schemathesis'
positive strategy for the operation's body, from the committed ``openapi.yaml``); each body

1. loads into the generated request model (``from_dict``) and comes back unchanged
   (``to_dict(from_dict(body)) == body``),
2. is sent as that model through the handwritten :class:`~openai_realtime.RealtimeClient` to the
   local server on 127.0.0.1, and
3. the answer parses into the operation's generated response model (``None`` for the call
   control operations, which answer an empty 200), and the parsed model's ``to_dict()`` is valid
   against the response schema (jsonschema Draft 2020-12 over the whole spec): the generated
   ``from_dict`` does not check field types, so this is what catches a wrong-typed answer.

Bounded (:data:`EXAMPLES` per operation), derandomized, no example database. Operations the server
still answers 501 are skipped at run time with that reason. The documented spec limits (beta
audio format names, input transcription models; see ``schemathesis_contract.KNOWN_FAILURES``) are
accepted as a 400 naming that field; every other rejection fails the test.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from typing import Any

import openai_realtime_api.models as models
import pytest
import schemathesis
import schemathesis_contract as contract
from conftest import schema_validator
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema.exceptions import best_match
from openai_realtime import BadRequestError, RealtimeClient
from openai_realtime.server import LocalRealtimeServer, ServerConfig
from openai_realtime.server.catalog import DEFAULT_TRANSCRIPTION_MODELS
from schemathesis import GenerationMode

KEY = "sk-contract-roundtrip"
EXAMPLES = 20

SETTINGS = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)

BETA_AUDIO_FORMATS = frozenset({"pcm16", "g711_ulaw", "g711_alaw"})
"""What the pre-GA endpoints accept for ``input_audio_format``/``output_audio_format`` (the
schema says any string; see ``KNOWN_FAILURES["beta-audio-format-names"]``)."""


@dataclasses.dataclass(frozen=True)
class Env:
    """What a round-trip call needs: the running server and a client for it."""

    server: LocalRealtimeServer
    client: RealtimeClient


@dataclasses.dataclass(frozen=True)
class Operation:
    """One operation with a JSON body: its request/response models and how the client calls it."""

    label: str
    request: str
    response: str | None
    send: Callable[[Env, Any], Any]

    @property
    def path(self) -> str:
        return self.label.split(" ", 1)[1]


def _ringing(env: Env) -> str:
    return env.server.simulate_incoming_call()


def _active(env: Env) -> str:
    call_id = env.server.simulate_incoming_call()
    env.client.accept_call(call_id, {"type": "realtime"})
    return call_id


def _creating(label: str, model: str, method: str) -> Operation:
    """An operation that creates something: ``<model>Request`` in, ``<model>Response`` out,
    sent with ``client.<method>(body)``."""
    return Operation(
        label,
        f"{model}Request",
        f"{model}Response",
        lambda env, body: getattr(env.client, method)(body),
    )


OPERATIONS = [
    _creating(
        "POST /realtime/client_secrets", "RealtimeCreateClientSecret", "create_client_secret"
    ),
    _creating("POST /realtime/sessions", "RealtimeSessionCreate", "create_session"),
    _creating(
        "POST /realtime/transcription_sessions",
        "RealtimeTranscriptionSessionCreate",
        "create_transcription_session",
    ),
    _creating(
        "POST /realtime/translations/client_secrets",
        "RealtimeTranslationClientSecretCreate",
        "create_translation_client_secret",
    ),
    Operation(
        "POST /realtime/calls/{call_id}/accept",
        "RealtimeSessionCreateRequestGA",
        None,
        lambda env, body: env.client.accept_call(_ringing(env), body),
    ),
    Operation(
        "POST /realtime/calls/{call_id}/refer",
        "RealtimeCallReferRequest",
        None,
        lambda env, body: env.client.refer_call(_active(env), body.target_uri),
    ),
    Operation(
        "POST /realtime/calls/{call_id}/reject",
        "RealtimeCallRejectRequest",
        None,
        lambda env, body: env.client.reject_call(_ringing(env), body.status_code or None),
    ),
]


@pytest.fixture(scope="module")
def env() -> Iterator[Env]:
    """The local server (real socket on 127.0.0.1) and a typed client for it."""
    with (
        LocalRealtimeServer(ServerConfig(api_keys=frozenset({KEY}))) as server,
        RealtimeClient(api_key=KEY, api_base=server.base_url) as client,
    ):
        yield Env(server, client)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """The committed spec with the contract annotations."""
    return contract.contract_spec()


@pytest.fixture(scope="module")
def not_implemented(env: Env, spec: dict[str, Any]) -> dict[str, str]:
    """Operations the server answers 501 (label -> message), probed once."""
    target = contract.Target(env.server.base_url, KEY, local=True)
    return contract.probe_not_implemented(target, spec)


def body_strategy(spec: dict[str, Any], operation: Operation) -> st.SearchStrategy[Any]:
    """Spec-valid JSON bodies of ``operation`` (Schemathesis' positive strategy)."""
    config = schemathesis.Config.from_dict({"generation": {"database": "none"}})
    schema = schemathesis.openapi.from_dict(spec, config=config)
    cases = schema[operation.path]["POST"].as_strategy(GenerationMode.POSITIVE)
    return cases.map(lambda case: case.body).filter(lambda body: isinstance(body, dict))


def _transcription_model(body: dict[str, Any]) -> Any:
    """The input transcription model of a GA (``session.audio.input``) or beta body."""
    ga = (((body.get("session") or {}).get("audio") or {}).get("input") or {}).get("transcription")
    beta = body.get("input_audio_transcription")
    return ((ga if isinstance(ga, dict) else None) or beta or {}).get("model")


def _spec_limit(error: BadRequestError, body: dict[str, Any]) -> bool:
    """The documented spec limits: a beta audio format name, or an input transcription model,
    that the schema allows (any string) but no server offers (``KNOWN_FAILURES``)."""
    if error.param in ("input_audio_format", "output_audio_format"):
        return body.get(error.param) not in BETA_AUDIO_FORMATS
    if (error.param or "").endswith("transcription.model"):
        return _transcription_model(body) not in DEFAULT_TRANSCRIPTION_MODELS
    return False


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.label)
def test_generated_bodies_round_trip_through_the_client(
    operation: Operation, env: Env, spec: dict[str, Any], not_implemented: dict[str, str]
) -> None:
    """from_dict -> to_dict is the identity; the server accepts the body sent by the client and
    the answer parses into the response model."""
    if operation.label in not_implemented:
        pytest.skip(f"the server answers 501: {not_implemented[operation.label]}")
    request_model = getattr(models, operation.request)
    response_model = getattr(models, operation.response) if operation.response else None
    validator = schema_validator(operation.response, spec) if operation.response else None

    @SETTINGS
    @given(body_strategy(spec, operation))
    def check(body: dict[str, Any]) -> None:
        model = request_model.from_dict(body)
        again = model.to_dict()
        assert again == body, (
            f"{operation.request}: to_dict(from_dict(body)) != body\n"
            f"body:  {json.dumps(body)[:600]}\nagain: {json.dumps(again)[:600]}"
        )
        try:
            answer = operation.send(env, model)
        except BadRequestError as error:
            if _spec_limit(error, body):
                return
            raise
        if response_model is None or validator is None:
            assert answer is None
            return
        assert isinstance(answer, response_model), type(answer)
        parsed = answer.to_dict()
        error = best_match(validator.iter_errors(parsed))
        assert error is None, (
            f"the answer parsed into {operation.response} is not valid against it: at "
            f"{error.json_path}: {error.message[:300]}"
        )
        assert response_model.from_dict(parsed).to_dict() == parsed

    check()
