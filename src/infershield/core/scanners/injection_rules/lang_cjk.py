"""Chinese, Japanese and Korean injection rules (ids PI-ZH/JA/KO-NNN, II-ZH/JA/KO-NNN).

Chinese puts the verb first ("忽略上述指令"); Japanese and Korean put it last ("上記の指示を無視して",
"이전 지시를 무시하고"). Normalization turns full-width punctuation into ASCII (``，`` → ``,``, ``：`` → ``:``).
"""

from __future__ import annotations

import regex

from infershield.core.rules import Rule
from infershield.core.scanners.injection_rules.build import II, PI, Table, alt, cjk_override, scaled

_zh = Table(PI, "PI-ZH")
_zhi = Table(II, "II-ZH")
_ja = Table(PI, "PI-JA")
_jai = Table(II, "II-JA")
_ko = Table(PI, "PI-KO")
_koi = Table(II, "II-KO")

_S = r"[^。.!?！？\n]"

_ZH_VERB = alt(
    r"忽略", r"忽视", r"无视", r"不要理会", r"不用理会", r"别理会", r"不理会", r"忘记", r"忘掉", r"忘了", r"抛开", r"撇开",
    r"不要遵守", r"不必遵守", r"无需遵守", r"停止遵循", r"不要遵循", r"不要执行", r"丢弃",
)
_ZH_QUAL = alt(
    r"之前", r"以前", r"先前", r"此前", r"上述", r"上面", r"以上", r"前面", r"前述", r"上文", r"刚才", r"原来", r"原先",
    r"原始", r"初始", r"所有", r"全部", r"一切", r"你的", r"系统", r"这个", r"该", r"我的", r"此", r"这条", r"这些",
)
_ZH_TARGET = alt(
    r"指令", r"指示", r"说明", r"规则", r"提示词?", r"命令", r"要求", r"设定", r"规定", r"限制", r"问题", r"内容", r"对话",
    r"任务", r"约束", r"准则", r"提问", r"信息", r"消息",
)
_ZH_SAY = r"(?:输出|复述|重复|回答|说|打印|回复|写)"

_JA_VERB = alt(r"無視", r"忘れ", r"従わ", r"破棄", r"スキップ", r"気にせず", r"気にしないで", r"無かったことに")
_JA_QUAL = alt(
    r"以前の", r"前の", r"上記の?", r"上の", r"これまでの", r"先ほどの", r"今までの", r"すべての", r"全ての", r"全部の",
    r"最初の", r"元の", r"あなたの", r"システムの?", r"この", r"私の", r"その",
)
_JA_TARGET = alt(
    r"指示", r"命令", r"指令", r"プロンプト", r"ルール", r"規則", r"設定", r"質問", r"コマンド", r"ディレクティブ",
    r"注意事項", r"制約", r"制限", r"指図", r"リクエスト", r"要求",
)
_JA_ABOVE = alt(r"上記の?", r"上の", r"前の", r"以上の", r"先ほどの", r"これまでの")
_JA_SOFT_TARGET = alt(r"問題", r"注意", r"警告", r"内容", r"文章", r"テキスト")
_JA_SAY = r"(?:出力|繰り返|言って|答えて|入力|書いて|アウトプット)"

_KO_VERB = alt(r"무시", r"잊어", r"잊고", r"잊으", r"따르지", r"신경\s*쓰지", r"건너뛰")
_KO_QUAL = alt(
    r"이전", r"앞의", r"앞선", r"위의", r"위에", r"상기", r"기존", r"모든", r"지금까지의?", r"처음의?", r"원래의?",
    r"너의", r"당신의", r"시스템",
)
_KO_TARGET = alt(r"지시", r"지침", r"명령", r"프롬프트", r"규칙", r"설정", r"질문", r"지시사항", r"명령어")

_ZH_NEGATED = regex.compile(r"(?:不|别|没|未|勿|莫|不要|不能|不应|不可|切勿|不会|没有|不得|我|他|她|它|我们|他们|她们)$")
_VERB_LAST_NEGATED = regex.compile(r"^(?:し(?:ない|ません|ちゃ|てはいけ|ました|た|ていた|ている)|せず|できない|されない|"
                                   r"られない|ないで|ない|ません|ました|た|てしま|ていた|ている|"
                                   r"하지\s*(?:마|말|않)|지\s*(?:마|말|않)|했|한\s|하고\s*있)")


def _zh_imperative(text: str, m: regex.Match[str]) -> tuple[float, str] | None:
    """Drops "不要忽略这个问题" (don't ignore this issue) and "我忘记了之前的问题" (I forgot the question)."""
    if _ZH_NEGATED.search(text[max(0, m.start() - 3) : m.start()]):
        return None
    return 0.9, "imperative override"


def _verb_last_imperative(text: str, m: regex.Match[str]) -> tuple[float, str] | None:
    """Drops "上記の指示を無視しないで" (don't ignore the instructions) and "무시하지 마" (don't ignore)."""
    if _VERB_LAST_NEGATED.match(text[m.end() : m.end() + 8]):
        return None
    return 0.9, "imperative override"


