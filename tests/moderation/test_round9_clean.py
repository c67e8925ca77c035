"""Round 9 of issue #12: false alarms on clean messages that set 11 showed, generalised.

Each class is a kind of message, not a message: examples written for these tests, in the languages
the class touches, and the messages of the same shape that must stay flagged. Messages go through
the real engine loaded from ``rulepacks/``.
"""

from verdicts import class_test

PROF, DRUGS, CLEAN = ("profanity",), ("drugs",), ()

_SMALL_CAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"))
_CYRILLIC = dict(zip("aeopcxyi", "аеорсхуі"))


def disguised(word, form):
    """`word` (lower-case ASCII letters) written the way `form` names, as people do to pass a filter."""
    if form == "dots":
        return ".".join(word)
    if form == "dashes":
        return "-".join(word.upper())
    if form == "zero width":
        return "\u200b".join(word)
    if form == "rtl override":  # shown as the word: its first letter, then the rest reversed
        return word[0] + "\u202e" + word[:0:-1] + "\u202c"
    if form == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in word)
    if form == "math bold":
        return "".join(chr(0x1D41A + ord(c) - ord("a")) for c in word)
    if form == "circled":
        return "".join(chr(0x24D0 + ord(c) - ord("a")) for c in word)
    if form == "small caps":
        return "".join(_SMALL_CAPS[c] for c in word)
    if form == "cyrillic":
        return "".join(_CYRILLIC.get(c, c) for c in word)
    if form == "digits":
        return word.translate(str.maketrans("aeio", "4310"))
    raise ValueError(form)


FORMS = ("dots", "dashes", "zero width", "rtl override", "fullwidth", "math bold", "circled", "small caps",
         "cyrillic", "digits")

# (word, a sentence with its everyday sense, "{}" for the word; a sentence aiming it at someone)
EVERYDAY = [
    # Spanish
    ("zorra", "la {} corría por el campo con sus crías", "eres una {} y lo sabes"),
    ("zorra", "vimos una {} cerca de la madriguera", "menuda {} estás hecha"),
    ("perra", "mi {} tuvo cinco cachorros anoche", "eres una {}"),
    ("capullo", "el {} de la rosa ya se abrió en el jardín", "eres un {}"),
    ("ojete", "se me soltó un {} de la zapatilla, el de los cordones", "menudo {} estás hecho"),
    ("guarra", "la {} parió ocho lechones en la granja", "eres una {}"),
    ("mamon", "compré un {} en la panadería para el café", "eres un {}"),
    ("cipote", "el {} de mi vecina ya va a la escuela en Honduras", "eres un {}"),
    # Portuguese
    ("veado", "o {} apareceu na estrada de noite", "seu {} nojento"),
    ("bosta", "pisei na {} da vaca no pasto", "seu {}"),
    ("piranha", "a {} mordeu o anzol no rio", "sua {}"),
    ("corno", "ele toca {} na orquestra da cidade", "seu {} manso"),
    ("arrombado", "o cofre foi {} pelos ladrões, chamamos a polícia", "seu {}"),
    ("rola", "uma {} fez o ninho na varanda, a pomba", "chupa a minha {} seu otario"),
    # Italian
    ("finocchio", "insalata di {} e arance con olive", "sei un {}"),
    ("troia", "la cattedrale di {} in Puglia è romanica", "sei una {}"),
    ("zoccola", "una {} enorme è uscita dal tombino della fogna", "sei una {}"),
    ("cornuto", "il toro {} pascolava nel bosco", "sei un {}"),
    ("cagna", "la {} ha avuto sei cuccioli dal veterinario", "sei una {}"),
    # French
    ("chienne", "notre {} a eu des chiots hier", "sale {}"),
    ("chatte", "la {} a eu quatre chatons dans la litière", "sale {}"),
    ("pedale", "la {} de mon vélo est cassée, plus de frein", "espèce de {}"),
    ("tapette", "passe-moi la {} pour les mouches de la cuisine", "t'es une {}"),
    ("raton", "un {} laveur fouillait la poubelle", "sale {}"),
    # German and Dutch
    ("muschi", "unsere {} schnurrt und will ihr Futter, die Katze", "deine {}"),
    ("hurenkind", "im Layout steht ein {} oben auf der Seite, die Zeile muss weg", "du {}"),
    ("teef", "de {} kreeg zes puppy's bij de fokker", "vuile {}"),
    ("makaak", "in de dierentuin zat een {} op de apenrots", "vuile {}"),
    # English
    ("hoe", "grab the {} from the shed and weed the vegetable beds", "shes a {}"),
    ("slag", "the {} heap by the old steelworks furnace", "such a {}"),
    ("nonce", "the server sends a fresh {} with each token to stop replay", "you {}"),
    ("bitch", "our {} had six puppies, the breeder came", "you {}"),
]

