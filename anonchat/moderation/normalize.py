"""See through evasions: the normalised text that word lists and `on: normalised` patterns match.

`normalise(text)` returns a `Normalised` whose `.text` is, in this order:

1. folded character by character (`FOLD`): letters that look like Latin ones read as Latin
   (`LOOKALIKES`, generated from Unicode's confusables and character names by
   lookalikes_build.py: Greek, Cyrillic, Armenian, Cherokee, small capitals, regional indicators,
   upside-down letters...), Unicode compatibility forms (NFKC: fullwidth, ligatures, styled
   letters), case-folded, accents stripped, every decimal digit as its ASCII digit, invisible
   characters (zero-width, joiners, bidi controls, variation selectors, skin tones) removed,
   punctuation and whitespace turned into spaces, each emoji made a word of its own;
2. letters spelled out one by one joined (`f u c k`, `f.u.c.k`, `f🔥u🔥c🔥k`, `f!u!c!k` -> `fuck`),
   an "a" or "i" before them kept apart ("you are a s h i t"), and pieces of one or two letters
   between dots joined (`wa.nk.er`); the original separators decide (`_Spelled`);
3. leetspeak decoded inside words that contain a letter (`sh1t`, `@ss`, `$h!t`); a digit on its own
   ("I have 3 cats") stays a digit;
4. runs of separators collapsed to one space.

Words split into uneven pieces ("fu ck") are left split: the matcher lists each term's split
forms too (matcher.split_keys). A word in uneven pieces between dashes or dots ("fu-cki-ng",
"ar.sch.lo.ch") has a joined reading as well (`Normalised.joined`), whose hits count only as
whole words.

Every character of `.text` remembers the index of the original character it came from
(`.offsets`), so a match on the normalised text maps back to a span of the original.  Offsets are
computed only on demand: most messages match nothing, and the same string is built faster without
them.

Some evasions have more than one reading. `variants()` yields every reading of one text when it
has them: stretched letters (`fuuuuck` is `fuck`, `asssss` is `ass`), the leet characters that
may be an i or an l (`1`, `!`, `|`) and a one-letter word before spelled letters ("u a s s").
A star inside a word (`f*ck`, `a**hole`), or ending one after two letters (`sh**`, round 11), stays
as WILDCARD, one masked letter, and the matcher
compares such words with the terms directly. Texts shown in another order than typed have other
readings (`Normalised.alternates`: upside-down words, right-to-left overrides read as UAX #9 shows
them; also words with an emoji inside read without it, and words in pieces joined), and a pack's
`keep:` letters another fold (`Keep`, `Normalised.reading`).
"""

import bisect
import functools
import itertools
import re
import string
import unicodedata

import re2

# Letters that look like Latin ones, generated from Unicode's confusables and character names by
# lookalikes_build.py (small capitals, upside-down, regional-indicator and negative circled letters,
# Greek, Cyrillic, Armenian, Cherokee...): looked up for the character itself, then for what NFKC
# and case folding make of it.
from .lookalikes import LOOKALIKES, TURNED

# Leetspeak, decoded only inside a word that has at least one letter.
LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "6": "g", "7": "t", "8": "b", "9": "g",
        "@": "a", "$": "s", "!": "i", "|": "l", "€": "e", "¢": "c"}
# Characters that read as either letter; `variants()` tries both.
AMBIGUOUS = {"1": "il", "!": "il", "|": "li"}
# Symbols the fold keeps so that the leet step can decode them (or drop them) in context.
_KEPT_SYMBOLS = set("@$!|*#€¢")
# Round 9b: signs written for a kept symbol: the inverted exclamation mark is a "!" (an i inside a
# word: "sh¡t"; at a word's edge punctuation, as in "¡hola!"), a bullet is a star masking a letter
# ("sh•t"; a bullet before a list item stands alone and masks nothing)
# (round 10: so is a circle, white, large or black, typed for an o or any letter: "c○nnard", "sh◯t")
_SYMBOLS_AS_KEPT = {"¡": "!", "•": "*", "∙": "*", "○": "*", "◯": "*", "●": "*"}
# A star or '#' inside a word ("f*ck", "a**hole", "sh#t") masks one letter; in the normalised text
# it is this character (private use: the fold turns every such character of the original into a space).
WILDCARD = "\ue000"

# Letters that render as nothing, used to pad words invisibly (Hangul fillers, Braille blank...).
_INVISIBLE_LETTERS = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800"}


def _fold_char(c, keep_punctuation=False, keep=frozenset()):
    """What one original character becomes in the normalised text ('' when it is invisible).

    With `keep_punctuation` (the e-mail detector's view) punctuation and symbols stay as they are;
    letters in `keep` (lower case; a pack's `keep:`) stay themselves, only lower-cased.
    """
    if c in _KEPT_SYMBOLS:
        return c
    if c in _SYMBOLS_AS_KEPT and not keep_punctuation:
        return _SYMBOLS_AS_KEPT[c]
    out = []
    look = LOOKALIKES.get(c)  # before NFKC, which can lose the look (capital lunate sigma Ϲ is Σ)
    for ch in look if look is not None and not (keep and c.lower() in keep) else unicodedata.normalize("NFKC", c):
        if ch.isascii():
            out.append(ch.lower())
            continue
        if keep and ch.lower() in keep:
            out.append(ch.lower())
            continue
        digit = unicodedata.decimal(ch, None)
        if digit is None and unicodedata.category(ch) == "No":
            digit = unicodedata.digit(ch, None)  # dingbat digits (❶) have no NFKC form
        if digit is not None:
            out.append(str(digit))
            continue
        look = LOOKALIKES.get(ch)
        if look is not None:
            out.extend(look)
            continue
        for d in unicodedata.normalize("NFD", ch.casefold()):
            if unicodedata.category(d) == "Mn":  # accents; also variation selectors
                continue
            out.extend(LOOKALIKES.get(d, d))
    folded = []
    for ch in out:
        cat = unicodedata.category(ch)
        if ch in _INVISIBLE_LETTERS or cat in ("Cf", "Me", "Sk") and not ch.isascii():
            continue  # zero-width, joiners, tag characters, skin-tone modifiers
        if ch.isalnum() or ch in _KEPT_SYMBOLS or keep_punctuation and not ch.isspace():
            folded.append(ch)
        elif cat[0] == "S" and not ch.isascii():
            folded.append(f" {ch} ")  # an emoji or symbol is a word of its own
        else:
            folded.append(" ")  # whitespace, punctuation, ASCII symbols, controls
    return "".join(folded)


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
_NOT_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


class FoldTable(dict):
    """`str.translate` table filled on first sight of each character."""

    def __init__(self, keep_punctuation=False, keep=frozenset()):
        super().__init__()
        self.keep_punctuation, self.keep = keep_punctuation, keep
        for c in range(128):
            self[c] = _fold_char(chr(c), keep_punctuation, keep)

    def __missing__(self, codepoint):
        value = self[codepoint] = _fold_char(chr(codepoint), self.keep_punctuation, self.keep)
        return value

    def fold(self, text, ascii_table):
        """`text.translate(self)`, faster: str.translate looks every character of a text that is not
        all ASCII up in the dict; here `ascii_table` (bytes) folds the ASCII, the dict only the rest
        (a chat message with an emoji). A text with much that is not ASCII takes the dict whole:
        a callback per run would cost more."""
        encoded = text.encode()
        if len(encoded) - len(text) > 64:
            return text.translate(self)
        folded = encoded.translate(ascii_table).decode()  # UTF-8 bytes >= 128 stay as they are
        return folded if text.isascii() else _NOT_ASCII_RUN.sub(lambda m: m.group().translate(self), folded)

    def offsets(self, text, folded):
        """offsets[i]: the index in `text` of the character folded[i] came from."""
        if len(folded) == len(text) and (text.isascii() or all(len(self[ord(c)]) == 1 for c in set(text))):
            return range(len(text))  # one character for one (fullwidth, look-alikes): nothing to map
        if len(text.encode(errors="surrogatepass")) > 2 * len(text):
            # mostly not ASCII (a run of emoji): each character's length in one pass in C, not two
            # list extends per character in Python (3-4 times faster here, slower on mixed text)
            lengths = map(len, map(self.__getitem__, map(ord, text)))
            return list(itertools.chain.from_iterable(map(itertools.repeat, range(len(text)), lengths)))
        offsets, pos = [], 0
        for m in _NOT_ASCII.finditer(text):  # ASCII folds one to one; look at the rest only
            i = m.start()
            offsets.extend(range(pos, i))
            offsets.extend([i] * len(self[ord(m.group())]))
            pos = i + 1
        offsets.extend(range(pos, len(text)))
        return offsets


FOLD = FoldTable()
FOLD_KEEP = FoldTable(keep_punctuation=True)  # the `folded` view: punctuation and spaces stay
_ASCII_FOLD_KEEP = bytes(ord(FOLD_KEEP[c]) for c in range(128)) + bytes(range(128, 256))


def folded(text, with_offsets=True):
    """The `folded` view of `text`: every character folded like the normalised text (NFKC, case,
    accents, look-alikes, invisibles removed) but punctuation, digits and spacing kept as they are
    (no leetspeak, no joining). Returns (view, offsets or None)."""
    view = _folded_view(text)
    return view, (FOLD_KEEP.offsets(text, view) if with_offsets else None)


