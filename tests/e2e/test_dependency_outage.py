"""Redis and PostgreSQL go away and come back under a running ``infershield serve``; nobody restarts it.

The shared servers stay up (other people use them): the gateway reaches them through TCP forwarders this
test owns, and an outage is the forwarder closing its port and dropping every connection; recovery is the
forwarder listening on the same port again. Checked: ``/ready`` names each dependency's state (the rate
limiter and the session store ``degraded`` onto per-instance memory, the database ``failed``) while still
answering 200; model requests keep being served throughout; once the forwarders are back, everything is
``ok`` again by itself and the usage counted during the outage reaches the database.

The PostgreSQL side logs in as a role of its own whose schema has the same name (PostgreSQL's default
``search_path`` is ``"$user", public``); the rate-limit keys use a unique prefix and the session keys a
unique tenant name. A missing service skips the test, or fails it under CI=true.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
import redis
from serve_process import Served, free_port, require_or_skip, serving
from sqlalchemy import text

from infershield.config.identity import DEV_PEPPER
from infershield.storage import Database, KeyHasher, KeyStore, TenantRepository, run_migrations

REDIS_PORT = 6379
PG_PORT = 5432
SERVER = f"postgresql+asyncpg://postgres@127.0.0.1:{PG_PORT}/test"
T = TypeVar("T")


class TcpForwarder:
    """Listens on ``port`` and pipes each connection to ``target``. ``stop`` drops everything; ``start`` again."""

    def __init__(self, target: int) -> None:
        self.target = target
        self.port = free_port()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._server: asyncio.Server | None = None
        self._open: set[asyncio.StreamWriter] = set()

    def _run(self, coro: Any) -> Any:
        future: Future[Any] = asyncio.run_coroutine_threadsafe(coro, self._loop)
        return future.result(10)

    def start(self) -> None:
        self._run(self._listen())

    def stop(self) -> None:
        self._run(self._drop())

    def close(self) -> None:
        self.stop()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port, reuse_address=True)

    async def _drop(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        for writer in list(self._open):
            writer.transport.abort()  # a reset, as when the server's host goes away
        self._open.clear()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target)
        except OSError:
            writer.transport.abort()
            return
        self._open |= {writer, up_writer}
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer), return_exceptions=True)
        self._open -= {writer, up_writer}

    @staticmethod
    async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        finally:
            writer.transport.abort()


@dataclass(frozen=True)
class Setup:
    role: str
    prefix: str
    tenant: str
    key: str


async def _as(url: str, *statements: str) -> list[tuple[Any, ...]]:
    db = Database(url, connect_timeout=3)
    try:
        async with db.engine.begin() as conn:
            rows: list[tuple[Any, ...]] = []
            for statement in statements:
                result = await conn.execute(text(statement))
                rows = [tuple(row) for row in result] if result.returns_rows else []
            return rows
    finally:
        await db.aclose()


async def _provision(url: str, tenant_name: str) -> str:
    db = Database(url)
    try:
        await run_migrations(db)
        tenant = await TenantRepository(db).create(tenant_name, "enterprise")
        return (await KeyStore(db, KeyHasher(DEV_PEPPER)).create(tenant.id, scopes=("chat",))).key
    finally:
        await db.aclose()


def _role_url(role: str, port: int = PG_PORT) -> str:
    return f"postgresql+asyncpg://{role}@127.0.0.1:{port}/test"


@pytest.fixture(name="setup")
def setup_fixture() -> Iterator[Setup]:
    client = redis.Redis(port=REDIS_PORT, socket_timeout=2, socket_connect_timeout=2)
    try:
        client.ping()
    except (redis.RedisError, OSError) as exc:
        client.close()
        require_or_skip("Redis at 127.0.0.1:6379", str(exc))
    role = f"is_outage_{uuid.uuid4().hex[:12]}"
    try:
        asyncio.run(_as(SERVER, f'CREATE ROLE "{role}" LOGIN', f'CREATE SCHEMA "{role}" AUTHORIZATION "{role}"'))
    except Exception as exc:  # any failure to reach the server: skip, or fail under CI
        client.close()
        require_or_skip(f"PostgreSQL at {SERVER}", f"{type(exc).__name__}: {exc}")
    tenant = f"outage-{uuid.uuid4().hex[:10]}"
    setup = Setup(role, f"test:outage:{uuid.uuid4().hex}:", tenant, "")
    try:
        yield Setup(role, setup.prefix, tenant, asyncio.run(_provision(_role_url(role), tenant)))
    finally:
        for pattern in (setup.prefix + "*", f"infershield:sess:{{{tenant}/*"):
            keys = list(client.scan_iter(match=pattern, count=1000))
            if keys:
                client.delete(*keys)
        client.close()
        asyncio.run(_as(SERVER, f'DROP SCHEMA "{role}" CASCADE', f'DROP ROLE "{role}"'))


def _chat(served: Served, key: str, session: str) -> tuple[int, dict[str, str]]:
    body = json.dumps({"model": "demo", "messages": [{"role": "user", "content": "hello there"}]}).encode()
    request = urllib.request.Request(f"{served.base_url}/v1/chat/completions", data=body, method="POST",
                                     headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json",
                                              "X-Session-ID": session})
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers)


def _eventually(probe: Callable[[], T], done: Callable[[T], bool], seconds: float) -> T:
    """Call ``probe`` until ``done`` holds for its result (returning it), or give up and return the last one."""
    deadline = time.monotonic() + seconds
    while True:
        result = probe()
        if done(result) or time.monotonic() > deadline:
            return result
        time.sleep(0.3)


def _usage_requests(role: str) -> int:
    rows = asyncio.run(_as(_role_url(role), "SELECT COALESCE(SUM(requests), 0) FROM usage"))
    return int(rows[0][0])


def test_outages_degrade_then_recover_by_themselves(tmp_path: Path, setup: Setup) -> None:
    redis_proxy, pg_proxy = TcpForwarder(REDIS_PORT), TcpForwarder(PG_PORT)
    config = tmp_path / "gateway.yaml"
    config.write_text(
        f"database_url: '{_role_url(setup.role, pg_proxy.port)}'\n"
        "migrate: never\n"
        "auth: {mode: database, cache_seconds: 600}\n"  # verified keys outlive the database outage
        "session_store: redis\n"
        f"redis_url: 'redis://127.0.0.1:{redis_proxy.port}/0'\n"
        f"limits: {{rate: {{backend: redis, redis_prefix: '{setup.prefix}', redis_timeout: 1.0}}}}\n"
        "usage: {flush_seconds: 0.5, cache_seconds: 0}\n"
        "observability: {access_log: false, log_level: error}\n",
        encoding="utf-8")
    served_ok = 0
    try:
        redis_proxy.start()
        pg_proxy.start()
        with serving(config) as (gateway,):
            status, body = gateway.ready()
            assert (status, body["status"]) == (200, "ready"), body
            assert body["dependencies"] == {"rate_limiter": "ok", "session_store": "ok", "database": "ok"}
            assert (body["checks"]["rate_limiter"], body["checks"]["session_store"]) == ("redis", "redis")
            assert _chat(gateway, setup.key, "before")[0] == 200
            served_ok += 1

            redis_proxy.stop()  # Redis gone: limits and sessions carry on in this instance's memory
            for _ in range(3):
                status, headers = _chat(gateway, setup.key, "during-redis")
                assert status == 200
                assert headers["x-ratelimit-limit-requests"] == "6000"  # still limited, per instance now
                served_ok += 1
            status, body = gateway.ready()
            assert (status, body["status"]) == (200, "degraded"), body
            assert body["checks"]["rate_limiter"] == "degraded_memory"
            assert body["checks"]["session_store"] == "degraded_memory"
            assert body["dependencies"] == {"rate_limiter": "degraded", "session_store": "degraded",
                                            "database": "ok"}

            pg_proxy.stop()  # the database gone too: cached keys still work, usage waits in memory
            for _ in range(3):
                assert _chat(gateway, setup.key, "during-both")[0] == 200
                served_ok += 1
            status, body = _eventually(gateway.ready, lambda r: r[1]["dependencies"]["database"] == "failed", 15)
            assert status == 200
            assert body["status"] == "degraded"
            assert body["dependencies"] == {"rate_limiter": "degraded", "session_store": "degraded",
                                            "database": "failed"}

            redis_proxy.start()
            pg_proxy.start()

            def traffic_then_ready() -> tuple[int, dict[str, Any]]:
                nonlocal served_ok
                assert _chat(gateway, setup.key, "after")[0] == 200  # probes happen on the request path
                served_ok += 1
                return gateway.ready()

            status, body = _eventually(traffic_then_ready, lambda r: r[1]["status"] == "ready", 60)
            assert (status, body["status"]) == (200, "ready"), body
            assert body["checks"]["rate_limiter"] == "redis"
            assert body["checks"]["session_store"] == "redis"
            assert body["dependencies"] == {"rate_limiter": "ok", "session_store": "ok", "database": "ok"}
            assert _chat(gateway, setup.key, "recovered")[0] == 200
            served_ok += 1
            # the usage counted while the database was away is written once it is back
            written = _eventually(lambda: _usage_requests(setup.role), lambda n: n == served_ok, 20)
            assert written == served_ok
            # and sessions are in Redis again
            sessions = redis.Redis(port=REDIS_PORT)
            try:
                assert list(sessions.scan_iter(match=f"infershield:sess:{{{setup.tenant}/*/recovered}}:ev"))
            finally:
                sessions.close()
    finally:
        redis_proxy.close()
        pg_proxy.close()
