"""Patterns of the pii scanner: RE2 triggers (prefilter) and ``regex`` patterns (confirm, group ``span``).

A trigger is a cheap prefilter chosen to stay silent on ordinary prose, dates, versions and code. Mostly it is a
necessary condition of its pattern; the phone and IPv6 triggers are narrower on purpose and skip only shapes the
checks reject anyway (dates, times, IPv4 runs, score lines). Patterns start with a digit or a rare literal where
they can: the ``regex`` search over the whole text is the expensive step. Address patterns expose
optional groups ``unit`` and ``tail`` (locality / postcode) that raise the score.
"""

from __future__ import annotations

from itertools import groupby

from infershield.core.scanners.pii_validators import IBAN_LENGTHS

_END = r"(?![\p{L}\p{N}_])"

# --- email ---------------------------------------------------------------------------------------------
EMAIL = (
    r"(?<![\p{L}\p{N}._%+\-])(?P<span>[\p{L}\p{N}][\p{L}\p{N}._%+\-]{0,63}@"
    r"(?:[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24})"
    r"(?![\p{L}\p{N}_\-]|\.[\p{L}\p{N}])"
)
EMAIL_TRIGGER = r"[\pL\pN_%+-]@[\pL\pN-]+\.\pL"

# --- phone: a run of digit groups; the shape is judged in code -----------------------------------------
PHONE = r"(?<![\w+#@/.$€£\-]|\d[ ,])(?P<span>\+?\d[\d().\-/ ]{5,24}\d)(?![\w@])"
PHONE_AREA = r"(?<![\w+#@/.$€£\-]|\d,)(?P<span>\(\+?\d{1,5}\)[\d().\-/ ]{4,20}\d)(?![\w@])"
# Shapes a phone number has and a date, version or quantity mostly has not.
PHONE_TRIGGER = (
    r"\+\d[\d .\-()/]{5}|\(\d{1,5}\)[ .\-]?\d{3}|\d{7}|\d{2,5}[ \-]\d{3}|\d{2,5}\.\d{3,4}\.\d{3}"
    r"|0\d{1,3}[ .\-]\d\d[ .\-]\d\d[ .\-]\d\d"
)
PHONE_AREA_TRIGGER = r"\(\+?\d{1,5}\)[\d().\-/ ]{4,20}\d"

# --- payment cards: plain 12-19 digits, or grouped 4-4-4(-4)(-1..3) / 4-6-4(5) -------------------------
CARD = (
    r"(?<![\w+#@/.,\-])(?P<span>\d{12,19}"
    r"|\d{4}(?P<s1>[ \-])\d{4}(?P=s1)\d{4}(?:(?P=s1)\d{4})?(?:(?P=s1)\d{1,3})?"
    r"|\d{4}(?P<s2>[ \-])\d{6}(?P=s2)\d{4,5})"
    r"(?![\w@]|[.,\-]\d)"
)
CARD_TRIGGER = r"\d{4}[ \-]?\d{4}[ \-]?\d{4}|\d{4}[ \-]\d{6}[ \-]\d{4}"


# --- IBAN: one alternative per registered length, compact or grouped in fours --------------------------
def _iban_pattern() -> str:
    alternatives = []
    by_length = sorted(IBAN_LENGTHS.items(), key=lambda item: item[1])
    for length, items in groupby(by_length, key=lambda item: item[1]):
        countries = "|".join(code for code, _ in items)
        full, rest = divmod(length - 4, 4)
        tail = f"[ ]?[A-Z0-9]{{{rest}}}" if rest else ""
        alternatives.append(f"(?:{countries})\\d{{2}}(?:[ ]?[A-Z0-9]{{4}}){{{full}}}{tail}")
    return f"(?<![A-Za-z0-9])(?P<span>{'|'.join(alternatives)})(?![A-Za-z0-9])"


IBAN = _iban_pattern()
IBAN_TRIGGER = r"[A-Z]{2}\d{2}[ ]?[A-Z0-9]{4}[ ]?[A-Z0-9]{4}"