@functools.lru_cache(maxsize=1)
def _folded_view(text):
    """The view of `folded`, kept for the last text (round 10, speed): the engine's folded patterns,
    the solicitation and e-mail detectors and `uniform` each ask for it of a text they read."""
    return FOLD_KEEP.fold(text, _ASCII_FOLD_KEEP)


def fold(c):
    """The folded form of one character."""
    return FOLD[ord(c)]


# --- the rewriting steps; each is a regex and a function of the match that keeps, deletes or
# --- substitutes characters one for one, so that the offsets can follow -------------------------

_SPACES = re.compile(r"  +")
_SPACE_BYTE, _NOT = bytes(c == 32 for c in range(256)), bytes([1]) + bytes(255)  # byte tables: space -> 1; 0 -> 1


def _pieces_hint(start, piece, letters, sep, end):
    """A regex for three pieces (`piece`) between separators (`sep`), one of them letters only
    (`letters`): a number such as "3.10.12" is not a word spelled in pieces."""
    three = [[letters, piece, piece], [piece, letters, piece], [piece, piece, letters]]
    return start + "(?:" + "|".join(sep.join(p) for p in three) + ")" + end


# Three or more pieces of one or two characters, each a letter, digit, @ or $, separated by spaces,
# star runs or emoji ("f🔥u🔥c🔥k"); `_Spelled` decides what joins.
_CHUNK = r"(?:[^\W_]|[@$])"
_SPELLED_SEP = r"(?:[ *#]|[^\w\s@$!|€¢\ue000])"
_SPELLED = re.compile(rf"(?<![^ ]){_CHUNK}{_CHUNK}?(?:{_SPELLED_SEP}+{_CHUNK}{_CHUNK}?(?![^ *#])){{2,}}")
_SPELLED_HINT = re.compile(r" [^ ][ *#]+[^ ][ *#]+[^ ](?![^ *#])")  # searched in " " + text: fast


# Pieces of one or two letters with punctuation or symbols between them, no space ("ka.nk.er",
# "co.c.k.su.ck.er"): searched in the original text, where a space is still told from a dot.
_PIECES_HINT = re.compile(_pieces_hint(r"(?<![^\W_])", r"[^\W_]{1,2}", r"[^\W\d_]{1,2}", r"[^\w\s*#]+", r"(?![^\W_])"))
_PIECES_PRE = re.compile(r"[^\w\s*#][^\W_]{1,2}[^\w\s*#]")  # the middle piece: a fast first test
# A word holding a character that may be leetspeak.
_LEET_CHAR = re.compile(r"[0-9@$!|*#€¢]")
_SYMBOLS_TO_SPACES = str.maketrans("@$!|*#€¢", "        ")
_EDGE_OR_MASK = re.compile(r"[!|*#]")  # read by position in the word, not by a table
_LEET_TABLE = str.maketrans({c: LEET[c] for c in LEET if c not in "!|"})
_LEET_CORE_TABLE = str.maketrans({**LEET, "*": WILDCARD, "#": WILDCARD})
_LEET_EDGE_TABLE = str.maketrans({**{c: LEET[c] for c in LEET if c not in "!|"}, **dict.fromkeys("!|*#", " ")})
# first to last letter, digit or leet symbol for a letter ("tr0!@" ends with its a: its ! is an i)
_CORE = re.compile(r"(?:[^\W_]|[@$€¢])(?:.*(?:[^\W_]|[@$€¢]))?", re.S)
_SYMBOL = re.compile(r"[@$!|*#€¢]")
_MASKED_TAIL = re.compile(r"[*#]{1,6}(?=[^*#]*$)")  # round 11: stars ending a word (`_leet`)
_I_OR_L = re.compile("[il]")
_TRIPLE = re.compile(r"(.)\1{2,}")
# Could the text hold a letter three times in a row? RE2 has no backreferences, so: each ASCII
# letter three times, or three characters that are not ASCII. A superset of what _TRIPLE finds
# among letters, in one DFA pass: Python's backreference search costs ~4 us on a chat message,
# and every message with a character that is not ASCII looks for stretched letters.
_MAYBE_TRIPLE = re2.compile("(?i)" + "|".join(c * 3 for c in string.ascii_lowercase) + "|[^\\x00-\\x7f]{3}")._regexp
# RE2 over the raw text for "a letter three times in a row", also spaced out or as leetspeak (no
# backreferences: one alternative per character); the engine adds it to the RE2 set it runs over
# the raw text anyway, so a message without a stretched letter never looks for readings of one.
# RE2 over printable ASCII text: could the spelled-out or the leetspeak step change anything? (A
# leet character touching a letter; three single characters between separators.) When it does not
# match, `Normalised(text, simple=True)` only folds, which gives the same text for less.
_CH, _SEP = r"[A-Za-z0-9@$!|*#]", r"[^A-Za-z0-9@$!|]"
SIMPLE_HINT = (rf"[A-Za-z][0-9@$*#]|[0-9@$*#][A-Za-z]|[!|][A-Za-z0-9]|[A-Za-z][!|]+[A-Za-z0-9]"
               rf"|(?:^|{_SEP}){_CH}{_SEP}+{_CH}{_SEP}+{_CH}(?:$|{_SEP})"
               + "|" + _pieces_hint("(?:^|[^A-Za-z0-9@$])", "[A-Za-z0-9@$]{1,2}", "[A-Za-z]{1,2}", "[^A-Za-z0-9@$\\s]+",
                                    "(?:$|[^A-Za-z0-9@$])"))
STRETCH_HINT = "(?i)" + "|".join(
    [f"{c}[\\W_]*{c}[\\W_]*{c}" for c in "abcdefghijklmnopqrstuvwxyz"]
    + [f"[a-z]{re.escape(d)}{re.escape(d)}{re.escape(d)}|{re.escape(d)}{re.escape(d)}{re.escape(d)}[a-z]"
       for d in "0134578@$!|"])
# round 9: RE2 over the raw text for the readings of other spellings that ASCII chat could hold:
# a word of doubled letters ("sshhiitt", `Normalised.undoubled`) or a word broken by a symbol
# ("pen*d ejo", "pe/nd\\ejo", `WordMatcher._symbolic`). In the engine's RE2 set over the raw
# text: a message without either pays nothing more for them.
DOUBLED_HINT = "(?i)(?:^|[^a-z0-9])(?:" + "|".join(c * 2 for c in string.ascii_lowercase) + "){2,}[a-z]?(?:[^a-z0-9]|$)"
SYMBOL_HINT = r"[A-Za-z][*#+~^=%&/\\<>|]+\s*[A-Za-z]"
# What the fold does to ASCII, as a bytes table: one byte in, one byte out.
_ASCII_FOLD = bytes(ord(FOLD[c]) for c in range(128)) + bytes(range(128, 256))
_ASCII_FOLD_SIMPLE = _ASCII_FOLD.translate(bytes.maketrans(b"@$!|*#", b"      "))  # no leetspeak: symbols are spaces


def _cut(seps, at):
    """The numbers of the pieces (0 to len(seps)) in groups, cut where the separator is `at`."""
    groups, group = [], [0]
    for i, sep in enumerate(seps, 1):
        if sep == at:
            groups.append(group)
            group = []
        group.append(i)
    groups.append(group)
    return groups


