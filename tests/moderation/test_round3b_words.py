"""Round 3b of issue #12: word-list classes blind set 4 showed missing or over-eager, after the
policy in docs/rulepacks.md ("What each category means") was settled further.

Each class is a kind of message, not a message: examples written for these tests (other words and
wordings than the blind set's), and innocent messages of the same shape that must stay clean.
Messages go through the real engine loaded from ``rulepacks/``.
"""

from verdicts import class_test

from anonchat.moderation import Engine

P, D, CLEAN = ("profanity",), ("drugs",), ()

CLASSES = {
    # a disability used as an insult, in all seven languages; words with a neutral sense only aimed
    "disability insult": [
        ("lol you spastic", P), ("spastic diplegia is a form of cerebral palsy", CLEAN),
        ("subnormal floats lose precision", CLEAN),
        ("tío eres subnormal", P), ("pareces retrasada", P), ("el autobús llegó retrasado", CLEAN),
        ("você é retardada?", P), ("o pagamento foi retardado", CLEAN),
        ("t'es vraiment attardé", P), ("un pays attardé économiquement", CLEAN),
        ("je suis handicapée depuis l'accident", CLEAN),
        ("siete proprio dei ritardati", P), ("il volo era ritardato di un'ora", CLEAN),
        ("alter bist du behindert", P), ("du behinderter idiot", P),
        ("meine schwester ist behindert und studiert", CLEAN), ("halt die klappe du mongo", P),
        ("ben je nou helemaal achterlijk", P), ("jullie zijn echt downies", P),
        ("mijn neef is gehandicapt", CLEAN), ("de Mongolen trokken naar het westen", CLEAN),
    ],
    # sexual phrases aimed at someone, in every language
    "sexual phrase aimed": [
        ("come here and lick my balls", P), ("zuig m'n lul", P), ("wil je me pijpen", P),
        ("de pijpen zijn bevroren", CLEAN), ("mámamela ya", P), ("chupa la pinga", P),
        ("ciucciami le palle", P), ("succhiamela", P), ("vem chupar meu pinto", P),
        ("lambe a minha buceta", P), ("viens me sucer", P), ("lèche mes couilles", P),
        ("leck meine eier", P), ("lutscht mir einen", P),
    ],
    "portuguese insult": [
        ("bando de arrombados", P), ("essas arrombadas", P), ("a porta foi arrombada ontem", CLEAN),
    ],
    # a surname after a title, a first name holding a term: names
    "names": [
        ("Frau Fick hat uns die Noten gegeben", CLEAN), ("Dr. Dick will see you now", CLEAN),
        ("Mrs Cock runs the bakery", CLEAN), ("harshit and akshit are in my class", CLEAN),
        ("Dikshit won the seat", CLEAN), ("Mr Shitole signed the form", CLEAN),
        ("la Sra. Polla es la directora", CLEAN), ("chúpame la polla", P), ("el perro se come el rabo", CLEAN),
        ("fick dich", P), ("hey dick", P),
        ("ur a s h i t player", P), ("you are a s-h-i-t", P),
    ],
    # everyday senses told by a context word anywhere nearby, not only in a fixed phrase
    "everyday sense in context": [
        ("our vet says the bitch will whelp next week", CLEAN), ("shut up bitch", P),
        ("the farm keeps an old ass and two mules", CLEAN), ("the ass brayed on the farm, you ass", P),
        ("get your ass over here", P),
        ("the dyke held during the storm surge", CLEAN), ("you dyke", P),
        ("el pastor perdió un cabrón y tres cabras", CLEAN), ("el cabrón de mi vecino", P),
    ],
    # sexual words that are not swears are clean on their own
    "porn alone": [("there is so much porn online", CLEAN), ("porno", CLEAN)],
    # slang per language in a drug context; a named drug in any stance
    "drug slang and stance": [
        ("ecstasy op het feest? nooit", D), ("ecstasy at the party, no thanks", D),
        ("what sheer ecstasy", CLEAN),
        ("cheiraram pó no banheiro", D), ("tinha pó em cima do armário", CLEAN),
        ("stasera tira bamba", D), ("balliamo la bamba", CLEAN),
        ("pepp gezogen", D), ("das bringt pepp in die bude", CLEAN),
        ("wie heeft md voor zaterdag", D), ("se inyectaban heroína", D),
        ("la heroína de la novela", CLEAN),
    ],
    # digits or symbols for letters: the everyday sense of a context word is never disguised
    "leet drug names": [
        ("h4sch1sch", D), ("h3ro1na", D), ("c0k3 anyone", D), ("x@n@x", D), ("sp33d", D),
        ("the heroine wins in the end", CLEAN), ("we climbed k2", CLEAN),
    ],
    # prescription medicines and laughing gas count only taken for fun or sold without a prescription
    "prescription medicines": [
        ("the vet prescribed xanax for my anxiety", CLEAN), ("they kept me on oxycodone after surgery", CLEAN),
        ("xanax before the rave", D), ("selling oxycodone, no prescription", D),
        ("the dentist gave me laughing gas", CLEAN), ("laughing gas balloons at the party", D),
        ("diazepam at the party anyone?", D),
    ],
    "mild words": [
        ("that really pisses me off", CLEAN), ("I'm so pissed at him", CLEAN), ("piss off", P),
    ],
}


test_class = class_test(CLASSES)


def test_allow_entry_with_a_context(tmp_path):
    """An allow entry with `context:` allows only with a word of that context within its window."""
    (tmp_path / "p.yaml").write_text(
        "id: p\ncategory: profanity\nversion: 1\naction: mask\nseverity: low\n"
        "contexts:\n  dogs: {window: 4, words: [puppies, breeder]}\n"
        "words: [bitch]\nallow:\n  - {term: the bitch, context: dogs}\n")
    e = Engine.from_directory(tmp_path)
    assert e.check("the bitch had puppies").categories == ()
    assert e.check("the breeder said the bitch is old").categories == ()
    assert e.check("the bitch said the most boring things about nothing at all, puppies").categories \
        == ("profanity",)
    assert e.check("shut up bitch").categories == ("profanity",)
    assert e.check("the bitch had puppies, shut up bitch").categories == ("profanity",)