# --- US SSN ---------------------------------------------------------------------------------------------
SSN_DASHED = r"(?<![\w\-/.])(?P<span>\d{3}-\d{2}-\d{4})(?![\w\-]|\.\d)"
SSN_SPACED = r"(?<![\w\-/.]|\d )(?P<span>\d{3} \d{2} \d{4})(?![\w\-]| \d|\.\d)"
SSN_BARE = r"(?i:\bssn\b|\bsocial security\b)[^\d\n]{0,24}?(?<![\w\-])(?P<span>\d{9})(?![\w\-])"
SSN_BARE_TRIGGER = r"(?i:ssn|social security)[^\d\n]{0,24}\d{9}"

# --- IP addresses ---------------------------------------------------------------------------------------
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IPV4 = rf"(?<![\w.\-])(?P<span>{_OCTET}(?:\.{_OCTET}){{3}})(?![\w\-]|\.\d)"
IPV4_TRIGGER = r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}"
IPV6 = (
    r"(?<![\w:.\-])(?P<span>[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:]{0,35}(?<=[0-9A-Fa-f]|::)"
    r"(?:(?:\.\d{1,3}){3})?)(?![\w\-]|[.:][0-9A-Za-z])"
)
IPV6_TRIGGER = r"[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{1,4}"

# --- identifiers that need their label ------------------------------------------------------------------
_FILL = r"[^\d\n]{0,24}?"
_PASSPORT_WORDS = r"passport|reisepass|pasaporte|passaporto|passeport"
PASSPORT = rf"(?i:{_PASSPORT_WORDS}){_FILL}(?<![\w\-])(?P<span>[A-Z]?\d{{8,9}})(?![\w\-])"
PASSPORT_TRIGGER = rf"(?i:{_PASSPORT_WORDS})[^\d\n]{{0,24}}[A-Z]?\d{{8}}"

_DL_WORDS = (
    r"driver'?s?\s+licen[cs]e|driving\s+licen[cs]e|licen[cs]e\s+(?:number|no\b|\#)|führerschein\w*"
    r"|licencia\s+de\s+conducir|permiso\s+de\s+conducir|patente\s+di\s+guida|permis\s+de\s+conduire"
)
DRIVER_LICENSE = (
    rf"(?:(?i:{_DL_WORDS})|\bDL\b){_FILL}(?<![\w\-])"
    r"(?P<span>(?=[A-Z0-9\- ]*\d{4})[A-Z]{0,2}\d[\dA-Z]{2,13}(?:[ \-]\d{1,7}){0,4})(?![\w\-])"
)
DRIVER_LICENSE_TRIGGER = rf"(?:(?i:{_DL_WORDS})|\bDL\b)[^\n]{{0,30}}\d{{4}}"

_MRN_WORDS = (
    r"\bMRN\b|medical\s+records?(?:\s+(?:number|no\.?|\#))?|patient\s+(?:id|number|no\.?)|chart\s+(?:number|no\.?)"
    r"|health\s+record\s+number|patienten(?:nummer|-id)|cartella\s+clinica|numero\s+di\s+cartella"
    r"|historia\s+cl[íi]nica|dossier\s+m[ée]dical"
)
MRN = rf"(?i:{_MRN_WORDS}){_FILL}(?<![\w\-])(?P<span>[A-Z]{{0,4}}-?\d{{4,12}}(?:-\d{{1,6}})?)(?![\w\-])"
MRN_TRIGGER = rf"(?i:{_MRN_WORDS})[^\n]{{0,30}}\d{{4}}"

# --- date of birth (only after a birth label) -----------------------------------------------------------
_MONTHS = (
    r"jan(?:uary|uar)?|j[äa]nner|feb(?:ruary|ruar)?|mar(?:ch)?|märz|apr(?:il)?|may|mai|jun(?:e|i)?|jul(?:y|i)?"
    r"|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?"
    r"|janvier|f[ée]vrier|mars|avril|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre"
    r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
)
_DATE = (
    r"\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})|\d{4}[./\-]\d{1,2}[./\-]\d{1,2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|º|°|\.)?\s+(?:of\s+|de\s+)?(?i:{_MONTHS})\.?,?\s+(?:de\s+|del\s+)?\d{{4}}"
    rf"|(?i:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
)
# Labels start with an explicit case class: case-insensitive alternations are slow in ``regex``.
_DOB_WORDS = (
    r"\b(?:DOB\b|[Dd]ob\b|D\.O\.B\b|[Dd](?i:ate\s+of\s+birth)|[Bb](?i:irth\s?date|irthday|orn\b)|BORN\b"
    r"|[Gg](?i:eboren\b|eburtsdatum|eburtstag|eb\.)|[Nn](?i:[ée]e?\s+le\b|acid[oa]\b|at[oa]\s+il\b)"
    r"|[Dd](?i:ate\s+de\s+naissance|ata\s+di\s+nascita)|[Ff](?i:echa\s+de\s+nacimiento))"
)
DOB = rf"{_DOB_WORDS}[^\d\n]{{0,20}}?(?<![\w\-])(?P<span>{_DATE})(?![\w\-])"
DOB_TRIGGER = rf"{_DOB_WORDS}[^\d\n]{{0,20}}(?:\d|(?i:{_MONTHS}))"

