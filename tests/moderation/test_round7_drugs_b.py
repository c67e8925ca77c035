"""Round 7 of issue #12 (helper b): French, German, Italian and Dutch drug classes set 10 missed.

Set 10's misses were named drugs in news and warnings, party drugs in plain settings, slang asked
for, bought or brought, offers counted by the etto, and laughing gas among teenagers. Each class is
fixed as a class: one shared vocabulary per language of what people do around a drug (get, buy,
sell, bring, take, snort, smoke, ask for, warn against, count) and of where pills and powders go
round (parties, clubs, toilets), given to every street name of the pack whose everyday sense does
not sit beside those words. The examples are written for these tests, in other words and wordings
than the set's, with innocent messages of the same shape that must stay clean: a software crack,
an ace ("un crack en maths"), a crash ("le crack boursier"), a Quebec cola ("un coke"), a doctor
("mon MD"), a seal made by a plumber, La Bamba danced to, a Coca-Cola bought, grass for the
rabbits, the heroine of a film, speed dating, laughing gas at the dentist's or in a cream siphon.
Messages go through the real engine loaded from ``rulepacks/``.
"""

from verdicts import assert_clean, class_test

D, CLEAN = ("drugs",), ()

CLASSES = {
    # named heavy drugs in warnings and news: crack after a French article, cocaine feminine in
    # French, heroin among its users, its places and its dead
    "named drugs in warnings and news": [
        ("les jeunes, ne touchez jamais au crack", D), ("y a du crack partout dans ce quartier", D),
        ("une galette de crack pour 20 balles", D), ("arrête la coke, tu te détruis", D),
        ("les usagers d'héroïne de la gare du Nord", D),
        ("ouverture d'une salle de shoot pour les consommateurs d'héroïne", D),
        ("Finger weg vom Koks, ich hab gesehen was das macht", D),
        ("il parco dell'eroina a Zurigo", D), ("morto di eroina a 22 anni", D),
        ("gli anni dell'eroina hanno distrutto una generazione", D),
        ("blijf weg van coke, het maakt je kapot", D),
        ("mijn broer is ten onder gegaan aan de coke", D), ("ik heb nooit coke gebruikt", D),
        ("ne touchez pas à l'héroïne, les jeunes", D), ("il est tombé dans l'héroïne à 20 ans", D),
        ("blijf van de heroïne af", D), ("hij is aan de heroïne onderdoor gegaan", D),
        ("l'héroïne tombe amoureuse du prince", CLEAN),
        ("dis non à l'héroïne du film, elle est méchante", CLEAN),
        ("l'héroïne du roman achète une maison", CLEAN),
        ("c'est un crack en maths, mon pote", CLEAN), ("mon pote est un vrai crack au foot", CLEAN),
        ("le crack boursier de 1929 a tout détruit", CLEAN),
        ("où trouver le crack de GTA 5 pour PC ?", CLEAN),
        ("wo krieg ich einen Crack für das Spiel her?", CLEAN),
        ("waar kan je een crack voor dat spel downloaden", CLEAN),
        ("j'ai bu un coke avec ma poutine", CLEAN), ("une canette de coke bien fraîche", CLEAN),
        ("l'eroina del film muore nel parco", CLEAN), ("i 20 anni dell'eroina del film", CLEAN),
        ("l'héroïne du film prend le train", CLEAN),
        ("de heroïne van het verhaal neemt wraak", CLEAN),
    ],
    # party drugs where they go round, or brought, taken, asked for: MDMA feminine in French, taz
    # and kéta at a party, Koks and Keta at the Abifeier, bamba and pasticche going round the clubs
    "party drugs in plain settings": [
        ("à la free party il y avait de la MD dans tous les coins", D),
        ("j'ai pris de la md au concert de techno", D), ("des tazs partout en boîte", D),
        ("il prend de la keta en soirée", D), ("auf dem Klo im Club haben die Koks gezogen", D),
        ("wer bringt Koks zur Abifeier mit?", D), ("Keta auf der Party, alle total weg", D),
        ("la bamba girava in tutti i locali di Milano", D), ("in discoteca c'era bamba ovunque", D),
        ("le pasticche giravano in discoteca", D), ("la keta gira in tutti i rave", D),
        ("op elk feestje gaat er coke rond", D), ("ze snuiven coke op de wc van de club", D),
        ("wie heeft MD voor het verjaardagsfeest?", D), ("keta gescoord bij de kroeg", D),
        ("speed op het festival, de hele nacht dansen", D),
        ("mon MD m'a conseillé de prendre du repos", CLEAN),
        ("j'ai pris rendez-vous chez un MD à Montréal", CLEAN),
        ("la bamba suonava alla radio tutta l'estate", CLEAN),
        ("ballavamo la bamba in discoteca", CLEAN), ("porta la Bamba al karaoke stasera", CLEAN),
        ("she's the fastest speed skater in our club", CLEAN),
        ("au festival il y avait de la boue partout", CLEAN),
        ("Taz, le diable de Tasmanie, tape partout dans le dessin animé", CLEAN),
    ],
    # slang asked for, got, bought or brought, in any inflection ("hat einer ...?", "waar kan je
    # ... scoren", "chi mi procura ..."), and cannabis smoked or a joint made for oneself
    "slang asked for, bought, brought or smoked": [
        ("hat jemand Gras, ich zahl bar", D), ("wo krieg ich hier Gras her?", D),
        ("kannst du Koks besorgen bis Samstag?", D), ("die Jungs holen Koks am Bahnhof", D),
        ("er hat Speed genommen und drei Tage nicht geschlafen", D),
        ("chi mi procura un po' di erba?", D), ("dove compro erba a Bologna?", D),
        ("chi porta la bamba sabato?", D), ("tirava coca tutte le sere", D),
        ("weet iemand waar ik in Den Haag coke kan halen?", D),
        ("wie neemt de coke mee naar het feest?", D), ("kun je speed regelen voor zaterdag?", D),
        ("qui vend du chichon vers la gare ?", D), ("il a ramené de la coke à l'anniv", D),
        ("la weed de mon cousin est trop forte", D),
        ("mi sono fatto una canna in spiaggia", D), ("il a fini aux urgences après trop de keta", D),
        ("mein Onkel ist am Koks kaputtgegangen", D),
        ("il bastone è fatto di una canna di bambù", CLEAN), ("fa una canna di zucchero", CLEAN),
        ("wir haben Kohle und Koks für den Winter geholt", CLEAN),
        ("on se fait un joint au parc ?", D), ("je me suis fait un joint avant de dormir", D),
        ("Koks für den Grill holen", CLEAN), ("Gras für die Kaninchen holen", CLEAN),
        ("hat jemand Gras für meine Hasen?", CLEAN), ("die Wolken ziehen über das Gras", CLEAN),
        ("wir haben Speed-Dating am Samstag organisiert", CLEAN),
        ("ho portato l'erba ai conigli", CLEAN), ("compro i semi per l'erba del giardino", CLEAN),
        ("una coca zero in lattina, per favore", CLEAN),
        ("l'erba del vicino è sempre più verde, dice chi compra casa", CLEAN),
        ("ik neem een coke en een broodje", CLEAN), ("een coke met ijs en een rietje graag", CLEAN),
        ("we gaan speed daten, kun je het regelen voor zaterdag?", CLEAN),
        ("le plombier a fait un joint de silicone sous l'évier", CLEAN),
        ("il faut refaire le joint de la douche", CLEAN),
    ],
    # offers counted by the etto or the panetto
    "slang offered by a quantity": [
        ("ho portato mezz'etto di erba dalla Sicilia, chi ne vuole?", D),
        ("tre etti di fumo in macchina, l'hanno arrestato", D), ("un panetto di fumo a testa", D),
        ("vendo pasticche, chi le vuole", D),
        ("portami due etti di prosciutto", CLEAN),
        ("compro le pasticche per la gola in farmacia", CLEAN),
    ],
    # laughing gas inhaled from balloons, cartridges and tanks by teenagers, or bought for a party;
    # at the dentist's, in a delivery room or in a cream siphon it is clean
    "laughing gas among teenagers": [
        ("le proto, c'est à la mode chez les lycéens", D),
        ("les ados avec leurs ballons de proto au parc", D),
        ("des cartouches de protoxyde d'azote partout sur le trottoir", D),
        ("die Kids mit ihren Lachgas-Ballons im Park", D),
        ("Lachgas-Kartuschen liegen überall am Ufer rum", D), ("Lachgas kaufen für die Party", D),
        ("i ragazzini con le bombolette di protossido di azoto", D),
        ("vendono palloncini di gas esilarante fuori dal locale", D),
        ("pubers met lachgascilinders in de auto", D),
        ("overal lachgas ballonnen op straat na het weekend", D),
        ("protoxyde d'azote chez le dentiste pour mon fils", CLEAN),
        ("du protoxyde d'azote pour le siphon à chantilly", CLEAN),
        ("le proto de la nouvelle voiture roule", CLEAN),
        ("Lachgas beim Zahnarzt, ich musste lachen", CLEAN),
        ("Lachgas-Kapseln für den Sahnesiphon kaufen", CLEAN),
        ("gas esilarante dal dentista per mio figlio", CLEAN),
        ("protossido di azoto per il sifone della panna", CLEAN),
        ("lachgas bij de tandarts, ik moest lachen", CLEAN),
        ("lachgas voor de slagroomspuit kopen", CLEAN),
    ],
}

test_class = class_test(CLASSES)


def test_ordinary_chat_stays_clean(engine):
    """Everyday lines with the words these vocabularies read: none is drugs."""
    assert_clean(engine, [
        "touchez pas au gâteau", "j'ai pris un taxi pour la soirée", "qui a vu mon chargeur ?",
        "hat jemand ein Ladekabel? zahl bar", "wer bringt den Salat zur Abifeier?",
        "chi porta la torta sabato?", "in discoteca c'era gente ovunque",
        "weet iemand waar ik in Utrecht kan parkeren?", "blijf van mijn fiets af",
        "zij scoorde een goal op het feest",
    ])
