"""The normaliser class by class: each evasion class with several examples, and innocent texts of
the same shape that must stay clean (docs/rulepacks.md 'How evasions are seen through')."""

import textwrap

import pytest

from anonchat.moderation import Engine, RulePackError
from anonchat.moderation.normalize import keep_for, normalise


def engine_with(tmp_path, *packs):
    """An engine over the given pack texts, written to tmp_path/packs as p0.yaml, p1.yaml, ..."""
    directory = tmp_path / "packs"
    directory.mkdir(exist_ok=True)
    for i, text in enumerate(packs):
        (directory / f"p{i}.yaml").write_text(text, encoding="utf-8")
    return Engine.from_directory(directory)


def error_for(tmp_path, *texts):
    with pytest.raises(RulePackError) as info:
        engine_with(tmp_path, *texts)
    return info.value


def pack(id="t", category="test", action="block", body=""):
    return f"id: {id}\ncategory: {category}\nversion: 1\ndescription: test\nenabled: true\n" \
           f"action: {action}\nseverity: high\n" + textwrap.dedent(body)


def rules(verdict):
    return sorted((h.rule, h.matched) for h in verdict.hits)


# --- language-aware folding: a pack's `keep:` letters ----------------------------------------------

SPANISH = pack("es", "profanity", "mask", """
    keep: "ñ"
    words:
      - coño
      - ano
      - {term: cabrón, prefix: true}
      - {term: puñeta, context: insult}
    allow:
      - coñac
    contexts:
      insult:
        window: 3
        words: [eres, señor]
    """)
# A pack without keep: ñ folds to n as always.
ENGLISH = pack("en", "profanity", "mask", """
    words:
      - nino
    """)


@pytest.fixture
def spanish(tmp_path):
    return engine_with(tmp_path, SPANISH, ENGLISH)


@pytest.mark.parametrize("text, matched", [
    ("¡coño!", "coño"),
    ("COÑO, qué frío", "COÑO"),
    ("co\u0303no", None),  # combining tilde on the wrong letter: "cõno" is not coño
    ("con\u0303o", "con\u0303o"),  # n + combining tilde is ñ, and the hit covers the mark
    ("c.o.ñ.o", "c.o.ñ.o"),
    ("c0ño", "c0ño"),
    ("coññño", "coññño"),
    ("ｃｏñｏ", "ｃｏñｏ"),
    ("le duele el ano", "ano"),
    ("eres un cabrones", "cabrones"),
    ("eres un cabron", "cabron"),  # the term has ó: accents other than the kept letters still fold
    ("eres una puñeta", "puñeta"),
    ("señor puñeta", "puñeta"),
])
def test_kept_letters_are_matched_as_themselves(spanish, text, matched):
    hits = [(h.pack, h.matched) for h in spanish.check(text).hits if h.pack == "es"]
    assert hits == ([("es", matched)] if matched else []), text


@pytest.mark.parametrize("text", [
    "feliz año nuevo", "el AÑO pasado", "an\u0303o pasado",  # año: not the term ano
    "un cono de helado", "CONO", "la cuna y el coñac", "una puñeta de encaje",  # no context word
    "el niño",  # ñ typed: the Spanish pack has no "nino"
])
def test_words_that_differ_only_by_a_kept_letter_stay_clean(spanish, text):
    assert [h for h in spanish.check(text).hits if h.pack == "es"] == [], text


def test_a_pack_without_keep_folds_as_before(spanish):
    assert [(h.pack, h.matched) for h in spanish.check("el niño").hits] == [("en", "niño")]
    assert [(h.pack, h.matched) for h in spanish.check("el nino").hits] == [("en", "nino")]
    # and the keep pack's terms are matched on plain text with the one automaton
    assert [(h.pack, h.matched) for h in spanish.check("tu ano").hits] == [("es", "ano")]


def test_the_kept_reading_serves_patterns_allow_and_context_lookups(tmp_path):
    engine = engine_with(tmp_path, pack("es", "spam", "flag", """
        keep: "ñ"
        words:
          - {term: coño, context: near}
        allow:
          - {term: año, prefix: true}
        contexts:
          near:
            words: [señor]
        patterns:
          - {id: promo, regex: 'promo\\d+', context: near, on: raw}
          - {id: anos, regex: 'ano\\w*'}
        """))
    assert rules(engine.check("señor coño")) == [("coño", "coño")]
    assert rules(engine.check("senor coño")) == []  # context word with ñ: "senor" is another word
    assert rules(engine.check("señor promo5")) == [("promo", "promo5")]
    assert rules(engine.check("senor promo5")) == []
    assert rules(engine.check("los años")) == []  # the pattern's hit lies in an allowed word
    assert rules(engine.check("los anos")) == [("anos", "anos")]


def test_packs_that_keep_the_same_letters_share_one_reading():
    assert keep_for("ñ") is keep_for("ñ")
    assert keep_for("üöä") is keep_for("äöü")
    assert normalise("AÑO Straße ÜBER", "äöüñß").text == "año straße über"
    assert normalise("AÑO Straße ÜBER").text == "ano strasse uber"
    assert not keep_for("ñ").applies("plain ascii") and not keep_for("ñ").applies("café")
    assert keep_for("ñ").applies("año") and keep_for("ñ").applies("an\u0303o")


def test_german_keep_tells_umlauts_apart(tmp_path):
    engine = engine_with(tmp_path, pack("de", "profanity", "mask", """
        keep: "äöüß"
        words:
          - schwul
          - {term: scheiße, prefix: true}
          - {term: scheisse, prefix: true}
        """))
    assert rules(engine.check("heute ist es schwül")) == []
    assert rules(engine.check("SCHWÜL")) == []
    assert rules(engine.check("bist du schwul")) == [("schwul", "schwul")]
    assert rules(engine.check("so eine Scheiße")) == [("scheiße", "Scheiße")]
    assert rules(engine.check("SCHEISSE")) == [("scheisse", "SCHEISSE")]


@pytest.mark.parametrize("value, message", [
    ('"ñ, ß"', "keep: expected letters only, got ','"),
    ('"ñ ß"', "keep: expected letters only, got a space"),
    ('"ñ1"', "keep: expected letters only, got '1'"),
    ('"n"', "keep: 'n' is never folded to another letter"),
    ('""', "keep: expected at least one letter"),
    ("[ñ]", "keep: expected a string of letters"),
    ("3", "keep: expected a string of letters"),
])
def test_keep_is_validated_with_file_and_line(tmp_path, value, message):
    err = error_for(tmp_path, pack(body=f"keep: {value}\nwords: [x]\n"))
    assert len(err.errors) == 1
    e = err.errors[0]
    assert e.line == 8 and e.file.endswith("p0.yaml") and e.message.startswith(message), e.one_line()


def test_keep_upper_case_letters_are_read_as_their_lower_case(tmp_path):
    engine = engine_with(tmp_path, pack(body='keep: "Ñ"\nwords: [ano]\n'))
    assert rules(engine.check("año")) == []
    assert rules(engine.check("ano")) == [("ano", "ano")]
