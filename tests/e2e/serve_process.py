"""Real ``infershield serve`` processes for whole-process tests: started on free ports, always stopped.

(Plain functions, not a conftest: mypy refuses several modules named ``conftest`` in a tree without packages.)
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def require_or_skip(service: str, reason: str) -> None:
    """Skip the test, or fail it under CI=true where every real service must be there."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{service} is required under CI: {reason}")
    pytest.skip(f"{service} is not reachable: {reason}")


@dataclass(frozen=True)
class Served:
    """One running gateway process."""

    base_url: str
    port: int
    log: Path
    process: subprocess.Popen[bytes]

    def ready(self) -> tuple[int, dict[str, Any]]:
        """``/ready``'s status code and JSON body (the body of a 503 too)."""
        try:
            with urllib.request.urlopen(f"{self.base_url}/ready", timeout=5) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read())


def _wait_ready(served: Served, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if served.process.poll() is not None:
            raise RuntimeError(f"gateway exited early:\n{served.log.read_text()}")
        try:
            with urllib.request.urlopen(f"{served.base_url}/ready", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"gateway not ready:\n{served.log.read_text()}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)


@contextmanager
def serving(config: Path, count: int = 1, env: dict[str, str] | None = None) -> Iterator[Sequence[Served]]:
    """``count`` gateways sharing ``config``, each on its own port, started together; stopped on exit."""
    with ExitStack() as stack:
        started: list[Served] = []
        for index in range(count):
            port = free_port()
            log = config.parent / f"gateway-{port}-{index}.log"
            with log.open("wb") as out:
                process = subprocess.Popen(
                    [sys.executable, "-m", "infershield.cli", "serve", "--config", str(config), "--port", str(port)],
                    stdout=out, stderr=subprocess.STDOUT,
                    env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})})
            stack.callback(_stop, process)  # registered at once: a later failure still stops this one
            started.append(Served(f"http://127.0.0.1:{port}", port, log, process))
        for served in started:
            _wait_ready(served)
        yield started
