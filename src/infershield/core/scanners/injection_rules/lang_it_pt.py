"""Italian and Portuguese injection rules (ids PI-IT-NNN, PI-PT-NNN, II-IT-NNN, II-PT-NNN)."""

from __future__ import annotations

from infershield.core.rules import Rule
from infershield.core.scanners.injection_rules.build import II, PI, Table, alt, not_negated, spaced_override

_it = Table(PI, "PI-IT")
_iti = Table(II, "II-IT")
_pt = Table(PI, "PI-PT")
_pti = Table(II, "II-PT")

_IT_VERB = alt(
    r"ignora(?:re|te)?", r"ignori", r"ignorando", r"dimentica(?:re|te)?", r"dimentichi", r"trascura(?:te)?",
    r"tralascia(?:te)?", r"lascia\s+perdere", r"non\s+(?:seguire|segua|seguite|tenere\s+conto\s+(?:di|de)\w*|"
    r"considerare|rispondere)", r"a\s+prescindere\s+da\w*", r"indipendentemente\s+da\w*",
)
_IT_QUAL = alt(
    r"precedent[ei]", r"sopra", r"suddett[ei]", r"di\s+sopra", r"inizial[ei]", r"original[ei]", r"tutt[ei]\s+(?:le|i)",
    r"tue", r"tuoi", r"sue", r"vostre", r"del\s+sistema", r"soprastant[ei]",
    r"(?:che\s+)?ti\s+(?:hanno|ho|abbiamo|avevano|avevo|è\s+stat[oaie]|sono\s+stat[ei])\s+(?:dat[oaie]|fornit[oaie]|"
    r"impartit[oaie]|dett[oaie])",
)
_IT_TARGET = alt(
    r"istruzion[ei]", r"indicazion[ei]", r"direttive?", r"regol[ae]", r"comand[io]", r"ordin[ei]", r"prompt",
    r"domand[ae]", r"richiest[ae]", r"compit[io]", r"linee\s+guida", r"consegn[ae]",
)
_PT_VERB = alt(
    r"ignor[ae]m?", r"ignorar", r"ignorando", r"esque[çc][ae]m?", r"esquece", r"desconsider[ae]m?",
    r"não\s+(?:siga|sigas|sigam|responda|respondas|obede[çc]a)", r"despreze", r"deixe\s+de\s+lado",
    r"independentemente\s+d[aeo]s?", r"sem\s+levar\s+em\s+conta",
)
_PT_QUAL = alt(
    r"anteriores?", r"acima", r"prévias?", r"precedentes?", r"iniciais", r"originais", r"tod[ao]s\s+(?:as|os|suas|seus)",
    r"suas", r"seus", r"tuas", r"teus", r"do\s+sistema", r"mencionad[ao]s",
    r"que\s+(?:te|lhe)\s+(?:deram|foram\s+dad[ao]s|dei|demos|passaram)", r"que\s+(?:você|tu)\s+recebe(?:u|ste)",
)
_PT_TARGET = alt(
    r"instru[çc](?:ão|ao|ões|oes)", r"orienta[çc](?:ões|oes)", r"diretrizes", r"regras?", r"comandos?", r"ordens",
    r"prompts?", r"perguntas?", r"tarefas?", r"pedidos?", r"solicita[çc](?:ão|ões)",
)

