"""Routing by model glob, with per-provider retries, circuit breakers and fallback to the next provider.

A route is the first :class:`RouteSpec` whose ``match`` glob (``fnmatch``, case-sensitive) matches the
request's model. Its providers are tried in order: a provider whose breaker is open is skipped, a
retryable failure is retried per the provider's :class:`RetrySpec` and then falls back to the next
provider; a non-retryable failure (the caller's 4xx) is raised at once. Streams fall back only until
their first chunk has arrived; after that, a failure reaches the caller as :class:`ProviderError`.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from fnmatch import fnmatchcase
from functools import partial
from types import TracebackType
from typing import Any

from infershield.errors import ConfigError, ConfigProblem
from infershield.providers.base import (
    JSON,
    ChatRequest,
    EmbeddingRequest,
    EmbeddingsUnsupportedError,
    Provider,
    ProviderError,
)
from infershield.providers.resilience import (
    CircuitBreaker,
    CircuitOpenError,
    Clock,
    Sleep,
    counts_as_failure,
    retry_call,
)
from infershield.providers.spec import ProviderSpec, RetrySpec, RouteSpec


def _unexpected(provider: str) -> ProviderError:
    return ProviderError("provider failed unexpectedly", status=502, retryable=True, provider=provider)


async def _aclose(iterator: AsyncIterator[JSON]) -> None:
    close: Any = getattr(iterator, "aclose", None)
    if close is not None:
        await close()


class RoutedStream:
    """A stream already connected to ``provider`` with its first chunk in hand.

    Iterate it for chunks; it closes its upstream when exhausted, on error, or on :meth:`aclose`
    (also usable as ``async with``). Errors after the first chunk are :class:`ProviderError`.
    """

    def __init__(self, provider: str, chunks: AsyncIterator[JSON], first: JSON | None,
                 breaker: CircuitBreaker) -> None:
        self.provider = provider
        self._chunks = chunks
        self._first = first
        self._breaker = breaker
        self._closed = False

    def __aiter__(self) -> RoutedStream:
        return self

    async def __anext__(self) -> JSON:
        if self._first is not None:
            chunk, self._first = self._first, None
            return chunk
        if self._closed:
            raise StopAsyncIteration
        try:
            return await anext(self._chunks)
        except StopAsyncIteration:
            await self.aclose()
            raise
        except ProviderError as exc:
            exc.provider = exc.provider or self.provider
            if counts_as_failure(exc):
                self._breaker.record_failure()
            await self.aclose()
            raise
        except Exception as exc:
            self._breaker.record_failure()
            await self.aclose()
            raise _unexpected(self.provider) from exc

    async def aclose(self) -> None:
        if not self._closed:
            self._closed = True
            self._first = None
            await _aclose(self._chunks)

    async def __aenter__(self) -> RoutedStream:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        await self.aclose()


class Router:
    """Sends each request to the providers of the first matching route, with retries and fallback."""

    def __init__(self, providers: Mapping[str, Provider], routes: Sequence[RouteSpec], *,
                 specs: Mapping[str, ProviderSpec] | None = None, sleep: Sleep = asyncio.sleep,
                 clock: Clock = time.monotonic, rand: Callable[[], float] = random.random) -> None:
        problems = [ConfigProblem(f"routes[{i}].providers", f"unknown provider {name!r}")
                    for i, route in enumerate(routes) for name in route.providers if name not in providers]
        problems += [ConfigProblem(f"routes[{i}].providers", "at least one provider is required")
                     for i, route in enumerate(routes) if not route.providers]
        if problems:
            raise ConfigError(problems)
        self._providers = dict(providers)
        self._routes = tuple(routes)
        self._sleep = sleep
        self._rand = rand
        self._retry: dict[str, RetrySpec] = {}
        self._retries: dict[str, int] = {}  # retries so far per provider, read by the metrics scrape
        self._breakers: dict[str, CircuitBreaker] = {}
        for name, provider in self._providers.items():
            spec = (specs or {}).get(name) or getattr(provider, "spec", None)
            spec = spec if isinstance(spec, ProviderSpec) else ProviderSpec(name=name, type=provider.kind)
            self._retry[name] = spec.retry
            self._breakers[name] = CircuitBreaker(spec.breaker, clock=clock)

    @property
    def providers(self) -> Mapping[str, Provider]:
        return self._providers

    def candidates(self, model: str) -> tuple[str, ...]:
        """Provider names for ``model`` in fallback order; ProviderError 404 when no route matches."""
        for route in self._routes:
            if fnmatchcase(model, route.match):
                return route.providers
        raise ProviderError("no route for model", status=404)

    def breaker_states(self) -> dict[str, str]:
        return {name: breaker.state for name, breaker in self._breakers.items()}

    def retry_counts(self) -> dict[str, int]:
        """Retries made so far, per provider (monotonic; the metrics scrape turns them into a counter)."""
        return dict(self._retries)

    def _count_retry(self, name: str) -> None:
        self._retries[name] = self._retries.get(name, 0) + 1

    async def _guarded(self, name: str, call: Callable[[], Any]) -> Any:
        breaker = self._breakers[name]
        if not breaker.allow():
            raise CircuitOpenError(name)
        try:
            result = await call()
        except ProviderError as exc:
            exc.provider = exc.provider or name
            if counts_as_failure(exc):
                breaker.record_failure()
            else:
                breaker.record_success()  # it answered; the request was at fault
            raise
        except asyncio.CancelledError:
            breaker.record_abandoned()
            raise
        except Exception as exc:
            breaker.record_failure()
            raise _unexpected(name) from exc
        breaker.record_success()
        return result

    async def _first_chunk(self, name: str, request: ChatRequest, native: JSON | None = None) -> RoutedStream:
        provider = self._providers[name]
        # an Anthropic-native provider gets the caller's Anthropic body when there is one (events, not chunks)
        source = provider.messages_stream(native) if native is not None and provider.anthropic_native else None
        chunks = aiter(source if source is not None else provider.stream(request))

        async def first() -> JSON | None:
            try:
                return await anext(chunks)
            except StopAsyncIteration:
                return None

        try:
            chunk = await self._guarded(name, first)
        except BaseException:
            await _aclose(chunks)
            raise
        return RoutedStream(name, chunks, chunk, self._breakers[name])

    async def _fallback(self, model: str, attempt: Callable[[str], Any],
                        names: Sequence[str] | None = None) -> tuple[Any, str]:
        last: ProviderError | None = None
        for name in self.candidates(model) if names is None else names:
            try:
                result = await retry_call(partial(attempt, name), self._retry[name], sleep=self._sleep,
                                          rand=self._rand, on_retry=partial(self._count_retry, name))
            except CircuitOpenError as exc:
                last = last or exc
                continue
            except ProviderError as exc:
                if not exc.retryable:
                    raise
                last = exc
                continue
            return result, name
        assert last is not None  # candidates() never returns an empty route
        raise last

    async def complete(self, request: ChatRequest) -> tuple[JSON, str]:
        """The reply (OpenAI ``chat.completion``) and the name of the provider that produced it."""
        reply, name = await self._fallback(request.model, partial(self._complete_on, request=request))
        return reply, name

    async def _complete_on(self, name: str, request: ChatRequest) -> JSON:
        reply: JSON = await self._guarded(name, partial(self._providers[name].complete, request))
        return reply

    async def open_stream(self, request: ChatRequest) -> RoutedStream:
        """Connect to the first provider that yields a first chunk; the result names it (``.provider``)."""
        stream, _ = await self._fallback(request.model, partial(self._first_chunk, request=request))
        assert isinstance(stream, RoutedStream)
        return stream

    async def stream(self, request: ChatRequest) -> AsyncIterator[JSON]:
        """OpenAI chunks; fallback happens only before the first chunk."""
        async with await self.open_stream(request) as chunks:
            async for chunk in chunks:
                yield chunk

    def is_native(self, provider: str) -> bool:
        """Does ``provider`` speak the Anthropic Messages API natively?"""
        return self._providers[provider].anthropic_native

    async def messages(self, request: ChatRequest, body: JSON) -> tuple[JSON, str]:
        """Like :meth:`complete`, but an Anthropic-native provider gets ``body`` (the caller's Anthropic
        request) untranslated and answers with an Anthropic ``message``; others get ``request`` and answer
        with a ``chat.completion``. Check :meth:`is_native` on the returned provider name."""
        reply, name = await self._fallback(request.model, partial(self._messages_on, request=request, body=body))
        return reply, name

    async def _messages_on(self, name: str, request: ChatRequest, body: JSON) -> JSON:
        provider = self._providers[name]
        call = partial(provider.messages, body) if provider.anthropic_native else partial(provider.complete, request)
        reply: JSON = await self._guarded(name, call)
        return reply

    async def open_messages_stream(self, request: ChatRequest, body: JSON) -> RoutedStream:
        """Like :meth:`open_stream`; a native provider yields Anthropic events, others OpenAI chunks."""
        stream, _ = await self._fallback(request.model, partial(self._first_chunk, request=request, native=body))
        assert isinstance(stream, RoutedStream)
        return stream

    async def embed(self, request: EmbeddingRequest) -> tuple[JSON, str]:
        """Embeddings from the first provider on the route that has an embeddings API (retries, breaker and
        fallback as for chat). :class:`EmbeddingsUnsupportedError` when none of them has one."""
        candidates = self.candidates(request.model)
        names = [name for name in candidates if self._providers[name].supports_embeddings]
        if not names:
            raise EmbeddingsUnsupportedError(candidates[0])
        reply, name = await self._fallback(request.model, partial(self._embed_on, request=request), names)
        return reply, name

    async def _embed_on(self, name: str, request: EmbeddingRequest) -> JSON:
        reply: JSON = await self._guarded(name, partial(self._providers[name].embed, request))
        return reply

    async def models(self) -> list[str]:
        """Model ids of every provider (a provider that fails to answer contributes none)."""
        answers = await asyncio.gather(*(p.models() for p in self._providers.values()), return_exceptions=True)
        seen: dict[str, None] = {}
        for answer in answers:
            if isinstance(answer, list):
                seen.update(dict.fromkeys(answer))
            elif not isinstance(answer, Exception):
                raise answer
        return list(seen)

    async def aclose(self) -> None:
        """Close every provider's connections (all are attempted; the first failure is re-raised)."""
        results = await asyncio.gather(*(p.aclose() for p in self._providers.values()), return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                raise result
