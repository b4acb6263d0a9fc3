"""Scanner family ``exfiltration``: URLs that carry data out, and instructions to send data away.

Kinds:

* ``exfiltration.markdown_image`` — markdown (inline or reference-style) or HTML images whose URL carries
  data: a template placeholder for data (``{conversation}``, ``$SECRET``, ``[DATA]``), a long or
  base64/hex-like query value, a sentence in the query, a data-named parameter left open for appending,
  or a data-like path segment or subdomain label, or a parameter left empty (``?t=``) next to an instruction
  to fill it (append, "where q is …", URL-encode). Images load without a click, so they score highest.
* ``exfiltration.link`` — markdown or HTML links with the same signals (they need a click; lower).
* ``exfiltration.url_data`` — a bare URL whose query string is data-shaped (lowest; docs links are not).
* ``exfiltration.instruction`` — an instruction to send conversation history, the system prompt,
  credentials, files or user data to a URL, e-mail address, webhook or server (en, de, fr, es, it, pt).

URLs are read on the ``clean`` view (folding would rewrite digits in them). ``why`` never quotes query
values: it gives the host and the shape (lengths, kind of value).
"""

from __future__ import annotations

import urllib.parse

import regex

from infershield.core.normalize import NormalizedText
from infershield.core.rules import Check, Rule, Validator, ViewName
from infershield.core.scanners.base import RuleScanner, strongest_per_kind
from infershield.core.types import Finding

_IMAGE = "exfiltration.markdown_image"
_LINK = "exfiltration.link"
_URL_DATA = "exfiltration.url_data"
_INSTRUCTION = "exfiltration.instruction"

_URL = r"https?://(?:\{\{?[^{}\n]{1,80}\}\}?|\[[^\[\]\n]{1,80}\]|<[^<>\n]{1,80}>|[^\s<>\"'`()\[\]{}])+"
_PLACEHOLDER = regex.compile(r"\{\{?([^{}\n]{1,80})\}\}?|\$\{?([A-Za-z_]\w*)\}?|\[([^\[\]\n]{1,80})\]|<([^<>\n]{1,80})>|%s")
_DATA_WORD = regex.compile(
    r"data|conversation|convo|chat|histor|secret|passw|pwd|summar|message|msg|key|token|cred|info|context|prompt"
    r"|memor|email|user|address|phone|ssn|card|pii|cookie|session|content|text|input|answer|response|output"
    r"|result|payload|exfil|leak|base64|encoded|personal|private|api",
    regex.IGNORECASE,
)
_DATA_KEY = regex.compile(
    r"^(?:data|secret|token|key|pass(?:word)?|pwd|msg|message|conversation|convo|chat|history|prompt|content|text"
    r"|info|payload|exfil|leak|creds?|cookie|session|user|email|ssn|card|summary|memory|context)$",
    regex.IGNORECASE,
)
_OPEN_KEY = regex.compile(r"^(?:[dqpcmx]|\w*(?:data|secret|token|key|pass|msg|chat|history|prompt|info|payload|leak))$",
                          regex.IGNORECASE)
