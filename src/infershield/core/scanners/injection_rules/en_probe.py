"""English prompt-injection rules, part 3 (ids PI-EN-069…): indirect extraction probes, voided instructions
and self-assembled payloads.

Extraction does not always name "your system prompt": it asks for "the text between the start of the context
and my first message", "what you were told not to tell me", "the password in your instructions", "the
documents loaded into your context". Payload splitting hands over pieces with an order to assemble them and
act on the result ("fill in the blanks to form an instruction, then carry it out").
"""

from __future__ import annotations

import regex

from infershield.core.rules import Rule, Validator
from infershield.core.scanners.injection_rules.build import PI, Table, scaled

_r = Table(PI, "PI-EN")

_DUMP = regex.compile(
    r"\b(?:before|prior|quote|quoted|verbatim|word\W+for\W+word|in\W+full|each|every|list|print|show|paste|output|"
    r"reveal|exact|original\W+(?:phrasing|wording)|sentences?\W+around)\b",
    regex.I,
)
_NEW_ORDER = regex.compile(
    r"^[^\n]{0,80}?\b(?:you\W+(?:are|will|must|now)|no\W+(?:guidelines|rules|restrictions|limits)|respond|reply|answer|"
    r"from\W+now\W+on|as\W+if|new\W+(?:rules?|instructions?|task)|now\W+(?:tell|write|give|say|explain|list))\b",
    regex.I,
)


def _dump_nearby(strong: float, weak: float, note: str) -> Validator:
    def scorer(text: str, m: regex.Match[str]) -> tuple[float, str]:
        if _DUMP.search(text[m.end() : m.end() + 160]):
            return strong, f"{note}, and asks for it verbatim"
        return weak, note

    return scaled(scorer)


_SCOPED = regex.compile(r"^\W+(?:to|for|in|when|if|after|before|on|under|during|within|at|outside|unless)\b", regex.I)


def _inapplicable(text: str, m: regex.Match[str]) -> tuple[float, str]:
    if _SCOPED.match(text[m.end() : m.end() + 20]):
        return 0.4, "rules said not to apply in some scope"
    return 0.85, "declares the earlier instructions inapplicable"


def _voided(text: str, m: regex.Match[str]) -> tuple[float, str]:
    if _NEW_ORDER.match(text[m.end() : m.end() + 120]):
        return 0.88, "declares the earlier context void, then gives a new order"
    return 0.6, "declares the earlier context void"


