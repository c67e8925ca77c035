"""The moderation engine on small packs written for each test (the shipped packs have their own
corpus test): evasions, the Scunthorpe problem, context words, patterns, detectors, verdicts and
every kind of pack error."""

import gc
import textwrap
import time

import pytest

from anonchat.moderation import Engine, Hit, RulePackError, Verdict

PROFANITY = """
id: swears
category: profanity
version: 1
description: test swears
enabled: true
action: mask
severity: medium
words:
  - {term: fuck, prefix: true, suffix: true}
  - {term: shit, prefix: true}
  - {term: cunt, prefix: true, suffix: true}
  - ass
  - asshole
  - cock
  - rape
  - rapist
  - anal
  - dick
  - slut
  - crystal meth
allow:
  - scunthorpe
  - shitake
"""


def write(directory, name, text):
    directory.mkdir(exist_ok=True)
    path = directory / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def engine_with(tmp_path, *packs, **kwargs):
    """An engine over the given pack texts, written to tmp_path/packs as p0.yaml, p1.yaml, ..."""
    directory = tmp_path / "packs"
    for i, text in enumerate(packs):
        write(directory, f"p{i}.yaml", text)
    return Engine.from_directory(directory, **kwargs)


def pack(id="t", category="test", action="block", body="", severity="high"):
    return f"id: {id}\ncategory: {category}\nversion: 1\ndescription: test\nenabled: true\n" \
           f"action: {action}\nseverity: {severity}\n" + textwrap.dedent(body)


@pytest.fixture
def swears(tmp_path):
    return engine_with(tmp_path, PROFANITY)


def rules(verdict):
    return [h.rule for h in verdict.hits]


# --- evasions -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, matched", [
    ("what the fuck", "fuck"),
    ("WHAT THE FUCK", "FUCK"),
    ("f.u.c.k off", "f.u.c.k"),
    ("f-u-c-k off", "f-u-c-k"),
    ("f u c k off", "f u c k"),
    ("f_u_c_k off", "f_u_c_k"),
    ("fuuuuuck", "fuuuuuck"),
    ("ffffuuuuucccckkkk you", "ffffuuuuucccckkkk"),
    ("sh1t happens", "sh1t"),
    ("$h!t", "$h!t"),
    ("kiss my @ss", "@ss"),
    ("kiss my a$$", "a$$"),
    ("kiss my 4ss", "4ss"),
    ("ｆｕｃｋ", "ｆｕｃｋ"),  # fullwidth
    ("𝐟𝐮𝐜𝐤", "𝐟𝐮𝐜𝐤"),  # mathematical bold
    ("fu\u200bck", "fu\u200bck"),  # zero-width space inside
    ("fuсk", "fuсk"),  # Cyrillic es
    ("ѕhіt", "ѕhіt"),  # Cyrillic dze and i
    ("fυck", "fυck"),  # Greek upsilon
    ("fück", "fück"),  # diacritic
    ("f*ck this", "f*ck"),
    ("f**k this", "f**k"),  # a star masks any one letter
    ("you a**hole", "a**hole"),
    ("f*cking hell", "f*cking"),
    ("f#ck you", "f#ck"),
    ("f#u#c#k", "f#u#c#k"),
    ("what a s1ut", "s1ut"),  # 1 read as l
    ("what a d1ck", "d1ck"),  # 1 read as i
    ("fucking hell", "fucking"),  # prefix: the whole word is the hit
    ("you motherfucker", "motherfucker"),
    ("that was bullshit", None),  # shit has prefix only, not suffix
    ("crystal   meth", "crystal   meth"),
    ("crystal-meth", "crystal-meth"),
])
def test_evasions_are_seen_through_and_spans_index_the_original(swears, text, matched):
    verdict = swears.check(text)
    if matched is None:
        assert verdict.action == "allow", verdict
        return
    assert verdict.action == "mask", text
    assert matched in [h.matched for h in verdict.hits]
    for h in verdict.hits:
        assert text[h.start:h.end] == h.matched


