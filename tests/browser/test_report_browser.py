"""Reporting in a real browser: a member reports another's message through the page, the admin finds
it in the flag queue with the reason and bans from there; the banned member's page says why, in the
words of the rule. Also what the page shows a sender about their own masked or flagged messages,
the rules before joining, and each member's colour.
"""

import re

import pytest
from playwright.async_api import expect
from test_admin_browser import DESKTOP, PASSWORD, log_in, say

from anonchat.passwords import hash_password
from anonchat.testing import pack_yaml, write_packs

PACKS = {
    "maskers.yaml": pack_yaml("maskers", "profanity", "mask", ["darn"], "low"),
    "watch.yaml": pack_yaml("watch", "drugs", "flag", ["weed"]),
}


@pytest.fixture
def server(make_server, tmp_path):
    packs = write_packs(tmp_path / "packs", PACKS)
    return lambda: make_server(admin={"accounts": {"root": hash_password(PASSWORD, iterations=1000)}},
                               rulepacks={"directory": str(packs)}, matching={"max_wait_s": 0.5},
                               chat={"rules": ["Be kind.", "No <script>spam</script>."],
                                     "age_notice": "Adults only."})


async def two_chatting(open_page, url):
    pages = [await open_page(url, **DESKTOP) for _ in range(2)]
    for page in pages:
        # The rules and the age notice stand before joining.
        await expect(page.locator("#rules")).to_be_visible()
        await expect(page.locator("#age-notice")).to_have_text("Adults only.")
        await expect(page.locator("#rules-list li").nth(1)).to_have_text("No <script>spam</script>.")
        await expect(page.locator("#status")).to_have_text("idle")
        await page.click("#join")
    for page in pages:
        await expect(page.locator("#status")).to_have_text("matched")
        await expect(page.locator("#members li")).to_have_count(2)
        await expect(page.locator("#rules")).to_be_hidden()
    return pages, [await page.locator("#username").text_content() for page in pages]


@pytest.mark.gen_test(timeout=180)
async def test_a_reported_message_is_banned_from_the_flag_queue_with_the_rule_as_reason(server, open_page):
    app, url = await server()
    (alice, bob), (alice_name, bob_name) = await two_chatting(open_page, url)

    await say(bob, "sell you weed, cheap")
    from_bob = alice.locator(".msg:not(.own)").last
    await expect(from_bob.locator(".msg-text")).to_have_text("sell you weed, cheap")
    # bob sees his own message marked as flagged, with the rule; alice sees no such note
    await expect(bob.locator(".msg.own.flagged-own .msg-status")).to_contain_text("drugs (pack watch)")
    await expect(from_bob.locator(".msg-status")).to_have_text("")
    assert await bob.locator(".msg.own .report").is_hidden()  # nobody reports themselves

    await from_bob.locator("button.report").click()
    dialog = alice.locator("#report-dialog")
    await expect(dialog).to_be_visible()
    await expect(dialog.locator("#report-user")).to_have_text(bob_name)
    await dialog.locator("input[value=spam]").check()
    await dialog.locator("#report-block").check()
    await dialog.locator("#report-send").click()
    await expect(dialog).to_be_hidden()
    await expect(alice.locator(".notice").last).to_contain_text(f"You will not be put in a group with {bob_name} again")
    await expect(from_bob.locator("button.report")).to_have_text("Reported")

    admin = await log_in(open_page, url, "/admin/flags")
    row = admin.locator("table.flags tbody tr", has_text="sell you weed")
    await expect(row).to_have_count(1)
    await expect(row.locator(".reported")).to_have_text("reported ×1")
    await expect(row.locator(".reports")).to_contain_text("spam")
    reason = row.locator(".ban-form input[name=reason]")
    await expect(reason).to_have_value('Broke the chat rules: drugs (pack watch)')
    await row.locator(".ban-form button:has-text('Ban')").click()

    await expect(bob.locator("#status")).to_have_text("banned")
    await expect(bob.locator("#banned-reason")).to_have_text('Reason: Broke the chat rules: drugs (pack watch)')
    await admin.goto(url + "/admin/flags")
    row = admin.locator("table.flags tbody tr", has_text="sell you weed")
    await expect(row.locator(".banned")).to_have_text("banned")
    await expect(row.locator(".ban-form")).to_have_count(0)  # already banned: not offered Ban again

    # bob comes back later: refused at once, and still told who he is
    await bob.reload()
    await expect(bob.locator("#status")).to_have_text("banned")
    await expect(bob.locator("#username")).to_have_text(bob_name)
    assert not alice.dialogs and not bob.dialogs and not admin.dialogs
    assert not alice.errors and not bob.errors


@pytest.mark.gen_test(timeout=120)
async def test_own_masked_and_flagged_messages_the_warning_colours_and_the_rules_link(server, open_page):
    app, url = await server()
    (alice, bob), (alice_name, bob_name) = await two_chatting(open_page, url)
    await say(alice, "well darn it")
    own = alice.locator(".msg.own").last
    await expect(own.locator(".msg-text")).to_have_text("well **** it")
    await expect(own).to_have_class(re.compile(r"\bmasked\b"))
    await expect(own.locator(".msg-status")).to_contain_text("profanity (pack maskers)")
    await expect(bob.locator(".msg-text").last).to_have_text("well **** it")
    await expect(bob.locator(".msg").last).not_to_have_class(re.compile(r"\bmasked\b"))

    # A member's colour is the same on every page, and readable (4.5:1 or more) on its background.
    await say(bob, "hello")
    name_on = {}
    for page in (alice, bob):
        await expect(page.locator(".msg-text").last).to_have_text("hello")
        label = page.locator("#members li", has_text=bob_name).locator(".member-colour")
        name_on[page] = await label.evaluate("e => getComputedStyle(e).color")
    assert name_on[alice] == name_on[bob]
    other = alice.locator(".msg:not(.own) .msg-user").last
    ratio = await other.evaluate(CONTRAST)
    assert ratio >= 4.5, ratio

    # A second flagged message: the ban policy's warning says a ban is next.
    await say(alice, "any weed?")
    await expect(alice.locator(".msg.own.flagged-own .msg-status")).to_contain_text("drugs (pack watch)")
    await expect(alice.locator(".notice-warning")).to_contain_text("The next flagged message will get you banned.")

    await alice.click("#rules-link")
    await expect(alice.locator("#rules")).to_be_visible()
    await alice.click("#rules-close")
    await expect(alice.locator("#rules")).to_be_hidden()


# The WCAG contrast ratio of an element's text colour against its message bubble's background.
CONTRAST = """(e) => {
  const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = (c) => {
    const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const fg = lum(getComputedStyle(e).color);
  const bg = lum(getComputedStyle(e.closest(".msg")).backgroundColor);
  return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
}"""
