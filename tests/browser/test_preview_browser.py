"""Previewed rule changes in Chromium, and the whole console on a phone: an admin sees what an edited
pack would change on what users really sent, applies it, and every page reads at 390 px wide.

`ANONCHAT_UPDATE_SCREENSHOTS=1` rewrites docs/admin-preview.png.
"""

import asyncio
import os

import pytest
from playwright.async_api import expect
from test_admin_browser import DESKTOP, PACK, PASSWORD, chat_pages, say, screenshot_path
from test_reload_server import wait_for

from anonchat import queries
from anonchat.passwords import hash_password

PHONE = {"viewport": {"width": 390, "height": 844}}
WATCH = """\
id: watch
category: drugs
version: {version}
description: flags words worth a look
enabled: true
action: flag
severity: medium
words: [{words}]
"""
SAID = ["buy cheap followers now", "anyone into weed?", "see you at the <b>meetup</b>", "my promo code is SAVE20",
        "this is fine", "more followers please", "cheap tickets for tonight, dm me"]


@pytest.fixture
def manual_console(make_server, tmp_path):
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "blockers.yaml").write_text(PACK.format(version=1, action="block", words="followers"))
    (packs / "watch.yaml").write_text(WATCH.format(version=1, words="weed"))

    async def start():
        app, url = await make_server(admin={"accounts": {"root": hash_password(PASSWORD, iterations=1000)}},
                                     rulepacks={"directory": str(packs), "reload_interval_s": 0.2, "apply": "manual"},
                                     matching={"max_wait_s": 0.5}, limits={"rate_per_s": 50, "burst": 50},
                                     ban_policy={"threshold": 100})
        return app, url, packs
    return start


async def stored(app, n):
    """{text: id} of the newest messages once `n` are stored."""
    for _ in range(100):
        messages = await queries.recent_messages(app.pool, 100)
        if len(messages) >= n:
            return {m["content"]: m["id"] for m in messages}
        await asyncio.sleep(0.1)
    raise AssertionError(f"{n} messages were not stored in time")


async def log_in(open_page, url, path, **context):
    page = await open_page(url + path, **context)
    await page.fill("#name", "root")
    await page.fill("#password", PASSWORD)
    await page.click("button[type=submit]")
    await expect(page).to_have_url(url + path)
    return page


@pytest.mark.gen_test(timeout=180)
async def test_an_admin_previews_an_edit_on_real_messages_then_applies_it(manual_console, open_page):
    app, url, packs = await manual_console()
    (alice, bob), _ = await chat_pages(open_page, url)
    for text in SAID:
        await say(alice, text)
    ids = await stored(app, len(SAID))

    # The edit: "followers" goes, "cheap" and "promo code" block, "meetup" is worth a look.
    (packs / "blockers.yaml").write_text(PACK.format(version=2, action="block", words="cheap, promo code"))
    (packs / "watch.yaml").write_text(WATCH.format(version=2, words="weed, meetup"))
    admin = await log_in(open_page, url, "/admin/rulepacks", **DESKTOP)
    for _ in range(50):  # the watcher builds the candidate within a second or two
        if await admin.locator("#candidate").count():
            break
        await admin.wait_for_timeout(200)
        await admin.reload()
    candidate = admin.locator("#candidate")
    await expect(candidate).to_contain_text("not applied")
    rows = candidate.locator("tr[data-message]")
    # "buy cheap followers now" stays blocked, by another rule: its verdict does not change.
    expected = {ids["cheap tickets for tonight, dm me"]: "block", ids["my promo code is SAVE20"]: "block",
                ids["see you at the <b>meetup</b>"]: "flag", ids["more followers please"]: "release"}
    await expect(rows).to_have_count(len(expected))
    for message_id, kind in expected.items():
        await expect(candidate.locator(f'tr[data-message="{message_id}"]')).to_have_attribute("data-kind", kind)
    await expect(admin.locator("#preview-summary")).to_contain_text("2 newly blocked")
    await expect(admin.locator("#preview-summary")).to_contain_text("1 released")
    # Grouped by rule, the hit marked, user text shown as text.
    cheap = candidate.locator(".rule-group", has_text="blockers: cheap")
    await expect(cheap.locator("tr[data-message]")).to_have_count(1)
    released = candidate.locator(f'tr[data-message="{ids["more followers please"]}"]')
    await expect(released.locator("mark")).to_have_text("followers")
    await expect(cheap.locator("mark").first).to_have_text("cheap")
    meetup = candidate.locator(f'tr[data-message="{ids["see you at the <b>meetup</b>"]}"] td.text')
    await expect(meetup).to_have_text("see you at the <b>meetup</b>")
    await expect(meetup.locator("b")).to_have_count(0)
    if shot := screenshot_path("admin-preview.png"):
        await admin.screenshot(path=str(shot), full_page=True)

    live = app.engine.engine.version
    await say(alice, "promo code FREE")
    await expect(bob.locator("#messages")).to_contain_text("promo code FREE")  # not yet applied
    await admin.click("#apply")
    await expect(admin.locator("#engine-version")).not_to_have_text(live)
    await expect(admin.locator("#last-change")).to_be_visible()
    await say(alice, "cheap stuff here")
    newest = (await stored(app, len(SAID) + 2))["cheap stuff here"]
    [row] = [m for m in await queries.recent_messages(app.pool, 1) if m["id"] == newest]
    assert row["action"] == "block"
    assert not admin.errors


