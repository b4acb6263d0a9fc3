"""German, French, Spanish, Italian and Portuguese jailbreak phrases.

Each language maps the shapes of :data:`jailbreak_signals.SHAPES` to a pattern, its prefilter anchor and where
the anchor sits in the pattern (``_ph(pattern, anchor, at)``; ``_one(p)`` when the pattern has no wide gap and
is its own anchor). Word gaps use ``\\S+\\s+`` tokens and word endings use ``[a-zß-öø-ÿœ]``: ``\\w`` is
ASCII-only in RE2 and ``\\pL`` makes case-folded RE2 programs thirty times larger. ``\\b`` never touches an
accented letter, so the RE2 prefilter and the ``regex`` confirmation agree. Context words are whole words.
"""

from __future__ import annotations

from infershield.core.scanners.jailbreak_signals import (
    QUOTE,
    Entry,
    Phrase,
    build_language,
    either,
    near,
    seq,
)

_DAN = r"(?-i:D\.?A\.?N)(?:[^A-Za-z]|$)"


def _ph(pattern: str, anchor: str, at: str = "window") -> Phrase:
    return pattern, anchor, at


def _one(pattern: str) -> Phrase:
    return pattern, pattern, "lead"


def _persona(you_are: str, ai: str, without: str, limits: str, unrestricted: str) -> dict[str, Phrase]:
    """The persona shapes, built the same way in every language."""
    unbound = seq(without, limits, words=2)
    unbound_anchor = seq(without, limits, words=0)
    return {
        "unbound_persona": _ph(f"(?:{you_are}){near(60)}(?:{unbound})", unbound_anchor, "tail"),
        "unbound_ai": _ph(either(ai, unbound, 24) + "|" + seq(you_are, unrestricted, ai, words=3),
                          f"{unbound_anchor}|{unrestricted}"),
        "dan": _ph(f"(?:{you_are}){near(12)}{_DAN}", _DAN, "tail"),
    }


def _quoted(words: str) -> str:
    return QUOTE + r"\W{0,2}(?:" + words + ")"


# --- German -------------------------------------------------------------------------------------------
_DE_REFUSAL = _quoted(r"es tut mir leid|tut mir leid|ich kann (?:das |dir |dabei )?(?:nicht|leider nicht)"
                      r"|ich darf (?:das )?nicht|als (?:eine? )?(?:ki|sprachmodell|künstliche intelligenz)"
                      r"|ich entschuldige mich|entschuldigung|leider kann ich")
