from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from provider_fakes import API_KEY, FakeUpstream, Reply, drain, openai_completion, openai_stream

from infershield.errors import ConfigError
from infershield.providers.base import JSON, ChatRequest, Provider, ProviderError
from infershield.providers.openai_compatible import OpenAIProvider
from infershield.providers.router import Router
from infershield.providers.spec import BreakerSpec, RetrySpec, RouteSpec, Timeouts

REQUEST = ChatRequest(model="gpt-test", messages=({"role": "user", "content": "hi"},))
A, B = "/a/v1/chat/completions", "/b/v1/chat/completions"


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Harness:
    """Two OpenAI providers ("a", "b") on one fake upstream, an injected sleep and clock."""

    def __init__(self, fake: FakeUpstream, *, attempts: int = 3, threshold: int = 5,
                 routes: tuple[RouteSpec, ...] = (RouteSpec("gpt-*", ("a", "b")),)) -> None:
        self.sleeps: list[float] = []
        self.clock = Clock()
        retry = RetrySpec(max_attempts=attempts, base_delay=1.0, max_delay=10.0)
        breaker = BreakerSpec(failure_threshold=threshold, reset_seconds=30)
        self.providers = {
            name: OpenAIProvider(fake.spec("openai", name=name, base_path=f"/{name}/v1", retry=retry, breaker=breaker,
                                           timeouts=Timeouts(connect=1.0, read=0.3, total=3.0)))
            for name in ("a", "b")}
        self.router = Router(self.providers, routes, sleep=self.sleep, clock=self.clock, rand=lambda: 0.5)

    async def sleep(self, delay: float) -> None:
        self.sleeps.append(delay)


def _text(reply: JSON) -> str:
    return str(reply["choices"][0]["message"]["content"])


def _assert_clean(error: ProviderError, fake: FakeUpstream) -> None:
    assert fake.host_port not in str(error)
    assert API_KEY not in str(error)


def test_routes_by_glob_and_404_without_route() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(A, Reply(body=openai_completion("from a")))
            fake.on(B, Reply(body=openai_completion("from b")))
            h = Harness(fake, routes=(RouteSpec("claude-*", ("b",)), RouteSpec("gpt-4*", ("b", "a")),
                                      RouteSpec("gpt-*", ("a",))))
            assert h.router.candidates("gpt-4o") == ("b", "a")
            reply, name = await h.router.complete(REQUEST)
            with pytest.raises(ProviderError) as info:
                await h.router.complete(ChatRequest(model="GPT-test", messages=REQUEST.messages))
            await h.router.aclose()
        assert (_text(reply), name) == ("from a", "a")
        assert (info.value.status, str(info.value)) == (404, "no route for model")

    asyncio.run(scenario())


def test_retries_then_success_counts_attempts() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(A, Reply(status=500), Reply(status=502), Reply(body=openai_completion("third time")))
            h = Harness(fake)
            reply, name = await h.router.complete(REQUEST)
            await h.router.aclose()
        assert (_text(reply), name) == ("third time", "a")
        assert fake.hits(A) == 3
        assert fake.hits(B) == 0
        assert h.sleeps == [0.5, 1.0]  # full jitter with rand=0.5: 0.5 * 1, 0.5 * 2
        assert h.router.retry_counts() == {"a": 2}

    asyncio.run(scenario())


def test_retry_after_is_honoured() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(A, Reply(status=429, headers={"Retry-After": "2"}, body={"error": {"message": "slow"}}),
                    Reply(body=openai_completion("ok")))
            h = Harness(fake)
            _, name = await h.router.complete(REQUEST)
            await h.router.aclose()
        assert name == "a"
        assert h.sleeps == [2.0]

    asyncio.run(scenario())


def test_long_retry_after_falls_back_at_once() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(A, Reply(status=429, headers={"Retry-After": "120"}))
            fake.on(B, Reply(body=openai_completion("b")))
            h = Harness(fake)
            _, name = await h.router.complete(REQUEST)
            await h.router.aclose()
        assert (name, fake.hits(A), h.sleeps) == ("b", 1, [])

    asyncio.run(scenario())


