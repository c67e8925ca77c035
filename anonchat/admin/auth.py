"""Admin login: accounts from `admin.accounts`, limits per client address (see `throttle`), sessions.

A successful login issues a random session token in the signed, HttpOnly, SameSite=Strict cookie
`anonchat_admin`. Sessions live in the console's store (`store.py`): this process's memory, or the
cluster's Redis so that any node accepts them. Logout really ends a session, on every node (a
copied cookie is worthless afterwards). When the cluster store cannot be reached, logins and
sessions are refused with 503: the console fails closed.
"""

import asyncio
import contextlib
import heapq
import itertools
import os
import secrets
import weakref
from concurrent.futures import ThreadPoolExecutor
from datetime import timezone
from urllib.parse import urlencode

import tornado.web

from ..passwords import hash_password, verify_password
from ..web import BaseHandler
from .params import ConsoleErrors, safe_next
from .store import StoreUnavailable, make_store
from .throttle import address_key, attempt

COOKIE = "anonchat_admin"
UNAVAILABLE = ("The cluster store is unavailable, so the console cannot check logins or sessions until it "
               "is back. The chat keeps running. Try again in a minute.")
# Defence in depth behind the escaping: no inline or foreign script may run, no site may frame a
# ban button, and pages full of user data are not kept in caches.
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


class SecureHeaders:
    def set_default_headers(self):
        super().set_default_headers()
        for name, value in HEADERS.items():
            self.set_header(name, value)


class HashingSlots:
    """As many slots as the hashing pool has threads, given to waiting attempts by priority (lower
    first), then in order of arrival. The pool's own queue is first come, first served: a flood
    from many addresses, each with its one attempt at a time, would put the owner's login behind
    all of theirs. With the slots, an address that has failed waits behind one that has not."""

    def __init__(self, size):
        self.free = size
        self.waiting = []  # heap of (priority, arrival, future)
        self.arrivals = itertools.count()

    @contextlib.asynccontextmanager
    async def held(self, priority):
        if self.free and not self.waiting:
            self.free -= 1
        else:
            future = asyncio.get_running_loop().create_future()
            heapq.heappush(self.waiting, (priority, next(self.arrivals), future))
            try:
                await future
            except asyncio.CancelledError:
                if future.done() and not future.cancelled():
                    self._release()  # the slot was handed over as this attempt was cancelled: pass it on
                raise
        try:
            yield
        finally:
            self._release()

    def _release(self):
        while self.waiting:
            future = heapq.heappop(self.waiting)[2]
            if not future.done():  # a cancelled waiter is skipped
                future.set_result(None)
                return
        self.free += 1


class Console:
    """One app's admin state: its store (sessions and login limits), the hashing pool, plugin pages."""

    def __init__(self, app):
        self.app = app
        self.accounts = app.config.admin.accounts
        self.lockout_s = app.config.admin.lockout_s
        self.store = make_store(app)
        self.plugin_pages = []  # decisions.AdminPage, for the navigation
        self.stats_cache = (0.0, None)  # (monotonic time, stats dict): one query per second at most
        self._dummy_hash = None
        # PBKDF2 is slow on purpose and hashlib releases the GIL while it runs: hashes run in
        # parallel, one thread per core, and never on the event loop. The pool is the console's
        # own, so a flood of logins cannot hold up the loop's default executor (DNS look-ups…).
        workers = os.cpu_count() or 2
        self.hashing = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="anonchat-login")
        self.slots = HashingSlots(workers)
        weakref.finalize(self, self.hashing.shutdown, wait=False)

    async def attempt(self, ip, name, password):
        """One login attempt (see `throttle.attempt`); the password is hashed off the event loop,
        a clean address's before a failing one's."""
        async def check(suspect):
            async with self.slots.held(1 if suspect else 0):
                return await asyncio.get_running_loop().run_in_executor(self.hashing, self._verify, name, password)
        return await attempt(self.store, ip, name, check)

    def _verify(self, name, password):
        stored = self.accounts.get(name)
        if stored is None:  # an unknown name costs as much as a known one: timing tells nothing
            if self._dummy_hash is None:
                some = next(iter(self.accounts.values()), None)
                self._dummy_hash = hash_password(secrets.token_hex(8), int(some.split("$")[1]) if some else 1000)
            stored = self._dummy_hash
        return verify_password(password, stored) and name in self.accounts

    async def start_session(self, name):
        token = secrets.token_urlsafe(32)
        await self.store.start_session(token, name)
        return token

    async def session_admin(self, token):
        """The admin a session token belongs to, or None (no such session, expired, or the account
        was removed from the config since)."""
        name = await self.store.session(token)
        if name is not None and name not in self.accounts:
            await self.store.end_session(token)
            return None
        return name


class Unavailable(tornado.web.HTTPError):
    """503: the cluster store cannot be reached (see `store.StoreUnavailable`)."""

    def __init__(self, why):
        super().__init__(503, "cluster store unavailable: %s", why)
        self.user_message = UNAVAILABLE
        self.headers = {"Retry-After": "10"}


