"""`infershield tenants create | list` and `infershield keys create | list | revoke | rotate`.

Keys are stored as HMAC-SHA256(pepper, key). The pepper comes from ``INFERSHIELD_KEY_PEPPER`` and
must be the same for the CLI and the gateway; without it a published development pepper is used
(with a warning), which is fine on a laptop and wrong anywhere else.
"""

from __future__ import annotations

import json
import os
import re
from datetime import datetime, timedelta
from typing import Annotated, Any

import typer

from infershield.cli.db_cmd import DatabaseUrl, db_fail, run_db
from infershield.storage import (
    DEFAULT_URL,
    Database,
    IssuedKey,
    KeyHasher,
    KeyInfo,
    KeyStore,
    TenantRepository,
)
from infershield.storage.columns import utcnow

DEV_PEPPER = "infershield-development-pepper-do-not-use-in-production"
_DURATION = re.compile(r"(\d+)([smhdw])")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}

tenants_app = typer.Typer(help="Create and list tenants.", no_args_is_help=True)
keys_app = typer.Typer(help="Create, list, revoke and rotate API keys.", no_args_is_help=True)


def parse_duration(text: str) -> timedelta:
    """``90s``, ``15m``, ``24h``, ``30d``, ``2w`` (one number and one unit)."""
    match = _DURATION.fullmatch(text.strip())
    if match is None:
        db_fail(f"invalid duration {text!r}; use e.g. 90s, 15m, 24h, 30d, 2w")
    return timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})


def key_store(db: Database) -> KeyStore:
    pepper = os.environ.get("INFERSHIELD_KEY_PEPPER")
    if not pepper:
        typer.echo("infershield: warning: INFERSHIELD_KEY_PEPPER is not set; using the development pepper "
                   "(keys made now will not verify on a gateway configured with a real pepper)", err=True)
    return KeyStore(db, KeyHasher(pepper or DEV_PEPPER))


def _when(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _issued_json(issued: IssuedKey) -> dict[str, Any]:
    return {"id": issued.id, "key": issued.key, "prefix": issued.prefix, "tenant": issued.tenant,
            "scopes": list(issued.scopes), "expires_at": _when(issued.expires_at)}


def _print_issued(issued: IssuedKey, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(_issued_json(issued)))
        return
    typer.echo(f"key id   {issued.id}\ntenant   {issued.tenant}\nscopes   {','.join(issued.scopes) or '-'}\n"
               f"expires  {_when(issued.expires_at) or 'never'}\n\n{issued.key}\n\n"
               "This is the only time the key is shown. Store it now.")


@tenants_app.command("create")
def tenants_create(
    name: Annotated[str, typer.Argument(help="Unique tenant name.")],
    tier: Annotated[str, typer.Option("--tier", help="free | pro | enterprise")] = "free",
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    database_url: DatabaseUrl = DEFAULT_URL,
) -> None:
    """Create a tenant."""
    tenant = run_db(database_url, lambda db: TenantRepository(db).create(name, tier))
    if as_json:
        typer.echo(json.dumps({"id": tenant.id, "name": tenant.name, "tier": tenant.tier}))
    else:
        typer.echo(f"tenant {tenant.name} ({tenant.tier}) id {tenant.id}")


@tenants_app.command("list")
def tenants_list(database_url: DatabaseUrl = DEFAULT_URL) -> None:
    """List tenants: id, name, tier."""
    for tenant in run_db(database_url, lambda db: TenantRepository(db).list_all()):
        typer.echo(f"{tenant.id}  {tenant.name}  {tenant.tier}")


@keys_app.command("create")
def keys_create(
    tenant: Annotated[str, typer.Option("--tenant", help="Tenant name or id.")],
    name: Annotated[str, typer.Option("--name", help="A label for the key.")] = "default",
    scopes: Annotated[str, typer.Option("--scopes", help="Comma-separated scopes.")] = "",
    expires: Annotated[str | None, typer.Option("--expires", help="Lifetime, e.g. 30d; default never.")] = None,
    test: Annotated[bool, typer.Option("--test", help="Make an isk_test_ key.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    database_url: DatabaseUrl = DEFAULT_URL,
) -> None:
    """Create an API key; the secret is printed once and never stored."""
    expires_at = None if expires is None else utcnow() + parse_duration(expires)
    issued = run_db(database_url, lambda db: key_store(db).create(
        tenant, name, scopes=scopes.split(","), expires_at=expires_at, environment="test" if test else "live"))
    _print_issued(issued, as_json)


def _info_json(info: KeyInfo, now: datetime) -> dict[str, Any]:
    return {"id": info.id, "tenant_id": info.tenant_id, "name": info.name, "prefix": info.prefix,
            "environment": info.environment, "scopes": list(info.scopes), "status": info.status(now),
            "created_at": _when(info.created_at), "expires_at": _when(info.expires_at),
            "revoked_at": _when(info.revoked_at), "revoke_reason": info.revoke_reason,
            "rotated_to_id": info.rotated_to_id, "grace_until": _when(info.grace_until),
            "last_used_at": _when(info.last_used_at)}


@keys_app.command("list")
def keys_list(
    tenant: Annotated[str | None, typer.Option("--tenant", help="Only this tenant's keys.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    database_url: DatabaseUrl = DEFAULT_URL,
) -> None:
    """List keys (prefix and status only; secrets are never stored)."""
    keys = run_db(database_url, lambda db: key_store(db).list_keys(tenant))
    now = utcnow()
    for info in keys:
        if as_json:
            typer.echo(json.dumps(_info_json(info, now)))
        else:
            typer.echo(f"{info.id}  {info.prefix}…  {info.status(now):8}  {info.name}  "
                       f"{','.join(info.scopes) or '-'}  expires {_when(info.expires_at) or 'never'}")


@keys_app.command("revoke")
def keys_revoke(
    key_id: Annotated[str, typer.Argument(help="Key id (from `keys list`).")],
    reason: Annotated[str, typer.Option("--reason", help="Why; kept with the key.")],
    database_url: DatabaseUrl = DEFAULT_URL,
) -> None:
    """Revoke a key at once (gateways notice within their key-cache TTL)."""
    info = run_db(database_url, lambda db: key_store(db).revoke(key_id, reason))
    typer.echo(f"revoked {info.id} ({info.prefix}…)")


@keys_app.command("rotate")
def keys_rotate(
    key_id: Annotated[str, typer.Argument(help="Key id to replace.")],
    grace: Annotated[str, typer.Option("--grace", help="How long the old key keeps working, e.g. 24h.")] = "24h",
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    database_url: DatabaseUrl = DEFAULT_URL,
) -> None:
    """Issue a replacement key; the old one works until the grace period ends."""
    period = parse_duration(grace)
    issued = run_db(database_url, lambda db: key_store(db).rotate(key_id, period))
    _print_issued(issued, as_json)
