"""Graceful shutdown: on SIGTERM, in-flight requests finish, new connections are refused, exit code 0.

With ``shutdown.unready_seconds`` set, ``/ready`` answers 503 ("draining") during that window while the
listener stays open and requests are still served; after it, new connections are refused, the streams in
flight run to completion within ``shutdown.drain_seconds``, and the process exits 0.
"""

from __future__ import annotations

import http.client
import json
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import openai
from conftest import _free_port, _wait_ready
from fake_upstream import SLOW_STREAM_TEXT, FakeUpstream, running_upstream


@contextmanager
def _gateway(tmp_path: Path, extra: str = "") -> Iterator[tuple[subprocess.Popen[bytes], str, FakeUpstream]]:
    with running_upstream() as upstream:
        port = _free_port()
        config = tmp_path / "gateway.yaml"
        config.write_text(f"providers: [{{name: fake, type: openai, base_url: 'http://127.0.0.1:{upstream.port}/v1',"
                          f" api_key: k}}]\ndatabase_url: 'sqlite+aiosqlite:///{tmp_path / 'gateway.db'}'\n{extra}",
                          encoding="utf-8")
        log = tmp_path / "gateway.log"
        with log.open("wb") as out:
            process = subprocess.Popen([sys.executable, "-m", "infershield.cli", "serve", "--config", str(config),
                                        "--port", str(port)], stdout=out, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_ready(base, process, log)
            yield process, base, upstream
        finally:
            if process.poll() is None:
                process.kill()
            process.wait(20)


def _ready_status(base: str) -> tuple[int, str] | None:
    """(status, body status) of /ready on a new connection, or None when the connection is refused."""
    try:
        with urllib.request.urlopen(f"{base}/ready", timeout=2) as response:
            return response.status, json.loads(response.read())["status"]
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())["status"]
    except (ConnectionRefusedError, urllib.error.URLError):
        return None


def test_sigterm_drains_in_flight_requests(tmp_path: Path) -> None:
    with _gateway(tmp_path) as (process, base, _upstream):
        client = openai.OpenAI(base_url=f"{base}/v1", api_key="k", max_retries=0, timeout=20)

        def ask(i: int) -> str:
            reply = client.chat.completions.create(model="slow", messages=[{"role": "user", "content": f"q{i}"}])
            return reply.choices[0].message.content or ""

        with ThreadPoolExecutor(max_workers=10) as pool:
            futures = [pool.submit(ask, i) for i in range(10)]
            time.sleep(0.4)  # all ten are waiting on the slow upstream
            process.send_signal(signal.SIGTERM)
            answers = [f.result(timeout=20) for f in futures]
        assert answers == [f"q{i}" for i in range(10)]
        assert process.wait(20) == 0
        refused = False
        try:
            client.chat.completions.create(model="echo", messages=[{"role": "user", "content": "late"}])
        except openai.APIConnectionError:
            refused = True
        assert refused
        client.close()


def test_sigterm_turns_ready_503_while_a_stream_finishes(tmp_path: Path) -> None:
    extra = "shutdown: {unready_seconds: 1.0, drain_seconds: 20}\n"
    with _gateway(tmp_path, extra) as (process, base, upstream):
        client = openai.OpenAI(base_url=f"{base}/v1", api_key="k", max_retries=0, timeout=20)
        first_chunk = threading.Event()
        pieces: list[str] = []
        finished: list[float] = []

        def consume() -> None:
            stream = client.chat.completions.create(model="slow-stream", stream=True,
                                                    messages=[{"role": "user", "content": "count"}])
            for chunk in stream:
                first_chunk.set()
                pieces.extend(choice.delta.content or "" for choice in chunk.choices)
            finished.append(time.monotonic())

        reader = threading.Thread(target=consume)
        reader.start()
        assert first_chunk.wait(10)
        assert _ready_status(base) == (200, "ready")
        process.send_signal(signal.SIGTERM)
        assert _ready_status(base) == (503, "draining")  # at once, on a new connection
        late = client.chat.completions.create(model="echo", messages=[{"role": "user", "content": "still served"}])
        assert late.choices[0].message.content == "still served"  # the listener is still open: not dropped
        refused_at = None
        deadline = time.monotonic() + 10
        while refused_at is None and time.monotonic() < deadline:
            if _ready_status(base) is None:
                refused_at = time.monotonic()
            time.sleep(0.05)
        reader.join(20)
        assert refused_at is not None
        assert finished
        assert refused_at < finished[0]  # refused new connections while the stream still ran
        assert "".join(pieces) == SLOW_STREAM_TEXT  # the whole stream, nothing cut
        assert upstream.completed_streams == 1
        assert process.wait(20) == 0
        client.close()


def test_drain_timeout_ends_streams_that_outlive_it(tmp_path: Path) -> None:
    with _gateway(tmp_path, "shutdown: {drain_seconds: 1}\n") as (process, base, _upstream):
        connection = http.client.HTTPConnection(base.removeprefix("http://"), timeout=20)
        connection.request("POST", "/v1/chat/completions", body=json.dumps(
            {"model": "slow-stream", "stream": True, "messages": [{"role": "user", "content": "count"}]}),
            headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        assert response.status == 200
        received = response.read1(65536)
        while b"Sentence number" not in received:  # text is flowing (past the hold-back window)
            received += response.read1(65536)
        sent_at = time.monotonic()
        process.send_signal(signal.SIGTERM)
        try:
            while chunk := response.read1(65536):
                received += chunk
        except (http.client.IncompleteRead, ConnectionError):
            pass
        assert process.wait(20) == 0
        assert time.monotonic() - sent_at < 2.9  # cut after about a second, before the 3 s stream ended
        assert b"data: [DONE]" not in received
        connection.close()