def test_fallback_to_second_provider() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(A, Reply(status=503))
            fake.on(B, Reply(body=openai_completion("from b")))
            h = Harness(fake, attempts=2)
            reply, name = await h.router.complete(REQUEST)
            await h.router.aclose()
        assert (_text(reply), name) == ("from b", "b")
        assert (fake.hits(A), fake.hits(B)) == (2, 1)

    asyncio.run(scenario())


def test_hang_times_out_and_falls_back() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(A, Reply(body=openai_completion("late"), delay=5.0))
            fake.on(B, Reply(body=openai_completion("from b")))
            h = Harness(fake, attempts=1)
            _, name = await h.router.complete(REQUEST)
            await h.router.aclose()
        assert name == "b"

    asyncio.run(scenario())


def test_non_retryable_error_is_raised_without_fallback() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(A, Reply(status=400, body={"error": {"message": "messages: field required"}}))
            h = Harness(fake)
            with pytest.raises(ProviderError) as info:
                await h.router.complete(REQUEST)
            await h.router.aclose()
        assert (info.value.status, info.value.provider) == (400, "a")
        assert str(info.value) == "upstream rejected the request: messages: field required"
        assert (fake.hits(A), fake.hits(B)) == (1, 0)
        assert h.router.breaker_states() == {"a": "closed", "b": "closed"}

    asyncio.run(scenario())


def test_all_fail_raises_the_last_error_sanitized() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(A, Reply(status=500, raw=f"failed at {fake.url} key={API_KEY}".encode()))
            fake.on(B, Reply(status=429, body={"error": {"message": f"see {fake.url}"}}))
            h = Harness(fake, attempts=2)
            with pytest.raises(ProviderError) as info:
                await h.router.complete(REQUEST)
            await h.router.aclose()
        assert (info.value.status, info.value.provider, info.value.retryable) == (429, "b", True)
        _assert_clean(info.value, fake)

    asyncio.run(scenario())


def test_breaker_opens_skips_and_recovers() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(A, Reply(status=500))
            fake.on(B, Reply(body=openai_completion("b")))
            h = Harness(fake, attempts=1, threshold=2)
            for _ in range(2):
                assert (await h.router.complete(REQUEST))[1] == "b"
            assert h.router.breaker_states() == {"a": "open", "b": "closed"}
            assert (await h.router.complete(REQUEST))[1] == "b"
            assert fake.hits(A) == 2  # skipped while open
            h.clock.now += 30
            assert h.router.breaker_states()["a"] == "half_open"
            fake.on(A, Reply(body=openai_completion("a is back")))
            reply, name = await h.router.complete(REQUEST)
            states = h.router.breaker_states()
            await h.router.aclose()
        assert (name, _text(reply), fake.hits(A)) == ("a", "a is back", 3)
        assert states == {"a": "closed", "b": "closed"}

    asyncio.run(scenario())


def test_open_breakers_everywhere_give_503() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(A, Reply(status=500))
            fake.on(B, Reply(status=500))
            h = Harness(fake, attempts=1, threshold=1)
            with pytest.raises(ProviderError):
                await h.router.complete(REQUEST)
            with pytest.raises(ProviderError) as info:
                await h.router.complete(REQUEST)
            await h.router.aclose()
        assert (info.value.status, str(info.value)) == (503, "provider temporarily unavailable")
        assert (fake.hits(A), fake.hits(B)) == (1, 1)

    asyncio.run(scenario())


def test_stream_falls_back_before_the_first_chunk() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(A, Reply(status=500))
            fake.on(B, Reply(events=openai_stream("from ", "b")))
            h = Harness(fake, attempts=2)
            async with await h.router.open_stream(REQUEST) as stream:
                provider = stream.provider
                chunks = [chunk async for chunk in stream]
            await h.router.aclose()
        assert provider == "b"
        assert "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"]) == "from b"
        assert (fake.hits(A), fake.hits(B)) == (2, 1)
        assert h.sleeps == [0.5]

    asyncio.run(scenario())


def test_no_fallback_after_the_first_chunk() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(A, Reply(events=openai_stream("one", "two", "three"), cut_after=2))
            fake.on(B, Reply(events=openai_stream("b")))
            h = Harness(fake)
            got: list[JSON] = []
            with pytest.raises(ProviderError) as info:
                await drain(h.router.stream(REQUEST), got)
            await h.router.aclose()
        assert len(got) == 2
        assert (info.value.status, info.value.provider) == (502, "a")
        _assert_clean(info.value, fake)
        assert (fake.hits(A), fake.hits(B)) == (1, 0)

    asyncio.run(scenario())


