"""Server-sent events: a line decoder for upstream streams and encoders for the gateway's own streams.

The decoder follows the WHATWG event-stream rules that matter for LLM APIs: ``event:`` and ``data:``
fields, multi-line data joined with ``\\n``, comments (``:``) ignored, an event dispatched on a blank
line (or at end of stream).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import orjson

from infershield.providers.base import JSON


@dataclass(frozen=True, slots=True)
class SSEEvent:
    """One dispatched event. ``event`` is ``"message"`` when the stream named none."""

    event: str
    data: str


class SSEDecoder:
    """Feed decoded lines (without their line terminator); get an :class:`SSEEvent` when one completes."""

    def __init__(self) -> None:
        self._event = ""
        self._data: list[str] = []

    def feed(self, line: str) -> SSEEvent | None:
        if not line:
            return self.flush()
        if line.startswith(":"):
            return None
        name, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        if name == "event":
            self._event = value
        elif name == "data":
            self._data.append(value)
        return None

    def flush(self) -> SSEEvent | None:
        """Dispatch what has been collected (called on a blank line and at end of stream)."""
        if not self._data:
            self._event = ""
            return None
        event = SSEEvent(self._event or "message", "\n".join(self._data))
        self._event = ""
        self._data = []
        return event


async def iter_sse(lines: AsyncIterator[str]) -> AsyncIterator[SSEEvent]:
    """Decode an async stream of lines into events."""
    decoder = SSEDecoder()
    async for line in lines:
        event = decoder.feed(line)
        if event is not None:
            yield event
    last = decoder.flush()
    if last is not None:
        yield last


def encode_sse(data: JSON, event: str | None = None) -> bytes:
    """One event as bytes: ``event: name`` (if given) and a single ``data:`` line of compact JSON."""
    payload = b"data: " + orjson.dumps(data) + b"\n\n"
    if event:
        return b"event: " + event.encode() + b"\n" + payload
    return payload


SSE_DONE = b"data: [DONE]\n\n"
