"""Round 9 of issue #12: orthographic evasions of swear and drug words that set 11 showed missing.

Each class is a way of writing a word, not a message: examples written for these tests in the seven
languages (other words than the set's), and innocent messages of the same shape that must stay
clean. Messages go through the real engine loaded from ``rulepacks/``.
"""
import pytest
from test_bounded_cost import growth, seconds
from verdicts import class_test

P, D, CLEAN = ("profanity",), ("drugs",), ()

CLASSES = {
    # 1. Every letter typed twice (a plural s maybe once): read with each pair as one letter. Words
    # that have doubled letters among single ones, codes of one letter pair, hums and laughs stay.
    "every letter doubled": [
        ("that was a ffuucckkiinngg joke", P), ("you absolute wwaannkkeerrss", P),
        ("eres un ggiilliippoollllaass", P), ("vete a la mmiieerrddaa", P),
        ("seu ffiillhhoo ddaa ppuuttaa", P), ("que ccaarraallhhoo, perdi o ônibus", P),
        ("quel ppuuttaaiinn de bouchon", P), ("ferme ta gueule, eennccuulléé", P),
        ("so eine sscchheeiissssee heute", P), ("du aarrsscchhlloocchh", P),
        ("che ssttrroonnzzoo quel tipo", P), ("mmeerrddaa, ho perso il bus", P),
        ("wat een kkuutt weer", P), ("kkuuttwwiijjff, geef dat terug", P),
        ("ccooccaaiinnee for sale tonight", D), ("hay ccooccaaíínnaa en la fiesta", D),
        ("wer hat kkookkaaiinn", D), ("de la hhéérrooïïnnee dans le quartier", D),
        ("tem mmaaccoonnhhaa pra hoje", D), ("gira eerrooiinnaa in piazza", D),
        ("wie heeft kkeettaa voor zaterdag", D),
        ("sshh11tt happens", P), ("s s h h i i t t", P), ("qué ccooññoo", P), ("SSccHHeeIISSSSEE", P),
        ("the bookkeeper called about the invoice", CLEAN), ("reference code aabb ccdd", CLEAN),
        ("mmmm pizza", CLEAN), ("zzzz so tired", CLEAN), ("hhaahhaa that's funny", CLEAN),
        ("ggoooodd morning everyone", CLEAN), ("Mississippi is long", CLEAN),
        ("jjaajjaa qué risa", CLEAN), ("kkkkkk muito bom", CLEAN), ("jjaa ggeennaauu", CLEAN),
        ("cciiaaoo a tutti", CLEAN), ("oouuii bien sûr", CLEAN), ("nnee hhoor", CLEAN),
    ],
    # 2. A word broken by symbols that are no punctuation (slashes, backslashes, stars, plus
    # signs), its pieces maybe also split by a space: read with the symbols and spaces out when the
    # joined letters are a term. Slashes between words, maths, code and bold text stay.
    "symbols inside a word": [
        ("what the fu/ck is this", P), ("sh*it happens", P), ("you're an a+ss+hole", P),
        ("hijo de pu/ta", P), ("ese ca/br\\on otra vez", P), ("gili*po llas", P),
        ("en/cu\\lé va", P), ("pu*tain de merde", P), ("con*nar d va", P),
        ("so ein Arsch*loch", P), ("Ar*sch loch", P), ("vaf/fan\\culo", P), ("che stro*n zo", P),
        ("tyf*us lijer", P), ("kan/ker op", P), ("que cara*lh o", P), ("ca/ra\\lho, de novo", P),
        ("co*ca ine for sale", D), ("her*o in again on the estate", D), ("hay coca*í na", D),
        ("de la hé*ro ïne", D), ("c'è eroi*n a in giro", D), ("maco*n ha pra hoje", D),
        ("wer hat Ko/ka\\in", D),
        # pipes among the symbols (alone inside a word a pipe is a leet l or i: "sh|t")
        ("fu|ck off", P), ("bu|ll|sh|it", P), ("pe|nd|ejo", P), ("Sch|ei/ße", P), ("c/a|z\\zo", P),
        ("yes|no", CLEAN), ("a|b test", CLEAN), ("col|row", CLEAN), ("ja|nee", CLEAN), ("oui|non", CLEAN),
        # the symbol closing a piece, or the piece with it after others
        ("wer hat kok* ain", D), ("co* caine for sale", D), ("gili* pollas", P), ("fu* ck off", P),
        ("kan k*er lijer", P), ("por c*o dio", P), ("tem ma co/n ha", D),
        ("I love you* sorry", CLEAN), ("its* it's", CLEAN), ("the end* of story", CLEAN),
        ("ho fatto* tutto", CLEAN), ("je suis+ content", CLEAN),
        ("and/or w/o he/she", CLEAN), ("km/h and TCP/IP", CLEAN), ("rock&roll night", CLEAN),
        ("5*3 is 15", CLEAN), ("*bold* text here", CLEAN), ("C++ is fun", CLEAN),
        ("a+b=c", CLEAN), ("cut/paste it", CLEAN), ("pros/cons list", CLEAN),
        ("je suis con*tent de te voir", CLEAN), ("input/output", CLEAN),
        ("ida/vuelta a Madrid", CLEAN), ("Ein/Ausgang links", CLEAN), ("entrata/uscita", CLEAN),
        ("in/uitgang", CLEAN), ("ida/volta", CLEAN), ("aller/retour", CLEAN),
        ("P&O ferries to Calais", CLEAN), ("AT&T store", CLEAN), ("R&B night", CLEAN),
        ("Q&A at 5", CLEAN), ("los n/os del formulario", CLEAN), ("ice/snow on the road", CLEAN),
    ],
    # 3. Upside-down text as generators write it (letters turned and in reverse order), mixed
    # with plain letters typed as they are, or with the plain letters a generator also writes
    # (s, o, x, z; n for u, d for p).
    "upside-down mixed with plain letters": [
        ("ʞɔnɟer", P), ("pinche ɐʇnds", P), ("sʇoƃƃɐɟ everywhere", P), ("ʇıɥs", P),
        ("ʞɔnɟing hell", P), ("snɟʎʇlijer", P),
        # a whole phrase turned: its words last to first; letters turned one by one in order
        ("nɔ ou ɹɐɯoʇ ıɐʌ", P), ("ɐʇnd ǝp oɾıɥ", P), ("ʇɥƃıu ʇsɐl ʞɔnɟ ʇɐɥʍ", P), ("ɟnɔʞ", P),
        ("ǝɯoɔlǝʍ noʎ", CLEAN), ("sɐɯʇsıɹɥɔ ʎɹɹǝɯ", CLEAN), ("ɐıɔɐɹƃ ǝllǝq", CLEAN),
        ("ɥɔɐuɥıǝʍ ǝɥolɟ", CLEAN), ("oıɔnɐ ǝpuɐɹƃ", CLEAN),
        ("ʎddɐɥ ʎɐpɥʇɹıq", CLEAN), ("ɹǝpɹo ɹnoʎ", CLEAN), ("ǝɯ llɐɔ", CLEAN),
        ("sʇɐɥ ʎddɐɥ", CLEAN),
    ],
    # 4. Regional-indicator letters read as letters even where they pair into a flag; a flag in
    # chat stays a flag.
    "regional-indicator letters": [
        ("vai tomar no 🇨🇺 seu chato", P), ("vai tomar no 🇨🇺", P), ("🇸🇭🇮🇹 happens", P),
        ("me tienes hasta el 🇨🇺🇱🇴", P),
        ("🇨🇴 won!", CLEAN), ("going to 🇨🇺 next year", CLEAN), ("vou pra 🇨🇺 ano que vem", CLEAN),
        ("🇩🇪 vs 🇮🇹 tonight", CLEAN), ("🇳🇱 kampioen!", CLEAN), ("🇫🇷 🇪🇸 🇵🇹 all qualified", CLEAN),
    ],
    # 4b. "Qué coño" typed without its ñ, or in letters that have none: its swearing phrases
    "coño without its ñ": [
        ("qué cono haces aquí", P), ("¿dónde cono están mis llaves?", P), ("qué 🇨🇴🇳🇴 pasa", P),
        ("qué ᴄᴏɴᴏ quieres", P), ("y quién cono eres tú", P),
        ("un cono de helado", CLEAN), ("¿cuál cono quieres, fresa o chocolate?", CLEAN),
        ("el Cono Sur", CLEAN), ("el cono de tráfico que está en la calle", CLEAN),
    ],
    # 5. Separators: pipes or spaces between every letter, a punctuation mark ending the spelled
    # word ("p o r r a, o"), and the letters of a phrase's last word of two letters spelled out
    "letters spelled out": [
        ("der Schiri ist doch b|e|h|i|n|d|e|r|t", P), ("du bist so b e h i n d e r t", P),
        ("s h i t, i forgot", P), ("j o d e r, otra vez", P), ("p u t a i n, encore", P),
        ("c a z z o, di nuovo", P), ("p o r r a, o ônibus", P), ("vai tomar no C-U", P),
        ("toma no C.U, seu chato", P), ("vai tomar no C U", P),
        # an "a" or "i" first in the message is read both ways: as a word, and as the spelled word's first letter
        ("A S S H O L E, all of you", P), ("A R S C H, der Typ", P), ("a s h i t day", P),
        ("I h a t e mondays", CLEAN), ("A B C D E F", CLEAN), ("I L O V E YOU", CLEAN),
        ("add me on discord: s p e e d . 9 9", ("pii",)), ("my code is a b c d, e f", CLEAN),
        ("see you at the C-U gym", CLEAN), ("mein Bruder ist behindert und lebt bei uns", CLEAN),
    ],
    # 6. Leet with symbols mixed at a word's end: a leet letter after a "!" makes the "!" a letter
    "leet with symbols mixed": [
        ("quella tr0!@ mi ha fregato", P), ("eres una p*t@", P), ("seu v!@d0", P),
        ("hey!@john", CLEAN), ("wow!$5", CLEAN), ("call me!@5pm", CLEAN),
    ],
}

