"""Policy hot reload: admin call, file change, invalid files rejected, in-flight requests keep their policy."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import httpx2
from obs_harness import Harness, ScriptedProvider, chat_body, harness

ADMIN = "admin-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {ADMIN}"}
RELOAD = "/admin/v1/policies/reload"
DENIED = "zebra-protocol-omega"


def _settings(policy: Path, **extra: object) -> dict[str, object]:
    return {"policy_file": str(policy), "admin": {"token": ADMIN}, "policy_poll_seconds": 0.05} | extra


def _reloads(h: Harness, outcome: str) -> float:
    registry = h.obs.metrics.registry
    return sum(registry.get_sample_value("infershield_policy_reloads_total", {"trigger": t, "outcome": outcome}) or 0.0
               for t in ("admin", "file", "sighup"))


def test_admin_reload_success_and_rejected_file(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("preset: balanced\n", encoding="utf-8")
    # A long poll interval: only the admin call reloads in this test.
    h = harness(_settings(policy, policy_poll_seconds=3600), ScriptedProvider(reply_text=f"the code is {DENIED}"))
    with h.client as client:
        assert client.post("/v1/chat/completions", json=chat_body("hi")).status_code == 200
        assert client.post(RELOAD).status_code == 401
        assert client.post(RELOAD, headers={"Authorization": "Bearer not-the-admin-token"}).status_code == 401

        policy.write_text(f"deny_list: [{DENIED}]\n", encoding="utf-8")
        answer = client.post(RELOAD, headers=AUTH)
        assert answer.status_code == 200
        assert answer.json()["status"] == "reloaded"
        assert client.post("/v1/chat/completions", json=chat_body("hi")).status_code == 400  # reply now blocked

        policy.write_text("block_threshold: 500\nscanners: {disabled: [no_such_scanner]}\n", encoding="utf-8")
        rejected = client.post(RELOAD, headers=AUTH)
        assert rejected.status_code == 422
        problems = " ".join(rejected.json()["problems"])
        assert "block_threshold" in problems
        assert client.post("/v1/chat/completions", json=chat_body("hi")).status_code == 400  # old policy kept

        policy.write_text("preset: [unclosed\n", encoding="utf-8")
        assert client.post(RELOAD, headers=AUTH).status_code == 422
    assert _reloads(h, "success") == 1
    assert _reloads(h, "failure") == 2
    outcomes = [(e["outcome"], e["trigger"]) for e in h.events("policy_reload")]
    assert outcomes == [("success", "admin"), ("failure", "admin"), ("failure", "admin")]


def test_admin_api_is_off_without_a_token_and_needs_a_policy_file(tmp_path: Path) -> None:
    with harness().client as client:
        assert client.post(RELOAD, headers=AUTH).status_code == 403
    with harness({"admin": {"token": ADMIN}}).client as client:
        assert client.post(RELOAD, headers=AUTH).status_code == 409


def test_file_change_is_picked_up_by_polling(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("preset: balanced\n", encoding="utf-8")
    h = harness(_settings(policy), ScriptedProvider(reply_text=f"the code is {DENIED}"))
    with h.client as client:
        assert client.post("/v1/chat/completions", json=chat_body("hi")).status_code == 200
        replacement = tmp_path / "policy.yaml.new"
        replacement.write_text(f"deny_list: [{DENIED}]\n", encoding="utf-8")
        os.replace(replacement, policy)  # how editors and ConfigMaps swap files
        deadline = time.monotonic() + 10
        while _reloads(h, "success") < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert client.post("/v1/chat/completions", json=chat_body("hi")).status_code == 400
    assert [e["trigger"] for e in h.events("policy_reload")] == ["file"]


def test_in_flight_request_finishes_on_the_old_policy(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("preset: balanced\n", encoding="utf-8")

    async def scenario() -> tuple[int, str, int]:
        provider = ScriptedProvider(reply_text=f"the code is {DENIED}", gate=asyncio.Event(),
                                    entered=asyncio.Event())
        h = harness(_settings(policy), provider)
        transport = httpx2.ASGITransport(app=h.client.app)
        async with httpx2.AsyncClient(transport=transport, base_url="http://gateway") as client:
            in_flight = asyncio.create_task(client.post("/v1/chat/completions", json=chat_body("hi")))
            assert provider.entered is not None
            assert provider.gate is not None
            await asyncio.wait_for(provider.entered.wait(), 10)  # past the input checks, waiting upstream
            policy.write_text(f"deny_list: [{DENIED}]\n", encoding="utf-8")
            assert (await client.post(RELOAD, headers=AUTH)).status_code == 200
            provider.gate.set()
            old = await in_flight
            new = await client.post("/v1/chat/completions", json=chat_body("hi"))
        return old.status_code, old.json()["choices"][0]["message"]["content"], new.status_code

    old_status, old_text, new_status = asyncio.run(scenario())
    assert (old_status, new_status) == (200, 400)
    assert DENIED in old_text
