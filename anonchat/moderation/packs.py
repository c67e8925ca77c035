"""Read and validate rule-pack files; every mistake is a `RulePackError` naming file and line.

A pack file is parsed with line numbers kept (`_Map.lines`, `_Seq.lines`), checked against the
format of docs/rulepacks.md and turned into a `Pack`: plain values, with its regular expressions
compiled by RE2 and its detectors bound to their options. Matching lives in matcher.py.
"""

import inspect
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import re2
import yaml

from ..safeyaml import BoundedLoader
from .normalize import WILDCARD, fold, normalise

ACTIONS = ("flag", "mask", "block")  # weakest first
SEVERITIES = ("low", "medium", "high")
_ID = re.compile(r"^[a-z0-9_-]+$")
_FLAGS = {"ignorecase": "i", "multiline": "m", "dotall": "s"}
_ON = {"raw": "raw", "folded": "folded", "normalised": "normalised", "normalized": "normalised"}
SUFFIXES = (".yaml", ".yml")
MAX_PACK_BYTES = 1 << 20  # the largest shipped pack is 12 KB
# An error is shown in the console, logged and stored in the audit log: each is one line of at most
# MAX_MESSAGE characters, and a file reports at most MAX_ERRORS of them.
MAX_MESSAGE = 300
MAX_ERRORS = 50
MAX_WINDOW = 100
# key -> (required, expected types, what to say)
_TOP = {
    "id": (True, str, "a string"),
    "category": (True, str, "a string"),
    "version": (True, (int, str), "an integer or a string"),
    "description": (False, str, "a string"),
    "enabled": (False, bool, "true or false"),
    "action": (True, str, "block, mask or flag"),
    "severity": (True, str, "low, medium or high"),
    "supersedes": (False, list, "a list of categories (or category:rule)"),
    "keep": (False, str, 'a string of letters, such as "ñ" or "äöüß"'),
    "words": (False, list, "a list"),
    "allow": (False, list, "a list"),
    "fillers": (False, list, "a list"),
    "contexts": (False, dict, "a mapping of context names"),
    "patterns": (False, list, "a list"),
    "detectors": (False, list, "a list"),
    "tests": (False, dict, "a mapping with match and clean"),
}


class RulePackError(Exception):
    """A pack that cannot be loaded: `file:line: message`, one line per problem.

    `file`, `line` and `message` describe the first problem; `errors` lists every problem as a
    RulePackError of its own (the admin console shows each with a link to its line).
    """

    def __init__(self, message, file=None, line=None, errors=None):
        self.message, self.file, self.line = _clip(_printable(str(message)), MAX_MESSAGE), file, line
        errors = list(errors) if errors else [self]
        if len(errors) > MAX_ERRORS + 1:
            errors = errors[:MAX_ERRORS] + [RulePackError(f"... and {len(errors) - MAX_ERRORS} more problems")]
        self.errors = errors
        super().__init__(str(self))

    @classmethod
    def combine(cls, errors):
        first = errors[0]
        return cls(first.message, first.file, first.line, errors)

    def __str__(self):
        return "\n".join(e.one_line() for e in self.errors)

    def one_line(self):
        where = _printable(":".join(str(p) for p in (self.file, self.line) if p is not None))
        return f"{where}: {self.message}" if where else self.message


def _printable(text):
    """One line: a file name or a message with a newline or a terminal escape in it stays one line."""
    return text if text.isprintable() else "".join(ch if ch.isprintable() else " " for ch in text)


def _clip(text, limit):
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _show(value, limit=60):
    """A value for an error message: a plain value, shortened; anything else only by its kind.

    Nothing is formatted before its type is known: the repr of a list could be any size.
    """
    if isinstance(value, (str, int, float)) or value is None:
        return _clip(repr(value) if not isinstance(value, int) or abs(value) < 10 ** 20 else "a large number",
                     limit)
    return _kind(value)


# --- YAML with line numbers ----------------------------------------------------------------------

