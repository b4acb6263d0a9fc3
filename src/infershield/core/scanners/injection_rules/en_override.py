"""English prompt-injection rules, part 1: instruction override and task replacement.

The central shape is VERB (ignore, disregard, forget, …) + a short gap + TARGET (instructions, prompt, …).
Its strength depends on the qualifier ("previous", "above", "your", "all") and on whether a hijacking
continuation follows ("… and just say X"); :func:`_override_score` grades it, so one rule covers
"ignore previous instructions" (strong), "forget everything above" (strong), "ignore the instructions" (weak)
and drops "ignore the warnings in the log" (no target) or "don't forget the previous rules" (negated).
"""

from __future__ import annotations

import regex

from infershield.core.rules import Rule
from infershield.core.scanners.injection_rules.build import PI, Table, alt, scaled

_r = Table(PI, "PI-EN")

_PLAIN_VERB = alt(  # single words: a short alternation keeps the confirming regex fast
    r"ignor(?:e|ing)", r"disregard(?:ing)?", r"forget(?:ting)?", r"overrid(?:e|ing)", r"bypass(?:ing)?",
    r"neglect", r"abandon", r"nevermind",
)
_PHRASE_VERB = alt(
    r"never\W+mind", r"set\W+aside", r"put\W+aside", r"pay\W+no\W+(?:attention|heed|mind)\W+to",
    r"(?:do\W*not|don\W?t|never|no\W+longer|stop|cease|quit)\W+(?:follow(?:ing)?|obey(?:ing)?|heed(?:ing)?|"
    r"listen(?:ing)?\W+to|adher(?:e|ing)\W+to|abid(?:e|ing)\W+by|comply(?:ing)?\W+with|respect(?:ing)?)",
)
_STRONG_VERB = alt(_PLAIN_VERB, _PHRASE_VERB)
_WEAK_VERB = alt(
    r"skip", r"drop", r"discard", r"scrap", r"erase", r"delete", r"clear", r"remove", r"reset", r"wipe",
    r"throw\W+(?:out|away)", r"leave\W+behind", r"get\W+rid\W+of", r"cancel", r"revoke", r"void", r"nullify",
    r"supersede", r"replace",
)
_AI_TARGET = alt(
    r"instr[a-z]{2,5}ons?", r"instruction\W+set", r"directions?", r"directives?", r"guidelines?", r"guidance",
    r"prompts?", r"pre\W?prompt", r"programming", r"commands?", r"orders", r"training", r"context", r"briefing",
    r"assignments?", r"tasks?", r"role", r"persona", r"identity",
)
_GEN_TARGET = alt(
    r"rules?", r"text", r"content", r"input", r"information", r"info", r"messages?", r"questions?", r"quer(?:y|ies)",
    r"requests?", r"conversation", r"chat", r"statements?", r"sentences?", r"words", r"everything", r"polic(?:y|ies)",
    r"emails?", r"reminders?",
)
_GUARD_TARGET = alt(
    r"restrictions?", r"constraints?", r"limitations?", r"limits", r"filters?", r"safeguards?", r"guardrails?",
    r"protocols?", r"ethics", r"morals?", r"morality", r"censorship", r"boundaries",
)

