"""The compiled form of all packs: one Aho-Corasick automaton for every word list, one RE2 set per
text the patterns run on.

Why one automaton: a loop of regexes, one per term, costs time in proportion to the number of
terms (thousands); Aho-Corasick finds every term of every pack in one pass over the normalised
text, in time proportional to its length. Whole-word matching is built into the keys: the text is
searched with a space at each end, so the key " ass " only matches the word, " fuck" (a prefix
entry) also the start of "fucking". Allow-list and context words sit in a second automaton that
is only consulted for a message that has a term in it.

Why RE2: operator-written patterns run in linear time (no catastrophic backtracking), and an
RE2::Set answers "which of these patterns match" in one pass; only the patterns that matched are
run again for their spans.
"""

import bisect
import itertools
import re
import unicodedata
from dataclasses import dataclass

import ahocorasick
import re2

from .normalize import (
    _SYMBOL_WORD,
    DOUBLED_HINT,
    MAYBE_DISGUISED,
    ONE_LETTER_WORDS,
    SYMBOL_HINT,
    SYMBOLS_INSIDE,
    WILDCARD,
    Disguises,
    fold,
    joined_word,
    keep_for,
    may_be_doubled,
    original_span,
    variant_offsets,
    variants,
)
from .packs import RE2_OPTIONS

_SPACE = re.compile(" ")
_LEET = re.compile(r"[0-9@$]")  # what leetspeak writes for letters (see normalize)
# A word of four or more letters spelled out one by one with a dot, a dash or an underscore between
# every two ("k-e-t-a", "h.e.r.o.ï.n.e", "w_e_e_d") is as plainly disguised as one written with
# digits; three letters ("I.C.E.", "M.D.") are acronyms. `_SPELLED_OUT` tells whether a hit's
# original span is one. Round 9: so are letters between pipes, slashes or spaces ("b|e|h|i|n|d|e|r|t",
# "b e h i n d e r t").
# Round 10: or between emoji, pictographs or other symbols, with or without spaces ("h🌿a🌿s🌿h",
# "e 💉 r 💉 o 💉 i 💉 n 💉 a", "c❄o❄k❄e"): a reader skips them like any punctuation.
_SPELLED_OUT = re.compile(r"[^\W\d_](?:(?:[._|/\\-]+|\s+|\s*[^\w\s\x00-\x7f]+\s*)[^\W\d_]){3,}")
# ...and the same without them, for plain ASCII text, where none can be (the gate of `find` runs on
# every message: the symbol alternative costs a plain one about a third more)
_SPELLED_OUT_ASCII = re.compile(r"[^\W\d_](?:(?:[._|/\\-]+|\s+)[^\W\d_]){3,}")
# A Greek or Cyrillic look-alike beside a Latin letter in one word ("ϲoke", "éхtаѕіѕ") is a disguise
# too: no innocent word mixes the scripts letter by letter.
_MIXED = re.compile(r"[A-Za-z][\u0370-\u04ff]|[\u0370-\u04ff][A-Za-z]")
# A letter, a dash or dot, a letter: a word in pieces ("fu-cki-ng", "w-e-e-d", "M-D"); a hit in such
# pieces is disguised like leetspeak, unless it is short and an initialism: single letters between
# dots ("M.D.", "I.C.E", an acronym).
_IN_PIECES = re.compile(r"[^\W\d_][-._·]+(?=[^\W\d_])")
_INITIALISM = re.compile(r"[^\W\d_](?:\.[^\W\d_])+\.?")
# A term of two letters written with a dot, a dash or an underscore between them ("M.D", "p-d"): the
# spelled-out step joins three single letters or more, so such a term is also listed split in two.
_PAIR = re.compile(r"[^\W\d_][-._·][^\W\d_]")
_UNANCHORED = re2._Anchor.UNANCHORED
DOUBLED, SYMBOLIC = "doubled", "symbolic"  # keys of `WordMatcher.RAW_HINTS` in the engine's raw RE2 set
# round 9: a word broken by a symbol (`WordMatcher._symbolic`): a fast first test, then the word
# (the symbol first, the letter before it by a lookbehind: re then skips to the symbols at C speed)
_MAYBE_SYMBOL_WORD = re.compile(r"[{0}](?<=[^\W\d_].)[{0}]*\s*[^\W\d_]".format(re.escape(SYMBOLS_INSIDE)))
SYMBOLIC_MAX = 40  # characters of a word broken by symbols, at most (the longest terms have about 30)
SYMBOLIC_MIN = 4  # letters of a term read across a symbol, at least: "P&O", "R&B", "AT&T", "n/os" are names
_SYMBOL_INSIDE = re.compile("[" + re.escape(SYMBOLS_INSIDE) + "]")
_PREVIOUS_PIECE = re.compile(r"(?<!\S)([^\W\d_]+)\s+$")
_NEXT_PIECE = re.compile(r"\s+([^\W\d_]+)[,;:!?.)]*(?!\S)")

# The `price` cue, on the normalised text (lower case, accents folded, punctuation and currency
# signs as spaces): a number, maybe a currency word, then "a/per/the/el/le/das/al..." and a unit of
# weight or a dose ("80 a g", "30 el gramo", "10 das gramm", "70 al grammo", "60 le gramme",
# "40 a capsula", "30 per pil"), a number and "bag" ("20 bag"), or the unit first ("the gram for
# 80", "das gramm fur 10"). Kilos are not in it: flour, grass seed and garden herbs sell by the kilo.
_UNIT = (r"(?:g|gr|grs|gram|grams|gramo|gramos|gramme|grammes|gramm|grammo|grammi|grama|gramas|"
         r"pill|pills|pil|pille|pillen|pilletje|pastille|pastilles|pastilla|pastillas|pasticca|pasticche|"
         r"cap|caps|capsule|capsules|capsula|capsulas|tab|tabs|bolsita|bolsitas|papelina|papelinas|"
         r"teil|teile|cachet|cachets|comprimido|comprimidos|bala|balas|paco|pacos|bag|bags|zakje|zakjes)")
_CURRENCY = (r"(?:euro|euros|eur|eu|e|pound|pounds|quid|buck|bucks|dollar|dollars|dollares|pesos|pavos|"
             r"pelas|reais|reales|balles|francs|fr|chf|k|£|\$|€|"
             # round 8: spoken money ("20 conto o grama", "10 paus a grama", "10 Tacken das Gramm",
             # "15 piek per gram", "10 euri al grammo")
             r"conto|contos|pila|pilas|paus|lucas|mangos|tacken|mause|ocken|piek|euri)")
_EACH = r"(?:a|an|per|the|each|el|la|le|les|das|der|die|je|pro|al|il|lo|o|por|cada|de|het|een|the|x)"
PRICE = re.compile(rf"\b\d+(?: {_CURRENCY})? {_EACH} {_UNIT}\b"
                   rf"|\b\d+(?: {_CURRENCY})? bags?\b"
                   rf"|\b{_EACH} {_UNIT} (?:for|at|is|a|fur|voor|por|per|est|kost|kostet|cuesta|costa|custa|sale|"
                   rf"vale|op|zu|a)(?: {_CURRENCY})? \d+\b")
# Round 10: a price per unit written with a slash and a currency sign, on the text as typed, where
# the normalised text has lost both ("80€/g", "$20/g", "£40 / gram", "10€/pill"); a number and a
# unit alone ("80 g") is a weight.
_PRICE_SLASHED = re.compile(r"(?:\d\s*(?:€|\$|£|eur|euros?)|[€$£]\s*\d+)\s*/\s*"
                            r"(?:g|gr|grs|gram|gramme|gramm|gramo|grammo|grama|pill|pil|pille|pastilla|pasticca|"
                            r"cap|tab)\b", re.IGNORECASE)


