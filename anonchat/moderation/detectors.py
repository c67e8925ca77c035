"""Built-in detectors and validators that rule packs name.

A detector is `fn(text, **options) -> iterable of (start, end)` or `(start, end, rule)` spans of
the ORIGINAL text; it finds what no operator regex could (a real e-mail grammar through its
obfuscations, phone numbers judged by Google's metadata, Luhn and mod-97 checks, domains under
the Public Suffix List's top-level domains). Each starts with a cheap test of the raw text so that
the usual chat message costs a regex scan, nothing more.

A validator is `fn(matched_text) -> bool`, named by a pattern's `validate:`.
"""

import bisect
import ipaddress
import itertools
import math
import re
import unicodedata
from functools import lru_cache

import ahocorasick
import phonenumbers
import re2
from publicsuffixlist import PublicSuffixList

from .anchors import anchors, strings
from .matcher import _UNANCHORED, PatternMatcher
from .normalize import _displayed, folded, original_span, rewrite
from .packs import PATTERN_OPTIONS, RE2_OPTIONS

# --- what every detector reads: the folded text with Unicode's digits, dashes, spaces and dots
# --- made ASCII, one character for one (so the offsets of `folded` still hold) ----------------


def _from_unicode_data():
    """Built from Unicode's own data, not a hand list, in one pass: the table that makes every
    decimal digit of every script (Arabic-Indic, Persian, Devanagari, fullwidth, mathematical...)
    its ASCII digit, every dash (U+2010-U+2015, U+2212 minus...) '-', every space (no-break, thin,
    narrow no-break, figure, ideographic...) ' ', and the ideographic full stops '.'; and the
    brackets of every kind (opening and closing punctuation, initial and final quotes). Enclosed
    digits (①) and fullwidth forms are already folded by NFKC. The planes above U+1FFFF hold
    none of these."""
    table, opening, closing = {}, {"<"}, {">"}
    for cp in range(0x80, 0x20000):
        c = chr(cp)
        category = unicodedata.category(c)
        if category == "Nd":
            table[cp] = str(unicodedata.decimal(c))
        elif category == "Pd" or c in "\u2212\u2043\u2796":  # minus sign, hyphen bullet, heavy minus
            table[cp] = "-"
        elif category == "Zs" or c in "\u2028\u2029\x85":
            table[cp] = " "
        elif category in ("Ps", "Pi"):
            opening.add(c)
        elif category in ("Pe", "Pf"):
            closing.add(c)
    table.update({ord(c): "." for c in "\u3002\uff61\ufe12"})  # 。 ｡ ︒
    opening.update("([{")
    closing.update(")]}")
    return table, "".join(sorted(map(re.escape, opening))), "".join(sorted(map(re.escape, closing)))


_UNIFORM, _OPEN, _CLOSE = _from_unicode_data()


def uniform(text):
    """(view, offsets): the `folded` view with digits, dashes, spaces and dots made ASCII. On
    printable ASCII that view is the lower case, one character for one (as the engine relies on
    for its merged patterns): no table, no list of offsets."""
    if text.isascii() and text.isprintable():
        return text.lower(), range(len(text))
    return _uniform_other(text)


@lru_cache(maxsize=1)
def _uniform_other(text):
    """`uniform` of a text that is not printable ASCII. Round 9 (speed): the detectors a text wakes
    each ask for its view, and folding with offsets costs ~0.2 ms on 2,000 characters of other
    scripts, so the last one is kept (read only: `rewrite` returns new offsets, never changes them)."""
    view, offsets = folded(text)
    if not view.isascii():
        view = view.translate(_UNIFORM)
    return view, offsets


# --- e-mail ----------------------------------------------------------------------------------------

# The words for '@' and '.' in the supported languages (en, fr, es/pt, it, nl, de).
AT_WORDS = ("at", "arobase", "arrobase", "arroba", "chiocciola", "chiocciolina", "apenstaartje", "apestaartje",
            "apenstaart", "apestaart", "klammeraffe",
            "a commercial")  # round 10: the French name of the sign ("julien a commercial gmail point com")
DOT_WORDS = ("dot", "d0t", "period", "point", "punto", "punkt", "ponto", "punt")
# Well-known mail hosts: "jim at gmail" is an address with its top-level domain left out. These
# names mean nothing but a mail service (international and the supported languages' national
# hosts), so the name alone stands for the domain.
MAIL_HOSTS = ("gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "icloud", "aol", "gmx",
              "protonmail", "proton", "yandex", "libero", "laposte", "ziggo", "msn", "zoho", "tutanota",
              "seznam", "wanadoo", "mailru", "uol", "t-online", "kpnmail", "tiscali", "sfr", "bluewin",
              "telenet", "xs4all", "hetnet", "freenet", "arcor", "posteo", "btinternet", "virginmedia",
              "ntlworld", "blueyonder", "talktalk", "fastmail", "hushmail", "rocketmail", "lycos", "rambler",
              "rediffmail", "hanmail", "naver", "netcabo", "clix", "aliceadsl", "fastwebnet",
              "upcmail", "chello", "casema", "quicknet", "zeelandnet", "interia", "onet",
              # round 9: more national hosts (fr, it, nl, pt)
              "numericable", "inwind", "katamail", "hccnet", "zonnet", "iol")
# National mail hosts whose name is also an everyday word or a shop (web.de, orange.fr, free.fr,
# terra.com.br, bol.com.br, live.com, sapo.pt, virgilio.it): without their domain they count only
# after a name shaped like a handle, at the end of a phrase ("max.meier at web", not "meet me at
# orange" or "see you at 5 at web summit").
WORD_MAIL_HOSTS = ("web", "orange", "free", "terra", "bol", "live", "sapo", "virgilio", "sky", "globo", "alice",
                   "tin", "wp", "centrum", "neuf", "planet", "skynet", "scarlet", "telefonica", "ono")
# Providers whose name alone is a company, not a mail service: they are a mail host written with
# "mail" after them ("femke at kpn mail", "jo.b at bt-mail"), as every host may be ("yahoo mail").
MAIL_BRANDS = ("kpn", "bt", "virgin", "vodafone", "telefonica", "movistar", "tim", "swisscom", "proximus",
               "telekom", "plusnet", "o2", "ee", "meo", "vivo", "claro", "oi")
# Prepositions for "at", "on", "with" a provider in the supported languages: "pablo_rm en hotmail",
# "bia_souza no uol", "theo_d chez orange", "lea.b sur wanadoo", "jonas_k bei gmx", "marco_b su
# libero", "daan_b bij ziggo". They are no sign: only a name shaped like a local part before them
# makes an address ("en hotmail no funciona", "I'm on orange", "tengo cuenta en gmail" stay words).
MAIL_PREPOSITIONS = ("on", "with", "en", "con", "no", "na", "em", "com", "chez", "sur", "avec", "bei", "auf", "mit",
                     "su", "presso", "bij", "op", "met")
_AT, _DOTW = "|".join(AT_WORDS), "|".join(DOT_WORDS)
_HOSTS = "|".join(MAIL_HOSTS)
_WORD_HOSTS = "|".join(WORD_MAIL_HOSTS)
_BRANDS = "|".join(MAIL_BRANDS)
_PREPS = "|".join(MAIL_PREPOSITIONS)
# A mail host's name, or a host or provider with "mail" after it (kpnmail, yahoo-mail; "kpn mail"
# is joined first by `_SPACED_MAIL`, as are "hot mail" and "g mail").
_HOST_NAME = rf"{_HOSTS}|{_WORD_HOSTS}|(?:{_HOSTS}|{_WORD_HOSTS}|{_BRANDS})-?mail"
_SPACED_MAIL = re.compile(rf"\b(?:{_HOSTS}|{_WORD_HOSTS}|{_BRANDS}|hot|g|y)( )mail\b")
# Cheap first tests (Python's re scans an alternation of words slowly; a set of words is fast):
# a sign, an at-word or a mail host among the words, or an AT glued between words.
_LETTERS = re.compile(r"[a-z]+")
_MAIL_HOSTS = frozenset(MAIL_HOSTS)
_SIGN_WORDS = frozenset(AT_WORDS + DOT_WORDS)
_EMAIL_WORDS = _MAIL_HOSTS | frozenset(AT_WORDS)
_PREP_WORDS = frozenset(MAIL_PREPOSITIONS)
# An at-word glued between words, in capitals or capitalised among small letters or small among
# capitals (jimATgmail, pedroARROBAgmail, JIMatGMAIL): `_glued` then tells it apart by case.
_GLUED_AT = "|".join(f"{w.upper()}|{w.title()}" for w in AT_WORDS)
# The at-words no word of the supported languages holds between two letters: glued in any case
# they are '@' (pedroarrobagmail, lucachiocciolalibero), and a dot-word glued after that host
# before a common top-level domain is '.' (...gmailpuntocom).
_LONG_AT = "|".join(w for w in AT_WORDS if len(w) > 2)
_GLUED_LONG_AT = re.compile(rf"(?<=[a-z0-9])({_LONG_AT})(?=[a-z0-9])")
_GLUED_DOT_AFTER_AT = re.compile(rf"@[a-z0-9-]+?({_DOTW})(?=[a-z]{{2,6}}\b)")
# Round 6: "at" glued in lower case between a name and a mail host, itself glued to a dot-word and a
# common top-level domain ("harveyatgmaildotcom", "ritaatsapopontopt"): the host and the dot-word
# tell it apart from "cat", "combat", "whatsapp".
_GLUED_AT_HOST = re.compile(rf"[a-z0-9](at)(?:{_HOSTS}|{_WORD_HOSTS})(?:{_DOTW})(?:com|net|org|de|fr|es|it|pt|nl|be|br|"
                            r"co|uk|at|ch|ru)\b")
_QUICK_GLUED = re.compile(rf"[a-z0-9](?:{_GLUED_AT})[A-Za-z0-9]|[A-Z](?:{_AT})[A-Z]")
_DOT_WORDS, _DOT_LETTER = frozenset(DOT_WORDS), re.compile(r"\.\s*[a-z]")
_ATEXT = r"a-z0-9!#$%&'*+/=?^_`{|}~\-"
# These regexes start with a character and check the one before it by a lookbehind after it:
# Python's re skips to candidates at C speed, where a leading lookbehind is tried at every position
# (2-4 us a chat message each). (No possessive quantifiers: Python 3.10 has none. Labels hold no
# "." or "@", so giving one back never makes another match.)
_ADDRESS = re.compile(
    rf"([{_ATEXT}](?<![{_ATEXT}.].)[{_ATEXT}]*(?:\.[{_ATEXT}]+)*)"
    r"@((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,24}))(?![a-z0-9-]|\.[a-z0-9]|/)")  # not a URL path
# An address whose domain is a mail host's name alone: jim@gmail, jim at yahoo; a full stop may
# end the sentence after it ("write to jim_k at gmail.").
_HOST_ONLY = re.compile(
    rf"([{_ATEXT}](?<![{_ATEXT}.].)[{_ATEXT}]*(?:\.[{_ATEXT}]+)*)@({_HOST_NAME})(?![a-z0-9-]|\.[a-z0-9])")
# The same with a preposition for the sign: "pablo_rm en hotmail", "lea.b sur wanadoo".
# (round 9b: a comma may come between: "mi correo es sara.lopez88, en hotmail", "tim_berger, bei gmx")
# (round 10: the host with its domain too, its dot spelled or not: "rita.m no sapo ponto pt", "lena.s bei
# gmx punkt net")
_PREP_HOST = re.compile(
    rf"(?<![{_ATEXT}.])([{_ATEXT}]+(?:\.[{_ATEXT}]+)*),? +({_PREPS}) +({_HOST_NAME})(?:\.[a-z]{{2,3}}(?:\.[a-z]{{2}})?)?"
    r"(?![a-z0-9-]|\.[a-z0-9])")
# What a local part before a preposition must look like: a letter first, a dot, digit, underscore,
# plus or hyphen inside, two letters at least (not "2.5gb on gmail", "e-mail en hotmail").
_LOCAL_SHAPED = re.compile(r"[a-z](?=.*[a-z])(?=.*[0-9._+-])[a-z0-9._+-]+")
_WORD_HOST_WORDS = frozenset(WORD_MAIL_HOSTS)
_PHRASE_END = re.compile(r"\s*(?:[^\w\s]|$)")
# Round 9: a name written like a person's address, first name and name or initial joined by a dot
# ("marie.d", "max.meier", "assoc.quartier"): before a word host it is a local part even where the
# phrase goes on ("marie.d at orange si tu veux", "max.m at web wegen dem Flohmarkt"); not "e.g",
# "node.js" or "site.com" (a file's or a domain's ending).
_DOTTED_NAME_LOCAL = re.compile(r"[a-z]{2,}(?:\.[a-z]+)+")


def _dotted_name(local):
    return len(local) >= 4 and _DOTTED_NAME_LOCAL.fullmatch(local) is not None \
        and local.rsplit(".", 1)[1] not in _NOT_HANDLE_ENDINGS and local.rsplit(".", 1)[1] not in CLASSIC_TLDS


# Round 9: the sign left out between a name shaped like a handle and a mail host with its domain
# ("mail me at liz.b gmail dot com", "jo_22 hotmail.com"): the host and its domain make it an address.
_NO_SIGN = re.compile(rf"(?<![{_ATEXT}.])([a-z][a-z0-9._+-]*[a-z0-9]) +({_HOSTS})\.([a-z]{{2,6}})"
                      r"(?![a-z0-9-]|\.[a-z0-9])")
# the brackets around a written-out sign ("contact (at) ..."): with them a club's or a firm's mailbox
# named by an everyday word is a local part (contact@, mail@, school@), not a word before a site
# ("find us (at) shop (dot) com" stays a link)
_BRACKET_BEFORE = re.compile(rf"[{_OPEN}]\s*$")
_MAILBOX_WORDS = frozenset("contact mail email work school home office team".split())
# The provider first: "gmail: jim.k", "my gmail is jim.k", "yahoo = jim_k", "icloud → sam.t05",
# "outlook.com: zara_w" (the host with its domain), "sapo: rita.lx" (a word host, see `email`).
# Separators: a colon, =, an arrow (->, =>, →, >), a dash (any: `uniform` made it "-"), a middle dot.
_PROVIDER_FIRST = re.compile(
    rf"\b({_HOSTS}|{_WORD_HOSTS})(\.[a-z]{{2,3}}(?:\.[a-z]{{2}})?)?\s*(?:(?:address|account|addy|id|mail)\s*)?"
    r"(?:(:|=|->|=>|→|>|-|·)|\s(?:is|es|est|ist|e|è|é|=)\s)\s*([a-z0-9][a-z0-9._+-]{1,63})(?![a-z0-9._+@-])")
# Round 7: the provider first with a few words before a colon: "hotmail is where I am: natalie.r.1990",
# "gmail, as always: jo_b77". Only a mail host's own name, and a local part shaped like a handle (a
# dot, digit, underscore...) that ends the phrase ("gmail is down again: no idea why" names no one).
_PROVIDER_THEN_COLON = re.compile(
    rf"\b({_HOSTS})\b[^:\n]{{1,30}}?:\s*([a-z][a-z0-9._+-]{{2,63}})(?![a-z0-9._+@-])")
_WORD_HOST_FIRST = re.compile(rf"\b(?:{_WORD_HOSTS})(?:\.[a-z]{{2,3}})*\s*(?::|=|->|=>|→|>|-|·)")
# Mail hosts whose name is also an everyday word ("outlook: sunny", "yahoo: we won"): a plain word
# after them is no local part unless the host is written with its domain ("outlook.com: zarawills").
_EVERYDAY_HOSTS = frozenset("outlook yahoo proton rambler freenet lycos".split())
# What may come before a word host named first: the start of the text or a clause, or a word for mail
# ("sapo: rita.lx", "mail, sapo: rita.lx"; not "live: 3.5k_views", "best sky - blue_ish").
_BEFORE_A_WORD_HOST = re.compile(r"(?:^|[,;:.!?(]|\b(?:e-?mail|mail|correo|courriel|posta|my|mi|meu|minha|mon|ma|"
                                 r"mein|meine|mijn|il\s+mio))\s*$")
# Round 6: "my email is", "e-mail:" right before a plain name at a word host: the name is a local part
# ("my email is toxictom at live"; "meet me at orange" names no mail)
_MAIL_SAID = re.compile(r"\b(?:e-?mail|mail|correo|courriel|posta)\s*(?:is|es|est|ist|e|:|=)?\s*$")
# "I met Jim at Yahoo": a capitalised name at a capitalised company, not jim@yahoo.
_PERSON_AT_COMPANY = re.compile(r"[A-Z][a-z]+ +at +[A-Z][a-z]+")
_HANDLE_SHAPED = re.compile(r"[0-9._+-]")
_WORD_AFTER = re.compile(r" *[a-z]")
# Ways of writing '@' and '.' out; each rewrite keeps the offsets of what it replaces.
_SPACED_OUT = re.compile(r"(?<!\S)\S(?: +\S(?!\S)){2,}")  # j o h n -> john
_ANY_BRACKET = re.compile(f"[{_OPEN}]")
# (round 9b: a bracketed "a" or French "chez" is an at too: "ellie(a)gmail.com", "⒜" as NFKC reads
# it, "hugo.l (chez) gmail (point) com"; no reading of "(a)" ends in a domain after a name)
_BRACKETED = re.compile(rf"\s*[{_OPEN}]\s*({_AT}|@|a|chez|{_DOTW}|\.)\s*[{_CLOSE}]\s*")
# round 11b: a sign word in quotes, as in brackets ("jess.t 'at' icloud 'dot' com")
_QUOTE_CHARS = "'\"‘’“”«»„‚`"
_QUOTED = re.compile(rf"\s*[{_QUOTE_CHARS}]\s*({_AT}|@|{_DOTW})\s*[{_QUOTE_CHARS}]\s*")
_SPELLED = re.compile(rf"\s(?<=[\w.]\s)\s*((?:{_AT})(?![\s\w.+-]{{0,80}}@)|{_DOTW})\s+(?=\w)")  # not "mail me at a@b.c"
# jimATgmailDOTcom, pedroARROBAgmailPUNTOcom: told apart by case
_GLUED = re.compile(rf"(?<=[a-z0-9])({'|'.join(sorted(AT_WORDS + DOT_WORDS, key=len, reverse=True))})(?=[a-z0-9])")
_COMMA_DOT = re.compile(r",(?<=[a-z0-9],) ?(?=(?:com|net|org|edu|gov|io|co|uk|de|fr|ru|info|biz)\b)")  # a@b,com
_SPACED_SIGN = re.compile(r"[\s@](?:(?<=\w@)\s*(?=\w)|(?<=\w\s)\s*@\s*(?=\w)|(?<=\w ) *\. +(?=\w))")
# Top-level domains an obfuscated address must end in; written plainly, any TLD counts.
COMMON_TLDS = frozenset(
    "com net org edu gov mil int info biz io co uk de fr es nl be ch at se no dk fi pl cz ru ua ca au nz "
    "ie jp cn kr br mx ar za tv xyz online site live email mail me us in it pt".split())
# Words around a spelled " at ... dot ..." that show it is a sentence, not an address; before a
# mail host's bare name also the words for working there or being at one ("she works at yahoo").
_NOT_MAIL_WORDS = frozenset(
    "look looking looked stare staring laugh laughing arrive arrived arriving meet me be here there "
    "him her it this that them us is are was am good bad best great home work school the a an my your "
    "our their his its noon night midnight least most all once first last i im i'm we you they "
    "works worked working job jobs intern interns engineer engineers employee employees hired "
    "hmu email mail message text write contact reach ping dm them".split())
# Ordinary words before a spelled "at" and a domain: "verify now at secure-help.com", "find us at
# shop.net", "sign up today at example.org". A domain is never an address, so the "at" is a word
# and the domain a link (a name before it, "jim at example.com", is an address).
_WORDS_BEFORE_A_SITE = _NOT_MAIL_WORDS | frozenset(
    "now today tonight online visit visiting click go check see find found buy sign signup "
    "register login log apply download watch read claim verify confirm update join book more details "
    "available sold out up only everything anything stuff deals prices here's heres all pics photos "
    "videos video link site page free cheap daily weekly monthly hourly".split())
# Domains of mail services whose first label is an everyday word (me.com, mail.ru): still mail.
_MAIL_DOMAINS = frozenset("me.com mac.com mail.ru mail.com email.it email.cz home.nl web.de wp.pl o2.pl live.com "
                          "free.fr sky.com".split())
# "cheap phones at shop.co.uk", "free skins at site.net": goods offered at a site, a link and not
# an address (a spelled "at" only: a written '@' is an address whatever precedes it).
_SOLD_AT = re.compile(r"\b(?:cheap|cheapest|free|buy|sale|deals?|discounts?|offers?|bargains?|giveaways?|"
                      r"shop|store|order|win)(?:\s+[a-z0-9'-]+){1,3}@$")
# "claim ur prize at paypal-secure.co.uk", "free skins at skinzdrop(dot)com": a plain word after one
# of these is a thing named, not a local part, so the English "at" after it is a word and the domain
# a link ("john at gmail dot com", "mail me at jess.k at gmail dot com", "to JOHN [at] ..." stay).
_NOT_BEFORE_A_LOCAL_PART = frozenset(
    "the a an your ur yr my our their his her its this these those that some all any every free cheap new "
    "best great hot latest exclusive more daily weekly real".split())
_WORD_BEFORE = re.compile(r"([a-z0-9']+)\s+$")
_SPELLED_DOT_WORD = re.compile(rf"(?i)\s(?:{_DOTW})\s")


def _thing_at_site(text, view, offsets, m):
    """The spelled English word "at" (not a sign, bracket or other language's at-word) after a plain
    word that follows a determiner, an adjective of offers or a number ("ur prize at", "free skins
    at", "20 skins at"), or after a number ("gram for 10 at"), before a site written as a link,
    plain or defanged (a dot spelled out as a word, "cheap phones at shop dot co dot uk", is an
    address's)."""
    sign, local = offsets[m.start(2) - 1], m.group(1)
    if text[sign:sign + 2].lower() != "at" or sign and not text[sign - 1].isspace() \
            or not text[sign + 2:sign + 3].isspace() or not (local.isalpha() or local.isdigit()) \
            or _SPELLED_DOT_WORD.search(text, offsets[m.start(2)], offsets[m.end() - 1] + 1):
        return False
    if local.isdigit():  # round 6: "gram for 10 at weedplug.net", "2 for 15 at shop.net": a price or a count
        return True
    before = _WORD_BEFORE.search(view, max(0, m.start(1) - 30), m.start(1))
    return bool(before) and (before.group(1) in _NOT_BEFORE_A_LOCAL_PART or before.group(1).isdigit())


# What "gmail: ..." may be followed by that is not a name.
_NOT_A_LOCAL_PART = frozenset(
    "down up full broken dead slow fine ok okay good bad blocked hacked spam gone same mine yours "
    "not never still also just the a an my your is was are".split())


def _is_obfuscated(original, address):
    return original != address and (len(original) != len(address) or "@" not in original or "," in original)


def email(text):
    """E-mail addresses written plainly or disguised: `john at gmail dot com`, `john(at)gmail(dot)com`,
    `j o h n @ g m a i l . c o m`, `JOHN [at] YAHOO [dot] COM`, `jimATgmailDOTcom`, `jim 【at】 gmail`,
    `jim arroba gmail punto com`, `jim at yahoo` (a mail host without its domain), `pablo_rm en
    hotmail` (a preposition for the sign), `femke at kpn mail`, `gmail: jim.k`, ideographic dots,
    fullwidth or look-alike letters; round 11: an address typed backwards inside a right-to-left
    override, read as a client shows it (`\u202emoc.liamg@nitram\u202c`)."""
    if "\u202e" in text:
        shown, starts = _displayed(text)
        reversed_found = [(min(starts[a:b]), max(starts[a:b]) + 1) for a, b in email(shown) or ()]
        return sorted(set(reversed_found + (_email(text) or [])))
    return _email(text)


def _email(text):
    """`email` on text without a right-to-left override."""
    if not text.isascii() and _CIRCLED_AT.search(text):
        text = _CIRCLED_AT.sub("@", text)  # one character for one: the offsets hold
    if text.isascii() and _LEET_SIGN_HINT.search(text):  # round 10: "4rr0b4", "@rroba", "punt0"
        text = _LEET_SIGN_WORD.sub(_leet_sign, text)  # one character for one too
    lowered = text.lower() if text.isascii() else folded(text, False)[0]
    words = set(_LETTERS.findall(lowered))
    glued = _QUICK_GLUED.search(text)
    glued_host = _GLUED_AT_HOST.search(lowered) if "at" in lowered and any(
        w in lowered for w in ("dot", "d0t", "punt", "punk", "pont", "point", "period")) else None
    prepositions = not _PREP_WORDS.isdisjoint(words) and (
        not _MAIL_HOSTS.isdisjoint(words) or not _WORD_HOST_WORDS.isdisjoint(words) or "mail" in words
        or "t-online" in lowered)  # (round 10: "max_m bei t-online", a host the word set splits)
    provider_first = not _MAIL_HOSTS.isdisjoint(words) or "t-online" in lowered or (
        not _WORD_HOST_WORDS.isdisjoint(words) and _WORD_HOST_FIRST.search(lowered) is not None)
    # round 10: a word host named, then a dotted name ("tenho sapo ainda, ritinha.m")
    word_host_then_name = "." in lowered and not _WORD_HOST_WORDS.isdisjoint(words)
    if not ("@" in text or "＠" in text or "﹫" in text or glued or not _EMAIL_WORDS.isdisjoint(words)
            or prepositions or provider_first or _GLUED_LONG_AT.search(lowered) or glued_host or word_host_then_name):
        return
    view, offsets = uniform(text)
    # "at" in a sentence ("meet at 5:30", "at 14:30 ... 3.10"): with no sign, glued AT, mail host,
    # dot word, bracket, letters spaced out, comma before a domain ending or dot before a letter, no
    # reading below can make an address (its domain ends in a dot and letters) or a host-only one
    if not ("@" in view or glued or not _MAIL_HOSTS.isdisjoint(words) or not _WORD_HOST_WORDS.isdisjoint(words)
            or not _DOT_WORDS.isdisjoint(words) or "d0t" in view or "t-online" in lowered
            or _ANY_BRACKET.search(view) or _COMMA_DOT.search(view) or _DOT_LETTER.search(view)
            or _SPACED_OUT.search(view) or _GLUED_LONG_AT.search(lowered) or prepositions or "mail" in words
            or provider_first or glued_host):
        return
    # each reading only where it can change something: a long text pays for what it holds
    spelled = not _SIGN_WORDS.isdisjoint(words) or "d0t" in view or "a commercial" in view
    view, offsets = rewrite(_SPACED_OUT, _spaced_out, view, offsets)
    if _ANY_BRACKET.search(view):
        view, offsets = rewrite(_BRACKETED, _sign, view, offsets)
    if spelled and _QUOTED.search(view):
        view, offsets = rewrite(_QUOTED, _sign, view, offsets)
    if spelled:
        view, offsets = rewrite(_SPELLED, _sign, view, offsets)
    if glued:
        view, offsets = rewrite(_GLUED, lambda m: _glued(m, text, offsets), view, offsets)
    if _GLUED_LONG_AT.search(view) or glued_host:  # pedroarrobagmailpuntocom, harveyatgmaildotcom
        view, offsets = rewrite(_GLUED_LONG_AT, lambda m: ("@", [0]), view, offsets)
        if glued_host:
            view, offsets = rewrite(_GLUED_AT_HOST, lambda m: (m.group()[0] + "@" + m.group()[3:],
                                                               [0, 1] + list(range(3, len(m.group())))), view, offsets)
        view, offsets = rewrite(_GLUED_DOT_AFTER_AT, _glued_dot, view, offsets)
    if "@" in view or " . " in view:
        view, offsets = rewrite(_SPACED_SIGN, _spaced_sign, view, offsets)
    if "," in view:
        view, offsets = rewrite(_COMMA_DOT, lambda m: (".", [0]), view, offsets)
    if "mail" in words:  # "kpn mail", "hot mail": one host
        view, offsets = rewrite(_SPACED_MAIL, lambda m: [i for i in range(len(m.group())) if i != m.start(1) - m.start()],
                                view, offsets)
    found, pos = [], 0
    while "@" in view and (m := _ADDRESS.search(view, pos)):
        pos = m.end()
        start, end = offsets[m.start()], offsets[m.end() - 1] + 1
        local, domain, tld = m.groups()
        if not _valid_address(local, domain) or local.endswith("/"):
            continue  # (round 7: "tiktok.com/@lena.k" is a profile's link, the spam pack's)
        sign = offsets[m.start(2) - 1]
        if _is_obfuscated(text[start:end], view[m.start():m.end()]) and (
                not _plausible(local, domain, tld, _BRACKET_BEFORE.search(text, max(0, sign - 3), sign))
                or _SOLD_AT.search(view, max(0, m.start() - 40), m.start(2))
                and text[offsets[m.start(2)]:end].lower() == domain  # the site written as a link
                or _thing_at_site(text, view, offsets, m)):
            # "email me at jess.k at gmail dot com": the word's "at" is no sign, but what follows it
            # may be the address; read again from there
            pos = m.start(2)
            continue
        found.append((start, end))
    if "@" in view:
        for m in _HOST_ONLY.finditer(view):
            start, end = offsets[m.start()], offsets[m.end() - 1] + 1
            if m.group(1) in _NOT_MAIL_WORDS or not _valid_address(m.group(1), m.group(2)) \
                    or _PERSON_AT_COMPANY.fullmatch(text, start, end) \
                    or m.group(2) in _WORD_HOST_WORDS and not (
                        len(m.group(1)) >= 3 and (_HANDLE_SHAPED.search(m.group(1))
                                                  or _MAIL_SAID.search(view, max(0, m.start() - 24), m.start()))
                        and re.search("[a-z]", m.group(1))
                        and (_PHRASE_END.match(view, m.end()) or _dotted_name(m.group(1)))):
                continue
            found.append((start, end))
    for m in _PREP_HOST.finditer(view) if prepositions else ():
        local, preposition, host = m.groups()
        # (round 10: a plain name too right after a word for mail, "e-mail: pietje bij hotmail")
        said = local.isalpha() and len(local) >= 3 and _MAIL_SAID.search(view, max(0, m.start() - 24), m.start())
        if not (_LOCAL_SHAPED.fullmatch(local) or said) or re.sub("[._+-]", "", local) in _NOT_MAIL_WORDS \
                or not _valid_address(local, host) or host in _WORD_HOST_WORDS and (
                    preposition in ("on", "with") or not (_PHRASE_END.match(view, m.end()) or _dotted_name(local))):
            continue  # "I'm on orange", "en hotmail no funciona", "my e-mail on gmail", "f1_fan on sky"
        found.append((offsets[m.start()], offsets[m.end() - 1] + 1))
    for m in _NO_SIGN.finditer(view) if "." in view and not _MAIL_HOSTS.isdisjoint(words) else ():
        local, host, tld = m.groups()
        if _LOCAL_SHAPED.fullmatch(local) and tld in COMMON_TLDS and re.sub("[._+-]", "", local) not in _NOT_MAIL_WORDS \
                and _valid_address(local, host) and local.rsplit(".", 1)[-1] not in CLASSIC_TLDS:
            found.append((offsets[m.start()], offsets[m.end() - 1] + 1))
    for m in _PROVIDER_FIRST.finditer(view) if provider_first else ():
        host, domain, sign, local = m.groups()
        if host in _WORD_HOST_WORDS:
            # a word host ("sapo", "web", "live", "free") only at the start of a clause or after a
            # mail word or "my", with a local part shaped like a handle (a letter first, a dot, digit,
            # underscore...) that ends the phrase and is no domain ("web: shop.de" is a link)
            last = local.rsplit(".", 1)[-1] if "." in local else ""
            if not (domain or _BEFORE_A_WORD_HOST.search(view, 0, m.start())) or not (
                    len(local) >= 3 and local[0].isalpha() and _HANDLE_SHAPED.search(local)
                    and _PHRASE_END.match(view, m.end())) or last in CLASSIC_TLDS:
                continue
        # a plain word only ends the text after a colon, = or an arrow ("gmail: jimk"; not "gmail -
        # useless", "gmail: anyone know why", "outlook: sunny"), and not after an everyday word
        named = sign and sign not in "-·" and len(local) >= 3 and not _WORD_AFTER.match(view, m.end()) \
            and (domain or host not in _EVERYDAY_HOSTS)
        if local in _NOT_A_LOCAL_PART or not (named or _HANDLE_SHAPED.search(local)):
            continue  # "my gmail is full"
        found.append((offsets[m.start()], offsets[m.end() - 1] + 1))
    for m in _PROVIDER_THEN_COLON.finditer(view) if provider_first and ":" in view else ():
        local = m.group(2)
        if _HANDLE_SHAPED.search(local) and local.rsplit(".", 1)[-1] not in CLASSIC_TLDS \
                and _PHRASE_END.match(view, m.end()) and not any(a <= offsets[m.start()] < b for a, b in found):
            found.append((offsets[m.start()], offsets[m.end() - 1] + 1))
    named_after = _PROVIDER_THEN_NAME.finditer(view) if provider_first else ()
    if word_host_then_name:
        named_after = itertools.chain(named_after, _WORD_HOST_THEN_NAME.finditer(view))
    for m in named_after:
        between, local = m.group(2), m.group(3)
        last = local.rsplit(".", 1)[-1]
        if last not in CLASSIC_TLDS and last not in FILE_EXTENSIONS and last not in _NOT_HANDLE_ENDINGS \
                and not _PLATFORM_BETWEEN.search(between) \
                and not any(a < offsets[m.end() - 1] + 1 and offsets[m.start()] < b for a, b in found):
            found.append((offsets[m.start()], offsets[m.end() - 1] + 1))
    return found


# Round 10: an at-word or a dot-word written in leetspeak ("pedro 4rr0b4 gmail punt0 com", "@rroba",
# "p0nto"): a word of four letters or more that reads as one once its digits and @ are letters.
_LEET_SIGN_HINT = re.compile(r"[0-9@][a-z]|[a-z][0-9@]", re.IGNORECASE)
_LEET_SIGN_WORD = re.compile(r"[A-Za-z0-9@.]+")  # (a dot inside: a host or an address, left as it is)
_LEET_SIGN = str.maketrans("4@0317", "aaoeit")
_LONG_SIGN_WORDS = frozenset(w for w in AT_WORDS + DOT_WORDS if len(w) >= 4)


def _leet_sign(m):
    word = m.group()
    if len(word) < 4 or "." in word:
        return word
    read = word.translate(_LEET_SIGN)
    return read if read != word and read.lower() in _LONG_SIGN_WORDS else word


# Round 9b: a circled a between a name and a host ("ellieⓐgmail.com") is the sign drawn in a circle;
# NFKC would make it a plain "a" (not in a word of circled letters: "ⓖⓜⓐⓘⓛ" is a styled word); one
# space may stand on each side ("mia.k ⓐ outlook.com")
_CIRCLED_AT = re.compile(r"(?:(?<=[A-Za-z0-9._-])|(?<=[A-Za-z0-9._-] ))[ⓐⒶ](?= ?[A-Za-z0-9])")
# Round 9b: a mail host's own name, then in the same sentence a few words ("username", "usuario", "o
# utilizador é", "it's", "Benutzername", "-adres is") and a mailbox name shaped like one: a dot or an
# underscore inside, or letters then digits ("yahoo, username bruno.ferraz7", "icloud, it's
# grace_whitfield", "hij heeft hotmail, opa_kees_1950 haha"), that ends the phrase. A platform's name
# between makes it that platform's handle ("gmail is fine but my insta is jen.k").
_PROVIDER_THEN_NAME = re.compile(
    rf"\b({_HOSTS})\b([^.!?\n@:]{{0,40}}?)(?<![\w.@+-])([a-z]{{2}}[a-z0-9]*(?:[._][a-z0-9]+)+|[a-z]{{3,}}[0-9]{{2,}})"
    r"(?![\w.@+-])(?=\s*(?:[^\w\s]|$|(?:ha(?:ha)+|he(?:he)+|lol|xd|ja(?:ja)+|mdr|kkk+|ahah\w*)\b))")