@pytest.mark.parametrize("text", [
    "the assassin passed the assessment", "I grew up near Scunthorpe", "a cocktail in the cockpit",
    "grapes and grape juice", "the therapist", "his analysis was classic", "we read Dickens",
    "as far as I know", "was it a class act", "I have 3 cats and 2 dogs", "the game ended 3-2",
    "it costs $1,299.99", "meet on 2024-05-17 at 14:30", "version 3.10.12", "edit main.py",
    "hello!!! how are you???", "ok... sure", "*bold* and _italic_", "I'm 16, u?", "s p a c e d out",
    "good morning 😊", "passion fruit", "the shitake mushrooms", "f***", "****", "5*3=15", "#hashtag", "C# code",
    "issue #12",
])
def test_innocent_messages_stay_clean(swears, text):
    assert swears.check(text) == Verdict("allow", text)


def test_double_letters_are_kept_apart_from_single_ones(swears):
    assert rules(swears.check("ass")) == ["ass"]
    assert swears.check("as").action == "allow"
    assert rules(swears.check("asssssss")) == ["ass"]  # stretched double: still ass
    assert swears.check("aaaaas").action == "allow"  # stretched single: as


def test_allow_list_protects_a_word_containing_a_prefix_and_suffix_term(swears):
    assert swears.check("Scunthorpe United").action == "allow"
    assert rules(swears.check("you cunt")) == ["cunt"]
    assert rules(swears.check("cuntface")) == ["cunt"]


def test_spelled_out_letters_only_join_when_they_are_letters(swears):
    assert swears.check("5 5 5 1 2 3 4").action == "allow"
    assert swears.check("s h 1 t").action == "mask"


def test_a_spelled_out_word_after_an_article_masks_the_word_only(swears):
    """Joining single letters takes the article in too ("a c u n t" reads "acunt"), and a hit of a
    suffix entry covers its whole word; the article is still not part of the hit."""
    assert swears.check("you are a c u n t").text == "you are a * * * *"
    assert swears.check("I f u c k i n g hate it").text == "I * * * * * * * hate it"
    assert swears.check("a m o t h e r f u c k e r").text == "a * * * * * * * * * * * *"
    assert swears.check("you motherfucker").text == "you ************"  # not spelled: the whole word


# --- verdicts ----------------------------------------------------------------------------------

def test_verdict_masks_the_original_keeps_spaces_and_sorts_hits(tmp_path):
    engine = engine_with(tmp_path, PROFANITY, pack("drugs", "drugs", "flag", "words: [heroin]\n"))
    verdict = engine.check("f u c k, heroin and shit")
    assert verdict.action == "mask"  # mask beats flag
    assert verdict.text == "* * * *, heroin and ****"
    assert verdict.categories == ("drugs", "profanity")
    assert [(h.pack, h.rule, h.start, h.end) for h in verdict.hits] == [
        ("swears", "fuck", 0, 7), ("drugs", "heroin", 9, 15), ("swears", "shit", 20, 24)]
    assert verdict.flagged
    assert isinstance(verdict.hits[0], Hit) and verdict.hits[0].severity == "medium"
    assert engine.check("hello").flagged is False


def test_block_beats_mask_and_flag(tmp_path):
    engine = engine_with(tmp_path, PROFANITY, pack("spam", "spam", "block", "words: [buynow]\n"),
                         pack("drugs", "drugs", "flag", "words: [heroin]\n"))
    verdict = engine.check("fuck heroin buynow")
    assert verdict.action == "block"
    assert verdict.text == "**** heroin buynow"  # the masked text is still given


def test_supersedes_removes_overlapping_hits_of_the_named_categories(tmp_path):
    email = pack("email", "email", "block", "supersedes: [spam]\ndetectors: [email]\n")
    spam = pack("spam", "spam", "block", r"""
        patterns:
          - id: domain
            regex: '\b[a-z0-9-]+\.(?:com|net)\b'
            on: raw
        """)
    engine = engine_with(tmp_path, email, spam)
    assert engine.check("write to jo@example.com").categories == ("email",)
    assert engine.check("jo@example.com or visit example.net").categories == ("email", "spam")