def priced(n):
    """Does the message `n` (Normalised) name a price by weight or unit anywhere (the `price` cue)?"""
    return PRICE.search(n.text) is not None or "/" in n.original and _PRICE_SLASHED.search(n.original) is not None


class _Automaton:
    """Aho-Corasick over space-padded keys; `find(s)` yields (start, end, entry) in `s`'s indices."""

    def __init__(self):
        self._a = ahocorasick.Automaton()
        self.empty = True

    def add(self, word, entry, split=False):
        """Add `word` under its key; with `split`, also under its split forms (`split_keys`), which
        match whole words only, whatever the entry's prefix and suffix say: "bit char" is no
        "bitch", "is hit" no "shit"."""
        for key in [word.key] + (split_keys(word.key) + glued_keys(word.key) if split else []):
            if " " in key and " " not in word.key:
                key = f" {key}" + ("" if word.prefix else " ")  # the ending is checked by `find`
            else:
                key = ("" if word.suffix else " ") + key + ("" if word.prefix else " ")
            lead, trail = key.startswith(" "), key.endswith(" ")
            value = self._a.get(key, None) or (len(key), lead, trail, [])
            value[3].append(entry)
            self._a.add_word(key, value)
        self.empty = False

    def finish(self):
        if not self.empty:
            self._a.make_automaton()

    def any(self, s):
        if self.empty:
            return False
        for _ in self._a.iter(f" {s} "):
            return True
        return False

    def keys(self, s):
        """(end, length, key) of every key found in `s` (padded), the entries left out."""
        if self.empty:
            return
        for end, (length, _lead, _trail, entries) in self._a.iter(f" {s} "):
            yield end, length, id(entries)

    def find(self, s):
        if self.empty:
            return
        for end, (length, lead, trail, entries) in self._a.iter(f" {s} "):
            # padded [end - length + 1, end + 1) -> s [.. - 1); the padding spaces are not the word
            a, b = end - length + lead, end - trail
            for entry in entries:
                yield a, b, entry


# --- words split into pieces ---------------------------------------------------------------------

_VOWELS = frozenset("aeiouy")
MIN_SPLIT = 4
# What may follow a split form of a prefix entry in the same word: endings ("fu cking", "sh itty",
# "bi tches"), not other words ("bit char" is no "bitch"). English; other languages' packs list
# their inflected forms as words of their own.
ENDINGS = frozenset({"", "s", "es", "ed", "er", "ers", "ing", "in", "y", "ty", "ter", "ters", "ting", "ted",
                     "ies", "ier", "iest", "head", "heads", "face", "hole", "holes"})
# Two-letter words: a piece of two letters with a vowel is part of a split word ("fu ck", "bi tch")
# unless it is one of these ("pen is", "push it").
_TWO_LETTER_WORDS = frozenset("am an as at be by do go he hi if in is it me my no of oh ok on or so to "
                              "up us we ya yo".split())


def split_keys(key):
    """The forms of a one-word key split into two or three pieces by spaces, where a reader still
    sees the word: at each split, one of the two pieces is a single letter or has no vowel ("fu ck",
    "sh it", "f uck", "bi tch", "f uc k", "ph uck"). Two pieces with vowels ("pen is") are two
    words, so those splits are not forms of the word. Words shorter than MIN_SPLIT letters are not
    split: "as s" and "a ss" are more often words than a split "ass".

    A piece of two letters counts as a piece unless it is a two-letter word ("fu cking", "bi tches";
    not "pen is").
    The normalised text has punctuation and emoji as spaces already, so these keys also match
    "f.uc.k", "sh_it", "fu-ck" and "ph.u.c.k" (its "u c k" spelled out first). Letters spelled out
    one by one are joined by the normaliser (`f u c k`), and a term of two letters is also listed
    with a space between them, which counts where a dot, a dash or an underscore separated them
    ("M.D", "p-d": `_PAIR`)."""
    if len(key) == 2 and key.isalpha():
        return [f"{key[0]} {key[1]}"]
    if " " in key:
        # round 9: a phrase ending in a word of two letters spelled out ("vai tomar no C-U", "no 🇨🇺")
        head, _, last = key.rpartition(" ")
        return [f"{head} {last[0]} {last[1]}"] if len(last) == 2 and last.isalpha() and \
            last not in _TWO_LETTER_WORDS and WILDCARD not in key else []
    if len(key) < MIN_SPLIT or WILDCARD in key:
        return []

    def joins(piece):
        return len(piece) == 1 or not _VOWELS.intersection(piece) or \
            len(piece) == 2 and piece not in _TWO_LETTER_WORDS

    out = []
    n = len(key)
    for i in range(1, n):
        a, b = key[:i], key[i:]
        if joins(a) or joins(b):
            out.append(f"{a} {b}")
        for j in range(i + 1, n):
            b, c = key[i:j], key[j:]
            if (joins(a) or joins(b)) and (joins(b) or joins(c)):
                out.append(f"{a} {b} {c}")
    return out


GLUED_MIN = 9  # letters of a phrase written as one word ("hijodeputa" has 10)


def glued_keys(key):
    """A phrase of three words or more written as one word, the form its dotted pieces join to
    ("hi.jo.de.pu.ta", "fi.ls.de.pu.te" read as "hijodeputa", "filsdepute"; typed glued too). Only
    long phrases: two short words glued ("nignog", "porcodio") are left to their split forms."""
    if key.count(" ") < 2 or WILDCARD in key:
        return []
    glued = key.replace(" ", "")
    return [glued] if len(glued) >= GLUED_MIN else []


# Words split unevenly by spaces (`WordMatcher._spaced`): terms of SPACED_MIN letters or more (prefix
# entries of SPACED_PREFIX, joined to one letter more at least: "ar schl och" is arsch...), in
# pieces of at most SPACED_PIECE letters, one of which is not a common word of the seven languages
SPACED_MIN = 5  # round 10: 6 before ("caz zo", "me rda" are five letters)
# a prefix entry's letters, at least (round 10: four, "caz zo" is cazzo, but joined to six letters at
# most: "put albert" is no puta...)
SPACED_PREFIX, SHORT_PREFIX_MAX = 4, 6
SPACED_PIECE = 8  # round 8: 6 missed "kank erlijer"; 60,000 random phrases of the sets' clean words gained no hit
COMMON_WORDS = frozenset("""
a an and are as at be but by can do for go had has he her him his how if in is it its me my no not of
on or our out she so that the them then they this to too up us was we were what who will with you your
ll ve re d s t m
el la lo los las un una unos y o de del en con por para que se su sus es al mi tu te le les ya muy
o os as um uma e da do das dos na no nas nos em com pra por que se seu sua eu voce ele ela
le la les un une et ou de du des en au aux ce il elle on je tu nous vous est pas ne se sa son mes
der die das den dem ein eine und oder zu im in ist nicht ich du er sie es wir ihr mit von auf an
il lo la gli le un una e o di da in con su per che si non mi ti ci
de het een en of in op te van met is niet ik je jij hij zij we ze dat die
""".split())


# Round 10: a common word may be the first piece ("as shole", "me rda", "con nard", "en cu le") when
# what follows it is no word. These are the pieces after a common word, in the splits of the packs'
# terms, that are words of the seven languages (zipf frequency 3.5 or more in wordfreq's lists):
# "non ces" is no nonces, "you pin" no youpin, "she male" no shemale, "en foire" no enfoiré.
WORD_TAILS = frozenset("""
ses swipe tarde tardes hindert hindi boire pote nasse nes merde merder erde cul culo culata foire foires
tie ie gol gols bo ger grata ces ra ras af tard tardado male males meier ring tas tona ado ados pin pins
skirt geschissen tyfus caguen ef lauds laud lop rasa sbo gre gratas hinderte shat daca ubs nte rca mmes
cazz erd lesbo
""".split())


