"""Scanner family `indirect_injection` (rule table to be written)."""

from __future__ import annotations

from infershield.core.rules import Rule
from infershield.core.scanners.base import RuleScanner

_RULES: tuple[Rule, ...] = ()


class IndirectInjectionScanner(RuleScanner):
    """Finds `indirect_injection` findings."""

    name = "indirect_injection"

    def rules(self) -> tuple[Rule, ...]:
        return _RULES