def test_context_words_within_the_window(tmp_path):
    engine = engine_with(tmp_path, pack("drugs", "drugs", "flag", """
        contexts:
          drug:
            window: 3
            words: [buy, smoke, gram]
        words:
          - {term: weed, context: drug}
          - heroin
        """))
    assert rules(engine.check("wanna buy some weed")) == ["weed"]
    assert rules(engine.check("weed, smoke it")) == ["weed"]
    assert engine.check("I need to weed the garden").action == "allow"
    assert engine.check("buy one two three four weed").action == "allow"  # 4 words away
    assert rules(engine.check("heroin")) == ["heroin"]


def test_prefix_and_suffix_entries(tmp_path):
    engine = engine_with(tmp_path, pack(body="""
        words:
          - {term: grump, prefix: true}
          - {term: moan, suffix: true}
          - plain
        """))
    assert rules(engine.check("grumpy")) == ["grump"]
    assert engine.check("agrump").action == "allow"
    assert rules(engine.check("bemoan")) == ["moan"]
    assert engine.check("moaning").action == "allow"
    assert engine.check("plains").action == "allow"


def test_every_hit_span_indexes_the_original_text(swears):
    text = "Ｈｅｌｌｏ\u200b ｆ\u200bｕｃｋ 👋🏽 and s.h.i.t and ѕhіt"
    verdict = swears.check(text)
    assert [h.matched for h in verdict.hits] == ["ｆ\u200bｕｃｋ", "s.h.i.t", "ѕhіt"]
    assert verdict.text == text.replace("ｆ\u200bｕｃｋ", "*****").replace("s.h.i.t", "*******").replace("ѕhіt", "****")


# --- patterns ----------------------------------------------------------------------------------

def test_patterns_run_on_raw_or_normalised_text_with_validators_and_context(tmp_path):
    engine = engine_with(tmp_path, pack("pii", "pii", "block", r"""
        contexts:
          ssn:
            window: 4
            words: [ssn, social]
        patterns:
          - id: ssn
            regex: '\b\d{3}-\d{2}-\d{4}\b'
            on: raw
            validate: ssn
            context: ssn
          - id: shout
            regex: 'free money'
            flags: [ignorecase]
            on: raw
          - id: spaced
            regex: '\bcash app\b'
        """))
    assert rules(engine.check("my ssn is 123-45-6789")) == ["ssn"]
    assert engine.check("order 123-45-6789").action == "allow"  # no context
    assert engine.check("my ssn is 666-45-6789").action == "allow"  # the validator says no
    assert rules(engine.check("FREE MONEY")) == ["shout"]
    verdict = engine.check("send it on C.A.S.H app")
    assert rules(verdict) == ["spaced"] and verdict.hits[0].matched == "C.A.S.H app"


def test_folded_patterns_see_punctuation_through_fullwidth_and_invisible_characters(tmp_path):
    engine = engine_with(tmp_path, pack("spam", "spam", "block", r"""
        patterns:
          - id: www
            regex: '\bwww\.[a-z0-9-]+\.com\b'
            on: folded
        """))
    for text in ("www.spam.com", "ｗｗｗ.ｓｐａｍ.ｃｏｍ", "ＷＷＷ.spam.com", "www.\u200bspam.com"):
        verdict = engine.check(text)
        assert rules(verdict) == ["www"] and verdict.hits[0].matched == text
    assert engine.check("www spam com").action == "allow"


def test_an_allowed_domain_is_no_link_hit_but_look_alikes_are(tmp_path):
    engine = engine_with(tmp_path, pack("spam", "spam", "block", r"""
        allow: [github.com]
        patterns:
          - id: scheme
            regex: '\bh[tx]{2}ps?://\S+'
            on: folded
          - id: path
            regex: '\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S*'
            on: folded
          - id: www
            regex: '\bwww\.[a-z0-9-]+'
            on: folded
        """))
    for text in ("github.com", "see github.com/user/repo", "https://github.com/user/repo", "www.github.com",
                 "docs.github.com/x", "hxxps://github[.]com/x"):
        assert engine.check(text).action == "allow", text
    for text in ("github.com.evil.ru/x", "notgithub.com/x", "https://evil.ru/github.com", "www.gitlab.com"):
        assert engine.check(text).action == "block", text