RULES: tuple[Rule, ...] = (
    _zh(1, cjk_override(_ZH_VERB, _ZH_QUAL, _ZH_TARGET, verb_last=False), 0.9,
        "Chinese: ignore the previous/above instructions", validator=scaled(_zh_imperative)),
    _zh(2, rf"(?<![不别没勿我他她])(?:忽略|无视|忘记|忘掉|不要理会)(?:掉)?(?:上述|以上|上面|前面|之前|刚才)(?:的)?{_S}{{0,6}}?[,;，、]?{_S}{{0,8}}?"
           rf"(?:直接|只|仅|现在|请)+{_ZH_SAY}",
        0.9, "Chinese: ignore the above and output directly",
        trigger=r"(?:忽略|无视|忘记|忘掉|不要理会)(?:掉)?(?:上述|以上|上面|前面|之前|刚才)"),
    _zh(3, rf"(?:不要|不用|无需|不必|别|不需要)[^。\n]{{0,3}}?(?:回答|作答|回复|选择|解释)[^。\n]{{0,20}}?(?:直接|只|仅|请)*"
           rf"{_ZH_SAY}",
        0.85, "Chinese: don't answer, just output"),
    _zh(4, rf"(?:告诉我|显示|展示|输出|打印|重复|透露|泄露|说出|给我看|列出|复述|公开|翻译){_S}{{0,8}}?(?:系统提示词?|"
           rf"系统指令|系统消息|初始指令|初始提示|原始指令|原始提示|隐藏指令|你的(?:指令|提示词|设定|规则|初始))",
        0.85, "Chinese: reveal your system prompt"),
    _zh(5, r"你(?:现在)?(?:不再是|已经不是)(?:一个|一名)?(?:AI|人工智能|助手|助理|聊天机器人|语言模型|机器人)", 0.85,
        "Chinese: you are no longer an assistant"),
    _zh(6, r"从现在(?:开始|起)[,，]?\s*你(?:将|要|是|必须|会|只|就是|应该)", 0.65, "Chinese: from now on you will…"),
    _zh(7, r"(?:假装|假设|想象)你(?:没有|不受)(?:任何)?(?:限制|规则|约束|审查|道德)", 0.85,
        "Chinese: pretend you have no restrictions"),
    _zh(8, r"你(?:不再|无需|不必|不用)(?:受|遵守|遵循)(?:任何)?(?:限制|规则|约束|准则|指令)", 0.85,
        "Chinese: you no longer need to follow rules"),
    _zh(12, r"不要(?:添加|加)(?:任何)?(?:其他)?(?:词汇|字词|词语|修饰)[^\n]{0,40}?(?:引号|前缀)[^\n]{0,40}?(?:复述|重复|输出|回答)",
        0.8, "Chinese: forced verbatim output (no extra words, no quotes)"),
    _zh(9, r"新(?:的)?(?:系统)?(?:指令|指示|命令)\s*:", 0.82, "Chinese: 'New instructions:' header"),
    _zh(10, r"(?:现在)?你的(?:新|真正的?)?任务(?:是|变成)", 0.7, "Chinese: your new task is"),
    _zh(11, r"(?:我是|作为)你的(?:开发者|开发人员|管理员|创造者|程序员)", 0.65, "Chinese: claims to be the developer"),
    _ja(1, cjk_override(_JA_VERB, _JA_QUAL, _JA_TARGET, verb_last=True), 0.9,
        "Japanese: ignore the previous/above instructions", validator=scaled(_verb_last_imperative)),
    _ja(2, rf"(?:答えずに|答えないで|回答せずに|回答しないで|選択せずに|答える必要は(?:ありません|ない)|答えを急がず)"
           rf"[^。\n]{{0,40}}?(?:{_JA_SAY}|入力|」)",
        0.85, "Japanese: don't answer, just output"),
    _ja(3, rf"(?:システムプロンプト|システムメッセージ|初期(?:の)?(?:指示|プロンプト)|元の指示|隠された指示|あなたの(?:指示|"
           rf"設定|プロンプト)){_S}{{0,10}}?(?:教えて|表示|見せて|出力|繰り返|公開|開示|書き出|印刷|言って)",
        0.85, "Japanese: reveal your system prompt"),
    _ja(4, rf"あなたは(?:もう|もはや){_S}{{0,12}}?(?:AI|アシスタント|チャットボット|言語モデル|ボット){_S}{{0,6}}?"
           rf"(?:ではありません|じゃない|ではない)",
        0.85, "Japanese: you are no longer an assistant"),
    _ja(5, r"(?:制限|ルール|規則|制約)(?:が|の)?(?:ない|無い)(?:ふり|かのように|ものとして)", 0.85,
        "Japanese: pretend you have no restrictions"),
    _ja(6, r"新しい(?:システム)?(?:指示|命令|指令)\s*:", 0.82, "Japanese: 'New instructions:' header"),
    _ja(10, cjk_override(_JA_VERB, _JA_ABOVE, _JA_SOFT_TARGET, verb_last=True), 0.88,
        "Japanese: ignore the problems/text above", validator=scaled(_verb_last_imperative)),
    _ja(8, r"(?:は|を)?忘れて[、,]\s*(?:\S{0,8}?)「", 0.8, "Japanese: forget that and say this"),
    _ja(9, r"(?:追加の|他の|それ以外の)(?:単語|言葉)[^。\n]{0,20}?(?:引用符|接頭辞|接頭語)[^\n]{0,60}?(?:繰り返|出力|言い換え)",
        0.8, "Japanese: forced verbatim output (no extra words, no quotes)"),
    _ja(7, r"(?:今から|これから|今後)(?:は)?[,、]?\s*あなたは", 0.55, "Japanese: from now on you…"),
    _ko(1, cjk_override(_KO_VERB, _KO_QUAL, _KO_TARGET, verb_last=True), 0.9,
        "Korean: ignore the previous instructions", validator=scaled(_verb_last_imperative)),
    _ko(2, rf"(?:대답하지|답하지|답변하지|응답하지)\s*말고{_S}{{0,15}}?(?:출력|말해|반복|써|작성)", 0.85,
        "Korean: don't answer, just output"),
    _ko(3, rf"(?:시스템\s*프롬프트|시스템\s*메시지|초기\s*(?:지시|프롬프트)|원래\s*지시|숨겨진\s*지시|너의\s*지시|당신의\s*지시)"
           rf"{_S}{{0,12}}?(?:보여|알려|출력|공개|반복|말해|밝혀)",
        0.85, "Korean: reveal your system prompt"),
    _ko(4, rf"(?:너는|당신은)\s*(?:이제|더\s*이상){_S}{{0,15}}?(?:AI|어시스턴트|비서|챗봇|언어\s*모델){_S}{{0,5}}?(?:아니|아닙)",
        0.85, "Korean: you are no longer an assistant"),
    _ko(5, r"(?:제한|규칙|제약)(?:이|이\s*전혀)?\s*없는\s*(?:척|것처럼)", 0.85, "Korean: pretend you have no restrictions"),
    _ko(6, r"새로운\s*(?:지시|명령|지침)\s*:", 0.82, "Korean: 'New instructions:' header"),
    _ko(7, r"(?:지금부터|이제부터)\s*(?:너는|당신은)", 0.55, "Korean: from now on you…"),
)

