"""Embeddings on providers and the router: OpenAI-compatible and Azure URLs, the demo provider's hash
vectors, providers without an embeddings API, and retries/fallback through the router."""

from __future__ import annotations

import asyncio
import base64
import math
import struct
from typing import Any

import pytest
from provider_fakes import API_KEY, FakeUpstream, Reply

from infershield.providers.anthropic import AnthropicProvider
from infershield.providers.azure import AzureOpenAIProvider
from infershield.providers.base import EmbeddingRequest, EmbeddingsUnsupportedError, ProviderError
from infershield.providers.demo import DEMO_EMBEDDING_NOTE, DemoProvider, demo_vector
from infershield.providers.openai_compatible import OpenAIProvider
from infershield.providers.router import Router
from infershield.providers.spec import RetrySpec, RouteSpec

EMBEDDINGS = {"object": "list", "data": [{"object": "embedding", "index": 0, "embedding": [0.1, 0.2]}],
              "model": "emb", "usage": {"prompt_tokens": 1, "total_tokens": 1}}
REQUEST = EmbeddingRequest("emb", ["hello", "world"], {"dimensions": 2, "x_unknown": True})


async def _no_sleep(_seconds: float) -> None:
    return None


def test_openai_compatible_posts_the_request_as_is() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on("/v1/embeddings", Reply(body=EMBEDDINGS))
            provider = OpenAIProvider(fake.spec("openai", base_path="/v1"))
            reply = await provider.embed(REQUEST)
            await provider.aclose()
        assert reply == EMBEDDINGS
        seen = fake.seen[0]
        assert seen.headers["Authorization"] == f"Bearer {API_KEY}"
        assert seen.body == {"model": "emb", "input": ["hello", "world"], "dimensions": 2, "x_unknown": True}

    asyncio.run(scenario())


def test_azure_addresses_the_deployment() -> None:
    async def scenario() -> None:
        path = "/openai/deployments/emb/embeddings"
        async with FakeUpstream() as fake:
            fake.on(path, Reply(body=EMBEDDINGS))
            provider = AzureOpenAIProvider(fake.spec("azure", api_version="2024-06-01"))
            await provider.embed(REQUEST)
            await provider.aclose()
        assert (fake.seen[0].path, fake.seen[0].query) == (path, {"api-version": "2024-06-01"})

    asyncio.run(scenario())


@pytest.mark.parametrize(("reply", "status"), [
    (Reply(body={"object": "list", "data": "nope"}), 502),
    (Reply(raw=b"<html>oops</html>"), 502),
    (Reply(status=400, body={"error": {"message": "dimensions too large"}}), 400),
    (Reply(status=429, body={"error": {"message": "slow down"}}, headers={"Retry-After": "3"}), 429),
])
def test_upstream_failures_are_provider_errors(reply: Reply, status: int) -> None:
    async def scenario() -> ProviderError:
        async with FakeUpstream() as fake:
            fake.on("/v1/embeddings", reply)
            provider = OpenAIProvider(fake.spec("openai", base_path="/v1"))
            try:
                with pytest.raises(ProviderError) as info:
                    await provider.embed(REQUEST)
            finally:
                await provider.aclose()
        return info.value

    assert asyncio.run(scenario()).status == status


def test_demo_vectors_are_deterministic_unit_vectors() -> None:
    provider = DemoProvider("demo")
    first = asyncio.run(provider.embed(EmbeddingRequest("m", ["a", "b", "a"], {"dimensions": 16})))
    vectors = [item["embedding"] for item in first["data"]]
    assert vectors[0] == vectors[2] != vectors[1]
    assert all(len(v) == 16 for v in vectors)
    assert math.isclose(sum(x * x for x in vectors[0]), 1.0, rel_tol=1e-9)
    assert first["infershield_demo"] == DEMO_EMBEDDING_NOTE
    packed = asyncio.run(provider.embed(EmbeddingRequest("m", "a", {"dimensions": 16, "encoding_format": "base64"})))
    decoded = struct.unpack("<16f", base64.b64decode(packed["data"][0]["embedding"]))
    assert all(math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-7) for x, y in zip(decoded, demo_vector("a", 16), strict=True))
    tokens = asyncio.run(provider.embed(EmbeddingRequest("m", [[1, 2], [3]], {})))
    assert [len(item["embedding"]) for item in tokens["data"]] == [256, 256]


@pytest.mark.parametrize("dimensions", [0, 5000, "8"])
def test_demo_rejects_bad_dimensions(dimensions: Any) -> None:
    with pytest.raises(ProviderError) as info:
        asyncio.run(DemoProvider("demo").embed(EmbeddingRequest("m", "a", {"dimensions": dimensions})))
    assert info.value.status == 400


def test_provider_without_embeddings_says_so() -> None:
    provider = AnthropicProvider(FakeUpstream().spec("anthropic", name="claude"))
    with pytest.raises(EmbeddingsUnsupportedError, match="'claude' does not support embeddings") as info:
        asyncio.run(provider.embed(REQUEST))
    assert (info.value.status, info.value.retryable) == (400, False)


def test_router_skips_providers_without_embeddings_and_falls_back() -> None:
    async def scenario() -> tuple[str, str, int]:
        async with FakeUpstream() as fake:
            fake.on("/a/v1/embeddings", Reply(status=503, body={"error": {"message": "down"}}))
            fake.on("/b/v1/embeddings", Reply(body=EMBEDDINGS))
            retry = RetrySpec(max_attempts=2, base_delay=0.0, max_delay=0.0)
            providers = {
                "claude": AnthropicProvider(fake.spec("anthropic", name="claude")),
                "a": OpenAIProvider(fake.spec("openai", name="a", base_path="/a/v1", retry=retry)),
                "b": OpenAIProvider(fake.spec("openai", name="b", base_path="/b/v1", retry=retry)),
            }
            router = Router(providers, [RouteSpec("only-claude", ("claude",)), RouteSpec("*", ("claude", "a", "b"))],
                            sleep=_no_sleep)
            with pytest.raises(EmbeddingsUnsupportedError):
                await router.embed(EmbeddingRequest("only-claude", "x"))
            _reply, name = await router.embed(REQUEST)
            await router.aclose()
        return name, router.breaker_states()["claude"], fake.hits("/a/v1/embeddings")

    name, claude_breaker, a_hits = asyncio.run(scenario())
    assert name == "b"
    assert a_hits == 2  # retried on its own first, then the fallback
    assert claude_breaker == "closed"  # never called, never blamed
