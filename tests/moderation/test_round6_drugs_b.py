"""Round 6 of issue #12 (helper b): French, German, Italian and Dutch drug classes set 8 missed.

Each class is a kind of message, not a message: examples written for these tests (other words and
wordings than the set's), and innocent messages of the same shape that must stay clean (the
everyday senses: Schnee snow, Emma a name, Pappe cardboard, H a letter, Taz the cartoon devil,
champis in a forest, francobollo a stamp, eroina and heroïne a heroine, erba grass, halve m a
measure, speed velocity). Messages go through the real engine loaded from ``rulepacks/``.
"""

from verdicts import assert_clean, class_test

D, P, CLEAN = ("drugs",), ("drugs", "profanity"), ()

CLASSES = {
    # German street names in a plain drug context: Koks and Ott with the neuter article (fuel is
    # "der Koks", a surname takes none), Schnee drawn up the nose, Pep to party all night, LSD
    # blotters that hit, "auf H" for years, Emma (MDMA) counted at a party, a joint rolled
    "German street names": [
        ("das Ott von gestern war top", D), ("hol mal das Koks aus der Jacke", D),
        ("sie zieht Schnee auf dem Klo", D), ("die ziehen jedes Wochenende Schnee", D),
        ("Pepp zum Durchmachen, wer hat?", D), ("etwas Pep zum Wachbleiben", D),
        ("zwei Pappen und ein krasser Trip", D),
        ("mein Bruder ist seit Monaten auf H", D), ("eine Emma auf dem Rave", D),
        ("wir bauen einen Joint", D),
        ("der Koks für die Schmiede", CLEAN), ("Herr Ott kommt morgen", CLEAN),
        ("es schneit, der Schnee zieht über die Berge", CLEAN),
        ("wir ziehen den Schlitten durch den Schnee", CLEAN),
        ("Emma kommt auch aufs Festival", CLEAN), ("Pep Guardiola zum Trainer gewählt", CLEAN),
        ("die Pappe ist zu dünn für den Umzug", CLEAN), ("stell den Schalter auf H", CLEAN),
    ],
    # French: teuteu (hashish), "de la C" taken, coke in a club's toilets or snorted, a taz
    # counted as a pill, champis and acid that hit hard, a blotter of acid
    "French street names": [
        ("on se fume de la teuteu ?", D), ("elle prend de la C le samedi", D),
        ("de la coke sur le rebord des chiottes", D), ("deux taz et toute la nuit dehors", D),
        ("ces champis ça monte fort", D), ("un carton d'acide chacun", D),
        ("j'ai pris de la vitamine C", CLEAN), ("un taz en peluche pour mon fils", CLEAN),
        ("des champis en forêt pour l'omelette", CLEAN), ("du coke pour la forge", CLEAN),
        ("un buvard pour l'encre du stylo", CLEAN),
    ],
    # Italian: spino (a joint) smoked, hashish by the euro or the piece, an LSD blotter, anfe to
    # stay awake, cobret (crude heroin)
    "Italian street names": [
        ("ci fumiamo uno spino dopo cena?", D), ("20 euro di fumo e una birra", D),
        ("un pezzo di fumo per sabato", D), ("due francobolli di acido sotto la lingua", D),
        ("anfe per la serata in discoteca", D), ("il cobret gira in stazione", D),
        ("un francobollo per la cartolina", CLEAN), ("il biancospino è fiorito", CLEAN),
        ("il fumo della pizzeria entra in casa", CLEAN), ("l'erba cipollina costa poco", CLEAN),
    ],
    # Dutch: half an ecstasy pill swallowed, speed to stay awake, a joint smoored (Flemish)
    "Dutch street names": [
        ("een halve M geslikt op het feest", D), ("speed om de hele nacht wakker te blijven", D),
        ("we smoren nog ne joint", D),
        ("de kast is een halve m breed", CLEAN), ("stoofvlees smoren op het vuur", CLEAN),
        ("de speed van de trein", CLEAN), ("het is een joint venture", CLEAN),
    ],
    # the slang with a swear between the word and the words that make it a drug: the swear is one
    # word like any other and never hid the context; the context words themselves were missing
    # (asked for, run out, too dear, cut), and a swear fused to the slang made one word
    "slang with a swear between or fused": [
        ("gib mir das verdammte Koks", D), ("Scheiße, das Gras ist alle", P),
        ("das Drecksgras ist zu teuer", D), ("passami quella cazzo di erba", P),
        ("porca puttana, è finita l'erba", P), ("la bamba del cazzo era tagliata", P),
        ("die teringwiet is op", P), ("kutcoke, helemaal versneden", P),
        ("gib mir den Rasenmäher, das Scheißgras ist zu hoch", ("profanity",)),
        ("cazzo, tagliare l'erba costa fatica", ("profanity",)),
        ("de wijn was versneden met water", CLEAN),
    ],
    # heavy drug names that are also a heroine: fallen into, got out of, or sat on
    "heroin that someone fell into or is on": [
        ("mio cugino è caduto nell'eroina", D), ("è uscita dall'eroina dopo anni", D),
        ("schiavo dell'eroina a vent'anni", D), ("zijn broer zat aan de heroïne", D),
        ("l'eroina del romanzo è finita nei guai", CLEAN),
        ("il cane è stato salvato dall'eroina del film", CLEAN),
        ("de heroïne van het boek zat aan de tafel", CLEAN),
        ("la nostra eroina del romanzo, chiamami al 347 1234567 per il libro", ("phone",)),
    ],
}


test_class = class_test(CLASSES)


def test_ordinary_chat_stays_clean(engine):
    """Everyday lines with the words these classes read: none is drugs."""
    assert_clean(engine, [
        "die Wolken ziehen auf, Schnee kommt morgen", "Emma und Ott kommen zum Essen",
        "la vitamine C le matin", "le soleil tape fort", "dammi il sale", "è finita la partita",
        "de trein zit aan de grens", "Taz est mon dessin animé préféré",
        "die Wolken ziehen heute Schnee heran",
    ])