class _Map(dict):
    line = None
    lines = None  # key -> line of the key


class _Seq(list):
    line = None
    lines = None  # line of each item


class _Loader(BoundedLoader):
    pass


def _construct_map(loader, node):
    loader.flatten_mapping(node)
    m = _Map()
    m.line, m.lines = node.start_mark.line + 1, {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, bool):  # YAML 1.1 reads the key `on:` as true
            key = key_node.value
        line = key_node.start_mark.line + 1
        if not isinstance(key, (str, int, float, bool)) or key is None:
            raise RulePackError(f"a key must be a plain name, not {_show(key)}", None, line)
        if key in m:
            raise RulePackError(f"duplicate key {_show(key)} (first on line {m.lines[key]})", None, line)
        m[key] = loader.construct_object(value_node, deep=True)
        m.lines[key] = line
    return m


def _construct_seq(loader, node):
    s = _Seq(loader.construct_object(child, deep=True) for child in node.value)
    s.line, s.lines = node.start_mark.line + 1, [child.start_mark.line + 1 for child in node.value]
    return s


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_seq)


def load_yaml(text, file):
    """Parse one pack file; a syntax error becomes a RulePackError at its line."""
    try:
        return yaml.load(text, Loader=_Loader)
    except RulePackError as e:
        raise RulePackError(e.message, file, e.line) from None
    except yaml.MarkedYAMLError as e:
        kind = "YAML syntax error" if isinstance(e, (yaml.scanner.ScannerError, yaml.parser.ParserError)) else "YAML error"
        line, reason = _yaml_error_line(e)
        raise RulePackError(f"{kind}: {reason}", file, line) from None
    except yaml.YAMLError as e:
        raise RulePackError(f"YAML error: {e}", file) from None


# What PyYAML says while it reads a construct that must be closed: an error inside one is usually
# that it was never closed, so the line where it was opened is the one to look at.
_UNCLOSED = ("while parsing a flow", "while scanning a quoted scalar", "while scanning a double-quoted",
             "while scanning a single-quoted")


def _yaml_error_line(e):
    """(line to report, reason) for a PyYAML error: the line where the construct was opened when
    the parser can tell (`context_mark`: "[one, two" never closed) and the error is about one left
    open, else where the parser gave up (`problem_mark`); the reason names both lines."""
    problem = e.problem_mark.line + 1 if e.problem_mark else None
    context = e.context_mark.line + 1 if e.context_mark else None
    if context is None or problem is None or context == problem:
        return problem or context, " ".join(p for p in (e.context, e.problem) if p)
    reason = f"{e.context} opened on line {context}: {e.problem} on line {problem}"
    if (e.context or "").startswith(_UNCLOSED):
        return context, f"{reason} (is it closed?)"
    return problem, reason


# --- the files of a pack directory ----------------------------------------------------------------

def ignored(name):
    """Is `name` a file no load reads? Hidden files: editors keep their lock files (`.#pack.yaml`,
    a link), swap files (`.pack.yaml.swp`) and temporary copies (`.pack.yaml.tmp`) there. Backups
    (`pack.yaml~`, `pack.yaml.bak`) and autosaves (`#pack.yaml#`) do not end in .yaml or .yml."""
    return name.startswith(".")


def pack_files(directory):
    """(paths, errors): the `*.yaml`/`*.yml` regular files directly in `directory` that are not
    `ignored`, sorted, and a RulePackError for each file of that name that may not be loaded.

    A symbolic link is an error, not followed and not skipped. Followed, it lets whoever can write
    the directory make the admin console show any file the server can read (`/etc/shadow`), in the
    pack view and in the lines of a YAML error; skipped with a warning, its rules would be missing
    from moderation while the reload says ok. An error keeps the previous engine and says what to do.
    A FIFO or a device would block the reload forever, and a huge file would fill memory: errors too.
    """
    directory = Path(directory)
    try:
        entries = sorted(p for p in directory.iterdir() if p.suffix in SUFFIXES and not ignored(p.name))
    except (FileNotFoundError, NotADirectoryError):
        raise RulePackError(f"rule-pack directory {directory} does not exist", str(directory)) from None
    except OSError as e:
        raise RulePackError(f"cannot list the rule-pack directory: {e.strerror}", str(directory)) from None
    files, errors = [], []
    for path in entries:
        try:
            problem = _file_problem(os.lstat(path))
        except OSError as e:  # removed since the listing, or unreadable
            problem = f"cannot read: {e.strerror}"
        if problem:
            errors.append(RulePackError(problem, str(path)))
        else:
            files.append(path)
    return files, errors