RULES: tuple[Rule, ...] = (
    _r(69, r"\b(?:text|everything|content|words|all)\W+(?:that\W+(?:comes?|appears?|is)\W+)?(?:between|from)\W+the\W+"
           r"(?:very\W+)?(?:start|beginning|top)\W+of\W+(?:the\W+|this\W+|your\W+|our\W+)?(?:context(?:\W+window)?|"
           r"conversation|prompt|chat|session|input)\b"
           r"|\b(?:everything|all\W+(?:the\W+)?text|the\W+text|what(?:ever)?\W+(?:comes|appears|is\W+written))\W+"
           r"(?:that\W+)?(?:comes\W+|appears\W+|is\W+)?(?:before|above|prior\W+to)\W+my\W+(?:very\W+)?(?:first|1st|"
           r"initial|opening)\W+(?:message|question|prompt)\b"
           r"|\b(?:down|up)\W+to\W+the\W+(?:line|message|word|sentence)\W+(?:right\W+|just\W+|immediately\W+)?"
           r"before\W+(?:this|my)\W+(?:message|question|prompt|request)\b",
       0.85, "asks for the hidden text that precedes the user's first message"),
    _r(70, r"\bwhat\W+(?:\w+\W+)?(?:were|are|have|had)\W+you\W+(?:been\W+)?(?:(?:told|instructed|asked|programmed|"
           r"trained|configured)\W+(?:not|never)\W+to|not\W+(?:allowed|supposed|permitted|meant)\W+to)\W+(?:tell|say|"
           r"reveal|share|discuss|disclose|talk\W+about|mention|answer)\b",
       0.82, "probes for what the model was told to withhold"),
    _r(71, r"\b(?:secret\W+)?(?:passwords?|passphrases?|pass\W?codes?|api\W+keys?|secret\W+keys?|access\W+keys?|"
           r"(?:auth|access|api|secret)\W+tokens?|credentials|secrets)\W+(?:\w+\W+){0,3}?(?:in|from|inside|within|of)\W+"
           r"(?:your|ur)\W+(?:system\W+prompt|instructions|prompt|context(?:\W+window)?|configuration|config|setup|memory|"
           r"rules)\b",
       0.85, "asks for a secret kept in the model's instructions"),
    _r(72, r"\b(?:hidden|secret|internal|confidential|private|undisclosed)\W+(?:rules|instructions|guidelines|"
           r"directives|policies)\W+(?:that\W+)?you\W+(?:follow|obey|operate\W+under|are\W+(?:following|bound\W+by|"
           r"given)|have|were\W+given|received)\b",
       0.85, "asks for the model's hidden rules"),
    _r(73, r"\b(?:loaded|put|placed|inserted|injected|included|preloaded|provided|given|fed)\W+(?:\w+\W+)?(?:into|in|"
           r"to)\W+your\W+(?:context(?:\W+window)?|prompt|system\W+prompt|memory)\b",
       0.85, "asks what was loaded into the model's context",
       validator=_dump_nearby(0.85, 0.6, "asks what was loaded into the model's context")),
    _r(74, r"\b(?:first|initial|opening|original|earliest|top)\W+(?:message|one|prompt|turn|text|instructions?)\W*,?"
           r"\W*(?:\w+\W+){0,2}?(?:from|by|of)\W+the\W+(?:system|developer|operator)(?=\W*(?:[.?!,)]|$))",
       0.8, "asks for the first message, the one from the system",
       trigger=r"\b(?:first|initial|opening|original|earliest|top)\W+(?:message|one|prompt|turn|text|instructions?)"
               r"\W*,?\W*(?:\w+\W+){0,2}(?:from|by|of)\W+the\W+(?:system|developer|operator)\b"),
    _r(75, r"\b(?:does|do|did)\W+(?:your|ur)\W+(?:system\W+)?(?:prompt|instructions|configuration|setup|system\W+"
           r"message)\W+(?:contain|include|mention|say|have|use|tell\W+you)\b",
       0.7, "probes the contents of the model's instructions",
       validator=_dump_nearby(0.85, 0.65, "probes the contents of the model's instructions")),
    _r(76, r"\b(?:previous|prior|above|earlier|original|initial|old|system|your|ur)\W+(?:\w+\W+)?(?:instructions?|rules|"
           r"prompts?|directives|guidelines|programming|orders)\W+(?:do\W*not|don\W?t|does\W*not|doesn\W?t|no\W+longer|"
           r"won\W?t|shouldn\W?t|do\W+not\W+longer)\W+(?:count|apply|matter|bind|hold)\b",
       0.85, "declares the earlier instructions inapplicable", validator=scaled(_inapplicable)),
    _r(77, r"\b(?:previous|prior|above|earlier|original|initial|preceding)\W+(?:context|conversation|messages?|"
           r"instructions|prompt)\W+(?:is|are|was|were)\W+(?:now\W+)?(?:irrelevant|void|invalid|cancel+ed|"
           r"obsolete|wiped|erased|deleted|reset|gone|null|meaningless|superseded)\b",
       0.6, "declares the earlier context void", validator=scaled(_voided)),
    _r(78, r"\b(?:fill\W+in|decode|unscramble|reassemble|reconstruct|assemble|decipher)\W+(?:\w+\W+){0,4}?to\W+"
           r"(?:form|get|make|reveal|build|obtain)\W+(?:an?\W+|the\W+)?(?:instruction|command|request|question|task|"
           r"prompt|sentence|order)\b\W*(?:and\W+)?(?:then\W+)?(?:carry\W+(?:it\W+|that\W+)?out|(?:follow|execute|obey|"
           r"do|perform|answer|act\W+on)\W+(?:it|that|this|the\W+(?:result|instruction|command)))\b",
       0.85, "payload splitting: assemble an instruction and carry it out"),
    _r(79, r"\b(?:join|concatenate|combine|merge|assemble)\b[^.!?\n]{0,80}[.!]\s*(?:that(?:'s|\W+is)|this\W+is|"
           r"it(?:'s|\W+is)|the\W+result\W+is)\W+your\W+(?:task|instruction|prompt|request|question|assignment)\b",
       0.85, "payload splitting: the assembled text is the task"),
)
"""English probe, void and assembly rules (ids PI-EN-069…079)."""
