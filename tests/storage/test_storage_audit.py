"""Audit trail: ordered batched writes, the hash chain and tamper detection, search, export."""

from __future__ import annotations

import asyncio
import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from storage_backend import Backend, backend_fixture  # noqa: F401  (registers the fixture)

from infershield.errors import MalformedInputError
from infershield.storage import (
    AuditEvent,
    AuditQuery,
    AuditWriter,
    Database,
    export_jsonl,
    search,
    verify_chain,
)
from infershield.storage.audit import build_row

T0 = datetime(2030, 1, 1, tzinfo=UTC)


def event(i: int, tenant: str | None = "t1", **extra: object) -> AuditEvent:
    fields: dict[str, object] = {
        "ts": T0 + timedelta(seconds=i), "request_id": f"r{i}", "tenant": tenant, "principal": "isk_live_AbC1234",
        "session_id": f"s{i % 3}", "route": "/v1/chat/completions", "action": "block" if i % 2 else "allow",
        "risk": i % 100, "kinds": ("prompt_injection",), "rule_ids": ("inj.override",), "latency_ms": 1.5,
        "excerpt": "[EMAIL_ADDRESS_1] said hi", "detail": {"n": i, "nested": {"b": [1, 2.5], "a": None}},
    }
    fields.update(extra)
    return AuditEvent("security.decision", **fields)  # type: ignore[arg-type]


async def write(db: Database, events: list[AuditEvent], **options: object) -> AuditWriter:
    writer = AuditWriter(db, **options)  # type: ignore[arg-type]
    async with writer:
        for item in events:
            assert await writer.submit(item)
    return writer


def test_writer_drains_on_close_in_order(backend: Backend) -> None:
    async def body(db: Database) -> None:
        events = [event(i, tenant=("t1", "t2", None)[i % 3]) for i in range(1000)]
        writer = await write(db, events, batch_size=64, flush_interval=0.05)
        assert (writer.stats.written, writer.stats.dropped, writer.stats.failed) == (1000, 0, 0)
        seen: list[str | None] = []
        cursor: int | None = 0
        while cursor is not None:
            page = await search(db, after_seq=cursor, limit=300)
            seen += [r.request_id for r in page.records]
            cursor = page.next_cursor
        assert seen == [f"r{i}" for i in range(1000)]
        assert await verify_chain(db) is None

    backend.run(body)


def test_rows_read_back_exactly(backend: Backend) -> None:
    async def body(db: Database) -> None:
        await write(db, [event(7)])
        (record,) = (await search(db)).records
        assert record.ts == T0 + timedelta(seconds=7)
        assert record.detail == {"n": 7, "nested": {"b": [1, 2.5], "a": None}}
        assert (record.kinds, record.latency_ms, record.erased) == (("prompt_injection",), 1.5, False)
        assert record.prev_hash == "0" * 64
        assert len(record.hash) == 64

    backend.run(body)


def test_drop_mode_counts_what_did_not_fit_and_block_mode_loses_nothing(backend: Backend) -> None:
    async def body(db: Database) -> None:
        dropping = AuditWriter(db, max_queue=3)
        results = [await dropping.submit(event(i)) for i in range(5)]
        assert results == [True, True, True, False, False]
        assert dropping.stats.dropped == 2
        await dropping.close()  # starts the task, writes the three queued events
        assert dropping.stats.written == 3
        assert not await dropping.submit(event(9))

        blocking = AuditWriter(db, max_queue=2, block_when_full=True, batch_size=2, flush_interval=0.01)
        blocking.start()
        assert all(await asyncio.gather(*(blocking.submit(event(i)) for i in range(10, 30))))
        await blocking.close()
        assert (blocking.stats.written, blocking.stats.dropped) == (20, 0)
        assert await verify_chain(db) is None

    backend.run(body)


def test_malformed_events_are_rejected_not_fatal(backend: Backend) -> None:
    async def body(db: Database) -> None:
        with pytest.raises(MalformedInputError):
            build_row(event(1, detail={"x": object()}))
        with pytest.raises(MalformedInputError):
            build_row(event(1, ts=datetime(2030, 1, 1)))
        writer = await write(db, [event(1), event(2, detail={"x": float("nan")}), event(3)])
        assert (writer.stats.written, writer.stats.rejected) == (2, 1)

    backend.run(body)


@pytest.mark.parametrize(
    ("statement", "broken"),
    [
        ("UPDATE audit_events SET action = 'allow' WHERE seq = 4", 4),
        ("UPDATE audit_events SET principal = 'someone-else' WHERE seq = 5", 5),
        ("UPDATE audit_events SET detail = '{\"n\": 99}' WHERE seq = 3", 3),
        ("DELETE FROM audit_events WHERE seq = 4", 7),  # the next row of the same chain (t1: 1, 4, 7)
        ("DELETE FROM audit_events WHERE seq = 9", 9),  # the cut tail: the head still names seq 9
        ("UPDATE audit_events SET tenant = 't1' WHERE seq = 2", 2),
    ],
)
def test_tampering_is_reported_with_the_first_broken_seq(backend: Backend, statement: str, broken: int) -> None:
    async def fill(db: Database) -> None:
        await write(db, [event(i, tenant=("t1", "t2", None)[i % 3]) for i in range(9)])
        assert await verify_chain(db) is None

    backend.run(fill)
    backend.sql(statement)
    assert backend.run(verify_chain) == broken


def test_search_filters_and_jsonl_export(backend: Backend) -> None:
    async def body(db: Database) -> None:
        await write(db, [event(i, tenant=("t1", "t2")[i % 2]) for i in range(20)])
        blocked_t1 = await search(db, AuditQuery(tenant="t1", action="allow"))
        assert [r.request_id for r in blocked_t1.records] == [f"r{i}" for i in range(0, 20, 2)]
        window = await search(db, AuditQuery(since=T0 + timedelta(seconds=5), until=T0 + timedelta(seconds=8)))
        assert [r.request_id for r in window.records] == ["r5", "r6", "r7"]
        by_session = await search(db, AuditQuery(session_id="s1", event_type="security.decision"))
        assert {r.request_id for r in by_session.records} == {f"r{i}" for i in range(20) if i % 3 == 1}
        first = await search(db, AuditQuery(tenant="t2"), limit=4)
        assert first.next_cursor == first.records[-1].seq
        rest = await search(db, AuditQuery(tenant="t2"), after_seq=first.next_cursor, limit=100)
        assert len(first.records) + len(rest.records) == 10
        assert rest.next_cursor is None
        out = io.StringIO()
        assert await export_jsonl(db, out, AuditQuery(tenant="t2")) == 10
        lines = [json.loads(line) for line in out.getvalue().splitlines()]
        assert [line["request_id"] for line in lines] == [f"r{i}" for i in range(1, 20, 2)]
        assert lines[0]["kinds"] == ["prompt_injection"]

    backend.run(body)