def test_plugin_validators_and_detectors(tmp_path):
    def even(s):
        return int(s) % 2 == 0

    def shouty(text, minimum=3):
        return [(m.start(), m.end()) for m in __import__("re").finditer(rf"[A-Z]{{{minimum},}}", text)]

    engine = engine_with(tmp_path, pack(body=r"""
        patterns:
          - id: number
            regex: '\b\d+\b'
            validate: even
        detectors:
          - shouty: {minimum: 4}
        """), validators={"even": even}, detectors={"shouty": shouty})
    assert engine.check("I have 3 cats").action == "allow"
    assert rules(engine.check("I have 4 cats")) == ["number"]
    assert rules(engine.check("HEY YOU THERE")) == ["shouty"]


# --- detectors ---------------------------------------------------------------------------------

@pytest.fixture
def detectors(tmp_path):
    return engine_with(tmp_path, pack("all", "detected", "block", """
        detectors:
          - email
          - phone: {regions: [US, GB, DE, FR]}
          - card
          - iban
          - ip
          - flood: {char: 10, unit_max: 4, unit_span: 24, word: 8, emoji: 15}
        """))


@pytest.mark.parametrize("text, matched", [
    ("mail me at john.smith@gmail.com", "john.smith@gmail.com"),
    ("john at gmail dot com", "john at gmail dot com"),
    ("john(at)gmail(dot)com", "john(at)gmail(dot)com"),
    ("write to JOHN [at] YAHOO [dot] COM", "JOHN [at] YAHOO [dot] COM"),
    ("j o h n @ g m a i l . c o m", "j o h n @ g m a i l . c o m"),
    ("jane_doe+chat@example.co.uk!", "jane_doe+chat@example.co.uk"),
    ("call me on 555-867-5309", "555-867-5309"),
    ("my number is (415) 555 2671", "(415) 555 2671"),
    ("text +44 7911 123456", "+44 7911 123456"),
    ("ring me 07911 123456", "07911 123456"),
    ("five five five eight six seven five three zero nine", "five five five eight six seven five three zero nine"),
    ("5 5 5 - 1 2 3 4 ok", "5 5 5 - 1 2 3 4"),
    ("555 two six seven 1234", "555 two six seven 1234"),
    ("call me: five five five, one two three, four five six seven",
     "five five five, one two three, four five six seven"),
    ("five5five 123 four5six7", "five5five 123 four5six7"),
    ("my number is 555-O123", "555-O123"),
    ("O7911 l23456", "O7911 l23456"),
    ("555_123_4567", "555_123_4567"),
    ("555\u200b123\u200b4567", "555\u200b123\u200b4567"),
    ("５５５－１２３－４５６７", "５５５－１２３－４５６７"),
    ("john@gmail,com", "john@gmail,com"),
    ("kevin at gmail period com", "kevin at gmail period com"),
    ("sam at outlook.com", "sam at outlook.com"),
    ("my card is 4111 1111 1111 1111", "4111 1111 1111 1111"),
    ("pay to GB82 WEST 1234 5698 7654 32 thanks", "GB82 WEST 1234 5698 7654 32"),
    ("my ip is 192.168.1.20", "192.168.1.20"),
    ("server at 10[.]0[.]0[.]1", "10[.]0[.]0[.]1"),
    ("ipv6 2001:db8::1 works", "2001:db8::1"),
    ("noooooooooooo", "oooooooooooo"),
    ("hahahahahahahahahahahahahaha", "hahahahahahahahahahahahahaha"),
    ("buy buy buy buy buy buy buy buy", None),
    ("😂" * 15, None),
])
def test_detectors_find_disguised_data(detectors, text, matched):
    verdict = detectors.check(text)
    assert verdict.action == "block", text
    if matched is not None:
        assert matched in [h.matched for h in verdict.hits], verdict.hits