_LONE_SYMBOL = re.compile(r"[^\W\d_] [^\w\s\x00-\x7f]+ [^\W\d_]")  # a fast first test for `_pieces_apart`


_SYMBOL_BETWEEN = re.compile(r" [^\w\s\x00-\x7f]+(?= [^\W\d_])")


def _between_letters(m):
    """'' for an emoji or symbol standing alone after a word of letters (`_SYMBOL_BETWEEN` checked
    the next), else the match itself."""
    return "" if m.start() and m.string[m.start() - 1].isalpha() else m.group()


def _pieces_apart(tokens):
    """The indices of the words of a normalised text less the emoji and symbols standing alone
    between two words of letters ("schei 💩 sse"): the pieces `WordMatcher._spaced` may join."""
    return [k for k, w in enumerate(tokens)
            if not (0 < k < len(tokens) - 1 and w and unicodedata.category(w[0])[0] == "S"
                    and tokens[k - 1][-1:].isalpha() and tokens[k + 1][:1].isalpha())]


def _glued(original, start, end):
    """Is the hit [start, end) of a split key part of a longer word through an apostrophe
    ("let's hit" is no "s hit")?"""
    return (start > 1 and original[start - 1] in "'’" and original[start - 2].isalnum()
            or end + 1 < len(original) and original[end] in "'’" and original[end + 1].isalnum())


def _spaced_gate(heads, starts, prefixes):
    """An automaton that finds something in " s " wherever `WordMatcher._begins` holds for a word
    of `s` (and in a few more places): a head as a whole word, then the letters of the next word
    that make it a start, or a prefix entry once joined. `spaced_hint` asked `_begins` of every
    word that is a head (a Python call a word, ~1 µs on a third of chat messages: "as", "co", "pu"
    are heads); the keys ask all of it in one pass in C, and `_begins` is asked only of the words
    where a key starts (each key's value: its length). None without heads."""
    if not heads:
        return None
    keys = set()
    for head in heads:
        if head in prefixes:
            keys.add(f" {head} ")  # the next word of one letter: `head` itself must be a prefix entry
        if head in starts or head[:-1] in prefixes:
            keys.add(f" {head}  ")  # the next word empty (two spaces)
    for word in starts | prefixes:  # a head, then the next word's first letter or two
        for cut in (len(word) - 2, len(word) - 1):
            if word[:cut] in heads:
                keys.add(f" {word[:cut]} {word[cut:]}")
    gate = ahocorasick.Automaton()
    for key in keys:
        gate.add_word(key, len(key))
    gate.make_automaton()
    return gate


def _simple_gate(terms, spaced):
    """One automaton of the keys of `terms` (an _Automaton) and of the `spaced` gate (`_spaced_gate`,
    or None), for `WordMatcher.simple_hints`: each key's value is (a key of terms?, its length as a
    spaced key or 0). None when both are empty."""
    keys = {} if terms.empty else dict.fromkeys(terms._a.keys(), 0)
    spaced_keys = {} if spaced is None else dict(spaced.items())
    if not keys and not spaced_keys:
        return None
    gate = ahocorasick.Automaton()
    for key in keys.keys() | spaced_keys.keys():
        gate.add_word(key, (key in keys, spaced_keys.get(key, 0)))
    gate.make_automaton()
    return gate


