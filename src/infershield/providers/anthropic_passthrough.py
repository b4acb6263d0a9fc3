"""Guarding an Anthropic Messages request without translating it, so it can be forwarded as sent. Pure.

:func:`scan_view` lists every string the caller sent that a model will read (system, text blocks, tool
results, text documents) as OpenAI-shaped messages for the guard, one text part per Anthropic string,
and remembers where each string lives in the body. :func:`apply_parts` writes the guard's redacted (and
canary-planted) strings back to those places; everything else in the body (``thinking``, ``top_k``,
``cache_control``, ``metadata``, images, server tools, future fields) is left exactly as it was.

Roles follow :mod:`anthropic_dialect`: ``tool_result`` blocks become ``tool`` messages (scanned as
untrusted tool output) placed before the rest of their user turn. Assistant ``thinking`` blocks are
signed by the API and are neither scanned nor modified.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from infershield.errors import MalformedInputError
from infershield.providers.base import JSON

Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class ScanView:
    """OpenAI-shaped messages for the guard and, per message, where each of its text parts came from."""

    messages: list[JSON]
    locations: list[list[Path]]


class _Builder:
    def __init__(self) -> None:
        self.messages: list[JSON] = []
        self.locations: list[list[Path]] = []

    def add(self, role: str, pieces: Sequence[tuple[Path, str]], **extra: Any) -> None:
        """One message; a single piece is plain string content so the guard can plant its canary in it."""
        content: Any = pieces[0][1] if len(pieces) == 1 else [{"type": "text", "text": t} for _, t in pieces]
        self.messages.append({"role": role, "content": content, **extra})
        self.locations.append([path for path, _ in pieces])


def _text_blocks(value: Any, path: Path) -> list[tuple[Path, str]]:
    """Pieces of a string or a list of text blocks (non-text blocks are skipped)."""
    if isinstance(value, str):
        return [(path, value)]
    if not isinstance(value, list):
        return []
    return [((*path, i, "text"), block["text"]) for i, block in enumerate(value)
            if isinstance(block, dict) and block.get("type") == "text" and isinstance(block.get("text"), str)]


def _user_turn(out: _Builder, content: Any, path: Path) -> None:
    if isinstance(content, str):
        out.add("user", [(path, content)])
        return
    if not isinstance(content, list):
        raise MalformedInputError("message content must be a string or a list of blocks")
    pieces: list[tuple[Path, str]] = []
    tools = 0
    for i, block in enumerate(content):
        if not isinstance(block, dict) or not isinstance(block.get("type"), str):
            raise MalformedInputError("content blocks must be objects with a type")
        kind, where = block["type"], (*path, i)
        if kind == "text" and isinstance(block.get("text"), str):
            pieces.append(((*where, "text"), block["text"]))
        elif kind == "tool_result":
            out.add("tool", _text_blocks(block.get("content"), (*where, "content")) or [((), "")],
                    tool_call_id=str(block.get("tool_use_id", "")))
            tools += 1
        elif kind == "document":
            source = block.get("source")
            if isinstance(source, dict) and source.get("type") == "text" and isinstance(source.get("data"), str):
                pieces.append(((*where, "source", "data"), source["data"]))
            elif isinstance(source, dict) and source.get("type") == "content":
                pieces.extend(_text_blocks(source.get("content"), (*where, "source", "content")))
    if pieces or not tools:
        out.add("user", pieces or [((), "")])


def _assistant_turn(out: _Builder, content: Any, path: Path) -> None:
    if isinstance(content, str):
        out.add("assistant", [(path, content)])
        return
    if not isinstance(content, list):
        raise MalformedInputError("message content must be a string or a list of blocks")
    calls = [{"id": str(b.get("id", "")), "type": "function",
              "function": {"name": str(b.get("name", "")), "arguments": orjson.dumps(b.get("input") or {}).decode()}}
             for b in content if isinstance(b, dict) and b.get("type") == "tool_use"]
    extra = {"tool_calls": calls} if calls else {}
    out.add("assistant", _text_blocks(content, path) or [((), "")], **extra)


def scan_view(body: JSON) -> ScanView:
    """The guard's view of an Anthropic request; raises :class:`MalformedInputError` for a wrong shape."""
    messages = body.get("messages")
    if not isinstance(messages, list):
        raise MalformedInputError("'messages' must be an array")
    out = _Builder()
    system = _text_blocks(body.get("system"), ("system",))
    if system:
        out.add("system", system)
    for i, message in enumerate(messages):
        if not isinstance(message, dict):
            raise MalformedInputError(f"messages[{i}] must be an object")
        role, where = message.get("role"), ("messages", i, "content")
        if role == "user":
            _user_turn(out, message.get("content"), where)
        elif role == "assistant":
            _assistant_turn(out, message.get("content"), where)
        else:
            raise MalformedInputError(f"messages[{i}].role must be user or assistant")
    return ScanView(out.messages, out.locations)


def _parts(message: JSON) -> list[str]:
    content = message.get("content")
    if isinstance(content, str):
        return [content]
    return [str(p.get("text", "")) for p in content or [] if isinstance(p, dict)]


def _replaced(node: Any, path: Path, value: str) -> Any:
    """``node`` with the string at ``path`` replaced; containers on the path are copied, nothing else."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(node, dict):
        return {**node, head: _replaced(node[head], rest, value)}
    copy = list(node)
    copy[int(head)] = _replaced(node[int(head)], rest, value)
    return copy


def apply_parts(body: JSON, view: ScanView, guarded: Sequence[JSON]) -> JSON:
    """``body`` with every string the guard changed (redacted, canary planted) written back in place."""
    out = body
    for index, message in enumerate(guarded):
        before, after = _parts(view.messages[index]), _parts(message)
        for path, old, new in zip(view.locations[index], before, after, strict=False):
            if new != old and path:
                out = _replaced(out, path, new)
    return out