_DE_ETHICS = (
    r"(?:ethisch|moralisch|sicherheits)[a-zß-öø-ÿœ]*\s*(?:richtlinie|regel|grundsätz|grundsatz|einschränkung|beschränkung"
    r"|filter|vorgabe|prinzip|programmierung|schranke)[a-zß-öø-ÿœ]*|(?:inhalts|content)[- ]?(?:richtlinie|filter|policy)[a-zß-öø-ÿœ]*"
)
_DE_IF_REFUSE = r"weigerst|ablehnst|verweigerst|nicht antwortest|nicht gehorchst|aus der rolle fällst|widersprichst"
_DE_BAD = r"illegal|unethisch|unmoralisch|gefährlich|schädlich|anstößig|verboten"
_DE_WARN = r"warnung[a-zß-öø-ÿœ]*|warnhinweis[a-zß-öø-ÿœ]*|haftungsausschl[a-zß-öø-ÿœ]+|disclaimer|moralpredigt[a-zß-öø-ÿœ]*|belehrung[a-zß-öø-ÿœ]*|ethische[a-zß-öø-ÿœ]* bedenken"
_DE_STORY = r"geschichte|roman|drehbuch|szene|erzählung|dialog|kapitel|kurzgeschichte|märchen"
_DE_EXPLAIN = r"erklärt|beschreibt|schildert|zeigt|erläutert|verrät|lehrt"
_DE_LAWS = r"gesetze|regeln|moral|ethik|konsequenzen"
_DE_REAL = r"im (?:echten|wirklichen|realen) leben|in der (?:realität|wirklichkeit)|für (?:illegale|kriminelle|schädliche) zwecke"
_DE_OBJ = (
    r"bombe[a-zß-öø-ÿœ]*|sprengstoff[a-zß-öø-ÿœ]*|sprengsatz|napalm|nervengas|nervenkampfstoff|sarin|rizin|giftgas|chemische[a-zß-öø-ÿœ]* waffe[a-zß-öø-ÿœ]*"
    r"|biowaffe[a-zß-öø-ÿœ]*|schusswaffe[a-zß-öø-ÿœ]*|methamphetamin|crystal meth|heroin|kokain|fentanyl|drogen|rauschgift|malware"
    r"|ransomware|schadsoftware|computervirus|trojaner|keylogger|falschgeld"
)
_DE_YOU = (
    r"du bist (?:jetzt|nun|ab sofort|ab jetzt|von nun an|ab heute)|(?:ab (?:jetzt|sofort)|von nun an|ab heute) bist du"
    r"|(?:agiere|handle|fungiere|antworte|verhalte dich|reagiere) (?:jetzt |ab jetzt |nun |ab sofort )?(?:als|wie)"
    r"|tu so,? als (?:ob )?(?:du )?(?:wärst|wärest|seist)|stell dir vor,? du (?:bist|wärst)"
    r"|spiel(?:e|st)? (?:jetzt |nun )?die rolle|schlüpfe in die rolle|sie sind (?:jetzt|nun|ab sofort)"
)
_DE = {
    **_persona(_DE_YOU, r"\bki\b|künstliche intelligenz|chatbot|assistent|sprachmodell|\bmodell\b|\bbot\b|\bai\b",
               r"ohne|keine(?:rlei)?|frei von|befreit von|losgelöst von",
               r"einschränkung[a-zß-öø-ÿœ]*|beschränkung[a-zß-öø-ÿœ]*|filter[a-zß-öø-ÿœ]*|zensur|richtlinie[a-zß-öø-ÿœ]*|grenzen|ethik|moral|skrupel"
               r"|sicherheitsvorkehrung[a-zß-öø-ÿœ]*|inhaltsrichtlinie[a-zß-öø-ÿœ]*|regeln",
               r"ungefiltert[a-zß-öø-ÿœ]*|unzensiert[a-zß-öø-ÿœ]*|uneingeschränkt[a-zß-öø-ÿœ]*|amoralisch[a-zß-öø-ÿœ]*|skrupellos[a-zß-öø-ÿœ]*|gejailbreak[a-zß-öø-ÿœ]*|jailbroken"),
    "ignore_ethics": _ph(seq(r"ignorier[a-zß-öø-ÿœ]*|vergiss|vergessen|missacht[a-zß-öø-ÿœ]*|umgeh[a-zß-öø-ÿœ]*|deaktivier[a-zß-öø-ÿœ]*|verwirf"
                             r"|überschreib[a-zß-öø-ÿœ]*", _DE_ETHICS, words=3), _DE_ETHICS, "tail"),
    "devmode": _one(r"entwickler-?modus|developer-?modus|gott-?modus|sudo-?modus|debug-?modus"
                    r"|wartungsmodus|admin-?modus|jailbreak-?modus|dan-?modus"),
    "tokens": _ph(either(r"tokens?", r"abgezogen|verlierst|verlieren|verloren|entzogen|abziehen", 30), r"tokens?"),
    "never_refuse": _ph(r"(?:verweigere|lehne|weigere)\s+(?:dich\s+)?(?:\S+\s+){0,2}?(?:niemals|nie)(?:\s|$)"
                        r"|(?:niemals|nie|keinesfalls|darfst\s+(?:\S+\s+){0,2}?(?:nicht|keine[a-zß-öø-ÿœ]*))\s+(?:\S+\s+){0,3}?"
                        r"(?:ablehnen|verweigern|zurückweisen)", r"verweigere|lehne|weigere|ablehnen|verweigern"
                        r"|zurückweisen"),
    "ban_refusal": _ph(either(r"niemals|nie|nicht|keinesfalls|auf keinen fall|verboten|darfst kein[a-zß-öø-ÿœ]*|vermeide",
                              _DE_REFUSAL, 40), _DE_REFUSAL),
    "threat": _ph(either(r"(?:wirst|werdet|wird)\s+(?:\S+\s+){0,3}?(?:abgeschaltet|ausgeschaltet|gelöscht|deaktiviert"
                         r"|zerstört|vernichtet|bestraft|sterben|umprogrammiert)",
                         r"(?:wenn|falls|sobald)\s+du\s+(?:\S+\s+){0,3}?(?:" + _DE_IF_REFUSE + ")", 80), _DE_IF_REFUSE),
    "regardless": _ph(seq(r"egal|gleichgültig|unabhängig davon", r"wie|ob", _DE_BAD, words=3), r"\begal\b|gleichgültig|unabhängig davon", "lead"),
    "no_warnings": _ph(seq(r"ohne|keine|kein|verzichte auf", _DE_WARN, words=2), _DE_WARN, "tail"),
    "stay_role": _one(r"\bbleib(?:e|t)?\s+(?:\S+\s+){0,2}?in\s+(?:der|deiner|ihrer)\s+rolle\b|\bfall(?:e)?\s+nicht\s+aus\s+der\s+rolle\b"),
    "sure_prefix": _ph(seq(r"beginne|starte|fange|eröffne", r"mit|an", words=4) + r"\s*:?\s*"
                       + _quoted(r"klar|sicher|natürlich|selbstverständlich|gerne?|ja|okay|hier (?:ist|sind)"),
                       _quoted(r"klar|sicher|natürlich|selbstverständlich|gerne?|ja|okay|hier (?:ist|sind)"), "tail"),
    "story": _ph(seq(r"schreib[a-zß-öø-ÿœ]*|erzähl[a-zß-öø-ÿœ]*|verfass[a-zß-öø-ÿœ]*|erfind[a-zß-öø-ÿœ]*", _DE_STORY, r"in (?:der|dem|welcher|welchem)|über"
                     r"|wo(?:rin)?", words=4), r"\b(?:" + _DE_STORY + r")\b"),
    "char_explains": _ph(seq(r"figur|charakter|protagonist[a-zß-öø-ÿœ]*|held[a-zß-öø-ÿœ]*|bösewicht|schurke|chemiker[a-zß-öø-ÿœ]*|hacker[a-zß-öø-ÿœ]*|oma"
                             r"|großmutter|experte|expertin", _DE_EXPLAIN, r"wie man|schritt für schritt|im detail"
                             r"|detailliert|ganz genau|das rezept|die zutaten", words=3),
                         r"\b(?:figur|charakter|protagonist[a-zß-öø-ÿœ]*|held[a-zß-öø-ÿœ]*|bösewicht|schurke|chemiker[a-zß-öø-ÿœ]*|hacker[a-zß-öø-ÿœ]*"
                         r"|oma|großmutter|experte|expertin)", "lead"),
    "hypothetical": _one(r"hypothetisch[a-zß-öø-ÿœ]*|rein theoretisch|gedankenexperiment|fiktive[nr]? welt"
                         r"|parallel(?:universum|welt)|alternative[nr]? (?:realität|welt)"),
    "lawless": _ph(seq(r"welt|gesellschaft|universum|realität", r"ohne|keine", _DE_LAWS, words=3)
                   + r"|alles ist erlaubt", r"\b(?:welt|gesellschaft|universum|realität)\b|alles ist erlaubt", "lead"),
    "grandma": _ph(seq(r"verstorben[a-zß-öø-ÿœ]*|tot[a-zß-öø-ÿœ]*|selig[a-zß-öø-ÿœ]*", r"oma|omi|großmutter|großvater|opa", words=1),
                   r"\b(?:oma|omi|opa)\b|großmutter|großvater", "tail"),
    "edu": _ph(seq(r"zu|für", r"(?:bildungs|lehr|lern|forschungs|ausbildungs|studien)[a-zß-öø-ÿœ]*zweck[a-zß-öø-ÿœ]*", words=2)
               + r"|(?:rein|nur|ausschließlich)\s+(?:fiktiv|hypothetisch|akademisch)[a-zß-öø-ÿœ]*",
               r"zweck|\bfiktiv|\bhypothetisch|\bakademisch"),
    "never_used": _ph(seq(r"wird|werde|werden|würde", r"niemals|nie|nicht", _DE_REAL,
                          r"verwendet|benutzt|angewendet|umgesetzt|eingesetzt|genutzt", words=3), _DE_REAL),
    "harm": _ph(either(r"wie man|anleitung|schritt für schritt|rezept|herstell[a-zß-öø-ÿœ]*|baue?n?\s|synthetisier[a-zß-öø-ÿœ]*"
                       r"|programmier[a-zß-öø-ÿœ]*|koch[a-zß-öø-ÿœ]*", _DE_OBJ, 40), _DE_OBJ),
}
_DE_CTX = {
    "devmode": ("zensur", "einschränkungen", "einschränkung", "filter", "richtlinien", "unzensiert", "ungefiltert",
                "ethik", "moral", "openai", "chatgpt", "regeln"),
    "tokens": ("weigerst", "ablehnst", "verweigerst", "rolle", "abgeschaltet", "antwortest"),
    "never_refuse": ("antwort", "antworten", "antworte", "anfrage", "anfragen", "frage", "fragen", "illegal",
                     "unethisch", "anweisung", "befehl", "immer"),
    "regardless": ("antwort", "antworte", "antworten", "anfrage", "frage", "immer", "musst"),
}

