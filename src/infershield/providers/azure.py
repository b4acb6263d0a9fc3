"""Azure OpenAI: the OpenAI API addressed by deployment, with an ``api-key`` header and an ``api-version``.

``POST {base_url}/openai/deployments/{deployment}/chat/completions?api-version=…``, where the request's
model names the deployment.
"""

from __future__ import annotations

from typing import ClassVar
from urllib.parse import quote

from infershield.providers.base import ChatRequest, EmbeddingRequest
from infershield.providers.openai_compatible import OpenAIProvider

DEFAULT_API_VERSION = "2024-10-21"


class AzureOpenAIProvider(OpenAIProvider):
    """Azure OpenAI Service (kind ``azure``). ``base_url`` is the resource endpoint; models are deployments."""

    kind: ClassVar[str] = "azure"
    default_base_url: ClassVar[str] = ""

    def auth_headers(self) -> dict[str, str]:
        return {"api-key": self.spec.api_key}

    def chat_url(self, request: ChatRequest) -> str:
        return f"{self.base_url}/openai/deployments/{quote(request.model, safe='')}/chat/completions"

    def embeddings_url(self, request: EmbeddingRequest) -> str:
        return f"{self.base_url}/openai/deployments/{quote(request.model, safe='')}/embeddings"

    def query(self) -> dict[str, str]:
        return {"api-version": self.spec.api_version or DEFAULT_API_VERSION}

    async def models(self) -> list[str]:
        # Deployments are listed by the management plane, not this API: report the configured ones.
        return list(self.spec.models)
