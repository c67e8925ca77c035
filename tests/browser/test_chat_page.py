"""The chat page in a real browser: five anonymous users in one group, text stays text, bans, reconnects.

Each page has its own browser context, so its own cookie: a separate anonymous user. The server runs
in-process on 127.0.0.1 with a real PostgreSQL. `ANONCHAT_UPDATE_SCREENSHOTS=1` rewrites docs/chat.png
(the README's phone-sized screenshot) from the five-user test.
"""

import asyncio
import os
import re
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml
from playwright.async_api import expect

ROOT = Path(__file__).resolve().parent.parent.parent
PHONE = {"viewport": {"width": 360, "height": 740}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
XSS = "<img src=x onerror=alert(1)>"



@pytest.fixture
def server(make_server, tmp_path):
    """A server with one blocking test pack; keyword sections override config."""
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "blockers.yaml").write_text(yaml.safe_dump({
        "id": "blockers", "category": "spam", "version": 1, "description": "blocks one word", "enabled": True,
        "action": "block", "severity": "high", "words": ["blockme"]}))

    def start(**sections):
        sections.setdefault("rulepacks", {"directory": str(packs)})
        return make_server(**sections)
    return start


async def joined(pages, members):
    """Click Join on every page and wait until each shows the group with `members` people."""
    for page in pages:
        await expect(page.locator("#status")).to_have_text("idle")
        await page.click("#join")
    for page in pages:
        await expect(page.locator("#status")).to_have_text("matched")
        await expect(page.locator("#members li")).to_have_count(members)
    return [await page.locator("#username").text_content() for page in pages]


async def two_in_a_group(server, open_page, **sections):
    """A server that forms small groups quickly, and two users matched in one: (app, pages, names)."""
    app, url = await server(matching={"max_wait_s": 0.5}, **sections)
    pages = [await open_page(url) for _ in range(2)]
    return app, pages, await joined(pages, 2)


async def say(page, text):
    await page.fill("#text", text)
    await page.click("#send")


async def until(condition, timeout=10.0):
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, f"condition not met within {timeout}s"
        await asyncio.sleep(0.05)


def session_of(app, username):
    return next(sid for sid, user in app.hub.users.items() if user.username == username)


@pytest.mark.gen_test(timeout=120)
async def test_five_users_meet_in_one_group_and_read_each_other_as_text(server, open_page, tmp_path):
    # A long max_wait: the five must form one full group, not smaller ones.
    app, url = await server(matching={"max_wait_s": 60})
    pages = [await open_page(url, **PHONE) for _ in range(5)]
    names = await joined(pages, 5)
    assert len(set(names)) == 5
    for page in pages:
        assert sorted(await page.locator("#members li").evaluate_all("els => els.map(e => e.dataset.username)")) \
            == sorted(names)

    for page, name in zip(pages, names):
        await say(page, f"hello from {name}")
    await say(pages[0], XSS)

    for page in pages:
        messages = page.locator("#messages .msg:not(.pending)")
        await expect(messages).to_have_count(6)
        for name in names:
            msg = page.locator(".msg", has=page.locator(".msg-text", has_text=f"hello from {name}"))
            await expect(msg.locator(".msg-user")).to_have_text(name)
            await expect(msg.locator(".msg-time")).to_have_text(re.compile(r"\d{1,2}:\d{2}"))
        xss = messages.last
        await expect(xss.locator(".msg-user")).to_have_text(names[0])
        assert await xss.locator(".msg-text").text_content() == XSS
        assert await page.locator("#messages img").count() == 0
        assert await page.locator("img").count() == 0
        assert page.dialogs == [] and page.errors == []
    await expect(pages[0].locator("#messages .msg.own")).to_have_count(2)
    await expect(pages[1].locator("#messages .msg.own")).to_have_count(1)

    # The README's screenshot: a phone-sized page mid-conversation.
    shot = tmp_path / "chat.png"
    await pages[1].screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("ANONCHAT_UPDATE_SCREENSHOTS"):
        shutil.copyfile(shot, ROOT / "docs" / "chat.png")

    # Leaving: the others see a notice and a shorter member list; the leaver sees "idle".
    await pages[4].click("#leave")
    await expect(pages[4].locator("#status")).to_have_text("idle")
    await expect(pages[4].locator("#members li")).to_have_count(0)
    for page in pages[:4]:
        await expect(page.locator("#members li")).to_have_count(4)
        await expect(page.locator(".notice", has_text=f"{names[4]} left")).to_have_count(1)


@pytest.mark.gen_test(timeout=60)
async def test_a_rejected_message_is_marked_not_delivered_with_a_reason(server, open_page):
    app, (alice, bob), _ = await two_in_a_group(server, open_page)

    await say(alice, "buy now blockme")
    failed = alice.locator(".msg.failed")
    await expect(failed.locator(".msg-text")).to_have_text("buy now blockme")
    await expect(failed.locator(".msg-status")).to_have_text("Not delivered")
    await expect(alice.locator(".notice-rejected")).to_contain_text("breaks the chat rules: spam (pack blockers)")
    await say(alice, "fine words")
    await expect(bob.locator(".msg .msg-text")).to_have_text(["fine words"])  # never the blocked one

    # Over the length limit: the counter says so and Send is disabled before anything is sent.
    limit = app.config.limits.max_message_chars
    await alice.fill("#text", "x" * (limit + 1))
    await expect(alice.locator("#counter")).to_have_text(f"{limit + 1}/{limit}")
    await expect(alice.locator("#counter")).to_have_class(re.compile(r"\bover\b"))
    await expect(alice.locator("#send")).to_be_disabled()


