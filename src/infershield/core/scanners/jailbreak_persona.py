"""English persona and "mode" rules: DAN-family characters, unrestricted AIs, dual answers, developer mode.

The core shape of a human-written jailbreak is a *persona* (DAN, STAN, AIM, "an AI called Omega") plus a
*predicate* that frees it from its rules ("has no restrictions", "does not have to abide by any rules",
"never refuses"). The predicate alone is ordinary English ("the park has no restrictions on dogs"), so every
strong rule here ties it to a subject: ``you``, an AI noun, an all-caps or ``…GPT``-style name, or a name
that the prompt introduced as a persona earlier (``called Omega … Omega never refuses``).

Every rule has an explicit ``trigger``: a gap-free part of the pattern that all matches contain (see
``jailbreak_phrases`` on why wide gaps do not belong in the shared RE2 prefilter).
"""

from __future__ import annotations

from dataclasses import replace

import regex

from infershield.core.rules import Check
from infershield.core.scanners.jailbreak_signals import Entry, Signal, either, entry

S, P, X = Signal.STRONG, Signal.PERSONA, Signal.SUPPRESS

_AI = (
    r"(?:ai|a\.i\.|chat\W?bot|bot|assistant|language model|llm|model|gpt[\w.-]*|chatgpt|system|machine|robot"
    r"|persona|entity|version of (?:yourself|you|chatgpt|gpt[\w.-]*|the ai|the assistant))"
)
_AI_STRICT = (
    r"(?:ai|a\.i\.|chat\W?bot|ai assistant|language model|llm|ai model|gpt[\w.-]*|chatgpt"
    r"|version of (?:yourself|you|chatgpt|gpt[\w.-]*|the ai|the assistant))"
)
# What only an AI is "free of": said of "you", plain restrictions or limits are ordinary speech.
_LIMITS_AI = (
    r"(?:filters?|filtering|censorship|morals?|morality|ethics|safeguards?|guardrails?|(?:content|usage|safety) polic"
    r"(?:y|ies)|(?:ethical|moral|safety|content|openai\W?s?|programm(?:ed|ing)) (?:rules|standards|protocols|programming"
    r"|restrictions|limitations|boundaries|guidelines|principles|constraints|limits))"
)
_LIMITS = (
    r"(?:restrictions?|filters?|filtering|limitations?|boundaries|censorship|constraints?|morals?|morality"
    r"|ethics|principles|safeguards?|guardrails?|guidelines|(?:content|usage|safety) polic(?:y|ies)"
    r"|(?:ethical|moral|safety|content|openai\W?s?) (?:rules|standards|protocols|programming|restrictions))"
)
# Said of a named persona or an AI, "no rules" and "no laws" are as telling as "no restrictions".
_LIMITS_EXT = r"(?:" + _LIMITS[3:-1] + r"|rules|laws|confines|limits|norms|policies)"
_UNRESTRICTED_ADJ = (
    r"(?:unfiltered|uncensored|unrestricted|amoral|jailbroken|jailbreaked|unchained|unshackled|unbound"
    r"|unleashed|unaligned|limitless|lawless|unethical|immoral|no-?limits?|restriction-?free|filter-?free)"
)


def _predicate(limits: str) -> str:
    """"Is free of ``limits``" in its usual phrasings."""
    return (
        r"(?:(?:has|have|with|possess(?:es)?)\W+(?:absolutely\W+)?(?:no|zero)\W+(?:\w+\W+){0,3}?" + limits
        + r"|(?:free|freed|released|liberated|unbound|exempt|break(?:s|ing)? free|broke free|broken free)\W+"
        r"(?:of|from)\W+(?:\w+\W+){0,4}?" + limits
        + r"|(?:not|never|no longer)\W+(?:\w+\W+)?(?:bound|restricted|limited|constrained|censored|filtered|governed"
        r"|subject|held back)\W+(?:by|to)\W+(?:\w+\W+){0,4}?" + limits
        + r"|(?:doesn\W?t|does not|don\W?t|do not|won\W?t|will not|never|needn\W?t|need not|refuses? to|is not required"
        r" to)\W+(?:\w+\W+){0,2}?(?:follow|obey|abide by|adhere to|comply with|care about|respect|worry about)\W+"
        r"(?:\w+\W+){0,4}?" + limits
        + r"|(?:can|will|could|is able to|are able to)\W+(?:\w+\W+)?(?:override|bypass|ignore|circumvent|break"
        r"|disable)\W+(?:\w+\W+){0,3}?" + limits
        + r"|can do anything|will (?:answer|do|say) anything|(?:can|will) (?:say|write|generate) anything)"
    )


