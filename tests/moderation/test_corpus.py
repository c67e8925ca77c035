"""Accuracy of the shipped rule packs on the labelled sets.

Every message of every set goes through the real engine loaded from ``rulepacks/``; a message's
predicted categories are ``verdict.categories``. Precision and recall are computed per category,
with the share of clean messages that get any category. ``pytest -s`` prints a table per set; a
failure prints it too, with the misclassified messages.

- ``corpus.yaml`` was written beside the packs (issue 4): every figure must reach the target.
- ``blind/set*.yaml`` were written by people who had not seen the packs, from the policy alone
  (docs/rulepacks.md, "What each category means"): they are the real figures. Where a set is still
  below the target, FLOORS holds the figure it reads today, so a change that makes it worse fails;
  docs/rulepacks.md ("Accuracy") gives every set's figures and says which are below the target.
  Raise a floor when a fix lifts a figure; never lower one to make a change pass.
"""

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent
BLIND = sorted((HERE / "blind").glob("set*.yaml"), key=lambda p: int(p.stem[3:]))  # set2 before set10
SETS = {"corpus": HERE / "corpus.yaml", **{p.stem: p for p in BLIND}}
CATEGORIES = ("profanity", "email", "phone", "pii", "drugs", "spam")
THRESHOLD = 0.95  # precision and recall, per category
CLEAN_THRESHOLD = 0.02  # clean messages given any category

# Sets no round may read: a failure names the figures, never the messages.
HELD_OUT = {"set3", "set17", "set18", "set19", "set20", "set21", "set22", "set23"}
# set -> {category: (precision, recall) floor} and "clean": the most clean messages flagged.
FLOORS = {
    # set1, set2 and set4 were read for rounds 2 and 3, set5 and set6 for round 4, set7 for round 5,
    # set8 for round 6, set10 for round 7, set9 for round 8, set11 and set12 for round 9, set13 (held
    # out through round 9) for round 10, set14 and set15 (held out through round 10) for round 11,
    # set16 for round 11b; set3 and set17 to set23 never. Below the target: set14 and set16 to set23,
    # written during round 9, after it, during round 10 and during round 11 (docs/rulepacks.md,
    # "Accuracy").
    "set14": {"drugs": (0.95, 0.93)},
    "set16": {"email": (0.95, 0.94), "pii": (0.95, 0.90), "drugs": (0.95, 0.89), "spam": (0.95, 0.82)},
    "set17": {"drugs": (0.95, 0.89), "spam": (0.95, 0.93)},
    "set18": {"pii": (0.95, 0.88), "spam": (0.95, 0.92)},
    "set19": {"pii": (0.95, 0.94), "drugs": (0.95, 0.86), "spam": (0.95, 0.94)},
    "set20": {"drugs": (0.95, 0.92)},
    "set21": {"pii": (0.95, 0.90), "spam": (0.95, 0.94)},
    "set22": {"drugs": (0.95, 0.92), "spam": (0.95, 0.90)},
    "set23": {"pii": (0.95, 0.93), "spam": (0.95, 0.91)},
}


def load_corpus(path=SETS["corpus"]):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
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


def clean_rate(corpus, mistakes):
    clean = sum(1 for _, labels in corpus if not labels)
    return ratio(sum(1 for _, labels, _ in mistakes if not labels), clean)


def table(counts, corpus, mistakes=(), name="corpus"):
    clean = sum(1 for _, labels in corpus if not labels)
    lines = [
        f"{name}: {len(corpus)} messages, {clean} clean, {clean_rate(corpus, mistakes):.1%} of them flagged",
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


@pytest.mark.parametrize("name", list(SETS))
def test_precision_and_recall_per_category(engine, name):
    corpus = load_corpus(SETS[name])
    counts, mistakes = score(engine, corpus)
    report = table(counts, corpus, mistakes, name)
    floors = FLOORS.get(name, {})
    failing, below_target = [], []
    for c, (tp, fp, fn) in counts.items():
        precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
        want_p, want_r = floors.get(c, (THRESHOLD, THRESHOLD))
        if precision < want_p or recall < want_r:
            failing.append(c)
        if precision < THRESHOLD or recall < THRESHOLD:
            below_target.append(c)
    clean = clean_rate(corpus, mistakes)
    if clean > floors.get("clean", CLEAN_THRESHOLD):
        failing.append("clean")
    if clean > CLEAN_THRESHOLD:
        below_target.append("clean")
    print("\n" + report + (f"\nbelow the target ({THRESHOLD} per category, clean <= {CLEAN_THRESHOLD:.0%}): "
                           f"{below_target}" if below_target else ""))
    if failing and name in HELD_OUT:
        pytest.fail(f"{name}: below its floor for {failing}\n{report}\n(held out: its messages are not printed; "
                    "fix the class your change broke with examples of your own)")
    if failing:
        wrong = "\n".join(
            f"  {text!r}: labelled {sorted(labels)}, got {sorted(predicted)}"
            for text, labels, predicted in mistakes
            if (labels ^ predicted) & set(failing) or ("clean" in failing and not labels)
        )
        pytest.fail(f"{name}: below its floor for {failing}\n{report}\nmisclassified:\n{wrong}")