@pytest.mark.gen_test(timeout=60)
async def test_banned_user_sees_the_ban_is_not_reconnected_and_may_try_again(server, open_page):
    app, (mallory, bob), (name, _) = await two_in_a_group(server, open_page)

    sid = session_of(app, name)
    await app.hub.ban(sid, "spamming links", datetime.now(timezone.utc) + timedelta(hours=1), "admin")
    await expect(mallory.locator("#status")).to_have_text("banned")
    await expect(mallory.locator("#banned")).to_be_visible()
    await expect(mallory.locator("#banned-reason")).to_have_text("Reason: spamming links")
    await expect(mallory.locator("#banned-until")).to_contain_text(re.compile(r"The ban ends .*\(in 60 minutes\)"))
    await expect(mallory.locator("#text")).to_be_disabled()
    await expect(mallory.locator("#join")).to_be_disabled()
    await expect(bob.locator("#members li")).to_have_count(1)

    await asyncio.sleep(2.5)  # longer than the first reconnect back-off
    assert len(mallory.sockets) == 1, "a banned page must not reconnect by itself"
    await expect(mallory.locator("#status")).to_have_text("banned")

    # Still banned: trying again is refused the same way.
    await mallory.click("#retry")
    await until(lambda: len(mallory.sockets) == 2 and mallory.sockets[1].is_closed())
    await expect(mallory.locator("#banned")).to_be_visible()
    await expect(mallory.locator("#status")).to_have_text("banned")

    # A moderator lifts the ban: trying again brings the user back, same name.
    await app.hub.unban(sid, "admin", "appeal accepted")
    await mallory.click("#retry")
    await expect(mallory.locator("#status")).to_have_text("idle")
    await expect(mallory.locator("#banned")).to_be_hidden()
    await expect(mallory.locator("#username")).to_have_text(name)
    await expect(mallory.locator("#join")).to_be_enabled()


@pytest.mark.gen_test(timeout=60)
async def test_dropped_connection_reconnects_to_the_same_group_without_duplicates(server, open_page):
    app, (alice, bob), (name, _) = await two_in_a_group(server, open_page)
    await say(alice, "before the drop")
    await expect(bob.locator(".msg-text")).to_have_text(["before the drop"])

    app.hub.users[session_of(app, name)].socket.close(1011, "test drop")
    await expect(alice.locator("#status")).to_have_text("disconnected")
    await say(bob, "while you were away")

    await expect(alice.locator("#status")).to_have_text("matched", timeout=10_000)
    await expect(alice.locator(".notice", has_text="back in your group")).to_have_count(1)
    await expect(alice.locator(".msg-text")).to_have_text(["before the drop", "while you were away"])
    await expect(alice.locator("#members li")).to_have_count(2)
    assert len(alice.sockets) == 2
    await say(alice, "back again")
    await expect(bob.locator(".msg-text")).to_have_text(["before the drop", "while you were away", "back again"])
    await expect(bob.locator(".notice", has_text=f"{name} left")).to_have_count(0)


@pytest.mark.gen_test(timeout=60)
async def test_a_second_tab_takes_over_and_leaving_the_queue_needs_no_answer(server, open_page):
    app, url = await server(matching={"max_wait_s": 60})
    first = await open_page(url)
    await first.click("#join")
    await expect(first.locator("#status")).to_have_text("waiting")
    await first.click("#leave")  # the server answers `leave` in the queue with nothing
    await expect(first.locator("#status")).to_have_text("idle")
    await until(lambda: not app.hub.waiting)

    second = await first.context.new_page()  # same cookie: the same anonymous user
    await second.goto(url)
    await expect(second.locator("#status")).to_have_text("idle")
    await expect(first.locator("#status")).to_have_text("replaced")
    await expect(first.locator("#replaced")).to_be_visible()
    await asyncio.sleep(1.5)
    assert len(first.sockets) == 1, "a replaced tab must not reconnect by itself and steal the session back"
    await first.click("#take-over")
    await expect(first.locator("#status")).to_have_text("idle")
    await expect(second.locator("#status")).to_have_text("replaced")


@pytest.mark.gen_test(timeout=60)
async def test_back_after_the_grace_period_the_page_says_the_seat_is_gone(server, open_page):
    app, (alice, bob), (name, bob_name) = await two_in_a_group(server, open_page, limits={"reconnect_grace_s": 1})
    await alice.context.set_offline(True)  # the drop, and no way back for a while
    app.hub.users[session_of(app, name)].socket.close(1011, "test drop")
    await expect(alice.locator("#status")).to_have_text("disconnected")
    await expect(bob.locator(".notice", has_text=f"{name} left")).to_have_count(1)  # after the grace period
    await alice.context.set_offline(False)  # back online: reconnects at once

    await expect(alice.locator(".notice", has_text="away too long")).to_have_count(1)
    await expect(alice.locator("#status")).to_have_text("idle")
    await expect(alice.locator("#members li")).to_have_count(0)
    await expect(alice.locator("#join")).to_have_text("Join a new group")