# Round 10: the same after a national host whose name is also a word ("tenho sapo ainda, ritinha.m",
# "mon père n'a que orange, jeanpierre.moulin", "ha ancora virgilio, nonna.rosa.1950"), only with a
# name written like an address's, a dot between its parts (not "orange, 5 euro", "on sky, tom_b"),
# and not after the hosts that are common English words (live, free, web, sky, planet, tin).
_WORD_HOST_THEN_NAME = re.compile(
    rf"\b({'|'.join(h for h in WORD_MAIL_HOSTS if h not in ('live', 'free', 'web', 'sky', 'planet', 'tin'))})\b"
    r"([^.!?\n@:]{0,40}?)(?<![\w.@+-])(?!(?:vol|cap|pag|pg|pp|art|fig|ed|no|nr|num|tel|ecc|etc|ca|dr|sr|sra|st|mr|"
    r"mrs|ms|prof|sig|av|op|ch|sec|par|tab|ex|bzw|usw|ggf|inkl|ca|bijv|nl|resp)\.)([a-z]{2}[a-z0-9]*(?:\.[a-z0-9]+)+)"
    r"(?![\w.@+-])(?=\s*(?:[^\w\s]|$|(?:ha(?:ha)+|he(?:he)+|lol|xd|ja(?:ja)+|mdr|kkk+|ahah\w*)\b))")
_PLATFORM_BETWEEN = re.compile(r"\b(?:snap(?:chat)?|insta(?:gram)?|ig|tik ?tok|twitter|discord|telegram|whats ?app|"
                               r"steam|psn|xbox|twitch|reddit|youtube|facebook|fb|skype|signal|threads|bluesky|"
                               r"linkedin|github|roblox|fortnite|epic|riot|battle\.?net|switch|handle|user ?tag)\b")


def _spaced_out(m):
    """j o h n -> john; not ". k @" in "jim . k @ gmail . com" (signs, not letters, spaced)."""
    kept = [i for i, c in enumerate(m.group()) if c != " "]
    return kept if sum(m.group()[i].isalnum() for i in kept) >= 3 else None


def _plausible(local, domain, tld, bracketed=False):
    # "free skins at www.example.net": a site's www. host takes no mail, so the "at" is a word; a
    # bracketed at is a sign after a mailbox's word ("contact (at) club-des-fetes (point) fr"); round
    # 11: a bracketed at is a sign, not a word, so the newer top-level domains of a disguised link
    # end its address too ("nate<at>gymrats<dot>club", "ana(at)studio(dot)shop")
    return (tld in COMMON_TLDS or bracketed and tld in CLASSIC_TLDS) \
        and (local not in _WORDS_BEFORE_A_SITE or bracketed and local in _MAILBOX_WORDS) \
        and not domain.startswith("www.") and (domain.split(".")[0] not in _NOT_MAIL_WORDS or domain in _MAIL_DOMAINS)


def _sign(m):
    """'@' or '.' for a written-out sign; it takes the offset of the word it replaces."""
    word = (m.group(1) if m.re.groups else m.group().strip()).lower()
    sign = "@" if word in AT_WORDS or word in ("@", "a", "chez") else "."
    index = m.start(1) - m.start() if m.re.groups else m.group().index(word[0])
    return sign, [index]


# The word before " @name": a platform's name makes "@name" its handle ("mi tiktok @fiestero.mx",
# "insta @lena.k"), not an address's sign (round 6)
_WORD_BEFORE_AT = re.compile(r"([a-z]+) +@$")


def _spaced_sign(m):
    """`_sign` for a spaced '@' or '.', except an '@' glued to the name after it with a platform's
    name before it: a handle."""
    if m.group().endswith("@"):
        before = _WORD_BEFORE_AT.search(m.string, max(0, m.end() - 30), m.end())
        if before and _PLATFORM_WORD.fullmatch(before.group(1)):
            return None
    return _sign(m)


def _glued(m, text, offsets):
    """'@' or '.' for an AT or DOT glued to the words, when its case sets it apart from both
    neighbours (jimATgmailDOTcom, JIMatGMAILdotCOM; a capitalised word after it is set apart too:
    tomATOutlookDOTCom) or it starts a capitalised word (jimAtGmailDotCom); "cat", "Dotty" and
    "combat" stay as they are."""
    a, b = m.span()
    word = "".join(text[offsets[i]] for i in range(a, b))
    before, after = text[offsets[a - 1]], text[offsets[b]]
    capitalised_after = after.isupper() and b + 1 < len(offsets) and text[offsets[b + 1]].islower()
    if word.isupper() and not before.isupper() and (not after.isupper() or capitalised_after) \
            or word.islower() and before.isupper() and after.isupper() \
            or word.istitle() and after.isupper():
        return ("@" if m.group(1) in AT_WORDS else "."), [0]
    return None


def _glued_dot(m):
    a = m.start(1) - m.start()
    if m.string[m.end():m.end() + 6].split(" ")[0].rstrip(".,!?") not in COMMON_TLDS:
        return None
    return m.group()[:a] + ".", list(range(a + 1))


def _valid_address(local, domain):
    return (len(local) <= 64 and len(local) + 1 + len(domain) <= 254 and ".." not in local
            and not local.startswith(".") and not local.endswith("."))


def valid_email(s):
    """Validator: `s` is one addr-spec and nothing else."""
    m = _ADDRESS.fullmatch(s.strip().lower())
    return bool(m) and _valid_address(m.group(1), m.group(2))

# --- phone numbers -------------------------------------------------------------------------------

# Digits as words in the supported languages, folded (no accents): en, es, pt, fr, de, it, nl.
# "oh" is English dictation for 0, "meia" Brazilian dictation for 6.
DIGIT_WORDS = {
    "0": "zero oh cero nul null",
    "1": "one uno una um uma un une eins een",
    "2": "two dos dois duas deux zwei zwo due twee",
    "3": "three tres trois drei tre drie",
    "4": "four cuatro quatro quatre vier quattro",
    "5": "five cinco cinq funf fuenf cinque vijf",
    "6": "six seis meia sechs sei zes",
    "7": "seven siete sete sept sieben sette zeven",
    "8": "eight ocho oito huit acht otto",
    "9": "nine nueve nove neuf neun negen",
}
_DIGIT_OF = {word: digit for digit, words in DIGIT_WORDS.items() for word in words.split()}
_WORDS_ALTERNATION = "|".join(sorted(_DIGIT_OF, key=len, reverse=True))
# Dictation's hundreds: "nine hundred" is 900, "neuf cents", "neun hundert", "negenhonderd".
_HUNDREDS = ("hundred", "hundert", "honderd", "cent", "cents", "cento")
# A digit word on its own or glued to digits ("five5five"), "double five" for 55, "nine hundred" for 900.
# (round 9: "double-oh", "triple-two", and the words for double and triple in the seven languages)
_TIMES = {"double": 2, "doble": 2, "duplo": 2, "doppio": 2, "doppel": 2, "dubbel": 2,
          "triple": 3, "triplo": 3, "tripel": 3}
_DIGIT_WORD = re.compile(rf"(?:(?<=\d)|\b)(?:({'|'.join(_TIMES)})[\s-]+)?({_WORDS_ALTERNATION})"
                         rf"(?:[\s-]?({'|'.join(_HUNDREDS)}))?(?:(?=\d)|\b)")
# Round 8: a number read with its hundreds ("seiscientos doce treinta y cuatro...", "seiscentos e
# doze", "sechshundert zwölf", "zeshonderd twaalf", "six hundred twelve"): the hundreds word is one
# digit, and with a pair after it (already digits: see `_PAIR`) the three make one group, 612; alone
# it is that digit and two zeros. Spanish and Portuguese glue the unit into a word of its own.
_HUNDRED_OF = {
    "cien": 1, "ciento": 1, "doscientos": 2, "trescientos": 3, "cuatrocientos": 4, "quinientos": 5,
    "seiscientos": 6, "setecientos": 7, "ochocientos": 8, "novecientos": 9,
    "cem": 1, "duzentos": 2, "trezentos": 3, "quatrocentos": 4, "quinhentos": 5, "seiscentos": 6,
    "setecentos": 7, "oitocentos": 8, "novecentos": 9,
}
_HUNDRED_OF.update({w[:-2] + "as": d for w, d in list(_HUNDRED_OF.items()) if w.endswith("os")})  # doscientas
_HUNDRED_GROUP = re.compile(
    rf"\b(?:({'|'.join(sorted(_HUNDRED_OF, key=len, reverse=True))})"
    rf"|({_WORDS_ALTERNATION})[\s-]?(?:{'|'.join(sorted(_HUNDREDS, key=len, reverse=True))}))"
    r"(?:[\s-]+(?:(?:y|e|et|und|en|and)\s+)?(\d\d)(?!\d))?\b")
_HUNDRED_CUE = re.compile(r"ci?ent|hund|hond|zent|hent|cem")
# Round 10: Italian, German and Dutch glue the tens to the hundreds in one word ("trecentoquaranta",
# "duecentoventidue", "dreihundertvierzig", "driehonderdveertig"): a space after the hundreds makes
# them the hundreds word and a pair (`_PAIR`), which `_HUNDRED_GROUP` joins into one group, 340.
_GLUED_HUNDRED_CUE = re.compile(r"[a-z](?:cento|hundert|honderd)[a-z]")
_GLUED_HUNDRED = re.compile(rf"\b(?:{_WORDS_ALTERNATION})(?:cento|hundert|honderd)(?=[a-z]{{3}})")


def _hundred_group(m):
    digit = str(_HUNDRED_OF[m.group(1)]) if m.group(1) else _DIGIT_OF[m.group(2)]
    if m.group(3):
        pair = m.start(3) - m.start()
        return digit + m.group(3), [0, pair, pair + 1]
    return digit + "00", [0, len(m.group()) - 1, len(m.group()) - 1]