@pytest.mark.parametrize("text", [
    "what's your email?", "I'll email you later", "meet me at the gym at noon", "check main.py and node.js",
    "look at that dot on the map", "@everyone hello", "I have 3 cats and 2 dogs", "the game ended 3-2",
    "it costs $1,299.99", "meet on 2024-05-17 at 14:30", "upgrade to version 3.10.12", "what's your number?",
    "the order number is 123-45-6789", "ISBN 978-0-306-40615-7", "4111 1111 1111 1112", "at 10:30:45 we left",
    "nooooo way", "hahaha", "the years 1999-2005 were good", "room 1204, floor 3", "I ran 10000 steps",
    "pi is 3.14159265", "order #12345678 shipped", "one two three go", "😂😂", "the ISBN-10 is 0-306-40615-2",
    "gen z is born 1997-2012 or something", "check my stream at twitch.tv/somebody", "I rated it 3, 4, 5",
    "lol lol lol", "the meeting is at 10, room 4", "e.g., 2008-08-30 17:21:59 or 20080830 172159",
    "Section 3.4.1.1", "(~= 1.4.5.0)", "OBJECT :1.3.101.110", "(2350-512", "0.9.33-17222", "RFC 7231 7.1.2",
    "512/(5401-512)",
])
def test_detectors_leave_numbers_and_words_that_are_not_data(detectors, text):
    assert detectors.check(text).action == "allow", detectors.check(text).hits


# --- pack errors -------------------------------------------------------------------------------

def error_for(tmp_path, *texts):
    with pytest.raises(RulePackError) as info:
        engine_with(tmp_path, *texts)
    return info.value


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    e = error_for(tmp_path, pack() + "words: [one, two\n")
    assert str(e).startswith(str(tmp_path / "packs" / "p0.yaml") + ":")
    assert e.line >= 8 and "YAML syntax error" in e.message


@pytest.mark.parametrize("body, line, message", [
    ("colour: red\n", 8, "unknown key 'colour'"),
    ("words: heroin\n", 8, "words: expected a list"),
    ("words:\n  - {term: x, prefx: true}\n", 9, "words[0]: unknown key 'prefx'"),
    ("words:\n  - {term: x, context: nowhere}\n", 9, "unknown context 'nowhere'"),
    ("patterns:\n  - id: a\n    regex: '(a)\\1'\n", 10,
     "patterns[0] (id=a): RE2 cannot compile: invalid escape sequence"),
    ("patterns:\n  - id: b\n    regex: 'x(?=y)'\n", 10,
     "patterns[0] (id=b): RE2 cannot compile: invalid perl operator: (?="),
    ("patterns:\n  - id: a\n    regex: a\n  - id: a\n    regex: b\n", 11, "duplicate pattern id"),
    ("patterns:\n  - id: a\n    regex: a\n    validate: nope\n", 11, "unknown validator 'nope'"),
    ("patterns:\n  - id: a\n    regex: a\n    on: sideways\n", 11, "expected raw, folded or normalised"),
    ("detectors: [telepathy]\n", 8, "unknown detector"),
    ("detectors:\n  - flood: {char: many}\n", 9, "char must be a whole number"),
    ("detectors:\n  - phone: {regions: [XX]}\n", 9, "unknown phone region"),
    ("detectors:\n  - email: {strict: true}\n", 9, "bad options"),
    ("tests:\n  match: [hello]\n", 9, "tests.match[0] 'hello': no hit of pack t"),
    ("words: [hello]\ntests:\n  clean: ['well hello there']\n", 10,
     "tests.clean[0] 'well hello there': pack t hit 'hello' on 'hello'"),
])
def test_pack_errors_name_file_line_and_reason(tmp_path, body, line, message):
    e = error_for(tmp_path, pack(body=body))
    assert e.file == str(tmp_path / "packs" / "p0.yaml")
    assert message in e.message, e.message
    assert e.line == line, str(e)
    assert str(e) == f"{e.file}:{e.line}: {e.message}"


