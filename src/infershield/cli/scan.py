"""`infershield scan`: one text, stdin, or a JSONL file of records; readable or JSON verdicts."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from infershield.cli.common import engine_for, fail
from infershield.core.engine import Engine
from infershield.core.parse import parse_messages
from infershield.core.report import verdict_to_dict
from infershield.core.types import Message, Role, Verdict
from infershield.errors import InputError

PROGRESS_MIN_LINES = 200


def _evaluate(engine: Engine, messages: tuple[Message, ...]) -> tuple[Verdict, float]:
    started = time.perf_counter()
    verdict = engine.evaluate(messages)
    return verdict, (time.perf_counter() - started) * 1000


def _record_messages(record: Any) -> tuple[Message, ...]:
    if not isinstance(record, dict):
        raise InputError("each line must be a JSON object with \"text\" or \"messages\"")
    if isinstance(record.get("text"), str):
        return (Message(Role.USER, record["text"]),)
    if "messages" in record:
        return parse_messages(record["messages"])
    raise InputError("record needs a string \"text\" or a \"messages\" list")


def _lines(path: Path) -> list[str]:
    try:
        if str(path) == "-":
            return sys.stdin.read().split("\n")
        return path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read {path}: {exc}")


def _scan_jsonl(engine: Engine, lines: list[str]) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record_id: Any = number
        try:
            record = json.loads(line)
            if isinstance(record, dict) and "id" in record:
                record_id = record["id"]
            messages = _record_messages(record)
            verdict, latency = _evaluate(engine, messages)
            with_message = isinstance(record, dict) and "messages" in record and "text" not in record
            yield {"id": record_id, **verdict_to_dict(verdict, latency, with_message=with_message)}
        except (json.JSONDecodeError, InputError) as exc:
            yield {"id": record_id, "error": f"line {number}: {exc}"}


def print_verdict(console: Console, verdict: Verdict, latency: float) -> None:
    colour = {"allow": "green", "redact": "yellow", "block": "red"}[verdict.action.value]
    console.print(f"[bold {colour}]{verdict.action.value.upper()}[/]  risk {verdict.risk}/100 "
                  f"(threshold {verdict.threshold})  {latency:.2f} ms")
    if verdict.findings:
        table = Table("kind", "rule", "span", "score", "why", show_lines=False)
        for f in verdict.findings:
            table.add_row(f.kind, f.rule, f"{f.span.start}-{f.span.end}", f"{f.score:.2f}", f.why)
        console.print(table)
    for reason in verdict.reasons:
        console.print(f"reason: {reason}")
    console.print(f"[dim]{verdict.score.formula}[/]")
    if verdict.redacted_text is not None:
        console.print("redacted:", verdict.redacted_text, markup=False, highlight=False)


def scan(
    text: Annotated[str | None, typer.Argument(help="Text to scan, or - to read stdin.")] = None,
    jsonl: Annotated[Path | None, typer.Option("--jsonl", help="JSONL file of {id?, text | messages}.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON (one object, or one per line).")] = False,
    policy_file: Annotated[Path | None, typer.Option("--policy", help="YAML policy file.")] = None,
    preset: Annotated[str | None, typer.Option("--preset", help="strict | balanced | permissive")] = None,
    model: Annotated[Path | None, typer.Option("--model", help="A model.npz from `infershield train`.")] = None,
    second_stage: Annotated[Path | None, typer.Option("--second-stage", help="An ONNX grey-zone model.")] = None,
) -> None:
    """Scan text for prompt injection, jailbreaks, PII, secrets and exfiltration, and print the verdict."""
    if (text is None) == (jsonl is None):
        fail("give exactly one of TEXT, - (stdin) or --jsonl FILE")
    engine = engine_for(policy_file, preset, model, second_stage)
    if jsonl is not None:
        lines = _lines(jsonl)
        err = Console(stderr=True)
        show = len(lines) >= PROGRESS_MIN_LINES
        with Progress(TextColumn("scanning"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=err, disable=not show) as progress:
            task = progress.add_task("scan", total=len(lines))
            for result in _scan_jsonl(engine, lines):
                if as_json:
                    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
                else:
                    summary = result.get("error") or f"{result['action']} risk {result['risk']}"
                    sys.stdout.write(f"{result['id']}: {summary}\n")
                progress.advance(task)
        return
    value = sys.stdin.read() if text == "-" else text
    assert value is not None
    try:
        verdict, latency = _evaluate(engine, (Message(Role.USER, value),))
    except InputError as exc:
        fail(str(exc))
    if as_json:
        sys.stdout.write(json.dumps(verdict_to_dict(verdict, latency), ensure_ascii=False) + "\n")
    else:
        print_verdict(Console(highlight=False), verdict, latency)
