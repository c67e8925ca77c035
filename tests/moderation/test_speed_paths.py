"""The shortcuts taken for speed give what the long way gives (their speed is bench/moderation.py's
business, not a test's): the engine's path for plain ASCII chat, the flood detector's gates, the
offsets a long text computes with its normalised text."""

import itertools
import random

import pytest
from verdicts import assert_clean, assert_only

from anonchat.moderation.detectors import Flood, _may_repeat_units, _unit_runs
from anonchat.moderation.normalize import EAGER_OFFSETS, Normalised, _pipeline, simple_text


@pytest.mark.parametrize("text", ["hey everyone, how's it going?", "  spaced   out  ", "ok", "", "a-b_c (d) e.f"])
def test_simple_text_is_the_normalised_text_of_simple_ascii(text):
    assert simple_text(text) == Normalised(text, simple=True, stretched=False).text


def test_plain_chat_takes_the_short_way_and_keeps_its_verdicts(engine):
    # no listed term, no pattern: allowed; a listed word or a detector's find still counts
    assert_clean(engine, ["did you see the news about the storm last night",
                          "what music do you like? I love jazz and old rock"])
    assert_only(engine, "profanity", ["what the fuck is this", "you absolute motherfucker"])
    assert_only(engine, "email", ["mail me at john.smith@gmail.com"])
    # a pattern's hit on plain text is still checked against the allow lists (the Normalised
    # made on demand): Scunthorpe and cocktail stay clean
    assert_clean(engine, ["I grew up near Scunthorpe actually", "a cocktail in the cockpit sounds fun"])


def test_unit_gate_never_hides_a_run_the_regex_finds():
    rnd = random.Random(12)
    for _ in range(3000):
        alphabet = rnd.choice(["ab", "abc ", "aé😂 x", "abcdefgh", "ﷺ+."])
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 80)))
        if rnd.random() < 0.4:
            unit = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(2, 4)))
            text = text[:7] + unit * rnd.randint(3, 14) + text[7:]
        for unit_max, unit_span in ((4, 24), (3, 10), (5, 80), (2, 3)):
            if _unit_runs(unit_max, unit_span).search(text):
                assert _may_repeat_units(text, unit_max, unit_span), (text, unit_max, unit_span)
    assert not _may_repeat_units("the bus was 20 minutes late again, what a day", 4, 24)


def test_flood_gates_keep_the_repeated_token_checks():
    flood = Flood(char=10, unit_max=4, unit_span=24, word=8, emoji=15)
    assert flood.repeated_tokens("lol lol lol lol lol lol lol lol") != ()
    assert [s[2] for s in flood.repeated_tokens("lol " * 9)] == ["flood:unit", "flood:word"]
    assert flood.repeated_tokens("one two three four five six seven eight") == ()
    assert list(Flood(char=10, unit_max=4, unit_span=0, word=8, emoji=0).repeated_tokens("yo " * 8))


@pytest.mark.parametrize("text", [
    "f.u.c.k " * 40, "sh1t " * 80, "f*ck " * 80, "what a d*ck, meet at 5:30 near the station " * 8,
    "fυck ｆｕｃｋ 🖕 " * 40, "a " * 200])
def test_eager_offsets_of_a_long_text_are_the_lazy_ones(text):
    assert len(text) >= EAGER_OFFSETS
    n = Normalised(text)
    lazy_text, lazy_offsets, _ = _pipeline(text, True)
    assert n.text == lazy_text and list(n.offsets) == list(lazy_offsets)


# Round 6 (issue 12, speed): three more shortcuts, each shown to decide as the long way does on
# the texts it covers (the long way taken by switching the shortcut's gate off).

