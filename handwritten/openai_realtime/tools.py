"""Function calling: Python callables as realtime tools.

:class:`ToolRegistry` turns callables (sync or async) into function-tool definitions
(``{"type": "function", "name", "description", "parameters"}``, parameters as JSON Schema derived
from the type hints unless given) and runs the calls the model makes: it parses the call's JSON
``arguments``, calls the function (sync functions in a worker thread, so the event loop never
blocks), and returns the output text for a ``function_call_output`` item. A function that raises,
or arguments that are not valid JSON or do not bind to the signature, produce an output that
reports the error to the model (``{"error": "..."}``) instead of breaking the session.

The session (:meth:`~openai_realtime.session.RealtimeSession.register_tool`) runs the whole loop:
``response.done`` with function calls -> outputs -> the next ``response.create``.
"""

from __future__ import annotations

import asyncio
import enum
import inspect
import json
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Literal, get_args, get_origin

import attrs

__all__ = ["Tool", "ToolRegistry", "schema_for"]

_SIMPLE: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    dict: {"type": "object"},
    list: {"type": "array"},
}


def schema_for(annotation: Any) -> dict[str, Any]:
    """JSON Schema for a type annotation: ``str``, ``int``, ``float``, ``bool``, ``list[X]``,
    ``dict``, ``Literal[...]``, ``X | None`` (nullable), enums; anything else is unconstrained."""
    if annotation in _SIMPLE:
        return dict(_SIMPLE[annotation])
    origin = get_origin(annotation)
    if origin is Literal:
        return {"enum": list(get_args(annotation))}
    if origin in (list, tuple, set, frozenset):
        args = get_args(annotation)
        return {"type": "array", "items": schema_for(args[0])} if args else {"type": "array"}
    if origin in (dict, Mapping):
        return {"type": "object"}
    if origin in (typing.Union, types.UnionType):
        members = [a for a in get_args(annotation) if a is not type(None)]
        inner = (
            schema_for(members[0])
            if len(members) == 1
            else {"anyOf": [schema_for(m) for m in members]}
        )
        if len(members) < len(get_args(annotation)):
            return {"anyOf": [inner, {"type": "null"}]}
        return inner
    if inspect.isclass(annotation) and issubclass(annotation, enum.Enum):
        return {"enum": [m.value for m in annotation]}
    return {}


@attrs.frozen
class Tool:
    """A registered function tool.

    Attributes:
        name: the function name the model calls.
        description: what it does (from the docstring's first paragraph by default).
        parameters: JSON Schema of its arguments (an object).
        function: the callable (sync or async).
    """

    name: str
    description: str
    parameters: dict[str, Any]
    function: Callable[..., Any]

    def definition(self) -> dict[str, Any]:
        """The function-tool definition for ``session.update`` / ``response.create``."""
        return {
            "type": "function",
            "name": self.name,
            "description": self.description,
            "parameters": self.parameters,
        }


class ToolRegistry:
    """Named tools and the execution of the model's calls."""

    def __init__(self) -> None:
        self._tools: dict[str, Tool] = {}

    def __contains__(self, name: object) -> bool:
        return name in self._tools

    def __len__(self) -> int:
        return len(self._tools)

    def register(
        self,
        function: Callable[..., Any],
        *,
        name: str | None = None,
        description: str | None = None,
        parameters: Mapping[str, Any] | None = None,
    ) -> Tool:
        """Register ``function``; derive name, description and parameters when not given.

        Raises:
            ValueError: a name already registered, or parameters that are not an object schema.
        """
        tool_name = name or function.__name__
        if tool_name in self._tools:
            raise ValueError(f"a tool named {tool_name!r} is already registered")
        if description is None:
            doc = inspect.getdoc(function) or ""
            description = doc.split("\n\n", 1)[0].replace("\n", " ").strip()
        if parameters is None:
            parameters = self._parameters(function)
        elif parameters.get("type") != "object":
            raise ValueError("tool parameters must be a JSON Schema of type 'object'")
        tool = Tool(tool_name, description, dict(parameters), function)
        self._tools[tool_name] = tool
        return tool

    @staticmethod
    def _parameters(function: Callable[..., Any]) -> dict[str, Any]:
        signature = inspect.signature(function)
        hints = typing.get_type_hints(function)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for param in signature.parameters.values():
            if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
                continue
            properties[param.name] = schema_for(hints.get(param.name, Any))
            if param.default is inspect.Parameter.empty:
                required.append(param.name)
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
        return schema

    def definitions(self) -> list[dict[str, Any]]:
        """Definitions of every registered tool, in registration order."""
        return [tool.definition() for tool in self._tools.values()]

    async def call(self, name: str, arguments: str) -> str:
        """Run one call; return the output text (JSON). Never raises for the tool's own errors:
        they are reported to the model as ``{"error": "..."}``."""
        tool = self._tools.get(name)
        if tool is None:
            return json.dumps({"error": f"no tool named {name!r} is registered"})
        try:
            args = json.loads(arguments) if arguments else {}
            if not isinstance(args, dict):
                raise TypeError("arguments must be a JSON object")
            inspect.signature(tool.function).bind(**args)
        except (ValueError, TypeError) as exc:
            return json.dumps({"error": f"invalid arguments for {name}: {exc}"})
        try:
            if inspect.iscoroutinefunction(tool.function):
                result = await tool.function(**args)
            else:
                result = await asyncio.to_thread(tool.function, **args)
                if inspect.isawaitable(result):
                    result = await result
        except Exception as exc:
            return json.dumps({"error": f"{type(exc).__name__}: {exc}"})
        if isinstance(result, str):
            return result
        try:
            return json.dumps(result)
        except TypeError:
            return json.dumps(str(result))
