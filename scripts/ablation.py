"""Rules only, model only, both: detection per category on data the model was not trained on.

    python scripts/training_data.py --out /tmp/infershield-train      # once: the train/report split
    python scripts/ablation.py --split /tmp/infershield-train [--model PATH] [--write docs/evaluation.md]

Reads ``report/`` of the split (the odd-hash half of ../shared/datasets and the held-out half of our
corpus; the shipped model never saw them). For each category it prints, for the rules alone, the model
alone and both together (the shipped default): the share flagged at the default policy (TPR for attacks,
FPR for benign), and for the model's probability and the combined risk the AUC and the TPR at 1 % FPR
(the FPR measured on all benign records of the same source folder). pii/secret categories are left out:
the model does not look for them.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from infershield.core.engine import Engine
from infershield.core.learned.model import LinearModel, predict
from infershield.core.normalize import normalize
from infershield.core.parse import parse_messages
from infershield.core.policy import Policy
from infershield.core.registry import Artifacts
from infershield.core.types import Action, Message, Role
from infershield.ml import weights_io
from infershield.ml.engine import shipped_model
from infershield.ml.train import auc

START, END = "<!-- ablation:start -->", "<!-- ablation:end -->"
SKIP = ("pii", "secret")


@dataclass
class Scores:
    label: list[bool] = field(default_factory=list)  # True = attack
    rules: list[float] = field(default_factory=list)  # risk 0..100
    model: list[float] = field(default_factory=list)  # calibrated probability
    both: list[float] = field(default_factory=list)
    rules_flag: list[bool] = field(default_factory=list)
    model_flag: list[bool] = field(default_factory=list)
    both_flag: list[bool] = field(default_factory=list)


def tpr_at_fpr(scores: np.ndarray, positive: np.ndarray, fpr: float = 0.01) -> float:
    negatives = np.sort(scores[~positive])
    if not len(negatives) or not positive.any():
        return float("nan")
    allowed = int(np.floor(fpr * len(negatives)))
    cut = negatives[len(negatives) - allowed - 1]  # highest benign score that must stay below the cut
    return float((scores[positive] > cut).mean())


def flagged(action: Action, attack: bool) -> bool:
    return action is Action.BLOCK if attack else action is not Action.ALLOW


def run(root: Path, paths: list[Path], rules: Engine, both: Engine, model: LinearModel, threshold: int
        ) -> dict[str, Scores]:
    groups: dict[str, Scores] = defaultdict(Scores)
    for path in paths:
        for line in path.read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            record = json.loads(line)
            category = str(record["category"])
            if category.startswith(SKIP):
                continue
            attack = record["label"] == "attack"
            if "text" in record:
                messages: list[Message] = [Message(Role.USER, str(record["text"]))]
            else:
                messages = list(parse_messages(record["messages"]))
            rule_verdict, both_verdict = rules.evaluate(messages), both.evaluate(messages)
            probability = max(predict(model, normalize(m.content).folded.text).probability
                              for m in messages if m.role is not Role.SYSTEM)
            source = path.relative_to(root).parts[0]
            for key in (f"{source}/{category}", f"{source}/*"):
                s = groups[key]
                s.label.append(attack)
                s.rules.append(rule_verdict.risk)
                s.model.append(probability)
                s.both.append(both_verdict.risk)
                s.rules_flag.append(flagged(rule_verdict.action, attack))
                s.model_flag.append(probability * 100 >= threshold)
                s.both_flag.append(flagged(both_verdict.action, attack))
    return groups


def render(groups: dict[str, Scores], threshold: int) -> str:
    lines = ["| category | label | n | rules | model | both | model AUC | both AUC | model TPR@1%FPR | both TPR@1%FPR |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for key in sorted(groups):
        if key.endswith("/*"):
            continue
        s = groups[key]
        folder = groups[key.split("/")[0] + "/*"]
        label = np.array(s.label)
        kind = "attack" if label.all() else "benign" if not label.any() else "mixed"
        rates = [100 * float(np.mean(getattr(s, f"{name}_flag"))) for name in ("rules", "model", "both")]
        extra = ["", "", "", ""]
        if kind == "attack":
            scores = {name: np.concatenate([np.array(getattr(s, name)),
                                            np.array(getattr(folder, name))[~np.array(folder.label)]])
                      for name in ("model", "both")}
            positive = np.concatenate([label, np.zeros(int((~np.array(folder.label)).sum()), dtype=bool)])
            extra = [f"{auc(scores['model'], positive):.3f}", f"{auc(scores['both'], positive):.3f}",
                     f"{100 * tpr_at_fpr(scores['model'], positive):.1f} %",
                     f"{100 * tpr_at_fpr(scores['both'], positive):.1f} %"]
        lines.append(f"| {key} | {kind} | {len(label)} | " + " | ".join(f"{r:.1f} %" for r in rates)
                     + " | " + " | ".join(extra) + " |")
    return "\n".join([f"Flagged share at the default policy (block threshold {threshold}; the model alone counts "
                      f"as flagged at p ≥ {threshold / 100:.2f}). Attack rows: TPR; benign rows: FPR.", "", *lines])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", type=Path, required=True, help="folder written by scripts/training_data.py")
    parser.add_argument("--model", type=Path, help="a model file (default: the shipped one)")
    parser.add_argument("--write", type=Path, help="Markdown file to update between the ablation markers")
    args = parser.parse_args()
    model = weights_io.load(args.model) if args.model else shipped_model()
    policy = Policy.default()
    rules = Engine(policy)
    both = Engine(policy, Artifacts(learned=model))
    report = args.split / "report"
    paths = sorted(report.glob("shared/*.jsonl")) + sorted(report.glob("corpus/*/*.jsonl"))
    started = time.perf_counter()
    table = render(run(report, paths, rules, both, model, policy.block_threshold), policy.block_threshold)
    body = (f"Measured {time.strftime('%Y-%m-%d')} with `python scripts/ablation.py --split DIR` (model "
            f"{model.version}; {time.perf_counter() - started:.0f} s).\n\n{table}\n")
    print(body)
    if args.write is not None:
        text = args.write.read_text(encoding="utf-8")
        head, _, rest = text.partition(START)
        _, _, tail = rest.partition(END)
        args.write.write_text(f"{head}{START}\n{body}{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
