"""The admin console as an attacker drives it: login floods, lock-outs aimed at an admin, a reverse
proxy's headers, hostile URL parameters and formula injection in the CSV export.

Every request goes through a real server over real HTTP; addresses are told apart the way a proxy
tells them (`server.xheaders: true` and X-Forwarded-For / X-Real-IP).
"""

import asyncio
import csv
import io
import re
import time
from urllib.parse import quote, urlencode

import pytest
import tornado.httpclient

from anonchat.passwords import hash_password
from anonchat.testing import group_of, rows, session_of
from test_admin import ACCOUNTS, PASSWORD, Admin, audit_events, console, packs  # noqa: F401 (fixtures)


class From(Admin):
    """An admin client the server sees at `ip`, as a reverse proxy reports it."""

    def __init__(self, url, ip=None, real_ip=None, forwarded_for=None, proto=None):
        super().__init__(url)
        # Its own connections: the shared client would queue it behind everyone else's requests.
        self.http = tornado.httpclient.AsyncHTTPClient(force_instance=True)
        self.extra = {}
        if ip or forwarded_for:
            self.extra["X-Forwarded-For"] = forwarded_for or ip
        if real_ip:
            self.extra["X-Real-IP"] = real_ip
        if proto:
            self.extra["X-Forwarded-Proto"] = proto

    async def request(self, method, path, body=None, headers=None):
        return await super().request(method, path, body, {**self.extra, **(headers or {})})


PROXIED = {"xheaders": True}


async def logins(app, **match):
    events = await audit_events(app)
    return [(e, actor, d) for e, actor, _, d in events if e.startswith("admin.login")
            and all(d.get(k) == v for k, v in match.items())]


# --- 3. behind a reverse proxy -------------------------------------------------------------------

def cookie_named(response, name):
    return next(h for h in response.headers.get_list("Set-Cookie") if h.startswith(name + "="))


@pytest.mark.gen_test(timeout=60)
async def test_behind_a_proxy_the_audit_log_has_the_client_and_cookies_are_secure(console):
    app, url, _ = await console(logged_in=False, server=PROXIED)
    # The client wrote the first hop itself; the proxy appended the address it really came from.
    via_proxy = From(url, forwarded_for="127.0.0.1, 198.51.100.23", real_ip="10.9.9.9", proto="https")
    page = await via_proxy.get("/admin/login")
    assert "Secure" in cookie_named(page, "_xsrf")
    ok = await via_proxy.login()
    assert ok.code == 302
    cookie = cookie_named(ok, "anonchat_admin")
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert (await From(url, real_ip="192.0.2.7").login(password="wrong")).code == 403
    plain = From(url, "198.51.100.24", proto="http")
    assert "Secure" not in cookie_named(await plain.login(), "anonchat_admin")
    assert [(e, d["ip"]) for e, _, d in await logins(app)] == [
        ("admin.login", "198.51.100.23"), ("admin.login_failed", "192.0.2.7"), ("admin.login", "198.51.100.24")]

    # Without `server.xheaders` nothing in the headers is believed: anyone could send them.
    direct, direct_url, _ = await console(logged_in=False)
    spoofer = From(direct_url, "198.51.100.23", real_ip="192.0.2.7", proto="https")
    assert "Secure" not in cookie_named(await spoofer.login(), "anonchat_admin")
    assert (await logins(direct))[-1][2]["ip"] == "127.0.0.1"  # (both servers share the database)
