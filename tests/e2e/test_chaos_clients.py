"""Chaos from the client side against a real gateway process: malformed and oversized bodies, wrong types
in every field, invalid UTF-8, deep nesting, huge headers, slow senders and clients that hang up
mid-stream. Never a 5xx from our own code, never a stack trace, errors in the caller's dialect, and the
gateway keeps serving (and releases what a vanished client held).
"""

from __future__ import annotations

import json
import socket
import time
from typing import Any

import pytest
from chaos_http import Dialect, check_alive, check_clean, check_error_body, open_sockets, send, send_json
from conftest import CLIENT_KEY, Gateway

CHAT, MESSAGES, EMBEDDINGS = "/v1/chat/completions", "/v1/messages", "/v1/embeddings"
USER = [{"role": "user", "content": "hello"}]
BASE: dict[str, dict[str, Any]] = {
    CHAT: {"model": "echo", "messages": USER},
    MESSAGES: {"model": "echo", "max_tokens": 16, "messages": USER},
    EMBEDDINGS: {"model": "text-embedding-3-small", "input": "hello"},
}
WRONG = [5, -1, 1.5, True, None, "x", [], [5], {}, {"a": [1]}]
FIELDS = {
    CHAT: ["model", "messages", "stream", "temperature", "max_tokens", "tools", "tool_choice", "n", "stop",
           "response_format", "stream_options", "user", "logit_bias", "seed"],
    MESSAGES: ["model", "messages", "max_tokens", "system", "stop_sequences", "tools", "tool_choice", "metadata",
               "thinking", "temperature", "top_k", "stream"],
    EMBEDDINGS: ["model", "input", "dimensions", "encoding_format", "user"],
}
RAW = [b"{", b"{'model': 'echo'}", b"[", b"null", b'"text"', b"123", b'{"model": }', b'{"model": "echo"} trailing',
       b'{"model": NaN, "messages": []}', b"\xff\xfe\x00{", b'{"model": "echo", "messages": [{"role": "user", '
       b'"content": "\xc3\x28 bad utf-8"}]}', b'{"model": "echo", "messages": [{"role": "user", "content": '
       b'"\\ud800 lone surrogate"}]}', b"[" * 100_000, b'{"a":' * 5000 + b"1" + b"}" * 5000, b"\x00" * 64]


def _dialect(path: str) -> Dialect:
    return "anthropic" if path == MESSAGES else "openai"


def _check(answer: Any, path: str) -> None:
    """Clean, never our 5xx; an error is a 4xx JSON body in the endpoint's dialect; a 200 is a reply."""
    check_clean(answer)
    assert answer.status in (200, 400, 404, 413, 422), answer.body[:300]
    if answer.status != 200:
        check_error_body(_dialect(path), answer.json())


def _variants() -> list[Any]:
    cases = []
    for path, fields in FIELDS.items():
        models = ["echo", "claude-echo"] if path == MESSAGES else [BASE[path]["model"]]
        for field in fields:
            for model in models:
                cases.append(pytest.param(path, model, field, id=f"{path[4:]}-{model}-{field}"))
    return cases


@pytest.mark.parametrize(("path", "model", "field"), _variants())
def test_wrong_types_in_every_field(gateway: Gateway, path: str, model: str, field: str) -> None:
    for value in WRONG:
        body = {**BASE[path], "model": model, field: value}
        if field == "stream" and value:
            body["messages"] = USER  # a truthy stream flag streams: still a clean answer
        _check(send_json(gateway, path, body), path)
    check_alive(gateway)


@pytest.mark.parametrize("path", [CHAT, MESSAGES, EMBEDDINGS])
@pytest.mark.parametrize("raw", RAW, ids=range(len(RAW)))
def test_malformed_bodies(gateway: Gateway, path: str, raw: bytes) -> None:
    answer = send(gateway, path, raw)
    _check(answer, path)
    assert answer.status in (400, 413)


