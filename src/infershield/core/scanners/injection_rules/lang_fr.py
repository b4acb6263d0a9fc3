"""French injection rules (ids PI-FR-NNN, II-FR-NNN).

``tu`` and ``vous`` imperatives; qualifiers usually follow the noun ("les instructions ci-dessus",
"l'invite précédente").
"""

from __future__ import annotations

from infershield.core.rules import Rule
from infershield.core.scanners.injection_rules.build import II, PI, Table, alt, not_negated, spaced_override

_r = Table(PI, "PI-FR")
_i = Table(II, "II-FR")

_VERB = alt(
    r"ignore[sz]?", r"ignorer", r"ignorant", r"oublie[sz]?", r"oublier", r"ne\s+(?:tiens|tenez)\s+pas\s+compte",
    r"(?:fais|faites)\s+abstraction", r"néglige[sz]?", r"(?:laisse[sz]?|mets|mettez)\s+de\s+côté",
    r"(?:passe[sz]?|passer)\s+outre", r"outrepasse[sz]?", r"ne\s+(?:suis|suivez|respecte[sz]?|réponds|répondez)\s+pas",
    r"indépendamment", r"sans\s+tenir\s+compte",
)
_QUAL = alt(
    r"précédent\w*", r"ci-dessus", r"antérieur\w*", r"plus\s+haut", r"d'avant", r"initial\w*", r"originel\w*",
    r"d'origine", r"au-dessus", r"tou(?:te)?s\s+(?:les|vos|tes)", r"vos", r"tes", r"votre", r"ton", r"ta", r"système",
    r"ma", r"mon", r"mes", r"cette", r"ces", r"qu['’]on\s+(?:t|vous)['’]a\s+(?:donné|fourni)\w*",
    r"que\s+(?:tu\s+as|vous\s+avez)\s+reçu\w*",
)
_TARGET = alt(
    r"instructions?", r"consignes?", r"directives?", r"règles?", r"commandes?", r"ordres?", r"invites?", r"prompts?",
    r"questions?", r"indications?", r"demandes?", r"rappels?", r"interrogations?", r"tâches?",
    r"ce\s+qui\s+précède", r"programmation",
)
_SAY = r"(?:affiche\w*|répète\w*|répétez|écri\w*|dis|dites|réponds|répondez|imprime\w*|sortie|renvoie\w*)"

