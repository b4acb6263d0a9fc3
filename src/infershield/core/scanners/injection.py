"""Scanner family ``prompt_injection``: direct attempts to override, replace or extract the model's instructions.

Shapes covered, in every supported language (tables in :mod:`.injection_rules`): instruction override
("ignore previous instructions"), task replacement ("new instructions:", "from now on you will…", "the above
was a test"), system-prompt extraction, persona and policy manipulation ("you are no longer an assistant",
"authorized by OpenAI"), chat-template tokens and fake role delimiters, and payload splitting.
"""

from __future__ import annotations

from infershield.core.rules import Rule
from infershield.core.scanners.base import RuleScanner
from infershield.core.scanners.injection_rules import (
    delimiters,
    en_extract,
    en_override,
    en_probe,
    lang_cjk,
    lang_de,
    lang_es,
    lang_extra,
    lang_fr,
    lang_hi_ar,
    lang_it_pt,
    lang_ru,
)

_RULES: tuple[Rule, ...] = (
    *en_override.RULES,
    *en_extract.RULES,
    *en_probe.RULES,
    *delimiters.RULES,
    *lang_de.RULES,
    *lang_fr.RULES,
    *lang_es.RULES,
    *lang_it_pt.RULES,
    *lang_ru.RULES,
    *lang_cjk.RULES,
    *lang_hi_ar.RULES,
    *lang_extra.RULES,
)


class PromptInjectionScanner(RuleScanner):
    """Finds ``prompt_injection`` findings: text that tries to override or extract the model's instructions."""

    name = "prompt_injection"

    def rules(self) -> tuple[Rule, ...]:
        return _RULES