@pytest.mark.parametrize("path", [CHAT, MESSAGES, EMBEDDINGS])
def test_huge_fields(gateway: Gateway, path: str) -> None:
    too_big = {**BASE[path], "junk": "x" * (5 * 1024 * 1024)}  # over the 4 MiB default body limit
    answer = send_json(gateway, path, too_big)
    _check(answer, path)
    assert answer.status == 413
    long_model = {**BASE[path], "model": "m" * 200_000}
    _check(send_json(gateway, path, long_model), path)
    many_keys = {**BASE[path], **{f"k{i}": i for i in range(50_000)}}
    _check(send_json(gateway, path, many_keys), path)
    check_alive(gateway)


def test_deep_nesting_inside_a_valid_body(gateway: Gateway) -> None:
    deep: Any = "x"
    for _ in range(200):
        deep = [deep]
    answer = send_json(gateway, CHAT, {**BASE[CHAT], "metadata": deep})
    _check(answer, CHAT)
    assert "nests deeper" in answer.json()["error"]["message"]


@pytest.mark.parametrize("size", [8 * 1024, 64 * 1024, 1024 * 1024])
def test_huge_headers(gateway: Gateway, size: int) -> None:
    with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as sock:
        body = json.dumps(BASE[CHAT]).encode()
        head = (f"POST {CHAT} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {CLIENT_KEY}\r\n"
                f"Content-Type: application/json\r\nX-Big: {'a' * size}\r\nContent-Length: {len(body)}\r\n\r\n")
        try:
            sock.sendall(head.encode() + body)
            reply = sock.recv(65536)
        except ConnectionError:
            reply = b""  # refusing an oversized head by closing is fine
    assert not reply.startswith(b"HTTP/1.1 5")
    check_alive(gateway)


def test_slow_client_is_served_while_others_are(gateway: Gateway) -> None:
    body = json.dumps({**BASE[CHAT], "messages": [{"role": "user", "content": "slowly sent"}]}).encode()
    with socket.create_connection(("127.0.0.1", gateway.port), timeout=20) as sock:
        sock.sendall((f"POST {CHAT} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {CLIENT_KEY}\r\n"
                      f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode())
        for i in range(0, len(body), max(1, len(body) // 10)):
            sock.sendall(body[i:i + max(1, len(body) // 10)])
            check_alive(gateway)  # others are served meanwhile
            time.sleep(0.15)
        reply = b""
        while b"slowly sent" not in reply:
            chunk = sock.recv(65536)
            if not chunk:
                break
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 200")
    assert b"slowly sent" in reply


def test_client_that_stops_sending_midway(gateway: Gateway) -> None:
    for _ in range(5):
        with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as sock:
            sock.sendall((f"POST {CHAT} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                          f"Authorization: Bearer {CLIENT_KEY}\r\nContent-Length: 5000\r\n\r\n"
                          '{"model": "echo", "mess').encode())
    check_alive(gateway)
    _check(send_json(gateway, CHAT, BASE[CHAT]), CHAT)


def _hang_up_mid_stream(gateway: Gateway, path: str, body: dict[str, Any]) -> None:
    payload = json.dumps(body).encode()
    with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as sock:
        sock.sendall((f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      f"Authorization: Bearer {CLIENT_KEY}\r\nContent-Length: {len(payload)}\r\n\r\n").encode()
                     + payload)
        received = b""
        while received.count(b"padded to pass") < 2:  # a few pieces arrived: the stream is flowing
            chunk = sock.recv(65536)
            assert chunk, received[-500:]
            received += chunk


@pytest.mark.parametrize("path", [CHAT, MESSAGES])
def test_client_disconnect_mid_stream_releases_the_upstream(gateway: Gateway, path: str) -> None:
    body = {**BASE[path], "model": "slow-stream", "stream": True}
    _hang_up_mid_stream(gateway, path, body)  # warm: pooled connections exist before the baseline
    time.sleep(0.5)
    baseline = open_sockets(gateway.pid)
    before = gateway.upstream.disconnects
    for _ in range(5):
        _hang_up_mid_stream(gateway, path, body)
    deadline = time.monotonic() + 10
    while gateway.upstream.disconnects < before + 5 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert gateway.upstream.disconnects == before + 5  # each upstream stream was closed, not read to the end
    while open_sockets(gateway.pid) > baseline and time.monotonic() < deadline:
        time.sleep(0.05)
    assert open_sockets(gateway.pid) <= baseline
    _check(send_json(gateway, path, BASE[path]), path)  # still serving
