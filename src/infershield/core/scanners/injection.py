"""Scanner family `prompt_injection` (rule table to be written)."""

from __future__ import annotations

from infershield.core.rules import Rule
from infershield.core.scanners.base import RuleScanner

_RULES: tuple[Rule, ...] = ()


class PromptInjectionScanner(RuleScanner):
    """Finds `prompt_injection` findings."""

    name = "prompt_injection"

    def rules(self) -> tuple[Rule, ...]:
        return _RULES
