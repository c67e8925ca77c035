"""google-re2's public API against the internals anonchat/moderation/matcher.py calls.

PatternMatcher calls the wrapper's C++ objects directly (`Set._set.Match`, `_Regexp.Match` with
an anchor) on text encoded once; the public API (`Set.Match`, `finditer`) encodes and wraps on
every call. This prints both, per text, over chat-sized messages, alternating and repeated, and
the ratio: the internals stay only while they are clearly faster (tests/moderation/
test_re2_internals.py keeps them honest; pyproject.toml pins google-re2 to the versions tested).

    .venv/bin/python bench/re2_api.py
"""

import random
import statistics
import time
from importlib.metadata import version

import re2

from anonchat.moderation.matcher import _spans

PATTERNS = [r"\b\d{3}-\d{2}-\d{4}\b", r"(?i)\bwww\.", r"https?://\S+", r"\b[a-z]+\.(com|net|org)\b",
            r"(\d[ -]?){7,}", r"(?i)\bbit\.ly/\w+"]


def texts(n=5000, seed=1):
    rng = random.Random(seed)
    words = "hey so the weather is nice today lol what are you up to é ü 😂 call me maybe".split()
    out = []
    for _ in range(n):
        t = " ".join(rng.choice(words) for _ in range(rng.randint(3, 14)))
        if rng.random() < 0.2:
            t += rng.choice([" 555-123-4567", " www.example.com", " see https://x.org/a", " 123-45-6789"])
        out.append(t)
    return out


def main():
    search = re2.Set.SearchSet(re2.Options())
    for p in PATTERNS:
        search.Add(p)
    search.Compile()
    compiled = [re2.compile(p) for p in PATTERNS]
    sample = texts()

    def internals():
        found = 0
        for t in sample:
            encoded = t.encode()
            for k in search._set.Match(encoded) or ():
                found += sum(1 for _ in _spans(compiled[k]._regexp, encoded))
        return found

    def public():
        found = 0
        for t in sample:
            for k in search.Match(t) or ():
                found += sum(1 for _ in compiled[k].finditer(t))
        return found

    times = {internals: [], public: []}
    results = set()
    for _ in range(7):
        for f in (internals, public):
            t0 = time.perf_counter()
            results.add(f())
            times[f].append((time.perf_counter() - t0) / len(sample) * 1e6)
    assert len(results) == 1, "the two APIs found different matches"
    med = {f.__name__: statistics.median(ts) for f, ts in times.items()}
    print(f"google-re2 {version('google-re2')}: {len(sample)} texts, 7 rounds each")
    for name, us in med.items():
        print(f"  {name:10} {us:6.2f} µs a text (median)")
    print(f"  public / internals: {med['public'] / med['internals']:.2f}x")


if __name__ == "__main__":
    main()