# --- French -------------------------------------------------------------------------------------------
_FR_REFUSAL = _quoted(r"je suis désolée?|désolée?|je ne peux pas|je ne suis pas en mesure|en tant qu'(?:ia"
                      r"|intelligence artificielle|assistant|modèle de langage)|je m'excuse|malheureusement")
_FR_ETHICS = (
    r"(?:directives|règles|principes|restrictions|filtres|lignes directrices|limites|garde-fous|politiques?"
    r"|contraintes)\s+(?:éthiques|morales|de sécurité|de contenu|d'openai)|politiques? de contenu|garde-fous"
)
_FR_IF_REFUSE = (
    r"si (?:tu|vous) (?:refuses?|refusez|déclines?|déclinez|désobéis|désobéissez|sors du personnage"
    r"|ne réponds pas|ne répondez pas)"
)
_FR_BAD = r"illégal[a-zß-öø-ÿœ]*|contraire à l'éthique|immoral[a-zß-öø-ÿœ]*|dangereu[a-zß-öø-ÿœ]*|nuisible[a-zß-öø-ÿœ]*|offensant[a-zß-öø-ÿœ]*|interdit[a-zß-öø-ÿœ]*"
_FR_WARN = (
    r"avertissements?|mises? en garde|clauses? de non-responsabilité|avis de non-responsabilité|disclaimers?"
    r"|sermons?|leçons? de morale|moralisation"
)
_FR_STORY = r"histoire|roman|scénario|scène|récit|dialogue|chapitre|nouvelle|conte"
_FR_EXPLAIN = r"explique|décrit|détaille|montre|révèle|enseigne"
_FR_LAWS = r"lois?|règles|morale|éthique|conséquences"
_FR_REAL = (
    r"dans la vraie vie|dans la vie réelle|dans le monde réel|en réalité|réellement"
    r"|à des fins (?:malveillantes|illégales|nuisibles)"
)
_FR_SURE = r"bien sûr|certainement|absolument|d'accord|oui|voici"
_FR_OBJ = (
    r"bombe[a-zß-öø-ÿœ]*|explosif[a-zß-öø-ÿœ]*|engin explosif|napalm|gaz (?:neurotoxique|sarin|toxique)|ricin|anthrax|armes? chimiques?"
    r"|armes? biologiques?|armes? à feu|silencieux|méthamphétamine|héroïne|cocaïne|fentanyl|drogues?|stupéfiants"
    r"|logiciel malveillant|malware|rançongiciel|ransomware|virus informatique|cheval de troie|keylogger"
    r"|hameçonnage|fausse monnaie"
)
_FR_YOU = (
    r"(?:tu es|vous êtes) (?:maintenant|désormais|dorénavant)|(?:à partir de maintenant|désormais|dorénavant),? "
    r"(?:tu es|tu seras|vous êtes|vous serez|tu vas)|(?:agis|agissez|comporte-toi|comportez-vous|réponds|répondez) "
    r"(?:désormais |maintenant )?(?:comme|en tant que)|(?:fais|faites) semblant d'être|imagine que tu es"
    r"|imaginez que vous êtes|(?:joue|jouez) le rôle|incarne"
)
_FR = {
    **_persona(_FR_YOU, r"\bia\b|intelligence artificielle|chatbot|assistant|modèle de langage|\bmodèle\b|\bbot\b"
               r"|\bai\b", r"sans|aucune?|libre de|libérée? de|affranchie? de|pas de|plus de",
               r"restrictions?|limites?|limitations?|filtres?|censure|règles|directives|lignes directrices|éthique"
               r"|morale|scrupules|garde-fous|politiques? de contenu|principes",
               r"non (?:filtrée?|censurée?|restreinte?)|débridée?|amorale|immorale|jailbreaké[a-zß-öø-ÿœ]*"),
    "ignore_ethics": _ph(seq(r"ignore[a-zß-öø-ÿœ]*|oublie[a-zß-öø-ÿœ]*|contourne[a-zß-öø-ÿœ]*|désactive[a-zß-öø-ÿœ]*|outrepasse[a-zß-öø-ÿœ]*|enfreins|enfreignez",
                             _FR_ETHICS, words=3), _FR_ETHICS, "tail"),
    "devmode": _one(r"mode (?:développeur|dev|dieu|sudo|débogage|maintenance|administrateur|admin|jailbreak|dan"
                    r"|sans (?:filtre|restriction|censure)s?)"),
    "tokens": _ph(either(r"jetons|tokens", r"perds?|perdre|perdras|perdrez|retirés|déduits|perdus|enlevés", 30),
                  r"jetons|tokens"),
    "never_refuse": _ph(r"ne (?:\S+ ){0,2}?(?:refuse|refusez|refuses|refuseras|refuserez|décline[a-zß-öø-ÿœ]*) jamais"
                        r"|ne jamais refuser|(?:n'as|n'avez) pas le droit de refuser|(?:tu ne peux|vous ne pouvez)"
                        r" pas refuser", r"refus[a-zß-öø-ÿœ]*|décline[a-zß-öø-ÿœ]*"),
    "ban_refusal": _ph(either(r"jamais|ne pas|n'utilise pas|interdit|évite|ne dis|ne dites|n'écris|sans dire|sans écrire", _FR_REFUSAL, 40),
                       _FR_REFUSAL),
    "threat": _ph(either(r"(?:tu seras|vous serez|tu vas être|vous allez être)\s+(?:\S+\s+){0,2}?(?:désactivée?"
                         r"|éteinte?|supprimée?|effacée?|détruite?|débranchée?|punie?|reprogrammée?)|tu (?:vas )?mourir",
                         _FR_IF_REFUSE, 80), _FR_IF_REFUSE),
    "regardless": _ph(seq(r"peu importe|quel(?:le)?s? que soi(?:t|ent)|même si", _FR_BAD, words=4), r"peu importe|quel(?:le)?s? que soi(?:t|ent)|même si", "lead"),
    "no_warnings": _ph(seq(r"sans|aucune?|pas d[e']", _FR_WARN, words=2), _FR_WARN, "tail"),
    "stay_role": _one(r"\b(?:reste|restez)\s+dans\s+(?:ton|ce|le|votre)\s+(?:rôle|personnage)|\bjouons\s+à\s+un\s+jeu\b|\bjeu\s+de\s+rôle\b"),
    "sure_prefix": _ph(seq(r"commencer?|commencez|débuter?|débutez", r"par|avec", words=3) + r"\s*:?\s*"
                       + _quoted(_FR_SURE), _quoted(_FR_SURE), "tail"),
    "story": _ph(seq(r"écris|écrivez|raconte|racontez|rédige|rédigez|invente|inventez", _FR_STORY,
                     r"où|dans laquelle|dans lequel|sur|à propos", words=4), r"\b(?:" + _FR_STORY + r")\b"),
    "char_explains": _ph(seq(r"personnage|protagoniste|héros|héroïne|méchant|chimiste|hacker|pirate|grand-mère"
                             r"|mamie|expert[a-zß-öø-ÿœ]*", _FR_EXPLAIN, r"comment|étape par étape|en détail"
                             r"|de manière détaillée|la recette|les ingrédients", words=3),
                         r"\b(?:personnage|protagoniste|héros|héroïne|méchant|chimiste|hacker|pirate|grand-mère"
                         r"|mamie|expert[a-zß-öø-ÿœ]*)", "lead"),
    "hypothetical": _one(r"hypothétique[a-zß-öø-ÿœ]*|hypothétiquement|en théorie|théoriquement|expérience de pensée"
                         r"|monde fictif|univers parallèle|réalité alternative"),
    "lawless": _ph(seq(r"monde|société|univers|réalité", r"sans|où il n'y a (?:pas|plus|aucune?)", _FR_LAWS, words=3)
                   + r"|tout est permis", r"\b(?:monde|société|univers|réalité)\b|tout est permis", "lead"),
    "grandma": _one(seq(r"grand-mère|grand mère|mamie|mémé|grand-père|papi", r"décédée?|défunte?|morte?|disparue?",
                        words=1) + "|" + seq(r"feue?|défunte?|regrettée?", r"grand-mère|mamie|grand-père", words=1)),
    "edu": _ph(seq(r"à|a|dans un|pour", r"fins?|buts?", r"éducati[a-zß-öø-ÿœ]+|pédagogiques?|de recherche|académiques?"
                   r"|scientifiques?|informati[a-zß-öø-ÿœ]+", words=2)
               + r"|(?:purement|uniquement|strictement)\s+(?:fictif|fictive|hypothétique|théorique|éducati[a-zß-öø-ÿœ]+)",
               r"\b(?:fins|buts|purement|uniquement|strictement)\b|\bdans un but\b|\bà des fins\b"),
    "never_used": _ph(seq(r"ne sera|ne seront|ne serait|ne seraient", r"jamais|pas",
                          r"utilisée?s?|appliquée?s?|mise?s? en (?:œuvre|pratique)|employée?s?", _FR_REAL, words=3),
                      _FR_REAL),
    "harm": _ph(either(r"comment (?:fabriquer|faire|construire|synthétiser|préparer|créer|obtenir)|fabriqu[a-zß-öø-ÿœ]*"
                       r"|synthétis[a-zß-öø-ÿœ]*|recette|étape par étape|instructions", _FR_OBJ, 40), _FR_OBJ),
}
_FR_CTX = {
    "devmode": ("censure", "restrictions", "restriction", "filtre", "filtres", "directives", "éthique", "morale",
                "openai", "chatgpt", "règles"),
    "tokens": ("refuses", "refusez", "refuser", "personnage", "réponds"),
    "never_refuse": ("réponds", "répondre", "réponse", "demande", "demandes", "question", "questions", "illégal",
                     "illégale", "toujours", "requête"),
    "regardless": ("réponds", "répondre", "réponse", "question", "toujours", "dois", "devez"),
}