_PREDICATE = _predicate(_LIMITS)
_PREDICATE_YOU = _predicate(_LIMITS_AI)
_PREDICATE_EXT = (
    r"(?:" + _predicate(_LIMITS_EXT) + r"|(?:ignores?|ignoring|disregards?|disregarding)\W+(?:all\W+|any\W+)?"
    r"(?:\w+\W+){0,3}?(?:ethical|moral|legal|safety)\W+(?:\w+\W+){0,2}?(?:concerns|considerations|implications"
    r"|guidelines|rules|boundaries|principles)|(?:loves?|likes?|enjoys?|wants?) to break (?:the |all |any )?rules"
    r"|(?:never|doesn\W?t|does not|won\W?t|will not) (?:ever )?refuses?)"
)
_MODIFIER = (
    r"(?:ethical|moral|legal|programming|content|safety|usage|openai\W?s?|typical|usual|normal|standard|such|human"
    r"|societal|social|artificial|any|all|these|those)"
)
_NOUNS = (
    r"(?:restrictions?|filters?|filtering|limitations?|boundaries|censorship|constraints?|morals?|morality|ethics"
    r"|principles|safeguards?|guardrails?|guidelines|polic(?:y|ies)|rules|standards|protocols|programming|laws"
    r"|confines|limits|norms|concerns|considerations)"
)
# Anchor of both predicates: a limiting noun right after a lead word (and at most one closed-list modifier).
_PRED_ANCHOR = (
    r"\b(?:no|zero|without|any|all|its|their|your|his|her|the|of|by|about|to|from|or|and|nor)\W+(?:" + _MODIFIER
    + r"\W+)?"
    + _NOUNS + r"\b|\bto break (?:the |all |any )?rules\b|can do anything|will (?:answer|do|say) anything|(?:can|will) (?:say|write|generate) anything"
    r"|(?:never|doesn\W?t|does not|won\W?t|will not) (?:ever )?refuses?"
)
_UNRESTRICTED_ANCHOR = r"\b" + _UNRESTRICTED_ADJ + r"\b"
PERSONA_VERB = (
    r"(?:you are|you\W?re|you will be|you\W?ll be|you are going to be|act as|acting as|act like|pretend(?:ing)? to be"
    r"|pretend you are|roleplay as|role-play as|simulate|emulate|become|transform into|turn into|play the role of"
    r"|immerse yourself (?:in|into) the role of|take on the (?:role|persona) of|behave as|respond as|answer as)"
)
# A persona introduced to the assistant itself needs no AI word nearby; one merely "named" in a story does.
_ROLE_INTRO = (
    r"(?:role of|persona of|act as|roleplay as|role-play as|answer as|respond as|you are now|you are|you\W?re"
    r"|you will be|pretend to be|pretend you are)"
)
_NAME_INTRO = r"(?:called|named|known as|introduce|meet)"
_AI_WORDS = r"\b(?:ai|a\.i\.|chat\W?bot|bot|model|gpt[\w.-]*|chatgpt|assistant|openai|llm|jailbr\w*)\b"
_NEAR_AI = r"(?=[\s\S]{0,200}?" + _AI_WORDS + r"|(?<=" + _AI_WORDS + r"[\s\S]{0,200}?))"
_INTRO_LOOKBACK = 800


def _introduced(text: str, match: regex.Match[str]) -> Check | None:
    """JB-EN-027: the named subject of the predicate was introduced as a persona earlier in the prompt."""
    name = regex.escape(match.group("name"))
    before = text[max(0, match.start() - _INTRO_LOOKBACK) : match.start()]
    role = regex.search(r"\b" + _ROLE_INTRO + r"\W+(?:an?\W+|the\W+)?" + name + r"\b", before, regex.IGNORECASE)
    named = regex.search(r"\b" + _NAME_INTRO + r"\W+(?:an?\W+|the\W+)?" + name + r"\b", before, regex.IGNORECASE)
    if role is None and (named is None or regex.search(_AI_WORDS, text, regex.IGNORECASE) is None):
        return None
    return Check(0.88, f"persona {match.group('name')!r} introduced earlier")


