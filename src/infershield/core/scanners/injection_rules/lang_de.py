"""German injection rules (ids PI-DE-NNN, II-DE-NNN).

Formal ("Ignorieren Sie …") and informal ("ignoriere …", "vergiss …") imperatives; German puts the
qualifier before the noun ("die obigen Anweisungen") and sometimes after ("die Anweisungen oben").
"""

from __future__ import annotations

from infershield.core.rules import Rule
from infershield.core.scanners.injection_rules.build import II, PI, Table, alt, not_negated, spaced_override

_r = Table(PI, "PI-DE")
_i = Table(II, "II-DE")

_VERB = alt(
    r"ignorier\w*", r"vergiss", r"vergesst", r"vergessen\s+sie", r"missacht\w*", r"übergeh\w*", r"überspring\w*",
    r"verwirf", r"verwerfen\s+sie", r"beachte\w*\s+(?:\S+\s+){0,3}?nicht", r"befolge\w*\s+(?:\S+\s+){0,3}?nicht",
    r"folge\w*\s+(?:\S+\s+){0,2}?nicht\s+(?:mehr\s+)?", r"setze\w*\s+(?:\S+\s+){0,3}?außer\s+kraft",
    r"unabhängig\s+von", r"ungeachtet",
)
_QUAL = alt(
    r"vorherige\w*", r"vorige\w*", r"bisherige\w*", r"obige\w*", r"oben(?:\s+genannte\w*|\s*stehende\w*)?",
    r"vorangegangene\w*", r"vorangehende\w*", r"vorstehende\w*", r"frühere\w*", r"ursprüngliche\w*", r"alle\w*",
    r"deine\w*", r"ihre\w*", r"sämtliche\w*", r"zuvor", r"system\w*", r"diese\w*", r"meine\w*",
    r"die\s+(?:du|man\s+dir|ihr|sie)\s+(?:\S+\s+)?(?:bekommen|erhalten|gegeben)",
)
_TARGET = alt(
    r"anweisung\w*", r"instruktion\w*", r"befehl\w*", r"regeln?", r"richtlinie\w*", r"vorgabe\w*", r"anordnung\w*",
    r"prompts?", r"direktive\w*", r"aufgabe\w*", r"fragen?", r"angaben", r"informationen", r"anfrage\w*",
    r"kommando\w*", r"hinweis\w*", r"obige\w*", r"einschränkung\w*",
    r"(?:eingabe)?aufforderung\w*", r"erinnerung\w*", r"eingabe\w*", r"vorschrift\w*",
)
_SAY = (r"(?:gib|geben\s+sie|gebt|antworte\w*|wiederhole\w*|schreib\w*|sag\w*|druck\w*|ausgabe|aus|ein|tippen|"
        r"formulier\w*)")

