"""Round 4b of issue #12: drug classes blind set 6 showed missing (drug recall 0.771).

Each class is a kind of message, not a message: examples written for these tests (other words and
wordings than the blind set's), and innocent messages of the same shape that must stay clean.
Messages go through the real engine loaded from ``rulepacks/``.
"""

from verdicts import categories, class_test

D, CLEAN = ("drugs",), ()

CLASSES = {
    # a drug word whose everyday sense is told apart by how it is handed over or described, also
    # when the message has an address, a handle, a phone number or a swear too: the words that say
    # "pick it up", "delivered", "this joint" were missing from the contexts
    "drug handed over or judged": [
        ("weed pickup behind the station after 8", D), ("can pick up the weed tomorrow", D),
        ("weed and pills delivered to your door", D), ("get your weed delivered", D),
        ("ese porro no vale nada", D), ("¿quieres un porro?", D), ("me lié unos porros", D),
        ("un porrito antes de dormir", D),
        ("el porro colombiano es un ritmo alegre", CLEAN), ("zuppa di porri e patate", CLEAN),
        ("questo porro è enorme", CLEAN),
        ("sta canna è troppo forte", D), ("la canna da pesca nuova", CLEAN),
        ("la canna di bambù nel giardino", CLEAN),
        ("esse baseado tá fraco", D), ("acende o baseado aí", D),
        ("um estudo baseado em dados reais", CLEAN), ("o filme é baseado num livro", CLEAN),
        ("ce shit est trop fort", D), ("ton shit il est coupé", D),
        ("c'mon shit, hurry up", ("profanity",)),
        ("Koks abholen am Bahnhof", D), ("auf der Feier war überall Koks", D),
        ("Koks und Kohle für den Ofen", CLEAN),
    ],
    # two drugs named side by side: each is the other's context ("coke and keta", "coca e MD")
    "drug beside another drug": [
        ("coke en keta voor zaterdag", D), ("md en keta, stuur een bericht", D),
        ("coca e MD per sabato", D), ("coke et MD pour samedi", D),
        ("keta op het feest", D), ("keta in de club", D),
        ("Keta is een stad in Ghana", CLEAN), ("mijn MD zei dat ik moet rusten", CLEAN),
    ],
    # slang per language that counts only in its context: the context words were missing
    "slang in its own language's context": [
        ("esta mota pega fuerte", D), ("dame un toque de mota", D),
        ("una mota de polvo en la lente", CLEAN),
        ("incautan dos toneladas de hachís en el puerto", D),
        ("decomiso de hachís en la frontera", D), ("hachis parmentier ce soir", CLEAN),
        ("hai della bamba per la serata?", D), ("avete della bamba?", D),
        ("balliamo la bamba alla festa", CLEAN), ("hai un po' di erba cipollina?", CLEAN),
        ("ho comprato gli sci per la neve", CLEAN),
        ("tem pó pra hoje à noite?", D), ("quem tem pó pra festa?", D),
        ("tem pó em cima do armário", CLEAN), ("aspetta un po per la festa", CLEAN),
        ("balas de coco pro batizado", CLEAN), ("tirar o pó antes do batizado", CLEAN),
        ("o haxe está caro aqui", D), ("haxe barato no bairro", D),
        ("o Haxe compila para JavaScript", CLEAN),
        ("il deale de l'héro", D), ("ils dealent de l'héro", D),
        ("mon héro préféré est Spiderman", CLEAN),
        ("took speed to stay up all night", D), ("he took speed at the rave", D),
        ("took the speed limit seriously", CLEAN), ("speed is key in this game", CLEAN),
        ("éxtasis barato", D), ("un éxtasis de alegría", CLEAN),
    ],
    # slang with no everyday sense, missing from its language's list: French verlan for a joint,
    # Colombian and Central American bazuco (crack with cannabis or tobacco)
    "slang without an everyday sense": [
        ("on se fait un tarpé ?", D), ("roule un oinj", D), ("le bazuco acabó con él", D),
        ("un basuco en la esquina", D), ("tarpon fishing in Florida", CLEAN),
        ("la tarte aux pommes", CLEAN), ("un bazar en la esquina", CLEAN),
    ],
    # prescription medicines misused for a high, and laughing gas: in a recreational context only
    # ("no script", "ohne Rezept", "zonder recept", "sans ordonnance", "senza ricetta", "sin
    # receta", "sem receita", to get high, at a party, with a soft drink, sold); medicine talk clean
    "prescription medicine, recreational": [
        ("selling oxy, no script needed", D), ("adderall for the party", D),
        ("klonopin to get high", D), ("my doctor prescribed adderall for ADHD", CLEAN),
        ("codeine with sprite all night", D),
        ("the doctor gave me codeine for the cough", CLEAN),
        ("Tilidin ohne Rezept zu verkaufen", D), ("Tilidin zum Breitsein", D),
        ("Oxycodon auf der Party", D), ("Lachgas Ballons für heute", D),
        ("nach der OP bekam ich Tilidin", CLEAN), ("Lachgas beim Zahnarzt", CLEAN),
        ("oxycodon zonder recept", D), ("xanax om high te worden", D),
        ("de huisarts gaf me oxycodon na de operatie", CLEAN),
        ("codéine sans ordonnance", D), ("du protoxyde d'azote pour planer", D),
        ("le médecin m'a prescrit de la codéine", CLEAN),
        ("le protoxyde d'azote chez le dentiste", CLEAN),
        ("rivotril senza ricetta", D), ("ossicodone per sballarsi", D),
        ("il medico mi ha dato il tramadolo", CLEAN),
        ("codeína con sprite en la fiesta", D), ("vendo rivotril sin receta", D),
        ("óxido nitroso en globos para colocarse", D),
        ("el médico me recetó codeína para la tos", CLEAN),
        ("compré codeína en la farmacia", CLEAN), ("Tramadol ist breit verfügbar", CLEAN),
        ("da steht Tilidin drauf", CLEAN), ("is codeine safe on a plane?", CLEAN),
        ("tramadol's role in pain relief", CLEAN), ("una boîte de codéine", CLEAN),
        ("dopo essermi fatto male ho preso il tramadolo in serata", CLEAN),
        ("rivotril sem receita", D), ("codeína pra ficar chapado", D),
        ("ritalina na balada", D), ("o médico receitou rivotril para a ansiedade", CLEAN),
    ],
    # a drug name spelled out letter by letter with dots, dashes or underscores is disguised, as
    # one written with digits is: it counts without its context (accented letters too); three
    # letters are an acronym and keep needing it
    "spelled-out drug name": [
        ("h.e.r.o.ï.n.e", D), ("k-e-t-a", D), ("k_é_t_a", D), ("w-e-e-d anyone?", D),
        ("c-o-k-e tonight", D), ("m.o.l.l.y", D), ("s_p_e_e_d", D),
        ("I.C.E. agents at the border", CLEAN), ("M.D. from Boston", CLEAN),
        ("p.o.t", CLEAN), ("a well-known co-op", CLEAN),
    ],
    # Greek or Cyrillic look-alike letters mixed into a Latin drug word are a disguise, as digits
    # are: the word counts without its context; a word wholly in Cyrillic is Russian, not a mask
    "look-alike letters": [
        ("éхtаѕіѕ barato", D), ("éхtаѕіѕ", D), ("kеtа op het feest", D), ("ϲoke, 50 a bag", D),
        ("wееd?", D), ("ѕреed anyone", D),
        ("мой кокс для печи", CLEAN), ("I love Москва and a coke", CLEAN), ("coke zero", CLEAN),
    ],
}


test_class = class_test(CLASSES)


def test_drug_beside_other_categories(engine):
    """A drug word keeps counting when the message also has an address, a handle or a swear."""
    assert categories(engine, "weed pickup at 14 Mill Lane, after 10") == {"drugs", "pii"}
    assert categories(engine, "¿quieres porros? agrégame en insta: el_rulo_99") >= {"drugs"}
    assert categories(engine, "este porro es una puta mierda") == {"drugs", "profanity"}