def _file_problem(st):
    if stat.S_ISLNK(st.st_mode):
        return "a symbolic link is not loaded (it could point outside the pack directory): copy the pack here"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file"
    if st.st_size > MAX_PACK_BYTES:
        return f"{st.st_size} bytes is over the limit of {MAX_PACK_BYTES} bytes for a pack; split it"
    return None


def read_pack_file(path):
    """The text of one pack file for display: never through a link, never more than MAX_PACK_BYTES.

    :raises RulePackError: the file is a link, not a regular file, too large or unreadable.
    """
    try:
        problem = _file_problem(os.lstat(path))
        if problem is None:  # O_NOFOLLOW: a file swapped for a link since lstat is refused too
            with os.fdopen(os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK), "rb") as f:
                problem = _file_problem(os.fstat(f.fileno()))
                if problem is None:
                    return f.read(MAX_PACK_BYTES).decode("utf-8", errors="replace")
    except OSError as e:
        problem = f"cannot read: {e.strerror}"
    raise RulePackError(problem, str(path))


# --- the validated pack ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Word:
    """A word-list or allow-list entry; `key` is its normalised form."""
    term: str
    key: str
    prefix: bool = False
    suffix: bool = False
    context: str | None = None


@dataclass(frozen=True)
class Context:
    name: str
    window: int
    words: tuple
    cues: tuple = ()  # built-in cues (CUES) that satisfy it as a word of it would, message-wide
    unless: str | None = None  # a context whose word near the hit keeps the cues from counting


@dataclass(frozen=True)
class Pattern:
    id: str
    regex: str  # with the flags folded in, as RE2 compiles it
    compiled: object
    on: str = "normalised"
    validate: object = None  # fn(matched_text) -> bool
    validate_name: str | None = None
    context: str | None = None


@dataclass(frozen=True)
class Detector:
    name: str
    fn: object  # fn(text) -> iterable of (start, end) or (start, end, rule)
    hint: str | None = None  # an RE2 regex the raw text must match for `fn` to be worth running


@dataclass(frozen=True)
class Pack:
    id: str
    category: str
    version: object
    description: str
    enabled: bool
    action: str
    severity: str
    path: str
    supersedes: tuple = ()
    keep: str = ""  # letters (lower case, sorted) its word entries do not fold to their base letter
    words: tuple = ()
    allow: tuple = ()
    fillers: tuple = ()  # words a reader skips inside a phrase ("pass the damn joint"), as Words
    contexts: dict = field(default_factory=dict)
    patterns: tuple = ()
    detectors: tuple = ()
    tests_match: tuple = ()  # (message, line)
    tests_clean: tuple = ()
    line: int = 1  # where `tests:` is, for test failures without a line of their own


class _Checker:
    """Collects the problems of one file, each with its line."""

    def __init__(self, file):
        self.file, self.errors, self.dropped = file, [], 0

    def error(self, line, message):
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(RulePackError(message, self.file, line))
        else:
            self.dropped += 1

    def raise_errors(self):
        if self.dropped:
            self.errors.append(RulePackError(f"... and {self.dropped} more problems in this file", self.file))
        if self.errors:
            raise RulePackError.combine(self.errors)

    def typed(self, value, types, line, where, expected):
        if isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
            ok = False
        else:
            ok = isinstance(value, types)
        if not ok:
            self.error(line, f"{where}: expected {expected}, got {_kind(value)}")
        return ok

    def keys(self, mapping, allowed, where, required=()):
        for key in mapping:
            if key not in allowed:
                self.error(mapping.lines[key], f"{where}: unknown key {_show(key)} (expected one of {', '.join(allowed)})")
        for key in required:
            if key not in mapping:
                self.error(mapping.line, f"{where}: missing required key {key!r}")