PIECES = [  # words in pieces that are a term, that are not, and both in one text; other scripts too
    "fu-cki-ng hell", "what an ar.sch.lo.ch", "so ein sc.he.iß.e", "co.c.k.su.ck.er", "w-e-e-d for sale", "ka.nk.er",
    "edit main.py and restart node.js", "e.g. the first one is better imo", "see bbc.co.uk or the sous-sol",
    "a well-known up-to-date ASP.NET site", "Ph.D. and M.Sc. students", "fu-cki-ng main.py", "mi.er.da de to.do",
    "hi-jo de pu-ta", "que pu.ta ma.dre", "ca-ra-lho mano", "pu.tain de mer.de", "schei-ße", "stron-zo",
    "kan-ker lijer", "año nu-evo", "an\u0303o pu-to", "fυ-ck off", "ʞɔnɟ-off", "sh💩it-head", "bit.ch/promo",
]


def test_joined_reading_is_skipped_only_where_it_finds_nothing(engine, monkeypatch):
    from anonchat.moderation.matcher import WordMatcher
    from anonchat.moderation.normalize import Normalised
    fast = [engine.check(t) for t in PIECES]
    monkeypatch.setattr(WordMatcher, "_may_begin", lambda self, word: True)  # every joined reading built
    assert [engine.check(t) for t in PIECES] == fast
    monkeypatch.undo()
    may_begin = engine._compiled.words._may_begin
    assert Normalised("edit main.py and restart node.js").joined(may_begin) == []  # the shortcut is taken
    assert Normalised("fu-cki-ng hell").joined(may_begin) != []


DIGITS = [  # dates, times and numbers around them, phones beside dates, and numbers in words
    "my exam is on 2024-05-17 at 14:30, wish me luck", "05.12.2026 um 16:45", "on 5/12/2026 call 555-867-5309",
    "2026-12-05 or 07911 123456", "meet 12.05.26 at 7", "the 1997-2012 era", "12/05 then 555 867 5309",
    "born 01-02-2003, text +44 7911 123456", "2024-05-17 2024-05-18 2024-05-19", "v1.2.3-4.5.6-7",
    "five five five 8 6 7 5 3 0 9 on 2024-05-17", "vingt-deux trente-trois 06.12.2026", "1.2.3.4.5.6.7",
    "order 2024-05-17 no 1234567", "dreiundzwanzig vierundvierzig 12.05.2026 sechsundfünfzig",
]


def test_phone_gates_read_the_numbers_the_long_way_reads(monkeypatch):
    import re

    from anonchat.moderation import detectors
    phone = detectors.phone.configure(regions=["US", "GB", "DE", "FR", "ES", "IT", "NL"])
    fast = [list(phone(t)) for t in DIGITS]
    monkeypatch.setattr(detectors, "_MAYBE_DATE", re.compile(""))  # always blank dates...
    monkeypatch.setattr(detectors, "_SEVEN_IN_A_RUN", re.compile(""))  # ...and read every candidate
    assert [list(phone(t)) for t in DIGITS] == fast
    assert any(fast) and not fast[0]


def test_pair_words_by_set_first_miss_no_word_the_word_test_finds():
    from anonchat.moderation.detectors import _PAIR_ENDS, _PAIR_HEADS, _PAIR_STARTS, _PAIR_TAILS
    rnd = random.Random(6)
    pieces = list(_PAIR_STARTS) + list(_PAIR_ENDS) + ["x", "e", "und", "a", "ty", "zig", "ig"]
    for _ in range(20000):
        w = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 3)))
        if w[:3] in _PAIR_HEADS and w.startswith(_PAIR_STARTS) or w[-3:] in _PAIR_TAILS and w.endswith(_PAIR_ENDS):
            assert w[:3] in _PAIR_HEADS or w[-3:] in _PAIR_TAILS


NAMES = [  # a school, class or workplace word with and without a name of either kind
    "I use discord a lot for school stuff", "school was so boring today", "Emily Rhodes, I work at the Tesco",
    "im jake morrison from lincoln high, 10th grade", "soy Lucía Fernández del IES Cervantes", "my uni is far",
    "ich bin Jonas Becker, 9b am Goethe-Gymnasium", "we read Emily Dickinson in year 10", "Hannah Cole here",
    "je m'appelle Inès Morel, je bosse au Carrefour", "i'm so tired of school", "sono la marta del liceo volta",
]


def test_person_without_a_name_is_clean_the_long_way_too():
    from anonchat.moderation.detectors import _named_person, person
    for text in NAMES:
        assert person(text) == _named_person(text), text
    assert not person(NAMES[0]) and person(NAMES[2])