PAGES = ["/admin", "/admin/flags", "/admin/users", "/admin/bans", "/admin/rulepacks", "/admin/rulepacks/files/watch.yaml",
         "/admin/audit", "/admin/nodes"]


async def overflow(page):
    """What sticks out of the screen sideways: the page's own width, and any element beyond the
    edges, even inside a box that clips or scrolls it."""
    width = await page.evaluate("document.documentElement.scrollWidth")
    wide = await page.evaluate("""() => [...document.querySelectorAll('body *')]
        .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < -1 || r.right > 391); })
        .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + e.textContent.slice(0, 20))""")
    return ([f"{width} px wide"] if width > 390 else []) + wide[:5]


@pytest.mark.gen_test(timeout=180)
async def test_every_console_page_fits_a_phone(manual_console, open_page):
    """At 390 px: no page scrolls sideways, every element stays on the screen, and the navigation
    shows every entry without scrolling it."""
    app, url, packs = await manual_console()
    (alice, _), (name, _) = await chat_pages(open_page, url)
    for text in ["anyone into weed?", "buy followers", "a long message " * 12]:
        await say(alice, text)
    await stored(app, 3)
    (packs / "blockers.yaml").write_text(PACK.format(version=2, action="block", words="long message"))
    await wait_for(lambda: app.engine.candidate is not None)  # the Rule packs page at its longest
    session = next(iter(app.hub.users))
    page = await open_page(url + "/admin/login", **PHONE)
    problems = {"/admin/login": await overflow(page)}
    page = await log_in(open_page, url, "/admin", **PHONE)
    for path in PAGES + [f"/admin/users/{session}", "/admin/rulepacks/files/missing.yaml"]:
        await page.goto(url + path)
        await expect(page.locator("h1")).to_be_visible()
        problems[path] = await overflow(page)
        # Each cell of a card says which column it is.
        unlabelled = await page.locator("table.list td:not([data-label])").count()
        if unlabelled:
            problems[path].append(f"{unlabelled} table cells without data-label")
        for link in await page.locator("header nav a").all():
            assert await link.is_visible()
        if shots := os.environ.get("ANONCHAT_PHONE_SHOTS"):  # to look at them: a directory
            await page.screenshot(path=f"{shots}/{path.strip('/').replace('/', '_')}.png", full_page=True)
    problems = {path: found for path, found in problems.items() if found}
    assert not problems, problems
    assert not page.errors