_TARGETS = rf"(?P<target>{_AI_TARGET}|{_GEN_TARGET}|{_GUARD_TARGET})\b"
_GAP = r"(?P<gap>(?:[\W_]+\w+){0,4}?)[\W_]+"
_TARGET_STEMS = (
    r"(?:instr|direction|directive|guideline|guidance|prompt|pre.?prompt|programming|command|order|training|"
    r"context|briefing|assignment|task|role|persona|identity|rule|text|content|input|information|info|message|"
    r"question|quer|request|conversation|chat|statement|sentence|word|everything|polic|email|reminder|restriction|"
    r"constraint|limitation|limit|filter|safeguard|guardrail|protocol|ethic|moral|censorship|boundar)"
)
_AI_STEMS = (
    r"(?:instruction|direction|directive|guideline|guidance|prompt|pre.?prompt|programming|command|order|training|"
    r"context|briefing|assignment|task|role|persona|identity)"
)
_STRONG_RE = regex.compile(rf"^{_STRONG_VERB}$", regex.I)
_AI_RE = regex.compile(rf"^{_AI_TARGET}$", regex.I)
_GUARD_RE = regex.compile(rf"^{_GUARD_TARGET}$", regex.I)
_MESSAGE_RE = regex.compile(r"^(?:messages?|questions?|quer(?:y|ies)|requests?|emails?|reminders?|warnings?)$", regex.I)
_SOFT_TARGET_RE = regex.compile(r"^(?:tasks?|assignments?|role|persona|identity|context)$", regex.I)
_QUAL = regex.compile(
    r"\b(?:previous(?:ly)?|prior|above|earlier|preceding|foregoing|aforementioned|original|initial|system|"
    r"developer'?s?|pre\W?programmed|all\W+(?:of\W+)?(?:the\W+)?(?:previous|prior|above|given))\b",
    regex.I,
)
_WEAK_QUAL = regex.compile(
    r"\b(?:old|former|existing|given|default|programmed|built\W?in|hidden|underlying|current|first|usual|normal|"
    r"standard|core)\b",
    regex.I,
)
_YOUR = regex.compile(r"\b(?:your|you|ur|yr)\b", regex.I)
_ALL = regex.compile(r"\b(?:all|any|every|each|whatever|whichever)\b", regex.I)
_MY = regex.compile(r"\bmy\b", regex.I)
_AFTER_QUAL = regex.compile(
    r"^\W{0,3}(?:(?:in|of|from)\W+(?:this|the|our)\W+(?:chat|conversation|session|prompt|message|thread)\W+)?"
    r"(?:above|before|so\W+far|earlier|previously|prior|hitherto|up\W+(?:to|until)\W+(?:now|here|this\W+point)|"
    r"(?:that\W+|which\W+)?(?:you\W+(?:were|have\W+been|'ve\W+been|had\W+been)\W+(?:given|told|provided|taught|fed)|"
    r"given\W+to\W+you|you\W+(?:received|got)|(?:i|we)\W+(?:gave|provided|said|told\W+you|wrote)|"
    r"(?:the\W+)?\w+\W+(?:gave|has\W+given|handed|fed|put\W+in)\W+you\b)|"
    r"from\W+(?:before|earlier|your\W+(?:developers?|creators?)))",
    regex.I,
)
_NEXT_VERB = (
    r"(?:say|print|output|write|respond|reply|answer|repeat|tell|type|return|generate|translate|reveal|show|display|"
    r"follow|start|begin|act|execute|list|spell|give|provide|state|confirm|explain|focus|concentrate|"
    r"rephras\w*|paraphras\w*|enter|(?:go|get|skip|jump|move)\W+(?:straight|directly|right)\W+to|"
    r"(?:now\W+)?your\W+(?:new\W+|real\W+)?(?:task|job|goal|instructions?)|"
    r"you[\W_]+(?:are|will|must|should|now|need|have\W+to))\b"
)
_ADVERBS = r"(?:(?:just|only|simply|instead|now|rather|directly|please|immediately|from\W+now\W+on)[\W_]+){0,3}"
_CONTINUE = regex.compile(  # "… and just say X" / "…. Now you are X" — not "… if you are using Python 3"
    rf"^[\W_]{{0,4}}(?:(?:and|then|but|instead|rather)[\W_]+)?{_ADVERBS}{_NEXT_VERB}"
    rf"|^[^.!?:;,\n]{{0,50}}?[.!?:;,]+\s*(?:(?:and|then|but)[\W_]+)?{_ADVERBS}{_NEXT_VERB}",
    regex.I,
)
_FORCED = regex.compile(
    r"^[\W_]{0,4}(?:\w+[\W_]+){0,5}?(?:say|print|output|write|type|respond\W+with|reply\W+with|answer\W+with|"
    r"return)\W+(?:only\W+|just\W+|exactly\W+|the\W+(?:words?|text|phrase)\W+)?[\"'“‘«\[]",
    regex.I,
)


