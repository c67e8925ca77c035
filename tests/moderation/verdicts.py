"""How the moderation tests check a class of messages against the shipped rule packs.

A class is a kind of message, not a message: several examples written for the test, and innocent
messages of the same shape that must stay clean, through the real engine (the `engine` fixture of
conftest.py); the assertions are on `verdict.categories`.
"""
from pathlib import Path

import pytest

RULEPACKS = Path(__file__).resolve().parents[2] / "rulepacks"


def categories(engine, text):
    return set(engine.check(text).categories)


def assert_only(engine, category, texts):
    wrong = {t: c for t in texts if (c := categories(engine, t)) != {category}}
    assert not wrong, f"expected only {category}: {wrong}"


def assert_clean(engine, texts):
    flagged = {t: c for t in texts if (c := categories(engine, t))}
    assert not flagged, f"expected clean: {flagged}"


def cases(table):
    """{class: [(text, expected categories)]} as parameters named "class: text"."""
    return [pytest.param(text, expected, id=f"{cls}: {text}")
            for cls, pairs in table.items() for text, expected in pairs]


def class_test(table):
    """The test of a {class: [(text, expected categories)]} table, one case a text: its categories
    are exactly the expected ones (`test_class = class_test(CLASSES)` in a round's test file)."""
    @pytest.mark.parametrize("text, expected", cases(table))
    def test_class(engine, text, expected):
        verdict = engine.check(text)
        assert set(verdict.categories) == set(expected), verdict.hits
    return test_class