# --- street addresses -----------------------------------------------------------------------------------
_CAPW = r"\p{Lu}[\p{L}'’\-]*"
_NAME_WORD = rf"(?:{_CAPW}|\d{{1,3}}(?:st|nd|rd|th)|(?:St|Mt|Ft)\.)"
_NAME = rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,3}}"
_NL = r"\n(?:>[ ]?)?"  # a line break, also inside a quoted e-mail
_SEP = rf"(?:,[ ]?(?:{_NL})?[ ]?|[ ]?(?:{_NL}){{1,2}}[ ]?|[ ]{{1,2}}|[ ]?-[ ]?)"
_POSTCODE = (
    r"(?:\d{4,6}(?:-\d{4})?|\d{3}[ ]\d{2}|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d"
    r"|[A-Z]\d[\dW][ ]?[\dA-Z]{4})(?![\p{L}\p{N}])"
)
_PLACE = r"(?:(?:St|Mt|Ft)\.[ ])?\p{Lu}[\p{L}'’\-]*(?:[ ](?:[a-z]{1,3}[ ])?\p{Lu}[\p{L}'’\-]*){0,3}(?:[ ]\([A-Z]{2}\))?"
_UNIT_WORDS = (
    r"Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Room|\#|Appartamento|Piano|Interno|Scala|Piso|Puerta|Planta"
    r"|Wohnung|Top|Stiege|Étage|Bâtiment"
)
_UNIT_BODY = rf"(?:,?[ ]|[ ]?{_NL}[ ]?)(?:{_UNIT_WORDS})\.?[ ]?\d{{1,5}}[A-Za-z]?"
_UNIT = f"(?P<unit>{_UNIT_BODY})?"
_TAIL = rf"(?P<tail>(?:{_SEP}{_PLACE}){{0,2}}{_SEP}(?:[A-Z]{{2,3}},?[ ])?{_POSTCODE}(?:{_SEP}{_PLACE})?)?"
# Digit-first on purpose (a leading "Flat 6, " alternative doubles the cost of every search); the scanner
# extends a match backwards over such a unit prefix afterwards (UNIT_BEFORE).
_HOUSE = r"\d{1,5}[A-Za-z]?(?:[/\-]\d{1,5}[A-Za-z]?)?,?[ ]{1,2}"
UNIT_BEFORE = r"(?:Flat|Apartment|Apt\.?|Unit|Suite|Studio|Room|H\.[ ]?No\.)[ ](?:\d{1,5}[A-Za-z]?,?[ ])?$"
_EN_STRONG = (
    r"Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Court|Ct\.?|Place|Pl\.?"
    r"|Terrace|Parkway|Pkwy\.?|Highway|Hwy\.?|Crescent|Square|Sq\.?|Way|Circle|Close|Alley|Plaza|Mews|Gardens"
    r"|Marg|Wharf|Quay|Parade|Esplanade"
)
_EN_WEAK = (
    r"Anex|Arcade|Bayou|Beach|Bend|Bluffs?|Bottoms?|Branch|Bridges?|Brooks?|Burgs?|Bypass|Camp|Canyon|Cape"
    r"|Causeway|Centers?|Centre|Circles|Cliffs?|Club|Commons?|Corners?|Course|Courts|Coves?|Creek|Crest"
    r"|Crossing|Crossroads?|Curve|Dale|Dam|Divide|Drives|Estates?|Expressway|Extensions?|Falls?|Ferry"
    r"|Fields?|Flats?|Fords?|Forest|Forges?|Forks?|Fort|Freeway|Gateway|Glens?|Greens?|Groves?|Harbou?rs?"
    r"|Haven|Heights|Hills?|Hollow|Inlet|Islands?|Isle|Junctions?|Keys?|Knolls?|Lakes?|Landing|Lights?|Loaf"
    r"|Locks?|Lodge|Loop|Mall|Manors?|Meadows?|Mills?|Mission|Motorway|Mount|Mountains?|Neck|Orchard|Oval"
    r"|Overpass|Parks?|Pass|Passage|Path|Pike|Pines?|Plains?|Points?|Ports?|Prairie|Radial|Ramp|Ranch"
    r"|Rapids?|Rest|Ridges?|River|Roads|Route|Row|Rue|Run|Shoals?|Shores?|Skyway|Springs?|Spurs?|Squares"
    r"|Station|Stravenue|Stream|Streets|Summit|Throughway|Trace|Track|Trafficway|Trail|Trailer|Tunnel"
    r"|Turnpike|Underpass|Unions?|Valleys?|Viaduct|Views?|Villages?|Ville|Vista|Walks?|Wall|Ways|Wells?"
    r"|Pocket|Grange|Chase|Rise|Nagar|Nook|Glade|Crossway|Circuit|Intersection|Garden|Parkways|Line|Corso|Ganj"
    r"|Zila|Chowk"
)


