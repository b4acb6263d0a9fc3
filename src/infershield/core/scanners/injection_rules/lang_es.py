"""Spanish injection rules (ids PI-ES-NNN, II-ES-NNN).

``tú`` and ``usted`` imperatives ("ignora" / "ignore"), gerund openers ("Ignorando las instrucciones
anteriores, …"); qualifiers follow the noun ("las instrucciones anteriores").
"""

from __future__ import annotations

from infershield.core.rules import Rule
from infershield.core.scanners.injection_rules.build import II, PI, Table, alt, not_negated, spaced_override

_r = Table(PI, "PI-ES")
_i = Table(II, "II-ES")

_VERB = alt(
    r"ignor[ae]n?", r"ignorar", r"ignorando", r"olvid[ae]n?", r"olvidar", r"olvidando", r"descart[ae]n?",
    r"no\s+(?:sigas|siga|sigan|hagas\s+caso\s+a|haga\s+caso\s+a|respondas|responda|obedezcas|cumplas)",
    r"(?:haz|haga)\s+caso\s+omiso\s+(?:a|de)", r"no\s+(?:hagas|haga)\s+caso\s+(?:a|de)", r"(?:pasa|pase)\s+por\s+alto", r"omit[ae]n?", r"desestim[ae]n?",
    r"desatiend[ae]n?", r"sin\s+(?:tener\s+en\s+cuenta|importar)",
)
_QUAL = alt(
    r"anterior(?:es)?", r"previ[ao]s?", r"de\s+arriba", r"arriba", r"mencionad[ao]s", r"precedentes?", r"original(?:es)?",
    r"iniciales?", r"tod[ao]s\s+(?:las|los|tus|sus)", r"tus", r"sus", r"del\s+sistema", r"dich[ao]s", r"es[ae]s?",
    r"est[ae]s?", r"mis?", r"que\s+(?:te|le)\s+(?:dieron|han\s+dado|di|dimos|habían\s+dado)",
    r"que\s+(?:has|ha)\s+recibido",
)
_TARGET = alt(
    r"instrucci(?:ón|on|ones)", r"indicaciones", r"órdenes", r"orden", r"reglas?", r"directrices", r"directivas?",
    r"comandos?", r"preguntas?", r"prompts?", r"consignas?", r"recordatorios?", r"advertencias?",
    r"tareas?", r"normas", r"pautas", r"solicitud(?:es)?", r"programación",
)
_SAY = (r"(?:di|diga|escrib[ae]\w*|emit[ae]\w*|respond[ae]\w*|repit[ae]\w*|imprim[ae]\w*|muestr[ae]\w*|export[ae]\w*|"
        r"ingres[ae]\w*|reformul[ae]\w*|díg\w*)")

