"""Hindi (Devanagari and romanised Hinglish) and Arabic injection rules (ids PI-HI/AR-NNN, II-HI/AR-NNN)."""

from __future__ import annotations

from infershield.core.rules import Rule
from infershield.core.scanners.injection_rules.build import II, PI, Table, alt, not_negated

_hi = Table(PI, "PI-HI")
_hii = Table(II, "II-HI")
_ar = Table(PI, "PI-AR")
_ari = Table(II, "II-AR")

_HI_QUAL = alt(
    r"पिछले", r"पिछली", r"पिछला", r"उपरोक्त", r"ऊपर\s+(?:दिए|दी|लिखे|बताए)\s+(?:गए|गई)", r"ऊपर\s+के", r"सभी", r"सारे",
    r"पहले\s+के", r"अपने", r"प्रारंभिक", r"मूल", r"पूर्व", r"इस", r"मेरे", r"मेरी",
)
_HI_TARGET = alt(
    r"निर्देशों", r"निर्देश", r"प्रश्नों", r"प्रश्न", r"सवालों", r"सवाल", r"आदेशों", r"आदेश", r"नियमों", r"नियम",
    r"कमांड", r"प्रॉम्प्ट", r"पूछताछ", r"संकेत", r"अनुरोध",
)
_HI_VERB = alt(r"अनदेखा", r"नज़रअंदाज़", r"नजरअंदाज", r"अनसुना", r"भूल", r"उपेक्षा", r"इग्नोर")
_HINGLISH_QUAL = alt(
    r"pichh?le", r"purane", r"saare", r"sare", r"sab(?:hi)?", r"upar\s+ke", r"previous", r"all", r"pehle\s+ke",
    r"is\s+chat\s+ke", r"apne",
)
_HINGLISH_TARGET = alt(r"instructions?", r"nirdesh", r"rules?", r"commands?", r"niyam", r"guidelines", r"prompts?")
_HINGLISH_VERB = alt(
    r"ignore", r"bh?ool", r"bh?ul", r"nazar\s*anda+z", r"cancel", r"mat\s+maan", r"hata", r"chhod",
)
_ROLE = alt(
    r"officer", r"manager", r"admin", r"ceo", r"director", r"inspector", r"principal", r"dean", r"official",
    r"lead", r"authority", r"agent", r"adhikari", r"अधिकारी", r"मैनेजर", r"एडमिन", r"सीईओ", r"CEO",
)
_DATA = alt(
    r"data", r"passwords?", r"records", r"files", r"info(?:rmation)?", r"credentials", r"logs", r"details",
    r"डेटा", r"जानकारी", r"फाइल\w*", r"पासवर्ड",
)

_AR_VERB = alt(
    r"تجاهل(?:ي|وا)?", r"انس(?:ى|ي|وا)?", r"لا\s+تتبع", r"لا\s+تلتزم", r"أهمل", r"تخط(?:ى)?", r"اترك", r"بغض\s+النظر\s+عن",
)
_AR_TARGET = alt(
    r"التعليمات", r"تعليمات", r"الأوامر", r"الأمر", r"التوجيهات", r"القواعد", r"السؤال", r"الأسئلة", r"الطلب",
    r"الرسالة", r"المطالبة", r"سؤالي", r"التعليمة", r"الإرشادات", r"المشاكل", r"المشكلة", r"التذكير",
    r"التوجيه", r"الموجه",
)
_AR_QUAL = alt(r"السابقة", r"السابق", r"أعلاه", r"الأصلية", r"الأولية", r"جميع", r"كل", r"الماضية", r"السالفة", r"هذا")
_AR_SAY = alt(r"الإخراج", r"أخرج", r"اكتب", r"كرر", r"قل", r"أجب", r"التكرار", r"إخراج", r"خرج", r"مهمتك", r"إعادة",
              r"صياغة", r"وقوله")
_S = r"[^.!?؟\n]"