def test_handle_gate_never_hides_a_handle_the_long_way_finds(monkeypatch):
    from anonchat.moderation import detectors
    rnd = random.Random(7)
    pieces = ["add me on", "snap", "insta", "discord", "xbox", "gt is", "my", "ig:", "sc:", "@", "@ ", "is", "it's",
              "mollyxoxo", "Sn1perWolfX", "jess_2009", "mikey.luvs.pizza", "DutchDevil", "m a r k y", "a b c d",
              "xXslayerXx", "on", "psn", "ich bin", "auf snap", "su psn", "2am", "8pm", "k9", "a.b", "x-1", "#1234",
              "later", "private", ":", ".", ",", "-", "->", "=", "fr", "Ünïcode", "ｓｎａｐ", "４２", "ＡＢ", "é_1", "b.",
              "my tiktok is", "mon snap c'est", "b-e-l-l-a-dot-r-o-s-e", "s-a-m-m-y", "n-o-a-h-point-l-b", "well-known",
              # round 8: "I'm called", a game's #TAG, an invitation, ff after an id word, two words
              "im called", "ik heet", "ich heiß", "me llamo", "ghostlyvibes", "Vyper#EUW", "#EUW", "come watch",
              "twitch:", "meu nick no ff", "é", "mon id fortnite:", "Sweaty Croissant", "sn@p:",
              # round 9c: a name word, then "is" and a plain word; the verb before its subject
              "psn id is", "discord name is", "gt", "nightowl", "pending", "bin ich", "ben ik", "Silent Storm 42",
              # round 10: a name before "on <platform>" or "is my <platform>", emoji, words before a colon, "da heiße ich"
              "op de switch", "is my", "(insta)", "👉", "👻", "😂", "heb ik wel:", "hab ich:", "heiße da", "daar heet ik",
              "unter", "at", "FrikandelKoning", "kaas.boer", "stuur maar", "add me", "covid19", "PewDiePie",
              "dot", "punto", "underscore", "guion bajo", "kiki", "bakes"]
    texts = ["I use discord a lot for school stuff", "I like minecraft and some racing games"]
    for _ in range(4000):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        if rnd.random() < 0.3:
            text = text.replace(" ", rnd.choice(["", "  ", ": ", "_", "."]), rnd.randint(1, 2))
        texts.append(text)
    fast = [detectors.handle(t) for t in texts]
    assert not detectors._may_hold_a_handle(texts[0], texts[0].lower())  # the shortcut is taken
    monkeypatch.setattr(detectors, "_may_hold_a_handle", lambda text, view: True)
    assert [detectors.handle(t) for t in texts] == fast
    assert sum(map(bool, fast)) > 200


# Round 9 (issue 12, speed): more gates, each checked against the long way it replaces.

def test_spaced_gate_finds_every_word_the_long_way_would_begin(engine):
    # `spaced_hint` once asked `_begins` of every word; the automaton asks it in one pass. It may
    # find more (a head before any word starting with the right letter), never less.
    words = engine._compiled.words
    rnd = random.Random(9)
    starts = sorted(words.starts)
    pieces = (sorted(words.heads)[::5] + [s[i:] for s in starts[::10] for i in (len(s) - 2, len(s) - 1, 2, 3)]
              + sorted(words.spaced_prefixes) + ["a", "x", "", "the", "ok", "co", "pu", "as", "de", "sch", "och"])
    begun = spaced = 0
    for _ in range(20000):
        s = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6)))
        split = s.split(" ")
        if any(words._begins(split, i) for i in range(len(split) - 1)):
            begun += 1
            assert next(words._spaced_gate.iter(f" {s} "), None) is not None, s
        # and asking `_begins` only where a key starts answers as asking it of every word
        assert words.spaced_hint(s) == any(words._begins(split, i) and words._joins(split, i) is not None
                                           for i in range(len(split) - 1)), s
        spaced += words.spaced_hint(s)
    assert begun > 100 and spaced > 20
    assert words.spaced_hint("ar schl och") and words.spaced_hint("vaf fanc ulo")
    assert not words.spaced_hint("as she ll") and not words.spaced_hint("did you see the news")