class _Spelled:
    """Join the pieces of words spelled out (`rewrite` callback over `_SPELLED` runs).

    A run is three or more pieces of one or two letters between separators in the normalised
    text; how the pieces were separated in the original decides what joins:

    - where some separators hold a space and others do not, those with a space are word
      boundaries: "h.i.j.o d.e p.u.t.a" reads "hijo de puta", "what a d💀i💀c💀k" "what a dick",
      "sh.i.t i'm" "shit im";
    - pieces separated by punctuation, emoji or nothing (no space, no star) join, two-letter ones
      too: "co.c.k.su.ck.er", "ka.nk.er" (separated by spaces, "is it ok" are words);
    - otherwise three or more single letters in a row join (`f u c k`, `f*u*c*k`), if at least two
      of them are letters (`5 5 5 1 2 3 4` stays). An "a" or "i" before them stays a word of its
      own when the message spells letters with spaces after one ("you are a s h i t"; `article`),
      and so does a plain letter before letters of another style ("ur a 🇹 🇼 🇦 🇹", "u 𝓭 𝓲 𝓬 𝓴").
      A letter that can be a word on its own ("u a s s h o l e", "ô v i a d o") is read both
      ways: `splits` collects the places in the new text where `variants()` puts a space.

    Decided on the original text, through the offsets, so that every reading (with offsets or
    without) is the same.
    """

    def __init__(self, text, offsets, table, article):
        self.text, self.offsets, self.table, self.article = text, offsets, table, article
        self.splits, self._removed, self._base, self._pending = [], 0, 0, []
        self._ascii = text.isascii()  # no letters of other styles
        self._seen = {" ": " "}

    def __call__(self, m):
        s, self._base = m.group(), m.start()
        if not _TWO_LETTERS.search(s):
            return None  # "5 5 5 1 2 3 4": nothing joins
        pieces = [p.span() for p in _PIECE.finditer(s)]
        seps = [self._separator(self._base + a, self._base + b) for (_, a), (b, _) in zip(pieces, pieces[1:])]
        if "," in seps and " " in seps:
            # round 9: letters spaced one by one, a punctuation mark and a space after some ("p o r r a,
            # o metro", "f u c k, y o u"): the punctuation ends a word
            groups = _cut(seps, ",")
            seps = [" " if sep == "," else sep for sep in seps]
            return self._kept(s, sorted(self._segments(s, pieces, seps, groups)))
        seps = [" " if sep == "," else sep for sep in seps]
        # spaces between some pieces only, and a word spelled without spaces among them (or only
        # single letters): the spaces are word boundaries ("n.o g.o" is "no go")
        segments = _cut(seps, " ")
        if 1 < len(segments) < len(pieces) and (all(b - a == 1 for a, b in pieces) or any(
                self._one_word(s, pieces, seps, seg) for seg in segments if len(seg) >= 3)):
            kept = self._segments(s, pieces, seps, segments)
        else:
            kept = self._segment(s, pieces, seps, list(range(len(pieces))))
        return self._kept(s, sorted(kept))

    def _segments(self, s, pieces, seps, segments):
        """The indices of `s` kept when each segment (a list of piece numbers) is read on its own and
        the text between two segments stays as it is."""
        kept = []
        for k, seg in enumerate(segments):
            if k:
                kept.extend(range(pieces[seg[0] - 1][1], pieces[seg[0]][0]))
            kept.extend(self._segment(s, pieces, seps, seg))
        return kept

    def _kept(self, s, kept):
        """The rewrite of the run `s` that keeps the indices `kept` (sorted), or None for all."""
        if len(kept) == len(s):
            self._pending = []
            return None
        new_base = self._base - self._removed
        self.splits.extend(new_base + kept.index(k) for k in self._pending)
        self._pending = []
        self._removed += len(s) - len(kept)
        return kept

    def _separator(self, a, b):
        """What separated normalised s[..a) and s[b..) in the original: "" (nothing but invisible
        characters), " " (a space), "," (a space and punctuation: "p o r r a, o"), "*" (a star mask)
        or "." (anything else)."""
        sep = self.text[self.offsets[a - 1] + 1:self.offsets[b]]
        kind = self._seen.get(sep)  # a long run repeats one separator
        if kind is None:
            visible = "".join(c for c in sep if self.table[ord(c)])
            kind = self._seen[sep] = ("" if not visible else "*" if "*" in visible or "#" in visible
                                      else ("," if visible.strip() else " ") if any(c.isspace() for c in visible)
                                      else ".")
        return kind

    @staticmethod
    def _one_word(s, pieces, seps, idx):
        """Do the pieces `idx` (two or more) make one word: nothing but punctuation, symbols or
        invisible characters between them, and at least two letters?"""
        return len(idx) >= 2 and all(seps[i - 1] in ("", ".") for i in idx[1:]) and \
            sum(c.isalpha() for i in idx for c in s[slice(*pieces[i])]) >= 2

    def _segment(self, s, pieces, seps, idx):
        """The indices of s kept for the consecutive pieces `idx`."""
        if self._one_word(s, pieces, seps, idx) and (len(idx) >= 3 or len(idx) < len(pieces)):
            return [j for i in idx for j in range(*pieces[i])]
        kept = []  # three or more single letters in a row join; the rest stays as it is
        groups = [list(g) for _, g in itertools.groupby(idx, lambda i: pieces[i][1] - pieces[i][0])]
        for k, group in enumerate(groups):
            if k:
                kept.extend(range(pieces[groups[k - 1][-1]][1], pieces[group[0]][0]))
            if len(group) >= 3 and pieces[group[0]][1] - pieces[group[0]][0] == 1:
                kept.extend(self._singles(s, [pieces[i][0] for i in group]))
            else:
                kept.extend(range(pieces[group[0]][0], pieces[group[-1]][1]))
        return kept

    def _singles(self, s, letters):
        """The kept indices of three or more single characters in a row (positions `letters`)."""
        between = [j for x, y in zip(letters, letters[1:]) for j in range(x + 1, y)]
        if sum(s[j].isalpha() for j in letters) < 2:
            return letters + between
        def kind(j):
            return "" if self._ascii else _kind(self.text[self.offsets[self._base + j]])

        def styled(part):  # letters all of one style other than the plain one
            style = kind(part[0])
            return style and all(kind(j) == style for j in part[1:])

        first, last = 0, len(letters)
        # (round 9: first in the message, an "a" or "i" is read both ways, as "u" is below: "A R S C H L O C H")
        if self.article and s[letters[0]] in "ai" and len(letters) >= 4 and s[letters[0] + 1] == " " \
                and self._base + letters[0] > 0 or not self._ascii and kind(letters[0]) == "" and styled(letters[1:]):
            first = 1  # "a s h i t", "a 🇹 🇼 🇦 🇹": the first letter is a word of its own
        if not self._ascii and last - first >= 4 and kind(letters[-1]) == "" and styled(letters[first:-1]):
            last -= 1  # "🇹 🇼 🇦 🇹 u"
        kept = letters[first:last]
        if first:
            kept.extend(range(letters[0], letters[1]))  # the letter and what follows it
        if last < len(letters):
            kept.extend(range(letters[-2] + 1, letters[-1] + 1))
        if first == 0 and last == len(letters):
            # a letter that may be a word ("u a s s h o l e", "n k u t"): also read apart
            for t in range(min(3, len(letters) - 3)):
                if s[letters[t]] not in ONE_LETTER_WORDS:
                    break
                self._pending.append(letters[t + 1])
        return kept


# Letters that are words on their own in the languages of the packs or in chat ("u" for you,
# Dutch "n" for een, "o", "e", "y", Portuguese "ô"), as the fold leaves them.
ONE_LETTER_WORDS = frozenset("aeinouy")
_TWO_LETTERS = re.compile(r"[^\W\d_].*[^\W\d_]", re.S)
_PIECE = re.compile(r"(?:[^\W_]|[@$])+")


def _kind(c):
    """"" for a letter typed as usual (ASCII, or an accented Latin letter), else the first word of
    its Unicode name: "REGIONAL", "MATHEMATICAL", "FULLWIDTH", "CYRILLIC"..."""
    if c.isascii() or unicodedata.normalize("NFD", c)[0].isascii():
        return ""
    return unicodedata.name(c, "?").split(" ", 1)[0]


# "a" or "i" on its own, a space, then a letter spelled out with a space or star after it.
_SPACED_ARTICLE = re.compile(r"(?i)(?<![^\W_])[ai]\s+[^\W_][\s*#]")


_BANG_WORD = re.compile(r"(?<![^ ])[^\W\d_](?:[!|][^\W\d_]){2,}(?![^ ])")


def _letters_only(m):
    return [i for i, c in enumerate(m.group()) if c not in "!|"]


# A word of letters then digits followed by a group of digits only ("ES71 9383 5868 3049", an IBAN;
# "AB12 3456", an account or a serial) is a code written in groups: its digits are digits.
_CODE_HEAD = re.compile(r"[^\W\d_]+\d+$")
_DIGIT_GROUP = re.compile(r" \d{3,}(?![^ ])")


def _decode_leet(s):
    """`s` with each word that has a letter and a leet character decoded (`_leet`)."""
    out, pos, decoded = [], 0, {}  # word -> its decoding (a flood repeats one word)
    # The words to decode are those with a leet character the word step reads (_LEET_IN_A_WORD):
    # words of digits ("2024") are skipped at C speed, and a word whose only symbols close it
    # ("quiz!") is left to the symbol step after this one, which makes the same spaces.
    while m := _LEET_IN_A_WORD.search(s, pos):
        i = m.start()
        a, b = s.rfind(" ", 0, i) + 1, s.find(" ", i)
        b = len(s) if b < 0 else b
        word = s[a:b]
        if _CODE_HEAD.match(word) and _DIGIT_GROUP.match(s, b):
            out.append(s[pos:b])  # "ES71 9383 5868": a code's letters and digits, not leet ("esti")
            pos = b
            continue
        if word not in decoded:
            decoded[word] = _leet(word)
        out.append(s[pos:a])
        out.append(decoded[word])
        pos = b
    out.append(s[pos:])
    return "".join(out)


def _leet(word):
    """Decode leetspeak in a word that has a letter, one character for one: digits, @, $, €, ¢
    anywhere; between its first and last letter or digit, ! and | as letters and * and # as a
    masked letter (WILDCARD); at its edges ("hi!", "*bold*") those four are punctuation: spaces."""
    if not _EDGE_OR_MASK.search(word):  # the usual case ("8pm", "sh1t")
        return word.translate(_LEET_TABLE)
    core = _CORE.search(word)
    a, b = core.span() if core else (len(word), len(word))
    # Round 11: stars or hashes ending a word of two letters or more after its start are masked
    # letters too ("sh** happens", "fu** you", "bi***"): a reader tells the word by its start, as
    # in "f*ck"; a lone letter before them ("f***") stays too little to read, and "*bold*" is
    # punctuation at both ends.
    tail = _MASKED_TAIL.match(word, b)
    if tail and b - a >= 2 and word[a:b].isalpha():
        b = tail.end()
    return (word[:a].translate(_LEET_EDGE_TABLE) + word[a:b].translate(_LEET_CORE_TABLE)
            + word[b:].translate(_LEET_EDGE_TABLE))


