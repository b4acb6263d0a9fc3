"""Keep key verification off the database: `KeyCache` (verified keys for a few seconds) and
`LastUsedRecorder` (``last_used_at`` written in batches, not once per request).

The cache is keyed by the HMAC digest, so no presented key is held in memory. Unknown keys are
cached too (as None): a flood of bad keys then costs one query per key per TTL, not per request.
A revocation made by another process takes effect here within ``ttl`` seconds; in this process
call ``invalidate(key_id)`` right after revoking or rotating.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from datetime import datetime

from infershield.errors import InfershieldError
from infershield.storage.columns import utcnow
from infershield.storage.key_store import KeyStore
from infershield.storage.keys import KeyRecord, looks_like_key

log = logging.getLogger(__name__)


class LastUsedRecorder:
    """Collects ``touch(key_id)`` calls and writes the latest timestamp per key every ``interval`` seconds."""

    def __init__(self, store: KeyStore, *, interval: float = 5.0,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._store = store
        self._interval = interval
        self._clock = clock
        self._pending: dict[str, datetime] = {}
        self._task: asyncio.Task[None] | None = None

    def touch(self, key_id: str) -> None:
        self._pending[key_id] = self._clock()

    @property
    def pending(self) -> int:
        return len(self._pending)

    async def flush(self) -> int:
        """Write what is pending now; on failure the stamps are kept for the next flush."""
        batch, self._pending = self._pending, {}
        try:
            await self._store.record_last_used(batch)
        except InfershieldError:
            for key_id, ts in batch.items():
                self._pending.setdefault(key_id, ts)
            raise
        return len(batch)

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            try:
                await self.flush()
            except InfershieldError as exc:
                log.warning("last_used_at flush failed: %s", exc)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="infershield-last-used")

    async def close(self) -> None:
        """Stop the background task and write what is left."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self.flush()


class KeyCache:
    """In-memory verified-key cache in front of ``KeyStore.verify`` (TTL + explicit invalidation)."""

    def __init__(self, store: KeyStore, *, ttl: float = 5.0, max_entries: int = 10_000,
                 recorder: LastUsedRecorder | None = None, monotonic: Callable[[], float] = time.monotonic,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._store = store
        self._ttl = ttl
        self._max = max_entries
        self._recorder = recorder
        self._monotonic = monotonic
        self._clock = clock
        self._entries: dict[str, tuple[KeyRecord | None, float]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    async def verify(self, presented: str) -> KeyRecord | None:
        """Like ``KeyStore.verify``, from memory when seen within ``ttl`` seconds."""
        if not looks_like_key(presented):
            return None
        digest = self._store.hasher.digest(presented)
        now = self._monotonic()
        hit = self._entries.get(digest)
        if hit is not None and hit[1] > now:
            record = hit[0]
        else:
            record = await self._store.verify(presented)
            self._put(digest, record, now + self._ttl)
        # expiry and the end of a rotation grace period are honoured even inside the TTL
        if record is None or not record.usable_at(self._clock()):
            return None
        if self._recorder is not None:
            self._recorder.touch(record.id)
        return record

    def invalidate(self, key_id: str | None = None) -> None:
        """Forget one key (after revoke/rotate), or everything when ``key_id`` is None."""
        if key_id is None:
            self._entries.clear()
            return
        for digest in [d for d, (rec, _) in self._entries.items() if rec is not None and rec.id == key_id]:
            del self._entries[digest]

    def _put(self, digest: str, record: KeyRecord | None, expires: float) -> None:
        if len(self._entries) >= self._max:
            now = self._monotonic()
            for stale in [d for d, (_, exp) in self._entries.items() if exp <= now]:
                del self._entries[stale]
            while len(self._entries) >= self._max:
                del self._entries[next(iter(self._entries))]
        self._entries[digest] = (record, expires)
