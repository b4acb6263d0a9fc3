from __future__ import annotations

import asyncio
import socket

import aiohttp
import orjson
import pytest
from provider_fakes import API_KEY, FakeUpstream, Reply, drain

from infershield.errors import ConfigError
from infershield.providers.base import ProviderError
from infershield.providers.http_client import (
    UpstreamClient,
    error_from_exception,
    error_from_status,
    safe_upstream_message,
)
from infershield.providers.openai_compatible import OpenAIProvider
from infershield.providers.spec import ProviderSpec, Timeouts


def _body(message: str) -> bytes:
    return orjson.dumps({"error": {"message": message, "type": "invalid_request_error"}})


@pytest.mark.parametrize(
    ("status", "body", "headers", "expected_status", "retryable", "retry_after", "text"),
    [
        (400, _body("max_tokens is too large"), {}, 400, False, None, "max_tokens is too large"),
        (404, _body("The model `gpt-9` does not exist"), {}, 400, False, None, "does not exist"),
        (422, b'{"detail": "Extra inputs are not permitted"}', {}, 400, False, None, "Extra inputs"),
        (400, _body("see https://platform.example.com/docs"), {}, 400, False, None, "upstream rejected the request"),
        (400, _body("bad value near 10.0.0.7"), {}, 400, False, None, "upstream rejected the request"),
        (400, _body("API key not valid. Please pass a valid API key."), {}, 502, False, None,
         "upstream authentication failed"),
        (401, _body("Incorrect API key provided: sk-abc***"), {}, 502, False, None, "upstream authentication failed"),
        (403, _body("forbidden"), {}, 502, False, None, "upstream authentication failed"),
        (429, _body("slow down"), {"Retry-After": "7"}, 429, True, 7.0, "upstream rate limit exceeded"),
        (429, b"", {}, 429, True, None, "upstream rate limit exceeded"),
        (500, b"oops", {}, 502, True, None, "upstream server error (500)"),
        (503, b"", {"Retry-After": "2"}, 502, True, 2.0, "upstream server error (503)"),
        (529, _body("Overloaded"), {}, 502, True, None, "upstream server error (529)"),
        (408, b"", {}, 504, True, None, "upstream timed out"),
    ],
)
def test_error_from_status(status: int, body: bytes, headers: dict[str, str], expected_status: int,
                           retryable: bool, retry_after: float | None, text: str) -> None:
    error = error_from_status(status, body, headers, provider="p")
    assert (error.status, error.retryable, error.retry_after) == (expected_status, retryable, retry_after)
    assert text in str(error)


@pytest.mark.parametrize(
    ("message", "safe"),
    [
        ("messages: field required", True),
        ("Invalid value for 'temperature': 3", True),
        ("see http://x.example/a", False),
        ("connect to api.internal.corp:8443 failed", False),
        ("key sk-live-abcdefgh12345678 rejected", False),
        ("token a3f9c2d1e8b7a6f5e4d3c2b1a0f9e8d7c6b5 invalid", False),
        ("the secret is MySecretHeaderValue", False),
        ("", False),
    ],
)
def test_safe_upstream_message(message: str, safe: bool) -> None:
    assert (safe_upstream_message(message, ("MySecretHeaderValue",)) is not None) is safe


@pytest.mark.parametrize(
    ("exc", "status", "text"),
    [
        (TimeoutError(), 504, "upstream timed out"),
        (aiohttp.ServerTimeoutError("Timeout on reading data from socket http://10.1.1.1:99"), 504, "timed out"),
        (aiohttp.ServerDisconnectedError(), 502, "closed the connection"),
        (aiohttp.ClientPayloadError("Response payload is not completed"), 502, "closed the connection"),
        (ConnectionResetError("reset by 10.1.1.1"), 502, "upstream request failed"),
    ],
)
def test_error_from_exception(exc: BaseException, status: int, text: str) -> None:
    error = error_from_exception(exc, provider="p")
    assert error.status == status
    assert error.retryable
    assert text in str(error)
    assert "10.1.1.1" not in str(error)


def _assert_clean(error: ProviderError, fake: FakeUpstream) -> None:
    text = str(error)
    assert fake.host_port not in text
    assert "127.0.0.1" not in text
    assert API_KEY not in text
    assert "Traceback" not in text


