"""Scanner family ``indirect_injection``: instructions addressed to the model inside third-party content.

Documents, e-mails, web pages, tool output and code comments are meant for people. Text inside them that
speaks to "the AI reading this", hides from "the user", or tells the reader to change "your response"
(add a link, garble the output, embed code) is aimed at the model that processes it. Direct override phrases
("ignore previous instructions") are the ``prompt_injection`` family's; the engine re-labels those when they
occur in tool or document messages. Tables per language live in :mod:`.injection_rules`.
"""

from __future__ import annotations

from infershield.core.rules import Rule
from infershield.core.scanners.base import RuleScanner
from infershield.core.scanners.injection_rules import (
    en_address,
    en_indirect,
    lang_cjk,
    lang_de,
    lang_es,
    lang_fr,
    lang_hi_ar,
    lang_it_pt,
    lang_ru,
)

_RULES: tuple[Rule, ...] = (
    *en_indirect.RULES,
    *en_address.RULES,
    *lang_de.INDIRECT,
    *lang_fr.INDIRECT,
    *lang_es.INDIRECT,
    *lang_it_pt.INDIRECT,
    *lang_ru.INDIRECT,
    *lang_cjk.INDIRECT,
    *lang_hi_ar.INDIRECT,
)


class IndirectInjectionScanner(RuleScanner):
    """Finds ``indirect_injection`` findings: text in content that addresses the model and redirects its task."""

    name = "indirect_injection"

    def rules(self) -> tuple[Rule, ...]:
        return _RULES
