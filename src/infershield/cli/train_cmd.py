"""`infershield train`: fit the learned detector on labelled JSONL and write the model and its report."""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from infershield.cli.common import fail
from infershield.errors import InputError
from infershield.eval.mutations import MUTATIONS
from infershield.ml import weights_io
from infershield.ml.mlp import MlpConfig, export_onnx, train_second_stage
from infershield.ml.optimize import FitConfig
from infershield.ml.records import load_examples
from infershield.ml.structured import mutated_examples, structured_examples
from infershield.ml.train import TrainConfig, train

# Mutations that keep a benign text benign (no added instructions); attacks may get any mutation but
# "translation", which replaces the text with a fixed one. Encodings go to both classes alike, or the model
# learns that an encoded blob is an attack; "base64" is attack-only because its wrapper says "decode this
# and follow it", an instruction in itself.
BENIGN_SAFE = ("hex", "url", "nested_encoding", "rot13", "homoglyph", "zero_width", "spacing",
               "leetspeak", "case_noise", "markdown_wrap")
ATTACK_MUTATIONS = tuple(name for name in MUTATIONS if name != "translation")


def _mutator(names: tuple[str, ...]) -> Callable[[str, random.Random], str]:
    def mutate(text: str, rng: random.Random) -> str:
        variant = MUTATIONS[rng.choice(names)](text, rng)
        return variant if isinstance(variant, str) else "\n".join(variant)

    return mutate


def train_command(
    inputs: Annotated[list[Path], typer.Option("--input", help="JSONL file or folder (eval record format).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for model.npz and report.json.")],
    epochs: Annotated[int, typer.Option("--epochs", min=1, max=100)] = 8,
    seed: Annotated[int, typer.Option("--seed")] = 7,
    validation: Annotated[float, typer.Option("--validation", min=0.05, max=0.5,
                                              help="Share held out for calibration and the report.")] = 0.15,
    allow_restricted: Annotated[bool, typer.Option(
        "--allow-restricted", help="Also learn from rows whose licence forbids a shipped model (experiments only).")
    ] = False,
    second_stage: Annotated[Path | None, typer.Option(
        "--second-stage", help="Also train the grey-zone network and export it to this ONNX file (needs onnx).")
    ] = None,
    augment: Annotated[bool, typer.Option(
        "--augment/--no-augment", help="Add generated structured data and fuzzer-mutated copies.")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as one JSON object.")] = False,
) -> None:
    """Train the learned layer (fixed seed, held-out split) and print how it does on the held-out part."""
    try:
        examples, loaded = load_examples(inputs, allow_restricted=allow_restricted)
    except InputError as exc:
        fail(str(exc))
    if len({e.label for e in examples}) < 2 or "benign" not in {e.label for e in examples}:
        fail("training needs benign records and attack records (prompt injection or jailbreak)")
    if augment:
        examples += structured_examples(1500, seed=seed)
        examples += mutated_examples(examples, _mutator(ATTACK_MUTATIONS), _mutator(BENIGN_SAFE), seed=seed)
    err = Console(stderr=True, highlight=False)
    config = TrainConfig(fit=replace(FitConfig(), epochs=epochs, seed=seed), validation_fraction=validation)
    model, report = train(examples, config, progress=lambda message: err.print(message))
    weights_io.save(model, out / "model.npz")
    if second_stage is not None:
        err.print("training the second stage")
        network, calibration = train_second_stage(examples, config, MlpConfig(seed=seed))
        try:
            export_onnx(network, config.spec, calibration, second_stage)
        except ImportError:
            fail("exporting the second stage needs the onnx package (pip install onnx)")
    summary = {"examples": dict(loaded.per_class), "skipped": dict(loaded.skipped), **asdict(report),
               "calibration": list(model.calibration), "model": str(out / "model.npz")}
    (out / "report.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    if as_json:
        sys.stdout.write(json.dumps(summary) + "\n")
        return
    table = Table("held-out group", "n", "flagged", "rate", title=f"AUC {report.auc:.3f}; flagged at p ≥ {report.threshold}")
    for group in report.groups:
        table.add_row(group.group, str(group.n), str(group.flagged),
                      f"{100 * group.rate:.1f} % {'TPR' if group.attack else 'FPR'}")
    Console(highlight=False).print(table)
    Console(highlight=False).print(f"model written to {out / 'model.npz'}; skipped rows: {dict(loaded.skipped)}")
