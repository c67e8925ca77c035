"""The plugin manager: built-in defaults, installed entry points and configured plugins.

The defaults register through the same path a third party's plugin does, so a plugin replaces one
by implementing the hook (the newest registration is asked first) or the config blocks it by name
in `disabled_plugins`.
"""

import asyncio
import functools
import importlib
import importlib.metadata
import importlib.util
import inspect
import logging
import re
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

import pluggy

from . import __version__, hookspecs

log = logging.getLogger("anonchat.plugins")

ENTRY_POINT_GROUP = "anonchat"

# name -> module. Order matters: pluggy asks the last registered first, so defaults go first.
DEFAULT_PLUGINS = {
    "random_matching": "anonchat.defaults.random_matching",
    "threshold_ban_policy": "anonchat.defaults.threshold_ban_policy",
    "db_audit_sink": "anonchat.defaults.db_audit_sink",
    "retention": "anonchat.retention",
}


class PluginError(Exception):
    """A plugin that cannot be loaded, described in one line naming it."""


def _load_file(path, name):
    spec = importlib.util.spec_from_file_location(f"anonchat_plugin_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _resolve(entry, base_dir):
    """A `plugins:` entry is a module path (`pkg.mod`) or a file (`plugins/x.py`, or `x` for plugins/x.py)."""
    candidates = [Path(entry)] if entry.endswith(".py") else [Path("plugins") / f"{entry}.py"]
    for candidate in candidates:
        path = candidate if candidate.is_absolute() else Path(base_dir) / candidate
        if path.is_file():
            return path.stem, lambda p=path: _load_file(p, p.stem), f"file {path}"
    if entry.endswith(".py"):
        raise PluginError(f"plugin '{entry}': file not found (looked in {Path(base_dir) / entry})")
    return entry.rsplit(".", 1)[-1], lambda: importlib.import_module(entry), f"module {entry}"


def make_plugin_manager(cfg, extra=(), entry_points=True):
    """Build a plugin manager for one application. `extra` are (name, plugin) pairs registered
    last (tests use it to add a throwaway plugin). `entry_points=False` leaves out the plugins
    installed on the machine, so a plugin's own tests run without the others (the pytest plugin's
    `anonchat_entry_points` switch)."""
    pm = pluggy.PluginManager("anonchat")
    pm.add_hookspecs(hookspecs)
    pm.sources = {}
    pm.versions = {}  # name -> version string, or None when nothing says
    pm.plugin_settings = cfg.plugin_settings  # HookRunner hands each plugin its own block
    blocked = set(cfg.disabled_plugins)

    def register(name, load, source, version=None, where=""):
        if name in blocked:
            pm.set_blocked(name)
            return
        try:
            plugin = load()
        except PluginError:
            raise
        except Exception as e:
            raise PluginError(f"{where}plugin '{name}' ({source}) cannot be loaded: {type(e).__name__}: {e}") from None
        loaded = _loaded_as(pm, plugin)
        if loaded is not None:
            # The same code twice (listed in `plugins:` and installed, usually) would run every hook
            # twice: it is registered once, and the operator told so in one line.
            log.warning("%splugin '%s' (%s) is loaded already as '%s' (%s): loaded once; remove it from `plugins:`",
                        where, name, source, loaded, pm.sources.get(loaded, "?"))
            return
        if name in pm.sources:
            raise PluginError(f"{where}plugin '{name}' ({source}): another plugin of that name is loaded "
                              f"({pm.sources[name]}); rename one of them")
        try:
            pm.register(plugin, name=name)
        except ValueError as e:
            raise PluginError(f"{where}plugin '{name}' ({source}): {e}") from None
        pm.sources[name] = source
        pm.versions[name] = version or _version_of(plugin)

    for name, module in DEFAULT_PLUGINS.items():
        register(name, lambda m=module: importlib.import_module(m), "built-in", __version__)
    for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP) if entry_points else ():
        dist = getattr(ep, "dist", None)
        register(ep.name, ep.load, f"entry point from {dist.name if dist else 'an installed package'}",
                 dist.version if dist else None)
    if cfg.base_dir not in sys.path:
        sys.path.append(cfg.base_dir)  # so `plugins.audit_jsonl` style module paths resolve
    for entry in cfg.plugins:
        where = _where(cfg, ("plugins",))
        try:
            name, load, source = _resolve(entry, cfg.base_dir)
        except PluginError as e:
            raise PluginError(f"{where}{e}") from None
        register(name, load, f"config: {source}", where=where)
    for name, plugin in extra:
        register(name, lambda p=plugin: p, "registered by code")
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as e:
        raise PluginError(f"plugin '{pm.get_name(e.plugin)}': {e}") from None
    _check_settings(pm, cfg)
    return pm


