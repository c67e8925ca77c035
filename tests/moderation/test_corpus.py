"""Accuracy of the shipped rule packs on the labelled corpus.

Every message of ``corpus.yaml`` goes through the real engine loaded from ``rulepacks/``; a
message's predicted categories are ``verdict.categories``. Precision and recall are computed per
category and must each be at least 0.95. ``pytest -s`` prints the table; a failure prints it too,
with the misclassified messages.
"""
from pathlib import Path

import pytest
import yaml

from anonchat.moderation import Engine

ROOT = Path(__file__).resolve().parents[2]
RULEPACKS = ROOT / "rulepacks"
CORPUS = Path(__file__).with_name("corpus.yaml")
CATEGORIES = ("profanity", "email", "phone", "pii", "drugs", "spam")
THRESHOLD = 0.95


@pytest.fixture(scope="module")
def engine():
    return Engine.from_directory(RULEPACKS)


def load_corpus():
    data = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    if isinstance(data, dict):  # {messages: [...]} or similar: take the one list it holds
        data = next(v for v in data.values() if isinstance(v, list))
    return [(entry["text"], set(entry.get("labels") or ())) for entry in data]


def score(engine, corpus):
    """Return ({category: (tp, fp, fn)}, [(text, labels, predicted)] for every mistake)."""
    counts = {c: [0, 0, 0] for c in CATEGORIES}
    mistakes = []
    for text, labels in corpus:
        predicted = set(engine.check(text).categories)
        for c in CATEGORIES:
            if c in predicted and c in labels:
                counts[c][0] += 1
            elif c in predicted:
                counts[c][1] += 1
            elif c in labels:
                counts[c][2] += 1
        if predicted & set(CATEGORIES) != labels & set(CATEGORIES):
            mistakes.append((text, labels, predicted))
    return counts, mistakes


def ratio(num, den):
    return num / den if den else 1.0


def table(counts, corpus):
    clean = sum(1 for _, labels in corpus if not labels)
    lines = [
        f"corpus: {len(corpus)} messages, {clean} clean",
        f"{'category':<10} {'labelled':>8} {'tp':>5} {'fp':>5} {'fn':>5} {'precision':>9} {'recall':>7}",
    ]
    for c, (tp, fp, fn) in counts.items():
        lines.append(f"{c:<10} {tp + fn:>8} {tp:>5} {fp:>5} {fn:>5} "
                     f"{ratio(tp, tp + fp):>9.3f} {ratio(tp, tp + fn):>7.3f}")
    return "\n".join(lines)


def test_shipped_packs_load(engine):
    packs = {p.id: p for p in engine.packs}
    for category in CATEGORIES:
        assert category in packs, f"rulepacks/{category}.yaml is not loaded"
        assert packs[category].category == category
        assert packs[category].enabled
    assert engine.check("hello, how is everyone today?").action == "allow"


def test_precision_and_recall_per_category(engine):
    corpus = load_corpus()
    counts, mistakes = score(engine, corpus)
    report = table(counts, corpus)
    print("\n" + report)
    failing = [
        c for c, (tp, fp, fn) in counts.items()
        if ratio(tp, tp + fp) < THRESHOLD or ratio(tp, tp + fn) < THRESHOLD
    ]
    if failing:
        wrong = "\n".join(
            f"  {text!r}: labelled {sorted(labels)}, got {sorted(predicted)}"
            for text, labels, predicted in mistakes
            if (labels ^ predicted) & set(failing)
        )
        pytest.fail(f"below {THRESHOLD} for {failing}\n{report}\nmisclassified:\n{wrong}")
