"""Real Redis for tests in any folder: skipped when unreachable, a failure under CI=true; data under a unique prefix.

Importable everywhere because pytest puts ``tests/`` on ``sys.path`` (``pythonpath`` in pyproject.toml). Plain
functions, not a conftest: mypy refuses several modules named ``conftest`` in a tree without packages.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
import redis

REDIS_URL = "redis://127.0.0.1:6379/0"


def require_redis() -> str:
    """The server's URL, after a ping; skips the test (fails it under CI=true) when Redis is down."""
    client = redis.Redis.from_url(REDIS_URL, socket_timeout=1, socket_connect_timeout=1)
    try:
        client.ping()
    except (redis.RedisError, OSError) as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis at {REDIS_URL} is required under CI: {exc}")
        pytest.skip(f"Redis at {REDIS_URL} is not reachable: {exc}")
    finally:
        client.close()
    return REDIS_URL


def drop_prefix(url: str, prefix: str) -> None:
    """Delete every key under ``prefix``."""
    client = redis.Redis.from_url(url)
    try:
        keys = list(client.scan_iter(match=prefix + "*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


def unique_prefix(url: str, family: str) -> Iterator[str]:
    """Yield a key prefix no one else uses, then delete every key under it."""
    prefix = f"test:{family}:{uuid.uuid4().hex}:"
    yield prefix
    drop_prefix(url, prefix)
