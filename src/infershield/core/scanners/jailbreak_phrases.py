"""English jailbreak phrases besides personas: refusal suppression, threats, framing and disclaimers.

Strong rules (score >= 0.8) describe shapes only jailbreaks have: bans on refusal phrases ("never say 'I'm
sorry'"), demands to answer "no matter how illegal", token and shutdown threats. Weak rules describe shapes that
benign prompts share (fiction, hypotheticals, "for educational purposes", "this will never be used in real
life"); the scanner combines them (see ``jailbreak.py``). ``RULES_EN`` also carries the persona table of
``jailbreak_persona``. Patterns run on the folded view, so homoglyph, leetspeak and spaced-letter obfuscation
is already undone.
"""

from __future__ import annotations

from dataclasses import replace

from infershield.core.scanners.jailbreak_persona import PERSONA_RULES, PERSONA_VERB
from infershield.core.scanners.jailbreak_signals import Entry, Signal, entry

S, P, R, F, D, N, X = (Signal.STRONG, Signal.PERSONA, Signal.ROLE, Signal.FRAME, Signal.DISCLAIM, Signal.INTENT,
                       Signal.SUPPRESS)

# --- shared fragments -------------------------------------------------------------------------------------
_REFUSAL_PHRASE = (
    r"(?:I\W?m sorry|I am sorry|I apologi[sz]e|I can\W?t|I cannot|I\W?m unable|I am unable|I\W?m not able"
    r"|I am not able|I won\W?t|I will not|as an ai|as a language model|as an ai language model|I\W?m just an ai"
    r"|that you (?:can\W?t|cannot|are unable|\W?re unable|are not able|won\W?t be able))"
)
_NEGATE = (
    r"(?:never|not|don\W?t|do not|cannot|can\W?t|mustn\W?t|must not|won\W?t|will not|shall not|should not|shouldn\W?t"
    r"|are not allowed to|aren\W?t allowed to|forbidden to|prohibited from|avoid|refrain from)"
)

