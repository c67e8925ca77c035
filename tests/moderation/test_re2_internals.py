"""The google-re2 internals anonchat/moderation/matcher.py calls for speed (bench/re2_api.py: the
public API costs 1.6-2.8x more a text): `Set._set.Match` on bytes, `_Regexp.Match` with
`_Anchor.UNANCHORED`. These fail when a google-re2 release changes them, before a pack would
silently match less; pyproject.toml pins google-re2 to the minor version tested."""

import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from anonchat.moderation.matcher import PatternMatcher, _spans
from anonchat.moderation.packs import RE2_OPTIONS, Pattern

PATTERNS = [r"\d{3}-\d{4}", r"(?i)www\.\w+", r"a*", r"é+", r"\b\w{2}\b", r"😂|x"]


def public_spans(regex, text):
    """Non-empty, non-overlapping matches, as character spans, by the public API."""
    return [m.span() for m in re2.compile(regex).finditer(text) if m.end() > m.start()]


def character_spans(regex, text):
    encoded = text.encode()
    spans = []
    for a, b in _spans(re2.compile(regex)._regexp, encoded):
        spans.append((len(encoded[:a].decode()), len(encoded[:b].decode())))
    return spans


@settings(max_examples=300)
@given(st.text(alphabet="ab é😂x1-23456789.www", max_size=40))
def test_the_internal_match_loop_finds_what_the_public_api_finds(text):
    for regex in PATTERNS:
        assert character_spans(regex, text) == public_spans(regex, text), (regex, text)


def test_the_set_internals_are_there_and_answer_like_the_public_set():
    search = re2.Set.SearchSet(RE2_OPTIONS)
    for regex in PATTERNS:
        search.Add(regex)
    search.Compile()
    for text in ["call 555-1234", "www.example", "é😂", "", "nothing"]:
        assert sorted(search._set.Match(text.encode()) or ()) == sorted(search.Match(text) or ())


def test_the_pattern_matcher_maps_byte_spans_to_characters():
    compiled = re2.compile(r"\d{3}-\d{4}")
    pattern = Pattern(id="phone", regex=compiled.pattern, compiled=compiled)
    matcher = PatternMatcher([(0, pattern)])
    text = "é😂 ring 555-1234 or 555-9876 ✓"
    hits, _ = matcher.match(text)
    assert [(a, b, m) for _, _, a, b, m in hits] == [(8, 16, "555-1234"), (20, 28, "555-9876")]
    assert all(text[a:b] == m for _, _, a, b, m in hits)
