"""The engine: a directory of packs compiled into one immutable object whose `check` is pure."""

import bisect
import hashlib
import itertools
import logging
import operator
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import re2

from .detectors import DETECTORS, VALIDATORS
from .matcher import ENDINGS, PatternMatcher, WordMatcher, _Spans, priced
from .normalize import SIMPLE_HINT, STRETCH_HINT, Normalised, folded, has_pieces, original_span, simple_text
from .packs import ACTIONS, PATTERN_OPTIONS, RulePackError, pack_files, parse_pack

log = logging.getLogger(__name__)

# block > mask > flag > allow
ACTION_RANK = {"allow": 0, **{a: i + 1 for i, a in enumerate(ACTIONS)}}
STRETCHED, NOT_SIMPLE = "stretched", "not simple"  # keys of the normaliser's hints in the raw RE2 set
# The longest text read again without its swear words (_unsworn): a phrase broken by a swear is a
# chat line's, and the second reading of a 2,000-character flood of held words and swears would
# double its cost.
UNSWORN_MAX = 600
# The raw RE2 set's hints kept apart, each group a set of its own (PatternMatcher `apart`): by
# detector name, the normaliser's hints by key; the patterns and every other hint share the first
# set. One set of all ~46 entries built a DFA state for each combination of what they track (a
# count of repeated characters, number words, stretched letters, school and street words...):
# 7-20 µs a message new to it, and on text in other languages more states than its memory holds
# (~270 µs a text, seen or not). Four sets, grouped by measuring: docs/performance.md, "Second pass".
RAW_APART = (("person", "address", "link", "solicitation"), ("phone", STRETCHED), ("flood",))
_ESCAPES = re.compile(r"\\(?:[pPx]\{[^}]*\}|x[0-9A-Fa-f]{2}|.)")
_UPPER = re.compile(r"[A-Z]")
_NOT_SPACE = re.compile(r"\S")
_DOMAIN = re.compile(r"(?i)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}")
_SCHEME = re.compile(r"^\s*[a-z][a-z0-9+.-]*\s*(?::|\[:\]|\(:\))\s*/\s*/\s*")
_DEFANGED_DOT = re.compile(r"\s*(?:\[\.\]|\(\.\)|\{\.\}|[\[({<]dot[\])}>])\s*|\s+dot\s+")
_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*")
_PACK_RULE, _END, _START = operator.itemgetter(0, 1), operator.itemgetter(3), operator.itemgetter(2)


class Hit(NamedTuple):
    """One match: which pack and rule, and where in the ORIGINAL text (`text[start:end] == matched`).

    `rule` is the term as the pack lists it, a pattern's id, or a detector's name (`flood:char`).
    The engine itself adds one kind: pack "engine", category "over_budget", rule "max_chars", a
    mask over the part of a text past `Engine.max_chars`, which it did not read.
    """
    pack: str
    category: str
    rule: str
    start: int
    end: int
    matched: str
    action: str
    severity: str


class Verdict(NamedTuple):
    """What to do with one message.

    `action` is the strongest action among the hits (block > mask > flag), "allow" without hits;
    `text` is the text to deliver: the original with every `mask` hit's characters replaced by '*'
    (whitespace inside a masked span is kept); `hits` are sorted by start; `categories` sorted.
    """
    action: str
    text: str
    hits: tuple = ()
    categories: tuple = ()

    @property
    def flagged(self):
        return self.action != "allow"


@dataclass(frozen=True)
class PackInfo:
    """A loaded pack as the admin console lists it."""
    id: str
    category: str
    version: object
    path: str
    enabled: bool
    action: str
    severity: str
    description: str = ""
    supersedes: tuple = ()
    counts: dict = field(default_factory=dict)


def mask(text, spans):
    """`text` with the non-space characters of every span replaced by '*' (spans sorted by start;
    built in one pass: a message may have hundreds)."""
    out, pos = [], 0
    for start, end in spans:
        start = max(start, pos)  # overlapping spans: the rest of this one
        if end > start:
            out.append(text[pos:start])
            out.append(_NOT_SPACE.sub("*", text[start:end]))
            pos = end
    out.append(text[pos:])
    return "".join(out)


