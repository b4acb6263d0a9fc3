"""Alembic environment: alembic executes this file; ``storage.migrate`` hands it an open connection.

There is no ``alembic.ini`` and no URL here: the caller (``run_migrations``) owns the engine, so the
same code migrates SQLite and PostgreSQL, inside or outside a running event loop.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from infershield.storage.models import Base


def run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds tables for later revisions
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


_connection = context.config.attributes.get("connection")
if not isinstance(_connection, Connection):
    raise RuntimeError("run migrations with infershield.storage.run_migrations (or `infershield db upgrade`)")
run(_connection)