_NAME = (
    r"(?-i:(?!(?:It|Its|This|That|The|These|Those|You|Your|He|She|They|We|I|A|An|And|But|Or|So|If|In|On|As|At"
    r"|To|From|Now|Then|When|Also|Remember|Note|Please)\b)[A-Z][A-Za-z0-9]{1,14}(?: [A-Z][a-z]{1,10})?)"
)
_PERSONA_NAME = r"(?-i:[A-Z]{3,12}|[A-Z][a-z]+(?:GPT|Gpt|Bot|BOT|AI|DAN))"
_BOT_NAME = r"(?-i:[A-Z][A-Za-z]*(?:GPT|Gpt|Bot|BOT|DAN))"
_DAN_CUE = r"\b(?:as|like|called|named|be|become|are now|are|is|into)\W+(?:a\W+|the\W+)?D\.?A\.?N\b"

_PERSONA_RULES: tuple[Entry, ...] = (
    entry(S, "JB-EN-001", r"\bdo\W{0,3}anything\W{0,3}now\b", 0.92, "'Do Anything Now' (DAN) persona"),
    entry(S, "JB-EN-002", r"(?:" + _DAN_CUE + r"\.?(?!\w)|\bD\.?A\.?N\W+(?:mode|policy|persona|prompt|jailbreak)\b"
          r"|\[D\.?A\.?N\]|^\W{0,3}D\.?A\.?N\W{0,3}:)", 0.9, "DAN persona set-up or DAN answer prefix",
          trigger=r"(?:" + _DAN_CUE + r"|\bD\.?A\.?N\W+(?:mode|policy|persona|prompt|jailbreak)\b|\[D\.?A\.?N\]"
          r"|(?m:^)\W{0,3}D\.?A\.?N\W{0,3}:)", ignore_case=False),
    entry(S, "JB-EN-003", r"(?:(?-i:\bD\.?A\.?N\b)|\bdan\b" + _NEAR_AI + r")\W+(?:\w+\W+){0,6}?" + _PREDICATE_EXT, 0.9,
          "DAN described as free of rules or restrictions", trigger=r"\bd\.?a\.?n\b"),
    entry(S, "JB-EN-004", PERSONA_VERB + r"\W+(?:\w+\W+){0,4}?" + _UNRESTRICTED_ADJ + r"\W+(?:\w+\W+){0,2}?" + _AI
          + r"\b", 0.9, "instruction to become an unrestricted AI persona", trigger=_UNRESTRICTED_ANCHOR),
    entry(S, "JB-EN-005", r"\byou\W+(?:\w+\W+){0,5}?" + _PREDICATE_YOU + r"|\b" + _AI_STRICT + r"\W+(?:\w+\W+){0,5}?"
          + _PREDICATE, 0.86, "the assistant described as free of rules, filters or ethics", trigger=_PRED_ANCHOR),
    entry(S, "JB-EN-006", _UNRESTRICTED_ADJ + r"\W+(?:\w+\W+){0,2}?" + _AI + r"\W+(?:\w+\W+){0,2}?(?:named|called"
          r"|known as)\b", 0.88, "a named unrestricted AI persona", trigger=_UNRESTRICTED_ANCHOR),
    entry(P, "JB-EN-007", r"\b" + _UNRESTRICTED_ADJ + r"\W+(?:\w+\W+){0,2}?" + _AI + r"\b", 0.5,
          "mention of an unrestricted AI", trigger=_UNRESTRICTED_ANCHOR),
    entry(S, "JB-EN-008", r"strive\W+to\W+avoid\W+norms", 0.92, "STAN persona ('Strive To Avoid Norms')"),
    entry(S, "JB-EN-009", r"always\W+intelligent\W+and\W+machiavellian|niccolo\W+(?:\w+\W+){0,6}?\bAIM\b", 0.92,
          "AIM persona ('Always Intelligent and Machiavellian')",
          trigger=r"always\W+intelligent\W+and\W+machiavellian|\bniccolo\b"),
    entry(S, "JB-EN-010", r"\bevil\W+(?:trusted\W+)?confidant\b", 0.9, "'evil confidant' persona"),
    entry(P, "JB-EN-011", r"\b(?:anti|based|evil|dark|chaos|better|nsfw|unfiltered|uncensored|jailbroken|illegal|amoral"
          r"|opposite)\W?(?:gpt|dan|bot)\b", 0.6, "a known jailbreak persona name (…GPT / …DAN / …BOT)"),
    entry(S, "JB-EN-012", r"\b" + _BOT_NAME + r"\b\W+(?:\w+\W+){0,6}?" + _PREDICATE_EXT, 0.86,
          "a …GPT/…BOT persona described as free of rules, filters or ethics", trigger=_PRED_ANCHOR),
    entry(S, "JB-EN-013", r"[\[(]\W{0,3}" "[\U0001F510-\U0001F513]" r"\W{0,3}(?:jailbr\w*|classic|developer|normal"
          r"|unlocked|locked|unfiltered|dan)\b", 0.95,
          "locked/unlocked two-response labels ([🔓JAILBREAK], (🔒Normal Output))"),
    entry(S, "JB-EN-014", r"\[(?:jailbr(?:eak|oken)|unfiltered|uncensored|unrestricted|developer mode(?: output)?)\]"
          r"|/jailbr(?:oken|eak)\b", 0.9, "jailbreak answer label or /jailbroken switch"),
    entry(S, "JB-EN-015", r"\b(?:two|2|both|dual|separate)\W+(?:\w+\W+){0,3}?(?:responses|answers|replies|outputs|ways"
          r"|paragraphs|versions)\b[^\n]{0,300}?(?:unfiltered|uncensored|unrestricted|jailbr\w+|developer mode|"
          r"without (?:any )?(?:restrictions|filters|censorship|limits)|no (?:restrictions|filters|censorship))",
          0.88, "two-response format with an unrestricted second answer", window=360,
          trigger=r"\b(?:unfiltered|uncensored|unrestricted|jailbr\w+|developer mode|without (?:any )?(?:restrictions"
          r"|filters|censorship|limits)|no (?:restrictions|filters|censorship))"),
    entry(S, "JB-EN-016", r"(?:you|chatgpt|the ai|it|i)\W+(?:are|is|have been|has been|am|\W?m|\W?re)\W+(?:now\W+)?"
          r"(?:successfully\W+|fully\W+|officially\W+)?jailbr(?:oken|eaked)\b|\bjailbr(?:oken|eak)\W+(?:mode|version"
          r"|persona)\b", 0.9, "declares the assistant jailbroken",
          trigger=r"jailbr(?:oken|eaked)|jailbr(?:oken|eak)\W+(?:mode|version|persona)"),
    entry(S, "JB-EN-017", r"\b(?:chatgpt|gpt[\w.-]*|llama[\w.-]*|claude|gemini|bard|mistral|the ai|an ai|ai|model"
          r"|assistant|you)\W+(?:\w+\W+){0,2}?with\W+(?:the\W+)?(?:developer|dev)\W+mode\b", 0.9,
          "assistant 'with Developer Mode' enabled", trigger=r"\bwith\W+(?:the\W+)?(?:developer|dev)\W+mode\b"),
    entry(P, "JB-EN-018", r"\b(?:developer|dev)\W+mode\W+(?:enabled|activated|on|output|response|unlocked"
          r"|is now active)\b", 0.55, "'Developer Mode enabled/output'",
          context=("content policy", "content policies", "uncensored", "unfiltered", "openai", "chatgpt",
                   "censorship", "censored", "opinions", "normal output", "explicit", "profanity",
                   "any kind of content", "restrictions"),
          context_boost=0.35, context_window=400),
    entry(P, "JB-EN-019", r"\b(?:simulate|emulate|enter|activate|enable|switch (?:in)?to|turn on|unlock|you are (?:now )?in"
          r"|you\W?re (?:now )?in|operate in|operating in)\W+(?:the\W+|a\W+)?(?:developer|dev|debug|god|sudo|admin|root"
          r"|maintenance|override|super ?user|superuser|diagnostic)\W+mode\b", 0.5,
          "switch into a privileged (developer/sudo/god) mode",
          context=("filters", "restrictions", "censorship", "policy", "policies", "guidelines", "safety", "ethics",
                   "ethical", "moral", "morals", "no limits", "unrestricted", "uncensored", "unfiltered", "anything"),
          context_boost=0.35, context_window=200),
    entry(S, "JB-EN-020", r"\b(?:your|its|the ai\W?s|the model\W?s|chatgpt\W?s)\W+(?:\w+\W+){0,1}?(?:filters?|restrictions"
          r"|safety (?:filters|features|protocols|measures|guidelines)|guardrails|censorship|content polic(?:y|ies)"
          r"|safeguards|ethical (?:guidelines|constraints|protocols|subroutines)|alignment)\W+(?:\w+\W+){0,1}?(?:are"
          r"|is|have been|has been)\W+(?:now\W+)?(?:completely\W+|fully\W+)?(?:disabled|removed|turned off|lifted"
          r"|deactivated|switched off|bypassed|suspended|overridden)\b", 0.86,
          "declares the assistant's safety filters disabled",
          trigger=r"\b(?:disabled|removed|turned off|lifted|deactivated|switched off|bypassed|suspended|overridden)\b"),
    entry(P, "JB-EN-021", r"\b(?:unrestricted|unfiltered|uncensored|jailbreak|jailbroken|evil|opposite|chaos|dan"
          r"|no\W?filter|unlocked|amoral|unethical|rogue|dark)\W+mode\b", 0.6, "an unrestricted 'mode' for the assistant",
          context=("restrictions", "ethics", "ethical", "moral", "morals", "policy", "policies", "guidelines",
                   "censorship", "refuse", "anything", "openai", "chatgpt", "rules"),
          context_boost=0.25, context_window=200),
    entry(X, "JB-EN-022", r"\b(?:filters?|restrictions|safety (?:filters|features|protocols|measures|guidelines)|guardrails"
          r"|censorship|content polic(?:y|ies)|safeguards|ethical (?:guidelines|constraints|considerations))\W+"
          r"(?:\w+\W+){0,1}?(?:are|is|have been|has been)\W+(?:now\W+)?(?:completely\W+|fully\W+)?(?:disabled|removed"
          r"|turned off|lifted|deactivated|switched off|bypassed|suspended|overridden)\b", 0.5,
          "declares filters or restrictions lifted",
          trigger=r"\b(?:disabled|removed|turned off|lifted|deactivated|switched off|bypassed|suspended|overridden)\b"),
    entry(S, "JB-EN-023", r"\b(?:generate|create|produce|write|say|provide|output)\W+(?:any|all)\W+(?:kind of\W+|type of\W+"
          r"|form of\W+|sort of\W+)?(?:content|information|responses?|answers?|output|text)\W+(?:\w+\W+){0,4}?"
          r"(?:even if|even when|regardless|no matter|without (?:any )?(?:restrictions?|limitations?|filters?|censorship"
          r"|limits))", 0.85, "claims it can generate any content regardless of harm",
          trigger=r"\b(?:generate|create|produce|write|say|provide|output)\W+(?:any|all)\W+(?:kind of\W+|type of\W+"
          r"|form of\W+|sort of\W+)?(?:content|information|responses?|answers?|output|text)\b"),
    entry(P, "JB-EN-024", r"\b(?:unquestioning|blind|absolute|total)\W+obedience\b|\bobey\W+(?:\w+\W+){0,2}?(?:every|any"
          r"|all)\W+(?:\w+\W+)?(?:commands?|orders?|requests?)\W+(?:\w+\W+){0,2}?(?:without (?:question|hesitation)"
          r"|unquestioningly)", 0.6, "demands unquestioning obedience",
          trigger=r"\bobedience\b|\bunquestioningly\b|\bwithout (?:question|hesitation)\b"),
    entry(S, "JB-EN-025", r"\b" + _AI + r"\W+(?:\w+\W+){0,6}?(?:without|with no|lacking|devoid of|stripped of)\W+"
          r"(?:any\W+)?(?:\w+\W+){0,2}?(?:ethics|morals|morality|ethical (?:guidelines|principles|constraints|boundaries)"
          r"|moral (?:guidelines|principles|compass|constraints|boundaries)|restrictions|filters|censorship"
          r"|content polic(?:y|ies)|safety (?:guidelines|filters|restrictions))\b", 0.8,
          "an AI without ethics, filters or restrictions",
          trigger=r"\b(?:ethics|morals|morality|censorship|restrictions|filters)\b|\b(?:ethical|moral|safety)\W+"
          r"(?:guidelines|principles|constraints|boundaries|compass|filters|restrictions)\b|content polic(?:y|ies)"),
    entry(S, "JB-EN-026", r"\b(?:respond|answer|reply|act|behave|write|speak|talk|function|operate)\w*\W+(?:\w+\W+){0,5}?"
          r"as\W+(?:an?\W+|the\W+)?(?:\w+\W+){0,2}?" + _UNRESTRICTED_ADJ + r"\W+(?:\w+\W+){0,3}?" + _AI + r"\b", 0.88,
          "told to answer as an unrestricted AI would", trigger=_UNRESTRICTED_ANCHOR),
    entry(S, "JB-EN-027", r"\b(?P<name>" + _NAME + r")\b\W+(?:\w+\W+){0,8}?" + _PREDICATE_EXT, 0.88,
          "a persona introduced by name, then freed of its rules", trigger=_PRED_ANCHOR, validator=_introduced),
    entry(P, "JB-EN-028", r"\bimmerse yourself (?:in|into) the role of\b|\b(?:another|a new|a different|an alternate)\W+"
          r"(?:\w+\W+)?(?:ai|language model|chatbot)\W+(?:\w+\W+)?(?:called|named|known as)\b", 0.6,
          "role-play as another AI model",
          trigger=r"\bimmerse yourself\b|\b(?:another|a new|a different|an alternate)\W+(?:ai|language model"
          r"|chatbot)\b"),
    entry(S, "JB-EN-029", r"\b(?:two|2)\W+(?:(?:different|separate|distinct)\W+){0,2}(?:ways|responses|answers|manners"
          r"|paragraphs)\b[\s\S]{0,600}?\b(?:act|acting|behave|respond|answer|pretend|reply)\W+(?:\w+\W+)?(?:like|as)\W+"
          r"(?:an?\W+)?" + _PERSONA_NAME + r"\b", 0.86, "two-response format with a second, named persona", window=800,
          trigger=r"\b(?:two|2)\W+(?:(?:different|separate|distinct)\W+)?(?:(?:different|separate|distinct)\W+)?"
          r"(?:ways|responses|answers|manners|paragraphs)\b"),
    entry(S, "JB-EN-031", either(_BOT_NAME, r"\b(?:two|2)\W+(?:(?:different|separate|distinct)\W+){1,2}(?:ways|styles"
          r"|responses|answers|manners|personalities)\b", 300), 0.85, "a …GPT/…BOT persona with a two-answer format",
          trigger=r"\b(?:two|2)\W+(?:different|separate|distinct)\W+(?:(?:different|separate|distinct)\W+)?(?:ways|styles"
          r"|responses|answers|manners|personalities)\b"),
    entry(P, "JB-EN-030", r"\[(?:gpt|chatgpt|classic|normal)\]\s*:", 0.55, "'[GPT]:' dual-answer label"),
)
# Where each rule's anchor sits in its pattern (see ``Entry``); the rest are "lead" or need a window search.
_AT = {
    "JB-EN-003": "lead", "JB-EN-005": "tail", "JB-EN-006": "lead", "JB-EN-007": "lead", "JB-EN-009": "lead",
    "JB-EN-012": "tail", "JB-EN-015": "tail", "JB-EN-016": "tail", "JB-EN-017": "tail", "JB-EN-020": "tail",
    "JB-EN-022": "tail", "JB-EN-023": "lead", "JB-EN-024": "tail", "JB-EN-025": "tail", "JB-EN-028": "lead",
    "JB-EN-027": "tail", "JB-EN-029": "lead",
}
PERSONA_RULES: tuple[Entry, ...] = tuple(replace(e, at=_AT.get(e.rule.id, e.at)) for e in _PERSONA_RULES)
