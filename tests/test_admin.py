"""The admin console over real HTTP: a real server, real chat WebSockets, a real PostgreSQL."""

import asyncio
import csv
import io
import json
import os
import re
from html.parser import HTMLParser

import pytest
import tornado.web

from anonchat import hookimpl
from anonchat.admin.auth import AdminHandler
from anonchat.admin.highlight import segments
from anonchat.admin.rulepacks import error_locations
from anonchat.decisions import AdminPage
from anonchat.passwords import hash_password
from anonchat.testing import AdminClient, ChatClient, group_of, pack_yaml, rows, session_of, write_packs

PASSWORD = "correct horse battery"
# Few iterations: the tests log in often; production hashes use passwords.ITERATIONS.
ACCOUNTS = {"root": hash_password(PASSWORD, iterations=1000), "ops": hash_password("other", iterations=1000)}

PACKS = {
    "scripts.yaml": pack_yaml("scripts", "spam", "flag", ["alert"]),
    "blockers.yaml": pack_yaml("blockers", "profanity", "block", ["blockme"], "high"),
}

HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>']


class Admin(AdminClient):
    async def login(self, name="root", password=PASSWORD):
        return await super().login(name, password)


class Tags(HTMLParser):
    """Every element and attribute of a page, to prove user text created none."""

    def __init__(self, html):
        super().__init__()
        self.tags, self.attrs = [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(name for name, _ in attrs)


async def audit_events(app):
    await app.audit.flush()
    return rows(app.config.database.url, "SELECT event, actor, subject, details FROM audit_log ORDER BY id")


@pytest.fixture
def packs(tmp_path):
    return write_packs(tmp_path / "packs", PACKS)


@pytest.fixture
def console(make_server, packs):
    """A server with admin accounts and the test packs: `app, url, admin = await console()`."""
    async def start(logged_in=True, **sections):
        sections.setdefault("admin", {"accounts": ACCOUNTS})
        sections.setdefault("rulepacks", {"directory": str(packs), "reload_interval_s": 0.2})
        sections.setdefault("matching", {"max_wait_s": 0.3})
        app, url = await make_server(**sections)
        admin = Admin(url)
        if logged_in:
            response = await admin.login()
            assert response.code == 302, response.body
        return app, url, admin
    return start


# Every route with sample arguments: (method, path). GET pages redirect, the rest get 403.
PAGES = ["/admin", "/admin/", "/admin/flags", "/admin/users", "/admin/users/abc", "/admin/bans",
         "/admin/rulepacks", "/admin/rulepacks/files/scripts.yaml", "/admin/audit", "/admin/nodes", "/admin/plugins"]
API = ["/admin/api/stats", "/admin/audit/export.csv", "/admin/audit/export.jsonl"]
ACTIONS = ["/admin/logout", "/admin/flags/1/dismiss", "/admin/ban", "/admin/unban", "/admin/rulepacks/reload",
           "/admin/rulepacks/try", "/admin/rulepacks/apply", "/admin/rulepacks/discard"]


@pytest.mark.gen_test(timeout=60)
async def test_every_admin_route_refuses_anonymous_access(console):
    from anonchat.admin.handlers import routes

    app, url, anonymous = await console(logged_in=False)
    # The lists above cover every route the console has (login is the one open page).
    for pattern, _, _ in routes(app):
        assert any(re.fullmatch(pattern, p) for p in PAGES + API + ACTIONS + ["/admin/login"]), pattern
    for path in PAGES:
        response = await anonymous.get(path)
        assert response.code == 302, path
        assert response.headers["Location"].startswith("/admin/login?next="), path
    for path in API:
        assert (await anonymous.get(path)).code == 403, path
    for path in ACTIONS:  # with a valid XSRF token, so only the missing login refuses them
        assert (await anonymous.post(path, session_id="x", reason="r", duration="600", text="t")).code == 403, path
    login = await anonymous.get("/admin/login")
    assert login.code == 200 and b'name="_xsrf"' in login.body


@pytest.mark.gen_test(timeout=60)
async def test_post_without_xsrf_is_refused(console):
    app, url, admin = await console()
    (alice, bob) = await group_of(url, 2)
    sid = session_of(app, alice)
    assert (await admin.post("/admin/ban", xsrf=False, session_id=sid, reason="x", duration="600")).code == 403
    forged = await admin.post("/admin/ban", _xsrf="2|00|00|00", session_id=sid, reason="x", duration="600")
    assert forged.code == 403
    assert rows(app.config.database.url, "SELECT count(*) FROM banned_users") == [(0,)]
    await alice.send(type="message", text="still here", id="1")
    assert (await bob.recv("message"))["text"] == "still here"


@pytest.mark.gen_test(timeout=60)
async def test_login_cookie_lockout_and_logout(console):
    app, url, admin = await console(logged_in=False, admin={"accounts": ACCOUNTS, "max_failures": 3,
                                                             "lockout_s": 1.0})
    for _ in range(3):
        response = await admin.login(password="wrong")
        assert response.code == 403 and b"Wrong name or password" in response.body
    locked = await admin.login()  # the right password, but too late: this address is locked
    assert locked.code == 429 and b"Too many failed attempts" in locked.body
    assert locked.headers["Retry-After"] == "1"
    assert (await admin.login(name="ops", password="other")).code == 429  # for every name
    await asyncio.sleep(1.1)
    ok = await admin.login()
    assert ok.code == 302 and ok.headers["Location"] == "/admin"
    cookie = next(h for h in ok.headers.get_list("Set-Cookie") if h.startswith("anonchat_admin="))
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/admin" in cookie
    assert (await admin.get("/admin")).code == 200
    stolen = dict(admin.cookies)
    assert (await admin.post("/admin/logout")).code == 302
    admin.cookies = stolen  # a copied cookie is worthless after logout
    assert (await admin.get("/admin")).code == 302
    events = [(e, actor, d.get("reason")) for e, actor, _, d in await audit_events(app)]
    assert events.count(("admin.login_failed", "root", "bad credentials")) == 3
    assert ("admin.login_failed", "root", "locked") in events
    assert ("admin.login", "root", None) in events and ("admin.logout", "root", None) in events


@pytest.mark.gen_test(timeout=60)
async def test_concurrent_guesses_do_not_slip_past_the_lockout(console):
    app, url, _ = await console(logged_in=False, admin={"accounts": ACCOUNTS, "max_failures": 3})
    guessers = [Admin(url) for _ in range(8)]
    for g in guessers:
        await g.get("/admin/login")
    pages = await asyncio.gather(*(g.login(password=f"guess {i}") for i, g in enumerate(guessers)))
    bodies = [p.body.decode() for p in pages]
    assert sum("Wrong name or password" in b for b in bodies) == 3
    assert sum("Too many failed attempts" in b for b in bodies) == 5


@pytest.mark.gen_test(timeout=60)
async def test_unknown_account_and_open_redirect(console):
    app, url, admin = await console(logged_in=False)
    assert (await admin.login(name="nobody", password=PASSWORD)).code == 403
    response = await admin.post("/admin/login", name="root", password=PASSWORD, next="//evil.example/")
    assert response.headers["Location"] == "/admin"


@pytest.mark.gen_test(timeout=60)
async def test_hostile_messages_show_as_text_in_flag_queue_and_user_page(console):
    app, url, admin = await console()
    (mallory, bob) = await group_of(url, 2)
    for i, text in enumerate(HOSTILE):
        await mallory.send(type="message", text=text, id=str(i))
        assert (await bob.recv("message"))["flagged"] is True
    sid = session_of(app, mallory)
    # One hit per message; the user page lists each message twice (recent messages, flag history).
    pages = {"/admin/flags": 2, f"/admin/users/{sid}": 4, f"/admin/flags?user={sid}&category=spam&pack=scripts": 2}
    for path, marks in pages.items():
        page = (await admin.get(path)).body.decode()
        assert "&lt;script&gt;<mark" in page and '(1)&lt;/script&gt;' in page, path
        assert "&#34;&gt;&lt;img src=x onerror=<mark" in page, path
        tags = Tags(page)
        assert "img" not in tags.tags and "script" not in tags.tags and "onerror" not in tags.attrs, path
        assert tags.tags.count("mark") == marks, path
    other = (await admin.get("/admin/flags?category=profanity")).body.decode()
    assert "onerror" not in other


@pytest.mark.gen_test(timeout=60)
async def test_ban_and_unban_through_the_forms(console):
    app, url, admin = await console()
    (alice, bob) = await group_of(url, 2)
    name = alice.frames[0]["username"]
    found = (await admin.get(f"/admin/users?q={name}")).body.decode()
    sid = session_of(app, alice)
    assert f"/admin/users/{sid}" in found
    response = await admin.post("/admin/ban", session_id=sid, reason="spamming links", duration="3600",
                                next=f"/admin/users/{sid}")
    assert response.code == 302 and response.headers["Location"] == f"/admin/users/{sid}"
    banned = await alice.recv("banned")
    assert banned["reason"] == "spamming links"
    assert await alice.wait_closed() == 1008
    assert (await bob.recv("member_left"))["username"] == name
    db = app.config.database.url
    assert rows(db, "SELECT reason, banned_by, expires_at IS NOT NULL FROM banned_users") == [
        ("spamming links", "root", True)]
    page = (await admin.get(f"/admin/users/{sid}")).body.decode()
    assert "banned" in page and "spamming links" in page and 'action="/admin/unban"' in page
    assert "spamming links" in (await admin.get("/admin/bans")).body.decode()
    again = await ChatClient.connect(url, cookie=alice.cookie)
    assert (await again.recv("banned"))["reason"] == "spamming links"

    assert (await admin.post("/admin/unban", session_id=sid, reason="")).code == 400  # a reason is required
    response = await admin.post("/admin/unban", session_id=sid, reason="appeal accepted", next="/admin/bans")
    assert response.code == 302
    assert rows(db, "SELECT lifted_by, lift_reason FROM banned_users") == [("root", "appeal accepted")]
    back = await ChatClient.connect(url, cookie=alice.cookie)
    assert (await back.recv("welcome"))["username"] == name
    events = [(e, actor, subject) for e, actor, subject, _ in await audit_events(app)]
    assert ("user.banned", "root", sid) in events and ("user.unbanned", "root", sid) in events


@pytest.mark.gen_test(timeout=60)
async def test_permanent_ban_and_bad_forms(console):
    app, url, admin = await console()
    (alice, bob) = await group_of(url, 2)
    sid = session_of(app, alice)
    assert (await admin.post("/admin/ban", session_id=sid, reason="", duration="600")).code == 400
    assert (await admin.post("/admin/ban", session_id=sid, reason="x", duration="-5")).code == 400
    assert (await admin.post("/admin/ban", session_id="no-such", reason="x", duration="600")).code == 404
    assert (await admin.post("/admin/unban", session_id=sid, reason="nothing to lift")).code == 404
    assert (await admin.post("/admin/ban", session_id=sid, reason="for good", duration="permanent")).code == 302
    assert rows(app.config.database.url, "SELECT expires_at FROM banned_users") == [(None,)]
    assert "permanent" in (await admin.get("/admin/bans")).body.decode()


@pytest.mark.gen_test(timeout=60)
async def test_dismiss_and_ban_from_the_flag_queue(console):
    app, url, admin = await console()
    (alice, bob) = await group_of(url, 2)
    await alice.send(type="message", text="red alert", id="1")
    await bob.recv("message")
    (message_id,), = rows(app.config.database.url, "SELECT id FROM messages WHERE flagged")
    page = (await admin.get("/admin/flags")).body.decode()
    assert f'action="/admin/flags/{message_id}/dismiss"' in page
    assert (await admin.post(f"/admin/flags/{message_id}/dismiss", next="/admin/flags")).code == 302
    assert "red alert" not in (await admin.get("/admin/flags")).body.decode().replace("<mark", "")
    assert "dismissed by root" in (await admin.get("/admin/flags?reviewed=1")).body.decode()
    assert rows(app.config.database.url, "SELECT reviewed_by FROM messages") == [("root",)]
    assert ("admin.flag_dismissed", "root") in [(e, a) for e, a, _, _ in await audit_events(app)]


@pytest.mark.gen_test(timeout=60)
async def test_dashboard_and_live_stats(console):
    app, url, admin = await console()
    (alice, bob) = await group_of(url, 2)
    await alice.send(type="message", text="hello", id="1")
    await alice.send(type="message", text="blockme", id="2")
    await bob.recv("message")
    await alice.recv("rejected")
    page = (await admin.get("/admin")).body.decode()
    assert 'data-stat="online"' in page and "admin.js" in page
    stats = json.loads((await admin.get("/admin/api/stats")).body)
    assert (stats["online"], stats["waiting"], stats["groups"]) == (2, 0, 1)
    assert stats["messages_per_minute"] == 2 and stats["flags_per_hour"] == 1 and stats["bans_per_hour"] == 0
    assert len(stats["series"]) == 60 and stats["series"][-1]["messages"] == 2
    assert stats["engine_version"] == app.engine.engine.version


@pytest.mark.gen_test(timeout=60)
async def test_rule_packs_reload_errors_view_and_try(console, packs):
    app, url, admin = await console()
    page = (await admin.get("/admin/rulepacks")).body.decode()
    assert "scripts" in page and "blockers" in page and "loaded" in page
    tried = (await admin.post("/admin/rulepacks/try", text="<b>blockme</b> now")).body.decode()
    assert 'class="badge block"' in tried and "&lt;b&gt;<mark" in tried and "<b>" not in tried

    old = app.engine.engine.version
    (packs / "blockers.yaml").write_text(PACKS["blockers.yaml"].replace("[blockme]", "[blockme, zap]"))
    assert (await admin.post("/admin/rulepacks/reload")).code == 302
    assert app.engine.engine.version != old and app.engine.last_result.ok
    good = app.engine.engine.version
    (packs / "blockers.yaml").write_text(PACKS["blockers.yaml"].replace("action: block", "action: explode"))
    await admin.post("/admin/rulepacks/reload")
    assert not app.engine.last_result.ok and app.engine.engine.version == good
    page = (await admin.get("/admin/rulepacks")).body.decode()
    assert "The last reload failed" in page and "blockers.yaml" in page
    line = error_locations(app.engine.last_result.error)[0]["line"]
    assert f'#line-{line}"' in page
    view = (await admin.get("/admin/rulepacks/files/blockers.yaml")).body.decode()
    assert f'<li id="line-{line}" class="bad">' in view
    assert (await admin.get("/admin/rulepacks/files/..%2Fetc%2Fpasswd")).code == 404
    events = [(e, a) for e, a, _, _ in await audit_events(app)]
    assert ("admin.rulepacks_reload", "root") in events and ("admin.rulepacks_tried", "root") in events
    assert ("rulepacks.reload_failed", "system") in events


@pytest.mark.gen_test(timeout=60)
async def test_audit_log_filter_page_and_exports(console):
    app, url, admin = await console()
    (alice, bob) = await group_of(url, 2)
    sid = session_of(app, alice)
    await admin.post("/admin/ban", session_id=sid, reason="=HYPERLINK(1)", duration="600")
    await app.audit.flush()
    page = (await admin.get("/admin/audit?event=user.banned")).body.decode()
    assert "user.banned" in page and "admin.login" not in page
    exported = await admin.get("/admin/audit/export.csv?actor=root")
    assert exported.code == 200 and exported.headers["Content-Type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(exported.body.decode())))
    assert {r["event"] for r in table} >= {"admin.login", "user.banned"} and {r["actor"] for r in table} == {"root"}
    lines = (await admin.get(f"/admin/audit/export.jsonl?subject={sid}")).body.decode().splitlines()
    banned = [json.loads(line) for line in lines]
    assert [b["event"] for b in banned] == ["user.banned"] and banned[0]["details"]["reason"] == "=HYPERLINK(1)"
    assert ("admin.audit_exported", "root") in [(e, a) for e, a, _, _ in await audit_events(app)]


class StatsPage(tornado.web.RequestHandler):  # a plain handler: the console adds the login
    def get(self):
        self.write("plugin page body")


class FramedPage(AdminHandler):  # inside the console's frame, as hookspecs' example shows
    def get(self):
        self.render_admin("plugin_page.html", title="Online", body=f"<{len(self.app.hub.users)} online>")


class AdminPagesPlugin:
    @hookimpl
    def anonchat_admin_pages(self, app):
        return [AdminPage("stats", "Stats", StatsPage), AdminPage("online", "Online", FramedPage), "not a page"]


@pytest.mark.gen_test(timeout=60)
async def test_plugin_admin_page_is_behind_login_and_in_the_navigation(console):
    app, url, admin = await console(plugins=[("stats_page", AdminPagesPlugin())])
    assert app.hooks.errors["stats_page"] == 1  # the invalid entry is logged with the plugin's name
    assert (await Admin(url).get("/admin/plugins/stats")).code == 302
    assert (await admin.get("/admin/plugins/stats")).body == b"plugin page body"
    assert 'href="/admin/plugins/stats"' in (await admin.get("/admin")).body.decode()
    framed = (await admin.get("/admin/plugins/online")).body.decode()
    assert "&lt;0 online&gt;" in framed and 'action="/admin/logout"' in framed
    assert (await Admin(url).get("/admin/plugins/online")).code == 302


def node_rows(html):
    """The Nodes page's rows: {node id: (the row's classes, its text with the tags taken out)}."""
    rows_ = re.findall(r'<tr class="([^"]*)" data-node="([^"]*)">(.*?)</tr>', html, re.S)
    return {node: (set(classes.split()), " ".join(re.sub(r"<[^>]+>", " ", body).split()))
            for classes, node, body in rows_}


@pytest.mark.gen_test(timeout=60)
async def test_nodes_page_on_one_process_shows_this_node_with_its_figures(console):
    app, url, admin = await console()
    (alice, bob) = await group_of(url, 2)
    page = (await admin.get("/admin/nodes")).body.decode()
    assert '<a href="/admin/nodes" aria-current="page">Nodes</a>' in page  # in the navigation
    assert "one process, no cluster" in page and 'id="versions-differ"' not in page
    (node, (classes, text)), = node_rows(page).items()
    assert node == app.hub.node_id and {"this", "odd"} & classes == {"this"}
    engine = app.engine.engine.version
    assert "this node" in text and f"/ {os.getpid()} alive" in text
    assert f"s ago 2 0 1 {engine} none since start-up" in text, text  # online, waiting, groups, engine, reload
    dashboard = (await admin.get("/admin")).body.decode()
    assert 'id="nodes-link"' in dashboard and re.search(r'id="versions-differ" hidden', dashboard)


def test_segments_cover_the_text_merge_overlaps_and_ignore_bad_spans():
    hits = [{"start": 4, "end": 9, "pack": "a", "category": "x"}, {"start": 7, "end": 12, "pack": "b", "category": "y"},
            {"start": 40, "end": 50, "pack": "c", "category": "z"}, {"start": "1", "end": 2}, {"start": 3, "end": 3}]
    parts = segments("one <b>two</b>", hits)
    assert "".join(text for text, _ in parts) == "one <b>two</b>"
    assert parts == [("one ", None), ("<b>two</", "x (a), y (b)"), ("b>", None)]