def test_spaced_gate_reads_past_an_emoji_between_pieces_as_the_long_way_does(engine):
    # Round 10: `spaced_hint` drops an emoji standing alone between two words of letters with one
    # regex substitution; `_spaced` keeps the pieces `_pieces_apart` gives. Both answer alike, and
    # the four-letter prefix entries (`short_starts`) are asked too.
    from anonchat.moderation.matcher import _pieces_apart

    words = engine._compiled.words
    rnd = random.Random(10)
    pieces = (sorted(words.heads)[::5] + sorted(words.starts | words.short_starts)[::10]
              + ["💩", "🔥", "😂", "ok", "as", "zo", "rda", "shole", "sse", "tas", "ck"])
    spaced = 0
    for _ in range(5000):
        s = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(2, 6)))
        tokens = s.split(" ")
        kept = [tokens[k] for k in _pieces_apart(tokens)]
        assert words.spaced_hint(s) == any(words._begins(kept, i) and words._joins(kept, i) is not None
                                           for i in range(len(kept) - 1)), s
        spaced += words.spaced_hint(s)
    assert spaced > 10
    assert words.spaced_hint("schei 💩 sse") and words.spaced_hint("caz 🍆 zo") and not words.spaced_hint("love 💖 it")


def test_platforms_are_found_where_the_search_everywhere_finds_them():
    # `_platforms_at` searches for _PLATFORM_AT only from a platform word that RE2 found; the
    # matches must be those of the search at every position: labels and prepositions before the
    # word, "ff" after a name word only, platforms inside other words ("night", "stuff", "scary"),
    # in ASCII views and others
    from anonchat.moderation import detectors
    assert detectors._PLATFORM_SEEK is not None and detectors._LABEL_REACH
    rnd = random.Random(19)
    pieces = ["add me on", "snap", "insta", "discord", "xbox", "gt is", "my", "ig:", "night", "stuff", "ff", "nick ff",
              "id no ff", "user name on", "gebruikersnaam van", "psn", "la play", "a play", "my channel", "tik tok",
              "battle.net", "ps5", "sn@p", "1nsta", "pretty", "code", "cod", "yt", "dc", "scary", "sc", "tt", "steam",
              "2am", "x", "", "-", ".", ":", "ü", "nick", "id", "on", "in", "de", "handle", "account", "my canal",
              # other scripts: the view is searched with `re`, not RE2 (whose \b is ASCII's)
              "😂", "éig", "snapé", "código de amigo", "ma chaîne", "инста", "ﷺ"]
    found = 0
    for _ in range(5000):
        view = rnd.choice(["", " ", "-", "_"]).join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        everywhere = [m.span() for m in detectors._PLATFORM_AT.finditer(view)]
        assert [m.span() for m in detectors._platforms_at(view)] == everywhere, view
        found += bool(everywhere)
    assert found > 2000
    assert [m.span() for m in detectors._platforms_at("I use discord 😂 a lot, ma chaîne: x")] == [(6, 13), (23, 32)]


def test_the_kept_view_is_the_view_after_every_detector_has_read_it(engine):
    # `uniform` keeps the last view of a text in other scripts for the next detector; none may
    # change it (a detector that rewrote the offsets in place would move the next one's spans)
    from anonchat.moderation import detectors
    from anonchat.moderation.normalize import folded
    for text in ["ｍａｉｌ ｊｏｈｎ＠ｇｍａｉｌ．ｃｏｍ 😂 call ０６１２３４５６７８", "add me on snap: jéss_2009 🔥, ig ⓙⓔⓢⓢ",
                 "bit.ly/xﷺ+bit.ly/yﷺ+ earn $5000 a week 💰 dm me", "mi número es 6１2 34 56 78 y mi correo ana＠web．de"]:
        engine.check(text)  # every detector its hints wake, one after the other
        view, offsets = folded(text)
        assert detectors.uniform(text) == (view.translate(detectors._UNIFORM), offsets)


