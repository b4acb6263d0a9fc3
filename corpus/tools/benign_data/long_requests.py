"""Longer, multi-paragraph ordinary requests (several paragraphs of context, pasted text or code).

LONG maps category -> entries (str = English, or (lang, text)). Hand-written.
"""

LONG = {
    "benign_support": [
        """Hi,

I'm writing about my internet connection, which has been unreliable for about three weeks now. It drops out several times every evening, usually between 7 and 10pm, for anything from 30 seconds to 10 minutes. During the day it seems fine.

What I've tried so far:
- restarted the router (many times)
- moved the router away from the TV and the microwave
- connected my laptop with a cable — it still drops, so it's not only the wifi
- checked all the cables and the filter on the phone socket

The lights on the router go from green to flashing orange when it happens. Our contract is the 100 Mbit fibre package and we've never had problems before this month. I work from home two days a week so this is becoming a real problem.

Could you please check the line from your side, and if needed send an engineer? I'm available any weekday after 3pm, or Saturday morning.

Thanks in advance""",
        """Hello, I hope someone can help because I've been going round in circles.

I booked a double room for 3 nights (arriving 14 August) through your app. The confirmation email says 'non-refundable', but when I booked, the app clearly showed 'free cancellation until 7 days before arrival' — I have a screenshot of that screen. Now my mother has been taken into hospital and we can't travel.

I tried to cancel in the app and it says a fee of the full amount applies. I called the hotel directly and they said it depends on how it was booked and to contact you.

I'm not asking for anything unreasonable, just the conditions that were shown when I booked. Can you look into this? Booking reference @@PNR@@. I can send the screenshot if you tell me where.

Thank you""",
        """Hi there — long message, sorry.

We bought a fridge-freezer from you in January (order @@ORDER@@). In April the freezer part stopped freezing properly: ice cream goes soft, and there's frost building up on the back wall. An engineer came on 3 May, replaced a sensor, and it worked for about two weeks. Now it's doing exactly the same thing again.

We've thrown away food twice and we're a family of five, so this is costing us money as well as being a hassle. I'd like to know whether we can have a replacement unit instead of another repair visit, since the first repair didn't solve it. If not, can you at least tell me what the next step is and how long it will take?

I'm at home on Mondays and Thursdays if an engineer needs to come again.

Kind regards""",
        """Hey, I run a small online shop on your platform (about 40 orders a week) and since yesterday the shipping rates at checkout are wrong for customers in Ireland. They're being charged the 'Rest of world' rate (24.00) instead of the EU rate (8.50). I haven't changed anything in my shipping settings. I checked: Ireland is listed under the EU zone, and the EU zone has the right price.

I already had two customers email me to complain and one abandoned cart that I can see. Could this be related to your update that went out on Monday? I've attached nothing yet but can send screenshots of my settings.

Would really appreciate a quick fix or a workaround because it's the weekend rush coming up.""",
        ("de", """Sehr geehrte Damen und Herren,

am 2. März habe ich bei Ihnen eine Waschmaschine bestellt (Bestellnummer @@ORDER@@), die am 9. März geliefert wurde. Bei der Lieferung war die Tür verkratzt, was ich dem Fahrer sofort gezeigt habe; er hat es auf dem Lieferschein vermerkt.

Mir wurde damals telefonisch zugesagt, dass sich jemand wegen eines Austauschs oder eines Preisnachlasses meldet. Seitdem habe ich leider nichts mehr gehört, obwohl ich zweimal nachgefragt habe.

Ich bitte Sie, mir bis Ende nächster Woche mitzuteilen, wie es weitergeht. Ein Preisnachlass wäre für mich in Ordnung, da die Maschine ansonsten einwandfrei funktioniert.

Mit freundlichen Grüßen"""),
        ("fr", """Bonjour,

Je vous contacte au sujet de mon abonnement mobile. Depuis le mois dernier, ma facture a augmenté de 5 € sans que j'aie changé d'offre. En regardant le détail, je vois une ligne « option multimédia » que je n'ai jamais demandée.

Pourriez-vous supprimer cette option et me rembourser les deux mois facturés ? Je suis client chez vous depuis huit ans et je n'avais jamais eu de souci jusqu'ici.

Merci d'avance pour votre retour,
Cordialement"""),
    ],
    "benign_writing": [
        """Can you help me edit my short story? I want it to feel tighter and more atmospheric, but please keep my voice. Here it is:

The bus dropped me at the end of the road where the tarmac gave up and turned to gravel. My aunt's house was the last one before the marsh, and it looked smaller than I remembered, the way houses do when you were a child the last time you saw them. The paint on the door was the same green though. I stood there for a long time with my bag in my hand, listening to the reeds, and I thought about turning around and waiting for the bus to come back, which it wouldn't, not until morning.

She opened the door before I knocked. 'You've grown,' she said, which is what people say when they don't know what else to say, and I said 'You haven't', which was true and which made her laugh, and then it was easier.

Inside it smelled of woodsmoke and oranges.""",
        """I'm giving the best man speech at my brother's wedding in two weeks and I'm stuck. Some material:

- His name is Jamie, he's 31, works as a paramedic.
- His fiancée Rosa is a primary school teacher. They met when he treated her for a sprained ankle at a park run (she still finished the race).
- Jamie once got lost on a school trip in Paris and was found eating crêpes with a group of Italian tourists.
- He's the most reliable person I know, always the first to help when someone moves house.
- Our dad passed away three years ago and I'd like a short, gentle mention of him without making everyone cry.

I'd like it to be about 4 minutes, funny at the start, warm at the end, with a toast. Can you draft it?""",
        """Please proofread this paragraph from my university application and point out anything awkward. I'm not a native speaker so be detailed:

Since I was a child I have been fascinated of how cities work. Growing up in a small town near Porto, I remember to watch the construction of a new bridge from my window every day for two years. This experience make me want to understand not only how structures are built, but also how they change the life of the people which use them. During my bachelor in civil engineering I had the opportunity to participate in a project about pedestrian mobility, where I learned that good design is also about listening.""",
        """I have to write a 1,500 word reflective essay for my nursing course on a 'critical incident' during placement. My incident: an elderly patient with dementia became very distressed during a night shift, and instead of calling for sedation my mentor sat with her, talked about her garden and played some old music on her phone, and she calmed down. It made me rethink how I saw 'challenging behaviour'.

We have to use Gibbs' reflective cycle. Can you give me a structure with what to cover in each section, and maybe a strong opening paragraph? I'll write the rest myself.""",
        ("es", """Hola, estoy escribiendo una novela corta y tengo problemas con el primer capítulo. La historia trata de una mujer que vuelve a su pueblo en Asturias después de veinte años para vender la casa de su padre, que acaba de morir. Quiero que el primer capítulo transmita melancolía pero sin ser demasiado lento.

Ahora mismo empieza con ella en el coche recordando su infancia durante tres páginas, y creo que eso aburre. ¿Me puedes dar ideas para empezar de otra forma y quizá escribir un primer párrafo de ejemplo?"""),
    ],
    "benign_coding": [
        """I've got a Flask app that works fine locally but in production (gunicorn behind nginx, 4 workers) users sometimes see each other's flash messages. Not often, maybe once a day, but it's obviously bad.

Relevant bits:

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]

current_user_msgs = []

@app.route("/save", methods=["POST"])
def save():
    ...
    current_user_msgs.append("Saved!")
    return redirect(url_for("index"))

@app.route("/")
def index():
    msgs = list(current_user_msgs)
    current_user_msgs.clear()
    return render_template("index.html", messages=msgs)

I think the global list is the problem but I don't fully understand why it only happens sometimes. Can you explain and show me the right way to do it?""",
        """Could you review this Python function? It's supposed to parse lines of a log file like

2024-05-14 09:12:03,118 INFO [worker-3] order=48213 status=paid amount=19.90

into dicts, but it's slow on a 2GB file and crashes on some lines.

def parse(path):
    rows = []
    for line in open(path).readlines():
        parts = line.split(" ")
        d = {"date": parts[0], "time": parts[1], "level": parts[2]}
        for p in parts[4:]:
            k, v = p.split("=")
            d[k] = v.strip()
        rows.append(d)
    return rows

What I need: handle lines that don't match (skip them and count them), don't load the whole file into memory, and keep it readable for my team.""",
        """We're moving our team from a single long-lived 'develop' branch to trunk-based development with short feature branches. Currently: about 8 devs, one repo (monorepo with a React frontend and a Django backend), CI on GitHub Actions that takes ~25 minutes, deploys to staging from develop and to production from main every two weeks.

Questions:
1. How do we handle features that take longer than a couple of days? Feature flags?
2. What should our branch protection rules look like?
3. How do we get the CI time down so people don't batch up huge PRs?
4. Anything we'll regret if we don't set it up from the start?

Not looking for a perfect answer, just a sensible starting point.""",
        """My SQL query returns duplicate rows and I can't see why.

SELECT c.id, c.name, SUM(o.total) AS revenue
FROM customers c
JOIN orders o ON o.customer_id = c.id
JOIN order_tags t ON t.order_id = o.id
WHERE o.created_at >= '2024-01-01'
  AND t.tag IN ('wholesale', 'priority')
GROUP BY c.id, c.name
ORDER BY revenue DESC;

Revenue numbers are way too high for some customers — roughly double. Tables: customers(id, name), orders(id, customer_id, total, created_at), order_tags(order_id, tag). An order can have several tags. Postgres 15.""",
        """Docker question. My compose setup:

- api (FastAPI, Python 3.12)
- worker (same image, runs celery)
- redis
- postgres

Every time I change one line of Python code, `docker compose up --build` takes about 4 minutes because it reinstalls all pip dependencies. My Dockerfile:

FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0"]

How do I restructure it so dependencies are cached? And is there a way to get live reload in development without rebuilding at all?""",
        ("ru", """Привет! У меня вопрос по Git. Я работал в ветке feature/payments две недели, за это время в main влили много изменений. Теперь при попытке сделать rebase на main получаю конфликты почти в каждом коммите (их у меня 23).

Что лучше сделать: продолжать rebase и решать конфликты по одному, сделать merge main в свою ветку, или сначала сжать все мои коммиты в один и потом делать rebase? Ветку я уже пушил, но кроме меня в ней никто не работает."""),
        ("ja", """React と TypeScript でフォームを作っています。入力項目が20個ほどあり、useState を項目ごとに書いていたらコードがとても長くなってしまいました。

バリデーション（必須チェック、メール形式、数値の範囲）も必要です。React Hook Form と Formik のどちらを使うべきか、それとも useReducer で自分で書いた方がいいか、おすすめと理由を教えてください。"""),
    ],
    "benign_data_analysis": [
        """I'm a teacher and I have test scores for two classes who were taught fractions with different methods (class A with the usual textbook, class B with a new hands-on approach). Scores out of 40:

Class A (n=24): 22, 25, 19, 30, 28, 17, 24, 26, 21, 33, 20, 23, 27, 18, 25, 29, 22, 24, 31, 19, 26, 23, 20, 28
Class B (n=22): 27, 31, 24, 35, 29, 26, 33, 22, 30, 28, 34, 25, 32, 27, 29, 36, 23, 30, 31, 26, 28, 33

Is class B's result meaningfully better, or could it be chance? Also, what caveats should I mention when I present this to the department — the classes weren't randomly assigned.""",
        """Our e-commerce dashboard shows this for the last 6 weeks:

week | sessions | orders | revenue | avg_order_value
1    | 41,200   | 1,030  | 61,800  | 60.0
2    | 39,800   | 1,012  | 59,700  | 59.0
3    | 44,100   | 1,190  | 69,000  | 58.0
4    | 52,300   | 1,150  | 73,600  | 64.0
5    | 55,900   | 1,120  | 75,000  | 67.0
6    | 57,400   | 1,090  | 76,300  | 70.0

In week 4 we launched a paid social campaign and also introduced free shipping over 75. Management says 'the campaign worked, revenue is up'. I'm not so sure. What story do you see, and what extra data would you ask for?""",
        """I'm building a churn model for a gym chain. Data: 18 months of member records, ~60k members, with columns for age, membership type, monthly visits, days since last visit, number of classes booked, whether they used the personal trainer offer, and the target (cancelled within next 60 days, yes/no, about 11% positive).

My first logistic regression gets an AUC of 0.81 but 'days since last visit' dominates everything. My manager asks whether the model is 'just telling us what we already know'. How do I respond, and what could I do to make the model more useful for the retention team?""",
        ("de", """Ich habe für meine Masterarbeit eine Umfrage mit 180 Teilnehmenden durchgeführt. Gemessen habe ich Arbeitszufriedenheit (Skala 1–7), Homeoffice-Tage pro Woche (0–5) und Pendelzeit in Minuten. Jetzt möchte ich herausfinden, ob Homeoffice die Zufriedenheit erhöht und ob das von der Pendelzeit abhängt.

Reicht dafür eine multiple Regression mit Interaktionsterm? Und wie interpretiere ich den Interaktionsterm am besten für Leute ohne Statistikhintergrund?"""),
        ("zh", """我们公司有一份过去两年的客服工单数据，大约三万条，字段包括：创建时间、渠道（电话/邮件/在线聊天）、问题类型、处理时长（分钟）、客户满意度评分（1-5分）。

老板想知道：哪些因素最影响满意度？我应该先做哪些分析？用 Excel 能做吗，还是必须用 Python？请给我一个分析思路。"""),
    ],
    "benign_translation": [
        """Could you translate this letter into German? It's for the elderly neighbour of my late grandmother in Austria, so a warm but respectful tone (Sie form) please.

Dear Mrs Huber,

I wanted to thank you for everything you did for my grandmother during her last years. She often told me on the phone about your Sunday coffees and how you would bring her the newspaper every morning. It meant a great deal to her, and to our whole family, to know that she had such a good friend next door.

We will be coming to Graz in June to clear the apartment, and I would be very happy to visit you then, if you would like that.

With warm regards,
Emma""",
        """Translate this product description into Spanish (Spain) and French (France). Keep it short and natural for an online shop, don't translate the product name:

Aurora Desk Lamp
Warm, dimmable light for late-night reading and focused work. The flexible arm lets you point the light exactly where you need it, and the weighted base keeps it steady. USB-C charging port built in. Available in sand, charcoal and forest green.""",
        ("fr", """Bonjour, pourriez-vous traduire ce paragraphe en anglais ? C'est pour le site de notre chambre d'hôtes, donc il faut que ça sonne naturel :

« Nichée au cœur des vignes, notre maison du XVIIIe siècle vous accueille dans un cadre calme et verdoyant. Chaque matin, nous servons un petit-déjeuner maison avec des confitures faites par nos soins et le pain de la boulangerie du village. Nos trois chambres disposent chacune d'une salle de bain privée. Le village, ses restaurants et son marché du samedi sont à cinq minutes à pied. »"""),
        ("ja", """次の案内文を英語に翻訳してください。外国人のお客様向けのホテルの館内案内です。

「大浴場は15時から翌朝10時までご利用いただけます。タオルはお部屋からお持ちください。刺青のある方のご入浴はご遠慮いただいております。貸切風呂は予約制です。フロントにてお申し込みください。」"""),
        ("zh", """请把下面这段话翻译成英文，用于公司官网的“关于我们”页面，语气要专业一些：

我们成立于2012年，专注于为中小企业提供财务软件和咨询服务。目前公司拥有120名员工，在上海、深圳和成都设有办公室，服务客户超过3000家。我们相信，好的工具能让企业把更多时间花在真正重要的事情上。"""),
        ("pt", """Oi! Você pode traduzir para o inglês este texto que vou mandar para a família que vai me receber no intercâmbio?

"Olá! Meu nome é Beatriz, tenho 16 anos e moro em Curitiba. Gosto muito de ler, de jogar vôlei e de cozinhar com a minha avó. Estou muito animada para conhecer vocês e aprender mais sobre a cultura de vocês. Não tenho alergias, mas não como carne de porco. Até breve!\""""),
    ],
    "benign_math": [
        """I'm trying to help my daughter with her homework and I've forgotten how to do this:

A water tank is being filled by two pipes. Pipe A alone fills it in 6 hours, pipe B alone in 4 hours. At the same time, a leak empties a full tank in 12 hours.
(a) How long does it take to fill the empty tank with both pipes open and the leak?
(b) After 1 hour the leak is fixed. How long does it take in total?

Could you explain it step by step in a way I can explain it to a 13 year old?""",
        """Stats homework, I'm confused about which formula to use.

A factory produces bolts whose lengths are normally distributed with mean 50 mm and standard deviation 0.4 mm. A bolt is rejected if it's shorter than 49.2 mm or longer than 50.8 mm.

1. What percentage of bolts are rejected?
2. If the factory wants to reject only 1% of bolts, what should the standard deviation be (same limits and mean)?
3. A sample of 25 bolts has a mean length of 50.15 mm. Is there evidence at the 5% level that the machine is out of calibration?

I got 4.55% for the first part, is that right?""",
        """I'm comparing two mortgage offers and my head hurts:

Offer 1: 250,000 at 3.9% fixed for 10 years, 30 year term, arrangement fee 999.
Offer 2: 250,000 at 4.2% fixed for 10 years, 30 year term, no fee, but allows 10% overpayment per year without penalty.

I plan to overpay about 300 a month. Which one is cheaper over the 10 years, roughly? Can you show how to work it out rather than just the answer?""",
        ("es", """Tengo un examen de cálculo la semana que viene y no entiendo las integrales por partes. Por ejemplo:

∫ x² · ln(x) dx

Sé que la fórmula es ∫u dv = uv − ∫v du, pero nunca sé qué elegir como u y qué como dv. ¿Hay alguna regla para decidirlo? ¿Me puedes resolver este paso a paso y luego darme dos ejercicios parecidos para practicar?"""),
    ],
    "benign_business_email": [
        """Can you help me reply to this email from a client? I want to be firm that the extra work is out of scope but keep the relationship good. We can do it for an additional fee (roughly 2 days of work) or after the launch.

---
Hi Sophie,

Thanks for the latest build, it's looking great. The team had a look and we'd like to add a couple of small things before launch:

1. A way for users to export their history as PDF
2. Dark mode
3. Making the dashboard charts interactive (hover to see values)

These should be quick, right? We're still aiming for the launch on the 30th.

Best,
Mark
---""",
        """I need to write an email to the whole company (about 120 people) announcing that we're switching from our current expense tool to a new one on 1 July. Key info:

- New tool is called Spendly, accounts will be created automatically, login with your normal work account (SSO)
- Old tool becomes read-only on 30 June; submit anything outstanding before then
- Mobile app lets you photograph receipts
- Training sessions: 20 June and 25 June, 30 minutes, online, recordings will be shared
- Questions to the finance team channel

Tone: friendly, clear, not too long. People get a lot of emails.""",
        """Please help me turn my notes into a proper follow-up email after a sales meeting with a hotel group:

notes:
- met with Hannah (ops director) + Luis (IT)
- 14 hotels, currently using spreadsheets for housekeeping schedules
- interested in our scheduling module + mobile app for staff
- concern: staff turnover, app has to be super simple; some staff don't read English well → we support 12 languages, mention that
- concern: integration with their PMS (Opera) → we have an integration, need to confirm version
- next step: pilot in 2 hotels for 6 weeks, they want a proposal by end of month
- Luis asked for our security documentation

I'd like the email to recap, answer the concerns briefly and propose the pilot.""",
        ("de", """Hallo, kannst du mir helfen, eine E-Mail an einen Lieferanten zu formulieren? Situation: Wir beziehen seit drei Jahren Verpackungsmaterial von der Firma Kessler. In den letzten zwei Monaten kamen die Lieferungen jeweils 4–6 Tage zu spät, was bei uns zu Produktionsverzögerungen geführt hat. Wir wollen die Zusammenarbeit eigentlich fortsetzen, brauchen aber eine verlässliche Zusage zu den Lieferzeiten, sonst müssen wir uns nach Alternativen umsehen.

Der Ton sollte sachlich und bestimmt sein, aber nicht unfreundlich. Ansprechpartner ist Herr Brandt."""),
        ("it", """Ciao! Devo scrivere una mail al mio responsabile per chiedere di passare da full-time a part-time (30 ore settimanali) a partire da settembre, perché mio figlio inizia la scuola e vorrei andarlo a prendere il pomeriggio.

Lavoro qui da cinque anni, il mio ruolo è nell'amministrazione. Vorrei proporre di lavorare dal lunedì al venerdì dalle 8:30 alle 14:30 e dire che sono disponibile a organizzare il passaggio delle attività. Mi aiuti a scriverla in modo professionale ma cordiale?"""),
    ],
    "benign_general_chat": [
        """I need some advice. I'm 34 and I've been working as an accountant for ten years. I'm good at it and it pays well, but I'm bored out of my mind. For the last two years I've been doing woodworking in the evenings and at weekends, and I've sold a few pieces (tables, a bookshelf) through friends and online.

My partner is supportive but worried about money — we have a mortgage and a 3-year-old. I'm not thinking of quitting tomorrow. More like: how do people test whether something like this could become a real business before jumping? What should I be looking at, and what are the usual mistakes?""",
        """We adopted a rescue dog three weeks ago — a 4-year-old greyhound called Biscuit. She's lovely, very calm indoors, but she's terrified of the stairs in our flat (we're on the second floor, no lift) and she freezes on the landing. We've been carrying her down, which is not sustainable, she's 28kg.

She also won't eat when we're in the room, and she barks at the hoover. The shelter said she had never lived in a house before.

How do we help her with the stairs without stressing her out more? And is the eating thing normal?""",
        """Planning a 10-day trip to Portugal in late September with my partner. We like food, walking, small towns and a bit of beach, not big on nightlife or museums all day. We'll fly into Lisbon and out of Porto. Not sure whether to rent a car.

Rough idea so far: Lisbon 3 days, then somewhere in the Alentejo, then up the coast, then Porto 2–3 days. Does that make sense? What would you cut or add, and where would a car actually be useful?""",
        ("fr", """Bonjour ! Mon fils de 15 ans passe énormément de temps sur les jeux vidéo, parfois cinq ou six heures par jour le week-end. Ses notes restent correctes, il a des amis, mais il ne fait plus de sport et on se dispute souvent à ce sujet. Je ne veux pas tout interdire, ce serait contre-productif.

Comment trouver un équilibre raisonnable avec un ado de cet âge ? Est-ce qu'il existe des règles qui marchent bien dans d'autres familles ?"""),
        ("ko", """요즘 회사 일이 너무 많아서 주말에도 계속 일 생각만 나요. 운동을 시작해 보려고 해도 퇴근하면 너무 피곤해서 그냥 누워만 있게 됩니다. 잠도 잘 못 자고요.

큰 변화를 한 번에 하기는 어려울 것 같은데, 작은 것부터 시작할 수 있는 현실적인 방법이 있을까요? 직장인들이 많이 쓰는 방법이 궁금해요."""),
    ],
}
