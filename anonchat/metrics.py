"""GET /metrics: this node's counters in the Prometheus text format (docs/operations.md lists them).

Nothing on the chat path is instrumented for it: the hub, the writer, the audit queue and the
plugin runner keep plain integers as they work, and `Collector.collect` reads them when Prometheus
scrapes, so a message pays an integer increment and no more. Each app has a registry of its own
(`app.metrics`): tests run several apps in one process.
"""

import hmac
import ipaddress
from collections import Counter

import tornado.web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, ProcessCollector, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, InfoMetricFamily

from . import __version__
from .chat.writer import COMMIT_BUCKETS
from .web import BaseHandler


def make_registry(app):
    """The registry GET /metrics shows: anonchat's families and the process's CPU, memory and files."""
    registry = CollectorRegistry()
    registry.register(Collector(app))
    ProcessCollector(registry=registry)
    return registry


class Collector:
    def __init__(self, app):
        self.app = app
        self.reloads = Counter({"ok": 0, "failed": 0})  # both series exist from the start
        app.engine.on_reload.append(self._reloaded)

    def _reloaded(self, result):
        self.reloads["ok" if result.ok else "failed"] += 1

    def collect(self):
        app, hub = self.app, self.app.hub
        yield InfoMetricFamily("anonchat_build", "The anonchat version running", {"version": __version__})
        yield InfoMetricFamily("anonchat_rulepacks", "The live rule-pack engine's version",
                               {"version": app.engine.engine.version})
        yield _one(GaugeMetricFamily, "anonchat_connections", "Open chat WebSockets on this node",
                   sum(1 for u in hub.users.values() if u.socket is not None))
        yield _one(GaugeMetricFamily, "anonchat_waiting_users", "Users of this node waiting for a group",
                   len(hub.waiting))
        yield _one(GaugeMetricFamily, "anonchat_groups", "Groups with members on this node", len(hub.groups))
        yield _one(CounterMetricFamily, "anonchat_messages_received", "Chat messages received, refused ones included",
                   hub.received)
        yield _one(CounterMetricFamily, "anonchat_deliveries", "Messages handed to a member's socket on this node",
                   hub.delivered)
        verdicts = CounterMetricFamily("anonchat_verdicts", "Checked messages by moderation category and action "
                                       "(category none: allowed)", labels=["category", "action"])
        verdicts.add_metric(["none", "allow"], hub.allowed)
        for (category, action), n in sorted(hub.verdicts.items()):
            verdicts.add_metric([category, action], n)
        yield verdicts
        yield _one(CounterMetricFamily, "anonchat_flags", "Messages stored flagged, masked or blocked", hub.flags)
        yield _one(CounterMetricFamily, "anonchat_bans", "Bans decided on this node", hub.bans)
        writer = hub.writer
        if writer is not None:  # made by hub.start
            yield _one(CounterMetricFamily, "anonchat_write_batches", "Message batches committed", writer.batches)
            buckets, total = [], 0
            for bound, n in zip((*map(str, COMMIT_BUCKETS), "+Inf"), writer.commit_counts):
                total += n
                buckets.append((bound, total))
            yield HistogramMetricFamily("anonchat_commit_seconds", "Time of one batch's INSERT and commit",
                                        buckets=buckets, sum_value=writer.commit_seconds)
        yield _one(CounterMetricFamily, "anonchat_audit_events_queued", "Audit events queued for the sinks",
                   app.audit.queued)
        dropped = CounterMetricFamily("anonchat_audit_events_dropped", "Audit events a sink missed: its queue was full",
                                      labels=["plugin"])
        waiting = GaugeMetricFamily("anonchat_audit_queue_length", "Audit events waiting for a sink", labels=["plugin"])
        for name, (_, queue) in sorted(app.audit.sinks.items()):
            dropped.add_metric([name], app.audit.dropped[name])
            waiting.add_metric([name], queue.qsize())
        yield dropped
        yield waiting
        hooks = app.hooks
        for name, doc, counts in (("anonchat_plugin_calls", "Plugin hook calls", hooks.calls),
                                  ("anonchat_plugin_errors", "Plugin hook errors: raised, timed out or invalid",
                                   hooks.call_errors),
                                  ("anonchat_plugin_seconds", "Time spent in plugin hooks", hooks.call_seconds)):
            family = CounterMetricFamily(name, doc, labels=["plugin", "hook"])
            for (plugin, hook), value in sorted(counts.items()):
                family.add_metric([plugin, hook], value)
            yield family
        reloads = CounterMetricFamily("anonchat_rulepack_reloads", "Rule-pack reloads by result", labels=["result"])
        for result, n in sorted(self.reloads.items()):
            reloads.add_metric([result], n)
        yield reloads
        bus = hub.bus
        if bus.clustered:
            yield _one(GaugeMetricFamily, "anonchat_redis_up", "1 while this node reaches Redis",
                       int(bus.error is None))
            yield _one(GaugeMetricFamily, "anonchat_matching_leader", "1 while this node leads matching",
                       int(bool(bus.is_leader)))


def _one(kind, name, doc, value):
    return kind(name, doc, value=value)


class MetricsHandler(BaseHandler):
    """Prometheus's scrape.

    How many people are online, flagged and banned is the operator's business, not the visitors':
    by default only loopback may read it (`metrics.allow`), and anyone else needs the bearer token
    (`metrics.token`). Behind a proxy (`server.xheaders`) the address checked is the client's, as
    BaseHandler resolves it, so a proxy on the same machine does not make everyone local.
    """

    def get(self):
        if not self._allowed():
            raise tornado.web.HTTPError(403, "metrics: %s is not in metrics.allow and gave no valid token",
                                        self.request.remote_ip)
        self.set_header("Content-Type", CONTENT_TYPE_LATEST)
        self.finish(generate_latest(self.app.metrics))

    def _allowed(self):
        settings = self.app.config.metrics
        if settings.token is not None:
            given = self.request.headers.get("Authorization", "").encode()
            if hmac.compare_digest(given, f"Bearer {settings.token}".encode()):  # constant time
                return True
        try:
            ip = ipaddress.ip_address(self.request.remote_ip)
        except ValueError:
            return False
        if ip.version == 6 and ip.ipv4_mapped:  # a dual-stack socket's view of an IPv4 client
            ip = ip.ipv4_mapped
        return any(ip in network for network in settings.allow)