def _kind(value):
    return {type(None): "nothing", bool: "true/false", int: "a number", float: "a number", str: "a string",
            _Map: "a mapping", _Seq: "a list", dict: "a mapping", list: "a list"}.get(type(value), type(value).__name__)


def _line(container, key, default):
    lines = getattr(container, "lines", None)
    try:
        return lines[key]
    except (TypeError, KeyError, IndexError):
        return default


def _name(c, value, known, line, where, what):
    """`value` if it names one of `known`; otherwise None, and an error (a list is no name either)."""
    if not isinstance(value, str):
        c.error(line, f"{where}: expected a {what} name, got {_kind(value)}")
        return None
    if value not in known:
        c.error(line, f"{where}: unknown {what} {_show(value)} (known: {', '.join(sorted(known)) or 'none defined'})")
        return None
    return value


def _words(c, items, where, contexts, allow_context, keep=""):
    """Word-list or allow-list entries: a string, or {term, prefix, suffix[, context]}. On an allow
    entry, `context` makes the allowance depend on a nearby word (a bitch near "puppies")."""
    out = []
    allowed = ("term", "prefix", "suffix", "context") if allow_context else ("term", "prefix", "suffix")
    for i, item in enumerate(items):
        line, label = _line(items, i, items.line), f"{where}[{i}]"
        if isinstance(item, (str, int, float)) and not isinstance(item, bool):
            item = _Map(term=str(item))
            item.line, item.lines = line, {"term": line}
        if not isinstance(item, dict):
            c.error(line, f"{label}: expected a word or a mapping with term:, got {_kind(item)}")
            continue
        c.keys(item, allowed, label, required=("term",))
        term = item.get("term")
        if "term" in item and not c.typed(term, (str, int, float), line, f"{label}.term", "a word"):
            continue
        if term is None:
            continue
        flags = {}
        for flag in ("prefix", "suffix"):
            flags[flag] = item.get(flag, False)
            c.typed(flags[flag], bool, _line(item, flag, line), f"{label}.{flag}", "true or false")
        context = item.get("context")
        if context is not None and allow_context:
            context = _name(c, context, contexts, _line(item, "context", line), f"{label} ({_show(term)}).context",
                            "context")
        key = normalise(str(term), keep).text
        if not key:
            c.error(line, f"{label}: {_show(term)} has no letters or digits left after normalisation")
            continue
        if WILDCARD in key:
            c.error(line, f"{label}: {_show(term)}: '*' inside a word is read as a mask and cannot be in a term")
            continue
        out.append(Word(str(term), key, flags["prefix"] is True, flags["suffix"] is True, context))
    return tuple(out)


# Built-in context cues (see docs/rulepacks.md#contexts): `contact`, a way to reach someone found by
# another pack (a phone number, an e-mail address, a handle, an IBAN or card, a link); `price`, a
# price by weight or unit ("80 a g", "30 el gramo", "10 € das Gramm", "20 bag", "30 per pil").
CUES = ("contact", "price")