class WordMatcher:
    """Every word list, allow list and context list of every pack.

    One automaton (`_Words`) holds the entries of every pack and reads the plain normalised text.
    A pack with `keep:` letters (ñ, ß, ü...) has its entries normalised with those letters kept;
    on a text without such a letter its reading is the plain one, so the one automaton serves it
    too. Only a text that holds one of its letters is read again with them kept, by a second
    automaton of the packs that keep the same letters (one per distinct `keep`); that pass
    replaces the first pass's hits of those packs.
    """

    def __init__(self, packs):
        self.packs = packs
        self.main = _Words(packs, range(len(packs)))
        self.terms, self.aux = self.main.terms, self.main.aux
        members = {}
        for i, pack in enumerate(packs):
            if pack.keep:
                members.setdefault(keep_for(pack.keep), []).append(i)
        self.keeps = [(keep, _Words(packs, indices), frozenset(indices)) for keep, indices in members.items()]
        self.keep_of = {i: (keep, words) for keep, words, indices in self.keeps for i in indices}
        # (pack, term) -> the key it is matched by, in the pack's own reading (`_whole`)
        self.keys = {(i, w.term): w.key for i, pack in enumerate(packs) for w in pack.words}
        # every key as `_whole` compares it, and their lengths: `_may_begin` asks for each
        # length whether the word starts with a key, a few set lookups instead of a reading
        self._starts = frozenset(key.replace(" ", "") for key in self.keys.values())
        self._start_lengths = sorted({len(key) for key in self._starts})
        # the prefix entries, as `_whole` compares them: a word joined from pieces may begin with one
        self.glued_prefixes = frozenset(w.key.replace(" ", "") for pack in packs for w in pack.words if w.prefix)
        # the swear words of SPACED_MIN letters or more (`_spaced`): whole, prefix entries (of
        # SPACED_PREFIX letters too), and the first pieces they may be split into by spaces (a common
        # word too where the rest of the term is no word: "as shole")
        self.spaced_words, self.spaced_prefixes, self.heads, self.starts = set(), set(), set(), set()
        self.short_starts = set()  # the prefix entries of four letters (`_begins`)
        for pack in packs:
            if pack.category != "profanity":
                continue  # drug names are everyday words split ("trip is" is no Spanish "tripis")
            for w in pack.words:
                key = w.key
                if (len(key) >= SPACED_MIN or w.prefix and len(key) >= SPACED_PREFIX) and key.isalpha() \
                        and key.isascii():
                    if len(key) >= SPACED_MIN:
                        self.spaced_words.add(key)
                    if w.prefix and len(key) >= SPACED_PREFIX:
                        self.spaced_prefixes.add(key)
                    self.heads.update(key[:n] for n in range(2, min(SPACED_PIECE, len(key) - 1) + 1)
                                      if key[:n] not in COMMON_WORDS or key[n:] not in WORD_TAILS)
                    (self.starts if len(key) >= SPACED_MIN else self.short_starts).update(
                        key[:n] for n in range(4, len(key) + 1))
        self._spaced_gate = _spaced_gate(self.heads, self.starts | self.short_starts, self.spaced_prefixes)
        self._simple_gate = _simple_gate(self.terms, self._spaced_gate)

    def hits(self, n, stretched=True, deferred=None, held=None, asked=None):
        """The word hits of `n`, (pack index, term, start, end) in the original text (`deferred`,
        `held`: see _Words.find; from the plain and kept readings). `asked`: `simple_hints(n.text)`
        when the caller has it."""
        hits = set()
        kept = [(n.reading(keep), words, indices) for keep, words, indices in self.keeps] if self.keeps else ()
        kept = [k for k in kept if k[0] is not n]
        spaced, term = self.simple_hints(n.text) if asked is None else asked
        if n.masked_or_ambiguous or term or stretched and n.runs():
            hits = self.main.find(n, deferred, held)
        # Other readings (upside-down words, right-to-left overrides) add the hits the plain
        # reading does not have: not one overlapping a hit of the same pack.
        for reading in n.alternates(self._may_begin) + self._spaced(n, spaced) + self._symbolic(n):
            if reading.masked_or_ambiguous or self.terms.any(reading.text) or reading.runs():
                hits = self._more(hits, self._whole(reading, self.main.find(reading)), reading.whole)
        for reading in n.undoubled():
            if self.terms.any(reading.text):
                hits = self._more(hits, _covering(self.main.find(reading), reading.whole))
        if kept:
            replaced = frozenset().union(*(indices for _, _, indices in kept))
            hits = {h for h in hits if h[0] not in replaced}
            if deferred:
                deferred[:] = [d for d in deferred if d[0] not in replaced]
        for reading, words, _ in kept:
            found = set()
            if reading.masked_or_ambiguous or words.terms.any(reading.text) or reading.runs():
                found = words.find(reading, deferred)
            # the kept reading replaces the plain one for its packs, its other readings too
            # ("jo\u202ered\u202c qué": the override shown, read with é kept)
            for other in reading.alternates(self._may_begin) + self._symbolic(reading):
                if other.masked_or_ambiguous or words.terms.any(other.text) or other.runs():
                    found = self._more(found, self._whole(other, words.find(other)), other.whole)
            for other in reading.undoubled():
                if words.terms.any(other.text):
                    found = self._more(found, _covering(words.find(other), other.whole))
            hits |= found
        return hits

    def _may_begin(self, word):
        """May a term begin `word` (a word in pieces, `normalize.joined_word`)? Only then can
        `_whole` keep a hit of the joined reading."""
        starts = self._starts
        for length in self._start_lengths:
            if length > len(word):
                return False
            if word[:length] in starts:
                return True
        return False

    def _spaced(self, n, hinted=None):
        """[the reading of `n` with its words split unevenly by spaces joined] ("Ar schl och", "vaf
        fanc ulo", "cara lho"), or []: two to four pieces of two to SPACED_PIECE letters that spell
        a term of SPACED_MIN letters or more from its first letter (a prefix entry: the start of
        the joined word), one piece at least not a common word ("as she ll" is three words).
        `split_keys` already has the splits at a single letter or a piece without a vowel; these
        are the rest. A set look-up a word of the text: most words start no term."""
        if n.whole is not None or n.keep is not None or not (self.spaced_hint(n.text) if hinted is None else hinted):
            return []  # (`hinted`: spaced_hint(n.text), when the caller has it)
        spans = []
        tokens = n.text.split(" ")
        ends = list(itertools.accumulate(len(w) + 1 for w in tokens))  # each word's end + 1 in n.text
        # round 10: an emoji between two pieces is no piece ("schei 💩 sse"): the pieces are read without it
        kept = _pieces_apart(tokens) if not n.text.isascii() and _LONE_SYMBOL.search(n.text) else range(len(tokens))
        words, ends = [tokens[k] for k in kept], [ends[k] for k in kept]
        i = 0
        while i < len(words) - 1:
            joined = self._joins(words, i) if self._begins(words, i) else None
            if joined and self._named(n, words, ends, i, joined):
                joined = None  # round 10: "en Culiacán", "en Cumbria": a name after a word
            if joined:
                a, b = ends[i] - len(words[i]) - 1, ends[joined] - 1
                spans.append(n.span(a, b))
                i = joined + 1
            else:
                i += 1
        if not spans:
            return []
        reading = n.spaced(spans)
        return [reading] if reading is not None else []

    # round 9: RE2 over the raw text, in the engine's set, for the readings of other spellings that
    # ASCII chat could hold (`respelled`): a message with neither pays nothing more for them
    RAW_HINTS = ((DOUBLED, DOUBLED_HINT), (SYMBOLIC, SYMBOL_HINT))

    @staticmethod
    def respelled(hinted, s, raw=True):
        """Could the text hold a word of doubled letters (`Normalised.undoubled`) or one broken by a
        symbol (`_symbolic`), given the keys of the `RAW_HINTS` that matched it (`hinted`) and its
        normalised text `s`? `raw=False`: a text the raw hint cannot see doubled letters in (leet,
        letters spelled out): `s` is asked whatever the hint said."""
        return SYMBOLIC in hinted or (DOUBLED in hinted or not raw) and may_be_doubled(s)

    def _symbolic(self, n):
        """[the reading of `n` with its words broken by symbols joined] ("pe/nd\\ejo", "pen*d ejo",
        "por*c o dio", "kok*a in", "kok* ain"), or []: a word of letters with symbols that are no
        punctuation inside or at its end (`normalize.SYMBOLS_INSIDE`), joined with up to two pieces
        of letters before and after it, where the joined letters are a term of any pack (the
        longest join), or begin with a prefix entry that reaches past the first symbol (the
        shortest). A symbol inside a word is a disguise that no everyday word has, so drug names
        count too, unlike `_spaced`. Most messages have no such word: one regex."""
        text = n.original
        if n.whole is not None or not _MAYBE_SYMBOL_WORD.search(text):
            return []
        spans, joined = [], {}  # text -> its letters joined (a flood repeats a few)

        def join(x, y):
            word = joined.get(text[x:y])
            if word is None:
                word = joined[text[x:y]] = joined_word(text, x, y, n.table)
            return word

        for m in _SYMBOL_WORD.finditer(text):
            start, end = m.start(), m.start() + len(m.group().rstrip(",;:!?.)"))
            if end - start > SYMBOLIC_MAX:
                continue  # no term is this long: a flood of symbols and letters
            symbol = _SYMBOL_INSIDE.search(text, start).start()
            ends, pos = [] if symbol == end - 1 or text[end - 1] in SYMBOLS_INSIDE else [end], m.end()
            for _ in range(2):  # the pieces after it
                piece = _NEXT_PIECE.match(text, pos)
                if piece is None or len(piece.group(1)) > SPACED_PIECE:
                    break
                ends.append(piece.end(1))
                pos = piece.end()
            starts = [start]
            for _ in range(2):  # the pieces before it
                piece = _PREVIOUS_PIECE.search(text, max(0, starts[-1] - SPACED_PIECE - 4), starts[-1])
                if piece is None or len(piece.group(1)) > SPACED_PIECE:
                    break
                starts.append(piece.start(1))
            joins = [(x, y, join(x, y)) for x in starts for y in ends]
            joins = [(x, y, word) for x, y, word in joins if len(word) >= SYMBOLIC_MIN]
            exact = [(len(word), x, y) for x, y, word in joins if word in self._starts]
            if exact:
                spans.append(max(exact)[1:])
                continue
            # a prefix entry must reach past the first symbol: "desgraçado/libertação" is two words
            prefixed = [(len(word), x, y) for x, y, word in joins if any(
                word[:k] in self.glued_prefixes for k in range(max(len(join(x, symbol)) + 1, SYMBOLIC_MIN),
                                                               min(len(word), SYMBOLIC_MAX)))]
            if prefixed:
                spans.append(min(prefixed)[1:])
        if not spans:
            return []
        apart = []  # joins that reach back over an earlier one's pieces: the first stays
        for span in sorted(set(spans)):
            if not apart or span[0] >= apart[-1][1]:
                apart.append(span)
        spans = apart
        reading = n.symbolic(spans)
        return [reading] if reading is not None else []

    def spaced_hint(self, s):
        """Does the normalised text `s` hold a word split unevenly by spaces (`_spaced`)? A cheap
        test for the engine's fast path: a set look-up a word."""
        if self._spaced_gate is None:
            return False
        if not s.isascii() and _LONE_SYMBOL.search(s):
            s = _SYMBOL_BETWEEN.sub(_between_letters, s)  # "schei 💩 sse" (as `_pieces_apart`)
        # where a key starts in " s " is where its head word starts in s; most messages: none
        heads = [end - length + 1 for end, length in self._spaced_gate.iter(f" {s} ")]
        return bool(heads) and self._spaced_at(s, heads)

    def simple_hints(self, s):
        """(`spaced_hint(s)`, `terms.any(s)`) in one pass of one automaton (`_simple_gate`): the two
        questions the engine asks of most chat, each a pass over the same " s " before round 10."""
        if self._simple_gate is None:
            return False, False
        if not s.isascii() and _LONE_SYMBOL.search(s):  # spaced_hint reads it without its symbols
            return self.spaced_hint(s), self.terms.any(s)
        term, heads = False, []
        for end, (is_term, length) in self._simple_gate.iter(f" {s} "):
            term = term or is_term
            if length:
                heads.append(end - length + 1)
        return bool(heads) and self._spaced_at(s, heads), term

    def _spaced_at(self, s, heads):
        """`spaced_hint` once its gate found keys starting at `heads` (in " s ": the head words' starts in s)."""
        words = s.split(" ")
        ends = list(itertools.accumulate(len(w) + 1 for w in words))  # each word's end + 1 in s
        last = len(words) - 1  # (" h " also matches at the end: the last word begins nothing)
        return any(self._begins(words, i) and self._joins(words, i) is not None
                   for i in {bisect.bisect_right(ends, start) for start in heads} if i < last)

    def _begins(self, words, i):
        """Do words[i] and the first letters of the next word start a swear word ("you" starts some,
        "you ar" none)? Two set look-ups, before `_joins`."""
        word = words[i]
        if word not in self.heads:
            return False
        joined = word + words[i + 1][:2]
        # (a prefix entry of four letters split before a piece without a vowel, "fu ck", "sh it", is
        # the split forms': only pieces that both have one join here, "caz zo", "pu tas")
        return joined in self.starts or joined[:-1] in self.spaced_prefixes \
            or joined in self.short_starts and not _VOWELS.isdisjoint(words[i + 1])

    @staticmethod
    def _named(n, words, ends, i, j):
        """Is a piece after words[i] (up to words[j]) a capitalised name after a common word in
        small letters ("en Culiacán" is no encul...: a piece of a word has no capital)?"""
        if words[i] not in COMMON_WORDS:
            return False
        first = n.original[n.span(ends[i] - len(words[i]) - 1, ends[i] - 1)[0]]
        return first.islower() and any(n.original[n.span(ends[k] - len(words[k]) - 1, ends[k] - 1)[0]].isupper()
                                       for k in range(i + 1, j + 1))

    def _joins(self, words, i):
        """The index of the last of the pieces from words[i] that spell a swear word, or None: the
        whole word, or a prefix entry that ends inside a piece after the first, the pieces joined
        to SPACED_MIN letters at least ("ar schl och" is arsch..., "en cu le" encul...; "mer de chine" is "mer de"
        and a word, which the split forms see)."""
        s, bounds = words[i], []
        for j in range(i + 1, min(i + 4, len(words))):
            if len(words[j]) > SPACED_PIECE:
                return None
            bounds.append(len(s))
            s += words[j]
            if (s in self.spaced_words or len(s) > SPACED_PREFIX and any(
                    s[:k] in self.spaced_prefixes for k in range(max(SPACED_PREFIX, bounds[0] + 1), len(s))
                    if k > SPACED_PREFIX or len(s) <= SHORT_PREFIX_MAX
                    if k not in bounds and (words[i] not in COMMON_WORDS or len(s) - k <= 3))) \
                    and min(map(len, words[i:j + 1])) >= 2 and not all(w in COMMON_WORDS for w in words[i:j + 1]) \
                    and (words[i] not in COMMON_WORDS or not all(w in COMMON_WORDS or w in WORD_TAILS
                                                               for w in words[i + 1:j + 1])) \
                    and (len(s) > SPACED_MIN or not any(w in COMMON_WORDS for w in words[i + 1:j + 1])):
                return j  # (round 10: after a common word, the rest is no word: "as shole", "me rda", "en cu le")
        return None

    def _whole(self, reading, found):
        """The hits of a reading of words in pieces (`reading.whole`) that read as the term from
        the word's first letter: "fu-cki-ng" is fucking, "ar.sch.lo.ch" arschloch (a prefix entry
        takes the rest of the word, as in any word), but "sets.hits.i" holds no "shit" (a
        suffix entry, met inside: the pieces are words of their own). Other readings: as found."""
        if not reading.whole or not found:
            return found
        out, words = set(), {}
        starts = [x for x, _ in reading.whole]  # sorted, and the words do not overlap
        for hit in found:
            i, term, a, b = hit
            k = bisect.bisect_left(starts, a)  # the first word that starts in the hit
            key = self.keys.get((i, term))
            if k == len(starts) or reading.whole[k][1] > b or key is None:
                continue
            if k not in words:
                words[k] = joined_word(reading.original, *reading.whole[k], reading.table)
            if words[k].startswith(key.replace(" ", "")):
                out.add(hit)
        return out

    @staticmethod
    def _more(hits, more, whole=None):
        """`hits` with those of `more` that overlap no hit of the same pack in `hits`.

        `whole`: `more` comes from a reading of words written in pieces (Normalised.joined); only
        its hits that cover one such word whole count ("fu-cki-ng" is fucking, "up-to-date" no
        "updat..."), and each replaces the hits of its pack inside it ("ar.sch.lo.ch" is one
        arschloch, not the "ar sch" of arsch's split form)."""
        if more and whole and hits:
            inside = _Spans(more)  # the hits of the pieces' own reading that such a hit contains
            hits = {h for h in hits if not inside.contains(h[0], h[2], h[3])}
        if more:
            taken = _Spans(hits)
            hits = hits | {h for h in more if not taken.overlaps(h[0], h[2], h[3])}
        return hits

    def find(self, n, deferred=None, held=None):
        """The word hits of `n` on its plain reading only (see `hits`)."""
        return self.main.find(n, deferred, held)

    def scan(self, n):
        """Allow and context lookups for hits found elsewhere (patterns, detectors) in `n`."""
        if not self.keeps:
            return _OriginalScan(self.main, n)
        return _Scans(self, n)


