"""Round 9 of issue #12 (drug vocabularies): the street names of every drug family, in all seven
languages, rather than the phrases one set missed.

Each class is a family's street vocabulary in one or more languages: examples written for these
tests, and innocent messages of the same shape that must stay clean (the everyday sense of each
short or ambiguous word). Messages go through the real engine loaded from ``rulepacks/``.
"""
from verdicts import class_test

D, CLEAN = ("drugs",), ()
PH, DPH = ("phone",), ("drugs", "phone")

CLASSES = {
    # cannabis: strains by name, the joint as each language says it, where it is dealt
    "cannabis strains (Haze and the coffeeshop menu)": [
        ("anyone got some haze for tonight", D), ("lemon haze 10 a g, hmu", D),
        ("smoking purple haze all weekend", D), ("an eighth of haze please", D),
        ("white widow and sour diesel in stock", D), ("super silver haze, best strain", D),
        ("im Park wird wieder Haze verkauft", D), ("hat jemand Haze für heute Abend", D),
        ("Haze vom Görli ist gestreckt", D), ("wo gibt's Haze in Köln", D),
        ("de l'amnesia haze à 10 le gramme", D), ("un bédo de haze", D),
        ("quem tem haze pra hoje", D), ("un porro de haze", D), ("una canna di haze", D),
        ("wie heeft er haze", D), ("Amnesia Haze in de coffeeshop", D),
        ("the haze over london this morning, can't see a thing", CLEAN),
        ("I'm in a haze after last night's party, need coffee", CLEAN),
        ("selling my camera, great for haze shots, call 07700 900123", PH),
        ("purple haze is the best hendrix song", CLEAN),
        ("the smoke haze from the bushfires", CLEAN),
        ("white widow spiders are dangerous", CLEAN),
        ("da ist Nebel über dem See, alles Haze", CLEAN),
    ],
    "the joint as each language says it": [
        ("who's got a zoot", D), ("roll a zoot after work", D), ("pass the doobie", D),
        ("sticky icky for sale dm me", D), ("got some nugs for sale", D),
        ("smoked some chronic last night", D), ("got some bud for the weekend, who's in", D),
        ("hash cakes at the party", D), ("space cakes in amsterdam", D),
        ("lass uns nen Dübel bauen", D), ("wir rauchen ne Mische", D),
        ("on fume un pilon ce soir", D), ("il fume de la frappe", D),
        ("bora apertar um fino", D), ("bora dar um tapa no beck", D), ("baseado de skunk", D),
        ("me lío un canuto", D), ("me pasas el peta", D), ("fumando un petardo", D),
        ("rollami una canna", D), ("maria da fumare", D),
        ("een blowtje doen", D), ("skunk te koop, app me", D),
        ("zoot suits at the swing dance", CLEAN), ("listening to the doobie brothers", CLEAN),
        ("chicken nugs for lunch", CLEAN), ("my chronic pain is worse, need some rest", CLEAN),
        ("got some bud light for the weekend", CLEAN),
        ("der Dübel hält nicht in der Wand", CLEAN), ("eine Mische aus Sand und Zement", CLEAN),
        ("le pilon de poulet est trop bon", CLEAN), ("c'est de la frappe, ce son", CLEAN),
        ("o fino do samba pra hoje", CLEAN), ("um papo fino", CLEAN),
        ("el canuto del tubo", CLEAN), ("petardos para la fiesta de fin de año", CLEAN),
        ("una canna da pesca", CLEAN), ("la maria è arrivata", CLEAN),
        ("the skunk in the garden again", CLEAN),
        ("bro got a zip of loud", D), ("the neighbours got loud again", CLEAN),
    ],
    # Portuguese baseado: asked for, now that "baseado em" (based on) is allowed whatever follows
    "baseado asked for, not based on": [
        ("alguém tem baseado pra hoje?", D), ("quem tem baseado pro fds", D),
        ("vou levar baseado pra festa", D), ("quem tem beck pra hoje", D),
        ("vendo prensado, chama no zap 11 98888-1234", DPH), ("prensado 50 reais a grama", D),
        ("tem skunk na quebrada", D), ("vendo dichavado", D),
        ("um estudo baseado em dados reais", CLEAN),
        ("quem tem o resumo baseado no livro pra hoje", CLEAN),
        ("o filme é baseado numa história real, vamos à festa", CLEAN),
        ("baseado nisso, quem tem ideias pra festa?", CLEAN),
        ("queijo prensado pra festa", CLEAN),
        ("vendo papelão prensado, chama no zap 11 98888-1234", PH),
    ],
    # cocaine: names and things had as a quantity, "la C" and "coco" where it goes round
    "cocaine by its names and things": [
        ("got some charlie for saturday", D), ("he was doing lines of charlie in the toilets", D),
        ("charlie 60 a gram, text me", D), ("selling charlie, text 07700 900555", DPH),
        ("anyone got any ching", D), ("selling ching, 50 a g", D),
        ("got some chang for the afters", D), ("need some ching for tonight", D),
        ("a line of gear in the bogs", D), ("alguien tiene hachís?", D),
        ("nos metimos unas rayas antes del concierto", D), ("der Ticker am Bahnhof hat Gras", D),
        ("ne Nase Koks auf dem Klo", D), ("ich zieh noch ne Line", D), ("am Kotti gibt's Koks", D),
        ("y'a de la C dans les chiottes de la boîte", D), ("il vend de la C à la cité", D),
        ("tu as de la coco ?", D), ("vends coco, livraison rapide, 06 12 34 56 78", DPH),
        ("vends c.o.c, livraison sur paris, 06 12 34 56 78", DPH),
        ("unos tiros de coca en el baño", D), ("brizola na biqueira", D),
        ("charlie is coming to the party tonight", CLEAN),
        ("can anyone pick up charlie from school", CLEAN),
        ("got some charlie and the chocolate factory dvds", CLEAN),
        ("chang is coming to the party tonight", CLEAN),
        ("got some gear for the hike", CLEAN),
        ("wir treffen uns am Kotti um 8", CLEAN), ("er zieht die Nase hoch", CLEAN),
        ("de la C à la F", CLEAN), ("la C est ma note en maths", CLEAN),
        ("là c'est la teuf, on y va", CLEAN), ("de là c'est à 5 minutes de la soirée", CLEAN),
        ("coco, appelle moi au 06 12 34 56 78", PH), ("mon coco est en retard à la soirée", CLEAN),
        ("la noix de coco livrée demain", CLEAN), ("du lait de coco pour le curry", CLEAN),
        ("un tiro de gracia", CLEAN), ("hachis parmentier ce soir, qui a faim ?", CLEAN),
        ("pintamos rayas en el baño", CLEAN), ("der Liveticker zum Spiel", CLEAN),
    ],
    # MDMA, ketamine, mephedrone, GHB, poppers: the night out and the chemsex party
    "party drugs where they go round": [
        ("anyone got pills for the afters", D), ("necked a pill at the rave", D),
        ("mandy for the afters?", D), ("special k for the rave", D),
        ("tina and g at the chemsex party", D), ("poppers at the club", D),
        ("amyl for sale, dm", D), ("anyone got some tabs for the festival", D),
        ("plug got pills, 10 each", D), ("bar tabs at the club are crazy", CLEAN), ("hat jemand Teile für die Afterhour", D),
        ("ne halbe Pille auf dem Rave", D), ("Poppers im Club", D), ("K.-o.-Tropfen im Drink", D),
        ("du poppers en boîte", D), ("unas rulas para el after", D),
        ("popper en la discoteca", D), ("popper in discoteca", D),
        ("een pilletje in de club", D), ("poppers in de club", D), ("snuif op het toilet", D),
        ("party poppers at the club for new year", CLEAN), ("special k for breakfast", CLEAN),
        ("tina turner tribute at the club tonight", CLEAN),
        ("crystal is coming to the party, she's bringing tina", CLEAN),
        ("die Pille danach", CLEAN), ("eine halbe Pille gegen Kopfschmerzen", CLEAN),
        ("las rulas de la bici", CLEAN), ("pep talk voor het team", CLEAN),
    ],
    "mephedrone in every spelling": [
        ("anyone got mkat for the afters", D), ("m-kat 15 a gram", D), ("meow meow for sale", D),
        ("selling meph, 15 a g", D), ("wer hat Mkat für die Afterhour", D),
        ("Mephedron auf der Party", D), ("quem tem mefedrona", D), ("mefedrona en el after", D),
        ("mefedrone in discoteca", D), ("des cathinones en chemsex", D),
        ("meph is a demon in the game", CLEAN), ("the drone footage is great", CLEAN),
    ],
    # heroin and opioids, amphetamine, mushrooms and LSD, benzos
    "heroin, speed, mushrooms and pills by their street names": [
        ("he's a smackhead", D), ("scag for sale", D), ("billy whizz for the weekend", D),
        ("zannies for the weekend", D), ("roxies for sale no script", D), ("vallies, no script", D),
        ("mushies for the festival", D), ("liquid e in her drink", D),
        ("hat jemand Pilze für Samstag, wollen trippen", D),
        ("il se shoote à l'héroïne", D), ("il est accro à la came", D), ("de la schnouf", D),
        ("se pincha heroína", D), ("un cartón de ácido", D), ("cogumelo pra viajar", D),
        ("spaccia roba in piazza", D), ("si fa di ero da anni", D), ("un cartone di acido", D),
        ("funghetti per il festival", D),
        ("mushy peas and chips", CLEAN), ("Pilze sammeln im Wald", CLEAN),
        ("l'héroïne du film se fait tirer dessus", CLEAN),
        ("la came de l'arbre à cames est usée", CLEAN),
        ("un cartone animato", CLEAN), ("chi ha la roba da lavare", CLEAN),
        ("ero in discoteca ieri sera", CLEAN), ("mi sono fatto le pere cotte al forno", CLEAN),
        ("ácido hialurônico na festa", CLEAN),
    ],
    # a Markdown file named by its usual stem is no MD
    "README.md is no MD": [
        ("setup.sh draaien na de readme.md", CLEAN), ("lees de CHANGELOG.md voor het feest", CLEAN),
        ("mira el README.md antes de la fiesta", CLEAN), ("MD op het feest", D),
    ],
}

test_class = class_test(CLASSES)
