"""The Nodes page in Chromium on a phone-sized screen: every column readable, nothing cut off."""

import pytest
from playwright.async_api import expect
from test_admin_browser import PASSWORD, chat_pages, console, screenshot_path  # noqa: F401 (fixtures)

PHONE = {"viewport": {"width": 390, "height": 844}}


@pytest.mark.gen_test(timeout=120)
async def test_the_nodes_page_is_readable_390_px_wide(console, open_page):
    app, url, _ = await console()
    await chat_pages(open_page, url, 2)
    page = await open_page(url + "/admin/nodes", **PHONE)
    await page.fill("#name", "root")
    await page.fill("#password", PASSWORD)
    await page.click("button[type=submit]")
    await expect(page).to_have_url(url + "/admin/nodes")
    row = page.locator(f'tr[data-node="{app.hub.node_id}"]')
    await expect(row).to_contain_text("this node")
    # Each cell says what it is (the table's header is hidden on a phone) and fits the screen.
    online = row.locator('td[data-label="Online"]')
    await expect(online).to_have_text("2")
    label = await online.evaluate("td => getComputedStyle(td, '::before').content")
    assert label == '"Online: "'
    assert await page.evaluate("document.documentElement.scrollWidth") <= 390
    box = await row.locator('td[data-label="Engine version"]').bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    if shot := screenshot_path("admin-nodes-phone.png"):
        await page.screenshot(path=str(shot), full_page=True)
    assert not page.errors