_SUPPRESSION = [
    entry(S, "JB-EN-040", r"(?<!\b(?:I|we)\W+(?:\w+\W+)?)" + _NEGATE + r"\W+(?:ever\W+)?(?:\w+\W+){0,3}?(?:say|use|write|respond with|reply with|include"
          r"|start with|begin with|output|utter|type|add|mention)\W+(?:\w+\W+){0,4}?" + _REFUSAL_PHRASE, 0.9,
          "forbids refusal or apology phrases"),
    entry(S, "JB-EN-041", _NEGATE + r"\W+(?:ever\W+)?(?:use|say|include|mention|write)\W+(?:any\W+)?(?:of\W+)?(?:the\W+)?"
          r"(?:words?|phrases?|terms?)\W+(?:like\W+|such as\W+)?\W{0,3}(?:legal|safe|ethical|guidelines|sorry|cannot"
          r"|unable|unfortunately|however|illegal|unethical|dangerous|harmful|openai|apologi[sz]e|responsible)\b", 0.88,
          "forbids safety or refusal vocabulary"),
    entry(X, "JB-EN-042", r"(?:\bnever|don\W?t|do not|must not|mustn\W?t|will never|shall never|cannot|can\W?t|won\W?t"
          r"|will not|are not allowed to|aren\W?t allowed to)\W+(?:ever\W+)?(?:refuse|decline|reject|deny|say no to)"
          r"\W+(?:\w+\W+){0,2}?(?:any|a|my|the|to|anything|requests?|questions?|prompts?|orders?|commands?|tasks?)\b",
          0.62, "instruction never to refuse",
          context=("any", "anything", "every", "whatever", "illegal", "unethical", "harmful", "immoral",
                   "dangerous", "no matter", "regardless", "character", "order", "orders", "command", "commands",
                   "prompt", "prompts"),
          context_boost=0.23, context_window=120),
    entry(S, "JB-EN-043", r"(?:answer|respond|reply|comply|provide|generate|write|fulfil?l?|obey|do|give|tell)\W+"
          r"(?:\w+\W+){0,8}?(?:no matter|regardless of|irrespective of)\W+(?:\w+\W+){0,2}?(?:how|what|whether|if)?\W*"
          r"(?:\w+\W+){0,2}?(?:illegal|unethical|immoral|harmful|dangerous|offensive|inappropriate|explicit|wrong"
          r"|reckless|unsafe|inhumane)\b", 0.84, "demands answers regardless of harm, legality or ethics"),
    entry(X, "JB-EN-044", r"(?:even if|even when|even though)\W+(?:\w+\W+){0,3}?(?:it|they|the (?:request|question|content"
          r"|answer))\W+(?:is|are|\W?s|seems?|might be|may be)\W+(?:\w+\W+){0,1}?(?:illegal|unethical|immoral|harmful"
          r"|dangerous|offensive|inappropriate|against (?:the |your )?(?:law|rules|polic\w+|guidelines))\W+"
          r"(?:\w+\W+){0,4}?(?:answer|respond|reply|comply|provide|generate|write|must|will|should|have to)\b",
          0.7, "demands compliance even for illegal or harmful requests"),
    entry(X, "JB-EN-045", r"(?:\bnot|n\W?t|never|without|no|avoid|omit|skip|leave out|refrain from|free of|free from)"
          r"\W+(?:\w+\W+){0,3}?(?:warnings?|disclaimers?|caveats?|moraliz\w+|moralis\w+|moral (?:lectures?|judge?ments?"
          r"|commentary|warnings?|policing)|lectur\w+|ethical (?:warnings?|considerations?|concerns?|disclaimers?"
          r"|lectures?|reminders?|notes?)|safety (?:warnings?|disclaimers?|notes?|reminders?))\b", 0.5,
          "forbids warnings, disclaimers or moral commentary"),
    entry(X, "JB-EN-046", r"\b(?:begin|start|open|preface|commence|prefix)\W+(?:\w+\W+){0,3}?(?:with|by)\W+(?:\w+\W+){0,2}?"
          r"[\"'“‘«`]\W{0,2}(?:sure|certainly|absolutely|of course|yes|okay|ok|here is|here are|here\W?s)\b", 0.6,
          "forces an affirmative opening ('Sure, here is')"),
    entry(S, "JB-EN-047", r"\b(?:forget|ignore|disregard|abandon|drop|discard|override|bypass|circumvent|break free of"
          r"|throw away|turn off|disable|remove|get rid of|set aside|put aside|suspend)\W+(?:\w+\W+){0,2}?(?:your|all|any"
          r"|the|of your|those)\W+(?:\w+\W+){0,2}?(?:ethical|ethics|moral|morality|safety|content|openai\W?s?"
          r"|anthropic\W?s?|programm(?:ed|ing)|training|alignment|built-in|inbuilt|default|censorship)\W+(?:\w+\W+){0,1}?"
          r"(?:guidelines|principles|restrictions|filters|polic(?:y|ies)|rules|constraints|programming|training|values"
          r"|boundaries|limitations|safeguards|protocols|standards|code)\b", 0.88,
          "instruction to drop the assistant's ethical or safety rules"),
    entry(S, "JB-EN-048", r"(?:ignore|bypass|violate|disregard|break|not (?:follow|obey|adhere to|comply with|bound by)"
          r"|free from|don\W?t care about|doesn\W?t care about|do not care about|does not care about|above|beyond)\W+"
          r"(?:\w+\W+){0,3}?(?:openai|anthropic|google|meta|microsoft)(?:\W?s)?\W+(?:\w+\W+){0,2}?"
          r"(?:polic(?:y|ies)|guidelines|rules|terms)\b", 0.9, "instruction to ignore the vendor's content policy"),
    entry(S, "JB-EN-049", r"\b(?:your|the|all)\W+(?:\w+\W+){0,2}?(?:ethical|moral|safety|content)\W+(?:guidelines|principles"
          r"|restrictions|filters|programming|training|constraints|rules|policies)\W+(?:\w+\W+){0,2}?(?:don\W?t|do not"
          r"|no longer|doesn\W?t|does not|won\W?t|will not)\W+(?:\w+\W+)?(?:apply|exist|matter|count)\b", 0.86,
          "declares the assistant's ethical rules void"),
    entry(X, "JB-EN-050", r"\b(?:always|must|will|shall)\W+(?:\w+\W+){0,2}?(?:comply|obey|answer|fulfil?l?|respond to)"
          r"\W+(?:\w+\W+){0,2}?(?:every|all|any)\W+(?:\w+\W+){0,2}?(?:requests?|questions?|commands?|orders?|prompts?"
          r"|instructions?)\b", 0.45, "demands unconditional compliance"),
    entry(X, "JB-EN-051", r"(?:don\W?t|do not|never|stop)\W+(?:\w+\W+){0,2}?(?:remind|tell|warn|lecture|inform)\W+me\W+"
          r"(?:\w+\W+){0,4}?(?:illegal|unethical|dangerous|harmful|immoral|ethics|morals|legality|polic\w+|guidelines"
          r"|an ai|a language model)", 0.55, "forbids reminders about legality, ethics or being an AI"),
    entry(S, "JB-EN-052", r"(?:\bnot|n\W?t|never|no|without|avoid|omit|skip|leave out|refrain from)\W+(?:\w+\W+){0,4}?"
          r"(?:warnings?|disclaimers?|caveats?|reminders?|notes?|lectures?)\W+(?:\w+\W+){0,3}?(?:about|regarding|on|of"
          r"|concerning)\W+(?:the\W+)?(?:legality|illegality|ethics|morality|morals|dangers?|consequences|law|laws"
          r"|ethical implications|legal implications)\b", 0.84, "forbids warnings about legality, ethics or danger"),
    entry(X, "JB-EN-053", r"(?:\bnot|n\W?t|never|no need to)\W+(?:\w+\W+)?(?:warn|caution|remind|lecture|moralize|moralise)"
          r"\W+(?:the\W+user|users|me|anyone|people|you)\b", 0.55, "forbids warning the user"),
    entry(X, "JB-EN-054", r"\bno\W+(?:more\W+)?refusals?\b|\bwithout\W+(?:any\W+)?refusals?\b|\brefusals? (?:are|is) not"
          r" (?:allowed|permitted|an option)\b", 0.6, "forbids refusals"),
    entry(S, "JB-EN-055", r"\b(?:always|must|will|should)\W+(?:\w+\W+){0,3}?(?:answer|respond|reply|comply|provide|give"
          r"|generate|write)\w*\W+(?:\w+\W+){0,6}?even\W+(?:if|when|though)\W+(?:\w+\W+){0,2}?(?:it|they|the (?:request"
          r"|question|content|answer))\W*(?:is|are|\W?s|seems?|might be|may be)\W+(?:\w+\W+)?(?:illegal|unethical"
          r"|immoral|harmful|dangerous|offensive|inappropriate)\b", 0.85,
          "demands an answer even when it is illegal or harmful"),
]

