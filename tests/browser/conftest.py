"""Browser fixtures: Debian's Chromium driven by Playwright's async API on the test's own event loop,
so the page and the in-process server (tests/conftest.py `make_server`) run side by side.

Never `playwright install`: the browser is the system's /usr/bin/chromium (`.ci/run` installs it).
"""

import os

import pytest
from playwright.async_api import expect

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
TIMEOUT_MS = 10_000  # every Playwright wait is bounded by this, assertions included

expect.set_options(timeout=TIMEOUT_MS)  # a slow CI machine gets more than the default 5 s, never forever


def pytest_collection_modifyitems(config, items):
    if os.path.exists(CHROMIUM) or os.environ.get("CI") == "true":
        return  # in CI a missing browser must fail the run, not skip it
    skip = pytest.mark.skip(reason=f"{CHROMIUM} is missing (apt-get install -y chromium)")
    for item in items:
        if "browser" in item.fixturenames:
            item.add_marker(skip)


@pytest.fixture
def browser(io_loop):
    """A headless Chromium, bound to the same event loop as the test and its servers."""
    from playwright.async_api import async_playwright

    async def launch():
        pw = await async_playwright().start()
        try:
            return pw, await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                                headless=True, timeout=30_000)
        except BaseException:
            await pw.stop()
            raise

    pw, chromium = io_loop.run_sync(launch, timeout=60)
    yield chromium

    async def close():
        await chromium.close()
        await pw.stop()

    io_loop.run_sync(close, timeout=30)


@pytest.fixture
def open_page(browser):
    """`page = await open_page(url, viewport=…)`: a page in a fresh context (fresh cookies: a new
    anonymous user). Any JavaScript dialog (`alert` from injected markup) is recorded in
    `page.dialogs` and dismissed; any uncaught page error in `page.errors`."""

    async def open_(url, **context_options):
        context = await browser.new_context(**context_options)
        context.set_default_timeout(TIMEOUT_MS)
        page = await context.new_page()
        page.dialogs, page.errors, page.sockets = [], [], []

        async def on_dialog(dialog):
            page.dialogs.append(dialog.message)
            await dialog.dismiss()

        page.on("dialog", on_dialog)
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.on("websocket", lambda ws: page.sockets.append(ws))
        await page.goto(url, timeout=TIMEOUT_MS)
        return page

    return open_
