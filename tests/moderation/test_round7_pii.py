"""Round 7 of issue #12: pii classes that set 10 showed missing, generalised.

Each class is a kind of message, not a message: examples written for these tests (other names,
workplaces, schools and wordings than the set's), in the seven languages, and innocent messages of
the same shape that must stay clean (public figures, first names alone, cities, platforms without a
handle). Messages go through the real engine loaded from ``rulepacks/``.
"""

from verdicts import class_test

P, CLEAN = ("pii",), ()

CLASSES = {
    # an everyday job before a private person's full name, then where they work: a preposition and
    # a capitalised name, or a workplace word; a public figure's title before their name is clean
    "job title before a full name, then the workplace": [
        ("the bus driver Tom Reeve on the 36 for First Leeds shouted at my son", P),
        ("the cashier Donna Marsh at Asda Pudsey short-changed me", P),
        ("le conseiller Marc Leblanc du Crédit Agricole de Brest ne répond jamais", P),
        ("la caissière Sophie Lemaire-Dubois de l'Intermarché est adorable", P),
        ("il vigile Marco Ferri della Polizia Municipale di Torino", P),
        ("la cassiera Elena Conti della Coop di via Roma", P),
        ("de bezorger Sander Mol van DHL in Zwolle", P), ("de postbode Henk Smit van PostNL gooide alles neer", P),
        ("die Kassiererin Petra Lang vom Netto in Kassel war unfreundlich", P),
        ("la cajera Rosa Jiménez Vidal del Mercadona de Alcorcón", P),
        ("a caixa Bruna Lopes Silva do Carrefour da Tijuca", P),
        ("the president Joe Biden at the White House", CLEAN),
        ("le président Emmanuel Macron de la France", CLEAN),
        ("the footballer Lionel Messi at Inter Miami", CLEAN),
        ("the driver Lewis Hamilton of Ferrari", CLEAN),
        ("the conductor Simon Rattle of the London Symphony Orchestra", CLEAN),
        ("der Kanzler Olaf Scholz von der SPD", CLEAN),
        ("the nurse was great at the Royal Infirmary", CLEAN),
        ("the officer Derek Chauvin in Minneapolis", CLEAN),
        ("the cashier Donna was lovely", CLEAN),
    ],
    # a relation or "I work with" before a full name, then where the person is (not where they are
    # from): "at" and a capitalised name, a workplace word, a school or a class
    "relation before a full name, then the workplace or school": [
        ("my colleague Harriet Lloyd-Evans at Nationwide in Swindon", P),
        ("I work with Deborah Kane at the Western General", P),
        ("my son Oliver Grant is in Year 6 at St Peter's", P),
        ("mi hijo Pablo Gómez Torres va al instituto Goya", P),
        ("ma fille Léa Martin-Roche est en CM2 à l'école Jules Ferry", P),
        ("meine Tochter Mia Schulte geht in die 3b der Grundschule am Park", P),
        ("mia figlia Sofia Greco fa la terza media alla scuola Manzoni", P),
        ("mijn collega Joost Visser bij de Rabobank in Ede", P),
        ("o meu colega Rui Tavares Lopes no Hospital de Braga", P),
        ("a minha colega Mei Lin é de Macau", CLEAN), ("my colleague Emma at work is great", CLEAN),
        ("my daughter loves Taylor Swift at the Eras Tour", CLEAN),
        ("my son met Harry Kane at Tottenham", CLEAN), ("my colleague Tom Baker from Leeds", CLEAN),
    ],
    # the sender's own full name, then their job, then the workplace
    "own name with a job and a workplace": [
        ("soy Marta Ruiz Prieto, cajera del Mercadona de Alcorcón", P),
        ("ich bin Sabine Krüger, Kassiererin bei Rewe in Essen", P),
        ("sou a Carla Nunes Pinto, enfermeira no Hospital de São João", P),
        ("moi c'est Julie Marchand-Leroy, je bosse à la mairie de Lille", P),
        ("sono Chiara Ferri, lavoro all'ufficio tributi del Comune di Verona", P),
        ("ik ben Eva de Groot, baliemedewerker bij de gemeente Utrecht", P),
        ("I'm Keith Barlow, bus driver for Arriva in Leeds", P),
        ("soy Lionel Messi, jugador del Inter Miami", CLEAN),
        ("ich bin Olaf Scholz, Bundeskanzler der Bundesrepublik", CLEAN),
        ("I'm Tom Hanks, actor in Forrest Gump", CLEAN), ("soy Marta, cajera del Mercadona", CLEAN),
        ("I work with Microsoft Excel at the office", CLEAN),
    ],
    # a full name at a branch of a chain or a public service, with where the branch is
    "full name at a branch, with where it is": [
        ("Wayne Porter from the Lidl on Mill Road is hilarious", P),
        ("Manon Girard du Carrefour de Rennes m'a aidée", P), ("Jonas Weber vom Edeka in Kiel ist nett", P),
        ("Gemma Hollis at the post office in Otley was so helpful", P),
        ("Taylor Swift at the Grammys in LA", CLEAN), ("I saw Harry Styles at the Costa", CLEAN),
        ("Greggs in Leeds is closed", CLEAN), ("Jamie Oliver's recipes at the Tesco", CLEAN),
    ],
    # a Portuguese class given with its letter ("do 10º B"), after a name of three parts
    "name with a class and its letter": [
        ("a Beatriz Lopes Moura, do 9º C da Escola Básica de Benfica", P),
        ("o Duarte Reis Costa, do 11º A da Secundária de Loulé, ganhou", P),
        ("o Cristiano Ronaldo do Al Nassr marcou", CLEAN), ("o 10º B ganhou o torneio", CLEAN),
    ],
    # an SSN with en dashes, em dashes or minus signs beside "social"; an IBAN with a separator
    # between its country and its check digits
    "ssn and iban with other separators": [
        ("her social is 512—34—7781 for the form", P), ("ssn 512−34−7781", P),
        ("IBAN: DE-89-3704-0044-0532-0130-00 for the rent", P), ("pay GB 82 WEST 1234 5698 7654 32", P),
        ("the score was 512–34–7781 last night", CLEAN),
        ("section 512–34–7781 of the manual", CLEAN), ("GB-89 is a road", CLEAN),
        # a messenger link's number is a phone, not an IBAN whose country is the link's ".me/"
        ("wa.me/491515775987 für tickets", ("phone", "spam")),
    ],
    # a handle after "sou o", "je suis", "ich bin" following an add-me cue, in either order
    "handle after I am, near a platform": [
        ("adiciona-me na psn, sou o Lobo_Branco77", P), ("me adiciona no free fire, eu sou a Lua_Rosa09", P),
        ("ajoute-moi sur snap, je suis lea_dbz", P), ("adde mich auf psn, ich bin Falke_99", P),
        ("sou o Rafa_Gamer22 na psn", P),
        ("adiciona-me na psn, sou o melhor", CLEAN), ("ajoute-moi sur snap, je suis timide", CLEAN),
    ],
    # a video channel's name after "is called" in the seven languages, with or without its platform
    "channel name after is called": [
        ("mein YouTube-Kanal heißt GartenMitOma, schaut rein", P),
        ("my channel is called CookingWithNico, subscribe", P), ("mi canal se llama CocinaConLaura99", P),
        ("ma chaîne s'appelle LesBricolesDeMax", P), ("il mio canale si chiama GiardinoFelice", P),
        ("mijn kanaal heet FietsenMetJan", P), ("o meu canal se chama ReceitasDaVovo", P),
        ("the channel is called BBCOne", CLEAN), ("my channel is called Sport", CLEAN),
        ("my channel is called cooking with nico", CLEAN), ("el canal de Panamá se llama así", CLEAN),
    ],
}

test_round7_pii_classes = class_test(CLASSES)
