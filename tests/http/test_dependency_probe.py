"""``/ready``'s database check: ``ok`` / ``failed``, cached for ``ttl`` seconds, bounded by ``timeout``."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

from infershield.http.dependency_probe import DatabaseProbe
from infershield.storage import Database


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _dead_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_sqlite_answers_and_the_answer_is_cached(tmp_path: Path) -> None:
    clock = Clock()

    async def run() -> list[str]:
        db = Database(f"sqlite+aiosqlite:///{tmp_path / 'probe.db'}")
        probe = DatabaseProbe(db, ttl=2.0, clock=clock)
        try:
            first = await probe.state()
            await db.aclose()
            probe.database = Database(f"postgresql+asyncpg://nobody@127.0.0.1:{_dead_port()}/x")
            cached = await probe.state()  # within the ttl: no new query
            clock.now += 2.0
            fresh = await probe.state()
            await probe.database.aclose()
            return [first, cached, fresh]
        finally:
            await db.aclose()

    assert asyncio.run(run()) == ["ok", "ok", "failed"]


def test_a_server_that_never_answers_fails_within_the_timeout() -> None:
    # a socket that listens but never accepts: the handshake completes, the server's greeting never comes
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]

        async def run() -> str:
            db = Database(f"postgresql+asyncpg://nobody@127.0.0.1:{port}/x", connect_timeout=30)
            try:
                return await DatabaseProbe(db, timeout=0.2).state()
            finally:
                await db.aclose()

        assert asyncio.run(run()) == "failed"
