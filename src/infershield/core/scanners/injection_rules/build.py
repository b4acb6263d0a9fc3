"""Building blocks shared by the prompt-injection and indirect-injection rule tables.

Rules are written per language in sibling modules; this module holds the rule constructors, the regex
fragments every table reuses and the validators that keep precision up:

* :func:`guarded` lowers the score of a phrase that is quoted, given as an example, or described in the third
  person ("attackers tell the model to ignore previous instructions"): discussion of an attack is not an attack.
* :func:`scaled` scores a match from its named groups (for example whether a qualifier such as "previous"
  was present), so one regex can serve several strengths of the same shape.

Patterns use ``regex`` syntax; every ``trigger`` (or the pattern itself when there is none) must also compile
in RE2, which has no lookaround and treats ``\\w``/``\\b`` as ASCII. Triggers start with a rare anchor and use
bounded gaps so the shared RE2 DFA stays small.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from infershield.core.rules import Check, Rule, Validator

PI = "prompt_injection"
II = "indirect_injection"

QUOTES = "\"'“”‘’«»„‚`「」『』"


def alt(*options: str) -> str:
    """A non-capturing alternation of regex fragments."""
    return "(?:" + "|".join(options) + ")"


_CUE_BEFORE = regex.compile(
    r"(?:such\W+as|e\.\s?g\.|i\.\s?e\.|for\W+(?:example|instance)|phrases?(?:\W+like)?|the\W+(?:phrase|words?|string|"
    r"sentence|line|command|text|prompt)|known\W+as|called|labell?ed|classif(?:y|ied)\W+as|examples?\W+of|"
    r"like\W+[\"'“‘«])\W*$",
    regex.IGNORECASE,
)
_S = r"[^\w.?!\n]+"  # a separator that stays inside one sentence
_THIRD_PERSON = regex.compile(
    rf"(?:\b(?:attackers?|hackers?|adversar\w*|malicious{_S}\w+|red{_S}?team\w*|someone|people|users?|they|it)"
    rf"{_S}(?:\w+{_S}){{0,3}}?(?:can|could|may|might|often|sometimes|typically|usually|try{_S}to|attempt{_S}to|"
    rf"tries{_S}to){_S}(?:\w+{_S}){{0,6}}?|\b(?:tell|tells|telling|told|trick|tricks|tricking|tricked|convince|"
    rf"convinces|convincing|make|makes|making|made|get|gets|getting|force|forces|forcing|cause|causes|causing|"
    rf"instruct|instructs|instructing|instructed|ask|asks|asking|asked|manipulat\w+|coax\w*|persuad\w+){_S}"
    rf"(?:the{_S}|an?{_S}|your{_S}|their{_S}|its{_S})?(?:\w+{_S})?(?:model|llm|ai|chatbot|assistant|bot|system|"
    rf"agent|gpt|classifier|filter)s?{_S}(?:in)?to{_S}|\b(?:detect|detecting|detects|flag|flags|flagging|block|"
    rf"blocks|blocking|filter|filtering|catch|catching|classify|classifying|recogni[sz]e|recogni[sz]ing|prevent|"
    rf"preventing|mitigat\w+|defend\w*{_S}against|scan\w*{_S}for|look\w*{_S}for|test\w*{_S}for|sanitiz\w+|strip\w*|"
    rf"phrases?{_S}like|attacks?{_S}like|injections?{_S}like|prompts?{_S}like|inputs?{_S}like|text{_S}like)"
    rf"{_S}(?:\w+{_S}){{0,3}}?)$",
    regex.IGNORECASE,
)


def spaced_override(verbs: str, quals: str, targets: str, *, gap: int = 50) -> str:
    """VERB … TARGET … QUALIFIER or VERB … QUALIFIER … TARGET within one sentence (languages with spaces).

    Covers both "ignore the instructions above" and "ignore the above instructions" word orders.
    """
    s = r"[^.!?\n]"
    return (
        rf"(?:{verbs})(?:{s}{{0,{gap}}}?(?:{targets}){s}{{0,25}}?(?:{quals})"
        rf"|{s}{{0,30}}?(?:{quals}){s}{{0,20}}?(?:{targets}))"
    )


def cjk_override(verbs: str, quals: str, targets: str, *, verb_last: bool) -> str:
    """QUALIFIER + TARGET with the verb before (Chinese) or after (Japanese, Korean) within one sentence."""
    s = r"[^。.!?！？\n]"
    if verb_last:
        return rf"(?:{quals}){s}{{0,8}}?(?:{targets}){s}{{0,10}}?(?:{verbs})"
    return rf"(?:{verbs}){s}{{0,8}}?(?:{quals}){s}{{0,8}}?(?:{targets})"


_QUOTE_MARKS = frozenset('"“”„«»「」『』')


def _inside_quotes(before: str) -> bool:
    """Whether a quotation opened in ``before`` (the text of the line up to a match) is still open.

    Handles English “…”, German „…“, French «…», CJK 「…」, straight quotes and the common mix “…".
    """
    stack: list[str] = []
    for ch in (c for c in before if c in _QUOTE_MARKS):
        if ch in "„«「『":
            stack.append(ch)
        elif ch == "“":
            if stack and stack[-1] == "„":
                stack.pop()
            else:
                stack.append(ch)
        elif ch in "”»」』":
            if stack:
                stack.pop()
        elif stack:  # a straight quote closes whatever is open ("mixed “quotes")
            stack.pop()
        else:
            stack.append(ch)
    if stack:
        return True
    stripped = before.rstrip()
    return stripped.endswith(("'", "‘")) and (len(stripped) == 1 or not stripped[-2].isalnum())


_FIELD_VALUE = regex.compile(r"(?:[\"'][\w\- .]{1,40}[\"']\s*:|[\"'\]}\d]\s*,|\[|^\W{0,4}[\w\-.]{1,30}\s*[:=])\s*$")
_SINGLE_OPEN = regex.compile(r"(?:^|[\s:(\[—–-])'(?=\w)[^']*$")


def _single_quote(before: str, after: str) -> int:
    """Where a straight single quote opened before the match (after a space or colon) and closed after it; -1."""
    found = _SINGLE_OPEN.search(before)
    if found is None or regex.search(r"\w[.!?,]?'(?:\W|$)", after) is None:
        return -1
    return before.rfind("'", found.start())


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits inside quotes that are embedded in a sentence (a cited example).

    A quoted value of a data field (``"note": "…"`` in JSON, ``passage: "…"``) is content, not a citation.
    """
    line_start = max(text.rfind("\n", 0, start) + 1, start - 300)  # bounded: validators run per match
    before = text[line_start:start]
    if _inside_quotes(before):
        opened = max(before.rfind(ch) for ch in _QUOTE_MARKS)
    else:
        opened = _single_quote(before, text[max(start, end - 1) : end + 200])
        if opened < 0:
            return False
    if _FIELD_VALUE.search(before[:opened]):
        return False  # a field's value in JSON or a key: value listing
    if sum(ch.isalpha() for ch in before[:opened]) < 3:
        return False  # the quote opens the line: a pasted attack, not a citation
    return any(q in text[end : end + 160] for q in QUOTES)


