"""Scripted model behaviour for the local server: what the "model" answers, declared by a test.

A :class:`Script` is a list of rules, tried in order against the last user turn of a
response's context (its ``input_text``, or the transcript / recognised words of its audio).
The first rule that matches decides the response; when none does, the server answers as it
always does (``"Local server reply to: …"``, or a generated function call when tools are
offered). Scripts are plain data, validated when loaded (:meth:`Script.from_data`,
:meth:`Script.load` for JSON or YAML files); :class:`ScriptError` names the offending rule::

    [
        {"when": {"text": "hello"}, "say": "Hi! How can I help?"},
        {"when": {"contains": "weather"},
         "call": {"name": "get_weather", "arguments": {"city": "Paris"}},
         "then_say": "It is {output} in Paris."},
        {"when": {"pattern": "(?i)^what time"}, "say": "It is noon."},
    ]

``when`` holds exactly one of ``text`` (the whole turn, ignoring case and surrounding
spaces), ``contains`` (a substring, ignoring case) or ``pattern`` (a Python regular
expression, searched). A rule then has exactly one of:

* ``say``: the assistant's answer (text, or audio with this transcript when the response
  has audio output);
* ``call``: ``{"name": …, "arguments": {…}}``: call this function tool (it must be among the
  response's tools, else the response fails with ``script_tool_not_declared``) with these
  arguments. When the client sends the ``function_call_output`` and asks for the next
  response, the answer is ``then_say`` with ``{output}`` replaced by the tool's output (without
  ``then_say``: the default answer).

Set a script with ``ServerConfig(script=...)`` (a :class:`Script` or the plain data) or, while
the server runs, ``LocalRealtimeServer.set_script(...)`` (new connections use it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

__all__ = ["Script", "ScriptError", "ScriptedCall", "ScriptedSay", "user_turn_text"]

_RULE_KEYS: Final = frozenset({"when", "say", "call", "then_say"})
_WHEN_KEYS: Final = frozenset({"text", "contains", "pattern"})
MAX_RULES: Final = 1000
"""Most rules one script may hold."""


class ScriptError(ValueError):
    """A script is not valid; the message names the rule and field."""


@dataclass(frozen=True, slots=True)
class ScriptedSay:
    """Answer with ``text``."""

    text: str


@dataclass(frozen=True, slots=True)
class ScriptedCall:
    """Call the function ``name`` with ``arguments`` (a JSON object)."""

    name: str
    arguments: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class _Rule:
    text: str | None
    contains: str | None
    pattern: re.Pattern[str] | None
    say: str | None
    call: ScriptedCall | None
    then_say: str | None

    def matches(self, turn: str) -> bool:
        if self.text is not None:
            return turn.strip().casefold() == self.text
        if self.contains is not None:
            return self.contains in turn.casefold()
        assert self.pattern is not None
        return self.pattern.search(turn) is not None


def _rule(data: Any, where: str) -> _Rule:
    if not isinstance(data, Mapping):
        raise ScriptError(f"{where}: a rule is an object with 'when' and 'say' or 'call'")
    unknown = set(data) - _RULE_KEYS
    if unknown:
        raise ScriptError(
            f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(_RULE_KEYS)}"
        )
    when = data.get("when")
    if not isinstance(when, Mapping) or len(when) != 1 or set(when) - _WHEN_KEYS:
        raise ScriptError(
            f"{where}.when: must be an object with exactly one of 'text', 'contains', 'pattern'"
        )
    [(kind, value)] = when.items()
    if not isinstance(value, str) or not value:
        raise ScriptError(f"{where}.when.{kind}: must be a non-empty string")
    pattern = None
    if kind == "pattern":
        try:
            pattern = re.compile(value)
        except re.error as exc:
            raise ScriptError(
                f"{where}.when.pattern: not a valid regular expression: {exc}"
            ) from None
    if ("say" in data) == ("call" in data):
        raise ScriptError(f"{where}: needs exactly one of 'say' and 'call'")
    say = data.get("say")
    if "say" in data and not isinstance(say, str):
        raise ScriptError(f"{where}.say: must be a string")
    call = None
    if "call" in data:
        spec = data["call"]
        if not isinstance(spec, Mapping) or set(spec) - {"name", "arguments"}:
            raise ScriptError(f"{where}.call: must be {{'name': ..., 'arguments': {{...}}}}")
        name = spec.get("name")
        if not isinstance(name, str) or not name:
            raise ScriptError(f"{where}.call.name: must be a non-empty string")
        arguments = spec.get("arguments", {})
        if not isinstance(arguments, Mapping):
            raise ScriptError(f"{where}.call.arguments: must be an object")
        try:
            json.dumps(arguments)
        except (TypeError, ValueError) as exc:
            raise ScriptError(f"{where}.call.arguments: not JSON ({exc})") from None
        call = ScriptedCall(name, dict(arguments))
    then_say = data.get("then_say")
    if then_say is not None:
        if call is None:
            raise ScriptError(f"{where}.then_say: only a rule with 'call' has a 'then_say'")
        if not isinstance(then_say, str):
            raise ScriptError(f"{where}.then_say: must be a string")
        try:
            then_say.format(output="")
        except (KeyError, IndexError, ValueError) as exc:
            raise ScriptError(
                f"{where}.then_say: only '{{output}}' may be in braces ({exc!r}); "
                "write '{{' and '}}' for literal braces"
            ) from None
    return _Rule(
        text=value.strip().casefold() if kind == "text" else None,
        contains=value.casefold() if kind == "contains" else None,
        pattern=pattern,
        say=say if isinstance(say, str) else None,
        call=call,
        then_say=then_say,
    )


def user_turn_text(item: Mapping[str, Any], notes: Mapping[str, str]) -> str | None:
    """The text of a user message item: its last ``input_text``, or the transcript (or the
    server's note: recognised words or a description) of its audio; ``None`` if it has none."""
    for part in reversed(item.get("content") or []):
        if part.get("type") == "input_text" and part.get("text"):
            return str(part["text"])
        if part.get("type") == "input_audio":
            return part.get("transcript") or notes.get(str(item.get("id", "")))
    return None


class Script:
    """A validated script (see the module docstring). Build with :meth:`from_data` or
    :meth:`load`; immutable, shared safely by every connection."""

    def __init__(self, rules: Sequence[_Rule]) -> None:
        self._rules = tuple(rules)

    def __len__(self) -> int:
        return len(self._rules)

    def __repr__(self) -> str:
        return f"<Script {len(self._rules)} rule(s)>"

    @classmethod
    def from_data(cls, data: Any) -> Script:
        """Validate plain data: a list of rules, or ``{"rules": [...]}``. A :class:`Script`
        is returned as is. Raises :class:`ScriptError`."""
        if isinstance(data, Script):
            return data
        if isinstance(data, Mapping):
            if set(data) != {"rules"}:
                raise ScriptError("a script object has exactly one key, 'rules'")
            data = data["rules"]
        if not isinstance(data, Sequence) or isinstance(data, str | bytes):
            raise ScriptError("a script is a list of rules (or {'rules': [...]})")
        if len(data) > MAX_RULES:
            raise ScriptError(f"a script has at most {MAX_RULES} rules, this one {len(data)}")
        return cls([_rule(rule, f"rules[{i}]") for i, rule in enumerate(data)])

    @classmethod
    def load(cls, path: str | Path) -> Script:
        """Read and validate a JSON (``.json``) or YAML (``.yaml``/``.yml``, needs PyYAML)
        script file. Raises ``OSError``, :class:`ScriptError` (also for bad JSON/YAML)."""
        path = Path(path)
        text = path.read_text("utf-8")
        try:
            if path.suffix in (".yaml", ".yml"):
                import yaml

                data = yaml.safe_load(text)
            else:
                data = json.loads(text)
        except ValueError as exc:  # json.JSONDecodeError and yaml.YAMLError's parse errors
            raise ScriptError(
                f"{path}: not valid {path.suffix.lstrip('.') or 'JSON'}: {exc}"
            ) from None
        except Exception as exc:  # yaml.YAMLError is not a ValueError
            raise ScriptError(f"{path}: not valid YAML: {exc}") from None
        try:
            return cls.from_data(data)
        except ScriptError as exc:
            raise ScriptError(f"{path}: {exc}") from None

    def decide(
        self, context: Sequence[Mapping[str, Any]], notes: Mapping[str, str]
    ) -> ScriptedSay | ScriptedCall | None:
        """What the response answering ``context`` does, or ``None`` for the default."""
        if not context:
            return None
        last = context[-1]
        if last.get("type") == "function_call_output":
            return self._after_call(context, notes)
        for item in reversed(context):
            if item.get("type") == "message" and item.get("role") == "user":
                turn = user_turn_text(item, notes)
                if turn is None:
                    return None
                for rule in self._rules:
                    if rule.matches(turn):
                        return rule.call or ScriptedSay(rule.say or "")
                return None
        return None

    def _after_call(
        self, context: Sequence[Mapping[str, Any]], notes: Mapping[str, str]
    ) -> ScriptedSay | None:
        output = context[-1]
        call_index = next(
            (
                i
                for i, item in enumerate(context)
                if item.get("type") == "function_call"
                and item.get("call_id") == output.get("call_id")
            ),
            None,
        )
        if call_index is None:
            return None
        name = context[call_index].get("name")
        turn = next(
            (
                user_turn_text(item, notes)
                for item in reversed(context[:call_index])
                if item.get("type") == "message" and item.get("role") == "user"
            ),
            None,
        )
        if turn is None:
            return None
        for rule in self._rules:
            if rule.matches(turn):
                if rule.call is not None and rule.call.name == name and rule.then_say is not None:
                    return ScriptedSay(rule.then_say.format(output=output.get("output", "")))
                return None
        return None
