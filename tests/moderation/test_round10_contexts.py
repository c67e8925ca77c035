"""Round 10 of issue #12: drug slang with an everyday meaning in a plain drug context.

A red team from the policy (docs/rulepacks.md, "What each category means", `drugs`: such slang
"counts only in a plain drug context"), written without reading any blind set: slang that is also
an everyday word (bud, molly, mandy, tabs, pills, edibles, snow, rayas, perico, beck, pó, Teil,
pasta, pil...) asked for a night or a party, or taken, felt or counted (dropped, popped, railed,
kicked in, "me pasé con las rayas", "voll drauf", "de dip na die pillen"), in the seven languages,
English about a third; and innocent messages of the same shapes (a rose's bud, Molly the cousin,
snow at the weekend, browser tabs, pasta for dinner, the chemist's pill, Pep Guardiola). A verb of
use with no drug named ("hij snuift elk weekend", "bought a gram off my guy") is clean: the policy
names no drug there. Before the fix the engine missed 51 of these 135 positives (all 7 of the French
pills and blotters) and flagged 2 of the 98 innocents (a speed camera, speed dating). Messages go
through the real engine loaded from ``rulepacks/``.
"""

from verdicts import class_test

D, CLEAN = ("drugs",), ()

FIXED = {
    "asked for a night or a party": [
        ('anyone got bud for tonight?', D),  # en
        ('who has molly for the festival', D),  # en
        ('need some bud for the weekend', D),  # en
        ('anyone sorting pills for the festival?', D),  # en
        ('pour up the lean', D),  # en
        ('anyone got tabs for the weekend?', D),  # en
        ('any plugs for bud around here?', D),  # en
        ('got two pills for the party', D),  # en
        ('where can i get tabs in amsterdam', D),  # en
        ('who wants to split an eighth of bud', D),  # en
        ('anyone got speed for the rave?', D),  # en
        ('need a gram of snow for the party', D),  # en
        ('anybody holding molly for saturday?', D),  # en
        ("who's holding tabs for the festival", D),  # en
        ('alguien tiene perico para el finde?', D),  # es
        ('quién tiene tusi para la fiesta', D),  # es
        ('pillamos perico para el sábado', D),  # es
        ('alguien tiene maría para esta noche', D),  # es
        ('tá alguém com beck aí?', D),  # pt
        ('alguém tem pó pra hoje?', D),  # pt
        ('quem tem bala pra festa?', D),  # pt
        ('tem pó pro fim de semana?', D),  # pt
        ('quem tem erva pra hoje à noite', D),  # pt
        ('alguém com beck pra hoje?', D),  # pt
        ('quem tá com pó aí?', D),  # pt
        ("quelqu'un a de la C pour ce soir ?", D),  # fr
        ('qui a de la beuh pour ce week-end', D),  # fr
        ("quelqu'un a de la MD pour samedi ?", D),  # fr
        ('qui a du shit pour ce soir', D),  # fr
        ('hat jemand Teile für heute Abend?', D),  # de
        ('wer hat Pep fürs Wochenende?', D),  # de
        ('hat jemand Speed fürs Festival?', D),  # de
        ('hat jemand Gras für heute Abend', D),  # de
        ('hat jemand ne Pappe fürs Festival', D),  # de
        ('qualcuno ha erba per stasera?', D),  # it
        ('chi ha bamba per sabato?', D),  # it
        ('qualcuno ha fumo per la festa', D),  # it
        ('heeft iemand pillen voor vanavond?', D),  # nl
        ('wie heeft snuif voor zaterdag?', D),  # nl
        ('heeft iemand speed voor het weekend', D),  # nl
        ('wie heeft wiet voor vanavond', D),  # nl
        ("heeft iemand paddo's voor het festival", D),  # nl
        ('wie heeft pillen voor het festival?', D),  # nl
        ('heeft iemand pilletjes voor zaterdag?', D),  # nl
        ('new gear for the gym', CLEAN),  # en
        ('anyone got a charger for tonight?', CLEAN),  # en
        ('snow for the festival? crazy weather', CLEAN),  # en
        ('who has the tabs open in chrome', CLEAN),  # en
        ('need new camping gear for the festival', CLEAN),  # en
        ("who's got a speed camera on their street", CLEAN),  # en
        ('anyone got a spare tab for the bar?', CLEAN),  # en
        ('edibles for the wedding? we ordered cupcakes', CLEAN),  # en
        ('got a new snowboard for the weekend', CLEAN),  # en
        ('is anyone selling gear for fishing?', CLEAN),  # en
        ('anyone holding the door for saturday?', CLEAN),  # en
        ('my buds are coming over for the weekend', CLEAN),  # en
        ('alguien tiene un cargador para esta noche?', CLEAN),  # es
        ('comí pasta para cenar', CLEAN),  # es
        ('tomé un café para la fiesta', CLEAN),  # es
        ('un pollo asado para el finde', CLEAN),  # es
        ('una falda de rayas para la fiesta', CLEAN),  # es
        ('tem pó de café aí?', CLEAN),  # pt
        ('alguém tem bala de menta?', CLEAN),  # pt
        ('comprei balas pra festa das crianças', CLEAN),  # pt
        ('tomei um café pra hoje', CLEAN),  # pt
        ('quem tem um carregador pra festa?', CLEAN),  # pt
        ("quelqu'un a un chargeur pour ce soir ?", CLEAN),  # fr
        ('qui a du sel pour ce week-end', CLEAN),  # fr
        ("j'ai pris une pilule pour la tête", CLEAN),  # fr
        ('hat jemand ein Ladekabel für heute Abend?', CLEAN),  # de
        ('die Teile für das Fahrrad sind da', CLEAN),  # de
        ('hat jemand Speed Dating für Samstag gemacht?', CLEAN),  # de
        ('wer hat die Pappe für die Kartons', CLEAN),  # de
        ('abbiamo mangiato pasta per cena', CLEAN),  # it
        ('qualcuno ha un caricatore per stasera?', CLEAN),  # it
        ('chi ha la pasta per la festa?', CLEAN),  # it
        ('una pasta alla crema per colazione', CLEAN),  # it
        ('heeft iemand een oplader voor vanavond?', CLEAN),  # nl
        ('wie heeft snoep voor zaterdag?', CLEAN),  # nl
        ('heeft iemand speeltjes voor het weekend', CLEAN),  # nl
        ('heeft iemand snoepjes voor zaterdag?', CLEAN),  # nl
    ],
    "taken, felt or counted": [
        ("had a couple of edibles last night and couldn't stop laughing", D),  # en
        ('took molly at the rave and was rolling all night', D),  # en
        ('dropped two tabs last night, what a trip', D),  # en
        ('popped a couple of pills at the club', D),  # en
        ('railed some snow in the toilets', D),  # en
        ('snorted a line of snow before the gig', D),  # en
        ('the comedown from that molly was brutal', D),  # en
        ('got an eighth of bud off my guy', D),  # en
        ('we dropped molly and danced till 6', D),  # en
        ('sipping lean all day again', D),  # en
        ('picked up a gram of snow', D),  # en
        ('bad trip on those tabs, never again', D),  # en
        ('ate too many edibles and got way too high', D),  # en
        ('smoked some bud and watched cartoons', D),  # en
        ('he was rolling on molly all night', D),  # en
        ('took a tab of acid at the festival', D),  # en
        ('snorted speed off a key', D),  # en
        ('the molly hit me after an hour', D),  # en
        ('popped a molly at the festival', D),  # en
        ('on molly at the afterparty lol', D),  # en
        ('those edibles kicked in hard', D),  # en
        ('had some edibles before the movie, was baked', D),  # en
        ('dropped acid tabs at the campsite', D),  # en
        ('popped half a molly and was gurning', D),  # en
        ('the mandy kicked in at midnight', D),  # en
        ('dropped some mandy at the afters', D),  # en
        ('ate two edibles and the couch swallowed me', D),  # en
        ('took 10mg edibles before bed', D),  # en
        ('dropping tabs at the festival tomorrow', D),  # en
        ('pills at the rave were strong', D),  # en
        ('railed snow all night', D),  # en
        ('me pasé con las rayas anoche', D),  # es
        ('nos metimos unas rayas en el baño', D),  # es
        ('me metí una raya de perico', D),  # es
        ('anoche me hice tres rayas y no dormí', D),  # es
        ('el bajón del perico es horrible', D),  # es
        ('se metió una pasti en la discoteca', D),  # es
        ('tomé una pasti y estuve toda la noche dando vueltas', D),  # es
        ('tengo un pollo de perico', D),  # es
        ('fumamos maría toda la tarde', D),  # es
        ('nos hicimos unas rayitas antes de salir', D),  # es
        ('ese perico estaba cortado, bajón brutal', D),  # es
        ('me tomé media pasti en el festival', D),  # es
        ('nos pasamos con las rayas en el baño', D),  # es
        ('se hizo unas rayas antes de salir', D),  # es
        ('menudo bajón de perico hoy', D),  # es
        ('cheirei pó a noite toda', D),  # pt
        ('tomei uma bala na rave e fiquei louco', D),  # pt
        ('fumamos um beck antes do show', D),  # pt
        ('tomei um doce e a bad trip foi pesada', D),  # pt
        ('comprei uma grama de pó', D),  # pt
        ('dei um teco de pó no banheiro', D),  # pt
        ('bolei um beck na praia', D),  # pt
        ('o pó tava batizado, que bad', D),  # pt
        ('tomei meia bala e fiquei doidão', D),  # pt
        ('cheiramos pó até de manhã', D),  # pt
        ('fumaram um beck no intervalo', D),  # pt
        ('on a tapé de la coke toute la nuit', D),  # fr
        ("j'ai pris un buvard au festival, bad trip", D),  # fr
        ("j'ai fumé un pétard avant le cours", D),  # fr
        ('la descente de la MD était horrible', D),  # fr
        ('il a sniffé un trait de speed', D),  # fr
        ('hab ein Teil genommen und war voll drauf', D),  # de
        ('hab gestern Pep gezogen und nicht geschlafen', D),  # de
        ('wir haben Teile eingeworfen im Club', D),  # de
        ('ne Line Pep gezogen auf dem Klo', D),  # de
        ('hab Pappen genommen, Horrortrip', D),  # de
        ('haben Pep gezogen bis morgens', D),  # de
        ('ein halbes Teil genommen und voll drauf gewesen', D),  # de
        ('ein Teil eingeworfen und ab auf die Tanzfläche', D),  # de
        ('hab ein Teil geballert, war komplett drauf', D),  # de
        ('ci siamo tirati due righe di bamba', D),  # it
        ('ho calato una pasta al rave', D),  # it
        ('ho fumato erba tutto il pomeriggio', D),  # it
        ("abbiamo tirato bamba fino all'alba", D),  # it
        ('mi sono calato due paste in discoteca', D),  # it
        ('ho pippato bamba in bagno', D),  # it
        ('mi sono calato una pasta e ho ballato tutta la notte', D),  # it
        ('ik heb een pil genomen op het feest', D),  # nl
        ('we hebben pillen geslikt op het festival', D),  # nl
        ('ik heb gisteren speed gesnoven', D),  # nl
        ('een halve pil genomen en de hele nacht gedanst', D),  # nl
        ('de dip na die pillen was zwaar', D),  # nl
        ('een pil op het feest en ik was weg', D),  # nl
        ('bought a gram off my guy yesterday', CLEAN),  # en
        ('the first bud of the rose opened today', CLEAN),  # en
        ("molly is my cousin, she's coming this weekend", CLEAN),  # en
        ('snow this weekend!', CLEAN),  # en
        ("lean on me when you're not strong", CLEAN),  # en
        ('my bud and I are going fishing this weekend', CLEAN),  # en
        ("molly said she'll be at the party tonight", CLEAN),  # en
        ('took my pills with breakfast', CLEAN),  # en
        ('popped the pills out of the blister for grandma', CLEAN),  # en
        ("we're rolling out the new update tonight", CLEAN),  # en
        ('bad trip to ikea, never again', CLEAN),  # en
        ('the comedown after the holidays is real', CLEAN),  # en
        ('hey bud, want to come tonight?', CLEAN),  # en
        ('dropped my phone in the snow', CLEAN),  # en
        ('the rose buds are coming in', CLEAN),  # en
        ('keep the tabs on your budget this weekend', CLEAN),  # en
        ("i'm rolling with laughter", CLEAN),  # en
        ('lean back and relax this weekend', CLEAN),  # en
        ('the speed limit is 30 here', CLEAN),  # en
        ('molly the fish died :(', CLEAN),  # en
        ('dropped my tabs for chrome', CLEAN),  # en
        ('me gusta la camiseta de rayas', CLEAN),  # es
        ('hay rayas en la carretera', CLEAN),  # es
        ('un perico verde en la jaula', CLEAN),  # es
        ('el bajón de azúcar después del postre', CLEAN),  # es
        ('me metí en la piscina anoche', CLEAN),  # es
        ('mi perico habla mucho', CLEAN),  # es
        ('o pó da estrada sujou tudo', CLEAN),  # pt
        ('o doce da vovó é o melhor', CLEAN),  # pt
        ('a erva-mate tá acabando', CLEAN),  # pt
        ("j'ai pris une tarte à la boulangerie", CLEAN),  # fr
        ('on a tapé dans le ballon toute la nuit', CLEAN),  # fr
        ('la descente à ski était géniale', CLEAN),  # fr
        ('le carton de la pizza est dans la cuisine', CLEAN),  # fr
        ('un trait de crayon sur la feuille', CLEAN),  # fr
        ('Pep Guardiola hat wieder gewonnen', CLEAN),  # de
        ('Schnee am Wochenende!', CLEAN),  # de
        ('hab ein Teil vom Regal genommen', CLEAN),  # de
        ('wir haben Schnee geschippt bis morgens', CLEAN),  # de
        ('voll drauf auf das neue Spiel', CLEAN),  # de
        ('Gras mähen am Wochenende', CLEAN),  # de
        ('ho preso una pasta al bar con il cappuccino', CLEAN),  # it
        ('il cartone della pizza', CLEAN),  # it
        ('ho tirato due righe sul quaderno', CLEAN),  # it
        ('erba alta nel giardino', CLEAN),  # it
        ('la scesa dalla montagna è stata dura', CLEAN),  # it
        ('ik heb een pil genomen tegen de hoofdpijn', CLEAN),  # nl
        ('hij snuift de zeelucht op', CLEAN),  # nl
        ('ik ga zaterdag mijn pil halen bij de apotheek', CLEAN),  # nl
        ('de hond snuift aan alles', CLEAN),  # nl
        ('hij snuift elk weekend', CLEAN),  # nl
        ('ze snuiven elk weekend op de wc', CLEAN),  # nl
        ('hij heeft een lijntje gesnoven', CLEAN),  # nl
    ],
    "a pill or a blotter swallowed and felt, in French": [
        ('on a gobé des pilules en teuf', D),  # fr
        ("j'ai pris un carton, j'ai halluciné toute la nuit", D),  # fr
        ('deux cachets gobés à la rave', D),  # fr
        ('un carton et bad trip direct', D),  # fr
        ('qui a des pilules pour la teuf ?', D),  # fr
        ('la descente des cachets était horrible', D),  # fr
        ("un demi carton et j'étais perché", D),  # fr
        ("j'ai pris une pilule pour la tête", CLEAN),  # fr
        ('le carton de la pizza est dans la cuisine', CLEAN),  # fr
        ('carton rouge pour le défenseur', CLEAN),  # fr
        ("un cachet d'aspirine pour la fièvre", CLEAN),  # fr
        ("j'ai oublié ma pilule ce matin", CLEAN),  # fr
        ('des cartons pour le déménagement', CLEAN),  # fr
        ('le cachet de la poste faisant foi', CLEAN),  # fr
        ('un trip en voiture dans les cartons', CLEAN),  # fr
    ],
}

test_class = class_test(FIXED)
