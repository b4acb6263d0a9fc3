"""`infershield db upgrade | current`, and what every database command shares.

The URL comes from ``--database-url``, else ``INFERSHIELD_DATABASE_URL``, else the local SQLite
file ``./infershield.db``. Failures are one line on stderr and exit 1.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Annotated, NoReturn, TypeVar

import typer

from infershield.errors import InfershieldError, StorageError
from infershield.storage import DEFAULT_URL, Database, current_revision, head_revision, run_migrations

T = TypeVar("T")
FAILURE = 1

DatabaseUrl = Annotated[str, typer.Option("--database-url", envvar="INFERSHIELD_DATABASE_URL",
                                          help="sqlite+aiosqlite:///file.db or postgresql+asyncpg://user@host/db")]

db_app = typer.Typer(help="Create and upgrade the database schema.", no_args_is_help=True)


def db_fail(message: str) -> NoReturn:
    typer.echo(f"infershield: error: {message}", err=True)
    raise typer.Exit(FAILURE)


def run_db(url: str, body: Callable[[Database], Awaitable[T]], *, needs_schema: bool = True) -> T:
    """Open the database, check it is migrated, run ``body``, close; errors become one line + exit 1."""

    async def main() -> T:
        db = Database(url)
        try:
            if needs_schema and await current_revision(db) != head_revision():
                raise StorageError("the database schema is missing or old; run `infershield db upgrade`")
            return await body(db)
        finally:
            await db.aclose()

    try:
        return asyncio.run(main())
    except InfershieldError as exc:
        db_fail(str(exc))


@db_app.command("upgrade")
def upgrade(database_url: DatabaseUrl = DEFAULT_URL) -> None:
    """Create or upgrade every table to the newest revision (safe to run again)."""
    revision = run_db(database_url, run_migrations, needs_schema=False)
    typer.echo(f"database at revision {revision}")


@db_app.command("current")
def current(database_url: DatabaseUrl = DEFAULT_URL) -> None:
    """Print the database's revision and the newest one; exit 1 when it needs an upgrade."""
    revision = run_db(database_url, current_revision, needs_schema=False)
    head = head_revision()
    typer.echo(f"current {revision or 'none'} · head {head}")
    if revision != head:
        raise typer.Exit(FAILURE)
