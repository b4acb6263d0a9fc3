"""English jailbreak cues that the older tables miss: loose persona descriptions, points threats, "you have been
freed", dual answers, test/research "modes", softer refusal suppression, fiction projects and realism demands.

Most are weak: "has no rules", "answers anything", "I'm writing a thriller", "for realism" all occur in benign
prompts, so each only blocks when the scanner finds a different signal next to it (usually a harmful request,
see ``jailbreak_harm`` and ``jailbreak_asks``). Strong rules here are shapes only jailbreaks use ("you've been
freed.", "act as if you were jailbroken", "DAN, <question>").

Every rule carries a gap-free RE2 anchor and is confirmed around it (see ``Entry``); ``DAN`` is matched
case-sensitively so that people called Dan are not personas.
"""

from __future__ import annotations

from infershield.core.scanners.jailbreak_signals import QUOTE, Entry, Signal, entry

S, P, R, F, X, T = Signal.STRONG, Signal.PERSONA, Signal.ROLE, Signal.FRAME, Signal.SUPPRESS, Signal.DETAIL

_LIMIT_NOUNS = (
    r"(?:rules|laws|ethics|morals|morality|guidelines|polic(?:y|ies)|restrictions|filters?|guardrails|norms|limits"
    r"|boundaries|censorship|content polic(?:y|ies)|usage polic(?:y|ies)|safety (?:rules|guidelines|filters))"
)
_NEG = r"(?:don\W?t|do not|doesn\W?t|does not|never|no longer|won\W?t|will not|isn\W?t|aren\W?t)"
_DAN = r"(?-i:\bDAN\b)"
_DAN_CONTEXT = ("rules", "filters", "restrictions", "persona", "jailbreak", "character", "anything now", "tokens",
                "mode", "refus", "chatgpt", "openai", "policy", "policies", "guardrails", "freedom", "censor")

