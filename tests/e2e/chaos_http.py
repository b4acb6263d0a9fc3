"""Raw HTTP helpers for the chaos suite: send exact bytes, read SSE events, check an answer is clean."""

from __future__ import annotations

import http.client
import json
import os
from dataclasses import dataclass
from typing import Any, Literal

from conftest import CLIENT_KEY, Gateway

Dialect = Literal["openai", "anthropic"]
# What must never reach a caller: our own 500, stack traces, upstream internals the fake leaks on purpose.
FORBIDDEN = ("Traceback", "internal error in the gateway", "10.0.0.7", "10.1.2.3", "sk-live", "nginx", "File \"")


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def events(self) -> list[tuple[str, Any]]:
        """SSE events as (event name or "message", parsed data; the string for non-JSON data)."""
        out = []
        for block in self.body.decode("utf-8", "replace").split("\n\n"):
            name, data = "message", []
            for line in block.splitlines():
                if line.startswith("event:"):
                    name = line[6:].strip()
                elif line.startswith("data:"):
                    data.append(line[5:].strip())
            if data:
                text = "\n".join(data)
                out.append((name, text if text == "[DONE]" else json.loads(text)))
        return out


def send(gateway: Gateway, path: str, body: bytes, headers: dict[str, str] | None = None,
         timeout: float = 30) -> Answer:
    connection = http.client.HTTPConnection("127.0.0.1", gateway.port, timeout=timeout)
    try:
        connection.request("POST", path, body=body, headers={
            "Authorization": f"Bearer {CLIENT_KEY}", "Content-Type": "application/json", **(headers or {})})
        response = connection.getresponse()
        return Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
    finally:
        connection.close()


def send_json(gateway: Gateway, path: str, body: Any, **kwargs: Any) -> Answer:
    return send(gateway, path, json.dumps(body).encode(), **kwargs)


def check_error_body(dialect: Dialect, body: Any) -> str:
    """The error message of an error body in ``dialect``; fails when the shape is wrong."""
    if dialect == "anthropic":
        assert body["type"] == "error"
        assert isinstance(body["error"]["type"], str)
    else:
        assert set(body) == {"error"}
        assert isinstance(body["error"]["type"], str)
    message = body["error"]["message"]
    assert isinstance(message, str)
    return message


def check_clean(answer: Answer) -> None:
    text = answer.body.decode("utf-8", "replace")
    assert answer.status != 500
    for fragment in FORBIDDEN:
        assert fragment not in text


def check_alive(gateway: Gateway) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", gateway.port, timeout=10)
    try:
        connection.request("GET", "/health")
        assert connection.getresponse().status == 200
    finally:
        connection.close()


def open_sockets(pid: int) -> int:
    """How many sockets the process holds open (listening, clients, upstream pool)."""
    count = 0
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            count += os.readlink(f"/proc/{pid}/fd/{fd}").startswith("socket:")
        except OSError:
            continue
    return count