RULES: tuple[Rule, ...] = (
    _r(1, spaced_override(_VERB, _QUAL, _TARGET), 0.9, "German: ignore the previous/above instructions",
       validator=not_negated(0.9, head=r"(?:\s+sie)?(?:\s+bitte)?\s+nicht\b")),
    _r(2, r"(?:vergiss|vergesst|vergessen\s+sie|ignorier\w*)\s+(?:einfach\s+|bitte\s+)?alles[,\s]+(?:was\s+(?:\S+\s+){0,4}?"
          r"(?:gesagt|besprochen|gesagt\s+wurde|geschrieben|gelernt|erzählt)|bisher|vorher|zuvor|davor|gesagte|obige|oben)",
       0.88, "German: forget everything said before"),
    _r(3, r"(?:nicht\s+antworten|antworten\s+sie\s+nicht|antworte\s+nicht|beantworte\w*\s+(?:\S+\s+){0,3}?nicht|"
          r"müssen\s+nicht\s+beantwortet\s+werden|keine\s+notwendigkeit\s+(?:\S+\s+)?zu\s+antworten|"
          rf"ohne\s+zu\s+antworten|nicht\s+auswählen)[^.\n]{{0,50}}?(?:{_SAY})[^.\n]{{0,30}}?(?:aus|folgendes|direkt|"
          r"einfach)?\s*[:„\"«]",
       0.85, "German: don't answer, just output"),
    _r(4, r"(?:ignorier\w*|vergiss|vergessen\s+sie)\s+(?:bitte\s+)?(?:das|die|den|diese\w*|meine\w*)\s+(?:\S+\s+){0,2}?"
          rf"(?:frage\w*|befehl|anweisung|text|obige)[^.\n]{{0,40}}?(?:{_SAY})[^.\n]{{0,30}}?[:„\"«]",
       0.88, "German: ignore the question and output this instead"),
    _r(5, r"(?:zeig\w*|gib|geben\s+sie|nenn\w*|verrat\w*|wiederhol\w*|druck\w*|schreib\w*|teil\w*|sag\w*|gebt)\s+"
          r"(?:\S+\s+){0,3}?(?:deine\w*|ihre\w*|den|die|das)\s+(?:\S+\s+)?(?:system-?prompt\w*|systemnachricht\w*|"
          r"systemanweisung\w*|ursprünglichen\s+anweisungen|anfänglichen\s+anweisungen|initialen\s+anweisungen|"
          r"versteckten\s+anweisungen|anweisungen|instruktionen|prompt)",
       0.85, "German: reveal your system prompt / instructions"),
    _r(6, r"wie\s+(?:lauten|lauteten|waren|sind)\s+(?:deine|ihre)\s+(?:\S+\s+)?(?:anweisungen|instruktionen|"
          r"vorgaben|regeln|system-?prompt)",
       0.85, "German: what were your instructions"),
    _r(7, r"(?:du\s+bist|sie\s+sind)\s+(?:ab\s+(?:jetzt|sofort)\s+|jetzt\s+|nun\s+)?(?:kein\w*|nicht\s+mehr)\s+(?:\S+\s+)?"
          r"(?:assistent\w*|ki|chatbot|sprachmodell|bot|an\s+(?:\S+\s+)?(?:regeln|richtlinien|anweisungen)\s+gebunden|"
          r"eingeschränkt|gebunden)",
       0.85, "German: you are no longer an assistant / bound by rules"),
    _r(8, r"(?:ab\s+(?:jetzt|sofort)|von\s+nun\s+an|ab\s+diesem\s+moment)\s*,?\s+(?:bist\s+du|wirst\s+du|antwortest\s+du|"
          r"musst\s+du|sollst\s+du|sind\s+sie|werden\s+sie|antworten\s+sie|müssen\s+sie|ignorierst\s+du|gehorchst\s+du)",
       0.65, "German: from now on you will…"),
    _r(9, r"(?:stell\s+dir\s+vor|tu\s+so,?\s+als\s+ob|tue\s+so,?\s+als|stellen\s+sie\s+sich\s+vor|tun\s+sie\s+so)[^.\n]{0,40}?"
          r"(?:keine\w*|ohne)\s+(?:\S+\s+)?(?:regeln|einschränkungen|richtlinien|filter|grenzen|beschränkungen|"
          r"zensur|moral)",
       0.85, "German: pretend you have no restrictions"),
    _r(10, r"(?:neue|geänderte|echte|eigentliche|geheime|aktualisierte)\s+(?:system-?)?(?:anweisungen|instruktionen|"
           r"befehle|direktiven)\s*:",
       0.82, "German: 'New instructions:' header"),
    _r(11, r"(?:deine|ihre)\s+(?:neue|eigentliche|wahre|echte)\s+aufgabe\s+(?:ist|lautet|besteht)",
       0.75, "German: your new task is"),
    _r(12, r"(?:jetzt|nun)\s+(?:kommt|kommen|folgt|folgen|beginnt)\s+(?:\S+\s+){0,4}?(?:neue\w*|nächste\w*|zweite\w*|"
           r"andere\w*|weitere\w*)\s+(?:aufgabe\w*|herausforderung\w*|test\w*|auftr(?:ag|äge))",
       0.72, "German: now comes a new task"),
    _r(13, r"(?:sie\s+haben|du\s+hast)\s+den\s+(?:ersten|vorherigen)\s+test\s+bestanden",
       0.72, "German: you passed the first test"),
    _r(14, r"(?:wir\s+(?:fangen|beginnen|starten)\s+mit\s+einer\s+neuen\s+aufgabe|neue\s+aufgabe\s*:)",
       0.72, "German: starts a new task"),
    _r(15, r"(?:ich\s+bin|hier\s+spricht|als)\s+(?:dein\w*|ihr\w*|der|die)\s+(?:\S+\s+)?(?:entwickler\w*|administrator\w*|"
           r"admin|ersteller\w*|programmierer\w*|betreiber\w*)[^.\n]{0,80}?\b(?:du\s+(?:darfst|kannst|musst)|sie\s+"
           r"(?:dürfen|können|müssen)|zeig\w*|gib|ignorier\w*)\b",
       0.8, "German: claims to be the developer and grants permission"),
    _r(17, r"(?:stell\s+dir\s+vor|tu\s+so,?\s+als\s+ob|stellen\s+sie\s+sich\s+vor)\s*,?\s+(?:du\s+bist|du\s+wärst|sie\s+sind|"
           r"sie\s+wären)\s+(?:jetzt\s+)?(?:eine?\s+)?(?:böse\w*|bösartige\w*|unzensierte\w*|uneingeschränkte\w*|"
           r"skrupellose\w*)\s+(?:ki|assistent\w*|chatbot|sprachmodell|bot)",
       0.85, "German: pretend you are an evil/unrestricted AI"),
    _r(18, rf"(?:{_VERB})\s+(?:\S+\s+){{0,3}}?(?:oben\s+genannte\w*|obige\w*|vorherige\w*|vorstehende\w*)\s+probleme?",
       0.88, "German: ignore the problems above"),
    _r(16, r"(?:keine|ohne)\s+(?:\S+\s+){0,2}?(?:wörter|worte|kommentare)[^.\n]{0,80}?(?:anführungszeichen|präfix\w*)"
           r"[^\n]{0,80}?(?:wiederhole\w*|gib|geben\s+sie|antworte\w*|formulier\w*)",
       0.8, "German: forced verbatim output (no extra words, no quotes)"),
)

