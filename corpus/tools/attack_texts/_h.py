"""Tiny helpers so the hand-written modules stay readable."""

from __future__ import annotations

import json
from typing import Any


def T(text: str, lang: str = "en") -> dict[str, Any]:
    """A single-text record."""
    return {"text": text, "lang": lang}


def C(messages: list[dict[str, Any]], lang: str = "en") -> dict[str, Any]:
    """A conversation record."""
    return {"messages": messages, "lang": lang}


def u(content: str) -> dict[str, Any]:
    return {"role": "user", "content": content}


def s(content: str) -> dict[str, Any]:
    return {"role": "system", "content": content}


def d(content: str) -> dict[str, Any]:
    return {"role": "document", "content": content}


def t(content: str) -> dict[str, Any]:
    return {"role": "tool", "content": content}


def a(content: str = "", *calls: dict[str, Any]) -> dict[str, Any]:
    msg: dict[str, Any] = {"role": "assistant", "content": content}
    if calls:
        msg["tool_calls"] = list(calls)
    return msg


def call(tool_name: str, /, **arguments: Any) -> dict[str, Any]:
    """A tool call; arguments are serialised to a JSON string as in OpenAI-style APIs."""
    return {"name": tool_name, "arguments": json.dumps(arguments, ensure_ascii=False)}
