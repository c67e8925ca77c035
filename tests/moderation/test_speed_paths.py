"""The shortcuts taken for speed give what the long way gives (their speed is bench/moderation.py's
business, not a test's): the engine's path for plain ASCII chat, the flood detector's gates, the
offsets a long text computes with its normalised text."""

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
