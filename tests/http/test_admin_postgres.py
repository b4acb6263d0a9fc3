"""The admin API on the real PostgreSQL: tenants, keys, audit search and export, subject erasure with the
chain still verifying, usage totals (PostgreSQL's upsert). The same routes run on SQLite in test_admin_routes.py.

Each run logs in as its own role whose schema has the same name (PostgreSQL's default ``search_path`` is
``"$user", public``), so the gateway is configured with nothing but a ``database_url`` and concurrent runs
never meet. PostgreSQL unreachable: skipped, a failure under CI=true.
"""

from __future__ import annotations

import asyncio
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from admin_harness import Admin, rsa_key, run_admin
from sqlalchemy import text

from infershield.storage import AuditEvent, Database

SERVER = os.environ.get("INFERSHIELD_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
KEY = rsa_key()
A = "/admin/v1"


async def _as_superuser(*statements: str) -> None:
    db = Database(SERVER, connect_timeout=3)
    try:
        async with db.engine.begin() as conn:
            for statement in statements:
                await conn.execute(text(statement))
    finally:
        await db.aclose()


@pytest.fixture(name="pg_url")
def pg_url_fixture() -> Iterator[str]:
    """A database URL for a fresh role that owns a schema of its own name; both dropped afterwards."""
    role = f"is_admin_{uuid.uuid4().hex[:12]}"
    try:
        asyncio.run(_as_superuser(f'CREATE ROLE "{role}" LOGIN', f'CREATE SCHEMA "{role}" AUTHORIZATION "{role}"'))
    except Exception as exc:  # any failure to reach the server: skip, or fail under CI
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL at {SERVER} is required under CI: {type(exc).__name__}: {exc}")
        pytest.skip(f"PostgreSQL at {SERVER} is not reachable: {type(exc).__name__}")
    try:
        yield SERVER.replace("postgres@", f"{role}@", 1)
    finally:
        asyncio.run(_as_superuser(f'DROP SCHEMA "{role}" CASCADE', f'DROP ROLE "{role}"'))


def _on_postgres(tmp_path: Path, url: str, body: Any) -> Any:
    return run_admin(tmp_path, KEY, body, database_url=url, migrate="always")


async def _changes(admin: Admin, action: str) -> list[dict[str, Any]]:
    await admin.flush_audit()
    answer = await admin.client.get(f"{A}/audit", params={"event_type": "admin.change", "action": action},
                                    headers=admin.as_role("auditor"))
    assert answer.status_code == 200
    records: list[dict[str, Any]] = answer.json()["records"]
    return records


def test_tables_live_in_the_runs_own_schema(tmp_path: Path, pg_url: str) -> None:
    async def body(admin: Admin) -> list[str]:
        async with admin.state.services.database.engine.connect() as conn:
            rows = await conn.execute(text("SELECT DISTINCT table_schema FROM information_schema.tables "
                                           "WHERE table_name IN ('tenants', 'audit_events')"))
            return [row[0] for row in rows]

    assert _on_postgres(tmp_path, pg_url, body) == [pg_url.split("//", 1)[1].split("@", 1)[0]]


def test_tenants_create_update_conflict_and_audit(tmp_path: Path, pg_url: str) -> None:
    async def body(admin: Admin) -> None:
        op = admin.as_role("operator", sub="ops-1")
        created = await admin.client.post(f"{A}/tenants", headers=op, json={
            "name": "acme", "tier": "pro", "quotas": {"monthly_requests": 1000}})
        assert created.status_code == 201, created.text
        tenant = created.json()
        assert (await admin.client.get(f"{A}/tenants/acme", headers=op)).json()["id"] == tenant["id"]
        patched = await admin.client.patch(f"{A}/tenants/{tenant['id']}", headers=op, json={"tier": "enterprise"})
        assert patched.json()["tier"] == "enterprise"
        assert (await admin.client.post(f"{A}/tenants", headers=op, json={"name": "acme"})).status_code == 409
        assert (await admin.client.get(f"{A}/tenants/ghost", headers=op)).status_code == 404
        updates = await _changes(admin, "tenant.update")
        assert [(u["principal"], u["detail"]["changed"]) for u in updates] == [
            ("ops-1", {"tier": {"from": "pro", "to": "enterprise"}})]

    _on_postgres(tmp_path, pg_url, body)


def test_keys_create_list_rotate_revoke(tmp_path: Path, pg_url: str) -> None:
    async def body(admin: Admin) -> None:
        op = admin.as_role("operator")
        await admin.state.services.tenants.create("acme")
        created = await admin.client.post(f"{A}/tenants/acme/keys", headers=op,
                                          json={"name": "ci", "scopes": ["chat"], "environment": "test"})
        assert created.status_code == 201, created.text
        issued = created.json()
        assert await admin.state.services.key_store.verify(issued["key"]) is not None
        listed = (await admin.client.get(f"{A}/tenants/acme/keys", headers=op)).json()
        assert [(k["id"], k["status"]) for k in listed] == [(issued["id"], "active")]
        rotated = await admin.client.post(f"{A}/keys/{issued['id']}/rotate", headers=op, json={"grace_seconds": 60})
        assert rotated.status_code == 201
        new = rotated.json()
        assert (await admin.client.post(f"{A}/keys/{issued['id']}/rotate", headers=op, json={})).status_code == 409
        revoked = await admin.client.post(f"{A}/keys/{new['id']}/revoke", headers=op, json={"reason": "leaked"})
        assert revoked.json()["status"] == "revoked"
        assert await admin.state.services.keys.verify(new["key"]) is None
        trail = json.dumps([await _changes(admin, a) for a in ("key.create", "key.rotate", "key.revoke")])
        assert issued["key"] not in trail
        assert new["key"] not in trail
        assert issued["id"] in trail

    _on_postgres(tmp_path, pg_url, body)


def test_audit_search_pagination_export_and_verify(tmp_path: Path, pg_url: str) -> None:
    async def body(admin: Admin) -> None:
        for i in range(7):
            await admin.state.services.audit.submit(AuditEvent(
                "request.decision", tenant="t1", action="block" if i % 2 else "allow", session_id=f"s{i % 3}",
                risk=i * 10))
        await admin.flush_audit()
        auditor = admin.as_role("auditor")
        seen: list[int] = []
        cursor: int | None = 0
        while cursor is not None:
            page = (await admin.client.get(f"{A}/audit", headers=auditor,
                                           params={"tenant": "t1", "limit": 3, "cursor": cursor})).json()
            seen += [r["seq"] for r in page["records"]]
            cursor = page["next_cursor"]
        assert len(seen) == 7
        assert seen == sorted(seen)
        blocks = (await admin.client.get(f"{A}/audit", headers=auditor, params={"action": "block"})).json()
        assert len(blocks["records"]) == 3
        by_session = (await admin.client.get(f"{A}/audit", headers=auditor, params={"session": "s0"})).json()
        assert {r["session_id"] for r in by_session["records"]} == {"s0"}
        export = await admin.client.get(f"{A}/audit/export", headers=auditor, params={"tenant": "t1"})
        assert [json.loads(line)["seq"] for line in export.text.splitlines()] == seen
        assert (await admin.client.get(f"{A}/audit/verify", headers=auditor)).json() == {
            "ok": True, "first_broken_seq": None}

    _on_postgres(tmp_path, pg_url, body)


def test_subject_erasure_keeps_the_chain_verifying(tmp_path: Path, pg_url: str) -> None:
    async def body(admin: Admin) -> None:
        tenant = await admin.state.services.tenants.create("acme")
        audit = admin.state.services.audit
        for session in ("sess-a", "sess-b"):
            await audit.submit(AuditEvent("request.decision", tenant=tenant.id, principal="user-42",
                                          session_id=session, excerpt="[EMAIL_1] asked"))
        await audit.submit(AuditEvent("request.decision", tenant=tenant.id, principal="user-7", session_id="s7"))
        await admin.flush_audit()
        path = f"{A}/subjects/user-42"
        answer = await admin.client.delete(path, params={"tenant": "acme"}, headers=admin.as_role("admin", sub="dpo"))
        assert answer.status_code == 200, answer.text
        assert answer.json()["audit_rows_erased"] == 2
        assert answer.json()["session_ids"] == ["sess-a", "sess-b"]
        auditor = admin.as_role("auditor")
        assert (await admin.client.get(f"{A}/audit/verify", headers=auditor)).json()["ok"] is True
        left = (await admin.client.get(f"{A}/audit", headers=auditor, params={"principal": "user-42"})).json()
        assert left["records"] == []
        kept = (await admin.client.get(f"{A}/audit", headers=auditor, params={"principal": "user-7"})).json()
        assert len(kept["records"]) == 1
        assert "user-42" not in json.dumps(await _changes(admin, "subject.erase"))

    _on_postgres(tmp_path, pg_url, body)


def test_usage_totals_add_up_across_upserts(tmp_path: Path, pg_url: str) -> None:
    async def body(admin: Admin) -> None:
        acme = await admin.state.services.tenants.create("acme")
        usage = admin.state.services.usage
        for requests in (3, 4):  # the second add updates the same (tenant, key, period) row
            await usage.add(acme.id, "k1", period="2026-03", requests=requests, prompt_tokens=10, cost_usd=0.25)
        await usage.add(acme.id, "k2", period="2026-03", requests=2)
        staff = (await admin.client.get(f"{A}/usage", params={"tenant": "acme", "period": "2026-03"},
                                        headers=admin.as_role("operator"))).json()
        assert staff["totals"]["requests"] == 9
        assert [(k["key_id"], k["requests"]) for k in staff["by_key"]] == [("k1", 7), ("k2", 2)]

    _on_postgres(tmp_path, pg_url, body)
