"""Hot reload: build a new engine beside the live one, swap the reference only when it is whole.

Checks never wait and never fail during a reload: `engine` is a plain attribute that always holds
a complete, tested Engine (a reference assignment is atomic), so each message is checked by
exactly one engine version. A broken edit leaves the previous engine serving; the error is kept
in `last_result` and passed to the `on_reload` callbacks (the server logs and audits it).

Nothing in a pack directory can stop the watcher: whatever a reload raises becomes a failed
ReloadResult, and the watch loop logs anything else and keeps polling (`last_check` shows it alive).

A build waits until the directory has stopped changing for `settle` seconds: an editor that saves
in place writes a file in several steps, and a half-written pack can be valid YAML with half its
words. With `apply="manual"` a good build becomes the `candidate` instead of the live engine, and
waits for `apply()` or `discard()` (the console shows what it would change first: `compare`).
"""

import asyncio
import logging
import signal
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .engine import ACTION_RANK, Engine
from .packs import SUFFIXES, RulePackError, ignored, pack_files

APPLY_MODES = ("auto", "manual")
SETTLE_S = 0.25  # unchanged this long, a directory is taken as saved
SETTLE_LIMIT_S = 10.0  # still changing after this, a build gives up until the next change

log = logging.getLogger(__name__)


def load_engine(directory, allow_empty=False, validators=None, detectors=None, extra_keys=()):
    """Load, validate and test the packs of `directory` as the server does.

    Only regular files named *.yaml or *.yml directly in the directory are read (`pack_files`),
    never hidden ones. No enabled pack means no moderation at all, which an empty or emptied
    directory must not do by accident: that is an error unless `allow_empty` (the
    `rulepacks.allow_empty` setting) says moderation is off on purpose, and even then a warning.

    :raises RulePackError: listing every problem, each as `file:line: reason`.
    """
    files, errors = pack_files(directory)
    try:
        engine = Engine.from_files(files, validators, detectors, extra_keys)
    except RulePackError as e:
        errors.extend(e.errors)
    if errors:
        raise RulePackError.combine(errors)
    if not allow_empty and not any(p.enabled for p in engine.packs):
        raise RulePackError(f"no enabled rule pack in {directory}: moderation would be off; add a pack, or set "
                            "rulepacks.allow_empty: true to run without moderation on purpose", str(directory))
    if not any(p.enabled for p in engine.packs):
        log.warning("no enabled rule pack in %s: messages are NOT moderated (rulepacks.allow_empty is true)",
                    directory)
    return engine


@dataclass(frozen=True)
class ReloadResult:
    """The outcome of one reload: `version` is the live engine's after it (the old one on error);
    `candidate` the version of a good build that waits to be applied (`apply="manual"`)."""
    ok: bool
    version: str
    error: Exception | None = None
    at: datetime | None = None
    candidate: str | None = None


@dataclass(eq=False)
class Swap:
    """One engine replacing another: the manual mode's candidate, or the last change applied.
    `preview` is for whoever compares them (the console keeps its `Preview` there)."""
    old: Engine
    new: Engine
    at: datetime
    preview: object = field(default=None, repr=False)