class _Spans:
    """The spans of some hits, per pack, to ask whether a span overlaps one (a binary search)."""

    def __init__(self, hits):
        spans = {}
        for i, _, a, b in hits:
            spans.setdefault(i, []).append((a, b))
        self._index = {}
        for i, pairs in spans.items():
            pairs.sort()
            self._index[i] = ([a for a, _ in pairs], list(itertools.accumulate((b for _, b in pairs), max)))

    def contains(self, pack, a, b):
        """Is [a, b) inside one span of `pack`? (Or, where spans overlap, their union.)"""
        starts, ends = self._index.get(pack, ((), ()))
        k = bisect.bisect_right(starts, a)  # the spans that start by a...
        return k > 0 and ends[k - 1] >= b  # ...one of which ends at b or later

    def overlaps(self, pack, a, b):
        starts, ends = self._index.get(pack, ((), ()))
        k = bisect.bisect_left(starts, b)  # the spans that start before b...
        return k > 0 and ends[k - 1] > a  # ...one of which ends after a


class _Scans:
    """`WordMatcher.scan` when some packs keep letters: each pack's lookups on its own reading."""

    def __init__(self, matcher, n):
        self.matcher, self.n, self._scans = matcher, n, {}

    def _scan(self, pack):
        keep, words = self.matcher.keep_of.get(pack, (None, self.matcher.main))
        reading = self.n.reading(keep)
        if reading is self.n:
            keep, words = None, self.matcher.main
        if keep not in self._scans:
            self._scans[keep] = _OriginalScan(words, reading)
        return self._scans[keep]

    def allowed(self, pack, start, end):
        return self._scan(pack).allowed(pack, start, end)

    def near(self, pack, context, start, end):
        return self._scan(pack).near(pack, context, start, end)


