"""Admin routes on a temporary SQLite database: happy paths, validation, audit rows, pagination,
export, subject erasure with the chain still verifying, session inspection, and the OpenAPI document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from admin_harness import Admin, rsa_key, run_admin

from infershield.core.types import Role, SessionAction, SessionEvent
from infershield.storage import AuditEvent

KEY = rsa_key()
A = "/admin/v1"


async def _changes(admin: Admin, action: str) -> list[dict[str, Any]]:
    await admin.flush_audit()
    answer = await admin.client.get(f"{A}/audit", params={"event_type": "admin.change", "action": action},
                                    headers=admin.as_role("auditor"))
    assert answer.status_code == 200
    records: list[dict[str, Any]] = answer.json()["records"]
    return records


def test_tenants_create_read_update_and_validation(tmp_path: Path) -> None:
    async def body(admin: Admin) -> None:
        op = admin.as_role("operator", sub="ops-1")
        created = await admin.client.post(f"{A}/tenants", headers=op, json={
            "name": "acme", "tier": "pro", "policy_overrides": {"deny_list": ["nightingale"]},
            "quotas": {"monthly_requests": 1000}})
        assert created.status_code == 201, created.text
        tenant = created.json()
        assert tenant["quotas"] == {"monthly_requests": 1000}
        assert (await admin.client.get(f"{A}/tenants/acme", headers=op)).json()["id"] == tenant["id"]
        patched = await admin.client.patch(f"{A}/tenants/{tenant['id']}", headers=op, json={"tier": "enterprise"})
        assert patched.json()["tier"] == "enterprise"

        bad = await admin.client.patch(f"{A}/tenants/acme", headers=op,
                                       json={"policy_overrides": {"block_threshold": 500}})
        assert bad.status_code == 422
        assert bad.json()["error"]["param"] == "body.policy_overrides.block_threshold"
        unknown = await admin.client.post(f"{A}/tenants", headers=op,
                                          json={"name": "x", "policy_overrides": {"scanners": {"disabled": ["zz"]}}})
        assert unknown.status_code == 422
        assert "scanners" in unknown.json()["error"]["param"]
        assert (await admin.client.post(f"{A}/tenants", headers=op, json={"name": "y", "tier": "gold"})
                ).status_code == 422
        assert (await admin.client.post(f"{A}/tenants", headers=op, json={"name": "acme"})).status_code == 409
        assert (await admin.client.get(f"{A}/tenants/ghost", headers=op)).status_code == 404

        updates = await _changes(admin, "tenant.update")
        assert len(updates) == 1
        assert updates[0]["principal"] == "ops-1"
        assert updates[0]["detail"]["changed"] == {"tier": {"from": "pro", "to": "enterprise"}}
        assert len(await _changes(admin, "tenant.create")) == 1  # refused changes are not recorded

    run_admin(tmp_path, KEY, body)


def test_keys_create_once_list_revoke_rotate_audited_without_secrets(tmp_path: Path) -> None:
    async def body(admin: Admin) -> None:
        op = admin.as_role("operator")
        await admin.state.services.tenants.create("acme")
        created = await admin.client.post(f"{A}/tenants/acme/keys", headers=op,
                                          json={"name": "ci", "scopes": ["chat"], "environment": "test"})
        assert created.status_code == 201
        issued = created.json()
        assert issued["key"].startswith("isk_test_")
        assert await admin.state.services.key_store.verify(issued["key"]) is not None
        listed = (await admin.client.get(f"{A}/tenants/acme/keys", headers=op)).json()
        assert [k["id"] for k in listed] == [issued["id"]]
        assert "key" not in listed[0]
        assert listed[0]["status"] == "active"

        rotated = await admin.client.post(f"{A}/keys/{issued['id']}/rotate", headers=op, json={"grace_seconds": 60})
        assert rotated.status_code == 201
        new = rotated.json()
        assert new["key"] != issued["key"]
        assert (await admin.client.post(f"{A}/keys/{issued['id']}/rotate", headers=op, json={})).status_code == 409
        assert (await admin.client.post(f"{A}/keys/{new['id']}/revoke", headers=op, json={})).status_code == 422
        revoked = await admin.client.post(f"{A}/keys/{new['id']}/revoke", headers=op, json={"reason": "leaked"})
        assert revoked.json()["status"] == "revoked"
        assert await admin.state.services.keys.verify(new["key"]) is None
        assert (await admin.client.post(f"{A}/keys/nope/revoke", headers=op, json={"reason": "x"})).status_code == 404

        trail = json.dumps([await _changes(admin, a) for a in ("key.create", "key.rotate", "key.revoke")])
        assert issued["key"] not in trail
        assert new["key"] not in trail
        assert issued["id"] in trail
        assert "leaked" in trail

    run_admin(tmp_path, KEY, body)


def test_blocked_principals_list_block_and_lift_with_reason(tmp_path: Path) -> None:
    async def body(admin: Admin) -> None:
        op = admin.as_role("operator")
        made = await admin.client.post(f"{A}/blocked", headers=op,
                                       json={"kind": "ip", "value": "10.0.0.9", "reason": "scanner"})
        assert made.status_code == 201
        assert [b["value"] for b in (await admin.client.get(f"{A}/blocked", headers=op)).json()] == ["10.0.0.9"]
        assert (await admin.client.delete(f"{A}/blocked/ip/10.0.0.9", headers=op)).status_code == 422
        lifted = await admin.client.delete(f"{A}/blocked/ip/10.0.0.9", params={"reason": "false alarm"}, headers=op)
        assert lifted.json() == {"kind": "ip", "value": "10.0.0.9", "lifted": True}
        assert (await admin.client.get(f"{A}/blocked", headers=op)).json() == []
        again = await admin.client.delete(f"{A}/blocked/ip/10.0.0.9", params={"reason": "x"}, headers=op)
        assert again.status_code == 404
        lifts = await _changes(admin, "block.lift")
        # the address identifies a person: it sits in the erasable subject field, not the hashed detail
        assert lifts[0]["session_id"] == "ip:10.0.0.9"
        assert "10.0.0.9" not in json.dumps(lifts[0]["detail"])

    run_admin(tmp_path, KEY, body)


def test_audit_pagination_filters_export_and_verify(tmp_path: Path) -> None:
    async def body(admin: Admin) -> None:
        audit = admin.state.services.audit
        for i in range(7):
            await audit.submit(AuditEvent("request.decision", tenant="t1", action="block" if i % 2 else "allow",
                                          session_id=f"s{i % 3}", risk=i * 10))
        await admin.flush_audit()
        auditor = admin.as_role("auditor")
        seen: list[int] = []
        cursor = 0
        while True:
            page = (await admin.client.get(f"{A}/audit", headers=auditor,
                                           params={"tenant": "t1", "limit": 3, "cursor": cursor})).json()
            seen += [r["seq"] for r in page["records"]]
            if page["next_cursor"] is None:
                break
            cursor = page["next_cursor"]
        assert len(seen) == 7
        assert seen == sorted(seen)
        blocks = (await admin.client.get(f"{A}/audit", headers=auditor, params={"action": "block"})).json()
        assert len(blocks["records"]) == 3
        by_session = (await admin.client.get(f"{A}/audit", headers=auditor, params={"session": "s0"})).json()
        assert {r["session_id"] for r in by_session["records"]} == {"s0"}
        assert (await admin.client.get(f"{A}/audit", headers=auditor, params={"since": "yesterday"})).status_code == 422

        export = await admin.client.get(f"{A}/audit/export", headers=auditor, params={"tenant": "t1"})
        assert export.headers["content-type"].startswith("application/x-ndjson")
        lines = [json.loads(line) for line in export.text.splitlines()]
        assert [r["seq"] for r in lines] == seen
        assert (await admin.client.get(f"{A}/audit/verify", headers=auditor)).json() == {
            "ok": True, "first_broken_seq": None}

    run_admin(tmp_path, KEY, body)


def test_subject_erasure_reports_and_chain_still_verifies(tmp_path: Path) -> None:
    async def body(admin: Admin) -> None:
        tenant = await admin.state.services.tenants.create("acme")
        audit = admin.state.services.audit
        for session in ("sess-a", "sess-b"):
            await audit.submit(AuditEvent("request.decision", tenant=tenant.id, principal="user-42",
                                          session_id=session, excerpt="[EMAIL_1] asked"))
        await audit.submit(AuditEvent("request.decision", tenant=tenant.id, principal="user-7", session_id="s7"))
        await admin.flush_audit()
        path = f"{A}/subjects/user-42"
        assert (await admin.client.delete(path, params={"tenant": "acme"},
                                          headers=admin.as_role("operator"))).status_code == 403
        answer = await admin.client.delete(path, params={"tenant": "acme"}, headers=admin.as_role("admin", sub="dpo"))
        assert answer.status_code == 200, answer.text
        report = answer.json()
        assert report["audit_rows_erased"] == 2
        assert report["session_ids"] == ["sess-a", "sess-b"]
        auditor = admin.as_role("auditor")
        assert (await admin.client.get(f"{A}/audit/verify", headers=auditor)).json()["ok"] is True
        left = (await admin.client.get(f"{A}/audit", headers=auditor, params={"principal": "user-42"})).json()
        assert left["records"] == []
        erasures = await _changes(admin, "subject.erase")
        assert erasures[0]["principal"] == "dpo"
        assert "user-42" not in json.dumps(erasures)
        assert (await admin.client.delete(path, params={"tenant": "ghost"},
                                          headers=admin.as_role("admin"))).status_code == 404

    run_admin(tmp_path, KEY, body)


def test_session_view_shows_labels_and_risks_but_no_text(tmp_path: Path) -> None:
    async def body(admin: Admin) -> None:
        store = admin.state.guard.store
        await store.append("team/s1", [
            SessionEvent(Role.USER, frozenset({SessionAction.DATABASE_READ}), risk=10, sensitive_kinds=frozenset({"pii.EMAIL_ADDRESS"})),
            SessionEvent(Role.TOOL, frozenset({SessionAction.EXTERNAL_API_CALL}), risk=70, egress=2),
        ], (("[EMAIL_1]", "alice@example.com"),))
        answer = await admin.client.get(f"{A}/sessions/team/s1", headers=admin.as_role("auditor"))
        assert answer.status_code == 200
        view = answer.json()
        assert view["risk_timeline"] == [10, 70]
        assert view["max_risk"] == 70
        assert view["labels"] == ["DATABASE_READ", "EXTERNAL_API_CALL"]
        assert view["redaction_placeholders"] == 1
        assert "alice@example.com" not in answer.text
        assert (await admin.client.get(f"{A}/sessions/team/none", headers=admin.as_role("auditor"))).status_code == 404

    run_admin(tmp_path, KEY, body)


def test_usage_for_staff_and_only_own_tenant_for_clients(tmp_path: Path) -> None:
    async def body(admin: Admin) -> None:
        acme = await admin.state.services.tenants.create("acme", quotas={"monthly_requests": 50})
        await admin.state.services.tenants.create("other")
        usage = admin.state.services.usage
        await usage.add(acme.id, "k1", period="2026-03", requests=3, prompt_tokens=100, cost_usd=0.25)
        await usage.add(acme.id, "k2", period="2026-03", requests=2)
        staff = (await admin.client.get(f"{A}/usage", params={"tenant": "acme", "period": "2026-03"},
                                        headers=admin.as_role("operator"))).json()
        assert staff["totals"]["requests"] == 5
        assert staff["quotas"] == {"monthly_requests": 50}
        assert [k["key_id"] for k in staff["by_key"]] == ["k1", "k2"]
        client = admin.as_role("client", tenant="acme")
        own = await admin.client.get(f"{A}/usage", params={"period": "2026-03"}, headers=client)
        assert own.status_code == 200
        assert own.json()["totals"]["requests"] == 5
        for tenant in ("other", "ghost"):
            assert (await admin.client.get(f"{A}/usage", params={"tenant": tenant}, headers=client)).status_code == 403
        assert (await admin.client.get(f"{A}/usage", params={"tenant": "acme", "period": "2026-13"},
                                       headers=client)).status_code == 422

    run_admin(tmp_path, KEY, body)


def test_policy_summary_and_jwt_guarded_reload(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("block_threshold: 60\n", encoding="utf-8")

    async def body(admin: Admin) -> None:
        summary = (await admin.client.get(f"{A}/policies", headers=admin.as_role("auditor"))).json()
        assert summary["block_threshold"] == 60
        policy.write_text("block_threshold: 75\n", encoding="utf-8")
        assert (await admin.client.post(f"{A}/policies/reload", headers=admin.as_role("auditor"))).status_code == 403
        done = await admin.client.post(f"{A}/policies/reload", headers=admin.as_role("operator", sub="ops-2"))
        assert done.status_code == 200
        assert done.json()["status"] == "reloaded"
        assert (await admin.client.get(f"{A}/policies", headers=admin.as_role("auditor"))).json()[
            "block_threshold"] == 75
        policy.write_text("block_threshold: 500\n", encoding="utf-8")
        rejected = await admin.client.post(f"{A}/policies/reload", headers=admin.as_role("operator"))
        assert rejected.status_code == 422
        assert rejected.json()["status"] == "rejected"
        reloads = await _changes(admin, "policy.reload")
        assert [(r["principal"], r["detail"]["ok"]) for r in reloads] == [("ops-2", True), ("alice", False)]

    run_admin(tmp_path, KEY, body, policy_file=str(policy), policy_poll_seconds=3600)


def test_openapi_documents_the_admin_routes(tmp_path: Path) -> None:
    async def body(admin: Admin) -> dict[str, Any]:
        spec: dict[str, Any] = (await admin.client.get("/openapi.json")).json()
        return spec

    spec = run_admin(tmp_path, KEY, body)
    paths = spec["paths"]
    for path, method in [("/admin/v1/tenants", "post"), ("/admin/v1/tenants/{tenant}", "patch"),
                         ("/admin/v1/tenants/{tenant}/keys", "post"), ("/admin/v1/keys/{key_id}/rotate", "post"),
                         ("/admin/v1/policies/reload", "post"), ("/admin/v1/audit", "get"),
                         ("/admin/v1/audit/export", "get"), ("/admin/v1/audit/verify", "get"),
                         ("/admin/v1/sessions/{session_id}", "get"), ("/admin/v1/usage", "get"),
                         ("/admin/v1/blocked/{kind}/{value}", "delete"), ("/admin/v1/subjects/{subject_id}", "delete")]:
        assert method in paths[path], path
        assert paths[path][method]["security"] == [{"AdminJWT": []}]
    assert "TenantIn" in spec["components"]["schemas"]
