"""`AuditWriter`: takes audit events off the request path and writes them in ordered batches.

``submit`` only enqueues. One background task writes a batch when ``batch_size`` events are
waiting or ``flush_interval`` seconds after the first one arrived, whichever comes first, one
batch at a time, so rows land in submission order. ``close`` writes everything still queued.
When the queue is full, ``submit`` drops the event and counts it (default: a slow database must
not stall traffic) or, with ``block_when_full=True``, waits for room (no event is ever lost).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Final

from infershield.errors import InfershieldError, MalformedInputError
from infershield.storage.audit import AuditEvent, append_rows, build_row
from infershield.storage.database import Database
from infershield.storage.models import AuditRow

log = logging.getLogger(__name__)
_STOP: Final = object()


@dataclass
class WriterStats:
    """Counters since start: ``dropped`` (queue full or writer closed), ``rejected`` (malformed event),
    ``failed`` (database errors after every retry)."""

    written: int = 0
    dropped: int = 0
    rejected: int = 0
    failed: int = 0


class AuditWriter:
    """Bounded queue + one writer task. Use ``async with AuditWriter(db) as writer`` or start()/close()."""

    def __init__(self, db: Database, *, max_queue: int = 10_000, batch_size: int = 200,
                 flush_interval: float = 0.2, block_when_full: bool = False,
                 retry_delays: Sequence[float] = (0.1, 0.5, 2.0)) -> None:
        self._db = db
        self._queue: asyncio.Queue[object] = asyncio.Queue(max_queue)
        self._batch_size = batch_size
        self._interval = flush_interval
        self._block = block_when_full
        self._retry_delays = tuple(retry_delays)
        self._full = asyncio.Event()
        self._closing = False
        self._task: asyncio.Task[None] | None = None
        self.stats = WriterStats()

    @property
    def queued(self) -> int:
        return self._queue.qsize()

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="infershield-audit-writer")

    async def submit(self, event: AuditEvent) -> bool:
        """Queue ``event``; False when it was dropped (queue full in drop mode, or writer closed)."""
        if self._closing:
            self.stats.dropped += 1
            return False
        if self._block:
            await self._queue.put(event)
        else:
            try:
                self._queue.put_nowait(event)
            except asyncio.QueueFull:
                self.stats.dropped += 1
                return False
        if self._queue.qsize() >= self._batch_size:
            self._full.set()
        return True

    async def flush(self) -> None:
        """Wait until everything submitted so far is written (or counted as failed)."""
        await self._queue.join()

    async def close(self) -> None:
        """Refuse new events, write every queued one, stop the task."""
        if self._closing:
            return
        self._closing = True
        if self._task is None:
            self.start()
        await self._queue.put(_STOP)
        self._full.set()
        assert self._task is not None
        await self._task

    async def __aenter__(self) -> AuditWriter:
        self.start()
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        await self.close()

    async def _run(self) -> None:
        stop = False
        while not stop:
            batch = [await self._queue.get()]
            if not self._closing and batch[0] is not _STOP:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._full.wait(), self._interval)
            self._full.clear()
            while len(batch) < self._batch_size and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            stop = _STOP in batch
            events = [item for item in batch if isinstance(item, AuditEvent)]
            try:
                await self._write(events)
            finally:
                for _ in batch:
                    self._queue.task_done()

    async def _write(self, events: list[AuditEvent]) -> None:
        rows: list[AuditRow] = []
        for event in events:
            try:
                rows.append(build_row(event))
            except MalformedInputError as exc:
                self.stats.rejected += 1
                log.warning("audit event rejected: %s", exc)
        if not rows:
            return
        for attempt, delay in enumerate((*self._retry_delays, None)):
            try:
                async with self._db.session() as session:
                    await append_rows(session, rows)
            except InfershieldError as exc:
                if delay is None:
                    self.stats.failed += len(rows)
                    log.error("audit batch of %d lost after %d attempts: %s", len(rows), attempt + 1, exc)
                    return
                await asyncio.sleep(delay)
            else:
                self.stats.written += len(rows)
                return
