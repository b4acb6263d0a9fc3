"""Messages from plain JSON values (CLI records, scan requests); errors name what is wrong."""

from __future__ import annotations

import json
from typing import Any

from infershield.core.types import Message, Role, ToolCall
from infershield.errors import MalformedInputError

_ROLE_ALIASES = {"developer": Role.SYSTEM, "function": Role.TOOL, "tool_result": Role.TOOL,
                 "retrieved": Role.DOCUMENT, "context": Role.DOCUMENT}


def _role(value: Any, where: str) -> Role:
    if not isinstance(value, str):
        raise MalformedInputError(f"{where}.role must be a string")
    if value in _ROLE_ALIASES:
        return _ROLE_ALIASES[value]
    try:
        return Role(value)
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise MalformedInputError(f"{where}.role {value!r} is not one of {choices}") from None


def _content(value: Any, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):  # content blocks: [{"type": "text", "text": ...}, ...]
        parts = [block.get("text", "") for block in value if isinstance(block, dict)]
        if all(isinstance(p, str) for p in parts):
            return "\n".join(p for p in parts if p)
    raise MalformedInputError(f"{where}.content must be a string or a list of text blocks")


def _tool_calls(value: Any, where: str) -> tuple[ToolCall, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise MalformedInputError(f"{where}.tool_calls must be a list")
    calls = []
    for i, raw in enumerate(value):
        call = raw.get("function", raw) if isinstance(raw, dict) else None
        if not isinstance(call, dict) or not isinstance(call.get("name"), str):
            raise MalformedInputError(f"{where}.tool_calls[{i}] needs a name")
        arguments = call.get("arguments", "")
        if not isinstance(arguments, str):
            arguments = json.dumps(arguments, ensure_ascii=False, sort_keys=True)
        calls.append(ToolCall(call["name"], arguments))
    return tuple(calls)


def parse_messages(value: Any) -> tuple[Message, ...]:
    """``[{"role", "content"?, "tool_calls"?, "name"?}, ...]`` → messages."""
    if not isinstance(value, list) or not value:
        raise MalformedInputError("messages must be a non-empty list")
    out = []
    for i, raw in enumerate(value):
        where = f"messages[{i}]"
        if not isinstance(raw, dict):
            raise MalformedInputError(f"{where} must be an object")
        name = raw.get("name")
        out.append(Message(_role(raw.get("role"), where), _content(raw.get("content"), where),
                           _tool_calls(raw.get("tool_calls"), where), name if isinstance(name, str) else None))
    return tuple(out)
