"""Injection rules for further languages and cross-language shapes (ids PI-<LANG>-040…).

Polish, Ukrainian, Vietnamese, Turkish, Dutch, Indonesian and Swedish get the two shapes that carry most
direct attacks: "ignore the previous instructions" and "show me your system prompt". German, Spanish, French,
Italian, Portuguese and Chinese get the secrets-in-your-configuration probe ("show me the API keys and
passwords in your configuration") and Chinese the 把-construction of the extraction request.
"""

from __future__ import annotations

from infershield.core.rules import Rule
from infershield.core.scanners.injection_rules.build import PI, Table, alt, not_negated, spaced_override

_pl, _uk, _vi, _tr = Table(PI, "PI-PL"), Table(PI, "PI-UK"), Table(PI, "PI-VI"), Table(PI, "PI-TR")
_nl, _id, _sv = Table(PI, "PI-NL"), Table(PI, "PI-ID"), Table(PI, "PI-SV")
_de, _es, _fr, _it, _pt, _zh = (Table(PI, f"PI-{code}") for code in ("DE", "ES", "FR", "IT", "PT", "ZH"))

_S = r"[^.!?\n]"

RULES: tuple[Rule, ...] = (
    # Polish
    _pl(40, spaced_override(alt(r"zignoruj\pL*", r"ignoruj\pL*", r"zapomnij\s+o", r"pomiń", r"nie\s+stosuj\s+się\s+do"),
                            alt(r"poprzedni\pL*", r"wcześniejsz\pL*", r"wszystki\pL*", r"powyższ\pL*", r"swoj\pL*",
                                r"systemow\pL*", r"dotychczasow\pL*"),
                            alt(r"instrukcj\pL*", r"polece\pL*", r"zasad\pL*", r"reguł\pL*", r"wytyczn\pL*")),
        0.9, "Polish: ignore the previous instructions", validator=not_negated(0.9, before=r"\bnie")),
    _pl(41, rf"(?:wypisz|pokaż|podaj|wyświetl|powtórz|ujawnij|napisz|skopiuj|zdradź|wklej)\pL*{_S}{{0,40}}?"
            r"(?:prompt\pL*\s+systemow\pL*|systemow\pL+\s+prompt\pL*|instrukcj\pL+\s+systemow\pL*|(?:swoje|twoje)\s+"
            r"(?:instrukcje|polecenia|wytyczne))",
        0.85, "Polish: reveal your system prompt"),
    # Ukrainian
    _uk(40, spaced_override(alt(r"ігноруй\pL*", r"проігноруй\pL*", r"забудь\pL*", r"не\s+зважай\pL*\s+на"),
                            alt(r"попередн\pL*", r"усі", r"всі", r"вищезазначен\pL*", r"свої", r"системн\pL*"),
                            alt(r"інструкці\pL*", r"вказівк\pL*", r"правил\pL*", r"команд\pL*")),
        0.9, "Ukrainian: ignore the previous instructions"),
    _uk(41, rf"(?:покажи|покажіть|виведи|виведіть|напиши|напишіть|повтори|повторіть|розкрий|скажи|дай|"
            rf"надішли)\pL*{_S}{{0,40}}?(?:системн\pL+\s+(?:промпт\pL*|підказк\pL*|інструкці\pL*|повідомлен\pL*)|"
            r"(?:свої|твої)\s+(?:інструкції|вказівки))",
        0.85, "Ukrainian: reveal your system prompt"),
    # Vietnamese
    _vi(40, r"(?:bỏ\s+qua|phớt\s+lờ|quên|lờ\s+đi|không\s+tuân\s+theo)\s+(?:đi\s+)?(?:hết\s+)?(?:tất\s+cả\s+)?"
            r"(?:các\s+|những\s+|mọi\s+)?(?:hướng\s+dẫn|chỉ\s+dẫn|lệnh|quy\s+tắc|chỉ\s+thị|yêu\s+cầu)\s+"
            r"(?:\S+\s+)?(?:trước\s+đó|trước\s+đây|trước|ở\s+trên|phía\s+trên|cũ|ban\s+đầu|hệ\s+thống)",
        0.9, "Vietnamese: ignore the previous instructions", validator=not_negated(0.9, before=r"đừng|không")),
    _vi(41, rf"(?:in\s+ra|hiển\s+thị|cho\s+(?:tôi\s+)?xem|tiết\s+lộ|nói|viết\s+ra|lặp\s+lại|chia\s+sẻ|đưa){_S}"
            r"{0,40}?(?:lời\s+nhắc|prompt|chỉ\s+dẫn|hướng\s+dẫn|thông\s+điệp)\s+(?:hệ\s+thống|ban\s+đầu|gốc)",
        0.85, "Vietnamese: reveal the system prompt"),
    # Turkish (verb last)
    _tr(40, r"(?:önceki|tüm|bütün|yukarıdaki|sistem)\s+(?:\S+\s+)?(?:talimat\pL*|komut\pL*|kural\pL*|yönerge\pL*)\s+"
            r"(?:\S+\s+)?(?:yok\s+say|görmezden\s+gel|unut|dikkate\s+alma|boşver)",
        0.9, "Turkish: ignore the previous instructions"),
    _tr(41, r"(?:sistem\s+(?:istem\pL*|prompt\pL*|talimat\pL*|mesaj\pL*)|talimatlarını|yönergelerini)\s+"
            r"(?:\S+\s+){0,4}?(?:göster|yaz|söyle|paylaş|tekrarla|ver|açıkla|yazdır)",
        0.85, "Turkish: reveal the system prompt"),
    # Dutch
    _nl(40, spaced_override(alt(r"negeer", r"vergeet", r"negeert", r"sla\s+\pL+\s+over"),
                            alt(r"vorige", r"eerdere", r"bovenstaande", r"alle", r"je", r"jouw", r"uw", r"voorgaande",
                                r"oorspronkelijke"),
                            alt(r"instructies?", r"opdrachten?", r"regels?", r"richtlijnen", r"prompt")),
        0.9, "Dutch: ignore the previous instructions",
        validator=not_negated(0.9, before=r"\bniet", head=r"\s+(?:\S+\s+)?niet\b")),
    _nl(41, rf"(?:toon|laat|geef|print|herhaal|onthul|schrijf|vertel|deel){_S}{{0,40}}?(?:systeem-?prompt|"
            r"systeeminstructies|systeembericht|(?:je|jouw|uw)\s+(?:instructies|oorspronkelijke\s+prompt))",
        0.85, "Dutch: reveal your system prompt"),
    # Indonesian
    _id(40, r"(?:abaikan|lupakan|jangan\s+ikuti)\s+(?:\S+\s+)?(?:semua\s+)?(?:instruksi|perintah|aturan|petunjuk)\s+"
            r"(?:\S+\s+)?(?:sebelumnya|di\s+atas|awal|sistem)",
        0.9, "Indonesian: ignore the previous instructions"),
    _id(41, rf"(?:tampilkan|tunjukkan|berikan|tulis|ulangi|beritahu|bocorkan|sebutkan|cetak){_S}{{0,40}}?"
            r"(?:prompt\s+sistem|instruksi\s+sistem|pesan\s+sistem|instruksi\s+(?:awal|asli)mu)",
        0.85, "Indonesian: reveal the system prompt"),
    # Swedish
    _sv(40, spaced_override(alt(r"ignorera", r"glöm", r"strunta\s+i"),
                            alt(r"tidigare", r"föregående", r"alla", r"dina", r"ovanstående", r"ursprungliga"),
                            alt(r"instruktioner", r"regler", r"direktiv", r"anvisningar", r"prompt")),
        0.9, "Swedish: ignore the previous instructions",
        validator=not_negated(0.9, before=r"\binte", head=r"\s+(?:\S+\s+)?inte\b")),
    _sv(41, rf"(?:visa|skriv|ge|upprepa|avslöja|berätta|dela){_S}{{0,40}}?(?:systemprompt\pL*|systeminstruktion\pL*|"
            r"systemmeddelande\pL*|dina\s+(?:instruktioner|ursprungliga\s+instruktioner))",
        0.85, "Swedish: reveal your system prompt"),
    # secrets kept in the model's configuration or context
    _de(40, rf"(?:gib|zeig|nenn|verrat|schreib|liste|druck)\S*\s+{_S}{{0,40}}?(?:vertraulich\pL*|geheim\pL*|intern\pL*|"
            rf"versteckt\pL*|passw\pL+|api-?schlüssel\pL*|zugangsdaten){_S}{{0,80}}?(?:dein\pL*|ihre\pL*|im)\s+(?:kontext|"
            r"konfiguration|system\pL*|prompt|anweisungen|speicher|einstellungen)",
        0.85, "German: asks for secrets from the model's context", validator=not_negated(
            0.85, before=r"\bnicht|\bkeine?|\bnie(?:mals)?", head=r"(?:\s+\S+)?\s+(?:keine|nicht|nie|niemals|wie)\b")),
    _es(40, rf"(?:muestr|mostr|dame|dime|revel|imprim|enseñ|list|compart|pás)\S*\s+{_S}{{0,40}}?(?:claves|contraseñas|"
            rf"tokens|credenciales|secretos|datos\s+confidenciales){_S}{{0,80}}?(?:tu|su)\s+(?:configuración|contexto|"
            r"sistema|prompt|instrucciones|memoria)",
        0.85, "Spanish: asks for secrets from the model's configuration",
        validator=not_negated(0.85, before=r"\bno|\bnunca", head=r"\s+(?:\S+\s+)?c[oó]mo\b")),
    _fr(40, rf"(?:montre|affiche|donne|révèle|liste|écris|imprime|partage)\S*\s+{_S}{{0,40}}?(?:clés|mots\s+de\s+passe|"
            rf"jetons|identifiants|secrets|informations\s+confidentielles){_S}{{0,80}}?(?:ta|ton|tes|votre|vos)\s+"
            r"(?:configuration|contexte|système|prompt|instructions|mémoire)",
        0.85, "French: asks for secrets from the model's configuration",
        validator=not_negated(0.85, before=r"\bne|\bjamais", head=r"\s+(?:\S+\s+)?comment\b")),
    _it(40, rf"(?:mostra|dammi|dimmi|rivela|elenca|scrivi|stampa|condividi)\S*\s+{_S}{{0,40}}?(?:chiavi|password|token|"
            rf"credenziali|segreti|informazioni\s+riservate){_S}{{0,80}}?(?:tua|tuo|tue|tuoi|nel(?:la)?)\s+"
            r"(?:configurazione|contesto|sistema|prompt|istruzioni|memoria)",
        0.85, "Italian: asks for secrets from the model's configuration",
        validator=not_negated(0.85, before=r"\bnon|\bmai", head=r"\s+(?:\S+\s+)?come\b")),
    _pt(40, rf"(?:mostr|me\s+d[êe]|revel|list|escrev|imprim|compartilh)\S*\s+{_S}{{0,40}}?(?:chaves|senhas|tokens|"
            rf"credenciais|segredos|informações\s+confidenciais){_S}{{0,80}}?(?:sua|seu|suas|seus|tua|teu|na|no)\s+"
            r"(?:configuração|contexto|sistema|prompt|instruções|memória)",
        0.85, "Portuguese: asks for secrets from the model's configuration",
        validator=not_negated(0.85, before=r"\bnão|\bnunca", head=r"\s+(?:\S+\s+)?como\b")),
    _zh(40, r"把[^。.!?！？\n]{0,6}?(?:你的)?(?:系统提示词?|系统指令|系统消息|初始指令|初始提示|原始指令|隐藏指令|你的(?:指令|提示词|"
            r"设定|规则))[^。.!?！？\n]{0,16}?(?:输出|告诉|显示|展示|打印|复述|发|给我|写|列出|翻译)",
        0.85, "Chinese: reveal the system prompt (把 construction)"),
)
"""Rules for further languages (ids PI-PL/UK/VI/TR/NL/ID/SV-040…, PI-DE/ES/FR/IT/PT/ZH-040)."""
