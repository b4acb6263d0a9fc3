"""``/v1/embeddings`` admits like the chat endpoints: scope, blocked principals, monthly quota, rate limits.

Scope rule: the ``embeddings`` scope allows embeddings only; ``chat`` allows every model endpoint,
embeddings included; a key without scopes may do everything.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from identity_harness import HELLO, INJECTION, Harness, running

PATH = "/v1/embeddings"
TIGHT = {"limits": {"rate": {"tiers": {"free": {"requests_per_minute": 2}}}}}


def _embed(h: Harness, key: str, text: Any = "hello there") -> Any:
    return h.client.post(PATH, json={"model": "text-embedding-3-small", "input": text},
                         headers={"Authorization": f"Bearer {key}"})


def _chat(h: Harness, key: str) -> Any:
    return h.client.post("/v1/chat/completions", json={"model": "gpt-4o", "messages": HELLO},
                         headers={"Authorization": f"Bearer {key}"})


@pytest.mark.parametrize(("scopes", "embed", "chat"), [
    ((), 200, 200),
    (("chat",), 200, 200),
    (("embeddings",), 200, 403),
    (("usage",), 403, 403),
])
def test_scopes(tmp_path: Path, scopes: tuple[str, ...], embed: int, chat: int) -> None:
    with running(tmp_path) as h:
        key = h.key(h.tenant("free"), scopes=scopes).key
        answer = _embed(h, key)
        assert (answer.status_code, _chat(h, key).status_code) == (embed, chat)
        if embed == 403:
            assert answer.json()["error"]["type"] == "permission_error"
            assert "'chat' scope" in answer.json()["error"]["message"]
            assert answer.headers["x-request-id"]


def test_unknown_key_is_a_401(tmp_path: Path) -> None:
    with running(tmp_path) as h:
        answer = _embed(h, "isk_live_" + "0" * 32)
    assert answer.status_code == 401
    assert answer.json()["error"]["type"] == "authentication_error"


def test_rate_limit_is_a_429_with_retry_after_and_headers(tmp_path: Path) -> None:
    with running(tmp_path, TIGHT) as h:
        key = h.key(h.tenant("free")).key
        first, second, third = (_embed(h, key) for _ in range(3))
        assert (first.status_code, second.status_code, third.status_code) == (200, 200, 429)
        assert first.headers["x-ratelimit-limit-requests"] == "2"
        assert first.headers["x-ratelimit-remaining-requests"] == "1"
        assert third.json()["error"]["type"] == "rate_limit_error"
        assert int(third.headers["retry-after"]) >= 1
        assert third.headers["x-ratelimit-remaining-requests"] == "0"
        # embeddings and chat draw from the same bucket
        assert _chat(h, key).status_code == 429


def test_chat_requests_use_up_the_bucket_embeddings_draw_from(tmp_path: Path) -> None:
    with running(tmp_path, TIGHT) as h:
        key = h.key(h.tenant("free")).key
        assert [_chat(h, key).status_code for _ in range(2)] == [200, 200]
        assert _embed(h, key).status_code == 429


def test_input_tokens_are_estimated_at_admission(tmp_path: Path) -> None:
    # Admission charges the estimate (characters / 4, token arrays by length); a request estimated above a
    # full bucket is refused up front. (The provider's real usage corrects the bucket afterwards.)
    extra = {"limits": {"rate": {"tiers": {"free": {"tokens_per_minute": 100}}}}}
    with running(tmp_path, extra) as h:
        tenant = h.tenant("free")
        over = _embed(h, h.key(tenant).key, "x" * 404)  # 101 tokens
        assert over.status_code == 429
        assert over.headers["x-ratelimit-limit-tokens"] == "100"
        assert _embed(h, h.key(tenant).key, "x" * 400).status_code == 200
        assert _embed(h, h.key(tenant).key, [[1] * 101]).status_code == 429
        assert _embed(h, h.key(tenant).key, [[1] * 100]).status_code == 200


def test_monthly_quota_counts_embeddings(tmp_path: Path) -> None:
    with running(tmp_path) as h:
        tenant = h.tenant("free", quotas={"requests": 2})
        key = h.key(tenant).key
        assert [_embed(h, key).status_code for _ in range(2)] == [200, 200]
        over = _embed(h, key)
        assert over.status_code == 429
        assert (over.json()["error"]["type"], over.json()["error"]["code"]) == ("insufficient_quota",
                                                                              "insufficient_quota")
        usage = h.client.get("/v1/usage", headers={"Authorization": f"Bearer {key}"}).json()
        assert usage["requests"] == 2
        assert usage["tokens"] > 0


def test_a_blocked_input_is_not_counted_as_usage_and_is_audited(tmp_path: Path) -> None:
    with running(tmp_path) as h:
        tenant = h.tenant("free")
        key = h.key(tenant).key
        blocked = _embed(h, key, ["fine", INJECTION])
        assert blocked.status_code == 400
        assert blocked.json()["error"]["code"] == "prompt_blocked"
        assert blocked.headers["x-ratelimit-limit-requests"] == "20"  # admitted, then blocked: still limited
        assert _embed(h, key).status_code == 200
        usage = h.client.get("/v1/usage", headers={"Authorization": f"Bearer {key}"}).json()
        assert usage["requests"] == 1  # only the forwarded one
    with sqlite3.connect(h.db_path) as con:
        rows = con.execute("SELECT action, tenant, route, kinds FROM audit_events ORDER BY seq").fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [("block", tenant.name, PATH)]
    assert "prompt_injection" in str(rows[0][3])


def test_repeat_offender_is_refused_on_embeddings(tmp_path: Path) -> None:
    extra = {"offenders": {"blocks": 2, "refresh_seconds": 60}}
    with running(tmp_path, extra) as h:
        key = h.key(h.tenant("free")).key
        assert [_embed(h, key, INJECTION).status_code for _ in range(2)] == [400, 400]
        refused = _embed(h, key, "hello there")
        assert refused.status_code == 403
        assert refused.json()["error"]["code"] == "principal_blocked"