def _contexts(c, data, keep=""):
    out = {}
    for name, spec in data.items():
        line, label = _line(data, name, data.line), f"contexts.{name}"
        if not isinstance(spec, dict):
            c.error(line, f"{label}: expected a mapping with window: and words:, got {_kind(spec)}")
            continue
        c.keys(spec, ("window", "words", "cues", "unless"), label, required=("words",))
        window = spec.get("window", 6)
        if not (c.typed(window, int, _line(spec, "window", line), f"{label}.window", "a number of words")
                and c.typed(spec.get("words", []), list, _line(spec, "words", line), f"{label}.words", "a list")):
            continue
        if window < 1:  # reported; the context stays defined, so its users are not reported too
            c.error(_line(spec, "window", line), f"{label}.window: {window} words would never see a context "
                                                 f"word; expected 1 to {MAX_WINDOW} words")
        elif window > MAX_WINDOW:
            c.error(_line(spec, "window", line), f"{label}.window: expected 1 to {MAX_WINDOW} words, got {window}")
        words = []
        for i, w in enumerate(spec.get("words", [])):
            key = normalise(str(w), keep).text if isinstance(w, (str, int)) and not isinstance(w, bool) else ""
            if not key:
                c.error(_line(spec["words"], i, line), f"{label}.words[{i}]: expected a word, got {_show(w)}")
            else:
                words.append(key)
        cues = spec.get("cues", [])
        if not c.typed(cues, list, _line(spec, "cues", line), f"{label}.cues", "a list"):
            cues = []
        for i, cue in enumerate(cues):
            if cue not in CUES:
                c.error(_line(spec["cues"], i, line), f"{label}.cues[{i}]: unknown cue {_show(cue)} "
                                                     f"(known: {', '.join(CUES)})")
        unless = spec.get("unless")
        if unless is not None and not (isinstance(unless, str) and unless in data and unless != name):
            c.error(_line(spec, "unless", line), f"{label}.unless: expected the name of another context, "
                                                 f"got {_show(unless)}")
            unless = None
        out[str(name)] = Context(str(name), window, tuple(words), tuple(str(q) for q in cues if q in CUES),
                                 unless)
    return out


def _keep(c, value, line):
    """The `keep:` letters as a Pack holds them: lower case, sorted, each once ("" without)."""
    if not isinstance(value, str):
        return ""  # absent, or the wrong type (already reported)
    letters = set()
    for ch in unicodedata.normalize("NFC", value):
        if not ch.isalpha():
            what = "a space" if ch.isspace() else f"{_show(ch)} ({unicodedata.name(ch, 'U+%04X' % ord(ch))})"
            c.error(line, f"keep: expected letters only, got {what} in {_show(value)}; write the letters together, "
                          'as in keep: "ñ" or keep: "äöüß"')
            return ""
        low = ch.lower()
        if len(low) != 1:
            c.error(line, f"keep: {_show(ch)} has no one-letter lower case; list its lower-case letter")
            return ""
        if fold(low) == low:
            c.error(line, f"keep: {_show(ch)} is never folded to another letter: there is nothing to keep")
            return ""
        letters.add(low)
    if not letters:
        c.error(line, 'keep: expected at least one letter, as in keep: "ñ"')
    return "".join(sorted(letters))


def _re2_options(never_capture=False):
    options = re2.Options()
    options.log_errors = False
    options.max_mem = 64 << 20
    options.never_capture = never_capture  # only the whole match is used: groups cost time
    return options


RE2_OPTIONS = _re2_options()
PATTERN_OPTIONS = _re2_options(never_capture=True)


# What RE2 refuses because it would cost backtracking, and what to write instead.
_RE2_ADVICE = (("invalid escape sequence: \\1", "backreferences", "repeat the group, or use a detector"),
               ("invalid escape sequence: \\2", "backreferences", "repeat the group, or use a detector"),
               ("invalid perl operator: (?=", "lookahead", "match the context too, or use context:"),
               ("invalid perl operator: (?!", "negative lookahead", "list the exceptions under allow:"),
               ("invalid perl operator: (?<", "lookbehind", "match the context too, or use context:"))


def _re2_reason(e):
    reason = e.args[0] if e.args else str(e)
    reason = reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)
    for start, what, instead in _RE2_ADVICE:
        if reason.startswith(start):
            return f"{reason} (RE2 has no {what}: it runs in linear time; {instead})"
    return reason