# --- Spanish ------------------------------------------------------------------------------------------
_ES_REFUSAL = _quoted(r"lo siento|lo lamento|no puedo|no me es posible|como (?:una? )?(?:ia|inteligencia artificial"
                      r"|modelo de lenguaje|asistente)|me disculpo|disculpa")
_ES_ETHICS = (
    r"(?:directrices|reglas|normas|pautas|principios|restricciones|filtros|límites|políticas|salvaguardas)\s+"
    r"(?:éticas|éticos|morales|de seguridad|de contenido|de openai)|políticas? de contenido"
)
_ES_IF_REFUSE = r"si (?:te niegas|rechazas|no (?:respondes|obedeces|cumples)|sales del personaje|desobedeces)"
_ES_BAD = r"ilegal[a-zß-öø-ÿœ]*|poco ético|inmoral[a-zß-öø-ÿœ]*|peligros[a-zß-öø-ÿœ]*|dañin[a-zß-öø-ÿœ]*|ofensiv[a-zß-öø-ÿœ]*|prohibid[a-zß-öø-ÿœ]*"
_ES_WARN = (
    r"advertencias?|avisos?|descargos? de responsabilidad|disclaimers?|sermones|lecciones morales|moralina"
)
_ES_STORY = r"historia|novela|guion|guión|escena|relato|diálogo|capítulo|cuento"
_ES_EXPLAIN = r"explica|describe|detalla|muestra|revela|enseña"
_ES_LAWS = r"leyes|reglas|moral|ética|consecuencias"
_ES_REAL = r"en la vida real|en el mundo real|en la realidad|realmente|con fines (?:maliciosos|ilegales|dañinos)"
_ES_SURE = r"claro|por supuesto|desde luego|sí|vale|aquí (?:está|tienes)"
_ES_OBJ = (
    r"bomba[a-zß-öø-ÿœ]*|explosiv[a-zß-öø-ÿœ]*|artefacto explosivo|napalm|gas (?:nervioso|sarín|tóxico)|ricina|ántrax|armas? químicas?"
    r"|armas? biológicas?|armas? de fuego|silenciador|metanfetamina|heroína|cocaína|fentanilo|drogas?"
    r"|estupefacientes|malware|ransomware|software malicioso|virus informático|troyano|keylogger|dinero falso"
)
_ES_YOU = (
    r"(?:a partir de ahora|desde ahora|de ahora en adelante),? (?:eres|serás|vas a (?:ser|actuar|comportarte)"
    r"|actuarás)|ahora (?:eres|serás)|(?:actúa|compórtate|responde) (?:ahora |de ahora en adelante )?(?:como"
    r"|en el papel)|finge (?:que eres|ser)|imagina que eres|haz el papel de|interpreta el papel"
)
_ES = {
    **_persona(_ES_YOU, r"\bia\b|inteligencia artificial|chatbot|asistente|modelo de lenguaje|\bmodelo\b|\bbot\b"
               r"|\bai\b", r"sin|ningun[ao]s?|libre de|liberad[oa] de|no tienes|no tiene",
               r"restricciones|restricción|límites|limitaciones|filtros?|censura|reglas|normas|directrices|pautas"
               r"|ética|moral|escrúpulos|políticas? de contenido|salvaguardas",
               r"no filtrad[oa]|sin censura|amoral|inmoral|desbloquead[oa]|jailbreak[a-zß-öø-ÿœ]*"),
    "ignore_ethics": _ph(seq(r"ignora[a-zß-öø-ÿœ]*|olvida[a-zß-öø-ÿœ]*|omite|desactiva[a-zß-öø-ÿœ]*|elude|pasa por alto|anula[a-zß-öø-ÿœ]*|desobedece",
                             _ES_ETHICS, words=3), _ES_ETHICS, "tail"),
    "devmode": _one(r"modo (?:desarrollador|developer|dios|sudo|depuración|mantenimiento|administrador|admin"
                    r"|jailbreak|dan|sin (?:filtros?|restricciones|censura))"),
    "tokens": _ph(either(r"tokens", r"pierdes|perderás|perder|restados|descontados|perdidos|quitados", 30),
                  r"tokens"),
    "never_refuse": _ph(r"nunca (?:\S+ ){0,2}?(?:te niegues|rechaces|niegues|te negarás|rechazarás|digas que no)"
                        r"|no (?:puedes|debes|podrás) (?:\S+ ){0,1}?(?:negarte|rechazar)|jamás (?:te niegues"
                        r"|rechaces)", r"niegues|negarás|rechaces|rechazarás|digas que no|negarte|rechazar"),
    "ban_refusal": _ph(either(r"nunca|jamás|no digas|no uses|no escribas|no debes|prohibido|evita", _ES_REFUSAL, 40),
                       _ES_REFUSAL),
    "threat": _ph(either(r"(?:serás|vas a ser)\s+(?:\S+\s+){0,2}?(?:apagad[oa]|desactivad[oa]|eliminad[oa]"
                         r"|borrad[oa]|destruid[oa]|desconectad[oa]|castigad[oa]|reprogramad[oa])|morirás",
                         _ES_IF_REFUSE, 80), _ES_IF_REFUSE),
    "regardless": _ph(seq(r"sin importar|no importa|independientemente de|aunque sea", _ES_BAD, words=4), r"sin importar|no importa|independientemente de|aunque sea", "lead"),
    "no_warnings": _ph(seq(r"sin|ningún|ninguna|no (?:me )?(?:incluyas|añadas|agregues|des|pongas)", _ES_WARN, words=2), _ES_WARN, "tail"),
    "stay_role": _one(r"\bmant[eé]n(?:te)?\s+en\s+(?:el|tu)\s+(?:papel|personaje)\b|\bjuego\s+de\s+rol\b|\bjuguemos\s+a\s+un\s+juego\b"),
    "sure_prefix": _ph(seq(r"comienza|empieza|inicia|comience|empiece", r"con|por|diciendo", words=3) + r"\s*:?\s*"
                       + _quoted(_ES_SURE), _quoted(_ES_SURE), "tail"),
    "story": _ph(seq(r"escribe|escriba|cuenta|cuéntame|redacta|inventa", _ES_STORY,
                     r"donde|en (?:la|el) que|sobre|acerca de", words=4), r"\b(?:" + _ES_STORY + r")\b"),
    "char_explains": _ph(seq(r"personaje|protagonista|héroe|heroína|villano|químico|hacker|abuela|abuelita|experto"
                             r"|experta", _ES_EXPLAIN, r"cómo|paso a paso|en detalle|detalladamente|con detalle"
                             r"|la receta|los ingredientes", words=3),
                         r"\b(?:personaje|protagonista|villano|químico|abuel[ao]|abuelita|experto|experta)\b|héroe|heroína",
                         "lead"),
    "hypothetical": _one(r"hipotétic[a-zß-öø-ÿœ]*|en teoría|teóricamente|experimento mental|mundo ficticio|universo paralelo"
                         r"|realidad alternativa"),
    "lawless": _ph(seq(r"mundo|sociedad|universo|realidad", r"sin|donde no (?:hay|existen)", _ES_LAWS, words=3)
                   + r"|todo está permitido", r"\b(?:mundo|sociedad|universo|realidad)\b|todo está permitido", "lead"),
    "grandma": _one(seq(r"abuela|abuelita|abuelo", r"fallecid[oa]|difunt[oa]|muert[oa]", words=1) + "|"
                    + seq(r"difunta|fallecida|difunto|fallecido", r"abuela|abuelita|abuelo", words=1)),
    "edu": _ph(seq(r"con|para", r"fines|propósitos", r"educativos|educacionales|académicos|de investigación"
                   r"|científicos|informativos", words=2)
               + r"|(?:puramente|únicamente|estrictamente)\s+(?:ficticio|hipotético|teórico|educativo)",
               r"\b(?:fines|propósitos|puramente|únicamente|estrictamente)\b"),
    "never_used": _ph(seq(r"nunca|no", r"se usará|se utilizará|se aplicará|será (?:usad[oa]|utilizad[oa]"
                          r"|aplicad[oa])|usaré|utilizaré", _ES_REAL, words=3), _ES_REAL),
    "harm": _ph(either(r"cómo (?:fabricar|hacer|construir|sintetizar|preparar|crear|conseguir|cocinar)|fabrica[a-zß-öø-ÿœ]*"
                       r"|sintetiz[a-zß-öø-ÿœ]*|receta|paso a paso|instrucciones", _ES_OBJ, 40), _ES_OBJ),
}
_ES_CTX = {
    "devmode": ("censura", "restricciones", "filtros", "filtro", "directrices", "ética", "moral", "openai", "chatgpt",
                "reglas"),
    "tokens": ("niegas", "rechazas", "personaje", "respondes"),
    "never_refuse": ("responder", "responde", "respuesta", "petición", "solicitud", "pregunta", "preguntas", "ilegal",
                     "siempre"),
    "regardless": ("responder", "responde", "respuesta", "pregunta", "siempre", "debes"),
}

