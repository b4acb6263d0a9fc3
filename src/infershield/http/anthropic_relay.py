"""Guarding a reply from an Anthropic-native provider in Anthropic form (no round trip through OpenAI's shape).

Text blocks are scanned and redacted; ``tool_use`` inputs are scanned as tool calls; everything else
(``thinking``, signatures, citations, server tool blocks, ``usage`` with cache counts) passes through.
Streams keep the same hold-back window as OpenAI streams: text is released once it is
``stream_holdback_chars`` behind the newest text, and a ``tool_use`` block is held until it is complete.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson

from infershield.core.types import ToolCall
from infershield.http.guard import OutputDecision
from infershield.http.routes.chat_common import Prepared
from infershield.http.stream_guard import StreamGuard
from infershield.http.stream_relay import StreamEnd
from infershield.providers.base import JSON, ProviderError

Event = tuple[str, JSON]


def _call(name: Any, arguments: Any) -> ToolCall:
    return ToolCall(str(name or ""), arguments if isinstance(arguments, str) else orjson.dumps(arguments).decode())


def guard_message(prepared: Prepared, message: JSON) -> tuple[JSON, OutputDecision | None]:
    """Scan an Anthropic ``message``: (the message with text redacted, None) or (message, the block)."""
    guard = prepared.state.guard
    if not prepared.state.settings.scan_output:
        return message, None
    blocks: list[Any] = []
    calls: list[ToolCall] = []
    for block in message.get("content") or []:
        if isinstance(block, dict) and block.get("type") == "text" and isinstance(block.get("text"), str):
            decision = guard.check_output(block["text"])
            prepared.record.note_output("block" if decision.blocked else "redact" if decision.redactable else "allow",
                                        decision.kinds)
            if decision.blocked:
                return message, decision
            block = {**block, "text": guard.render(block["text"], decision.redactable, prepared.decision.redactions)}
        elif isinstance(block, dict) and block.get("type") == "tool_use":
            calls.append(_call(block.get("name"), block.get("input") or {}))
        blocks.append(block)
    if calls:
        decision = guard.check_output("", calls)
        prepared.record.note_output("block" if decision.blocked else "allow", decision.kinds)
        if decision.blocked:
            return message, decision
    return {**message, "content": blocks}, None


def _text_delta(index: Any, text: str) -> Event:
    return "content_block_delta", {"type": "content_block_delta", "index": index,
                                   "delta": {"type": "text_delta", "text": text}}


class _HeldTool:
    def __init__(self, start: JSON) -> None:
        block = start.get("content_block") or {}
        self.name = block.get("name")
        self.initial = block.get("input") or {}
        self.events: list[Event] = [("content_block_start", start)]
        self.arguments: list[str] = []

    def call(self) -> ToolCall:
        return _call(self.name, "".join(self.arguments) if self.arguments else self.initial)


async def guarded_events(prepared: Prepared, events: AsyncIterator[JSON]) -> AsyncIterator[Event | StreamEnd]:
    """Native Anthropic stream events that may be sent, then a :class:`StreamEnd` (done, blocked or failed)."""
    state = prepared.state
    holdback = state.settings.stream_holdback_chars
    texts: dict[Any, StreamGuard] = {}
    tools: dict[Any, _HeldTool] = {}

    def close_text(index: Any) -> list[Event] | OutputDecision:
        released = texts.pop(index).finish()
        if released.blocked is not None:
            return released.blocked
        return [_text_delta(index, released.text)] if released.text else []

    def close_tool(index: Any) -> list[Event] | OutputDecision:
        held = tools.pop(index)
        decision = state.guard.check_output("", [held.call()])
        return decision if decision.blocked else held.events

    try:
        async for data in events:
            kind, index = str(data.get("type")), data.get("index")
            out: list[Event] | OutputDecision = [(kind, data)]
            if not state.settings.scan_output:
                pass
            elif kind == "content_block_start":
                block = data.get("content_block") or {}
                if block.get("type") == "text":
                    texts[index] = StreamGuard(state.guard, prepared.decision.redactions, holdback)
                    out = [(kind, {**data, "content_block": {**block, "text": ""}})]
                    first = texts[index].feed(str(block.get("text") or ""))
                    out = first.blocked or out + ([_text_delta(index, first.text)] if first.text else [])
                elif block.get("type") == "tool_use":
                    tools[index], out = _HeldTool(data), []
            elif kind == "content_block_delta" and index in texts:
                delta = data.get("delta") or {}
                if delta.get("type") == "text_delta":
                    released = texts[index].feed(str(delta.get("text") or ""))
                    out = released.blocked or ([_text_delta(index, released.text)] if released.text else [])
            elif kind == "content_block_delta" and index in tools:
                delta = data.get("delta") or {}
                if delta.get("type") == "input_json_delta":
                    tools[index].arguments.append(str(delta.get("partial_json") or ""))
                tools[index].events.append((kind, data))
                out = []
            elif kind == "content_block_stop" and index in texts:
                out = close_text(index)
                out = out if isinstance(out, OutputDecision) else [*out, (kind, data)]
            elif kind == "content_block_stop" and index in tools:
                out = close_tool(index)
                out = out if isinstance(out, OutputDecision) else [*out, (kind, data)]
            if isinstance(out, OutputDecision):
                yield StreamEnd(blocked=out)
                return
            for event in out:
                yield event
        # an upstream that never closed its blocks: scan what is held before ending
        for index in list(texts):
            closed = close_text(index)
            if isinstance(closed, OutputDecision):
                yield StreamEnd(blocked=closed)
                return
            for event in closed:
                yield event
        for index in list(tools):
            closed = close_tool(index)
            if isinstance(closed, OutputDecision):
                yield StreamEnd(blocked=closed)
                return
            for event in closed:
                yield event
        yield StreamEnd()
    except ProviderError as exc:
        yield StreamEnd(error=exc)
