"""Policy hot reload: on file change (mtime poll), SIGHUP, or ``POST /admin/v1/policies/reload``
(the route is in ``http/admin/policies.py``).

A reload validates the file and builds a complete new :class:`Guard` (engine included) off the event
loop, then swaps the single ``state.guard`` reference. Requests already past :func:`prepare` hold the
guard they started with (``Prepared.guard``), so they finish under the old policy. An invalid file is
rejected: the old policy stays active, and the failure is logged and counted.

Polling ``stat()`` every ``policy_poll_seconds`` costs microseconds and, unlike inotify watches, sees
editors' write-and-rename saves and Kubernetes ConfigMap symlink swaps.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

from infershield.config.gateway import GatewaySettings
from infershield.config.policy import load_policy
from infershield.core.engine import Engine
from infershield.errors import ConfigError
from infershield.http.engines import engine_for
from infershield.http.guard import Guard
from infershield.http.state import GatewayState
from infershield.observability.hub import Observability

FileSignature = tuple[int, int, int] | None


@dataclass(frozen=True, slots=True)
class ReloadResult:
    ok: bool
    problems: tuple[str, ...] = ()


def _signature(path: Path) -> FileSignature:
    try:
        info = os.stat(path)
    except OSError:
        return None  # mid-save or deleted: keep the current policy and look again later
    return (info.st_mtime_ns, info.st_size, info.st_ino)


def _build_engine(settings: GatewaySettings, path: Path) -> Engine:
    return engine_for(settings, load_policy(path))


class PolicyReloader:
    """Owns the reload of one app's policy file; see the module docstring."""

    def __init__(self, state: GatewayState, obs: Observability, path: Path, poll_seconds: float) -> None:
        self.state = state
        self.obs = obs
        self.path = path
        self.poll_seconds = poll_seconds
        self._lock = asyncio.Lock()
        self._seen = _signature(path)
        self._task: asyncio.Task[None] | None = None
        self._signals = False

    async def reload(self, trigger: str) -> ReloadResult:
        """Validate the file, build a new guard and swap it in; on any problem keep the old one."""
        async with self._lock:
            current = _signature(self.path)
            if trigger == "file" and current == self._seen:
                return ReloadResult(True)  # another trigger already loaded this version while we waited
            self._seen = current
            try:
                engine = await asyncio.to_thread(_build_engine, self.state.settings, self.path)
            except ConfigError as exc:
                problems = tuple(str(p) for p in exc.problems)
                self.obs.metrics.count_reload(trigger, ok=False)
                self.obs.logger.error("policy_reload", outcome="failure", trigger=trigger,
                                      policy_file=str(self.path), problems=list(problems))
                await self.state.services.auditor.event("config_reload", action="rejected", detail={
                    "trigger": trigger, "policy_file": str(self.path), "problems": list(problems)})
                return ReloadResult(False, problems)
            old = self.state.guard
            new = Guard(engine, old.store, monitor=old.monitor, restore_pii=old.restore_pii, canary=False)
            new.canary = old.canary  # the same marker: sessions and in-flight replies stay comparable
            self.state.guard = new  # the one reference swap
            self.obs.metrics.count_reload(trigger, ok=True, loaded_at=time.time())
            self.obs.logger.info("policy_reload", outcome="success", trigger=trigger, policy_file=str(self.path),
                                 threshold=engine.policy.block_threshold)
            await self.state.services.auditor.event("config_reload", action="applied", detail={
                "trigger": trigger, "policy_file": str(self.path), "block_threshold": engine.policy.block_threshold})
            return ReloadResult(True)

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(self.poll_seconds)
            current = _signature(self.path)
            if current is not None and current != self._seen:
                await self.reload("file")

    def start(self) -> None:
        """Start polling and, when running in the main thread, reload on SIGHUP."""
        loop = asyncio.get_running_loop()
        self._task = loop.create_task(self._watch(), name="infershield-policy-watch")
        with contextlib.suppress(ValueError, RuntimeError, NotImplementedError):
            # Only the main thread may own signal handlers (not so under a test client's thread).
            loop.add_signal_handler(signal.SIGHUP, lambda: loop.create_task(self.reload("sighup")))
            self._signals = True

    async def stop(self) -> None:
        if self._signals:
            asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)
            self._signals = False
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
