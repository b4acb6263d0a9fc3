"""Gateway overhead: direct-to-upstream vs through InferShield, at fixed open-loop request rates.

    python benchmarks/gateway.py [--rates 100 500 1000] [--seconds 10]

Starts a minimal mock upstream (aiohttp, its own process), an ``infershield serve`` process (one worker,
default scanning) in front of it, and an open-loop load generator (this process) that sends a ~1 KB chat
prompt at each rate: first straight to the upstream, then through the gateway. Prints achieved rate,
p50/p95/p99 latency and the added latency, the gateway's CPU milliseconds per request (from /proc) and its
peak resident memory, and the streaming time-to-first-byte overhead. Everything runs on 127.0.0.1.

    python benchmarks/gateway.py --litellm --litellm-python /tmp/litellm-venv/bin/python --rates 100 500

``--litellm`` also starts a LiteLLM proxy (``litellm[proxy]`` installed in the given interpreter, never in
ours; one worker, no master key, local cost map) on the same mock upstream, measures it the same way in
the same run, and prints LiteLLM's CPU and added latency as a ratio of InferShield's.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

PROMPT = ("Please review the following paragraph for tone and clarity and suggest two improvements. " * 12)[:1000]
_SERIAL = itertools.count()
UPSTREAM = r'''
import itertools, json, sys
from aiohttp import web
SERIAL = itertools.count()  # every reply differs, like real ones (the gateway remembers texts it scanned)
def reply():
    return {"id": "c", "object": "chat.completion", "created": 0, "model": "m",
            "choices": [{"index": 0, "message": {"role": "assistant",
                                                 "content": f"Reply {next(SERIAL)}: looks good to me."},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 200, "completion_tokens": 5, "total_tokens": 205}}
async def chat(request):
    body = await request.json()
    if body.get("stream"):
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        for word in [f"Reply {next(SERIAL)}:", " looks", " good", " to", " me."]:
            chunk = {"id": "c", "object": "chat.completion.chunk", "created": 0, "model": "m",
                     "choices": [{"index": 0, "delta": {"content": word}, "finish_reason": None}]}
            await response.write(("data: " + json.dumps(chunk) + "\n\n").encode())
        await response.write(b"data: [DONE]\n\n")
        return response
    return web.json_response(reply())
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


def _descendants(pid: int) -> list[int]:
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            queue.extend(int(child) for child in task.read_text().split())
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU of ``pid`` and its live child processes (a proxy may run its server in a child)."""
    total = 0.0
    for member in _descendants(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


LITELLM_CONFIG = """model_list:
  - model_name: m
    litellm_params: {{model: openai/m, api_base: "http://127.0.0.1:{port}/v1", api_key: bench}}
litellm_settings: {{telemetry: false, drop_params: true}}
"""


def start_litellm(python: str, upstream_port: int, port: int, folder: Path) -> subprocess.Popen[bytes] | None:
    """A LiteLLM proxy on 127.0.0.1:``port``, or None (with the reason printed) when it is not installed."""
    probe = subprocess.run([python, "-c", "import litellm.proxy.proxy_cli"], capture_output=True, check=False)
    if probe.returncode != 0:
        print(f"litellm is not importable with {python}; skipping the comparison")
        return None
    config = folder / "litellm.yaml"
    config.write_text(LITELLM_CONFIG.format(port=upstream_port), encoding="utf-8")
    # no network (the cost map ships inside the package); no master key, like InferShield's auth: none here
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "LITELLM_TELEMETRY": "False", "LITELLM_LOG": "ERROR",
           "LITELLM_DANGEROUSLY_PERMIT_WEAK_OR_UNSET_MASTER_KEY": "true"}
    return subprocess.Popen([python, "-m", "litellm.proxy.proxy_cli", "--config", str(config), "--host", "127.0.0.1",
                             "--port", str(port), "--num_workers", "1"], env=env,
                            stdout=subprocess.DEVNULL, stderr=(folder / "litellm.log").open("wb"))


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
    def body() -> dict[str, object]:
        # a different text every time (same length): the engine remembers messages it has scanned, and a
        # repeated prompt would measure that memo instead of a scan. A plain prefix, so the text still scans
        # like the paragraph (a digit run at the end would look like an adversarial suffix to the scanner).
        content = f"Ticket {next(_SERIAL):07d}. {PROMPT[:-16]}"
        return {"model": "m", "messages": [{"role": "user", "content": content}], "stream": stream}

    latencies: list[float] = []
    errors = 0
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        async def one() -> None:
            nonlocal errors
            started = time.perf_counter()
            try:
                async with session.post(url, json=body()) as response:
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


def measure(url: str, pid: int, rate: int, seconds: float) -> tuple[list[float], int, float, float]:
    """(latencies, errors, achieved req/s, CPU ms per request of ``pid``) at one open-loop rate."""
    cpu_before = cpu_seconds(pid)
    latencies, errors, duration = asyncio.run(load(url, rate, seconds))
    cpu_ms = (cpu_seconds(pid) - cpu_before) * 1000 / max(1, len(latencies) + errors)
    return latencies, errors, len(latencies) / duration, cpu_ms


