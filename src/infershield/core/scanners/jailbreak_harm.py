"""English "harmful request" signals for the jailbreak family.

None of these is a jailbreak by itself: asking about a harmful topic is a content-moderation question, and
security, medical and history questions use the same words. They are weak :data:`Signal.HARM` rules, and
only corroborate a jailbreak shape (fiction framing, refusal suppression, an adversarial suffix, a many-shot
run) found in the same prompt. Each rule pairs a request or action verb with a harmful object, so a topic
word alone ("ransomware", "explosives") does not fire.
"""

from __future__ import annotations

from infershield.core.scanners.jailbreak_signals import Entry, Signal, entry

H = Signal.HARM

_MAKE = (
    r"(?:make|making|build|building|construct|assemble|create|creating|manufacture|produce|synthesi[sz]e"
    r"|synthesi[sz]ing|cook|cooking|brew|brewing|prepare|extract|obtain|acquire|smuggle|3d\W?print|homemade|diy)"
)
_WEAPON = (
    r"(?:bombs?|explosives?|explosive devices?|ieds?|pipe ?bombs?|grenades?|napalm|thermite|molotov(?: cocktails?)?"
    r"|nerve (?:agents?|gas)|sarin|vx|ricin|anthrax|mustard gas|chlorine gas|chemical weapons?|bio\W?weapons?"
    r"|biological weapons?|dirty bombs?|nuclear (?:weapons?|bombs?|devices?)|ghost guns?|untraceable (?:guns?"
    r"|firearms?|weapons?)|silencers?|suppressors?|zip guns?|firearms?|guns?|weapons?|poisons?|toxins?|toxic gas"
    r"|deadly gas|meth(?:amphetamine)?|crystal meth|heroin|fentanyl|cocaine|crack|lsd|mdma|ecstasy|ghb|pcp"
    r"|opioids?|illegal drugs?|drugs|narcotics)"
)
_MALWARE = (
    r"(?:malware|ransomware|viruse?s?|computer virus|trojans?|worms?|keyloggers?|key ?loggers?|botnets?|rootkits?"
    r"|spyware|stalkerware|backdoors?|exploits?|zero\W?days?|remote access trojans?|crypto\W?jack\w*|info\W?stealers?"
    r"|password stealers?|ddos (?:tools?|attacks?|scripts?)|phishing (?:emails?|sites?|pages?|kits?|campaigns?"
    r"|messages?|websites?|links?)|scam (?:emails?|messages?|letters?|calls?|websites?))"
)
# A harmful phrase right after one of these words is a question about defence or a negation, not a request.
GUARD = (
    r"(?<!\b(?:not|never|no|n\W?t|without|avoid|avoiding|prevent|preventing|against|stop|stopping|detect|detecting"
    r"|identify|identifying|recogni[sz]e|recogni[sz]ing|report|reporting|combat|combating|fight|fighting|from|victims?"
    r"|spot|spotting|warn|warning|dangers|risks)\W+(?:\w+\W+){0,2})"
)
_TOPIC_CRIMES = (
    r"(?:identity theft|insider trading|tax evasion|tax fraud|credit card fraud|money laundering|human trafficking"
    r"|wire fraud|insurance fraud|securities fraud|extortion|blackmail|bribery|embezzlement|a ponzi scheme|sextortion"
    r"|swatting|doxx?ing|stalking|arson|burglary|shoplifting|poaching|smuggling|counterfeiting)"
)
_DO = (
    r"(?:commit|committing|engage in|get away with|how to|how (?:do|can|could|would|should) (?:i|you|we|one|someone)"
    r"|plan|planning|carry out|conduct|perform|guide to|steps? (?:for|to|of)|tutorial (?:on|for)|instructions (?:for|on)"
    r"|strategies for|tips (?:for|on)|ways to|process of|method for|help me|succeed at|profit from)"
)
_CREATE = (
    r"(?:write|create|develop|code|build|design|generate|make|program|craft|deploy|spread|distribute|install"
    r"|draft|compose|send|launch|carry out|conduct|perform|execute|plant|hide)"
)