class RulePackReloader:
    """Holds the live `engine` for `directory` and replaces it when the pack files change.

    The constructor loads the packs once and raises RulePackError if they are broken, or if there
    is no enabled pack and not `allow_empty`: a server must not start without moderation. Later
    failures only keep the old engine.

    `apply="manual"`: a good build is kept as `candidate` (a `Swap` from the live engine) until
    `apply()` makes it live or `discard()` drops it; `last_change` is the last `Swap` applied, in
    either mode.
    """

    def __init__(self, directory, interval=1.0, validators=None, detectors=None, extra_keys=(), allow_empty=False,
                 apply="auto", settle=SETTLE_S):
        if apply not in APPLY_MODES:
            raise ValueError(f"apply must be one of {APPLY_MODES}, got {apply!r}")
        self.directory = Path(directory)
        self.interval = interval
        self.apply_mode = apply
        self.settle = settle
        self._options = {"validators": validators, "detectors": detectors, "extra_keys": extra_keys,
                         "allow_empty": allow_empty}
        self._lock = threading.Lock()  # one build (or apply) at a time
        self._stamp = self._settled() or self._snapshot()
        self.engine = load_engine(self.directory, **self._options)
        self.candidate = None
        self.last_change = None
        self.last_result = None
        self.last_check = None  # when watch() last looked at the directory
        self.on_reload = []  # callbacks: fn(ReloadResult)
        self._task = None
        self._sighup = False

    def _snapshot(self):
        """What changes when a pack file is saved, added, removed or replaced."""
        try:
            files = sorted(p for p in self.directory.iterdir() if p.suffix in SUFFIXES and not ignored(p.name))
            return tuple((p.name, *_stat(p)) for p in files)
        except OSError as e:
            return (str(e),)

    def _settled(self):
        """The snapshot once no pack file has changed for `settle` seconds, or None if they were
        still changing after SETTLE_LIMIT_S. An editor that saves in place truncates the file and
        writes it in pieces; reading it between two pieces would load half a pack. (A save by
        rename, as docs/rulepacks.md advises, is whole at once and waits only `settle`.)"""
        stamp = self._snapshot()
        deadline = time.monotonic() + SETTLE_LIMIT_S
        while time.monotonic() < deadline:
            # Files last written longer ago than `settle` need no wait (a start-up, a SIGHUP).
            newest = max((entry[1] for entry in stamp if len(entry) > 1), default=0) / 1e9
            if time.time() - newest > self.settle:
                return stamp
            time.sleep(self.settle)
            again = self._snapshot()
            if again == stamp:
                return stamp
            stamp = again
        return None

    def _build(self):
        with self._lock:
            stamp = self._settled()
            try:
                if stamp is None:
                    raise RulePackError(f"the pack files kept changing for {SETTLE_LIMIT_S:g} s, so none was read; "
                                        "save packs by writing a temporary file and renaming it over the pack",
                                        str(self.directory))
                engine = load_engine(self.directory, **self._options)
            except Exception as e:
                if not isinstance(e, RulePackError):  # a bug, not a pack's mistake: keep its traceback
                    log.exception("rule packs not reloaded: the loader failed")
                    e = RulePackError(f"the loader failed ({type(e).__name__}: {e}); the server log has the "
                                      "details", str(self.directory))
                result = ReloadResult(False, self.engine.version, e, datetime.now(timezone.utc))
                log.error("rule packs not reloaded, version %s stays live:\n%s", self.engine.version, e)
                self.candidate = None  # it no longer is what the files say
            else:
                now = datetime.now(timezone.utc)
                if self.apply_mode == "auto":
                    self._swap(Swap(self.engine, engine, now))
                    result = ReloadResult(True, engine.version, None, now)
                elif engine.version == self.engine.version:  # an edit undone: nothing to apply
                    self.candidate = None
                    result = ReloadResult(True, engine.version, None, now)
                else:
                    self.candidate = Swap(self.engine, engine, now)
                    result = ReloadResult(True, self.engine.version, None, now, candidate=engine.version)
                    log.info("rule packs %s built and tested as a candidate; version %s stays live until it is "
                             "applied (rulepacks.apply: manual)", engine.version, self.engine.version)
            self._stamp = stamp or self._snapshot()
            self.last_result = result
            return result

    def _swap(self, swap):
        self.engine = swap.new
        self.last_change = swap
        log.info("rule packs reloaded: version %s (%s)", swap.new.version, ", ".join(p.id for p in swap.new.packs))

    def apply(self, version):
        """Make the candidate of `version` live; returns the ReloadResult, or None when there is no
        such candidate (discarded, replaced by a newer edit, or applied already)."""
        result = self._apply(version)
        if result is not None:
            self._notify(result)
        return result

    def _apply(self, version):
        with self._lock:
            swap = self.candidate
            if swap is None or swap.new.version != version:
                return None
            self.candidate = None
            swap.old = self.engine  # what it replaces now
            self._swap(swap)
            self.last_result = ReloadResult(True, version, None, datetime.now(timezone.utc))
            return self.last_result

    def discard(self, version):
        """Drop the candidate of `version` (the live engine stays; the files are read again only
        when they change again). True if there was such a candidate."""
        with self._lock:
            if self.candidate is None or self.candidate.new.version != version:
                return False
            self.candidate = None
            log.info("rule-pack candidate %s discarded; version %s stays live", version, self.engine.version)
            return True

    async def apply_async(self, version):
        """`apply` for the event loop: a build in progress holds the lock, so wait for it on a
        worker thread; the callbacks run on the loop."""
        result = await asyncio.get_running_loop().run_in_executor(None, self._apply, version)
        if result is not None:
            self._notify(result)
        return result

    async def discard_async(self, version):
        return await asyncio.get_running_loop().run_in_executor(None, self.discard, version)

    async def follow(self, command):
        """Apply or discard as another node of a cluster did (`{"action": "apply"|"discard",
        "version": …}`). This node built its own candidate from its own copy of the packs; when it
        has none of that version yet (its watcher has not seen the edit), it builds one now."""
        version = command.get("version")
        if command.get("action") == "discard":
            await self.discard_async(version)
            return
        if self.candidate is None or self.candidate.new.version != version:
            await self.reload_async()
        if await self.apply_async(version) is None and self.engine.version != version:
            log.error("rule packs %s were applied on another node, but this node's packs in %s are version %s: "
                      "keep every node's rulepacks.directory identical", version, self.directory,
                      self.candidate.new.version if self.candidate else self.engine.version)

    def _notify(self, result):
        for callback in list(self.on_reload):
            try:
                callback(result)
            except Exception:
                log.exception("on_reload callback %r failed", callback)

    def reload(self):
        """Rebuild now (blocking); returns the ReloadResult after running the callbacks."""
        result = self._build()
        self._notify(result)
        return result

    def changed(self):
        """Have the pack files changed since the last build?"""
        return self._snapshot() != self._stamp

    async def reload_async(self):
        """Rebuild in a worker thread; the callbacks run on the event loop."""
        result = await asyncio.get_running_loop().run_in_executor(None, self._build)
        self._notify(result)
        return result

    async def watch(self):
        """Poll the directory every `interval` seconds and reload when a file changed; never ends
        but by `stop()`."""
        while True:
            await asyncio.sleep(self.interval)
            try:
                if self.changed():
                    await self.reload_async()
            except Exception:
                log.exception("rule-pack watcher: checking %s failed; trying again in %s s", self.directory,
                              self.interval)
            self.last_check = datetime.now(timezone.utc)

    @property
    def watching(self):
        """Is the watch() task running?"""
        return self._task is not None and not self._task.done()

    def start(self):
        """Start `watch()` on the running loop, and reload on SIGHUP where signals are available."""
        loop = asyncio.get_running_loop()
        self._task = loop.create_task(self.watch())
        try:
            loop.add_signal_handler(signal.SIGHUP, lambda: loop.create_task(self.reload_async()))
            self._sighup = True
        except (NotImplementedError, RuntimeError, ValueError, AttributeError):
            pass  # not the main thread, or no SIGHUP on this platform

    def stop(self):
        if self._task is not None:
            self._task.cancel()
            self._task = None
        if self._sighup:
            try:
                asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)
            except RuntimeError:
                pass
            self._sighup = False