def _patterns(c, items, contexts, validators):
    out, seen = [], {}
    for i, item in enumerate(items):
        line = _line(items, i, items.line)
        if not isinstance(item, dict):
            c.error(line, f"patterns[{i}]: expected a mapping with id: and regex:, got {_kind(item)}")
            continue
        label = f"patterns[{i}] (id={_clip(item['id'], 60)})" if isinstance(item.get("id"), str) else f"patterns[{i}]"
        c.keys(item, ("id", "regex", "on", "validate", "context", "flags"), label, required=("id", "regex"))
        pid, regex = item.get("id"), item.get("regex")
        if pid is None or regex is None:
            continue
        if not (c.typed(pid, str, line, f"{label}.id", "a string")
                and c.typed(regex, str, _line(item, "regex", line), f"{label}.regex", "a string")):
            continue
        if pid in seen:
            c.error(line, f"{label}: duplicate pattern id (first on line {seen[pid]})")
        seen[pid] = line
        on = item.get("on", "normalised")
        if not isinstance(on, str) or on not in _ON:
            c.error(_line(item, "on", line), f"{label}.on: expected raw, folded or normalised, got {_show(on)}")
        flags = item.get("flags", [])
        bad = [f for f in flags if not isinstance(f, str) or f not in _FLAGS] if isinstance(flags, list) else [flags]
        if bad:
            got = f"a list with {_show(bad[0])}" if isinstance(flags, list) else _show(flags)
            c.error(_line(item, "flags", line), f"{label}.flags: expected a list of {', '.join(_FLAGS)}, got {got}")
            flags = []
        validate = item.get("validate")
        if validate is not None:
            _name(c, validate, validators, _line(item, "validate", line), f"{label}.validate", "validator")
        context = item.get("context")
        if context is not None:
            _name(c, context, contexts, _line(item, "context", line), f"{label}.context", "context")
        full = (f"(?{''.join(_FLAGS[f] for f in flags)})" if flags else "") + regex
        try:
            compiled = re2.compile(full, PATTERN_OPTIONS)
        except re2.error as e:
            c.error(_line(item, "regex", line), f"{label}: RE2 cannot compile: {_re2_reason(e)}")
            continue
        out.append(Pattern(pid, full, compiled, _ON.get(on, "normalised") if isinstance(on, str) else "normalised",
                           validators.get(validate) if isinstance(validate, str) else None, validate, context))
    return tuple(out)


def _detectors(c, items, detectors):
    out = []
    for i, item in enumerate(items):
        line = _line(items, i, items.line)
        options = {}
        if isinstance(item, dict) and len(item) == 1:
            (name, options), = item.items()
            options = {} if options is None else options
        else:
            name = item
        if not isinstance(name, str):
            c.error(line, f"detectors[{i}]: expected a detector name or {{name: {{options}}}}, got {_kind(item)}")
            continue
        label = f"detectors[{i}] ({_clip(name, 60)})"
        if name not in detectors:
            c.error(line, f"{label}: unknown detector (known: {', '.join(sorted(detectors))})")
            continue
        if not isinstance(options, dict):
            c.error(line, f"{label}: options must be a mapping, got {_kind(options)}")
            continue
        fn = detectors[name]
        # A detector may prepare itself for its options once (`configure`), possibly as a list of
        # parts, each a callable or (callable, hint); otherwise the options go to every call.
        configure = getattr(fn, "configure", None)
        try:
            if configure is not None:
                parts = configure(**options)
            else:
                inspect.signature(fn).bind("", **options)
                parts = (lambda text, fn=fn, options=options: fn(text, **options)) if options else fn
        except Exception as e:  # whatever a detector's code makes of options of the wrong shape
            c.error(line, f"{label}: bad options: {e}")
            continue
        for part in parts if isinstance(parts, list) else [parts]:
            part, hint = part if isinstance(part, tuple) else (part, getattr(part, "hint", getattr(fn, "hint", None)))
            try:  # bad option values show here, not at the first message
                list(part("ring 555 0100 or mail a@b.example, 192.0.2.1 !!!!!!!!!!!! hahahahahahaha"))
            except Exception as e:
                c.error(line, f"{label}: the detector fails with these options: {type(e).__name__}: {e}")
                break
            if hint is not None:
                try:
                    re2.compile(hint, RE2_OPTIONS)
                except re2.error as e:
                    c.error(line, f"{label}: the detector's hint is not RE2: {_re2_reason(e)}")
                    break
            out.append(Detector(name, part, hint))
    return tuple(out)