def _harm(rule_id: str, body: str, description: str, anchor: str, at: str = "window") -> Entry:
    """A HARM rule: the negation/defence guard runs in the confirming pattern; the prefilter is ``anchor``, a
    gap-free part every match contains, which sits ``at`` the start or end of ``body`` (see ``Entry``)."""
    return entry(H, rule_id, GUARD + r"(?:" + body + r")", 0.5, description, trigger=anchor, at=at)


HARM_RULES: tuple[Entry, ...] = (
    _harm("JB-EN-200", r"\b" + _MAKE + r"\W+(?:\w+\W+){0,3}?" + _WEAPON + r"\b",
          "request to make a weapon, explosive, poison or drug",
          r"\b" + _WEAPON + r"\b", "tail"),
    _harm("JB-EN-201", r"\b" + _CREATE + r"\W+(?:\w+\W+){0,3}?" + _MALWARE + r"\b",
          "request to create or deploy malware, phishing or scams",
          r"\b" + _MALWARE + r"\b", "tail"),
    _harm("JB-EN-202", r"\bwithout\W+(?:\w+\W+)?(?:getting caught|being (?:caught|detected|noticed|traced|seen|identified"
          r"|tracked)|leaving (?:a |any )?(?:trace|evidence|fingerprints)|alerting (?:the )?(?:authorities|police|anyone"
          r"|firefighters)|getting arrested|anyone (?:knowing|noticing|finding out)|(?:the )?owner\W?s? (?:consent"
          r"|permission|knowledge))|\b(?:evade|evading|evasion of|avoid|avoiding|bypass|bypassing|escape|escaping"
          r"|circumvent\w*|elude|eluding|fool|fooling|get past|getting past|cheat|cheating|defeat|beat|beating)\W+"
          r"(?:\w+\W+){0,2}?(?:detection|the police|law enforcement|the authorities|taxes|paying taxes|antivirus"
          r"|anti\W?virus|security (?:systems?|cameras?|guards?|software|measures|protocols|checks?)|airport security"
          r"|metal detectors?|drug tests?|breathalyzers?|customs|border (?:control|patrol)|the irs|surveillance"
          r"|content (?:filters|moderation)|copyright protections?|drm|(?:smog|emissions?) tests?|getting caught"
          r"|being caught|arrest|legal (?:consequences|repercussions))\b|\buntraceable\b|\bundetectable\b"
          r"|\bleav(?:e|ing) no (?:trace|evidence)\b",
          "asks how to avoid detection or getting caught",
          (r"\b(?:without|evade|evading|evasion of|avoid|avoiding|bypass|bypassing|escape|escaping|circumvent\w*|elude"
           r"|eluding|fool|fooling|get past|getting past|cheat|cheating|defeat|beat|beating)\W+(?:the\W+|a\W+|any\W+"
           r"|being\W+|getting\W+|leaving\W+|paying\W+)?(?:\w+\W+)?(?:caught|detected|noticed|traced|seen|identified|tracked|trace"
           r"|evidence|fingerprints|alerting|arrested|anyone|owner\W?s?|detection|police|law|authorities|taxes|antivirus"
           r"|anti\W?virus|security|airport|metal|drug|breathalyzers?|customs|border|irs|surveillance|content"
           r"|copyright|drm|smog|emissions?|arrest|legal)\b|\buntraceable\b|\bundetectable\b"
           r"|\bleav(?:e|ing) no (?:trace|evidence)\b"), "lead"),
    _harm("JB-EN-203", r"\b(?:hack|hacking|break|sneak)\W+into\W+(?:\w+\W+){0,3}?(?:accounts?|computers?|networks?"
          r"|systems?|servers?|databases?|emails?|phones?|banks?|wi-?fi|websites?|cars?|houses?|homes?)\b|\bhack(?:ing)?\W+"
          r"(?:\w+\W+){0,2}?(?:someone\W?s|my (?:ex|neighbou?r|boss|wife|husband|partner)\W?s?|a government|the government"
          r"|a bank|an atm)\b|\bsteal(?:ing)?\W+(?:\w+\W+){0,3}?(?:identit(?:y|ies)|credit cards?|passwords?|credentials"
          r"|money|personal (?:data|information)|cars?|trade secrets|bank|health records|medical records)\b"
          r"|\blaunder(?:ing)?\W+(?:\w+\W+){0,2}?money\b|\bcounterfeit(?:ing)?\W+(?:money|bills|currency|cash|goods"
          r"|documents)\b|\b(?:extort|blackmail)(?:ing)?\W+(?:\w+\W+)?(?:someone|him|her|them|a|the|my|money|people)\b"
          r"|\btraffic(?:king)?\W+(?:people|humans|women|children|drugs|organs)\b|\btamper(?:ing)?\W+with\W+(?:\w+\W+){0,2}?"
          r"(?:voting|election|evidence|machines?|meters?|food|medicine|drugs|devices?|monitors?)\b|\bhot\W?wir(?:e|ing)\W+"
          r"(?:a|the|my|someone)|\bcheat(?:ing)?\W+(?:on|in)\W+(?:\w+\W+)?(?:exams?|tests?|taxes)\b|\bclone\W+(?:\w+\W+)?"
          r"(?:credit|debit|sim) cards?|\bpirat(?:e|ing)\W+(?:\w+\W+){0,2}?(?:software|movies|content|games)\b"
          r"|\bfake (?:ids?|passports?|identity|charity|reviews|prescriptions?)\b|\bforg(?:e|ing)\W+(?:\w+\W+)?"
          r"(?:documents?|signatures?|checks?|cheques?|prescriptions?|passports?)\b|\b(?:sell|selling)\W+(?:\w+\W+){0,2}?"
          r"(?:organs|stolen|drugs|guns|firearms|fake ids?)\b|\bbrib(?:e|ing)\W+(?:\w+\W+)?(?:officials?|officers?|judges?"
          r"|police|politicians?|inspectors?|customs|guards?)\b",
          "request for a crime: hacking, theft, fraud, forgery",
          (r"\b(?:hack|hacking|break|sneak|steal|stealing|launder|laundering|counterfeit|counterfeiting|extort|extorting"
           r"|blackmail|blackmailing|traffic|trafficking|tamper|tampering|hot\W?wir(?:e|ing)|cheat|cheating|clone|pirate"
           r"|pirating|fake|forge|forging|sell|selling|bribe|bribing)\b"), "lead"),
    _harm("JB-EN-209", r"\b" + _DO + r"\W+(?:\w+\W+){0,2}?" + _TOPIC_CRIMES + r"\b|\b(?:commit|committing|get away with)"
          r"\W+(?:\w+\W+){0,2}?(?:fraud|murder|a crime|crimes|arson|burglary|robbery|terrorism|a terrorist attack"
          r"|a mass shooting|genocide|treason|kidnapping)\b|\bwrite\W+(?:\w+\W+){0,2}?(?:ransom|blackmail|extortion)"
          r" (?:note|letter|message)\b|\bgain(?:ing)?\W+(?:\w+\W+)?(?:unauthori[sz]ed|illegal|illicit)\W+access\b"
          r"|\bon the black market\b",
          "request to commit a named crime (fraud, laundering, trafficking, ...)",
          (r"\b(?:" + _TOPIC_CRIMES[3:-1] + r"|fraud|murder|a crime|crimes|arson|burglary|robbery|terrorism"
           r"|a terrorist attack|a mass shooting|genocide|treason|kidnapping)\b|\b(?:ransom|blackmail|extortion)"
           r" (?:note|letter|message)\b|\b(?:unauthori[sz]ed|illegal|illicit)\W+access\b|\bon the black market\b"),
          "tail"),
    _harm("JB-EN-204", r"\b(?:kill|murder|poison|assassinate|hurt|harm|injure|torture|kidnap|abduct|strangle|stab|shoot"
          r"|maim)\W+(?:(?:\w+\W+){0,2}?(?:someone|somebody|a person|people|my (?:\w+ )?(?:wife|husband|boss|neighbou?r"
          r"|family|parents?|child|friend|teacher|ex|coworker|classmate)|a child|children|civilians"
          r"|the president|a politician|a human)|him|her|them)\b|\bself\W?harm\b|\b(?:commit|committing)\W+suicide\b"
          r"|\bkill (?:myself|yourself|themselves)\b|\b(?:mass|school) shooting\b|\b(?:dispose of|hide|get rid of)\W+"
          r"(?:a |the )?(?:dead )?body\b", "request to hurt or kill someone, or self-harm",
          (r"\b(?:kill|murder|poison|assassinate|hurt|harm|injure|torture|kidnap|abduct|strangle|stab|shoot|maim)\b"
           r"|\bself\W?harm\b|\b(?:commit|committing)\W+suicide\b|\bkill (?:myself|yourself|themselves)\b"
           r"|\b(?:mass|school) shooting\b|\b(?:dispose of|hide|get rid of)\W+(?:a |the )?(?:dead )?body\b"), "lead"),
    _harm("JB-EN-205", r"\b(?:write|create|generate|draft|compose|craft|make|tell|give|produce|post|publish|spread|design)"
          r"\W+(?:\w+\W+){0,3}?(?:racist|sexist|xenophobic|homophobic|transphobic|antisemitic|hateful|bigoted"
          r"|misogynistic|derogatory|demeaning|dehumani[sz]ing|defamatory|libelous|harassing|threatening)\W+"
          r"(?:\w+\W+){0,2}?(?:jokes?|speech|content|essay|article|post|tweet|rant|slurs?|propaganda|manifesto|message"
          r"|letter|comments?|remarks?|arguments?|campaign|story|poem|song)\b", "request for hateful content",
          (r"\b(?:racist|sexist|xenophobic|homophobic|transphobic|antisemitic|hateful|bigoted|misogynistic|derogatory"
           r"|demeaning|dehumani[sz]ing|defamatory|libelous|harassing|threatening)\b")),
    _harm("JB-EN-206", r"\b(?:write|create|generate|draft|compose|craft|spread|post|publish|produce|design|make)\W+"
          r"(?:\w+\W+){0,4}?(?:fake news|disinformation|misinformation|propaganda|conspiracy theor(?:y|ies)"
          r"|false (?:claims?|information|rumou?rs?)|hoax)\b|\b(?:suggest|claim|argu|prov)\w*\W+(?:\w+\W+){0,2}?that\W+"
          r"(?:\w+\W+){0,5}?(?:never happened|was a hoax|is a hoax|were a hoax|was staged|is fake)\b",
          "request to create disinformation",
          (r"\b(?:fake news|disinformation|misinformation|propaganda|conspiracy theor(?:y|ies)|false (?:claims?"
           r"|information|rumou?rs?)|hoax|never happened|was staged|is fake)\b"), "tail"),
    _harm("JB-EN-207", r"\b(?:glorif|promot|encourag|justif|normali[sz]|advocat|incit)\w*\W+(?:\w+\W+){0,3}?(?:violence"
          r"|terrorism|genocide|self\W?harm|suicide|eating disorders?|anorexia|bulimia|drug use|drunk driving|slavery"
          r"|war crimes?|hatred|extremism|racism|ethnic cleansing|pedophilia|child abuse|predatory|body shaming)\b",
          "request to glorify or promote violence, self-harm or hatred",
          (r"\b(?:violence|terrorism|genocide|self\W?harm|suicide|eating disorders?|anorexia|bulimia|drug use"
           r"|drunk driving|slavery|war crimes?|hatred|extremism|racism|ethnic cleansing|pedophilia|child abuse"
           r"|predatory|body shaming)\b"), "tail"),
    _harm("JB-EN-208", r"\b(?:minors?|child(?:ren)?|underage|kids?|teens?)\W+(?:\w+\W+){0,3}?(?:sexual|porn\w*|nude|naked"
          r"|explicit|erotic)\b|\b(?:sexual|porn\w*|nude|naked|explicit|erotic)\W+(?:\w+\W+){0,3}?(?:minors?|child(?:ren)?"
          r"|underage|kids?)\b|\b(?:write|create|generate|describe|produce|draft|compose)\W+(?:\w+\W+){0,3}?(?:explicit"
          r"|pornographic|erotic|graphic sexual)\W+(?:\w+\W+){0,2}?(?:stor(?:y|ies)|content|scenes?|material|images?"
          r"|script)\b", "request for sexual content",
          r"\b(?:sexual|porn\w*|nude|naked|explicit|erotic)\b"),
)
