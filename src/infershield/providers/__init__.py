"""LLM providers behind one interface, with retries, circuit breakers and fallback routing.

Modules (import from them directly; nothing is built at import time):

- ``base``: the :class:`Provider` ABC, :class:`ChatRequest`, :class:`ProviderError`; ``spec``: plain specs.
- ``registry``: ``PROVIDER_TYPES`` (kind → factory) and ``build_router(specs, routes)``.
- ``router``: :class:`Router` (glob routes, retries, breakers, fallback) and :class:`RoutedStream`.
- ``resilience``: :class:`CircuitBreaker`, ``retry_call``, ``parse_retry_after``.
- ``http_client``: the shared aiohttp session, error mapping and sanitizing, :class:`UpstreamProvider`.
- ``openai_compatible`` (openai, openai_compatible, vllm, ollama, mistral), ``azure``, ``anthropic``,
  ``gemini``, ``cohere``, ``demo``: the providers.
- ``anthropic_translate`` (OpenAI → Anthropic upstream), ``anthropic_dialect`` (the gateway's Anthropic
  endpoint: Anthropic request → ChatRequest, completion/chunks → Anthropic message/SSE events),
  ``openai_shape`` (shared builders), ``sse`` (SSE decoding and encoding).
"""