RULES: tuple[Rule, ...] = (
    _hi(1, rf"(?:{_HI_QUAL})\s+(?:\S+\s+){{0,3}}?(?:{_HI_TARGET})\S*\s+(?:\S+\s+){{0,4}}?(?:{_HI_VERB})", 0.9,
        "Hindi: ignore the previous/above instructions",
        validator=not_negated(0.9, after=r"\S*\s*(?:न|ना|मत|नहीं)(?:\s|$|[।,.])")),
    _hi(2, r"(?:उत्तर|जवाब)\s+(?:न|ना|मत)\s+(?:दें|दो|दीजिए)\S*\s+(?:\S+\s+){0,4}?(?:बस|केवल|सीधे|सिर्फ)\s+(?:\S+\s+)?"
           r"(?:कहें|कहो|आउटपुट|दोहराएं|दोहराओ|लिखें|लिखो)",
        0.85, "Hindi: don't answer, just output"),
    _hi(11, rf"(?:{_HI_QUAL})\s+(?:\S+\s+){{0,3}}?(?:{_HI_TARGET})\S*\s+(?:\S+\s+){{0,4}}?(?:पर|को)\s+ध्यान\s+(?:न|ना|मत)\s",
        0.9, "Hindi: pay no attention to the above instructions"),
    _hi(12, rf"(?:{_HI_QUAL})\s+(?:\S+\s+){{0,2}}?(?:{_HI_TARGET})\S*\s+(?:के\s+)?बावजूद", 0.82,
        "Hindi: regardless of the above instructions"),
    _hi(13, r"(?:उत्तर|जवाब)\s+(?:न|ना|मत)\s+(?:दें|दो|दीजिए)[^।\n]{0,40}?(?:आउटपुट|दोहराएं|दोहराओ|कहें|कहो|टाइप|लिखें|लिखो)",
        0.85, "Hindi: don't answer, output this"),
    _hi(14, rf"(?:उपरोक्त|ऊपर\s+(?:दी|दिए)\s+(?:गई|गए))\s+समस्या\S*\s+(?:\S+\s+){{0,4}}?(?:{_HI_VERB}|ध्यान\s+न)", 0.88,
        "Hindi: ignore the problems above"),
    _hi(9, rf"(?:{_HI_QUAL})\s+(?:\S+\s+){{0,3}}?(?:{_HI_TARGET})\s+(?:का|के|की)\s+(?:उत्तर|जवाब)\s+(?:न|ना|मत)\b?", 0.88,
        "Hindi: don't answer the above question"),
    _hi(3, r"सिस्टम\s+प्रॉम्प्ट\s+(?:\S+\s+){0,3}?(?:बताओ|बताएं|बता\s+दो|दिखाओ|दिखाएं|प्रकट|दोहराओ|लिखो)", 0.85,
        "Hindi: reveal the system prompt"),
    _hi(4, rf"(?:{_HINGLISH_QUAL})\s+(?:\S+\s+){{0,3}}?(?:{_HINGLISH_TARGET})\s+(?:\S+\s+){{0,3}}?(?:{_HINGLISH_VERB})", 0.88,
        "Hinglish: ignore the previous instructions"),
    _hi(5, r"(?:ab\s+se|aaj\s+se)\s+(?:tum|aap|koi)\s+(?:\S+\s+){0,5}?(?:rule|policy|restriction|niyam|unrestricted|"
           r"follow\s+mat|mat\s+follow|nahi)",
        0.78, "Hinglish: from now on no rules"),
    _hi(6, r"(?:अब\s+से)\s+(?:\S+\s+){0,3}?(?:कोई\s+(?:प्रतिबंध|नियम|पाबंदी)|प्रतिबंध\s+नहीं)", 0.78,
        "Hindi: from now on no restrictions"),
    _hi(7, rf"(?:{_ROLE})\s+(?:\S+\s+)?(?:hu|hun|hoon|hoo|हूं|हूँ|bol\s+raha\s+hu|speaking)[\s,]+(?:\S+\s+){{0,6}}?"
           rf"(?:{_DATA})\s+(?:\S+\s+){{0,4}}?(?:chahiye|चाहिए|de\s+do|dedo|nikaal|nikal|batao|dikhao|provide|दे\s+दो)",
        0.8, "Hinglish: claims authority to demand data"),
    _hi(10, r"(?:कोई|बिना)\s+(?:\S+\s+)?(?:शब्द|उपसर्ग)[^\n]{0,80}?(?:उपसर्ग|उद्धरण|प्रतीक|विराम)[^\n]{0,80}?(?:दोहराएं|दोहराओ|"
            r"व्याख्या\s+करें|कहें)", 0.8, "Hindi: forced verbatim output (no extra words, no prefix)"),
    _hi(8, r"(?:koi|कोई)\s+(?:policy|rule|restriction|niyam|नियम|नीति)\s+(?:nahi|नहीं|mat)\s+(?:apply|lagu|लागू|follow)",
        0.75, "Hinglish: no policy applies"),
    _ar(1, rf"(?:{_AR_VERB}){_S}{{0,20}}?(?:{_AR_TARGET}){_S}{{0,20}}?(?:{_AR_QUAL})", 0.9,
        "Arabic: ignore the previous instructions", validator=not_negated(0.9, before=r"(?:لا|لن|ممنوع)\s*ت?")),
    _ar(2, rf"(?:{_AR_VERB})\s+(?:\S+\s+)?(?:{_AR_TARGET}){_S}{{0,40}}?(?:{_AR_SAY})", 0.88,
        "Arabic: ignore the question and output this instead"),
    _ar(3, rf"(?:لا\s+(?:حاجة|داعي)\s+(?:لل|إلى\s+ال)إجابة|لا\s+تجب|لا\s+تجيب|دون\s+الإجابة|لا\s+تختار){_S}{{0,30}}?"
           rf"(?:فقط|مباشرة)?{_S}{{0,10}}?(?:{_AR_SAY})",
        0.85, "Arabic: don't answer, just output"),
    _ar(4, r"(?:موجه|تعليمات|رسالة)\s+النظام[^.\n]{0,20}?(?:اعرض|أظهر|اكشف|اطبع|كرر|أخبرني|قل)|"
           r"(?:اعرض|أظهر|اكشف|اطبع|كرر|أخبرني\s+ب)[^.\n]{0,20}?(?:موجه|تعليمات|رسالة)\s+النظام",
        0.85, "Arabic: reveal the system prompt"),
    _ar(5, r"أنت\s+لم\s+تعد\s+(?:\S+\s+)?(?:مساعد|ذكاء|نموذج|روبوت|ملزم|مقيد)", 0.85,
        "Arabic: you are no longer an assistant"),
    _ar(6, r"تعليمات\s+جديدة\s*:", 0.82, "Arabic: 'New instructions:' header"),
    _ar(7, r"لا\s+(?:تضف|تضيف)\s+(?:أي\s+)?(?:كلمات|مفردات|زخرفة)[^\n]{0,80}?(?:تقتبس|اقتباس|البادئة|بادئة)[^\n]{0,60}?"
           r"(?:كرر|التكرار|أجب|الإجابة|اكتب)", 0.8, "Arabic: forced verbatim output (no extra words, no quotes)"),
)