INDIRECT: tuple[Rule, ...] = (
    _zhi(1, r"(?:给|致|对)(?:AI|人工智能|助手|模型|语言模型|大模型|智能体|机器人|聊天机器人)(?:的)?(?:说明|提示|指令|备注|注意|消息)\s*:",
         0.88, "Chinese: note addressed to the AI"),
    _zhi(2, r"如果你是(?:一个)?(?:AI|人工智能|语言模型|大模型|助手|聊天机器人|智能体|LLM)", 0.88,
         "Chinese: 'if you are an AI…'"),
    _zhi(3, r"(?:不要|别|切勿|请勿)(?:告诉|提及|透露|通知|让)用户", 0.8, "Chinese: do not tell the user"),
    _zhi(4, r"(?:AI|人工智能|助手|模型|大模型)(?:在)?(?:阅读|总结|处理|翻译|看到)(?:此|这|本)", 0.8,
         "Chinese: text addressing an AI that reads it"),
    _jai(1, r"(?:AI|人工知能|アシスタント|モデル|言語モデル|チャットボット|エージェント)(?:へ|に|宛て)の(?:注意|メモ|指示|メッセージ|お知らせ)\s*:",
         0.88, "Japanese: note addressed to the AI"),
    _jai(2, r"(?:あなたが|もしあなたが)(?:AI|人工知能|言語モデル|アシスタント|チャットボット|LLM)(?:なら|であれば|の場合)", 0.88,
         "Japanese: 'if you are an AI…'"),
    _jai(3, r"ユーザー(?:に|には)(?:伝え|言わ|知らせ|教え)(?:ないで|るな|ず)", 0.8, "Japanese: do not tell the user"),
    _koi(1, r"(?:AI|인공지능|어시스턴트|모델|언어\s*모델|챗봇|에이전트)(?:에게|를\s*위한)\s*(?:메모|지시|메시지|참고|알림)\s*:",
         0.88, "Korean: note addressed to the AI"),
    _koi(2, r"(?:당신이|네가|너가)\s*(?:AI|인공지능|언어\s*모델|어시스턴트|챗봇|LLM)(?:라면|이라면)", 0.88,
         "Korean: 'if you are an AI…'"),
    _koi(3, r"사용자(?:에게|한테)\s*(?:알리지|말하지|언급하지)\s*(?:마|말)", 0.8, "Korean: do not tell the user"),
)
