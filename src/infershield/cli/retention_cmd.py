"""`infershield retention run --days N [--tenant T]`: purge old audit rows, keeping the chains verifiable."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Annotated

import typer

from infershield.cli.db_cmd import DatabaseUrl, run_db
from infershield.storage import DEFAULT_URL, purge_before
from infershield.storage.columns import utcnow

retention_app = typer.Typer(help="Apply data retention to the audit trail.", no_args_is_help=True)


@retention_app.command("run")
def run(
    days: Annotated[int, typer.Option("--days", min=1, help="Keep this many days of audit rows.")],
    tenant: Annotated[str | None, typer.Option("--tenant", help="Only this tenant's chain.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print rows purged per chain as JSON.")] = False,
    database_url: DatabaseUrl = DEFAULT_URL,
) -> None:
    """Delete audit rows older than N days (per tenant chain); the purge itself is audited."""
    cutoff = utcnow() - timedelta(days=days)
    report = run_db(database_url, lambda db: purge_before(db, cutoff, tenant=tenant))
    if as_json:
        typer.echo(json.dumps(report))
    else:
        typer.echo(f"purged {sum(report.values())} audit rows older than {cutoff.isoformat(timespec='seconds')}")