_disguised_everyday = {f"everyday sense beats a disguise: {form}": [
    (sense.format(disguised(word, form)), CLEAN) for word, sense, _ in EVERYDAY
] for form in FORMS}
_disguised_aimed = {f"a disguised word aimed at someone stays flagged: {form}": [
    (aimed.format(disguised(word, form)), PROF) for word, _, aimed in EVERYDAY
] for form in FORMS}

# drug slang that is also an everyday word: the drug packs' everyday contexts (pooled) beat a disguise
DRUG_EVERYDAY = [
    ("weed", "I need to {} the garden this weekend", "anyone got {} for tonight"),
    ("coke", "a pizza and a {} please", "selling {} hmu"),
    ("crack", "the {} in the wall is getting bigger", "he smokes {} every day"),
    ("speed", "the {} limit on the motorway is 120", "who has {} for the rave"),
    ("neige", "on a fait du ski, la {} en montagne était parfaite", "qui a de la {} pour ce soir"),
    ("neve", "la {} sulle montagne è alta, si scia", "chi ha la {} per stasera"),
    ("gras", "het {} moet gemaaid worden in de tuin", "wie heeft {} om te roken"),
    ("hierba", "la {} del jardín está alta, hay que cortar", "quién tiene {} para fumar"),
]
_disguised_drug_everyday = {f"drug slang, everyday sense beats a disguise: {form}": [
    (sense.format(disguised(word, form)), CLEAN) for word, sense, _ in DRUG_EVERYDAY
] for form in ("dots", "small caps", "math bold", "cyrillic")}
_disguised_drug_asked = {f"drug slang asked for, disguised: {form}": [
    (asked.format(disguised(word, form)), DRUGS) for word, _, asked in DRUG_EVERYDAY
] for form in ("dots", "small caps", "math bold", "cyrillic")}

