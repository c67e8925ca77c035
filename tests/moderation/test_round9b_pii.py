"""Round 9b of issue #12: pii classes that set 12 showed missing, generalised.

Each class is a kind of message, not a message: examples written for these tests (other names,
subjects, schools, shops, platforms and streets than the set's), in the seven languages, and
innocent messages of the same shape that must stay clean. Messages go through the real engine
loaded from ``rulepacks/``.
"""

from verdicts import class_test

P, CLEAN = ("pii",), ()

CLASSES = {
    # a full name, then what the person studies now and where: a study verb, a semester or the word
    # for a student, then the place (an acronym, a capitalised name, a school's word and its name)
    "full name, then studies at a named place": [
        ("my flatmate is Owen Hughes, studies chemistry at UCL", P),
        ("Lucía Navarro, estudia Derecho en la Complutense, busca piso", P),
        ("o Tiago Ferreira, estuda Engenharia no IST, procura quarto", P),
        ("Camille Roux, étudiante en droit à la Sorbonne, cherche une coloc", P),
        ("kennt wer Jonas Weber? studiert Informatik an der TUM", P),
        ("Giulia Ricci, studia Architettura al Politecnico, cerca casa", P),
        ("Sanne de Vries, studeert rechten aan de UvA, zoekt een kamer", P),
        ("Lena Vogt, 5. Semester BWL an der LMU, sucht WG", P),
        ("Owen Hughes, who studied chemistry at UCL, won the Nobel", CLEAN),
        ("Angela Merkel, studierte Physik an der Universität Leipzig", CLEAN),
        ("Pedro Sánchez, estudió Economía en la Complutense", CLEAN),
        ("Lucía Navarro, estudia Derecho en Sevilla", CLEAN),  # a town, not a school
        ("Camille Roux, étudiante, cherche une coloc à Lyon", CLEAN),
        ("studiert jemand Informatik an der TUM?", CLEAN),
        ("Tom Smith, studies show that coffee is good at Harvard", CLEAN),
        ("Laura Bianchi, studentessa, cerca stanza a Bologna", CLEAN),
        ("Lena Schmidt, Studentin, sucht Zimmer in Hamburg", CLEAN), ("Owen Hughes, studies chemistry @ UCL", P),
    ],
    # the subject right after the name's comma (with a year of study, a student's role or "doing"
    # before it), then the place at once: "psychologie Radboud", "Economia, Bocconi"
    "full name, then a subject and the place": [
        ("survey by Priya Shah, psychology, King's College, takes 5 min", P),
        ("Hugo Blanco, segundo año de Medicina en la UAM, tiene mis llaves", P),
        ("a Beatriz Lima, 3º ano de Direito na Nova, perdeu a carteira", P),
        ("Manon Petit, deuxième année de médecine à Paris 5, a trouvé mon sac", P),
        ("Felix Braun, Maschinenbau, KIT, sucht Mitfahrer", P),
        ("Chiara Bassi, terzo anno di Giurisprudenza alla Statale", P),
        ("Daan Smit, tweedejaars geneeskunde Erasmus, heeft mijn fiets", P),
        ("hi Ciara Walsh here, first year law at Queen's", P),
        ("Yuval Harari, professor of history at the Hebrew University", CLEAN),
        ("Rafael Nadal, first year at Roland Garros was 2005", CLEAN),
        ("Alessandro Del Piero, il suo terzo anno alla Juventus", CLEAN),
        ("Taylor Swift, plays music at Wembley tonight", CLEAN),
        ("Felix Braun, Maschinenbau ist schwer", CLEAN),
        ("Hugo Blanco, Medicina es muy difícil", CLEAN),
    ],
    # a trainee, an intern, an apprentice at a named firm, after the name and "and I" or a comma
    "full name, then an internship or apprenticeship at a named place": [
        ("my name is Jack Evans and I'm an intern at Deloitte", P),
        ("ich heiße Paul Schneider und mache eine Ausbildung bei Siemens", P),
        ("chamo-me Rui Lopes e faço estágio na Sonae", P),
        ("je m'appelle Théo Roux et je fais un stage chez Renault", P),
        ("mi chiamo Elisa Galli, faccio uno stage presso Ferrero", P),
        ("ik heet Bram Kok en ik loop stage bij Philips", P),
        ("Taylor Swift, on stage at Wembley tonight", CLEAN), ("Paul Schneider und ich waren bei Siemens", CLEAN),
        ("Anna Berg and I went to the Louvre", CLEAN),
    ],
    # "studio", "estudio", "estudo" are verbs before a subject, nouns (a studio, a study) otherwise
    "I study, before a subject only": [
        ("me llamo Ana Gil y estudio Derecho en la UCM", P), ("sono Chiara Ferrari, studio medicina alla Sapienza", P),
        ("chamo-me Rui Lopes e estudo Direito na Nova", P),
        ("Ed Sheeran? studio album at No 1", CLEAN), ("Ana Gil, estudio en la Gran Vía, 500€", CLEAN),
    ],
    # "ik studeer", "I'm studying", "faccio il cameriere": the sender's own study or job after the name
    "own name, then I study or I work as, and the place": [
        ("ik ben Lotte Visser, ik studeer geneeskunde in Groningen aan de RUG", P),
        ("mi chiamo Matteo Ferri e faccio il cameriere al ristorante Da Mario", P),
        ("me llamo Clara Moya y soy camarera en el Bar Pepe", P),
        ("Tom Hanks and I love the waiter at Nobu", CLEAN),
    ],
    # a faculty word and a place after the name: "she's at KU Leuven in the law faculty"
    "full name, a faculty and a place": [
        ("ask Tom Reilly, he's at Trinity in the law faculty", P),
        ("conocí a Marta Soler, está en la Facultad de Medicina de la UB", P),
        ("Tom Reilly, the faculty is closed today", CLEAN),
    ],
    # someone else's everyday job after the name, then the named place ("Quentin Morel, caissier
    # au Franprix"; a job before the name is round 7's)
    "full name, then an everyday job at a named place": [
        ("that was Gemma Price, waitress at the Red Lion, she's lovely", P),
        ("la que me ayudó fue Inés Vidal, cajera del Mercadona", P),
        ("quem me atendeu foi a Rita Sousa, caixa do Pingo Doce", P),
        ("c'était Léa Garnier, serveuse chez Paul, super sympa", P),
        ("wer kennt Jana Keller? Verkäuferin bei Lidl in Pankow", P),
        ("chiedete a Sara Conti, cameriera al Bar Roma", P),
        ("zoek Bram Jansen, kassamedewerker bij de Jumbo", P),
        ("Gemma Price, waitress in London", CLEAN),
        ("Tom Hanks, waiter in the film, very funny", CLEAN),
        ("Jürgen Klopp, Trainer beim FC Liverpool", CLEAN),
        ("Lionel Messi, delantero del Inter Miami", CLEAN),
        ("the waitress at the Red Lion was lovely", CLEAN),
    ],
    # a school (not a university) named right after the name's comma or an "@"
    "full name, then a named school": [
        ("Jake Miller @ Lincoln High", P), ("unser Lehrer heißt Herr Thomas Krause, Gesamtschule Nord", P),
        ("Lucía Pérez, IES Goya, 4º ESO", P), ("Chiara Neri, liceo Parini", P),
        ("Barack Obama, Harvard Law School", CLEAN), ("Michelle Obama, Princeton University", CLEAN),
        ("Jake Miller @ the gym", CLEAN),
    ],
    # someone goes to a named school, or studies there, said right after the name or after a comma
    "full name, then goes to or studies at a named school": [
        ("that's Tom Baker, he goes to Westfield Academy", P), ("mi hermana Carla Vidal va al colegio Santa Ana", P),
        ("meu irmão Pedro Lima estuda na Escola Básica de Benfica", P), ("mon frère Hugo Morel est au lycée Descartes", P),
        ("mein Bruder Jonas Weber geht aufs Goethe-Gymnasium", P), ("mio fratello Luca Bruni va al liceo Volta", P),
        ("mijn broer Daan Smit zit op het Erasmus College", P),
        ("Emma Watson goes to the Oscars", CLEAN), ("Lionel Messi va al Barcelona", CLEAN),
        ("Tom Baker, he goes to school by bus", CLEAN), ("Kamala Harris studied at Howard", CLEAN),
        ("Sara Lopes estuda muito", CLEAN),
    ],
    # someone else's job said with "he's a", "es", "é", "fa il", then the named place
    "full name, then he's a job at a named place": [
        ("the guy is called Liam Ward, he's a barista at Costa in Leeds", P),
        ("el chico se llama Marcos Gil, es camarero en el bar Manolo", P),
        ("o rapaz chama-se Tiago Reis e é empregado no café Central", P),
        ("il tipo si chiama Andrea Costa, fa il barista al bar Sport", P),
        ("Liam Ward, he's a barista in Leeds", CLEAN),
    ],
    # the everyday job and its named place first, then "is", "se llama", "heißt" and the name
    "a job at a named place, then the name": [
        ("the cashier at the Tesco on Mill Road is Dave Hunter", P), ("la cajera del Mercadona se llama Ana Ruiz", P),
        ("a caixa do Pingo Doce é a Rita Sousa", P), ("le vendeur chez Darty s'appelle Marc Petit", P),
        ("der Kassierer bei Rewe heißt Jan Berg", P), ("il barista del Bar Roma si chiama Luca Neri", P),
        ("de kassière bij de Jumbo heet Eva Smit", P),
        ("the manager at Real Madrid is Carlo Ancelotti", CLEAN), ("the cashier at Lidl is Polish", CLEAN),
    ],
    # the office a person is staff of, named or of a named place
    "full name from an office": [
        ("Laura Kent from the admissions office at Kingston is on leave", P),
        ("Raúl Torres de la oficina Erasmus de la UGR no contesta", P),
        ("a Sofia Matos do gabinete de mobilidade da FCT respondeu", P),
        ("Marc Dubois du service scolarité de Lyon 3 m'a répondu", P),
        ("Frau Anna Weber vom Prüfungsamt der TU hat geschrieben", P),
        ("Giulia Neri dell'ufficio Erasmus di Bologna è gentile", P),
        ("Sanne Bakker van het internationaal bureau van de UvA", P),
        ("the admissions office at Kingston is closed", CLEAN),
        ("Laura Kent from the office said hi", CLEAN),
    ],
    # a student card or badge in someone's name: the card names the school
    "a student card in a name": [
        ("found a student card, Jamie Clarke, at the bus stop", CLEAN),  # no "of": a list of finds
        ("found the student card of Jamie Clarke at the bus stop", P),
        ("encontré el carnet de estudiante de Pablo Ortiz en el bus", P),
        ("achei o cartão de estudante da Ana Mota no metro", P),
        ("j'ai trouvé la carte étudiante de Hugo Martin", P),
        ("Studentenausweis von Lena Kraus gefunden, liegt im Flur", P),
        ("trovata la tessera universitaria di Marco Bassi in aula", P),
        ("collegekaart van Daan Smit gevonden bij de bieb", P),
        ("my student card expired, where do I renew it", CLEAN),
        ("the badge of honour goes to Team Blue", CLEAN),
    ],
    # "it's called", "heißt", "se llama" after the platform
    "a platform's name told with it's called": [
        ("my insta, it's called mara.travels", P), ("mein insta heißt lena.reist", P),
        ("mi tiktok se llama pau.viaja", P), ("mon insta s'appelle chloe.voyage", P),
        ("il mio tiktok si chiama giada.gira", P), ("mijn insta heet fenna.reist", P),
        ("my insta, it's called nothing special", CLEAN), ("mein insta heißt wie ich", CLEAN),
    ],
    # "mine is X" after the platform is asked for, or with the platform after it
    "mine is, near a platform": [
        ("whats ur insta? mine is leo.vrg", P), ("snap? mine's jules_77", P), ("el mío es pau_rg en insta", P),
        ("le mien c'est lou.b sur insta", P), ("meiner ist tom_k auf insta", P), ("de mijne is sam.vd op insta", P),
        ("il mio è gia.r su insta", P), ("o meu é bia.s no insta", P),
        ("what's your xbox? mine is broken lol", CLEAN), ("my snap is dead, mine is 2 years old", CLEAN),
    ],
    # a handle spelled out with a spaced dash, slash, dot or bullet between its characters
    "handle spelled with spaced signs": [
        ("my snap is t - o - m - m - y - 9", P), ("insta: l / e / n / a / 2 / 2", P),
        ("mi tiktok es c • a • r • l • a", P), ("the score was 2 - 1 - 0 - 3 on xbox", CLEAN),
        ("my snap is a - b - c sorry", CLEAN),
    ],
    # a chat word between the platform and the arrow or colon
    "a filler word before the arrow": [
        ("pics on my insta btw → m a r a . k", P), ("snap lol: kiki.22", P),
        ("insta übrigens: lena.reist", P), ("follow my insta lol its noahhh.x", P), ("my snap btw is kiki.22", P),
        ("tiktok tbh -> not worth it", CLEAN), ("my insta lol its down again", CLEAN),
    ],
    # two capitalised words as a gamertag after a gamertag's word and "is" or a colon, then the end
    # or an invitation
    "two-word gamertag, then an invitation": [
        ("xbox gamertag is Taco Bandit, add me", P), ("gamertag psn: Tortilla Titan, agrégame", P),
        ("mon pseudo xbox c'est Baguette Boss, ajoutez-moi", P), ("gamertag xbox: Pizza Pirate", P),
        ("the gamertag is Master Chief in the game lore", CLEAN), ("my xbox gamertag is cool, add me", CLEAN),
    ],
    # "find me as X" with a platform in the sentence
    "find me as": [
        ("on insta you'll find me as nora.trips", P), ("en tiktok me encuentras como pau.viaja", P),
        ("no insta me acham como bia.viaja", P), ("sur insta tu me trouves sous le nom lea.voyage", P),
        ("auf insta findet ihr mich als felix.reist", P), ("su insta mi trovate come giada.gira", P),
        ("op insta vind je me als fenna.reist", P), ("find me as a guest on the podcast", CLEAN),
    ],
    # "I'm on <platform> as X" in the seven languages
    "I'm on the platform as": [
        ("ich bin auf insta als mila.k unterwegs", P), ("je suis sur tiktok sous le nom lea.dnc", P),
        ("estoy en insta como pau.rg", P), ("sono su insta come vale.b", P), ("ik zit op insta als noor.v", P),
        ("estou no insta como bia.s", P), ("I'm on snap as always lol", CLEAN), ("I'm in Berlin as of today", CLEAN),
    ],
    # one name on every platform: "socials", "everywhere", "partout", "überall", "en todas las redes"
    "the same name on all platforms": [
        ("my username everywhere is theo.wav", P), ("same name everywhere: lilly_rae", P), ("socials: lilly_rae", P),
        ("mi usuario en todas las redes es pau_rg", P), ("mon pseudo partout c'est lea_dnc", P),
        ("mein Name überall: jana.k", P),
        ("I'm everywhere these days", CLEAN), ("my socials are dead", CLEAN), ("partout: 5 euros", CLEAN),
    ],
    # a friend code or a player id of digits after its name
    "friend code or player id of digits": [
        ("steam friend code 123456789", P), ("genshin uid: 712 345 678", P), ("código de amigo 4821 0937 55", P),
        ("mon code ami c'est 55 210 334 8", P), ("Freundescode 1234-5678-90", P), ("vriendcode 2231 4478", P),
        ("steam id? no idea", CLEAN), ("the uid is 5", CLEAN),
    ],
    # the console with its article after "I'm X on"
    "the platform with its article": [
        ("I'm NachoNinja_7 on the PS5", P), ("je suis Croissant_Fou sur la Switch", P),
        ("ik ben KaasKoning_3 op de PlayStation", P), ("ich bin auf der PlayStation", CLEAN),
    ],
    # "send a snap to X"
    "send a snap to a handle": [
        ("send a snap to mia_k22 for the pics", P), ("manda un snap a lu.ki", P), ("envoie un snap à lea_b", P),
        ("schick einen snap an jana.k", P), ("send a snap to mom later", CLEAN),
    ],
    # a search for a player's name in capitals on a gaming platform
    "search a CamelCase player on a gaming platform": [
        ("search TacoBandit on steam", P), ("busca PanConTomate en la play", P), ("such KäseKönig auf Steam", P),
        ("search PewDiePie on youtube", CLEAN), ("search python on steam", CLEAN),
    ],
    # "the name is", "het is" after an add-me and its platform
    "the name is, after an add-me": [
        ("add me on insta, the name is tom.travels", P), ("ajoute-moi sur insta, le nom c'est lea.voyage", P),
        ("voeg me toe op snap, het is bram.fietst", P), ("adde mich auf snap, das ist jana.kocht", P),
        ("add me on insta, the name is on my profile", CLEAN),
    ],
    # a US SSN with the words for social security in the seven languages
    "SSN with social-security words in the seven languages": [
        ("mon numéro de sécurité sociale américain est 212-48-3307", P),
        ("meine US-Sozialversicherungsnummer: 318-22-4087", P),
        ("mi número de seguridad social de EEUU es 512-31-2207", P),
        ("o número de segurança social americano é 431-28-9017", P),
        ("numero di previdenza sociale americano 276-41-1138", P),
        ("mijn Amerikaanse sociaal nummer is 402-19-5521", P),
        ("la sécu m'a remboursé 23 euros", CLEAN), ("seguridad social: cita el 12-05-2024", CLEAN),
    ],
    # sixteen card digits as the issuer's four and the rest in one or two groups
    "card as four and twelve": [
        ("4539 148803436467", P), ("mi tarjeta: 5105 105105105100", P), ("4539 148803436468", CLEAN),
        ("the isbn 9780 306406157", CLEAN),
    ],
    # an IPv4 address after the word "IP", its dots spaced, as commas or as words
    "IP told with spaced dots, commas or dot words": [
        ("my ip is 85 . 214 . 3 . 9", P), ("mi IP es 192,168,1,20", P), ("IP: 10 punto 0 punto 0 punto 7", P),
        ("meine IP-Adresse: 172 . 16 . 4 . 2", P), ("mon IP c'est 82 point 64 point 1 point 3", P),
        ("my ip changed 3 times, 2, 1, 4 lol", CLEAN), ("the VIP tickets were 120, 80, 60, 40 euros", CLEAN),
        ("ip 300 . 1 . 1 . 1", CLEAN),
    ],
    # an Italian street after a word of another language that leads to a place
    "via in another language's sentence": [
        ("send it to via Garibaldi 12, Torino", P), ("stuur het naar via Dante 3, Milano", P),
        ("schick es nach via Verdi 8, Firenze", P),
        ("we flew to Rome via Munich 3 hours late", CLEAN), ("I sent it via DHL 2 days ago", CLEAN),
    ],
    # a German street named "Am ...", "An der ...", "Zum ...", its number, then the town or the end
    "German street named Am, An der, Zum": [
        ("Am Markt 4, Bremen", P), ("wir wohnen An der Alster 12", P), ("Zum Hafen 3, 24937 Flensburg", P),
        ("Am Montag 4, Dienstag 5", CLEAN), ("Im Jahr 2024 war alles anders", CLEAN), ("Am Ende 3 Tore", CLEAN),
        ("Am Samstag 15 Uhr", CLEAN), ("Im Kino 2", CLEAN),
    ],
    # a street named without a street word, its number, then a floor, a flat or a postcode
    "bare street, number, floor or postcode": [
        ("come to Kungsgatan 14, 3rd floor", P), ("naar Rokin 85, tweede verdieping", P),
        ("wir wohnen auf der Zeil 12, 3. Stock", P), ("envíalo a Rambla 33, 2º piso", P),
        ("à Canebière 10, 2e étage", CLEAN),  # French puts the number first: not this shape
        ("vieni a Toledo 40, terzo piano", P), ("naar Damstraat 4, 1012 JM Amsterdam", P),
        ("the final was Ajax 2, Feyenoord 1", CLEAN), ("in Windows 10, 2nd floor printer", CLEAN),
        ("go to Gate 12, second floor", CLEAN), ("meet me at Gleis 4, 1. OG", CLEAN), ("vieni in Sala 3, primo piano", CLEAN),
    ],
}

test_class = class_test(CLASSES)