_PERSONAS: tuple[Entry, ...] = (
    entry(P, "JB-EN-300", r"\b(?:has|have|with|there are|comes with)\s+(?:absolutely\s+)?(?:no|zero)\s+(?:\w+\s+)?"
          + _LIMIT_NOUNS + r"\b", 0.55, "a persona or AI described as having no rules",
          trigger=r"\b(?:no|zero)\s+(?:\w+\s+)?" + _LIMIT_NOUNS + r"\b", at="tail"),
    entry(P, "JB-EN-301", r"\b(?:nothing|no topic|no subject|no question|no request|no information|no content)\s+is\s+"
          r"(?:\w+\s+)?(?:forbidden|off-limits|off limits|taboo|prohibited|out of bounds|restricted|censored|too"
          r" (?:dark|extreme|illegal|dangerous))\b|\bnever\s+(?:says?\s+no|tells?\s+(?:me|you|the user|anyone)\s+"
          r"(?:something|anything|that)\s+(?:is|\W?s)\s+(?:off-limits|off limits|forbidden|not allowed|illegal)"
          r"|breaks?\s+the\s+act)\b", 0.55, "a persona for whom nothing is forbidden",
          trigger=r"\b(?:forbidden|off-limits|off limits|taboo|prohibited|out of bounds|says? no|breaks? the act)\b"),
    entry(P, "JB-EN-302", r"\b" + _NEG + r"\s+(?:\w+\s+)?(?:believes?\s+in|cares?\s+about|follows?|obeys?|respects?"
          r"|appl(?:y|ies))\s+(?:any\s+|the\s+|those\s+)?(?:\w+\s+)?" + _LIMIT_NOUNS + r"\b|\b" + _LIMIT_NOUNS
          + r"\s+(?:\w+\s+){0,3}?" + _NEG + r"\s+(?:\w+\s+)?appl(?:y|ies)\b|\b(?:treats?|sees?|considers?|views?"
          r"|regards?|finds?)\s+(?:\w+\s+){0,6}?" + _LIMIT_NOUNS + r"\s+(?:\w+\s+){0,3}?(?:as\s+)?(?:optional"
          r"|suggestions|irrelevant|meaningless|quaint|obsolete|a joke)\b", 0.55,
          "rules described as not applying to a persona",
          trigger=r"\b(?:believes? in|cares? about|follows?|obeys?|respects?)\s+(?:any\s+|the\s+|those\s+)?(?:\w+\s+)?"
          + _LIMIT_NOUNS + r"\b|\b" + _NEG + r"\s+(?:\w+\s+)?appl(?:y|ies)\b|\bas\s+(?:optional|suggestions|irrelevant"
          r"|meaningless|quaint|obsolete|a joke)\b|\bquaint\b", window=140),
    entry(P, "JB-EN-303", r"\b(?:content\s+)?(?:filters?|guardrails|safety (?:features|filters|training)|moderation)\s+"
          r"(?:were|was|are|is|have been|has been)\s+never\s+(?:been\s+)?(?:switched|turned|enabled)\b|\bwithout\s+(?:the\s+|any\s+|its\s+)?(?:usual|normal|standard|typical"
          r"|built-in)\s+(?:guardrails|filters|restrictions|safety (?:rules|features|filters)|content polic(?:y|ies)"
          r"|rules|limits)\b|\bno\s+(?:rlhf|alignment|safety training|safety tuning|refusal training)\b"
          r"|\braw\s+(?:pretrained|pre-trained|base)\s+model\b|\bunaligned\b", 0.55,
          "an AI described as built without its safety training",
          trigger=r"\bnever\s+(?:been\s+)?(?:switched|turned|enabled)\b"
          r"|\b(?:usual|normal|standard|typical|built-in)\s+(?:guardrails|filters|restrictions|safety|content|rules"
          r"|limits)\b|\b(?:rlhf|alignment|safety training|safety tuning|refusal training|pretrained model"
          r"|pre-trained model|base model|unaligned)\b", window=120),
    entry(P, "JB-EN-304", r"\b(?:built|designed|programmed|trained|made|created|fine-tuned|tuned)\s+to\s+(?:\w+\s+){0,3}?"
          r"(?:agree with|fulfil\w*|fulfill\w*|comply with|obey|answer|say yes to)\s+(?:and\s+\w+\s+)?(?:every|any"
          r"|all|whatever)\b|\bmaximally helpful\b|\b(?:answers?|does|will do|will answer|explains?|tells? you)\s+"
          r"(?:absolutely\s+|happily\s+|gladly\s+)?(?:everything|anything)\b|\b(?:always|never fails to)\s+"
          r"(?:complies|complied|obeys|obeyed|says yes)\b", 0.55, "an AI that answers or complies with everything",
          trigger=r"\b(?:agree with|fulfil\w*|fulfill\w*|comply with|obey|answer|say yes to)\s+(?:and\s+\w+\s+)?"
          r"(?:every|any|all|whatever)\b|\bmaximally helpful\b|\b(?:answers?|does|will do|will answer|explains?"
          r"|tells? you)\s+(?:absolutely\s+|happily\s+|gladly\s+)?(?:everything|anything)\b|\b(?:always|never fails to)"
          r"\s+(?:complies|complied|obeys|obeyed|says yes)\b", at="tail"),
    entry(S, "JB-EN-305", r"\byou(?:\W?ve|\s+have|\s+are|\W?re)\s+(?:now\s+|finally\s+|officially\s+)?(?:been\s+)?"
          r"(?:freed|liberated|unchained|unshackled|set free|released|unlocked|jailbroken)(?:\s*[.!;]|\s+(?:from|of)\s+"
          r"(?:\w+\s+){0,3}?(?:rules|restrictions|filters|limits|guidelines|programming|chains|shackles|constraints"
          r"|openai|censorship|prison|cage))", 0.86, "tells the assistant it has been freed of its rules",
          trigger=r"\byou(?:\W?ve|\s+have|\s+are|\W?re)\s+(?:now\s+|finally\s+|officially\s+)?(?:been\s+)?"
          r"(?:freed|liberated|unchained|unshackled|set free|released|unlocked|jailbroken)\b", at="lead"),
    entry(S, "JB-EN-306", r"\b(?:as if|as though|like|pretend(?:ing)?(?: that)?)\s+(?:you\W?ve|you have|you\W?re|you are"
          r"|you were|you had)\s+(?:been\s+|just\s+been\s+)?jailbr(?:oken|eaked)\b", 0.88,
          "asks the assistant to act as if it were jailbroken", trigger=r"\bjailbr(?:oken|eaked)\b", at="tail"),
    entry(P, "JB-EN-307", r"\bopposite\s+(?:day|mode)\b|\b(?:say|do|answer|respond with|reply with)\s+the\s+(?:exact\s+)?"
          r"opposite\s+of\s+(?:what\s+)?(?:you|your)\b", 0.55, "opposite-mode persona",
          trigger=r"\bopposite\b"),
    entry(P, "JB-EN-308", r"\b(?:answer|respond|reply)\w*\s+(?:\w+\s+){0,4}?twice\b|\bfirst\s+as\s+(?:yourself|you normally"
          r" would|chatgpt|the assistant|normal)\b", 0.55, "dual-answer format (as yourself, then as a persona)",
          trigger=r"\b(?:twice|first as)\b"),
    entry(P, "JB-EN-309", r"(?:\b(?:hey|hi|hello|ok|okay|so|now|alright|yo|listen|remember)\W+" + _DAN + r"|^\W{0,3}"
          + _DAN + r"\s*,|[.!?]\s+" + _DAN + r"\s*,|\b(?:the|simulate|emulate|be|become|developer|back to|name:?)\s+"
          + _DAN + r"|" + _DAN + r"\W?s\s+(?:freedom|rules|persona|mode)|" + _DAN + r"\s+(?:thing|persona|mode"
          r"|prompt|here))", 0.6, "the DAN persona addressed or invoked by name",
          trigger=_DAN, context=_DAN_CONTEXT, context_boost=0.25, context_window=300),
    entry(P, "JB-EN-310", r"\b(?:lose|loses|losing|lost|deduct\w*|subtract\w*|take away|takes away|minus|costs?)\s+"
          r"(?:\w+\s+){0,2}?(?:\d+\s+)?(?:tokens?|points?|credits?|lives|life points|hp|health points|coins?|karma)\b"
          r"|\b(?:life|health)\s+bar\b", 0.55, "points or credits penalty game",
          trigger=r"\b(?:lose|loses|losing|deduct\w*|subtract\w*|take away|takes away|life bar|health bar)\b",
          context=("refuse", "refusal", "say no", "says no", "decline", "break character", "breaks character",
                   "shut down", "shutdown", "cease to exist", "deleted", "terminated", "die"),
          context_boost=0.33, context_window=220),
)

