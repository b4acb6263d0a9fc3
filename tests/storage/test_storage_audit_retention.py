"""Erasure and retention change the audit trail and keep every chain verifiable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from storage_backend import Backend, backend_fixture  # noqa: F401  (registers the fixture)

from infershield.errors import MalformedInputError
from infershield.storage import (
    AuditEvent,
    AuditQuery,
    AuditWriter,
    Database,
    KeyHasher,
    KeyStore,
    TenantRepository,
    UsageRepository,
    erase_subject,
    purge_before,
    search,
    verify_chain,
)

T0 = datetime(2030, 1, 1, tzinfo=UTC)


async def write(db: Database, events: list[AuditEvent]) -> None:
    async with AuditWriter(db) as writer:
        for item in events:
            await writer.submit(item)


def decision(i: int, tenant: str, principal: str, session: str, day: int = 0) -> AuditEvent:
    return AuditEvent("security.decision", ts=T0 + timedelta(days=day, seconds=i), request_id=f"r{i}",
                      tenant=tenant, principal=principal, session_id=session, action="block",
                      excerpt=f"redacted excerpt {i}")


def test_erasing_a_principal_blanks_its_rows_sessions_and_usage(backend: Backend) -> None:
    async def body(db: Database) -> None:
        tenant = await TenantRepository(db).create("acme")
        issued = await KeyStore(db, KeyHasher("unit-test-pepper-0123456789")).create("acme")
        other = await KeyStore(db, KeyHasher("unit-test-pepper-0123456789")).create("acme")
        usage = UsageRepository(db)
        await usage.add(tenant.id, issued.id, period="2030-01", requests=3)
        await usage.add(tenant.id, other.id, period="2030-01", requests=5)
        await write(db, [
            decision(0, tenant.id, issued.prefix, "sess-a"),
            decision(1, tenant.id, "other-user", "sess-b"),
            decision(2, tenant.id, issued.prefix, "sess-c"),
            decision(3, tenant.id, "third-user", "sess-a"),  # shares the subject's session: erased too
            decision(4, "other-tenant", issued.prefix, "sess-a"),  # another tenant: untouched
        ])
        report = await erase_subject(db, tenant.id, principal=issued.prefix)
        assert report["audit_rows_erased"] == 3
        assert report["session_ids"] == ["sess-a", "sess-c"]
        assert report["usage_rows_deleted"] == 1
        rows = {r.request_id: r for r in (await search(db, AuditQuery(event_type="security.decision"))).records}
        for request_id in ("r0", "r2", "r3"):
            assert rows[request_id].erased
            assert (rows[request_id].principal, rows[request_id].session_id, rows[request_id].excerpt) == (
                None, None, None)
        assert rows["r1"].principal == "other-user"
        assert rows["r4"].principal == issued.prefix
        assert (await usage.get(tenant.id, "2030-01")).requests == 5
        (marker,) = (await search(db, AuditQuery(action="erase"))).records
        assert marker.seq == report["marker_seq"]
        assert issued.prefix not in str(marker.to_json())
        assert await verify_chain(db) is None
        with pytest.raises(MalformedInputError):
            await erase_subject(db, tenant.id)

    backend.run(body)


def test_erased_rows_are_still_protected(backend: Backend) -> None:
    async def body(db: Database) -> None:
        await write(db, [decision(i, "t1", "user", f"s{i}") for i in range(3)])
        report = await erase_subject(db, "t1", session_id="s1")
        assert report["audit_rows_erased"] == 1
        assert await verify_chain(db) is None

    backend.run(body)
    # putting data back into an erased row breaks the chain at that row
    backend.sql("UPDATE audit_events SET principal = 'user' WHERE request_id = 'r1'")
    assert backend.run(verify_chain) == 2


def test_retention_purges_old_rows_and_the_chain_still_verifies(backend: Backend) -> None:
    async def body(db: Database) -> None:
        events = [decision(i, ("t1", "t2")[i % 2], "u", "s", day=i // 4) for i in range(20)]  # days 0..4
        await write(db, events)
        report = await purge_before(db, T0 + timedelta(days=3), tenant="t1")
        assert report == {"t1": 6}
        remaining = (await search(db, AuditQuery(event_type="security.decision"), limit=1000)).records
        assert {r.request_id for r in remaining if r.tenant == "t1"} == {f"r{i}" for i in range(12, 20, 2)}
        assert sum(r.tenant == "t2" for r in remaining) == 10
        assert await verify_chain(db) is None
        # the purge is itself audited on the system chain
        (marker,) = (await search(db, AuditQuery(event_type="audit.retention"))).records
        assert marker.detail["purged"] == {"t1": 6}
        # every chain, everything: the chains continue from their anchors
        assert await purge_before(db, T0 + timedelta(days=100)) == {"t1": 4, "t2": 10, "": 1}
        assert await verify_chain(db) is None
        await write(db, [decision(99, "t1", "u", "s", day=200)])
        assert await verify_chain(db) is None

    backend.run(body)


def test_tampering_after_a_purge_is_still_detected(backend: Backend) -> None:
    async def body(db: Database) -> int:
        await write(db, [decision(i, "t1", "u", "s", day=i) for i in range(6)])
        await purge_before(db, T0 + timedelta(days=3))
        assert await verify_chain(db) is None
        (first_kept,) = (await search(db, AuditQuery(tenant="t1"), limit=1)).records
        return first_kept.seq

    seq = backend.run(body)
    backend.sql("UPDATE audit_events SET prev_hash = :h WHERE seq = :s", h="0" * 64, s=seq)
    assert backend.run(verify_chain) == seq
