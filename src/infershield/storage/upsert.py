"""INSERT ... ON CONFLICT for the two supported dialects (both spell it the same way in SQLAlchemy)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite

from infershield.storage.database import Database


def insert_for(db: Database, table: Any) -> Any:
    """A dialect ``insert`` that has ``on_conflict_do_update`` (SQLite >= 3.24, PostgreSQL >= 9.5)."""
    return (postgresql.insert if db.dialect == "postgresql" else sqlite.insert)(table)
