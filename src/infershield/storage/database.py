"""`Database`: one async engine and session factory for a URL, and the error boundary around them.

SQLite (``sqlite+aiosqlite:///path``) is the zero-config default; PostgreSQL is
``postgresql+asyncpg://user@host/db``. Nothing connects until the first query.
Every database exception leaves this package as an InfershieldError: unreachable or timed-out
databases raise ``BackendUnavailableError``, unique violations ``ConflictError``, anything else
``StorageError``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from infershield.errors import (
    BackendUnavailableError,
    ConfigError,
    ConfigProblem,
    ConflictError,
    StorageError,
)

DEFAULT_URL = "sqlite+aiosqlite:///./infershield.db"


class Database:
    """An async engine + session factory. Build once at startup, ``await aclose()`` at shutdown.

    ``schema`` (PostgreSQL only) puts every table in that schema through the connection's
    ``search_path``; tests use it to isolate concurrent runs.
    """

    def __init__(
        self,
        url: str = DEFAULT_URL,
        *,
        pool_size: int = 5,
        max_overflow: int = 10,
        pool_timeout: float = 30.0,
        pool_pre_ping: bool = True,
        connect_timeout: float = 10.0,
        schema: str | None = None,
        echo: bool = False,
    ) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise ConfigError([ConfigProblem("database_url", "not a valid database URL")]) from exc
        self.url = url
        self.dialect = parsed.get_backend_name()
        kwargs: dict[str, Any] = {"echo": echo, "pool_pre_ping": pool_pre_ping}
        connect_args: dict[str, Any] = {"timeout": connect_timeout}
        if self.dialect == "postgresql":
            if schema is not None:
                connect_args["server_settings"] = {"search_path": schema}
        elif self.dialect != "sqlite":
            raise ConfigError([ConfigProblem("database_url", f"unsupported database {self.dialect!r}; "
                                                             "use sqlite+aiosqlite or postgresql+asyncpg")])
        if parsed.database not in (None, "", ":memory:"):
            # an in-memory SQLite database uses a single static connection: no pool to size
            kwargs.update(pool_size=pool_size, max_overflow=max_overflow, pool_timeout=pool_timeout)
        try:
            self.engine: AsyncEngine = create_async_engine(url, connect_args=connect_args, **kwargs)
        except (ArgumentError, ImportError) as exc:
            raise ConfigError([ConfigProblem("database_url", f"cannot use this URL: {exc}")]) from exc
        if self.dialect == "sqlite":
            _sqlite_transactions(self.engine)
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False)

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """One transaction: committed when the block ends, rolled back on error, errors translated."""
        try:
            async with self.sessionmaker() as session, session.begin():
                yield session
        except (SQLAlchemyError, OSError, TimeoutError) as exc:
            raise translate(exc) from exc

    async def aclose(self) -> None:
        """Close every pooled connection."""
        await self.engine.dispose()


def translate(exc: BaseException) -> Exception:
    """The InfershieldError for a database or driver exception; never includes SQL or bound values."""
    if isinstance(exc, IntegrityError):
        return ConflictError("the record conflicts with an existing one (a unique value is taken)")
    if isinstance(exc, PoolTimeoutError | OSError | TimeoutError):
        return BackendUnavailableError(f"database unavailable: {type(exc).__name__}")
    if isinstance(exc, DBAPIError) and "no such table" in str(exc.orig):
        return StorageError("the database schema is missing; run `infershield db upgrade`")
    if isinstance(exc, DBAPIError) and (exc.connection_invalidated or _is_connection_error(exc)):
        return BackendUnavailableError(f"database unavailable: {type(exc.orig).__name__}")
    return StorageError(f"database error: {type(exc).__name__}")


def _is_connection_error(exc: DBAPIError) -> bool:
    orig = exc.orig
    return isinstance(orig, OSError | TimeoutError) or type(orig).__name__ in {
        "OperationalError", "ConnectionDoesNotExistError", "CannotConnectNowError", "InterfaceError"}


def _sqlite_transactions(engine: AsyncEngine) -> None:
    """Let SQLAlchemy emit BEGIN so reads join transactions (sqlite3's legacy mode skips them for SELECT)."""

    @event.listens_for(engine.sync_engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        # WAL: readers do not block the writer; the busy timeout makes concurrent writers queue
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")
