"""Hot reload: build a new engine beside the live one, swap the reference only when it is whole.

Checks never wait and never fail during a reload: `engine` is a plain attribute that always holds
a complete, tested Engine (a reference assignment is atomic), so each message is checked by
exactly one engine version. A broken edit leaves the previous engine serving; the error is kept
in `last_result` and passed to the `on_reload` callbacks (the server logs and audits it).

Nothing in a pack directory can stop the watcher: whatever a reload raises becomes a failed
ReloadResult, and the watch loop logs anything else and keeps polling (`last_check` shows it alive).
"""

import asyncio
import logging
import signal
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .engine import Engine
from .packs import SUFFIXES, RulePackError, pack_files

log = logging.getLogger(__name__)


def load_engine(directory, allow_empty=False, validators=None, detectors=None, extra_keys=()):
    """Load, validate and test the packs of `directory` as the server does.

    Only regular files in the directory are read (`pack_files`). No enabled pack means no moderation
    at all, which an empty or emptied directory must not do by accident: that is an error unless
    `allow_empty` (the `rulepacks.allow_empty` setting) says moderation is off on purpose.

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
    return engine


@dataclass(frozen=True)
class ReloadResult:
    """The outcome of one reload: `version` is the live engine's after it (the old one on error)."""
    ok: bool
    version: str
    error: Exception = None
    at: datetime = None


class RulePackReloader:
    """Holds the live `engine` for `directory` and replaces it when the pack files change.

    The constructor loads the packs once and raises RulePackError if they are broken, or if there
    is no enabled pack and not `allow_empty`: a server must not start without moderation. Later
    failures only keep the old engine.
    """

    def __init__(self, directory, interval=1.0, validators=None, detectors=None, extra_keys=(), allow_empty=False):
        self.directory = Path(directory)
        self.interval = interval
        self._options = {"validators": validators, "detectors": detectors, "extra_keys": extra_keys,
                         "allow_empty": allow_empty}
        self._lock = threading.Lock()  # one build at a time
        self._stamp = self._snapshot()
        self.engine = load_engine(self.directory, **self._options)
        self.last_result = None
        self.last_check = None  # when watch() last looked at the directory
        self.on_reload = []  # callbacks: fn(ReloadResult)
        self._task = None
        self._sighup = False

    def _snapshot(self):
        """What changes when a pack file is saved, added, removed or replaced."""
        try:
            files = sorted(p for p in self.directory.iterdir() if p.suffix in SUFFIXES)
            return tuple((p.name, *_stat(p)) for p in files)
        except OSError as e:
            return (str(e),)

    def _build(self):
        with self._lock:
            stamp = self._snapshot()
            try:
                engine = load_engine(self.directory, **self._options)
            except Exception as e:
                if not isinstance(e, RulePackError):  # a bug, not a pack's mistake: keep its traceback
                    log.exception("rule packs not reloaded: the loader failed")
                    e = RulePackError(f"the loader failed ({type(e).__name__}: {e}); the server log has the "
                                      "details", str(self.directory))
                result = ReloadResult(False, self.engine.version, e, datetime.now(timezone.utc))
                log.error("rule packs not reloaded, version %s stays live:\n%s", self.engine.version, e)
            else:
                self.engine = engine
                result = ReloadResult(True, engine.version, None, datetime.now(timezone.utc))
                log.info("rule packs reloaded: version %s (%s)", engine.version,
                         ", ".join(p.id for p in engine.packs))
            self._stamp = stamp
            self.last_result = result
            return result

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
