"""Throughput of the moderation engine beside better-profanity, on the same messages, in one run.

    python bench/moderation.py [--rulepacks DIR] [--messages N] [--rounds R] [--check] [--verdicts FILE]

Messages are a deterministic mix of realistic chat (seeded generator): about 80% everyday
messages (some with times, prices, scores, versions, file names), 5% hard negatives (Scunthorpe,
"can of coke", stretched "nooooo"), 15% offending in every category, with evasions.

Time is CPU time of this process (`time.process_time`), and each figure takes the fastest of its
rounds, as timeit does (throughput: each chunk of 1,000 messages with its fastest round): other
work on a shared machine only ever slows a round down, and runs here vary by up to 2x. Both the
engine and better-profanity are measured so, their rounds alternating; each crafted case runs five
times a round, so its runs too are spread over the whole benchmark. The engine runs on one core:
check() is single-threaded Python.

It also pipes the same messages through `anonchat moderate` (the operators' command-line tool,
one JSON verdict per line), and checks the texts of every labelled set in tests/moderation (seven
languages, 40% evasions: closer to a real server's chat than the English mix), and reports both
rates for information: no target.

Targets (checked with --check, which exits 1 if one is missed):
  * engine.check >= 50,000 messages/s on one core, with every pack in the directory loaded;
  * >= 100x better_profanity.profanity.contains_profanity on the same messages;
  * a 2,000-character message and crafted worst cases each under 5 ms.

A change made for speed must not change what the engine decides: `--verdicts FILE` writes the
verdict on every message (these, the crafted cases and every labelled set in tests/moderation)
to FILE, or, when FILE exists, compares with it and exits 1 on any difference (action, delivered
text, categories, hits). Write it before the change, compare after; it is not kept in the repo.
"""

import argparse
import gc
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from anonchat.moderation import Engine  # noqa: E402

TARGET_RATE = 50_000
TARGET_RATIO = 100
TARGET_WORST_MS = 5.0

EVERYDAY = [
    "hey everyone, how's it going?", "lol that was so funny, I can't even", "what are you all up to this weekend?",
    "my cat just knocked my coffee over again", "honestly I think the new update is better",
    "did you see the news about the storm last night", "brb getting food", "ok sure, sounds good to me",
    "what music do you like? I love jazz and old rock", "anyone here play guitar? I'm trying to learn",
    "that movie was way too long but the ending was great", "I have 3 cats and 2 dogs, it's chaos",
    "meet at 5:30 near the station?", "the game ended 3-2, what a finish", "I paid $12.99 for lunch, what a rip off",
    "my exam is on 2024-05-17 at 14:30, wish me luck", "upgrade to version 3.10.12 and it works",
    "edit main.py and restart node.js", "e.g. the first one is better imo", "I'm 16 and from ohio, you?",
    "the bus was 20 minutes late again", "it costs about 1,299 dollars which is a lot", "haha yes exactly",
    "what's your favourite website?", "I use discord a lot for school stuff", "good morning! sleep well?",
    "that's wild, tell me more", "any book recommendations?", "gonna watch the match at 8pm, who's in",
    "i think so too tbh", "we scored 4 goals in the second half", "room 204 is on the second floor",
    "my phone died at 10%", "what time is it there? it's 11:45 here", "chapter 12 was the best part",
    "I walked 5 miles today!", "where are you from?", "I just finished my homework finally",
    "does anyone know a good pizza place", "it's raining again here in london", "same here lol",
    "I'm so tired today", "what games do you play?", "I like minecraft and some racing games",
    "my sister is getting married in june", "we should start a book club", "that's a good point actually",
    "how old is everyone here?", "I start a new job on monday, kinda nervous", "happy friday everyone",
    "I can't decide what to eat for dinner", "the new season comes out on the 3rd", "who else stayed up till 2am",
    "I need more coffee", "what's the weather like where you are?", "just got back from the gym",
    "my dog ate my sandwich", "i'm learning spanish, it's hard", "anyone watching the finals?",
    "we got 2nd place in the quiz", "the train leaves at 7:15", "I read 30 pages today",
]
# Clean messages that contain a listed term or look like data: a few in real chat, not most.
HARD_NEGATIVES = [
    "the assassin in that game is so overpowered", "we read Dickens in class today, so boring",
    "the therapist said my analysis was classic", "a cocktail in the cockpit sounds fun",
    "i need to weed the garden", "can you pass me a can of coke", "speed limit is 30 here so slow down",
    "my knee joint hurts after running", "nooooo way, really?", "I grew up near Scunthorpe actually",
]
OFFENDING = [
    "what the fuck is this", "you absolute motherfucker", "f u c k off", "sh1t happens", "$h!t", "fuuuuuck",
    "stop being such a b1tch", "kiss my @ss", "he is a total dickhead", "what a d*ck",
    "mail me at john.smith@gmail.com", "john at gmail dot com", "j o h n @ g m a i l . c o m",
    "call me on 555-867-5309", "text +44 7911 123456", "five five five eight six seven five three zero nine",
    "my card is 4111 1111 1111 1111", "pay to GB82 WEST 1234 5698 7654 32", "my ip is 192.168.1.20",
    "add me on snap: jess_2009", "wanna buy some weed", "say no to meth", "can you get me a gram of coke",
    "check this out https://example.com/win", "bit.ly/3xYzAbc", "hxxp://evil[.]com/login",
    "earn $5000 a week from home, dm me", "buy cheap instagram followers", "noooooooooooooooooooo",
    "STOP SPAMMING THE CHAT RIGHT NOW PLEASE", "ｆｕｃｋ this", "fυck (with a greek upsilon)",
]
FILLERS = ["", "", "", "", " lol", " haha", " tbh", "!", " :)", " 😂", " right?", " ngl", " fr"]


