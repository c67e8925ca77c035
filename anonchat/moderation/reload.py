"""Hot reload: build a new engine beside the live one, swap the reference only when it is whole.

Checks never wait and never fail during a reload: `engine` is a plain attribute that always holds
a complete, tested Engine (a reference assignment is atomic), so each message is checked by
exactly one engine version. A broken edit leaves the previous engine serving; the error is kept
in `last_result` and passed to the `on_reload` callbacks (the server logs and audits it).
"""

import asyncio
import logging
import signal
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .engine import Engine
from .packs import RulePackError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReloadResult:
    """The outcome of one reload: `version` is the live engine's after it (the old one on error)."""
    ok: bool
    version: str
    error: Exception = None
    at: datetime = None


class RulePackReloader:
    """Holds the live `engine` for `directory` and replaces it when the pack files change.

    The constructor loads the packs once and raises RulePackError if they are broken: a server
    must not start without moderation. Later failures only keep the old engine.
    """

    def __init__(self, directory, interval=1.0, validators=None, detectors=None, extra_keys=()):
        self.directory = Path(directory)
        self.interval = interval
        self._options = {"validators": validators, "detectors": detectors, "extra_keys": extra_keys}
        self._lock = threading.Lock()  # one build at a time
        self._stamp = self._snapshot()
        self.engine = Engine.from_directory(self.directory, **self._options)
        self.last_result = None
        self.on_reload = []  # callbacks: fn(ReloadResult)
        self._task = None
        self._sighup = False

    def _snapshot(self):
        """What changes when a pack file is saved, added, removed or replaced."""
        try:
            files = sorted(p for p in self.directory.iterdir() if p.suffix in (".yaml", ".yml"))
            return tuple((p.name, *_stat(p)) for p in files)
        except OSError as e:
            return (str(e),)

    def _build(self):
        with self._lock:
            stamp = self._snapshot()
            try:
                engine = Engine.from_directory(self.directory, **self._options)
            except RulePackError as e:
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
        """Poll the directory every `interval` seconds and reload when a file changed."""
        while True:
            await asyncio.sleep(self.interval)
            if self.changed():
                await self.reload_async()

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
    st = path.stat()
    return st.st_mtime_ns, st.st_size, st.st_ino
