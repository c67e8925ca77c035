"""The Plugins page: every plugin this node loaded, where it comes from, its version and hooks,
and what it cost and how it failed since this node started (`HookRunner`'s counters, the same
figures GET /metrics exports)."""

from ..plugins import describe, source_file
from .auth import AdminHandler


def plugin_rows(app):
    """[{name, source, file, version, hooks: [{name, calls, errors, seconds}], calls, errors,
    seconds, dropped, failure}] in load order; a plugin disabled in the config has no hooks."""
    hooks, pm = app.hooks, app.pm
    rows = []
    for name, source, hook_names in describe(pm):
        per_hook = [{"name": h, "calls": hooks.calls[name, h], "errors": hooks.call_errors[name, h],
                     "seconds": hooks.call_seconds[name, h]} for h in hook_names]
        plugin = pm.get_plugin(name)
        rows.append({"name": name, "source": source, "file": source_file(plugin) if plugin is not None else None,
                     "version": pm.versions.get(name), "hooks": per_hook,
                     "calls": sum(h["calls"] for h in per_hook), "errors": hooks.errors[name],
                     "seconds": hooks.timings[name], "dropped": app.audit.dropped[name],
                     "failure": hooks.last_failure.get(name)})
    return rows


class PluginsHandler(AdminHandler):
    def get(self):
        self.render_admin("plugins.html", title="Plugins", plugins=plugin_rows(self.app), node=self.app.hub.node_id,
                          clustered=self.app.hub.bus.clustered)
