"""The `backend` fixture: every storage test runs on SQLite (a temporary file) and on the real PostgreSQL.

Each PostgreSQL test gets its own schema (created, migrated, dropped) so concurrent runs never
collide. PostgreSQL is skipped when unreachable, except under CI=true where that is a failure.
Not a conftest.py: a second ``conftest`` module name breaks ``mypy`` on the tests tree. Test
modules import ``backend_fixture`` to register it.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import text

from infershield.storage import Database, run_migrations

POSTGRES_URL = os.environ.get("INFERSHIELD_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
T = TypeVar("T")


@dataclass(frozen=True)
class Backend:
    """A migrated, private database. ``run`` opens it inside a fresh event loop and closes it after."""

    name: str
    url: str
    schema: str | None = None

    def database(self, **options: Any) -> Database:
        return Database(self.url, schema=self.schema, **options)

    def run(self, body: Callable[[Database], Awaitable[T]]) -> T:
        async def main() -> T:
            db = self.database()
            try:
                return await body(db)
            finally:
                await db.aclose()

        return asyncio.run(main())

    def sql(self, statement: str, **params: Any) -> list[tuple[Any, ...]]:
        """Raw SQL, as an attacker with database access would run it."""

        async def body(db: Database) -> list[tuple[Any, ...]]:
            async with db.engine.begin() as conn:
                result = await conn.execute(text(statement), params)
                return [tuple(row) for row in result] if result.returns_rows else []

        return self.run(body)


async def _admin(statement: str) -> None:
    db = Database(POSTGRES_URL, connect_timeout=3)
    try:
        async with db.engine.begin() as conn:
            await conn.execute(text(statement))
    finally:
        await db.aclose()


@contextmanager
def _postgres_schema() -> Iterator[str]:
    schema = f"is_test_{uuid.uuid4().hex[:16]}"
    try:
        asyncio.run(_admin(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # any failure to reach the server: skip, or fail under CI
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL at {POSTGRES_URL} is required under CI: {type(exc).__name__}: {exc}")
        pytest.skip(f"PostgreSQL at {POSTGRES_URL} is not reachable: {type(exc).__name__}")
    try:
        yield schema
    finally:
        asyncio.run(_admin(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture(name="backend", params=["sqlite", "postgres"])
def backend_fixture(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    if request.param == "sqlite":
        backend = Backend("sqlite", f"sqlite+aiosqlite:///{tmp_path / 'infershield.db'}")
        asyncio.run(_migrate(backend))
        yield backend
        return
    with _postgres_schema() as schema:
        backend = Backend("postgres", POSTGRES_URL, schema)
        asyncio.run(_migrate(backend))
        yield backend


async def _migrate(backend: Backend) -> None:
    db = backend.database()
    try:
        await run_migrations(db)
    finally:
        await db.aclose()