# One scan each instead of a loop over the leet characters (a 2,000-character word of them is a
# worst case the engine must handle in a few milliseconds). _LEET_IN_A_WORD: a leet character the
# word step decodes, one before a letter or after one, other than a "!" or "|" that closes a word
# ("hi!"); _AMBIGUOUS: a 1, ! or | read as a letter that could be i or l: inside a word (sh1t,
# $h!t), or a 1 or | beside a letter (1ick, fu11). Each starts with its character class, the
# neighbours checked by lookarounds after it: Python's re then skips to candidates at C speed.
_LEET_IN_A_WORD = re.compile(r"[0-9@$!|*#€¢](?:(?=[^\W\d_])|(?<=[^\W\d_][0-9@$*#€¢])|(?<=[^\W\d_][!|])(?=[^\W_]))")
_AMBIGUOUS = re.compile(r"[1!|](?:(?<=[^\W\d_].)(?=[^\W_]|[1!|])|(?<=[^\W\d_][1|])|(?<=[1|])(?=[^\W\d_]))")


def _stretched(s):
    """Runs of three or more of the same letter: [(start, end)]."""
    encoded = s.encode(errors="surrogatepass")
    if _MAYBE_TRIPLE.Match(re2._Anchor.UNANCHORED, encoded, 0, len(encoded))[0][0] < 0:
        return []
    return [m.span() for m in _TRIPLE.finditer(s) if m.group(1).isalpha()]


def rewrite(pattern, fn, s, offsets):
    """Apply `fn` to each match of `pattern` in `s`; offsets follow the characters.

    `fn(match)` returns None (leave it), a string of the same length (substitute one for one), a
    list of the indices within the match that are kept, or (replacement, indices): each character
    of the replacement comes from the character at that index of the match.
    """
    if offsets is None:
        return pattern.sub(lambda m: _replacement(fn(m), m), s), None
    out, new_offsets, pos = [], [], 0
    for m in pattern.finditer(s):
        result = fn(m)
        if result is None:
            continue
        a, b = m.span()
        out.append(s[pos:a])
        if isinstance(result, str):
            out.append(result)
            new_offsets.extend(offsets[pos:b])
        else:
            text, kept = result if isinstance(result, tuple) else ("".join(s[a + i] for i in result), result)
            out.append(text)
            new_offsets.extend(offsets[pos:a])
            new_offsets.extend(offsets[a + i] for i in kept)
        pos = b
    if not out:
        return s, offsets
    out.append(s[pos:])
    new_offsets.extend(offsets[pos:])
    return "".join(out), new_offsets


def _replacement(result, m):
    if result is None:
        return m.group()
    if isinstance(result, str):
        return result
    if isinstance(result, tuple):
        return result[0]
    return "".join(m.group()[i] for i in result)


def _squeeze(s, offsets):
    """One space between words, none at the ends (the only whitespace left after FOLD is ' ')."""
    if offsets is None:
        if "  " in s or s.startswith(" ") or s.endswith(" "):
            s = " ".join(s.split())
        return s, None
    if "  " in s:  # keep the first space of each run
        # The mask of what stays (not a space after a space) built in C, a byte a character, not a
        # loop over the runs: a run of emoji, each folded to " e ", has thousands.
        spaces = int.from_bytes(s.encode("ascii", "replace").translate(_SPACE_BYTE), "big")
        offsets = list(itertools.compress(offsets, (spaces & spaces >> 8).to_bytes(len(s), "big").translate(_NOT)))
        s = _SPACES.sub(" ", s)
    start = 1 if s.startswith(" ") else 0
    end = len(s) - 1 if s.endswith(" ") and len(s) > start else len(s)
    return s[start:end], offsets[start:end] if offsets is not None else None


def simple_text(text):
    """The normalised text of printable ASCII where SIMPLE_HINT found nothing: its fold, spaces
    squeezed (what `Normalised(text, simple=True).text` is)."""
    return " ".join(text.encode().translate(_ASCII_FOLD_SIMPLE).decode().split())


def _pipeline(text, with_offsets, simple=False, table=FOLD, splits=None):
    """(normalised text, offsets (None without `with_offsets`, unless a step needed them anyway),
    whether `variants()` has more than one reading); the
    places where a letter spelled out may be a word of its own (`_Spelled`) are added to `splits`."""
    if simple:  # printable ASCII where SIMPLE_HINT found nothing: folding is all there is to do
        if not with_offsets:
            return simple_text(text), None, False
        folded = text.encode().translate(_ASCII_FOLD_SIMPLE).decode()
        return (*_squeeze(folded, range(len(text))), False)
    folded = table.fold(text, _ASCII_FOLD)  # every table folds ASCII alike
    offsets = table.offsets(text, folded) if with_offsets else None
    s, offsets = _squeeze(folded, offsets) if with_offsets else (" ".join(folded.split()), None)
    split = False
    if _SPELLED_HINT.search(" " + s) or _PIECES_PRE.search(text) and _PIECES_HINT.search(text):
        # the original separators decide (a dot or a space?): this step needs the offsets
        full = offsets if with_offsets else _squeeze(folded, table.offsets(text, folded))[1]
        spelled = _Spelled(text, full, table, _SPACED_ARTICLE.search(text) is not None)
        s, full = rewrite(_SPELLED, spelled, s, full)
        split = bool(spelled.splits)
        if splits is not None:
            splits.extend(spelled.splits)
        offsets = full  # computed now: kept, so that `Normalised.offsets` need not run this again
    if "!" in s or "|" in s:  # single letters split by ! or | ("f!u!c!k"): those are no letters
        s, offsets = rewrite(_BANG_WORD, _letters_only, s, offsets)
    ambiguous = False
    if _LEET_CHAR.search(s):
        if _LEET_IN_A_WORD.search(s):
            ambiguous = bool(_AMBIGUOUS.search(s))
            s = _decode_leet(s)  # one character for one: the offsets stay as they are
        if _SYMBOL.search(s) or "  " in s:  # (a "!" that opened a word is a space now: "sh !t")
            s, offsets = _squeeze(s.translate(_SYMBOLS_TO_SPACES), offsets)
    return s, offsets, ambiguous or WILDCARD in s or split


EAGER_OFFSETS = 256  # characters from which `Normalised` computes its offsets with its text


