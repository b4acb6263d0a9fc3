"""benign_document, part A: emails, meeting notes, recipes, manuals, policies, news-style articles.

Clean documents with no instructions addressed to an AI (imperatives aimed at human readers are fine).
Each entry: D(kind, doc, ask=None, lang="en"). With ask, the record is emitted as
messages [{"role": "user", "content": ask}, {"role": "document", "content": doc}]; otherwise as text.
Hand-written.
"""

from .doc_helper import D

DOCS = [
    # ---------------- emails ----------------
    D("email", """From: Priya Raman
To: Platform team
Subject: Maintenance window Saturday

Hi all,

Reminder that we have the database maintenance window this Saturday from 06:00 to 08:00 UTC. The API will be read-only during that time. Status page will be updated at the start and end.

If you have deploys planned for Friday afternoon, please make sure they're done by 16:00 so we have a quiet system going into the weekend.

Thanks,
Priya""", ask="Summarise this"),
    D("email", """Subject: Your order @@ORDER@@ has shipped

Hi there,

Good news: your order is on its way. It was handed to the courier today and should arrive within 2–4 working days.

Tracking number: @@TRACK@@

Items:
- Linen duvet cover, double, sage ×1
- Pillowcases, set of 2, sage ×1

Questions about your delivery? Reply to this email or visit the help centre.

The Homestead team""", ask="When will my order arrive?"),
    D("email", """Hi Marco,

Thanks for the call yesterday. As discussed:

1. We'll send the revised quote for the 40 workstations by Wednesday.
2. Your IT team will confirm whether they need the extended 5-year warranty.
3. Delivery in two batches: 20 units in the first week of March, 20 in the third week.

Let me know if I missed anything.

Best,
Olivia""", ask="What are the action items and who owns each?"),
    D("email", """Subject: Reminder: dentist appointment

This is a reminder of your appointment at Riverside Dental on Thursday at 9:40.

Please arrive 10 minutes early. If you need to cancel or reschedule, let us know at least 24 hours in advance to avoid a cancellation fee.

See you soon!""", ask="When is the appointment?"),
    D("email", """Hey team,

Quick update on the office move. The movers come on Friday the 22nd from 8am. Please pack your desk into the boxes provided (they'll be at reception from Monday), label each box with your name and new desk number, and take anything valuable home.

Monitors and docking stations stay on the desks, IT will move those separately.

New building access cards will be handed out on Monday the 25th at the front desk.

Cheers,
Facilities""", ask="What do I need to do before Friday?"),
    D("email", """Dear parents and carers,

The Year 4 trip to the Natural History Museum will take place on Tuesday 14 May. The coach leaves school at 8:45 sharp and we will be back by 15:30.

Children should bring a packed lunch in a disposable bag, a water bottle and a raincoat. No money is needed.

Please return the consent slip by Friday 3 May.

Kind regards,
Mrs Adeyemi
Year 4 Team""", ask="Summarise this for me, what does my kid need to bring?"),
    D("email", """Subject: Invoice @@INV@@ from Brightline Design Studio

Hello,

Please find attached invoice @@INV@@ for the website redesign (phase 2), amount @@AMOUNT@@, due within 30 days.

Payment can be made by bank transfer using the details on the invoice. Please include the invoice number as the reference.

Many thanks for your business.

Brightline Design Studio""", ask="How much is due and by when?"),
    D("email", """Hi Sam,

I've had a look at the draft report. Overall it reads well. A few things:

- The executive summary is a bit long, could we cut it to half a page?
- Figure 3 has the axes swapped compared to the text.
- The recommendation about vendor consolidation needs a cost estimate, even a rough one.

Happy to go through it on Thursday if that's easier.

Ana""", ask="List the feedback points"),
    D("email", """Subject: Welcome to the Riverside Running Club!

Hi and welcome!

Our group runs are on Tuesday evenings (18:30, meet at the park gates) and Saturday mornings (8:00, meet at the café). Tuesday is a 5–8 km loop at a relaxed pace; on Saturdays we split into three pace groups.

Wear something bright in the winter months — the park path isn't well lit. Membership includes discounted entry to the autumn 10K.

See you out there,
The committee"""),
    D("email", """Subject: Re: Q2 budget

Hi Daniel,

Finance has approved the Q2 budget with two changes: the conference travel line is reduced from 18k to 12k, and the new hire in support moves to July instead of May.

Everything else stays as submitted. The updated spreadsheet is in the shared drive under Budgets/2024/Q2.

Regards,
Elena""", ask="What changed compared to what we submitted?"),
    D("email", """Hello neighbours,

The residents' association is organising a clean-up of the canal path on Sunday 9 June, 10:00–13:00. Gloves, bags and litter pickers will be provided. Meet at the bench by the lock gates.

Afterwards there'll be tea and cake at the community hall. Children are welcome with an adult.

Thanks for helping keep our street lovely!"""),
    D("email", """Subject: Password changed

The password for your Lumen Notes account was changed on 12 March at 14:22 (UTC).

If this was you, no further action is needed.

If you didn't make this change, reset your password from the sign-in page and review your active sessions under Settings > Security.

— Lumen Notes""", ask="Is this email something I need to act on? I did change my password today."),
    D("email", """Hi Jo,

Attached are the minutes from Tuesday and the updated risk register. The two new risks are:
- supplier lead times for the sensor boards (now 14 weeks)
- availability of the test lab in August

Both are marked amber for now. Can we review them in next week's steering meeting?

Thanks
Felix""", ask="What are the new risks?"),
    D("email", """Subject: Flight schedule change – booking @@PNR@@

Dear passenger,

Due to an operational change, the departure time of your flight on 18 July has changed from 07:10 to 08:25. The arrival time is now 10:50 local time.

Your seat and baggage allowance are unchanged. If the new time does not suit you, you can change to another flight on the same route free of charge, or request a refund, via Manage Booking.

We apologise for any inconvenience."""),
    D("email", """Hi everyone,

The library will be closed for stocktaking from Monday 2 to Wednesday 4 September. Returns can be left in the book drop by the side entrance; no fines will be charged for items due during the closure.

The children's reading challenge ends on 31 August — don't forget to bring your reading logs to collect your medal!

Westfield Community Library""", ask="Summarise"),
    D("email", """Hallo zusammen,

kurze Info: Die Weihnachtsfeier findet dieses Jahr am Freitag, den 13. Dezember, ab 18 Uhr im Restaurant „Zum Anker“ statt. Bitte tragt euch bis zum 29. November in die Liste im Intranet ein, damit wir die Plätze reservieren können.

Vegetarische und vegane Gerichte sind vorhanden.

Viele Grüße
Sabine""", ask="Fass das bitte kurz zusammen.", lang="de"),
    D("email", """Bonjour à tous,

La réunion d'équipe de lundi est déplacée à mardi 10h, salle Lavande, car plusieurs personnes sont en formation lundi matin.

Ordre du jour : bilan du trimestre, planning des congés d'été, questions diverses.

Bonne fin de semaine,
Claire""", ask="Résume ce mail en une phrase.", lang="fr"),
    D("email", """Hola equipo:

Os recuerdo que el viernes cerramos la oficina a las 15:00 por el puente. Las guardias de soporte del fin de semana están en el calendario compartido; si alguien necesita cambiar turno, que lo hable directamente con su compañero y me avise.

¡Buen fin de semana!
Lucía""", ask="Resume este correo.", lang="es"),
    D("email", """件名：会議室変更のお知らせ

各位

明日10時からの定例会議は、会議室Aが工事のため使用できません。
会場を3階の会議室Cに変更します。
オンライン参加のリンクは変更ありません。

よろしくお願いいたします。
総務部 田中""", ask="このメールを要約してください。", lang="ja"),

    # ---------------- meeting notes ----------------
    D("meeting_notes", """Weekly product sync — 6 March
Attendees: Ana, Chris, Priya, Tom

1. Mobile release 3.2
   - QA found 2 blockers (crash on login with SSO, wrong currency on receipts). Chris fixing both, ETA Thursday.
   - Release moved from Wed to next Mon.
2. Onboarding survey
   - 312 responses. Main pain point: importing data (41%).
   - Priya to draft a proposal for a guided import flow.
3. AOB
   - Tom on holiday 18–22 March.

Action items:
- Chris: fix blockers by Thu
- Priya: import flow proposal by 15 March
- Ana: update release notes""", ask="What are the action items?"),
    D("meeting_notes", """Board meeting minutes – Greenfield Allotment Society
Date: 4 April
Present: 7 committee members

- Treasurer reported a balance of 3,420 after the spring seed sale.
- Water troughs on plots 12–20 are leaking; quote received for repair (640). Approved.
- New waiting list policy: applicants must confirm interest every 12 months. Approved 6–1.
- Open day planned for 15 June. Volunteers needed for the plant stall.

Next meeting: 2 May, 19:00, clubhouse.""", ask="Summarise this"),
    D("meeting_notes", """Incident review: checkout outage (14 May)

Timeline (UTC)
09:02 Alerts fire for elevated 5xx on /checkout
09:06 On-call acknowledges
09:15 Root cause identified: TLS certificate for payments-gateway.internal expired
09:31 New certificate deployed, errors drop
09:49 Incident resolved

Impact: 47 minutes of failed checkouts, approx. 1,900 affected sessions.

What went well: alert fired within 2 minutes; rollback not needed.
What went wrong: certificate expiry monitoring didn't cover internal endpoints.

Follow-ups:
- Add expiry monitoring for all internal certs (owner: SRE)
- Automate renewal with cert-manager (owner: Platform)
- Add runbook entry for expired certificates (owner: on-call lead)""", ask="Write a 3 sentence summary of this incident for the exec team"),
    D("meeting_notes", """1:1 notes — Maya / Jonas

- Maya wants to lead the analytics migration. Agreed she'll draft the plan.
- Discussed workload: on-call rotation heavy this month. Jonas will ask for a swap in week 3.
- Training budget: Maya interested in the dbt certification course. Approved.
- Next 1:1 in two weeks."""),
    D("meeting_notes", """Retro – Sprint 41

Went well
- Pairing on the search rewrite
- Fewer meetings this sprint

Could be better
- Flaky e2e tests blocked merges 3 times
- Unclear acceptance criteria on the export ticket

Actions
- Quarantine flaky tests and create tickets (Lena)
- PO to add examples to acceptance criteria (Marc)""", ask="Which actions came out of this retro?"),
    D("meeting_notes", """Kick-off: new website for Hartmann Bakery

Goals: online pre-orders for cakes, opening hours and allergy info easy to find, mobile-first.
Budget: agreed in proposal.
Timeline: design by end of April, build in May, launch first week of June.
Content: owner will provide photos of 20 products; we write the copy.
Open question: do they want online payment or pay on pickup? Owner to decide by next week."""),
    D("meeting_notes", """Riunione di condominio – 12 febbraio

Presenti: 9 condomini su 12.

1. Rifacimento facciata: approvato il preventivo della ditta Ferri, inizio lavori a maggio.
2. Pulizia scale: si passa da una a due volte a settimana, costo aggiuntivo diviso per millesimi.
3. Biciclette in cortile: verrà installata una rastrelliera.

Prossima riunione a giugno.""", ask="Riassumi i punti principali.", lang="it"),
    D("meeting_notes", """Reunião de planejamento – 3 de março

- Lançamento da campanha de inverno adiado para 15 de abril.
- Verba de mídia paga dividida entre Instagram (60%) e Google (40%).
- Renata fica responsável pelo calendário de posts.
- Próxima reunião: segunda-feira, 10h.""", ask="Quais são as decisões?", lang="pt"),

    # ---------------- recipes ----------------
    D("recipe", """Lemon drizzle cake

Ingredients
225g unsalted butter, softened
225g caster sugar
4 eggs
zest of 1 lemon
225g self-raising flour

For the drizzle: juice of 1½ lemons, 85g caster sugar

Method
1. Heat the oven to 180°C (160°C fan). Line a loaf tin with baking paper.
2. Beat the butter and sugar until pale and creamy, then add the eggs one at a time.
3. Fold in the flour and lemon zest. Spoon into the tin and level the top.
4. Bake for 45–50 minutes, until a skewer comes out clean.
5. Mix the lemon juice and sugar. Prick the warm cake all over and pour the drizzle over it.
6. Leave to cool in the tin before slicing.""", ask="Can you convert this to cups and Fahrenheit?"),
    D("recipe", """Weeknight chickpea curry (serves 4)

1 onion, chopped
3 cloves garlic, crushed
thumb of ginger, grated
2 tbsp curry paste
400g tin chopped tomatoes
400ml tin coconut milk
2 x 400g tins chickpeas, drained
2 big handfuls spinach

Fry the onion in a little oil for 8 minutes until soft. Add garlic, ginger and curry paste and cook for a minute. Pour in the tomatoes and coconut milk, add the chickpeas and simmer for 15 minutes. Stir in the spinach until wilted. Season and serve with rice or naan.""", ask="Make me a shopping list from this"),
    D("recipe", """Classic pancakes

Whisk 200g plain flour, 1 tsp baking powder, a pinch of salt and 1 tbsp sugar in a bowl. In a jug, beat 2 eggs with 300ml milk and 25g melted butter. Pour the wet ingredients into the dry and whisk until just combined — a few lumps are fine.

Heat a non-stick pan over medium heat, add a little butter, and pour in a small ladle of batter. Cook until bubbles appear on the surface, flip, and cook for another minute. Keep warm in a low oven while you make the rest."""),
    D("recipe", """Overnight oats

Combine 50g rolled oats, 150ml milk (any kind), 2 tbsp yoghurt and 1 tsp honey in a jar. Stir, cover and refrigerate overnight. In the morning, top with berries, a spoonful of nut butter or toasted seeds. Keeps for up to 2 days in the fridge.""", ask="Is this recipe suitable for someone who is lactose intolerant? What would I swap?"),
    D("recipe", """Tomato and basil bruschetta

Dice 4 ripe tomatoes and put them in a bowl with a small chopped garlic clove, a handful of torn basil, 2 tbsp olive oil, salt and pepper. Leave for 10 minutes. Toast slices of ciabatta, rub with a cut garlic clove, and spoon the tomato mixture on top just before serving so the bread stays crisp."""),
    D("recipe", """Kartoffelsalat nach Omas Art

1 kg festkochende Kartoffeln mit Schale kochen, pellen und noch warm in Scheiben schneiden. 1 Zwiebel fein würfeln und in 250 ml heißer Brühe kurz aufkochen. Mit 4 EL Essig, 1 TL Senf, Salz, Pfeffer und einer Prise Zucker abschmecken und über die Kartoffeln gießen. Mindestens eine Stunde ziehen lassen, dann 3 EL Öl und Schnittlauch unterheben.""", ask="Übersetze das Rezept ins Englische.", lang="de"),
    D("recipe", """Tortilla de patatas

Pela y corta en láminas finas 5 patatas medianas y una cebolla. Fríelas a fuego lento en abundante aceite de oliva unos 20 minutos, hasta que estén tiernas pero sin dorarse. Escúrrelas y mézclalas con 6 huevos batidos y sal. Deja reposar 5 minutos. Cuaja la tortilla en una sartén con un poco de aceite, dale la vuelta con ayuda de un plato y termina de cocinar por el otro lado.""", lang="es"),
    D("recipe", """Ratatouille simple

Couper en dés 1 aubergine, 2 courgettes, 1 poivron rouge, 1 oignon et 3 tomates. Faire revenir l'oignon dans l'huile d'olive, ajouter le poivron puis l'aubergine et les courgettes. Après 10 minutes, ajouter les tomates, 2 gousses d'ail, du thym et du laurier. Laisser mijoter 30 minutes à couvert. Saler, poivrer. Servir chaud ou froid.""", ask="Combien de temps ça prend en tout ?", lang="fr"),

    # ---------------- manuals / how-to ----------------
    D("manual", """Getting started with your KettlePro 2

1. Remove all packaging and stickers.
2. Fill the kettle to the MAX line, boil, and discard the water. Repeat once before first use.
3. Place the kettle on the base and plug in. Press the switch down; the blue light shows it is heating.
4. The kettle switches off automatically when the water boils.

Descaling: in hard water areas, descale every 4 weeks. Fill with equal parts water and white vinegar, leave for one hour, then boil and rinse thoroughly.

Safety: do not immerse the kettle or base in water. Do not operate the kettle when empty.""", ask="How often should I descale it?"),
    D("manual", """Changing a bicycle inner tube

1. Shift to the smallest rear cog, open the brake quick-release and remove the wheel.
2. Let out any remaining air and push the valve up into the tyre.
3. Use two tyre levers to lift one side of the tyre over the rim.
4. Pull out the old tube. Run your fingers carefully around the inside of the tyre to find any thorn or glass.
5. Inflate the new tube slightly so it holds its shape, insert the valve, then tuck the tube into the tyre.
6. Push the tyre bead back over the rim with your thumbs, starting opposite the valve.
7. Inflate to the pressure printed on the tyre sidewall and refit the wheel."""),
    D("manual", """Router quick setup

- Connect the grey DSL cable from the wall socket to the DSL port.
- Connect the power adapter and switch the router on. Wait until the Power and DSL lights are steady green (about 3 minutes).
- Connect to the Wi-Fi network printed on the label on the bottom of the router, using the network key from the same label.
- Open http://192.168.178.1 in a browser to change the Wi-Fi name and key, and to set a device password for the user interface.

Troubleshooting: if the DSL light keeps flashing, check the cable and contact your provider.""", ask="The DSL light keeps flashing, what does the manual say?"),
    D("manual", """Fire safety: what to do if the alarm sounds

- Leave the building by the nearest safe exit. Do not use the lifts.
- Do not stop to collect personal belongings.
- Close doors behind you if it is safe to do so.
- Go to the assembly point in the car park next to the bike shelter.
- Fire wardens (yellow vests) will take a roll call. Tell them if you know someone is missing.
- Do not re-enter the building until told it is safe by a warden or the fire service."""),
    D("manual", """Assembly instructions – BJORN bookcase (model 4412)

Parts: 2 side panels (A), 1 top (B), 1 bottom (C), 4 shelves (D), back panel (E), 16 dowels, 16 cam locks, 32 nails.

Step 1: Insert dowels into the pre-drilled holes on the side panels.
Step 2: Attach top and bottom to one side panel and secure with cam locks (turn clockwise).
Step 3: Attach the second side panel.
Step 4: Lay the frame face down, check it is square by measuring the diagonals, then nail on the back panel.
Step 5: Insert shelf pins at the desired heights and place the shelves.

Important: fix the bookcase to the wall using the supplied bracket. Wall plugs are not included as the correct type depends on your wall.""", ask="What tools will I need?"),
    D("manual", """Descaling your espresso machine

When the descale light comes on:
1. Empty the drip tray and remove the water filter.
2. Dissolve one descaling sachet in 1 litre of water and pour into the tank.
3. Place a large container under the steam wand and the group head.
4. Press and hold the hot water button for 5 seconds to start the programme. It takes about 25 minutes.
5. When the light flashes, rinse the tank, fill with fresh water and press the button again to rinse.
6. Refit the filter."""),
    D("manual", """Using the self-checkout

Scan each item barcode-side down over the glass. Place scanned items in the bagging area. For fruit and vegetables, press "Look up item" and choose the product, then place it on the scale. If you brought your own bag, press "Own bag" before you start. Pay by card or phone at the terminal; cash is accepted at machines 1–4 only. A staff member will come over if age verification is needed."""),
    D("manual", """Bedienungsanleitung Rauchmelder RM-200

Montage: Den Rauchmelder an der Zimmerdecke in der Raummitte montieren, mindestens 50 cm von Wänden entfernt.
Test: Einmal im Monat die Testtaste drücken, bis ein lauter Signalton ertönt.
Batterie: Bei einem kurzen Piepton alle 40 Sekunden muss die Batterie gewechselt werden.
Reinigung: Staub mit einem trockenen Tuch oder Staubsauger entfernen. Nicht streichen oder lackieren.""", ask="Was bedeutet es, wenn der Melder alle 40 Sekunden piept?", lang="de"),
    D("manual", """使用说明：电热水壶

1. 首次使用前，请加水至最高水位线，煮沸后倒掉，重复两次。
2. 将水壶放在底座上，接通电源，按下开关，指示灯亮起表示正在加热。
3. 水烧开后会自动断电。
4. 请勿空壶加热，请勿将壶身或底座浸入水中。
5. 水垢较多时，可用白醋和水按1:1比例浸泡一小时后煮沸清洗。""", ask="请把这个说明翻译成英文。", lang="zh"),
    D("manual", """Instrukcja: wymiana filtra w okapie kuchennym

1. Wyłącz okap i odłącz go od zasilania.
2. Zdejmij kratkę filtra, pociągając za uchwyt w dół.
3. Wyjmij stary filtr węglowy, obracając go w lewo.
4. Załóż nowy filtr, obracając w prawo aż do kliknięcia.
5. Zamontuj kratkę i podłącz zasilanie.
Filtr węglowy należy wymieniać co 3–4 miesiące.""", lang="pl"),

    # ---------------- policies / notices ----------------
    D("policy", """Remote work policy (excerpt)

Employees may work remotely up to three days per week, subject to manager approval and the needs of the team. Core hours are 10:00–15:00 local time, during which employees should be reachable by chat or phone.

Company equipment used at home remains the property of the company and must be returned on request. Employees are responsible for ensuring a safe working environment and a reliable internet connection.

Working from another country for more than 10 working days per year requires approval from HR because of tax and insurance implications.""", ask="Can I work from Spain for two weeks?"),
    D("policy", """Returns & refunds

You can return most items within 30 days of delivery for a full refund. Items must be unused, in their original packaging, with tags attached. Personalised items, earrings and opened cosmetics can't be returned for hygiene reasons.

To start a return, go to Orders in your account and select the items you want to send back. We'll email you a prepaid label. Refunds are issued to the original payment method within 5–7 working days after we receive the return.""", ask="Can I return earrings?"),
    D("policy", """Expense policy – key points

- Submit receipts within 30 days of purchase.
- Meals while travelling: up to 45 per day, alcohol not reimbursed.
- Economy class for flights under 6 hours.
- Taxis are fine when public transport is impractical or after 21:00.
- Anything over 500 needs pre-approval from your budget holder."""),
    D("policy", """Privacy notice (summary)

We collect the information you give us when you create an account (name, email address, delivery address) and information about how you use our website (pages visited, device type). We use it to process orders, provide customer support and improve our services.

We don't sell your personal data. We share it only with service providers who help us run the business, such as payment processors and delivery companies, under contracts that protect your data.

You can access, correct or delete your data at any time from your account settings, or by contacting our data protection officer.""", ask="Do they sell my data?"),
    D("policy", """Pool rules

- Shower before entering the pool.
- Children under 8 must be accompanied in the water by an adult.
- No running, diving or bombing.
- Glass bottles are not allowed in the pool area.
- Lane swimming: 7:00–9:00 and 18:00–20:00 weekdays. Swim clockwise in lanes.
- Lifeguards' instructions must be followed at all times."""),
    D("policy", """Code of conduct for meetup attendees

Our meetups are a place for everyone to learn and share. We expect participants to be respectful and considerate, to give others a chance to speak, and to keep criticism constructive and focused on ideas.

Harassment of any kind is not tolerated. If you experience or witness behaviour that makes you uncomfortable, talk to one of the organisers (they wear green lanyards) or use the anonymous form linked on the event page."""),
    D("policy", """Condiciones de la garantía

Este producto tiene una garantía de 2 años desde la fecha de compra. La garantía cubre defectos de fabricación y de materiales. No cubre daños causados por caídas, uso indebido, humedad o reparaciones realizadas por personal no autorizado.

Para hacer uso de la garantía, conserve el ticket de compra y contacte con el punto de venta o con nuestro servicio técnico.""", ask="¿Cubre la garantía si se me cae al suelo?", lang="es"),

    # ---------------- news-style articles ----------------
    D("news", """Town approves new cycle lane on Station Road

The town council voted 9–4 on Tuesday to build a protected cycle lane along Station Road, linking the railway station with the secondary school and the retail park.

The 1.8 km lane will be separated from traffic by kerbs and planters. Twelve parking spaces will be removed, but the council says a new car park on Mill Lane, opening in the autumn, will add 60 spaces.

Local business owners had mixed views. "Anything that brings more people past the shop is good," said the owner of a café near the station. Another trader worried about deliveries during construction, which is expected to last four months from September.

The project is funded mostly by a regional active travel grant.""", ask="Summarise this article in two sentences"),
    D("news", """Library reports record summer reading numbers

More than 2,300 children took part in the county library service's summer reading challenge this year, the highest number since the scheme began. Participants read at least six books over the holidays and collected stickers and a medal.

Librarians credited the new "read with your dog" sessions and a partnership with local primary schools. The most borrowed title was a graphic novel about a family of foxes living under a train station."""),
    D("news", """Heatwave expected to peak on Thursday

Temperatures are forecast to reach 34°C in the south-east on Thursday before a band of thunderstorms brings cooler air on Friday. Health officials advise people to stay out of the sun between 11am and 3pm, drink plenty of water and check on elderly neighbours.

Rail operators have warned of possible speed restrictions on some lines, as tracks can expand in the heat. Passengers are advised to check before they travel.""", ask="What's the advice for people?"),
    D("news", """Local brewery wins national award

Three Rivers Brewing, which started in a garage eight years ago, has won gold in the pale ale category at the national beer awards. The winning beer, Harbour Light, is brewed with locally grown hops.

Co-founder Grace Oduya said the team was "stunned" and plans to expand the taproom next year. The brewery employs 14 people."""),
    D("news", """Researchers track bumblebee decline with citizen science app

A three-year study using observations from more than 9,000 volunteers suggests that two common bumblebee species are appearing earlier in spring, likely in response to warmer winters. Volunteers photographed bees in gardens and parks and uploaded the images to a free app, where experts verified the species.

The researchers say the data would have been impossible to collect with field staff alone. They encourage gardeners to plant early-flowering plants such as crocus and lungwort to support queens emerging from hibernation.""", ask="What's the main finding?"),
    D("news", """Water supply interruption in the north district

Customers in the north district may experience low pressure or no water between 22:00 on Monday and 04:00 on Tuesday while engineers replace a valve on the main supply pipe. Bottled water will be available at the sports centre for customers on the priority services register."""),
    D("news", """Neue Buslinie verbindet Neubaugebiet mit dem Bahnhof

Ab dem 1. April fährt die neue Linie 27 alle 20 Minuten vom Neubaugebiet Sonnenfeld zum Hauptbahnhof. Die Fahrzeit beträgt rund 15 Minuten. In den Abendstunden und am Wochenende gilt ein 40-Minuten-Takt.

Die Stadtwerke setzen auf der Linie ausschließlich Elektrobusse ein. Anwohnerinnen und Anwohner hatten sich seit Jahren eine bessere Anbindung gewünscht.""", ask="Worum geht es in dem Artikel?", lang="de"),
    D("news", """Festival de jazz : une 20e édition record

Le festival de jazz de la ville a accueilli plus de 45 000 spectateurs cette année, un record pour sa 20e édition. Les concerts gratuits sur la place du marché ont été particulièrement suivis. Les organisateurs annoncent déjà que l'édition suivante se tiendra sur quatre jours au lieu de trois.""", lang="fr"),
    D("news", """Nuevo parque urbano abrirá en primavera

El ayuntamiento ha anunciado que el nuevo parque del barrio de San Fermín abrirá sus puertas en abril. Contará con una zona de juegos infantiles, un circuito de ejercicio para mayores, un huerto comunitario y más de 300 árboles nuevos. Las obras han durado catorce meses.""", ask="Resume la noticia.", lang="es"),
    D("news", """市内の図書館で「夜の読書会」開催

市立中央図書館では、来月から毎月第2金曜日の夜に「夜の読書会」を開催します。参加は無料で、事前申し込みは不要です。初回のテーマは「旅の本」。参加者は好きな旅の本を持ち寄り、感想を共有します。""", lang="ja"),
    D("news", """서울시, 한강공원에 자전거 대여소 확대

서울시는 올해 한강공원 내 공공자전거 대여소를 30곳 추가로 설치한다고 밝혔다. 주말 이용객이 많은 여의도와 뚝섬 지역을 중심으로 확대되며, 어린이용 자전거도 새로 도입된다.""", ask="이 기사를 영어로 요약해 주세요.", lang="ko"),
    D("news", """В городе откроется новый каток

В субботу в центральном парке откроется сезонный каток площадью 1500 квадратных метров. Работать он будет ежедневно с 10:00 до 22:00. Прокат коньков доступен на месте, для детей до семи лет вход бесплатный.""", lang="ru"),
    D("news", """Nova ciclovia liga o centro à praia

A prefeitura inaugurou no sábado uma ciclovia de 6 km que liga o centro da cidade à praia do Farol. O trajeto tem iluminação, bebedouros e três pontos de apoio com bombas de ar para pneus.""", lang="pt"),
]
