"""Graceful shutdown: on SIGTERM, in-flight requests finish, new connections are refused, exit code 0."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import openai
from conftest import _free_port, _wait_ready
from fake_upstream import running_upstream


def test_sigterm_drains_in_flight_requests(tmp_path: Path) -> None:
    with running_upstream() as upstream:
        port = _free_port()
        config = tmp_path / "gateway.yaml"
        config.write_text(f"providers: [{{name: fake, type: openai, base_url: 'http://127.0.0.1:{upstream.port}/v1',"
                          " api_key: k}]\n", encoding="utf-8")
        log = tmp_path / "gateway.log"
        with log.open("wb") as out:
            process = subprocess.Popen([sys.executable, "-m", "infershield.cli", "serve", "--config", str(config),
                                        "--port", str(port)], stdout=out, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        _wait_ready(base, process, log)
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
