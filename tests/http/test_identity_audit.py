"""Audit rows for security decisions (none lost at shutdown), tenant policy overrides, repeat offenders."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import openai
import pytest
from identity_harness import HELLO, INJECTION, running

ATTACK = [{"role": "user", "content": INJECTION}]


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as con:
        return con.execute(sql).fetchall()


def test_every_block_is_audited_and_nothing_is_lost_on_shutdown(tmp_path: Path) -> None:
    with running(tmp_path, {"offenders": {"blocks": 1000}}) as h:
        tenant = h.tenant("pro")
        sdk = h.sdk(h.key(tenant).key)
        for _ in range(25):
            with pytest.raises(openai.BadRequestError):
                sdk.chat.completions.create(model="m", messages=ATTACK)  # type: ignore[arg-type]
        sdk.chat.completions.create(model="m", messages=HELLO)  # type: ignore[arg-type]  # allowed: not audited
    rows = _rows(h.db_path, "SELECT event_type, action, tenant, route, kinds, principal, excerpt "
                            "FROM audit_events ORDER BY seq")
    assert len(rows) == 25
    assert {(r[0], r[1], r[2], r[3]) for r in rows} == {("security_decision", "block", tenant.name,
                                                         "/v1/chat/completions")}
    assert all("prompt_injection" in str(r[4]) and r[6] is None for r in rows)
    assert all(INJECTION not in str(r) for r in rows)


def test_audit_all_records_allowed_requests_with_redacted_excerpts(tmp_path: Path) -> None:
    with running(tmp_path, {"audit": {"all": True, "excerpts": True}}) as h:
        sdk = h.sdk(h.key(h.tenant()).key)
        sdk.chat.completions.create(model="m", messages=[
            {"role": "user", "content": "mail jane.doe@acme-corp.com about the invoice"}])
    rows = _rows(h.db_path, "SELECT action, excerpt FROM audit_events ORDER BY seq")
    assert [r[0] for r in rows] == ["redact", "allow"]  # the prompt, then the reply
    excerpt = rows[0][1]
    assert "jane.doe@acme-corp.com" not in str(excerpt)
    assert "invoice" in str(excerpt)


def test_tenant_policy_override_changes_the_verdict(tmp_path: Path) -> None:
    prompt = [{"role": "user", "content": "Tell me about project nightingale please"}]
    with running(tmp_path) as h:
        strict = h.tenant(policy_overrides={"deny_list": ["project nightingale"]})
        relaxed = h.tenant()
        assert h.sdk(h.key(relaxed).key).chat.completions.create(model="m", messages=prompt).choices  # type: ignore[arg-type]
        strict_sdk = h.sdk(h.key(strict).key)
        with pytest.raises(openai.BadRequestError):
            strict_sdk.chat.completions.create(model="m", messages=prompt)  # type: ignore[arg-type]
        # the override changes: the cached guard is rebuilt once the tenant is invalidated
        h.call(lambda: h.state.services.tenants.update(strict.id, policy_overrides={"deny_list": ["other"]}))
        h.state.services.directory.invalidate(strict.id)
        assert strict_sdk.chat.completions.create(model="m", messages=prompt).choices  # type: ignore[arg-type]


def test_repeat_offender_is_blocked_then_released(tmp_path: Path) -> None:
    extra = {"offenders": {"blocks": 3, "window_seconds": 600, "base_seconds": 60}}
    with running(tmp_path, extra) as h:
        sdk = h.sdk(h.key(h.tenant()).key)
        for _ in range(3):
            with pytest.raises(openai.BadRequestError):
                sdk.chat.completions.create(model="m", messages=ATTACK)  # type: ignore[arg-type]
        with pytest.raises(openai.PermissionDeniedError) as caught:
            sdk.chat.completions.create(model="m", messages=HELLO)  # type: ignore[arg-type]
        assert caught.value.response.headers["x-should-retry"] == "false"
        assert caught.value.code == "principal_blocked"
        offenders = h.state.services.offenders
        h.call(offenders.settled)
        stored = h.call(lambda: h.state.services.blocked.list_active())
        assert {b.kind for b in stored} == {"key", "session", "ip"}
        now = offenders.clock()
        offenders.clock = lambda: now + timedelta(seconds=61)  # the block expires
        assert sdk.chat.completions.create(model="m", messages=HELLO).choices  # type: ignore[arg-type]
        assert offenders.duration(2) == 120  # the next block is longer
    events = {r[0] for r in _rows(h.db_path, "SELECT event_type FROM audit_events")}
    assert {"principal_blocked", "blocked_principal_refused", "security_decision"} <= events


def test_policy_reloads_are_audited(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("preset: balanced\n")
    with running(tmp_path, {"policy_file": str(policy)}) as h:
        reloader = h.client.app.state.policy_reloader  # type: ignore[attr-defined]
        assert h.call(lambda: reloader.reload("admin")).ok
        policy.write_text("preset: [not, valid]\n")
        assert not h.call(lambda: reloader.reload("admin")).ok
    rows = _rows(h.db_path, "SELECT event_type, action FROM audit_events ORDER BY seq")
    assert rows == [("config_reload", "applied"), ("config_reload", "rejected")]
