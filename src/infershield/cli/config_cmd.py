"""`infershield config validate FILE` (every problem with its path; exit 2 when invalid) and
`infershield config show [--config FILE]` (the effective settings, environment included, secrets masked).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

import typer
import yaml

from infershield.cli.common import USAGE_ERROR
from infershield.config import load_policy
from infershield.config.gateway import load_settings
from infershield.errors import ConfigError

MASK = "****"
_SECRET_FIELD = re.compile(r"(?i)(api_key|token|secret|password|passwd|pepper|credential|private_key)$")
_URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^/\s:@]*:)[^/\s@]+@")

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


def masked(value: Any, name: str = "") -> Any:
    """``value`` (a settings dump) with secrets replaced: key/token/password fields, header values and
    passwords inside URLs (``postgresql://user:****@host/db``)."""
    if isinstance(value, dict):
        if name == "headers":
            return dict.fromkeys(value, MASK)
        return {k: masked(v, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [masked(v, name) for v in value]
    if isinstance(value, str):
        if value and _SECRET_FIELD.search(name):
            return MASK
        return _URL_PASSWORD.sub(lambda m: f"{m.group('head')}{MASK}@", value)
    return value


@config_app.command("show")
def show(config: Annotated[Path | None, typer.Option("--config", help="Gateway YAML settings.")] = None) -> None:
    """Print the effective gateway settings (file + INFERSHIELD_* environment) with secrets masked."""
    try:
        settings = load_settings(config)
    except ConfigError as exc:
        for problem in exc.problems:
            typer.echo(f"{config or 'settings'}: {problem}", err=True)
        raise typer.Exit(USAGE_ERROR) from exc
    typer.echo(yaml.safe_dump(masked(settings.model_dump(mode="json")), sort_keys=False, allow_unicode=True),
               nl=False)
