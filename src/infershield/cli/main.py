"""Entry point: `infershield serve | scan | eval | fuzz | config | demo`."""

from __future__ import annotations

import typer

from infershield.cli.config_cmd import config_app
from infershield.cli.demo import demo
from infershield.cli.eval_cmd import eval_command
from infershield.cli.fuzz_cmd import fuzz_command
from infershield.cli.scan import scan
from infershield.cli.serve import serve

app = typer.Typer(help="InferShield: a security gateway for LLM traffic.", no_args_is_help=True,
                  pretty_exceptions_enable=False, add_completion=False)
app.command("scan")(scan)
app.command("serve")(serve)
app.command("demo")(demo)
app.command("eval")(eval_command)
app.command("fuzz")(fuzz_command)
app.add_typer(config_app, name="config")


def main() -> None:
    app()
