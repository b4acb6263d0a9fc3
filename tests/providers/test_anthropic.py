from __future__ import annotations

import asyncio

import pytest
from provider_fakes import (
    API_KEY,
    FakeUpstream,
    Reply,
    anthropic_message,
    anthropic_stream,
    anthropic_text_stream,
    drain,
)

from infershield.providers.anthropic import AnthropicProvider
from infershield.providers.base import JSON, ChatRequest, ProviderError

REQUEST = ChatRequest(model="claude-test", messages=({"role": "system", "content": "sys"},
                                                     {"role": "user", "content": "hi"}))


def test_complete_stream_and_models() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on("/v1/messages", Reply(body=anthropic_message(
                {"type": "text", "text": "Sure."},
                {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {"city": "Oslo"}},
                stop_reason="tool_use")))
            fake.on("/v1/models", Reply(body={"data": [{"id": "claude-a", "type": "model"}], "has_more": False}))
            provider = AnthropicProvider(fake.spec("anthropic"))
            reply = await provider.complete(REQUEST)
            fake.on("/v1/messages", Reply(events=anthropic_text_stream("Hel", "lo")))
            chunks = [chunk async for chunk in provider.stream(REQUEST)]
            models = await provider.models()
            await provider.aclose()
        first, second = fake.seen[0], fake.seen[1]
        assert first.headers["x-api-key"] == API_KEY
        assert first.headers["anthropic-version"] == "2023-06-01"
        assert "Authorization" not in first.headers
        assert first.body == {"model": "claude-test", "max_tokens": 1024, "system": "sys",
                              "messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}]}
        assert second.body["stream"] is True
        message = reply["choices"][0]["message"]
        assert message["content"] == "Sure."
        assert message["tool_calls"][0]["function"] == {"name": "weather", "arguments": '{"city":"Oslo"}'}
        assert reply["choices"][0]["finish_reason"] == "tool_calls"
        assert "".join(c["choices"][0]["delta"].get("content", "") for c in chunks) == "Hello"
        assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
        assert chunks[-1]["usage"] == {"prompt_tokens": 10, "completion_tokens": 4, "total_tokens": 14}
        assert models == ["claude-a"]

    asyncio.run(scenario())


@pytest.mark.parametrize(
    ("reply", "count", "status", "message"),
    [
        (Reply(events=anthropic_text_stream("a", "b", "c"), cut_after=4), 2, 502,
         "upstream closed the connection unexpectedly"),
        (Reply(events=anthropic_text_stream("a")[:3]), 1, 502, "upstream stream ended unexpectedly"),
        (Reply(events=[*anthropic_text_stream("a")[:3],
                       *anthropic_stream({"type": "error", "error": {"type": "overloaded_error",
                                                                     "message": "Overloaded"}})]),
         1, 502, "upstream overloaded"),
        (Reply(events=["event: message_start\ndata: {broken"]), 0, 502, "upstream returned an invalid stream event"),
        (Reply(status=529, body={"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}),
         0, 502, "upstream server error (529)"),
    ],
)
def test_stream_failures(reply: Reply, count: int, status: int, message: str) -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on("/v1/messages", reply)
            provider = AnthropicProvider(fake.spec("anthropic"))
            got: list[JSON] = []
            with pytest.raises(ProviderError) as info:
                await drain(provider.stream(REQUEST), got)
            await provider.aclose()
        assert len(got) == count
        assert (info.value.status, str(info.value), info.value.retryable) == (status, message, True)
        assert info.value.provider == "anthropic"

    asyncio.run(scenario())


def test_invalid_body_and_untranslatable_request() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on("/v1/messages", Reply(body={"type": "message"}))
            provider = AnthropicProvider(fake.spec("anthropic"))
            with pytest.raises(ProviderError, match="invalid response"):
                await provider.complete(REQUEST)
            bad = ChatRequest(model="m", messages=({"role": "user", "content": [{"type": "file", "file": {}}]},))
            with pytest.raises(ProviderError) as info:
                await provider.complete(bad)
            await provider.aclose()
        assert info.value.status == 400
        assert fake.hits("/v1/messages") == 1  # the untranslatable request never left the gateway

    asyncio.run(scenario())