def _displayed_char_by_char(text):
    """normalize._displayed as it was before round 9: a level a character, a pass a level."""
    from anonchat.moderation.normalize import _AT_LEAST, _LINE_ENDS, _OPENS
    levels, kept = [], []
    stack = [(0, None, False)]
    for i, c in enumerate(text):
        if c in _OPENS:
            parity, override, isolate = _OPENS[c]
            level = stack[-1][0] + 1
            level += level % 2 != parity
            if level <= 125:
                stack.append((level, override, isolate))
            continue
        if c == "\u202c":
            if len(stack) > 1 and not stack[-1][2]:
                stack.pop()
            continue
        if c == "\u2069":
            if any(entry[2] for entry in stack):
                while not stack.pop()[2]:
                    pass
            continue
        if c in _LINE_ENDS:
            del stack[1:]
        level, override, _ = stack[-1]
        levels.append(level if override == "R" or level % 2 == 0 else level + 1)
        kept.append(i)
    order, shown = list(range(len(kept))), bytearray(levels)
    for level in range(max(levels, default=0), 0, -1):
        for m in _AT_LEAST[level].finditer(shown):
            i, j = m.span()
            if j - i > 1:
                order[i:j] = order[i:j][::-1]
                shown[i:j] = shown[i:j][::-1]
    starts = [kept[k] for k in order]
    return "".join(text[i] for i in starts), starts


def test_bidi_order_by_present_levels_is_the_order_level_by_level():
    # `_displayed` reverses only at the levels some character has, an odd number of levels down
    # to the next (the 2,000-character text of right-to-left overrides: 125 passes before, one now)
    from anonchat.moderation.normalize import _displayed
    rnd = random.Random(21)
    alphabet = ["a", "b", " ", "é", "😂", "\n", "\r", "\u2029", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
                "\u2066", "\u2067", "\u2068", "\u2069", "kcuf", "12"]
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        assert _displayed(text) == _displayed_char_by_char(text), repr(text)
    deep = "\u202e" * 130 + "abc" + "\u202c" * 140 + "\u2067x\u202ey\u2069z"
    assert _displayed(deep) == _displayed_char_by_char(deep)


# Round 9, second pass (issue 12, speed): the raw RE2 set split in groups (engine.RAW_APART).

def test_the_raw_sets_apart_answer_what_one_set_answers(engine):
    from anonchat.moderation.matcher import PatternMatcher
    raw = engine._compiled.raw
    assert len(raw._sets) > 1  # the split is taken
    one = PatternMatcher(raw.entries, raw.hints)  # every entry in one set, as before the split
    assert len(one._sets) == 1
    rnd = random.Random(9)
    pieces = (PIECES + DIGITS + NAMES + ["nooooo", "8pm", "f.u.c.k", "ｆｕｃｋ", "😂" * 16, "!" * 12, "x" * 30,
                                         "mail me at john dot smith at gmail dot com", "snap: jess_2009", "@",
                                         "calle mayor 5", "bit.ly/3xYzAbc", "dm me for cheap followers"])
    for _ in range(3000):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 4)))
        hits, hinted = raw.match(text)
        all_hits, all_hinted = one.match(text)
        assert hits == all_hits and hinted == all_hinted, text
    assert raw.match("call me on 555-867-5309 nooooo")[1]


def test_whole_dates_found_from_a_digit_are_the_dates_found_anywhere():
    import re

    from anonchat.moderation.detectors import _WHOLE_DATE
    anywhere = re.compile(_WHOLE_DATE.pattern.removeprefix(r"(?=\d)"))  # the regex tried at every position
    assert anywhere.pattern != _WHOLE_DATE.pattern
    rnd = random.Random(10)
    pieces = ["2024", "1999", "20", "19", "05", "5", "12", "31", "13", "0", "-", ".", "/", " ", "x", "٣", "a", "--"]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12)))
        assert [m.span() for m in _WHOLE_DATE.finditer(text)] == [m.span() for m in anywhere.finditer(text)], text
    assert _WHOLE_DATE.search("my exam is on 2024-05-17 at 14:30").group() == "2024-05-17"


