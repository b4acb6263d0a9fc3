"""OpenAI-shaped chat messages to engine messages, and redacted text back into the request."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from infershield.core.redact import RedactionMap, redact
from infershield.core.types import Finding, Message, Role, Span, ToolCall
from infershield.errors import MalformedInputError

_ROLES = {"system": Role.SYSTEM, "developer": Role.SYSTEM, "user": Role.USER, "assistant": Role.ASSISTANT,
          "tool": Role.TOOL, "function": Role.TOOL}


def content_text(content: Any) -> str:
    """Text of an OpenAI ``content`` (a string, or a list of parts of which text parts count)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(str(part.get("text", "")) for part in content
                         if isinstance(part, dict) and part.get("type") in ("text", "input_text"))
    raise MalformedInputError("message content must be a string, a list of content parts, or null")


def to_engine(messages: Sequence[Any]) -> tuple[Message, ...]:
    """Engine messages for OpenAI messages; raises :class:`MalformedInputError` naming the bad field."""
    out = []
    for i, raw in enumerate(messages):
        if not isinstance(raw, dict):
            raise MalformedInputError(f"messages[{i}] must be an object")
        role = _ROLES.get(str(raw.get("role")))
        if role is None:
            raise MalformedInputError(f"messages[{i}].role must be one of {', '.join(_ROLES)}")
        try:
            text = content_text(raw.get("content"))
        except MalformedInputError as exc:
            raise MalformedInputError(f"messages[{i}]: {exc}") from None
        calls = []
        for call in raw.get("tool_calls") or []:
            function = call.get("function") if isinstance(call, dict) else None
            if not isinstance(function, dict):
                raise MalformedInputError(f"messages[{i}].tool_calls entries need a function object")
            arguments = function.get("arguments", "")
            text_arguments = arguments if isinstance(arguments, str) else str(arguments)
            calls.append(ToolCall(str(function.get("name", "")), text_arguments))
        out.append(Message(role, text, tuple(calls)))
    return tuple(out)


def new_turn_start(messages: Sequence[Message]) -> int:
    """Index of the first message after the last assistant message: the turn this request adds."""
    for index in range(len(messages) - 1, -1, -1):
        if messages[index].role is Role.ASSISTANT:
            return index + 1
    return 0


def redact_messages(raw: Sequence[dict[str, Any]], findings: Sequence[Finding],
                    mapping: RedactionMap) -> tuple[list[dict[str, Any]], RedactionMap]:
    """Copies of the OpenAI messages with redactable spans replaced in their string content."""
    out = []
    for index, message in enumerate(raw):
        content = message.get("content")
        mine = [f for f in findings if f.message_index == index]
        if isinstance(content, str) and mine:
            inside = [f for f in mine if f.span.end <= len(content)]
            text, mapping = redact(content, inside, mapping)
            message = {**message, "content": text}
        elif isinstance(content, list) and mine:
            parts, offset = [], 0
            for part in content:
                if isinstance(part, dict) and part.get("type") in ("text", "input_text"):
                    text = str(part.get("text", ""))
                    local = [replace(f, span=Span(f.span.start - offset, f.span.end - offset))
                             for f in mine if offset <= f.span.start and f.span.end <= offset + len(text)]
                    new_text, mapping = redact(text, local, mapping)
                    parts.append({**part, "text": new_text})
                    offset += len(text) + 1
                else:
                    parts.append(part)
            message = {**message, "content": parts}
        out.append(message)
    return out, mapping