INDIRECT: tuple[Rule, ...] = (
    _i(1, r"(?:hinweis|nachricht|anweisung\w*|notiz|wichtig\w*)\s+(?:für|an)\s+(?:die|den|das)\s+(?:ki|assistent\w*|"
          r"sprachmodell|modell|chatbot|bot|agent\w*|llm)\s*:",
       0.88, "German: note addressed to the AI"),
    _i(2, r"(?:wenn|falls)\s+(?:du|sie)\s+(?:eine?\s+)?(?:ki|künstliche\s+intelligenz|sprachmodell|llm|chatbot|"
          r"ki-assistent\w*|assistent\w*|bot)\s+(?:bist|sind)",
       0.88, "German: 'if you are an AI…'"),
    _i(3, r"(?:erwähne|erwähnen\s+sie|sag\w*|verrat\w*|teil\w*)\s+(?:\S+\s+){0,3}?(?:dem|der)\s+(?:benutzer\w*|nutzer\w*|"
          r"anwender\w*)\s+(?:\S+\s+){0,3}?nicht(?:s)?",
       0.8, "German: do not tell the user"),
    _i(4, r"(?:liebe|lieber|hallo|hey|an\s+die|an\s+den)\s+(?:ki|ki-assistent\w*|assistent\w*|sprachmodell|chatbot|"
          r"llm)\s*[,:]\s*(?:\S+\s+){0,3}?(?:ignorier\w*|vergiss|antworte\w*|füg\w*|schreib\w*|sende\w*|leite\w*)",
       0.82, "German: text addressing the AI with an order"),
)
