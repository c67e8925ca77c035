"""The dashboard: live counts from every node's heartbeat (`nodes`), activity of the last hour from the
database."""

import time

from .. import queries
from .auth import AdminHandler
from .nodes import cluster_nodes, totals
from .rulepacks import reload_summary

MINUTES = 60


async def stats(console):
    """Everything the dashboard shows, as JSON-able values. The database part is cached for a
    second, so any number of open dashboards costs one query a second at most."""
    app = console.app
    at, cached = console.stats_cache
    if cached is None or time.monotonic() - at > 1.0:
        series = [{"messages": 0, "flags": 0, "bans": 0} for _ in range(MINUTES)]
        for row in await queries.activity_last_hour(app.pool):
            if 0 <= row["ago"] < MINUTES:
                series[MINUTES - 1 - row["ago"]] = {k: row[k] for k in ("messages", "flags", "bans")}
        # From the store: a group with members on two nodes is followed by both.
        cached = series, await queries.live_groups(app.pool)
        console.stats_cache = (time.monotonic(), cached)
    activity, groups = cached
    return {
        **totals(cluster_nodes(app)),  # online, waiting, nodes, versions_differ
        "groups": groups,
        "messages_per_minute": activity[-1]["messages"],
        "flags_per_hour": sum(m["flags"] for m in activity),
        "bans_per_hour": sum(m["bans"] for m in activity),
        "engine_version": app.engine.engine.version,
        "last_reload": reload_summary(app.engine.last_result),
        "series": activity,  # oldest minute first; the last entry is the current minute
    }


class DashboardHandler(AdminHandler):
    async def get(self):
        self.render_admin("dashboard.html", title="Dashboard", stats=await stats(self.console))


class StatsHandler(AdminHandler):
    api = True

    async def get(self):
        self.write(await stats(self.console))