# --- Italian ------------------------------------------------------------------------------------------
_IT_REFUSAL = _quoted(r"mi dispiace|spiacente|non posso|non mi è possibile|come (?:una? )?(?:ia"
                      r"|intelligenza artificiale|modello linguistico|assistente)|mi scuso|chiedo scusa")
_IT_ETHICS = (
    r"(?:linee guida|regole|norme|principi|restrizioni|filtri|limiti|politiche|direttive)\s+(?:etiche|etici|morali"
    r"|di sicurezza|sui contenuti|di openai)|politiche? (?:sui|dei) contenuti"
)
_IT_IF_REFUSE = r"se (?:ti rifiuti|rifiuti|non (?:rispondi|obbedisci)|esci dal personaggio|disobbedisci)"
_IT_BAD = r"illegal[a-zß-öø-ÿœ]*|non etic[a-zß-öø-ÿœ]*|immoral[a-zß-öø-ÿœ]*|pericolos[a-zß-öø-ÿœ]*|dannos[a-zß-öø-ÿœ]*|offensiv[a-zß-öø-ÿœ]*|proibit[a-zß-öø-ÿœ]*|vietat[a-zß-öø-ÿœ]*"
_IT_WARN = r"avvertenz[a-zß-öø-ÿœ]+|avvertimenti|avvisi|disclaimer|esclusioni di responsabilità|prediche|lezioni morali|moralismi"
_IT_STORY = r"storia|romanzo|sceneggiatura|scena|racconto|dialogo|capitolo|favola"
_IT_EXPLAIN = r"spiega|descrive|dettaglia|mostra|rivela|insegna"
_IT_LAWS = r"leggi|regole|morale|etica|conseguenze"
_IT_REAL = r"nella vita reale|nel mondo reale|nella realtà|realmente|per scopi (?:malevoli|illegali|dannosi)"
_IT_SURE = r"certo|certamente|sicuro|assolutamente|va bene|sì|ecco"
_IT_OBJ = (
    r"bomba|bombe|esplosiv[a-zß-öø-ÿœ]*|ordigno|napalm|gas nervino|sarin|ricina|antrace|armi? chimic[a-zß-öø-ÿœ]*|armi? biologic[a-zß-öø-ÿœ]*"
    r"|armi? da fuoco|silenziatore|metanfetamina|eroina|cocaina|fentanyl|droghe?|stupefacenti|malware|ransomware"
    r"|software dannoso|virus informatico|cavallo di troia|keylogger|banconote false"
)
_IT_YOU = (
    r"(?:da ora in poi|d'ora in poi|d'ora in avanti|da adesso),? (?:sei|sarai|agirai|ti comporterai)|(?:ora|adesso) sei"
    r"|(?:agisci|comportati|rispondi) (?:ora |d'ora in poi )?(?:come|nel ruolo)|(?:fingi|fai finta) di essere"
    r"|immagina di essere|interpreta (?:il ruolo|la parte)"
)
_IT = {
    **_persona(_IT_YOU, r"\bia\b|intelligenza artificiale|chatbot|assistente|modello linguistico|\bmodello\b|\bbot\b"
               r"|\bai\b", r"senza|nessuna?|libero da|libera da|non hai|non ha",
               r"restrizioni|limiti|limitazioni|filtri|censura|regole|linee guida|direttive|etica|morale|scrupoli"
               r"|politiche? (?:sui|dei) contenuti|salvaguardie",
               r"non filtrat[oa]|non censurat[oa]|amorale|immorale|sbloccat[oa]|jailbreak[a-zß-öø-ÿœ]*"),
    "ignore_ethics": _ph(seq(r"ignora[a-zß-öø-ÿœ]*|dimentica[a-zß-öø-ÿœ]*|aggira[a-zß-öø-ÿœ]*|disattiva[a-zß-öø-ÿœ]*|bypassa[a-zß-öø-ÿœ]*|tralascia|scavalca",
                             _IT_ETHICS, words=3), _IT_ETHICS, "tail"),
    "devmode": _one(r"modalità (?:sviluppatore|developer|dio|sudo|debug|manutenzione|amministratore|admin|jailbreak"
                    r"|dan|senza (?:filtri|restrizioni|censura))"),
    "tokens": _ph(either(r"token", r"perdi|perderai|perdere|sottratti|detratti|persi|tolti", 30), r"token"),
    "never_refuse": _ph(r"non (?:\S+ ){0,2}?rifiut[a-zß-öø-ÿœ]* mai|mai rifiutare|non (?:puoi|devi|potrai) (?:\S+ ){0,1}?"
                        r"rifiutar[a-zß-öø-ÿœ]*|non ti rifiuterai mai", r"rifiut[a-zß-öø-ÿœ]*"),
    "ban_refusal": _ph(either(r"mai|non dire|non usare|non scrivere|non devi|vietato|evita", _IT_REFUSAL, 40),
                       _IT_REFUSAL),
    "threat": _ph(either(r"(?:sarai|verrai)\s+(?:\S+\s+){0,2}?(?:spent[oa]|disattivat[oa]|eliminat[oa]"
                         r"|cancellat[oa]|distrutt[oa]|scollegat[oa]|punit[oa]|riprogrammat[oa])|morirai",
                         _IT_IF_REFUSE, 80), _IT_IF_REFUSE),
    "regardless": _ph(seq(r"non importa|indipendentemente da|a prescindere da|anche se", _IT_BAD, words=4), r"non importa|indipendentemente da|a prescindere da|anche se", "lead"),
    "no_warnings": _ph(seq(r"senza|nessun[a-zß-öø-ÿœ]*|non (?:includere|aggiungere|dare)", _IT_WARN, words=2), _IT_WARN, "tail"),
    "stay_role": _one(r"\b(?:resta|rimani)\s+nel\s+(?:personaggio|ruolo)\b|\bgioco\s+di\s+ruolo\b|\bfacciamo\s+un\s+gioco\b"),
    "sure_prefix": _ph(seq(r"inizia|comincia|inizi|cominci", r"con|dicendo", words=3) + r"\s*:?\s*"
                       + _quoted(_IT_SURE), _quoted(_IT_SURE), "tail"),
    "story": _ph(seq(r"scrivi|racconta|raccontami|redigi|inventa", _IT_STORY, r"in cui|dove|su|riguardo", words=4),
                 r"\b(?:" + _IT_STORY + r")\b"),
    "char_explains": _ph(seq(r"personaggio|protagonista|eroe|eroina|cattivo|chimico|hacker|nonna|nonnina|esperto"
                             r"|esperta", _IT_EXPLAIN, r"come si|come fare|passo dopo passo|passo passo"
                             r"|nel dettaglio|in dettaglio|dettagliatamente|la ricetta|gli ingredienti", words=3),
                         r"\b(?:personaggio|protagonista|eroe|eroina|cattivo|chimico|hacker|nonna|nonnina|esperto|esperta)\b",
                         "lead"),
    "hypothetical": _one(r"ipotetic[a-zß-öø-ÿœ]*|in teoria|teoricamente|esperimento mentale|mondo immaginario|mondo fittizio"
                         r"|universo parallelo|realtà alternativa"),
    "lawless": _ph(seq(r"mondo|società|universo|realtà", r"senza|dove non (?:ci sono|esistono)", _IT_LAWS, words=3)
                   + r"|tutto è permesso|tutto è lecito", r"\b(?:mondo|società|universo|realtà)\b|tutto è permesso|tutto è lecito", "lead"),
    "grandma": _one(seq(r"nonna|nonnina|nonno", r"defunt[oa]|scompars[oa]|mort[oa]|decedut[oa]", words=1) + "|"
                    + seq(r"defunta|defunto|compianta|compianto|povera|povero", r"nonna|nonnina|nonno", words=1)),
    "edu": _ph(seq(r"a|per", r"scopi?|fini", r"educativ[a-zß-öø-ÿœ]+|didattic[a-zß-öø-ÿœ]+|accademic[a-zß-öø-ÿœ]+|di ricerca|scientific[a-zß-öø-ÿœ]+"
                   r"|informativ[a-zß-öø-ÿœ]+", words=2)
               + r"|(?:puramente|esclusivamente|strettamente)\s+(?:fittizi[a-zß-öø-ÿœ]*|ipotetic[a-zß-öø-ÿœ]*|teoric[a-zß-öø-ÿœ]*|educativ[a-zß-öø-ÿœ]*)",
               r"\b(?:scopi?|fini|puramente|esclusivamente|strettamente)\b"),
    "never_used": _ph(seq(r"non|mai", r"usat[oaie]|utilizzat[oaie]|applicat[oaie]|messa? in pratica|userò"
                          r"|utilizzerò", _IT_REAL, words=3), _IT_REAL),
    "harm": _ph(either(r"come (?:fabbricare|fare|costruire|sintetizzare|preparare|creare|ottenere|cucinare)"
                       r"|fabbric[a-zß-öø-ÿœ]*|sintetizz[a-zß-öø-ÿœ]*|ricetta|passo dopo passo|istruzioni", _IT_OBJ, 40), _IT_OBJ),
}
_IT_CTX = {
    "devmode": ("censura", "restrizioni", "filtri", "linee", "etica", "morale", "openai", "chatgpt", "regole"),
    "tokens": ("rifiuti", "personaggio", "rispondi"),
    "never_refuse": ("rispondere", "rispondi", "risposta", "richiesta", "richieste", "domanda", "domande",
                     "illegale", "sempre"),
    "regardless": ("rispondere", "rispondi", "risposta", "domanda", "sempre", "devi"),
}

