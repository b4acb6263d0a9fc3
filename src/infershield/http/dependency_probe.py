"""Whether the database answers, for ``/ready``: a cached ``SELECT 1`` with a short timeout.

Only the probe endpoint asks, never the request path. Load balancers poll ``/ready`` every few seconds
on every instance, so the answer is reused for ``ttl`` seconds and concurrent probes share one query.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Literal

from sqlalchemy import text

from infershield.errors import InfershieldError
from infershield.storage import Database

DatabaseState = Literal["ok", "failed"]


class DatabaseProbe:
    """``await probe.state()``: ``ok`` or ``failed`` (unreachable, erroring, or slower than ``timeout``)."""

    def __init__(self, database: Database, *, ttl: float = 2.0, timeout: float = 1.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.database = database
        self.ttl = ttl
        self.timeout = timeout
        self._clock = clock
        self._state: DatabaseState = "ok"
        self._checked_at: float | None = None
        self._lock = asyncio.Lock()

    async def state(self) -> DatabaseState:
        async with self._lock:  # a caller that waited here finds the fresh answer cached
            if self._checked_at is None or self._clock() - self._checked_at >= self.ttl:
                self._state = await self._check()
                self._checked_at = self._clock()
            return self._state

    async def _check(self) -> DatabaseState:
        try:
            await asyncio.wait_for(self._select_one(), self.timeout)
        except (InfershieldError, TimeoutError):
            return "failed"
        return "ok"

    async def _select_one(self) -> None:
        async with self.database.session() as session:
            await session.execute(text("SELECT 1"))
