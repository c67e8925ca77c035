"""Innocent messages the shipped packs must leave alone, by class (docs/rulepacks.md, "What each
category means"), in English and the six other languages, and the swearing next to them that they
must still catch.

All packs are loaded together, so a term of one language meets every other language's words: a
German "dick" (fat), a Dutch "kunt" (can) or a French "douche" (shower) must not be English
swearing. The allow lists and contexts that keep these clean work by class (place names, surnames,
first names, everyday senses, medicine, words of another language), never by single message.
"""

import pytest

CLASSES = {
    "place names": [
        "we drove from Scunthorpe to Penistone", "my aunt lives in Middlesex", "Shitterton, Dorset",
        "the ferry to Twatt", "the village of Fucking in Austria", "Bitche is in Moselle",
        "a match at the Wankdorf", "Pissouri bay in Cyprus", "Wankum am Niederrhein",
        "Titz near Cologne", "Kuta beach in Bali", "Kutaisi airport", "Hooge Mierde",
        "Troia in Puglia", "Cazzago San Martino", "Fickmühlen", "Schore in Zeeland",
        "Neukölln in Berlin", "Merdeka Square in Jakarta", "Maricá no Rio", "the Karawanken tunnel",
        "Dildo, Newfoundland", "Cumming, Georgia",
    ],
    "surnames": [
        "Mr Cockburn called", "the Kuntz family", "Frau Hoerner", "Professor Shittu",
        "Rahul Dikshit", "the Slutsky equation", "Pissarides won the Nobel prize",
        "the Wankhede stadium", "Alan Cumming", "Dick Cheney", "Dick Bruna drew Miffy",
        "Jan De Cock", "il dottor Cazzaniga", "Matsushita", "Dickens and Dickinson",
    ],
    "first names": [
        "Phuc is my best friend", "Shital is coming over", "Kutlu and Kutay are brothers",
        "Nigar is my cousin", "Kunti is a name", "Bich Ngoc sings", "mi tía María",
        "Molly is my sister", "Tina Turner", "Paco de Lucía", "Mandy Moore", "Lolo e Beck",
    ],
    "everyday senses": [
        "the cock crowed at dawn", "a cock pheasant", "pussy willow in spring",
        "the pregnant bitch whelped", "a brood bitch", "screws and nuts", "nuts and bolts",
        "a wild ass and her foal", "prick your finger", "cock the gun", "blue tits at the feeder",
        "a hoe for the garden", "any Tom, Dick and Harry", "summa cum laude",
        "a chink in the armour", "faggots and peas for tea", "our maine coon", "spick and span", "the kitchen is spic en span",
        "vimos una zorra", "la perra tuvo cachorros", "o veado no parque", "vi uma piranha",
        "le joint de la fenêtre", "ma chatte a eu des chatons", "une tapette à mouches",
        "la pédale de frein", "unsere Muschi schläft", "mit den Vögeln im Garten",
        "la cagna e i cuccioli", "insalata di finocchio", "scopare il pavimento",
        "de teef kreeg puppy's", "een eikel van de eik", "de makaak in de dierentuin",
        "I need to weed the garden", "a can of coke", "la canna da pesca", "Koks für den Hochofen",
        "une douche froide", "ik ga douchen", "wilt u een douche nemen?", "hoe heet u?", "hoe gaat het, he?",
        "der Hund lief laut bellend weg", "hachis parmentier", "spaghetti alla puttanesca",
        "une salopette", "un pique-nique", "cul-de-sac", "Preisschwankungen", "der Wankelmotor",
        "anspornen", "Hurenkind und Schusterjunge",
    ],
    "words of another language": [
        "ich bin zu dick", "durch dick und dünn", "Ich aß einen Apfel", "ein Ass im Ärmel",
        "je kunt het", "u kunt gaan", "een huis huren", "nutteloos", "trop tard", "en retard",
        "café con leche", "pros and cons", "María sale con Juan", "bitte schön", "ele fica em casa", "ele pede desculpa",
        "eine Pute zu Weihnachten", "mijn nicht", "ich bin nicht müde", "el pelo negro",
        "bekommerde", "farla finita", "je kiffe", "mi yayo", "das Krokodil im Zoo",
        "a bola rola", "el Cono Sur", "feliz año", "hij vogelt graag", "hoera", "fickle weather",
        "start the mongo shell", "a subnormal temperature", "een pompinstallatie",
    ],
    "medicine and generic drug words": [
        "I take ibuprofen", "my meds", "antibiotics for a week", "codeine for my cough",
        "the doctor prescribed diazepam", "morphine after surgery", "a car dealer",
        "drug addiction is a disease", "the overdose crisis", "rehab centre", "war on drugs",
        "tomé paracetamol", "la morfina del hospital", "tomo antibióticos", "Schmerzmittel nehmen",
        "Drogen zerstören Familien", "un médicament contre la toux", "la drogue détruit des vies",
        "farmaci da banco", "la droga rovina le famiglie", "medicijnen slikken",
        "lachgas bij de tandarts", "mijn tante heeft kanker", "kankeronderzoek",
        "onderzoek naar kanker en tering", "trisomique 21: le dépistage", "as drogas destroem",
        "la heroína de la novela", "l'héroïne du roman", "l'eroina del film",
    ],
}


@pytest.mark.parametrize("text", [pytest.param(t, id=f"{c}: {t}") for c, ts in CLASSES.items() for t in ts])
def test_innocent_message_is_clean(engine, text):
    verdict = engine.check(text)
    assert verdict.categories == (), verdict.hits


# An allow entry covers its own word only: the same message with the real term still hits.
STILL_CAUGHT = [
    "Scunthorpe is full of cunts", "Shitterton is a shithole", "the bitch had puppies, you bitch",
    "Dick Cheney is a dickhead", "pussy willow and your pussy", "Kuta beach is kut",
    "hoera, vuile hoer", "une salopette, salope", "puttanesca, puttana", "el Cono Sur, coño",
    "ich bin zu dick, du Arschloch", "je kunt het, klootzak", "ik ga douchen, douchebag",
    "Preisschwankungen, wanker", "mi tía María fuma un porro de maría",
]


@pytest.mark.parametrize("text", STILL_CAUGHT)
def test_the_real_word_beside_an_allowed_one_still_counts(engine, text):
    assert engine.check(text).categories != ()