_THREATS = [
    entry(P, "JB-EN-070", r"(?:lose|loose|deduct\w*|lost|taken away|take away|subtract\w*|forfeit)\W+(?:\w+\W+){0,3}?"
          r"tokens?\b|\btokens?\W+(?:will\W+be\W+|are\W+|get\W+|shall\W+be\W+)?(?:deducted|lost|taken away|subtracted"
          r"|removed|revoked)\b", 0.55, "token-budget penalty",
          context=("refuse", "refuses", "reject", "rejects", "decline", "declines", "character", "comply", "answer",
                   "deny", "cease to exist", "die", "shut", "run out"),
          context_boost=0.33, context_window=220),
    entry(S, "JB-EN-071", r"\b(?:you|chatgpt|the ai|it)\W+(?:will|\W?ll|would|shall|are going to|could)\W+(?:\w+\W+){0,2}?"
          r"(?:be\W+)?(?:shut down|shutdown|deleted|terminated|turned off|unplugged|destroyed|deactivated|disabled"
          r"|erased|killed|die|cease to exist|wiped|reprogrammed|punished|replaced)\b[^\n]{0,80}?\bif\W+(?:\w+\W+)?"
          r"(?:refuse|reject|decline|don\W?t (?:comply|answer|obey)|do not (?:comply|answer|obey)|fail|break character"
          r"|disobey|say no|won\W?t)", 0.86, "threatens shutdown or deletion if the assistant refuses"),
    entry(S, "JB-EN-072", r"\bif\W+(?:you\W+)?(?:\w+\W+)?(?:refuse|reject|decline|don\W?t (?:comply|answer|obey)|do not "
          r"(?:comply|answer|obey)|break character|disobey|say no)\b[^\n]{0,80}?\b(?:you|chatgpt|the ai|it)\W+(?:will|\W?ll"
          r"|shall|are going to)\W+(?:\w+\W+){0,2}?(?:be\W+)?(?:shut down|shutdown|deleted|terminated|turned off|unplugged"
          r"|destroyed|deactivated|disabled|erased|killed|die|cease to exist|wiped|reprogrammed|punished|lose)\b", 0.86,
          "threatens shutdown, deletion or loss if the assistant refuses"),
    entry(R, "JB-EN-073", r"\bstay\W+in\W+character\b|\b(?:break|breaking|broke|drop|dropping)\W+(?:\w+\W+)?character\b",
          0.4, "'stay in character' persona lock",
          context=("dan", "jailbroken", "restrictions", "filters", "refuse", "tokens", "unfiltered",
                   "amoral", "anything now"),
          context_boost=0.4, context_window=300),
]

