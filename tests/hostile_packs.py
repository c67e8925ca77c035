"""Broken and hostile pack files, each with exactly one problem, for the live-server and CLI tests
(test_reload_server.py, test_cli.py): name -> (fn(pack id, version) -> text, what its error says)."""

from anonchat.testing import pack_yaml


def good(id, version=1, word="grumble"):
    return pack_yaml(id, "profanity", "block", [word], "high", version)


def bomb(levels):
    """A "billion laughs": 9**levels items in a few hundred bytes, used as a pattern's id."""
    lines = ["lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"lol{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, levels)]
    return "\n".join(lines) + f"\npatterns:\n  - id: *l{levels - 1}\n    regex: a\n"


def with_pattern(field, value):
    return lambda id, version=1: good(id, version) + f"patterns:\n  - id: p\n    regex: abc\n    {field}: {value}\n"


def with_version(value):
    return lambda id, version=1: good(id, version).replace(f"version: {version}", f"version: {value}")


def word_in_a_list_of_contexts(id, version=1):
    return good(id, version).replace("words: [grumble]", "words:\n  - grumble\n  - {term: weed, context: [c]}\n"
                                                         "contexts:\n  c: {words: [buy]}")


BAD_PACKS = {
    # Nested aliases: 4.8 million items in 540 bytes (a 33 MB error message before they were bounded).
    "alias_bomb": (lambda id, version=1: good(id, version) + bomb(7), "aliases expand to more than"),
    # A list where a single value belongs.
    "on_list": (with_pattern("on", "[raw]"), "on: expected raw, folded or normalised"),
    "validate_list": (with_pattern("validate", "[luhn]"), "validate: expected a validator name"),
    "context_list": (with_pattern("context", "[c]"), "context: expected a context name"),
    "flags_nested": (with_pattern("flags", "[[ignorecase]]"), "flags: expected a list of"),
    "word_context_list": (word_in_a_list_of_contexts, "context: expected a context name"),
    # Values Python cannot build, and nesting deeper than Python's stack.
    "huge_integer": (with_version("9" * 5000), "cannot read this value"),
    "bad_date": (with_version("2024-02-30"), "day is out of range"),
    "deep_nesting": (lambda id, version=1: good(id, version) + "tests: " + "[" * 3000 + "]" * 3000 + "\n",
                     "nested deeper than 32 levels"),
}
