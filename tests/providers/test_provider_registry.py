from __future__ import annotations

import asyncio
import importlib
import pkgutil

import pytest

import infershield.providers
from infershield.errors import ConfigError
from infershield.providers.base import Provider
from infershield.providers.demo import DemoProvider
from infershield.providers.registry import PROVIDER_TYPES, build_provider, build_router, default_routes
from infershield.providers.spec import ProviderSpec, RouteSpec


def _all_subclasses(cls: type) -> set[type]:
    found: set[type] = set(cls.__subclasses__())
    for sub in list(found):
        found |= _all_subclasses(sub)
    return found


def test_every_shipped_provider_is_registered_under_its_kind() -> None:
    for module in pkgutil.iter_modules(infershield.providers.__path__):
        importlib.import_module(f"infershield.providers.{module.name}")
    shipped = {c for c in _all_subclasses(Provider) if c.__module__.startswith("infershield.providers.")}
    kinds = {vars(c)["kind"] for c in shipped if "kind" in vars(c)}
    assert kinds == set(PROVIDER_TYPES)


@pytest.mark.parametrize("kind", sorted(PROVIDER_TYPES))
def test_every_kind_builds_with_a_minimal_spec(kind: str) -> None:
    base_url = "http://127.0.0.1:9/v1" if kind in ("openai_compatible", "azure") else ""
    provider = build_provider(ProviderSpec(name=f"my-{kind}", type=kind, api_key="k", base_url=base_url))
    assert provider.kind == kind
    assert provider.name == f"my-{kind}"
    asyncio.run(provider.aclose())


def test_unknown_kind() -> None:
    with pytest.raises(ConfigError, match="unknown type 'openia'"):
        build_provider(ProviderSpec(name="x", type="openia"))


def test_zero_config_router_uses_the_demo_provider() -> None:
    async def scenario() -> None:
        from infershield.providers.base import ChatRequest

        router = build_router([], [])
        request = ChatRequest(model="anything", messages=({"role": "user", "content": "hello there"},))
        reply, name = await router.complete(request)
        chunks = [chunk async for chunk in router.stream(request)]
        assert name == "demo"
        assert "InferShield demo provider" in reply["choices"][0]["message"]["content"]
        assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
        assert isinstance(router.providers["demo"], DemoProvider)
        assert await router.models() == ["infershield-demo"]
        await router.aclose()

    asyncio.run(scenario())


def test_default_routes_and_duplicates() -> None:
    specs = [ProviderSpec(name="o", type="openai", api_key="k", models=("gpt-4o",)),
             ProviderSpec(name="c", type="anthropic", api_key="k", models=("claude-*",))]
    assert default_routes(specs) == (RouteSpec("gpt-4o", ("o",)), RouteSpec("claude-*", ("c",)),
                                     RouteSpec("*", ("o", "c")))
    router = build_router(specs)
    assert router.candidates("claude-3") == ("c",)
    assert router.candidates("mistral-large") == ("o", "c")
    explicit = build_router(specs, [RouteSpec("*", ("c",))])
    assert explicit.candidates("gpt-4o") == ("c",)
    with pytest.raises(ConfigError, match="duplicate provider name 'o'"):
        build_router([specs[0], specs[0]])
