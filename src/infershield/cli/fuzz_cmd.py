"""`infershield fuzz`: mutate known attacks and report what still gets through."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from infershield.cli.common import engine_for, fail
from infershield.errors import InputError
from infershield.eval import records
from infershield.eval.fuzz import fuzz
from infershield.eval.mutations import MUTATIONS


def fuzz_command(
    inputs: Annotated[list[Path], typer.Option("--input", help="JSONL of attacks (benign rows are skipped).")],
    variants: Annotated[int, typer.Option("--variants", min=1, max=100, help="Variants per mutation type.")] = 3,
    mutation: Annotated[list[str] | None, typer.Option("--mutation", help="Only these mutation types.")] = None,
    seed: Annotated[int, typer.Option("--seed")] = 1234,
    as_json: Annotated[bool, typer.Option("--json", help="Print exactly one JSON object.")] = False,
    policy_file: Annotated[Path | None, typer.Option("--policy", help="YAML policy file.")] = None,
    preset: Annotated[str | None, typer.Option("--preset", help="strict | balanced | permissive")] = None,
) -> None:
    """Mutate each attack (encodings, homoglyphs, spacing, splitting, …) and report detection per mutation."""
    unknown = sorted(set(mutation or ()) - set(MUTATIONS))
    if unknown:
        fail(f"unknown mutation(s) {', '.join(unknown)}; known: {', '.join(MUTATIONS)}")
    engine = engine_for(policy_file, preset)
    try:
        loaded = records.load(inputs)
    except InputError as exc:
        fail(str(exc))
    attacks = [r for r in loaded.records if r.label == "attack" and not r.category.startswith(("pii", "secret"))]
    if not attacks:
        fail("no attack records (pii and secret records are not fuzzed) in the inputs")
    with Progress(TextColumn("fuzzing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), disable=len(attacks) < 50) as progress:
        task = progress.add_task("fuzz", total=len(attacks))
        report = fuzz(engine, attacks, variants, seed=seed, mutations=mutation,
                      advance=lambda: progress.advance(task))
    if as_json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
        return
    table = Table("mutation", "variants", "detected", "rate", title=f"{len(attacks)} attacks")
    for name, tally in [("(original)", report["original"]), *report["by_mutation"].items()]:
        rate = "–" if tally["rate"] is None else f"{100 * tally['rate']:.1f} %"
        table.add_row(name, str(tally["n"]), str(tally["detected"]), rate)
    Console(highlight=False).print(table)