# French reads a number out in pairs ("zéro six, quarante-deux, dix-sept, quatre-vingt-un"): each
# pair word is two digits. Its value is the sum of its parts, with "quatre-vingt" 80.
_FR_PARTS = {"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
             "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
             "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9}
_FR_TENS = frozenset(("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts",
                      "trente", "quarante", "cinquante", "soixante"))
_FR_PAIR = re.compile(
    r"\b(?:(?:quatre[- ]vingts?|soixante)[- ](?:et[- ])?(?:dix(?:[- ](?:sept|huit|neuf))?|onze|douze|treize|"
    r"quatorze|quinze|seize)|(?:vingt|trente|quarante|cinquante|soixante|quatre[- ]vingts?)"
    r"(?:[- ](?:et[- ])?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf))?|dix(?:[- ](?:sept|huit|neuf))?|onze|"
    r"douze|treize|quatorze|quinze|seize)\b")


def _french_pair(m):
    parts = m.group().replace("-", " ").split()
    value = sum(_FR_PARTS.get(p, 0) for p in parts)
    if parts[0] == "quatre" and parts[1].startswith("vingt"):
        value += 80 - 24  # quatre (4) + vingt (20) is 80
    return f"{value:02d}", [0, len(m.group()) - 1]


# Round 4b: the other six languages read numbers out in pairs too ("achtendertig", "vierunddreißig",
# "setenta y siete", "trentatré", "trinta e dois", "forty two"): each of ten to ninety-nine is two
# digits, its value the sum of its parts (tens first, or units first with "und"/"en" in German and
# Dutch). Folded spellings: ß is ss, accents are gone ("tweeënnegentig" is "tweeennegentig").
_PAIR_PARTS = {
    # en
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    # es
    "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veinti": 20, "treinta": 30,
    "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
    # pt
    "dez": 10, "onze": 11, "doze": 12, "treze": 13, "quatorze": 14, "quinze": 15, "dezesseis": 16,
    "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19,
    "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "oitenta": 80,
    # it
    "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16,
    "diciassette": 17, "diciotto": 18, "diciannove": 19, "venti": 20, "vent": 20, "trenta": 30, "trent": 30,
    "quaranta": 40, "quarant": 40, "cinquant": 50, "sessanta": 60, "sessant": 60, "settanta": 70,
    "settant": 70, "ottanta": 80, "ottant": 80, "novanta": 90, "novant": 90,
    # de
    "zehn": 10, "elf": 11, "zwolf": 12, "zwoelf": 12, "dreizehn": 13, "vierzehn": 14, "funfzehn": 15,
    "fuenfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
    "dreissig": 30, "vierzig": 40, "funfzig": 50, "fuenfzig": 50, "sechzig": 60, "siebzig": 70,
    "achtzig": 80, "neunzig": 90,
    # nl
    "tien": 10, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40,
    "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
}
_PAIR_UNITS = {  # the units a pair may hold, and the words that join them
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "uno": 1, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9,
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "quatro": 4, "sete": 7, "oito": 8, "nove": 9,
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
    "ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "fuenf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9,
    "een": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9,
    "und": 0, "en": 0, "y": 0, "e": 0,
}
_PAIR_VALUES = {**_PAIR_UNITS, **_PAIR_PARTS}
_PAIR_PIECE = re.compile("|".join(sorted(_PAIR_VALUES, key=len, reverse=True)))


def _alt(*words):
    return "|".join(sorted(words, key=len, reverse=True))


_TEENS = _alt("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
              "nineteen", "diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete",
              "dieciocho", "diecinueve", "veinte", "dez", "onze", "doze", "treze", "quatorze", "quinze",
              "dezesseis", "dezasseis", "dezessete", "dezassete", "dezoito", "dezenove", "dezanove", "dieci",
              "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto",
              "diciannove", "zehn", "elf", "zwolf", "zwoelf", "dreizehn", "vierzehn", "funfzehn", "fuenfzehn",
              "sechzehn", "siebzehn", "achtzehn", "neunzehn", "tien", "twaalf", "dertien", "veertien",
              "vijftien", "zestien", "zeventien", "achttien", "negentien")
# The words that may begin a pair word (tens first, and the teens), and the ends of the German and
# Dutch ones (units first: "vierunddreissig", "achtendertig"): a cheap test before `_PAIR`.
_PAIR_STARTS = ("twent", "thirt", "fort", "fourt", "fift", "sixt", "sevent", "eight", "ninet", "ten", "eleven",
                "twelve", "diez", "once", "doce", "trece", "catorce", "quince", "dieci", "veint", "treint",
                "cuarent", "cincuent", "sesent", "setent", "ochent", "novent", "dez", "onze", "doze", "treze",
                "quatorze", "vint", "trint", "quarent", "cinquent", "sessent", "oitent", "undici", "dodici",
                "tredici", "quattordici", "quindici", "sedici", "vent", "trent", "quarant", "cinquant", "sessant",
                "settant", "ottant", "novant", "elf", "zwolf", "zwoelf", "twaalf")
_PAIR_ENDS = ("zig", "ssig", "tig", "zehn", "tien", "teen")
_PAIR_HEADS = frozenset(w[:3] for w in _PAIR_STARTS)  # a set look-up first: most words start otherwise
_PAIR_TAILS = frozenset(w[-3:] for w in _PAIR_ENDS)
_EN_UNITS = _alt("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_ES_UNITS = _alt("uno", "un", "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
_PT_UNITS = _alt("um", "uma", "dois", "duas", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove")
_DE_UNITS = _alt("ein", "zwei", "drei", "vier", "funf", "fuenf", "sechs", "sieben", "acht", "neun")
_NL_UNITS = _alt("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
_PAIR = re.compile(
    r"\b(?:"
    rf"(?:twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:{_EN_UNITS}))?"
    rf"|veinti(?:{_ES_UNITS})"
    rf"|(?:treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)(?: y (?:{_ES_UNITS})\b)?"
    rf"|(?:vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa)(?: e (?:{_PT_UNITS})\b)?"
    r"|(?:venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta)(?:due|tre|quattro|cinque|sei|sette|nove)?"
    r"|(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)(?:uno|otto)"
    rf"|(?:(?:{_DE_UNITS})und)?(?:zwanzig|dreissig|vierzig|funfzig|fuenfzig|sechzig|siebzig|achtzig|neunzig)"
    rf"|(?:(?:{_NL_UNITS})e?en)?(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)"
    rf"|{_TEENS})\b")


def _pair(m):
    value = sum(_PAIR_VALUES[p] for p in _PAIR_PIECE.findall(m.group().replace("-", " ").replace(" ", "")))
    return f"{value:02d}", [0, len(m.group()) - 1]


# Letters typed for digits inside a group of digits: O for 0, l, i and | for 1 ("555-O123").
# A run of such groups is read whole: "O77OO 9OO l23", "555 O1l 4O8l".
# Round 8: a group may be O and l alone ("(ll) 9lOOO-lOlO", "O6 lO 2O 3O 4l") and a group may stand
# in brackets ("call (3lO) 555-OlOl"); `_letter_digits` says when such a run is a number.
_LD_GROUP = r"\(?(?:[0-9oli|]*[0-9][0-9oli|]*|[ol|]{2,})\)?"
_LETTER_DIGITS = re.compile(rf"(?<![a-z]){_LD_GROUP}(?:[ .\-]+{_LD_GROUP})*(?![a-z])")
_AS_DIGITS = str.maketrans("oli|", "0111")
_LETTER_NEAR_DIGIT = re.compile(r"[oli|]\d|\d[oli|]")
_PHONE_HINT = re.compile(r"\d(?:\D{0,4}\d){6}")
_DIGITS = re.compile(r"\d+")
_SEVEN_DIGITS = re.compile(r"(?:\d\D*){7}")
_CANDIDATE = re.compile(r"(?=[+(\d])(?<![\w.,/:$£€%#-])(\+\s?)?\(?\d(?:(?:[ \t.()\-/_]|, ?){0,3}\d)+(?![\w%°]|[.,:]\d)")
_DATE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})")
# A whole date with a four-digit year (05.12.2026, 5/12/2026, 2026-12-05), or a two-digit year
# when no more groups follow: never part of a number to dial. It is blanked before numbers are
# read, so a time or a word after it ("05.12.2026 um 16:45": Portuguese "um" is 1) is read alone.
_WHOLE_DATE = re.compile(r"(?=\d)(?<![\d.\-/])"
                         r"(?:(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\1(?:(?:19|20)\d\d|\d\d(?![./-]?\d))"
                         r"|(?:0?[1-9]|1[0-2])([./-])(?:0?[1-9]|[12]\d|3[01])\2(?:19|20)\d\d"
                         r"|(?:19|20)\d\d([./-])(?:0?[1-9]|1[0-2])\3(?:0?[1-9]|[12]\d|3[01]))(?![\d]|[./-]\d)")
# (Every whole date begins with a digit: `(?=\d)` first fails at once where the lookbehind and the
# three branches took ~50 ns a position: the blanking costs a quarter of what it did.)
# Gates in front of the two regexes above, each a scan that skips to its first character in C
# (both regexes begin with a lookbehind, which Python's re tries at every position). Every whole
# date holds a separator, one or two digits, a separator; every candidate with seven digits holds
# seven digits each joined to the next by its separators: where the dates blanked out leave no
# such run (a date and a time, "2024-05-17 at 14:30"), no candidate is read.
_MAYBE_DATE = re.compile(r"[./-]\d\d?[./-]")
_SEVEN_IN_A_RUN = re.compile(r"\d(?:(?:[ \t.()\-/_]|, ?){0,3}\d){6}")
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")  # build 20231104
_YEARS = re.compile(r"(?:19|20)\d\d\s?[-/]\s?(?:19|20)\d\d")  # 1997-2012
# an IP address (round 10: each part 255 at most; "07.700.900.219" is a mobile in dots)
_DOTTED_QUAD = re.compile(r"(?:25[0-5]|2[0-4]\d|[01]?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|[01]?\d?\d)){3}")
# (round 9: not 0X.XXXXXXXX, a number's prefix and a dot: nobody writes a decimal with a 0 before a digit)
_DECIMAL = re.compile(r"(?!0\d)\d{1,3}\.\d{5,}|\d{5,}\.\d{1,2}")  # 3.14159265, 12345.50
# a decimal point beside other separators; groups of two or more digits on both sides of each dot
# are a number in pairs ("0485/77.88.99", Belgian), not a decimal
_MIXED_DECIMAL = re.compile(r"(?:(?<!\d)\d\.\d|\d\.\d(?!\d)).*[-\s/(]|[-\s/)].*(?:(?<!\d)\d\.\d|\d\.\d(?!\d))")
_LEADING_PAREN = re.compile(r"(?:\+\s?\d{1,3}\s?)?\(")  # (415) 555 2671, +44 (0) 20 ...
# Thousands grouped with one kind of separator: 8 336 817, 1.234.567, 12'345'678. (Round 10: not
# from a 0, which no quantity begins with: "07.700.900.219" is a mobile with a trunk 0 in dots.)
_THOUSANDS = re.compile(r"(?!0)\d{1,2}(?P<sep>[ .,'])\d{3}(?:(?P=sep)\d{3})+|(?!0)\d{3}(?P<dot>[.'])\d{3}(?:(?P=dot)\d{3})+")
_ID_BEFORE = re.compile(r"\b(?:order|id|ref|reference|tracking|invoice|account|acct|parcel|package|shipment|"
                        r"waybill|awb|booking|reservation|pnr|policy|claim|member|customer|student|employee|"
                        r"patient|passport|licen[cs]e|vin|imei|serial|ticket|case|receipt|transaction|"
                        r"confirmation|item|sku|model|part|voucher|coupon|code|build|version|ver|release|"
                        r"commit|firmware|patch|kb|"
                        r"isbn(?:-?1[03])?|zip|postcode|pin|otp|iban|"
                        # the same in the other supported languages: Bestellnummer, n.º de pedido...
                        r"(?:bestell|auftrags|kunden|sendungs|rechnungs|vorgangs|artikel|mitglieds|vertrags|"
                        r"referenz|buchungs|bestel|order|klant|factuur|zending)(?:nummer|nr\.?)|bestellung|rechnung|"
                        # round 11: a complaint or a case ("Reklamation läuft unter Vorgang 2026-11-4471")
                        r"vorgang|reklamation|r[ée]clamation|reclamaci[oó]n|reclama[çc][ãa]o|reclamo|klacht|"
                        r"sendung|bestelling|factuur|pedido|encomenda|factura|fatura|commande|facture|"
                        r"colis|suivi|ordine|fattura|spedizione|rastreio|seguimiento|localizador|"
                        # round 5: a case or file number at an office ("numéro de dossier CAF ...",
                        # "pratica n. 2026/004471", "dossiernummer 2026-55817", "Aktenzeichen",
                        # "expediente", "processo nº") and a postcode named (Brazilian "CEP 01310-100")
                        r"dossier|dossiernummer|dossiernr|zaaknummer|aktenzeichen|vorgangsnummer|antragsnummer|"
                        r"expediente|tramite|trámite|processo|protocolo|protocollo|pratica|cep|plz|"
                        r"code postal|c[oó]digo postal)"
                        # then "number" abbreviated with its dot: "ordine n. ...", "pedido nº", "Bestellnr.", "n°"
                        r"(?:\b|(?<=\.))(?:\s*(?:nrs?|nro|num|no|n)\b\.?)?[^.!?\n]{0,24}$"
                        # "no." and "#" abbreviate "number" only right before it, "no" with its dot or
                        # a º ("nº", which the fold reads "no": `_NUMBER_WORD_NO` tells them apart);
                        # "no" alone is a word: Portuguese "liga no 21 99123 4567" (call on), "me
                        # chama no zap: ...", Spanish "no 612 ..."
                        r"|(?:\bno\.?|#)\s*:?\s*$")
# Round 11: a business's registration or tax number given with its name is no phone (policy): the
# Dutch KvK, French SIRET, SIREN, RCS and TVA, a VAT, BTW or IVA number, the German USt-IdNr and
# Handelsregister (HRB, HRA), the Italian partita IVA and REA, the US EIN, a company number, the
# Spanish CIF, the Brazilian CNPJ: the name, maybe "number", "is" or a country's letters, then the
# number ("my KvK is 12345678", "SIRET 732 829 320 00074", "EIN 12-3456789", "TVA FR12345678901").
_BUSINESS_BEFORE = re.compile(
    r"\b(?:kvk|kvk-?nummer|kvk-?nr|siret|siren|rcs(?:\s+[a-z]+)?|tva(?:\s+intra-?communautaire)?|vat|btw|"
    r"btw-?nummer|btw-?nr|iva|partita\s+iva|p\.?\s?iva|rea|ust-?id(?:nr|-?nummer)?|ust-?idnr|"
    r"umsatzsteuer-?id(?:entifikationsnummer)?|handelsregister(?:nummer)?|hrb|hra|ein|fein|cnpj|cif|"
    r"company\s+(?:number|no|reg(?:istration)?)|companies\s+house|registered\s+company|"
    r"registro\s+mercantil|numero\s+siret|n[°º]\s*siret)\b"
    r"(?:[\s.:#=-]*(?:number|no|nr|n|num|numero|número|numéro|nummer|is|es|ist|est|é|è|e|de|di|da|du|"
    r"del|der|van|of|my|our|mijn|onze|meine|unsere|notre|mon|il|la|le|nostra|nuestro|nosso|company|"
    r"firma|bedrijf|empresa|azienda|entreprise|société|societe|sociedad)\b)*[\s.:#=°º-]*(?:[a-z]{1,2}[\s.-]?)?$")
# Round 4b: a verb for calling right before the number makes it a phone even after an ID word
# ("you've won a voucher, call 0871 555 0199").
_CALL_BEFORE = re.compile(r"\b(?:call|ring|phone|dial|llame|llama|llamen|ligue|liga|appelez|appelle|rufen sie|ruf|"
                          r"rufe|anrufen|chiama|chiamate|chiami|bel|belt|"
                          # round 5: the forms with the pronoun joined ("chiamami al", "appelle-moi au")
                          r"chiamami|chiamatemi|appelle-moi|appelez-moi|llamame|llámame|liga-me|ligue-me|"
                          r"ruf mich an unter|bel me)\s*(?:(?:al|au|le|il|me|us|on|at|sie|ons|nos)\s+)?$"
                          # round 10: a keyword to text to a number ("text CLAIM to", "envía GANAR al", "SMS
                          # STOP au", "schick JA an", "stuur WIN naar", "invia SI al"): the number is dialled
                          r"|\b(?:text|txt|sms|send|envia|envie|manda|mande|envoie|envoyez|schick|schicke|sende|"
                          r"stuur|invia|inviate)\s+\S+\s+(?:to|al|a|para|pro|au|an|naar|aan|allo)\s+$")
# Round 10: a word for a phone number, a phone or a messenger right before a number ("mi número es",
# "whatsapp", "Handy:"): a number grouped like thousands after it is one to call ("612.345.678").
_NUMBER_SAID = re.compile(r"\b(?:number|numero|número|numéro|nummer|tel|tlf|telefono|teléfono|telefone|telefoon|"
                          r"telefon|téléphone|portable|movil|móvil|celular|cell|mobile|handy|whatsapp|whats|zap)\b"
                          r"[^.!?\n\d]{0,20}$")
# The plain word "no" (no dot, an ASCII o) right before a number: see `_ID_BEFORE`.
_NUMBER_WORD_NO = re.compile(r"\bno\s*:?\s*$")
# Words before or after a number that make it a quantity: "a population of 8 336 817", "1.234.567 views".
_QUANTITY_BEFORE = re.compile(r"\b(?:population|inhabitants|residents|people|census|total|views|votes|"
                              r"lotto|lottery|draw|winning\s+numbers|lucky\s+numbers|jackpot|powerball|"
                              r"euromillions|score|scores|loto|lotería|loteria|primitiva|bonoloto|"
                              r"mega-?sena|quina|lotof[aá]cil|superenalotto|totocalcio|keno)\b"
                              r"[^.!?\n]{0,20}$")
# Round 4b (set6 false alarms). A version or build with four or more dotted parts (8.3.1.20775,
# 1.4.12.3308, 10.0.19045.3693): a major of one or two digits, a middle part of one or two digits
# and a last part of three or more, which no dotted phone has (1.800.555.1234, 06.12.34.56.78 and
# 5.5.5.7.2.0.1.1.3.4 stay phones: 3-digit middles, a 0 first, a short last part).
_DOTTED_VERSION = re.compile(r"[1-9]\d?(?:\.\d{1,5})*\.\d{1,2}(?:\.\d{1,5})*\.\d{3,}")
# ... or any number right after a word for a version or an update, in the seven languages.
_VERSION_WORD_BEFORE = re.compile(r"\b(?:versions?|versie|versão|versao|versión|versione|vers|update|updates|"
                                  r"aggiornamento|mise [aà] jour|atualiza[cç][aã]o|actualizaci[oó]n|upgrade|"
                                  r"patch|build|release|v)\s*:?\s*v?$")
# A large number grouped in threes by spaces after a first group of one to three digits, then a
# unit or a counted noun (299 792 458 metres, 7 900 000 habitants, 384 400 km): a quantity.
_SPACED_THOUSANDS = re.compile(r"\d{1,3}(?: \d{3})+")
_MEASURE_AFTER = re.compile(r"\s*(?:metres?|meters?|metros?|mètres?|metri|km|kilometres?|kilometers?|kilómetros?|"
                         r"kilometros?|quilómetros?|quilometros?|kilomètres?|kilometres?|kilometer|chilometri|"
                         r"miles|millas|milhas|meilen|mijl|m/s|km/h|kg|tonnes?|tons?|toneladas|tonnellate|"
                         r"litres?|liters?|litros|litri|years?|años|anos|ans|années|jahre|anni|jaar|jahren|"
                         r"seconds?|segundos|secondes|sekunden|secondi|seconden|light|habitants?|habitantes|"
                         r"einwohner|abitanti|inwoners|people|persons|personas|pessoas|personnes|menschen|"
                         r"persone|mensen|stars|estrellas|étoiles|sterne|stelle|sterren|"
                         r"euros?|dollars?|dólares|dolares|reais|francs?|pounds?|libras|sterline)\b")
_QUANTITY_AFTER = re.compile(r"\s*(?:people|persons|inhabitants|residents|citizens|habitantes|habitants|"
                             r"einwohner|inwoners|abitanti|views|subscribers|followers|likes|votes|users|"
                             r"visitors|downloads|copies|units|cases|deaths|km|miles|tons|tonnes|dollars|"
                             r"euros?|pounds|usd|eur|gbp|yen|bytes|kb|mb|gb|points|pts|steps|calories|"
                             # round 11: the counts of a video or an account in the other languages
                             # ("250000000 Aufrufe", "de vues", "visualizações"), "de" after French and
                             # Spanish numbers ("250000000 de vues")
                             r"(?:de\s+|d['’]\s*)?(?:aufrufe|klicks|abonnenten|follower|vues|abonn[ée]s|"
                             r"visualizaciones|visualizações|visualizacoes|visualizzazioni|iscritti|"
                             r"seguidores|weergaven|volgers|abonnees|streams|reproducciones|"
                             r"reprodu[çc][õo]es|ascolti|écoutes|ecoutes|personnes|personas|pessoas|persone|"
                             r"menschen|mensen|leute))\b")


# Round 6: an emoji or a symbol between two groups of digits is read as a space ("07700🔥900🔥772",
# "06 ✨ 12 ✨ 34 ✨ 56 ✨ 78"): up to two of them (one with its variation selector), spaces around.
_EMOJI_BETWEEN = re.compile(r"(?<=\d)(?: ?[^\w\s\x00-\x7f]{1,2}){1,2} ?(?=\d)")
_DECIMAL_PAIR = re.compile(r"(?<![\d.])\d\.\d(?![\d.])")  # 2.5 between other separators
# A Mexican mobile written with the "1" it had before 2019 (+52 1 33 2456 7788): the number is +52 and
# the ten digits after that 1, which libphonenumber alone finds too long.
_MX_OLD_MOBILE = re.compile(r"521\d{10}")


def _spell_digits(m):
    times = _TIMES.get(m.group(1) or "", 1)
    digit = _DIGIT_OF[m.group(2)]
    if m.group(3):
        return digit + "00", [m.start(2) - m.start()] + [m.start(3) - m.start()] * 2
    return digit * times, [m.start(2) - m.start()] * times


def _letter_digits(m):
    """Digits with O, l, i or | typed among them: a group that is mostly digits, or a run of three
    groups or more each holding a digit (nobody writes "o77oo 9oo" for anything but a number)."""
    run = m.group()
    signs = sum(c.isalnum() or c == "|" for c in run)
    groups = run.replace(".", " ").replace("-", " ").split()
    digits = sum(c.isdigit() for c in run)
    if not digits:
        return None
    words = [g for g in groups if not any(c.isdigit() for c in g)]  # "ll", "lOlO": O and l alone
    if not words and (digits * 2 >= signs or len(groups) >= 3):
        return run.translate(_AS_DIGITS)
    # round 8: O and l throughout ("O77OO 9OOll2", "Ol7l lO2O3O4", "(ll) 9lOOO-lOlO"): two groups or
    # more, seven signs or more (a number to dial), one group mixing a digit with an O or an l, and no
    # i (a word). "LOL 100", "lol 1000 likes" have no mixed group and stay words.
    mixed = any(any(c.isdigit() for c in g) and any(c in "ol|" for c in g) for g in groups)
    if len(groups) >= 2 and signs >= 7 and mixed and "i" not in run:
        return run.translate(_AS_DIGITS)
    return None


def _is_isbn(digits):
    if len(digits) == 10:
        return sum((10 - i) * (10 if d in "xX" else int(d)) for i, d in enumerate(digits)) % 11 == 0
    return len(digits) == 13 and digits[:3] in ("978", "979") and \
        sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0


def _counting(numbers):
    """1 2 3 4 5 6 7, "one two three...", 9 8 7 6 5, "vingt, trente, quarante...": someone counting
    (every step the same, up or down), not a number to dial; 6 1 2 3 4 5 6 7 8 is a number."""
    steps = {int(b) - int(a) for a, b in zip(numbers, numbers[1:])}
    return len(numbers) >= 5 and len(steps) == 1 and 0 not in steps


# one number of several written with a slash between them (each part from its first to its last digit)
_SLASH_PART = re.compile(r"[+(\d][^/]*\d")
_TRUNK_ZERO = re.compile(r"\(\s?0\s?\)")


def _is_phone(candidate, regions, spelled=False, called=False):
    groups = _DIGITS.findall(candidate)
    digits = "".join(groups)
    if not 7 <= len(digits) <= 15 or "," in candidate and not spelled:
        return False
    if candidate.lstrip().startswith("+"):
        if _TRUNK_ZERO.search(candidate):
            # round 11b: "+34 (0) 622 45 67 89": the bracketed 0 is the national trunk prefix, not dialled
            # from abroad (+44 (0) 7911 ... happened to be valid with it)
            digits = "".join(_DIGITS.findall(_TRUNK_ZERO.sub(" ", candidate, count=1)))
        if _MX_OLD_MOBILE.fullmatch(digits):
            digits = "52" + digits[3:]
        return _possible_international(digits)
    plain = candidate.strip()
    if plain.startswith("00") and digits[2:3] != "0" and len(digits) >= 11 and not spelled:
        # 00 is the international call prefix of every European country the packs cover: 0044 7700
        # 900123, 0033 6 12 34 56 78 are +44 ..., +33 ... (no national number starts with 00)
        return _possible_international(digits[2:])
    if spelled:
        if len(groups) >= 3 and all(len(g) == 2 and g[0] != "0" for g in groups):
            return False  # round 4b: "twenty one, eighteen, twenty one, fifteen": scores and lists in tens
        return not _counting(digits) and not _counting(groups)
    if len(groups) >= 7 and all(len(g) == 1 for g in groups) and not _DECIMAL_PAIR.search(plain):
        return True  # round 6: digits one by one, whatever is between them ("6.1.2/3.4.5/6.7.8"),
        #              unless a dot makes two of them a decimal (1.5-2.5-3.5-4.5 kg)
    if _MIXED_DECIMAL.search(plain) or "(" in plain and not _LEADING_PAREN.match(plain) \
            or plain.count("(") != plain.count(")"):
        return False  # 0.9.33-17222, RFC 7231 7.1.2, 512/(5401-512), (2350-512: versions and arithmetic
    shape = [len(g) for g in groups]
    singles = sum(n == 1 for n in shape)
    if shape == [2, 2, 2, 2, 2] and digits[0] == "0" and digits[1] != "0":
        return True  # French grouping, 0X XX XX XX XX: nobody counts or draws from 0X (01 23 45 67 89)
    if _counting(groups):
        return False  # top 10: 1 2 3 4 5 6 7 8 9 10
    if shape == [1, 2, 2, 2, 2] and digits[0] in "67" and not (
            max(map(int, groups)) <= 50 and all(int(x) < int(y) for x, y in zip(groups, groups[1:]))):
        return True  # a French mobile without its 0 (6 12 34 56 78, as after +33); five numbers
        #              rising up to 50 are a Loto or EuroMillions draw (6 12 23 34 45)
    if singles >= 5 and singles * 3 >= len(shape) * 2:
        return True  # spaced-out digits: nobody writes a date or a price like that
    if called and _THOUSANDS.fullmatch(plain) and _valid_in_a_region(digits, regions):
        return True  # round 10: "llámame al 612.345.678": grouped like thousands, said to be a number to call
    if any(r.fullmatch(plain) for r in (_DATE, _YEARS, _DOTTED_QUAD, _DECIMAL, _THOUSANDS, _COMPACT_DATE)) \
            or shape == [3, 2, 4] or _is_isbn(digits) and (len(digits) == 13 or len(shape) >= 4 and "-" in plain):
        return False
    if len(shape) >= 3 and max(shape) <= 2 and not any(g.startswith("0") for g in groups):
        return False  # 3 11 19 27 38 45, 21-18 21-15: draws and scores (phones in pairs start with 0)
    if len(shape) >= 6 and max(shape) <= 2 and all(int(a) < int(b) for a, b in zip(groups, groups[1:])):
        return False  # 05 17 28 33 41 56: six numbers rising is a draw (a number in pairs has five)
    if shape in ([3, 3, 4], [3, 4], [1, 3, 3, 4]) and (shape != [1, 3, 3, 4] or digits[0] == "1"):
        return True  # North American grouping, including the fictional 555 numbers
    return _valid_in_a_region(digits, regions)


@lru_cache(maxsize=4096)
def _possible_international(digits):
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse("+" + digits))
    except phonenumbers.NumberParseException:
        return False


@lru_cache(maxsize=4096)
def _valid_in_a_region(digits, regions):
    """libphonenumber's verdict (tens of microseconds a region, hence the cache)."""
    for region in regions:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(digits, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


class Phone:
    """Numbers a person could dial: international (+44 ...), national formats valid in one of
    `regions` (Google's libphonenumber metadata), North American groupings, and digits that are
    spaced out, spelled out in any supported language, mixed with words, typed as letters
    (`five five five 1 2 3 4`, `cinco cinco cinco...`, `555-O123`), in any script's digits, with
    any dash or space between them. Dates, times, year ranges, prices, versions and builds,
    scores, lottery draws, thousands-grouped quantities, IP addresses, ISBNs and numbers
    introduced as an order number or an ID are not phones."""

    def __init__(self, regions=("US", "GB")):
        unknown = [r for r in regions if r not in phonenumbers.SUPPORTED_REGIONS]
        if isinstance(regions, str) or unknown:
            raise ValueError(f"unknown phone region(s) {', '.join(map(str, unknown or [regions]))}")
        self.regions = tuple(regions)

    def configure(self, **options):
        return Phone(**options)

    def __call__(self, text):
        view, offsets = uniform(text)  # any script's digits, dashes and spaces; fullwidth, look-alikes
        disguised = False  # digits written as words or letters
        if _GLUED_HUNDRED_CUE.search(view):  # round 10: "trecentoquaranta", "dreihundertvierzig"
            view, offsets = rewrite(_GLUED_HUNDRED, lambda m: (m.group() + " ", [*range(len(m.group())), len(m.group()) - 1]),
                                    view, offsets)
        words = set(_LETTERS.findall(view))
        if not _FR_TENS.isdisjoint(words):
            view, offsets = rewrite(_FR_PAIR, _french_pair, view, offsets)
            disguised = True
        # (two set intersections first, in C: the test word by word below is a Python loop over
        # every word of every text with seven digits, dates and times included)
        if (not _PAIR_HEADS.isdisjoint({w[:3] for w in words}) or not _PAIR_TAILS.isdisjoint({w[-3:] for w in words})) \
                and any(w[:3] in _PAIR_HEADS and w.startswith(_PAIR_STARTS)
                        or w[-3:] in _PAIR_TAILS and w.endswith(_PAIR_ENDS) for w in words) and _PAIR.search(view):
            # round 4b: numbers read in pairs in the other six languages (the word test first: the
            # regex costs ~40 us a text)
            view, offsets = rewrite(_PAIR, _pair, view, offsets)
            disguised = True
        if _HUNDRED_CUE.search(view) and _HUNDRED_GROUP.search(view):  # round 8: "seiscientos doce"
            view, offsets = rewrite(_HUNDRED_GROUP, _hundred_group, view, offsets)
            disguised = True
        if not _DIGIT_OF.keys().isdisjoint(words):
            view, offsets = rewrite(_DIGIT_WORD, _spell_digits, view, offsets)
            disguised = True
        if _LETTER_NEAR_DIGIT.search(view):
            view, offsets = rewrite(_LETTER_DIGITS, _letter_digits, view, offsets)
            disguised = True
        if not _PHONE_HINT.search(view):
            return
        if not view.isascii() and _EMOJI_BETWEEN.search(view):  # round 6: "07700🔥900🔥772"
            view = _EMOJI_BETWEEN.sub(lambda m: " " * len(m.group()), view)
        if ("." in view or "/" in view or "-" in view) and _MAYBE_DATE.search(view):
            # one character for one: the offsets still hold
            view = _WHOLE_DATE.sub(lambda m: "x" * len(m.group()), view)
            if not _SEVEN_IN_A_RUN.search(view):
                return  # the digits were a date (and a time): no candidate can hold seven
        for m in _CANDIDATE.finditer(view):
            a, b = m.span()
            before = view[max(0, a - 40):a]
            if not _SEVEN_DIGITS.search(m.group()) or _ID_BEFORE.search(before) and not _CALL_BEFORE.search(before) \
                    and not _word_no(text, offsets, before, a):
                continue  # too short to dial (checked first: a flood of short numbers is cheap), or an ID
            if _BUSINESS_BEFORE.search(before) and not _CALL_BEFORE.search(before):
                continue  # round 11: a business's registration or tax number ("KvK 12345678")
            spelled = disguised and any(not text[offsets[i]].isdigit() for i in range(a, b) if view[i].isdigit())
            if not spelled and (_QUANTITY_BEFORE.search(before) or _QUANTITY_AFTER.match(view, b)):
                continue  # "a population of 8 336 817", "1 234 567 views"
            if not spelled and (_DOTTED_VERSION.fullmatch(m.group()) or _VERSION_WORD_BEFORE.search(before)
                                or _SPACED_THOUSANDS.fullmatch(m.group()) and _MEASURE_AFTER.match(view, b)):
                continue  # "update 6.2.0.41118", "versie 2.18.40.9912", "299 792 458 metres per second"
            called = "." in m.group() and (_CALL_BEFORE.search(before) or _NUMBER_SAID.search(before))
            if _is_phone(m.group(), self.regions, spelled, bool(called)):
                spans = [(a, b)]
            elif "/" in m.group() and not spelled:
                # round 11b: two numbers given side by side, "07700 900 301 / 01632 960 552": each
                # part read alone (the whole has too many digits to dial)
                spans = [(a + p.start(), a + p.end()) for p in _SLASH_PART.finditer(m.group())
                         if _SEVEN_DIGITS.search(p.group()) and _is_phone(p.group(), self.regions)]
                if len(spans) < 2:
                    spans = []
            else:
                spans = []
            for a, b in spans:
                end = offsets[b - 1] + 1
                while end < len(text) and text[end].isalpha() and text[end - 1].isalpha():
                    end += 1  # to the end of the last spelled digit
                yield offsets[a], end


def _word_no(text, offsets, before, a):
    """Is what `_ID_BEFORE` found before view[a] only the word "no" ("liga no ...") and not "nº"?
    (Another ID word further back still counts: "pedido no ..." is caught by its own branch.)"""
    m = _NUMBER_WORD_NO.search(before)
    if not m:
        return False
    o = offsets[a - len(before) + m.start() + 1]
    return text[o] in "oO" and not _ID_BEFORE.search(before[:m.start()])


phone = Phone()


def valid_phone(s):
    """Validator: `s` reads as a dialable number (see `Phone`)."""
    return _is_phone(s, ("US", "GB", "DE", "FR", "IN", "AU", "CA"))

# --- cards, IBANs, SSNs, IP addresses ----------------------------------------------------------------

# 13 to 19 digits, each group led by one separator of one kind (space, dot, dash, slash,
# underscore, the last four also with a space each side: "5301 / 7937 / ..."; Unicode's spaces and
# dashes are made ASCII first).
# (round 10: a run of up to three spaces or tabs between groups, "4111  1111  1111  1111")
_CARD = re.compile(r"(?<![\d.\-/_])\d(?:(?:[ \t]{0,3}[.\-/_][ \t]{0,3}|[ \t]{1,3}|[.\-/_])?\d){12,18}(?![\d]|[.\-/_]\d)")
_CARD_GROUPS = re.compile(r"[ \t]*[.\-/_][ \t]*|[ \t]+")


def luhn(s):
    """Validator: the digits of `s` pass the Luhn check (card numbers)."""
    digits = [int(c) for c in s if c.isdigit()]
    if len(digits) < 2:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        total += d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2)
    return total % 10 == 0


# Issuer prefixes: Visa 4, Mastercard 51-55 and 2221-2720, Amex 34/37, Diners 30/36/38, JCB 35,
# Discover/UnionPay/Maestro 6, Maestro 50 and 56-59.
_IIN = re.compile(r"4|5[0-9]|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|3[04-8]|6")


# A card named before or after the digits: then they are its number however they are grouped
# ("mastercard 53 0909 2256 7113 95", "visa 4626 120324 106527")
_CARD_WORD = re.compile(r"\b(?:cards?|carte|carta|cart[aã]o|tarjeta|(?:kredit)?karte|kaart(?:nummer)?|creditcard|"
                        r"visa|master ?card|mc|amex|maestro|discover|cb|cc|credit|debit|cvv|cvc|exp|"
                        # round 11: cards named by their brand or their bank's, prepaid ones too ("la Postepay
                        # 4023 ...", "minha Nubank 5162 ...", "my Revolut card")
                        r"postepay|hype|nubank|revolut|n26|monzo|bunq|carte bleue|girocard|"
                        r"ec-karte|maestrocard|v ?pay|hipercard|prepagata|prepaid)\b")
_NOT_A_CARD_BEFORE = re.compile(r"\b(?:order|isbn|ref|reference|tracking|invoice|account|acct|parcel|package|"
                                r"pedido|commande|bestell\w*|ordine|bestelling|rastreio|seguimiento|suivi|sendung\w*)\b")


def _grouped_like_a_card(s, text, start, end):
    """No separator, or one kind of separator between groups of 3 to 6 digits (4-4-4-4, 4-6-5):
    3.14159265358979 and 1.5-2.5 are not cards. Spaces between groups of 2 to 8 digits too when
    the digits are as many as a Visa's or a Mastercard's, 16 (4626 1203 24106527; the issuer's
    four, then groups of up to 12: 4539 148803436467), and any
    grouping of one kind beside a card's name; not after an order's, an ISBN's or a parcel's."""
    seps = set(_CARD_GROUPS.findall(s))
    if not seps or len(seps) == 1 and all(3 <= len(g) <= 6 for g in _CARD_GROUPS.split(s)):
        return True
    near = text[max(0, start - 30):start].lower()
    if len(seps) != 1 or _NOT_A_CARD_BEFORE.search(near):
        return False
    groups = _CARD_GROUPS.split(s)
    return seps == {" "} and sum(map(len, groups)) == 16 and (all(2 <= len(g) <= 8 for g in groups) or len(
        groups[0]) == 4 and all(2 <= len(g) <= 12 for g in groups)) or bool(  # (round 9b: 4539 148803436467)
        _CARD_WORD.search(near + " " + text[end:end + 20].lower()))


# Round 9: four groups of four digits with one kind of space between, beside a card's name ("Karte
# gefunden 5105 1051 1051 5100"): a card's number as a reader sees it, whatever its check digit
# (one mistyped digit leaves the rest of it out in the open)
_FOUR_BY_FOUR = re.compile(r"\d{4}( )\d{4}\1\d{4}\1\d{4}")


def _named_card(view, start, end):
    near = view[max(0, start - 30):start].lower()
    return not _NOT_A_CARD_BEFORE.search(near) and bool(_CARD_WORD.search(near + " " + view[end:end + 20].lower()))


def card(text):
    """Payment card numbers: 13 to 19 digits in any script, grouped by spaces of any kind, dots,
    dashes, slashes or underscores, with a real issuer prefix, that pass the Luhn check."""
    view, offsets = (text, None) if text.isascii() else uniform(text)
    for m in _CARD.finditer(view):
        digits = "".join(c for c in m.group() if c.isdigit())
        if _IIN.match(digits) and (luhn(digits) or _FOUR_BY_FOUR.fullmatch(m.group()) and _named_card(
                view, m.start(), m.end())) and len(set(digits)) > 1 and _grouped_like_a_card(
                m.group(), view, m.start(), m.end()):
            yield (m.span() if offsets is None else (offsets[m.start()], offsets[m.end() - 1] + 1))


# Length of the IBAN of each country that has one (SWIFT IBAN registry).
IBAN_LENGTHS = dict(
    (cc, int(n)) for cc, n in (item.split(":") for item in (
        "AD:24 AE:23 AL:28 AT:20 AZ:28 BA:20 BE:16 BG:22 BH:22 BI:27 BR:29 BY:28 CH:21 CR:22 CY:28 CZ:24 DE:22 "
        "DJ:27 DK:18 DO:28 EE:20 EG:29 ES:24 FI:18 FK:18 FO:18 FR:27 GB:22 GE:22 GI:23 GL:18 GR:27 GT:28 HR:21 "
        "HU:28 IE:22 IL:23 IQ:23 IS:26 IT:27 JO:30 KW:30 KZ:20 LB:28 LC:32 LI:21 LT:20 LU:20 LV:21 LY:25 MC:27 "
        "MD:24 ME:22 MK:19 MN:20 MR:27 MT:31 MU:30 NI:28 NL:18 NO:15 OM:23 PK:24 PL:28 PS:29 PT:25 QA:29 RO:24 "
        "RS:22 RU:33 SA:24 SC:31 SD:18 SE:24 SI:19 SK:24 SM:27 SO:23 ST:25 SV:28 TL:23 TN:24 TR:26 UA:29 VA:22 "
        "VG:24 XK:20").split()))
# (a space or a dash may come between the country and its check digits too: "GB-89-LOYD-3096-3401-8273-65";
# not after a dot or a slash: "wa.me/49 ..." is a link with a number, not Montenegro's country code)
_IBAN = re.compile(r"(?<![a-z0-9])(?:[a-z]{2}|(?<![./])[a-z]{2}[ -])\d{2}(?:[ .\-/_]?[a-z0-9]){11,30}", re.I)
_IBAN_SEPARATORS = re.compile(r"[\s.\-/_]")


def valid_iban(s):
    """Validator: `s` (grouped by spaces, dots, dashes, slashes or underscores) is an IBAN of the
    right length for its country with a valid mod-97 checksum."""
    compact = _IBAN_SEPARATORS.sub("", s).upper()
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact.isalnum() or not compact.isascii():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def iban(text):
    """International bank account numbers, grouped or not (by any space, dots, dashes, slashes or
    underscores), checked with mod-97."""
    view, offsets = (text, None) if text.isascii() else uniform(text)
    pos, tries = 0, 0
    # (round 11: a failed candidate is tried again one character on, not after its end: a two-letter
    # word and a number before an IBAN, "de 35 euro naar NL91 ABNA ...", "es 20 a ES91 2100 ...", start
    # a longer candidate that swallows the real one; at most _MOST_TRIED of them, a crafted text's bound)
    while (m := _IBAN.search(view, pos)) and tries < _MOST_TRIED:
        tries += 1
        length = IBAN_LENGTHS.get(m.group()[:2].upper())
        positions = [i for i, c in enumerate(m.group()) if c.isalnum()][:length] if length else []
        if length and len(positions) == length and valid_iban("".join(m.group()[i] for i in positions)):
            a, b = m.start(), m.start() + positions[-1] + 1
            yield (a, b) if offsets is None else (offsets[a], offsets[b - 1] + 1)
            pos = b
        else:
            pos = m.start() + 1

def valid_ssn(s):
    """Validator: nine digits that can be a US Social Security number (no 000/666/9xx area, no 00
    group, no 0000 serial)."""
    digits = "".join(c for c in s if c.isdigit())
    if len(digits) != 9:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


_DOT = r"(?:\.|\[\.\]|\(\.\)|\[dot\]|\(dot\))"
_IPV4 = re.compile(rf"(?<![\w.])(\d{{1,3}}){_DOT}(\d{{1,3}}){_DOT}(\d{{1,3}}){_DOT}(\d{{1,3}})(?![\w]|\.\d)", re.I)
_IPV6 = re.compile(r"(?<![\w:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:])", re.I)
_VERSION_BEFORE = re.compile(r"(?:\b(?:v|ver|version|release|build|firmware|python|node|chrome|android|ios|section|sec|"
                             r"chapter|rfc|oid)\W*|[~=<>!]=\s*|§\s*|:)$", re.I)


# Round 9b: an IPv4 address said after the word "IP" with its dots spaced, as commas or as words: "my
# ip is 192 . 168 . 1 . 20", "mi IP es 192,168,1,20", "IP: 10 punto 0 punto 0 punto 7"
_IP_SEP = rf"\s*(?:[.,·]|\b(?:{_DOTW})\b)\s*"
_IP_TOLD = re.compile(rf"\bip\b[^\d\n]{{0,25}}?(?<![\d.,])(\d{{1,3}}){_IP_SEP}(\d{{1,3}}){_IP_SEP}(\d{{1,3}}){_IP_SEP}"
                      r"(\d{1,3})(?![\d]|[.,]\d)", re.I)


# Round 10: a number grouped in thousands with dots ("1.000.000.000 Menschen", "48.000.000.000
# Kubikmeter"): three digits after every dot, one group with a leading zero, which an address does not
# write unless it is told as one ("mijn ip: 192.168.001.020")
_THOUSANDS_DOTTED = re.compile(r"\d{1,3}(?:\.\d{3}){3}")
_IP_SAID = re.compile(r"\bip\b", re.I)


def valid_ip(s):
    """Validator: `s` is an IPv4 or IPv6 address."""
    try:
        ipaddress.ip_address(s.strip())
    except ValueError:
        return False
    return True


def ip(text):
    """IPv4 addresses (also defanged: 10[.]0[.]0[.]1, and in any script's digits or fullwidth:
    １９２.１６８.０.１) and IPv6 addresses; not version numbers."""
    view, offsets = (text, None) if text.isascii() else uniform(text)
    if "." in view or "[" in view or "(" in view:
        for m in _IPV4.finditer(view):
            version = _VERSION_BEFORE.search(view[max(0, m.start() - 20):m.start()])
            if _THOUSANDS_DOTTED.fullmatch(m.group()) and any(g.startswith("0") for g in m.groups()[1:]) \
                    and not _IP_SAID.search(view, max(0, m.start() - 25), m.start()):
                continue
            if all(int(g) <= 255 for g in m.groups()) and not version:
                yield m.span() if offsets is None else (offsets[m.start()], offsets[m.end() - 1] + 1)
    if "ip" in view or "IP" in view or "Ip" in view:
        for m in _IP_TOLD.finditer(view):
            if all(int(g) <= 255 for g in m.groups()):
                a, b = m.start(1), m.end(4)
                yield (a, b) if offsets is None else (offsets[a], offsets[b - 1] + 1)
    if text.count(":") >= 2:
        for m in _IPV6.finditer(text):
            s = m.group()
            if ("::" in s or s.count(":") >= 5) and any(c.isalnum() for c in s) and valid_ip(s):
                yield m.span()


# --- handles and people: who someone is, given away in free prose --------------------------------

# Where a handle is kept: social, messaging and gaming platforms, and the words for "the name I use
# there" in the seven languages ("pseudo", "nick", "gamertag"). Only whole words ("cod", not "code").
_PLATFORM = (r"snap(?:chat)?|sc|insta(?:gram)?|ig|tik ?tok|tt|twitter|kik|discord|dc|telegram|tg|whats ?app|"
             r"facebook|fb|reddit|twitch|skype|wechat|bluesky|yt|youtube|steam|psn|playstation|xbox|xbl|"
             r"epic(?: games)?|fortnite|free ?fire|cod|warzone|roblox|minecraft|valorant|riot|battle\.?net|ps[345]|"
             r"nintendo|brawl ?stars|clash ?royale|pubg|genshin|overwatch|rocket league|apex(?: legends)?|fifa|"
             r"pinterest|tumblr|vsco|bereal|linkedin|viber|gamertag|gt|ign|pseudo|nick(?:name)?|user ?name|"
             # round 10: music, dating, second-hand, sport and reading platforms where a profile is found, and
             # other messengers ("follow me on soundcloud djkiki_22", "tinder: kiki_22", "find me on strava, x.y")
             r"soundcloud|mixcloud|spotify|tinder|bumble|grindr|badoo|lovoo|happn|jodel|vinted|depop|strava|"
             r"letterboxd|goodreads|duolingo|lichess|patreon|mastodon|threema|kakao(?:talk)?|deviantart|wattpad|"
             r"clubhouse|imessage|facetime|"
             r"handle|benutzername|gebruikersnaam|usuario|utente|"
             # a console's network and a game's tag with its #discriminator: "switch c'est KiwiNinja#2290"
             r"switch|battle ?tag|bnet|friend ?code|freundescode|vriendcode|code ami|c[oó]digo de amigo|codice amico|"
             # "the play" is the PlayStation in French, Spanish, Portuguese, Italian, German and Dutch
             # slang: "mon pseudo sur la play c'est X", "mi nick en la play es X", "meu nick na play é X"
             r"(?:la|el|a|na|der|de|sulla|nella|alla) play|"
             # one's own video channel, named without its platform: "my channel is called X", "mein Kanal
             # heißt X", "mi canal se llama X" (a TV channel is "the channel", never "my")
             r"(?:my|mein(?:en)?|mon|ma|mi|meu|o meu|mio|il mio|mijn) (?:channel|kanal|cha[iî]ne|canal|canale|kanaal)|"
             # round 8: a platform disguised with a digit or a sign for a letter: "sn@p: ᴛᴀʏʏ.ʙ", "1nsta", "d1scord"
             r"sn[@4]p|[1l]nsta|inst[@4]|d[1l]sc[o0]rd|d[i1l]sc0rd|t[1l]k ?t[o0]k|tik ?t0k|"
             # round 9b: all of them at once, "socials: lilly_rae", "my username everywhere is theo.wav",
             # "mi usuario en todas las redes es X", "mon pseudo partout c'est X", "überall heiße ich X"
             r"socials|social media|redes(?: sociales| sociais)?|r[ée]seaux(?: sociaux)?|sozialen? medien|"
             r"sociale media|socialmedia|everywhere|[uü]berall|partout|ovunque|overal|en todas partes|em todo (?:o )?lado")
# "the name / account / profile" said before or after the platform: "mon pseudo PSN", "fortnite name"
_LABEL = (r"name|username|user|tag|id|gt|gamertag|ign|handle|account|acc|nick|nickname|pseudo|nom|nome|nombre|"
          r"usuario|utente|naam|gebruikersnaam|benutzername|cuenta|conta|compte|konto|profil|profilo|profiel|perfil|"
          r"channel|canal|canale|chaine|kanal|kanaal")  # a video channel: "yt, canal: LaCocinaDeNico"
_PREPOSITION = r"on|in|en|no|na|em|sur|su|auf|bei|op|de|del|da|do|di|van"
# "is", "it's", "I'm", "as" in the seven languages: es/soy, é/sou, est/c'est/je suis, ist/bin, è/sono, is/ben
# ("sou o Tuga_Sniper91": Portuguese puts an article before the name), and "is called" for a channel's
# name: "mein YouTube-Kanal heißt X", "my channel is called X", "mi canal se llama X", "ma chaîne s'appelle X"
# (round 9c: German and Dutch put the verb before its subject after a place: "auf tiktok bin ich X",
# "op tiktok ben ik X", "auf insta heiße ich X")
_IS = (r"it['’]?s called|it is called|it['’]?s named|it goes by|goes by|het heet|es hei(?:ß|ss)t|[cç]a s['’]appelle|"
       r"it['’]?s|it is|i['’]?m|i am|is called|is named|called|named|is|['’]s|as|als|es|eh|est|c['’ ]?est|"
       r"je suis|suis|ist|ich bin|bin ich|bin|ik ben|ben ik|ben|hei(?:ß|ss)e ich|heet ik|"
       r"soy|(?:eu )?sou [oa]|(?:eu )?sou|sono|come|como|e|"
       r"hei(?:ß|ss)t|se llama|s['’]appelle|si chiama|heet|se chama|chama-se|"
       # round 10: where the account is found, "on insta at mia.bakes", "auf insta unter garten.von.oma",
       # "op insta onder X", "sur insta sous le nom X", "no insta sob o nome X", "su insta sotto il nome X"
       r"at|under|unter|onder|sous(?: le nom(?: de)?| le pseudo)?|sob o nome(?: de)?|sotto (?:il )?nome(?: di)?|"
       r"bajo el nombre(?: de)?|"
       # and what one is called there: "on discord i go by X", "sur discord je m'appelle X", "en discord me
       # hago llamar X", "su discord mi chiamo X", "no discord me chamo X", "auf discord nenne ich mich X"
       r"i go by|i['’]?m called|i call myself|je m['’]appelle|je me fais appeler|me llamo|me hago llamar|mi chiamo|"
       r"mi faccio chiamare|(?:eu )?me chamo|chamo-me|nenne ich mich|ich nenne mich|noem ik mezelf|ik noem mezelf|"
       r"hago llamar|llamo|chamo")  # (after the " me" the platform may take: "en discord me hago llamar X")
_I_AM = r"i['’]?m|i am|soy|(?:eu )?sou [oa]|(?:eu )?sou|sono|je suis|ich bin|bin|ik ben|ben"
# "add me", "find me" before the handle and its platform: "add me: abc_123 on snap", "adde mich X auf insta"
_ADD_ME = (r"(?:add|follow|find|dm|hmu|message|msg) me|ajoute[sz]?[- ]moi|suis[- ]moi|agr[eé]game|a[nñ][aá]deme|"
           r"s[ií]gueme|adiciona[- ]me|me adiciona|me segue|aggiungimi|seguimi|add(?:e)? mich|folg mir|voeg me toe|volg me")
# "type", "search (for)", "look up" in the seven languages, before a handle to type in the platform's
# search: "sur twitch tape m a t h i s g a m e r", "busca l u n a _ 0 7 en tiktok", "such nach ..."
_SEARCH = (r"type|search(?: for)?|look ?up|look for|tape[sz]?|cherche[sz]?|recherche[sz]?|busca(?:r)?|"
           r"escribe|pesquisa(?:r)?|procura(?:r)?|digita|such(?:e|t)?(?: nach)?|tipp(?:e|t)?|"
           r"cerca(?:mi)?|scrivi|zoek(?: op| naar)?|typ")
# an arrow between the platform and the handle: "snap → kaiden.w7", "ig => y", "insta -> x"
# (round 10: or emoji, a pointing hand or the platform's own, "insta 👉 daan.x", "snap 👻 jules.b", as a run)
# (an emoji of a mood is only a space: "tiktok 😂 so.funny"; a hand that points, or a platform's own, is an arrow)
_MOOD_EMOJI = re.compile("(?![\U0001F446-\U0001F449\u261D\u2B07\u2935\U0001F47B\U0001F4F7\U0001F4F8\U0001F3B5"
                         "\U0001F3B6\U0001F3AE\U0001F47E\U0001F4AC\U0001F4E9\u2709])"
                         "[\U0001F300-\U0001FAFF\u2600-\u26ff\u2b00-\u2bff]")
_ARROW = (r"[=~-]*>+|[\u2190-\u21ff\u2794-\u27bf\u2900-\u297f»]|"
          r"[\U0001F300-\U0001FAFF\u2600-\u26ff\u2b00-\u2bff](?: ?[\U0001F300-\U0001FAFF\u2600-\u26ff\u2b00-\u2bff])*")
# A token shaped like a handle, or one spelled out a character at a time ("m a r k y _ 0 9"; round 9b:
# with a spaced dash, slash or dot between the characters, "j - e - n - n - y", "k / i / m", "l • u")
_SPELLING_SIGN = "[-–—/•·|*]"
_TOKEN = (r"(?<![a-z0-9_])(?:(?P<spaced>(?:[a-z0-9_.](?: {1,2}| " + _SPELLING_SIGN + r" )){3,}[a-z0-9_.])|"
          r"(?P<token>[a-z0-9_.#-]{2,40}))(?![a-z0-9_])")
# Round 8: "ff" is Free Fire only after a name or id word: "meu nick no ff é X", "mi id de ff: X"
# ("ff" alone is "for fun" or "forfeit"); each look-behind has one width, as `re` wants
_FF = "|".join(f"(?<=\\b{w} {p})ff" for w in ("nick", "id", "ign", "nome", "nombre")
               for p in ("", "no ", "na ", "do ", "da ", "de ", "en ", "in ", "on ", "di ", "del "))
# Round 8: the words of "I'm called", "my name is", after an add-me and its platform: "add me on
# steam im called ghostlyvibes", "voeg me toe op roblox, ik heet FrietjeMayo", "agrégame en roblox,
# me llamo pixelcrack"; a plain word after them is the name to add
_CALLED = (r"i['’]?m called|i am called|my name is|my name['’]s|ik heet|je m['’]appelle|me llamo|mi chiamo|me chamo|"
           r"ich hei(?:ße|sse|ß|ss)|mein name ist|mi nombre es|meu nome [eé]|mijn naam is|"
           # round 10: the verb first, "there" after it: "folg mir auf tiktok, da heiße ich X", "heiße da X",
           # "volg me op tiktok, daar heet ik X", "heet daar X"
           r"hei(?:ße|sse|ß|ss)(?: ich)?(?: da| dort)?|heet ik(?: daar)?|heet daar")
# Round 9b: a chat word between the platform and the arrow, the colon or the "it's" before the handle:
# "my insta btw → a n n a", "snap lol: kiki.22", "ig übrigens: lena.k", "follow my insta lol its x.y"
_FILLER = (r"btw|lol|lmao|haha|tho|though|ofc|tbh|pls|plz|fyi|obv|anyway|too|also|again|xd|by the way|au fait|"
           r"d['’]ailleurs|übrigens|ubrigens|uebrigens|por cierto|aliás|alias|tra l['’]altro|comunque|trouwens|ook")
# (round 10: a bar, a tilde, a bullet, a semicolon, dots or a closing bracket for the colon: "insta | x",
# "ig ~ x", "insta • x", "IG; x", "insta... x", "[insta] x"; or up to three short words before a colon,
# "snap heb ik wel: lisa_uit_utrecht", "snap hab ich: X", "insta tengo: X", "snap j'ai aussi: X": then
# the handle needs its shape, `words`)
# Round 11b: whose name on the platform it is, a child's, between the name's word and the colon: "of my
# son", "von meinem Sohn", "de mon fils", "de mi hija", "do meu filho", "di mio figlio", "van mijn zoon"
_OWNER = re.compile(r" (?:of|von|de|do|da|di|del|della|van) (?:my|meinem|meiner|mon|ma|mes|mi|mis|mio|mia|meu|minha|"
                    r"mijn|il mio|la mia) (?:son|sons|daughter|daughters|kids?|boy|girl|child|sohn|tochter|kind|"
                    r"kinder|fils|fille|enfants?|hij[oa]s?|filh[oa]s?|figli[oa]|figli|zoon|dochter|kinderen)")
_HANDLE_AFTER_PLATFORM = re.compile(
    rf"\b(?:(?P<pre>{_LABEL}) (?:(?:{_PREPOSITION}) )?)?(?P<platform>{_PLATFORM}|{_FF})\b(?P<label>(?:[ -](?:{_LABEL})\b)*)"
    rf"(?P<words>(?: [a-z'’]{{1,10}}){{1,3}}(?= ?:))?"  # (round 11: French spacing, "pour les photos : X"; longer words)
    rf"(?: me\b)?(?:,? (?:{_FILLER})(?= ?(?:[:=]|{_ARROW}|,? ?(?:it['’]?s|it is|is|es|est|c['’]est|ist|è|é)\b)))?"
    rf"(?P<joined> ?(?:[:=,?!(\[]|{_ARROW}|-+|[|~•·;\]…]|\.{{2,}})? ?(?:(?:{_LABEL})\b ?(?:[:=] ?)?)?(?:(?:{_IS})\b ?(?:[:=] ?)?)?"
    rf"(?P<search>(?:{_SEARCH})\b ?:? ?)?(?P<at>@ ?)?){_TOKEN}")
# (round 9b: the console with its article, "ich bin X auf der PlayStation", "je suis X sur la Switch")
_ARTICLE_BEFORE_PLATFORM = r"der|die|dem|the|my|la|le|el|de|het|il|lo|a|o|mi|mon|mein|mijn|meu|mio"
_HANDLE_BEFORE_PLATFORM = re.compile(  # "sono Lupo_Solitario92 su psn", "ik ben noor.x op snap", "add me: abc_1 on snap"
    rf"\b(?:{_I_AM}|{_ADD_ME}|(?P<search>{_SEARCH})) ?[:,-]? (?P<joined>(?P<at>@ ?)?){_TOKEN} (?:{_PREPOSITION}) "
    rf"(?:(?:{_ARTICLE_BEFORE_PLATFORM}) )?(?P<platform>{_PLATFORM})\b")
# Round 9b: "the name is", "der Name ist", "het is" after the cue: "adde mich auf insta, der Name ist X",
# "voeg me toe op insta, het is X", "add me on snap, the username is X"
_THE_NAME = r"the|my|der|die|mein|meine|le|mon|el|mi|o|meu|il|mio|de|het|mijn"
# Round 6: the handle told after the cue, a few words on: "snap me for tickets, it's tripz.uk", "add me
# on insta for pics, it's lena.k" (a handle that ends like a domain is the handle, not a link)
_HANDLE_AFTER_CUE = re.compile(
    rf"\b(?:(?:{_PLATFORM}) me|(?:{_ADD_ME}) (?:{_PREPOSITION}) (?:{_PLATFORM}))\b[^.!?\n]{{0,40}}?"
    rf"(?:[,;:-]? ?(?P<called>{_CALLED})|[,;:-] ?(?:(?:(?:{_THE_NAME}) )?(?:{_LABEL}) )?"
    rf"(?:it['’]?s|it is|het is|dat is|das ist|es ist|c['’ ]?est|ist|is|es|est|é|è|{_I_AM})) ?:? ?"
    rf"(?P<joined>(?P<at>@ ?)?)(?P<search>){_TOKEN}")
# where to try _HANDLE_AFTER_CUE: a search for it scans every position ("adiciona-me na psn, sou o
# X", "ajoute-moi sur snap, je suis X", "adde mich auf psn, ich bin X" have no " me")
_ME = re.compile(rf" me\b|\b(?:{_ADD_ME})\b")
_PLATFORM_WORD = re.compile(rf"(?:{_PLATFORM}|ff)")
# words that mean "the name I use": what follows them is that name, with or without "is"
_NAME_WORDS = frozenset("gt gamertag ign pseudo username user name benutzername gebruikersnaam usuario utente".split())
# where to try _HANDLE_AFTER_PLATFORM: at each platform (a search for the whole of it would try the
# labels, connectors and token at every position)
_PLATFORM_AT = re.compile(rf"\b(?:(?:{_LABEL}) (?:(?:{_PREPOSITION}) )?)?(?:{_PLATFORM}|{_FF})\b")
# Round 9 (speed): _PLATFORM_AT begins with \b and an optional label, so `re` tries it at every
# position of the text (~28 us a chat line, 2.5 ms of the bench's 2,000-character message). Every
# match holds a platform word that ends on \b, after a \b (no label) or a space (after the label
# or preposition), no more than _LABEL_REACH characters after its start (_PLATFORM_BARE). Such
# words are found first by searches that skip to candidates in C: RE2 in an ASCII view
# (_PLATFORM_SEEK, "ff" without the look-behinds of _FF, which RE2 has not), `re` in others
# (_PLATFORM_WORD: also "ig" in "night"), both finding more than _PLATFORM_BARE accepts;
# `_platforms_at` searches for _PLATFORM_AT only from there. Without a plain word for each label
# and preposition: the search everywhere.
_PLATFORM_BARE = re.compile(rf"(?:\b|(?<= ))(?:{_PLATFORM}|{_FF})\b")
try:
    _PLATFORM_SEEK = re2.compile(rf"(?:{_PLATFORM}|ff)\b", PATTERN_OPTIONS)._regexp
except re2.error:
    _PLATFORM_SEEK = None
_LABEL_REACH = (max(map(len, _LABEL.split("|"))) + 1 + max(map(len, _PREPOSITION.split("|"))) + 1
                if re.fullmatch(r"[a-z|]+", _LABEL + _PREPOSITION) else None)


def _platforms_at(view):
    """The matches of _PLATFORM_AT.finditer(view), searched for only near a platform word."""
    if _LABEL_REACH is None:
        yield from _PLATFORM_AT.finditer(view)
        return
    if _PLATFORM_SEEK is not None and view.isascii():  # (RE2's \b and byte offsets are ASCII's)
        encoded = view.encode()

        def next_word(pos):
            return _PLATFORM_SEEK.Match(_UNANCHORED, encoded, pos, len(encoded))[0][0]
    else:
        def next_word(pos):
            word = _PLATFORM_WORD.search(view, pos)
            return -1 if word is None else word.start()
    pos = seek = 0  # where the next match may start; where the next platform word may
    while (word := next_word(seek)) >= 0:
        if _PLATFORM_BARE.match(view, word) is None:
            seek = word + 1
            continue
        # the first platform word from `pos` on: no match starts before its reach (and one starts
        # by it when a \b is before it, as before every platform that begins with a letter)
        m = _PLATFORM_AT.search(view, max(pos, word - _LABEL_REACH))
        if m is None:
            return
        yield m
        pos = seek = m.end()


_NUMBER_WITH_UNIT = re.compile(r"\d+(?:[.,:]\d+)*[a-z]{0,3}")  # 2x, 10pm, 3.5cm, 1080p
_GAME_OR_DEVICE = re.compile(r"(?:ps|xbox|switch|iphone|ios|android|mw|bo|cs|gta|fifa|fc|nba2k|win)\d*")
# A dotted token is a handle (jen.k, mikey.luvs.pizza), unless it is a file, or a link to a site
_NOT_HANDLE_ENDINGS = frozenset("exe js py json txt png jpg jpeg gif mp3 mp4 zip apk html css pdf doc docx mov "
                                "com net org gg ly io me tv co".split())
_CAMEL = re.compile(r"[a-z][A-Z]")
# a first name and a surname joined by dots, with a year or a third part: "juan.perez.1999"
_DOTTED_NAME = re.compile(r"[a-z]{2,}\.[a-z]{2,}(?:\.[a-z0-9]+|\d+)")
# a name spelled out a character at a time with dashes, its dots as words: "s-a-m-m-y-j-o",
# "b-e-l-l-a-dot-r-o-s-e", "n-o-a-h-point-l-b", "g-i-o-r-g-i-a-punto-m"
# (round 11: the underscore said between the dashes too, "j-u-l-e-s-underscore-b-x", "l-e-o-tiret-bas-p-x")
_UNDERSCORE_SAID = (r"underscore|underline|unterstrich|gui[oó]n-bajo|gui[oó]n|tiret-bas|tiret-du-bas|sous-tiret|"
                    r"trattino-basso|trattino|liggend-streepje|streepje|tra[cç]o-baixo|tra[cç]o")
_DASHED = re.compile(rf"[a-z0-9_](?:-(?:[a-z0-9_]|{_DOTW}|{_UNDERSCORE_SAID}))+")
# "sc: mollyxoxo": a plain word given as a field after a platform and a colon, ending the message,
# is the handle, unless it says how the account or the platform is ("insta: private", "psn: down",
# "snap: later"), in the seven languages; not after "=" or an arrow ("tiktok -> reels", "insta = cringe")
_FIELD_SIGN = re.compile(r":")
_MESSAGE_END = re.compile(r"[\s.!?)]*$")
# Round 8: or followed by an invitation to it: "twitch: rhythmrat come watch", "kick: nachteule komm
# vorbei", "tiktok: bailarina sígueme", "twitch: lunaplays viens voir"
_INVITED = re.compile(r"[\s,.!-]+(?:come|follow|sub|subscribe|watch|join|add|ven|vem|venha|viens|venez|komm|kommt|"
                      r"vieni|venite|kom|sigue(?:me)?|s[ií]gueme|segue|me segue|suis|abonne|folg|volg|abonniert?|"
                      r"seguite|seguimi|passa|passe|schaut?)\b")
# Round 8: a game's tag of letters after a name, Riot's "Vyper#EUW", "Kesh#NA1", "Zed#LAN"
_TAGGED = re.compile(r"[a-z0-9_.]{3,}#[a-z0-9]{2,5}")
# Round 8: two capitalised words told as a field after a name word and the game, ending the message:
# "mon id fortnite: Sweaty Croissant", "mi id de fortnite: Taco Loco", "my epic name: Crispy Nugget"
# (round 9c: an Xbox gamertag's number after them, "xbox gt: Silent Storm 42")
_TWO_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+ [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?: \d{1,4})?"
_TWO_WORDS = re.compile(_TWO_CAPITALISED + r"(?=[\s.!?)]*$)")
# Round 9b: or told with "is" after a gamertag's word ("xbox gamertag is Paella Slayer"), followed by
# the end or by an invitation to add it: "gamertag xbox: Carbonara Killer, aggiungetemi"
_TWO_WORDS_INVITED = re.compile(
    _TWO_CAPITALISED + r"(?=[\s.!?)]*$|\s*[,;!-]?\s*(?i:add|adde|ajoute\w*|agr[eé]ga\w*|"
    r"a[nñ]ad\w*|adiciona\w*|aggiung\w*|voeg|follow|folg|volg|suis|segue|seguite|s[ií]gueme|invite|hmu|hit me|"
    r"f[uü]gt? mich)\b)")
# Round 9b: "find me as X" in the seven languages, with a platform in the sentence: "en insta me
# encontráis como lau.viajera", "you'll find me on tiktok as sofia.abroad", "tu me trouves sur insta
# sous le nom lea.voyage", "auf Insta findet ihr mich als felix.kocht"
_FIND_ME = (r"(?:i['’]?m|i am|ich bin|je suis|estoy|sono|ik zit|ik ben|estou|soy|bin) (?:on|auf|sur|en|su|op|no|na|in) "
            r"[\w.]+(?: [\w.]+)?|"  # "ich bin auf insta als ...", "je suis sur tiktok sous le nom ..."
            r"find me|search (?:for )?me|look me up|me encontr[aáeé]\w*|me encuentr\w*|me (?:puedes|pod[eé]is|pueden) "
            r"encontrar|me (?:acha|ache|achar)\w*|me trouve[rz]?|me trouves|me retrouve[rz]?|mi trov\w*|"
            r"(?:findet?|findest) (?:ihr |du |man )?mich|mich finde[nt]?|vind(?:t|en)? (?:je |jullie )?me|me vind\w*")
_AS = r"as|under|como|com o nome|sous(?: le nom(?: de)?| le pseudo)?|come|als|unter|onder"
_HANDLE_FOUND_AS = re.compile(
    rf"\b(?:{_FIND_ME})\b[^.!?\n]{{0,30}}?\b(?:{_AS}) (?P<joined>(?P<at>@ ?)?)(?P<search>){_TOKEN}")
# Round 9b: "mine is X" after the platform is asked for or before it is named: "whats ur insta? mine is
# leo.vrg", "snap? mine's jules_77", "el mío es pau_rg en insta", "le mien c'est lou.b sur insta",
# "meiner ist tom_k auf insta", "de mijne is sam.vd op insta", "il mio è gia.r", "o meu é bia.s"
_HANDLE_MINE = re.compile(
    r"\b(?:mine|el m[ií]o|la m[ií]a|le mien|la mienne|meiner|meins|de mijne|het mijne|il mio|la mia|o meu|a minha|"
    # (round 10: "got snap? mines kiki_22", "t'as snap ? moi c'est lea_b")
    r"mines|moi)"
    rf"(?: ?['’]s| (?:is|es|c['’]est|est|ist|è|e|é)| c['’]est)? ?:? ?(?P<joined>(?P<at>@ ?)?)(?P<search>){_TOKEN}")
# Round 9b: "send a snap to X": "stuur een snap naar fleur_uit_leiden", "manda un snap a lu.ki", "envoie
# un snap à lea_b", "schick einen Snap an jana.k", "dm lina_v on insta" is the cue's
_HANDLE_SENT_TO = re.compile(
    rf"\b(?:send|sende?|schick\w*|stuur|manda\w*|envoie[sz]?|envoyez|envi[ae]\w*|write|schreib\w*|scrivi)"
    rf"(?: (?:me|mir|mij|moi|mi))? (?:(?:a|an|een|un|une|um|uma|uno|einen|eine|ein) )?(?:{_PLATFORM}|dm|pm)"
    rf"(?:s|je)? (?:to|naar|a|à|an|pro|para|al|aan) (?P<joined>(?P<at>@ ?)?)(?P<search>){_TOKEN}")
# Round 10: a handle-shaped name right before "on <platform>", with no cue before it: "kaas.boer op
# tiktok", "giada_98 su snap, scrivimi", "lisa_k98 auf snap", "FrikandelKoning op de switch, stuur een
# verzoek" (a name with capitals inside only with an invitation after it: "PewDiePie on youtube is funny");
# or before "is my <platform>", or the platform in brackets: "mia.b is my insta", "kaas.boer is mijn tiktok",
# "lena_k ist mein snap", "lea.b c'est mon insta", "mia.bakes (insta)"
_MY_WORDS = r"my|mijn|mein|meine|mon|ma|mi|o meu|meu|a minha|minha|il mio|mio|la mia"
_HANDLE_NAMED_ON = re.compile(
    rf"(?<![\w.@#'’-])(?P<joined>)(?P<at>)(?P<search>)(?P<spaced>(?!))?(?P<token>[a-z0-9_.#-]{{2,40}})"
    rf"(?:(?: toe| hinzu)? (?:{_PREPOSITION}) (?:(?:{_ARTICLE_BEFORE_PLATFORM}) )?|(?P<mine> (?:is|ist|es|est|c['’]est|é|è|e|=) "
    rf"(?:{_MY_WORDS}) )| ?[(\[] ?)(?P<platform>{_PLATFORM})\b$")  # ("$": the end of a platform's match, searched to it)
_NAMED_ON_REACH = 70  # a token of 40 characters at most, and the words between it and the platform
# ("is my insta" ends its clause: "covid19 is my tiktok nightmare" is not a name given)
_CLAUSE_END = re.compile(rf"\s*(?:$|[,.!?;:)\]]|(?:{_LABEL})\b)")
_INVITATION = re.compile(
    r"[\s,.!:;-]*(?:add|adde|hmu|dm|message|msg|write|text|follow|sub|subscribe|join|schreib\w*|scriv\w*|stuur|send|"
    r"schick\w*|manda\w*|envoie\w*|[ée]cri[st]\w*|escr[ií]b\w*|fala|me add|me adiciona|me segue|segue|s[ií]gueme|suis|"
    r"abonne\w*|folg\w*|volg\w*|seguimi|seguite\w*|i['’]?m on(?:line)?|online|friend request|anfrage|verzoek|"
    r"vriendschapsverzoek|demande|solicitud|pedido|richiesta)\b")
_AS_WORDS = (" as ", "under", "como", "come ", "als ", "sous", "unter", "onder", "com o")
_MINE_WORDS = ("mine", "moi", "mío", "mio", "mía", "mia", "mien", "meiner", "meins", "mijne", "meu", "minha")
_SEND_WORDS = ("send", "schick", "stuur", "manda", "envo", "envi", "envía", "write", "schreib", "scrivi")
# the gaming platforms, where a search finds a player: "zoek StroopwafelSniper op Steam"
_GAMING = re.compile(r"steam|psn|playstation|ps[345]|xbox|xbl|epic(?: games)?|fortnite|roblox|minecraft|valorant|riot|"
                     r"battle\.?net|nintendo|switch|cod|warzone|apex(?: legends)?|rocket league|pubg|overwatch|"
                     r"brawl ?stars|clash ?royale|free ?fire|genshin|fifa|(?:la|el|a|na|der|de|sulla|nella|alla) play")
# Round 9c: "the name is X" after the platform reads like the colon of a field: "add me, discord name
# is frostbyte", "my psn username is nightowl", "mi nombre en steam es elcapitan", "mon pseudo psn c'est
# loupgarou" (a word for the name, then "is", then a plain word ending the message); what the name is
# like ("my steam name is cringe", "mein psn name ist peinlich") is _ACCOUNT_STATE's
_NAME_IS_THEN = re.compile(r"\b(?:name|username|user ?name|gamertag|gt|ign|tag|id|nick|nickname|pseudo|nom|nome|"
                           r"nombre|usuario|utente|naam|gebruikersnaam|benutzername|handle)\b.*?\b(?:is|es|est|"
                           r"c['’ ]?est|ist|[eéè]|sono|soy|sou|ben)\b ?:? ?(?:@ ?)?$")
_ACCOUNT_STATE = frozenset("""
    down offline online deleted banned blocked private public hacked broken dead gone later never nothing
    none nope same soon tomorrow today tonight maybe always everywhere anything everything working closed
    open lagging laggy updating please thanks live streaming gaming playing now here
    directo jugando jogando ahora agora maintenant jetzt zocken adesso nu
    caido caído caida caída borrado bloqueado baneado privado publico público nada luego nunca manana mañana siempre
    caiu apagado bloqueada banido privada depois amanha amanhã sempre
    bloque bloqué supprime supprimé prive privé rien jamais demain toujours
    gesperrt geloscht gelöscht privat offentlich öffentlich nichts spater später nie morgen immer
    bloccato cancellato privato pubblico niente dopo domani
    geblokkeerd verwijderd openbaar niks niets nooit altijd
    pending verified unverified required needed missing wrong invalid unavailable available expired locked
    suspended restricted disabled enabled linked unlinked
    cringe weird funny stupid dumb long short embarrassing cool better worse random different changed taken
    ugly cute boring simple complicated secret unknown empty fake real mine yours here there
    raro rara largo larga feo fea gracioso cambiado estranho engraçado feio mudou comprido bizarre nul
    drole drôle chelou change changé komisch peinlich lang seltsam doof blod blöd geandert geändert strano
    brutto lungo divertente cambiato raar lelijk grappig saai veranderd
    stupido stupida stupide estupido estúpido idiota tonto tonta ridiculo ridículo ridicolo ridicule lacherlich
    lächerlich belachelijk bonito bonita lindo linda bello bella schon schön mooi nuevo nueva nouveau nouvelle
    nuovo nuova novo nieuw viejo vieja ancien vecchio vecchia velho velha corto corta court kurz kort difficile
    dificil difícil schwer moeilijk facile facil fácil einfach makkelijk secreto secreta segreto geheim
    ovvio obvio obvious normal normale strange etrange étrange bizzarro bizarro horrible orribile
    anders differently otherwise autrement diferente diverso altrimenti
""".split())
# A text full of platforms or capitalised pairs is judged on its first 64: chat holds a handful, and
# this keeps the Python work of a crafted 10,000-character text bounded
_MOST_TRIED = 64


def _is_handle(token, raw, at, spaced, joined, field=False, called=False):
    """Is this token, read after a platform, a handle? A name with a digit, an underscore, a dot
    inside, `#1234`, capitals inside (DutchDevil) or `xX...Xx`; anything after an `@`; a name
    spelled out a character at a time. Not: numbers with units (2x, 10pm), games and devices
    (ps5, mw3), platforms (TikTok), file names (discord.js) and links to a site (instagram.com)."""
    if spaced:
        return sum(c.isalnum() for c in token) >= (4 if joined else 5)
    if _DASHED.fullmatch(token):
        return sum(len(part) == 1 for part in token.split("-")) >= (4 if joined else 5)
    if len(token) < 2 or not any(c.isalpha() for c in token) or _NUMBER_WITH_UNIT.fullmatch(token) \
            or _GAME_OR_DEVICE.fullmatch(token) or _PLATFORM_WORD.fullmatch(token) or token.startswith("www."):
        return False
    if "." in token and token.rsplit(".", 1)[1] in _NOT_HANDLE_ENDINGS:
        return False
    if at:
        return len(token) >= 3
    if called and token.isalpha() and len(token) >= 5 and token not in _ACCOUNT_STATE:
        return True  # "add me on steam im called ghostlyvibes"
    if not joined and "_" not in token and not _DOTTED_NAME.fullmatch(token):
        return False  # a platform, then a word: only an underscore makes it a name ("steam DutchDevil_Ruben")
    return len(token) >= 5 and (any(c.isdigit() for c in token) or "_" in token or "." in token
                                or token.startswith("xx") and token.endswith("xx") or bool(_CAMEL.search(raw))
                                or _TAGGED.fullmatch(token) is not None
                                or field and token.isalpha() and token not in _ACCOUNT_STATE)


_DOT_INSIDE = re.compile(r"\.[a-z0-9_#-]")
_DIGIT_BESIDE_LETTER = re.compile(r"[0-9][_.#-]*[a-z]")
_LETTERS_SPACED = re.compile(r"[ -][a-z0-9_.](?:[ -]{1,2}| [-–—/•·|*] )[a-z0-9_.][ -]")


# the words of "I'm called" for the gate (the view has ß as ss: "heiss" for heiße and heiß)
_CALLED_HINTS = ("called", "heet", "appelle", "llamo", "chiamo", "chamo", "name", "naam", "nombre", "nome", "heiss",
                 "tag", "pseudo", "nick", "usuario", "utente", "handle")  # (round 9b: a gamertag of two words, "xbox gamertag is
# Paella Slayer"; round 9c: "my psn id is nightowl", the short words as words: one scan in C)
_SHORT_NAME_WORDS = re.compile(r"\b(?:id|gt|ign|nom)\b")


def _may_hold_a_handle(text, view):
    """False only where `_is_handle` can accept no token of `view`: it wants a token after an `@`,
    after a word of "I'm called" (round 8), with a `#` (a game's tag),
    spelled out a character at a time (two single characters between spaces or dashes, at least:
    "s a m m y", "b-e-l-l-a-dot-r-o-s-e"), or with
    a digit beside a letter, an underscore, a dot inside, `xx`, a capital inside (DutchDevil) or a
    field's colon. Most texts naming a platform ("I use discord a lot", "minecraft and racing
    games") have none, and the two regexes of platforms and introductions cost ~10 us: these
    tests are substring searches and scans that skip to their first character in C."""
    return ("@" in view or ":" in view or "_" in view or "xx" in view or "#" in view
            or _SIGN_SAID_HINT.search(view) is not None  # (round 10: "my snap is kiki underscore 22")
            or any(word in view for word in _CALLED_HINTS) or _SHORT_NAME_WORDS.search(view) is not None
            or "." in view and _DOT_INSIDE.search(view) is not None
            or (" " in view or "-" in view) and _LETTERS_SPACED.search(view) is not None
            or _DIGIT_BESIDE_LETTER.search(view) is not None
            or _DIGIT_BESIDE_LETTER.search(view[::-1]) is not None  # a letter, then a digit
            or not text.islower() and _CAMEL.search(text) is not None)


# Round 10: a handle with its dot or underscore said as a word, in the seven languages, after a platform and
# a colon, an arrow or "is": "insta: kiki dot bakes", "my snap is kiki underscore 22", "mi insta: pau punto
# rg", "mon insta c'est lea point b", "insta: lena punkt k", "meu insta é bia ponto s", "mijn insta is
# sanne punt vd"; the name ends the phrase ("tiktok is the point of life" is none: no function words)
_SIGN_SAID = (r"dot|punto|punkt|point|ponto|punt|underscore|gui[oó]n bajo|guion bajo|sous[- ]tiret|tiret du bas|tiret bas|"
              r"unterstrich|trattino basso|liggend streepje|tra[cç]o baixo|underline")
_HANDLE_SIGNS_SAID = re.compile(
    rf"(?:{_PLATFORM})\b[^.!?\n]{{0,30}}?(?:[:=]|{_ARROW}|\b(?:is|es|est|c['’]est|ist|è|é|e|ben|sou|soy|sono)\b) ?"
    rf"(?P<token>[a-z0-9]{{2,20}}(?: ?[(\[]?(?:{_SIGN_SAID})[)\]]? ?[a-z0-9]{{1,20}})+)"
    r"(?=\s*(?:$|[,.!?;)]|\s(?:on|en|sur|auf|su|op|no|na|if|si|lol|pls|plz|and|y|et|und|add|follow)\b))")
_SIGN_SAID_WORD = re.compile(rf"\b(?:{_SIGN_SAID})\b")
_SIGN_SAID_HINT = re.compile(r"\b(?:dot|punto|punkt|point|ponto|punt|underscore|gui[oó]n|tiret|unterstrich|trattino|"
                             r"streepje|tra[cç]o|underline)\b")
_NOT_A_HANDLE_PART = frozenset("""
    the a an of is it to in on at my your this that and or for with be so no not
    el la los las de del un una es en y o lo que le les un une des du et est il elle ce pas
    der die das den dem ein eine ist und oder nicht il lo gli di da e che non het een van en of niet
    o a os as um uma do da e que nao
""".split())


def _named_before(view, platforms, reach=_NAMED_ON_REACH):
    """Round 10: for each platform, the match of _HANDLE_NAMED_ON that ends with it, looked for only in
    the 70 characters before it (a search everywhere tried its token at every word of the text)."""
    for p in platforms:
        if m := _HANDLE_NAMED_ON.search(view, max(0, p.start() - reach), p.end()):
            yield m


def _after_cue(view):
    """The matches of _HANDLE_AFTER_CUE, tried only around each " me" ("snap me", "add me on")."""
    last = -1
    for me in _ME.finditer(view):
        m = _HANDLE_AFTER_CUE.search(view, max(0, me.start() - 40), me.end() + 160)
        if m and m.start() > last:
            last = m.start()
            yield m


def handle(text):
    """Social, messaging and gaming handles given with their platform in free prose, in the seven
    languages: "xbox gt is Sn1perWolfX", "meu free fire é BRZ_Matador77", "mon pseudo PSN c'est
    Zizou_Le_Boss", "adde mich auf snap, bin leonie.hbr", "snap me: greenleaf_420", "telegram @
    c r y p t o _ k i n g", "sono Lupo_Solitario92 su psn". The span is the handle itself; one
    that ends like a top-level domain (mikey.luvs.pizza) is a handle, not a link (the pack that
    names this detector supersedes spam on it). A platform alone, or a plain word after it, is
    clean: "add me on discord later", "is steam down?", "my snap is broken"."""
    view, offsets = uniform(text)
    if not _may_hold_a_handle(text, view):
        return []
    found = []
    platforms = list(itertools.islice(_platforms_at(view), _MOST_TRIED))
    after = (_HANDLE_AFTER_PLATFORM.match(view, p.start()) for p in platforms)
    named_on = _named_before(view, platforms)
    # (round 9b's readings, each only where its words are: a substring test in C, not a scan of the
    # regex's alternation at every position; "find me as" and "mine is" with a platform near)
    found_as, mine = ((m for m in regex.finditer(view) if _PLATFORM_AT.search(view[max(0, m.start() - 40):m.end() + 30]))
                      if any(w in view for w in words) else ()
                      for regex, words in ((_HANDLE_FOUND_AS, _AS_WORDS), (_HANDLE_MINE, _MINE_WORDS)))
    sent_to = _HANDLE_SENT_TO.finditer(view) if any(w in view for w in _SEND_WORDS) else ()
    for regex, matches in ((_HANDLE_AFTER_PLATFORM, after), (_HANDLE_BEFORE_PLATFORM, _HANDLE_BEFORE_PLATFORM.finditer(view)),
                           (_HANDLE_AFTER_CUE, _after_cue(view)), (_HANDLE_FOUND_AS, found_as), (_HANDLE_MINE, mine),
                           (_HANDLE_SENT_TO, sent_to), (_HANDLE_NAMED_ON, named_on)):
        for m in itertools.islice(matches, _MOST_TRIED):
            if m is None:
                continue
            group = "spaced" if m.group("spaced") else "token"
            a = m.start(group)
            token = m.group(group).rstrip(".-#")
            b = a + len(token)
            if not token or view.startswith("/", b) or view.startswith(".", b) and view[b + 1:b + 2].isalnum():
                continue  # a path or a longer host: a link
            start, end = offsets[a], offsets[b - 1] + 1
            joined = regex is not _HANDLE_AFTER_PLATFORM or bool(
                _MOOD_EMOJI.sub("", m.group("joined")).strip() or m.group("label")) \
                or m.group("platform") in _NAME_WORDS
            if m.group("search") and group == "token" and not (m.group("at") or any(c in token for c in "_.#")) \
                    and not (regex is _HANDLE_BEFORE_PLATFORM and _GAMING.fullmatch(m.group("platform"))
                             and _CAMEL.search(text[start:end])):
                continue  # "search python3 on youtube": a search, unless what is typed is spelled out or a handle's
                # (or a player's name in capitals on a gaming platform: "zoek StroopwafelSniper op Steam")
            if regex is _HANDLE_NAMED_ON and (not ("_" in token or "." in token or sum(c.isdigit() for c in token) >= 2
                                                   or _INVITATION.match(view, m.end()))
                                              or m.group("mine") and not (_CLAUSE_END.match(view, m.end())
                                                                          or _INVITATION.match(view, m.end()))):
                continue  # "PewDiePie on youtube is funny", "tekken8 on ps5": a channel or a game
            # (round 10: "snap hab ich: X", a few words before the colon: a handle's shape, no field's word)
            words = regex is _HANDLE_AFTER_PLATFORM and bool(m.group("words"))
            # (round 11b: the words are whose name it is, "xbox gamertag of my son: FrostyFox", "Roblox-Name
            # von meiner Tochter: SternchenLina": a field, its name in capitals or shaped like a handle)
            owned = words and bool(m.group("label").strip() or m.group("pre")) and bool(
                _OWNER.fullmatch(m.group("words"))) and group == "token" and bool(
                _CAMEL.search(text[start:end]) or _HANDLE_SHAPED.search(token))
            words = words and not owned
            field = regex is _HANDLE_AFTER_PLATFORM and not words and bool(
                _FIELD_SIGN.search(m.group("joined")) or _NAME_IS_THEN.search(m.group(0)[:a - m.start()]))
            if field and group == "token" and m.group("pre") and not m.group("at") \
                    and (two := _TWO_WORDS.match(text, start)):
                found.append((start, two.end()))  # "mon id fortnite: Sweaty Croissant"
                continue
            if regex is _HANDLE_AFTER_PLATFORM and group == "token" and not m.group("at") and m.group("joined").strip() \
                    and (m.group("pre") or m.group("label").strip() or m.group("platform") in _NAME_WORDS) \
                    and (two := _TWO_WORDS_INVITED.match(text, start)):
                found.append((start, two.end()))  # "xbox gamertag is Paella Slayer, add me"
                continue
            # "sc: mollyxoxo": a field ending the message, or followed by an invitation to it
            field = field and bool(owned or _MESSAGE_END.match(view, b) or _INVITED.match(view, b))
            called = regex is _HANDLE_AFTER_CUE and bool(m.group("called"))
            if _is_handle(token, token if words else text[start:end], m.group("at"), group == "spaced", joined, field,
                          called):
                found.append((start, end))
    if platforms and _SIGN_SAID_WORD.search(view):
        for p in platforms:
            m = _HANDLE_SIGNS_SAID.match(view, p.start())
            parts = _SIGN_SAID_WORD.sub(" ", m.group("token")).split() if m else ()
            if len(parts) >= 2 and not set(parts) & _NOT_A_HANDLE_PART:  # ("insta: dot dot dot" has no name)
                found.append((offsets[m.start("token")], offsets[m.end("token") - 1] + 1))
    return found


# A full name with a school, a class or a workplace identifies a person; either alone does not.
_SCHOOL = (r"high(?: school)?|middle school|primary(?: school)?|elementary|secondary|grammar school|school|academy|"
           r"college|uni|university|sixth form|ies|instituto|colegio|col[eé]gio|cole|escuela|universidad|facultad|"
           r"escola|faculdade|universidade|lyc[eé]e|coll[eè]ge|[eé]cole|fac|universit[eé]|schule|gymnasium|"
           r"realschule|gesamtschule|grundschule|hauptschule|hochschule|liceo|scuola|istituto|universit[aà]|"
           r"lyceum|havo|vwo|mavo|vmbo|basisschool|hogeschool|liceu|oberschule|berufsschule|mittelschule|atheneum|"
           r"secund[aá]ria|montessori|waldorf|waldorfschule|steinerschool|"
           # round 8: a school named by its level alone, "Lincoln Middle", "Escuela Primaria", "Scuola Elementare"
           r"middle|primaria|prim[aá]ria|secundaria|elementare|middelbare|"
           # round 11: Britain's comprehensive schools ("Kingsway Comprehensive") and the Dutch school community
           r"comprehensive|scholengemeenschap")
_GRADE = (r"\d{1,2}(?:st|nd|rd|th) grade|grade \d{1,2}|year \d{1,2}|yr \d{1,2}|class of \d{2,4}|"
          r"\d{1,2} ?[º°ª]? ?(?:de |do )?(?:bachillerato|bach|eso|ano|s[eé]rie|media|superiore|elementare)|bachillerato|"
          r"(?:seconde|premi[eè]re|terminale)|\d{1,2} ?(?:e|[eè]me) (?:au|a|à|du|de)|klasse \d{1,2}|"
          r"\d ?(?:havo|vwo|mavo|vmbo|atheneum)\b|\d{1,2}[a-f]\b|\d{1,2} ?[º°ª] ?[a-f]\b|(?:klas|groep) \d|\d{1,2}(?:e|de) klas|"
          r"(?:prima|seconda|terza|quarta|quinta) (?:superiore|liceo|media|elementare|al|a|in|[bcdef]\b)")
_WORK = (r"work(?:s|ing)? (?:at|for|in)|job at|trabaj[oa] (?:en|de|para)|curr[oa] (?:en|de)|trabalh[oa] (?:na|no|em|pra|para)|"
         r"(?:bosse|travaille|taffe) (?:au|à|a|chez|dans|pour)|(?:arbeite|jobbe|arbeitet|jobbt) (?:bei|beim|im|in|als|für)|"
         r"lavor[oa] (?:al|alla|allo|da|in|presso|per|"
         r"(?:all|nell)['’])|werkt? (?:bij|in|op|voor)|"
         # round 10: the sender who teaches ("I teach at Oakwood Primary, Mrs Kelly Moss"; not "teaches": a
         # professor's biography)
         r"teach (?:at|in)|enseño en|ensino (?:na|no|em)|j['’]enseigne (?:à|au|a|dans)|unterrichte (?:an|am|in|im)|"
         r"insegno (?:al|alla|allo|in|nel|nella|all['’])|geef les (?:op|aan|in)")
# the third person of those verbs ("Jana Vogel arbeitet beim Rewe", "Rui Tavares trabalha no
# Continente"): someone else's workplace, which a public figure has too ("Tim Cook works at
# Apple"); a private person's is a branch, named with an article ("the Tesco", "au Carrefour",
# "bij de Albert Heijn") or with where it is ("bei Rewe in Bielefeld")
_THIRD_PERSON_WORK = re.compile(r"works|trabaja|curra|trabalha|bosse|travaille|taffe|arbeitet|jobbt|lavora|werkt")
_FIRST_PERSON_BEFORE = re.compile(r"\b(?:je|tu|j['’])\s*$", re.I)  # "je travaille chez Decathlon" is the sender's
_WITH_AN_ARTICLE = (r"\w+\s+(?:(?:at|in|for)\s+the|au|aux|à\s+l['’]|[àa]\s+la|beim|im|bei\s+(?:der|dem)|al|alla|allo|"
                   r"all['’]|nel|nella|nell['’]|no|na|em\s+[ao]|en\s+(?:el|la)|bij\s+(?:de|het)|in\s+(?:de|het)|"
                   r"op\s+(?:de|het))(?:\s|(?<=['’]))")
_A_BRANCH = re.compile(_WITH_AN_ARTICLE + r"|[^.!?\n]{0,40}?\s(?:in|on|de|du|di|da|do|am|op|aan|near|à|a|en|em)\s+[A-ZÀ-ÖØ-Þ]")
# (round 10: told in a sentence of its own, "ken je Daan Visser? hij werkt bij de Albert Heijn", only the
# branch named with an article: "ken je Mark Rutte? hij werkt in Den Haag" is a town)
_A_BRANCH_WITH_AN_ARTICLE = re.compile(_WITH_AN_ARTICLE)
# "from St Mary's", "goes to St Joseph's": a saint's name in the possessive is how a school is called
# in Britain and Ireland (a church or a hospital is said with "at")
_SAINTS = r"(?:from|go(?:es)? to|went to) st\.? [a-z]+['’]s"
_PERSON_CUE = re.compile(rf"\b(?:(?P<school>{_SCHOOL})\b|(?P<grade>{_GRADE})|(?P<work>{_WORK})\b|(?P<saint>{_SAINTS}))")
# the cue names its place: "Lincoln High", "IES Cervantes", "liceo Volta", "Goethe-Gymnasium", "the Tesco"
# (one lower-case word may come between: "liceo scientifico Fermi", "escola estadual Machado de Assis")
# (an elided article needs no space: "lavoro all'Esselunga", "je bosse à l'Intermarché")
_NAMED_AFTER = re.compile(r"(?:(?<=['’])|\s+)(?:(?:de|del|di|da|do|des|du|the|el|la|le|het|der|dem|den|al|au)\s+"
                          r"|(?:l|dell|all|nell|dall|sull|d)['’])?"
                          r"(?:[a-zà-ÿ]{3,}\s+)?['’]?"
                          r"(?P<word>[A-ZÀ-ÖØ-Þ][\w'’-]*)")
_NAMED_BEFORE = re.compile(r"(?P<word>[A-ZÀ-ÖØ-Þ][\w'’.]*)[\s-]+$")
_SCHOOL_WORD = re.compile(rf"(?i:{_SCHOOL})")
# Short school words that are also names (Spanish "cole", French "fac"): capitalised after a
# capitalised word they are a surname ("Hannah Cole", "Nat Cole"), not a school
_NAME_TOO = frozenset("cole fac".split())
_AFTER_A_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\s+$")
_NAME_PART = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"
_SURNAME = rf"(?:[OD]['’])?{_NAME_PART}(?:-{_NAME_PART})?"  # O'Connell, D'Amico, Pryce-Jones
_PARTICLE = r"(?:de|da|del|do|dos|das|van|von|der|den|di|du|la|le|ten|ter|van der|van den|de la|della|dal)"
_FULL_NAME = re.compile(rf"(?<![\w'’.-])(?P<first>{_NAME_PART})(?=(?P<gap>\s+(?:{_PARTICLE}\s+)?)"
                        rf"(?P<last>{_SURNAME})(?![\w'’-]))")
# "im jake morrison from lincoln high": a name in lower case only after "I'm", "soy", "ich bin"...
_INTRO = (r"i['’]?m|i am|my name is|my name['’]s|me llamo|soy|mi nombre es|(?:eu )?sou(?: [ao])?|me chamo|"
          r"meu nome [eé]|je suis|je m['’]appelle|moi c['’]est|ich bin|ich hei(?:ße|sse|ß|ss)|mein name ist|"
          r"sono(?: la| il)?|mi chiamo|il mio nome [eè]|ik ben|ik heet|mijn naam is")  # "sou a Ana", "sono la Marta"
_LOWER_NAME = re.compile(rf"(?i:\b(?:{_INTRO}))\s+([a-zß-öø-ÿ]{{2,}})\s+(?:{_PARTICLE}\s+)?([a-zß-öø-ÿ]{{2,}})\b")
# Round 11, speed: `_LOWER_NAME` tries its case-insensitive introductions at every word (~10 us on a
# chat line that wakes the person detector); an ASCII text it matches holds one of them in lower
# case with a space after it (`anchors.strings`), found in one automaton pass. Elsewhere the regex decides
# (Python's case-insensitive "i" also matches "İ", "k" the Kelvin sign...).
_INTRO_SPACED = ahocorasick.Automaton()
for _w in strings(rf"(?:{_INTRO})") or ():
    for _space in " \t\n\r\f\v":
        _INTRO_SPACED.add_word(_w + _space, True)
_INTRO_SPACED.make_automaton()


def _lower_name(text):
    """`_LOWER_NAME.search(text)`, None at once for an ASCII text without an introduction."""
    if text.isascii() and next(_INTRO_SPACED.iter(text.lower()), None) is None:
        return None
    return _LOWER_NAME.search(text)
# capitalised or intro words that are not names: sentence starts, titles, places, the cue words
_NOT_A_NAME = frozenset("""
    i im i'm my the a an this that these those our your his her their we you he she they it its hi hey hello
    yes no so and but or if when what who why how ok okay well also just not very really still here there
    mr mrs ms miss dr prof sir madam herr frau sr sra srta don doña mme mlle monsieur madame signor signora
    meneer mevrouw st saint san santa sankt new great old north south east west upper lower little big mount
    lake fort port
    los las el la le les il lo der die das de het een ein eine un una uno os as o mi mon ma
    mein meine mijn je ich ik yo eu io soy sono bin ben hola ciao salut hallo oi olá bonjour buongiorno
    from at to in on for with of by near into team mum mom dad mama papa sister brother
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december christmas easter
    high middle primary elementary secondary junior senior grammar community state school academy college
    university uni street road avenue lane drive united city county square park centre center mall station
    hall market bridge plaza place hospital church river hill green shopping
    fan fans so too kinda pretty super literally honestly actually always never gonna going gone tired bored sick done
    back home new good bad fine busy sad happy glad sorry sure late early only still ready free
    muy un una el la de del en tan bien mal nuevo nueva harto harta cansado cansada aburrido aburrida
    muito um uma do da na no cansada feliz triste ainda
    très une pas si trop fatigué fatiguée nouveau nouvelle encore content contente déjà
    sehr so ein eine nicht total müde neu echt noch schon gerade
    molto un il non così stanco stanca nuovo nuova ancora già
    zo heel een niet moe nieuw echt erg nog al
""".split())

# first words of place names that are surnames too (Costa, Porto): not a first name only
_PLACE_FIRST = frozenset("rio buenos nueva nuevo nova puerto porto costa monte bad den".split())

def _a_name(first, last, lower=False):
    """Two words that can be a first name and a surname: no sentence start, title, place word or
    cue word; in lower case ("im jake morrison") also no "-ing" or long "-ly" word ("im totally
    done", "im running late")."""
    words = (first.lower(), last.lower())
    return not (set(words) & _NOT_A_NAME) and words[0] not in _PLACE_FIRST and not (lower and any(
        w.endswith("ing") and len(w) > 4 or w.endswith("ly") and len(w) > 5 for w in words))


def _place_named(text, kind, start, end):
    """Is the school or workplace of this cue named: a capitalised word, not a title or an article,
    right after it ("IES Cervantes", "the Tesco") or, for a school, right before it ("Lincoln High",
    "Goethe-Gymnasium")?"""
    after = _NAMED_AFTER.match(text, end)
    if after and after.group("word").lower() not in _NOT_A_PLACE:
        return True
    before = kind == "school" and _NAMED_BEFORE.search(text, max(0, start - 40), start)
    return bool(before) and before.group("word").lower().rstrip(".") not in _NOT_A_PLACE


# a capitalised word beside "school" or "work at" that does not name the place ("My school")
_NOT_A_PLACE = frozenset("i im i'm my mi mon ma mein meine mijn our your his her their we you he she they it and "
                         "but so the this that a an".split())


# a name right after one of these is a place's ("at Burger King", "on Market Square", "bij de Albert Heijn")
_NOT_BEFORE_A_NAME = frozenset("at in on for from to near into bei im am au chez à a en em no na op bij al nel nella "
                               "alla del della dal do da de der die het the el la le il".split())


# "ask for <name>" in the seven languages: "pergunta pela Rita Alves", "frag nach Felix Braun"
_ASK_FOR = (r"ask for|pregunt(?:a|ad|en) por|pergunt(?:a|e|em) (?:por|pel[ao])|demande[sz]?(?: à| a)?|"
            r"frag(?:t|en sie)? nach|chied(?:i|ete) di|vraag naar")
# "his name's Gareth Jenkins", "se llama Raúl Ortega": someone else's name given in full
_NAMED_IS = (r"(?:his|her|their) (?:full |real )?name(?: is|['’]s)|name['’]s|se llama|se chama|s['’]appelle|"
             r"hei(?:ß|ss)t|si chiama|heet")
_INTRODUCED = re.compile(rf"(?i:\b(?:{_INTRO}|{_NAMED_IS}|this is|call me|{_ASK_FOR}|it['’]?s|c['’]est|me|name|"
                         r"nombre|nome|nom|naam|"
                         # round 10: "let me introduce myself:", "je me présente :", "ich stelle mich vor:"
                         r"let me introduce myself|je me pr[ée]sente|me presento|mi presento|me apresento|"
                         r"apresento-me|ich stelle mich (?:kurz )?vor|ik stel me(?:zelf)? (?:even |kort )?voor|"
                         # and the German article before one's own first name: "..., bin die Anna Kurz"
                         r"bin (?:die|der)))"
                         r"\s*[:,-]?\s*$")
# Round 10: someone else shown to the reader, "she's Hannah ..., year 11 at ...", "das ist Lena ..., 9b am
# ...": the name is the one the school belongs to, as the sender's own is (but a public figure's
# university stays a biography: "she's Emma Watson, she studied at Brown University")
_SHOWN = re.compile(r"(?i:\b(?:(?:he|she)(?:['’]s| is)|that['’]?s|das ist|dat is|dit is|esta es|este es|esta [ée]|"
                    r"este [ée]|essa [ée]|esse [ée]|questa [èe]|questo [èe]|voici|voil[àa]))\s*[:,-]?\s*$")
_GREETING = frozenset("hi hey hello hiya yo hola buenas oi olá ola salut coucou bonjour hallo moin servus hoi ciao "
                      "salve".split())
# ("\s*(?:,\s*)?", not "\s*,?\s*": two \s* in a row tried every split of a long run of spaces, seconds
# on a name followed by 2,000 spaces)
# (a third name may come first: "o Tiago Martins Sousa, do 10º B")
# (round 9c: or "is in" and a class after it, "Emma Bernard est en 3e au collège ...", "Sophie Adams is
# in year 10 at ...", "Laura Hoffmann ist in der 9b", "Emma Visser zit in 4 vwo op het ...")
# a class named without a verb before it, then "at" and the school ("in Year 6 at ...", "en 6e au collège ...")
_CLASS_THEN_SCHOOL = (
    r"(?:(?:in|en|em|no|na|nella|nel|in der|in de|uit)\s+(?:(?:year|yr|grade|klasse|klas|groep|class|classe|turma|"
    r"ano|curso|[kc]lasse)\s+)?(?:\d{1,2}(?:\s?[º°ª])?(?:\s?[a-z]{1,3})?|c[mep][12]?)|"
    # (or set off by a comma with its class word: "Jake Fowler, Year 2 at Parkside")
    r"(?<=,)\s*(?:year|yr|grade|klasse|klas|groep|class|classe|turma)\s+\d{1,2}(?:\s?[a-z]{1,3})?)\s*,?\s+"
    r"(?:at|from|of|à|au|a|en|em|na|no|do|da|del|de|della|alla|al|am|an der|an|der|op|van|bij|aan|im)\s+"
    r"(?:(?:the|la|le|el|l['’]|der|die|dem|de|het|o|a|il|lo)\s*)?"
    rf"(?:(?-i:[A-ZÀ-ÖØ-Þ])|(?:{_SCHOOL})\b)")
_LINKED = re.compile(rf"(?:\s+(?-i:{_SURNAME}))?\s*(?:,\s*)?"
                     r"(?:(?:is|est|est[aá]|ist|[eè]|zit|geht|gaat|va|vai)\s+(?:in(?: der| die| de)?|en|no|na|em|"
                     r"[aà]|au|al|alla|nella|nel|op|aufs?|to|naar)\s+(?=\d|[a-z]+\s+\d|(?:year|klasse|klas|groep|"
                     r"grade|prima|seconda|terza|quarta|quinta|seconde|premi[eè]re|terminale|bachillerato)\b)|"
                     r"(?:from|at|del|de|da|do|dos|das|am|vom|von|aus|op|van|uit|al|au|du|della|dal|di|"
                     # round 10: "at" in the other languages, "Ana Lopes na Escola ...", "... alla scuola ..."
                     r"na|no|nella|nel|alla|allo|im|bei|bij|chez|presso|aan)\b|"
                     # round 10: a classmate, "zit bij Lars Jansen in de klas op ...", "mit Paul Weber in der Klasse am ..."
                     r"in (?:de |der |the |my |mijn |meiner |ma |mi |mia |minha |la |il )?(?:klas|klasse|class|clase|"
                     r"classe|turma)\b|"
                     # round 11b: the class without a verb, then the school it is at: "Amy Cole in Year 3 at
                     # Oakfield", "Tom Reid in 5RH at Hillside Academy", "Léa Roux en CM2 à l'école ...",
                     # "Jonas Weber in der 4b an der Grundschule ..." (a capitalised place or a school word
                     # after the class: "we read Emily Dickinson in year 10 at home" stays clean)
                     rf"{_CLASS_THEN_SCHOOL})", re.I)
_IN_THE_CLASS = re.compile(r"\s+(?i:in (?:de |der |the |my |mijn |meiner |ma |mi |mia |minha |la |il )?(?:klas|klasse|"
                           r"class|clase|classe|turma))\b")
# what may come between a name and the cue that follows it: a third name ("Rodrigo Alves Martins
# trabalha no ..."), a comma ("Kevin Schulz, ich arbeite beim ...")
# (round 10: "who", "que", "qui", "che" before the verb, or a question and "he" or "she": "Tom Briggs who
# works at the ...", "ken je Daan Visser? hij werkt bij de ...", "conoces a Pedro Gil? trabaja en el ...")
_TO_THE_CUE = re.compile(rf"(?:\s+{_SURNAME}){{0,2}}\s*(?:,|(?P<told>[?!.]))?\s*(?:(?i:who|that|que|qui|die|der|che|dat|he|she|hij|"
                         r"zij|ze|er|sie|il|elle|lui|lei|[ée]l|ella|ele|ela)\s+)?")
# how a name that opens the message is signed: "Emily Rhodes, I work...", "Marta Gil aquí, del IES..."
_SIGNED = re.compile(r"\s*(?:[,(:–—-]|(?:here|aqu[ií]|ici|hier|qui)\b)", re.I)
# a name signed after the school or workplace, set off by a comma or a dash, that ends the message or
# asks to be asked for: "ich arbeite bei Rewe in der Bahnhofstraße, Felix Braun, frag nach mir",
# "trabalho na Padaria Estrela - Rui Matos", "I work at the Tesco on Mill Road, Emily Rhodes"
_SET_OFF = re.compile(r"[,;:–—-]\s*$")
_ASK_FOR_ME = (r"ask for me|frag(?:t|en sie)? nach mir|pregunt(?:a|ad|en) por m[ií]|pergunt(?:a|e|em) por mim|"
               r"demande[sz]?[- ]moi|demande[sz]? apr[eè]s moi|chied(?:i|ete) di me|vraag naar (?:mij|me)")
_SIGNED_LAST = re.compile(rf"[\s.!)]*$|\s*(?:[,;–—-]\s*)?(?:{_ASK_FOR_ME})\b", re.I)  # (no two \s* in a row)


def _followed_by_a_cue(text, end, cues):
    k = bisect.bisect_left(cues, end)
    to = _TO_THE_CUE.match(text, end)
    return k < len(cues) and cues[k] == to.end() and not (to.group("told") and not _A_BRANCH_WITH_AN_ARTICLE.match(
        text, to.end()))


# Round 9: the article many speak before a first name ("der Lukas", "a Fernanda", "la Giulia", "el
# Pablo"): before a full name tied to a school right after it ("der Lukas Hoffmann vom
# Humboldt-Gymnasium", "a Fernanda Ribeiro do colégio Bandeirantes") it names a person, not a place
_ARTICLE_BEFORE_A_NAME = frozenset("der die la il a el".split())


def _of_a_named_school(text, before, end, cues):
    return before.lower() in _ARTICLE_BEFORE_A_NAME and bool(link := _LINKED.match(text, end)) and any(
        kind == "school" and link.end() <= a <= link.end() + 40 for kind, a, _ in cues)


def _own_name(text, start, end, cues, doing=()):
    """Is the name at text[start:end] the one the school or workplace belongs to? Introduced ("I'm
    ...", "soy ...", "ask for ..."), signed at the start of the message ("Emily Rhodes, I work
    at ..."), or linked to a cue right after it ("Daniel Okafor at St Mary's Academy"); not a
    name the message only talks about ("we read Emily Dickinson in year 10"); or signed after the
    place, set off by a comma and ending the message or asking to be asked for."""
    if _INTRODUCED.search(text, max(0, start - 30), start) or _SHOWN.search(text, max(0, start - 20), start):
        return True
    before = text[:start].strip(" \t,.!:-").lower() if start <= 20 else "-"  # (a long text: not its start)
    if (before in _GREETING or not before) and (_SIGNED.match(text, end) or _LINKED.match(text, end)):
        return True
    if cues[0] < start and _SET_OFF.search(text, max(0, start - 4), start) and (_SIGNED_LAST.match(text, end) or (
            text.startswith(",", end) and cues[bisect.bisect_left(cues, start) - 1] >= start - 50)):
        return True  # signed after the place: "..., in der Bahnhofstraße, Felix Braun, frag nach mir", or
        # addressed there: "vas al colegio San José, Ana López, no te escondas"
    k = bisect.bisect_left(cues, end)  # the cue starts, sorted: one search, however many cues
    if _followed_by_a_cue(text, end, doing):
        return True  # the name, then what it does: "Jana Vogel arbeitet beim Rewe", "Liam Foster from St Mary's"
    return bool(_LINKED.match(text, end)) and k < len(cues) and cues[k] <= end + 60


# A university or a law, business or medical school is where a public figure studied: said of
# someone else ("Barack Obama, Harvard Law School", "Angela Merkel studierte an der Universität
# Leipzig") it is a biography; the sender's own ("I'm Chloe Barnes from Kingsway University") counts
_HIGHER_EDUCATION = frozenset("uni university universidad universidade université universite università universita "
                              "hochschule hogeschool facultad faculdade fac".split())
_PROFESSIONAL = re.compile(r"(?:law|business|medical|graduate|divinity|film)\s+$", re.I)


def _of_a_public_life(text, start, end):
    return text[start:end].lower() in _HIGHER_EDUCATION or bool(_PROFESSIONAL.search(text, max(0, start - 10), start))


def _surname_not_school(text, start, end):
    word = text[start:end]
    return word.lower() in _NAME_TOO and word.istitle() and bool(_AFTER_A_NAME.search(text, max(0, start - 30), start))


# Round 7: a private person's full name tied to where they work or study by the words around it, in
# the seven languages: a job title or a relation before the name ("the bus driver Ralf ...", "my
# colleague ...", "mi hija ..."), or the sender's own name with a job after it ("soy ..., conductor
# de la EMT", "ich bin ..., Sachbearbeiter beim Jobcenter"), then the place: a capitalised name after
# a preposition ("de la Société Générale", "van PostNL") or a workplace word ("the town hall", "à la
# mairie", "all'ufficio anagrafe"). The titles are everyday jobs: a president, a minister, a coach,
# a singer or a professor before a name is how a public figure is named, and is not here; nor is a
# job that is also a sport's or an orchestra's ("the driver", "the guard", "the conductor").
_JOB = (r"bus driver|taxi driver|lorry driver|cashier|nurse|receptionist|clerk|officer|police officer|cop|security guard|"
        r"advisor|adviser|caseworker|case worker|postman|postwoman|courier|delivery driver|waiter|waitress|barista|"
        r"bartender|barman|barmaid|bouncer|doorman|"
        r"cleaner|porter|pharmacist|midwife|carer|social worker|teaching assistant|dinner lady|lollipop lady|"
        r"conductora|cajer[oa]|enfermer[oa]|polic[ií]a|agente|guardia|vigilante|asesor|asesora|gestor|gestora|"
        r"carter[oa]|repartidor|repartidora|camarer[oa]|dependient[ea]|funcionari[oa]|recepcionista|encargad[oa]|"
        r"motorista|caixa|enfermeir[oa]|pol[ií]cia|guarda|seguran[cç]a|atendente|funcion[aá]ri[oa]|carteiro|carteira|"
        r"entregador|estafeta|empregad[oa]|rece(?:p)?cionista|"
        r"conseill(?:er|[eè]re)|chauffeur|conducteur|conductrice|caissi(?:er|[eè]re)|infirmi(?:er|[eè]re)|policier|"
        r"polici[eè]re|gendarme|vigile|gardien|gardienne|guicheti(?:er|[eè]re)|facteur|factrice|livreur|livreuse|"
        r"serveur|serveuse|vendeur|vendeuse|fonctionnaire|surveillant|surveillante|"
        r"busfahrer(?:in)?|taxifahrer(?:in)?|kassierer(?:in)?|pfleger(?:in)?|krankenschwester|polizist(?:in)?|beamter|"
        r"beamtin|sachbearbeiter(?:in)?|berater(?:in)?|bankberater(?:in)?|postbote|postbotin|zusteller(?:in)?|"
        r"paketbote|kellner(?:in)?|verk[aä]ufer(?:in)?|filialleiter(?:in)?|hausmeister(?:in)?|erzieher(?:in)?|"
        r"schaffner(?:in)?|kontrolleur(?:in)?|"
        r"autista|conducente|cassier[ea]|infermier[ea]|poliziott[oa]|carabiniere|impiegat[oa]|consulente|"
        r"postin[oa]|corriere|camerier[ea]|commess[oa]|bidell[oa]|"
        r"bezorger|buschauffeur|kassamedewerker|kassi[eè]re|verpleegkundige|verpleger|politieagent|handhaver|"
        r"medewerker|medewerkster|adviseur|baliemedewerker|postbode|ober|serveerster|verkoper|verkoopster|conducteur|"
        # round 10: the night's jobs, "the bouncer at Fabric is ...", "der Türsteher vom Berghain heißt ..."
        r"cantiner[oa]|videur|t[üu]rsteher(?:in)?|barkeeper(?:in)?|buttafuori|uitsmijter|portier|barkeeper")
# jobs the sender may give with their own name, public-sounding ones too ("sou o ..., professor de
# Educação Física na EB ...")
_OWN_JOB = (_JOB + r"|driver|conductor|fahrer(?:in)?|teacher|doctor|manager|supervisor|lecturer|professor|profesor|"
            r"profesora|profe|m[eé]dic[oa]|"
            r"director|directora|diretor|diretora|professora|gerente|chefe|jefe|jefa|m[eé]decin|prof|professeure?|"
            r"directeur|directrice|responsable|lehrer(?:in)?|arzt|[aä]rztin|leiter(?:in)?|professore|professoressa|"
            r"maestr[ao]|dottore|dottoressa|medico|direttore|direttrice|responsabile|leraar|lerares|juf|meester|"
            r"dokter|arts|huisarts|manager|leidinggevende")
# a relation through which the sender knows the person
_RELATION = (r"daughter|son|kid|child|colleague|co-?worker|workmate|boss|neighbou?r|flatmate|housemate|"
             r"hij[oa]|compañer[oa]|vecin[oa]|sobrin[oa]|"
             r"filh[oa]|colega|vizinh[oa]|sobrinh[oa]|"
             r"fille|fils|coll[eè]gue|voisin|voisine|neveu|ni[eè]ce|"
             r"tochter|sohn|kollege|kollegin|nachbar(?:in)?|neffe|nichte|"
             r"figli[oa]|collega|vicin[oa]|"
             r"dochter|zoon|buurman|buurvrouw|"
             # round 9c: the boss, a cousin, a brother or a sister, a friend, in the seven languages ("mein
             # Chef ... bei BMW", "mon patron ... chez Renault", "mijn baas ... bij Philips")
             r"sister|brother|cousin|friend|best friend|mate|ex|jef[ea]|herman[oa]|prim[oa]|amig[oa]|chefe|irm[aã]o?|"
             r"patron(?:ne)?|s[oœ]ur|fr[eè]re|cousine|ami|amie|pote|chef(?:in)?|schwester|bruder|cousine|freund(?:in)?|"
             r"capo|sorella|fratello|cugin[oa]|amic[oa]|baas|zus|broer|neef|nicht|vriend(?:in)?|"
             # round 10: who one answers to at work, and a landlord ("my manager ... at Northgate Telecom",
             # "meine Vorgesetzte ... bei Siemens", "mijn leidinggevende ... bij Philips")
             r"manager|line manager|supervisor(?:a)?|team ?lead(?:er)?|landlord|landlady|responsable|responsabile|"
             r"gerente|vorgesetzte[rn]?|teamleiter(?:in)?|leidinggevende|teamleider|cheffe|caser[oa]|senhori[oa]|"
             r"vermieter(?:in)?|huisbaas")
_THE = (r"the|that|this|a|an|le|la|l['’]|ce|cette|der|die|den|dem|das|il|lo|quel|quella|quello|de|het|el|ese|esa|"
        r"este|esta|o|aquele|aquela|esse|essa|um|uma|un|une|una|ein|eine|einen|een")
_MY = (r"my|our|mi|nuestr[oa]|ma|mon|notre|mein(?:e[mnr]?)?|unser(?:e[mnr]?)?|(?:il |la )?mi[oa]|(?:il |la )?nostr[oa]|"
       r"mijn|onze|(?:a |o )?minha|(?:a |o )?meu|(?:a |o )?noss[oa]")
# round 10: "let me introduce myself" in the seven languages, before one's name and job
_PRESENTING = (r"let me introduce myself|je me pr[ée]sente|me presento|mi presento|(?:eu )?me apresento|apresento-me|"
               r"ich stelle mich (?:kurz )?vor|ik stel me(?:zelf)? (?:even |kort )?voor")
_WORK_WITH = (r"i work with|i work alongside|trabajo con|trabalho com|je (?:bosse|travaille) avec|"
              r"ich arbeite mit|lavoro con|ik werk met")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?"  # Pryce-Jones, Fontaine-Roux
_NAME_IN_FULL = rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{1,2}})(?![\w'’-])"
_LEAD = re.compile(
    rf"(?i:\b(?:(?P<job>(?:{_THE}|{_MY})\s+(?:{_JOB}))|(?P<relation>(?:{_MY})\s+(?:{_RELATION})|{_WORK_WITH})"
    rf"|(?P<own>{_INTRO}|moi,? c['’]est|aqu[ií]|sono|{_PRESENTING})|(?P<ask>{_ASK_FOR})))(?:\s*[,:]\s*|\s+){_NAME_IN_FULL}")
# a place of work or study said by what it is, in lower case too
_WORKPLACE = (r"hospital|infirmary|clinic|surgery|town hall|city hall|council|job ?cent(?:re|er)|post office|police|"
              r"police station|bank|building society|library|pharmacy|care home|nursery|call cent(?:re|er)|depot|"
              r"warehouse|supermarket|ayuntamiento|ambulatorio|centro de salud|comisar[ií]a|polic[ií]a|banco|correos|"
              r"oficina|farmacia|guarder[ií]a|c[aâ]mara municipal|junta de freguesia|centro de sa[uú]de|correios|"
              r"finan[cç]as|seguran[cç]a social|farm[aá]cia|loja|mairie|h[oô]pital|clinique|pr[eé]fecture|la poste|"
              r"banque|commissariat|gendarmerie|caf|p[oô]le emploi|france travail|pharmacie|agence|cpam|cr[eè]che|"
              r"krankenhaus|klinik|klinikum|rathaus|jobcenter|arbeitsamt|b[uü]rgeramt|finanzamt|polizei|sparkasse|"
              r"apotheke|stadtverwaltung|kita|ospedale|comune|ufficio|anagrafe|municipio|polizia|questura|"
              r"carabinieri|banca|poste|asl|inps|ziekenhuis|gemeente|gemeentehuis|stadhuis|politie|apotheek|uwv|"
              r"belastingdienst|kinderopvang")
# a branch of a chain or a public service, with where it is: "... at the Tesco in Headingley", "... from
# the Lidl on Mill Road", "... du Carrefour de Rennes", "... vom Edeka in Kiel" (a name, then this)
_CHAIN = (r"tesco|sainsbury['’]?s|asda|morrisons|aldi|lidl|co-?op|waitrose|boots|greggs|primark|argos|costa|"
          r"starbucks|mcdonald['’]?s|kfc|subway|iceland|walmart|target|costco|kroger|walgreens|"
          r"mercadona|carrefour|eroski|leclerc|intermarch[eé]|auchan|monoprix|franprix|edeka|rewe|netto|penny|"
          r"kaufland|esselunga|conad|coop|albert heijn|jumbo|hema|kruidvat|pingo doce|continente|"
          r"p[aã]o de a[cç][uú]car|"
          # round 11: the department, sports, DIY and electronics chains of the seven languages' countries
          r"(?:el )?corte ingl[eé]s|alcampo|hipercor|decathlon|fnac|darty|leroy merlin|ikea|media ?markt|rossmann|"
          r"worten|eurospin|mediaworld|etos|blokker|bricomart|castorama|primaprix")
# what ties the name to its place, after it: a preposition and a capitalised name, a workplace word, a
# school or a class (no sentence end between); not "in" or "from" a capitalised name, a town more
# often than a workplace ("the officer ... in Minneapolis")
_PLACE_AFTER = re.compile(
    rf"[^.!?\n]{{0,60}}?(?:(?i:\b(?:{_WORKPLACE}|{_SCHOOL}|{_GRADE}|{_CHAIN})\b)|"
    rf"\b(?i:at|for|with|de|del|des|du|à|au|aux|chez|von|vom|bei|beim|im|am|der|della|dello|dei|di|al|alla|"
    rf"allo|presso|van|bij|op|do|da|dos|das|no|na|em|nel|nella)\s+"
    rf"(?:(?i:the|la|le|el|der|die|dem|den|il|lo|de|het|o|a|los|las)\s+|(?i:l|d|dell|all|nell)['’])?"
    rf"[A-ZÀ-ÖØ-Þ]\w*|"
    # (round 10: Spanish "en" with its article and a word for the kind of place, "en el bar Manolo", "en la
    # tienda Zara"; a bare "en" is a town's, "en Madrid")
    rf"\b(?i:en)\s+(?i:el|la)\s+(?:[a-zà-ÿ]{{3,}}\s+)?[A-ZÀ-ÖØ-Þ]\w*)")  # (PostNL, BVG, McDonald's)
# after a relation, only where someone is, not where they come from ("a minha colega ... é de Macau",
# "my colleague ... from Leeds" are clean): "at", "bei", "chez", "presso", "bij" and a capitalised name
_PLACE_AFTER_RELATION = re.compile(
    rf"[^.!?\n]{{0,60}}?(?:(?i:\b(?:{_WORKPLACE}|{_SCHOOL}|{_GRADE})\b)|"
    rf"\b(?i:at|chez|bei|beim|presso|bij)\s+(?:(?i:the|la|le|der|dem|den|de|het)\s+|(?i:l)['’])?"
    rf"[A-ZÀ-ÖØ-Þ]\w*|"
    # (round 10: a chain's branch after any preposition, "mi jefa, ..., del Mercadona de Getafe")
    rf"\b(?i:from|of|de|del|du|des|vom|von|van|della|dalla|alla|al|do|da|no|na|in|im|en)\s+"
    rf"(?:(?i:the|la|le|el|der|dem|den|de|het|o|a)\s+|(?i:l|all|dell)['’])?(?i:{_CHAIN})\b)")  # (PostNL, BVG, McDonald's)
# the sender's own job between the name and the place: "soy X, conductor de la EMT", "moi c'est X, je
# bosse à la mairie", "sono X, lavoro all'ufficio"
_OWN_JOB_AFTER = re.compile(
    rf"\s*(?:,|\s-|\s–)?\s*(?:(?i:{_OWN_JOB})\b|[^.!?\n]{{0,12}}?(?i:{_WORK}|je bosse|je travaille|ich arbeite|"
    rf"ich jobbe|lavoro|ik werk|trabajo|trabalho|i work))")


# (round 10: the kind of branch after the chain, "from the Morrisons warehouse in Wakefield", "vom Lidl
# Lager in Erfurt", "the Tesco Extra in Hull", and a comma before it)
_BRANCH_KIND = (r"store|shop|branch|warehouse|depot|superstore|extra|express|metro|local|distribution cent(?:re|er)|"
                r"filiale|lager|zentrallager|markt|supermarkt|winkel|vestiging|distributiecentrum|magazzino|"
                r"supermercato|almac[eé]n|tienda|supermercado|hipermercado|loja|armaz[eé]m|entrep[oô]t|magasin|"
                r"hypermarch[eé]|supermarch[eé]")
# (round 11: any firm's named branch, "at the Nationwide branch in Derby", "aus der Rewe-Filiale in Kiel";
# and a branch told by what it is near, "from the Costa by the station", "del Mercadona junto a la
# estación", "bij de Jumbo naast het station")
_NAMED_BRANCH = r"branch|filiale|vestiging|sucursal|succursale|agence|agenzia|filial"
_NEAR = (r"by|near|next to|opposite|across from|nahe|neben|gegenüber|près de|pres de|à côté de|en face de|cerca de|"
         r"junto a|al lado de|frente a|perto d[aoe]|ao lado d[aoe]|em frente a|"
         r"(?:vicino|accanto|davanti) a(?:l|lla|llo|i|gli|lle)?|naast|"
         r"vlakbij|tegenover")
_AT_A_BRANCH = re.compile(
    rf"(?:\s*,)?\s+(?i:(?:at|from) the|au|du|beim|vom|bei|del|della|alla|al|bij de|van de|do|da|no|na|aus der|aus dem|"
    rf"van het)\s+"
    rf"(?:(?i:{_CHAIN}|{_WORKPLACE})(?:[\s-]+(?i:{_BRANCH_KIND}))?|[A-ZÀ-ÖØ-Þ][\w'’&]*(?:[\s-]+|-)(?i:{_NAMED_BRANCH}))"
    rf"\s+(?:(?i:in|on|de|di|da|do|in der|am|op|aan|en)\s+[A-ZÀ-ÖØ-Þ]|(?i:{_NEAR})\s+\w)")
_NAME_WORDS_OF = re.compile(rf"{_NAME_WORD}")
# Every match of _LEAD ends in a full name, which is case-sensitive: a text without one anywhere has no
# lead to try (_LEAD's case-insensitive alternation of jobs and relations, tried at every word, cost
# ~1 ms on a 2,000-character message; this search skips to capitals in C)
_ANY_NAME_IN_FULL = re.compile(_NAME_IN_FULL)


def _person_in_a_role(text):
    """Round 7: a full name led by a job, a relation or the sender's own introduction, then where
    the person works or studies (see _LEAD): "the bus driver Ralf Gerber from the 42 at BVG", "my
    colleague Gareth Pryce-Jones at Halifax Building Society", "soy Andrés Molina, conductor de
    la EMT". The span is the name."""
    leads = _LEAD.finditer(text) if _ANY_NAME_IN_FULL.search(text) else ()
    for m in itertools.islice(leads, _MOST_TRIED):
        words = list(_NAME_WORDS_OF.finditer(text, m.start("name"), m.end("name")))
        # (round 10: "ask for <name>" and where to ask, "ask for Tom Hart at the bar at Printworks")
        place = _PLACE_AFTER_RELATION if m.group("relation") else _PLACE_AFTER
        for last in reversed(words[1:]):  # "Elena Conti della Coop": the name may end before a particle
            if not _a_name(words[0].group(), last.group()) or _SCHOOL_WORD.fullmatch(last.group()):
                continue
            end = last.end()
            if m.group("own"):
                job = _OWN_JOB_AFTER.match(text, end)
                if not job:
                    continue
                end = job.end()
            if place.match(text, end):
                return [(m.start("name"), last.end())]
    for m in itertools.islice(_FULL_NAME.finditer(text), _MOST_TRIED):
        if _AT_A_BRANCH.match(text, m.end("last")) and _a_name(m.group("first"), m.group("last")):
            return [(m.start(), m.end("last"))]  # "Rachel ... at the Tesco in Headingley"
    return []


# --- round 9b: a private person's full name, then where they study or work ------------------------
# A full name (the sender's or anyone's), then, after a comma, a question mark or a colon, what the
# person studies and where, in the seven languages: "Lukas Brandt, studiert Maschinenbau an der RWTH",
# "Hannah Schröder, 3. Semester Medizin an der LMU", "Marloes Dijkstra, psychologie Radboud",
# "Álvaro Méndez Ruiz, estudia Ingeniería en la UPM"; their everyday job at a named place ("Quentin
# Morel, caissier au Franprix", "Kevin Albrecht? Kassierer im Rewe"); the office they are staff of
# ("Oliver Grant from the Erasmus office at Uni Wien"); or a student card or badge in their name
# ("une carte étudiante au nom d'Inès Benali"). A public figure's biography is told in the past
# ("studierte Physik an der Universität Leipzig", "estudió Derecho en la Complutense") or with an
# academic title ("professor of history at Harvard"), which these leave clean.
# ("studio", "estudio", "estudo" are nouns too, a studio, a study: only before a subject, _SUBJECT_FIRST)
_STUDY_VERB = (r"studies|studying|is studying|estudia|est[aá] estudiando|estuda|est[aá] a estudar|"
               r"[ée]tudie|studiert|studiere|studia|studeert|studeer")
# a year of study: "first year", "3º ano", "quarto anno", "tweedejaars" (before a subject: alone it is
# a year at a club or a job too, "his first year at Juventus"); a semester is a student's alone
_YEAR_OF_STUDY = (r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ]year|year [1-5]|fresher|freshman|sophomore|"
                  r"(?:primer|segundo|tercer|cuarto|quinto|[1-5] ?[º°o]?) (?:año|curso)|"
                  r"(?:primeiro|segundo|terceiro|quarto|quinto|[1-5] ?[º°o]?) ano|"
                  r"(?:premi[eè]re|deuxi[eè]me|troisi[eè]me|quatri[eè]me|cinqui[eè]me|[1-5] ?(?:e|[eè]me|re)) ann[ée]e|"
                  r"\b[LM][1-3]\b|(?:primo|secondo|terzo|quarto|quinto|[1-5] ?[°º]?) anno|"
                  r"(?:eerste|tweede|derde|vierde)(?:jaars| jaar)")
_SEMESTER = r"\d{1,2}\.? ?(?:semester|sem|semestre)\b|(?:erst|zweit|dritt)semester|semester \d|semestre \d"
_STUDENT = (r"student|studentin|studente|studentessa|estudiante|estudante|[ée]tudiante?|alumn[oa]|alun[oa]|"
            r"doctorand[oa]?|doktorand(?:in)?|phd student|promovend(?:a)?|erasmus(?:student)?|becari[oa]|"
            # a trainee, an apprentice, an intern: "mache eine Ausbildung bei ...", "je fais un stage chez ..."
            r"ausbildung|praktikum|praktikant(?:in)?|azubi|werkstudent(?:in)?|internship|intern|apprenticeship|"
            r"apprentice|trainee|pr[aá]cticas|est[aá]gio|estagi[aá]ri[oa]|stagiaire|alternance|apprenti|tirocinio|"
            r"stagista|apprendista|stagiair|(?:un|uno|een) stage|stage lopen|loop stage")
_FACULTY = r"faculty|facultad|faculdade|facult[ée]|fakult[aä]t|facolt[aà]|faculteit|fac"
# what people study, in the seven languages (the names of degrees)
_SUBJECT = (
    r"medicine|med|law|nursing|engineering|psychology|psych|economics|business|business studies|architecture|"
    r"history|biology|chemistry|physics|maths?|mathematics|computer science|comp sci|philosophy|tourism|pharmacy|"
    r"dentistry|journalism|politics|sociology|linguistics|geography|accounting|finance|marketing|literature|"
    r"international relations|veterinary medicine|physiotherapy|"
    r"medicina|derecho|enfermer[ií]a|ingenier[ií]a|psicolog[ií]a|econom[ií]a|empresariales|ade|arquitectura|"
    r"historia|biolog[ií]a|qu[ií]mica|f[ií]sica|matem[aá]ticas?|inform[aá]tica|filosof[ií]a|turismo|farmacia|"
    r"odontolog[ií]a|periodismo|pol[ií]ticas|sociolog[ií]a|filolog[ií]a|magisterio|bellas artes|traducci[oó]n|"
    r"veterinaria|fisioterapia|relaciones internacionales|"
    r"direito|enfermagem|engenharia|gest[aã]o|arquitetura|hist[oó]ria|farm[aá]cia|jornalismo|letras|veterin[aá]ria|"
    r"rela[cç][oõ]es internacionais|"
    r"m[ée]decine|droit|soins infirmiers|ing[ée]nierie|psycho|psychologie|[ée]conomie|[ée]co|gestion|histoire|"
    r"biologie|chimie|physique|math[ée]matiques|philosophie|philo|tourisme|pharmacie|journalisme|sociologie|"
    r"lettres|langues|staps|sciences po|"
    r"medizin|jura|rechtswissenschaften?|pflege|maschinenbau|elektrotechnik|informatik|bwl|vwl|wirtschaft|"
    r"architektur|geschichte|chemie|physik|mathe|mathematik|tourismus|pharmazie|soziologie|lehramt|germanistik|"
    r"anglistik|bauingenieurwesen|wirtschaftsinformatik|tiermedizin|zahnmedizin|"
    r"giurisprudenza|legge|infermieristica|ingegneria|architettura|storia|chimica|matematica|filosofia|"
    r"giornalismo|sociologia|lettere|lingue|"
    r"geneeskunde|rechten|verpleegkunde|werktuigbouwkunde|bouwkunde|economie|bedrijfskunde|architectuur|"
    r"geschiedenis|scheikunde|natuurkunde|wiskunde|informatica|filosofie|toerisme|farmacie|journalistiek|"
    r"sociologie|pabo|diergeneeskunde|tandheelkunde")
_PAST_OR_TITLE = re.compile(
    r"\b(?:studied|graduated|graduate|grad|alumn(?:us|a|i)|former|ex|estudió|se licenció|graduad[oa]|estudou|formou|"
    r"formad[oa]|a [ée]tudi[ée]|dipl[oô]m[ée]e?|studierte|absolvierte|ehemalige[rn]?|ha studiato|laureat[oa]|"
    r"studeerde|afgestudeerd|oud-|professor|prof|lecturer|researcher|dean|rector|profesor[a]?|catedr[aá]tic[oa]|"
    r"professeure?|ma[iî]tre de conf[ée]rences|dozent(?:in)?|professoressa|docente|ricercat(?:ore|rice)|"
    r"hoogleraar|docent|onderzoeker|professora?|investigador[a]?|chercheu(?:r|se))\b", re.I)
_CAP = r"[A-ZÀ-ÖØ-Þ]"
# a place named: an acronym (UPM, RWTH, ISCTE), a capitalised word (Bocconi, Trinity), a school's
# word before its name ("Universidad de Granada", "uni Wien"), a name and a number (Lyon 2, Federico II)
_NAMED_PLACE = rf"(?:(?i:{_SCHOOL}|{_FACULTY})\s+(?:(?:de|of|di|van|von|do|da|du|der|des)\s+)?{_CAP}|{_CAP}[\w'’&-]+)"
_ARTICLE = r"(?:the|la|el|le|der|die|dem|den|das|il|lo|de|het|o|a|los|las|les)"
# "at Trinity", "an der LMU", "en la UPM", "no ISCTE", "alla Federico II", "bij de Hema"; a town is said
# with a bare "in", "en", "em", "à" ("estudia Medicina en Sevilla"): after those only an acronym or a
# school's word
_STUDY_PLACE = re.compile(
    rf"\s*(?<!\w)(?:(?i:at|@|bei|presso|chez|aan|from|of|an|auf|al|alla|allo|nel|nella|bij|no|na|do|da|del|della|dell|"
    rf"der|du|des|au|aux|zur|zum|im|am|di|de|van|vom|von|in|en|em|à|a|op)\s+(?:(?i:{_ARTICLE})\s+|(?i:l|all|dell|nell|d)['’])"
    rf"{_NAMED_PLACE}|(?i:at|@|bei|presso|chez|aan|an|al|alla|allo|nel|nella|bij|no|na|do|da|del|della|der|du|au|zur|"
    rf"zum|im|am|di|vom|von|of)\s+{_NAMED_PLACE}|(?i:in|en|em|à|a|op|de|van)\s+(?:[A-ZÀ-ÖØ-Þ]{{2,}}\b|"
    rf"(?i:{_SCHOOL})\b|{_CAP}\w+\s+(?:\d|[IVX]+\b)))")
# the verbs of "I am", "I do", "I study", "I work" before a study or a job ("mache eine Ausbildung",
# "faccio il cameriere", "hago prácticas", "studeer geneeskunde")
_DOING = (r"am|is|ist|est|es|é|è|bin|ben|sono|soy|sou|mache|mach|macht|fait|fais|faccio|fa|hago|hace|fa[cç]o|faz|do|does|doing|"
          r"doe|doet|loop|studiere|studiert|estudio|estudo|studio|studeer|work|arbeite|trabajo|trabalho|lavoro|werk|"
          r"bosse|travaille")
# a name, a few words ("gezien", "from the language exchange is"), then a comma, a question mark, a colon
_NAME_THEN = re.compile(
    rf"(?:(?<=\b[dlDL]['’])|(?<![\w'’.-]))(?P<first>{_NAME_WORD})(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD}){{0,1}}"
    rf"\s+(?:{_PARTICLE}\s+)?(?P<last>{_NAME_WORD})(?![\w'’-])")
_APPOSITION = re.compile(r"(?:\s+[a-zß-öø-ÿ]+){0,2}\s*[,:;?!–—-]\s*|\s+(?:and|und|y|e|et|en|&)\s+"
                         rf"(?=(?:i|ich|je|j['’]|yo|eu|io|ik|{_DOING})\b)|\s+(?=(?i:del|della|dal|de|do|da|van|von|vom)\s)")
# what the person studies: a semester, a study verb, the word for a student, then up to 45 characters
# (the subject) and the place; or the subject and the place right after the comma (_SUBJECT_FIRST)
_STUDIES = re.compile(
    rf"(?i:(?:(?:(?:i|ich|je|j['’]|yo|eu|io|ik|she|he|they|er|sie|elle|il|lei|ella|ele|ela|hij|zij|ze)(?:['’]?s|['’]?m)?\s+)?"
    rf"(?:(?:{_DOING})\s+)?(?:(?:a|an|eine?n?|une?|uno|una|um|uma|een|il|la|el|o)\s+)?|(?:del|della|dal|de|do|da|van|von|vom|in)\s+(?:{_ARTICLE}\s+)?)?"
    rf"(?:{_SEMESTER}|\b(?:{_STUDY_VERB}|{_STUDENT})\b(?! (?:show|shows|suggest|say|says|found|find|prove|have|are|were)\b)))"
    rf"(?P<rest>[^.!?\n]{{0,45}})")
# the subject right after the comma, with a student's role or a generic verb before it ("delegada de
# Enfermería", "student of history", "doing law", "fait du droit"), then the place, at once or after one word
_SUBJECT_FIRST = re.compile(
    rf"(?i:(?:(?:del|della|dal|de|do|da|in|im|van|from|of|en|em)\s+(?:(?:the|el|la|o|a|het|der|dem)\s+)?)?"
    rf"(?:(?:{_YEAR_OF_STUDY}|{_STUDENT}|delegad[oa]|rep|representative|doing|does|reads|reading|cursa|fait|fais|"
    rf"macht|fa|doet|faz|studio|estudio|estudo)"
    rf"\s+(?:(?:de|of|di|in|en|em|du|der|van)\s+|d['’]\s*)?)?(?:{_SUBJECT})\b(?:\s+(?:{_FACULTY}|studies))?)"
    rf"(?:\s*,?\s+(?P<named>{_NAMED_PLACE})|(?:\s+[a-zß-öø-ÿ]+)?(?={_STUDY_PLACE.pattern}))")
_FACULTY_IN = re.compile(rf"[^.!?\n]{{0,50}}?\b(?i:{_FACULTY})\b")
_WHERE = re.compile(rf"(?=(?:[^.!?\n]{{0,45}}?)(?P<place>{_STUDY_PLACE.pattern}))")
# where a job is done: a preposition, an article, a chain or a capitalised name or an acronym
_JOB_PLACE = (rf"\s*(?:(?i:at|bei|beim|im|au|aux|chez|da|al|alla|allo|presso|nel|nella|bij|do|no|na|del|dela|della|"
              rf"du|des|vom)\s+"  # (round 10: French and German "of the", "la serveuse du Rex", "der Wirt vom Anker")
              rf"(?:(?i:{_ARTICLE})\s+|(?i:l|all|nell|dell)['’])?|(?i:in|en|em|à|a|de|op|for|with|für|di|van|from)\s+"
              rf"(?:(?i:{_ARTICLE})\s+|(?i:l|all|nell|dell)['’]))(?:[a-zß-öø-ÿ]{{3,}}\s+)?"
              rf"(?:(?i:{_CHAIN})\b|{_CAP}\w+|[A-ZÀ-ÖØ-Þ]{{2,}})")
# the everyday job of someone else, then the named place: "Quentin Morel, caissier au Franprix"
_JOB_THEN_PLACE = re.compile(
    rf"(?i:(?:(?:i|ich|je|yo|eu|io|ik)\s+)?(?:(?:i['’]?m|i am|work as|soy|trabajo de|trabajo como|sou|trabalho como|"
    rf"je suis|je bosse comme|ich bin|ich arbeite als|arbeite als|sono|faccio|lavoro come|ben|ik ben|werk als|"
    # someone else's: "he's a barista at ...", "es camarero en el bar ...", "fa il barista al bar ..."
    rf"(?:he|she)['’]s|(?:he|she) is|they['’]re|works as|es|trabaja de|trabaja como|é|trabalha como|"
    rf"(?:il|elle) est|(?:il|elle) bosse comme|(?:er|sie) ist|arbeitet als|è|fa|lavora come|(?:hij|zij|ze) is|werkt als)\s+)?"
    rf"(?:(?:{_THE})\s+|l['’])?(?:(?:new|nuev[oa]|nouvel(?:le)?|nouveau|neuer?|nuov[oa]|nieuwe|nov[oa])\s+)?(?:{_JOB})\b)"
    rf"{_JOB_PLACE}")  # (round 11: the elided article, "faccio l'infermiera al ...", "elle est l'infirmière de ...")
# (a word for the kind of place may come before its name: "al ristorante Da Mario", "na loja Renner")
# the office someone is staff of, named (the Erasmus office) or of a named place (the office at Uni Wien)
_OFFICE = (r"office|department|dept|desk|reception|admissions|registry|secretariat|help ?desk|oficina|secretar[ií]a|"
           r"despacho|departamento|gabinete|secretariado|bureau|service|secr[ée]tariat|accueil|scolarit[ée]|"
           r"\w*b[uü]ro|\w*sekretariat|\w*abteilung|\w*amt|ufficio|segreteria|dipartimento|kantoor|afdeling|"
           r"secretariaat|balie")
_STAFF_OF = re.compile(
    rf"\s+(?i:from|of|at|in|de|do|da|du|vom|von|della|del|van|bei|im|des|dello|presso|dell['’])\s*"
    rf"(?:(?i:{_ARTICLE})\s+|(?i:l|all|nell|dell)['’])?(?P<words>(?:[\w'’-]+\s+){{0,3}}?)(?i:{_OFFICE})\b"
    rf"(?P<after>(?:\s+[\w'’-]+){{0,3}}?\s+(?i:at|of|de|der|des|di|del|della|van|du|da|do|in|an|bei|dell['’])\s+"
    rf"(?:(?i:{_ARTICLE})\s+)?{_CAP}|\s+(?:(?i:{_ARTICLE})\s+)?{_CAP})?")
# a student card or badge, then whose it is: "carte étudiante au nom d'Inès Benali", "il badge ... è
# di Martina Colombo", "Studentenausweis von Lena Kraus"
_CARD_OF = re.compile(
    r"(?i:student ?(?:card|id)|uni(?:versity)? (?:card|id)|carte (?:d['’])?[ée]tudiante?|carte [ée]tudiant|"
    r"studentenausweis|studierendenausweis|dienstausweis|mitarbeiterausweis|carn[eé]t? (?:de )?(?:estudiante|universitario)|"
    r"tarjeta (?:de )?estudiante|cart[aã]o (?:de )?estudante|carteirinha|tessera (?:universitaria|dello studente)|"
    r"libretto universitario|badge|collegekaart|studentenkaart|studentenpas)"
    r"[^.!?\n]{0,50}?(?i:au nom d[e']|in the name of|a nombre de|em nome d[eao]|im namen von|a nome di|op naam van|"
    r"of|de|di|van|von|da|do|del|della|belongs to|pertenece a|appartient [àa]|geh[öo]rt|appartiene a|hoort bij|"
    r"name|nombre|nome|nom|naam)\s*:?\s*")


def _names_then(text):
    """The full names of `text` (_NAME_THEN) that can be a private person's; after a title or a
    place word, the name that follows it ("Frau Anna Weber": "Anna Weber")."""
    pos = 0
    while m := _NAME_THEN.search(text, pos):
        if _a_private_name(m):
            yield m
            pos = m.end("last")
        else:
            pos = m.end("first")


def _a_private_name(m):
    return _a_name(m.group("first"), m.group("last")) and not _SCHOOL_WORD.fullmatch(m.group("last"))


# someone goes to a named school: "..., he goes to Westfield Academy", "... va al colegio Santa Ana",
# "... geht aufs Goethe-Gymnasium", "... est au lycée Descartes", "... zit op het Erasmus College"
_GOES_TO = re.compile(
    r"(?i:(?:(?:he|she|they|él|ella|ele|ela|il|elle|er|sie|lui|lei|hij|zij|ze)(?:['’]s)?\s+)?"
    r"(?:goes to|attends|is at|va a|va al|va à|va au|va en|vai (?:à|ao|para a|para o)|anda n[ao]|frequenta|"
    r"est au|est à|est en|geht (?:aufs|auf die|auf das|in die|zur|zum|an die)|besucht (?:die|das|den)|ist (?:am|an der|auf dem)|"
    r"[eè] (?:al|alla|allo)|zit op|gaat naar)\s+(?:(?:the|el|la|le|l['’]|o|a|das|die|den|il|lo|de|het)\s*)?)")


# a school (not a university: "Barack Obama, Harvard Law School" is a biography) named right after the
# name's comma or "@": "..., Gesamtschule Nord", "... @ Lincoln High", "..., IES Goya", "..., liceo Parini"
_LOWER_SCHOOLS = "|".join(w for w in _SCHOOL.split("|") if not any(
    re.fullmatch(w, h) for h in (*_HIGHER_EDUCATION, "college", "academy", "université", "università"))) + "|collège"
_SCHOOL_NAMED = re.compile(
    rf"(?:(?i:{_LOWER_SCHOOLS})\s+{_CAP}[\w'’-]+|(?:(?!(?i:law|business|medical|graduate|divinity|film)\b){_CAP}[\w'’.-]+"
    rf"[\s-]){{1,3}}(?i:{_LOWER_SCHOOLS})\b)")
# (where someone goes now, a university too: "she goes to Kingsway University", "zit op het Erasmus College")
_ANY_SCHOOL_NAMED = re.compile(
    rf"(?:(?i:{_SCHOOL})\s+(?:(?:de|of|di|van|von|do|da|du|der|des)\s+)?{_CAP}[\w'’-]+|(?:{_CAP}[\w'’.-]+[\s-]){{1,3}}(?i:{_SCHOOL})\b)")
_AT_SIGN = re.compile(r"\s*@\s*")
# the name, then where the person goes or what they study at once ("... estuda na Escola ...")
_GOING = re.compile(rf"\s+(?={_GOES_TO.pattern}|(?i:{_STUDY_VERB})\b)")
# the job and its named place first, then the name: "the cashier at the Tesco on Mill Road is Dave
# Hunter", "la cajera del Mercadona se llama Ana Ruiz", "der Kassierer bei Rewe heißt Jan Berg" (an
# everyday job: "the manager at Real Madrid is ..." is a public figure's)
_JOB_AT_THEN_NAME = re.compile(
    rf"(?i:\b(?:{_JOB}|(?:shop|store|branch) manager|encargad[oa]|g[ée]rante?|filialleiter(?:in)?|bedrijfsleider)\b)"
    rf"{_JOB_PLACE}"
    rf"[^.!?\n]{{0,30}}?(?:\s(?i:is|es|é|est|c['’]est|ist|è|heißt|heisst|se llama|se chama|s['’]appelle|si chiama|heet|"
    rf"is called|named|called)\s+(?:(?i:the|la|el|o|a|der|die|il|de)\s+)?(?=[A-ZÀ-ÖØ-Þ])"
    # (round 10: or the name set off by commas, "the bartender at the Crown on Mill St, Jake Hill, gives ...")
    rf"|,\s*(?={_NAME_WORD}\s+{_NAME_WORD}\s*,))")


# Round 11: a teacher of a school that is no university is a schoolteacher, whose title is the
# academic's in five of the languages: "..., professor do Colégio Militar", "..., profesora del IES
# Goya", "..., professeur au collège Jean Moulin", "..., professoressa del liceo Volta", "..., docent op
# het Stedelijk Gymnasium" (not "professor of history at Harvard", nor "professor at Harvard Law School")
_SCHOOL_TEACHER = re.compile(
    rf"(?i:(?:{_THE})\s+)?(?i:professor|profesor|profesora|professora|professeure?|professore|professoressa|docente|docent|"
    rf"lehrer(?:in)?)\s+(?i:do|da|del|de la|de|du|au|à|al|alla|allo|della|dello|del|op|van|aan|am|an der|an|en|no|na|"
    rf"in|at|of)\s+(?:(?i:the|la|le|el|o|a|il|lo|het|de|der|dem)\s+|(?i:l|dell|all)['’])?(?i:{_LOWER_SCHOOLS})\b")
_CARD_WORDS = ("card", "carte", "ausweis", "carn", "tarjeta", "cart", "tessera", "libretto", "badge", "kaart", "studentenpas",
               "student id", "uni id", "university id")
# a naming verb and a capital after it, where a name may follow a job and its place
_NAMING = re.compile(r"[\s'’](?:is|es|é|est|ist|è|heißt|heisst|llama|chama|appelle|chiama|heet|called|named)\s+"
                     r"(?:(?:the|la|el|o|a|der|die|il|de)\s+)?[A-ZÀ-ÖØ-Þ]|,\s*[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\s+[A-ZÀ-ÖØ-Þ][^,]{1,30},")


# Round 10: the name's role at a branch or a school after its comma: "Rodrigo ..., gerente do Pingo Doce
# de Almada", "..., direttore della Coop di Pisa", "..., la maestra di mio figlio alla Montessori di Bari",
# "..., cassiera Esselunga a Monza"; an everyday job at any workplace ("..., infermiera all'ospedale"). A
# title at a named institution stays a public figure's ("..., directrice de la BCE", "..., manager of
# Manchester City"): a manager or a teacher counts only at a chain or a school
_AT_A = (r"[^.!?\n]{0,25}?\s(?:at|bei|beim|im|au|aux|chez|da|al|alla|allo|presso|nel|nella|bij|do|no|na|del|dela|della|"
         r"in|en|em|à|a|de|op|di|van|du|dos|das|vom|von|from|of)\s+(?:(?:the|la|el|le|der|die|dem|den|das|il|lo|de|het|o|a|"
         r"los|las|les)\s+|(?:l|all|nell|dell|d)['’])?")
_ROLE_AT_A_PLACE = re.compile(
    rf"(?i:(?:(?:{_THE})\s+)?(?:(?:{_JOB})\b(?:{_AT_A}(?:{_WORKPLACE}|{_LOWER_SCHOOLS})\b|\s+(?:{_CHAIN})\b)|"
    rf"(?:{_OWN_JOB}|g[ée]rante?|bedrijfsleider)\b(?:{_AT_A}|\s+)(?:{_CHAIN}|{_LOWER_SCHOOLS})\b))")


# Round 10: a name and a chain's branch given like a profile's fields: "Kelly Moss (Tesco Hull)", "name: Kelly
# Moss, work: Tesco Hull", "Kelly Moss, cashier, Tesco Hull", "nombre: Ana Ruiz, trabajo: Mercadona Getafe"
# (the chain, then its town: "Jamie Oliver, Tesco ad" is clean)
# Round 10: the relation after the name's comma, "Sarah Jones, my supervisor at Royal Mail", "Ana Ruiz, mi
# jefa en el Mercadona de Getafe", "Luc Martin, mon patron chez Renault" ("..., my hero at Tesla" is none)
_MY_RELATION = re.compile(rf"(?i:(?:{_MY})\s+(?:{_RELATION}))\b")
_PLAIN_CHAIN = "|".join(w for w in _CHAIN.split("|")  # (not a chain that is an everyday word: "Target Exclusive")
                        if w not in ("target", "iceland", "boots", "subway", "costa", "penny", "jumbo", "continente"))
# (round 11: or "the one from" the chain's branch, "..., el del Corte Inglés de Preciados", "..., a do
# Continente de Almada", "..., celle du Decathlon de Lille", "..., die vom Rewe am Markt")
_THE_ONE_FROM = (r"(?:el|la|o|a|der|die|das|le|la|celui|celle|il|quello|quella|quella|die|degene)\s+"
                 r"(?:del|de la|de|do|da|vom|von der|du|de l['’]|della|dello|dell['’]|van de|van het|van)\s*")
# Round 11: a chain right after the verb and its preposition, then its town, is a branch like "the Tesco in
# Hull": "... bosse chez Decathlon Lille", "... arbeitet bei Rewe Kiel", "... werkt bij Albert Heijn Zwolle"
_CHAIN_AND_TOWN = re.compile(rf"\s*(?:(?i:the|la|le|el|der|die|dem|de|het|o|a|il|lo)\s+)?(?i:{_PLAIN_CHAIN})\s+"
                             rf"(?!(?i:{_BRANCH_KIND})\b){_CAP}\w+")
_PROFILE = re.compile(
    rf"\s*[,(:;–—-]\s*(?i:(?:work|job|works at|employer|trabajo|curro|travail|boulot|taf|arbeit|arbeitgeber|lavoro|"
    rf"werk|trabalho|emprego)\s*:\s*|{_THE_ONE_FROM})?(?i:(?:{_JOB})\s*,?\s*)?(?i:{_PLAIN_CHAIN})\s+"
    rf"(?!(?i:{_BRANCH_KIND})\b)(?:(?i:de|di|da|do|du|in|en|em|am|op|bei|at|on|of)\s+)?{_CAP}\w+")


def _studies_or_works(text):
    """Round 9b: a full name, then what the person studies and where, their everyday job at a
    named place, or the office they work in; or a student card in their name (see _STUDIES). The
    span is the name."""
    for m in itertools.islice(_names_then(text), _MOST_TRIED):
        end = m.end("last")
        if _PROFILE.match(text, end):
            return [(m.start(), end)]
        staff = _STAFF_OF.match(text, end)
        if staff and (staff.group("after") or any(w[:1].isupper() for w in staff.group("words").split())):
            return [(m.start(), end)]  # "Oliver Grant from the Erasmus office", "... vom Prüfungsamt der TU"
        sep = _APPOSITION.match(text, end) or _AT_SIGN.match(text, end) or _GOING.match(text, end)
        if not sep:
            continue
        what = text[sep.end():sep.end() + 80]
        if _PAST_OR_TITLE.search(text, end, sep.end() + 40) and not _SCHOOL_TEACHER.match(what):
            continue  # a biography ("studied at"), an academic's title ("professor of law at")
        if _SCHOOL_NAMED.match(what):
            return [(m.start(), end)]  # "..., Gesamtschule Nord", "... @ Lincoln High"
        goes = _GOES_TO.match(what)
        if goes and _ANY_SCHOOL_NAMED.match(what, goes.end()):
            return [(m.start(), end)]  # "..., he goes to Westfield Academy"
        if _JOB_THEN_PLACE.match(what) or _ROLE_AT_A_PLACE.match(what):
            return [(m.start(), end)]
        if (rel := _MY_RELATION.match(what)) and _PLACE_AFTER_RELATION.match(what, rel.end()):
            return [(m.start(), end)]  # (round 10: "..., my supervisor at Royal Mail", "..., mein Chef bei BMW")
        study = _STUDIES.match(what)
        if study and _WHERE.match(what, study.start("rest")) or _SUBJECT_FIRST.match(what) \
                or _FACULTY_IN.match(what) and _WHERE.match(what):
            return [(m.start(), end)]
    lowered = text.lower()  # (each lead regex scans the text only where its words are: substring tests in C)
    leads = (_CARD_OF.finditer(text) if any(w in lowered for w in _CARD_WORDS) else (),
             _JOB_AT_THEN_NAME.finditer(text) if _NAMING.search(text) else ())
    for lead in itertools.chain(*leads):
        m = _NAME_THEN.match(text, lead.end())
        if m and _a_private_name(m):
            return [(m.start(), m.end("last"))]
    return []


def person(text):
    """A full name given with a school, a class or grade, or a workplace, in the seven languages:
    "Emily Rhodes, I work at the Tesco on Bridge Street", "soy Lucía Fernández del IES Cervantes",
    "ich bin Jonas Becker, 9b am Goethe-Gymnasium", "je m'appelle Inès Morel, je bosse au
    Carrefour", or a name in lower case after "I'm", "soy", "ich bin"... with a school or class
    ("im jake morrison from lincoln high, 10th grade"). A capitalised name needs the school or
    workplace named (a capitalised word beside it) or a class, and must be the sender's or
    linked to it (`_own_name`); a name alone, a school alone, "a teacher at Lincoln High" and
    "we read Emily Dickinson in year 10" are clean. The span is the name."""
    if not _FULL_NAME.search(text) and not _lower_name(text):
        return _studies_or_works(text) if _NAME_THEN.search(text) else []  # ("d'Inès Benali", "Mei-Lin Zhou")
        # (no name of either kind: most texts with a school word; two searches, not the cues')
    return _named_person(text) or _person_in_a_role(text) or _studies_or_works(text) or _titled_or_told(text)


# --- round 11: a name with a title, and the German and Dutch clause that ends in its verb ---------
# A title before a name names a private person the way a pupil or a customer does: "Mrs Kelly Moss
# teaches at Oakwood Primary", "Herr Dr. Jansen von der Sparkasse Münster", "la Sra. Ana Gil del
# colegio Goya", "juf Sanne de Wit van het Erasmus College"; the surname alone is enough after a
# title. Where the person works or teaches must follow at once (a verb of working or teaching may
# come between), as an institution: a school, workplace or chain word, a capitalised name with an
# article ("von der Sparkasse", "at the Halifax"), or "at", "bei", "chez", "bij", "presso" and a
# capitalised name ("at Oakwood"). Not "from Manchester" (a town), not "Mr Bean at the beach", and
# not a professor ("Prof. Stephen Hawking from Cambridge University" is a public figure's title).
_TITLE = (r"mr|mrs|ms|miss|mx|mister|dr|herr|frau|mme|mlle|madame|monsieur|sr|sra|srta|señor|señora|senhor|senhora|"
          r"signor|signora|sig|sig\.ra|meneer|mevrouw|mevr|dhr|juf|meester")
_TITLED = re.compile(rf"(?<![\w.])(?i:{_TITLE})\.?\s+(?:(?i:dr|prof)\.?\s+)?"
                     rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD})?)(?![\w'’-])")
_TEACHES = (r"teaches|works|arbeitet|unterrichtet|jobbt|trabaja|curra|ense[ñn]a|da clases|trabalha|ensina|d[aá] aulas|"
            r"travaille|bosse|enseigne|lavora|insegna|werkt|geeft les")
_INSTITUTION = rf"(?i:{_SCHOOL}|{_WORKPLACE}|{_CHAIN})\b"
_TITLED_PLACE = re.compile(
    rf"(?:\s*,)?\s*(?:(?i:who|que|qui|die|der|che|dat)\s+)?(?:(?i:{_TEACHES})\s+)?(?:"  # (no two \s* in a row)
    rf"(?i:at|from|of|de|del|du|des|da|do|della|dello|von|vom|bei|beim|an|am|van|bij|op|presso|al|alla|allo|na|no|chez|"
    rf"à|au|aux|im|in)\s+(?:(?i:the|la|le|el|der|die|dem|het|de|o|a|il|lo)\s+|(?i:l|dell|all|nell)['’])?{_INSTITUTION}"
    rf"(?:\s+(?P<after>{_CAP}[\w'’-]*))?"
    rf"|(?i:at|from|of|de|del|du|des|da|do|della|von|bei|van|bij|op|presso|chez|à|em|en)\s+"
    rf"(?:(?i:the|la|le|el|der|die|dem|het|de|o|a|il|lo)\s+|(?i:l|dell)['’])(?P<named>{_CAP}[\w'’&-]*)"
    rf"|(?i:at|bei|chez|bij|presso)\s+(?P<bare>{_CAP}[\w'’&-]*))")
# The German and Dutch relative clause puts its verb last: "Svenja Brandt, die bei der Volksbank in
# Ulm arbeitet", "Daan Visser, die bij de Jumbo in Zwolle werkt". As with the verb first, someone
# else's workplace counts when it is a branch, said with an article or with where it is ("bei der
# Sparkasse", "im Rathaus", "bij de Jumbo", "beim Edeka am Bahnhof"): "Mira Schulz, die bei Bosch
# arbeitet" may be Bosch's chief, and "die in Berlin arbeitet" names a town
_VERB_LAST = re.compile(
    r"(?:\s*,)?\s+(?i:der|die|dat|welche[rs]?)\s+(?P<place>(?i:bei|beim|im|bij|in|op|an|am)\s[^.!?\n,]{1,50}?)\s+"
    r"(?i:arbeitet|jobbt|unterrichtet|werkt|lesgeeft|les geeft|stage loopt)\b")
_A_BRANCH_THERE = re.compile(
    r"(?i:beim|im|bei\s+(?:der|dem)|bij\s+(?:de|het)|in\s+(?:de|het|der|dem)|op\s+(?:de|het)|an\s+der)\s"
    r"|\S+\s+\S*?\s*(?i:in|am|an der|op|aan)\s+[A-ZÀ-ÖØ-Þ]")


def _titled_or_told(text):
    """Round 11: a name after a title, then where the person works or teaches (_TITLED_PLACE), or
    a full name and a German or Dutch clause ending in its verb that names a branch (_VERB_LAST).
    The span is the name."""
    for m in itertools.islice(_TITLED.finditer(text), _MOST_TRIED):
        words = list(_NAME_WORDS_OF.finditer(text, m.start("name"), m.end("name")))
        if set(w.group().lower() for w in words) & _NOT_A_NAME:
            continue
        for k in range(len(words), 0, -1):  # "el señor Ruiz del Banco Sabadell": the name may end before a particle
            place = _TITLED_PLACE.match(text, words[k - 1].end())
            named = place and (place.group("named") or place.group("bare") or place.group("after"))
            if not place or k == 1 and not named:
                continue  # "Mr Patel at the pharmacy": a surname and a kind of place, not one the reader can find
            if not (named and named.lower() in _NOT_A_NAME | _NOT_A_PLACE):
                return [(m.start("name"), words[k - 1].end())]
    for m in itertools.islice(_FULL_NAME.finditer(text), _MOST_TRIED):
        clause = _VERB_LAST.match(text, m.end("last"))
        if clause and _a_name(m.group("first"), m.group("last")) and _A_BRANCH_THERE.match(clause.group("place")):
            return [(m.start(), m.end("last"))]
    return []


def _named_person(text):
    """`person` for a text that holds a name of one kind or the other."""
    cues = [(m.lastgroup, m.start(), m.end()) for m in _PERSON_CUE.finditer(text.lower())  # (one for one)
            if not _surname_not_school(text, m.start(), m.end()) and not (
                m.lastgroup == "work" and _THIRD_PERSON_WORK.match(m.group()) and not _A_BRANCH.match(text, m.start())
                and not _CHAIN_AND_TOWN.match(text, m.end())
                and not _FIRST_PERSON_BEFORE.search(text, max(0, m.start() - 8), m.start()))]
    if not cues:
        return []
    starts = [a for _, a, _ in cues]
    public = [a for kind, a, b in cues if kind == "school" and _of_a_public_life(text, a, b)]
    # a verb or "from St ...'s" right after a name says what the person does; a school word right
    # after one is the school's name ("the Anne Frank School", "Emily Dickinson school project")
    doing = [a for kind, a, _ in cues if kind in ("work", "saint")]
    if any(kind in ("grade", "saint") or _place_named(text, kind, a, b) for kind, a, b in cues):
        for m in itertools.islice(_FULL_NAME.finditer(text), _MOST_TRIED):
            first, last = m.group("first"), m.group("last")
            before = text[max(0, m.start() - 12):m.start()].split()
            if _followed_by_a_cue(text, m.end("last"), doing) or _IN_THE_CLASS.match(text, m.end("last")):
                before = []  # the name, then what it does ("a Inês Moura trabalha no ..."): not a place's
            if not _a_name(first, last) or _SCHOOL_WORD.fullmatch(last) and not _surname_not_school(
                    text, m.start("last"), m.end("last")) or before and (
                    before[-1].lower() in _NOT_BEFORE_A_NAME or _SCHOOL_WORD.fullmatch(before[-1])) \
                    and not _INTRODUCED.search(text, max(0, m.start() - 30), m.start()) \
                    and not _of_a_named_school(text, before[-1], m.end("last"), cues):
                continue  # a place: "at Burger King", "liceo Volta di Milano" (not "sou a Ana Costa", "sono la")
            own = starts if not public or _INTRODUCED.search(text, max(0, m.start() - 30), m.start()) \
                else [a for a in starts if a not in public]
            if own and _own_name(text, m.start(), m.end("last"), own, doing):
                return [(m.start(), m.end("last"))]  # one name is enough to block
    if any(kind != "work" for kind, _, _ in cues):
        for m in itertools.islice(_LOWER_NAME.finditer(text), _MOST_TRIED):
            if _a_name(m.group(1), m.group(2), lower=True) and not _SCHOOL_WORD.fullmatch(m.group(2)):
                return [(m.start(1), m.end(2))]
    return []


# --- street addresses written casually: lower case, abbreviated, any of the seven languages ---------

# Where the street word comes first and the house number after the name (Spanish, Portuguese,
# Italian, Belgian French): "avenida de la constitución 22", "av. paulista 1578", "piazza garibaldi 3"
_STREET_FIRST = (r"r\.|calle|c/|avenida|avda|av|paseo|plaza|carrer|camino|ronda|travesia|glorieta|rua|travessa|praca|"
                 r"largo|alameda|estrada|rodovia|viale|via|piazzale|piazza|corso|vicolo|lungomare|contrada|"
                 # round 10: Catalonia's streets ("avinguda diagonal 450", "passeig de gràcia 43", "plaça reial 3")
                 r"avinguda|passeig|placa|rambla|travessera|"
                 # and Italy's "strada", "salita", "traversa", and the abbreviations of the seven languages' street
                 # words: "p.zza duomo 1", "c.so buenos aires 20", "v.le monza 100", "pza. mayor 3", "ctra. de
                 # toledo 12", "trav. do carmo 5"
                 r"strada|salita|traversa|p\.zza|p\.za|pza|c\.so|v\.le|ctra|trav|gta|"
                 r"rue|avenue|boulevard|bd|chaussee|quai|impasse|chemin|allee|"
                 # round 8: Dutch streets named "Lane of X": "Laan van Meerdervoort 120", "Weg der Verenigde Naties 3"
                 r"(?:laan|weg|straat|plein|kade) (?:van|der|ten|ter|op)")
# (round 9c: "r." is Portuguese "rua" abbreviated: "moro na r. oscar freire, 200, ap 31")
# Where the number comes first: "45 avenue jean jaurès", "12 oak road" ("place" and "route" only
# before de/du/des: "2 place settings", "3 route options")
_NUMBER_FIRST_FR = r"rue|avenue|av|bd|boulevard|allee|impasse|chemin|quai|place|route"
_NUMBER_FIRST_EN = r"street|st|road|rd|avenue|ave|lane|ln|drive|dr|crescent|grove|terrace|boulevard|blvd|mews|parkway"
# street words that are everyday words too ("1 easy way", "2 close friends"): only after "at", "is",
# "address" ("we're at 4 priory close", "address is 9 mill court")
_CUED_EN = r"way|close|place|pl|court|ct|square|circle|walk|row|hill|gardens|strasse"
_EN_CUE = re.compile(r"\b(?:at|is|address|addy|to|on)[:\s]+$")
# German and Dutch streets are one word ending in the street word: "hauptstraße 12", "goethestr. 7a",
# "dorpsweg 112b"; or an -er adjective before it: "berliner straße 5"
_STREET_SUFFIX = r"strasse|str\.|str|weg|gasse|platz|allee|damm|ufer|chaussee|straat|laan|plein|gracht|kade|singel|dreef|steeg|dijk"
_HOUSE = r"(?P<num>\d{1,5}[a-z]?)(?![\w%€$£°]|[.,:/-]\d)"
_ADDRESSES = (
    re.compile(rf"(?<![\w/.])(?P<type>{_STREET_FIRST})(?:\.\s*|\s+|(?<=/)\s*)"
               rf"(?P<name>(?:[a-z][a-z'’-]*\.?,?\s+){{1,5}}?)(?:(?:n[o°]?|num|numero)\.?\s*)?{_HOUSE}"),
    re.compile(rf"(?<![\w.,/:-])\d{{1,4}}[a-z]?(?:\s*(?:bis|ter))?,?\s+(?P<type>{_NUMBER_FIRST_FR})\.?\s+"
               r"(?P<name>(?:(?:de la|de l'|du|des|de|d'|l')\s*)?[a-z][a-z'’-]+)"),
    re.compile(rf"(?<![\w.,/:-])\d{{1,5}}[a-z]?,?\s+(?P<name>(?:[a-z][a-z'’-]+\s+){{1,3}}?)(?P<type>{_NUMBER_FIRST_EN}|{_CUED_EN})\b\.?"),
    re.compile(rf"(?<![\w-])(?P<name>[a-z]{{2,}}?|[a-z]{{3,}}er\s+)(?P<type>{_STREET_SUFFIX})\s*,?\s*{_HOUSE}"),
)
# words that make the words around a street word no name: function words and verbs of the seven
# languages, units and counted things ("5 minutes down the road", "la plaza tiene 3 bancos")
_NOT_IN_A_STREET_NAME = frozenset("""
    the a an my your our his her their this that these those to of in on at for with and or but from by is are
    was were be been it me you we they up down out over off new old big more most very really just so too only all
    some any no not next last first here there around near about left right way back one two three via route
    hour hours minute minutes min mins mile miles km day days week weeks month months year years time times
    different same other separate whole
    en el los las un una con por para sin es esta estan hay tiene tienen son era mi tu su que y o muy mas ya
    em um uma com sem e tem sao foi meu minha seu sua nao ja
    et ou avec pour sans est sont il elle mon ma ton ta son sa les une pas tres plus
    und oder mit fur ohne ist sind hat mein meine dein deine sein seine nicht sehr noch schon auf bei im am
    con per senza e il lo gli ha ho sono c'e mio mia tuo tua suo sua non molto piu gia
    en met voor zonder is zijn heeft mijn jouw zijn haar niet heel nog al op bij
""".split()) | frozenset(_STREET_FIRST.replace("/", "").split("|")) | frozenset(_NUMBER_FIRST_EN.split("|"))
_PARTICLES = frozenset("de del la las los el da das do dos di della delle dei degli dello d' l' du des".split())
_UNIT_AFTER = re.compile(r"\s*(?:min|mins|minutes?|minut[eio]s?|minuten|h|hrs?|hours?|horas?|ore|uur|stunden?|"
                         r"heures?|secs?|seconds?|days?|dias?|giorni|giorno|jours?|tage?n?|dagen|dag|weeks?|semanas?|"
                         r"settimane|semaines?|wochen|weken|months?|meses|mesi|mois|monate|maanden|years?|anos|anni|"
                         r"ans|jahren?|jaar|km|kms|m|mi|miles?|metres|meters|metros|metri|kg|g|euros?|eur|dollars?|"
                         r"times|veces|vezes|volte|fois|mal|keer|x|people|personas|pessoas|persone|personnes|leute|"
                         r"mensen|pm|am|uhr|stops?|paradas?|fermate|arrets?|haltes?)\b")
# after the house number of a street named first: the end of the address (punctuation, the end, a
# floor, a door, a postcode, a time or a place word), not a counted thing ("plaza mayor 2 niños")
_AFTER_THE_HOUSE = re.compile(r"\s*(?:$|[^\w\s]|\d|(?:a|al|alle|as|at|um|ab|om|in|en|em|na|no|nel|nella|im|bei|op|"
                              r"te|piso|planta|puerta|bajo|apt|apto|apartamento|andar|interno|int|scala|etage|"
                              r"und|y|e|et|and|tercero|segundo|primero|cp|bus|bte|esquina|angolo|ecke|hoek)\b)")
# Round 9c: the word for "at" before an hour, last in what would be the street's name: "in piazza
# navona alle 8", "plaza mayor a las 9", "praça da sé às 7", "rue x vers 9", "am markt um 8", "op de dam om 8"
_AT_A_TIME = frozenset("alle ore verso las hacia sobre às as vers um gegen ab om tegen rond".split())
# before the number: "the top 3 high street shops", "about 2 miles", "only 1 main road"
_COUNTED_BEFORE = re.compile(r"\b(?:top|the|my|our|your|his|her|their|these|those|all|only|about|around|over|under|"
                             r"nearly|almost|like|every|each|first|last|next|past|another|other|some|los|las|les|"
                             r"die|de|het|le|la|i|gli|le|os|as|unos|unas|uns|umas|des)\s+$")
# streets that are not addresses: German and Dutch compounds in -weg and -platz of everyday speech
_NOT_A_STREET = frozenset("umweg ausweg heimweg ruckweg hinweg vorweg durchweg fussweg radweg onderweg snelweg "
                          "parkplatz arbeitsplatz sitzplatz stellplatz spielplatz tabellenplatz zeltplatz "
                          "campingplatz startplatz stehplatz".split())
_NOT_AN_ER_NAME = frozenset("wieder immer unser euer weiter leider hinter unter uber sicher aber oder".split())
# Italian "via" is English "via" too ("sent via email 2 days ago"): a street only where a
# sentence or a clause starts, or after an Italian or Portuguese word that leads to a place
_ANY_DIGIT = re.compile(r"\d")
_VIA_AFTER = re.compile(r"(?:^|[,;:.!?(]\s*|\b(?:in|a|da|di|e|casa|mia|sto|abito|vivo|indirizzo|na|em|moro|"
                        r"to|at|from|naar|nach|auf|à|para|pour|en|op|aan|address|adres|adresse|dirección|direccion)\s+)$")
# (round 9b: "to via Roma 48", "naar via Roma", "à via Roma": a street in Italy in another language's
# sentence; "to" before "via" is no English route)


def address(text):
    """Street addresses with a house number written casually, in the seven languages and in lower
    case: "avenida de la constitución 22", "av. paulista 1578", "45 avenue jean jaurès",
    "hauptstraße 12", "goethestr. 7a", "piazza garibaldi 3", "dorpsweg 112b", "12 oak road".
    A street word needs a name and a house number: "42nd street", "route 66", "a via 2", "rue 5
    minutes away", times, prices and counted things ("5 minutes down the road", "la plaza tiene
    3 bancos") are clean. The span is the street and its number."""
    if not _ANY_DIGIT.search(text):
        return  # the hint is the street words alone (with a digit too it cost RE2 many states)
    view, offsets = uniform(text)
    for kind, regex in enumerate(_ADDRESSES):
        for m in itertools.islice(regex.finditer(view), _MOST_TRIED):
            street, name = m.group("type"), m.group("name")
            words = [w.strip(".,") for w in name.split()]
            if kind == 3:
                if name.strip() in _NOT_AN_ER_NAME or (name + street) in _NOT_A_STREET or street == "str" and \
                        not view.startswith(" ", m.end("type")):
                    continue
            elif any(w in _NOT_IN_A_STREET_NAME and w not in _PARTICLES for w in words) \
                    or all(w in _PARTICLES for w in words):
                continue  # no name, or words that name nothing
            if kind == 1 and street in ("place", "route") and not re.match(r"(?:de|du|des|d'|l')\b", name):
                continue
            if kind == 0 and words and words[-1] in _AT_A_TIME and int(m.group("num").rstrip("abcdefghijklmnopqrstuvwxyz")) <= 24:
                continue  # "ci vediamo in piazza navona alle 8", "treffen am platz um 9": a time
            if (kind == 0 or kind == 3 and "," in view[m.end("type"):m.start("num")]) \
                    and not _AFTER_THE_HOUSE.match(view, m.end()):
                continue  # (round 10: "naar Kinderdijk, 19 molens": a place, then a number of things)
            if kind == 0 and street == "via" and not _VIA_AFTER.search(view, max(0, m.start() - 12), m.start()):
                continue
            if kind == 2 and re.fullmatch(_CUED_EN, street) and not _EN_CUE.search(view, max(0, m.start() - 10), m.start()):
                continue
            if kind in (1, 2) and _COUNTED_BEFORE.search(view, max(0, m.start() - 12), m.start()):
                continue
            if "num" in m.groupdict() and _UNIT_AFTER.match(view, m.end()):
                continue
            yield offsets[m.start()], offsets[m.end() - 1] + 1


# Round 9: Unicode's small capitals (ᴅɪꜱᴄᴏʀᴅ, ɢᴍᴀɪʟ), from its character names: a word written in
# them wakes the handle and e-mail detectors, which read it folded (the words of their hints are ASCII)
_SMALL_CAPITALS = "[" + "".join(f"\\x{{{cp:x}}}" for cp in range(0x250, 0x20000)
                                if unicodedata.name(chr(cp), "").startswith("LATIN LETTER SMALL CAPITAL")) + "]"


# Round 9b: the places of a station, an airport, a building or a venue that take a number and a floor
# like a street ("Gate 12, second floor", "Gleis 4, 1. OG", "Sala 3, primo piano"): no street
_NUMBERED_PLACES = frozenset("""
    gate platform room hall terminal building block level section row seat table bay pier track stand wing ward
    unit suite office floor stage lab studio zone area door
    zimmer raum saal halle gleis bahnsteig haus geb[aä]ude stockwerk b[uü]ro
    sala aula puerta and[eé]n v[ií]a plataforma edificio planta habitaci[oó]n despacho mesa
    porta port[aã]o pr[eé]dio quarto gabinete
    salle quai voie porte b[aâ]timent bureau chambre
    binario stanza ufficio edificio padiglione
    perron spoor zaal lokaal kamer gebouw hal vleugel
    cafe café bar pub restaurant hotel hostel station club bistro kneipe gasthaus bahnhof estaci[oó]n esta[cç][aã]o
    gare stazione kino cinema bioscoop museum museo mus[eé]e
    montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende abend morgen anfang ende tag jahr
    januar februar m[aä]rz april mai juni juli august september oktober november dezember sommer winter
    monday tuesday wednesday thursday friday saturday sunday
""".split())
_NUMBERED_PLACE = re.compile(rf"(?:{'|'.join(sorted(_NUMBERED_PLACES))})", re.I)
_STREET_NAME_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def valid_bare_street(s):
    """Validator: the street of `street_address_bare` is no numbered place of a station, an airport
    or a building (a gate, a platform, a room, a hall); that of `street_address_de_am` no day, month
    or time ("Am Montag 4, Dienstag 5")."""
    return not any(_NUMBERED_PLACE.fullmatch(w) for w in _STREET_NAME_WORDS.findall(s.split(",")[0]))


# The engine runs these only where their raw text may hold what they look for (RE2, in the one
# pass of the engine's set): a platform word, and a school, class or work word. Only the words:
# with the rest of what the detectors read ("a platform, `.*`, a digit or a capital inside a word",
# "a school word, `.*`, a capitalised first and last name"), Unicode's letter classes and `.*`
# multiplied the lazy DFA's states of the engine's set, and every text the engine had not seen
# before paid 18 us more to build them (bench: 43,000 -> 28,000 messages a second on new text);
# the detectors read the rest themselves, on the few messages that name a platform or a school.
handle.hint = rf"(?i:\b(?:{_PLATFORM})\b|\bid\s+(?:\w+\s+)?ff\b)|{_SMALL_CAPITALS}{{3}}"  # (round 8: "meu id no ff")
handle.hint += r"|(?i:überall)"  # (round 9b; RE2's \b is ASCII: none before "ü")
person.hint = rf"(?i:\b(?:{_SCHOOL})\b|\b(?:{_GRADE})|\b(?:{_WORK})(?:\b|\s)|\b{_SAINTS})"  # (RE2's \b is ASCII: "bosse à ")
# (round 11: the start of a German or Dutch clause that ends in its verb, "..., die bij de Jumbo in Zwolle
# werkt" (not the verb: "werkt" and "arbeitet" are everyday words, and each text holding one paid the
# person detector), and a capitalised name before a branch's word; a title's places are school,
# workplace or chain words already, or follow "at", "bei", "chez": "Mrs Moss teaches at Oakwood" alone
# is not read, and "teaches" in the hint cost a crafted text of titles 7 ms)
person.hint += r"|(?i:\b(?:die|der|dat)\s+(?:bei|beim|bij)\s)|\p{Lu}\w*[ -](?i:branch|filiale|vestiging|sucursal|succursale)"
# (round 7: a job, a relation or "I work with" that may lead a name, not at the end of a longer word;
# RE2's \b is ASCII, so "(?:^|\PL)" before "ärztin", "caissière", nothing after)
person.hint += rf"|(?i:(?:^|\PL)(?:{_OWN_JOB}|{_RELATION}|{_WORK_WITH}|{_CHAIN}|{_WORKPLACE}|{_ASK_FOR}))"
# (round 9b: a subject, a year of study, a student, a faculty, an office or a student card after a name)
# (the German compounds in -amt, -büro... as the end of a word: "Prüfungsamt"; not "\pL*amt", whose
# states in the lazy DFA of the engine's set cost every long text)
_OFFICE_HINT = "|".join(w for w in _OFFICE.split("|") if not w.startswith(r"\w*"))
person.hint += (rf"|(?i:(?:^|\PL)(?:{_SUBJECT}|{_STUDY_VERB}|{_STUDENT}|{_FACULTY}|{_OFFICE_HINT})(?:\PL|$)|{_SEMESTER}|"
                r"amt|b[uü]ro|sekretariat|abteilung|ausweis|badge|carn[eé]|cart[aã]o|carteirinha|tessera|libretto|kaart|"
                r"studentenpas|student ?(?:card|id)|carte (?:d['’])?[ée]tudiant)")
# a street word of the seven languages (RE2's \b is ASCII: "straße" and "strasse" are matched as
# parts of a word); the everyday ones ("place", "way", "close") only in their own short shape.
# Not "a street word, `.*`, a digit": that multiplied the lazy DFA's states of the engine's set
# and cost a third of the throughput on new text; a digit is checked in `address` instead
_STREET_HINT = _STREET_FIRST.replace("praca", "pra[cç]a").replace("travesia", "traves[ií]a").replace(
    "chaussee", "chauss[eé]e").replace("allee", "all[eé]e").replace(  # the hint reads the raw text, accents and all
    "|rua|", "|r[uú]a|").replace("placa", "pla[cç]a")  # (round 10: Galicia's "Rúa", Catalonia's "Plaça")
address.hint = (r"(?i)\br\.\s|" + rf"(?i)\b(?:{_STREET_HINT}|rue|av|bd|boulevard|all[eé]e|impasse|chemin|quai|{_NUMBER_FIRST_EN})\b"
                r"|\p{Nd}[a-z]?(?:\s*(?:bis|ter))?,?\s+(?:place|route)\s+[dl]"  # "place" and "route" need de/du/l'
                rf"|\b(?:at|is|address|addy|to|on)[:\s]+\p{{Nd}}+[a-z]?,?\s+(?:[a-z'-]+\s+){{1,3}}(?:{_CUED_EN})\b"
                r"|c/|stra(?:ß|ss)e|str\b|weg|gasse|platz|allee|damm|ufer|chauss|straat|laan|plein|gracht|kade|singel|"
                r"dreef|steeg|dijk")


# --- links -----------------------------------------------------------------------------------------

# The top-level domains are the Public Suffix List's ICANN section, from the snapshot the
# `publicsuffixlist` package ships (it never fetches: updating is a new package release).
_PSL = PublicSuffixList(only_icann=True)


@lru_cache(maxsize=4096)
def is_tld(label):
    """Is `label` a real top-level domain (Public Suffix List, ICANN section)?"""
    return _PSL.publicsuffix(label, accept_unknown=False) == label


# Top-level domains that are also the extensions of files people name in chat: a bare
# `main.py`, `notes.md`, `run.sh`, `lib.rs` is a file; with a path, `www.` or a scheme it is a link.
FILE_EXTENSIONS = frozenset("py sh md rs pl pm ps mk ml am in so cc cs sc zip mov rar tf mp".split())
# Round 4b: software named in prose whose name is also a host under a real top-level domain
# (socket.io is a library and its site): without a path, `www.` or a scheme it is the library, by
# policy (technology names are clean). Names under .js, .ts, .rb are never links (no such TLD).
TECH_NAMES = frozenset("socket.io engine.io asp.net vb.net ado.net ml.net".split())
# Where a disguised dot (spaced, bracketed, a comma) makes a bare domain without a path or www.
CLASSIC_TLDS = COMMON_TLDS | frozenset("ly gg to be ee cc ws tk ml ga cf gq top club shop store vip link "
                                       "click icu fun website app dev ai".split())

# Short words a missing space joins into something shaped like a domain: "is.it true?", "up.to you".
_JOINED_WORDS = frozenset("a an and as at be by do go he if in is it me my no of on or so to up us we "
                          "am are was you not but the yes all now how who why what hi hey ok okay lol "
                          "yeah well then too also here there this that".split())
# The second-level labels of country domains (bt.co.uk, ox.ac.uk): not a piece of a dotted word.
_SECOND_LEVEL = frozenset("co com ac or ne go gov org net edu".split())
# A dot in brackets, as a sign or a word in any supported language: example[.]com, example(ponto)com.
_DEFANGED = re.compile(rf"\s*[\[({{<]\s*(?:\.|{_DOTW})\s*[\])}}>]\s*")
_SPACED_DOT = re.compile(r" (?<=[a-z0-9] ) *\. +(?=[a-z])|\.(?<=[a-z0-9]\.) +(?=(?:[a-z]{2,6}) *(?:/|$))")  # (see _ADDRESS)
# A comma for the dot: "example,com". Top-level domains that are also words after a comma in one
# of the languages (Portuguese "com", Dutch "net", Italian "io", "de", "me"...) count with a space
# only where a path follows or a name of five characters or more ends the text (without a space for
# the shortest: "well played, gg"): "café, com leite", "moe, net als jij", "balen, de trein is weg",
# "sure,me too" and "ok,de" are sentences; "hotpics,me", "example, com" and "example,com" are not.
_COMMA = re.compile(r"(?<=[a-z0-9])(?:,(?=(?:com|net|io)\b)|, ?(?=(?:org|info|biz|ly|ru|uk|xyz)\b)"
                    r"|, ?(?=(?:com|net|io|de|me|co|tv|gg)/))"
                    r"|(?<=[a-z0-9]{5})(?:, ?(?=(?:com|net|io)\s*$)|,(?=(?:de|me|co|tv|gg)\s*$))")
# A comma for the dot on other evidence than the top-level domain, in `_comma_host`: the host
# with its label and what follows (a path).
_COMMA_HOST = re.compile(r"(?<![\w.@-])([a-z0-9]+(?:-[a-z0-9]+)*),([a-z]{2,24})(?![\w-])(/)?")
# Words right before a host that point at a place: "go on skinflip,gg", "promos en tienda-flash,es".
_PLACE_CUE = re.compile(r"\b(?:on|at|to|via|visit|visita|visitez|besuche|bezoek|mira|check|op|en|em|sur|auf|su|"
                        r"bij|naar|no|na|code|promo|site|website|link|sito|pagina|seite)\s+$")
# Top-level domains that are also short words of the supported languages (or chat: gg): after a
# comma without a path or a hyphen in the label they stay words ("lo digo en serio,es verdad").
_WORD_TLDS = frozenset("es it is in me de no to be at so us am do go an as by la il se si sa ma ne et au io ai al "
                       "na nu om eu ao id my tv ok".split())
# Round 6: abbreviations of the supported languages that are shaped like a host under a real
# top-level domain (Italian "p.es." per esempio, "sig.na" signorina, "gent.mo" gentilissimo): without
# a path, `www.` or a scheme they are words. So is any one letter before a top-level domain that is
# also a short word, closed by a dot ("n.de.", "p.es."): no site is written with its closing dot.
ABBREVIATIONS = frozenset("p.es sig.na gent.ma gent.mo ill.mo ill.ma pross.mo preg.mo preg.ma egr.io".split())
# Special-use names (RFC 2606, 6761, 7686) are not in the Public Suffix List; with a path, `www.`
# or a scheme they are links all the same ("pillshop.example/order", an .onion shop).
SPECIAL_USE_TLDS = frozenset("example test invalid localhost onion".split())
# A dot spelled in any supported language: "mysite dot com", "regalos-gratis punto es", "loja
# ponto com ponto br", "shop punkt de".
_SPELLED_DOT = re.compile(rf"(?<=[a-z0-9]) +(?:{_DOTW}) +(?=[a-z])")
_SPACED_SLASH = re.compile(r"(?<=[a-z0-9]) +(?:/|slash) +(?=\S)")
# Round 9b: the slash spelled in the other languages ("cenaerasmus punto es barra menu"), only right
# after a top-level domain whose dot was spelled or written ("barra" is also a bar)
_SPELLED_SLASH = re.compile(r"(?:(?<=\.[a-z]{2})|(?<=\.[a-z]{3})) +(?:barra|schragstrich|schuine streep) +(?=[a-z0-9])")
# Labels of letters, digits and hyphens (no backtracking over bounded repeats: a label's length
# and hyphens are not checked, a host is not an address).
_HOST = re.compile(r"(?<![\w@.\-])((?:[a-z0-9][a-z0-9-]*\.)+)([a-z]{2,24}|xn--[a-z0-9-]+)(?![\w\-@]|\.[a-z0-9])(/\S*)?")
_SCHEME_BEFORE = re.compile(r"[a-z]{3,6}:/+\Z")
_SPELLED_IN_HOST = re.compile(rf"\s(?:{_DOTW})\s")
_DISGUISED_IN_HOST = re.compile(r"[\s,\[({<]")


def link(text):
    """Links to any site: a host under a real top-level domain (the Public Suffix List), with or
    without a path, written plainly or with its dots disguised: spaced (`x . ly / y`), bracketed
    or defanged (`example[.]com`, `example(dot)com`), a comma (`example,com`), ideographic or
    fullwidth (`example。com`), or a spelled `dot` (`mysite dot com slash promo`).

    Not links, by class: a file name (`main.py`, `notes.md`: a top-level domain that is also a file
    extension, with no path, `www.` or scheme), a .NET name written in capitals (`ASP.NET`),
    abbreviations (`e.g.`, `Ph.D.`: no single-letter top-level domain exists), a missing space
    between sentences (`tired.How are you`), and a disguised dot without a path or `www.` unless
    the top-level domain is a common one (a spelled `dot` always needs a path or `www.`: "the dot
    com bubble")."""
    view, offsets = uniform(text)  # (the engine calls it only when `link.hint` matches)
    if not view.isascii():  # round 9b: "freeskins·net", "ticketdeals、com" (one character for one)
        view = view.translate(_LINK_DOTS)
    # each disguise only where its character is (most texts have none: a scan each saved)
    if "[" in view or "(" in view or "{" in view or "<" in view:
        view, offsets = rewrite(_DEFANGED, lambda m: (".", [m.group().index(m.group().strip()[0])]), view, offsets)
    if " . " in view:  # y o u t u b e . c o m / w a t c h: a link spelled out character by character
        view, offsets = rewrite(_SPACED_OUT, _spaced_link, view, offsets)
    if ". " in view:
        view, offsets = rewrite(_SPACED_DOT, lambda m: (".", [m.group().index(".")]), view, offsets)
    strong = set()  # commas read as a dot on the evidence of their host: links even without a path
    if "," in view:
        view, offsets = rewrite(_COMMA, lambda m: (".", [0]), view, offsets)
        view, offsets = rewrite(_COMMA_HOST, lambda m: _comma_host(m, offsets, strong, text), view, offsets)
        if view.count(",") >= 2:
            view, offsets = rewrite(_COMMA_CHAIN, lambda m: _comma_chain(m, offsets, strong), view, offsets)
    if _SPELLED_DOT.search(view):
        view, offsets = rewrite(_SPELLED_DOT, lambda m: (".", [len(m.group()) - len(m.group().lstrip())]), view, offsets)
    if " barra " in view or " schragstrich " in view or " schuine streep " in view:
        view, offsets = rewrite(_SPELLED_SLASH, _spelled_slash, view, offsets)
    if " / " in view or " slash " in view:
        view, offsets = rewrite(_SPACED_SLASH, lambda m: ("/", [m.group().index(m.group().strip()[0])]), view, offsets)
    for m in _HOST.finditer(view):
        tld = m.group(2)
        if (is_tld(tld) or tld in SPECIAL_USE_TLDS and _path_or_www(view, m)) \
                and (strong and any(offsets[i] in strong for i in range(m.start(), m.end(2)))
                     or not _bare_but_not_a_link(text, view, offsets, m)):
            # a path holding a phone number (wa.me/34612345678) is the phone pack's, which
            # supersedes spam where they overlap: the link is then its host, and stays spam too
            end = m.end(2) if m.group(3) and _NUMBER_IN_PATH.search(m.group(3)) else m.end()
            yield offsets[m.start()], offsets[end - 1] + 1


# A link to a chat with a phone number: WhatsApp's wa.me/<number> and api.whatsapp.com/send?phone=,
# Telegram's t.me/+<number>, Viber's chat?number=. The number is international without its "+".
_MESSENGER_NUMBER = re.compile(r"(?:\b(?:wa|t|telegram)\.me/\+?|[?&](?:phone|number)=(?:\+|%2b)?)(\d{7,15})(?!\d)")
_NUMBER_IN_PATH = re.compile(r"\d{7}")


def link_phone(text):
    """The phone number in a link to a messenger chat (`wa.me/34612345678`, `t.me/+447911123456`,
    `api.whatsapp.com/send?phone=...`): the policy counts such a link as `phone` and `spam`; the
    `link` detector reports the host, this the number."""
    view, offsets = uniform(text)
    for m in _MESSENGER_NUMBER.finditer(view):
        if _possible_international(m.group(1)):
            yield offsets[m.start(1)], offsets[m.end(1) - 1] + 1


# Round 5: top-level domains of offers that are no word of a supported language (not "club",
# "shop", "info": "my favourite,club is chelsea" is a sentence)
_SHOP_TLDS = frozenset("xyz icu cyou".split())
# Round 8: country domains that are also a word which may close a sentence after a comma: a reply
# ("claramente,no", "obviamente,si"), a pronoun or a particle ("entonces,me", "allora,ma")
_ANSWER_TLDS = frozenset("no si ok me my us ma se so to am an as at by do go in is il la al au et eu ao om na nu "
                         "id tv ya ja da ne re".split())


# Round 9b: a middle dot, a bullet or a dot operator is a dot a reader sees in a host ("freeskins·net"),
# and the ideographic comma a comma ("ticketdeals、com"): for links only (a phone's "612·345·678" stays
# grouped by a separator of its own)
_LINK_DOTS = str.maketrans({"\u00b7": ".", "\u2022": ".", "\u2219": ".", "\u2027": ".", "\u30fb": ".", "\u3001": ","})


def _spelled_slash(m):
    """'/' for a slash spelled after a host's top-level domain, where the name before its dot is five
    characters or more or its domain no word ("cenaerasmus punto es barra menu"; "el punto es barra
    libre" is a bar)."""
    view = m.string
    dot = view.rfind(".", 0, m.start())
    name = re.search(r"[a-z0-9-]*$", view[:dot]).group()
    if len(name) < 5 and view[dot + 1:m.start()] in _WORD_TLDS:
        return None
    return "/", [m.group().index(m.group().strip()[0])]


def _comma_host(m, offsets, strong, text):
    """'.' for the comma of `label,tld` where the host shows it is one: a path follows
    (`shein-cadeau,fr/offre`), the label is hyphenated (`tienda-flash,es`; before a top-level
    domain that is also a word, only where the host ends the text or a word pointing at a place
    comes before it), or such a word comes right before a long label and a top-level domain that
    is no word (`go on skinflip,gg`). "yes,no", "ok,de", "en serio,es verdad", "a well-known,it
    seems" stay prose."""
    label, tld, path = m.groups()
    if not is_tld(tld) or len(label) < 2:
        return None
    view = m.string
    cue = _PLACE_CUE.search(view, max(0, m.start() - 12), m.start())
    word = tld in _WORD_TLDS  # "a well-known,it seems": a word after a compound, unless the host ends the text
    ends = not view[m.end():].strip(" .!?")
    # round 9b: a fullwidth or small comma between a name of four letters or more and a real
    # top-level domain ("interrail，eu"): no one types one by mistake in Latin text
    typed = text[offsets[m.start(2) - 1]] in "，﹐、" and len(label) >= 4
    if not (path or typed or "-" in label and (not word or cue or ends)
            or len(label) >= 4 and not word and cue
            # round 5: a long name with a word domain after a place word, ending the text ("check
            # snelgeld,be"), or a domain of offers that is no word ("gewinne,xyz heute")
            or len(label) >= 6 and cue and ends
            or len(label) >= 5 and tld in _SHOP_TLDS
            # round 8: a host alone after a long name, the only comma without a space, a country's
            # domain that is no answer word ("entradasbaratas,es", "winiphone,nl"; "si,claro",
            # "en,fr,de", "ciao,come,va" and "claramente,no" stay prose)
            or len(label) >= 8 and len(tld) == 2 and ends and tld not in _ANSWER_TLDS
            and view.count(",") - view.count(", ") == 1):
        return None
    comma = m.start(2) - 1
    strong.add(offsets[comma])
    return view[m.start():comma] + "." + view[comma + 1:m.end()]


# Round 7: a host of three labels and more with commas for all its dots, no space anywhere:
# "comune,bari,it", "shop,example,co,uk" (a list has spaces, or no real domain at its end, or only
# short items: "yes,no,maybe", "en,fr,de").
_COMMA_CHAIN = re.compile(r"(?<![\w.@,-])[a-z0-9][a-z0-9-]*(?:,[a-z0-9][a-z0-9-]*)+,([a-z]{2,24})(?![\w-]|,\w)")


def _comma_chain(m, offsets, strong):
    """'.' for the commas of `label,label,tld` where the last label is a common top-level domain
    and one label is four characters or more; one that is also a word ("it", "no", "es") only after a
    word pointing at a place ("ciao,come,va", "si,claro,no" stay prose)."""
    labels = m.group().split(",")
    tld = labels[-1]
    if tld not in CLASSIC_TLDS or max(map(len, labels[:-1])) < 4 or min(map(len, labels)) < 2 \
            or tld in _WORD_TLDS and not _PLACE_CUE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # a domain that is also a word only after a place word: "su comune,bari,it"
    for i, c in enumerate(m.group()):
        if c == ",":
            strong.add(offsets[m.start() + i])
    return m.group().replace(",", ".")


def _path_or_www(view, m):
    a = m.start()
    return m.group(3) is not None or m.group(1).startswith("www.") or bool(_SCHEME_BEFORE.search(view, max(0, a - 12), a))


def _spaced_link(m):
    """The characters of a spaced-out run that holds a dot between letters, joined."""
    kept = _spaced_out(m)
    return kept if kept and "." in m.group().strip(". ") else None


def _spelled_host(view, m):
    """A host with a spelled dot and no path or `www.` that shows it is one all the same, as a comma
    does in `_comma_host`: a hyphenated name (`regalos-gratis punto es`; before a top-level domain
    that is also a word, only where the host ends the text or a word pointing at a place comes
    before it), a country's second level (`loja ponto com ponto br`), or such a word before a name
    of four characters or more and a common top-level domain that is no word (`go to mysite dot
    com`). "the dot com bubble", "my point is", "el punto de venta" stay prose."""
    labels, tld = m.group(1), m.group(2)
    name = labels.split(".")[0]
    cue = _PLACE_CUE.search(view, max(0, m.start() - 12), m.start())
    word = tld in _WORD_TLDS
    return bool("-" in name and (not word or cue or not view[m.end():].strip(" .!?"))
                or labels.count(".") >= 2 and labels.split(".")[-2] in _SECOND_LEVEL
                # "no mundo ponto com", "en la era punto com": "in" before a noun, the dot-com world
                or cue and (cue.group().split()[0] not in ("no", "na", "em", "en") or len(name) >= 7)
                # (round 5: after "en"/"no" a long name is a shop: "ofertas en superventas punto com")
                and len(name) >= 4 and not word and tld in CLASSIC_TLDS
                # round 7: a long name after a place word, with a domain that is also a word closing
                # the phrase ("offerte su affaricasa dot it, guardate", "mira en superofertas punto es")
                or cue and len(name) >= 6 and word and len(tld) == 2 and labels.count(".") == 1
                and bool(_PHRASE_END.match(view, m.end()))
                # round 11: a long glued name before a spelled "com" or "org", whatever comes before it
                # ("recetasdelaabuela punto com", "mi blog es cocinaconana punto com"): no word of the
                # languages is nine letters long before "dot com" ("the dot com era", "no mundo ponto com")
                # ("las telecomunicaciones punto com": a noun after an article is a word, not a name)
                or len(name) >= 9 and labels.count(".") == 1 and tld in _GLUED_NAME_TLDS
                and not _ARTICLE_BEFORE.search(view, max(0, m.start() - 8), m.start()))
_GLUED_NAME_TLDS = frozenset(("com", "org"))
_ARTICLE_BEFORE = re.compile(r"\b(?:the|el|la|los|las|lo|le|les|l'|o|os|a|as|der|die|das|den|il|gli|i|de|het|een|an|un|una|une)"
                             r"\s+$")


# Round 9: an invitation to look at, visit, join or sign something earlier in the sentence, in the
# seven languages ("lol look citydeals DOT shop", "sign the petition elmroad(dot)social")
_INVITED_TO = re.compile(r"\b(?:look|see|check|visit|go|join|sign|click|follow|try|register|vote|mira|entra|visita|"
                         r"firma|vota|regarde|rejoins|rejoignez|signe[sz]?|votez|schau|besuch|stimm|unterschreib|"
                         r"guarda|vai|olha|acesse|acessa|assina|kijk|bezoek|teken|stem)\w*\b[^.!?\n]{0,40}$")
_CAPITAL_DOT = re.compile(rf"\s(?:{_DOTW.upper()})\s")


def _invited_host(view, m, written):
    """A bare host with a disguised dot (bracketed, spelled) under any real top-level domain that is
    no word, named after an invitation ("look citydeals DOT shop", "sign elmroad(dot)social"), or with
    the dot spelled in capitals between small letters ("citydeals DOT shop"): a link, as a common
    top-level domain makes one. "look at the dot com bubble", "see my point is" stay prose."""
    labels, tld = m.group(1), m.group(2)
    name = labels.split(".")[0]
    if len(name) < 5 or tld in _WORD_TLDS or tld in FILE_EXTENSIONS or not _DISGUISED_IN_HOST.search(written):
        return False
    return bool(_CAPITAL_DOT.search(written) and not written.isupper()
                or _INVITED_TO.search(view, max(0, m.start() - 60), m.start()))


def _bare_but_not_a_link(text, view, offsets, m):
    """A host without a path, `www.` or a scheme that is something else, by class (see `link`)."""
    labels, tld, path = m.groups()
    a = m.start()
    if path is not None or labels.startswith("www.") or _SCHEME_BEFORE.search(view, max(0, a - 12), a):
        return False
    written = text[offsets[a]:offsets[m.end(2) - 1] + 1]
    if _invited_host(view, m, written):
        return False
    host = written.lower()  # as written
    raw_tld = text[offsets[m.start(2)]:offsets[m.end(2) - 1] + 1]
    one_name = labels.count(".") == 1
    return bool(
        _SPELLED_IN_HOST.search(host) and not _spelled_host(view, m)  # "the dot com bubble", "my point is"
        or (len(labels) == 2 or _DISGUISED_IN_HOST.search(host)) and tld not in CLASSIC_TLDS  # "a.b", "end . new"
        or one_name and tld in FILE_EXTENSIONS  # main.py
        or one_name and raw_tld[:1].isupper() and raw_tld[1:].islower()  # "tired.How are you"
        or raw_tld == "NET"  # ASP.NET
        or one_name and host in TECH_NAMES  # socket.io in prose (round 4b)
        or one_name and (host in ABBREVIATIONS  # p.es., sig.na (round 6)
                         or len(labels) == 2 and tld in _WORD_TLDS and view.startswith(".", m.end(2)))
        # f.u.ck, wa.nk.er, co.c.k.su.ck.er: a word cut into pieces of one or two letters; bt.co.uk is a host
        or (labels.count(".") >= 2 and len(tld) <= 3 and max(map(len, labels.split("."))) <= 2
            and labels.split(".")[-2] not in _SECOND_LEVEL)
        # ... or four pieces and more with one of three letters among them (ar.sch.lo.ch; ftp.cs.mit.edu
        # has three such pieces, cs.ox.ac.uk a country's second level: hosts)
        or (labels.count(".") >= 3 and len(tld) <= 3 and max(map(len, labels.split("."))) <= 3
            and sum(len(p) == 3 for p in labels.split(".") + [tld]) <= 1 and labels.split(".")[-2] not in _SECOND_LEVEL)
        or one_name and labels[:-1] in _JOINED_WORDS and (tld in _JOINED_WORDS or tld not in CLASSIC_TLDS)  # is.it
        # round 10: a name before "on" a platform is a handle there, whatever it ends like ("camille.live on
        # snapchat", "noor.x op snap"), unless it ends like a site (com, net, org...)
        or one_name and tld not in _SITE_TLDS and _ON_A_PLATFORM.match(view, m.end(2)) is not None)
_SITE_TLDS = frozenset("com net org edu gov io co".split())
_ON_A_PLATFORM = re.compile(rf"\s+(?:on|op|en|no|na|em|sur|auf|bei|su|in)\s+(?:{_PLATFORM})\b")


# --- scams and solicitation, not warnings about them ------------------------------------------------

# (round 9b: a decimal point is no end: "pay 1.99, pretty sure it's a scam" is one sentence)
_SENTENCE_END = re.compile(r"[!?\n]|\.(?!\d)|(?<!\d)\.")
# A warning word after one of these is the spammer's own reassurance: "no scam", "not a scam",
# "100% legit, not fake", "this isn't a scam".
_NEGATED = re.compile(r"(?:\bno|\bnot|\bzero|\bnothing|n'?t|\bnever)\s+(?:a\s+|an\s+|the\s+)?$")
# ... and in the other supported languages ("nunca compres seguidores", "ne jamais acheter", "niemals
# Follower kaufen", "mai comprare", "nooit volgers kopen", "evita", "não compre"). The words that
# only mean "never" or "avoid" may have one word between ("never ever buy", "nunca compres
# seguidores baratos"); a plain "no"/"not" must come right before: Portuguese "no" is also "in the"
# ("no privado vendo seguidores"), Italian "ne" is "of them" ("ne vendo mille").
_DONT_BEFORE = re.compile(r"(?:\b(?:never|don'?t|do\s+not|avoid|stop|quit|won'?t|can'?t|shouldn'?t|nobody|no\s+one|"
                          r"nunca|jamas|jamais|niemals|nie|mai|nooit|evita|evite|evitez|vermeide|evitare|vermijd)"
                          r"\s+(?:[a-z']+\s+)?|\b(?:not|no|nao|non|nicht|niet|kein|keine|geen)\s+)$")


# Round 9b: a warning word right after a verb of selling, inside the hit, is what is sold ("selling my
# fake student ID template", "vendo nep Gucci tassen"), not a warning
_SOLD_BEFORE = re.compile(r"\b(?:sell|sells|selling|vendo|vende|vends|verkaufe|verkoop|verkopen|vendesi|cedo)\s+"
                          r"(?:(?:my|our|some|cheap|a|an|mi|mis|unos|meu|meus|uns|mes|des|un|une|meine|mijn|een|i|il|"
                          r"le|delle|dei)\s+)*$")


# Round 10: "fake" before the goods of a forger is what is sold ("fake id cards and licences for sale,
# whatsapp ..."), not a warning; "watch out for fake passports" still warns by its other word
_FAKE_GOODS = re.compile(r"(?:fake|nep)[\s-]+(?:ids?|id\s+cards?|documents?|passports?|(?:driving\s+)?licen[cs]es?|"
                         r"diplomas?|degrees?|certificates?|banknotes|notes|bills|money|paspoorten|rijbewijzen|"
                         r"diploma's|biljetten)\b")


# A wage told about oneself or someone ("I earn 200€ a day as a nurse", "my job pays 300 a week, text
# me later", "gano 150 al día"): a subject (or a first person's earning verb, where the pronoun is
# left out) right before the hit in its clause, with no can/will/let between ("I can show you how
# to earn...", "I'll pay you..." stay offers). Only the rules a pack names in `told`.
_TOLD_BEFORE = re.compile(r"\b(?:i|we|he|she|they|my|his|her|our|their|je|ich|er|sie|wir|mein|meine|ik|hij|zij|wij|"
                          r"mijn|yo|eu|meu|minha|io|mio|mia|gano|cobro|ganho|recebo|guadagno|prendo)(?:\s+(?!can\b|could\b|will\b|ll\b|let\b|help|show|"
                          r"teach)[a-z']+){0,3}\s*$")
# ... unless the sentence goes on like a scam: home or online work, or how to do it
_SCAM_TAIL = re.compile(r"\b(?:from\s+home|online|on\s+line|learn\s+how|ask\s+me\s+how|how\s+i\s+do\s+it|method|"
                        r"desde\s+casa|em\s+casa|de\s+casa|depuis\s+chez|en\s+ligne|von\s+zu\s?hause|da\s+casa|"
                        r"vanuit\s+huis|thuis|crypto|bitcoin|forex|trading)\b")


# Round 9b: a price stated, not offered: a verb of being or costing in the hit or before it in its
# clause ("the piano lessons are 30€ per hour here", "las clases cuestan 20€/h", "Nachhilfe kostet 15€
# pro Stunde"). Only the rules a pack names in `stated` (an offer's own words have none: "guitar
# lessons, 20€ per lesson").
_STATED = re.compile(r"\b(?:are|is|was|were|costs?|costed|charges?|charged|pays?|paid|paying|pagamos|pague|paguei|"
                     r"pagu[eé]|paye|bezahl\w*|pagat[oi]|betaal\w*|son|eran?|cuestan?|costaban?|cobra\w*|"
                     r"sao|custam?|custava\w*|sont|etaient|coutent|coute|coutaient|sind|ist|war|waren|kostet|kosten|"
                     r"kosteten|sono|erano|costano|costa|costavano|zijn|kost|kostte|kostten|"
                     # round 10: a price paid is told too ("I bought 2 tickets, 150€ each, text me if you come")
                     r"bought|purchased|comprei|compramos|comprado|comprada|compraste|achete|achetes|achetee|"
                     r"achetees|gekauft|kaufte|kauften|comprato|comprata|comprati|comprate|gekocht|kocht|kochten)\b")
_SUM = re.compile(r"(\d[\d.,]*)(\s?(?:k|mil)\b)?")
# Round 11: the sender's own thing right after the verb ("I do my nails at home, text me if you want
# tips", "hago mis uñas en casa"): a thing done for oneself, no service offered, where the hit names
# no price (a price makes it an offer again: "I make my own candles, 10€ each, dm me"). Only the rules
# a pack names in `own`.
_DIGIT = re.compile(r"\d")
_OWN_THING = re.compile(r"(?:\S+\s+){1,2}?(?:my|own|mis|mi|meus|meu|minhas|minha|mes|mon|ma|meine[nm]?|mein|"
                        r"i\s+miei|le\s+mie|il\s+mio|la\s+mia|mijn|m'n)\s")


def _more_back(hit):
    """Does the last sum of `hit` exceed its first ("send 50 ... 500 back": yes; "20 ... 20": no)?"""
    sums = [float(re.sub(r"[.,](?=\d{3}\b)|[.,]$", "", m.group(1)).replace(",", ".") or 0) * (1000 if m.group(2) else 1)
            for m in _SUM.finditer(hit)]
    return len(sums) >= 2 and sums[-1] > sums[0]


# How many of Solicitation's rules go into one RE2 set (PatternMatcher `split`): one set of round 10's
# ~110 rules outgrew RE2's memory on the labelled sets' texts (~300 µs a text, seen or not); sets of
# 32 read them in ~12 µs, sets of 16 in ~14 (docs/performance.md "Round 10 speed")
RULES_A_SET = 32


# Up to how long a text Solicitation runs the rules its anchors name one by one (a rule's own DFA
# keeps its states where the sets' outgrow their memory on text in other languages: the labelled
# sets' texts cost half, the bench's new messages 0.45, seen text the same); a longer text runs the
# sets, as before round 11 (the 2,000-character message names 48 rules: 0.4-0.6 ms one by one,
# 0.02-0.1 ms as the sets, and its anchors' automaton pass alone 0.03-0.13 ms on the crafted cases).
# docs/performance.md, "Round 11 speed".
ALONE_CHARS = 300


class Solicitation:
    """Scams and solicitation: `patterns` (rule id -> RE2 regex, run on the folded text, the hit
    named by its id), except in a sentence that warns about them or reports them, which the policy
    counts as clean: a sentence with a word of `warnings` ("watch out for the earn-money-from-home
    scams", "another crypto giveaway fraud in the news"), or a hit right after a "never", "don't"
    or "avoid" ("never buy followers"). A warning word after a negation ("no scam", "not a scam",
    "100% legit, not fake") is the spammer's reassurance and warns of nothing."""

    def __init__(self, patterns=None, warnings=(), terms=None, told=(), hint=None, multiplied=(), stated=(), own=()):
        if not isinstance(patterns, dict) or not patterns or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in patterns.items()):
            raise ValueError("patterns must be a mapping of rule ids to regular expressions")
        # `terms`: named pieces of regex (the ways to say "write me" or "cheap" in seven languages)
        # that patterns use as <<name>>, so that one list serves every pattern that needs it
        if terms is not None:
            if not isinstance(terms, dict) or not all(
                    isinstance(k, str) and re.fullmatch(r"[a-z_]+", k) and isinstance(v, str) for k, v in terms.items()):
                raise ValueError("terms must be a mapping of names ([a-z_]+) to regular expressions")
            if not isinstance(hint, str) or not hint:
                raise ValueError("terms need a hint: a regex that every text their patterns match holds")
            unknown = {n for v in [*patterns.values(), hint] for n in re.findall(r"<<(\w+)>>", v)} - set(terms)
            if unknown:
                raise ValueError(f"patterns use unknown terms: {', '.join(sorted(unknown))}")

            def expand(regex):
                # a term may use another, which may use another (round 10: to any depth up to eight;
                # three left `contact_for_price` unexpanded inside `reach`, a literal that never matched)
                for _ in range(8):
                    if "<<" not in regex:
                        break
                    regex = re.sub(r"<<(\w+)>>", lambda m: f"(?:{terms[m.group(1)]})", regex)
                return regex
            with_terms = {rule for rule, regex in patterns.items() if "<<" in regex}
            patterns = {rule: expand(regex) for rule, regex in patterns.items()}
            hint = expand(hint)
        else:
            with_terms = set()
        if not isinstance(warnings, (list, tuple)) or not all(isinstance(w, str) and w.strip() for w in warnings):
            raise ValueError("warnings must be a list of words or phrases")
        if not isinstance(told, (list, tuple)) or not set(told) <= set(patterns):
            raise ValueError("told must be a list of the patterns' rule ids")
        self.told = frozenset(told)
        if not isinstance(multiplied, (list, tuple)) or not set(multiplied) <= set(patterns):
            raise ValueError("multiplied must be a list of the patterns' rule ids")
        self.multiplied = frozenset(multiplied)
        if not isinstance(stated, (list, tuple)) or not set(stated) <= set(patterns):
            raise ValueError("stated must be a list of the patterns' rule ids")
        self.stated = frozenset(stated)
        if not isinstance(own, (list, tuple)) or not set(own) <= set(patterns):
            raise ValueError("own must be a list of the patterns' rule ids")
        self.own = frozenset(own)
        compiled = []
        # a rule whose regex has a group named `hit` reports that group's span alone: "write to X at
        # gmail, get rich in 30 days" is spam for its wording and email for the address between, which
        # a hit over the address would lose (the email pack supersedes spam where they overlap)
        self._hit_groups = {}
        for rule, regex in patterns.items():
            try:
                compiled.append((0, rule, re2.compile(regex, RE2_OPTIONS)))
            except re2.error as e:
                raise ValueError(f"patterns.{rule}: RE2 cannot compile: {e}") from None
            if "hit" in compiled[-1][2].groupindex:
                self._hit_groups[rule] = compiled[-1][2]
        # (four sets: one set of ~75 long rules cost ~150 us a text in other languages, seen or not;
        # docs/performance.md, "Round 10 speed")
        self.rules = PatternMatcher(compiled, split=-(-len(compiled) // RULES_A_SET))
        # Which rules can match a text, in one pass: each rule's anchors (the words it cannot match
        # without, read off its regex: anchors.py) in an automaton, each word naming the rules that
        # need it. The pack's `hint` (below) wakes the detector on the raw text, and any letter
        # outside ASCII wakes it too; here the folded view decides which rules run: most texts
        # woken hold the words of a few (round 11; docs/performance.md "Round 11 speed").
        self._anchored, self._unanchored = ahocorasick.Automaton(), []
        needs = {}
        for k, (_, _, regex) in enumerate(compiled):
            words = anchors(regex.pattern, space_is=" ")  # \s on the folded view is a space
            if words is None:
                self._unanchored.append(k)
            for word in words or ():
                needs.setdefault(word, set()).add(k)
        for word, rules in needs.items():
            self._anchored.add_word(word, frozenset(rules))
        if needs:
            self._anchored.make_automaton()
        phrases = sorted((r"\s+".join(map(re.escape, w.lower().split())) for w in warnings), key=len, reverse=True)
        self.warnings = re.compile(rf"\b(?:{'|'.join(phrases)})\b") if phrases else None
        # The phrases' first words in one automaton: a sentence without one needs no search for a
        # phrase (Python's re tries every phrase at every word: ~6 us a sentence, asked per hit).
        self._first_words = ahocorasick.Automaton()
        for w in warnings:
            self._first_words.add_word(w.lower().split()[0], True)
        self._first_words.make_automaton()
        # the patterns themselves (case-insensitive on the raw text, as on plain ASCII the folded
        # view is its lower case), or a character outside ASCII that folding may change: not the
        # emoji, variation selectors and skin tones most chat that is not ASCII holds
        # The patterns built of terms put only the pack's `hint` there: their pieces joined by
        # counted gaps, all in one RE2 set with every other pack's, would make its lazy DFA build
        # (and throw away) states for every text, seen or not.
        self.hint = "(?i)" + "|".join(f"(?:{regex})".replace("(?P<hit>", "(?:")
                                      for rule, regex in patterns.items() if rule not in with_terms) + \
            (f"|(?:{hint})" if with_terms else "") + r"|[^\x00-\x7f\x{2600}-\x{27bf}\x{fe0f}\x{1f000}-\x{1faff}]"

    @classmethod
    def configure(cls, **options):
        """The detector for a pack's options (a pack always gives them: there are no defaults)."""
        return cls(**options)

    def __call__(self, text):
        view = folded(text, False)[0]
        hits = self.match(view)
        if hits:
            offsets = folded(text)[1]
            for _, rule, a, b, _ in hits:
                if not self._warned(view, a, b) and not (rule in self.told and self._told(view, a, b)) \
                        and not (rule in self.multiplied and not _more_back(view[a:b])) \
                        and not (rule in self.stated and self._stated(view, a, b)) \
                        and not (rule in self.own and _OWN_THING.match(view, a) and not _DIGIT.search(view, a, b)):
                    if rule in self._hit_groups:
                        a, b = self._hit_span(rule, view, a, b)
                    yield original_span(text, offsets, a, b) + (rule,)

    def match(self, view):
        """The rules' hits on the folded view (`PatternMatcher.match`'s), run only for the rules
        whose anchors it holds, one search each (a long text: the sets, every rule)."""
        if len(view) > ALONE_CHARS:
            return self.rules.match(view)[0]  # (a long text holds "for " and "do" hundreds of times)
        rules = set(self._unanchored)
        if self._anchored.kind:
            for _, needed in self._anchored.iter(view):
                rules |= needed
        if not rules:
            return []
        return self.rules.match_some(view, sorted(rules))

    def _hit_span(self, rule, view, a, b):
        regex = self._hit_groups[rule]
        m = regex.search(view, a)
        if m is None or m.start() != a:
            return a, b
        ga, gb = m.span(regex.groupindex["hit"])
        return (ga, gb) if 0 <= ga < gb else (a, b)

    @staticmethod
    def _stated(view, a, b):
        """A verb of being or costing in the hit or before it in its clause (at most 60 characters)."""
        start = max((m.end() for m in _SENTENCE_END.finditer(view, max(0, a - 60), a)), default=max(0, a - 60))
        return bool(_STATED.search(view, start, b))

    @staticmethod
    def _told(view, a, b):
        start = max((m.end() for m in _SENTENCE_END.finditer(view, max(0, a - 80), a)), default=max(0, a - 80))
        end = _SENTENCE_END.search(view, b, b + 200)
        return bool(_TOLD_BEFORE.search(view, start, a)) and not _SCAM_TAIL.search(
            view, a, end.start() if end else min(len(view), b + 200))

    def _warned(self, view, a, b):
        start = max((m.end() for m in _SENTENCE_END.finditer(view, max(0, a - 200), a)), default=max(0, a - 200))
        if _DONT_BEFORE.search(view, start, a):
            return True
        end = _SENTENCE_END.search(view, b, b + 200)
        end = end.start() if end else min(len(view), b + 200)
        if self.warnings is None or next(self._first_words.iter(view, start, end), None) is None:
            return False
        return any(not _NEGATED.search(view, max(start, m.start() - 16), m.start())
                   and not (a <= m.start() < b and _SOLD_BEFORE.search(view, max(a, m.start() - 30), m.start()))
                   and m.start() != a  # (round 9b: the hit's own first word, "gesperrt! rufen Sie ... an")
                   and not _FAKE_GOODS.match(view, m.start())  # (round 10: "fake ids for sale" sells them)
                   for m in self.warnings.finditer(view, start, end))



# --- flooding ------------------------------------------------------------------------------------

_PICTOGRAPHIC = ("\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2\u25aa-\u27bf"
                 "\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\U0001F000-\U0001F1E5\U0001F200-\U0001F3FA"
                 "\U0001F400-\U0001FAFF")
_MODIFIERS = "\ufe0f\U0001F3FB-\U0001F3FF"
_EMOJI = re.compile(rf"[\U0001F1E6-\U0001F1FF]{{2}}|[{_PICTOGRAPHIC}][{_MODIFIERS}]*"
                    rf"(?:\u200d[{_PICTOGRAPHIC}][{_MODIFIERS}]*)*")
_WORD = re.compile(r"\w{2,}")
_NONSPACE = re.compile(r"\S+")
# What makes one emoji of several code points: skin tones, U+FE0F, the zero-width joiner, flags.
_EMOJI_JOINERS = re.compile(f"[{_MODIFIERS}\u200d\U0001F1E6-\U0001F1FF]")


@lru_cache(maxsize=32)
def _char_runs(char):
    return re.compile(rf"(\S)\1{{{char - 1},}}")


@lru_cache(maxsize=32)
def _unit_runs(unit_max, unit_span):
    """A unit of 2 to unit_max characters repeated back to back over unit_span characters."""
    return re.compile("|".join(rf"(?P<u{k}>.{{{k}}})(?P=u{k}){{{-(-unit_span // k) - 1}}}"
                               for k in range(2, unit_max + 1)), re.S)


def _may_repeat_units(text, unit_max, unit_span):
    """False only when `text` holds no unit of 2 to unit_max characters repeated back to back over
    unit_span characters, found in C: such a run has a period k that divides P = lcm(2..unit_max)
    (12 by default), so over at least unit_span - P characters each equals the one P further on.
    Equal characters are zero bytes of the text XOR itself shifted by P (four bytes a character in
    UTF-32), and a run of them is a substring search. Texts where unit_span - P < 1: always True."""
    period = math.lcm(*range(2, unit_max + 1))
    need = unit_span - period
    if need < 1:
        return True
    width = 1 if text.isascii() else 4
    encoded = text.encode("ascii" if width == 1 else "utf-32-be", errors="surrogatepass")
    shift = period * width
    if len(encoded) < shift + need * width:
        return False
    size = len(encoded) - shift
    same = int.from_bytes(encoded[:size], "big") ^ int.from_bytes(encoded[shift:], "big")
    return bytes(need * width) in same.to_bytes(size, "big")


class Flood:
    """Flooding inside one message: a character `char`+ times in a row (rule `flood:char`), a unit
    of 2 to `unit_max` characters (its spaces not counted: "gg ez ") repeated to `unit_span`+
    characters (`flood:unit`), the same word
    (2+ letters) `word`+ times anywhere (`flood:word`), `emoji`+ emoji (`flood:emoji`). Letters
    compare case-insensitively; an option set to 0 turns its check off.

    `configure` returns four (check, hint) parts so that each can be skipped cheaply: character
    runs behind an RE2 hint (one alternative per character: RE2 has no backreferences), units
    without a space behind "a token of unit_span characters", units with a space and words behind
    a count of repeated tokens, emoji behind "`emoji` characters that are not ASCII"."""

    def __init__(self, char=10, unit_max=4, unit_span=24, word=8, emoji=15, phrase_max=12):
        for name, value in (("char", char), ("unit_max", unit_max), ("unit_span", unit_span), ("word", word),
                            ("emoji", emoji), ("phrase_max", phrase_max)):
            if not isinstance(value, int) or isinstance(value, bool) or value < (2 if name == "unit_max" else 0):
                raise ValueError(f"{name} must be a whole number{' of at least 2' if name == 'unit_max' else ''}")
        self.char, self.unit_max, self.unit_span, self.word, self.emoji = char, unit_max, unit_span, word, emoji
        self.phrase_max = phrase_max
        # repeated_tokens runs on every message: its two gates, computed once
        self._spaces = min(5, word - 1 if word else 5)  # fewer spaces: fewer than six tokens
        self._repeats = min(4 if unit_span else 1 << 30, word // 2 if word else 1 << 30)

    def configure(self, **options):
        flood = Flood(**options)
        chars = [re.escape(chr(c)) for c in range(33, 127)] + [r"[^\x00-\x7f]"]
        runs_hint = "(?i)" + "|".join(f"{c}{{{flood.char}}}" for c in chars)
        parts = [(flood.char, flood.repeated_chars, runs_hint),
                 (flood.unit_span, flood.long_units, rf"\S{{{flood.unit_span}}}"),
                 (flood.unit_span or flood.word, flood.repeated_tokens, None),
                 (flood.emoji, flood.many_emoji, rf"(?s)[^\x00-\x7f](?:.*?[^\x00-\x7f]){{{max(flood.emoji - 1, 0)}}}")]
        return [(fn, hint) for on, fn, hint in parts if on]

    def __call__(self, text):
        yield from self.repeated_chars(text)
        yield from self.long_units(text)
        yield from self.repeated_tokens(text)
        yield from self.many_emoji(text)

    def repeated_chars(self, text):
        if self.char and len(text) >= self.char:
            found = [(m.start(), m.end(), "flood:char") for m in _char_runs(self.char).finditer(_lower(text))]
            return found + self._emoji_runs(text) if not text.isascii() and _EMOJI_JOINERS.search(text) else found
        return ()

    def _emoji_runs(self, text):
        """The same emoji `char` times in a row where it is written with several code points (a skin
        tone, U+FE0F, a flag, a ZWJ sequence: 👍🏽, ❤️, 🇪🇸): one character to a reader, so a run of it
        is a run of one character (the code-point runs above find the rest)."""
        found, last, start, end, count = [], None, 0, 0, 0
        for m in _EMOJI.finditer(text):
            if m.group() == last and m.start() == end:
                count += 1
            else:
                if count >= self.char and len(last) > 1:
                    found.append((start, end, "flood:char"))
                last, start, count = m.group(), m.start(), 1
            end = m.end()
        if count >= self.char and len(last) > 1:
            found.append((start, end, "flood:char"))
        return found

    def long_units(self, text):
        """Units without a space: inside one token of unit_span+ characters."""
        if self.unit_span and len(text) >= self.unit_span:
            return list(self._units(_lower(text), lambda unit: " " not in unit))
        return ()

    def repeated_tokens(self, text):
        """Units with a space ("lol lol lol ...", six or more tokens of at most two kinds, so four
        repeats at least) and words repeated `word` times: both need repeated tokens."""
        phrases = self.unit_span and self.phrase_max > self.unit_max and len(text) >= self.unit_span
        if text.count(" ") < (3 if phrases else self._spaces):
            return ()  # fewer than four tokens (six without phrases): no unit run with spaces, no `word` repeats
        tokens = text.lower().split()
        repeats = len(tokens) - len(set(tokens))
        if repeats < (3 if phrases else self._repeats):
            return ()  # the usual message: too few repeated tokens for any check
        found = list(self._phrases(text)) if phrases else []
        if self.unit_span and repeats >= 4 and len(text) >= self.unit_span:
            # round 8: a unit's spaces are not its length ("gg ez " is a unit of four letters, like
            # "lol "): up to two spaces more, each run still unit_span characters with them (round 11:
            # one run, not two, where the phrases read it too)
            found += [hit for hit in self._units(_lower(text), lambda unit: " " in unit and len(unit) - unit.count(" ")
                                                 <= self.unit_max, self.unit_max + 2)
                      if not any(a < hit[1] and hit[0] < b for a, b, _ in found)]
        if self.word and repeats >= self.word // 2:
            found += self._words(_lower(text))
        return found

    def _phrases(self, text):
        """Round 11: a word and its punctuation longer than `unit_max` ("hello?", "vamos!", "why??": one
        token of up to `phrase_max` characters) four times or more back to back, over `unit_span`
        characters ("hello? hello? hello? hello?" is 27: the policy's "short unit"). Shorter words stay
        `_units`' ("nope nope nope nope nope", 24 characters without a last space, is clean, as the
        blind sets label such runs), and so do units of several words (letters besides spaces up to
        `unit_max`: "gg ez"; "go team" four times is a chant, not a flood, round 8). Tokens are
        compared, so a run costs a comparison a token, not a regex at every character."""
        tokens = [(m.group().lower(), m.start(), m.end()) for m in _NONSPACE.finditer(text)]
        i = 0
        while i < len(tokens):
            word = tokens[i][0]
            times = 1
            while i + times < len(tokens) and tokens[i + times][0] == word:
                times += 1
            end = tokens[i + times - 1][2]
            if times >= 4 and self.unit_max < len(word) <= self.phrase_max and end - tokens[i][1] >= self.unit_span:
                yield tokens[i][1], end, "flood:unit"
            i += times

    def _units(self, lowered, wanted, unit_max=None):
        unit_max = unit_max or self.unit_max
        if not _may_repeat_units(lowered, unit_max, self.unit_span):
            return  # no run of any unit: the regex below tries three alternatives at every character
        end = 0
        for m in _unit_runs(unit_max, self.unit_span).finditer(lowered):
            unit = m.group(m.lastgroup)
            if m.start() < end or unit.isspace() or len(set(unit)) == 1 or not wanted(unit):
                continue  # inside the last run, blank, one character (that is flood:char), the other part's
            end = m.end()
            while lowered.startswith(unit, end):
                end += len(unit)
            yield m.start(), end, "flood:unit"

    def _words(self, lowered):
        seen = {}  # word -> [count, start of the first, end of the last]: one pass, however many words repeat
        for m in _WORD.finditer(lowered):
            found = seen.get(m.group())
            if found is None:
                seen[m.group()] = [1, m.start(), m.end()]
            else:
                found[0] += 1
                found[2] = m.end()
        for n, start, end in seen.values():
            if n >= self.word:
                yield start, end, "flood:word"

    def many_emoji(self, text):
        if self.emoji and not text.isascii():
            found = [m.span() for m in _EMOJI.finditer(text)]
            if len(found) >= self.emoji:
                yield found[0][0], found[-1][1], "flood:emoji"


flood = Flood()


def _lower(text):
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text  # keep the offsets


# Cheap RE2 tests of the raw text: the engine runs a detector only when its hint matches (all the
# hints go into the same RE2 set as the raw patterns, so together they cost one pass). RE2's
# \p{Nd} is every script's decimal digits, \W any dash or space.
# digits that NFKC makes ASCII but that are not \p{Nd}: enclosed (①), superscript (¹) and subscript (₁)
_ENCLOSED = r"\x{2460}-\x{249b}\x{24ea}-\x{24ff}\x{2776}-\x{2793}\x{b2}\x{b3}\x{b9}\x{2070}\x{2074}-\x{2079}\x{2080}-\x{2089}"
# a sign, or a bracketed "at" (its letters may be accented or look-alikes: "(ät)", "（ａｔ）")
email.hint = (rf"(?is)[@＠﹫]"
              # round 9b: an at drawn as a circled or bracketed a, bracketed chez, or accented before a word host
              rf"|[\pL\pN.]\s?[ⓐⒶ⒜]|[(\[{{]\s*(?:a|chez)\s*[)\]}}]|\s[aàáâãäåāа][tт]\s+(?:{_WORD_HOSTS})\b"
              rf"|[^\pL\pN\s]\s*(?:{_AT}|[^\x00-\x7f]t|a[^\x00-\x7f]|[^\x00-\x7f]{{2}})\s*[^\pL\pN\s]"
              # "at", then a spelled dot or a dot between letters
              rf"|\b(?:{_AT})\b.*(?:\b(?:{_DOTW})\b|[\pL\pN](?:[.。．｡﹒,]|\s+[.。．｡﹒]\s+)[\pL\pN])"
              rf"|\b(?:{_HOSTS})\b"  # a mail host named ("jim at gmail", "gmail: jim.k")
              rf"|\b(?:{_AT})\s+(?:{_WORD_HOSTS})\b"  # "max.meier at web"
              rf"|\b(?:{_WORD_HOSTS})\b[^.!?\n@:]{{0,40}}[a-z]{{2}}[a-z0-9]*\.[a-z0-9]"  # "sapo ainda, rita.m"
              rf"|\b(?:{_WORD_HOSTS})(?:\.[a-z]{{2,3}})*\s*[:=>→·\-‐‑‒–—―−]"  # "sapo: rita.lx"
              rf"|[._+\-\d][\pL\pN]*,?\s+(?:{_PREPS})\s+(?:{_WORD_HOSTS})\b"  # "rafa.costa no sapo", "rita.lx, no sapo"
              # "mail: julien chez orange"
              rf"|(?:mail|correo|courriel|posta)\s*(?:is|es|est|ist|e|:|=)?\s*\pL+,?\s+(?:{_PREPS})\s+(?:{_WORD_HOSTS})\b"
              rf"|\b(?:{_WORD_HOSTS}|{_BRANDS}|hot|g|y)[ -]?mail\b"  # "kpn mail"
              rf"|(?-i:{_QUICK_GLUED.pattern})"  # glued: jimATgmail, JIMatGMAIL, pedroARROBAgmail
              rf"|[a-z0-9](?:{_LONG_AT})[a-z0-9]"  # pedroarrobagmail
              rf"|[a-z0-9]at(?:{_HOSTS}|{_WORD_HOSTS})(?:{_DOTW})"  # harveyatgmaildotcom
              rf"|{_SMALL_CAPITALS}{{3}}"  # round 9: a whole address in small capitals
              r"|[\x{ff21}-\x{ff3a}\x{ff41}-\x{ff5a}\x{1d400}-\x{1d6a5}]{3}")  # round 10: fullwidth, bold, script...
_HINT_PAIR = (r"\b(?:(?:ein|zwei|drei|vier|f(?:ü|ue|u)nf|sechs|sieben|acht|neun|een|twee|drie|vijf|zes|zeven|negen)"
              r"(?:und|[eë]n))?(?:twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|veint[ei]|treinta|cuarenta|"
              r"cincuenta|sesenta|setenta|ochenta|noventa|vinte|trinta|quarenta|cinquenta|sessenta|oitenta|vent|trent|"
              r"quarant|cinquant|sessant|settant|ottant|novant|zwanzig|drei(?:ß|ss)ig|vierzig|f(?:ü|ue|u)nfzig|"
              r"sechzig|siebzig|achtzig|neunzig|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|"
              r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|diez|once|doce|"
              r"trece|catorce|quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|dez|onze|doze|treze|quatorze|"
              r"dez[ae]sseis|dez[ae]ssete|dezoito|dez[ae]nove|dieci|undici|dodici|tredici|quattordici|quindici|"
              r"sedici|diciassette|diciotto|diciannove|zehn|elf|zw(?:ö|oe|o)lf|dreizehn|vierzehn|f(?:ü|ue|u)nfzehn|"
              r"sechzehn|siebzehn|achtzehn|neunzehn|tien|twaalf|dertien|veertien|vijftien|zestien|zeventien|"
              r"achttien|negentien)[a-zé]*")
# (round 10: the hundreds with the tens glued after them, "trecentoquaranta", are a number word too)
_HINT_NUMBER = rf"[\p{{Nd}}]|z[eé]ro|c[eé]ro|{_WORDS_ALTERNATION}|{_HINT_PAIR}|\b(?:y|e|et|und)\b|(?:cento|hundert|honderd)[a-z]*"
Phone.hint = (rf"(?i)(?:(?:[\p{{Nd}}{_ENCLOSED}]|{'|'.join(_TIMES)}|z[eé]ro|c[eé]ro|{_WORDS_ALTERNATION}"
              r"|f(?:ü|ue)nf|tr[eêè]s|s[eé]is|s[ée]pt|d[eé]ux"
              r"|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|et"
              r"|hundred|cents?|(?:hundert|honderd|cento)[a-z]*)[\W_]*){7}"
              r"|[\p{Nd}][\W_]*[oli|][\W_]*[\p{Nd}]|[oli|][\W_]*[\p{Nd}][\W_]*[\p{Nd}]"  # or an O/l typed among digits
              r"|[\p{Nd}][oli|]{3}|[oli|]{3}[\p{Nd}]"  # round 8: or one digit among O and l ("9lOOO-lOlO")
              # round 4b: a number read in pairs in any language (each pair word is two digits, so a
              # pair word and three more number words are enough)
              rf"|(?:{_HINT_PAIR})(?:[\W_]*(?:{_HINT_NUMBER})){{3}}|(?:(?:{_HINT_NUMBER})[\W_]*){{3}}(?:{_HINT_PAIR})")
card.hint = r"\p{Nd}(?:[^\pL\p{Nd}]{0,3}\p{Nd}){12}"
iban.hint = r"(?i)\b[a-z]{2}[^\pL\p{Nd}]?\p{Nd}{2}[^\pL\p{Nd}]?[a-z0-9]{4}"  # (GB-89-LOYD-...)
ip.hint = r"\p{Nd}{1,3}(?:[.．]|\[\.\]|\(\.\)|\[dot\]|\(dot\))\p{Nd}{1,3}(?:[.．]|\[|\()|:[0-9A-Fa-f]{0,4}:"
ip.hint += r"|(?i:\bip\b)"  # (round 9b: the word "IP" before an address spaced out or with commas)
# A dot between letters, spaced on both sides, bracketed or spelled; a comma before a common TLD;
# "example. com/x".
# A dot spelled in a language other than "dot" only where `_spelled_host` could accept it: a path
# or www., a hyphenated name, a country's second level or a place word before ("my point is" and
# most texts holding "punto" or "point" never reach the detector).
# (No counted repeats and no list of place words here: each multiplies the states RE2's lazy DFA
# builds for every new text.)
_SPELLED_TLDS = "|".join(sorted(CLASSIC_TLDS - _WORD_TLDS))
link.hint = (rf"(?i)[\pL\pN](?:[.。．｡﹒·•∙․‧・]|\s+\.\s+|\s*[\[({{<]\s*(?:\.|{_DOTW})\s*[\])}}>]\s*|\s+dot\s+)\pL"
             rf"|\s(?:{_DOTW})\s+[\pL\pN]+\s*(?:/|slash\b|barra\b|schr[aä]gstrich\b|schuine\s+streep\b|(?:{_DOTW})\s)|\bw\s?w\s?w\s+(?:{_DOTW})\s"
             rf"|[\pL\pN]-[\pL\pN]+\s+(?:{_DOTW})\s+\pL|\s(?:{_DOTW})\s+(?:{_SPELLED_TLDS})\b"
             r"|[,，﹐、]\s?(?:com|net|org|info|biz|io|ly|co|ru|de|uk|xyz|me|tv|gg)\b|\.\s+[a-z]{2,6}\s*(?:/|$)"
             r"|-[\pL\pN]+[,，﹐、][a-z]{2}|[,，﹐、][a-z]{2,24}/|[\pL\pN]{4}[,，﹐、][a-z]{2}"  # label,tld (`_comma_host`)
             r"|\p{Cf}[.。．｡﹒]|[.。．｡﹒]\p{Cf}")  # round 7: s\u200bt\u200br...e\u200b.\u200bl\u200bi\u200bv\u200be

link_phone.hint = r"(?i)\b(?:wa|t|telegram)\.me/\+?\d|[?&](?:phone|number)=(?:\+|%2b)?\d"

DETECTORS = {"email": email, "phone": phone, "card": card, "iban": iban, "ip": ip, "link": link, "flood": flood,
             "link_phone": link_phone,
             "solicitation": Solicitation, "handle": handle, "person": person,
             "address": address}
VALIDATORS = {"luhn": luhn, "iban": valid_iban, "ssn": valid_ssn, "phone": valid_phone, "email": valid_email,
              "ip": valid_ip, "street": valid_bare_street}