def source_file(plugin):
    """The resolved source file of a module (or class) plugin; None for other objects."""
    try:
        return Path(inspect.getfile(plugin)).resolve()
    except (TypeError, OSError):
        return None


def _loaded_as(pm, plugin):
    """The name `plugin` (the same object, or a module from the same file) is registered under."""
    path = source_file(plugin)
    for name, other in pm.list_name_plugin():
        if other is plugin or (path is not None and other is not None and source_file(other) == path):
            return name
    return None


def _version_of(plugin):
    """A plugin's `__version__`, or that of the distribution its top-level package comes from."""
    version = getattr(plugin, "__version__", None)
    if isinstance(version, str):
        return version
    top = getattr(plugin, "__name__", "").split(".")[0]
    for dist in _distributions().get(top, ()) if top else ():
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


@functools.cache
def _distributions():
    # Reads every installed distribution's file list (a tenth of a second): once per process.
    return importlib.metadata.packages_distributions()


def _where(cfg, key_path, message=""):
    """"file:line: " of `key_path` in the configuration file, as core config errors name it ("" for a
    config built in code). With `message`, the line of the key of that block it names first."""
    where = getattr(cfg, "where", None)
    if not getattr(cfg, "path", None) or where is None:
        return ""
    block = cfg.plugin_settings.get(key_path[-1], {}) if key_path[0] == "plugin_settings" else {}
    named = sorted(((m.start(), key) for key in block
                    for m in [re.search(rf"\b{re.escape(str(key))}\b", message)] if m), key=lambda n: n[0])
    return f"{where(key_path + tuple(key for _, key in named[:1]))}: "


def _check_settings(pm, cfg):
    """Fail start-up on a settings block no plugin reads, or one its plugin rejects."""
    names = {name for name, _ in pm.list_name_plugin()}  # blocked plugins included: their settings may stay
    for name in cfg.plugin_settings:
        if name not in names:
            raise PluginError(f"{_where(cfg, ('plugin_settings', name))}plugin_settings.{name}: no plugin named "
                              f"'{name}' is loaded (loaded: {', '.join(sorted(pm.sources))})")
    for name in cfg.disabled_plugins:
        if name not in names:
            log.warning("%sdisabled_plugins: no plugin named '%s' was found", _where(cfg, ("disabled_plugins",)), name)
    for impl in pm.hook.anonchat_validate_settings.get_hookimpls():
        name = impl.plugin_name
        try:
            impl.function(**_arguments(impl, {}, cfg.plugin_settings))
        except ValueError as e:
            where = _where(cfg, ("plugin_settings", name), str(e))
            raise PluginError(f"{where}plugin '{name}': plugin_settings.{name}: {e}") from None
        except Exception as e:
            raise PluginError(f"plugin '{name}': validating its settings raised {type(e).__name__}: {e}") from None


