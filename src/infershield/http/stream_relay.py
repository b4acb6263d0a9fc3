"""Relaying an upstream stream through the output guard, independent of the caller's dialect.

Yields OpenAI-shaped chunks that may be sent, then ends with a :class:`StreamEnd` saying whether the
stream completed, was blocked, or failed upstream. Text is held back for scanning; tool-call chunks are
held until their arguments are complete and scanned.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from infershield.core.types import ToolCall
from infershield.http.guard import OutputDecision
from infershield.http.routes.chat_common import Prepared
from infershield.http.stream_guard import StreamGuard
from infershield.providers.base import ProviderError


@dataclass(frozen=True, slots=True)
class StreamEnd:
    """How a relayed stream ended: completed, blocked (with the decision) or failed upstream."""

    blocked: OutputDecision | None = None
    error: ProviderError | None = None


def _tool_calls(chunks: list[dict[str, Any]]) -> list[ToolCall]:
    arguments: dict[int, list[str]] = {}
    names: dict[int, str] = {}
    for chunk in chunks:
        for choice in chunk.get("choices") or []:
            for call in (choice.get("delta") or {}).get("tool_calls") or []:
                position = int(call.get("index", 0))
                function = call.get("function") or {}
                if function.get("name"):
                    names[position] = str(function["name"])
                arguments.setdefault(position, []).append(str(function.get("arguments") or ""))
    return [ToolCall(names.get(i, ""), "".join(parts)) for i, parts in sorted(arguments.items())]


async def guarded_chunks(prepared: Prepared, chunks: AsyncIterator[dict[str, Any]] | None = None
                         ) -> AsyncIterator[dict[str, Any] | StreamEnd]:
    """``chunks`` is an already-open stream (a RoutedStream); by default the router opens one."""
    state = prepared.state
    scanning = state.settings.scan_output
    holdback = state.settings.stream_holdback_chars if scanning else 0
    guards: dict[int, StreamGuard] = {}
    held_tools: list[dict[str, Any]] = []
    template: dict[str, Any] = {}

    def text_chunk(index: int, text: str) -> dict[str, Any]:
        return {**template, "choices": [{"index": index, "delta": {"content": text}, "finish_reason": None}]}

    async def flush(index: int) -> AsyncIterator[dict[str, Any] | StreamEnd]:
        released = guards[index].finish()
        if released.blocked is not None:
            yield StreamEnd(blocked=released.blocked)
        elif released.text:
            yield text_chunk(index, released.text)

    try:
        async for chunk in chunks if chunks is not None else state.router.stream(prepared.chat):
            template = {k: v for k, v in chunk.items() if k not in ("choices", "usage")}
            passed = []
            for choice in chunk.get("choices") or []:
                index = int(choice.get("index", 0))
                delta = choice.get("delta") or {}
                guard = guards.setdefault(index, StreamGuard(state.guard, prepared.decision.redactions, holdback))
                if delta.get("tool_calls") and scanning:
                    held_tools.append({**chunk, "choices": [choice]})
                    continue
                text = delta.get("content")
                if isinstance(text, str) and text and scanning:
                    release = guard.feed(text)
                    if release.blocked is not None:
                        yield StreamEnd(blocked=release.blocked)
                        return
                    if release.text:
                        passed.append({**choice, "delta": {**delta, "content": release.text}})
                    continue
                if choice.get("finish_reason") is not None:
                    async for item in flush(index):
                        yield item
                        if isinstance(item, StreamEnd):
                            return
                    if held_tools:
                        decision = state.guard.check_output("", _tool_calls(held_tools))
                        if decision.blocked:
                            yield StreamEnd(blocked=decision)
                            return
                        for held in held_tools:
                            yield held
                        held_tools.clear()
                passed.append(choice)
            if passed or chunk.get("usage"):
                yield {**chunk, "choices": passed}
        for index in guards:
            async for item in flush(index):
                yield item
                if isinstance(item, StreamEnd):
                    return
        for held in held_tools:
            yield held
        yield StreamEnd()
    except ProviderError as exc:
        yield StreamEnd(error=exc)
