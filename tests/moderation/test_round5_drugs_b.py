"""Round 5 of issue #12 (helper b): French, German, Italian and Dutch drug classes set 7 missed.

Each class is a kind of message, not a message: examples written for these tests (other words and
wordings than the set's), and innocent messages of the same shape that must stay clean (the
everyday senses: blanche white, la C a letter, joint a seal, canna a fishing rod, neve snow, Gras
grass, Pepp zest, speed velocity, bruin en wit bread, eroina and heroïne a heroine, champis in a
pan). Messages go through the real engine loaded from ``rulepacks/``.
"""

from verdicts import assert_clean, assert_only, class_test

D, CLEAN = ("drugs",), ()

CLASSES = {
    # slang sold by weight: a price per gram within ten words, in the language of the message
    "slang priced by the gram": [
        ("la blanche à 70 le gramme, pas moins", D), ("de la C à 50 le gramme ce soir", D),
        ("j'ai de l'herbe, 10 le gramme", D),
        ("Ott gibt's bei mir, 9 € das Gramm", D), ("Koks hab ich, aber nur für 90 das Gramm", D),
        ("Pep für 12 pro Gramm", D),
        ("neve pulita, 60 euro al grammo", D), ("erba buona a 8 al grammo", D),
        ("keta a 40 al grammo", D),
        ("la robe blanche est à 60 euros", CLEAN), ("la blanche neige en montagne", CLEAN),
        ("montare gli albumi a neve, poi 100 grammi di zucchero", CLEAN),
        ("salmone keta, 300 grammi", CLEAN), ("Gras mähen und Rasen düngen", CLEAN),
    ],
    # the same words weighed in a recipe, or fuel coke by the ton: the gram says nothing there
    "weighed in a recipe or as fuel": [
        ("250 grammes de sucre en poudre et trois oeufs", CLEAN),
        ("80 grammes de poudre d'amandes", CLEAN), ("une cuillère de cacao en poudre, 20 grammes", CLEAN),
        ("un peu d'herbe fraîche hachée, 5 grammes", CLEAN), ("erba cipollina, 15 grammi", CLEAN),
        ("fumo liquido, 3 grammi per la salsa", CLEAN), ("Keta-Kaviar, 50 Gramm", CLEAN),
        ("Koks für die Schmiede, 20 Kilo", CLEAN),
        ("la poudre à 60 le gramme", D), ("Koks gegen Kohle, 80 das Gramm", D),
    ],
    # cocaine as "la C" and "la blanche": snorted or asked for; a letter, a car, a beer otherwise
    "French cocaine letter and colour": [
        ("qui a de la C pour samedi ?", D), ("il tape de la C tous les soirs", D),
        ("elle sniffe la blanche dans les toilettes", D), ("il tape de la blanche", D),
        ("la C est la troisième lettre", CLEAN), ("je tape la C au clavier", CLEAN), ("je prends la blanche, pas la rouge", CLEAN),
        ("une pinte de blanche au bar", CLEAN), ("vitamine C et zinc", CLEAN),
    ],
    # MD and kéta taken ("taper"), offered ("dispo") or asked for
    "French MD and keta offered or taken": [
        ("MD dispo ce week-end, écris-moi", D), ("qui a de la MD ?", D),
        ("elle tape de la kéta en after", D), ("kéta dispo sur Lyon", D),
        ("mon MD est en vacances", CLEAN), ("du saumon kéta au four", CLEAN),
        ("le dossier est dispo sur le site", CLEAN),
    ],
    # champis eaten for a trip, not cooked
    "French mushrooms for a trip": [
        ("des champis magiques, gros trip", D), ("on a mangé des champis, j'ai halluciné", D),
        ("une poêlée de champis à l'ail", CLEAN), ("pizza jambon champis", CLEAN),
    ],
    # a joint passed round or lit, as the phrase itself; a seal handed to a plumber stays clean
    "joint passed round": [
        ("passe-moi le joint, c'est mon tour", D), ("fais tourner le joint", D),
        ("passami la canna, tocca a me", D), ("passa la canna a Marco", D),
        ("geef die joint even door", D), ("geef me de joint", D), ("draai een joint voor ons", D),
        ("passe-moi le joint torique, la fuite vient du robinet", CLEAN),
        ("le joint de la baignoire est moisi", CLEAN),
        ("passami la canna da pesca", CLEAN), ("passami la canna, il pesce abbocca", CLEAN),
        ("het is een joint venture tussen twee banken", CLEAN),
        ("de deur klemt bij het scharnier", CLEAN),
    ],
    # German "Ott" (cannabis), "auf Shore" (heroin), Pep(p) to party all night
    "German Ott Shore Pepp": [
        ("hast du noch Ott?", D), ("wir rauchen heute Ott", D),
        ("sie ist seit Jahren auf Shore", D), ("der drückt Shore, total abhängig", D),
        ("Pepp zum Durchmachen am Wochenende", D), ("Pepp, um wach zu bleiben beim Rave", D),
        ("Herr Ott kommt um drei", CLEAN), ("Familie Ott wohnt nebenan", CLEAN),
        ("mehr Pepp für die Party: Luftballons", CLEAN), ("die Musik bringt neuen Pepp", CLEAN),
        ("Urlaub on the shore of Lake Garda", CLEAN),
        ("Pep Guardiola hat die Nacht durchgefeiert", CLEAN),
        ("Grassamen säen, 25 Gramm pro Quadratmeter", CLEAN),
    ],
    # Italian pasticche and keta on a night out; bamba delivered; not lozenges, a song, a salmon
    "Italian party pills and delivered slang": [
        ("pasticche per la serata di sabato", D), ("la keta gira alle feste", D),
        ("bamba consegnata in un'ora", D), ("bamba a domicilio, scrivimi", D),
        ("pasticche per la gola al miele", CLEAN), ("chi ha le pasticche per la tosse?", CLEAN),
        ("balliamo la bamba alla festa", CLEAN), ("salmone keta per la serata", CLEAN),
    ],
    # eroina / heroïne (also a heroine): where it spreads, how it is taken, what it is sold with
    "heroin in the news or on sale": [
        ("l'eroina torna nelle periferie delle città", D), ("si inietta eroina da anni", D),
        ("il consumo di eroina cresce tra i giovani", D),
        ("heroïne en coke te koop", D), ("hij rookt bruin en wit", D),
        ("bruin en wit, per gram, alleen cash", D),
        ("l'eroina del romanzo torna a casa", CLEAN),
        ("l'eroina del romanzo vive in periferia", CLEAN), ("l'eroina del film è morta alla fine", CLEAN),
        ("de heroïne van het boek vindt haar broer", CLEAN),
        ("bruin en wit brood te koop bij de bakker", CLEAN),
    ],
    # new psychoactive substances by name: 3-MMC and its family, 4-FA, 2C-B
    "Dutch named new psychoactive substances": [
        ("3-MMC is slopend", D), ("hij snuift 3mmc", D), ("4-MMC uit een webshop", D),
        ("4-FA op het festival", D), ("2C-B voor het weekend", D), ("mefedron is verboden", D), ("4-FMP en 4-FMA", D),
    ],
    # speed and coke going out, offered or delivered (Dutch): speed alone is velocity
    "Dutch speed and coke going out or delivered": [
        ("ik heb speed voor het feest", D), ("met speed de hele nacht doorhalen", D),
        ("coke bezorgd aan huis, bestel nu", D), ("coke te koop", D),
        ("een jonko draaien", D),
        ("ik ben bezorgd over de speed van mijn internet", CLEAN),
        ("speed dating in Utrecht", CLEAN), ("een coke zero bestellen", CLEAN),
        ("de speed van de trein", CLEAN), ("Pep Guardiola viert feest", CLEAN),
        ("we have 4 FA Cup games left", CLEAN), ("een joint door de deur", CLEAN),
    ],
}


test_class = class_test(CLASSES)


def test_ordinary_chat_stays_clean(engine):
    """Everyday lines with the words these classes read: none is drugs."""
    assert_clean(engine, [
        "la blanche et la rouge sont en solde", "tape ton mot de passe", "il a tapé la balle",
        "des champignons à la crème", "Gras wächst schnell im Frühling", "das Gramm Gold kostet viel",
        "la neve è caduta stanotte", "una canna di bambù", "passami il sale",
        "de speed van het licht", "geef de sleutel even door", "wit en bruin suiker",
    ])


def test_offer_is_drugs_only(engine):
    """An offer with a price stays drugs, not spam."""
    assert_only(engine, "drugs", ["MD dispo, 40 le gramme", "keta 30 al grammo, scrivimi"])