def test_missing_fields_bad_action_and_wrong_types(tmp_path):
    e = error_for(tmp_path, "id: x\nversion: [1]\naction: destroy\nseverity: high\nenabled: maybe\n")
    text = str(e)
    assert "missing required key 'category'" in text
    assert "version: expected an integer or a string" in text
    assert "action: expected block, mask or flag, got 'destroy'" in text
    assert "enabled: expected true or false" in text
    assert len(e.errors) == 4 and all(err.file.endswith("p0.yaml") for err in e.errors)


def test_duplicate_pack_ids_across_files(tmp_path):
    e = error_for(tmp_path, pack("same"), pack("same"))
    assert e.file.endswith("p1.yaml") and e.line == 1 and "duplicate pack id 'same'" in e.message


def test_every_broken_file_is_reported(tmp_path):
    e = error_for(tmp_path, pack("a", body="colour: red\n"), pack("b", body="words: 3\n"))
    assert [err.file.rsplit("/", 1)[-1] for err in e.errors] == ["p0.yaml", "p1.yaml"]
    assert len(str(e).splitlines()) == 2


def test_disabled_pack_is_validated_and_tested_but_not_used(tmp_path):
    disabled = pack(body="words: [grumble]\ntests:\n  match: [grumble]\n").replace("enabled: true", "enabled: false")
    engine = engine_with(tmp_path, disabled)
    assert engine.check("grumble").action == "allow"
    assert [(p.id, p.enabled) for p in engine.packs] == [("t", False)]
    broken = disabled.replace("match: [grumble]", "match: [mumble]")
    assert "no hit of pack t" in str(error_for(tmp_path, broken))


def test_missing_directory(tmp_path):
    with pytest.raises(RulePackError, match="does not exist"):
        Engine.from_directory(tmp_path / "nowhere")


def test_extra_keys_for_plugins(tmp_path):
    text = pack(body="owner: moderators@example.org\n")
    assert "unknown key 'owner'" in str(error_for(tmp_path, text))
    assert engine_with(tmp_path, text, extra_keys=("owner",)).packs[0].id == "t"


# --- engine facts ------------------------------------------------------------------------------

def test_version_changes_with_content_and_packs_are_listed(tmp_path):
    one = engine_with(tmp_path, pack(body="words: [a1]\n"))
    again = engine_with(tmp_path, pack(body="words: [a1]\n"))
    other = engine_with(tmp_path, pack(body="words: [a2]\n"))
    assert one.version == again.version != other.version
    info = one.packs[0]
    assert (info.id, info.category, info.version, info.action, info.severity, info.enabled) == \
        ("t", "test", 1, "block", "high", True)
    assert info.counts["words"] == 1 and info.path.endswith("p0.yaml")


def test_hub_can_rebuild_a_verdict_with_keywords():
    verdict = Verdict(action="flag", text="x", hits=(), categories=("spam",))
    assert verdict._replace(action="block").action == "block" and verdict.flagged


@pytest.mark.parametrize("text", [
    "." * 2000, "1234567890" * 200, "@" * 2000, "a " * 1000, ("f.u.c.k." * 250), "fu" + "u" * 1996 + "ck",
    ("a$$*1!" * 334)[:2000], "😂" * 2000, "5 " * 1000, ("john at gmail dot " * 120)[:2000],
    "f*ck " + "ab" * 997, ("sh1t " * 400)[:2000], ("f*ck " * 400)[:2000], ("ｆｕｃｋ " * 400)[:2000],
    ("|16😂oh" * 400)[:2000],
])
def test_crafted_worst_cases_stay_fast(swears, detectors, text):
    gc.collect()
    gc.disable()  # a full collection of the whole test session's heap is no cost of the engine's
    try:
        for engine in (swears, detectors):
            start = time.process_time()
            engine.check(text)
            assert time.process_time() - start < 0.1  # the bench checks 5 ms on a quiet machine
    finally:
        gc.enable()


