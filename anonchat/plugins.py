"""The plugin manager: built-in defaults, installed entry points and configured plugins.

The defaults register through the same path a third party's plugin does, so a plugin replaces one
by implementing the hook (the newest registration is asked first) or the config blocks it by name
in `disabled_plugins`.
"""

import asyncio
import importlib
import importlib.metadata
import importlib.util
import inspect
import logging
import sys
import time
from collections import Counter
from pathlib import Path

import pluggy

from . import hookspecs

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


def make_plugin_manager(cfg, extra=()):
    """Build a plugin manager for one application. `extra` are (name, plugin) pairs registered
    last (tests use it to add a throwaway plugin)."""
    pm = pluggy.PluginManager("anonchat")
    pm.add_hookspecs(hookspecs)
    pm.sources = {}
    pm.plugin_settings = cfg.plugin_settings  # HookRunner hands each plugin its own block
    blocked = set(cfg.disabled_plugins)

    def register(name, load, source):
        if name in blocked:
            pm.set_blocked(name)
            return
        try:
            plugin = load()
        except PluginError:
            raise
        except Exception as e:
            raise PluginError(f"plugin '{name}' ({source}) cannot be loaded: {type(e).__name__}: {e}") from None
        try:
            pm.register(plugin, name=name)
        except ValueError as e:
            raise PluginError(f"plugin '{name}' ({source}): {e}") from None
        pm.sources[name] = source

    for name, module in DEFAULT_PLUGINS.items():
        register(name, lambda m=module: importlib.import_module(m), "built-in")
    for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        dist = getattr(ep, "dist", None)
        register(ep.name, ep.load, f"entry point from {dist.name if dist else 'an installed package'}")
    if cfg.base_dir not in sys.path:
        sys.path.append(cfg.base_dir)  # so `plugins.audit_jsonl` style module paths resolve
    for entry in cfg.plugins:
        name, load, source = _resolve(entry, cfg.base_dir)
        register(name, load, f"config: {source}")
    for name, plugin in extra:
        register(name, lambda p=plugin: p, "registered by code")
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as e:
        raise PluginError(f"plugin '{pm.get_name(e.plugin)}': {e}") from None
    _check_settings(pm, cfg)
    return pm


def _check_settings(pm, cfg):
    """Fail start-up on a settings block no plugin reads, or one its plugin rejects."""
    names = {name for name, _ in pm.list_name_plugin()}  # blocked plugins included: their settings may stay
    for name in cfg.plugin_settings:
        if name not in names:
            raise PluginError(f"plugin_settings.{name}: no plugin named '{name}' is loaded "
                              f"(loaded: {', '.join(sorted(pm.sources))})")
    for name in cfg.disabled_plugins:
        if name not in names:
            log.warning("disabled_plugins: no plugin named '%s' was found", name)
    for impl in pm.hook.anonchat_validate_settings.get_hookimpls():
        name = impl.plugin_name
        try:
            impl.function(**_arguments(impl, {}, cfg.plugin_settings))
        except ValueError as e:
            raise PluginError(f"plugin '{name}': plugin_settings.{name}: {e}") from None
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


class HookRunner:
    """Calls hooks one implementation at a time so that one bad plugin is contained.

    Errors are logged with the plugin's name and counted in `errors`; time spent is added up per
    plugin in `timings` (seconds), which the admin console shows. GET /metrics reads the same per
    plugin and hook: `calls`, `call_errors` and `call_seconds`, keyed by (plugin name, hook name).
    """

    def __init__(self, pm, timeout_s=5.0):
        self.pm = pm
        self.timeout_s = timeout_s
        self.errors = Counter()
        self.timings = Counter()
        self.calls = Counter()
        self.call_errors = Counter()
        self.call_seconds = Counter()

    def _impls(self, hook_name):
        # pluggy's own call order: the newest registration first.
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

    def failed(self, plugin_name, hook_name, problem):
        self.errors[plugin_name] += 1
        self.call_errors[plugin_name, hook_name] += 1
        log.error("plugin '%s' %s: %s", plugin_name, hook_name, problem)

    def first(self, hook_name, validate, **kwargs):
        """(plugin name, result) of the first valid non-None result, asking implementations
        newest first; (None, None) when none answers.

        `validate(result)` returns None when the result is acceptable, or a description of what is
        wrong; an invalid result is logged and the next implementation is asked.
        """
        for plugin_name, result in self._answers(hook_name, kwargs):
            if inspect.isawaitable(result):
                if inspect.iscoroutine(result):
                    result.close()
                self.failed(plugin_name, hook_name, "returned an awaitable; this hook must be synchronous")
                continue
            problem = validate(result)
            if problem:
                self.failed(plugin_name, hook_name, f"invalid result {result!r}: {problem}")
                continue
            return plugin_name, result
        return None, None

    def _answers(self, hook_name, kwargs):
        """(plugin name, result) of each implementation that answered, newest first; a raising
        implementation is logged and skipped."""
        for impl in self._impls(hook_name):
            try:
                result = self._call(impl, hook_name, kwargs)
            except Exception as e:
                self.failed(impl.plugin_name, hook_name, f"raised {type(e).__name__}: {e}")
                continue
            if result is not None:
                yield impl.plugin_name, result

    def each(self, hook_name, **kwargs):
        """[(plugin_name, result)] of every implementation that returned something, errors contained."""
        return list(self._answers(hook_name, kwargs))

    async def each_async(self, hook_name, **kwargs):
        """Call every implementation and await the awaitables together, each with the time limit, so
        a slow one delays none of the others; errors contained."""
        await asyncio.gather(*(self._await(plugin_name, hook_name, result)
                               for plugin_name, result in self.each(hook_name, **kwargs)
                               if inspect.isawaitable(result)))

    async def _await(self, plugin_name, hook_name, awaitable):
        start = time.perf_counter()
        try:
            await asyncio.wait_for(awaitable, self.timeout_s)
        except asyncio.TimeoutError:
            self.failed(plugin_name, hook_name, f"timed out after {self.timeout_s}s")
        except Exception as e:
            self.failed(plugin_name, hook_name, f"raised {type(e).__name__}: {e}")
        finally:
            self._took(plugin_name, hook_name, time.perf_counter() - start)


def rulepack_extensions(hooks):
    """The validators and detectors plugins add for rule packs (`anonchat_rulepack_validators`),
    as keyword arguments of `Engine.from_directory`: the server and the CLI load packs alike."""
    extensions = {}
    for _, contributed in hooks.each("anonchat_rulepack_validators"):
        for kind in ("validators", "detectors"):
            extensions.setdefault(kind, {}).update(contributed.get(kind) or {})
    return extensions
