"""`infershield audit verify | export | erase`: check the hash chains, dump JSONL, erase a data subject."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from infershield.cli.db_cmd import FAILURE, DatabaseUrl, db_fail, run_db
from infershield.storage import DEFAULT_URL, AuditQuery, Database, erase_subject, export_jsonl, verify_chain

audit_app = typer.Typer(help="Verify, export and erase audit records.", no_args_is_help=True)


@audit_app.command("verify")
def verify(database_url: DatabaseUrl = DEFAULT_URL) -> None:
    """Exit 0 when every chain verifies; exit 1 with the first broken seq otherwise."""
    broken = run_db(database_url, verify_chain)
    if broken is not None:
        typer.echo(f"audit chain broken at seq {broken}", err=True)
        raise typer.Exit(FAILURE)
    typer.echo("audit chain ok")


def _moment(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        db_fail(f"invalid time {text!r}; use ISO 8601 with a timezone, e.g. 2030-01-01T00:00:00+00:00")
    if moment.tzinfo is None:
        db_fail(f"time {text!r} needs a timezone (e.g. +00:00)")
    return moment


@audit_app.command("export")
def export(
    out: Annotated[Path | None, typer.Option("--out", help="JSONL file; default stdout.")] = None,
    tenant: Annotated[str | None, typer.Option("--tenant")] = None,
    event_type: Annotated[str | None, typer.Option("--event-type")] = None,
    action: Annotated[str | None, typer.Option("--action")] = None,
    session_id: Annotated[str | None, typer.Option("--session")] = None,
    since: Annotated[str | None, typer.Option("--since", help="ISO time, inclusive.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="ISO time, exclusive.")] = None,
    database_url: DatabaseUrl = DEFAULT_URL,
) -> None:
    """Write matching audit records as JSON lines, oldest first."""
    query = AuditQuery(tenant=tenant, event_type=event_type, action=action, session_id=session_id,
                       since=_moment(since), until=_moment(until))

    async def body(db: Database) -> int:
        if out is None:
            return await export_jsonl(db, sys.stdout, query)
        with out.open("w", encoding="utf-8") as handle:
            return await export_jsonl(db, handle, query)

    try:
        count = run_db(database_url, body)
    except OSError as exc:
        db_fail(f"cannot write {out}: {exc.strerror}")
    typer.echo(f"{count} records exported", err=True)


@audit_app.command("erase")
def erase(
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant id as recorded in the audit trail.")],
    principal: Annotated[str | None, typer.Option("--principal", help="Key prefix or user.")] = None,
    session_id: Annotated[str | None, typer.Option("--session", help="One session id.")] = None,
    database_url: DatabaseUrl = DEFAULT_URL,
) -> None:
    """Erase a data subject from audit rows and usage; prints what was removed as JSON."""
    if (principal is None) == (session_id is None):
        db_fail("give exactly one of --principal or --session")
    report = run_db(database_url, lambda db: erase_subject(db, tenant, principal=principal, session_id=session_id))
    typer.echo(json.dumps(report))
