"""CPU cost of the observability middleware per request (ids, access line, metrics), in process.

    python benchmarks/observability_overhead.py [--requests 20000]

Drives a trivial ASGI endpoint that records the same stages a chat route does, once bare and once
wrapped in :class:`ObserveMiddleware` (access log to /dev/null, metrics on), and prints microseconds
per request for both and the difference.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from typing import Any

from infershield.config.gateway import settings_from_mapping
from infershield.http.observe import STATE_KEY, ObserveMiddleware, RequestRecord
from infershield.http.operations import observability_from
from infershield.http.state import GatewayState


class _Route:
    path = "/v1/chat/completions"


async def endpoint(scope: Any, receive: Any, send: Any) -> None:
    scope["route"] = _Route
    record = scope.get("state", {}).get(STATE_KEY) or RequestRecord("", "", time.perf_counter())
    started = record.stage("auth", time.perf_counter())
    record.tenant, record.model, record.provider = "team-a", "gpt-4o", "openai"
    started = record.stage("scan_input", started)
    record.action, record.kinds, record.risk = "allow", (), 0
    started = record.stage("upstream", started)
    record.note_output("allow", ())
    record.count_usage({"prompt_tokens": 200, "completion_tokens": 5})
    record.stage("scan_output", started)
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": b"{}"})


async def drive(app: Any, count: int) -> float:
    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(_message: Any) -> None:
        return None

    headers = [(b"content-type", b"application/json"), (b"authorization", b"Bearer x" * 4)]
    started = time.perf_counter()
    for _ in range(count):
        scope = {"type": "http", "method": "POST", "path": "/v1/chat/completions", "headers": list(headers)}
        await app(scope, receive, send)
    return (time.perf_counter() - started) / count * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=20000)
    args = parser.parse_args()
    settings = settings_from_mapping({})
    with open("/dev/null", "wb") as sink:
        obs = observability_from(settings, log_stream=sink)

        class _Router:
            @staticmethod
            def breaker_states() -> dict[str, str]:
                return {"openai": "closed", "anthropic": "closed"}

        state = GatewayState.__new__(GatewayState)
        state.router = _Router  # type: ignore[assignment]
        wrapped = ObserveMiddleware(endpoint, obs, state)
        asyncio.run(drive(wrapped, 2000))  # warm up caches
        bare = asyncio.run(drive(endpoint, args.requests))
        observed = asyncio.run(drive(wrapped, args.requests))
    print(f"bare endpoint      {bare:8.1f} us/request")
    print(f"with observability {observed:8.1f} us/request")
    print(f"added              {observed - bare:8.1f} us/request (budget for everything added: ~550 us)")


if __name__ == "__main__":
    main()