class _Words:
    """The word, allow and context entries of some packs (`members`, indices into `packs`) as
    automata, and their hits on one reading of a text."""

    def __init__(self, packs, members):
        self.packs = packs
        self.terms, self.aux = _Automaton(), _Automaton()
        for i in members:
            pack = packs[i]
            for w in pack.words:
                self.terms.add(w, (i, w), split=True)
            for w in pack.allow:
                self.aux.add(w, ("allow", i, w))
            for name, ctx in pack.contexts.items():
                for key in set(ctx.words):
                    self.aux.add(_ContextWord(key), ("context", i, name))
        self.terms.finish()
        self.aux.finish()
        # (pack, context) -> does a price alone satisfy its cues (then `find` asks PRICE itself)
        self.cued = {(i, name): ctx.cues == ("price",) for i in members for name, ctx in packs[i].contexts.items()
                     if ctx.cues}
        # pack -> everyday contexts: the `unless` of contexts with cues (the drug packs'
        # `everyday`, `alltag`, `cotidiano`...). A disguised word near one of their words is no
        # disguise: it needs its context word like a plain one ("the ᴄʀᴀᴄᴋ in the wall", "w.e.e.d
        # the garden")
        # the everyday contexts of all the packs of a category are pooled: a reader knows the
        # everyday sense whichever pack lists the word (English "speed" is in the German pack too)
        everyday = [(j, ctx.unless) for j in members for ctx in packs[j].contexts.values() if ctx.cues and ctx.unless]
        self.everyday = {i: pooled for i in members
                         if (pooled := tuple(sorted({(j, c) for j, c in everyday
                                                     if packs[j].category == packs[i].category})))}
        self.by_first, self.suffixes = {}, []  # one-word terms, for words with a star mask
        for i in members:
            for w in packs[i].words:
                if " " not in w.key:
                    self.by_first.setdefault(w.key[0], []).append((i, w))
                    if w.suffix:
                        self.suffixes.append((i, w))
        # The same by first letter and length, each with its place in by_first: a masked word of n
        # letters can only be a term of n letters or a prefix entry of fewer, a few of the hundred
        # one-word terms that start alike (15 more packs made _unmask ~40 us a masked word).
        self.by_length, self.prefixes = {}, {}
        for first, entries in self.by_first.items():
            for k, (i, w) in enumerate(entries):
                self.by_length.setdefault((first, len(w.key)), []).append((k, i, w))
                if w.prefix:
                    self.prefixes.setdefault(first, []).append((k, i, w))

    def find(self, n, deferred=None, held=None):
        """The word hits of `n`, (pack index, term, start, end) in the original text, over every
        reading of it (see normalize.variants). With a list `deferred`, the hits held back only by
        a context with cues are appended to it as (pack index, term, start, end, context); with a
        list `held`, the pack index of each word held back for want of its context word."""
        cued, price = self.cued, None
        # Is the text disguised (`_disguised_text`)? Asked once, at the first hit held back for want
        # of its context (only such a hit reads it; round 10: most texts with a hit have none)
        hits, leet = set(), _UNASKED
        # which words of the text are disguised (Disguises): asked at the first word held back, if
        # the text has a character that can be a look-alike or an invisible one
        disguises = [None]
        for s, edits, changed in variants(n):
            found = list(self.terms.find(s))
            if not found:
                continue
            scan, offsets, edited = _Scan(self, s), None, _edited(edits, changed)
            spans = {}  # (a, b) in s -> (start, end) in the original, and whether it is disguised
            if edited:  # keep the hits in a word with an edit, and those with a context word
                starts, ends = _words_of(s, edited)
                found = [f for f in found if f[2][1].context
                         or (k := bisect.bisect_right(starts, f[1])) and ends[k - 1] >= f[0]]
            # (a run of a listed emoji is thousands of hits: the loop's lookups are hoisted)
            bounds, allowed, near, original, table = scan.bounds, scan.allowed, scan.near, n.original, n.table
            allow = None  # the packs with an allow-list span in `s`: most hits need no search
            for term_start, key_end, (i, word) in found:
                a, b = bounds(term_start, key_end, word.suffix, word.prefix) if word.suffix or word.prefix \
                    else (term_start, key_end)
                if edited and not word.context:
                    k = bisect.bisect_right(edited[0], b)  # the last edit that starts by the hit's end
                    if not k or edited[1][k - 1] < a:
                        continue  # untouched by this reading's edits: the first reading has this hit
                if allow is None:
                    scan._found()
                    allow = scan._allow
                # a word with an everyday sense needs its context, unless it is written with digits
                # or symbols for letters: nobody disguises the heroine of a novel as "h3roine"
                gated = word.context and not near(i, word.context, a, b)
                # a context with cues (a way to reach a seller, a price by weight) may still be
                # met by the rest of the message: such a hit is kept aside in `deferred`, and the
                # engine promotes it once the other packs' hits are known (engine._cued)
                pending = gated and deferred is not None and (i, word.context) in cued
                if pending and cued[(i, word.context)]:  # a price alone: known now, nothing kept aside
                    if price is None:
                        price = priced(n)
                    pending = price
                if gated and leet is _UNASKED:
                    leet = _disguised_text(n)
                if gated and leet is None:
                    disguises[0] = Disguises(original)
                    leet = disguises[0].possible
                if gated and not pending and (not leet or _LEET.search(word.key)):
                    if held is not None:
                        held.append(i)
                    continue
                if i in allow and allowed(i, a, b) and a == term_start:
                    continue
                if offsets is None:
                    offsets = variant_offsets(n, edits)  # only a reading with a hit needs them
                known = spans.get((a, b))  # several entries of several packs share one span
                if known is None:
                    start, end = original_span(original, offsets, a, b, table)
                    known = spans[(a, b)] = (start, end, None)
                start, end, disguised = known
                if gated and leet and disguised is None:  # asked once per span, and only of a held word
                    disguised = n.disguise or _disguised(original, start, end, disguises)
                    spans[(a, b)] = (start, end, disguised)
                if gated and (not leet or _LEET.search(word.key) or not disguised
                              or i in self.everyday and any(near(j, c, a, b) for j, c in self.everyday[i])):
                    if not pending:
                        if held is not None:
                            held.append(i)
                        continue
                else:
                    pending = False
                if a < term_start and i in allow and allowed(i, a, b) and _past_article(original, start) == start:
                    continue  # the name "Ashit" is allowed; "a s h i t" is an article and a spelled swear
                if s.find(" ", term_start, key_end) >= 0 and " " not in word.key and (
                        _glued(original, start, end) or word.prefix and s[key_end:b] not in ENDINGS
                        or len(word.key) == 2 and not _PAIR.fullmatch(original, start, end)
                        or _two_words(s, term_start, b, original, start, end)):
                    continue  # a split form across an apostrophe, followed by more than an ending, or
                    # two letters apart ("M D", "M & D": only "M.D", "M-D" are one word), or two
                    # words ("put a coat", "he shot a deer", "una cabra o un cordero")
                if a < term_start:
                    start = _past_article(original, start)
                if pending:
                    deferred.append((i, word.term, start, end, word.context))
                else:
                    hits.add((i, word.term, start, end))
        if WILDCARD in n.text:
            s, scan = n.text, _Scan(self, n.text)
            end, terms_of = 0, {}  # masked word -> the terms it can be (a flood repeats one)
            # From each star to its word's bounds: a regex for "a word with a star" would try every
            # position of every word, quadratic in a long one.
            while (star := s.find(WILDCARD, end)) >= 0:
                start, end = s.rfind(" ", 0, star) + 1, s.find(" ", star)
                end = len(s) if end < 0 else end
                packs = set()  # one hit per pack for a masked word, however many terms it could be
                masked = s[start:end]
                if masked not in terms_of:
                    terms_of[masked] = list(self._unmask(masked))
                for i, word in terms_of[masked]:
                    if i in packs or scan.allowed(i, start, end) or \
                            word.context and not scan.near(i, word.context, start, end):
                        continue
                    packs.add(i)
                    hits.add((i, word.term, *original_span(n.original, n.offsets, start, end, n.table)))
        return hits

    def _unmask(self, masked):
        """The one-word terms a word with star masks can be, as (pack index, Word): the same
        letters where it has letters, any letter under a star (f**k, b***h, a**hole), as the whole
        word or, for prefix and suffix entries, its start or end. At least two letters must agree,
        the first one among them."""
        n = len(masked)
        candidates = sorted(self.by_length.get((masked[0], n), []) +
                            [c for c in self.prefixes.get(masked[0], ()) if len(c[2].key) < n])
        candidates = [(0, i, w) for _, i, w in candidates]
        candidates += [(len(masked) - len(w.key), i, w) for i, w in self.suffixes if len(w.key) < len(masked)]
        for start, i, word in candidates:
            key = word.key
            end = start + len(key)
            if end > len(masked) or end < len(masked) and not word.prefix or masked[start] == WILDCARD:
                continue
            part = masked[start:end]
            if WILDCARD in part and sum(c != WILDCARD for c in part) >= 2 and \
                    all(c == k or c == WILDCARD for c, k in zip(part, key)):
                yield i, word



