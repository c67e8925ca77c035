"""The words a regex cannot match without: a gate in front of a set of rules.

`anchors(regex)` returns a set of strings such that every text the regex matches holds one of them
(or None when no such set is found: the regex can match without any literal). It is the idea of
RE2's prefilter and of Google Code Search's trigram index, read off the parsed regex: a literal is
itself; a sequence keeps the best of its parts (the longest words it must hold); an alternation
needs one of its branches' words; a repeat of at least one its item's words; anything the analysis
does not know (a lookaround, `\\w`, `.`, a large class) requires nothing.

The solicitation detector uses it to answer "can any of ~110 rules match this text?" with one
Aho-Corasick pass over the folded view (round 11, docs/performance.md "Round 11 speed"): a text in
another script woke every rule before, since its pack's hand-written `hint` reads the raw text.

`space_is` names what `\\s` can be in the texts the regex reads: the folded view has only " " (every
other space folds to it), so `\\s` there is the one-character word " " and "earn\\s+" needs "earn ".
"""

import importlib
import re
import sys
from itertools import product

# the parser of the standard `re` (private, the same since Python 3.6; renamed in 3.11)
_RENAMED = sys.version_info >= (3, 11)
sre_parse = importlib.import_module("re._parser" if _RENAMED else "sre_parse")
sre_constants = importlib.import_module("re._constants" if _RENAMED else "sre_constants")

# How many strings a choice may be before it is thrown away for a wider one ("[a-z]" is 26 strings,
# "[a-z][a-z]" would be 676): more strings gate no better and cost the automaton memory.
LIMIT = 64
_C = sre_constants


def anchors(regex, space_is=None):
    """A set of strings one of which every match of `regex` holds, or None (see the module)."""
    try:
        parsed = sre_parse.parse(_ESCAPE.sub(_as_python, regex))
    except Exception:  # RE2 syntax Python's parser does not read: no gate
        return None
    if parsed.state.flags & (_C.SRE_FLAG_IGNORECASE | _C.SRE_FLAG_VERBOSE):
        return None
    exact, need = _sequence(parsed, space_is)
    best = _best(need + ([exact] if exact is not None else []))
    return None if best is None else _minimal(best)


def strings(regex):
    """Every string `regex` matches, when it matches a few (at most LIMIT) and nothing else, or None."""
    try:
        parsed = sre_parse.parse(_ESCAPE.sub(_as_python, regex))
    except Exception:
        return None
    if parsed.state.flags & (_C.SRE_FLAG_IGNORECASE | _C.SRE_FLAG_VERBOSE):
        return None
    exact, need = _sequence(parsed, None)
    return exact if not need and exact is not None and all(exact) else None


# RE2's escapes that Python's parser does not read, taken one escape at a time (an escaped backslash
# before a "p" stays one): a Unicode class (\pL, \p{So}) becomes \W, something that is no literal
# in a class or out of one; a code point in braces (\x{2600}) the character; \z is Python's \Z
_ESCAPE = re.compile(r"\\(?:[pP](?:\{\w+\}|\w)|x\{([0-9a-fA-F]+)\}|z|.)", re.S)


def _as_python(m):
    if m.group(1):
        return re.escape(chr(int(m.group(1), 16)))
    if m.group()[1] in "pP":
        return r"\W"
    return r"\Z" if m.group() == r"\z" else m.group()


def _best(candidates):
    """The candidate set that gates best: its shortest string the longest, then the fewest strings."""
    sets = [c for c in candidates if c and "" not in c]
    return max(sets, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _minimal(strings):
    """The strings no shorter one of the set is part of (a text holding "earn x" holds "earn")."""
    kept = []
    for s in sorted(strings, key=len):
        if not any(k in s for k in kept):
            kept.append(s)
    return set(kept)


def _sequence(items, space_is):
    """(the exact strings of the run of items at the end, or None; [candidate sets before it])."""
    need, exact = [], {""}
    for op, av in items:
        for part in _parts(op, av, space_is):
            if part is None:  # requires nothing: the run so far is a candidate, a new run starts
                need.append(exact)
                exact = {""}
                continue
            kind, strings = part
            if kind == "need":
                need += [exact, strings]
                exact = {""}
                continue
            joined = {a + b for a, b in product(exact, strings)} if len(exact) * len(strings) <= LIMIT else None
            if joined is None:
                need.append(exact)
                exact = set(strings)
            else:
                exact = joined
    return exact, need


def _parts(op, av, space_is):
    """What one parsed item contributes, as a list of ("exact", strings), ("need", strings) or None."""
    if op is _C.LITERAL:
        return [("exact", {chr(av)})]
    if op is _C.AT or op in (_C.ASSERT, _C.ASSERT_NOT):
        return [("exact", {""})]  # zero width
    if op is _C.IN:
        chars = _class(av, space_is)
        return [None if chars is None else ("exact", chars)]
    if op is _C.CATEGORY:
        chars = _category(av, space_is)
        return [None if chars is None else ("exact", chars)]
    if op is _C.SUBPATTERN:
        flags_on, flags_off = av[1], av[2]
        if flags_on & (_C.SRE_FLAG_IGNORECASE | _C.SRE_FLAG_VERBOSE) or flags_off:
            return [None]
        exact, need = _sequence(av[3], space_is)
        return [("need", s) for s in need if s and "" not in s] + [("exact", exact) if exact is not None else None]
    if op is _C.BRANCH:
        return [_branch(av[1], space_is)]
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
        low, high, item = av
        exact, need = _sequence(item, space_is)
        whole = _best(need + [exact]) if exact is not None else _best(need)
        if low == 0:
            if high == 1 and exact is not None and not need:
                return [("exact", exact | {""})]  # optional: it or nothing
            return [None]
        if exact is not None and not need:
            # x{n,m}: x, x again up to three times, then nothing known ("\s+" is " " then anything)
            parts: list = [("exact", exact)] * min(low, 3)
            return parts + ([None] if high != low or low > 3 else [])
        return [("need", whole) if whole else None]
    return [None]  # ANY, NOT_LITERAL, GROUPREF, a lookbehind's reach...: requires nothing


def _branch(alternatives, space_is):
    exacts, needs = [], []
    for alternative in alternatives:
        exact, need = _sequence(alternative, space_is)
        if exact is not None and not need:
            exacts.append(exact)
            continue
        best = _best(need + ([exact] if exact is not None else []))
        if best is None:
            return None  # a branch that requires nothing: neither does the alternation
        needs.append(best)
    union = set().union(*exacts) if exacts else set()
    if not needs and len(union) <= LIMIT:
        return ("exact", union)
    for exact in exacts:  # exact branches become their own requirement
        if "" in exact:
            return None
        needs.append(exact)
    return ("need", set().union(*needs))


def _category(code, space_is):
    if code is _C.CATEGORY_DIGIT:
        return set("0123456789")
    if code is _C.CATEGORY_SPACE and space_is is not None:
        return set(space_is)
    return None


def _class(items, space_is):
    chars = set()
    for op, av in items:
        if op is _C.LITERAL:
            chars.add(chr(av))
        elif op is _C.RANGE and av[1] - av[0] < LIMIT:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is _C.CATEGORY and _category(av, space_is) is not None:
            chars |= _category(av, space_is)
        else:  # NEGATE, a large range, \w...
            return None
        if len(chars) > LIMIT:
            return None
    return chars