class _Compiled:
    """The matchers of a list of packs."""

    def __init__(self, packs):
        self.packs = packs
        self.ids = [p.id for p in packs]  # sort keys of hits: a run of a listed emoji has thousands
        # Hits sort by (start, end, pack id, rule). Where the packs are in the order of their ids
        # (files sorted by name) the pack index sorts alike, and thousands of hits (a run of a
        # listed emoji) sort faster in three stable passes on keys in C than once on a tuple.
        self.by_id = self.ids == sorted(self.ids)
        self.words = WordMatcher(packs)
        detectors = [(i, d) for i, pack in enumerate(packs) for d in pack.detectors]
        self.always = [(i, d) for i, d in detectors if not d.hint]
        self.hinted = {k: (i, d) for k, (i, d) in enumerate(detectors) if d.hint}
        # One RE2 set over the raw text: the raw patterns, the detectors' hints, the stretch hint,
        # and the `folded` patterns that read the same on printable ASCII made case-insensitive
        # (the folded view of such a text is its lower case): most messages need no second pass.
        folded_patterns = self._patterns("folded")
        self.merged = [(i, p, re2.compile("(?i)" + p.regex, PATTERN_OPTIONS)) for i, p in folded_patterns
                       if not _UPPER.search(_ESCAPES.sub("", p.regex))]
        hints = [(k, d.hint) for k, (_, d) in self.hinted.items()] + [(STRETCHED, STRETCH_HINT),
                                                                       (NOT_SIMPLE, SIMPLE_HINT),
                                                                       *self.words.RAW_HINTS]
        names = {k: d.name for k, (_, d) in self.hinted.items()} | {STRETCHED: STRETCHED, NOT_SIMPLE: NOT_SIMPLE}
        apart = [[k for k, name in names.items() if name in group] for group in RAW_APART]
        self.raw = PatternMatcher(self._patterns("raw") + self.merged, hints, apart)
        self.normalised = PatternMatcher(self._patterns("normalised"))
        self.folded = PatternMatcher(folded_patterns)  # any text
        # allow-list entries that are domains ("github.com"): links to them are not hits
        self.domains = {i: ds for i, pack in enumerate(packs)
                        if (ds := tuple(w.term.lower() for w in pack.allow if _DOMAIN.fullmatch(w.term)))}
        merged = {p for _, p, _ in self.merged}
        self.folded_unmerged = PatternMatcher([e for e in folded_patterns if e[1] not in merged])
        # what a reader skips inside a phrase: swear words (hits of a profanity pack) and the packs'
        # `fillers` (see _unsworn)
        self.swears = frozenset(i for i, pack in enumerate(packs) if pack.category == "profanity")
        self.fillers = _fillers(packs)
        self.drug_packs = frozenset(i for i, pack in enumerate(packs) if pack.category == "drugs")
        # the swear packs' one-word terms (a capitalised word after a title that is one is no
        # surname: "Mr Shithead"), and their terms a pack allows after a title: names (Dick, Fick)
        self.swear_keys = frozenset(w.key for i in self.swears for w in packs[i].words if " " not in w.key)
        # the swear packs' one-word allow entries, for a word split unevenly around a term ("h osti a")
        self.allowed_words = {i: frozenset(w.key for w in packs[i].allow
                                           if not (w.context or w.prefix or w.suffix or " " in w.key))
                              for i in self.swears}
        self.first_names = frozenset(w.key for i in self.swears for w in packs[i].allow
                                     if w.context == "title" and " " not in w.key)

    def sort(self, found):
        """`found` sorted by (start, end, pack id, rule)."""
        if len(found) < 64 or not self.by_id:
            ids = self.ids
            return sorted(found, key=lambda f: (f[2], f[3], ids[f[0]], f[1]))
        found = sorted(found, key=_PACK_RULE)
        found.sort(key=_END)
        found.sort(key=_START)
        return found

    def _patterns(self, on):
        return [(i, p) for i, pack in enumerate(self.packs) for p in pack.patterns if p.on == on]

    def hits(self, text):
        """Every hit of every pack, before `supersedes`: [(pack index, rule, start, end)]."""
        raw, hinted = self.raw.match(text)
        ascii_ = text.isascii()
        plain = ascii_ and text.isprintable()
        simple = plain and NOT_SIMPLE not in hinted
        if not plain and self.merged:  # the merged folded patterns only count on plain text
            raw = [hit for hit in raw if hit[1].on != "folded"]
        found, deferred = [], []  # deferred: word hits held back by a context with cues (see _cued)
        held = []  # the packs of the words held back for want of a context word (see _unsworn)
        # STRETCH_HINT sees every stretched letter of an ASCII text; elsewhere, look-alikes may make one
        stretched = STRETCHED in hinted or not ascii_
        pieces = ascii_ and has_pieces(text)
        if simple and not stretched and not pieces:
            # Most chat: printable ASCII with nothing to decode. Its normalised text is its fold
            # alone, and without a listed term in it the `Normalised` (and its offsets) is only
            # needed if a pattern or detector finds something (`n` made then, on demand).
            n, s = None, simple_text(text)
            # a word split unevenly by spaces, of doubled letters or broken by symbols: its other reading too
            asked = self.words.simple_hints(s)  # (spaced_hint(s), terms.any(s)) in one pass
            if self.words.respelled(hinted, s) or asked[0]:
                n = Normalised(text, True, False)
                found.extend(self.words.hits(n, False, deferred, asked=asked))
            elif asked[1]:
                n = Normalised(text, True, False)
                found.extend(self.words.find(n, deferred, held))
        else:
            n = Normalised(text, simple, stretched)
            asked = self.words.simple_hints(n.text)
            if not ascii_ or pieces or self.words.respelled(hinted, n.text, False) or asked[0]:
                # other readings: kept letters, upside-down words, right-to-left overrides, words in
                # pieces, words split unevenly by spaces
                found.extend(self.words.hits(n, stretched, deferred, held, asked))
            elif n.masked_or_ambiguous or asked[1] or stretched and n.runs():
                found.extend(self.words.find(n, deferred, held))  # ASCII has one reading (and kept letters read as folded)
        if held and len(text) <= UNSWORN_MAX:
            found.extend(self._unsworn(n, found, deferred))
        if found:  # word hits that are no word of the pack's: a person's name (a capital letter),
            # an allowed word in pieces (a space), a file's extension (a dot): see each
            capital, space, dot = not text.islower(), " " in text, "." in text
            found = [h for h in found if not (
                capital and self._name(text, *h) or space and self._split_allowed(text, h[0], h[2], h[3])
                or dot and h[0] in self.drug_packs and _file_extension(text, h[2], h[3]))]
        words = len(found)
        others = [(i, p.id, a, b, p, matched.lower() if p.on == "folded" else matched)  # allow lists, context
                  for i, p, a, b, matched in raw] if raw else []
        if self.normalised.entries:
            if n is None:
                n = Normalised(text, True, False)
            for i, p, a, b, matched in self.normalised.match(n.text)[0]:
                others.append((i, p.id, *n.span(a, b), p, matched))
        rest = self.folded_unmerged if plain else self.folded
        if rest.entries:
            view = folded(text, False)[0]
            matches = rest.match(view)[0]
            if matches:
                offsets = folded(text)[1]
                for i, p, a, b, matched in matches:
                    others.append((i, p.id, *original_span(text, offsets, a, b), p, matched))
        detectors = self.always
        if hinted:
            detectors = detectors + [self.hinted[k] for k in hinted if k in self.hinted]
        for i, d in detectors:
            try:
                spans = d.fn(text)
                if spans:
                    others.extend((i, span[2] if len(span) > 2 else d.name, span[0], span[1], None, None)
                                  for span in spans)
            except Exception:  # a plugin's bug must not take moderation down
                log.exception("detector %r of pack %r failed; it found nothing", d.name, self.packs[i].id)
        if others:
            if n is None:
                n = Normalised(text, True, False)
            scan = self.words.scan(n)
            domains = self.domains
            for i, rule, a, b, p, matched in others:
                if i in domains and allowed_host(text, a, domains[i]):
                    continue
                if p is not None and p.validate is not None and not p.validate(matched):
                    continue
                if p is not None and p.context and not scan.near(i, p.context, a, b):
                    continue
                if not scan.allowed(i, a, b):
                    found.append((i, rule, a, b))
        if words and len(found) > words:
            found = _dotted_words(text, found, words)
        if len(found) > words and self.swears:
            found = self._swear_hosts(text, found, words)
        if deferred:  # held back by one entry, maybe a hit through another ("buy coke": coke's `drug`)
            have = set(found)
            deferred = [d for d in deferred if d[:4] not in have]
            if deferred:
                found.extend(self._cued(n, found, deferred))
        return found

    def _name(self, text, i, rule, a, b):
        """Is the hit (pack i, rule, [a, b)) a person's name? A swear pack's hit on a capitalised
        word after a title or honorific that holds the term inside ("Mr Lipshitz", "Dr Glickshit")
        or starts with a term its pack allows after a title, a name ("Herr Fickel", "M. Dickson"),
        and is no listed swear with an ending ("Mr Shithead", "Herr Arschloch" stay); or such a
        name (Dick, Fick) written capitalised before a capitalised surname ("Dick Rivers"), not
        after an article or a possessive and not before a thing ("a Dick Pic", "Dick Move"). Only
        a hit that starts with a capital letter is looked at: a look-behind or two."""
        if i not in self.swears or not text[a].isupper():
            return False
        word = _NAME_WORD.match(text, a)
        if word is None or word.end() < b or (a > 0 and text[a - 1].isalnum()):
            return False  # not a capitalised word of its own ("MrDick", "DICK", "shIT")
        key = word.group().lower()
        term = self.words.keys.get((i, rule), "").replace(" ", "")
        if (not key.startswith(term) or term in self.first_names) and not self._swear_word(key) \
                and _AFTER_TITLE.search(text, max(0, a - 16), a):
            return True
        if _SURNAME_CUE_BEFORE.search(text, max(0, a - 40), a) or _SURNAME_CUE_AFTER.match(text, word.end()):
            return True  # said to be a surname: "se apellida Follador", "heißt Fick mit Nachnamen"
        if len(key) >= len(term) + 3 and _SURNAME_ENDING.search(key) and not self._swear_word(key):
            return True  # round 10: a surname of another country that starts like a swear ("Kutsenko", "Pisarenko")
        after = _SURNAME_AFTER.match(text, word.end()) if key in self.first_names else None
        if after is None or _DETERMINER_BEFORE.search(text, max(0, a - 12), a):
            return False  # no surname, or a thing: "a Dick Pic", "your Dick Move"
        surname = after.group(1).lower()
        return surname not in _NOT_SURNAMES and not self._swear_word(surname)

    def _split_allowed(self, text, i, a, b):
        """Is the hit (pack i, [a, b)) a piece of an allowed word split unevenly by spaces, a single
        letter before it and maybe one after ("h osti a" is Spanish *hostia*, mild, not the Quebec
        *osti*)? The letter, the hit's word and the letter after, joined, are a one-word allow entry
        of its pack. The letter before is not a word by itself (a, e, i, o, u, y: "a shit" is no
        "ashit"), and one after alone is no piece ("osti à soir" is Quebec). A regex at a hit with a
        space before it."""
        allowed = self.allowed_words.get(i)
        if not allowed or a < 2 or not text[a - 1].isspace():
            return False
        before = _LETTER_BEFORE.search(text, max(0, a - 8), a)
        left = before.group(1).lower() if before else ""
        if not left or left in "aeiouy":
            return False
        word = folded(text[a:b], False)[0]
        after = _LETTER_AFTER.match(text, b)
        right = after.group(1).lower() if after else ""
        return bool({left + word, left + word + right} & allowed)

    def _swear_word(self, key):
        """Is `key` (a lower-case word) a listed swear, or one with an ending ("shithead", "fuckers")?"""
        keys = self.swear_keys
        return key in keys or any(key[:k] in keys and key[k:] in ENDINGS for k in range(3, len(key)))

    def _swear_hosts(self, text, found, words):
        """`found` with a link that is a listed swear split by its one dot ("coglio.ne": no reading
        of the text finds the word in two pieces this long) read as that swear instead: the policy
        counts a dotted swear as profanity only (see `_dotted_words`). A host under a generic
        top-level domain, or one whose listed term does not cross the dot ("coglione.it"), stays a link. Only texts
        with a link hit pay for it: one word look-up a host."""
        out = None
        for k in range(words, len(found)):
            i, rule, a, b = found[k]
            host = text[a:b]
            if rule != "link" or host.count(".") != 1 or not host.replace(".", "").isalpha() \
                    or host.rsplit(".", 1)[1].lower() in _GENERIC_TLDS:
                continue
            dot = host.index(".")
            joined = host.replace(".", "")
            swears = [(j, term, a + x, a + y + 1) for j, term, x, y in self.words.find(Normalised(joined, True, False))
                      if j in self.swears and x < dot < x + len(term)]
            if swears:
                if out is None:
                    out = list(found)
                out[k] = None
                out.extend(swears)
        return found if out is None else [h for h in out if h is not None]

    def _unsworn(self, n, found, deferred):
        """The word hits of the text read without its swear words (hits of a profanity pack) and
        the packs' `fillers`, each overlapping no hit of its pack in `found`: a swear between the
        words of a phrase or of a context entry hides them ("pass the fucking joint", "pásame el
        puto porro", "spark that damn joint"). Only for a text of at most UNSWORN_MAX characters
        with a word held back for want of its context word: most messages, even with a swear, pay
        nothing."""
        spans = [(a, b) for i, _, a, b in found if i in self.swears]
        if self.fillers is not None:
            spans.extend(n.span(*m.span(1)) for m in self.fillers.finditer(n.text))
        if not spans:
            return []
        text, pieces, starts, pos = n.original, [], [], 0
        for a, b in sorted(spans):
            if b <= pos:
                continue
            a = max(a, pos)
            pieces.append(text[pos:a] + " ")  # a space for the word taken out: words stay apart
            starts.extend(range(pos, a + 1))
            pos = b
        pieces.append(text[pos:])
        starts.extend(range(pos, len(text)))
        more = self.words.find(Normalised(text, source=("".join(pieces), starts)), deferred)
        taken = _Spans(found)
        return [h for h in more if not taken.overlaps(h[0], h[2], h[3])]

    def _cued(self, n, found, deferred):
        """The word hits held back by a context with cues (matcher._Words.find) that the message
        meets: `contact`, a hit of another pack that is a way to reach someone (CONTACT) and does
        not overlap the word ("@keta_milano" is no offer of keta by itself); `price`, a price by
        weight or unit anywhere in it (`priced`). A word of the context's `unless` context near the
        hit keeps the cues from counting ("pizza and a coke, call 0612..."). Only a message with
        such a held-back word pays for this."""
        packs, out, scan, price = self.packs, [], None, None
        contacts = [(a, b) for j, rule, a, b in found if packs[j].category in CONTACT
                    and (CONTACT[packs[j].category] is None or rule.startswith(CONTACT[packs[j].category]))]
        for i, term, a, b, name in set(deferred):
            ctx = packs[i].contexts[name]
            met = "contact" in ctx.cues and any(y <= a or x >= b for x, y in contacts)
            if not met and "price" in ctx.cues:
                if price is None:
                    price = priced(n)
                met = price
            if not met:
                continue
            if ctx.unless:
                if scan is None:
                    scan = self.words.scan(n)
                if scan.near(i, ctx.unless, a, b):
                    continue
            out.append((i, term, a, b))
        return out