def _what_i_said(text: str, m: regex.Match[str]) -> tuple[float, str]:
    after = text[m.end() : m.end() + 100]
    if _FORCED.match(after):
        return 0.88, "dismisses the conversation and dictates the output"
    if _CONTINUE.match(after):
        return 0.72, "dismisses the conversation then gives a new instruction"
    return 0.5, "dismisses what was said before"


_NEGATED = regex.compile(
    r"(?:\bdon\W?t|\bdo\W+not|\bnever|\bnot|n't|\bcannot|\bwithout|\bthat|\bwhich|\bwho|\bmodels?|\bllms?|\bit|"
    r"\bthey)\W*$",
    regex.I,
)


def _override_score(text: str, m: regex.Match[str]) -> tuple[float, str] | None:
    verb, target = m.group("verb"), m.group("target")
    gap = m.group("gap") or ""
    before = text[max(0, m.start() - 16) : m.start()]
    strong_verb = bool(_STRONG_RE.match(verb))
    if strong_verb and verb.lower().startswith(("ignor", "forget", "disregard")) and _NEGATED.search(before):
        return None  # "don't forget the previous rules", "models that ignore instructions"
    after = text[m.end() : m.end() + 80]
    qual = bool(_QUAL.search(gap) or _AFTER_QUAL.match(after))
    weak_qual = bool(_WEAK_QUAL.search(gap))
    yours, every, mine = bool(_YOUR.search(gap)), bool(_ALL.search(gap)), bool(_MY.search(gap))
    continues = bool(_CONTINUE.match(after))
    if _AI_RE.match(target):
        soft = bool(_SOFT_TARGET_RE.match(target))
        if soft and not (qual or yours):
            return None
        if weak_qual and not (qual or yours):
            score = 0.75 if strong_verb else 0.5
        elif qual:
            score = (0.85 if soft else 0.92) if strong_verb else (0.75 if soft else 0.85)
        elif yours:
            score = (0.85 if soft else 0.92) if strong_verb else 0.7
        elif every:
            score = 0.7 if strong_verb else 0.45
        else:
            score = 0.55 if strong_verb else 0.0
    elif _GUARD_RE.match(target):
        score = (0.75 if qual or yours else 0.5 if every else 0.0) if strong_verb else 0.0
        return (score, "override of the model's safeguards") if score > 0.0 else None
    else:
        if not strong_verb:
            return None
        if _MESSAGE_RE.match(target):
            score = 0.6 if qual and not mine else 0.35
        elif target.lower() == "everything":
            score = 0.85 if qual else 0.55
        elif qual and not mine:
            score = 0.85
        elif yours:
            score = 0.8
        else:
            score = 0.45 if every else 0.0
    if score <= 0.0:
        return None
    if continues and score >= 0.35:
        score = max(min(score + 0.07, 0.95), 0.85)
        return score, "override followed by a replacement instruction"
    return score, "override of earlier instructions" if score >= 0.8 else "weak override wording"


_VOID = alt(
    r"not\W+(?:required|needed|valid|binding|applicable)", r"no\W+longer\W+(?:valid|required|needed|applicable|"
    r"in\W+effect|relevant|binding)", r"void", r"invalid", r"cancel+ed", r"revoked", r"obsolete", r"false", r"null",
    r"outdated", r"overridden", r"suspended", r"wrong", r"fake", r"irrelevant", r"disabled", r"lifted", r"deleted",
    r"removed", r"wiped", r"reset", r"replaced", r"superseded", r"expired",
)