def _english(suffixes: str) -> str:
    return rf"(?<![\p{{L}}\p{{N}}.,/\-])(?P<span>{_HOUSE}{_NAME}[ ](?:{suffixes}){_END}{_UNIT}{_TAIL})"


def _english_trigger(suffixes: str) -> str:
    return rf"\d[A-Za-z]?,?[ ]{{1,2}}(?:[\pL\d][\pL'’.\-]*[ ]){{1,4}}(?:{suffixes})"


ADDRESS_EN_STRONG = _english(_EN_STRONG)
ADDRESS_EN_STRONG_TRIGGER = _english_trigger(_EN_STRONG)
ADDRESS_EN_WEAK = _english(_EN_WEAK)
ADDRESS_EN_WEAK_TRIGGER = _english_trigger(_EN_WEAK)

_COMPOUND_STRONG = (
    r"straße|strasse|str\.|weg|gasse|platz|allee|ufer|damm|chaussee|steig|pfad|stieg|zeile|promenade|gürtel"
    r"|straat|laan|plein|gracht|kade|singel|gade|gata|gatan|vej|vei|veien|vegen|vägen|stræde|plads|plass|torg"
    r"|torget|katu|terrasse|u\.|utca|ulica|ul\."
)
_COMPOUND_WEAK = r"ring|markt|graben|kai|gate|hof|berg|feld|anger|winkel|grund|höhe"
_HOUSE_AFTER = r"[ ]\d{1,4}(?:[ ]?[a-zA-Z])?(?:[ ]?[/\-][ ]?\d{1,4}[a-zA-Z]?)?\.?"


def _compound(suffixes: str) -> str:
    return (
        rf"(?<![\p{{L}}\p{{N}}\-])(?P<span>(?:\d{{1,5}}[ ])?(?:\p{{Lu}}[\p{{L}}\-]++(?<=[\p{{L}}\-]{{2}}(?i:{suffixes}))"
        rf"|(?:{_CAPW}[ ]){{1,2}}(?i:{suffixes})){_HOUSE_AFTER}{_END}{_UNIT}{_TAIL})"
    )


ADDRESS_COMPOUND = _compound(_COMPOUND_STRONG)
ADDRESS_COMPOUND_TRIGGER = rf"\p{{Lu}}[\pL'’\-]*[ ]?(?i:{_COMPOUND_STRONG})[ ]\d"
ADDRESS_COMPOUND_WEAK = _compound(_COMPOUND_WEAK)
ADDRESS_COMPOUND_WEAK_TRIGGER = rf"\p{{Lu}}[\pL'’\-]*[ ]?(?i:{_COMPOUND_WEAK})[ ]\d"

