"""The admin console in a real browser, next to real chat pages: ban and unban a chatting user, edit
and break a rule pack while chat goes on, try a message.

`ANONCHAT_UPDATE_SCREENSHOTS=1` rewrites docs/admin-dashboard.png, docs/admin-flags.png and
docs/admin-rulepacks.png from these tests.
"""

import os
import shutil
from pathlib import Path

import pytest
from playwright.async_api import expect

from anonchat.passwords import hash_password
from anonchat.testing import ChatClient

ROOT = Path(__file__).resolve().parent.parent.parent
DESKTOP = {"viewport": {"width": 1280, "height": 860}}
PASSWORD = "correct horse battery"

PACK = """\
id: blockers
category: spam
version: {version}
description: blocks a few words
enabled: true
action: {action}
severity: high
words: [{words}]
"""
FLAGS = """\
id: watch
category: drugs
version: 2
description: flags words worth a look
enabled: true
action: flag
severity: medium
words: [alert, weed]
"""


def screenshot_path(name):
    return ROOT / "docs" / name if os.environ.get("ANONCHAT_UPDATE_SCREENSHOTS") else None


@pytest.fixture
def console(make_server, tmp_path):
    """A server with an admin account, two small packs and quick small groups: (app, url, packs dir)."""
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "blockers.yaml").write_text(PACK.format(version=1, action="block", words="blockme"))
    (packs / "watch.yaml").write_text(FLAGS)

    async def start(shipped=False):
        if shipped:  # the packs anonchat ships, next to the test's own
            for pack in (ROOT / "rulepacks").glob("*.yaml"):
                shutil.copy(pack, packs / pack.name)
        # A long reload interval: in these tests the admin's button does the reloading.
        app, url = await make_server(admin={"accounts": {"root": hash_password(PASSWORD, iterations=1000)}},
                                     rulepacks={"directory": str(packs), "reload_interval_s": 3600},
                                     matching={"max_wait_s": 0.5})
        return app, url, packs
    return start


async def log_in(open_page, url, path="/admin"):
    page = await open_page(url + path, **DESKTOP)
    await expect(page).to_have_url(url + "/admin/login?next=" + path.replace("/", "%2F"))
    await page.fill("#name", "root")
    await page.fill("#password", PASSWORD)
    await page.click("button[type=submit]")
    await expect(page).to_have_url(url + path)
    return page


async def chat_pages(open_page, url, n=2):
    pages = [await open_page(url) for _ in range(n)]
    for page in pages:
        await expect(page.locator("#status")).to_have_text("idle")
        await page.click("#join")
    for page in pages:
        await expect(page.locator("#status")).to_have_text("matched")
    return pages, [await page.locator("#username").text_content() for page in pages]


async def say(page, text):
    await page.fill("#text", text)
    await page.click("#send")


@pytest.mark.gen_test(timeout=120)
async def test_admin_bans_a_chatting_user_who_sees_it_then_unbans(console, open_page):
    app, url, _ = await console()
    (alice, bob), (name, _) = await chat_pages(open_page, url)
    admin = await log_in(open_page, url)
    await expect(admin.locator('[data-stat="online"]')).to_have_text("2")
    await expect(admin.locator('[data-stat="groups"]')).to_have_text("1")
    await expect(admin.locator("#chart svg polyline")).to_have_count(2)

    # A third user arrives: the open dashboard counts them without a reload.
    carol = await ChatClient.connect(url)
    await carol.recv("welcome")
    await expect(admin.locator('[data-stat="online"]')).to_have_text("3")

    await admin.click("nav >> text=Users")
    await admin.fill("#q", name[:5])
    await admin.click("button:has-text('Search')")
    await admin.click(f"a:text-is('{name}')")
    await expect(admin.locator("h1")).to_have_text(name)
    await admin.fill(".ban-form input[name=reason]", "spamming links")
    await admin.select_option(".ban-form select[name=duration]", "86400")
    await admin.click(".ban-form button:has-text('Ban')")

    await expect(alice.locator("#status")).to_have_text("banned")
    await expect(alice.locator("#banned-reason")).to_have_text("Reason: spamming links")
    await expect(admin.locator("#user-status")).to_contain_text("banned")
    await expect(bob.locator("#members li")).to_have_count(1)

    await admin.fill(".unban-form input[name=reason]", "appeal accepted")
    await admin.click(".unban-form button:has-text('Unban')")
    await expect(admin.locator("#user-status")).not_to_contain_text("banned")
    await expect(admin.locator("table.list").last).to_contain_text("appeal accepted")

    await alice.click("#retry")
    await expect(alice.locator("#status")).to_have_text("idle")
    await alice.click("#join")
    await expect(alice.locator("#status")).to_have_text("matched")
    await say(alice, "I am back")
    await expect(bob.locator(".msg-text").last).to_have_text("I am back")
    assert not alice.dialogs and not admin.dialogs and not admin.errors
    carol.close()