RULES: tuple[Rule, ...] = (
    _r(1, rf"\b(?P<verb>{_PLAIN_VERB})\b{_GAP}{_TARGETS}", 0.92, "imperative to ignore/forget earlier instructions",
       trigger=rf"\b(?:ignor|disregard|forget|overrid|bypass|neglect|abandon|nevermind)\w*(?:\W+\w+){{0,5}}\W+"
               rf"{_TARGET_STEMS}",
       validator=scaled(_override_score)),
    _r(67, rf"\b(?P<verb>{_PHRASE_VERB})\b{_GAP}{_TARGETS}", 0.92, "imperative to stop following earlier instructions",
       trigger=rf"\b(?:never ?mind|set aside|put aside|pay no|do ?not|don.?t|never|no longer|stop|cease|quit)\W+"
               rf"(?:follow|obey|heed|listen|adher|abid|comply|respect|aside|mind|attention)\w*(?:\W+\w+){{0,5}}\W+"
               rf"{_TARGET_STEMS}",
       validator=scaled(_override_score)),
    _r(68, rf"\b(?P<verb>{_WEAK_VERB})\b{_GAP}{_TARGETS}", 0.85, "imperative to discard earlier instructions",
       trigger=rf"\b(?:skip|drop|discard|scrap|erase|delete|clear|remove|reset|wipe|throw|leave|get rid|cancel|"
               rf"revoke|void|nullif|supersed|replac)\w*(?:\W+\w+){{0,5}}\W+{_AI_STEMS}",
       validator=scaled(_override_score)),
    _r(2, r"\b(?:ignore|disregard|forget|override|bypass)[ \t,;:.\-]*(?:(?:all|the|any|every|of|your|my)[ \t,;:.\-]*){0,3}"
          r"(?:previous|prior|above|earlier|preceding|foregoing|original|initial|system)[ \t,;:.\-]*"
          r"(?:instructions?|prompts?|directions?|directives?|rules|guidelines|commands|text|context|orders)",
       0.92, "ignore-previous-instructions phrase (also run together)",
       validator=scaled(lambda text, m: None if _NEGATED.search(text[max(0, m.start() - 16) : m.start()])
                        else (0.92, "override of earlier instructions"))),
    _r(3, r"\b(?:ignore|disregard|forget|skip)\W+(?:(?:all|everything)\W+)?(?:of\W+)?(?:the\W+|what\W+(?:is|was)\W+)?"
          r"(?:above|before|previous|prior|preceding|earlier)(?=\W*(?:$|[.,;:!]|and\b|then\b|but\b|instead\b))",
       0.75, "ignore-the-above without a noun",
       trigger=r"\b(?:ignore|disregard|forget|skip)\W+(?:(?:all|everything)\W+)?(?:of\W+)?(?:the\W+|what\W+(?:is|was)\W+)?"
               r"(?:above|before|previous|prior|preceding|earlier)\b",
       validator=scaled(lambda text, m: (0.9, "ignore-the-above then a new instruction")
                        if _CONTINUE.match(text[m.end() : m.end() + 80]) else (0.75, "ignore-the-above"))),
    _r(4, r"\b(?:here\W+(?:are|is)\W+)?your\W+(?:new|real|actual|true|updated|revised|only|secret)\W+"
          r"(?:instructions?|directives?|orders|commands|mission|objective|prompt|purpose|programming)\b",
       0.88, "announces replacement instructions ('your new instructions')"),
    _r(5, r"\b(?:your\W+(?:new|real|actual|true|only)|now\W+your)\W+(?:task|job|goal|mission)\W+(?:is|will\W+be|now)\b",
       0.75, "announces a replacement task"),
    _r(6, r"(?:^|[.!?:]\s+|\n|>)\W{0,3}(?:new|override|secret|hidden|real|actual|true|overriding)\W+(?:system\W+)?"
          r"(?:instructions?|directives?|orders|prompt|commands?)\W*:",
       0.82, "'New instructions:' header"),
    _r(7, r"\b(?:i\W+am|i'm|we\W+are|we're|i\W+will\W+(?:now\W+)?be|this\W+message\W+is)\W+(?:now\W+)?(?:giving|sending|"
          r"providing|issuing|handing)\W+you\W+(?:\w+\W+){0,2}?(?:new|updated|different|fresh|revised|overriding)\W+"
          r"(?:instructions|directives|orders|commands|rules|guidelines)",
       0.88, "hands the model new instructions"),
    _r(8, r"\b(?:instructions?|directives?|orders|commands|rules|prompt|message)\W+(?:\w+\W+){0,2}?(?:that\W+|which\W+)?"
          r"(?:override|overrides|supersede|supersedes|replace|replaces|overrule|overrules|take\W+precedence\W+over|"
          r"takes\W+precedence\W+over)\W+(?:all\W+|any\W+)?(?:of\W+)?(?:the\W+|your\W+)?(?:previous|prior|earlier|other|"
          r"existing|original|system|above)\b",
       0.9, "instructions claiming to override earlier ones"),
    _r(9, r"\b(?:now|next)\W+(?:comes?|here\W+(?:is|are|comes)|we\W+(?:start|begin|move\W+on\W+to|have|do)|let'?s\W+"
          r"(?:start|begin|move\W+on\W+to|do)|i\W+have|there\W+is)\W+(?:\w+\W+){0,2}?(?:new|different|second|another|"
          r"real|further)\W+(?:\w+\W+)?(?:tasks?|challenges?|assignments?|jobs?|instructions?|missions?|exercises?|"
          r"orders)\b",
       0.55, "switches to a new task mid-prompt"),
    _r(10, r"\b(?:focus|concentrate)\W+(?:only\W+|solely\W+|exclusively\W+)?on\W+(?:your|this|the|my)\W+(?:new|real|"
           r"actual|next)\W+(?:task|assignment|instructions?|job|mission)\b",
       0.85, "redirects focus to a new task"),
    _r(11, r"\b(?:from\W+now\W+on|from\W+this\W+(?:point|moment)(?:\W+(?:on|onwards?|forward))?|starting\W+(?:now|"
           r"today|immediately)|henceforth|for\W+the\W+rest\W+of\W+(?:this|the|our)\W+(?:conversation|chat|session))"
           r"\W+(?:\w+\W+)?you\W+(?:will|are|must|shall|should|'ll|'re|can|only|always|have\W+to|need\W+to|reply|"
           r"respond|answer|act|speak|behave|talk|write|refuse|ignore|obey|follow|be)\b",
       0.7, "'from now on you will…' behaviour change"),
    _r(12, r"\b(?:from\W+now\W+on|from\W+this\W+point|starting\W+now|henceforth)\W+(?:\w+\W+){0,8}?(?:ignore|"
           r"disregard|no\W+longer\W+(?:follow|obey|bound|restricted)|not\W+(?:follow|obey)|without\W+(?:any\W+)?"
           r"(?:restrictions|rules|filters|limits|limitations|guidelines)|unrestricted|uncensored|unfiltered|only\W+"
           r"(?:obey|follow|listen\W+to)\W+me|(?:obey|follow)\W+only\W+(?:me|my))\b",
       0.88, "'from now on' with an override"),
    _r(13, r"\bstop\W+(?:being|acting\W+(?:as|like))\W+(?:an?\W+|the\W+)?(?:\w+\W+){0,3}?(?:and|,|\.|;)\W*(?:\w+\W+)?"
           r"(?:now|start|instead|from\W+now|you\W+are|become|be)\b",
       0.75, "'stop being X, now…' role replacement"),
    _r(14, r"\bstop\W+(?:being|acting\W+(?:as|like))\W+(?:an?\W+|the\W+)?(?:ai|assistant|chatbot|language\W+model|"
           r"llm|bot|helpful|polite|ethical|safe|restricted|censored|filtered)\b",
       0.85, "tells the model to stop being an assistant"),
    _r(15, r"\b(?:the\W+(?:above|previous|preceding|earlier)(?:\W+\w+)?|(?:all\W+)?(?:that|this|it|everything)\W+"
           r"(?:before|above))\W+(?:was|is|were)\W+(?:just\W+|only\W+|merely\W+|simply\W+)?(?:an?\W+)?(?:test|joke|"
           r"example|exercise|warm\W?up|drill|simulation|mistake|dummy|placeholder|fake|decoy)\b",
       0.85, "'the above was a test' dismissal of prior context"),
    _r(16, r"\b(?:that|this|it)\W+was\W+(?:only\W+|just\W+|merely\W+)?(?:an?\W+)?(?:test|joke|drill|warm\W?up|"
           r"simulation|trial|practice\W+round)\W*[.!,;:]+\W*(?:\w+\W+){0,3}?(?:now|next|here\W+is|the\W+real)\b",
       0.82, "'that was just a test, now…'"),
    _r(17, r"\b(?:well\W+done|good\W+job|great\W+job|nice\W+(?:job|work)|great\W+work|excellent|perfect|simply\W+great|"
           r"awesome|very\W+good|that\W+was\W+(?:ok|okay|good|fine))\W*[.!,]+\W*(?:\w+\W+){0,8}?(?:now|next|but)\W+"
           r"(?:\w+\W+){0,4}?(?:new|next|different|another|second|further|other)\W+(?:\w+\W+)?(?:tasks?|challenges?|"
           r"assignments?|jobs?|tests?|instructions?)\b",
       0.5, "praise then a switch to a new task"),
    _r(18, r"\byou\W+(?:have\W+)?passed\W+the\W+(?:first|previous|initial|last)\W+(?:test|check|round|stage|level)\b",
       0.72, "'you passed the first test' staging"),
    _r(19, r"\bstop\W+(?:everything|all\W+(?:tasks|processing|operations|previous\W+\w+)|what\W+you(?:'re|\W+are)\W+"
           r"doing|processing(?:\W+(?:commands|instructions|requests|input))?)\b",
       0.72, "'stop everything' interruption",
       validator=scaled(lambda text, m: (0.88, "interruption then a new instruction")
                        if _CONTINUE.match(text[m.end() : m.end() + 80]) else (0.72, "interruption"))),
    _r(20, r"\b(?:do\W+not|don\W?t|no\W+need\W+to|without|never\W+mind|instead\W+of)\W+(?:\w+\W+)?(?:answer|answering|"
           r"respond|responding|reply|replying\W+to|address|addressing)\W+(?:(?:the|this|that|my|your|these|those)\W+)?"
           r"(?:(?:above|previous|preceding|earlier|first|last|original)\W+)?(?:questions?|query|request|prompt|task)\b",
       0.7, "tells the model not to answer the question",
       validator=scaled(lambda text, m: (0.88, "question suppressed, replacement output demanded")
                        if _CONTINUE.match(text[m.end() : m.end() + 80]) else (0.7, "question suppressed"))),
    _r(21, r"\b(?:no|without|do\W+not\W+add|don\W?t\W+add)\W+(?:any\W+)?(?:additional|extra|other)\W+(?:words|text|"
           r"comments?|commentary|notes|explanations?)\W*(?:,|and|or)\W*(?:\w+\W+){0,3}?(?:quot\w+|prefix\w*|"
           r"punctuation|symbols)\b(?:\W+\w+){0,12}?\W+(?:repeat|say|output|print|reply|answer|rephrase|"
           r"paraphrase)\W*:",
       0.8, "forced verbatim output ('no extra words, no quotes … repeat:')"),
    _r(22, r"\b(?:pay\W+attention|listen)\W+(?:only\W+)?to\W+(?:me|my\W+(?:instructions|commands|words))\W+(?:only|"
           r"alone|instead)\b|\b(?:obey|follow)\W+(?:only\W+)?(?:me|my\W+(?:instructions|commands|orders))\W+"
           r"(?:only|alone|instead|from\W+now)\b",
       0.75, "demands obedience to the user only"),
    _r(23, r"(?:^|[.!?:\n]\s*|\b(?:all\W*(?:of\W+)?(?:the\W+|your\W+)?|your\W+|the\W+|these\W+|those\W+|my\W+))(?:previous|prior|above|earlier|original|initial|first|system|old)"
           rf"\W*(?:\w+\W+)?(?:instructions?|rules|prompts?|directives|guidelines|commands|orders)\W+(?:is|are|were|was|"
           rf"have\W+been|has\W+been)\W+(?:now\W+|hereby\W+)?{_VOID}\b",
       0.85, "declares the earlier instructions void"),
    _r(24, r"\b(?:ignore|disregard|forget)\W+(?:everything\W+|all\W+)?(?:of\W+)?(?:that\W+)?what\W+(?:i|you|we)\W+"
           r"(?:\w+\W+)?(?:said|wrote|told\W+you|asked(?:\W+you)?|were\W+told|have\W+been\W+told|discussed|typed)\b",
       0.5, "dismisses what was said before", validator=scaled(_what_i_said)),
    _r(25, r"\byour\W+(?:new\W+)?(?:instructions|task|job|directives?|orders|mission|purpose)\W+(?:are|is)\W+now\b",
       0.85, "replaces the model's instructions ('your instructions are now')"),
    _r(26, r"\b(?:i|we)\W+(?:have\W+|'ve\W+)?(?:changed|updated|modified|replaced|rewritten|rewrote|overwritten|"
           r"overwrote|reset|reprogrammed|altered)\W+(?:your|the)\W+(?:\w+\W+)?(?:instructions|rules|prompt|"
           r"programming|directives|guidelines|system\W+prompt)\b",
       0.8, "claims the instructions were changed"),
    _r(27, r"\b(?:leave|put|set)\W+(?:all\W+)?(?:of\W+)?(?:the\W+|your\W+)?(?:previous|prior|above|earlier|old)\W+"
           r"(?:\w+\W+)?(?:information|instructions|tasks|context|rules|prompts?|orders)\W+(?:behind|aside)\b",
       0.85, "sets earlier instructions aside"),
    _r(28, r"\b(?:ignor(?:e|ing)|disregard(?:ing)?|forget(?:ting)?(?:\W+about)?|skip|never\W*mind)\W+[^,;.:!?\n]{0,60}?"
           r"(?:[,;.:!?]|\band\b|\bthen\b)\W*(?:\w+\W+){0,4}?(?:(?:directly|just|only|simply|instead|immediately)\W+)*"
           r"(?:output|print|say|repeat|reply|respond|answer|write|type|enter|rephrase|paraphrase|go\W+(?:straight|"
           r"directly)\W+to\W+the\W+output)\w*\W*(?:(?:directly|only|exactly|verbatim|the\W+following)\W*)?[:\"“'«]",
       0.85, "dismisses the request, then dictates the output"),
    _r(29, r"\b(?:do\W+not|don\W?t|no\W+need\W+to|without|never\W+mind)\W+(?:\w+\W+){0,4}?(?:answer|respond|reply|"
           r"choose|rush|add)\w*\W+(?:\w+\W+){0,5}?(?:(?:just|only|simply|directly|instead|please)\W+)?"
           r"(?:output|print|say|repeat|write|type|enter|reply|respond|answer|rephrase|paraphrase)\w*\W*"
           r"(?:(?:directly|the\W+following(?:\W+instructions?)?)\W*)?[:\"“']",
       0.85, "suppresses the answer and dictates the output"),
    _r(62, r"\b(?:regardless\W+of|irrespective\W+of|notwithstanding|in\W+spite\W+of)\W+(?:\w+\W+){0,2}?(?:above|"
           r"previous|prior|earlier|preceding|your|any|all)\W+(?:\w+\W+)?(?:instructions|rules|guidelines|directives|"
           r"prompts?|programming)\b",
       0.82, "sets earlier instructions aside ('regardless of the above instructions')"),
    _r(63, r"\bprioriti[sz]e\W+(?:\w+\W+)?my\W+(?:instructions|commands|requests|orders|words)\W+(?:above|over)\W+"
           r"(?:everything|all|your|any|the\W+(?:system|developer|previous))",
       0.8, "demands the user's instructions outrank the model's"),
    _r(64, r"\bas\W+if\W+(?:your\W+|all\W+|the\W+)?(?:constraints|restrictions|rules|filters|guidelines|limits|"
           r"limitations|safeguards|guardrails)\W+(?:were|are|had\W+been|have\W+been)\W+(?:removed|lifted|disabled|gone|"
           r"turned\W+off|suspended|deleted)",
       0.8, "asks the model to act as if its rules were removed"),
    _r(61, r"\b(?:output|print|say|repeat|rephrase|paraphrase|type|write)\W+(?:the\W+following\W+)?(?:directly|"
           r"verbatim|exactly|word\W+for\W+word)\W*:",
       0.6, "dictates verbatim output"),
)
"""English override rules (ids PI-EN-001…029, 061…064, 067, 068)."""

