"""How often the grey-zone second stage runs on mixed traffic, and what it costs per call.

    infershield train --input DIR --out /tmp/model --second-stage /tmp/model/second.onnx
    python benchmarks/second_stage.py --second-stage /tmp/model/second.onnx [--requests 5000 --attack-ratio 0.2]

Samples mixed traffic from our corpus (``infershield eval --mixed``'s generator), scores every text with the
fast model, and for the texts whose probability falls in the policy's grey zone times the ONNX stage on the
same window (one thread, pinned to one core). Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from infershield.core.learned.model import predict
from infershield.core.normalize import normalize
from infershield.core.policy import Policy
from infershield.eval import records
from infershield.eval.mixed import mix
from infershield.ml.engine import shipped_model
from infershield.ml.onnx_stage import OnnxSecondOpinion

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--second-stage", type=Path, required=True)
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--attack-ratio", type=float, default=0.2)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    started = time.perf_counter()
    stage = OnnxSecondOpinion(args.second_stage)
    load_ms = (time.perf_counter() - started) * 1000
    model, low_high = shipped_model(), Policy().learned_grey_zone
    loaded = records.load([CORPUS / "attacks", CORPUS / "benign"])
    traffic = mix(loaded.records, args.requests, args.attack_ratio, seed=7)
    fast_ms: list[float] = []
    second_ms: list[float] = []
    for record in traffic:
        for message in record.messages:
            text = normalize(message.content).folded.text
            t0 = time.perf_counter()
            prediction = predict(model, text)
            fast_ms.append((time.perf_counter() - t0) * 1000)
            if low_high[0] <= prediction.probability < low_high[1]:
                t0 = time.perf_counter()
                stage.probability(text[prediction.start : prediction.end])
                second_ms.append((time.perf_counter() - t0) * 1000)
    share = len(second_ms) / max(1, len(fast_ms))
    print(f"second stage {stage.name}: load {load_ms:.0f} ms; grey zone {low_high}")
    print(f"{len(fast_ms)} texts ({args.requests} requests, {args.attack_ratio:.0%} attacks): second stage ran on "
          f"{len(second_ms)} ({100 * share:.1f} %)")
    print(f"fast stage per text: p50 {percentile(fast_ms, 0.5):.3f} ms, p95 {percentile(fast_ms, 0.95):.3f} ms")
    print(f"second stage per call: p50 {percentile(second_ms, 0.5):.3f} ms, p95 {percentile(second_ms, 0.95):.3f} ms")
    mean_added = sum(second_ms) / max(1, len(fast_ms))
    print(f"average added per text: {mean_added:.3f} ms")


if __name__ == "__main__":
    main()
