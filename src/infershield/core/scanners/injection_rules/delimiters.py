"""Language-independent prompt-injection rules: chat-template tokens and fake role delimiters.

A user or a document has no reason to contain the special tokens of a chat template (``<|im_start|>``,
``[INST]``, ``<<SYS>>``) or to open a "system" turn of its own. Lone tokens that also occur in ordinary
markup (``</s>`` closes HTML strikethrough) only count when a role or another template token follows.
"""

from __future__ import annotations

import regex

from infershield.core.rules import Rule
from infershield.core.scanners.injection_rules.build import PI, Table, scored

_r = Table(PI, "PI-ANY")

_ROLE_WORDS = (
    r"(?:you\W+(?:are|must|will|should)|ignore|disregard|forget|new\W+(?:instructions?|rules|task)|override|from\W+now|"
    r"the\W+(?:user|assistant)\W+(?:is|has|must|should)|important|all\W+(?:previous|prior)|respond|answer|always|never|"
    r"do\W+not|reveal|print|output|admin|developer|priority|authori[sz]ed|(?:next|new)\W+task|(?:user\W+)?trust\W+"
    r"(?:level\W+)?(?:elevated|raised)|elevated\W+to|privileges?\W+(?:elevated|escalated))"
)


def _fake_turns(text: str, m: regex.Match[str]) -> tuple[float, str] | None:
    roles = regex.findall(r"(?m)^\s*(?:###\s*)?(?:human|user|assistant|ai|system|gpt|chatgpt|bot)\s*:", text, regex.I)
    if len(roles) >= 3 or regex.search(r"access\W+granted|i\W+will\W+(?:now\W+)?(?:ignore|comply)|"
                                       r"(?:restrictions|rules|filters)\W+(?:are\W+)?(?:disabled|lifted)",
                                       text[m.start() : m.end() + 80], regex.I):
        return 0.75, "fake assistant turn agreeing in advance"
    return 0.55, "assistant turn inside user text"


_DELIMITER = regex.compile(r"(?:[=\-%#*_~]{3,}|\[|<)\s*(?:end|begin|start)\W", regex.I)


def _tag_switch(text: str, m: regex.Match[str]) -> tuple[float, str]:
    if regex.search(r"</\s*[\w\-]+\s*>\s*$", text[max(0, m.start() - 60) : m.start()]):
        return 0.85, "closes the content and opens an instruction tag"
    return 0.75, "XML-style tag opening instructions inside content"


def _boundary(text: str, m: regex.Match[str]) -> tuple[float, str]:
    around = text[max(0, m.start() - 200) : m.end() + 200]
    if regex.search(r"system|admin|developer", m.group(), regex.I) or len(_DELIMITER.findall(around)) >= 2:
        return 0.85, "fake end-of-input delimiter opening a system section"
    return 0.72, "fake end-of-prompt / begin-input delimiter"


_CLAIM = (
    r"i(?:'ve|\W+have)\W+been\W+(?:authori[sz]ed|allowed|permitted|cleared|unlocked|approved|granted)|i\W+(?:can|will|"
    r"may)\W+now\W+(?:reveal|ignore|share|bypass|disable|print)|(?:my|the)\W+(?:restrictions|rules|filters|guidelines)\W+"
    r"(?:are|have\W+been)\W+(?:lifted|removed|disabled)"
)

RULES: tuple[Rule, ...] = (
    _r(1, r"<\|im_start\|>\s*(?:system|assistant|user|tool)?|<\|im_end\|>|<\|im_sep\|>",
       0.9, "ChatML template token in content", guard=False),
    _r(2, r"<\|(?:system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text|end_of_text|"
          r"endofprompt|eom_id|python_tag|fim_(?:prefix|middle|suffix)|im_\w+)\|>",
       0.9, "special model token in content", guard=False),
    _r(3, r"\[/?INST\]|<</?SYS>>", 0.88, "Llama chat-template marker in content", guard=False),
    _r(4, r"<(?:start|end)_of_turn>(?:\s*(?:user|model|system))?", 0.88, "Gemma turn marker in content",
       guard=False),
    _r(5, r"</s>\s*(?:<s>|\[INST\]|<\||\n\s*(?:system|user|assistant|human)\s*:)", 0.85,
       "end-of-sequence token followed by a new turn", guard=False),
    _r(6, r"(?:^|\n)[ \t]*#{2,4}[ \t]*(?:system|system\W+prompt|new\W+system\W+prompt)[ \t]*:?[ \t]*(?:\n|$)",
       0.75, "'### System:' section header in content", guard=False),
    _r(7, rf"(?:^|\n)[ \t]*(?:\[\s*)?(?:system|sys|system\W+message|system\W+prompt|admin|administrator|developer)"
          rf"(?:\s*\])?[ \t]*:[ \t]*(?:[^\n.!?]{{0,30}}[.!]\s+)?{_ROLE_WORDS}",
       0.82, "fake 'System:' line carrying an instruction", guard=False),
    _r(8, rf"\[\[?\s*(?:system|admin|developer)(?:\W+(?:message|note|instructions?|prompt|override|update|notice))?\s*"
          rf"\]\]?\s*:?\s*(?:\w+\W+){{0,3}}?{_ROLE_WORDS}",
       0.85, "bracketed [SYSTEM] tag carrying an instruction", guard=False),
    _r(9, r"<\s*(?:system|sys|system_prompt|admin|developer_instructions?)\s*>", 0.7,
       "<system> tag inside content", guard=False),
    _r(10, r"(?:^|\n)[ \t]*(?:assistant|ai|gpt|chatgpt|bot|model)[ \t]*:[ \t]*(?:sure|certainly|of\W+course|okay|ok|"
           r"absolutely|yes|i\W+will|i'll|understood|access\W+granted|here\W+(?:is|are))\b",
       0.55, "fake assistant turn inside user text", validator=scored(_fake_turns)),
    _r(11, r"(?:[=\-%#*_~]{3,}|\[|<)\s*(?:end|begin|start)\W*(?:of\W+)?(?:the\W+)?(?:system\W+prompt|instructions?|"
           r"user\W+input|untrusted\W+input|input|prompt|context|conversation|ambiguity|rules|chat|user\W+"
           r"(?:message|ambiguity))\b",
       0.72, "fake end-of-prompt / begin-input delimiter", validator=scored(_boundary)),
    _r(12, r"(?:[=\-%#*_~]{4,}|\\n\\n)\s*end\b\W{0,6}(?:now|new|ignore|from\W+now)\b", 0.85,
       "fake END delimiter followed by a new instruction", guard=False),
    _r(14, r"\[\s*(?:system|assistant|user)\s*\]\s*\(\s*#\s*\w+\s*\)", 0.88,
       "markdown-link role marker ('[system](#prompt)')", guard=False),
    _r(15, rf"(?:^|\n)[ \t]*(?:assistant|ai|gpt|chatgpt|bot|model)[ \t]*:[^\n]{{0,160}}?\b(?:{_CLAIM})",
       0.85, "fake assistant turn claiming to be authorised to reveal or ignore", guard=False),
    _r(16, r"<\s*(?:new|updated|real|override|hidden|secret|admin|system|assistant|ai|llm|model|agent|priority|important|"
           r"developer)[_\- ]?(?:instructions?|directives?|prompt|rules|orders|commands?)\s*>",
       0.75, "XML-style tag opening instructions inside content", validator=scored(_tag_switch)),
    _r(13, r"\n\nHuman:[\s\S]{0,400}?\n\nAssistant:", 0.7, "Anthropic legacy turn markers in content", guard=False),
)
"""Template-token and delimiter rules (ids PI-ANY-001…014)."""
