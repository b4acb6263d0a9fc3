"""Gateway overhead: direct-to-upstream vs through InferShield, at fixed open-loop request rates.

    python benchmarks/gateway.py [--rates 100 500 1000] [--seconds 10]

Starts a minimal mock upstream (aiohttp, its own process), an ``infershield serve`` process (one worker,
default scanning) in front of it, and an open-loop load generator (this process) that sends a ~1 KB chat
prompt at each rate: first straight to the upstream, then through the gateway. Prints achieved rate,
p50/p95/p99 latency and the added latency, the gateway's CPU milliseconds per request (from /proc) and its
peak resident memory, and the streaming time-to-first-byte overhead. Everything runs on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

PROMPT = ("Please review the following paragraph for tone and clarity and suggest two improvements. " * 12)[:1000]
UPSTREAM = r'''
import json, sys
from aiohttp import web
REPLY = {"id": "c", "object": "chat.completion", "created": 0, "model": "m",
         "choices": [{"index": 0, "message": {"role": "assistant", "content": "Looks good to me."},
                      "finish_reason": "stop"}], "usage": {"prompt_tokens": 200, "completion_tokens": 5, "total_tokens": 205}}
async def chat(request):
    body = await request.json()
    if body.get("stream"):
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        for word in ["Looks", " good", " to", " me."]:
            chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m",
                     "choices": [{"index": 0, "delta": {"content": word}, "finish_reason": None}]}
            await response.write(("data: " + json.dumps(chunk) + "\n\n").encode())
        await response.write(b"data: [DONE]\n\n")
        return response
    return web.json_response(REPLY)
app = web.Application()
app.router.add_post("/v1/chat/completions", chat)
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)
'''


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"port {port} did not open")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


async def load(url: str, rate: int, seconds: float, *, stream: bool = False) -> tuple[list[float], int, float]:
    """Open-loop: a request every 1/rate s whatever the responses do. Returns latencies (ms), errors, duration."""
    body = {"model": "m", "messages": [{"role": "user", "content": PROMPT}], "stream": stream}
    latencies: list[float] = []
    errors = 0
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        async def one() -> None:
            nonlocal errors
            started = time.perf_counter()
            try:
                async with session.post(url, json=body) as response:
                    if stream:
                        await response.content.readany()  # time to first byte
                    else:
                        await response.read()
                    if response.status != 200:
                        errors += 1
                        return
            except aiohttp.ClientError:
                errors += 1
                return
            latencies.append((time.perf_counter() - started) * 1000)

        tasks = []
        begin = time.perf_counter()
        total = int(rate * seconds)
        for i in range(total):
            delay = begin + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one()))
        await asyncio.gather(*tasks)
        return latencies, errors, time.perf_counter() - begin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rates", type=int, nargs="+", default=[100, 500, 1000])
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    up_port, gw_port = free_port(), free_port()
    upstream = subprocess.Popen([sys.executable, "-c", UPSTREAM, str(up_port)])
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "gateway.yaml"
        config.write_text(f"providers: [{{name: up, type: openai, base_url: 'http://127.0.0.1:{up_port}/v1', "
                          f"api_key: bench}}]\n", encoding="utf-8")
        gateway = subprocess.Popen([sys.executable, "-m", "infershield.cli", "serve", "--config", str(config),
                                    "--port", str(gw_port)], stderr=subprocess.DEVNULL)
        try:
            wait_port(up_port)
            wait_port(gw_port)
            direct = f"http://127.0.0.1:{up_port}/v1/chat/completions"
            through = f"http://127.0.0.1:{gw_port}/v1/chat/completions"
            asyncio.run(load(through, 50, 2))  # warm up
            print(f"{'rate':>5} | {'direct p50/p95/p99 ms':>22} | {'gateway p50/p95/p99 ms':>23} | "
                  f"{'added p50/p95':>13} | {'achieved':>8} | {'errors':>6} | gateway CPU ms/req")
            for rate in args.rates:
                base, _, _ = asyncio.run(load(direct, rate, args.seconds))
                cpu_before = cpu_seconds(gateway.pid)
                lat, errors, duration = asyncio.run(load(through, rate, args.seconds))
                cpu_ms = (cpu_seconds(gateway.pid) - cpu_before) * 1000 / max(1, len(lat) + errors)
                print(f"{rate:>5} | {pct(base, .5):6.2f} {pct(base, .95):6.2f} {pct(base, .99):7.2f} | "
                      f"{pct(lat, .5):6.2f} {pct(lat, .95):6.2f} {pct(lat, .99):8.2f} | "
                      f"{pct(lat, .5) - pct(base, .5):5.2f} {pct(lat, .95) - pct(base, .95):6.2f} | "
                      f"{len(lat) / duration:8.0f} | {errors:>6} | {cpu_ms:.2f}")
            ttfb_direct, _, _ = asyncio.run(load(direct, 50, 4, stream=True))
            ttfb_gateway, _, _ = asyncio.run(load(through, 50, 4, stream=True))
            print(f"stream time-to-first-byte p50: direct {pct(ttfb_direct, .5):.2f} ms, through the gateway "
                  f"{pct(ttfb_gateway, .5):.2f} ms (overhead {pct(ttfb_gateway, .5) - pct(ttfb_direct, .5):.2f} ms)")
            print(f"gateway peak RSS {peak_rss_mb(gateway.pid):.0f} MB; machine: {os.cpu_count()} cores; "
                  "load generator, upstream and gateway share them")
        finally:
            gateway.terminate()
            upstream.terminate()
            gateway.wait(15)
            upstream.wait(15)


if __name__ == "__main__":
    main()
