"""Round 10 of issue #12: pii recall on the blind set13 (a random-match chat of strangers).

set13's pii misses and false alarms, read for this round, fell into the classes of `FIXED` below.
For each one these are examples of our own, in several of the seven languages and in other wordings
than the one read, and innocent messages of the same shape that must stay clean. Before the fixes
the engine missed 172 of the 199 pii examples and flagged 5 of the 103 clean ones (set13 read pii at
precision 0.987, recall 0.862; after, 1.000 and 0.994). Messages go through the real engine loaded
from ``rulepacks/``.

Given up (not asserted: a test of a wrong answer would fail the day it is fixed): a plain lower-case
word before "on <platform>" with no sign in it ("crumpetlord on steam, i'm online most evenings"),
which has the shape of a game named with its platform ("valheim on steam, add me"); a name set off
after its place ("the guy at the Lidl in Leeds, Tom Hart, is rude").
"""

from verdicts import class_test

P, CLEAN = ("pii",), ()

FIXED = {
    # a handle-shaped name (a dot, an underscore, a digit, a capital inside) right before "on <platform>",
    # with no "add me" or "I'm" before it: the name is given, the platform says where
    "a handle, then 'on <platform>'": [
        ("kiki_rose22 on snap, message me", P),
        ("pablo.fotos en insta, ahí subo todo", P),
        ("luisa_m99 no insta, me segue", P),
        ("theo.dessine sur insta, abonnez-vous", P),
        ("marco_bici su tiktok, seguitemi", P),
        ("jonas.kocht auf insta, schaut vorbei", P),
        ("noor_vd op snap, stuur maar iets", P),
        ("me adiciona lá, bia_s22 no snap", P),
        ("PaellaMaster on steam, add me", P),
        ("KaiserSchmarrn auf der switch, schick mir eine Anfrage", P),
        ("main.py on github is the entry point", CLEAN),
        ("PewDiePie on youtube is so funny", CLEAN),
        ("Zelda on switch, so good", CLEAN),
        ("minecraft on xbox, anyone?", CLEAN),
        ("watched it 2x on youtube", CLEAN),
        ("the new update on steam, so buggy", CLEAN),
        ("Stardew on switch, any tips?", CLEAN),
        ("ronaldo on insta has 600m followers", CLEAN),
    ],
    # the same name before "is my <platform>", or the platform in brackets
    "a handle, then 'is my <platform>' or '(<platform>)'": [
        ("mia.b is my insta", P),
        ("kaas.boer is mijn tiktok account", P),
        ("lena_k ist mein snap", P),
        ("lea.b c'est mon insta !", P),
        ("pau.rg es mi insta", P),
        ("bia.s é o meu insta", P),
        ("gio.r è il mio insta", P),
        ("mia.bakes (insta)", P),
        ("main.py is my discord bot", CLEAN),
        ("PewDiePie is my youtube idol", CLEAN),
        ("covid19 is my tiktok nightmare", CLEAN),
        ("this is my insta", CLEAN),
    ],
    # an emoji between the platform and the handle: a pointing hand is an arrow, the platform's own
    # emoji (a ghost for Snapchat, a camera for Instagram) a space
    "an emoji between the platform and the handle": [
        ("insta 👉 nico.cuisine", P),
        ("ig 👇 giulia.viaggia", P),
        ("snap 👻 jules.b", P),
        ("snapchat 👻 mila.rose.04", P),
        ("tiktok 🎵 lena_tanzt", P),
        ("insta 📸 maria.fotografa", P),
        ("insta 😂 lol", CLEAN),
        ("snap 👻 is dead now", CLEAN),
        ("tiktok 🎵 all day long", CLEAN),
        ("insta 👉 later", CLEAN),
        ("watching tiktok 😂 so.funny", CLEAN),
    ],
    # a bar, a tilde, a bullet, a semicolon, dots or a bracket between the platform and the handle
    "other signs between the platform and the handle": [
        ("insta | kiki.22", P),
        ("ig ~ lena.k", P),
        ("[insta] pau.rg", P),
        ("insta • lea.b", P),
        ("IG; gio.r", P),
        ("snap... sanne_vd", P),
        ("insta | stories", CLEAN),
        ("tiktok; boring", CLEAN),
        ("insta... whatever", CLEAN),
    ],
    # the handle's dot or underscore said as a word, in the seven languages
    "a dot or an underscore said as a word": [
        ("insta: kiki dot bakes", P),
        ("my snap is kiki underscore 22", P),
        ("mi snap es pau guion bajo 22", P),
        ("mon insta c'est lea point b", P),
        ("insta: lena punkt k", P),
        ("il mio insta è gio punto r", P),
        ("meu insta é bia ponto s", P),
        ("mijn insta is sanne punt vd", P),
        ("tiktok is the point of life", CLEAN),
        ("insta: dot dot dot", CLEAN),
        ("instagram is a point of view", CLEAN),
        ("tiktok: punto final", CLEAN),
    ],
    # "on <platform> at / as / under <handle>": "op insta onder X", "sur insta sous le nom X"
    "a handle after 'on <platform> at / as / under'": [
        ("you can find me on tiktok at mia.bakes", P),
        ("hmu on snap at tom_j", P),
        ("my garden is on insta as garden.of.gran", P),
        ("mein Garten ist auf insta unter garten.von.oma", P),
        ("mis fotos están en insta como pau.fotos", P),
        ("mes dessins sont sur insta sous le nom lea.dessine", P),
        ("i miei dolci sono su insta come dolci.di.nonna", P),
        ("minhas receitas estão no insta como receitas.da.vo", P),
        ("mijn tekeningen staan op insta onder tekenen.met.sanne", P),
        ("i'll be on insta at 5pm", CLEAN),
        ("she posted it on insta as a story", CLEAN),
        ("op insta onder de foto staat het", CLEAN),
        ("sur insta sous la photo", CLEAN),
    ],
    # "I'm called X there": "da heiße ich X", "daar heet ik X", "ahí me llamo X", "là-bas je m'appelle X"
    "'I'm called X there' after a platform": [
        ("folg mir auf insta, da heiße ich lena.malt", P),
        ("folg mir auf tiktok, heiße da kuchen.backen", P),
        ("volg me op tiktok, daar heet ik kaas.boer", P),
        ("sígueme en tiktok, ahí me llamo pau.baila", P),
        ("suis-moi sur insta, là-bas je m'appelle lea.dessine", P),
        ("seguimi su tiktok, lì mi chiamo gio.balla", P),
        ("folg mir auf tiktok, da heiße ich anders", CLEAN),
    ],
    # what one is called on the platform, in the first person: "on discord i go by X", "je m'appelle X"
    "'I go by' or 'I'm called' after the platform": [
        ("on discord i go by frostbyte_7", P),
        ("en discord me hago llamar pau_rg", P),
        ("sur discord je m'appelle lea_b", P),
        ("su discord mi chiamo gio_r", P),
        ("no discord me chamo bia_s", P),
        ("on discord i go by nothing", CLEAN),
        ("sur insta je m'appelle pareil", CLEAN),
        ("snap me chamo depois", CLEAN),
    ],
    # "mines" for "mine's", French "moi c'est" after the platform is asked for; Dutch and German verbs
    # split around the handle ("voeg X toe op snap", "füg X hinzu auf snap")
    "'mines', 'moi c'est', and a verb split around the handle": [
        ("got snap? mines kiki_22", P),
        ("t'as snap ? moi c'est lea_b", P),
        ("voeg sanne_vd toe op snap", P),
        ("füg lena_k hinzu auf snap", P),
        ("t'as snap? moi c'est non", CLEAN),
        ("moi c'est lea, 17 ans", CLEAN),
        ("mines is better", CLEAN),
    ],
    # the platform, a few words ("heb ik wel", "hab ich", "tengo"), a colon, then a handle
    "the platform, a few words, a colon, a handle": [
        ("snap hab ich: lena_k99", P),
        ("insta tengo: pau.rg", P),
        ("snap j'ai aussi: lea_b", P),
        ("insta ce l'ho: gio.r", P),
        ("snap eu tenho: bia_s", P),
        ("snap heb ik ook: sanne_vd", P),
        ("snap i do have: tom_j", P),
        ("snap heb ik wel: geen zin", CLEAN),
        ("insta tengo: no", CLEAN),
        ("my snap score is: 12000", CLEAN),
        ("tiktok version 2.0 says: update", CLEAN),
    ],
    # "follow me" or "add me" in the other six languages, then the handle with its @ (no platform)
    "'follow me' or 'add me', then an @handle": [
        ("sígueme @pau.rg", P),
        ("suivez-moi @lea.cuisine", P),
        ("folgt mir @lena.k", P),
        ("seguitemi @gio.r", P),
        ("volg me @sanne.vd", P),
        ("me segue @bia.s", P),
        ("añádeme @pau_rg", P),
        ("@jake volg je de les?", CLEAN),
        ("@marta sigue así", CLEAN),
        ("I follow @nasa for the pics", CLEAN),
        ("add @jake to the group", CLEAN),
    ],
    # music, dating, second-hand, sport and reading platforms, where a profile is found too
    "platforms of music, dating, sport and second-hand goods": [
        ("DJ set tonight, follow me on soundcloud djkiki_22", P),
        ("my spotify is kiki.22", P),
        ("tinder: kiki_22", P),
        ("find me on strava, kiki.runs", P),
        ("mi vinted es pau_vende", P),
        ("mon letterboxd c'est lea.films", P),
        ("no signal here lol", CLEAN),
        ("my spotify wrapped 2024 is out", CLEAN),
        ("i'm on tinder lol", CLEAN),
        ("hinge: stuck", CLEAN),
        ("signal: weak", CLEAN),
    ],
    # the night's jobs (a bouncer, a barman), the name set off by commas after the job and its place, and
    # "ask for <name>" with where to ask, in the seven languages
    "a bouncer or a barman, and 'ask for' a name at a place": [
        ("the bouncer at Fabric is Dave Jones", P),
        ("the bartender at the Crown on Mill St, Jake Turner, gives free shots", P),
        ("ask for Tom Hart at the bar at Printworks", P),
        ("pregunta por Ana Ruiz en la barra del Apolo", P),
        ("demande Julie Petit au bar du Rex", P),
        ("frag nach Anna Kurz an der Bar vom Watergate", P),
        ("chiedi di Giulia Conti al bancone del Plastic", P),
        ("vraag naar Sanne Bakker bij de bar van Paradiso", P),
        ("pergunta pela Rita Alves no bar do Lux", P),
        ("ask for directions at the desk", CLEAN),
        ("ask for Tom Hart, he knows", CLEAN),
        ("the barman at the Crown, Leeds Road, is rude", CLEAN),
    ],
    # a manager, a supervisor, a landlord: a relation through work, and a comma may set off the name
    "a work relation, the name set off by commas, then the place": [
        ("my supervisor Dan Price at Royal Mail keeps moving my shifts", P),
        ("my line manager Priya Shah at Barclays said no", P),
        ("meine Vorgesetzte Anna Kurz bei Siemens ist streng", P),
        ("mijn leidinggevende Tom Bakker bij Philips is ziek", P),
        ("my manager, Gary Holt, at the Tesco in Leeds", P),
        ("mein Chef, Jan Berger, vom Edeka in Kiel", P),
        ("mon patron, Luc Martin, du Carrefour de Rennes", P),
        ("il mio capo, Paolo Neri, della Coop di Pisa", P),
        ("mijn baas, Kees de Vries, van de Jumbo in Breda", P),
        ("my manager at work is nice", CLEAN),
        ("my supervisor at Royal Mail is strict", CLEAN),
        ("my manager Pep said no", CLEAN),
    ],
    # the relation after the name's comma, then the place; "the new nurse at ..."
    "the name, then 'my boss' or 'the new nurse' at the place": [
        ("Sarah Jones, my supervisor at Royal Mail, is a nightmare", P),
        ("Ana Ruiz, mi jefa en el Mercadona de Getafe", P),
        ("Luc Martin, mon patron chez Renault", P),
        ("Jan Berger, mein Chef bei BMW", P),
        ("Kees de Vries, mijn baas bij Philips", P),
        ("Paolo Neri, il mio capo alla Coop di Pisa", P),
        ("Rui Matos, o meu chefe no Continente", P),
        ("Emma Clarke, the new nurse at St James's hospital", P),
        ("Elon Musk, my hero at Tesla", CLEAN),
        ("Satya Nadella, the boss at Microsoft", CLEAN),
        ("Ana Ruiz, mi amiga de Madrid", CLEAN),
        ("my colleague Anna Weber im Urlaub in Rom", CLEAN),
        ("a minha colega Ana Lopes na Madeira", CLEAN),
    ],
    # the name, then "who works at the ..." or, after a question, "he works at the ...": a branch
    "the name, then 'who works' or 'he works' at a branch": [
        ("Sarah Jones who works at the Boots in Leeds", P),
        ("Pedro Gil, que trabaja en el Mercadona de Vigo, es majo", P),
        ("Luc Martin qui bosse au Carrefour de Lyon", P),
        ("Paolo Neri che lavora alla Coop di Pisa", P),
        ("Ana Lopes que trabalha no Continente de Braga", P),
        ("you know Tom Hart? he works at the Tesco in Leeds", P),
        ("kennst du Jan Berger? er arbeitet beim Rewe in Kiel", P),
        ("tu connais Luc Martin ? il bosse au Carrefour de Lyon", P),
        ("conheces o Rui Matos? ele trabalha no Continente de Braga", P),
        ("ken je Kees Smit? hij werkt bij de Jumbo in Breda", P),
        ("Tim Cook who works at Apple", CLEAN),
        ("ken je Tim Cook? hij werkt bij Apple", CLEAN),
        ("do you know Tom Hanks? he works in films", CLEAN),
    ],
    # someone else introduced, then a class and a school: "she's ..., year 11 at ..."
    "'she's' or 'this is' a name, then a class at a school": [
        ("he's Liam Foster, year 9 at Oakwood Academy", P),
        ("she is Amy Clarke, year 11 at Hillside School", P),
        ("das ist Lena Kraus, 9b am Goethe-Gymnasium", P),
        ("dat is Sanne Visser, 3 vwo op het Erasmus College", P),
        ("she's Emma Watson, she studied at Brown University", CLEAN),
        ("she's Taylor Swift, year of the Eras tour", CLEAN),
    ],
    # the name and an everyday job or a manager's at a branch after the comma, or at a school
    "the name, then a job at a chain or a school": [
        ("o Rui Matos, gerente do Continente de Braga, é simpático", P),
        ("Pedro Gil, encargado del Mercadona de Vigo", P),
        ("Luc Martin, gérant du Carrefour de Rennes", P),
        ("Jan Berger, Filialleiter beim Edeka in Kiel", P),
        ("Paolo Neri, direttore della Coop di Pisa", P),
        ("Julie Petit, caissière Leclerc à Brest", P),
        ("Anna Weber, Kassiererin Rewe in Köln", P),
        ("ho visto Giulia Conti, la maestra di mia figlia alla Montessori di Pisa", P),
        ("Pep Guardiola, manager of Manchester City", CLEAN),
        ("Carlo Ancelotti, allenatore del Real Madrid", CLEAN),
        ("Christine Lagarde, directrice de la BCE", CLEAN),
        ("Tim Cook, manager at Apple", CLEAN),
    ],
    # "I introduce myself:" in the seven languages, then the name and the job at a place
    "'let me introduce myself', the name and the job": [
        ("je me présente : Julie Petit, caissière chez Leclerc à Brest", P),
        ("me presento: Lucía Gómez, cajera del Mercadona de Getafe", P),
        ("ich stelle mich vor: Anna Weber, Kassiererin bei Rewe in Köln", P),
        ("let me introduce myself: Kelly Moss, cashier at the Tesco in Hull", P),
        ("apresento-me: Ana Lopes, caixa no Continente de Braga", P),
        ("mi presento: Sara Galli, infermiera all'ospedale di Pisa", P),
        ("me presento: soy de Getafe y trabajo en un Mercadona", CLEAN),
    ],
    # a name and a chain's branch given like a profile's fields, with the job or not
    "a name and a chain's branch as a profile's fields": [
        ("Kelly Moss (Tesco Hull)", P),
        ("name: Kelly Moss, work: Tesco Hull", P),
        ("nombre: Ana Ruiz, trabajo: Mercadona Getafe", P),
        ("Kelly Moss, cashier, Tesco Hull", P),
        ("Anna Kurz, Kassiererin, Rewe Jena", P),
        ("Jamie Oliver, Tesco ad", CLEAN),
        ("Taylor Swift (Target Exclusive)", CLEAN),
        ("Jamie Oliver (Tesco Extra)", CLEAN),
    ],
    # the sender who teaches, signed after the school; the German article before one's own name
    "'I teach at', and 'bin die' before one's own name": [
        ("I teach at Oakwood Primary, Kelly Moss", P),
        ("ik geef les op het Erasmus College, Sanne Bakker", P),
        ("ich arbeite bei Aldi in Jena, bin die Anna Kurz", P),
        ("Jordan Peterson teaches at the University of Toronto", CLEAN),
        ("I teach in a school in Leeds", CLEAN),
    ],
    # a job and its place, then the name between commas, in the seven languages; "du", "vom" as "of the"
    "a job at its place, then the name between commas": [
        ("la camarera del bar Manolo, Lucía Gómez, es un amor", P),
        ("die Kellnerin im Café Luna, Anna Kurz, ist nett", P),
        ("la serveuse du Rex, Julie Petit, est sympa", P),
        ("la cameriera del bar Sport, Giulia Conti, è simpatica", P),
        ("a empregada do café Lux, Rita Alves, é fixe", P),
        ("der Kellner vom Anker heißt Jan Berger", P),
        ("le serveur du coin, Jean Dupont, est là", CLEAN),
        ("the cashier at the Tesco, Leeds Road, is rude", CLEAN),
    ],
    # Spanish "curro de" (I work as), and "en el bar ...", "en la tienda ..." with the article: a place
    "Spanish 'curro de' and 'en el bar ...'": [
        ("me llamo Lucía Gómez y curro de camarera en el bar Manolo", P),
        ("soy Pablo Ruiz y curro en el Zara de Preciados", P),
        ("soy Pablo Ruiz, camarero en Madrid", CLEAN),
        ("me llamo Lucía Gómez y vivo en la calle", CLEAN),
    ],
    # a chain's warehouse, store or depot, then its town
    "a chain's warehouse or store, then its town": [
        ("Kelly Moss from the Tesco Extra in Hull", P),
        ("Gary Holt from the Asda depot in Leeds", P),
        ("Jan Berger vom Lidl Lager in Erfurt", P),
        ("we went to the Tesco Extra in Hull", CLEAN),
    ],
    # a classmate: "in de klas", "in der Klasse", "in class" after the name; a Dutch level glued to its year
    "a classmate, 'in the class', a Dutch level with its year": [
        ("mijn zoon zit bij Lars Jansen in de klas op het Erasmus College", P),
        ("meine Tochter ist mit Paul Weber in der Klasse am Goethe-Gymnasium", P),
        ("Lars Jansen, 4vwo op het Erasmus College", P),
        ("Noa Peters zit in 2havo op het Stedelijk Lyceum", P),
        ("sono Giulia Conti, 3° media alla Dante", P),
        ("sono Luca Bianchi, 2 superiore al Volta", P),
        ("ho 3 media di voti", CLEAN),
        ("minha professora de matemática Ana Lopes na Escola Básica de Braga", P),
        ("il mio compagno Luca Bianchi alla scuola Manzoni", P),
        ("we lazen Anne Frank in de klas", CLEAN),
        ("de 4vwo klas is druk", CLEAN),
    ],
    # Galician, Catalan and Spanish street words: Rúa, Avinguda, Passeig, Plaça, Rambla
    "Galician and Catalan street words": [
        ("vivo na Rúa Nova 14, Lugo", P),
        ("estamos en la Rúa do Vilar 10", P),
        ("visc a l'Avinguda Diagonal 450", P),
        ("el pis és al Passeig de Gràcia 43, 2n", P),
        ("quedem a la Plaça Reial 3", P),
        ("vivo en rúa do vilar 10, segundo", P),
        ("abito in Strada Nuova 10", P),
        ("p.zza Duomo 1, Milano", P),
        ("c.so Buenos Aires 20, 3° piano", P),
        ("Pza. Mayor 3, Madrid", P),
        ("trav. do Carmo 5, Lisboa", P),
        ("la Rúa do Franco es preciosa", CLEAN),
        ("gta 5 is great", CLEAN),
        ("la strada 2 volte", CLEAN),
        ("el Passeig de Gràcia es caro", CLEAN),
    ],
    # the house number said first with the word "number", then its street; Portugal's "n.º"
    "'number 12 on Elm Street', and 'n.º 12'": [
        ("my house is number 12 on Elm Street", P),
        ("vivo en el número 12 de la calle Mayor", P),
        ("abito al numero 5 di via Roma", P),
        ("j'habite au numéro 12 de la rue Victor Hugo", P),
        ("ik woon op nummer 14 in de Kerkstraat", P),
        ("ich wohne in der Nummer 12 in der Hauptstraße", P),
        ("moro no número 12 da Rua Augusta", P),
        ("Rua das Flores, n.º 12, 3º dto", P),
        ("number 10 on the list", CLEAN),
        ("el número 12 de la lista", CLEAN),
        ("number 5 in the UK charts", CLEAN),
        ("the number 12 at Carrer de Balmes stop", CLEAN),
    ],
    # Britain's streets named "The ...": "5 The Green", "12 The Crescent", after at, is, to, address
    "a British 'The ...' street": [
        ("my address: 5 The Green, Kirkby", P),
        ("we're at 12 The Crescent", P),
        ("send it to 3 The Maltings", P),
        ("we lost 2 The Oaks pub quiz rounds", CLEAN),
        ("it is 5 the green ones", CLEAN),
    ],
    # a German street named "Am ...", "Im ...", "An der ..." after "I live": what follows the number is free
    "a German 'Am ...' street after 'I live'": [
        ("wir wohnen Am Anger 7, gleich neben der Kirche", P),
        ("ich wohne Im Winkel 4 bei meinen Eltern", P),
        ("sie wohnt An der Alster 12 im dritten Stock", P),
        ("afterparty bei mir, Am Hang 4, 2. OG", P),
        ("Am Montag 4, 2. Stunde", CLEAN),
        ("ik woon aan de Coupure 5, naast de bakker", P),
        ("wij wonen op de Meir 22 boven de winkel", P),
        ("ich wohne Am Montag 3 Stunden weg", CLEAN),
        ("wir wohnen Im Jahr 2 schon hier", CLEAN),
        ("ik woon op de Veluwe 2 jaar al", CLEAN),
    ],
    # a card's groups set apart by two or three spaces, or a tab
    "a card's groups set apart by a run of spaces": [
        ("card 4111  1111  1111  1111", P),
        ("mi tarjeta es 5500  0000  0000  0004", P),
        ("4111\t1111\t1111\t1111", P),
        ("4111  1111 1111 1112", CLEAN),
        ("scores 12  45  33  10  22  31  40", CLEAN),
    ],
    # a number grouped in thousands with dots is no IP address
    "thousands grouped with dots": [
        ("die Erde hat 1.000.000.000 Menschen mehr als 1960", CLEAN),
        ("la Vía Láctea tiene 100.000.000.000 estrellas", CLEAN),
        ("er zijn 200.000.000.000 sterrenstelsels", CLEAN),
        ("my ip is 10.0.0.1", P),
        ("server 192.168.100.200 is down", P),
        ("mijn ip: 192.168.001.020", P),
    ],
    # a place ending in a street word, a comma, then a counted thing: no house number
    "a place, a comma, a number of things": [
        ("we fietsten naar Kinderdijk, 19 molens gezien", CLEAN),
        ("langs de Zeedijk, 20 cafés op een rij", CLEAN),
        ("ik woon op de Kerkstraat, 14", P),
        ("adres: Dorpsweg 12, 2e verdieping", P),
    ],
}

test_fixed = class_test(FIXED)