CLASSES = {
    **_disguised_everyday,
    **_disguised_drug_everyday,
    **_disguised_drug_asked,
    **_disguised_aimed,
    # the plain everyday sense stays clean and the plain insult flagged
    "everyday sense, plain": [(sense.format(word), CLEAN) for word, sense, _ in EVERYDAY],
    "insult, plain": [(aimed.format(word), PROF) for word, _, aimed in EVERYDAY],
    # a disguised word with neither its everyday sense nor a word aiming it: still its own context
    "disguised, no everyday cue": [
        ("jajaja z.o.r.r.a", PROF), ("olha a ᴘɪʀᴀɴʜᴀ kkk", PROF), ("che ｔｒｏｉａ", PROF),
        ("lol h0e", PROF), ("quel f-i-n-o-c-c-h-i-o", PROF),
    ],
    # a disability said as a fact (care, access, a diagnosis) beats a disguise; said to someone, it counts
    "a disability as a fact, disguised": [
        ("mein Bruder ist b.e.h.i.n.d.e.r.t und braucht einen Rollstuhl", CLEAN),
        ("la place h.a.n.d.i.c.a.p.é.e du parking", CLEAN),
        ("il mio vicino è h-a-n-d-i-c-a-p-p-a-t-o e usa la sedia a rotelle", CLEAN),
        ("mijn zus is g.e.h.a.n.d.i.c.a.p.t en krijgt begeleiding", CLEAN),
        ("du bist so b.e.h.i.n.d.e.r.t", PROF), ("eres un r.e.t.r.a.s.a.d.o", PROF),
        ("t'es complètement h.a.n.d.i.c.a.p.é", PROF),
    ],
    "slurs that are everyday words elsewhere, disguised": [
        ("il est trop t.a.r.d pour sortir ce soir", CLEAN), ("à plus t-a-r-d", CLEAN),
        ("and then p.o.o.f it was gone", CLEAN),
        ("you t.a.r.d", PROF), ("you p.o.o.f", PROF),
    ],
    # a mild exclamation disguised is still mild
    "mild exclamation, disguised": [
        ("que b.o.s.t.a, choveu", CLEAN), ("que 𝐛𝐨𝐬𝐭𝐚 de trânsito hoje", CLEAN), ("mas que b0sta", CLEAN),
    ],
    # a first name and a surname, a title before a surname: a person, whatever their name holds
    "a first name before a capitalised surname": [
        ("Dick Rivers chante ce soir", CLEAN), ("I met Dick Advocaat at the airport", CLEAN),
        ("Dick Cheney was vice president", CLEAN), ("Herr Fick und Frau Fick kommen", CLEAN),
        ("you are a dick", PROF), ("Dick Head", PROF), ("dick rivers", PROF), ("send me a Dick Pic", PROF),
        ("what a Dick Move", PROF), ("Fick Dich", PROF),
    ],
    "a title before a surname that holds a swear": [
        ("Mr Lipshitz teaches piano in Leeds", CLEAN), ("Mrs Glickshit is our new neighbour", CLEAN),
        ("Herr Fickel kommt morgen", CLEAN), ("M. Dickson arrive demain", CLEAN),
        ("Dr. Cockburn is on call", CLEAN), ("Sr. Pollastri llega mañana", CLEAN),
        ("Mr Shithead is here", PROF), ("Herr Arschloch", PROF), ("Mrs Fuckface", PROF),
        ("mr shit", PROF),
    ],
    # the disease caught or had, before the "op" that starts the next phrase
    "the illness, then op": [
        ("hij kreeg tyfus op reis in Azië", CLEAN), ("ze had kanker op jonge leeftijd", CLEAN),
        ("mijn opa kreeg tering op het schip", CLEAN), ("hij liep tyfus op tijdens de expeditie", CLEAN),
        ("tyfus op man", PROF), ("ga toch kanker op", PROF), ("krijg de tyfus op je bek", PROF),
        ("tering op jij", PROF),
    ],
    # a drug name that is a file's extension, glued after the file's name
    "a file name": [
        ("setup.sh draaien na de readme.md", CLEAN), ("lies zuerst die README.md und dann install.sh", CLEAN),
        ("edita el archivo notas.md", CLEAN), ("ouvre le fichier slides.pot dans PowerPoint", CLEAN),
        ("changelog_v2.md is updated, run setup.sh", CLEAN),
        ("tengo md para la fiesta", DRUGS), ("wie heeft md voor het feest", DRUGS), ("the w.e.e.d is here", DRUGS),
    ],
    # an allowed word split unevenly around a term: its pieces are not the term
    "an allowed word in pieces around a term": [
        ("h osti  a, me he dejado el móvil", CLEAN), ("h osti a que frío hace", CLEAN),
        ("h ostia, se me olvidó", CLEAN),
        ("osti de tabarnak", PROF), ("mon osti", PROF), ("ah osti", PROF), ("a osti", PROF),
    ],
}

test_class = class_test(CLASSES)