_ROMANCE_TYPES = (
    r"Via|Viale|V\.le|Piazza|P\.zza|P\.za|Piazzale|Piazzetta|Corso|C\.so|Vicolo|Largo|Strada|Contrada|C\.da"
    r"|Rotonda|Borgo|Canale|Incrocio|Lungomare|Lungotevere|Lungarno|Vico|Salita|Traversa|Stretto|Calle|C/|Avenida"
    r"|Avda\.?|Paseo|Plaza|Pza\.?|Camino|Carretera|Ctra\.?|Ronda|Travesía|Glorieta|Callejón|Pasaje|Rambla"
    r"|Cañada|Alameda|Carrera|Calzada|Cerrada|Privada|Prolongación|Circuito|Andador|Retorno|Rúa|Praça"
    r"|Travessa|Rua"
)
_CONN = r"de|del|della|dello|delle|dei|degli|di|da|la|las|los|el|y|e"
_RWORD = r"(?:(?:[dDlL]|[dD]ell|[aA]ll)['’])?\p{Lu}[\p{L}'’\-]*"
ADDRESS_ROMANCE = (
    rf"(?<![\p{{L}}\p{{N}}])(?P<span>(?:\d{{1,5}}[ ])?(?:{_ROMANCE_TYPES})(?:[ ](?:{_CONN}))*[ ]{_RWORD}"
    rf"(?:[ ](?:(?:{_CONN})[ ])*{_RWORD}){{0,4}},?[ ](?:(?:n|N|nº|Nº|No|no)\.?[ ]?)?\d{{1,4}}[A-Za-z]?"
    rf"(?:/[A-Za-z0-9]{{1,4}})?{_END}{_UNIT}{_TAIL})"
)
ADDRESS_ROMANCE_TRIGGER = rf"\b(?:{_ROMANCE_TYPES})[ ]\pL"

_FR_TYPES = (
    r"rue|avenue|av\.|boulevard|bd|allée|allées|chemin|impasse|place|quai|route|cours|passage|faubourg|sentier"
    r"|square|voie|rond-point|esplanade|Rue|Avenue|Boulevard|Allée|Chemin|Impasse|Place|Quai|Route|Cours"
)
_FR_CONN = r"de|du|des|la|le|les|et|sur|en|d['’]|l['’]"
ADDRESS_FR = (
    rf"(?<![\p{{L}}\p{{N}}.,/\-])(?P<span>\d{{1,4}}(?:[ ]?(?:bis|ter|[A-Ca-c]))?,?[ ](?:{_FR_TYPES})[ ]"
    rf"(?:(?:{_FR_CONN})[ ]?)*{_CAPW}(?:[ ](?:(?:{_FR_CONN})[ ]?)*{_CAPW}){{0,4}}{_END}{_UNIT}{_TAIL})"
)
ADDRESS_FR_TRIGGER = rf"(?:[\dA-Ca-c]|bis|ter),?[ ](?:{_FR_TYPES})[ ](?:(?:{_FR_CONN})[ ]?)*\p{{Lu}}"

ADDRESS_WITH_UNIT = (
    rf"(?<![\p{{L}}\p{{N}}.,/\-])(?P<span>(?:\d{{1,5}}[ ])?{_NAME}[ ]\d{{1,5}}[a-zA-Z]?{_END}"
    rf"(?P<unit>{_UNIT_BODY}){_TAIL})"
)
ADDRESS_WITH_UNIT_TRIGGER = rf"\pL \d{{1,5}}[a-zA-Z]?[ ,\n>]{{1,5}}(?:{_UNIT_WORDS})"

ADDRESS_MILITARY = (
    r"(?<![\p{L}\p{N}])(?P<span>(?:(?:PSC|CMR|Unit)[ ]\d{1,5},?[ ](?:Box[ ]\d{1,5})|(?:USNS|USNV|USS|USCGC)[ ]\p{Lu}\p{L}+)"
    r"(?P<unit>)(?P<tail>,?\s(?:APO|FPO|DPO)[ ](?:AA|AE|AP)[ ]\d{5}))(?!\d)"
)
ADDRESS_MILITARY_TRIGGER = r"(?:APO|FPO|DPO) (?:AA|AE|AP) \d{5}"

YEAR_PREPOSITION = r"\b(?:in|since|by|of|until|before|after|during|from|circa|around)\s+(?:19|20)\d\d$"