def with_defaults(plugin_settings, defaults):
    """For plugin authors: `defaults` updated with `plugin_settings`. A key `defaults` lacks (a
    misspelling, usually) raises ValueError naming it, so `anonchat_validate_settings` reports it."""
    unknown = sorted(set(plugin_settings) - set(defaults))
    if unknown:
        raise ValueError(f"unknown setting(s) {', '.join(unknown)} (known: {', '.join(defaults)})")
    return {**defaults, **plugin_settings}


def describe(pm):
    """[(name, source, [hook names])] for `anonchat plugins` and the admin console."""
    rows = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None:
            rows.append((name, "disabled in the config", []))
            continue
        hooks = sorted(h.name for h in pm.get_hookcallers(plugin) or ())
        rows.append((name, pm.sources.get(name, "?"), hooks))
    return rows


def _arguments(impl, kwargs, plugin_settings):
    """The arguments `impl` asks for; `plugin_settings` is its own plugin's settings block."""
    return {k: plugin_settings.get(impl.plugin_name, {}) if k == "plugin_settings" else kwargs[k]
            for k in impl.argnames}


# After a plugin's first failure in a hook, logged with its traceback, the next ones are summed up
# in one line at most this often: a plugin failing on every message must not flood the log.
LOG_EVERY_S = 60.0


class LogLimit:
    """Log the first line of each key in full, then at most one line each `every_s` seconds saying
    how many were held back meanwhile."""

    def __init__(self, logger, every_s=LOG_EVERY_S):
        self.log = logger
        self.every_s = every_s
        self._last = {}  # key -> [monotonic time of the last line, lines held back since]

    def error(self, key, message, *args, error=None):
        now = time.monotonic()
        last = self._last.get(key)
        if last is None:
            self._last[key] = [now, 0]
            self.log.error(message, *args, exc_info=error)
        elif now - last[0] >= self.every_s:
            self.log.error(message + " (and %d more like it in the last %d s)", *args, last[1], now - last[0])
            last[:] = [now, 0]
        else:
            last[1] += 1


def _plugin_traceback(error):
    """The traceback from the plugin's own code on: the frames of this module that called it say
    nothing its author can act on."""
    tb = error.__traceback__
    while tb is not None and tb.tb_next is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    return "".join(traceback.format_exception(type(error), error, tb))


@dataclass(frozen=True)
class PluginFailure:
    """A plugin's last failure, for the console's Plugins page."""

    at: datetime
    hook: str
    problem: str
    traceback: Optional[str] = None  # the exception's, when it raised