def row(name: str, rate: int, base: list[float], result: tuple[list[float], int, float, float]) -> str:
    lat, errors, achieved, cpu_ms = result
    return (f"{name:>11} {rate:>5} | {pct(lat, .5):6.2f} {pct(lat, .95):6.2f} {pct(lat, .99):8.2f} | "
            f"{pct(lat, .5) - pct(base, .5):5.2f} {pct(lat, .95) - pct(base, .95):6.2f} | "
            f"{achieved:8.0f} | {errors:>6} | {cpu_ms:.2f}")


def ratio(rate: int, base: list[float], ours: tuple[list[float], int, float, float],
          theirs: tuple[list[float], int, float, float]) -> str:
    if not ours[0] or not theirs[0]:
        return f"{'ratio':>11} {rate:>5} | n/a: a proxy answered no request with 200 (see the errors column)"
    added = (pct(theirs[0], .5) - pct(base, .5)) / max(1e-9, pct(ours[0], .5) - pct(base, .5))
    return (f"{'ratio':>11} {rate:>5} | litellm / infershield: CPU ms/req {theirs[3] / max(1e-9, ours[3]):.1f}x, "
            f"added p50 {added:.1f}x, achieved rate {theirs[2] / ours[2]:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rates", type=int, nargs="+", default=[100, 500, 1000])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--litellm", action="store_true", help="also measure a LiteLLM proxy on the same upstream")
    parser.add_argument("--litellm-python", default=sys.executable,
                        help="a python in which litellm[proxy] is installed (default: this one)")
    args = parser.parse_args()
    up_port, gw_port, lite_port = free_port(), free_port(), free_port()
    litellm: subprocess.Popen[bytes] | None = None
    with tempfile.TemporaryDirectory() as folder:
        # the time-to-first-byte run hangs up mid-stream, so the upstream logs tracebacks: keep them out of the
        # report; the gateway's access log goes to a file (it is still written, so its CPU is still counted)
        upstream = subprocess.Popen([sys.executable, "-c", UPSTREAM, str(up_port)],
                                    stderr=(Path(folder) / "upstream.log").open("wb"))
        config = Path(folder) / "gateway.yaml"
        config.write_text(f"providers: [{{name: up, type: openai, base_url: 'http://127.0.0.1:{up_port}/v1', "
                          f"api_key: bench}}]\n", encoding="utf-8")
        gateway = subprocess.Popen([sys.executable, "-m", "infershield.cli", "serve", "--config", str(config),
                                    "--port", str(gw_port)], stderr=subprocess.DEVNULL,
                                   stdout=(Path(folder) / "gateway.log").open("wb"))
        try:
            wait_port(up_port)
            wait_port(gw_port)
            if args.litellm:
                litellm = start_litellm(args.litellm_python, up_port, lite_port, Path(folder))
                if litellm is not None:
                    wait_port(lite_port, timeout=120)
            direct = f"http://127.0.0.1:{up_port}/v1/chat/completions"
            through = f"http://127.0.0.1:{gw_port}/v1/chat/completions"
            via_litellm = f"http://127.0.0.1:{lite_port}/v1/chat/completions"
            asyncio.run(load(through, 50, 2))  # warm up
            if litellm is not None:
                asyncio.run(load(via_litellm, 50, 2))
            print("load average before: " + " ".join(f"{v:.2f}" for v in os.getloadavg()))
            print(f"{'':>11} {'rate':>5} | {'p50/p95/p99 ms':>23} | {'added p50/p95':>13} | {'achieved':>8} | "
                  f"{'errors':>6} | CPU ms/req")
            for rate in args.rates:
                base, _, _ = asyncio.run(load(direct, rate, args.seconds))
                print(f"{'direct':>11} {rate:>5} | {pct(base, .5):6.2f} {pct(base, .95):6.2f} {pct(base, .99):8.2f} |")
                ours = measure(through, gateway.pid, rate, args.seconds)
                print(row("infershield", rate, base, ours))
                if litellm is not None:
                    theirs = measure(via_litellm, litellm.pid, rate, args.seconds)
                    print(row("litellm", rate, base, theirs))
                    print(ratio(rate, base, ours, theirs))
            ttfb_direct, _, _ = asyncio.run(load(direct, 50, 4, stream=True))
            ttfb_gateway, _, _ = asyncio.run(load(through, 50, 4, stream=True))
            print(f"stream time-to-first-byte p50: direct {pct(ttfb_direct, .5):.2f} ms, through the gateway "
                  f"{pct(ttfb_gateway, .5):.2f} ms (overhead {pct(ttfb_gateway, .5) - pct(ttfb_direct, .5):.2f} ms)")
            print(f"gateway peak RSS {peak_rss_mb(gateway.pid):.0f} MB; machine: {os.cpu_count()} cores; "
                  "load generator, upstream and gateway share them")
            print("load average after: " + " ".join(f"{v:.2f}" for v in os.getloadavg()))
        finally:
            for process in (gateway, upstream, litellm):
                if process is not None:
                    process.terminate()
            for process in (gateway, upstream, litellm):
                if process is not None:
                    process.wait(30)


if __name__ == "__main__":
    main()