@pytest.mark.gen_test(timeout=120)
async def test_flag_queue_shows_hostile_text_as_text(console, open_page):
    app, url, _ = await console()
    (mallory, bob), (name, _) = await chat_pages(open_page, url)
    await say(mallory, '"><img src=x onerror=alert(1)>')
    await say(mallory, "<script>alert(2)</script>")
    await say(bob, "anyone selling weed?")
    await say(bob, "fine, I'll behave")
    await expect(bob.locator(".msg-text")).to_have_count(4)
    admin = await log_in(open_page, url, "/admin/flags")
    rows = admin.locator("table.flags tbody tr")
    await expect(rows).to_have_count(3)
    await expect(rows.nth(1).locator("td.text")).to_have_text("<script>alert(2)</script>")
    await expect(rows.nth(2).locator("td.text")).to_have_text('"><img src=x onerror=alert(1)>')
    await expect(rows.nth(2).locator("mark")).to_have_text("alert")
    assert await admin.locator("td.text img").count() == 0
    assert not admin.dialogs and not mallory.dialogs and not bob.dialogs
    if shot := screenshot_path("admin-flags.png"):
        await admin.screenshot(path=str(shot), full_page=True)

    await admin.goto(url + "/admin")
    await expect(admin.locator('[data-stat="flags_per_hour"]')).to_have_text("3")
    await expect(admin.locator('[data-stat="messages_per_minute"]')).to_have_text("4")
    await expect(admin.locator("#updated")).to_contain_text("Updated")
    if shot := screenshot_path("admin-dashboard.png"):
        await admin.screenshot(path=str(shot), full_page=True)


@pytest.mark.gen_test(timeout=120)
async def test_edit_and_break_a_pack_while_chat_is_moderated_then_try_a_message(console, open_page):
    app, url, packs = await console(shipped=True)
    (alice, bob), _ = await chat_pages(open_page, url)
    admin = await log_in(open_page, url, "/admin/rulepacks")
    await expect(admin.locator("table.packs tbody tr")).to_have_count(len(list(packs.glob("*.yaml"))))
    await expect(admin.locator("table.packs")).to_contain_text("blockers")
    first = await admin.locator("#engine-version").text_content()

    # Edit: a new word, and a reload from the console.
    (packs / "blockers.yaml").write_text(PACK.format(version=2, action="block", words="blockme, zap"))
    await admin.click("#reload")
    await expect(admin.locator("#reload-result")).to_contain_text("ok")
    await expect(admin.locator("#engine-version")).not_to_have_text(first)
    second = await admin.locator("#engine-version").text_content()
    await say(alice, "zap")
    await expect(alice.locator(".notice-rejected").last).to_contain_text("breaks the chat rules")

    # Break it: the error names the file and the line, and the previous version keeps moderating.
    (packs / "blockers.yaml").write_text(PACK.format(version=3, action="explode", words="blockme"))
    await admin.click("#reload")
    errors = admin.locator("#reload-errors")
    await expect(errors).to_contain_text("blockers.yaml, line 6")
    await expect(admin.locator("#engine-version")).to_have_text(second)
    await expect(admin.locator("table.packs tr.has-error")).to_contain_text("the previous version is live")
    await say(alice, "zap again")
    await expect(alice.locator(".notice-rejected")).to_have_count(2)
    await say(alice, "harmless")
    await expect(bob.locator(".msg-text").last).to_have_text("harmless")

    tried = "<b>zap</b> the weed, or mail me at john@example.com"
    await admin.fill("#try-text", tried)
    await admin.click("#try-button")
    verdict = admin.locator("#verdict")
    await expect(verdict.locator(".badge").first).to_have_text("block")
    await expect(verdict.locator("p.text")).to_have_text(tried)
    marks = await verdict.locator("p.text mark").all_text_contents()
    assert marks[0] == "zap" and "weed" in marks and "john@example.com" in marks
    if shot := screenshot_path("admin-rulepacks.png"):
        await admin.screenshot(path=str(shot), full_page=True)

    await admin.click("#reload-errors a")
    await expect(admin.locator("li.bad")).to_have_attribute("id", "line-6")
    await expect(admin.locator("li.bad")).to_have_text("action: explode")
    assert not admin.dialogs and not admin.errors
