from __future__ import annotations

import asyncio

import pytest
from provider_fakes import (
    API_KEY,
    FakeUpstream,
    Reply,
    drain,
    openai_chunk,
    openai_completion,
    openai_stream,
    sse,
)

from infershield.providers.azure import AzureOpenAIProvider
from infershield.providers.base import JSON, ChatRequest, ProviderError
from infershield.providers.openai_compatible import (
    MistralProvider,
    OllamaProvider,
    OpenAICompatibleProvider,
    OpenAIProvider,
    openai_body,
)
from infershield.providers.spec import ProviderSpec

REQUEST = ChatRequest(model="gpt-test", messages=({"role": "user", "content": "hi"},),
                      params={"temperature": 0.2, "max_tokens": 9, "x_unknown": 1})
CHAT = "/v1/chat/completions"


async def _collect(provider: OpenAIProvider, request: ChatRequest = REQUEST) -> list[JSON]:
    return [chunk async for chunk in provider.stream(request)]


def test_body_shape() -> None:
    assert openai_body(REQUEST, stream=False) == {"model": "gpt-test", "messages": [{"role": "user", "content": "hi"}],
                                                  "temperature": 0.2, "max_tokens": 9, "x_unknown": 1,
                                                  "stream": False}
    streamed = openai_body(ChatRequest("m", (), {"stream_options": {"foo": 1}}), stream=True)
    assert streamed["stream_options"] == {"foo": 1, "include_usage": True}
    assert "stream_options" not in openai_body(ChatRequest("m", (), {}), stream=True, include_usage=False)


def test_complete_stream_and_models() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(CHAT, Reply(body=openai_completion("hello there")))
            fake.on("/v1/models", Reply(body={"object": "list", "data": [{"id": "gpt-a"}, {"id": "gpt-b"}]}))
            provider = OpenAIProvider(fake.spec("openai", base_path="/v1"))
            reply = await provider.complete(REQUEST)
            fake.on(CHAT, Reply(events=openai_stream("hel", "lo")))
            chunks = await _collect(provider)
            models = await provider.models()
            await provider.aclose()
        assert reply["choices"][0]["message"]["content"] == "hello there"
        sent = fake.seen[0]
        assert sent.headers["Authorization"] == f"Bearer {API_KEY}"
        assert sent.body == {"model": "gpt-test", "messages": [{"role": "user", "content": "hi"}],
                             "temperature": 0.2, "max_tokens": 9, "x_unknown": 1, "stream": False}
        assert fake.seen[1].body["stream"] is True
        assert fake.seen[1].body["stream_options"] == {"include_usage": True}
        assert "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"]) == "hello"
        assert chunks[-1]["usage"]["total_tokens"] == 8
        assert models == ["gpt-a", "gpt-b"]

    asyncio.run(scenario())


@pytest.mark.parametrize(
    ("events", "cut_after", "expected_chunks", "message"),
    [
        (["data: {not json"], None, 0, "upstream returned an invalid stream event"),
        ([sse(openai_chunk({"content": "a"})), sse({"error": {"message": "boom"}})], None, 1,
         "upstream reported an error mid-stream"),
        ([sse(openai_chunk({"content": "a"}))], None, 1, "upstream stream ended unexpectedly"),
        (openai_stream("a", "b", "c"), 2, 2, "upstream closed the connection unexpectedly"),
    ],
)
def test_stream_failures(events: list[str], cut_after: int | None, expected_chunks: int, message: str) -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(CHAT, Reply(events=events, cut_after=cut_after))
            provider = OpenAIProvider(fake.spec("openai", base_path="/v1"))
            got: list[JSON] = []
            with pytest.raises(ProviderError) as info:
                await drain(provider.stream(REQUEST), got)
            await provider.aclose()
        assert len(got) == expected_chunks
        assert str(info.value) == message
        assert info.value.status == 502
        assert info.value.retryable

    asyncio.run(scenario())


def test_stream_without_done_but_finished_is_accepted() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(CHAT, Reply(events=openai_stream("ok", done=False)))
            provider = OpenAIProvider(fake.spec("openai", base_path="/v1"))
            chunks = await _collect(provider)
            await provider.aclose()
        assert chunks[-2]["choices"][0]["finish_reason"] == "stop"

    asyncio.run(scenario())


def test_garbage_completion_is_rejected() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(CHAT, Reply(body={"unexpected": True}))
            provider = OpenAIProvider(fake.spec("openai", base_path="/v1"))
            with pytest.raises(ProviderError, match="invalid response"):
                await provider.complete(REQUEST)
            await provider.aclose()

    asyncio.run(scenario())


def test_kinds_and_defaults() -> None:
    mistral = MistralProvider(ProviderSpec(name="m", type="mistral", api_key="k"))
    ollama = OllamaProvider(ProviderSpec(name="o", type="ollama"))
    assert mistral.base_url == "https://api.mistral.ai/v1"
    assert ollama.base_url == "http://127.0.0.1:11434/v1"
    assert ollama.auth_headers() == {}
    assert "stream_options" not in openai_body(REQUEST, stream=True, include_usage=MistralProvider.stream_usage)
    with pytest.raises(Exception, match="base_url"):
        OpenAICompatibleProvider(ProviderSpec(name="c", type="openai_compatible"))


def test_keyless_server_gets_no_authorization_header() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(CHAT, Reply(body=openai_completion()))
            provider = OpenAICompatibleProvider(fake.spec("openai_compatible", base_path="/v1", api_key=""))
            await provider.complete(REQUEST)
            await provider.aclose()
        assert "Authorization" not in fake.seen[0].headers

    asyncio.run(scenario())


def test_azure_url_header_and_version() -> None:
    async def scenario() -> None:
        path = "/openai/deployments/my-gpt4o/chat/completions"
        async with FakeUpstream() as fake:
            fake.on(path, Reply(body=openai_completion("azure says hi")))
            provider = AzureOpenAIProvider(fake.spec("azure", api_version="2024-06-01", models=("my-gpt4o",)))
            reply = await provider.complete(ChatRequest(model="my-gpt4o", messages=REQUEST.messages))
            fake.on(path, Reply(events=openai_stream("x")))
            chunks = [c async for c in provider.stream(ChatRequest(model="my-gpt4o", messages=REQUEST.messages))]
            assert await provider.models() == ["my-gpt4o"]
            await provider.aclose()
        assert reply["choices"][0]["message"]["content"] == "azure says hi"
        assert chunks
        for seen in fake.seen:
            assert seen.path == path
            assert seen.query == {"api-version": "2024-06-01"}
            assert seen.headers["api-key"] == API_KEY
            assert "Authorization" not in seen.headers

    asyncio.run(scenario())
