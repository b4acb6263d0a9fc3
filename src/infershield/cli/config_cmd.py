"""`infershield config validate FILE`: every problem with its path; exit 2 when invalid."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from infershield.cli.common import USAGE_ERROR
from infershield.config import load_policy
from infershield.errors import ConfigError

config_app = typer.Typer(help="Check configuration and policy files.", no_args_is_help=True)


@config_app.command("validate")
def validate(path: Annotated[Path, typer.Argument(help="YAML policy file.")]) -> None:
    """Validate a policy file; prints each problem as `FILE: path: message`."""
    try:
        policy = load_policy(path)
    except ConfigError as exc:
        for problem in exc.problems:
            typer.echo(f"{path}: {problem}", err=True)
        raise typer.Exit(USAGE_ERROR) from exc
    typer.echo(f"{path}: valid (block threshold {policy.block_threshold}, "
               f"{len(policy.enabled_scanners or ())} scanners enabled)")