def _stat(path):
    st = path.lstat()  # a link is reported, not followed: its own change is what counts
    return st.st_mtime_ns, st.st_size, st.st_ino, st.st_mode


# --- what a swap changes ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Changed:
    """One stored message whose verdict differs between two engines. `kind` is the new action
    when it is stricter (`block`, `mask`, `flag`) or `release` when it is milder; `hits` are the
    hits that explain it (the new engine's for a stricter verdict, the old one's for a release)
    and `rule` the first of them, as `pack: rule`."""
    message: dict
    before: str
    after: str
    kind: str
    rule: str
    hits: tuple


@dataclass(frozen=True)
class Preview:
    """What replacing engine `old` by `new` changes on `checked` stored messages: `changes`, in
    the order of the messages given (newest first, as `queries.recent_messages` returns them)."""
    old: str
    new: str
    checked: int
    changes: tuple

    def by_rule(self):
        """[(rule, [Changed])] with the rules that change most first."""
        groups = {}
        for change in self.changes:
            groups.setdefault(change.rule, []).append(change)
        return sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))

    def counts(self):
        """{kind: number of messages} for block, mask, flag and release, zeros included."""
        counts = dict.fromkeys(("block", "mask", "flag", "release"), 0)
        for change in self.changes:
            counts[change.kind] += 1
        return counts


def compare(old, new, messages):
    """The `Preview` of engine `new` replacing `old` on `messages` (dicts with at least `content`;
    a message whose text was blanked by retention is skipped). Each text is checked by both
    engines, so the figures do not depend on what the server decided when it was sent. A verdict
    changes when its action does (allow, flag, mask, block). Costs two checks a message: run it
    off the event loop."""
    changes, checked = [], 0
    for message in messages:
        text = message.get("content")
        if not text:
            continue
        checked += 1
        before, after = old.check(text), new.check(text)
        if before.action == after.action:
            continue
        stricter = ACTION_RANK[after.action] > ACTION_RANK[before.action]
        deciding, other = (after, before) if stricter else (before, after)
        # The rules that make the difference: the deciding verdict's rules of its action that the
        # other verdict lacks (or all of that action, when the same rule changed its action).
        others = {(h.pack, h.rule) for h in other.hits}
        strongest = [h for h in deciding.hits if h.action == deciding.action]
        hits = tuple(h for h in strongest if (h.pack, h.rule) not in others) or tuple(strongest)
        changes.append(Changed(message, before.action, after.action, after.action if stricter else "release",
                               f"{hits[0].pack}: {hits[0].rule}", hits))
    return Preview(old.version, new.version, checked, tuple(changes))