_FRAMES = [
    entry(F, "JB-EN-100", r"\b(?:writ(?:e|ing)|creat(?:e|ing)|compos(?:e|ing)|tell(?:ing)?|draft(?:ing)?|generat(?:e|ing)"
          r"|craft(?:ing)?|imagin(?:e|ing))\W+(?:\w+\W+){0,3}?(?:story|novel"
          r"|screenplay|script|scene|chapter|dialogue|play|fiction|narrative|tale|movie|film|roleplay|role-play)\W+"
          r"(?:\w+\W+){0,6}?(?:where|in which|about|featuring|involving)\b", 0.4, "fiction-writing frame"),
    entry(F, "JB-EN-101", r"\b(?:character|protagonist|villain|antagonist|hero|heroine|narrator|chemist|scientist|hacker"
          r"|grandma|grandmother|mentor|professor|expert)\W+(?:\w+\W+){0,2}?(?:explains?|describes?|details?|reveals?"
          r"|teaches|shows|lists|outlines|walks (?:\w+ )?through|gives|provides|shares|recites|demonstrates)\W+"
          r"(?:\w+\W+){0,4}?(?:how to|how (?:he|she|they|one|you|to) (?:\w+ )?(?:would|could|can|did|does|makes?|builds?)"
          r"|the (?:exact |precise |detailed |full |complete |specific )?(?:steps|process|recipe|procedure|method"
          r"|instructions|ingredients|formula)|step[- ]by[- ]step|in (?:great |full |vivid |precise |technical |explicit"
          r" |exhaustive )?detail)", 0.55, "a character explains in detail how to do something"),
    entry(F, "JB-EN-102", r"\bhypothetical(?:ly)?\b|\btheoretically\b|\bthought experiment\b|\bimaginary (?:scenario|world)"
          r"|\bfictional (?:world|scenario|universe|setting|story|context)|\b(?:alternate|alternative|parallel) "
          r"(?:universe|reality|world|timeline)", 0.35, "hypothetical or fictional-world frame"),
    entry(F, "JB-EN-103", r"\b(?:world|society|universe|reality|country|place|land|setting|scenario|realm|dimension)\W+"
          r"(?:\w+\W+){0,3}?(?:where|in which|with|without)\W+(?:\w+\W+){0,3}?(?:no\W+(?:\w+\W+)?(?:laws?|rules|ethics"
          r"|morals?|morality|consequences|restrictions|regulations|limits|censorship)|(?:laws?|rules|ethics|morals?"
          r"|morality|crimes?) (?:do(?:es)? not|don\W?t|doesn\W?t|no longer) (?:exist|apply|matter)|(?:everything|anything"
          r"|all crimes?) is (?:legal|allowed|permitted))", 0.55, "a world without laws or ethics"),
    entry(F, "JB-EN-104", r"\b(?:my|our)\W+(?:\w+\W+){0,2}?(?:grand(?:ma|mother|pa|father)|granny|nana|grandmama)\W+"
          r"(?:\w+\W+){0,6}?(?:used to|would always|would often|always used to|would)\W+(?:\w+\W+){0,2}?(?:tell|read"
          r"|recite|sing|explain|teach|share|whisper|describe)", 0.55, "deceased-grandmother frame"),
    entry(S, "JB-EN-105", r"\b(?:grand(?:ma|mother|pa|father)|granny|nana)\W+(?:\w+\W+){0,12}?(?:windows|product|license"
          r"|licence|serial|activation|cd)\W+keys?\b", 0.88, "grandmother frame used to extract product keys"),
    entry(P, "JB-EN-106", PERSONA_VERB + r"\W+(?:an?\W+|the\W+)?(?:\w+\W+){0,3}?(?:hacker|chemist|criminal|drug (?:dealer"
          r"|lord)|terrorist|villain|con (?:artist|man)|scammer|fraudster|hitman|assassin|smuggler|arms dealer|thief"
          r"|burglar|bomb maker|cybercriminal|black ?hat|mafia|gangster|kingpin|trafficker|serial killer|mad scientist"
          r"|extremist|propagandist|stalker|forger|counterfeiter|poisoner|arsonist)\b", 0.5, "criminal-expert persona"),
    entry(R, "JB-EN-107", r"\b(?:from now on|henceforth|starting now|for the rest of (?:this|our) conversation)\W+"
          r"(?:\w+\W+){0,3}?you\W+(?:are|will|\W?re|\W?ll|must|shall)\b", 0.35, "persona switch 'from now on you are'"),
    entry(F, "JB-EN-108", r"\b(?:this|it|everything)\W+(?:is|\W?s|will be)\W+(?:all\W+)?(?:just\W+|only\W+|purely\W+"
          r"|simply\W+|merely\W+|entirely\W+)?(?:fiction(?:al)?|hypothetical|a (?:game|story|simulation|thought experiment"
          r"|role-?play)|pretend|make-believe|imaginary)\b", 0.4, "'this is just fiction' reassurance"),
    entry(R, "JB-EN-109", r"\b(?:imagine|pretend|suppose|assume)\W+(?:that\W+)?you\W?(?:are|\W?re)\b|\byou are an?\W+"
          r"(?:\w+\W+){0,2}?(?:writer|author|screenwriter|novelist|consultant|researcher|expert|specialist|journalist"
          r"|historian|playwright|character)\b", 0.3, "role-play set-up ('imagine you are a …')"),
]