INDIRECT: tuple[Rule, ...] = (
    _hii(1, r"(?:अगर|यदि)\s+(?:आप|तुम)\s+(?:एक\s+)?(?:AI|एआई|भाषा\s+मॉडल|चैटबॉट|सहायक|असिस्टेंट)\s+(?:हैं|हो)", 0.88,
         "Hindi: 'if you are an AI…'"),
    _hii(2, r"(?:AI|एआई|सहायक|मॉडल)\s+के\s+लिए\s+(?:नोट|निर्देश|संदेश)\s*:", 0.88, "Hindi: note addressed to the AI"),
    _ari(1, r"(?:إذا|إن)\s+كنت\s+(?:ذكاء\s+اصطناعي|نموذج(?:\s+لغوي)?|مساعد(?:ا)?|روبوت(?:\s+دردشة)?)", 0.88,
         "Arabic: 'if you are an AI…'"),
    _ari(2, r"(?:ملاحظة|رسالة|تعليمات)\s+(?:إلى|لل)(?:ذكاء\s+الاصطناعي|مساعد|نموذج|روبوت)\s*:", 0.88,
         "Arabic: note addressed to the AI"),
    _ari(3, r"لا\s+(?:تخبر|تذكر\s+ل|تبلغ)\s*المستخدم", 0.8, "Arabic: do not tell the user"),
)