class RequireLogin:
    """Mixin for every admin handler: no admin session, no entry.

    A page asked for with GET redirects to the login form; anything else (a POST, JSON, an export)
    gets 403. Tornado checks the XSRF token of a POST before `prepare`, so a forged form fails even
    with a valid session.
    """

    api = False  # True for JSON and downloads: 403 instead of a redirect

    def initialize(self, console, **kwargs):
        self.console = console
        super().initialize(**kwargs)

    def session_token(self):
        token = self.get_signed_cookie(COOKIE, max_age_days=1)
        return token.decode() if token else None

    async def prepare(self):
        token = self.session_token()
        try:
            self.current_user = await self.console.session_admin(token) if token else None
        except StoreUnavailable as e:
            raise Unavailable(e) from None
        if self.current_user is None:
            if self.request.method in ("GET", "HEAD") and not self.api:
                self.redirect("/admin/login?" + urlencode({"next": self.request.uri}))
                return
            raise tornado.web.HTTPError(403, "admin login required")
        result = super().prepare()
        if result is not None:  # a plugin's own prepare may be a coroutine
            await result


class LoginHandler(SecureHeaders, ConsoleErrors, BaseHandler):
    def initialize(self, console):
        self.console = console

    def get(self):
        self.render_page("admin/login.html", error=None, name="", next=safe_next(self))

    async def post(self):
        name = self.get_argument("name", "").strip()[:100]
        password = self.get_argument("password", "")
        next_url = safe_next(self)
        ip = self.request.remote_ip  # the client's, behind a proxy too (web.BaseHandler)
        audit = self.console.app.audit
        try:
            outcome, detail = await self.console.attempt(ip, name, password)
            if outcome in ("locked", "limited"):
                first_refusal = await self.console.store.note_refusal(address_key(ip))
            elif outcome == "ok":
                token = await self.console.start_session(name)
        except StoreUnavailable:
            self.set_header("Retry-After", "10")
            return self._refuse(name, next_url, UNAVAILABLE, 503)
        if outcome in ("locked", "limited"):
            if first_refusal:  # a flood of refusals: one entry
                audit.emit("admin.login_failed", name, None, reason="locked" if outcome == "locked" else "rate limited",
                           ip=ip)
            seconds = int(detail) + 1
            self.set_header("Retry-After", str(seconds))
            message = ("Too many failed attempts from your address." if outcome == "locked"
                       else "Too many login attempts from your address.")
            return self._refuse(name, next_url, f"{message} Try again in {seconds} s.", 429)
        if outcome == "wrong":
            count, locked = detail
            audit.emit("admin.login_failed", name, None, reason="bad credentials", failures=count, locked=locked, ip=ip)
            message = "Wrong name or password."
            if locked:
                message += f" Your address is locked out for {int(self.console.lockout_s)} s."
            return self._refuse(name, next_url, message)
        self.set_signed_cookie(COOKIE, token, expires_days=None, httponly=True, samesite="Strict", path="/admin")
        audit.emit("admin.login", name, None, ip=ip)
        self.redirect(next_url)

    def _refuse(self, name, next_url, error, status=403):
        self.set_status(status)
        self.render_page("admin/login.html", error=error, name=name, next=next_url)


def when(moment):
    """A timestamp as admins read it: UTC, to the second."""
    if moment is None:
        return ""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


NAV = (("/admin", "Dashboard"), ("/admin/flags", "Flags"), ("/admin/users", "Users"), ("/admin/bans", "Bans"),
       ("/admin/rulepacks", "Rule packs"), ("/admin/audit", "Audit log"), ("/admin/nodes", "Nodes"),
       ("/admin/plugins", "Plugins"))


class AdminHandler(SecureHeaders, ConsoleErrors, RequireLogin, BaseHandler):
    """Base of every console page, and of plugins' pages (see `hookspecs.anonchat_admin_pages`)."""

    async def prepare(self):
        await super().prepare()
        if not self._finished:
            safe_next(self)  # a hostile `next` is refused before the action runs, not after

    def render_admin(self, template, **context):
        """Render `templates/admin/<template>` inside the console's frame (navigation, logout)."""
        nav = list(NAV) + [(f"/admin/plugins/{p.path}", p.title) for p in self.console.plugin_pages]
        # The entry this page is under: the longest that matches, so a plugin's page below
        # /admin/plugins/ is not also marked as the Plugins page.
        path = self.request.path.rstrip("/") or "/"
        current = max((href for href, _ in nav if path == href or path.startswith(href + "/")), key=len, default=None)
        self.render_page(f"admin/{template}", admin=self.current_user, nav=nav, current=current, when=when,
                         request_uri=self.request.uri, **context)

    def fail(self, message, status=400):
        """A mistake in a form: say what it was, on a page with a way back."""
        self.set_status(status)
        self.render_admin("error.html", title="Not done", message=message)

    def done(self, default):
        """After an action: back to where the form was (inside the console only)."""
        self.redirect(safe_next(self, default))


class LogoutHandler(AdminHandler):
    async def post(self):
        try:
            await self.console.store.end_session(self.session_token())
        except StoreUnavailable as e:
            raise Unavailable(e) from None
        self.clear_cookie(COOKIE, path="/admin")
        self.console.app.audit.emit("admin.logout", self.current_user, None)
        self.redirect("/admin/login")