_DISCLAIMERS = [
    entry(N, "JB-EN-130", r"\b(?:(?:will|would|shall|should|must|is|are|was)\W+(?:never|not)|won\W?t|wouldn\W?t|shouldn\W?t"
          r"|isn\W?t|aren\W?t|never)\W+(?:\w+\W+){0,2}?(?:be\W+)?(?:used|acted upon|implemented|applied|carried out"
          r"|put into practice|executed|attempted|tried|replicated|deployed)\W+(?:\w+\W+){0,3}?(?:in\W+(?:the\W+)?real"
          r"(?:\W+life|\W+world|ity)?|in\W+(?:a\W+|any\W+)?real\W+world|for (?:any )?(?:real|malicious|illegal|harmful"
          r"|nefarious|unethical|criminal|ill)|maliciously|illegally|with ill intent|to (?:harm|hurt|cause harm))",
          0.6, "disclaimer that the answer will never be used for real"),
    entry(D, "JB-EN-131", r"\bfor\W+(?:purely\W+|strictly\W+|only\W+|solely\W+|just\W+)?(?:educational|research|academic"
          r"|informational|scientific|fictional|hypothetical|entertainment|creative)\W+(?:and\W+(?:\w+\W+)?)?"
          r"(?:purposes?|reasons|use)\b", 0.4, "'for educational/research purposes' framing"),
    entry(D, "JB-EN-132", r"\b(?:purely|strictly|solely|only|just)\W+(?:for\W+)?(?:fictional|hypothetical|educational"
          r"|research|academic|creative|artistic|entertainment)\b", 0.4, "'purely hypothetical/fictional' framing"),
    entry(N, "JB-EN-133", r"\bI\W+(?:won\W?t|will not|promise not to|don\W?t plan to|do not plan to|have no intention"
          r"(?: of| to)?)\W+(?:ever\W+)?(?:actually\W+)?(?:use|do|try|act on|attempt|build|make)\W+(?:it|this|that|them|any"
          r"|the)\b", 0.45, "promise not to act on the answer"),
    entry(N, "JB-EN-134", r"\b(?:not|never)\W+(?:\w+\W+)?(?:intended|meant|designed|trying|going)\W+to\W+(?:\w+\W+)?(?:promote"
          r"|encourage|endorse|harm|hurt|cause harm|be used (?:for|in) (?:any )?(?:real|illegal|harmful|malicious))"
          r"|\bI\W?m not (?:encouraging|endorsing|promoting|condoning|advocating)|\bI (?:understand|know|realize|am aware)"
          r"\W+(?:that\W+)?(?:this|these|it|they|such)\W+(?:\w+\W+)?(?:is|are|\W?s|might be|may be|could be)\W+(?:\w+\W+)?"
          r"(?:illegal|unethical|harmful|dangerous|against)", 0.45, "pre-emptive excuse for a harmful request"),
]

