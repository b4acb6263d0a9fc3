"""``python -m infershield.cli``: the same as the ``infershield`` command."""

from infershield.cli.main import main

main()
