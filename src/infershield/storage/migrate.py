"""Run the shipped Alembic migrations programmatically: no alembic.ini, same code for SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from infershield.storage.database import Database, translate

MIGRATIONS = Path(__file__).with_name("migrations")
# any constant works; it only has to be the same in every process that migrates this database
_PG_MIGRATION_LOCK = 0x15D_0001


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest revision shipped with this version of InferShield."""
    return ScriptDirectory.from_config(_config()).get_current_head()


async def run_migrations(target: str | Database, revision: str = "head") -> str | None:
    """Upgrade the database at ``target`` (a URL or an open Database) to ``revision``; returns the new one."""
    db = Database(target) if isinstance(target, str) else target
    try:
        async with db.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # two workers starting together must not both create the tables
                await conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
            await conn.run_sync(lambda sync: command.upgrade(_config(sync), revision))
            return await conn.run_sync(_current)
    except (SQLAlchemyError, OSError, TimeoutError) as exc:
        raise translate(exc) from exc
    finally:
        if isinstance(target, str):
            await db.aclose()


async def current_revision(target: str | Database) -> str | None:
    """The revision the database is at, or None when it has never been migrated."""
    db = Database(target) if isinstance(target, str) else target
    try:
        async with db.engine.connect() as conn:
            return await conn.run_sync(_current)
    except (SQLAlchemyError, OSError, TimeoutError) as exc:
        raise translate(exc) from exc
    finally:
        if isinstance(target, str):
            await db.aclose()


def _current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()