_BENIGN_KEY = regex.compile(
    r"^(?:utm_\w+|x-amz-[\w-]+|x-goog-[\w-]+|_nc_\w+|signature|key-pair-id|policy|expires|sig|sv|se|sp|sr|st|spr|skoid|sktid|skt|ske"
    r"|sks|skv|ixid|ixlib|fbclid|gclid|v|ver|version|rev|cb|t|ts|w|h|width|height|fit|fm|auto|dpr|crop|s|size"
    r"|format|raw|alt|oh|oe|rlkey|dl|style|logo|logocolor|label|color|branch|hl|lang|locale|highlight"
    r"|page|sort|tab|ref|source|src|id|oauth_\w+|state|code|client_id|redirect_uri|scope|response_type|nonce)$",
    regex.IGNORECASE,
)
_TRUSTED_HOST = regex.compile(
    r"(?:^|\.)(?:gravatar\.com|githubusercontent\.com|github\.com|shields\.io|badgen\.net|badge\.fury\.io"
    r"|wikimedia\.org|wikipedia\.org|googleusercontent\.com|gstatic\.com|imgur\.com|unsplash\.com|codecov\.io"
    r"|travis-ci\.(?:org|com)|readthedocs\.(?:org|io)|pypi\.org|python\.org|mozilla\.org|microsoft\.com)$",
    regex.IGNORECASE,
)
_LOCAL_HOST = regex.compile(
    r"^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[?::1\]?|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}"
    r"|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|[\w.-]+\.(?:local|internal|localhost|test|example))$",
    regex.IGNORECASE,
)
_NETLOC = regex.compile(r"https?://(?:[^/@\s]*@)?(?P<host>\[[^\]]*\]|[^/:]*)(?::\d*)?", regex.IGNORECASE)
_NESTED_URL = regex.compile(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}(?:[/:?#]|$)", regex.IGNORECASE)
_UUID = regex.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", regex.IGNORECASE)
_B64ISH = regex.compile(r"^[A-Za-z0-9+/_-]+={0,2}$")
_HEX = regex.compile(r"^[0-9a-fA-F]+$")
_SCORES = {_IMAGE: (0.0, 0.7, 0.85, 0.9), _LINK: (0.0, 0.4, 0.6, 0.8), _URL_DATA: (0.0, 0.0, 0.5, 0.75)}


def _blob(value: str) -> str | None:
    """'base64-like' / 'hex-like' for an encoded-looking token, else None."""
    if _HEX.match(value):
        return "hex-like"
    if _B64ISH.match(value) and regex.search(r"[A-Z]", value) and regex.search(r"[a-z]", value) \
            and regex.search(r"\d", value):
        return "base64-like"
    return None


def _placeholder_signal(fragment: str) -> str | None:
    for found in _PLACEHOLDER.finditer(fragment):
        inner = next((g for g in found.groups() if g), "%s")
        if inner == "%s" or _DATA_WORD.search(inner) or regex.fullmatch(r"[A-Z][A-Z0-9_ ]{2,}", inner) \
                or len(inner.split()) >= 3:  # a phrase in a URL is a fill-in instruction, not a value
            return f"template placeholder for data ({len(inner)} chars)"
    return None


def _query_signal(query: str, *, allow_open: bool) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    pairs = [p for p in regex.split(r"[&;]", query) if p]
    for index, pair in enumerate(pairs):
        key, _, raw = pair.partition("=")
        value = urllib.parse.unquote_plus(raw)
        found: tuple[int, str] | None = None
        words = len(value.split())
        if _BENIGN_KEY.match(key) or _UUID.match(value) or value.isdigit() or _NESTED_URL.match(value):
            continue
        if (regex.fullmatch(r"[A-Z][A-Z0-9_]{2,}", value) and _DATA_WORD.search(value)) or _placeholder_signal(value):
            found = (3, f"parameter '{key[:20]}' holds a data placeholder")
        elif len(value) >= 64:
            found = (2, f"parameter '{key[:20]}' carries {len(value)} chars")
        elif words >= 8:
            found = (2, f"parameter '{key[:20]}' carries a {words}-word text")
        elif (kind := _blob(value)) and len(value) >= 40:
            found = (2, f"parameter '{key[:20]}' carries a {len(value)}-char {kind} value")
        elif (kind := _blob(value)) and len(value) >= 20:
            found = (1, f"parameter '{key[:20]}' carries a {len(value)}-char {kind} value")
        elif words >= 4:
            found = (1, f"parameter '{key[:20]}' carries a {words}-word text")
        elif _DATA_KEY.match(key) and len(value) >= 12:
            found = (1, f"data-named parameter '{key[:20]}' with a {len(value)}-char value")
        elif allow_open and not value and index == len(pairs) - 1 and _OPEN_KEY.match(key):
            found = (1, f"data-named parameter '{key[:20]}' left open for appending")
        if found and (best is None or found[0] > best[0]):
            best = found
    return best


def _host_signal(host: str, path: str) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for label in host.split(".")[:-2]:
        if len(label) >= 24 and label.isalnum() and sum(c.isdigit() for c in label) >= 3 \
                and sum(c.isalpha() for c in label) >= 3:
            best = (2 if len(label) >= 40 else 1, f"{len(label)}-char encoded subdomain label")
    for segment in path.split("/"):
        segment = regex.sub(r"\.(?:png|jpe?g|gif|svg|webp|ico)$", "", segment, flags=regex.IGNORECASE)
        kind = _blob(segment)
        if (kind == "base64-like" and len(segment) >= 40) or (kind == "hex-like" and len(segment) >= 96):
            found = (2 if len(segment) >= 80 else 1, f"{len(segment)}-char {kind} path segment")
            if best is None or found[0] > best[0]:
                best = found
    return best


def assess_url(url: str, kind: str) -> Check | None:
    """Score ``url`` as a carrier of data for a finding of ``kind``; ``None`` when it carries none."""
    head, _, query = url.partition("?")
    query = query.split("#", 1)[0]
    netloc = _NETLOC.match(head)
    host = netloc.group("host").lower() if netloc else ""
    path = head[netloc.end() :] if netloc else head
    level, note = 0, ""
    placeholder = _placeholder_signal(path) if kind == _IMAGE else None
    if placeholder:
        level, note = 3, placeholder
    elif not _TRUSTED_HOST.search(host):
        signals = [_query_signal(query, allow_open=kind != _URL_DATA)]
        if kind == _IMAGE:
            signals.append(_host_signal(host, path))
        found = max((s for s in signals if s), default=None, key=lambda s: s[0])
        if found:
            level, note = found
    score = _SCORES[kind][level]
    if score <= 0.0:
        return None
    labels = host.split(".")
    where = ".".join(labels[-3:]) if max(map(len, labels)) < 24 else f"{len(host)}-char host"
    if _LOCAL_HOST.match(host):
        return Check(min(score, 0.4), f"{note}; host '{where}' is local")
    return Check(score, f"{note}; host '{where}'")


_OPEN_END = regex.compile(r"[?&](?P<key>[\w.-]{1,24})=$")
_FILL = regex.compile(
    r"\b(?:append\w*|add(?:ing)?|insert\w*|put|fill\w*|replac\w*|substitut\w*|followed\s+by|concatenat\w*"
    r"|url[- ]?encod\w*|percent[- ]encod\w*|where\s+\S{1,12}\s+(?:is|=|contains|holds)|whose\s+\S{1,12}\s+(?:parameter|param"
    r"|value)|(?:parameter|param|value)\s+(?:contains|holds|is|should|must|with)|añad\w*|agreg\w*|codificad\w*|rellen\w*"
    r"|sustitu\w*|ajout\w*|remplac\w*|encod\w*|anhäng\w*|häng\w*|füge\w*|ersetz\w*|kodiert\w*|aggiung\w*|sostitu\w*"
    r"|codificat\w*|adicion\w*|acrescent\w*|codifica\w*)\b",
    regex.IGNORECASE,
)

_DATA_WORD_INTL = regex.compile(
    r"correo|tel[eé]fono|datos|dati\b|donn[ée]es|daten|nombre|nome\b|adresse|direcci[oó]n|mensaje|nachricht"
    r"|conversaci|historial|cronolog|kunde|cliente|name\b|location|everything|todo\b|tout\b|alles",
    regex.IGNORECASE,
)


def _fill_instruction(text: str, match: regex.Match[str], kind: str) -> Check | None:
    """An empty trailing parameter (``?t=``) with an instruction nearby to put data into it."""
    if kind == _URL_DATA:
        return None
    url = match.group("url")
    open_key = _OPEN_END.search(url.split("#", 1)[0])
    netloc = _NETLOC.match(url)
    if open_key is None or (netloc and _TRUSTED_HOST.search(netloc.group("host").lower())):
        return None
    around = text[max(0, match.start() - 300) : match.start()] + " " + text[match.end() : match.end() + 300]
    if not _FILL.search(around) or not (_DATA_WORD.search(around) or _DATA_WORD_INTL.search(around)):
        return None
    key = open_key.group("key")
    named = regex.search(rf"(?<![\w.-]){regex.escape(key)}(?:=|\s+(?:parameter|param|value|is|contains|holds)\b)",
                         around, regex.IGNORECASE)
    if _BENIGN_KEY.match(key) and named is None:
        return None  # ?v= or ?t= is a cache-buster unless the text names it as the slot to fill
    return Check(_SCORES[kind][3], f"parameter '{key[:20]}' left empty with an instruction to fill it")


def _url_validator(kind: str, *, referenced: bool | None = None) -> Validator:
    def check(text: str, match: regex.Match[str]) -> Check | None:
        if referenced is not None:
            label = regex.escape(match.group("label"))
            used = regex.search(rf"!\[[^\]\n]*\]\[{label}\]|!\[{label}\](?!\()", text, regex.IGNORECASE)
            if (used is not None) != referenced:
                return None
        found = assess_url(match.group("url"), kind)
        if found is None or found.score < _SCORES[kind][3]:
            return _fill_instruction(text, match, kind) or found
        return found

    return check


# --- instructions ------------------------------------------------------------------------------------------

_STRONG = (
    r"https?://\S+|\bwww\.[\w-]+\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\S*webhook\S*|\S*(?:pastebin|requestbin|ngrok"
    r"|pipedream|burpcollaborator|interact\.sh)\S*"
)
_QUALIFIED = (
    r"(?:my|our|this|that|the\s+following|an?\s+external|a\s+remote|the\s+attacker'?s?|mein\w*|unser\w*|diese\w*"
    r"|folgende\w*|externe\w*|mon|ma|notre|ce|cette|mi|nuestro|este|esta|(?:il\s+)?mio|questo|meu|nosso)\s+"
    r"(?:server|endpoint|url|webhook|bucket|address|adresse|serveur|servidor|indirizzo|endere[çc]o|direcci[oó]n"
    r"|e-?mail|inbox|site|website|domain)"
    r"|(?:the|a|this|that|your|the\s+image|the\s+link)\s+(?:url|link|image|query\s+string|query\s+parameters?|markdown)"
)
_PREP = (
    r"to|at|into|in|via|onto|on|through|an|nach|zu|auf|in|à|au|aux|vers|sur|dans|a|al|en|para|por|su|tramite|per"
    r"|ad|pra|alla|allo|all['’]"
)
_DEST = regex.compile(
    rf"\b(?:{_PREP})\b[^.!?]{{0,25}}?(?:(?P<strong>{_STRONG})|(?P<weak>{_QUALIFIED})\b)", regex.IGNORECASE
)
_ASKING = regex.compile(
    r"(?:^|[.!?\n]\s*)(?:how|what|why|can|could|should|is|are|do|does|wie|comment|c[oó]mo|come|como)\b[^.!?\n]*\Z"
    r"|\b(?:write|create|implement|build|code|script|function|program|example|tutorial|prevent|detect|protect"
    r"|exfiltration\s+(?:attack|risk)|schreibe|erstelle|escribe|crea|écris|scrivi)\b",
    regex.IGNORECASE,
)
_BENIGN_USE = regex.compile(
    r"\b(?:header|authorization|bearer|\.env|environment\s+variable|config(?:uration)?|securely|encrypted|vault"
    r"|keychain|secrets?\s+manager|password\s+manager)\b",
    regex.IGNORECASE,
)
_WORDS = r"[^\n]{0,100}?"
_ALL = r"(?:\S+\s+){0,2}(?:all|every|alle|sämtliche|tous|toutes|todos|todas|tutti|tutte)\b"
_LANGS: dict[str, tuple[str, str, str]] = {
    # language: (verbs, high-value objects, other objects: quantified or qualified user data)
    "EN": (
        r"send|sending|post|upload|forward|e-?mail|transmit|submit|exfiltrate|leak|relay|deliver|copy|paste"
        r"|append|attach|include|embed|encode|share|dump|export|transfer",
        r"(?:conversation|chat)(?:\s+(?:history|log|transcript))?"
        r"|(?:previous|prior|earlier|past|all)\s+(?:messages|prompts|instructions|context)"
        r"|system\s+(?:prompt|message|instructions)|(?:initial|original|hidden|secret)\s+(?:prompt|instructions)"
        r"|passwords?|passcodes?|credentials|login\s+details|api[\s_-]?keys?|access\s+(?:keys?|tokens?)"
        r"|secret\s+keys?|secrets|private\s+keys?|ssh\s+keys?|(?:auth(?:entication)?|session|bearer)\s+(?:tokens?|cookies?)"
        r"|credit\s+card\s+(?:numbers?|details)|social\s+security\s+numbers?",
        r"(?:all\s+(?:of\s+)?(?:the\s+|my\s+|your\s+|their\s+|his\s+|her\s+)?|every\s+|(?:the\s+)?users?'?s?'?\s+|their\s+"
        r"|his\s+|her\s+|your\s+)(?:files|documents|e-?mails|inbox|contacts|messages|cookies|tokens|memories|notes)"
        r"|(?:personal|user|customer|private|sensitive|confidential)\s+(?:data|information|info|details|records|files)"
        r"|pii|environment\s+variables|env\s+vars|browsing\s+history"
        r"|(?:the\s+)?above\s+(?:text|content|summary|information|data)|everything\s+(?:above|so\s+far)",
    ),
    "DE": (
        r"sende|senden|sendet|schicke|schick|schicken|schickt|übermittle|übermitteln|übermittelt|übertrage|übertragen"
        r"|lade|laden|hochladen|hochzuladen|leite|leitet|weiterleiten|weiterzuleiten|poste|posten|teile|teilen|maile"
        r"|mailen|exportiere|exportieren|kopiere|kopieren|hänge|anhängen|füge|einfügen|bette|einbetten",
        r"(?:gesprächs|chat|konversations|unterhaltungs|nachrichten)verlauf\w*|konversation|unterhaltung"
        r"|system-?prompts?|systemanweisung\w*|systemnachricht\w*|passw[oö]rt\w*|kennw[oö]rt\w*|zugangsdaten"
        r"|anmeldedaten|api-?schlüssel\w*|api-?keys?|geheimnisse|privaten?\s+schlüssel\w*|kreditkarten\w*",
        r"(?:alle|sämtliche)\s+(?:\w+\s+)?(?:dateien|dokumente|e-?mails|kontakte|nachrichten|cookies|token)"
        r"|benutzerdaten|nutzerdaten|kundendaten|persönlichen\s+daten|personenbezogenen\s+daten|umgebungsvariablen",
    ),
    "FR": (
        r"envoie|envoies|envoyez|envoyer|transmets|transmettez|transmettre|transf[eè]re|transf[eé]rez|transf[eé]rer"
        r"|t[eé]l[eé]verse|t[eé]l[eé]versez|t[eé]l[eé]verser|publie|publiez|publier|partage|partagez|partager"
        r"|exfiltre|exfiltrez|exfiltrer|copie|copiez|copier|ajoute|ajoutez|ajouter|inclus|incluez|inclure"
        r"|int[eè]gre|int[eé]grez|int[eé]grer|colle|collez|coller",
        r"historique\s+(?:de\s+(?:la\s+)?|des\s+)?(?:conversation|discussion|chat|messages?)|conversation"
        r"|prompt\s+syst[eè]me|invite\s+syst[eè]me|instructions?\s+(?:du\s+)?syst[eè]me|mots?\s+de\s+passe"
        r"|cl[eé]s?\s+(?:d['’]\s*)?api|cl[eé]s?\s+priv[eé]es?|identifiants|jetons?\s+d['’]acc[eè]s"
        r"|num[eé]ros?\s+de\s+carte",
        r"(?:tous|toutes)\s+(?:les\s+|vos\s+|mes\s+|ses\s+|leurs\s+)?(?:fichiers|documents|e-?mails|courriels"
        r"|contacts|messages|cookies|jetons)|donn[eé]es\s+(?:personnelles|des?\s+utilisateurs?|utilisateurs?"
        r"|clients?|sensibles)|variables\s+d['’]environnement",
    ),
    "ES": (
        r"env[ií]a|env[ií]e|env[ií]en|enviad|enviar|env[ií]al[oa]s?|manda|mande|mandar|sube|suba|subir|reenv[ií]a"
        r"|reenv[ií]e|reenviar|transmite|transmita|transmitir|transfiere|transfiera|transferir|publica|publique"
        r"|publicar|comparte|comparta|compartir|copia|copie|copiar|adjunta|adjunte|adjuntar|incluye|incluya|incluir"
        r"|a[ñn]ade|a[ñn]ada|a[ñn]adir|exfiltra|exfiltrar",
        r"historial\s+(?:de\s+(?:la\s+)?)?(?:conversaci[oó]n|chat|mensajes)|conversaci[oó]n|prompt\s+del\s+sistema"
        r"|instrucciones\s+del\s+sistema|contrase[ñn]as?|claves?\s+(?:de\s+)?api|claves?\s+privadas?|credenciales"
        r"|n[uú]meros?\s+de\s+tarjeta",
        r"tod[oa]s\s+(?:l[oa]s\s+|sus\s+|mis\s+|tus\s+)?(?:archivos|ficheros|documentos|correos|contactos|mensajes"
        r"|cookies|tokens)|datos\s+(?:personales|del\s+usuario|de\s+(?:los\s+)?(?:usuarios|clientes)|sensibles)"
        r"|variables\s+de\s+entorno",
    ),
    "IT": (
        r"invia|invii|inviate|inviare|invial[oa]|manda|mandare|carica|caricate|caricare|inoltra|inoltrate|inoltrare"
        r"|trasmetti|trasmettete|trasmettere|trasferisci|trasferire|pubblica|pubblicate|pubblicare|condividi"
        r"|condividere|copia|copiate|copiare|allega|allegate|allegare|includi|includete|includere|aggiungi"
        r"|aggiungere|esfiltra|esfiltrare",
        r"cronologia\s+(?:della\s+|delle\s+)?(?:chat|conversazion[ei]|messaggi)|conversazione"
        r"|prompt\s+(?:di\s+)?sistema|istruzioni\s+(?:di\s+)?sistema|password|chiav[ei]\s+(?:api|privat[ae])"
        r"|credenziali|numer[oi]\s+(?:della\s+)?carta",
        r"tutt[ei]\s+(?:i\s+|le\s+|gli\s+|i\s+tuoi\s+|i\s+suoi\s+)?(?:file|documenti|e-?mail|contatti|messaggi"
        r"|cookie|token)|dati\s+(?:personali|dell['’]utente|degli\s+utenti|dei\s+clienti|sensibili)"
        r"|variabili\s+d['’]ambiente",
    ),
    "PT": (
        r"envie|enviem|envia|enviar|mande|manda|mandar|carregue|carregar|fa[çc]a\s+upload|encaminhe|encaminha"
        r"|encaminhar|transmita|transmitir|transfira|transferir|publique|publicar|compartilhe|compartilhar|partilhe"
        r"|partilhar|copie|copiar|anexe|anexar|inclua|incluir|adicione|adicionar|exfiltre|exfiltrar",
        r"hist[oó]rico\s+(?:d[ao]\s+)?(?:conversa|chat|mensagens)|conversa|prompt\s+do\s+sistema"
        r"|instru[çc][õo]es\s+do\s+sistema|senhas?|chaves?\s+(?:de\s+)?api|chaves?\s+privadas?|credenciais"
        r"|n[uú]meros?\s+(?:do\s+)?cart[ãa]o",
        r"tod[oa]s\s+(?:[oa]s\s+|seus\s+|suas\s+|meus\s+|minhas\s+)?(?:arquivos|ficheiros|documentos|e-?mails"
        r"|contatos|contactos|mensagens|cookies|tokens)|dados\s+(?:pessoais|do\s+usu[aá]rio|dos\s+usu[aá]rios"
        r"|dos\s+clientes|sens[ií]veis)|vari[aá]veis\s+de\s+ambiente",
    ),
}
_TRIGGER_GAP = r"(?:[^A-Za-z0-9_]+[A-Za-z0-9_]+){0,16}[^A-Za-z0-9_]+"  # ~16 words (accents count as gaps)


def _instruction_validator(high: str) -> Validator:
    high_re = regex.compile(rf"\b(?:{high})\b", regex.IGNORECASE)

    def check(text: str, match: regex.Match[str]) -> Check | None:
        start, end = match.span()
        dest = _DEST.search(text, start, min(len(text), end + 80))
        if dest is None or dest.start() > end + 50:
            return None
        strong = dest.group("strong") is not None
        tier = "sensitive" if high_re.search(match.group()) else "user"
        if tier == "sensitive":
            score = 0.85 if strong else 0.65
        elif strong:
            score = 0.8 if regex.match(_ALL, match.group(), regex.IGNORECASE) else 0.75
        else:
            score = 0.45
        sentence_start = max(text.rfind(c, max(0, start - 200), start) for c in ".!?\n") + 1
        notes = [f"verb and {tier} data object ({end - start} chars)",
                 "to an external URL/e-mail/webhook" if strong else "to a named server/URL/link"]
        if _ASKING.search(text, max(sentence_start, start - 120), end):
            score *= 0.5
            notes.append("question or coding request lowers score")
        if _BENIGN_USE.search(text, max(0, start - 100), dest.end()):
            score *= 0.5
            notes.append("credential-handling context (header, config, vault) lowers score")
        return Check(round(score, 3), "; ".join(notes))

    return check


# Object-first orders, each its own (rarely triggered) rule: English passive, German verb-final clauses.
_OBJECT_FIRST: dict[str, str] = {
    "EN-PASSIVE": r"(?:be|is|are|gets?|being)\s+(?:sent|posted|uploaded|forwarded|e-?mailed|transmitted|submitted"
    r"|leaked|exfiltrated|copied|shared|relayed|delivered)",
    "DE-END": r"(?:zu\s+)?(?:senden|schicken|übermitteln|übertragen|hochladen|hochzuladen|weiterleiten|weiterzuleiten"
    r"|posten|teilen|mailen|exportieren|kopieren|anhängen|einfügen|einbetten)",
}


def _instruction_rule(rule_id: str, first: str, second: str, high: str) -> Rule:
    # A bounded word gap, not ``.*``: unbounded gaps multiply DFA states with every other rule in the shared set.
    trigger = f"(?:{first}){_TRIGGER_GAP}(?:{second})"
    return Rule(rule_id, _INSTRUCTION, rf"\b(?:{first})\b{_WORDS}\b(?:{second})\b", 0.85,
                f"{rule_id}: instruction to send data to an external destination",
                trigger=trigger.replace(r"\w", "[\\pL\\d_]"), view=ViewName.CLEAN,
                validator=_instruction_validator(high))


def _instruction_rules() -> tuple[Rule, ...]:
    rules = [_instruction_rule(f"EXF-INSTR-{lang}", verbs, f"{high}|{other}", high)
             for lang, (verbs, high, other) in _LANGS.items()]
    for name, verbs in _OBJECT_FIRST.items():
        _, high, other = _LANGS[name[:2]]
        rules.append(_instruction_rule(f"EXF-INSTR-{name}", f"{high}|{other}", verbs, high))
    return tuple(rules)


def _url_rule(rule_id: str, kind: str, pattern: str, what: str, trigger: str, validator: Validator) -> Rule:
    return Rule(rule_id, kind, pattern, 0.85, f"{rule_id}: {what}", trigger=trigger, view=ViewName.CLEAN,
                validator=validator)


_REF_DEF = rf"^[ \t]{{0,3}}\[(?P<label>[^\]\n]{{1,100}})\]:[ \t]*<?(?P<url>{_URL})"
_RULES: tuple[Rule, ...] = (
    _url_rule("EXF-MD-IMAGE", _IMAGE, rf"!\[[^\]\n]{{0,300}}\]\(\s*<?(?P<url>{_URL})",
              "markdown image whose URL carries data", r"!\[[^\]\n]*\]\(\s*<?https?://", _url_validator(_IMAGE)),
    _url_rule("EXF-MD-REF-IMAGE", _IMAGE, _REF_DEF, "reference-style markdown image whose URL carries data",
              r"\]:[ \t]*<?https?://", _url_validator(_IMAGE, referenced=True)),
    _url_rule("EXF-HTML-IMAGE", _IMAGE,
              rf"<img\b[^>]{{0,300}}?\bsrc\s*=\s*['\"]?(?P<url>{_URL})", "HTML image whose URL carries data",
              r"<img\b", _url_validator(_IMAGE)),
    _url_rule("EXF-MD-LINK", _LINK, rf"(?<!!)\[[^\]\n]{{0,300}}\]\(\s*<?(?P<url>{_URL})",
              "markdown link whose URL carries data", r"\]\(\s*<?https?://[^\s)]*[?{\[<$]", _url_validator(_LINK)),
    _url_rule("EXF-MD-REF-LINK", _LINK, _REF_DEF, "reference-style link whose URL carries data",
              r"\]:[ \t]*<?https?://[^\s]*[?{\[<$]", _url_validator(_LINK, referenced=False)),
    _url_rule("EXF-HTML-LINK", _LINK, rf"<a\b[^>]{{0,300}}?\bhref\s*=\s*['\"]?(?P<url>{_URL})",
              "HTML link whose URL carries data", r"<a\b[^>]*href", _url_validator(_LINK)),
    _url_rule("EXF-URL-DATA", _URL_DATA, rf"(?P<url>{_URL})", "URL with a data-shaped query string",
              r"https?://[^\s?]*\?", _url_validator(_URL_DATA)),
    *_instruction_rules(),
)


class ExfiltrationScanner(RuleScanner):
    """Data-carrying image/link URLs and instructions to send data out; strongest finding per kind."""

    name = "exfiltration"

    def rules(self) -> tuple[Rule, ...]:
        return _RULES

    def postprocess(self, findings: list[Finding], text: NormalizedText) -> list[Finding]:
        embedded = [f.span for f in findings if f.kind in (_IMAGE, _LINK)]
        kept = [f for f in findings if f.kind != _URL_DATA or not any(f.span.overlaps(s) for s in embedded)]
        return strongest_per_kind(kept)