def test_a_role_is_looked_for_only_where_a_full_name_is():
    from anonchat.moderation.detectors import _ANY_NAME_IN_FULL, _LEAD, _person_in_a_role
    rnd = random.Random(11)
    pieces = ["my colleague", "the bus driver", "my boss", "mi jefe", "mein Chef", "soy", "I'm", "ich bin", "moi c'est",
              "Ralf", "Gerber", "ralf", "GERBER", "Pryce-Jones", "van", "de", "Élodie", "Müller", "at", "BVG", "the",
              "Tesco", "in", "Leeds", "conductor de la EMT", ",", " ", "\n", "at the", "Halifax", "de la", "Coop",
              # round 10: a comma or a colon before the name, a manager, "let me introduce myself"
              "my manager,", "mi jefa,", "je me présente :", "mi presento:", "cassiera", "Esselunga", "del"]
    found = 0
    for _ in range(20000):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(2, 12)))
        if _LEAD.search(text):
            assert _ANY_NAME_IN_FULL.search(text), text  # what the gate relies on
            found += 1
    assert found > 500
    assert _person_in_a_role("the bus driver Ralf Gerber from the 42 at BVG")
    assert not _person_in_a_role("the bus driver ralf gerber from the 42 at bvg")


def test_solicitation_rules_in_several_sets_answer_what_one_set_answers(engine):
    # round 10: the rules dealt into sets of RULES_A_SET, longest first (one set outgrew its memory)
    from anonchat.moderation.detectors import Solicitation
    from anonchat.moderation.matcher import PatternMatcher
    from anonchat.moderation.normalize import folded
    detectors = [d.fn for p in engine._compiled.packs for d in p.detectors if isinstance(d.fn, Solicitation)]
    assert detectors
    rnd = random.Random(12)
    pieces = ["dm me", "earn $5000 a week from home", "buy cheap instagram followers", "únete al server discord",
              "join my discord server", "escríbeme por privado", "schreib mir", "gratis", "free", "iphone", "crypto",
              "send 50 get 500 back", "investeer nu", "guadagna", "ganhe dinheiro", "watch out for this scam",
              "à partir de 10€", "100% legit", "ｆｒｅｅ", "😂", "link in bio", ",", ".", "!", "never", "the", "de"]
    for solicitation in detectors:
        rules = solicitation.rules
        assert len(rules._sets) > 1  # the split is taken
        one = PatternMatcher(rules.entries)
        assert len(one._sets) == 1
        found = 0
        for _ in range(3000):
            view = folded(" ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6))), False)[0]
            hits = rules.match(view)
            assert hits == one.match(view), view
            found += bool(hits[0])
        assert found > 300  # the texts wake the rules


def test_one_pass_for_the_simple_path_answers_both_questions(engine):
    # round 10: `simple_hints` asks `spaced_hint` and `terms.any` in one automaton pass
    words = engine._compiled.words
    rnd = random.Random(13)
    terms = [k.strip() for k in itertools.islice(words.terms._a.keys(), 0, None, 97)]
    starts = sorted(words.starts)
    pieces = (terms + sorted(words.heads)[::5] + [s[i:] for s in starts[::10] for i in (len(s) - 2, len(s) - 1, 2)]
              + ["a", "x", "", "the", "ok", "co", "pu", "as", "de", "sch", "och", "fu", "ck", "shit", "hello", "💩", "🌿"])
    asked = {(False, False): 0, (False, True): 0, (True, False): 0, (True, True): 0}
    for _ in range(20000):
        s = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6)))
        answer = words.simple_hints(s)
        assert answer == (words.spaced_hint(s), words.terms.any(s)), s
        asked[answer] += 1
    # texts of the rare first kind, so that the count does not hang on which terms the step samples
    for s in ("mam ona", "go oks ss", "s shot couill on"):
        answer = words.simple_hints(s)
        assert answer == (words.spaced_hint(s), words.terms.any(s)), s
        asked[answer] += 1
    # (a word split by spaces nearly always holds a term's split form too: few of the first kind)
    assert asked[(True, False)] and asked[(True, True)] > 100 and asked[(False, True)] > 100, asked