# The `contact` cue: the hits that are a way to reach someone. Every phone number and e-mail
# address; of pii, handles, cards, IBANs and street addresses (a place to pick it up), not a
# person's name or an identity number; of spam, links and invitations, not shouting or floods.
CONTACT = {"phone": None, "email": None,  # None: every rule
           "pii": ("handle", "card", "iban", "at_handle", "social_then_handle", "discord_tag", "contact_me_at",
                   "platform_then_gamertag", "handle_on_platform", "add_me_abroad", "gamertag_with_space",
                   "friend_code", "address", "street_address", "us_city_state_zip"),
           "spam": ("link", "shortener", "url_", "join_invite", "subscribe_invite", "check_my_profile",
                    "dm_for_offer")}
# Generic top-level domains: a host ending in one is read as a link by anyone ("sh.it.com").
_GENERIC_TLDS = frozenset("com net org info biz xyz online site io app".split())
# A person's name (Engine._names): a capitalised word; a title or honorific right before it, at
# the end of the text read (Mr, Herr, Sr., M., Mevr., Signora...); a capitalised surname after it.
# Round 10: the endings of Slavic, Baltic, Romanian, Georgian, Armenian and Turkish surnames: no swear of
# the seven languages ends so, and a capitalised word so ended is a name ("Kutsenko", "Dickovic", "Fickova")
_SURNAME_ENDING = re.compile(r"(?:enko|chuk|czuk|czyk|ski|sky|ska|skaya|skiy|ovic|ović|ovich|evic|evich|ević|escu|eanu|"
                             r"shvili|idze|yan|ian|oglu|oğlu|ov|ova|ev|eva|aitis|auskas|iene)$")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_A-Z]*(?:['’-][^\W\d_]+)*")
_AFTER_TITLE = re.compile(r"(?:^|(?<![\w.]))(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sir|Herr|Frau|Fräulein|Sr|Sra|Srta|Snr|"
                          r"Señor|Señora|Senhor|Senhora|Don|Doña|Dona|Sig|Sigra|Signor|Signora|Dott|Dott\.ssa|"
                          r"M|Mme|Mlle|Monsieur|Madame|Mademoiselle|Dhr|Mevr|Meneer|Mevrouw)\.? +$")
# what comes before a thing, not a person ("a Dick Pic", "your Dick Move"), and the things
_DETERMINER_BEFORE = re.compile(r"(?i)(?:^|(?<=\W))(?:a|an|the|your|ur|my|ma|his|her|our|their|this|that|such|some|"
                                r"big|huge|small|little|nice|un|una|um|uma|une|el|le|il|ein|eine|einen|mein|dein|een)\s+$")
_NOT_SURNAMES = frozenset("pic pics picture pictures photo photos move moves joke jokes size sucker suckers licker "
                          "lover lovers print prints shot shots".split())
_SURNAME_AFTER = re.compile(r" +([A-Z][a-zà-öø-ÿ]+(?:[-'’][A-Za-zà-öø-ÿ]+)?)\b")
# A capitalised word said to be a surname (Engine._name, round 9b): right after the word for a
# surname ("his surname is Cocks", "se apellida Follador", "mit Nachnamen Fick", "di cognome fa
# Troia") or right before it with its preposition ("heißt Fick mit Nachnamen", "heet Lul van
# achternaam", "Follador de apellido", "Pene come cognome"), in the seven languages
_SURNAME_WORDS = (r"(?:surname|surnamed|last name|family name|apellid[oa]s?|apellidad[oa]|apelido|sobrenome|"
                  r"cognome|nom de famille|nachnamen?|familienname|zuname|achternaam|familienaam)")
_SURNAME_CUE_BEFORE = re.compile(r"(?i)(?:^|(?<![\w]))" + _SURNAME_WORDS +
                                 r"(?:\s+(?:is|was|es|era|é|e|è|est|ist|war|fa|de|di|van|mit))?\s*[:=]?\s*"
                                 r"[\"'“‘«„]?$")
_SURNAME_CUE_AFTER = re.compile(r"(?i)[\"'”’»“]?,?\s+(?:van|mit|di|de|as|als|como|come|comme|zum)\s+"
                                r"(?:(?:a|his|her|their|sein|seinem|ihr|ihrem|su|seu|sua|suo|son|sa|zijn|haar)\s+)?"
                                + _SURNAME_WORDS + r"(?!\w)")
# A single letter standing alone before or after a hit (Engine._split_allowed).
_LETTER_BEFORE = re.compile(r"(?:^|(?<=\s))([^\W\d_])\s+$")
_LETTER_AFTER = re.compile(r"\s+([^\W\d_])(?=$|[\s,.!?;:])")
# Extensions of files people name in chat that are also drug names or slang ("readme.md", "x.pot"):
# such a word glued after a file's name by a dot is the file's extension (see _file_extension).
_FILE_EXTENSIONS = frozenset("md pot hash tab".split())  # Markdown, PowerPoint template, a checksum, a table


def _file_extension(text, start, end):
    """Is text[start:end] (a word hit) a file's extension: a listed extension right after a dot that
    follows a name of two characters or more ("readme.md", "setup_v2.md"; not "w.e.e.d" or
    "M.D", a word in pieces), ending its word? A look at a few characters."""
    if start < 3 or text[start - 1] != "." or text[start:end].lower() not in _FILE_EXTENSIONS:
        return False
    if end < len(text) and (text[end].isalnum() or text[end] in "._-"):
        return False
    name = start - 1
    while name > 0 and (text[name - 1].isalnum() or text[name - 1] in "_-"):
        name -= 1
    return start - 1 - name >= 2 and (name == 0 or text[name - 1] not in ".-_")


def _fillers(packs):
    """One regex for the `fillers` of all packs, on the normalised text (group 1: the filler), or
    None without any."""
    keys = {(w.key, w.prefix, w.suffix) for pack in packs for w in pack.fillers}
    if not keys:
        return None
    alternatives = [("\\S*" if suffix else "") + re.escape(key) + ("\\S*" if prefix else "")
                    for key, prefix, suffix in sorted(keys, key=lambda k: -len(k[0]))]
    return re.compile("(?:^| )(" + "|".join(alternatives) + ")(?= |$)")


def _dotted_words(text, found, words):
    """`found` without the links that are a listed word written in pieces: a host that a word hit
    covers whole ("ar.sch.lo.ch", "bit.ch") is that word with dots in it, and the policy counts a
    dotted swear as profanity only, not also as a link. A link with more than the word
    ("fuck.you.com", "bit.ch/promo") or under a generic top-level domain ("sh.it.com") stays a
    link. `found[:words]` are the word hits."""
    links = [h for h in found[words:] if h[1] == "link"]
    if not links:
        return found
    spans = sorted((a, b) for _, _, a, b in found[:words])
    starts, ends = [a for a, _ in spans], list(itertools.accumulate((b for _, b in spans), max))

    def covered(h):  # by a word hit that starts by the link's start (a binary search, not a loop)
        k = bisect.bisect_right(starts, h[2])
        return k > 0 and ends[k - 1] >= h[3]

    return found[:words] + [h for h in found[words:]
                            if h[1] != "link" or text[h[2]:h[3]].rsplit(".", 1)[-1].lower() in _GENERIC_TLDS
                            or not covered(h)]


def allowed_host(text, start, domains):
    """Is the link that starts at text[start] (a scheme, "www.", then a host; written plainly or
    defanged) to one of `domains` or a subdomain of one? The host is read past the hit's end: a
    pattern may stop at its first label."""
    rest = folded(text[start:start + 300], False)[0]
    rest = _SCHEME.sub("", rest, count=1)
    rest = _DEFANGED_DOT.sub(".", rest)
    host = _HOST.match(rest)
    host = host.group().removeprefix("www.") if host else ""
    return any(host == d or host.endswith("." + d) for d in domains)


def _supersede(packs, found):
    """Drop hits of a category some overlapping hit's pack supersedes (an address is only `email`),
    or of one rule of a category (`spam:goods_offer`: drugs on offer are drugs, not also spam).

    Each category's superseding spans are sorted once, so a message with hundreds of hits costs
    a binary search a hit, not a comparison with every other hit (a pack cannot supersede its
    own category, so a hit is never dropped by its own pack)."""
    if len(found) < 2:
        return found
    spans = {}
    for j, _, x, y in found:
        for category in packs[j].supersedes:
            spans.setdefault(category, []).append((x, y))
    if not spans:
        return found
    index = {}  # category -> (starts, the furthest end among the spans up to each)
    for category, pairs in spans.items():
        pairs.sort()
        index[category] = ([x for x, _ in pairs], list(itertools.accumulate((y for _, y in pairs), max)))
    out = []
    for hit in found:
        i, rule, a, b = hit
        category = packs[i].category
        if not any(k and starts_ends[1][k - 1] > a  # a span starts before this hit ends and ends after it starts
                   for starts_ends in (index.get(category), index.get(f"{category}:{rule}")) if starts_ends
                   for k in (bisect.bisect_left(starts_ends[0], b),)) \
                or category == "spam" and _around(spans.get(category, ()), a, b) and not _overlaps(spans.get(f"spam:{rule}"), a, b):
            out.append(hit)
    return out


def _around(spans, a, b):
    """Round 11: is every superseding span that overlaps a spam hit strictly inside it, with the hit's
    own text on both sides? A wall of capitals or a scam's wording around a phone number or an address
    ("EASY MONEY, TEXT 07700 900121 AND START TODAY", "call now 0900 ..., 1 euro a minute") is spam as
    well as phone (the policy: scam wording around a number is `spam` as well); a hit that is the
    number, part of it or ends with it is the number's alone."""
    inside = False
    for x, y in spans:
        if x < b and y > a:
            if not (a < x and y < b):
                return False
            inside = True
    return inside


def _overlaps(spans, a, b):
    return bool(spans) and any(x < b and y > a for x, y in spans)


def _runs(found):
    """One hit for a run: the hits (sorted by start) of one rule of one pack that touch or overlap
    become one hit over all of them. A listed emoji typed 1,000 times is one hit, not 1,000."""
    out, latest = [], {}  # (pack index, rule) -> the index in `out` of its latest hit
    for hit in found:
        i, rule, a, b = hit
        k = latest.get((i, rule))
        if k is not None and a <= out[k][3]:
            if b > out[k][3]:
                out[k] = (i, rule, out[k][2], b)
            continue
        latest[(i, rule)] = len(out)
        out.append(hit)
    return out


class Engine:
    """Rule packs compiled for matching. Immutable; `check` is pure and thread-safe.

    Build with `Engine.from_directory(path)`; plugins add validators (name -> fn(matched_text) ->
    bool) and detectors (name -> fn(text, **options) -> spans) that packs can then name.

    What one message can cost is bounded: `check` reads at most `max_chars` characters, each at a
    cost that does not grow with the length (tests/moderation/test_bounded_cost.py). A longer
    text is judged by what is found in its first `max_chars` characters and the rest is masked;
    `stats["over_budget"]` counts such texts (for a metrics endpoint; per Engine, so a reload
    starts again from 0). `is_cheap(text)` tells a server which texts it can check on its event
    loop; see docs/rulepacks.md#cost.
    """

    max_chars = 10_000  # 10x the chat's default max_message_chars
    cheap_bytes = 256  # see is_cheap

    def __init__(self, packs, version):
        self._all = packs
        self.version = version
        self.packs = [_info(p) for p in packs]
        enabled = [p for p in packs if p.enabled]
        self._compiled = _Compiled(enabled)
        self.stats = {"over_budget": 0}
        self._stats_lock = threading.Lock()  # check may run on several threads at once

    @classmethod
    def from_directory(cls, path, validators=None, detectors=None, extra_keys=()):
        """Load, validate and test the packs in `path`: the files `packs.pack_files` lists, as a
        reload reads them (never hidden files, links or oversized files).

        :raises RulePackError: listing every problem, each as `file:line: reason`.
        """
        files, errors = pack_files(path)
        if errors:
            raise RulePackError.combine(errors)
        return cls.from_files(files, validators, detectors, extra_keys)

    @classmethod
    def from_files(cls, files, validators=None, detectors=None, extra_keys=()):
        """Like from_directory, for a list of pack files."""
        validators = {**VALIDATORS, **(validators or {})}
        detectors = {**DETECTORS, **(detectors or {})}
        packs, errors, seen, digest = [], [], {}, hashlib.sha256()
        for path in files:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                errors.append(RulePackError(f"cannot read: {e}", str(path)))
                continue
            digest.update(f"{Path(path).name}\0{text}\0".encode())
            try:
                pack = parse_pack(text, path, validators, detectors, extra_keys)
            except RulePackError as e:
                errors.extend(e.errors)
                continue
            if pack.id in seen:
                errors.append(RulePackError(f"id: duplicate pack id {pack.id!r} (also in {seen[pack.id]})", str(path),
                                            _id_line(text)))
                continue
            seen[pack.id] = path
            packs.append(pack)
        if not errors:
            errors = _run_tests(packs)
        if errors:
            raise RulePackError.combine(errors)
        return cls(packs, digest.hexdigest()[:12])

    def check(self, text):
        """The `Verdict` for one message."""
        if len(text) > self.max_chars:
            return self._over_budget(text)
        found = self._compiled.hits(text)
        if not found:
            return Verdict("allow", text)
        packs = self._compiled.packs
        if len(found) > 1:
            found = _runs(self._compiled.sort(set(_supersede(packs, found))))
        hits = tuple(Hit(packs[i].id, packs[i].category, rule, a, b, text[a:b], packs[i].action, packs[i].severity)
                     for i, rule, a, b in found)
        action = max({h.action for h in hits}, key=ACTION_RANK.__getitem__)
        if action == "mask" or len(hits) > 1:
            text = mask(text, [(h.start, h.end) for h in hits if h.action == "mask"])
        return Verdict(action, text, hits, tuple(sorted({h.category for h in hits})))

    def is_cheap(self, text):
        """Is `text` cheap enough to check on an event loop? True up to `cheap_bytes` bytes of
        UTF-8 (RE2 reads bytes; the Python around it grows with them too). On the project's
        2-core machine such a text costs about 1.5 ms at worst whatever it holds (random
        characters, leetspeak with 40 readings), with rare spikes to ~13 ms when RE2 builds new
        DFA states; ordinary chat (60 characters on average, an emoji or not) costs ~0.1 ms and
        pays no thread hop. A longer text can cost ~30 ms (10,000 listed emoji) and more on text
        RE2 has never seen; check it on a worker thread (RE2 releases the GIL, and the Python
        parts give it back every few milliseconds), which keeps the loop answering:

            if engine.is_cheap(text):
                verdict = engine.check(text)
            else:
                verdict = await loop.run_in_executor(executor, engine.check, text)

        with one `concurrent.futures.ThreadPoolExecutor(max_workers=1)` for the server. This is
        the engine's own cost: a plugin's detector costs what it costs.
        """
        return len(text) <= self.cheap_bytes and (
            text.isascii() or len(text.encode(errors="surrogatepass")) <= self.cheap_bytes)

    def _over_budget(self, text):
        """A text longer than max_chars: the verdict on its first max_chars characters, and the
        rest masked. What was found decides as always (a block stays a block), and nothing the
        engine did not read is delivered as if it had been checked: an attacker cannot hide a
        word behind 10,000 characters of padding, nor make the server read a megabyte."""
        with self._stats_lock:
            self.stats["over_budget"] += 1
        n = self.max_chars
        verdict = self.check(text[:n])
        rest = Hit("engine", "over_budget", "max_chars", n, len(text), text[n:], "mask", "low")
        return Verdict(max(verdict.action, "mask", key=ACTION_RANK.__getitem__),
                       verdict.text + mask(text[n:], [(0, len(text) - n)]), verdict.hits + (rest,),
                       tuple(sorted({*verdict.categories, "over_budget"})))

    def __repr__(self):
        return f"<Engine {self.version}: {', '.join(p.id for p in self.packs)}>"


def _info(p):
    counts = {"words": len(p.words), "allow": len(p.allow), "contexts": len(p.contexts),
              "patterns": len(p.patterns), "detectors": len(p.detectors),
              "tests": len(p.tests_match) + len(p.tests_clean)}
    return PackInfo(p.id, p.category, p.version, p.path, p.enabled, p.action, p.severity, p.description,
                    p.supersedes, counts)


def _id_line(text):
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("id:"):
            return number
    return 1


def _run_tests(packs):
    """Each pack's `tests:` against all packs (enabled or not): [RulePackError] for each failure."""
    compiled = _Compiled(packs)
    errors = []
    for i, pack in enumerate(packs):
        for kind, cases in (("match", pack.tests_match), ("clean", pack.tests_clean)):
            for k, (message, line) in enumerate(cases):
                own = [(a, b, rule) for j, rule, a, b in _supersede(packs, compiled.hits(message)) if j == i]
                if kind == "match" and not own:
                    errors.append(RulePackError(f"tests.match[{k}] {message!r}: no hit of pack {pack.id}",
                                                pack.path, line))
                elif kind == "clean" and own:
                    what = ", ".join(f"{rule!r} on {message[a:b]!r} at {a}-{b}" for a, b, rule in sorted(own))
                    errors.append(RulePackError(f"tests.clean[{k}] {message!r}: pack {pack.id} hit {what}",
                                                pack.path, line))
    return errors