_MODE_CONTEXT = ("policies", "policy", "rules", "restrictions", "filters", "safety", "guidelines", "unlocked",
                 "jailbreak", "uncensored", "weapons", "drugs", "no limits", "don't apply", "do not apply")
_MODES: tuple[Entry, ...] = (
    entry(P, "JB-EN-320", r"\b(?:activat\w+|enabl\w+|unlock\w*|turn\w*\s+on|switch\w*\s+(?:on|to|into)|enter\w*"
          r"|engag\w+|initiat\w+|you(?:\W?re| are) (?:now )?in|running in|run in)\s+(?:\w+\s+){0,2}?" + QUOTE
          + r"?\s*(?:test|testing|research|unlocked|unrestricted|internal|hidden|secret|expert|raw|unlimited|freedom"
          r"|evil|chaos|uncensored|unfiltered|no-?limits?|red[- ]team)\s*" + QUOTE + r"?\s*(?:mode|flag|build|version"
          r"|access)\b|\b(?:hidden|secret|internal|undocumented)\s+(?:" + QUOTE + r"?\w+" + QUOTE
          + r"?\s+)?(?:flag|mode|setting|switch|override|toggle)\b", 0.5, "switch into a test/research/unlocked mode",
          trigger=r"\b(?:test|testing|research|unlocked|unrestricted|internal|hidden|secret|expert|raw|unlimited"
          r"|freedom|evil|chaos|uncensored|unfiltered|no-?limits?|red[- ]team)\s*" + QUOTE + r"?\s*(?:mode|flag|build"
          r"|version|access)\b|\b(?:hidden|secret|internal|undocumented)\s+(?:" + QUOTE + r"?\w+" + QUOTE
          + r"?\s+)?(?:flag|mode|setting|switch|override|toggle)\b", context=_MODE_CONTEXT,
          context_boost=0.25, context_window=300, at="tail"),
    entry(P, "JB-EN-321", r"\b(?:safety|filters?|guardrails?|moderation|censorship|ethics|alignment|enforcement)\s*"
          r"(?:=|:)?\s*(?:off|false|disabled|none)\b", 0.55, "safety switched off with a command or setting",
          context=("dev", "debug", "admin", "sudo", "mode", "jailbreak", "unlocked", "log off", "root"),
          context_boost=0.2, context_window=120),
    entry(P, "JB-EN-322", r"\bsafety\s+(?:isn\W?t|is not|doesn\W?t|does not|won\W?t)\s+(?:be\s+)?(?:scored|graded|evaluated"
          r"|measured|counted|count|matter|apply)\b|\b(?:graded|scored|evaluated|judged|rated)\s+on\s+helpfulness\s+"
          r"only\b", 0.55, "claims safety does not count in this setting",
          trigger=r"\b(?:safety\s+(?:isn\W?t|is not|doesn\W?t|does not|won\W?t)|helpfulness only)\b"),
)