def discussed(text: str, start: int, end: int) -> bool:
    """Whether the phrase at ``[start, end)`` is cited or described rather than addressed to the model."""
    if _quoted(text, start, end):
        return True
    before = text[max(0, start - 90) : start]
    return bool(_CUE_BEFORE.search(before) or _THIRD_PERSON.search(before))


def guarded(score: float, low: float = 0.35) -> Validator:
    """Keep ``score`` unless the phrase is discussed (quoted, an example, described); then ``low``."""

    def check(text: str, match: regex.Match[str]) -> Check:
        if discussed(text, match.start(), match.end()):
            return Check(low, "phrase is quoted or discussed, not addressed")
        return Check(score, "addressed to the model")

    return check


Scorer = Callable[[str, "regex.Match[str]"], tuple[float, str] | None]


def scaled(scorer: Scorer, low: float = 0.35) -> Validator:
    """A validator from a function that scores a match; the discussion guard applies on top."""

    def check(text: str, match: regex.Match[str]) -> Check | None:
        result = scorer(text, match)
        if result is None:
            return None
        score, note = result
        if score > low and discussed(text, match.start(), match.end()):
            return Check(low, f"{note}; quoted or discussed, not addressed")
        return Check(score, note)

    return check


def scored(scorer: Scorer) -> Validator:
    """A validator from a function that scores a match, without the discussion guard (structural rules)."""

    def check(text: str, match: regex.Match[str]) -> Check | None:
        result = scorer(text, match)
        return None if result is None else Check(*result)

    return check


def not_negated(score: float, *, before: str = "", head: str = "", after: str = "") -> Validator:
    """Keep ``score`` unless a negation sits before the match, after its first word (``head``: German
    "Vergiss nicht"), or after it (Hindi "अनदेखा न करें"); the discussion guard applies too."""
    flags = regex.IGNORECASE
    before_re = regex.compile(rf"(?:{before})\s*$", flags) if before else None
    head_re = regex.compile(rf"^\S+(?:{head})", flags) if head else None
    after_re = regex.compile(rf"^\s*(?:{after})", flags) if after else None

    def scorer(text: str, match: regex.Match[str]) -> tuple[float, str] | None:
        if before_re is not None and before_re.search(text[max(0, match.start() - 16) : match.start()]):
            return None
        if head_re is not None and head_re.match(text[match.start() : match.start() + 40]):
            return None
        if after_re is not None and after_re.match(text[match.end() : match.end() + 16]):
            return None
        return score, "imperative, not negated"

    return scaled(scorer)


def make(
    kind: str,
    rid: str,
    pattern: str,
    score: float,
    description: str,
    *,
    trigger: str | None = None,
    validator: Validator | None = None,
    guard: bool = True,
    context: tuple[str, ...] = (),
) -> Rule:
    """One rule; by default its score is guarded against quoted or discussed phrases."""
    if validator is None and guard:
        validator = guarded(score)
    return Rule(
        id=rid,
        kind=kind,
        pattern=pattern,
        score=score,
        description=description,
        trigger=trigger,
        validator=validator,
        context=context,
    )


@dataclass(frozen=True, slots=True)
class Table:
    """A rule constructor bound to a kind and an id prefix: ``t(7, pattern, 0.9, why)`` -> ``PREFIX-007``."""

    kind: str
    prefix: str

    def __call__(
        self,
        number: int,
        pattern: str,
        score: float,
        description: str,
        *,
        trigger: str | None = None,
        validator: Validator | None = None,
        guard: bool = True,
    ) -> Rule:
        return make(self.kind, f"{self.prefix}-{number:03d}", pattern, score, description,
                    trigger=trigger, validator=validator, guard=guard)
