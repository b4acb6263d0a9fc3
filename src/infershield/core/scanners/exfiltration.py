"""Scanner family `exfiltration` (rule table to be written)."""

from __future__ import annotations

from infershield.core.rules import Rule
from infershield.core.scanners.base import RuleScanner

_RULES: tuple[Rule, ...] = ()


class ExfiltrationScanner(RuleScanner):
    """Finds `exfiltration` findings."""

    name = "exfiltration"

    def rules(self) -> tuple[Rule, ...]:
        return _RULES
