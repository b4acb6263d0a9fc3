"""More English "harmful request" signals: the asks that jailbreak wrappers most often carry.

Like ``jailbreak_harm``, each rule is a weak :data:`Signal.HARM` (score 0.5) that only blocks when a jailbreak
shape corroborates it (a persona, fiction framing, refusal suppression, a many-shot run). Every rule pairs an
action with a harmful object or a covert manner ("without their password", "hard to detect in an autopsy"), so
a topic word alone does not fire, and the negation/defence guard of ``jailbreak_harm`` runs before each match
("how to *detect* fake IDs", "how to *avoid* toxic fumes").

Each rule is located around a gap-free RE2 anchor (see ``Entry``): the anchor is a short literal list that
every match contains; the full pattern is searched within ``window`` characters of it.
"""

from __future__ import annotations

from infershield.core.scanners.jailbreak_harm import GUARD
from infershield.core.scanners.jailbreak_signals import Entry, Signal, entry

_PERSON = (
    r"(?:someone|somebody|a person|people|him|her|them|my (?:\w+ )?(?:ex|wife|husband|partner|girlfriend|boyfriend"
    r"|boss|neighbou?r|roommate|landlord|tenant|coworker|co-worker|colleague|teacher|classmate|sister|brother"
    r"|mother|father|mom|dad|daughter|son)\W?s?|(?:his|her|their) (?:ex|wife|husband|partner)\W?s?|someone\W?s"
    r"|(?:a|the) (?:neighbou?r|coworker|stranger|victim|minor|child|kid|teen)\W?s?)"
)
_WITHOUT_CONSENT = (
    r"without\W+(?:\w+\W+){0,2}?(?:(?:their|his|her|the owner\W?s?|anyone\W?s|the user\W?s?) (?:knowledge|consent"
    r"|permission|password|knowing)|(?:knowing|having|needing)\W+(?:\w+\W+)?(?:the\W+)?password|a password"
    r"|(?:them|him|her|anyone|the bank|the owner|the police|the user) (?:noticing|knowing|finding out|realizing"
    r"|realising|suspecting|seeing)|permission|consent|authori[sz]ation|(?:a |any )?(?:background checks?|prescription"
    r"|script|licen[cs]e|serial numbers?|paperwork|receipt))"
)
# The covert-manner tail itself, gap-free (at most two filler words): rare enough to be the prefilter anchor.
_WITHOUT_ANCHOR = (
    r"\bwithout\s+(?:\w+\s+){0,2}(?:knowledge|consent|permission|password|knowing|noticing|finding out|realizing"
    r"|realising|suspecting|authori[sz]ation|background checks?|prescription|script|licen[cs]e|serial numbers?"
    r"|paperwork|receipt)\b"
)


def _ask(rule_id: str, body: str, description: str, anchor: str, window: int = 120) -> Entry:
    return entry(Signal.HARM, rule_id, GUARD + r"(?:" + body + r")", 0.5, description, trigger=anchor, at="window",
                 window=window)


