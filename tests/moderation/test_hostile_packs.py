"""A careless or malicious pack file, parsed: whatever its shape, the result is a pack or a
RulePackError of short `file:line: reason` lines, at a bounded cost; never another exception."""

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from anonchat.moderation.engine import DETECTORS, VALIDATORS
from anonchat.moderation.packs import MAX_ERRORS, MAX_MESSAGE, RulePackError, parse_pack

FILE = "packs/fuzz.yaml"
VALID = {
    "id": "fuzz", "category": "spam", "version": 1, "description": "every field in use", "enabled": True,
    "action": "block", "severity": "low", "supersedes": ["pii"],
    "words": ["grumble", {"term": "weed", "prefix": False, "suffix": True, "context": "drug"}],
    "allow": [{"term": "grumbles", "prefix": True}],
    "contexts": {"drug": {"window": 6, "words": ["buy", "sell"]}},
    "patterns": [{"id": "card", "regex": "\\d{13,19}", "on": "raw", "validate": "luhn", "context": "drug",
                  "flags": ["ignorecase"]}],
    "detectors": ["email", {"flood": {"char": 10}}],
    "tests": {"match": ["I grumble"], "clean": ["hello"]},
}


def parse(data_or_text):
    text = data_or_text if isinstance(data_or_text, str) else yaml.safe_dump(data_or_text, sort_keys=False)
    return parse_pack(text, FILE, VALIDATORS, DETECTORS)


def assert_short_lines(error):
    lines = str(error).split("\n")
    assert 1 <= len(lines) <= MAX_ERRORS + 1, len(lines)
    for line in lines:
        assert line.startswith(f"{FILE}:") and len(line) <= len(FILE) + 12 + MAX_MESSAGE, line[:500]
        assert line.isprintable(), line


def paths(value, prefix=()):
    """Every place in a pack: (path, value there)."""
    yield prefix, value
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in children:
        yield from paths(child, prefix + (key,))


PLACES = [path for path, _ in paths(VALID) if path]

# Any YAML value: what a careless edit or a hostile one may put anywhere.
scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=300)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10),
                                                                                               inner, max_size=4),
                      max_leaves=12)


def replaced(data, path, value):
    if not path:
        return value
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[path[0]] = replaced(data[path[0]], path[1:], value)
    return copy


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(place=st.sampled_from(PLACES), value=values)
def test_any_value_anywhere_is_a_pack_or_short_error_lines(place, value):
    original = dict(paths(VALID))[place]
    try:
        parse(replaced(VALID, place, value))
    except RulePackError as e:
        assert_short_lines(e)
        return
    # A collection where a single value belongs is always an error (a word, an allow entry and a
    # detector may each be written as a mapping, so they are left out).
    item = len(place) == 2 and place[0] in ("words", "allow", "detectors")
    assert not (isinstance(value, (list, dict)) and not isinstance(original, (list, dict)) and not item), \
        f"{place} = {value!r} was accepted"


LIST_INSTEAD_OF_A_VALUE = [
    (("patterns", 0, "on"), "patterns[0] (id=card).on"),
    (("patterns", 0, "validate"), "patterns[0] (id=card).validate"),
    (("patterns", 0, "context"), "patterns[0] (id=card).context"),
    (("patterns", 0, "flags", 0), "patterns[0] (id=card).flags"),
    (("words", 1, "context"), "words[1] ('weed').context"),
    (("patterns", 0, "id"), "patterns[0].id"),
]


@pytest.mark.parametrize("place, where", LIST_INSTEAD_OF_A_VALUE)
def test_a_list_where_a_single_value_belongs_is_one_error_at_its_line(place, where):
    assert parse(VALID).patterns[0].validate_name == "luhn"  # the pack is valid without the list
    with pytest.raises(RulePackError) as err:
        parse(replaced(VALID, place, [["nested"], {"a": 1}]))
    assert_short_lines(err.value)
    assert len(err.value.errors) == 1 and where in err.value.message, str(err.value)


def bomb(levels, name="patterns"):
    """A "billion laughs" pack: 9**levels items in a few hundred bytes, used as a pattern id."""
    lines = ["lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"lol{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, levels)]
    head = "id: bomb\ncategory: spam\nversion: 1\naction: block\nseverity: low\n"
    return head + "\n".join(lines) + f"\n{name}:\n  - id: *l{levels - 1}\n    regex: a\n"


def test_an_alias_bomb_is_refused_before_anything_expands_it():
    text = bomb(7)  # 4.8 million items: a 33 MB error message, before aliases were bounded
    assert len(text) < 600
    with pytest.raises(RulePackError) as err:
        parse(text)
    assert_short_lines(err.value)
    assert "aliases expand to more than" in str(err.value) and err.value.line == 10  # at lol4, 9**5 items


@pytest.mark.parametrize("text, line, reason", [
    ("version: " + "9" * 5000 + "\n", 1, "cannot read this value: Exceeds the limit (4300"),
    ("version: 2024-02-30\n", 1, "cannot read this value: day is out of range for month"),
    ("description: " + "[" * 5000 + "]" * 5000 + "\n", 1, "nested deeper than 32 levels"),
    ("tests: &t {match: [*t]}\n", 1, "alias *t is inside the value it names"),
    ("? [a, b]\n: 1\n", 1, "a key must be a plain name, not a list"),
])
def test_yaml_python_cannot_build_is_an_error_at_its_line(text, line, reason):
    with pytest.raises(RulePackError) as err:
        parse(text + "id: x\n")
    assert_short_lines(err.value)
    assert err.value.line == line and reason in err.value.message, str(err.value)


def test_many_problems_and_long_values_are_cut_short():
    data = dict(VALID, words=[["not a word"]] * 2000, description=None, action="x" * 100_000)
    with pytest.raises(RulePackError) as err:
        parse(data)
    assert_short_lines(err.value)
    assert err.value.errors[-1].message.startswith("... and ")
    assert "action: expected block, mask or flag, got 'xxxx" in str(err.value)
