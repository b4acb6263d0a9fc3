"""Entry point: `infershield serve | scan | eval | fuzz | train | config | demo`."""

from __future__ import annotations

import typer

from infershield.cli.audit_cmd import audit_app
from infershield.cli.config_cmd import config_app
from infershield.cli.db_cmd import db_app
from infershield.cli.demo import demo
from infershield.cli.eval_cmd import eval_command
from infershield.cli.fuzz_cmd import fuzz_command
from infershield.cli.keys_cmd import keys_app, tenants_app
from infershield.cli.retention_cmd import retention_app
from infershield.cli.scan import scan
from infershield.cli.serve import serve
from infershield.cli.train_cmd import train_command

app = typer.Typer(help="InferShield: a security gateway for LLM traffic.", no_args_is_help=True,
                  pretty_exceptions_enable=False, add_completion=False)
app.command("scan")(scan)
app.command("serve")(serve)
app.command("demo")(demo)
app.command("eval")(eval_command)
app.command("fuzz")(fuzz_command)
app.command("train")(train_command)
app.add_typer(config_app, name="config")
app.add_typer(db_app, name="db")
app.add_typer(tenants_app, name="tenants")
app.add_typer(keys_app, name="keys")
app.add_typer(audit_app, name="audit")
app.add_typer(retention_app, name="retention")


def main() -> None:
    app()
