"""Round 3 of issue #12: spelling evasions the normaliser let through.

Each class below is a kind of message, not a message: several examples of the class, written for
these tests, and innocent messages of the same shape that must stay clean. Messages go through the
real engine loaded from ``rulepacks/``; the assertions are on ``verdict.categories`` (and, where
it shows, on what a masked message reads).
"""

import unicodedata

import pytest
from verdicts import cases

P, CLEAN = ("profanity",), ()

CLASSES = {
    # A one-letter word ("u", Dutch "n", Spanish "o" and "y", Portuguese "ô") before letters spelled
    # with spaces is joined with them; the word is also read with that letter apart.
    "one-letter word before spelled letters": [
        ("hey u b i t c h", P),
        ("ik vind je n k l o o t z a k", P),
        ("y c a b r o n", P),
        ("r u a c u n t or what", P),
        ("go to the u s a now", CLEAN),
        ("b a s s guitar solo", CLEAN),  # b is no word: not "b ass"
        ("o r a n g e juice please", CLEAN),
        ("i was sent a s s o r t e d chocolates", CLEAN),
    ],
    # Where some separators are spaces and others are not, the spaces are word boundaries.
    "spelled words side by side": [
        ("what a w.a.n.k.e.r", P),
        ("such a c💢u💢n💢t", P),
        ("d.u a.r.s.c.h.l.o.c.h", P),
        ("f.i.g.l.i.o d.i p.u.t.t.a.n.a", P),
        ("f.u.c.k y.o.u", P),
        ("ok b.u.t l.a.t.e.r", CLEAN),
        ("he is an e.x.p.e.r.t at it", CLEAN),
    ],
    # A plain letter before (or after) letters of another style is a word of its own.
    "a plain letter beside styled letters": [
        ("ur a 🇵 🇷 🇮 🇨 🇰", P),
        ("ur a 🇵🇷🇮🇨🇰 lol", P),
        ("u 𝔴 𝔞 𝔫 𝔨 𝔢 𝔯", P),
        ("🇧 🇮 🇹 🇨 🇭 u", P),
        ("a 🇺 🇸 🇦 flag", CLEAN),
    ],
    # Pieces of one or two letters separated by dots or other punctuation (no spaces) join.
    "dotted pieces of one and two letters": [
        ("wa.nk.er", P),
        ("mo.th.er.fu.ck.er", P),
        ("sa.lo.pe", P),
        ("st.ro.nz.o", P),
        ("ar-sc-hl-och", P),
        ("version 3.10.12 is out", CLEAN),
        ("see you at 10.30.", CLEAN),
        ("e.g. it's ok", CLEAN),
        ("p.s. call me", CLEAN),
        ("the U.S. team won", CLEAN),
        ("a.k.a. the boss", CLEAN),
        ("it is ok to go", CLEAN),
    ],
    # An emoji inside a word no longer splits it in two (a listed emoji is still a word).
    "an emoji inside a word": [
        ("you fu😡cking idiot", P),
        ("what a bas🤬tard", P),
        ("sh🙂it happens", P),
        ("i❤️you", CLEAN),
        ("love🍕pizza", CLEAN),
        ("so🔥hot today", CLEAN),
    ],
}


@pytest.mark.parametrize(("text", "expected"), cases(CLASSES))
def test_class(engine, text, expected):
    categories = engine.check(text).categories
    assert ("profanity" in categories) if expected else not categories  # (".er" reads as a link too)


@pytest.mark.parametrize(("text", "word"), [
    ("go home u w a n k e r", "w a n k e r"),
    ("what a d😈i😈c😈k", "d😈i😈c😈k"),
    ("ur a 🇵🇷🇮🇨🇰 lol", "🇵🇷🇮🇨🇰"),
    ("ok sh🙂it man", "sh🙂it"),
])
def test_the_mask_covers_the_word_only(engine, text, word):
    """The letter or article read apart is not masked, nor is anything after the word."""
    verdict = engine.check(text)
    assert [text[h.start:h.end] for h in verdict.hits] == [word]


def test_every_invisible_format_character_between_letters_is_seen_through(engine):
    """Zero-width spaces and non-joiners, word joiners, invisible operators, tags...: every format
    character (Cf) of Unicode between the letters of a word."""
    missed = []
    for c in map(chr, range(0x110000)):
        if unicodedata.category(c) == "Cf" and c not in "\u202e\u2067\u202d\u2066\u2068\u061c" and \
                not engine.check(c.join("wanker")).categories:
            missed.append(f"U+{ord(c):04X}")
    assert missed == []
