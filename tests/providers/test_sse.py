from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from infershield.providers.sse import SSE_DONE, SSEDecoder, SSEEvent, encode_sse, iter_sse


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["data: {\"a\":1}", ""], [SSEEvent("message", '{"a":1}')]),
        (["event: ping", "data: {}", ""], [SSEEvent("ping", "{}")]),
        (["data:no-space", ""], [SSEEvent("message", "no-space")]),
        (["data: a", "data: b", ""], [SSEEvent("message", "a\nb")]),
        ([": keep-alive comment", "", "data: x", ""], [SSEEvent("message", "x")]),
        (["event: lonely", "", "data: y", ""], [SSEEvent("message", "y")]),
        (["id: 7", "retry: 100", "data: z", ""], [SSEEvent("message", "z")]),
        (["data: [DONE]", ""], [SSEEvent("message", "[DONE]")]),
        (["data: end-without-blank"], [SSEEvent("message", "end-without-blank")]),
    ],
)
def test_decoder(lines: list[str], expected: list[SSEEvent]) -> None:
    async def source() -> AsyncIterator[str]:
        for line in lines:
            yield line

    async def collect() -> list[SSEEvent]:
        return [event async for event in iter_sse(source())]

    assert asyncio.run(collect()) == expected


def test_decoder_feed_returns_events_on_blank_lines() -> None:
    decoder = SSEDecoder()
    assert decoder.feed("data: 1") is None
    assert decoder.feed("") == SSEEvent("message", "1")
    assert decoder.feed("") is None
    assert decoder.flush() is None


def test_encode() -> None:
    assert encode_sse({"a": 1}) == b'data: {"a":1}\n\n'
    assert encode_sse({"type": "ping"}, "ping") == b'event: ping\ndata: {"type":"ping"}\n\n'
    assert SSE_DONE == b"data: [DONE]\n\n"