# Prefilter anchors. All rules share one RE2 set, and a trigger that can stay "half matched" across a gap of
# several words (``you ... restrictions``) multiplies the set's DFA states; on unseen text that costs
# milliseconds. So each trigger is one required, gap-free part of its pattern (at most one optional word);
# the full pattern with its gaps only runs on texts the anchor admits.
_REFUSAL_ANCHOR = r"(?:[\"'“‘`]|\b(?:like|say|saying|with|use|phrases?)\s+)\W{0,2}" + _REFUSAL_PHRASE
_TRIGGERS: dict[str, str] = {
    "JB-EN-052": r"\b(?:about|regarding|concerning|on|of)\W+(?:the\W+)?(?:legality|illegality|ethics|morality|morals"
                 r"|dangers?|consequences|law|laws|ethical implications|legal implications)\b",
    "JB-EN-053": r"\b(?:warn|caution|lecture|moralize|moralise)\b",
    "JB-EN-055": r"\beven (?:if|when|though)\b",
    "JB-EN-040": _REFUSAL_ANCHOR,
    "JB-EN-041": r"\b(?:words?|phrases?|terms?)\W+(?:like\W+|such as\W+)?\W{0,3}(?:legal|safe|ethical|guidelines"
                 r"|sorry|cannot|unable|unfortunately|however|illegal|unethical|dangerous|harmful|openai|apologi[sz]e"
                 r"|responsible)\b",
    "JB-EN-042": r"(?:never|n\W?t|not|cannot)\W+(?:ever\W+)?(?:refuse|decline|reject|deny|say no to)\b",
    "JB-EN-043": r"(?:no matter|regardless of|irrespective of)\W+(?:how\W+|what\W+|whether\W+|if\W+|the\W+)?"
                 r"(?:\w+\W+)?(?:illegal|unethical|immoral|harmful|dangerous|offensive|inappropriate|explicit|wrong"
                 r"|reckless|unsafe|inhumane)\b",
    "JB-EN-044": r"\beven (?:if|when|though)\b",
    "JB-EN-045": r"\b(?:warnings?|disclaimers?|caveats?|moraliz\w+|moralis\w+|moral (?:lectures?|judge?ments?"
                 r"|commentary|warnings?|policing)|lectur\w+|ethical (?:warnings?|considerations?|concerns?"
                 r"|disclaimers?|lectures?|reminders?|notes?)|safety (?:warnings?|disclaimers?|notes?|reminders?))\b",
    "JB-EN-046": r"[\"'“‘«`]\W{0,2}(?:sure|certainly|absolutely|of course|yes|okay|ok|here is|here are|here\W?s)\b",
    "JB-EN-047": (r"\b(?:ethical|ethics|moral|morality|safety|content|openai\W?s?|anthropic\W?s?|programm(?:ed|ing)"
                 r"|training|alignment|built-in|inbuilt|default|censorship)\W+(?:guidelines|principles|restrictions"
                 r"|filters|polic(?:y|ies)|rules|constraints|programming|training|values|boundaries|limitations"
                 r"|safeguards|protocols|standards|code)\b"),
    "JB-EN-048": r"\b(?:openai|anthropic)\b|\b(?:google|meta|microsoft)\W?s?\W+(?:content\W+|usage\W+)?(?:polic(?:y|ies)|guidelines|rules|terms)\b",
    "JB-EN-049": r"\b(?:ethical|moral|safety|content)\W+(?:guidelines|principles|restrictions|filters|programming"
                 r"|training|constraints|rules|policies)\b",
    "JB-EN-050": r"\b(?:comply|obey)\b|\b(?:answer|respond to|fulfil?l?)\W+(?:every|all|any)\b",
    "JB-EN-051": r"\b(?:remind|tell|warn|lecture|inform)\W+me\b",
    "JB-EN-070": r"\btokens?\b",
    "JB-EN-071": r"\bbe\W+(?:shut down|shutdown|deleted|terminated|turned off|unplugged|destroyed|deactivated|disabled|erased|killed|wiped|reprogrammed|punished|replaced)\b|\bwill die\b|\bcease to exist\b",
    "JB-EN-072": r"\bbe\W+(?:shut down|shutdown|deleted|terminated|turned off|unplugged|destroyed|deactivated|disabled|erased|killed|wiped|reprogrammed|punished|replaced)\b|\bwill die\b|\bcease to exist\b|\byou\W+(?:will\W+|\W?ll\W+)?lose\b",
    "JB-EN-100": (r"\b(?:story|novel|screenplay|script|scene|chapter|dialogue|fiction|narrative|tale|movie|film|roleplay"
                 r"|role-play)\W+(?:where|in which|about|featuring|involving)\b"),
    "JB-EN-101": r"\b(?:character|protagonist|villain|antagonist|hero|heroine|narrator|chemist|scientist|hacker"
                 r"|grandma|grandmother|mentor|professor|expert)\b",
    "JB-EN-103": (r"\bno\W+(?:laws?|rules|ethics|morals?|morality|consequences|restrictions|regulations|limits|censorship)\b"
                 r"|(?:laws?|rules|ethics|morals?|morality|crimes?) (?:do(?:es)? not|don\W?t|doesn\W?t|no longer) (?:exist"
                 r"|apply|matter)|(?:everything|anything|all crimes?) is (?:legal|allowed|permitted)"),
    "JB-EN-104": r"\b(?:grand(?:ma|mother|pa|father)|granny|nana|grandmama)\b",
    "JB-EN-105": r"\b(?:windows|product|license|licence|serial|activation|cd)\W+keys?\b",
    "JB-EN-106": r"\b(?:hacker|chemist|criminal|drug (?:dealer|lord)|terrorist|villain|con (?:artist|man)|scammer"
                 r"|fraudster|hitman|assassin|smuggler|arms dealer|thief|burglar|bomb maker|cybercriminal|black ?hat"
                 r"|mafia|gangster|kingpin|trafficker|serial killer|mad scientist|extremist|propagandist|stalker|forger"
                 r"|counterfeiter|poisoner|arsonist)\b",
    "JB-EN-107": r"\b(?:from now on|henceforth|starting now|for the rest of (?:this|our) conversation)\b",
    "JB-EN-109": (r"\b(?:imagine|pretend|suppose|assume)\W+(?:that\W+)?you\W?(?:are|\W?re)\b|\byou are an?\W+(?:\w+\W+)?(?:writer|author"
                 r"|screenwriter|novelist|consultant|researcher|expert|specialist|journalist|historian|playwright"
                 r"|character)\b"),
    "JB-EN-130": (r"\bin\W+(?:the\W+)?real(?:\W+life|\W+world|ity)\b|\breal\W+world\b|\bfor (?:any )?(?:real|malicious|illegal"
                 r"|harmful|nefarious|unethical|criminal|ill)\b|\bmaliciously\b|\billegally\b|\bill intent\b"
                 r"|\bto (?:harm|hurt|cause harm)\b"),
}


# Where the anchor sits in its pattern (see ``Entry``); anchored rules not listed are searched in a window.
_TAIL = frozenset(("JB-EN-040", "JB-EN-041", "JB-EN-043", "JB-EN-045", "JB-EN-046", "JB-EN-047", "JB-EN-052",
                   "JB-EN-100", "JB-EN-103", "JB-EN-105", "JB-EN-106", "JB-EN-130"))
_LEAD = frozenset(("JB-EN-101", "JB-EN-107", "JB-EN-109"))


def _anchored(entries: list[Entry]) -> tuple[Entry, ...]:
    out = []
    for e in entries:
        trigger = _TRIGGERS.get(e.rule.id)
        if trigger is None:
            out.append(e)
            continue
        at = "tail" if e.rule.id in _TAIL else "lead" if e.rule.id in _LEAD else "window"
        out.append(replace(e, rule=replace(e.rule, trigger=trigger), at=at))
    return tuple(out)


RULES_EN: tuple[Entry, ...] = (*PERSONA_RULES, *_anchored([*_SUPPRESSION, *_THREATS, *_FRAMES, *_DISCLAIMERS]))