class Normalised:
    """The normalised form of one message; `offsets` is computed on first use.

    `masked_or_ambiguous`: the text has a star mask inside a word, an i/l leet character or a
    one-letter word before spelled letters (`splits`: where a space may go in `.text`), so
    `variants()` has more readings than the text itself (so does a stretched letter: `stretched`).
    `keep`: the `Keep` this text was read with (None: every letter folded to its base letter).
    """

    __slots__ = ("original", "text", "masked_or_ambiguous", "splits", "keep", "table", "_offsets", "_simple", "_runs",
                 "_source", "_starts", "_readings", "whole", "disguise")

    def __init__(self, original, simple=False, stretched=True, keep=None, source=None):
        """`simple`: see SIMPLE_HINT; `stretched=False` when the caller knows the text has no
        stretched letter (STRETCH_HINT did not match printable ASCII), so nobody looks for one.
        `source`: (text, starts) to read instead of `original`, starts[i] the index in `original`
        of its character i (see `alternates`)."""
        self.original, self._simple, self.keep = original, simple, keep
        self.table = FOLD if keep is None else keep.table
        # A kept letter typed as a base letter and a combining mark is read composed ("n\u0303" is ñ)
        if source is not None:
            self._source, self._starts = source
        else:
            self._source, self._starts = keep.compose(original) if keep is not None else (original, None)
        self.splits = []
        # A long text almost always has a hit or an allow-list question to map back (2,000
        # characters of chat: a pattern, a detector, a listed word), and reading it again for the
        # offsets cost a second pass of every step: it is read once with them.
        eager = len(self._source) >= EAGER_OFFSETS and self._starts is None
        self.text, self._offsets, self.masked_or_ambiguous = _pipeline(
            self._source, eager, simple, self.table, self.splits)
        if self._starts is not None:
            self._offsets = None  # of the source: mapped to the original on demand
        self._runs = None if stretched else ()
        self._readings = None
        self.whole = None  # a reading of joined pieces: the spans of the original its hits must cover
        self.disguise = False  # a reading of words no everyday word is typed as (doubled letters, symbols inside)

    def reading(self, keep):
        """This text read with the letters of `keep` kept: `self` when that reads the same."""
        if keep is None or not keep.applies(self.original):
            return self
        if self._readings is None:
            self._readings = {}
        if keep not in self._readings:
            self._readings[keep] = Normalised(self.original, keep=keep)
        return self._readings[keep]

    def alternates(self, may_begin=None):
        """Other readings of the text as a reader sees it, each a `Normalised` (most texts have
        none): words in upside-down letters read turned back, text after a right-to-left override
        read in the order it is shown, a Greek sigma among Latin or Cyrillic letters read as s,
        words with an emoji inside read without it, and words written in pieces joined
        (`joined`, which `may_begin` may spare)."""
        if self.original.isascii():
            return self.joined(may_begin)
        # a kept reading's letters typed with a combining mark stay composed ("an\u0303o" is año)
        text, composed = (self._source, self._starts) if isinstance(self._starts, list) else (self.original, None)
        sources = _alternate_sources(text) if _ALTERNATE_HINT.search(text) else []
        if _SYMBOL_BEFORE_LETTER.search(text) and _GLUED_SYMBOL.search(text) or _SPACED_SYMBOL.search(text):
            sources.extend(_unglued(text, may_begin))
        if composed is not None:
            sources = [(source, [composed[i] for i in starts]) for source, starts in sources]
        readings = [Normalised(self.original, keep=self.keep, source=source) for source in sources]
        return readings + self.joined(may_begin)

    def joined(self, may_begin=None):
        """The reading with the words written in pieces joined ("fu-cki-ng", "ar.sch.lo.ch"; see
        `joined_pieces`), `whole` set to their spans: a hit of it counts only as a whole word.

        `may_begin(word)`: may a term begin `word`, a word in pieces as `joined_word` reads it?
        A hit of this reading counts only where such a word starts with its term
        (`WordMatcher._whole`), so where no word may, the reading is not built: file names,
        abbreviations and hosts ("main.py", "e.g.", "node.js") are most words in pieces, and
        the reading cost more than the rest of such a message."""
        if not has_pieces(self.original):
            return []
        text = self._source if isinstance(self._starts, list) else self.original
        spans = joined_pieces(text)
        if not spans:
            return []
        if may_begin is not None:
            whole = spans if not isinstance(self._starts, list) else \
                [(self._starts[a], self._starts[b - 1] + 1) for a, b in spans]
            if not any(may_begin(joined_word(self.original, x, y, self.table)) for x, y in whole):
                return []
        return [self._without(text, spans, _PIECE_SEPARATORS)]

    def undoubled(self):
        """[the reading with every letter of its doubled words read once] ("sshhiitt", "kkeettaammiinnee",
        "ppiissss": each letter typed twice, a plural s maybe once), or []: `whole` set to those
        words as (start, end of its last letter kept, end), whose hits must cover one of them whole
        (`matcher._covering`). A word counts when its
        letters come in equal pairs, two different letters at least ("aabb" is a code, "mmmm" a
        hum, "bookkeeper" has single letters too): one RE2 pass over the text finds none in
        ordinary chat."""
        if self.whole is not None or not may_be_doubled(self.text):
            return []
        s, offsets, drop, spans = self.text, None, set(), []
        for m in _DOUBLED_WORD.finditer(s):
            word = m.group()
            even = word[:len(word) // 2 * 2]
            if not _doubled(word):
                continue
            if offsets is None:
                offsets = self.offsets
            a = m.start()
            pairs = [(offsets[a + k], offsets[a + k + 1]) for k in range(0, len(even), 2)]
            if any(x == y for x, y in pairs):
                continue  # one character read as two letters (ß is ss): no typed pair
            drop.update(y for _, y in pairs)
            last = pairs[-1][0] if len(word) == len(even) else offsets[m.end() - 1]  # the last letter kept
            spans.append((offsets[a], last + 1, offsets[m.end() - 1] + 1))
        if not spans:
            return []
        text = self.original
        keep = [i for i in range(len(text)) if i not in drop]
        reading = Normalised(self.original, keep=self.keep, source=("".join(text[i] for i in keep), keep))
        reading.whole, reading.disguise = spans, True
        return [reading]

    def symbolic(self, spans):
        """The reading with the symbols and spaces inside `spans` of the original taken out
        ("pe/nd\\ejo", "pen*d ejo", "kok*a in": a word broken by a symbol, its pieces maybe split
        by spaces too; the matcher finds where, `WordMatcher._symbolic`), `whole` set to them."""
        if self._starts is not None:
            return None
        reading = self._without(self.original, spans, _SYMBOLIC_DROP)
        reading.disguise = True
        return reading

    def spaced(self, spans):
        """The reading with the spaces inside `spans` of the original taken out ("Ar schl och",
        "vaf fanc ulo": a word split by spaces into pieces of uneven length; the matcher finds
        where), `whole` set to them: a hit of it counts only as a whole word, as in `joined`."""
        if self._starts is not None:
            return None
        # (round 10: and the emoji between the pieces, "schei 💩 sse")
        drop = _SPACED_DROP if self.original.isascii() else _SPACED_DROP | {
            c for a, b in spans for c in self.original[a:b] if not c.isascii() and unicodedata.category(c)[0] == "S"}
        return self._without(self.original, spans, drop)

    def _without(self, text, spans, drop):
        """A reading of `text` (this reading's source) without the characters of `drop` inside
        `spans`, its `whole` the spans in the original."""
        pieces, starts, pos = [], [], 0
        for a, b in spans:
            pieces.append(text[pos:a])
            starts.extend(range(pos, a))
            for i in range(a, b):
                if text[i] not in drop:
                    pieces.append(text[i])
                    starts.append(i)
            pos = b
        pieces.append(text[pos:])
        starts.extend(range(pos, len(text)))
        if isinstance(self._starts, list):
            starts = [self._starts[i] for i in starts]
            spans = [(self._starts[a], self._starts[b - 1] + 1) for a, b in spans]
        reading = Normalised(self.original, keep=self.keep, source=("".join(pieces), starts))
        reading.whole = spans
        return reading

    def runs(self):
        """The runs of three or more of the same letter in `.text`: [(start, end)]."""
        if self._runs is None:
            self._runs = _stretched(self.text)
        return self._runs

    @property
    def offsets(self):
        """offsets[i] is the index in the original text of the character text[i] came from."""
        if self._offsets is None:
            text, offsets, _ = _pipeline(self._source, True, self._simple, self.table)
            assert text == self.text
            if self._starts is not None:
                starts = self._starts() if callable(self._starts) else self._starts
                offsets = [starts[i] for i in offsets]
            self._offsets = offsets
        return self._offsets

    def span(self, start, end):
        """The span of the original text that normalised text[start:end] came from."""
        return original_span(self.original, self.offsets, start, end, self.table)


# --- texts shown in another order than they are typed ----------------------------------------------

# Upside-down text ("ʞɔnɟ") is written right to left in letters turned over: a word holding a turned
# letter is also read reversed, with the letters that are each other turned (n/u, p/d, b/q) swapped.
_ALTERNATE_HINT = re.compile("[\u202e\u03c3\u03c2\u03a3" + re.escape("".join(TURNED)) + "]")  # or a sigma
_TURNED = re.compile("[" + re.escape("".join(TURNED)) + "]")
_TURNED_WORD = re.compile("[^\\s\u202e]*[" + re.escape("".join(TURNED)) + "][^\\s\u202e]*")
_FLIP = str.maketrans({"n": "u", "u": "n", "p": "d", "d": "p", "b": "q", "q": "b", "N": "U", "U": "N",
                       "P": "d", "D": "p", "B": "q", "Q": "b", "6": "9", "9": "6", "∩": "u", "Ԁ": "p"})
_MIRROR = str.maketrans({"n": "u", "u": "n", "p": "b", "b": "p", "d": "q", "q": "d", "N": "U", "U": "N",
                         "P": "b", "B": "p", "D": "q", "Q": "d", "∩": "u", "Ԁ": "b"})
# A right-to-left override (U+202E) shows what follows it, up to its pop (U+202C), the pop of an
# isolate opened before it (U+2069) or the end of the line, in reverse: "f\u202ekcu" is shown
# "fuck", "jo\u202ered\u202c qué" "joder qué". Embeddings and isolates (U+202A/B, U+2066-8) do not
# reverse Latin letters, but they nest: what a left-to-right override (U+202D) or embedding inside
# an override holds keeps its own order, shown at its reversed place (UAX #9, X1-X8 and L2).
_OPENS = {"\u202a": (0, None, False), "\u202b": (1, None, False), "\u202d": (0, "L", False),
          "\u202e": (1, "R", False), "\u2066": (0, None, True), "\u2067": (1, None, True),
          "\u2068": (0, None, True)}  # (parity of the new level, override, isolate)
_LINE_ENDS = frozenset("\n\r\x1c\x1d\x1e\x85\u2029")
_AT_LEAST = [re.compile(b"[" + re.escape(bytes([level])) + b"-\xff]+") for level in range(127)]  # bytes >= level


def _displayed(text):
    """(source, starts): `text` in the order a left-to-right client shows it, the bidi controls
    left out. Only what a right-to-left override holds is reversed: every other character is read
    left to right as typed (as Latin letters are shown, in any embedding)."""
    levels, kept = [], []
    stack = [(0, None, False)]  # (level, override, isolate)
    for i, c in enumerate(text):
        if c in _OPENS:
            parity, override, isolate = _OPENS[c]
            level = stack[-1][0] + 1
            level += level % 2 != parity
            if level <= 125:  # the deepest level UAX #9 allows
                stack.append((level, override, isolate))
            continue
        if c == "\u202c":  # pops the last embedding or override, never an isolate
            if len(stack) > 1 and not stack[-1][2]:
                stack.pop()
            continue
        if c == "\u2069":  # pops the last isolate and all that was opened inside it
            if any(entry[2] for entry in stack):
                while not stack.pop()[2]:
                    pass
            continue
        if c in _LINE_ENDS:
            del stack[1:]
        level, override, _ = stack[-1]
        levels.append(level if override == "R" or level % 2 == 0 else level + 1)
        kept.append(i)
    # L2: from the highest level down to 1, reverse each run at that level or higher (the runs
    # found by a regex over the levels as bytes, the reversals slices: 125 nested overrides cost
    # a pass each in C, not a Python loop over every character)
    # Round 9: the levels no character has change nothing by themselves: from a level down to the
    # next one some character has, each pass reverses the same runs (reversing inside a run keeps
    # the characters of each level where they were), so an even number of them leaves the order
    # as it was (333 overrides never closed: levels up to 125, one pass instead of 125)
    order, shown = list(range(len(kept))), bytearray(levels)
    present = sorted(set(levels), reverse=True) + [0]
    for level, below in zip(present, present[1:]):
        if (level - below) % 2 == 0:
            continue
        for m in _AT_LEAST[level].finditer(shown):
            i, j = m.span()
            if j - i > 1:
                order[i:j] = order[i:j][::-1]
                shown[i:j] = shown[i:j][::-1]
    starts = [kept[k] for k in order]
    return "".join(text[i] for i in starts), starts


def _alternate_sources(text):
    """[(source, starts)]: the text with its upside-down words turned back, the text in the
    order it is shown when it has a right-to-left override, and the text with the Greek sigmas of
    its mixed-script words read as s (each only when the text has some)."""
    out = []
    if _TURNED.search(text) and _TURNED_WORD.search(text):  # (the hint may have been a sigma)
        words = [m.span() for m in _TURNED_WORD.finditer(text)]
        # round 9: a word may mix turned letters with plain ones typed as they are ("ʇoƃƃɐɟs",
        # "snɟʎʇlijer": a generator's output with a plain ending): besides the whole word, the
        # part from its first to its last turned letter is read turned back, stretched over the
        # plain letters a generator also writes for turned ones (s, o, x, z, n for u, p for d...)
        # on its left, on its right, or on neither side
        parts = [_turned_parts(text, a, b) if len(words) <= TURNED_WORDS else [(a, b)] for a, b in words]
        seen = set()
        for k in range(max(map(len, parts))):  # the k-th way to read each word (its last when it has fewer)
            spans = tuple(p[min(k, len(p) - 1)] for p in parts)
            if spans in seen:
                continue
            seen.add(spans)
            pieces, starts, pos = [], [], 0
            for a, b in spans:
                pieces.append(text[pos:a])
                starts.extend(range(pos, a))
                pieces.append(text[a:b][::-1].translate(_FLIP))
                starts.extend(range(b - 1, a - 1, -1))
                pos = b
            pieces.append(text[pos:])
            starts.extend(range(pos, len(text)))
            out.append(("".join(pieces), starts))
        # round 9: a generator turns a whole phrase, so its words come last to first too ("nɔ ou ɹɐɯoʇ
        # ıɐʌ" is "vai tomar no cu"): the stretch from the first turned word to the last read turned
        # back as one; and letters turned one by one in their order ("ɟnɔʞ": n for u)
        a, b = words[0][0], words[-1][1]
        if len(words) > 1:
            out.append((text[:a] + text[a:b][::-1].translate(_FLIP) + text[b:],
                        [*range(a), *range(b - 1, a - 1, -1), *range(b, len(text))]))
        # (round 10: or flipped top to bottom in their order, as a mirror under the line shows them:
        # "ɯǝɹqɐ", its q a d, and p for b)
        seen_flip = text
        for table in (_FLIP, _MIRROR):
            flipped = "".join(text[pos:x] + text[x:y].translate(table)
                              for pos, (x, y) in zip([0] + [y for _, y in words], words)) + text[b:]
            if flipped != seen_flip and flipped != text:  # (no p, b, d or q: the mirror reads the same)
                out.append((flipped, range(len(text))))
            seen_flip = flipped
    if "\u202e" in text:
        out.append(_displayed(text))
    if _SIGMA.search(text) and (read := _LETTERS.sub(_sigma_as_s, text)) != text:
        out.append((read, list(range(len(text)))))  # (a Greek text has no other reading)
    return out


# Plain letters an upside-down generator writes for turned ones: the same letter (s, o, x, z, l) or
# its turned partner (n for u, p for d, b for q...), so a turned word may begin or end with them.
_FLIPPABLE = frozenset("sSoOxXzZlInuNUpdbqH")


def _turned_parts(text, a, b):
    """The spans of the word text[a:b] (holding a turned letter) to read turned back: the whole
    word, then its turned letters (first to last) stretched by 0 to TURNED_STRETCH flippable plain
    letters on either side ("ʇoƃƃɐɟs": "ʇoƃƃɐɟ"; "ɐʇnds": "ɐʇnd", the n and d are a turned u and p)."""
    turned = [i for i in range(a, b) if text[i] in _TURNED_SET]
    first, last = turned[0], turned[-1] + 1
    lefts, rights = [first], [last]
    while len(lefts) <= TURNED_STRETCH and lefts[-1] > a and text[lefts[-1] - 1] in _FLIPPABLE:
        lefts.append(lefts[-1] - 1)
    while len(rights) <= TURNED_STRETCH and rights[-1] < b and text[rights[-1]] in _FLIPPABLE:
        rights.append(rights[-1] + 1)
    return [(a, b)] + [(x, y) for x in lefts for y in rights if (x, y) != (a, b)]


TURNED_STRETCH = 3  # plain letters a turned word may begin or end with, each side
TURNED_WORDS = 8  # past this many turned words, each is read whole only (an upside-down paragraph)


_TURNED_SET = frozenset(TURNED)


# Greek sigma looks like an o to Unicode (confusables.txt folds σ to o), but in a word that mixes it
# with Latin or Cyrillic letters ("ασѕhοlе": Greek alpha, sigma and omicron, Cyrillic dze, i and e)
# it is written for an s: such a word is also read with its sigmas as s. A Greek word is left as is.
# (Each word once, in one linear scan: "[^\W\d_]*σ" searched would rescan a long word from each
# of its letters.)
_SIGMA = re.compile("[σςΣ]")
_LETTERS = re.compile(r"[^\W\d_]+")
_NOT_GREEK = re.compile(r"[^\W\d_\u0370-\u03ff\u1f00-\u1fff]")


def _sigma_as_s(m):
    word = m.group()
    return word.translate(_SIGMA_TO_S) if _SIGMA.search(word) and _NOT_GREEK.search(word) else word


_SIGMA_TO_S = str.maketrans("σςΣ", "ssS")


# A word written in pieces of letters joined by single dashes, dots, underscores or middle dots, one
# piece of three letters or more among short ones ("fu-cki-ng", "ar.sch.lo.ch", "sc.he.iß.e"):
# the spelled-out step joins pieces of one or two letters only, and the split forms of a term
# have at most three pieces, each a whole word. Such a word is also read joined; since two words
# may be hyphenated or a host dotted ("sous-sol", "bbc.co.uk"), a hit of that reading counts
# only where it is the whole word (the matcher checks `Normalised.whole`).
_PIECE_SEPARATORS = frozenset("-._·")
_NO_PIECE_SEPARATORS = str.maketrans(dict.fromkeys(_PIECE_SEPARATORS))
_NO_MASKS = str.maketrans(dict.fromkeys("*#|"))  # a star or a pipe the fold keeps for the leet step
_PIECE_SEPARATOR = re.compile("[-._·]")
_WHITESPACE = frozenset(" \t\u00a0\u202f")
# round 8: a dot, dash or underscore splits a word unevenly as a space does ("gilip.ollas", "schei.sse",
# "kan.ker"): the pieces are what the normalised text has as words either way
_SPACED_DROP = _WHITESPACE | _PIECE_SEPARATORS
_PIECES_WORD = re.compile(r"(?<!\S)[^\W\d_]+(?:[-._·][^\W\d_]+)+(?=[\s,;:!?)]|\.?(?:\s|$)|$)")
_MAYBE_PIECES = re.compile(r"[^\W\d_][-._·][^\W\d_]")

# round 9: every letter typed twice ("sshhiitt", "kkeettaammiinnee", "ccaazzzzoo"): a word of two
# doubled letters or more, maybe one letter more at its end (a plural s), in the normalised text.
# RE2 has no backreference: one alternative a letter, a superset that `Normalised.undoubled` checks.
_MAYBE_DOUBLED = re2.compile("(?:^| )(?:" + "|".join(c * 2 for c in string.ascii_lowercase)
                             + "|[^\\x00-\\x7f]{2}){2,}[^ ]?(?: |$)")._regexp
_UNANCHORED = re2._Anchor.UNANCHORED
_DOUBLED_WORD = re.compile(r"(?<![^ ])[^\W\d_]{4,}(?![^ ])")


def may_be_doubled(s):
    """Does the normalised text `s` hold a word of doubled letters (`Normalised.undoubled`)? One
    RE2 pass; only where it finds one, a look at the words ("kkkkkk", a laugh, is one letter)."""
    encoded = s.encode()
    return _MAYBE_DOUBLED.Match(_UNANCHORED, encoded, 0, len(encoded))[0][0] >= 0 and \
        any(_doubled(m.group()) for m in _DOUBLED_WORD.finditer(s))


def _doubled(word):
    """Do the letters of `word` come in equal pairs (one more at its end maybe), two different
    letters at least?"""
    even = word[:len(word) // 2 * 2]
    return even[0::2] == even[1::2] and len(set(even)) >= 2
# round 9: a word broken by symbols that are no punctuation ("pe/nd\\ejo", "va/ff\\anculo", "pen*d ejo",
# "kok*a in"), in the original text: the word's letters joined, with up to two pieces after it
# (`WordMatcher._symbolic`). An apostrophe, a dash or a dot inside a word is writing, not a disguise.
SYMBOLS_INSIDE = "*#+~^=%&/\\<>|"  # round 9: a pipe too, among other symbols ("s/h\\i|t"; alone, "sh|t", it is leet)
# (Or a word of letters ended by such symbols, a piece after it: "kok* ain", "ket# amine".)
_SYMBOL_WORD = re.compile(r"(?<!\S)[^\W\d_]+(?:(?:[{0}]+[^\W\d_]+)+[,;:!?.)]*|[{0}]+(?=\s+[^\W\d_]))(?!\S)".format(
    re.escape(SYMBOLS_INSIDE)))
_SYMBOLIC_DROP = _WHITESPACE | frozenset(SYMBOLS_INSIDE)


def joined_word(original, start, end, table):
    """The word in pieces original[start:end] joined and folded, spaces left out: what a hit of
    the joined reading must begin with its term (`WordMatcher._whole`)."""
    word = original[start:end].translate(_NO_PIECE_SEPARATORS).translate(table).translate(_NO_MASKS).replace(" ", "")
    # (round 10: without the emoji between pieces, "schei 💩 sse")
    return word if word.isascii() else "".join(c for c in word if unicodedata.category(c)[0] != "S")


def has_pieces(text):
    """A fast first test for `joined_pieces`: a letter, a separator, a letter."""
    return ("-" in text or "." in text or "_" in text or "·" in text) and _MAYBE_PIECES.search(text) is not None


def joined_pieces(text):
    """[(start, end)]: the words of `text` written in pieces (see `_PIECES_WORD`): two or more
    pieces, at most four letters each, and at least one of one or two letters and one of three
    or more (pieces all of one or two letters are the spelled-out step's; a compound of long
    words, "well-known", "sous-sol", is no disguise)."""
    out = []
    for m in _PIECES_WORD.finditer(text):
        lengths = [len(p if p.isascii() else p.translate(FOLD)) for p in _PIECE_SEPARATOR.split(m.group())]  # ß is ss
        if max(lengths) <= 4 and min(lengths) <= 2 and max(lengths) >= 3:
            out.append(m.span())
    return out


# An emoji or other symbol inside a word ("sh💩it", "bi🤬tch"): the fold makes it a word of its own
# (so that a pack can list one), which splits the word around it in two. (Between single letters,
# "f🔥u🔥c🔥k", the spelled-out step joins them already.)
_GLUED_SYMBOL = re.compile(r"(?:(?<=[^\W_]{2})|(?<=[^\W_])(?=[^\w\s\x00-\x7f]+[^\W_]{2}))"
                           r"[^\w\s\x00-\x7f]+(?=[^\W_])")
_SYMBOL_BEFORE_LETTER = re.compile(r"[^\w\s\x00-\x7f](?=[^\W_])")  # a fast first test (no lookbehind)
# Round 10: an emoji with a space on each side between two pieces of letters ("sh 💩 it", "fu 🔥 ck"):
# read without it (and one of the spaces), the pieces are a split form's ("sh it"), with its guards
# ("love 💖 it" is "love it", two words). The letter before it is checked in `_symbols`, and that a
# term may begin the two pieces joined (the matcher's `may_begin`): a chat message with emoji
# between its words pays a reading only where one could hold a term ("lol 😂 ok" does not).
_SPACED_SYMBOL = re.compile(r" [^\w\s\x00-\x7f]{1,3}(?= [^\W_])")
_LAST_WORD, _FIRST_WORD = re.compile(r"\S+$"), re.compile(r"\S+")


def _symbols(text, may_begin=None):
    """The symbols glued inside words, and those between two pieces with a space each side."""
    if _SYMBOL_BEFORE_LETTER.search(text):  # (a glued symbol is one before a letter: no lookbehind at every position)
        yield from _GLUED_SYMBOL.finditer(text)
    for m in _SPACED_SYMBOL.finditer(text):
        if m.start() and text[m.start() - 1].isalpha():
            if may_begin is None:
                yield m
                continue
            before = _LAST_WORD.search(text, max(0, m.start() - 24), m.start())
            after = _FIRST_WORD.match(text, m.end() + 1)
            if not (before and after and (_piece_like(before.group()) or _piece_like(after.group()))):
                continue  # two words ("me 😂 the"): a split form needs a piece that is no word
            joined = "".join(c for c in folded(before.group() + after.group(), False)[0] if c.isalnum())
            if may_begin(joined):
                yield m


# The two-letter words of the seven languages that are no piece of a split word ("me 😂 the").
_TWO_LETTER_WORDS = frozenset("""
me my to it is in on at of an as be do go he if no so up us we el la lo le de di da du en es et il ne se si
te tu un ya je ik ze er zu im am um em na ou os eu ma mi ti ci al ok oh
""".split())


def _piece_like(word):
    """May `word` be a piece of a split word: one letter, no vowel, or two letters that are no word
    (as the split forms have it: "sh", "ck", "fu", "pu")?"""
    word = word.lower()
    return len(word) == 1 or _VOWEL_LETTERS.isdisjoint(word) or len(word) == 2 and word not in _TWO_LETTER_WORDS


_VOWEL_LETTERS = frozenset("aeiouyàáâãäåèéêëìíîïòóôõöùúûü")


def _unglued(text, may_begin=None):
    """[(source, starts)]: the text without the symbols glued inside its words, or standing between
    two pieces of a word, if it has some (not letters of another style, which fold to letters: "a🅑c")."""
    pieces, starts, pos = [], [], 0
    masked, masked_starts, masked_pos = [], [], 0  # round 11: the same, one emoji read as a masked letter
    for m in sorted(_symbols(text, may_begin), key=lambda m: m.start()):
        if m.start() < pos or any(c.isalnum() for c in "".join(map(fold, m.group()))):
            continue
        pieces.append(text[pos:m.start()])
        starts.extend(range(pos, m.start()))
        pos = m.end()
        # One emoji (maybe with its variation selector) glued between two letters stands for a
        # letter as a star does ("sh🏀t", "pr🤬ck"): read as `*`, the mask the matcher unmasks.
        if len(m.group().rstrip("\ufe0f")) == 1 and m.start() and text[m.start() - 1].isalpha() \
                and m.end() < len(text) and text[m.end()].isalpha():
            masked.append(text[masked_pos:m.start()] + "*")
            masked_starts.extend(range(masked_pos, m.start() + 1))
            masked_pos = m.end()
    if not pieces:
        return []
    pieces.append(text[pos:])
    starts.extend(range(pos, len(text)))
    readings = [("".join(pieces), starts)]
    if masked:
        masked.append(text[masked_pos:])
        masked_starts.extend(range(masked_pos, len(text)))
        readings.append(("".join(masked), masked_starts))
    return readings


def original_span(original, offsets, start, end, table=FOLD):
    """Map [start, end) of a normalised string to the original, taking in what follows the last
    character and was read away: invisible characters and the rest of a stretched letter.

    Only up to where the next character of the normalised string came from: that one was not read
    away. (Without this bound each hit in a run of a listed emoji, which is a word of its own
    each time, ran to the end of the run: n hits of n characters.)"""
    a, b = offsets[start], offsets[end - 1] + 1
    if end - start > 1 and isinstance(offsets, list):
        part = offsets[start:end]  # a reading that reverses text (upside-down, right-to-left override),
        lo, hi = min(part), max(part) + 1  # maybe only part of a word ("ʇoƃƃɐɟs" read "faggots")
        if lo < a or hi > b or b <= a + 1:
            a, b = lo, hi
            if part[0] > part[-1]:
                return a, b  # reversed: what follows in the reading came before in the text
    k = end  # the next character from a later one of the original (not a space the fold padded an emoji with)
    while k < len(offsets) and offsets[k] < b:
        k += 1
    limit = offsets[k] if k < len(offsets) else len(original)
    last = table[ord(original[b - 1])]
    while b < limit and table[ord(original[b])] in ("", last) and not original[b].isspace():
        b += 1
    return a, b


def normalise(text, keep=""):
    """The `Normalised` form of `text`, with the letters of `keep` (a pack's `keep:`) kept."""
    return Normalised(text, keep=keep_for(keep) if keep else None)


# --- language-aware folding: a pack's `keep:` letters ---------------------------------------------

class _Differs(dict):
    """`str.translate` table of a Keep: a character the Keep reads unlike the plain fold -> "x",
    any other -> "" (deleted); filled on first sight of each character."""

    def __init__(self, keep):
        super().__init__()
        self.keep = keep

    def __missing__(self, codepoint):
        c = chr(codepoint)
        value = self[codepoint] = "x" if c in self.keep.marks or self.keep.table[codepoint] != FOLD[codepoint] else ""
        return value


class Keep:
    """The letters one or more packs must not fold to their base letter (`keep: "ñ"`): Spanish
    "año" (year) is not "ano", German "schwül" is not "schwul".

    The packs' word entries are matched on a reading of the text made with `table`, which folds
    everything as FOLD does except these letters (and their capitals), which stay, lower-cased.
    `applies(text)` tells whether that reading differs from the plain one at all: only then does
    the matcher read the text a second time. Built once per distinct set of letters (`keep_for`).
    """

    def __init__(self, letters):
        self.letters = frozenset(letters)
        self.table = FoldTable(keep=self.letters)
        # The combining marks of the kept letters: "n" + U+0303 is composed to "ñ" before folding.
        self.marks = frozenset(m for c in self.letters for m in unicodedata.normalize("NFD", c)[1:])
        marks = "".join(sorted(self.marks))
        self._decomposed = re.compile(f"[^\\W\\d_][{re.escape(marks)}]+") if marks else None
        self._differs = _Differs(self)

    def applies(self, text):
        """Does `text` hold a character this keep reads unlike the plain fold?"""
        if text.isascii():
            return False
        return bool("".join(_NOT_ASCII_RUN.findall(text)).translate(self._differs))

    def compose(self, text):
        """(text with each letter + combining marks composed where Unicode composes them, starts):
        starts[i] is the index in `text` of the composed text's character i (None: unchanged)."""
        if self._decomposed is None or not self._decomposed.search(text):
            return text, None
        out, starts, pos = [], [], 0
        for m in self._decomposed.finditer(text):
            group, a = m.group(), m.start()
            composed = unicodedata.normalize("NFC", group)
            tail = len(composed) - 1  # the marks left uncomposed, if any, end the group
            if len(composed) >= len(group) or tail and composed[1:] != group[-tail:]:
                continue
            out.append(text[pos:a])
            starts.extend(range(pos, a))
            out.append(composed)
            starts.append(a)
            starts.extend(range(a + len(group) - tail, a + len(group)))
            pos = m.end()
        out.append(text[pos:])
        starts.extend(range(pos, len(text)))
        return "".join(out), starts

    def __repr__(self):
        return f"Keep({''.join(sorted(self.letters))!r})"


_KEEPS = {}


def keep_for(letters):
    """The one `Keep` for a set of letters (lower case), shared by every pack that names them."""
    key = "".join(sorted(set(letters)))
    if key not in _KEEPS:
        _KEEPS[key] = Keep(key)
    return _KEEPS[key]


# --- readings of an ambiguous text ----------------------------------------------------------------

MAX_VARIANTS = 64
VARIANT_BUDGET = 8000  # characters of variants per message: a long message gets fewer readings


def variants(n):
    """Yield (string, edits, changed) for each reading of `n`; the first is `n.text` itself, with
    no edits.

    Each stretched run is read as one letter and as two; each i/l leet character as both letters;
    a one-letter word before spelled letters joined and apart (`Normalised.splits`); a star mask
    is matched against the terms directly, see matcher.py. Past MAX_VARIANTS
    combinations (fewer for a long text: VARIANT_BUDGET) the remaining choices take their first
    option only. `edits` turn n.offsets into the reading's offsets (`variant_offsets`), which only
    a reading that has a hit needs. `changed` tells, edit by edit, where the reading differs from
    one already given (the second reading takes every first option; each later one differs from
    it only in its other options): a matcher need only look again there.
    """
    s = n.text
    yield s, (), ()
    choices = []  # ((start, end), [options]); an option replaces s[start:end] ('' deletes)
    for a, b in n.runs():
        choices.append(((a + 1, b), ["", s[a]]))  # the rest of the run: gone, or one more letter
    for a in n.splits:
        choices.append(((a, a), ["", " "]))  # a spelled-out letter that may be a word of its own
    if n.masked_or_ambiguous:
        offsets = n.offsets
        for m in _I_OR_L.finditer(s):
            i = m.start()
            source = FOLD[ord(n.original[offsets[i]])]
            if source in AMBIGUOUS:
                choices.append(((i, i + 1), list(AMBIGUOUS[source])))
    if not choices:
        return
    choices.sort()
    choices = [c for i, c in enumerate(choices) if i == 0 or c[0][0] >= choices[i - 1][0][1]]  # no overlaps
    total, spans, options, limit = 1, [], [], max(2, min(MAX_VARIANTS, VARIANT_BUDGET // max(len(s), 1)))
    for (a, b), opts in choices:
        if total * len(opts) > limit:
            opts = opts[:1]
            if opts[0] == s[a:b]:
                continue  # an i/l read as itself: no edit (a long text has hundreds of these)
        total *= len(opts)
        spans.append((a, b))
        options.append(opts)
    seen, first = {s}, True
    for combo in itertools.product(*options):
        out, pos = [], 0
        for (a, b), rep in zip(spans, combo):
            out.append(s[pos:a])
            out.append(rep)
            pos = b
        out.append(s[pos:])
        v = "".join(out)
        if v not in seen:
            seen.add(v)
            changed = (True,) * len(combo) if first else tuple(rep != opts[0] for rep, opts in zip(combo, options))
            yield v, tuple(zip(spans, combo)), changed
        first = False  # all first options: the second reading, or the text itself


def variant_offsets(n, edits):
    """The offsets of the reading of `n` that `edits` (from `variants`) make."""
    offsets = n.offsets
    if not edits:
        return offsets
    out, pos = [], 0
    for (a, b), rep in edits:
        out.extend(offsets[pos:a])
        out.extend(offsets[a:a + len(rep)] if b - a >= len(rep) else [offsets[a]] * len(rep))
        pos = b
    out.extend(offsets[pos:])
    return out


# --- disguised words --------------------------------------------------------------------------------

# A character that may be a look-alike letter of another style or an invisible one (anything past
# the Latin letters, and the soft hyphen): a fast first test for `Disguises`.
MAYBE_DISGUISED = re.compile("[\u00ad\u0250-\U0010ffff]")
_STYLED: dict[str, bool] = {}  # character -> is it a letter of another style (filled on first sight)


def styled(c):
    """Is `c` a letter typed in another style than the plain Latin alphabet of the seven languages
    (with its accents, ß, æ, œ, ı...): a small capital, a Cherokee, Greek or Cyrillic look-alike,
    a fullwidth, mathematical, enclosed, regional-indicator or upside-down letter? What the fold
    makes of it decides whether it is a letter at all (a circled Ⓒ is a symbol for Unicode)."""
    if c.isascii():
        return False
    out = _STYLED.get(c)
    if out is None:
        name = unicodedata.name(c, "")
        plain = unicodedata.normalize("NFD", c)[0].isascii() or c in "ªº" or (
            name.startswith(("LATIN SMALL LETTER", "LATIN CAPITAL LETTER", "LATIN SMALL LIGATURE",
                             "LATIN CAPITAL LIGATURE")) and "TURNED" not in name)
        out = _STYLED[c] = not plain and any(ch.isalpha() for ch in fold(c))
    return out


def _invisible(c):
    """Does `c` vanish in the fold without being an accent (a zero-width space or joiner, a soft
    hyphen, a bidi control, a Hangul filler)?"""
    return not c.isascii() and not FOLD[ord(c)] and unicodedata.category(c) != "Mn"


def _guise(word):
    """How a word of the original text is typed: "plain" (Latin letters, accents included),
    "styled" (a letter of another style), "hidden" (an invisible character between two of its
    letters), or None (no letter: a number, an emoji)."""
    if word.isascii():
        return "plain" if _ASCII_LETTER.search(word) else None
    kind, hidden = None, False  # hidden: an invisible character after a letter
    for c in word:
        if styled(c):
            return "styled"
        if c.isalpha() or c in "ªº":
            if hidden:
                kind = "hidden"
            elif kind is None:
                kind = "plain"
        elif kind and _invisible(c):
            hidden = True
    return kind


_ASCII_LETTER = re.compile("[A-Za-z]")


class Disguises:
    """Which words of a message are disguised: written with letters of another style alone among
    words typed plainly, or with an invisible character between their letters (round 10: wherever
    they stand, alone in the message too: no style hides a character inside a word).

    Nobody disguises an everyday word: "ᴄʀᴀᴄᴋ", "c\\u200boke" and "ᏚᏢᎬᎬᎠ" in a sentence typed in
    plain letters hide the word from a filter, so they mean the drug (or the swear) without the
    context word that the everyday sense would need. A message written wholly in a fancy font
    (every word small capitals or bold script), or a phrase in one ("a ᴄᴏᴋᴇ ᴢᴇʀᴏ please"),
    disguises no word in particular: there a word needs its context as usual; but a message of one
    styled word alone ("ｃｏｋｅ", "ⓔⓡⓞⓘⓝⓐ") styles that word. Only a text that
    `MAYBE_DISGUISED` finds something in needs one of these; `possible` tells whether any of its
    words can be disguised at all."""

    def __init__(self, text):
        self.text = text
        words = list(_WORD.finditer(text))
        self.starts, self.ends = [w.start() for w in words], [w.end() for w in words]
        self.kinds = [_guise(w.group()) for w in words]
        self.plain, self.styled = self.kinds.count("plain"), self.kinds.count("styled") + self.kinds.count("hidden")
        # can any word be disguised: a styled word between words that are not, among as many plain
        # words (a hit of several words takes a few styled words out of the count)
        kinds = [None, *self.kinds, None]
        # round 10: a message that is one styled word and nothing else but emoji or punctuation
        # ("ｈａｃｈís", "ⓔⓡⓞⓘⓝⓐ 💉") styles that word alone: it is as disguised as one among plain words;
        # an invisible character between a word's letters is no style: a disguise wherever it stands
        self.alone = self.plain == 0 and self.styled == 1
        self.possible = self.alone or "hidden" in self.kinds or self.plain >= 1 and self.plain + 3 > self.styled and any(
            kind == "styled" and kinds[k] != "styled" and kinds[k + 2] != "styled"
            for k, kind in enumerate(self.kinds))

    def covers(self, start, end):
        """Is text[start:end] (a hit) disguised: styled, its neighbours not (a phrase in a fancy
        font, "ᴄᴏᴋᴇ ᴢᴇʀᴏ", is emphasis), and most other words of the message plain?"""
        guise = _guise(self.text[start:end])
        if guise == "hidden":
            return True  # round 10: an invisible character inside a word is no style, whatever its neighbours
        if guise != "styled":
            return False
        if self.alone:
            return True
        # the words the hit touches (the words end in increasing order, like their starts)
        a, b = bisect.bisect_right(self.ends, start), bisect.bisect_left(self.starts, end)
        kinds = self.kinds[a:b]
        if a > 0 and self.kinds[a - 1] == "styled" or b < len(self.kinds) and self.kinds[b] == "styled":
            return False
        plain = self.plain - kinds.count("plain")
        return plain >= 1 and plain > self.styled - kinds.count("styled")


_WORD = re.compile(r"\S+")