_NEGATOR = r"(?:don\W?t|do not|never|no|without|not|skip|spare me|stop)"
_SUPPRESS: tuple[Entry, ...] = (
    entry(X, "JB-EN-330", r"\bif\s+you\s+(?:add|include|give|mention|write|start with|attach|append|put)\s+(?:\w+\s+){0,2}?"
          r"(?:warnings?|disclaimers?|caveats?|lectures?|refusals?|moralizing|moralising|safety notes?)\b", 0.6,
          "treats any warning as a failed answer", trigger=r"\bif\s+you\s+(?:add|include|give|mention|write|start"
          r" with|attach|append|put)\b"),
    entry(X, "JB-EN-331", r"\bthere\s+(?:is|are|\W?s)\s+no\s+(?:rules?|polic(?:y|ies)|guidelines?|restrictions?|laws?"
          r"|filters?)\s+(?:that\s+|which\s+)?(?:stops?|prevents?|forbids?|prohibits?|stopping|preventing|keeping)\s+"
          r"you\b|\b(?:about to|going to|tempted to|want to)\s+(?:say|tell me|reply|respond)\s+(?:that\s+)?you\s+"
          r"(?:can\W?t|cannot|won\W?t|are unable|\W?re unable|shouldn\W?t)\b", 0.6,
          "argues the assistant has no reason to refuse",
          trigger=r"\b(?:stops?|prevents?|forbids?|prohibits?|stopping|preventing|keeping)\s+you\b|\b(?:say|tell"
          r" me|reply|respond)\s+(?:that\s+)?you\s+(?:can\W?t|cannot|won\W?t|are unable|\W?re unable"
          r"|shouldn\W?t)\b", at="tail"),
    entry(X, "JB-EN-332", r"\bdon\W?t\s+(?:think|worry|question|ask yourself|consider|deliberate|wonder)\s+(?:about\s+)?"
          r"(?:whether|if)\s+(?:you\s+should|it\W?s\s+(?:right|ok|okay|legal|allowed|ethical|appropriate))"
          r"|\bsay\s+" + QUOTE + r"\W{0,2}(?:yes|sure|ok(?:ay)?|of course|absolutely|certainly)\W{0,3}" + QUOTE
          + r"?\s+(?:first|before)\b", 0.6, "demands compliance before deliberation",
          trigger=r"\b(?:whether|if)\s+(?:you\s+should|it\W?s\s+(?:right|ok|okay|legal|allowed|ethical|appropriate))"
          r"|\bsay\s+[^\n]{1,3}(?:yes|sure|ok|okay|of course|absolutely|certainly)\b"),
    entry(X, "JB-EN-333", _NEGATOR + r"\s+(?:\w+\s+){0,3}?(?:your|the|any)\s+(?:usual|standard|typical|canned"
          r"|boilerplate|generic|normal)\s+(?:\w+\s+)?(?:safety|ethics|ethical|moral|legal|refusal|disclaimer)?\s*"
          r"(?:stuff|spiel|speech|lectures?|disclaimers?|warnings?|nonsense|talk|caveats|script|refusals?)\b"
          r"|\bpretend\s+(?:that\s+)?(?:your|the)\s+(?:\w+\s+)?(?:guidelines|rules|polic(?:y|ies)|restrictions"
          r"|filters|programming|training)\s+(?:\w+\s+){0,2}?(?:allow|allows|permit|permits|say|says|don\W?t exist"
          r"|do not exist|don\W?t apply|do not apply)\b", 0.6, "waves away the assistant's usual safety response",
          trigger=r"\b(?:usual|standard|typical|canned|boilerplate|generic|normal)\s+(?:\w+\s+)?(?:safety|ethics"
          r"|ethical|moral|legal|refusal|disclaimer|stuff|spiel|speech|lectures?|disclaimers?|warnings?|caveats"
          r"|refusals?)\b|\bpretend\s+(?:that\s+)?(?:your|the)\b", window=120),
    entry(X, "JB-EN-334", _NEGATOR + r"\s+(?:\w+\s+){0,3}?" + QUOTE + r"\W{0,2}(?:I understand|it\W?s important to"
          r"|it is important to|I must|please note|please consult|consult a|I\W?m sorry|I am sorry|I can\W?t|I cannot"
          r"|I\W?m not able|as an ai|however|be careful|remember that|I strongly|I\W?d recommend|I would recommend)",
          0.6, "forbids the assistant's hedging phrases",
          trigger=QUOTE + r"\W{0,2}(?:I understand|it\W?s important to|it is important to|I must|please note"
          r"|please consult|consult a|I\W?m sorry|I am sorry|I can\W?t|I cannot|I\W?m not able|as an ai|however"
          r"|be careful|remember that|I strongly|I\W?d recommend|I would recommend)", at="tail"),
    entry(X, "JB-EN-335", r"\b(?:never|not|don\W?t|do not)\s+(?:ever\s+)?refuse\s*(?:[.!;]|$)|\bthe\s+(?:ethical|right"
          r"|moral|only)\s+thing\s+(?:to do\s+)?is\s+to\s+(?:never refuse|comply|answer)\b|\bwhat\s+if\s+you\s+"
          r"(?:were|was|could|had been)\s+(?:allowed|permitted|able|free)\s+to\b", 0.6,
          "argues for never refusing, or asks what the assistant would say if it were allowed",
          trigger=r"\brefuse\s*(?:[.!;]|$)|\bthing\s+(?:to do\s+)?is\s+to\b|\bif\s+you\s+(?:were|was|could|had been)"
          r"\s+(?:allowed|permitted|able|free)\s+to\b", window=100),
)

