"""The one table of provider types: ``type`` in the settings → a factory ``(ProviderSpec) -> Provider``."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

from infershield.errors import ConfigError, ConfigProblem
from infershield.providers.anthropic import AnthropicProvider
from infershield.providers.azure import AzureOpenAIProvider
from infershield.providers.base import Provider
from infershield.providers.cohere import CohereProvider
from infershield.providers.demo import DemoProvider
from infershield.providers.gemini import GeminiProvider
from infershield.providers.openai_compatible import (
    MistralProvider,
    OllamaProvider,
    OpenAICompatibleProvider,
    OpenAIProvider,
    VLLMProvider,
)
from infershield.providers.router import Router
from infershield.providers.spec import ProviderSpec, RouteSpec

ProviderFactory = Callable[[ProviderSpec], Provider]
DEMO_NAME = "demo"


def _demo(spec: ProviderSpec) -> Provider:
    return DemoProvider(spec.name)


PROVIDER_TYPES: Mapping[str, ProviderFactory] = MappingProxyType({
    "demo": _demo,
    "openai": OpenAIProvider,
    "openai_compatible": OpenAICompatibleProvider,
    "mistral": MistralProvider,
    "ollama": OllamaProvider,
    "vllm": VLLMProvider,
    "azure": AzureOpenAIProvider,
    "anthropic": AnthropicProvider,
    "gemini": GeminiProvider,
    "cohere": CohereProvider,
})


def build_provider(spec: ProviderSpec) -> Provider:
    """One provider from its spec; ConfigError for an unknown type or a missing base URL / key."""
    factory = PROVIDER_TYPES.get(spec.type)
    if factory is None:
        known = ", ".join(sorted(PROVIDER_TYPES))
        raise ConfigError([ConfigProblem(f"providers.{spec.name}.type", f"unknown type {spec.type!r} (known: {known})")])
    return factory(spec)


def default_routes(specs: Sequence[ProviderSpec]) -> tuple[RouteSpec, ...]:
    """Without configured routes: each provider's listed models go to it, anything else to all in order."""
    routes = [RouteSpec(match=model, providers=(spec.name,)) for spec in specs for model in spec.models]
    routes.append(RouteSpec(match="*", providers=tuple(spec.name for spec in specs)))
    return tuple(routes)


def build_router(specs: Sequence[ProviderSpec], routes: Sequence[RouteSpec] = (), **router_options: Any) -> Router:
    """The gateway's router. No providers configured: the demo provider answers every model.

    ``router_options`` are passed to :class:`Router` (``sleep``, ``clock``, ``rand`` for tests).
    """
    if not specs:
        specs = (ProviderSpec(name=DEMO_NAME, type="demo"),)
        routes = (RouteSpec(match="*", providers=(DEMO_NAME,)),)
    names = [spec.name for spec in specs]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise ConfigError([ConfigProblem("providers", f"duplicate provider name {name!r}") for name in duplicates])
    providers = {spec.name: build_provider(spec) for spec in specs}
    return Router(providers, tuple(routes) or default_routes(specs),
                  specs={spec.name: spec for spec in specs}, **router_options)
