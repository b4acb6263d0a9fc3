"""Migrations: from an empty database to head on SQLite and PostgreSQL, idempotent, and matching the models."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect
from storage_backend import Backend, backend_fixture  # noqa: F401  (registers the fixture)

from infershield.errors import BackendUnavailableError, ConfigError, StorageError
from infershield.storage import Database, TenantRepository, current_revision, head_revision, run_migrations
from infershield.storage.models import Base

TABLES = {"tenants", "api_keys", "audit_events", "audit_heads", "usage", "blocked_principals"}


def test_upgrade_from_empty_to_head_and_no_drift(backend: Backend) -> None:
    async def body(db: Database) -> None:
        assert await current_revision(db) == head_revision()
        assert await run_migrations(db) == head_revision()  # a second upgrade is a no-op
        async with db.engine.connect() as conn:
            tables = await conn.run_sync(lambda sync: set(inspect(sync).get_table_names()))
            drift = await conn.run_sync(lambda sync: compare_metadata(
                MigrationContext.configure(sync, opts={"compare_type": True}), Base.metadata))
        assert tables >= TABLES
        assert drift == []

    backend.run(body)


def test_empty_sqlite_file_has_no_revision_until_upgraded(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}"
    assert asyncio.run(current_revision(url)) is None
    assert asyncio.run(run_migrations(url)) == head_revision() is not None
    assert asyncio.run(current_revision(url)) == head_revision()


@pytest.mark.parametrize("url", ["mysql+aiomysql://u@h/db", "not a url"])
def test_unsupported_urls_are_config_errors(url: str) -> None:
    with pytest.raises(ConfigError):
        Database(url)


def test_unreachable_database_is_backend_unavailable() -> None:
    # port 9 (discard) is closed on this host: the connection is refused at once
    url = "postgresql+asyncpg://postgres@127.0.0.1:9/test"
    with pytest.raises(BackendUnavailableError):
        asyncio.run(current_revision(url))


def test_an_unmigrated_database_says_so(tmp_path: Path) -> None:
    async def body() -> None:
        db = Database(f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}")
        try:
            with pytest.raises(StorageError, match="db upgrade"):
                await TenantRepository(db).list_all()
        finally:
            await db.aclose()

    asyncio.run(body())
