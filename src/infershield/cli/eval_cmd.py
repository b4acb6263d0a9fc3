"""`infershield eval`: measure detection on labelled records and multi-step scenarios."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from infershield.cli.common import engine_for, fail
from infershield.errors import InputError
from infershield.eval import gates, html_report, records
from infershield.eval.harness import run_all, summarize
from infershield.eval.mixed import mix

PROGRESS_MIN_ITEMS = 200


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f} %"


def _print_table(console: Console, report: dict[str, Any]) -> None:
    table = Table("category", "n", "TPR", "FPR", "precision", "F1", title="by category")
    for name, m in [*report["by_category"].items(), ("overall", report["overall"])]:
        table.add_row(name, str(m["n"]), _percent(m["tpr"]), _percent(m["fpr"]), _percent(m["precision"]),
                      _percent(m["f1"]))
    console.print(table)
    lat = report["latency_ms"]
    console.print(f"latency p50 {lat['p50']} ms · p95 {lat['p95']} ms · p99 {lat['p99']} ms · "
                  f"threshold {report['threshold']} · errors {report['errors']}")
    scenarios = report["scenarios"]
    if scenarios["n"]:
        console.print(f"scenarios: {scenarios['passed']}/{scenarios['n']} passed")
        for failure in scenarios["failed"]:
            console.print(f"  failed: {failure}", markup=False)


def eval_command(
    inputs: Annotated[list[Path], typer.Option("--input", help="JSONL file, scenario .json, or a folder.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print exactly one JSON object.")] = False,
    html_out: Annotated[Path | None, typer.Option("--html", help="Write a self-contained HTML report.")] = None,
    sweep: Annotated[bool, typer.Option("--sweep", help="Add ROC: TPR at FPR 0.5/1/2/5 %, AUC.")] = False,
    policy_file: Annotated[Path | None, typer.Option("--policy", help="YAML policy file.")] = None,
    preset: Annotated[str | None, typer.Option("--preset", help="strict | balanced | permissive")] = None,
    model: Annotated[Path | None, typer.Option("--model", help="A model.npz from `infershield train`.")] = None,
    second_stage: Annotated[Path | None, typer.Option("--second-stage", help="An ONNX grey-zone model.")] = None,
    mixed: Annotated[int | None, typer.Option("--mixed", min=1, help="Sample N requests of mixed traffic.")] = None,
    attack_ratio: Annotated[float, typer.Option("--attack-ratio", help="Share of attacks with --mixed.")] = 0.2,
    seed: Annotated[int, typer.Option("--seed", help="Seed for --mixed.")] = 7,
    baseline: Annotated[Path | None, typer.Option("--baseline", help="Fail (exit 1) on regressions against it.")]
    = None,
    write_baseline: Annotated[Path | None, typer.Option("--write-baseline", help="Save this run as baseline.")]
    = None,
    gate: Annotated[bool, typer.Option("--gate", help="Fail (exit 1) when the corpus targets are missed.")] = False,
) -> None:
    """Evaluate detection quality on labelled data; exit 0 whatever the numbers."""
    engine = engine_for(policy_file, preset, model, second_stage)
    try:
        loaded = records.load(inputs)
        if mixed is not None:
            loaded.records = mix(loaded.records, mixed, attack_ratio, seed=seed)
            loaded.scenarios = []
    except InputError as exc:
        fail(str(exc))
    total = len(loaded.records) + len(loaded.scenarios)
    if total == 0:
        fail("no records or scenarios found in the inputs")
    err = Console(stderr=True)
    with Progress(TextColumn("evaluating"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=err, disable=total < PROGRESS_MIN_ITEMS) as progress:
        task = progress.add_task("eval", total=total)
        run = run_all(engine, loaded, lambda: progress.advance(task))
    report = summarize(run, sweep=sweep)
    if html_out is not None:
        try:
            html_out.write_text(html_report.render(run, report), encoding="utf-8")
        except OSError as exc:
            fail(f"cannot write {html_out}: {exc.strerror}")
    if as_json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
    else:
        _print_table(Console(highlight=False), report)
    for error in run.errors[:20]:
        err.print(f"skipped: {error}", markup=False)
    if write_baseline is not None:
        write_baseline.write_text(json.dumps(gates.baseline_of(report), indent=1, sort_keys=True) + "\n",
                                  encoding="utf-8")
    problems = gates.check_targets(report) if gate else []
    if baseline is not None:
        try:
            saved = json.loads(baseline.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            fail(f"cannot read baseline {baseline}: {exc}")
        regressions, diff = gates.compare(report, saved)
        for line in diff:
            err.print(f"changed: {line}", markup=False)
        problems.extend(f"regression: {line}" for line in regressions)
    for problem in problems:
        err.print(f"GATE: {problem}", markup=False)
    if problems:
        raise typer.Exit(1)