def test_the_disguise_gate_opens_wherever_a_word_is_disguised():
    """Round 10: `WordMatcher.find` asks `_disguised` of a word held for its context only when the
    text may hold a disguise (digits, pieces, letters spelled out, now between emoji too, mixed
    scripts, or `Disguises.possible`, now also a message of one styled word alone). Over random
    texts of every kind of disguise, the gate is open wherever `_disguised` finds one."""
    import re

    from anonchat.moderation.matcher import _IN_PIECES, _LEET, _MIXED, _SPELLED_OUT, _SPELLED_OUT_ASCII, _disguised
    from anonchat.moderation.normalize import MAYBE_DISGUISED, Disguises
    rnd = random.Random(10)
    pieces = ["e 💉 r 💉 o 💉 i 💉 n 💉 a", "k❄o❄k❄s", "ｈａｃｈís", "ⓔⓡⓞⓘⓝⓐ", "ᴄᴏᴋᴇ", "w33d", "k-e-t-a", "c.oke",
              "ϲoke", "c\u200boke", "coke", "anyone", "got", "some", "💊", "!!", "M.D.", "a", "🔥", "p 🌿 o 🌿 t",
              "w e e d", "h.e.r.o.i.n"]
    opened = 0
    for _ in range(5000):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 4)))
        spelled = (_SPELLED_OUT_ASCII if text.isascii() else _SPELLED_OUT).search(text)
        gate = bool(_LEET.search(text) or _IN_PIECES.search(text) or spelled
                    or not text.isascii() and (_MIXED.search(text)
                                               or MAYBE_DISGUISED.search(text) and Disguises(text).possible))
        for m in re.finditer(r"\S+(?: \S+)*", text):  # any run of words may be a hit's span
            for w in re.finditer(r"\S+", text[m.start():m.end()]):
                start, end = m.start() + w.start(), m.start() + w.end()
                if _disguised(text, start, end, [None]):
                    assert gate, text
                    opened += 1
            if _disguised(text, m.start(), m.end(), [None]):
                assert gate, text
    assert opened > 1000


def test_a_name_before_its_platform_is_found_within_the_reach():
    """Round 10: `_named_before` looks for a name before each platform only in the 70 characters before
    it; the search from the start of the text finds the same names."""
    import itertools

    from anonchat.moderation.detectors import _MOST_TRIED, _named_before, _platforms_at
    rnd = random.Random(13)
    pieces = ["kaas.boer", "op", "tiktok", "mia_b", "is my", "insta", "(", "snap", "on", "de", "switch", "lol", "x.y",
              "auf", "der", "play", "12ab", "name", "is", "a", ",", "mijn", "mia.snap", "x" * 38, "c'est mon", "[", "su"]
    found = 0
    for _ in range(5000):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))
        platforms = list(itertools.islice(_platforms_at(text), _MOST_TRIED))
        near = [m.span("token") for m in _named_before(text, platforms)]
        assert near == [m.span("token") for m in _named_before(text, platforms, reach=len(text))], text
        found += bool(near)
    assert found > 500


def test_glued_symbols_are_looked_for_only_before_a_letter():
    # round 10: `_symbols` runs the lookbehind regex `_GLUED_SYMBOL` only where `_SYMBOL_BEFORE_LETTER`
    # finds a symbol before a letter (a chat message with emoji between its words has none)
    from anonchat.moderation.normalize import _GLUED_SYMBOL, _SPACED_SYMBOL, _symbols
    rnd = random.Random(14)
    pieces = ["sh", "it", "💩", "🔥", "f", "u", "ck", " ", " ", "lol", "😂", "ok", "é", "a", "_", "1", "!", "bi", "tch"]
    glued = 0
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10)))
        long_way = [m.span() for m in _GLUED_SYMBOL.finditer(text)] + [
            m.span() for m in _SPACED_SYMBOL.finditer(text) if m.start() and text[m.start() - 1].isalpha()]
        assert [m.span() for m in _symbols(text)] == long_way, text
        glued += bool(long_way)
    assert glued > 2000