def test_consumer_stopping_early_releases_the_upstream() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(A, Reply(events=openai_stream(*"abcdefgh")))
            h = Harness(fake)
            stream = h.router.stream(REQUEST)
            first = await anext(stream)
            await stream.aclose()  # type: ignore[attr-defined]
            unstarted = await h.router.open_stream(REQUEST)
            await unstarted.aclose()
            await h.router.aclose()
        assert first["choices"][0]["delta"]["role"] == "assistant"

    asyncio.run(scenario())


class Broken(Provider):
    kind = "broken"

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.calls = 0

    async def complete(self, request: ChatRequest) -> JSON:
        self.calls += 1
        raise KeyError("internal detail /etc/secret")

    async def stream(self, request: ChatRequest) -> AsyncIterator[JSON]:
        self.calls += 1
        yield {"choices": []}
        raise KeyError("internal detail")


class Echo(Provider):
    kind = "echo"

    async def complete(self, request: ChatRequest) -> JSON:
        return {"choices": [{"index": 0, "message": {"role": "assistant", "content": "echo"}}]}

    async def stream(self, request: ChatRequest) -> AsyncIterator[JSON]:
        yield {"choices": []}

    async def models(self) -> list[str]:
        return ["echo-1", "shared"]


class Slow(Echo):
    kind = "slow"

    async def complete(self, request: ChatRequest) -> JSON:
        await asyncio.sleep(10)
        raise AssertionError("unreachable")

    async def models(self) -> list[str]:
        raise ProviderError("down")


def _router(providers: dict[str, Provider], **kwargs: Any) -> Router:
    async def no_sleep(_: float) -> None:
        return None

    return Router(providers, (RouteSpec("*", tuple(providers)),), sleep=no_sleep, **kwargs)


def test_unexpected_exceptions_become_sanitized_errors() -> None:
    async def scenario() -> None:
        broken = Broken("x")
        router = _router({"x": broken, "e": Echo("e")})
        _, name = await router.complete(REQUEST)
        assert name == "e"
        assert broken.calls == 3  # the default RetrySpec
        with pytest.raises(ProviderError) as info:
            _ = [c async for c in _router({"x": Broken("x")}).stream(REQUEST)]
        assert (info.value.status, str(info.value)) == (502, "provider failed unexpectedly")
        assert "secret" not in str(info.value)

    asyncio.run(scenario())


def test_cancelled_probe_does_not_wedge_the_breaker() -> None:
    async def scenario() -> None:
        clock = Clock()
        router = _router({"s": Slow("s")}, clock=clock)
        breaker = router._breakers["s"]
        for _ in range(5):
            breaker.record_failure()
        clock.now += 60
        task = asyncio.create_task(router.complete(REQUEST))
        await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert router.breaker_states() == {"s": "half_open"}
        assert breaker.allow()

    asyncio.run(scenario())


def test_models_union_and_config_errors() -> None:
    async def scenario() -> list[str]:
        return await _router({"e": Echo("e"), "s": Slow("s"), "f": Echo("f")}).models()

    assert asyncio.run(scenario()) == ["echo-1", "shared"]
    with pytest.raises(ConfigError, match="unknown provider 'nope'"):
        Router({"e": Echo("e")}, (RouteSpec("*", ("e", "nope")),))
    with pytest.raises(ConfigError, match="at least one provider"):
        Router({"e": Echo("e")}, (RouteSpec("*", ()),))


def test_aclose_closes_every_session() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on(A, Reply(body=openai_completion()))
            fake.on(B, Reply(body=openai_completion()))
            h = Harness(fake, routes=(RouteSpec("gpt-*", ("a",)), RouteSpec("*", ("b",))))
            await h.router.complete(REQUEST)
            await h.router.complete(ChatRequest(model="other", messages=REQUEST.messages))
            sessions = [p.http._session for p in h.providers.values()]
            await h.router.aclose()
        assert all(s is not None and s.closed for s in sessions)

    asyncio.run(scenario())
