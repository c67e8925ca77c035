"""The admin console's routes: every page and action below /admin, behind the admin login.

Pages live in small modules named for what they show: `dashboard`, `flags`, `users` (users and
bans), `rulepacks`, `audit_log`, `nodes`, `plugins`; `auth` holds the login and the `AdminHandler` base;
`store` keeps the sessions and login limits (in memory, or in Redis for a cluster), `throttle`
says how the limits apply.
Every action is a POST carrying Tornado's XSRF token, and is audited with the admin's name.
"""

import re

import tornado.web

from ..decisions import AdminPage
from .audit_log import AuditExportHandler, AuditHandler
from .auth import Console, LoginHandler, LogoutHandler, RequireLogin
from .dashboard import DashboardHandler, StatsHandler
from .flags import DismissHandler, FlagQueueHandler
from .nodes import NodesHandler
from .plugins import PluginsHandler
from .rulepacks import DecideHandler, PackFileHandler, ReloadHandler, RulePacksHandler, TryHandler
from .users import BanHandler, BansHandler, UnbanHandler, UserHandler, UsersHandler

SESSION = r"([A-Za-z0-9_-]{1,100})"
_PLUGIN_PATH = re.compile(r"^[a-z0-9][a-z0-9_-]*(/[a-z0-9_-]+)*$")


def plugin_pages(app):
    """The `anonchat_admin_pages` of every plugin; an invalid page is logged with its plugin's name."""
    pages = []
    for plugin, result in app.hooks.each("anonchat_admin_pages", app=app):
        for page in result if isinstance(result, (list, tuple)) else [result]:
            if not isinstance(page, AdminPage):
                app.hooks.failed(plugin, "anonchat_admin_pages", f"{page!r} is not an AdminPage")
            elif not _PLUGIN_PATH.match(page.path):
                app.hooks.failed(plugin, "anonchat_admin_pages", f"path {page.path!r}: use a-z, 0-9, _ - and /")
            elif not (isinstance(page.handler, type) and issubclass(page.handler, tornado.web.RequestHandler)):
                app.hooks.failed(plugin, "anonchat_admin_pages", f"{page.handler!r} is not a RequestHandler class")
            else:
                pages.append(page)
    return pages


def routes(app):
    console = app.console = Console(app)
    console.plugin_pages = plugin_pages(app)
    pages = [
        (r"/admin/login", LoginHandler),
        (r"/admin/logout", LogoutHandler),
        (r"/admin/?", DashboardHandler),
        (r"/admin/api/stats", StatsHandler),
        (r"/admin/flags", FlagQueueHandler),
        (r"/admin/flags/([0-9]+)/dismiss", DismissHandler),  # ASCII: \d also matches "٣"
        (r"/admin/users", UsersHandler),
        (r"/admin/users/" + SESSION, UserHandler),
        (r"/admin/bans", BansHandler),
        (r"/admin/ban", BanHandler),
        (r"/admin/unban", UnbanHandler),
        (r"/admin/rulepacks", RulePacksHandler),
        (r"/admin/rulepacks/reload", ReloadHandler),
        (r"/admin/rulepacks/try", TryHandler),
        (r"/admin/rulepacks/(apply|discard)", DecideHandler),
        (r"/admin/rulepacks/files/([A-Za-z0-9_.-]+)", PackFileHandler),
        (r"/admin/audit", AuditHandler),
        (r"/admin/audit/export\.(csv|jsonl)", AuditExportHandler),
        (r"/admin/nodes", NodesHandler),
        (r"/admin/plugins", PluginsHandler),
    ]
    for page in console.plugin_pages:
        handler = page.handler
        if not issubclass(handler, RequireLogin):  # login is the core's job, whatever the plugin wrote
            handler = type(handler.__name__, (RequireLogin, handler), {})
        pages.append((rf"/admin/plugins/{page.path}", handler))
    return [(pattern, handler, {"console": console}) for pattern, handler in pages]
