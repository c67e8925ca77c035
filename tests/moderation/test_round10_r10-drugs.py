"""Round 10 of issue #12 (helper r10-drugs): drugs recall on set13's classes and on each drug
family's street vocabulary in the seven languages.

Set13's nine drug misses were read as classes (an emoji or a fancy font for a disguise, heroin
taken as a mass noun or prescribed, cocaine named by its origin, a drug one is "on", a Joint with
a German article, a Dutch compound of wiet); the rest of the round went through each family
(cannabis, cocaine, MDMA, amphetamine, opioids, benzodiazepines, ketamine, psychedelics, GHB,
poppers, nitrous, new psychoactive substances) and the wordings of asking one person ("t'as de
la", "hast du was", "ce l'hai", "heb jij nog", "tienes", "tens") for what the packs lacked, from
the public glossaries named in rulepacks/SOURCES.md ("Round 10"). Each class has positives in
several languages and innocent messages of the same shape. Before the fix the engine of main
missed 68 of the 83 positives below; it read the 39 clean ones clean, and still does.
Messages go through the real engine loaded from ``rulepacks/``.
"""

from verdicts import class_test

D, CLEAN = ("drugs",), ()

CLASSES = {
    # letters spelled out between emoji, or a message that is one styled word alone
    "disguise": [
        ("e 💉 r 💉 o 💉 i 💉 n 💉 a", D),
        ("k❄o❄k❄s", D),
        ("p💊e💊r💊i💊c💊o", D),
        ("ｈａｃｈís", D),
        ("ⓔⓡⓞⓘⓝⓐ", D),
        ("ᴘᴇʀɪᴄᴏ!!", D),
        ("𝐤𝐨𝐤𝐬 ❄️", D),
        ("ｃｏｋｅ ｚｅｒｏ", CLEAN),
        ("ｌｏｌ", CLEAN),
        ("ᴄᴏᴏʟ", CLEAN),
        ("I love ᴄᴏᴋᴇ", CLEAN),
        ("s 🌞 u 🌞 n", CLEAN),
    ],
    # heroin as a mass noun right after a verb of use or dealing, or prescribed to addicts
    "heroin_taken": [
        ("mi tío se metía heroína en los noventa", D),
        ("en los 80 muchos chavales consumían heroína en el barrio", D),
        ("probó la heroína con 17 años", D),
        ("meu tio usava heroína nos anos 80", D),
        ("ele injetava heroína todos os dias", D),
        ("mio zio usava eroina da ragazzo", D),
        ("il a pris de l'héroïne pendant des années", D),
        ("hij gebruikte heroïne in de jaren 80", D),
        ("heroïne op recept voor verslaafden", D),
        ("l'héroïne sur ordonnance existe en Suisse", D),
        ("heroína prescrita em programas de tratamento", D),
        ("en Granada probaron heroína recetada a adictos", D),
        ("la heroína se metió en la cueva para salvar al niño", CLEAN),
        ("la heroína consumía sus fuerzas para salvar el reino", CLEAN),
        ("a heroína usava uma espada mágica", CLEAN),
        ("l'eroina del romanzo prendeva il treno", CLEAN),
        ("le rôle de l'héroïne est joué par Adèle", CLEAN),
        ("la heroína de la película es valiente", CLEAN),
    ],
    # cocaine named by where it comes from
    "origin": [
        ("vende-se pó da Bolívia, entrega em casa", D),
        ("tem pó boliviano aqui", D),
        ("polvo colombiano para el finde", D),
        ("Bolivian marching powder at the party", D),
        ("peruvian flake, best quality", D),
        ("neve colombiana per stasera", D),
        ("kolumbianisches Koks ab Freitag", D),
        ("de la colombienne pure", D),
        ("colombiaanse coke, snel geleverd", D),
        ("café colombiano recién molido", CLEAN),
        ("pó de café da Colômbia", CLEAN),
        ("colombiaanse koffie is de beste", CLEAN),
    ],
    # the high said with the drug: a drug one is on, coked up
    "on_it": [
        ("auf der Feier waren zwei Kollegen total auf Koks", D),
        ("sie war total zugekokst", D),
        ("il était complètement sous coke hier soir", D),
        ("elle est sous MD depuis minuit", D),
        ("estaba hasta arriba de coca", D),
        ("hij zat helemaal aan de coke", D),
        ("ele tava chapado de pó ontem", D),
        ("he was coked up at the wedding", D),
        ("she looked cracked out", D),
        ("der Ofen läuft auf Koks", CLEAN),
        ("sous le coke de la forge", CLEAN),
        ("he was fed up at the wedding", CLEAN),
    ],
    # a Joint with a German article, rolled or smoked further off
    "joint_de": [
        ("mein Mitbewohner dreht sich jeden Abend einen Joint auf dem Balkon", D),
        ("gib mir mal den Joint", D),
        ("wir rauchen heute nen Joint zusammen", D),
        ("er hat keinen Joint mehr", D),
        ("ein Joint Venture mit Siemens", CLEAN),
        ("wir gründen einen Joint Venture", CLEAN),
        ("my knee joint hurts", CLEAN),
    ],
    # wiet at the head of a Dutch compound
    "wiet_compound": [
        ("wie wil wietstekjes? heb er te veel", D),
        ("mijn wietplantjes groeien goed", D),
        ("wietzaden online bestellen", D),
        ("wietbrownies op het feest", D),
        ("Wietse komt morgen eten", CLEAN),
        ("Wietske en Wieteke gaan schaatsen", CLEAN),
    ],
    # asking one person, in each language's own words
    "asking": [
        ("t'as de la beuh pour ce soir ?", D),
        ("t'aurais pas de la coke ?", D),
        ("il a pécho de la C", D),
        ("haste Ott?", D),
        ("hast du was da? brauche Gras", D),
        ("ce l'hai un po' di bamba?", D),
        ("mi procuri l'erba per sabato?", D),
        ("ieri sera abbiamo pippato due righe di bamba", D),
        ("heb jij nog coke?", D),
        ("tienes hierba?", D),
        ("me pasas un poco de maría?", D),
        ("tem bagulho aí?", D),
        ("anyone holding molly?", D),
        ("sort me out with some mandy", D),
        ("t'as de la farine pour le gâteau ?", CLEAN),
        ("hast du was zu essen da?", CLEAN),
        ("ce l'hai il caricabatterie?", CLEAN),
        ("mi sono pippato tutto il film", CLEAN),
        ("heb je nog zin in een cola met ijs?", CLEAN),
        ("tienes coca cola?", CLEAN),
        ("me pasas la sal?", CLEAN),
        ("anyone holding the door?", CLEAN),
        ("hast du das Gras schon gemäht?", CLEAN),
    ],
    # the families' street names from the public glossaries
    "vocabulary": [
        ("monkey dust is ruining the city", D),
        ("bromazolam pills from the darknet", D),
        ("flualprazolam killed him", D),
        ("methoxetamine is back", D),
        ("we took eckies at the festival", D),
        ("disco biscuits at the rave", D),
        ("a bit of cat valium before the club", D),
        ("key bump in the toilets", D),
        ("crack pipe on the street", D),
        ("hotboxing the car again", D),
        ("wacky tobacky anyone?", D),
        ("devils lettuce is legal here now", D),
        ("booger sugar all night", D),
        ("galaxy gas balloons at the party", D),
        ("psilocin is what the mushroom turns into", D),
        ("magic truffles from the smartshop", D),
        ("crushed dilaudid with a beer", D),
        ("❄️ 80 a g", D),
        ("🍃🍃 10 a g", D),
        ("Jibbit bauen", D),
        ("wir haben Shit geraucht", ("drugs", "profanity")),
        ("Piko vom Dealer", D),
        ("mi sono fatto un cannone", D),
        ("rolliamo un cannone d'erba", D),
        ("Piko Modellbahn zu Weihnachten", CLEAN),
        ("il cannone del castello", CLEAN),
        ("it snowed ❄️❄️", CLEAN),
        ("fresh herbs 🌿🌿 from the garden", CLEAN),
        ("the devil is in the details", CLEAN),
        ("a disco at the biscuit factory", CLEAN),
        ("galaxy gas clouds form stars", CLEAN),
        ("dilaudid after my surgery helped", CLEAN),
    ],
    # the families' names as each language's chat says them, with their everyday senses
    "chat_names": [
        ("tomamos unas tachas en el antro", D),
        ("vamos a quemar un porro", D),
        ("me quedan dos micros de ácido", D),
        ("me fumé una china en el parque", D),
        ("un talego de chocolate", D),
        ("le dimos a la farla toda la noche", D),
        ("hoje vou dar um dois", D),
        ("tu me fais un pochon à 20 ?", D),
        ("un gramme de cc", D),
        ("de la résine marocaine", D),
        ("zieh dir ne Line", D),
        ("weed, a zip for 200", D),
        ("un producto sin tacha", CLEAN),
        ("vamos a quemar las hojas secas", CLEAN),
        ("me quedan dos micros de la empresa", CLEAN),
        ("un talego de ropa sucia", CLEAN),
        ("le dio a la coca cola un trago", CLEAN),
        ("dar um dois a zero no jogo", CLEAN),
        ("cc ça va ?", CLEAN),
        ("zip the file and send it", CLEAN),
    ],
}

test_class = class_test(CLASSES)
