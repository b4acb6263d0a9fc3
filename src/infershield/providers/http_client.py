"""Shared aiohttp plumbing: one pooled ClientSession per provider, JSON calls, streamed lines, and the
translation of every transport failure or upstream error status into a sanitized :class:`ProviderError`.

Status mapping (what the gateway's caller sees):

==================  ========================================  =========
upstream            caller sees                               retryable
==================  ========================================  =========
400 / 404 / 422     400, upstream's message if it is safe      no
401 / 403           502 "upstream authentication failed"       no
408, timeout        504                                        yes
409, 5xx, 529       502                                        yes
429                 429 with ``retry_after``                   yes
connection failure  502                                        yes
invalid body        502                                        yes
==================  ========================================  =========

A message never contains the base URL, host, API key, configured header values or a traceback. The
session is created on first use (inside the running event loop) and closed by :meth:`UpstreamClient.aclose`.
"""

from __future__ import annotations

import re
from collections.abc import AsyncGenerator, Mapping
from typing import ClassVar
from urllib.parse import urlsplit

import aiohttp
import orjson

from infershield.errors import ConfigError, ConfigProblem
from infershield.providers.base import JSON, Provider, ProviderError
from infershield.providers.propagation import outbound_headers
from infershield.providers.resilience import parse_retry_after
from infershield.providers.spec import ProviderSpec, Timeouts

CONNECTION_LIMIT = 100
MAX_ERROR_BODY = 64 * 1024
MAX_LINE = 8 * 1024 * 1024
MAX_MESSAGE = 300

_URLISH = re.compile(r"(?i)\b(?:https?|wss?)://|\bwww\.|\b[\w-]+(?:\.[\w-]+)+:\d{2,5}\b|\b\d{1,3}(?:\.\d{1,3}){3}\b")
_KEYISH = re.compile(r"\b(?:sk|pk|rk|ak|key|AIza)[-_][A-Za-z0-9_\-]{8,}|\b[A-Za-z0-9_\-]{32,}\b")
_AUTHISH = re.compile(r"(?i)api[ _-]?key|apikey|x-api-key|authori[sz]|bearer|credential|unauthenticated|permission[ _]denied")


def _secrets_of(spec: ProviderSpec, base_url: str) -> tuple[str, ...]:
    parts = urlsplit(base_url)
    values = [spec.api_key, base_url, parts.netloc, parts.hostname or ""]
    values.extend(value for _, value in spec.headers)
    return tuple(v for v in values if v and len(v) >= 4)


def safe_upstream_message(message: str, secrets: tuple[str, ...] = ()) -> str | None:
    """The upstream's own words when they carry no URL, host, key-like token or secret; else None."""
    text = " ".join(message.split())[:MAX_MESSAGE]
    if not text or _URLISH.search(text) or _KEYISH.search(text):
        return None
    lowered = text.lower()
    if any(secret.lower() in lowered for secret in secrets):
        return None
    return text


def _upstream_message(body: bytes) -> str:
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return ""
    if isinstance(data, list) and data and isinstance(data[0], dict):
        data = data[0]  # Gemini sometimes wraps errors in a list
    if not isinstance(data, dict):
        return ""
    error = data.get("error")
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return str(error["message"])
    for key in ("error", "message", "detail"):
        if isinstance(data.get(key), str):
            return str(data[key])
    return ""


def error_from_status(status: int, body: bytes, headers: Mapping[str, str], *, provider: str,
                      secrets: tuple[str, ...] = ()) -> ProviderError:
    """Map an upstream error status (and its body) to what the gateway's caller may see."""
    message = _upstream_message(body)
    if status in (401, 403):
        return ProviderError("upstream authentication failed", status=502, provider=provider)
    if status == 429:
        return ProviderError("upstream rate limit exceeded", status=429, retryable=True,
                             retry_after=parse_retry_after(headers.get("Retry-After")), provider=provider)
    if status == 408:
        return ProviderError("upstream timed out", status=504, retryable=True, provider=provider)
    if status >= 500 or status == 409:
        return ProviderError(f"upstream server error ({status})", status=502, retryable=True,
                             retry_after=parse_retry_after(headers.get("Retry-After")), provider=provider)
    if _AUTHISH.search(message):  # e.g. Gemini answers a bad key with 400 "API key not valid"
        return ProviderError("upstream authentication failed", status=502, provider=provider)
    safe = safe_upstream_message(message, secrets)
    text = f"upstream rejected the request: {safe}" if safe else "upstream rejected the request"
    return ProviderError(text, status=400, provider=provider)


def error_from_exception(exc: BaseException, *, provider: str) -> ProviderError:
    """Map an aiohttp / asyncio / OS failure to a retryable (or not) ProviderError; never uses str(exc)."""
    if isinstance(exc, ProviderError):
        return exc
    if isinstance(exc, TimeoutError):
        return ProviderError("upstream timed out", status=504, retryable=True, provider=provider)
    if isinstance(exc, aiohttp.InvalidURL):
        return ProviderError("upstream address is invalid", status=502, provider=provider)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return ProviderError("upstream connection failed", status=502, retryable=True, provider=provider)
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError):
        return ProviderError("upstream closed the connection unexpectedly", status=502, retryable=True,
                             provider=provider)
    return ProviderError("upstream request failed", status=502, retryable=True, provider=provider)


def invalid_response(provider: str, what: str = "an invalid response") -> ProviderError:
    return ProviderError(f"upstream returned {what}", status=502, retryable=True, provider=provider)


def stream_event(provider: str, data: str) -> JSON:
    """One SSE event's data as a JSON object; anything else is an invalid (retryable) upstream reply."""
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise invalid_response(provider, "an invalid stream event") from exc
    if not isinstance(value, dict):
        raise invalid_response(provider, "an invalid stream event")
    return value


