"""The cluster's nodes as their heartbeats tell (docs/scaling.md), and the figures summed over them.

On one process the list is this node alone, built the same way, so the dashboard has one code
path. This node's own entry is always fresh (`hub.status()` now); the others' are as old as their
last heartbeat (one a second). A node without a heartbeat for `cluster.NODE_DEAD_S` is listed as
gone and counts for nothing.
"""

import os
import socket
import time
from collections import Counter

from .auth import AdminHandler


def _count(value):
    # Heartbeats come from Redis: a figure that is not a number counts as none, never breaks a page.
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def cluster_nodes(app):
    """[{node, address, host, pid, at, alive, age_s, connections, waiting, groups, engine, candidate,
    reload, this, odd_engine}], this node first, then the others by id. `odd_engine` is True for a live
    node whose engine version differs from the one most live nodes run (all of them when no
    version has more nodes than every other)."""
    hub, cfg = app.hub, app.config
    me = {"node": hub.node_id, "host": socket.gethostname(), "pid": os.getpid(), "at": time.time(),
          "address": getattr(hub.bus, "address", None) or cfg.cluster.address or f"{cfg.server.host}:{cfg.server.port}",
          "alive": True, "age_s": 0.0, **hub.status()}
    nodes = [{**me, "this": True}] + [{**n, "this": False} for n in hub.bus.nodes() if n.get("node") != hub.node_id]
    majority = majority_engine(nodes)
    for n in nodes:
        n["odd_engine"] = n["alive"] and n.get("engine") != majority
    return nodes


def majority_engine(nodes):
    """The engine version more live nodes run than any other, or None when two or more tie."""
    versions = Counter(n.get("engine") for n in nodes if n["alive"]).most_common(2)
    return versions[0][0] if len(versions) == 1 or versions[0][1] > versions[1][1] else None


def totals(nodes):
    """Users online, waiting, live groups, and whether the live nodes' engine versions differ."""
    alive = [n for n in nodes if n["alive"]]
    return {"online": sum(_count(n.get("connections")) for n in alive),
            "waiting": sum(_count(n.get("waiting")) for n in alive),
            "groups": sum(_count(n.get("groups")) for n in alive),
            "nodes": len(alive), "versions_differ": any(n["odd_engine"] for n in alive),
            "majority_engine": majority_engine(nodes)}


def moment(epoch):
    """A heartbeat's or reload's epoch time as admins read it (UTC, to the second)."""
    if not isinstance(epoch, (int, float)):
        return ""
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(epoch))


class NodesHandler(AdminHandler):
    def get(self):
        nodes = cluster_nodes(self.app)
        bus = self.app.hub.bus
        self.render_admin("nodes.html", title="Nodes", nodes=nodes, totals=totals(nodes), moment=moment,
                          clustered=bus.clustered, redis_error=bus.error if bus.clustered else None)
