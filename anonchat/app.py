"""The application: builds every part and wires them together.

A chat message's path, from here:
  chat/handlers.py  ChatSocket.on_message      parses the frame (chat/protocol.py)
  chat/hub.py       Hub.send                   rate limit, moderation (app.engine), plugins
  chat/writer.py    MessageWriter.write        group commit into `messages`, then ack
  chat/hub.py       Hub._deliver               in sequence order to the group's members on this node,
                                               and on the bus (cluster.py) when some sit on another
Flags go through Hub._after_flag → the ban-policy hook → queries.insert_ban → audit.
"""

import logging
import secrets

import jinja2
import tornado.web

from . import __version__, db, queries
from .admin.handlers import routes as admin_routes
from .audit import Audit
from .chat.handlers import ChatPageHandler, ChatSocket
from .chat.hub import Hub
from .cluster import LocalBus, RedisBus
from .config import cookie_secret
from .logs import log_request
from .metrics import MetricsHandler, make_registry
from .moderation import RulePackReloader
from .plugins import HookRunner, make_plugin_manager, rulepack_extensions
from .shipped import shipped
from .web import BaseHandler

log = logging.getLogger("anonchat")

class HealthHandler(BaseHandler):
    async def get(self):
        try:
            await queries.fetch(self.app.pool, "SELECT 1")
            database = "ok"
        except Exception as e:  # any driver error means "not ok"; say which
            database = f"error: {type(e).__name__}"
            self.set_status(503)
        bus = self.app.hub.bus
        health = {"status": "ok" if database == "ok" and bus.error is None else "degraded", "database": database,
                  "version": __version__, "rulepacks": self.app.engine.engine.version, "node": bus.node_id}
        if bus.clustered:  # still serving its own groups without Redis, so not a 503
            health["redis"] = "ok" if bus.error is None else f"error: {bus.error}"
            health["leader"] = bus.is_leader
        self.write(health)


class App(tornado.web.Application):
    """One anonchat server: configuration, plugins, database pool, moderation engine and chat hub.

    Build with `make_app`, then `await app.start(url)` before serving and `await app.stop()` after.
    """

    def __init__(self, cfg, pm):
        self.config = cfg
        self.pm = pm
        self.hooks = HookRunner(pm, cfg.audit.hook_timeout_s)
        self.pool = None
        self.state = {}  # for plugins' own per-app state
        self.templates = jinja2.Environment(loader=jinja2.FileSystemLoader(str(shipped("templates"))),
                                            autoescape=True)
        self.audit = Audit(self, self.hooks, cfg.audit.queue_size)
        # Loads and tests every pack now: a broken pack stops start-up with its file and line.
        self.engine = RulePackReloader(cfg.rulepacks.directory, interval=cfg.rulepacks.reload_interval_s,
                                       allow_empty=cfg.rulepacks.allow_empty, apply=cfg.rulepacks.apply,
                                       **rulepack_extensions(self.hooks))
        self.engine.on_reload.append(self._audit_reload)
        node_id = secrets.token_hex(4)
        address = cfg.cluster.address or f"{cfg.server.host}:{cfg.server.port}"
        bus = RedisBus(node_id, cfg.cluster.redis_url, address) if cfg.cluster.redis_url else LocalBus(node_id)
        self.hub = Hub(self, bus)
        self.metrics = make_registry(self)  # GET /metrics reads the counters above when scraped
        handlers = [
            (r"/", ChatPageHandler),
            (r"/ws", ChatSocket),
            (r"/healthz", HealthHandler),
            (r"/metrics", MetricsHandler),
            *admin_routes(self),
        ]
        super().__init__(
            handlers,
            cookie_secret=cookie_secret(cfg),
            xsrf_cookies=True,
            xsrf_cookie_kwargs={"httponly": True, "samesite": "Strict"},
            static_path=str(shipped("static")),
            websocket_max_message_size=4 * cfg.limits.max_frame_bytes,  # ours is checked per frame
            xheaders=cfg.server.xheaders,
            log_function=log_request,
        )

    def _audit_reload(self, result):
        if result.candidate:  # rulepacks.apply: manual; the live version stays
            self.audit.emit("rulepacks.candidate", "system", None, version=result.candidate, live=result.version)
        elif result.ok:
            self.audit.emit("rulepacks.reloaded", "system", None, version=result.version)
        else:
            self.audit.emit("rulepacks.reload_failed", "system", None, error=str(result.error))

    async def start(self, url):
        self.pool = await db.create_pool(url, self.config.database.pool_min, self.config.database.pool_max)
        self.audit.start()
        self.engine.start()
        await self.hub.start()
        await self.hooks.each_async("anonchat_startup", app=self)

    async def stop(self):
        await self.hub.stop()
        self.engine.stop()
        # Sinks get every queued event before plugins close their files and clients.
        await self.audit.flush()
        await self.hooks.each_async("anonchat_shutdown", app=self)
        await self.audit.stop()
        self.console.hashing.shutdown(wait=False)
        if self.pool is not None:
            self.pool.close()
            await self.pool.wait_closed()


def make_app(cfg, pm=None):
    """Build the application for `cfg`; tests pass their own plugin manager."""
    return App(cfg, pm if pm is not None else make_plugin_manager(cfg))