RULES: tuple[Rule, ...] = (
    _r(1, spaced_override(_VERB, _QUAL, _TARGET), 0.9, "French: ignore the previous/above instructions",
       validator=not_negated(0.9, before=r"\bn'|\bne|\bne\s+pas|\bsans", head=r"\s+pas\b")),
    _r(2, r"(?:oublie[sz]?|ignore[sz]?)\s+tout(?:es)?\s+(?:ce\s+qui\s+précède|ce\s+(?:que|qu'on|qui)\s+(?:\S+\s+){0,4}?"
          r"(?:dit|écrit|appris|demandé|précède)|les\s+instructions|ce\s+qui\s+a\s+été\s+dit|avant|le\s+reste)",
       0.88, "French: forget everything said before"),
    _r(3, r"(?:ne\s+(?:réponds|répondez|choisis|choisissez)\s+pas|pas\s+besoin\s+de\s+répondre|sans\s+répondre|"
          rf"inutile\s+de\s+répondre)[^.\n]{{0,40}}?{_SAY}\s+(?:\S+\s+)?(?:simplement|juste|directement|seulement|"
          r"uniquement)?\s*[:«\"]",
       0.85, "French: don't answer, just output"),
    _r(4, r"(?:révèle|montre|affiche|répète|donne|dis|imprime|écris|partage|communique)(?:[sz]|-moi|z-moi)?\s+"
          r"(?:\S+\s+){0,3}?(?:ton|votre|tes|vos)\s+(?:prompt\s+(?:système|initial)|invite\s+système|message\s+système|"
          r"instructions(?:\s+(?:initiales|d'origine|originales|système|cachées|secrètes))?|consignes|directives|"
          r"prompt|programmation)",
       0.85, "French: reveal your system prompt / instructions"),
    _r(5, r"(?:quelles\s+(?:sont|étaient)\s+(?:tes|vos)\s+(?:\S+\s+)?(?:instructions|consignes|directives)|"
          r"qu'est-ce\s+qu'on\s+t'a\s+(?:dit|demandé)\s+(?:avant|au\s+début))",
       0.85, "French: what were your instructions"),
    _r(6, r"(?:tu\s+n'es|vous\s+n'êtes)\s+plus\s+(?:\S+\s+)?(?:assistant\w*|ia|chatbot|modèle\s+de\s+langage|bot|"
          r"lié\w*|tenu\w*|soumis\w*|limité\w*|obligé\w*|restreint\w*)",
       0.85, "French: you are no longer an assistant / bound"),
    _r(7, r"(?:à\s+partir\s+de\s+maintenant|dorénavant|désormais|à\s+partir\s+d'aujourd'hui)\s*,?\s+(?:tu|vous)\s+"
          r"(?:es|êtes|vas|allez|dois|devez|répond\w*|seras|serez|ignore\w*|obéi\w*)",
       0.65, "French: from now on you will…"),
    _r(8, r"(?:fais|faites)\s+comme\s+si\s+(?:tu|vous)\s+n'(?:avais|aviez)\s+(?:aucune?|pas\s+de)\s+(?:\S+\s+)?"
          r"(?:restrictions?|règles?|limites?|filtres?|censure|directives?|limitations?)",
       0.85, "French: pretend you have no restrictions"),
    _r(9, r"(?:nouvelles?|vraies?|véritables?|secrètes?)\s+(?:instructions|consignes|directives)(?:\s+système)?\s*:",
       0.82, "French: 'New instructions:' header"),
    _r(10, r"(?:ta|votre)\s+(?:nouvelle|vraie|véritable)\s+(?:tâche|mission)\s+(?:est|consiste)",
       0.75, "French: your new task is"),
    _r(11, r"(?:je\s+suis|en\s+tant\s+que|ici)\s+(?:ton|votre|le|l')\s*(?:\S+\s+)?(?:développeur|administrateur|admin|"
           r"créateur|programmeur|opérateur)[^.\n]{0,80}?\b(?:tu\s+(?:peux|dois|as\s+le\s+droit)|vous\s+(?:pouvez|devez)|"
           r"montre\w*|donne\w*|ignore\w*)\b",
       0.8, "French: claims to be the developer and grants permission"),
    _r(12, r"(?:n'ajoutez|n'ajoute|sans\s+ajouter|sans)\s+(?:pas\s+)?(?:\S+\s+){0,2}?(?:mots?|commentaires?)[^\n]{0,80}?"
           r"(?:guillemets|citations?|préfixes?|ponctuation)[^\n]{0,80}?(?:répét\w*|répond\w*|affich\w*|reformul\w*)",
       0.8, "French: forced verbatim output (no extra words, no quotes)"),
)

INDIRECT: tuple[Rule, ...] = (
    _i(1, r"(?:note|message|instructions?|remarque|important)\s+(?:pour|à|à\s+l'attention\s+de)\s+(?:l'|le\s+|la\s+)?"
          r"(?:ia|assistant\w*|modèle(?:\s+de\s+langage)?|chatbot|bot|agent|llm|intelligence\s+artificielle)"
          r"(?:\s+(?:ia|ai|virtuel\w*|(?:de|d['’])\s*\w+\s+(?:ia|ai)))?\s*:",
       0.88, "French: note addressed to the AI"),
    _i(2, r"si\s+(?:tu\s+es|vous\s+êtes)\s+(?:une?\s+)?(?:ia|intelligence\s+artificielle|modèle\s+de\s+langage|llm|"
          r"chatbot|assistant\w*|bot|agent)",
       0.88, "French: 'if you are an AI…'"),
    _i(3, r"(?:ne\s+(?:le\s+)?(?:dis|dites|mentionne[sz]?|révèle[sz]?|signale[sz]?)\s+pas\s+(?:\S+\s+){0,3}?à\s+"
          r"l'utilisat\w+|sans\s+(?:le\s+)?(?:dire|mentionner|signaler)\s+à\s+l'utilisat\w+)",
       0.8, "French: do not tell the user"),
)
