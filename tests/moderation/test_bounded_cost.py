"""What one message can cost the server, whatever an attacker puts in it: the shipped packs, texts
built to be expensive, and the time and verdict each gets."""

import time

import pytest


def seconds(engine, text, runs=3):
    """The fastest of `runs` checks: other work on a shared machine only ever slows one down."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        engine.check(text)
        best = min(best, time.perf_counter() - start)
    return best


def growth(engine, unit, short=200, long=2000, limit=2.5):
    """How much more a character costs in a `long` text of `unit` repeated than in a `short` one:
    about 1 when the cost is linear, long/short when it is quadratic. Measured up to three times
    until under `limit`, the best counting: a slow spell of the machine passes, a cost that grows
    with the length does not."""
    def text(n):
        return (unit * (n // len(unit) + 1))[:n]
    best = float("inf")
    for _ in range(3):
        best = min(best, (seconds(engine, text(long)) / long) / (seconds(engine, text(short)) / short))
        if best < limit:
            break
    return best


def test_a_run_of_a_listed_emoji_is_one_hit_and_costs_in_proportion_to_its_length(engine):
    run = "🖕" * 1000
    verdict = engine.check("look " + run + " ok")
    emoji_hits = [h for h in verdict.hits if h.rule == "🖕"]
    assert [(h.start, h.end) for h in emoji_hits] == [(5, 1005)]
    assert verdict.text == "look " + "*" * 1000 + " ok"
    assert growth(engine, "🖕", limit=3) < 3
    assert seconds(engine, "🖕" * 2000) < 0.05  # was 0.3 s: each hit ran to the end of the run


# Pieces an attacker repeats: listed words and their allow and context words, emoji, leet
# characters, separators, digits, other scripts (NFKC expansions, combining marks, look-alikes),
# links and addresses. Each kind wakes a different part of the engine.
LISTED = ["fuck", "sh1t", "f*ck", "$h!t", "ass", "coke", "weed", "meth", "shitake", "scunthorpe", "can of coke",
          "buy", "gram", "dealer", "earn $5000 a week", "followers"]
EMOJI = ["🖕", "😂", "🍆", "🖕🏻", "🇬🇧", "\ufe0f", "\u200d"]
LEET = list("10!|@$*#3457")
SEPARATORS = [" ", ".", "-", "_", "\u200b", "\n", "/", "(", ")", "+", ":", "[.]", " at ", " dot ", "f u c k "]
DIGITS = ["5", "55", "555-", "+44 ", "4111 ", "192.168.", "zero", "double", "٥", "5\u2010", "5\u00a0", "cinco ",
          "4111.", "O", "1 "]
SCRIPTS = ["а", "α", "ｆ", "é", "e\u0301", "ß", "İ", "ﷺ", "كلب", "🅐", "ｈｔｔｐ"]
LINKS = ["github.com", "bit.ly/x", "https://", "www.", "a@b.co", "gmail", "hxxp", "snap: ", "x . ly / ", "a。b",
         "【at】", " arroba ", "AT", "DOT", "gmail: ", ".win", ",com", "[.]"]
PIECES = LISTED + EMOJI + LEET + SEPARATORS + DIGITS + SCRIPTS + LINKS


def units():
    """A few pieces or characters, or a sentence of made-up words (many words, each repeated in
    a long text, as in real chat)."""
    from hypothesis import strategies as st
    words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=7)
    return st.one_of(st.lists(st.sampled_from(PIECES), min_size=1, max_size=4).map("".join),
                     st.text(alphabet=sorted(set("".join(PIECES))), min_size=1, max_size=6),
                     st.lists(words, min_size=10, max_size=60, unique=True).map(lambda w: " ".join(w) + " "))


def test_no_repeated_unit_costs_more_per_character_in_a_long_text_than_in_a_short_one(engine):
    """Linear means a 4,000-character text costs ten 400-character ones. Found so far, each a class
    now fixed: runs of a listed emoji (every hit ran to the end of the run), hits among context or
    allow words (every hit compared with every such word), pattern hits in a text that is not
    ASCII (each hit's byte offset turned into characters from the start of the text), a spelled
    "at" before a mail host (each looked for an '@' up to the end of the text)."""
    from hypothesis import example, given, settings

    @settings(max_examples=120, deadline=None, derandomize=True, database=None)
    @given(unit=units())
    @example(unit="🖕")
    @example(unit="coke buy ")
    @example(unit="at gmail ")  # each "at" looked for an '@' up to the end of the text
    def check(unit):
        ratio = growth(engine, unit, short=400, long=4000)
        assert ratio < 2.5, f"{unit!r}: a character costs {ratio:.1f}x as much at 4,000 characters"

    check()


def sentence(words, seed=1):
    """`words` made-up words: chat with many different words, each repeated in a long text."""
    import random
    rnd = random.Random(seed)
    return " ".join("".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(2, 7)))
                    for _ in range(words)) + " "


@pytest.mark.parametrize("unit", ["shitake shit ", "ﷺx.ly ", sentence(150)])
def test_costs_that_grow_slowly_stay_linear_up_to_the_bound(engine, unit):
    """Three classes grew too slowly to show at 4,000 characters; at 10,000 a character cost
    3-4.5x as much as at 1,000: allow words among hits, pattern hits in a text that is not ASCII,
    and many different words each repeated (the flood detector went through every word again
    for each repeated one)."""
    assert growth(engine, unit, short=1000, long=10_000, limit=2) < 2


# --- the bound on one message -------------------------------------------------------------------

def test_a_word_hidden_behind_padding_past_the_bound_is_not_delivered_and_is_counted(engine):
    before = engine.stats["over_budget"]
    text = "so anyway " * (engine.max_chars // 10) + "you fucking idiot"
    verdict = engine.check(text)
    assert verdict.action != "allow" and "fuck" not in verdict.text
    assert verdict.text.startswith("so anyway so anyway") and len(verdict.text) == len(text)
    assert [(h.pack, h.category, h.start, h.end) for h in verdict.hits if h.pack == "engine"] == \
        [("engine", "over_budget", engine.max_chars, len(text))]
    assert engine.stats["over_budget"] == before + 1


def test_what_was_found_within_the_bound_decides_a_longer_text(engine):
    verdict = engine.check("mail me at john.smith@gmail.com " + "and then " * 2000)
    assert verdict.action == "block" and {"email", "over_budget"} <= set(verdict.categories)
    assert engine.check("x" * engine.max_chars).categories != ("over_budget",)  # at the bound: read in full


def test_a_megabyte_costs_about_what_the_bound_does(engine):
    """An attacker who sends a megabyte (a CLI pipe, a server with a larger frame limit) gets the
    bound's cost plus one pass that masks the rest, not a megabyte of moderation."""
    unit = "🖕 sh1t coke buy bit.ly/x "
    at_bound = seconds(engine, (unit * 1000)[:10_000])  # the bound
    assert seconds(engine, unit * 40_000) < 5 * at_bound


# --- what the hub checks on the loop (tests/test_slow_messages.py times a flood end to end) -----

def test_ordinary_chat_is_checked_inline_and_long_text_is_not(engine):
    assert engine.is_cheap("meet at 5:30 near the station? 😂 ｆｕｃｋ")
    assert engine.is_cheap("sh1t " * 51)  # 255 bytes
    assert not engine.is_cheap("🖕" * 65)  # 260 bytes of UTF-8 in 65 characters
    assert not engine.is_cheap("a" * 257)
    assert not engine.is_cheap("x" * 1_000_000)