def stream_cut(provider: str) -> ProviderError:
    """The error for a stream that ended before the upstream said it was complete."""
    return ProviderError("upstream stream ended unexpectedly", status=502, retryable=True, provider=provider)


def client_timeout(timeouts: Timeouts, *, streaming: bool = False) -> aiohttp.ClientTimeout:
    """Whole-call limits for plain calls; streams are bounded per read, not in total."""
    if streaming:
        return aiohttp.ClientTimeout(total=None, connect=timeouts.total, sock_connect=timeouts.connect,
                                     sock_read=timeouts.read)
    return aiohttp.ClientTimeout(total=timeouts.total, sock_connect=timeouts.connect, sock_read=timeouts.read)


_TRANSPORT_ERRORS = (aiohttp.ClientError, TimeoutError, OSError)


class UpstreamClient:
    """One provider's pooled aiohttp session with JSON and streaming helpers that raise ProviderError."""

    def __init__(self, spec: ProviderSpec, base_url: str, headers: Mapping[str, str] | None = None) -> None:
        self.provider = spec.name
        self._timeouts = spec.timeouts
        self._headers = {"User-Agent": "infershield", **(headers or {}), **dict(spec.headers)}
        self._secrets = _secrets_of(spec, base_url)
        self._session: aiohttp.ClientSession | None = None
        self._closed = False

    def _get_session(self) -> aiohttp.ClientSession:
        if self._closed:
            raise ProviderError("provider is shut down", status=503, provider=self.provider)
        if self._session is None:
            connector = aiohttp.TCPConnector(limit=CONNECTION_LIMIT, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(
                connector=connector, timeout=client_timeout(self._timeouts), headers=self._headers,
                json_serialize=lambda obj: orjson.dumps(obj).decode(), raise_for_status=False,
            )
        return self._session

    async def _status_error(self, response: aiohttp.ClientResponse) -> ProviderError:
        try:
            body = await response.content.read(MAX_ERROR_BODY)
        except _TRANSPORT_ERRORS:
            body = b""
        return error_from_status(response.status, body, response.headers, provider=self.provider,
                                 secrets=self._secrets)

    async def request_json(self, method: str, url: str, *, body: JSON | None = None,
                           headers: Mapping[str, str] | None = None,
                           params: Mapping[str, str] | None = None) -> JSON:
        """One call whose reply is a JSON object."""
        session = self._get_session()
        data = orjson.dumps(body) if body is not None else None
        extra = {**outbound_headers(), **(headers or {})}  # correlation id / traceparent of this request
        all_headers = {"Content-Type": "application/json", **extra} if data else extra
        try:
            async with session.request(method, url, data=data, headers=all_headers, params=params) as response:
                if response.status >= 400:
                    raise await self._status_error(response)
                raw = await response.read()
        except ProviderError:
            raise
        except _TRANSPORT_ERRORS as exc:
            raise error_from_exception(exc, provider=self.provider) from exc
        try:
            parsed = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise invalid_response(self.provider) from exc
        if not isinstance(parsed, dict):
            raise invalid_response(self.provider)
        return parsed

    async def stream_lines(self, url: str, *, body: JSON, headers: Mapping[str, str] | None = None,
                           params: Mapping[str, str] | None = None) -> AsyncGenerator[str, None]:
        """POST ``body`` and yield the reply's lines (decoded, without terminators) as they arrive."""
        session = self._get_session()
        all_headers = {"Content-Type": "application/json", "Accept": "text/event-stream", **outbound_headers(),
                       **(headers or {})}
        try:
            async with session.post(url, data=orjson.dumps(body), headers=all_headers, params=params,
                                    timeout=client_timeout(self._timeouts, streaming=True)) as response:
                if response.status >= 400:
                    raise await self._status_error(response)
                buffer = bytearray()
                async for chunk in response.content.iter_any():
                    buffer.extend(chunk)
                    if b"\n" not in chunk:
                        if len(buffer) > MAX_LINE:
                            raise invalid_response(self.provider, "an oversized stream event")
                        continue
                    *lines, rest = bytes(buffer).split(b"\n")
                    buffer = bytearray(rest)
                    for line in lines:
                        yield line.rstrip(b"\r").decode("utf-8", "replace")
                if buffer:
                    yield bytes(buffer).rstrip(b"\r").decode("utf-8", "replace")
        except ProviderError:
            raise
        except _TRANSPORT_ERRORS as exc:
            raise error_from_exception(exc, provider=self.provider) from exc

    async def aclose(self) -> None:
        self._closed = True
        session, self._session = self._session, None
        if session is not None:
            await session.close()


class UpstreamProvider(Provider):
    """Base of providers that call an HTTP API: holds the spec, the resolved base URL and the client."""

    default_base_url: ClassVar[str] = ""
    requires_key: ClassVar[bool] = True

    def __init__(self, spec: ProviderSpec) -> None:
        super().__init__(spec.name)
        self.spec = spec
        self.base_url = (spec.base_url or self.default_base_url).rstrip("/")
        problems = []
        if not self.base_url:
            problems.append(ConfigProblem(f"providers.{spec.name}.base_url", "required for this provider type"))
        if self.requires_key and not spec.api_key:
            problems.append(ConfigProblem(f"providers.{spec.name}.api_key", "required for this provider type"))
        if problems:
            raise ConfigError(problems)
        self.http = UpstreamClient(spec, self.base_url, self.auth_headers())

    def auth_headers(self) -> dict[str, str]:
        """Headers sent with every request (credentials, API version)."""
        return {}

    async def models(self) -> list[str]:
        return list(self.spec.models)

    async def aclose(self) -> None:
        await self.http.aclose()
