"""Round 6 of issue #12: pii classes that sets 7 and 8 showed missing.

Each class is a kind of message, not a message: examples written for these tests (other names,
shops, schools and wordings than the sets'), and innocent messages of the same shape that must
stay clean. Messages go through the real engine loaded from ``rulepacks/``.
"""

from verdicts import class_test

P, CLEAN = ("pii",), ()

CLASSES = {
    # someone else's full name, then what they do there: a branch of a chain (an article before it,
    # or where it is), in the seven languages; a public figure's employer is clean
    "full name working at a branch, third person": [
        ("Chloe Dawson works at the Lidl on Station Road", P),
        ("Owen Hughes works at Greggs in Cardiff, go say hi", P),
        ("Lena Hoffmann arbeitet beim Edeka in Kiel", P), ("Paul Wagner jobbt bei der Post am Bahnhof", P),
        ("Manon Girard bosse au Leclerc de Rennes", P), ("Hugo Petit travaille chez Fnac à Lyon", P),
        ("Giulia Conti lavora alla Conad di Parma", P), ("Sem de Vries werkt bij de Jumbo in Utrecht", P),
        ("a Inês Moura trabalha no Pingo Doce de Braga", P), ("Lucía Navarro trabaja en el Carrefour de Sevilla", P),
        ("Pablo Gil curra en el Dia de su barrio", P),
        ("Ivo Mendes Ferreira trabalha na Zara do Colombo", P),
        ("Satya Nadella works at Microsoft", CLEAN), ("Taylor Swift works with big producers", CLEAN),
        ("Angela Merkel spoke at the summit", CLEAN), ("my uncle works at the Tesco", CLEAN),
        ("je travaille chez Decathlon depuis mai", CLEAN),
    ],
    # a full name linked to a school: "von der", an Irish or Italian apostrophe surname, a saint's
    # school, a name addressed after the school; someone's own name at a university too
    "full name with a school": [
        ("Noah Becker von der Realschule Süd hat das gepostet", P),
        ("Sean O'Brien from Hillside Academy started it", P), ("Luca D'Amico del liceo Galilei", P),
        ("Ella Murphy from St Bridget's is always at the park", P),
        ("Josh Carter goes to St Anne's, ask him", P),
        ("sé que vas al instituto Goya, Marta Ruiz, no mientas", P),
        ("his name's Peter Lowe and he teaches at Ashfield Academy", P),
        ("se llama Irene Campos y va al colegio Santa Ana", P),
        ("I'm Chloe Barnes from Kingsway University", P),
        ("Barack Obama, Harvard Law School", CLEAN), ("Michelle Obama, Princeton University", CLEAN),
        ("Angela Merkel studied at the university in Leipzig", CLEAN),
        ("Tom Hanks was at St Paul's yesterday", CLEAN), ("St Mary's is a lovely church", CLEAN),
        ("I'm Emma btw, new at school", CLEAN),
        # a school named after a person is no one's name given with a school
        ("Emily Dickinson school project due", CLEAN), ("we went on the Anne Frank School trip", CLEAN),
        ("Martin Luther King High School won the final", CLEAN),
    ],
    # a card number grouped otherwise than in fours: 16 digits in groups of 2 to 8, or any grouping
    # with a card named beside it; order numbers, ISBNs and scores stay clean
    "card number grouped unusually": [
        ("5425 2334 30109903 thats the one", P), ("visa 4539 29 0554 124031", P),
        ("mastercard 54 2523 3430 1099 03", P), ("meine karte 4539 290554 124031", P),
        ("amazon order 205-7738124-1920357 arrived", CLEAN), ("ISBN 9780262033848", CLEAN),
        ("i got 2450 points then 1980 then 3120", CLEAN), ("order 4539 2905 54124031 shipped", CLEAN),
    ],
    # an IPv4 address in fullwidth digits or dots
    "ip in fullwidth digits": [
        ("server ip １０.０.０.５", P), ("my ip is １９２．１６８．１．４", P),
        ("version ３.１０.１２.１ out now", CLEAN),
    ],
    # a Flemish or Dutch street named without a street word, its number, then the town or the end
    "street without a street word": [
        ("afspraak op de Kouter 7 in Gent", P), ("ik woon aan de Coupure 5 te Gent", P),
        ("we wonen op Groenplaats 3", P), ("kom naar de Vrijdagmarkt 14, bus 2", CLEAN),
        ("het concert op Pinkpop 2024 was top", CLEAN), ("kijk op Netflix 2 afleveringen", CLEAN),
        ("we spelen op Wimbledon 3 sets", CLEAN),
    ],
    # handles spelled out with dashes and a spelled dot, gamertags on "the play" in each language, a
    # handle given later in the sentence, a first.last.year handle after "fb"
    "handles spelled with dashes, on the play, later, first.last.year": [
        ("my snap is j-a-d-e-dot-k-i-m", P), ("insta: m-i-l-o-x-x", P),
        ("mon insta c'est l-e-a-point-m-r", P), ("tiktok k-i-r-a-punkt-s", P),
        ("mi nick en la play es Toro_Loco77", P), ("meu nick na play é Fera_10", P),
        ("mein name auf der play ist Falke_99", P), ("il mio nick sulla play è Volpe_21", P),
        ("mijn naam op de play is Snelle_Bas7", P), ("mon pseudo sur la play c'est Titou_93", P),
        ("snap me if you want tickets, it's ravekid.uk", P), ("fb ana.silva.2004 me adiciona", P),
        ("my tiktok is x-y-z", CLEAN), ("snap me later, it's fun", CLEAN),
        ("I watched a play at the theatre", CLEAN), ("fb is down again", CLEAN),
        ("yt python3.11 tutorial", CLEAN), ("the score was 3-1-0-2-4", CLEAN),
    ],
}

test_round6_pii_classes = class_test(CLASSES)
