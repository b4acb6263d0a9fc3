"""The provider contract. Requests and replies use the OpenAI chat-completions shape internally.

Every provider translates that shape to its own API and back (streaming included), so the gateway can
route an OpenAI- or Anthropic-dialect request to any provider. Errors are :class:`ProviderError`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from infershield.errors import InfershieldError

JSON = dict[str, Any]


@dataclass(frozen=True, slots=True)
class ChatRequest:
    """An OpenAI-shaped chat request: ``messages`` as OpenAI message dicts, every other field in ``params``.

    ``params`` holds what the caller sent besides model/messages/stream (temperature, max_tokens, tools,
    tool_choice, n, response_format, stop, user, and unknown fields, which are passed through).
    """

    model: str
    messages: tuple[JSON, ...]
    params: JSON = field(default_factory=dict)
    request_id: str = ""


@dataclass(frozen=True, slots=True)
class EmbeddingRequest:
    """An OpenAI-shaped embeddings request. ``input`` is a string, a list of strings, one token array or a
    list of token arrays, exactly as the upstream should receive it; ``params`` holds every other field
    (``encoding_format``, ``dimensions``, ``user`` and unknown fields, which are passed through)."""

    model: str
    input: str | list[str] | list[int] | list[list[int]]
    params: JSON = field(default_factory=dict)
    request_id: str = ""


class ProviderError(InfershieldError):
    """An upstream call failed. ``status`` is what the caller should see; ``retryable`` drives retries.

    ``message`` is already sanitized: no upstream keys, hosts or stack traces.
    """

    def __init__(self, message: str, *, status: int = 502, retryable: bool = False,
                 retry_after: float | None = None, provider: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.retryable = retryable
        self.retry_after = retry_after
        self.provider = provider


class EmbeddingsUnsupportedError(ProviderError):
    """The provider has no embeddings API. A 400 (never retried): the request cannot succeed as sent, and a
    5xx would make SDKs retry it. The router skips such providers when another one on the route can embed."""

    def __init__(self, provider: str) -> None:
        super().__init__(f"provider {provider!r} does not support embeddings", status=400, provider=provider)


class Provider(ABC):
    """One upstream LLM API. Build at startup, reuse for every request, close at shutdown.

    Optional capabilities: :meth:`embed` (``supports_embeddings``) and the Anthropic Messages API spoken
    natively (``anthropic_native``: :meth:`messages` and :meth:`messages_stream` take and return Anthropic
    bodies and events untranslated).
    """

    kind: ClassVar[str]
    supports_embeddings: ClassVar[bool] = False
    anthropic_native: ClassVar[bool] = False

    def __init__(self, name: str) -> None:
        self.name = name

    @abstractmethod
    async def complete(self, request: ChatRequest) -> JSON:
        """A non-streaming reply as an OpenAI ``chat.completion`` object."""

    @abstractmethod
    def stream(self, request: ChatRequest) -> AsyncIterator[JSON]:
        """A streaming reply as OpenAI ``chat.completion.chunk`` objects (the last one may carry usage)."""

    async def embed(self, request: EmbeddingRequest) -> JSON:
        """An OpenAI embeddings ``list`` object (``data`` of ``{"object": "embedding", "index", "embedding"}``)."""
        raise EmbeddingsUnsupportedError(self.name)

    async def messages(self, body: JSON) -> JSON:
        """An Anthropic ``message`` object for an Anthropic Messages request body (native providers only)."""
        raise ProviderError(f"provider {self.name!r} does not speak the Anthropic Messages API", status=400,
                            provider=self.name)

    def messages_stream(self, body: JSON) -> AsyncIterator[JSON]:
        """Anthropic stream events (``message_start`` … ``message_stop``) as dicts (native providers only)."""
        raise ProviderError(f"provider {self.name!r} does not speak the Anthropic Messages API", status=400,
                            provider=self.name)

    async def models(self) -> list[str]:
        """Model ids this provider serves, for ``GET /v1/models`` (may be empty when unknown)."""
        return []

    async def aclose(self) -> None:  # noqa: B027 - providers without resources need no cleanup
        """Release pooled connections."""
