"""Database API keys through the official OpenAI SDK: accepted, scoped, revoked, and the settings behind them."""

from __future__ import annotations

from pathlib import Path

import openai
import pytest
from identity_harness import HELLO, running

from infershield.cli.keys_cmd import DEV_PEPPER as CLI_PEPPER
from infershield.config.gateway import load_settings
from infershield.config.identity import DEV_PEPPER
from infershield.errors import ConfigError


def test_database_key_works_then_revocation_gives_401(tmp_path: Path) -> None:
    with running(tmp_path) as h:
        issued = h.key(h.tenant("pro"))
        sdk = h.sdk(issued.key)
        raw = sdk.chat.completions.with_raw_response.create(model="gpt-4o", messages=HELLO)  # type: ignore[arg-type]
        assert raw.http_response.status_code == 200
        assert "[InferShield demo provider]" in (raw.parse().choices[0].message.content or "")
        assert raw.headers["x-ratelimit-limit-requests"] == "600"  # the pro tier
        h.call(lambda: h.state.services.key_store.revoke(issued.id, "leaked"))
        h.state.services.keys.invalidate(issued.id)
        with pytest.raises(openai.AuthenticationError) as caught:
            sdk.chat.completions.create(model="gpt-4o", messages=HELLO)  # type: ignore[arg-type]
        assert caught.value.status_code == 401


def test_unknown_and_missing_keys_get_401_in_each_dialect(tmp_path: Path) -> None:
    with running(tmp_path) as h:
        with pytest.raises(openai.AuthenticationError):
            h.sdk("isk_live_" + "A" * 43).chat.completions.create(model="m", messages=HELLO)  # type: ignore[arg-type]
        anthropic = h.client.post("/v1/messages", json={"model": "claude-3-5-haiku", "max_tokens": 10,
                                                        "messages": HELLO})
        assert anthropic.status_code == 401
        assert anthropic.json()["error"]["type"] == "authentication_error"


def test_scopes_gate_the_model_endpoints(tmp_path: Path) -> None:
    with running(tmp_path) as h:
        tenant = h.tenant()
        chat_key, scan_only = h.key(tenant, ("chat",)), h.key(tenant, ("scan",))
        assert h.sdk(chat_key.key).chat.completions.create(model="m", messages=HELLO).choices  # type: ignore[arg-type]
        with pytest.raises(openai.PermissionDeniedError) as caught:
            h.sdk(scan_only.key).chat.completions.create(model="m", messages=HELLO)  # type: ignore[arg-type]
        assert "chat" in caught.value.message
        assert caught.value.response.headers["x-should-retry"] == "false"


def test_pepper_defaults_match_the_cli_and_env_overrides(tmp_path: Path) -> None:
    assert DEV_PEPPER == CLI_PEPPER
    settings = load_settings(None, {"INFERSHIELD_KEY_PEPPER": "p" * 32, "INFERSHIELD_SESSION_STORE": "redis",
                                    "INFERSHIELD_LIMITS__RATE__BACKEND": "redis"})
    assert (settings.key_pepper, settings.session_store, settings.limits.rate.backend) == ("p" * 32, "redis", "redis")
    assert "p" * 32 not in repr(settings)
    with pytest.raises(ConfigError):
        load_settings(None, {"INFERSHIELD_KEY_PEPPER": "short"})
    with pytest.raises(ConfigError):
        load_settings(None, {"INFERSHIELD_AUTH__MODE": "sometimes"})