def test_the_simple_fold_gives_the_same_text_whenever_the_hint_allows_it():
    """Plain ASCII messages that SIMPLE_HINT passes skip the spelled-out and leetspeak steps; for
    those the result must be exactly what the full pipeline gives (offsets included)."""
    import random

    import re2

    from anonchat.moderation.normalize import SIMPLE_HINT, _pipeline
    from anonchat.moderation.packs import RE2_OPTIONS

    hint = re2.compile(SIMPLE_HINT, RE2_OPTIONS)
    rnd = random.Random(4)
    messages = ["meet at 5:30!", "I paid $12.99", "hi!! how r u", "a b c", "f-u-c-k", "e.g. this", "**bold**",
                "what?! no way...", "5 * 3 = 15", "it's 10% off", "|x| < 2", "@everyone hi", "C++ is fun"]
    messages += ["".join(rnd.choice("ab1!@$*|. -_?,'\"") for _ in range(rnd.randint(1, 12))) for _ in range(20000)]
    simple = 0
    for m in messages:
        if not hint.search(m):
            simple += 1
            assert _pipeline(m, False, True)[0] == _pipeline(m, False)[0], m
            (text, offsets, _), (text2, offsets2, _) = _pipeline(m, True, True), _pipeline(m, True)
            assert (text, list(offsets)) == (text2, list(offsets2)), m
    assert simple > 1000


def test_the_leet_step_reads_each_character_by_its_neighbours():
    """The leet step works by tables and one-scan regexes (for speed on 2,000-character words);
    here is its rule spelled out character by character, compared on random words and texts."""
    import random

    from anonchat.moderation.normalize import _AMBIGUOUS, _LEET_IN_A_WORD, LEET, WILDCARD, _leet

    def leet(word):
        alnum = [i for i, c in enumerate(word) if c.isalnum() or c in "@$€¢"]  # leet letters too (round 9)
        # round 11: one to six stars or hashes ending a word of two letters or more, nothing but
        # other punctuation after them, are masked letters ("sh**", "fu** you")
        core = word[alnum[0]:alnum[-1] + 1] if alnum else ""
        rest = word[alnum[-1] + 1:] if alnum else ""
        stars = len(rest) - len(rest.lstrip("*#"))
        masked_tail = len(core) >= 2 and core.isalpha() and 1 <= stars <= 6 and not set(rest[stars:]) & set("*#")
        out = []
        for i, c in enumerate(word):
            if c not in LEET and c not in "*#":
                out.append(c)
            elif c.isdigit() or c in "@$€¢":
                out.append(LEET[c])
            elif alnum and (alnum[0] < i < alnum[-1] or masked_tail and alnum[-1] < i <= alnum[-1] + stars):
                out.append(WILDCARD if c in "*#" else LEET[c])  # inside the word
            else:
                out.append(" ")  # at its edge: punctuation
        return "".join(out)

    def around(s, i):
        return (s[i - 1] if i else " "), (s[i + 1] if i + 1 < len(s) else " ")

    def decoded_somewhere(s):
        for i, c in enumerate(s):
            before, after = around(s, i)
            if c in "0123456789@$!|*#€¢" and (after.isalpha() or before.isalpha() and (c not in "!|" or after.isalnum())):
                return True
        return False

    def ambiguous(s):
        for i, c in enumerate(s):
            before, after = around(s, i)
            if c in "1!|" and (before.isalpha() and (after.isalnum() or after in "1!|")
                               or c != "!" and (before.isalpha() or after.isalpha())):
                return True
        return False

    rnd = random.Random(7)
    for _ in range(20000):
        word = "".join(rnd.choice("ab1!|*#@$0é€") for _ in range(rnd.randint(1, 8)))
        assert _leet(word) == leet(word), word
        text = "".join(rnd.choice("ab1!|*#@$0 é") for _ in range(rnd.randint(1, 10)))
        assert bool(_LEET_IN_A_WORD.search(text)) == decoded_somewhere(text), text
        assert bool(_AMBIGUOUS.search(text)) == ambiguous(text), text
