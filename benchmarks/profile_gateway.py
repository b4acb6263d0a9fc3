"""Where the gateway's CPU goes per request: one in-process worker under cProfile, loaded at a fixed rate.

    python benchmarks/profile_gateway.py [--rate 500] [--seconds 5] [--top 40] [--sort tottime] [--stream]

Starts the mock upstream of ``benchmarks/gateway.py`` and a load generator (both separate processes),
serves the gateway (default settings, one provider, as ``gateway.py`` configures it) in this process with
uvicorn (uvloop, httptools), profiles only the measured window (after a warm-up), and prints the top
functions by ``--sort`` plus the profiled CPU per request. cProfile inflates small calls; use the ranking,
not the absolute numbers (``gateway.py`` gives those). ``--out FILE`` also writes the raw stats.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gateway import UPSTREAM, free_port, wait_port

LOADER = r'''
import asyncio, sys
sys.path.insert(0, sys.argv[1])
from gateway import load, wait_port
port, rate, seconds, stream = int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5] == "1"
wait_port(port)
url = f"http://127.0.0.1:{port}/v1/chat/completions"
asyncio.run(load(url, 50, 2, stream=stream))
print("go", flush=True)
sys.stdin.readline()
latencies, errors, duration = asyncio.run(load(url, rate, seconds, stream=stream))
print(f"done {len(latencies)} {errors} {duration:.3f}", flush=True)
'''


async def _serve(server: uvicorn.Server, loader: subprocess.Popen[str], profiler: cProfile.Profile,
                 result: dict[str, float]) -> None:
    task = asyncio.create_task(server.serve())
    assert loader.stdout is not None
    assert loader.stdin is not None
    loop = asyncio.get_running_loop()
    ready = await loop.run_in_executor(None, loader.stdout.readline)
    if not ready.startswith("go"):
        raise RuntimeError(f"load generator failed: {ready!r}")
    cpu = time.process_time()
    profiler.enable()
    loader.stdin.write("\n")
    loader.stdin.flush()
    done = await loop.run_in_executor(None, loader.stdout.readline)
    profiler.disable()
    result["cpu"] = time.process_time() - cpu
    _, ok, errors, _ = done.split()
    result["requests"] = int(ok) + int(errors)
    result["errors"] = int(errors)
    server.should_exit = True
    await task


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rate", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", default="tottime", choices=["tottime", "cumulative"])
    parser.add_argument("--stream", action="store_true", help="streamed requests instead of plain ones")
    parser.add_argument("--out", type=Path, help="also write the raw pstats here")
    args = parser.parse_args()

    from infershield.config.gateway import load_settings
    from infershield.http.app import create_app

    up_port, gw_port = free_port(), free_port()
    upstream = subprocess.Popen([sys.executable, "-c", UPSTREAM, str(up_port)], stderr=subprocess.DEVNULL)
    loader = subprocess.Popen([sys.executable, "-c", LOADER, str(Path(__file__).resolve().parent), str(gw_port),
                               str(args.rate), str(args.seconds), "1" if args.stream else "0"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        wait_port(up_port)
        with tempfile.TemporaryDirectory() as folder:
            config = Path(folder) / "gateway.yaml"
            config.write_text(f"providers: [{{name: up, type: openai, base_url: 'http://127.0.0.1:{up_port}/v1', "
                              f"api_key: bench}}]\n", encoding="utf-8")
            log_sink = (Path(folder) / "access.log").open("w")
            saved, sys.stdout = sys.stdout, log_sink  # the access log goes to stdout: keep it out of the report
            try:
                app = create_app(load_settings(config))
                server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=gw_port, loop="uvloop",
                                                       http="httptools", log_level="warning", access_log=False))
                profiler = cProfile.Profile()
                result: dict[str, float] = {}
                import uvloop
                uvloop.run(_serve(server, loader, profiler, result))
            finally:
                sys.stdout = saved
                log_sink.close()
    finally:
        for process in (loader, upstream):
            process.terminate()
            process.wait(30)
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream).strip_dirs().sort_stats(args.sort)
    stats.print_stats(args.top)
    print(stream.getvalue())
    if args.out is not None:
        stats.dump_stats(str(args.out))
    requests = max(1, int(result["requests"]))
    print(f"{requests} requests ({int(result['errors'])} errors) at {args.rate}/s; profiled CPU "
          f"{result['cpu'] * 1000 / requests:.2f} ms/request (cProfile overhead included)")


if __name__ == "__main__":
    main()
