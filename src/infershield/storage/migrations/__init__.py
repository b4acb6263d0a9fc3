"""Alembic environment and revisions, shipped inside the package and run by ``storage.migrate``."""