class HookRunner:
    """Calls hooks one implementation at a time so that one bad plugin is contained.

    Errors are logged with the plugin's name (the first of each hook with its traceback, then at
    most a line a minute) and counted in `errors`; the last one is kept in `last_failure`; time
    spent is added up per plugin in `timings` (seconds). The admin console's Plugins page shows
    them all. GET /metrics reads the same per plugin and hook: `calls`, `call_errors` and
    `call_seconds`, keyed by (plugin name, hook name).
    """

    def __init__(self, pm, timeout_s=5.0):
        self.pm = pm
        self.timeout_s = timeout_s
        self.errors = Counter()
        self.timings = Counter()
        self.calls = Counter()
        self.call_errors = Counter()
        self.call_seconds = Counter()
        self.last_failure = {}  # plugin name -> PluginFailure
        self._log = LogLimit(log)

    def impls(self, hook_name):
        """The hook's implementations in pluggy's own call order: the newest registration first."""
        return list(reversed(getattr(self.pm.hook, hook_name).get_hookimpls()))

    def _call(self, impl, hook_name, kwargs):
        args = _arguments(impl, kwargs, getattr(self.pm, "plugin_settings", {}))
        self.calls[impl.plugin_name, hook_name] += 1
        start = time.perf_counter()
        try:
            return impl.function(**args)
        finally:
            self._took(impl.plugin_name, hook_name, time.perf_counter() - start)

    def _took(self, plugin_name, hook_name, seconds):
        self.timings[plugin_name] += seconds
        self.call_seconds[plugin_name, hook_name] += seconds

    def failed(self, plugin_name, hook_name, problem, error=None):
        """Count, keep and log a failure of `plugin_name` in `hook_name`; `error` is the exception
        it raised, if it did."""
        self.errors[plugin_name] += 1
        self.call_errors[plugin_name, hook_name] += 1
        trace = _plugin_traceback(error) if error is not None else None
        self.last_failure[plugin_name] = PluginFailure(datetime.now(timezone.utc), hook_name, problem, trace)
        self._log.error((plugin_name, hook_name), "plugin '%s' %s: %s", plugin_name, hook_name, problem, error=error)

    def ask(self, impl, hook_name, validate, **kwargs):
        """One implementation of a decision hook: its valid result, or None when it has no opinion,
        raises, returns an awaitable or returns what `validate(result)` describes as wrong (logged
        under its name)."""
        plugin_name = impl.plugin_name
        try:
            result = self._call(impl, hook_name, kwargs)
        except Exception as e:
            self.failed(plugin_name, hook_name, f"raised {type(e).__name__}: {e}", e)
            return None
        if result is None:
            return None
        if inspect.isawaitable(result):
            if inspect.iscoroutine(result):
                result.close()
            self.failed(plugin_name, hook_name, "returned an awaitable; this hook must be synchronous")
            return None
        problem = validate(result)
        if problem:
            self.failed(plugin_name, hook_name, f"invalid result {result!r:.300}: {problem}")
            return None
        return result

    def first(self, hook_name, validate, **kwargs):
        """(plugin name, result) of the first valid non-None result, asking implementations
        newest first; (None, None) when none answers.

        `validate(result)` returns None when the result is acceptable, or a description of what is
        wrong; an invalid result is logged and the next implementation is asked.
        """
        for impl in self.impls(hook_name):
            result = self.ask(impl, hook_name, validate, **kwargs)
            if result is not None:
                return impl.plugin_name, result
        return None, None

    def each(self, hook_name, **kwargs):
        """[(plugin_name, result)] of every implementation that returned something, errors contained."""
        answers = []
        for impl in self.impls(hook_name):
            try:
                result = self._call(impl, hook_name, kwargs)
            except Exception as e:
                self.failed(impl.plugin_name, hook_name, f"raised {type(e).__name__}: {e}", e)
                continue
            if result is not None:
                answers.append((impl.plugin_name, result))
        return answers

    async def each_async(self, hook_name, **kwargs):
        """Call every implementation and await the awaitables together, each with the time limit, so
        a slow one delays none of the others; errors contained."""
        await asyncio.gather(*(self.call(impl, hook_name, **kwargs) for impl in self.impls(hook_name)))

    async def call(self, impl, hook_name, **kwargs):
        """One implementation of an I/O hook, awaited with the time limit when it returns an
        awaitable; errors contained."""
        try:
            result = self._call(impl, hook_name, kwargs)
        except Exception as e:
            self.failed(impl.plugin_name, hook_name, f"raised {type(e).__name__}: {e}", e)
            return
        if not inspect.isawaitable(result):
            return
        start = time.perf_counter()
        try:
            await asyncio.wait_for(result, self.timeout_s)
        except asyncio.TimeoutError:
            self.failed(impl.plugin_name, hook_name, f"timed out after {self.timeout_s}s")
        except Exception as e:
            self.failed(impl.plugin_name, hook_name, f"raised {type(e).__name__}: {e}", e)
        finally:
            self._took(impl.plugin_name, hook_name, time.perf_counter() - start)


def rulepack_extensions(hooks):
    """The validators and detectors plugins add for rule packs (`anonchat_rulepack_validators`),
    as keyword arguments of `Engine.from_directory`: the server and the CLI load packs alike."""
    extensions = {}
    for _, contributed in hooks.each("anonchat_rulepack_validators"):
        for kind in ("validators", "detectors"):
            extensions.setdefault(kind, {}).update(contributed.get(kind) or {})
    return extensions
