"""The console's Plugins page over real HTTP: behind the login, in the navigation, every plugin
with its source, version, hooks, calls, errors and time, and its last error with the traceback,
escaped."""

import re
from pathlib import Path

import pytest
from markupsafe import escape

from anonchat import __version__
from anonchat.admin.auth import AdminHandler
from anonchat.decisions import AdminPage
from anonchat.passwords import hash_password
from anonchat.testing import AdminClient, group_of, plugin

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "correct horse battery"


def section(page, name):
    """The HTML of one plugin's card."""
    match = re.search(rf'<section class="card plugin[^"]*" id="plugin-{name}".*?</section>', page, re.S)
    assert match, f"no card for plugin {name}"
    return match.group(0)


@pytest.mark.gen_test(timeout=60)
async def test_the_plugins_page_shows_each_plugin_and_its_last_error(make_server, tmp_path):
    hostile = "<script>alert('plugin')</script>"

    def moody(text):
        if "crash" in text:
            raise RuntimeError(f"cannot read {hostile}")
        return None

    app, url = await make_server(plugins=[("moody", plugin(anonchat_moderate=moody))],
                                 config_plugins=[str(ROOT / "plugins" / "strike_policy.py")],
                                 disabled_plugins=["retention"],
                                 admin={"accounts": {"root": hash_password(PASSWORD, iterations=1000)}},
                                 matching={"max_wait_s": 0.5})
    admin = AdminClient(url)
    response = await admin.get("/admin/plugins")
    assert response.code == 302 and response.headers["Location"].startswith("/admin/login")

    alice, bob = await group_of(url, 2)
    for i, text in enumerate(["hello", "crash now", "hello again"]):
        await alice.send(type="message", text=text, id=str(i))
        await bob.recv("message")
    assert (await admin.login("root", PASSWORD)).code == 302
    response = await admin.get("/admin/plugins")
    assert response.code == 200
    page = response.body.decode()
    assert '<a href="/admin/plugins" aria-current="page">Plugins</a>' in page

    builtin = section(page, "random_matching")
    assert "built-in" in builtin and __version__ in builtin
    assert str(ROOT / "anonchat" / "defaults" / "random_matching.py") in builtin
    assert "<code>anonchat_match</code>" in builtin

    strike = section(page, "strike_policy")
    assert f"config: file {ROOT / 'plugins' / 'strike_policy.py'}" in strike
    assert "anonchat_ban_policy" in strike and "anonchat_validate_settings" in strike

    assert "disabled" in section(page, "retention")

    moody_card = section(page, "moody")
    assert "registered by code" in moody_card and "1 error" in moody_card
    calls = re.search(r'<tr data-hook="anonchat_moderate">.*?</tr>', moody_card, re.S).group(0)
    assert re.findall(r'class="num">(?:<span class="bad">)?([^<]+)', calls)[:2] == ["3", "1"]  # calls, errors
    assert hostile not in page  # escaped, never markup
    assert str(escape(f"raised RuntimeError: cannot read {hostile}")) in moody_card
    traceback = re.search(r'<pre class="plain mono traceback">(.*?)</pre>', moody_card, re.S).group(1)
    assert "Traceback (most recent call last)" in traceback and "in moody" in traceback


class StatsPage(AdminHandler):
    def get(self):
        self.render_admin("plugin_page.html", title="Stats", body="plugin stats")


@pytest.mark.gen_test(timeout=60)
async def test_a_plugin_page_below_admin_plugins_is_marked_alone_in_the_navigation(make_server):
    app, url = await make_server(plugins=[("stats", plugin(anonchat_admin_pages=lambda: [AdminPage("stats", "Stats",
                                                                                                   StatsPage)]))],
                                 admin={"accounts": {"root": hash_password(PASSWORD, iterations=1000)}})
    admin = AdminClient(url)
    await admin.login("root", PASSWORD)
    for path, marked in (("/admin/plugins/stats", "Stats"), ("/admin/plugins", "Plugins"), ("/admin/", "Dashboard")):
        page = (await admin.get(path)).body.decode()
        assert re.findall(r'aria-current="page">([^<]+)</a>', page) == [marked]