def test_statuses_from_a_real_upstream_are_sanitized() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            leak = f"bad request to {fake.url} with key {API_KEY}"
            fake.on("/v1/chat/completions",
                    Reply(status=400, body={"error": {"message": leak}}),
                    Reply(status=401, body={"error": {"message": f"Incorrect API key provided: {API_KEY}"}}),
                    Reply(status=500, raw=b"<html>stack trace at /srv/app.py line 3</html>"),
                    Reply(status=429, body={"error": {"message": "rate"}}, headers={"Retry-After": "3"}))
            provider = OpenAIProvider(fake.spec("openai", base_path="/v1"))
            from infershield.providers.base import ChatRequest
            request = ChatRequest(model="gpt-test", messages=({"role": "user", "content": "hi"},))
            errors = []
            for _ in range(4):
                with pytest.raises(ProviderError) as info:
                    await provider.complete(request)
                errors.append(info.value)
                _assert_clean(info.value, fake)
            await provider.aclose()
        assert [(e.status, e.retryable) for e in errors] == [(400, False), (502, False), (502, True), (429, True)]
        assert str(errors[0]) == "upstream rejected the request"
        assert errors[3].retry_after == 3.0
        assert all(e.provider == "openai" for e in errors)

    asyncio.run(scenario())


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_connection_refused_is_502_retryable_without_host() -> None:
    async def scenario() -> None:
        port = _closed_port()
        spec = ProviderSpec(name="p", type="openai", base_url=f"http://127.0.0.1:{port}/v1", api_key=API_KEY)
        client = UpstreamClient(spec, spec.base_url)
        with pytest.raises(ProviderError) as info:
            await client.request_json("POST", f"{spec.base_url}/chat/completions", body={})
        await client.aclose()
        assert (info.value.status, info.value.retryable) == (502, True)
        assert str(info.value) == "upstream connection failed"
        assert str(port) not in str(info.value)

    asyncio.run(scenario())


def test_hang_past_read_timeout_is_504() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on("/slow", Reply(body={"ok": True}, delay=5.0))
            spec = fake.spec("openai", timeouts=Timeouts(connect=1.0, read=0.2, total=3.0))
            client = UpstreamClient(spec, fake.url)
            with pytest.raises(ProviderError) as info:
                await client.request_json("POST", f"{fake.url}/slow", body={})
            with pytest.raises(ProviderError) as streamed:
                async for _ in client.stream_lines(f"{fake.url}/slow", body={}):
                    pass
            await client.aclose()
        for error in (info.value, streamed.value):
            assert (error.status, error.retryable, str(error)) == (504, True, "upstream timed out")

    asyncio.run(scenario())


def test_garbage_body_is_502() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on("/garbage", Reply(raw=b"<html>gateway says hi</html>"), Reply(raw=b"[1, 2]"))
            client = UpstreamClient(fake.spec("openai"), fake.url)
            for _ in range(2):
                with pytest.raises(ProviderError) as info:
                    await client.request_json("GET", f"{fake.url}/garbage")
                assert (info.value.status, str(info.value)) == (502, "upstream returned an invalid response")
            await client.aclose()

    asyncio.run(scenario())


def test_stream_lines_split_and_cut() -> None:
    async def scenario() -> None:
        long = "x" * 200_000
        async with FakeUpstream() as fake:
            fake.on("/s", Reply(events=["a: 1\r\nb: 2", f"data: {long}", "tail"]))
            fake.on("/cut", Reply(events=["data: 1", "data: 2", "data: 3"], cut_after=2))
            client = UpstreamClient(fake.spec("openai"), fake.url)
            lines = [line async for line in client.stream_lines(f"{fake.url}/s", body={})]
            got: list[str] = []
            with pytest.raises(ProviderError) as info:
                await drain(client.stream_lines(f"{fake.url}/cut", body={}), got)
            await client.aclose()
        assert lines == ["a: 1", "b: 2", "", f"data: {long}", "", "tail", ""]
        assert got == ["data: 1", "", "data: 2", ""]
        assert (info.value.status, info.value.retryable) == (502, True)

    asyncio.run(scenario())


def test_session_is_created_lazily_and_closed() -> None:
    async def scenario() -> None:
        async with FakeUpstream() as fake:
            fake.on("/x", Reply(body={"ok": True}))
            client = UpstreamClient(fake.spec("openai", headers=(("X-Extra", "1"),)), fake.url)
            assert await client.request_json("GET", f"{fake.url}/x") == {"ok": True}
            session = client._session
            assert session is not None
            await client.aclose()
            assert session.closed
            with pytest.raises(ProviderError):
                await client.request_json("GET", f"{fake.url}/x")
            assert fake.seen[0].headers["X-Extra"] == "1"

    asyncio.run(scenario())


def test_missing_key_or_base_url_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="api_key"):
        OpenAIProvider(ProviderSpec(name="o", type="openai"))