_WORD = re.compile(r"(?<![\w'])[a-z]+(?![\w'])")  # a whole word: not "8pm", not "who's"
VOCABULARY = sorted({w for line in EVERYDAY for w in _WORD.findall(line.lower())})


def vary(line, rnd):
    """`line` with about a quarter of its words swapped for others and a few typos: real chat
    rarely repeats a message exactly, and a benchmark of a few dozen exact strings would measure
    warm caches (RE2 builds its DFA states lazily, per new text) instead of the engine."""
    def word(m):
        roll = rnd.random()
        if roll < 0.25:
            return rnd.choice(VOCABULARY)
        if roll < 0.30:
            w = m.group()
            i = rnd.randrange(len(w))
            return w[:i] + rnd.choice("abcdefghijklmnopqrstuvwxyz") + w[i + 1:]
        return m.group()
    return _WORD.sub(word, line)


def messages(n, seed=1234):
    """n chat messages of ~60 characters on average: ~80% everyday (most of them two lines
    joined), ~5% hard negatives, ~15% offending (three quarters after an everyday line); the
    everyday lines varied (`vary`), so that almost every message is a new text."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        roll = rnd.random()
        if roll < 0.15:
            text = rnd.choice(OFFENDING)
            if rnd.random() < 0.75:
                text = vary(rnd.choice(EVERYDAY), rnd) + " " + text
        elif roll < 0.20:
            text = rnd.choice(HARD_NEGATIVES)
            if rnd.random() < 0.5:
                text = vary(rnd.choice(EVERYDAY), rnd) + " " + text
        else:
            text = vary(rnd.choice(EVERYDAY), rnd)
            if rnd.random() < 0.85:
                text += " " + vary(rnd.choice(EVERYDAY), rnd)
        out.append(text + rnd.choice(FILLERS))
    return out


class Fastest:
    """Messages per second of CPU time of `fn` over `msgs`, timed in chunks of `chunk`, each chunk
    counting with its fastest round, as timeit takes the fastest repeat: other work on a shared
    machine only ever slows a chunk down (runs here vary by up to 2x), so the fastest round of
    each chunk is the code's own cost, and every chunk of the set still counts. The rounds of
    the engine and of better-profanity alternate, so that a slow spell of the machine lasting
    seconds cannot cover every round of one and none of the other."""

    def __init__(self, fn, msgs, chunk):
        self.fn, self.msgs, self.chunk = fn, msgs, chunk
        self.best = [float("inf")] * -(-len(msgs) // chunk)

    def round(self):
        fn, msgs, chunk = self.fn, self.msgs, self.chunk
        for k, i in enumerate(range(0, len(msgs), chunk)):
            start = time.process_time()
            for m in msgs[i:i + chunk]:
                fn(m)
            self.best[k] = min(self.best[k], time.process_time() - start)

    @property
    def rate(self):
        return len(self.msgs) / max(sum(self.best), 1e-9)


def new_text_rate(fn, sets):
    """Messages per second of CPU time over message sets the engine has not seen (each can be run
    only once): the fastest set counts, the sets being alike (the same mix, other seeds)."""
    best = float("inf")
    for msgs in sets:
        start = time.process_time()
        for m in msgs:
            fn(m)
        best = min(best, (time.process_time() - start) / len(msgs))
    return 1 / max(best, 1e-12)


def moderate_cli_rate(rulepacks, msgs):
    """Messages per second of CPU time through `anonchat moderate`, the operators' tool: the same
    engine plus reading lines and writing a JSON verdict for each. Start-up (loading the packs)
    is measured on an empty input and taken off."""
    import resource
    import subprocess

    def cpu(data):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-m", "anonchat", "moderate", "--rulepacks", rulepacks], input=data,
                       stdout=subprocess.DEVNULL, check=True, timeout=600, cwd=ROOT)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime

    data = "".join(m.replace("\n", " ") + "\n" for m in msgs).encode()
    return len(msgs) / max(cpu(data) - cpu(b""), 1e-9)


def worst_cases():
    long_text = " ".join(messages(80, seed=7))[:2000]
    return {
        "2,000-char chat message": long_text,
        "2,000 separators (.)": "." * 2000,
        "2,000 separators (f.u.c.k.)": ("f.u.c.k." * 250)[:2000],
        "2,000 digits": "1234567890" * 200,
        "2,000 spaced digits": "5 " * 1000,
        "2,000 '@'": "@" * 2000,
        "2,000 alternating letter-space": "a " * 1000,
        "2,000 leet/star word": ("a$$*1!" * 334)[:2000],
        "2,000 stretched letters": "fu" + "u" * 1996 + "ck",
        "2,000 emoji": "😂" * 2000,
        "2,000 'at dot'": ("john at gmail dot " * 120)[:2000],
        "masked word, then a 1,995-char word": "f*ck " + "ab" * 997,
        "400 hits ('sh1t ' x 400)": ("sh1t " * 400)[:2000],
        "400 masked words ('f*ck ' x 400)": ("f*ck " * 400)[:2000],
        # found by tests/moderation/test_bounded_cost.py, each once quadratic
        "2,000 listed emoji (a run)": "🖕" * 2000,
        "drug and context words ('coke buy ' x 222)": ("coke buy " * 223)[:2000],
        "links among other scripts ('bit.ly/xﷺ+' x 200)": ("bit.ly/xﷺ+" * 200)[:2000],
        # the readings and split forms of issue 12
        "400 split words ('fu ck ' x 333)": ("fu ck " * 334)[:2000],
        "2,000 emoji between letters ('f🔥' x 1,000)": "f🔥" * 1000,
        "400 upside-down words ('ʞɔnɟ ' x 400)": ("ʞɔnɟ " * 400)[:2000],
        "right-to-left overrides ('\u202ekcuf ' x 333)": ("\u202ekcuf " * 334)[:2000],
        "2,000 look-alike letters ('ꮪꮋꭵꭲ ' x 400)": ("ꮪꮋꭵꭲ " * 400)[:2000],
    }


def time_worst_cases(engine, cases, best, runs=5):
    """Check each crafted case `runs` times, keeping its fastest time in ms in `best`. Called
    once a round, between the throughput rounds, so that each case's runs are spread over the
    whole benchmark rather than bunched into one slow spell of the machine."""
    for name, text in cases.items():
        for _ in range(runs):
            start = time.process_time()
            engine.check(text)
            best[name] = min(best.get(name, float("inf")), (time.process_time() - start) * 1000)


def labelled_texts():
    """The texts of every labelled set in tests/moderation (the corpus and the blind sets): chat in
    seven languages, 40% of it evasions, unlike the English mix of `messages`."""
    import yaml
    texts = []
    for path in sorted((ROOT / "tests" / "moderation").rglob("*.yaml")):
        texts += [entry["text"] for entry in yaml.safe_load(path.read_text(encoding="utf-8"))]
    return texts


def every_text(n):
    """The texts `--verdicts` checks: the benchmark's messages, the crafted cases, the corpora."""
    return messages(n) + list(worst_cases().values()) + labelled_texts()