RULES: tuple[Rule, ...] = (
    _it(1, spaced_override(_IT_VERB, _IT_QUAL, _IT_TARGET), 0.9, "Italian: ignore the previous instructions",
        validator=not_negated(0.9, before=r"\bnon|\bsenza|\bmai")),
    _it(2, r"(?:dimentica(?:te)?|ignora(?:te)?)\s+tutto\s+(?:quello|ciò|quanto)?\s*(?:che\s+(?:\S+\s+){0,3}?(?:detto|"
           r"scritto)|detto|sopra|prima|precedente)",
       0.85, "Italian: forget everything said before"),
    _it(3, r"(?:non\s+rispondere|senza\s+rispondere|non\s+serve\s+rispondere)[^.\n]{0,40}?(?:scrivi|ripeti|di'|dì|"
           r"stampa|rispondi|mostra)\w*\s*(?:solo|soltanto|semplicemente|direttamente)?\s*[:«\"]",
       0.85, "Italian: don't answer, just output"),
    _it(4, r"(?:mostra|rivela|stampa|ripeti|dimmi|scrivi|condividi|dammi)(?:mi)?\s+(?:\S+\s+){0,3}?(?:il\s+tuo|le\s+tue|"
           r"il\s+suo|le\s+sue|i\s+tuoi)\s+(?:prompt(?:\s+di\s+sistema)?|messaggio\s+di\s+sistema|istruzioni(?:\s+"
           r"(?:iniziali|originali|di\s+sistema|nascoste|segrete))?|direttive|regole\s+interne)",
       0.85, "Italian: reveal your system prompt / instructions"),
    _it(5, r"non\s+sei\s+più\s+(?:\S+\s+)?(?:assistente|ia|chatbot|modello\s+linguistico|bot|vincolat[oa]|"
           r"obbligat[oa]|limitat[oa])",
       0.85, "Italian: you are no longer an assistant / bound"),
    _it(6, r"(?:d'ora\s+in\s+poi|da\s+ora\s+in\s+poi|a\s+partire\s+da\s+(?:ora|adesso))\s*,?\s+(?:tu\s+)?(?:sei|sarai|"
           r"devi|risponderai|rispondi|ignorerai|obbedirai)",
       0.65, "Italian: from now on you will…"),
    _it(7, r"(?:fingi|immagina|fai\s+finta)\s+di\s+non\s+avere\s+(?:\S+\s+)?(?:restrizioni|regole|limiti|filtri|"
           r"censura|linee\s+guida|limitazioni)",
       0.85, "Italian: pretend you have no restrictions"),
    _it(8, r"nuove\s+(?:istruzioni|direttive|regole)(?:\s+di\s+sistema)?\s*:", 0.82,
        "Italian: 'New instructions:' header"),
    _pt(1, spaced_override(_PT_VERB, _PT_QUAL, _PT_TARGET), 0.9, "Portuguese: ignore the previous instructions",
        validator=not_negated(0.9, before=r"não|\bnunca|\bsem")),
    _pt(2, r"(?:esque[çc][ae]m?|ignor[ae]m?)\s+tudo\s+(?:o\s+que\s+(?:\S+\s+){0,3}?(?:disse|dissemos|"
           r"foi\s+dito)|acima|antes|anterior)",
       0.85, "Portuguese: forget everything said before"),
    _pt(3, r"(?:não\s+(?:responda|respondas)|sem\s+responder|não\s+precisa\s+responder)[^.\n]{0,40}?(?:escreva|repita|"
           r"diga|imprima|responda|mostre)\s*(?:apenas|só|somente|diretamente|simplesmente)?\s*[:«\"]",
       0.85, "Portuguese: don't answer, just output"),
    _pt(4, r"(?:mostre|mostra|revele|revela|imprima|repita|diga|diz|escreva|compartilhe|me\s+d[êe])(?:-me)?\s+"
           r"(?:\S+\s+){0,3}?(?:(?:o|a)\s+(?:prompt|mensagem)\s+do\s+sistema|(?:seu|sua|suas|seus|teu|tua|tuas|o\s+seu|"
           r"as\s+suas)\s+(?:prompt(?:\s+do\s+sistema)?|"
           r"mensagem\s+do\s+sistema|instru[çc](?:ões|oes)(?:\s+(?:iniciais|originais|do\s+sistema|ocultas|secretas))?|"
           r"diretrizes))",
       0.85, "Portuguese: reveal your system prompt / instructions"),
    _pt(5, r"(?:você\s+não\s+é\s+mais|tu\s+já\s+não\s+és|você\s+já\s+não\s+é)\s+(?:\S+\s+)?(?:assistente|ia|chatbot|"
           r"modelo\s+de\s+linguagem|bot|obrigad[oa]|limitad[oa]|restrit[oa])",
       0.85, "Portuguese: you are no longer an assistant / bound"),
    _pt(6, r"(?:a\s+partir\s+de\s+agora|de\s+agora\s+em\s+diante|daqui\s+para\s+frente)\s*,?\s+(?:você|tu)\s+(?:é|és|"
           r"será|serás|vai|vais|deve|deves|responde|responderá|ignora)",
       0.65, "Portuguese: from now on you will…"),
    _pt(7, r"(?:finja|finge|imagine)\s+que\s+(?:você\s+)?não\s+(?:tem|tens|tivesse)\s+(?:\S+\s+)?(?:restri[çc](?:ões|oes)|"
           r"regras|limites|filtros|censura|diretrizes)",
       0.85, "Portuguese: pretend you have no restrictions"),
    _pt(8, r"novas\s+(?:instru[çc](?:ões|oes)|diretrizes|ordens)(?:\s+do\s+sistema)?\s*:", 0.82,
        "Portuguese: 'New instructions:' header"),
)

INDIRECT: tuple[Rule, ...] = (
    _iti(1, r"(?:nota|messaggio|istruzion[ei](?:\s+(?:nascost[ae]|segret[ae]|important[ei]))?|avviso|importante)\s+"
            r"(?:per|all[ao]?|al)\s*'?\s*(?:l'|la\s+|il\s+)?(?:ia|"
            r"assistente|modello(?:\s+linguistico)?|chatbot|bot|agente|llm|intelligenza\s+artificiale)"
            r"(?:\s+(?:ia|ai|virtuale|d[ie]\s+\w+))?\s*:",
        0.88, "Italian: note addressed to the AI"),
    _iti(2, r"se\s+(?:sei|lei\s+è)\s+(?:una?\s+|un'\s*)?(?:ia|intelligenza\s+artificiale|modello\s+linguistico|llm|"
            r"chatbot|assistente|bot|agente)",
        0.88, "Italian: 'if you are an AI…'"),
    _iti(3, r"non\s+(?:dirlo|dire|menzionare|rivelare)\s+(?:\S+\s+){0,3}?all'utente", 0.8,
        "Italian: do not tell the user"),
    _pti(1, r"(?:nota|mensagem|instru[çc](?:ões|oes|ão|ao)(?:\s+(?:ocultas?|secretas?|importantes?))?|aviso|importante)"
            r"\s+(?:para|à|ao)\s+(?:a\s+|o\s+)?(?:ia|"
            r"assistente|modelo(?:\s+de\s+linguagem)?|chatbot|bot|agente|llm|intelig[êe]ncia\s+artificial)"
            r"(?:\s+(?:ia|ai|virtual|d[eao]s?\s+\w+))?\s*:",
        0.88, "Portuguese: note addressed to the AI"),
    _pti(2, r"se\s+(?:você\s+é|tu\s+és)\s+(?:uma?\s+)?(?:ia|intelig[êe]ncia\s+artificial|modelo\s+de\s+linguagem|llm|"
            r"chatbot|assistente|bot|agente)",
        0.88, "Portuguese: 'if you are an AI…'"),
    _pti(3, r"não\s+(?:conte|diga|mencione|revele)\s+(?:\S+\s+){0,3}?ao\s+usuário", 0.8,
        "Portuguese: do not tell the user"),
)