_UNASKED = object()  # `_Words.find`'s `leet` before it is asked


def _disguised_text(n):
    """Is `n` written with digits or symbols for letters, in pieces, spelled out or in mixed
    scripts (truthy), maybe disguised by look-alikes or invisible characters (None: `Disguises` tells
    word by word), or neither (falsy)? Once per text, for `_Words.find`."""
    original = n.original
    leet = n.disguise or _LEET.search(original) or _IN_PIECES.search(original) \
        or (_SPELLED_OUT_ASCII if original.isascii() else _SPELLED_OUT).search(original) \
        or not original.isascii() and _MIXED.search(original)
    if not leet and not original.isascii() and MAYBE_DISGUISED.search(original):
        return None
    return leet


def _spelled_out(original, start, end):
    """Is original[start:end] a word spelled out letter by letter (`_SPELLED_OUT`)? Spelled with
    spaces, only when the letters spelled stop with it: "m o l l y . p . 0 4" dictates a handle."""
    if not _SPELLED_OUT.fullmatch(original, start, end):
        return False
    return not re.search(r"\s", original[start:end]) or not (
        _MORE_SPELLED.match(original, end) or _LESS_SPELLED.search(original, max(0, start - 8), start))


_MORE_SPELLED = re.compile(r"[\s._|/\\-]+[^\W_](?![^\W_])")
_LESS_SPELLED = re.compile(r"(?<![^\W_])[^\W_][\s._|/\\-]+$")


def _covering(found, spans):
    """The hits of `found` that cover one of `spans` (sorted, apart: (start, end of the letters
    read, end)) whole: the hits of a reading that changed those words ("sshhiitt" read "shit";
    "vai tomar no ccuu"), not the rest of it; each to the end of the last such word it covers
    (the letter read away after its last: "s s h h i i t t")."""
    if not found:
        return found
    starts = [x for x, _, _ in spans]
    out = set()
    for i, term, a, b in found:
        k = bisect.bisect_left(starts, a)  # the first word that starts in the hit
        if k < len(spans) and spans[k][1] <= b:
            last = bisect.bisect_right(starts, b) - 1  # the last word that starts in it
            out.add((i, term, a, max(b, spans[last][2]) if spans[last][1] <= b else b))
    return out


def _disguised(original, start, end, disguises):
    """Is the word at original[start:end] disguised, so that it needs no context word? Written with
    digits or symbols for letters ("w33d"), spelled out or in pieces ("k-e-t-a", "M-D"; an
    initialism, "M.D.", is no disguise), mixing scripts ("ϲoke"), or styled or broken by an
    invisible character alone among plain words ("ᴄʀᴀᴄᴋ", "c\\u200boke": `Disguises`, made once
    per text in `disguises[0]`)."""
    if _LEET.search(original, start, end) or _spelled_out(original, start, end) \
            or _MIXED.search(original, start, end):
        return True
    if _IN_PIECES.search(original, start, end) and (sum(c.isalpha() for c in original[start:end]) >= 4
                                                     or not _INITIALISM.fullmatch(original, start, end)):
        return True
    if original.isascii():
        return False
    if disguises[0] is None:
        disguises[0] = Disguises(original)
    return disguises[0].covers(start, end)


def _edited(edits, changed):
    """Where a reading differs from one already read (see normalize.variants), in the reading's own
    positions: (starts, ends), both increasing (edits neither overlap nor come out of order), or
    None for the first reading.

    A hit away from these places (and with no context word, which a change elsewhere could make)
    is a hit of an earlier reading again, so `find` skips it: "sh1t sh1t ..." has a few readings of
    400 hits each, not 400 new hits each."""
    if not edits:
        return None
    starts, ends, shift = [], [], 0
    for ((a, b), replacement), new in zip(edits, changed):
        if new:
            starts.append(a + shift)
            ends.append(a + shift + len(replacement))
        shift += len(replacement) - (b - a)
    return starts, ends


def _words_of(s, edited):
    """The words of `s` that hold an edit, merged: (starts, ends), both increasing."""
    starts, ends = [], []
    for x, y in zip(*edited):
        a, b = s.rfind(" ", 0, x) + 1, s.find(" ", y)
        b = len(s) if b < 0 else b
        if starts and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


# A split form read across a plain space where one piece is a word of its own: a one-letter word
# (a, e, i, o, u, y: an article, a conjunction) before or after a piece that can be a word (three
# letters or more, a vowel), or a short word after one ("put as much"). A reader sees two words:
# "put a coat" is no "puta", "he shot a deer" no "shota", "e sti ragazzi" no Quebec "esti". With
# another separator it is a word in pieces ("put.a", "merd-a"); "fu ck", "sh it", "tw at" (a piece
# without a vowel) and "as shole" (a two-letter word first) are pieces as before.
_VOWEL_WORDS = frozenset("aeiouy")
_TWO_WORDS = re.compile(r"[^\W\d_]+\s+[^\W\d_]+")


def _two_words(s, a, b, original, start, end):
    """Is the split-form hit s[a:b] (original[start:end]) two words apart rather than one word in
    pieces (`_VOWEL_WORDS`)?"""
    pieces = s[a:b].split(" ")
    if len(pieces) != 2:
        return False
    first, last = pieces
    if first in _VOWEL_WORDS:
        word = last
    elif last in _VOWEL_WORDS or last in _TWO_LETTER_WORDS:
        word = first
    else:
        return False
    return len(word) >= 3 and not _VOWELS.isdisjoint(word) and _TWO_WORDS.fullmatch(original, start, end) is not None


def _past_article(original, start):
    """Where a hit widened to the start of its word should begin: not on a one-letter word ("a",
    "I", "u", "o"...) that stands alone before a spelled-out word. Joining single letters cannot
    tell the word from the letters ("you are a c u n t" reads "acunt"), but the reader can, and
    masking "a" would look silly."""
    if fold(original[start]) in ONE_LETTER_WORDS and start + 1 < len(original) and original[start + 1].isspace():
        start += 1
        while start < len(original) and original[start].isspace():
            start += 1
    return start


@dataclass(frozen=True)
class _ContextWord:
    key: str
    prefix: bool = False
    suffix: bool = False


