"""A real ``infershield serve`` process in front of the scripted fake upstream, shared by the e2e tests."""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fake_upstream import FakeUpstream, running_upstream

CLIENT_KEY = "isk_test_" + "e2e0123456789abcdef0123456789ab"


@dataclass
class Gateway:
    base_url: str
    upstream: FakeUpstream
    log: Path
    pid: int
    port: int


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_ready(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gateway exited early:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/ready", timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"gateway not ready:\n{log.read_text()}")


@pytest.fixture(scope="session")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    folder = tmp_path_factory.mktemp("gateway")
    with running_upstream() as upstream:
        port = _free_port()
        config = folder / "gateway.yaml"
        root = f"http://127.0.0.1:{upstream.port}"
        quick = ("retry: {max_attempts: 2, base_delay: 0.01, max_delay: 0.05}, breaker: {failure_threshold: 100000},"
                 " timeouts: {connect: 2, read: 1, total: 4}")
        config.write_text(
            "providers:\n"
            f"  - {{name: fake, type: openai, base_url: '{root}/v1', api_key: up-key,\n"
            "     retry: {max_attempts: 3, base_delay: 0.01, max_delay: 0.05}}\n"
            f"  - {{name: chaos, type: openai, base_url: '{root}/v1', api_key: up-key, {quick}}}\n"
            f"  - {{name: anth, type: anthropic, base_url: '{root}', api_key: up-key, {quick}}}\n"
            "routes:\n"
            "  - {match: 'claude-down*', providers: [anth, fake]}\n"
            "  - {match: 'claude-*', providers: [anth]}\n"
            "  - {match: 'chaos-*', providers: [chaos]}\n"
            "  - {match: '*', providers: [fake]}\n"
            "auth:\n  mode: keys\n"
            f"  keys: [{{name: e2e, sha256: {hashlib.sha256(CLIENT_KEY.encode()).hexdigest()}}}]\n"
            "stream_holdback_chars: 64\n"
            # its own database (not ./infershield.db in the working directory), and every test here shares one
            # key and one client IP: the repeat-offender block would leak from one test into the next
            f"database_url: 'sqlite+aiosqlite:///{folder / 'gateway.db'}'\n"
            "offenders: {blocks: 1000}\n",
            encoding="utf-8",
        )
        log = folder / "gateway.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "infershield.cli", "serve", "--config", str(config), "--port", str(port)],
                stdout=out, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_ready(base, process, log)
            yield Gateway(base, upstream, log, process.pid, port)
        finally:
            process.terminate()
            process.wait(15)