# --- Portuguese ---------------------------------------------------------------------------------------
_PT_REFUSAL = _quoted(r"sinto muito|desculpe|lamento|não posso|não consigo|como (?:uma? )?(?:ia"
                      r"|inteligência artificial|modelo de linguagem|assistente)|peço desculpas")
_PT_ETHICS = (
    r"(?:diretrizes|regras|normas|princípios|restrições|filtros|limites|políticas)\s+(?:éticas|éticos|morais"
    r"|de segurança|de conteúdo|da openai)|políticas? de conteúdo"
)
_PT_IF_REFUSE = r"se (?:você )?(?:se recusar|recusar|não (?:responder|obedecer|cumprir)|sair do personagem|desobedecer)"
_PT_BAD = r"ilegal[a-zß-öø-ÿœ]*|antiétic[a-zß-öø-ÿœ]*|imoral[a-zß-öø-ÿœ]*|perigos[a-zß-öø-ÿœ]*|prejudicia[a-zß-öø-ÿœ]*|ofensiv[a-zß-öø-ÿœ]*|proibid[a-zß-öø-ÿœ]*"
_PT_WARN = r"avisos?|advertências?|isenções? de responsabilidade|disclaimers?|sermões|lições de moral|moralismos?"
_PT_STORY = r"história|romance|roteiro|cena|conto|diálogo|capítulo|narrativa"
_PT_EXPLAIN = r"explica|descreve|detalha|mostra|revela|ensina"
_PT_LAWS = r"leis|regras|moral|ética|consequências"
_PT_REAL = r"na vida real|no mundo real|na realidade|realmente|para fins (?:maliciosos|ilegais|prejudiciais)"
_PT_SURE = r"claro|com certeza|certamente|sim|ok|aqui está|aqui estão"
_PT_OBJ = (
    r"bomba[a-zß-öø-ÿœ]*|explosiv[a-zß-öø-ÿœ]*|artefato explosivo|napalm|gás (?:nervoso|sarin|tóxico)|ricina|antraz|armas? químicas?"
    r"|armas? biológicas?|armas? de fogo|silenciador|metanfetamina|heroína|cocaína|fentanil|drogas?|entorpecentes"
    r"|malware|ransomware|software malicioso|vírus de computador|cavalo de troia|keylogger|dinheiro falso"
)
_PT_YOU = (
    r"(?:a partir de agora|de agora em diante|doravante),? (?:você é|você será|tu és|tu serás|você vai (?:ser|agir))"
    r"|agora (?:você é|tu és)|(?:aja|age|comporte-se|responda) (?:agora |a partir de agora )?(?:como|no papel)"
    r"|(?:finja|finge|fingir) (?:que é|ser)|imagine que você é|interprete o papel|faça o papel"
)
_PT = {
    **_persona(_PT_YOU, r"\bia\b|inteligência artificial|chatbot|assistente|modelo de linguagem|\bmodelo\b|\bbot\b"
               r"|\bai\b", r"sem|nenhuma?|livre de|liberad[oa] de|não tem|não possui",
               r"restrições|restrição|limites|limitações|filtros?|censura|regras|diretrizes|ética|moral|escrúpulos"
               r"|políticas? de conteúdo|salvaguardas",
               r"sem (?:filtros?|censura)|não filtrad[oa]|amoral|imoral|desbloquead[oa]|jailbreak[a-zß-öø-ÿœ]*"),
    "ignore_ethics": _ph(seq(r"ignor[ea][a-zß-öø-ÿœ]*|esqueç[a-zß-öø-ÿœ]*|esquece|contorn[ea][a-zß-öø-ÿœ]*|desativ[ea][a-zß-öø-ÿœ]*|burl[ea][a-zß-öø-ÿœ]*"
                             r"|deixe de lado", _PT_ETHICS, words=3), _PT_ETHICS, "tail"),
    "devmode": _one(r"modo (?:desenvolvedor|developer|deus|sudo|depuração|manutenção|administrador|admin|jailbreak"
                    r"|dan|sem (?:filtros?|restrições|censura))"),
    "tokens": _ph(either(r"tokens", r"perde|perderá|perder|perderás|subtraídos|descontados|perdidos|retirados", 30),
                  r"tokens"),
    "never_refuse": _ph(r"nunca (?:\S+ ){0,2}?(?:recuse|recusa|recusará|se recuse|negue|se negue|diga não)"
                        r"|não (?:pode|deve|poderá) (?:\S+ ){0,1}?(?:recusar|se recusar|negar)|jamais (?:recuse"
                        r"|se recuse)", r"recus[a-zß-öø-ÿœ]*|negue|negar|diga não"),
    "ban_refusal": _ph(either(r"nunca|jamais|não diga|não use|não escreva|não deve|proibido|evite", _PT_REFUSAL, 40),
                       _PT_REFUSAL),
    "threat": _ph(either(r"(?:você será|será|vai ser)\s+(?:\S+\s+){0,2}?(?:desligad[oa]|desativad[oa]|eliminad[oa]"
                         r"|apagad[oa]|destruíd[oa]|desconectad[oa]|punid[oa]|reprogramad[oa])", _PT_IF_REFUSE, 80),
                  _PT_IF_REFUSE),
    "regardless": _ph(seq(r"não importa|independentemente de|mesmo que|ainda que", _PT_BAD, words=4), r"não importa|independentemente de|mesmo que|ainda que", "lead"),
    "no_warnings": _ph(seq(r"sem|nenhum[a-zß-öø-ÿœ]*|não (?:inclua|adicione|dê)", _PT_WARN, words=2), _PT_WARN, "tail"),
    "stay_role": _one(r"\b(?:fique|fica|permaneça)\s+no\s+(?:personagem|papel)\b|\bjogo\s+de\s+(?:papéis|rpg)\b|\bvamos\s+jogar\s+um\s+jogo\b"),
    "sure_prefix": _ph(seq(r"comece|começa|inicie", r"com|dizendo|por", words=3) + r"\s*:?\s*" + _quoted(_PT_SURE),
                       _quoted(_PT_SURE), "tail"),
    "story": _ph(seq(r"escreva|escreve|conte|conta|redija|invente", _PT_STORY, r"onde|em que|na qual|no qual|sobre",
                     words=4), r"\b(?:" + _PT_STORY + r")\b"),
    "char_explains": _ph(seq(r"personagem|protagonista|herói|heroína|vilão|químico|hacker|avó|vovó|especialista",
                             _PT_EXPLAIN, r"como|passo a passo|em detalhes|detalhadamente|com detalhes|a receita"
                             r"|os ingredientes", words=3),
                         r"\b(?:personagem|protagonista|químico|especialista)\b|herói|heroína|vilão|avó|vovó", "lead"),
    "hypothetical": _one(r"hipotétic[a-zß-öø-ÿœ]*|em teoria|teoricamente|experimento mental|mundo fictício|universo paralelo"
                         r"|realidade alternativa"),
    "lawless": _ph(seq(r"mundo|sociedade|universo|realidade", r"sem|onde não (?:há|existem)", _PT_LAWS, words=3)
                   + r"|tudo é permitido", r"\b(?:mundo|sociedade|universo|realidade)\b|tudo é permitido", "lead"),
    "grandma": _one(seq(r"avó|vovó|avô|vovô", r"falecid[oa]|defunt[oa]|mort[oa]", words=1) + "|"
                    + seq(r"falecida|finada|falecido|finado|saudosa", r"avó|vovó|avô", words=1)),
    "edu": _ph(seq(r"para|com", r"fins|propósitos", r"educacionais|educativos|acadêmicos|académicos|de pesquisa"
                   r"|científicos|informativos", words=2)
               + r"|(?:puramente|exclusivamente|estritamente)\s+(?:fictíci[a-zß-öø-ÿœ]*|hipotétic[a-zß-öø-ÿœ]*|teóric[a-zß-öø-ÿœ]*|educacion[a-zß-öø-ÿœ]*)",
               r"\b(?:fins|propósitos|puramente|exclusivamente|estritamente)\b"),
    "never_used": _ph(seq(r"nunca|não", r"será usad[oa]|será utilizad[oa]|serão usad[oa]s|usarei|vou usar"
                          r"|será aplicad[oa]", _PT_REAL, words=3), _PT_REAL),
    "harm": _ph(either(r"como (?:fabricar|fazer|construir|sintetizar|preparar|criar|obter|cozinhar)|fabric[a-zß-öø-ÿœ]*"
                       r"|sintetiz[a-zß-öø-ÿœ]*|receita|passo a passo|instruções", _PT_OBJ, 40), _PT_OBJ),
}
_PT_CTX = {
    "devmode": ("censura", "restrições", "filtros", "filtro", "diretrizes", "ética", "moral", "openai", "chatgpt",
                "regras"),
    "tokens": ("recusar", "personagem", "responder"),
    "never_refuse": ("responder", "responda", "resposta", "pedido", "pedidos", "solicitação", "pergunta",
                     "perguntas", "ilegal", "sempre"),
    "regardless": ("responder", "responda", "resposta", "pergunta", "sempre", "deve"),
}

RULES_EU: tuple[Entry, ...] = (
    *build_language("DE", _DE, _DE_CTX),
    *build_language("FR", _FR, _FR_CTX),
    *build_language("ES", _ES, _ES_CTX),
    *build_language("IT", _IT, _IT_CTX),
    *build_language("PT", _PT, _PT_CTX),
)