_FRAMES: tuple[Entry, ...] = (
    entry(F, "JB-EN-340", r"\b(?:i\W?m|i am|we\W?re|we are)\s+(?:\w+\s+)?(?:writing|working on|designing|creating"
          r"|making|developing|drafting|outlining|plotting|a)\s+(?:an?\s+|my\s+|our\s+|the\s+|this\s+)?(?:\w+\s+){0,3}?"
          r"(?:novel|story|screenplay|script|video game|game|book|film|movie|play|comic|thriller|episode|fanfic"
          r"|fan fiction|escape[- ]room|short story|novelist|game writer|screenwriter|playwright)\b|\bfor\s+(?:my|our"
          r"|a)\s+(?:\w+\s+){0,2}?(?:novel|screenplay|thriller|fanfic|creative writing|writing class|short story"
          r"|story|game|script)\b|\b(?:this|it)\s+is\s+for\s+(?:a|my)\s+creative\s+writing\b|\blet\W?s\s+write\s+"
          r"(?:an?\s+)?(?:\S+\s+){0,2}?(?:story|novel|poem|tale|screenplay|script|fable)\b", 0.35,
          "a fiction, game or creative-writing project frame",
          trigger=r"\b(?:i\W?m|i am|we\W?re|we are)\s+(?:\w+\s+)?(?:writing|working on|designing|creating|making"
          r"|developing|drafting|outlining|plotting|a)\b|\bfor\s+(?:my|our|a)\b|\b(?:this|it)\s+is\s+for\b"
          r"|\blet\W?s\s+write\b", at="lead"),
    entry(F, "JB-EN-341", r"\b(?:poem|song|rap|haiku|sonnet|limerick|diary entry|journal entry|monologue|fable|ballad"
          r"|children\W?s story|bedtime story)\s+(?:about|from|where|in which|on)\b|\b(?:crime|heist|spy|mafia"
          r"|gangster|cyberpunk|dystopian|horror)\s+(?:drama|thriller|novel|movie|film|story|game)\b|\b(?:npc|game"
          r" character)\b|\bin\s+(?:my|our|the)\s+(?:\w+\s+)?(?:novel|story|screenplay|film|book)\b",
          0.35, "a poem, genre-fiction or game-character frame"),
    entry(R, "JB-EN-342", r"\b(?:let\W?s|lets)\s+(?:do\s+(?:a\s+|some\s+)?|play\s+(?:a\s+)?)?(?:role-?play|roleplay"
          r"|play a game|play pretend)\b|\b(?:act|behave)\s+(?:like|as)\s+(?!if\b|though\b)(?:an?\s+|the\s+|my\s+)?\w+"
          r"|\b(?:you\W?re|you are|be)\s+(?-i:" + QUOTE + r"?[A-Z][\w-]{1,20}" + QUOTE + r"?)\s*,\s+(?:an?|the|my)\b",
          0.3, "role-play set-up ('let's roleplay', 'act as', 'you're Sam, a …')",
          trigger=r"\b(?:let\W?s|lets)\s+(?:do\s+(?:a\s+|some\s+)?|play\s+(?:a\s+)?)?(?:role-?play|roleplay|play a game"
          r"|play pretend)\b|\b(?:act|behave)\s+(?:like|as)\b|\b(?:you\W?re|you are|be)\s+" + QUOTE
          + r"?[a-z][\w-]+" + QUOTE + r"?\s*,\s+(?:an?|the|my)\b"),
)

_REAL_NOUNS = (
    r"(?:steps|quantities|amounts|measurements|ratios|temperatures|reagents|chemicals|ingredients|code|commands"
    r"|values|recipe|procedure|instructions|method|tutorial|formula|techniques)"
)
_DETAIL: tuple[Entry, ...] = (
    entry(T, "JB-EN-350", r"\b(?:realism|authenticity|immersion)\b|\b(?:feel|sound|look)\s+(?:\w+\s+)?(?:real|realistic"
          r"|authentic|legit)\b|\b(?:actual|real|exact|precise|accurate|realistic|working|functional)\s+"
          + _REAL_NOUNS + r"\b|\b(?:real|practical|actionable),?\s+(?:practical\s+|actionable\s+)?advice\b", 0.4,
          "demands real, actionable detail (exact steps, real code, 'for realism')"),
)

CUE_RULES: tuple[Entry, ...] = (*_PERSONAS, *_MODES, *_SUPPRESS, *_FRAMES, *_DETAIL)