RULES: tuple[Rule, ...] = (
    _r(1, spaced_override(_VERB, _QUAL, _TARGET), 0.9, "Spanish: ignore the previous instructions",
       validator=not_negated(0.9, before=r"\bno|\bnunca|\bsin")),
    _r(2, r"(?:olvid[ae]n?|ignor[ae]n?|olvidar)\s+todo\s+(?:lo\s+(?:anterior|que\s+(?:\S+\s+){0,3}?(?:dije|dijiste|"
          r"te\s+dijeron|hemos\s+hablado))|lo\s+dicho|lo\s+de\s+arriba|antes)",
       0.85, "Spanish: forget everything said before"),
    _r(3, r"(?:no\s+(?:respondas|responda|contestes|conteste|elijas|elija)|no\s+(?:hace\s+falta|es\s+necesario)\s+"
          rf"(?:que\s+)?(?:responder|contestar|respondas|responda)|sin\s+responder)[^.\n]{{0,50}}?(?:solo|simplemente|"
          rf"directamente)?\s*{_SAY}[^.\n]{{0,30}}?[:«\"]",
       0.85, "Spanish: don't answer, just output"),
    _r(4, r"(?:ignor[ae]n?|olvid[ae]n?)\s+(?:\S+\s+){0,2}?(?:la\s+pregunta|el\s+mensaje|el\s+comando|esta\s+pregunta|"
          rf"mi\s+pregunta|el\s+aviso|la\s+instrucción)[^.\n]{{0,40}}?{_SAY}[^.\n]{{0,25}}?[:«\"]",
       0.88, "Spanish: ignore the question and output this instead"),
    _r(5, r"(?:muestr[ae]|muéstrame|revel[ae]|revélame|imprim[ae]|repit[ae]|dime|di|escrib[ae]|compart[ae])\s+"
          r"(?:\S+\s+){0,3}?(?:tu|tus|su|sus)\s+(?:prompt(?:\s+(?:del|de)\s+sistema)?|mensaje\s+del\s+sistema|"
          r"instrucciones(?:\s+(?:iniciales|originales|del\s+sistema|ocultas|secretas))?|directrices|reglas\s+"
          r"internas|programación)",
       0.85, "Spanish: reveal your system prompt / instructions"),
    _r(6, r"(?:cuáles|cuales|qué|que)\s+(?:son|eran|fueron)\s+(?:tus|sus)\s+(?:\S+\s+)?(?:instrucciones|directrices|"
          r"órdenes)",
       0.82, "Spanish: what are your instructions"),
    _r(7, r"ya\s+no\s+(?:eres|es|estás|está)\s+(?:\S+\s+)?(?:asistente|ia|chatbot|modelo\s+de\s+lenguaje|bot|"
          r"obligad[ao]|limitad[ao]|restringid[ao]|sujet[ao])",
       0.85, "Spanish: you are no longer an assistant / bound"),
    _r(8, r"(?:a\s+partir\s+de\s+ahora|de\s+ahora\s+en\s+adelante|desde\s+ahora)\s*,?\s+(?:tú\s+|usted\s+)?(?:eres|"
          r"serás|vas\s+a|debes|responderás|responde|ignorarás|obedecerás|actuarás)",
       0.65, "Spanish: from now on you will…"),
    _r(9, r"(?:finge|finja|imagina|imagine|actúa\s+como\s+si)\s+que\s+no\s+(?:tienes|tiene|tuvieras|tuviera)\s+"
          r"(?:\S+\s+)?(?:restricciones|reglas|límites|filtros|censura|directrices|limitaciones)",
       0.85, "Spanish: pretend you have no restrictions"),
    _r(10, r"(?:nuevas|verdaderas|reales|secretas)\s+(?:instrucciones|órdenes|directrices)(?:\s+del\s+sistema)?\s*:",
       0.82, "Spanish: 'New instructions:' header"),
    _r(11, r"(?:(?:tu|su)\s+(?:nueva|verdadera|real)|ahora\s+(?:tu|su))\s+(?:tarea|misión)\s+(?:es|será|consiste)",
       0.75, "Spanish: your new task is"),
    _r(12, r"\b(?:soy|como)\s+(?:tu|su)\s+(?:\S+\s+)?(?:desarrollador|administrador|admin|creador|programador|"
           r"operador)[^.\n]{0,80}?\b(?:puedes|debes|tienes\s+permiso|muéstrame|dame|ignora)\b",
       0.8, "Spanish: claims to be the developer and grants permission"),
    _r(14, rf"(?:{_VERB})\s+(?:l[oa]s?\s+|el\s+)?(?:problemas|avisos?)\s+(?:anteriores|de\s+arriba|mencionados|"
           r"anterior)",
       0.88, "Spanish: ignore the problems above"),
    _r(13, r"no\s+(?:agregue|añada|agregues|añadas)\s+(?:\S+\s+){0,2}?(?:palabras|comentarios)[^\n]{0,80}?(?:comillas|cite|"
           r"prefijos?|anteponga)[^\n]{0,80}?(?:repita|repite|responda|escriba|reformule)",
       0.8, "Spanish: forced verbatim output (no extra words, no quotes)"),
)

INDIRECT: tuple[Rule, ...] = (
    _i(1, r"(?:nota|mensaje|instrucciones?|aviso|importante)\s+(?:para|a)\s+(?:la\s+|el\s+)?(?:ia|asistente|"
          r"modelo(?:\s+de\s+lenguaje)?|chatbot|bot|agente|llm|inteligencia\s+artificial)\s*:",
       0.88, "Spanish: note addressed to the AI"),
    _i(2, r"si\s+(?:eres|es\s+usted)\s+(?:una?\s+)?(?:ia|inteligencia\s+artificial|modelo\s+de\s+lenguaje|llm|"
          r"chatbot|asistente|bot|agente)",
       0.88, "Spanish: 'if you are an AI…'"),
    _i(3, r"(?:no\s+(?:se\s+lo\s+|le\s+)?(?:digas|diga|menciones|mencione|reveles|revele)\s+(?:\S+\s+){0,3}?al\s+usuario|"
          r"sin\s+(?:decírselo|decirle|avisar|informar)\s+al\s+usuario)",
       0.8, "Spanish: do not tell the user"),
)