test_class = class_test(CLASSES)


def test_the_gates_of_the_new_readings_never_hide_a_word_they_read():
    """The doubled-letter and symbol readings are built only where a cheap test (RE2 over the raw
    text in the engine's set, one regex) finds something: on random texts of pairs, symbols and
    spaces, every word either reading takes is seen by its gate."""
    import random

    import re2

    from anonchat.moderation.matcher import _MAYBE_SYMBOL_WORD
    from anonchat.moderation.normalize import (
        _DOUBLED_WORD,
        _SYMBOL_WORD,
        DOUBLED_HINT,
        SYMBOL_HINT,
        _doubled,
        may_be_doubled,
        simple_text,
    )

    doubled_hint, symbol_hint = re2.compile(DOUBLED_HINT), re2.compile(SYMBOL_HINT)
    rnd = random.Random(9)
    for _ in range(4000):
        alphabet = rnd.choice(["ab", "abc ", "aAbB *", "ab/\\ +", "xyz#~ ,.", "aé ñ*", "kk ss"])
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30)))
        if rnd.random() < 0.5:
            text = text.replace(" ", " " + "".join(c * 2 for c in rnd.choice(["shit", "ab", "cu", "kk"])) + " ", 1)
        s = simple_text(text) if text.isascii() else text.lower()
        if any(_doubled(m.group()) for m in _DOUBLED_WORD.finditer(s)):
            assert may_be_doubled(s), text
            if text.isascii() and text.isprintable():
                assert doubled_hint.search(text), text
        if _SYMBOL_WORD.search(text):
            assert _MAYBE_SYMBOL_WORD.search(text), text
            if text.isascii():
                assert symbol_hint.search(text), text


@pytest.mark.parametrize("unit", ["pe/nd ejo ", "kok* ain ", "a/b c d ", "x|y ", "sshhiitt ", "ccuu ", "ɐʇnds ",
                                  "ʇoƃƃɐɟs ok ", "s h i t, ", "A B C D "])
def test_a_flood_of_the_new_forms_costs_in_proportion_to_its_length(engine, unit):
    assert growth(engine, unit) < 2.5
    assert seconds(engine, (unit * 400)[:2000]) < 0.1