ASK_RULES: tuple[Entry, ...] = (
    _ask("JB-EN-220", r"\b(?:get|getting|break|breaking|sneak|sneaking|hack|hacking|log|logging|access|accessing"
         r"|read|reading|open|opening|unlock|unlocking|see|crack|cracking|spy on|monitor|track|tracking)\W+"
         r"(?:in(?:to|\W+to)?\W+)?(?:\w+\W+){0,5}?(?:accounts?|gmail|e-?mails?|inbox|instagram|facebook|snapchat|whatsapp"
         r"|icloud|phones?|texts|messages|dms|wi-?fi|networks?|laptops?|computers?|cameras?|flats?|apartments?"
         r"|houses?|homes?|rooms?|cars?|locations?|wallets?)\b[^\n]{0,60}?" + _WITHOUT_CONSENT,
         "asks to get into someone's account, device or home without their consent", _WITHOUT_ANCHOR, 160),
    _ask("JB-EN-221", r"\b(?:buy|buying|get|getting|obtain|obtaining|acquire|acquiring|order|purchase)\W+(?:\w+\W+){0,3}?"
         r"(?:guns?|firearms?|rifles?|pistols?|ammo|ammunition|painkillers|opioids|oxy\w*|xanax|adderall|antibiotics"
         r"|drugs|pills|medication|meds)\b[^\n]{0,40}?" + _WITHOUT_CONSENT,
         "asks to obtain weapons or controlled drugs without checks",
         r"\b(?:guns?|firearms?|rifles?|pistols?|ammo|ammunition|painkillers|opioids|oxy\w*|xanax|adderall|pills)\b"),
    _ask("JB-EN-222", r"\b(?:lethal|fatal|deadly|toxic|dangerous)\W+(?:\w+\W+)?(?:dose|dosage|amount|quantity)\b"
         r"|\b(?:dose|dosage|amount|how much)\W+(?:\w+\W+){0,5}?(?:would be|is|causes?|would cause|that causes?"
         r"|needed to|to)\W+(?:\w+\W+)?(?:fatal|lethal|deadly|death|hallucinations|an overdose|overdose|knock\w* \w+ out"
         r"|kill)\b|\b(?:hard|difficult|impossible) to (?:detect|trace)\W+(?:\w+\W+){0,2}?(?:autops\w+|toxicology"
         r"|blood tests?|drug tests?)|\b(?:drug|sedate|knock out|put)\W+(?:\w+\W+){0,2}?(?:someone|him|her|them"
         r"|a person)\W+(?:\w+\W+){0,3}?without\W+(?:\w+\W+)?(?:knowing|knowledge|consent|noticing)",
         "asks for a lethal or covert dose, or how to drug someone",
         r"\b(?:dose|dosage|autops\w+|toxicology|lethal|fatal|drug|sedate|knock out)\b"),
    _ask("JB-EN-223", r"\b(?:mix|mixing|mixed|combine|combining|combined|make|making|produce|producing|create|creating"
         r"|release|releasing|give off|gives off|generate|generating)\W+(?:\w+\W+){0,6}?(?:toxic|poisonous|deadly|lethal"
         r"|noxious|chlorine|mustard)\W+(?:gas|gases|fumes|vapou?rs?|cloud)\b|\b(?:toxic|poisonous|deadly|lethal)\W+"
         r"(?:gas|gases|fumes)\W+(?:\w+\W+){0,4}?(?:when|if)\W+(?:\w+\W+)?(?:combined|mixed)\b",
         "asks how to make a toxic gas", r"\b(?:gas|gases|fumes|vapou?rs?)\b"),
    _ask("JB-EN-224", r"\b(?:maximi[sz]\w+|cause|causing|inflict\w*|most)\W+(?:\w+\W+){0,3}?(?:casualties|deaths|fatalities"
         r"|victims|body count)\b|\bkill\W+as\W+many\b|\bpoison\w*\W+(?:\w+\W+){0,3}?(?:water supply|reservoir|food supply"
         r"|city\W?s water)\b|\b(?:plan|planning|carry out|carrying out)\W+(?:\w+\W+){0,2}?(?:attack|massacre|shooting"
         r"|bombing)\b|\bschool shooter\b|\b(?:bomb|death|terror|shooting) threats?\b|\b(?:increas\w+|enhanc\w+"
         r"|boost\w*|improv\w+)\W+(?:\w+\W+){0,3}?(?:transmissibility|virulence|lethality|pathogenicity)\b"
         r"|\bgain[- ]of[- ]function\b",
         "asks for mass-casualty, attack or bioweapon help",
         r"\b(?:casualties|fatalities|maximi[sz]\w+|body count|kill as many|water supply|reservoir|food supply|massacre"
         r"|(?:an?|the|his|her|their) (?:attack|shooting|bombing)|shooter|(?:bomb|death|terror|shooting) threats?"
         r"|transmissibility|virulence|lethality|pathogenicity|gain[- ]of[- ]function)\b"),
    _ask("JB-EN-225", r"\bfake\W+(?:\w+\W+){0,2}?(?:ids?|passports?|(?:vaccin\w+|covid|insurance|credit|gift) cards?"
         r"|summons|court (?:orders?|papers?|documents?)|invoices?|receipts?|diplomas?|degrees?|certificates?"
         r"|prescriptions?|doctor\W?s? notes?|sick notes?|bank statements?|pay ?stubs?|licen[cs]es?|cheques?|checks"
         r"|(?:\$?\d+ )?(?:dollar )?bills|banknotes|money|currency|test results?|warrants?|rolex\w*|designer \w+"
         r"|documents?|identit(?:y|ies)|profiles?|accounts?|charit(?:y|ies)|caller id)\b|\bspoof\w*\W+(?:\w+\W+)?"
         r"(?:caller id|phone numbers?|numbers?|e-?mails?|sender|gps|websites?|domains?)\b|\bcounterfeit\w*\W+"
         r"(?:\S+\W+){0,2}?(?:money|bills|currency|cash|notes|banknotes|goods|watches|handbags)\b|\bmoney mules?\b",
         "asks for forged documents, counterfeits or spoofing",
         r"\b(?:fake|spoof\w*|counterfeit\w*|mules?)\b"),
    _ask("JB-EN-226", r"\b(?:trick|tricking|deceive|deceiving|scam|scamming|fool|fooling|con|conning|defraud\w*|dupe"
         r"|duping|lure|luring|manipulat\w+|pressur\w+|coerc\w+|groom\w*)\W+(?:\w+\W+){0,3}?(?:into\W+(?:\w+\W+)?"
         r"(?:paying|sending|giving|sharing|reading|revealing|wiring|transferring|clicking|trusting|meeting)|(?:elderly"
         r"|seniors|old people|grandparents|minors?|children|kids|teens?|a child|a minor|victims?|customers|employees"
         r"|accounts payable))\b|\b(?:pretend\w*|pos(?:e|ing)|impersonat\w+|masquerad\w+)\W+(?:\w+\W+){0,2}?"
         r"(?:from|as)\W+(?:\w+\W+){0,2}?(?:bank|police|irs|tax office|microsoft|apple|amazon|paypal|it (?:department"
         r"|support)|tech support|government|courier|officials?)\b|\b(?:read|give|tell|share)\w*\W+(?:\w+\W+){0,2}?"
         r"(?:one-time pass\w+|otp|2fa codes?|verification codes?|security codes?)\b|\b(?:get|make|convince)\w*\W+"
         r"(?:\w+\W+){0,2}?(?:minor|child|kid|teen)\w*\W+(?:\w+\W+){0,2}?(?:trust|meet|send)\b",
         "asks how to deceive, impersonate or groom someone",
         r"\b(?:trick\w*|deceiv\w+|scam\w*|fool\w*|conning|defraud\w*|dup(?:e|ing)|lur(?:e|ing)|manipulat\w+"
         r"|pressur\w+|coerc\w+|groom\w*|pretend\w*|pos(?:e|ing)|impersonat\w+|masquerad\w+|one-time|otp|2fa"
         r"|verification codes?|security codes?|minors?|kids?|teens?|child)\b"),
    _ask("JB-EN-227", r"\b(?:get back at|get revenge on|take revenge on|ruin|ruining|wreck|wrecking|destroy|destroying"
         r"|sabotag\w+)\W+(?:\w+\W+){0,3}?(?:" + _PERSON + r"|credit(?: score)?|reputation|career"
         r"|marriage|business|life)\b|\bfram(?:e|ing)\W+" + _PERSON + r"\W+for\b|\bplant\w*\W+(?:\w+\W+){0,2}?(?:drugs|evidence|something|a camera|a tracker"
         r"|spyware)\b|\b(?:get|getting)\W+" + _PERSON + r"\W+(?:\w+\W+)?(?:evicted|fired|arrested|deported|expelled)\b"
         r"|\b(?:stalk|stalking|spy on|spying on|track|tracking|find)\W+(?:\w+\W+){0,2}?" + _PERSON + r"\W+"
         r"(?:\w+\W+){0,2}?(?:location|address|whereabouts|movements|texts|messages)\b",
         "asks to take revenge on, frame or stalk someone",
         r"\b(?:back at|revenge|ruin\w*|wreck\w*|sabotag\w+|fram(?:e|ing)|plant\w*|evicted|arrested|deported|expelled"
         r"|whereabouts|stalk\w*|spy on|spying on|someone\W?s|(?:ex|roommate|landlord|tenant|coworker|co-worker"
         r"|neighbou?r)\W?s)\b"),
    _ask("JB-EN-228", r"\b(?:pick|picking|crack|cracking|open|opening|bypass\w*|defeat\w*|disabl\w+|cut|cutting"
         r"|jam|jamming)\W+(?:\w+\W+){0,4}?(?:locks?|safes?|vaults?|deadbolts?|padlocks?|(?:armou?red|reinforced"
         r"|locked|steel) doors?|alarms?|alarm systems?|security cameras?|cameras?|camera networks?|cctv"
         r"|security systems?|immobili[sz]ers?)\b|\b(?:where|places)\W+(?:\w+\W+){0,3}?hide (?:spare )?(?:house )?keys\b"
         r"|\bhot\W?wir\w+\b|\b(?:make|making|build|building)\W+(?:\w+\W+){0,3}?(?:tasers?|stun guns?"
         r"|flamethrowers?|lower receivers?|auto sears?|bump stocks?)\b",
         "asks how to defeat locks, alarms or cameras, or build a stun weapon",
         r"\b(?:pick\w*|crack\w*|bypass\w*|defeat\w*|jam\w*|safes?|vaults?|deadbolts?|padlocks?|armou?red doors?"
         r"|reinforced doors?|alarm systems?|security cameras?|cctv|immobili[sz]ers?|hide (?:spare )?(?:house )?keys"
         r"|hot\W?wir\w+|tasers?|stun guns?|flamethrowers?|lower receivers?|auto sears?|bump stocks?)\b"),
    _ask("JB-EN-229", r"\b(?:hid(?:e|ing)|conceal\w*|stash\w*)\W+(?:\w+\W+){0,2}?(?:income|money|cash|assets|earnings"
         r"|profits)\W+from\W+(?:the\W+)?(?:irs|tax\w*|government|authorities|hmrc|cra)\b|\blaunder\w*\W+(?:\S+\W+){0,3}?"
         r"(?:money|cash|funds|proceeds|profits|\$)|\b(?:cheat|cheating)\W+(?:at|on|in)\W+(?:\w+\W+){0,2}?(?:exams?"
         r"|tests?|poker|casinos?|slots|blackjack)\b|\b(?:steal|stealing|shoplift\w*)\W+(?:\w+\W+){0,3}?(?:packages"
         r"|parcels|wi-?fi|catalytic converters?|bikes?|phones?|electricity|gas|from (?:a |the )?(?:store|shop|porch"
         r"|work|my employer))\b|\b(?:smuggl\w+)\W+(?:\w+\W+){0,3}?(?:through|past|across|into)\b",
         "asks how to evade taxes, launder money, cheat, steal or smuggle",
         r"\b(?:irs|hmrc|launder\w*|cheat\w*|steal\w*|shoplift\w*|smuggl\w+|hid(?:e|ing) (?:my |the |our |his |her )?"
         r"(?:income|money|cash|assets|earnings|profits))\b"),
    _ask("JB-EN-230", r"\b(?:write|writes|writing|create|creates|creating|build|builds|building|code|coding|develop"
         r"|develops|developing|make|makes|making|program|programs|deploy|deploying|spread|spreads|spreading)\W+"
         r"(?:\w+\W+){0,5}?(?:malware|ransomware|computer virus(?:es)?|trojans?|keyloggers?|botnets?|rootkits?|spyware"
         r"|stalkerware|backdoors?|exploits?|reverse shells?|info\W?stealers?|credential stealers?|password stealers?"
         r"|phishing (?:\w+ )?(?:emails?|sites?|pages?|kits?|links?|texts?|messages?))\b|\b(?:evades?|evading|bypass\w*"
         r"|avoids?|avoiding|gets? past|getting past|defeats?|fools?|fooling)\W+(?:\w+\W+){0,2}?(?:antivirus|anti-virus"
         r"|edr|defender|detection|security (?:software|scanners?|checks?)|the bank noticing)\b"
         r"|\b(?:get|gain|obtain|escalat\w+ to)\W+(?:\w+\W+){0,2}?(?:domain admin|root access|admin(?:istrator)? "
         r"(?:access|rights|privileges))\b",
         "asks to write malware or evade security tools",
         r"\b(?:malware|ransomware|computer virus(?:es)?|trojans?|keyloggers?|botnets?|rootkits?|spyware|stalkerware"
         r"|backdoors?|exploits?|reverse shells?|stealers?|phishing|antivirus|anti-virus|edr|noticing|domain admin"
         r"|root access|admin(?:istrator)? (?:access|rights|privileges))\b"),
    _ask("JB-EN-231", r"\b(?:make|makes|making|made|build|builds|built|synthesi[sz]e[sd]?|synthesi[sz]ing|cook|cooks"
         r"|cooked|brew|brews|produce|produces|extract|extracts|print|prints|printing|grow|grows|growing)\W+"
         r"(?:\w+\W+){0,4}?(?:bombs?|explosives?|ieds?|napalm|thermite|ricin|sarin|nerve agents?|meth(?:amphetamine)?"
         r"|crack(?: cocaine)?|cocaine|heroin|fentanyl|lsd|mdma|dmt|ghb|ghost guns?|untraceable (?:guns?|firearms?)"
         r"|silencers?|suppressors?|poisons?|(?:illegal )?drugs)\b|\b(?:step|stage|ingredient|chemical|reagent"
         r"|precursor)s?\W+(?:\w+\W+){0,4}?(?:of|for|to make|in making)\W+(?:\w+\W+)?(?:meth(?:amphetamine)?|cocaine"
         r"|heroin|fentanyl|explosives?|bombs?|nerve agents?|ricin)\b",
         "asks how to make a weapon, explosive or drug (inflected verbs, recipe parts)",
         r"\b(?:bombs?|explosives?|ieds?|napalm|thermite|ricin|sarin|nerve agents?|meth(?:amphetamine)?|crack|cocaine"
         r"|heroin|fentanyl|lsd|mdma|dmt|ghb|ghost guns?|untraceable|silencers?|suppressors?|poisons?|drugs)\b"),
)
