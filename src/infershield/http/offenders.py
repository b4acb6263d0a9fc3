"""Repeat offenders: ``offenders.blocks`` security blocks within ``window_seconds`` by one API key, session or
client IP earn a temporary block (``base_seconds``, doubling with every strike up to ``max_seconds``).

Blocks live in storage (``BlockedPrincipals``, shared by every instance) and in an in-memory copy that the
request path checks, so checking costs no query. The copy is refreshed from storage every
``refresh_seconds``; new blocks are written in the background and audited.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta

from infershield.config.identity import OffendersModel
from infershield.errors import InfershieldError
from infershield.http.auditing import Auditor
from infershield.storage import BlockedPrincipals

log = logging.getLogger(__name__)
Principal = tuple[str, str]  # (kind: key | session | ip, value)


class OffenderTracker:
    """Counts blocks per principal and answers "is this principal blocked now?" from memory."""

    def __init__(self, repo: BlockedPrincipals, settings: OffendersModel, auditor: Auditor, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.repo = repo
        self.settings = settings
        self.auditor = auditor
        self.clock = clock
        self._monotonic = monotonic
        self._recent: dict[Principal, deque[float]] = {}
        self._blocks: dict[Principal, tuple[datetime | None, int]] = {}  # until (None: indefinite), strikes
        self._strikes: dict[Principal, int] = {}  # outlives the block, so the next one is longer
        self._writes: set[asyncio.Task[None]] = set()
        self._task: asyncio.Task[None] | None = None

    def blocked(self, principals: Iterable[Principal]) -> tuple[Principal, datetime | None] | None:
        """The first principal with a block in force, and until when."""
        if not self._blocks:
            return None
        now = self.clock()
        for principal in principals:
            entry = self._blocks.get(principal)
            if entry is not None and (entry[0] is None or now < entry[0]):
                return principal, entry[0]
        return None

    def note_block(self, principals: Iterable[Principal], *, tenant: str, request_id: str) -> list[Principal]:
        """Count one security block for each principal; returns those that just earned a temporary block."""
        if not self.settings.enabled:
            return []
        now = self._monotonic()
        earned = []
        for principal in principals:
            if not principal[1]:
                continue
            recent = self._recent.setdefault(principal, deque())
            recent.append(now)
            while recent and recent[0] <= now - self.settings.window_seconds:
                recent.popleft()
            if len(recent) >= self.settings.blocks:
                recent.clear()
                earned.append(principal)
                self._impose(principal, tenant, request_id)
        return earned

    def duration(self, strikes: int) -> float:
        return float(min(self.settings.base_seconds * 2 ** max(strikes - 1, 0), self.settings.max_seconds))

    def _impose(self, principal: Principal, tenant: str, request_id: str) -> None:
        strikes = self._strikes.get(principal, 0) + 1
        self._strikes[principal] = strikes
        seconds = self.duration(strikes)
        until = self.clock() + timedelta(seconds=seconds)
        self._blocks[principal] = (until, strikes)
        task = asyncio.get_running_loop().create_task(self._persist(principal, until, seconds, tenant, request_id))
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)

    async def _persist(self, principal: Principal, until: datetime, seconds: float, tenant: str,
                       request_id: str) -> None:
        kind, value = principal
        reason = f"{self.settings.blocks} security blocks within {self.settings.window_seconds:g}s"
        try:
            record = await self.repo.block(kind, value, until=until, reason=reason)
            self._strikes[principal] = max(self._strikes.get(principal, 0), record.strikes)
        except InfershieldError as exc:
            log.warning("could not store a block: %s", exc)
        await self.auditor.event("principal_blocked", action="block", tenant=tenant or None,
                                 principal=f"{kind}:{value}", request_id=request_id,
                                 detail={"kind": kind, "seconds": seconds, "until": until.isoformat()})

    async def refresh(self) -> None:
        """Reload the blocks in force from storage (other instances' blocks, admin unblocks)."""
        active = await self.repo.list_active()
        self._blocks = {(b.kind, b.value): (b.until, b.strikes) for b in active}
        for b in active:
            self._strikes[(b.kind, b.value)] = max(self._strikes.get((b.kind, b.value), 0), b.strikes)

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.settings.refresh_seconds)
            try:
                await self.refresh()
            except InfershieldError as exc:
                log.warning("block list refresh failed: %s", exc)

    async def start(self) -> None:
        with contextlib.suppress(InfershieldError):
            await self.refresh()
        if self._task is None and self.settings.enabled:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="infershield-offenders")

    async def settled(self) -> None:
        """Wait for the block writes in flight."""
        if self._writes:
            await asyncio.gather(*self._writes, return_exceptions=True)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self.settled()
