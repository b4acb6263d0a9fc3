"""The database commands end to end against a temporary SQLite file (CliRunner, no subprocess)."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from infershield.cli.main import app
from infershield.storage import AuditEvent, AuditWriter, Database

runner = CliRunner()
PEPPER = "cli-test-pepper-0123456789abcdef"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cli.db"
    monkeypatch.setenv("INFERSHIELD_DATABASE_URL", f"sqlite+aiosqlite:///{path}")
    monkeypatch.setenv("INFERSHIELD_KEY_PEPPER", PEPPER)
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_db_upgrade_then_current(env: Path) -> None:
    code, out, _ = run("db", "current")
    assert (code, out) == (1, "current none · head 0001\n")
    code, out, _ = run("db", "upgrade")
    assert (code, out) == (0, "database at revision 0001\n")
    assert env.exists()
    assert run("db", "current")[:2] == (0, "current 0001 · head 0001\n")


def test_commands_on_an_unmigrated_database_fail_in_one_line(env: Path) -> None:
    code, out, err = run("keys", "list")
    assert code == 1
    assert out == ""
    assert err == "infershield: error: the database schema is missing or old; run `infershield db upgrade`\n"


def test_key_lifecycle_through_the_cli(env: Path) -> None:
    assert run("db", "upgrade")[0] == 0
    code, out, _ = run("tenants", "create", "acme", "--tier", "pro", "--json")
    assert code == 0
    assert json.loads(out)["tier"] == "pro"

    code, out, _ = run("keys", "create", "--tenant", "acme", "--scopes", "chat,embeddings", "--expires", "30d",
                       "--test", "--json")
    assert code == 0
    created = json.loads(out)
    assert set(created) == {"id", "key", "prefix", "tenant", "scopes", "expires_at"}
    assert created["key"].startswith("isk_test_")
    assert created["key"].startswith(created["prefix"])
    assert (created["tenant"], created["scopes"]) == ("acme", ["chat", "embeddings"])
    assert created["expires_at"] is not None

    code, out, _ = run("keys", "rotate", created["id"], "--grace", "1h", "--json")
    assert code == 0
    rotated = json.loads(out)
    assert rotated["key"] != created["key"]

    code, out, _ = run("keys", "list", "--tenant", "acme", "--json")
    statuses = {row["id"]: row["status"] for row in map(json.loads, out.splitlines())}
    assert statuses == {created["id"]: "rotating", rotated["id"]: "active"}
    assert created["key"] not in out

    code, out, _ = run("keys", "revoke", rotated["id"], "--reason", "test over")
    assert (code, out) == (0, f"revoked {rotated['id']} ({rotated['prefix']}…)\n")
    code, _, err = run("keys", "revoke", rotated["id"], "--reason", "again")
    assert code == 1
    assert "already revoked" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("keys", "create", "--tenant", "nobody"), "no tenant 'nobody'"),
        (("keys", "create", "--tenant", "acme", "--expires", "soon"), "invalid duration"),
        (("keys", "revoke", "0" * 32, "--reason", "x"), "no API key"),
        (("tenants", "create", "acme"), "conflicts"),
        (("tenants", "create", "other", "--tier", "gold"), "unknown tier"),
    ],
)
def test_errors_are_one_clear_line(env: Path, args: tuple[str, ...], message: str) -> None:
    assert run("db", "upgrade")[0] == 0
    assert run("tenants", "create", "acme")[0] == 0
    code, _, err = run(*args)
    assert code != 0
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_missing_pepper_warns_and_uses_the_development_pepper(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INFERSHIELD_KEY_PEPPER")
    assert run("db", "upgrade")[0] == 0
    assert run("tenants", "create", "acme")[0] == 0
    code, _, err = run("keys", "create", "--tenant", "acme", "--json")
    assert code == 0
    assert "INFERSHIELD_KEY_PEPPER is not set" in err


def test_audit_verify_export_and_retention(env: Path) -> None:
    assert run("db", "upgrade")[0] == 0
    assert run("audit", "verify")[:2] == (0, "audit chain ok\n")
    code, out, _ = run("retention", "run", "--days", "30", "--json")
    assert (code, json.loads(out)) == (0, {})

    async def fill() -> None:
        db = Database(f"sqlite+aiosqlite:///{env}")
        async with AuditWriter(db) as writer:
            for i in range(3):
                await writer.submit(AuditEvent("security.decision", tenant="t1", request_id=f"r{i}", action="block",
                                               principal="user-1", session_id=f"s{i}"))
        await db.aclose()

    asyncio.run(fill())
    assert run("audit", "verify")[0] == 0
    code, out, _ = run("audit", "export", "--tenant", "t1")
    assert [json.loads(line)["request_id"] for line in out.splitlines()] == ["r0", "r1", "r2"]
    code, out, _ = run("audit", "erase", "--tenant", "t1", "--session", "s0")
    assert (code, json.loads(out)["audit_rows_erased"]) == (0, 1)
    assert run("audit", "erase", "--tenant", "t1")[0] == 1
    assert run("audit", "verify")[0] == 0
    with closing(sqlite3.connect(env)) as conn, conn:
        conn.execute("UPDATE audit_events SET action = 'allow' WHERE request_id = 'r1'")
    code, _, err = run("audit", "verify")
    assert (code, err) == (1, "audit chain broken at seq 2\n")