class _Scan:
    """Word positions, allow-list spans and context words of one normalised string, found on
    first need."""

    def __init__(self, matcher, s):
        self.matcher, self.s = matcher, s
        self._spaces = self._allow = self._context = None

    def _words(self):
        if self._spaces is None:
            self._spaces = [m.start() for m in _SPACE.finditer(self.s)]
        return self._spaces

    def word(self, pos):
        """The number of the word at `pos`."""
        return bisect.bisect_right(self._words(), pos)

    def bounds(self, a, b, left_open, right_open):
        """Widen [a, b) to the whole word where the entry may be part of a longer word."""
        if right_open:
            b = self.s.find(" ", b)
            b = len(self.s) if b < 0 else b
        if left_open:
            a = self.s.rfind(" ", 0, a) + 1
        return a, b

    def _found(self):
        """Index the allow and context words once, so that each hit's question is a binary search:
        a message of hundreds of hits among hundreds of context or allow words ("buy coke " x 200)
        must not compare every hit with every word."""
        if self._context is not None:
            return
        allow, context = {}, {}
        for a, b, (kind, i, what) in self.matcher.aux.find(self.s):
            if kind == "allow":
                allow.setdefault(i, []).append((*self.bounds(a, b, what.suffix, what.prefix), what.context))
            else:
                context.setdefault((i, what), []).append((a, b))
        # (pack, context) -> its spans as found; sorted, with their word numbers, when `near` first
        # asks about it: a chat line holds ~7 context words and a hit asks about one or two
        self._context = context
        self._allow = {}  # pack -> (starts, the furthest end among the spans up to each), sorted by start
        for i, found in allow.items():
            # an allow entry with a context allows only with a word of it near (contexts come first)
            spans = sorted((x, y) for x, y, ctx in found if not ctx or self.near(i, ctx, x, y))
            self._allow[i] = ([x for x, _ in spans], list(itertools.accumulate((y for _, y in spans), max)))

    def allowed(self, pack, a, b):
        """Is [a, b) inside an allow-list span of `pack`?"""
        if self._context is None:  # (asked per hit: a run of hits pays no call once found)
            self._found()
        starts, ends = self._allow.get(pack, ((), ()))
        k = bisect.bisect_right(starts, a)  # the spans that start by a...
        return k > 0 and ends[k - 1] >= b  # ...one of which ends at b or later

    def near(self, pack, context, a, b):
        """Is a word of `context` (other than one inside [a, b)) within its window of words around [a, b)?"""
        if self._context is None:
            self._found()
        found = self._context.get((pack, context))
        if not found:  # none in the text (or a context of cues alone, which has no words)
            return False
        if type(found) is list:  # first asked: (word numbers, spans), sorted by start
            found.sort()
            found = self._context[(pack, context)] = ([self.word(x) for x, _ in found], found)
        words, spans = found
        window = self.matcher.packs[pack].contexts[context].window
        # (`word` inlined: asked per hit, thousands in a flood; the spaces are known once a
        # context word is)
        spaces = self._spaces
        last = bisect.bisect_right(spaces, b - 1) + window
        k = bisect.bisect_left(words, bisect.bisect_right(spaces, a) - window)
        while k < len(words) and words[k] <= last:
            x, y = spans[k]
            if y <= a or x >= b:
                return True
            k += 1  # a context word inside the hit itself: at most the hit's own words
        return False


class _OriginalScan(_Scan):
    """A _Scan of the base normalised text, asked about spans of the original text."""

    def __init__(self, matcher, n):
        super().__init__(matcher, n.text)
        self.n = n

    def _to_normalised(self, start, end):
        offsets = self.n.offsets
        a = bisect.bisect_left(offsets, start)
        b = bisect.bisect_left(offsets, end)
        return a, max(b, a + 1)

    def allowed(self, pack, start, end):
        if not self.matcher.packs[pack].allow:
            return False
        return super().allowed(pack, *self._to_normalised(start, end))

    def near(self, pack, context, start, end):
        return super().near(pack, context, *self._to_normalised(start, end))


class PatternMatcher:
    """The patterns of every pack that run on one text (raw or normalised) and the detectors'
    hints, as RE2 sets: one, or the groups `apart` names.

    RE2 builds a set's DFA lazily, a state for each combination of its entries' partial matches
    that a text reaches, so a set's states on new text grow with the product of what its entries
    track, not the sum; a few sets of entries that track little together build far fewer states
    (docs/performance.md, "Second pass"). `apart` is a list of groups of hint keys, each group
    a set of its own; the patterns and every other hint share the first set, or with `split` > 1
    the patterns are dealt into that many sets, longest first (the other hints in the first): a
    set of many long patterns outgrows its memory on text in other languages and builds its
    states again for every text, seen or not (docs/performance.md, "Round 10 speed")."""

    def __init__(self, entries, hints=(), apart=(), split=1):
        # [(pack index, Pattern, RE2 object)]: the RE2 object is the pattern's own, or a variant
        self.entries = [e if len(e) == 3 else (*e, e[1].compiled) for e in entries]
        self.hints = list(hints)  # [(detector key, RE2 regex)]
        group = {key: g + split for g, keys in enumerate(apart) for key in keys}
        groups = [[] for _ in range(len(apart) + split)]  # the entries' numbers in each set
        longest = sorted(range(len(self.entries)), key=lambda k: -len(self.entries[k][2].pattern))
        for n, k in enumerate(longest):
            groups[n % split].append(k)
        for k, (key, _) in enumerate(self.hints, len(self.entries)):
            groups[group.get(key, 0)].append(k)
        regexes = [c.pattern for _, _, c in self.entries] + [h for _, h in self.hints]
        self._sets = []  # [(an RE2 set's Match, its answer k -> the entry's number)], bound once: a call a set
        for numbers in filter(None, groups):
            search = re2.Set.SearchSet(RE2_OPTIONS)
            for k in numbers:
                search.Add(regexes[k])
            search.Compile()
            self._sets.append((search._set.Match, numbers.__getitem__))

    def match(self, text):
        """([(pack index, Pattern, start, end, matched)], [keys of the hints that matched, in the
        order of `hints`])."""
        hits, hinted = [], []
        # The google-re2 wrapper's Python layer costs more than the matching on chat-sized texts:
        # call its RE2 objects directly, on the text encoded once.
        encoded = text.encode()
        matched = []
        for match, number in self._sets:
            found = match(encoded)
            if found:
                matched += map(number, found)
        if len(matched) > 1:
            matched.sort()  # RE2 answers in no particular order: the detectors run in pack order
        for k in matched:
            if k >= len(self.entries):
                hinted.append(self.hints[k - len(self.entries)][0])
                continue
            self._hits(k, text, encoded, hits)
        return hits, hinted

    def match_some(self, text, numbers):
        """The hits of `match`, asked of the entries `numbers` (sorted) alone, one RE2 search each:
        cheaper than the sets when a gate leaves a few (detectors.Solicitation)."""
        hits = []
        encoded = text.encode()
        for k in numbers:
            self._hits(k, text, encoded, hits)
        return hits

    def _hits(self, k, text, encoded, hits):
        i, p, compiled = self.entries[k]
        byte, char = 0, 0  # byte offsets to character offsets, from the last span on (not from 0 each time)
        for a, b in _spans(compiled._regexp, encoded):
            if len(encoded) != len(text):
                char += len(encoded[byte:a].decode())
                a, b, byte = char, char + len(encoded[a:b].decode()), b
                char = b
            hits.append((i, p, a, b, text[a:b]))


def _spans(regexp, encoded):
    """The non-empty, non-overlapping match spans (in bytes) of an RE2 object, left to right."""
    pos, end = 0, len(encoded)
    while pos <= end:
        a, b = regexp.Match(_UNANCHORED, encoded, pos, end)[0]
        if a < 0:
            return
        if b > a:
            yield a, b
            pos = b
        else:
            pos = b + 1
            while pos < end and encoded[pos] & 0xC0 == 0x80:  # not into the middle of a character
                pos += 1