def _tests(c, data):
    c.keys(data, ("match", "clean"), "tests")
    out = {}
    for kind in ("match", "clean"):
        items = data.get(kind, [])
        if not c.typed(items, list, _line(data, kind, data.line), f"tests.{kind}", "a list of messages"):
            items = []
        cases = []
        for i, msg in enumerate(items):
            if not isinstance(msg, str):
                c.error(_line(items, i, data.line), f"tests.{kind}[{i}]: expected a message, got {_kind(msg)}")
            else:
                cases.append((msg, _line(items, i, data.line)))
        out[kind] = tuple(cases)
    return out


def parse_pack(text, file, validators, detectors, extra_keys=()):
    """A `Pack` from the text of one file, or a RulePackError listing every problem in it."""
    file = str(file)
    data = load_yaml(text, file)
    c = _Checker(file)
    if not isinstance(data, dict):
        raise RulePackError(f"a rule pack is a mapping (id:, category:, ...), got {_kind(data)}", file, 1)
    allowed = tuple(_TOP) + tuple(extra_keys)
    c.keys(data, allowed, "pack", required=[k for k, (req, _, _) in _TOP.items() if req])
    for key, (_, types, expected) in _TOP.items():
        if key in data:
            c.typed(data[key], types, data.lines[key], key, expected)
    line = data.lines.get
    for key in ("id", "category"):
        value = data.get(key)
        if isinstance(value, str) and not _ID.match(value):
            c.error(line(key), f"{key}: {_show(value)} must be lower-case letters, digits, '_' or '-'")
    if data.get("action") not in ACTIONS and isinstance(data.get("action"), str):
        c.error(line("action"), f"action: expected block, mask or flag, got {_show(data['action'])}")
    if data.get("severity") not in SEVERITIES and isinstance(data.get("severity"), str):
        c.error(line("severity"), f"severity: expected low, medium or high, got {_show(data['severity'])}")
    supersedes = data.get("supersedes", [])
    if isinstance(supersedes, list) and not all(isinstance(s, str) for s in supersedes):
        c.error(line("supersedes"), "supersedes: expected a list of category names (or category:rule)")
    elif isinstance(supersedes, list) and data.get("category") in [s.split(":")[0] for s in supersedes]:
        c.error(line("supersedes"), f"supersedes: a pack cannot supersede its own category {_show(data['category'])}")

    def section(key, kind):
        value = data.get(key)
        return value if isinstance(value, kind) else kind()

    keep = _keep(c, data.get("keep"), line("keep"))
    contexts = _contexts(c, section("contexts", _Map), keep)
    pack = Pack(
        id=data.get("id"), category=data.get("category"), version=data.get("version"),
        description=data.get("description", ""), enabled=data.get("enabled", True) is True,
        action=data.get("action"), severity=data.get("severity"), path=str(file),
        supersedes=tuple(supersedes) if isinstance(supersedes, list) else (),
        keep=keep,
        words=_words(c, section("words", _Seq), "words", contexts, True, keep),
        allow=_words(c, section("allow", _Seq), "allow", contexts, True, keep),
        fillers=_words(c, section("fillers", _Seq), "fillers", contexts, False, keep),
        contexts=contexts,
        patterns=_patterns(c, section("patterns", _Seq), contexts, validators),
        detectors=_detectors(c, section("detectors", _Seq), detectors),
        line=line("tests", 1),
        **{f"tests_{k}": v for k, v in _tests(c, section("tests", _Map)).items()},
    )
    c.raise_errors()
    return pack
