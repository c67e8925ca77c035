"""What one message can cost the server, whatever an attacker puts in it: the shipped packs, texts
built to be expensive, and the time and verdict each gets."""

import time
from pathlib import Path

import pytest

from anonchat.moderation import Engine

RULEPACKS = Path(__file__).resolve().parents[2] / "rulepacks"


@pytest.fixture(scope="module")
def engine():
    return Engine.from_directory(RULEPACKS)


def seconds(engine, text, runs=3):
    """The fastest of `runs` checks: other work on a shared machine only ever slows one down."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        engine.check(text)
        best = min(best, time.perf_counter() - start)
    return best


def growth(engine, unit, short=200, long=2000):
    """How much more a character costs in a `long` text of `unit` repeated than in a `short` one:
    about 1 when the cost is linear, 10 when it is quadratic."""
    def text(n):
        return (unit * (n // len(unit) + 1))[:n]
    return (seconds(engine, text(long)) / long) / (seconds(engine, text(short)) / short)


def test_a_run_of_a_listed_emoji_is_one_hit_and_costs_in_proportion_to_its_length(engine):
    run = "🖕" * 1000
    verdict = engine.check("look " + run + " ok")
    emoji_hits = [h for h in verdict.hits if h.rule == "🖕"]
    assert [(h.start, h.end) for h in emoji_hits] == [(5, 1005)]
    assert verdict.text == "look " + "*" * 1000 + " ok"
    assert growth(engine, "🖕") < 3
    assert seconds(engine, "🖕" * 2000) < 0.05  # was 0.3 s: each hit ran to the end of the run