def compare_verdicts(engine, path, n):
    """Write the verdict on every text to `path` (JSON lines), or compare with the file there:
    0 when every verdict is the same, 1 (and the first differences) when one is not."""
    lines = []
    for text in every_text(n):
        v = engine.check(text)
        lines.append(json.dumps([text, v.action, v.text, v.categories, v.hits], ensure_ascii=False))
    path = Path(path)
    if not path.exists():
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines):,} verdicts written to {path}")
        return 0
    before = path.read_text(encoding="utf-8").splitlines()
    differ = [(a, b) for a, b in zip(before, lines) if a != b]
    if len(before) != len(lines):
        print(f"{path} holds {len(before):,} verdicts, this run made {len(lines):,}: not the same texts")
        return 1
    for a, b in differ[:10]:
        print(f"before: {a}\nnow:    {b}")
    print(f"{len(lines):,} verdicts, {len(differ):,} differ from {path}")
    return 1 if differ else 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rulepacks", default=str(ROOT / "rulepacks"), help="pack directory (default: rulepacks/)")
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument("--verdicts", metavar="FILE",
                        help="write every verdict to FILE, or compare with FILE if it exists (no timing)")
    args = parser.parse_args(argv)

    engine = Engine.from_directory(args.rulepacks)
    if args.verdicts:
        return compare_verdicts(engine, args.verdicts, args.messages)
    msgs = messages(args.messages)
    flagged = sum(engine.check(m).action != "allow" for m in msgs)
    avg = sum(map(len, msgs)) / len(msgs)
    print(f"engine {engine.version}: {len(engine.packs)} packs ({', '.join(p.id for p in engine.packs)})")
    print(f"{len(msgs)} messages, {avg:.0f} characters on average, {flagged / len(msgs):.0%} not allowed")

    from better_profanity import profanity
    profanity.load_censor_words()
    # As `anonchat serve` does after start-up (cli.py): what is loaded by now lives as long as the
    # process, so the collector stops scanning it (better-profanity's word variants included).
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)
    engine_rate = Fastest(engine.check, msgs, 1000)
    labelled = Fastest(engine.check, labelled_texts(), 1000)
    sample = msgs[: max(500, len(msgs) // 20)]  # better-profanity is slow: a slice of the same messages
    bp_rate = Fastest(profanity.contains_profanity, sample, 100)
    cases, worst = worst_cases(), {}
    for k in range(args.rounds):
        engine_rate.round()
        time_worst_cases(engine, cases, worst)
        if k < max(3, args.rounds // 2):
            bp_rate.round()
            labelled.round()
    engine_rate, bp_rate = engine_rate.rate, bp_rate.rate
    # The same mix, every message new to the engine (RE2 builds DFA states for text it has not
    # seen; a server sees new text all day, after a long warm-up on other text).
    new_rate = new_text_rate(engine.check, (messages(args.messages, seed=seed) for seed in range(2, 2 + args.rounds)))
    cli_rate = moderate_cli_rate(args.rulepacks, msgs)
    ratio = engine_rate / bp_rate

    rows = [("engine.check", f"{engine_rate:,.0f} msg/s", f">= {TARGET_RATE:,}", engine_rate >= TARGET_RATE),
            ("engine.check, each message new to it", f"{new_rate:,.0f} msg/s", "", True),
            ("engine.check, the labelled sets' texts", f"{labelled.rate:,.0f} msg/s", "", True),
            ("better_profanity.contains_profanity", f"{bp_rate:,.0f} msg/s", "", True),
            ("anonchat moderate (stdin -> JSON lines)", f"{cli_rate:,.0f} msg/s", "", True),
            ("ratio", f"{ratio:,.0f}x", f">= {TARGET_RATIO}x", ratio >= TARGET_RATIO)]
    for name, ms in worst.items():
        rows.append((name, f"{ms:.2f} ms", f"< {TARGET_WORST_MS:g} ms", ms < TARGET_WORST_MS))
    width = max(len(r[0]) for r in rows)
    print(f"\n{'':{width}}  {'measured':>14}  {'target':>10}")
    for name, value, target, ok in rows:
        print(f"{name:{width}}  {value:>14}  {target:>10}  {'' if ok else 'MISSED'}")
    missed = [r[0] for r in rows if not r[3]]
    if missed:
        print(f"\nmissed: {', '.join(missed)}")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
