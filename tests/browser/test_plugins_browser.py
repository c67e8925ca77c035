"""The console's Plugins page in a real browser, after real chat through the plugins: an admin
finds a failing plugin from the navigation and opens its traceback.

`ANONCHAT_UPDATE_SCREENSHOTS=1` rewrites docs/admin-plugins.png from this test.
"""

from pathlib import Path

import pytest
from playwright.async_api import expect
from test_admin_browser import PASSWORD, log_in, screenshot_path

from anonchat.passwords import hash_password
from anonchat.testing import group_of

ROOT = Path(__file__).resolve().parent.parent.parent
CLASSIFIER = '''\
"""Scores messages with a (pretend) classifier; its model file is missing."""
from anonchat import hookimpl

__version__ = "0.3.1"


@hookimpl
def anonchat_moderate(text):
    if "?" in text:
        return load_model().score(text)


def load_model():
    raise FileNotFoundError("models/toxicity-v3.bin")
'''


@pytest.mark.gen_test(timeout=90)
async def test_an_admin_finds_a_failing_plugin_and_its_traceback(make_server, open_page, tmp_path):
    (tmp_path / "classifier.py").write_text(CLASSIFIER)
    app, url = await make_server(config_plugins=[str(tmp_path / "classifier.py"),
                                                 str(ROOT / "plugins" / "strike_policy.py"),
                                                 str(ROOT / "plugins" / "audit_jsonl.py")],
                                 plugin_settings={"audit_jsonl": {"path": str(tmp_path / "audit.jsonl")}},
                                 admin={"accounts": {"root": hash_password(PASSWORD, iterations=1000)}},
                                 matching={"max_wait_s": 0.5})
    alice, bob = await group_of(url, 2)
    for i, text in enumerate(["hi all", "anyone here?", "fine, I'll talk to myself"]):
        await alice.send(type="message", text=text, id=str(i))
        await bob.recv("message")

    admin = await log_in(open_page, url)
    await admin.click("header nav >> text=Plugins")
    await expect(admin).to_have_url(url + "/admin/plugins")
    card = admin.locator("#plugin-classifier")
    await expect(card.locator("h2 .badge")).to_have_text("1 error")
    await expect(card.locator(".version")).to_have_text("0.3.1")
    await expect(card.locator(".source")).to_contain_text(f"config: file {tmp_path / 'classifier.py'}")
    await expect(card.locator('tr[data-hook="anonchat_moderate"] td[data-label="Calls"]')).to_have_text("3")
    await expect(card.locator(".problem")).to_have_text(
        "raised FileNotFoundError: models/toxicity-v3.bin")
    traceback = card.locator(".traceback")
    await expect(traceback).to_be_hidden()
    await card.locator("summary").click()
    await expect(traceback).to_contain_text("in load_model")
    await expect(admin.locator("#plugin-strike_policy h2 .badge")).to_have_text("no errors")
    await expect(admin.locator("#plugin-audit_jsonl")).to_contain_text("anonchat_audit")
    assert admin.errors == []
    if shot := screenshot_path("admin-plugins.png"):
        await admin.screenshot(path=str(shot), full_page=True)
