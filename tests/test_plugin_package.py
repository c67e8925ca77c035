"""A plugin package as its author would write it from docs/plugins.md: pip-installed with anonchat
into a fresh virtualenv outside this checkout, its own tests using anonchat's pytest plugin.

Needs pip to reach the package index (anonchat's dependencies, pytest-tornado); skipped with the
reason where it cannot.
"""

import importlib.util
import os
import socket
import subprocess
import textwrap
import venv
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent


def index_unreachable():
    """Why pip cannot fetch packages here, or None when it can."""
    if os.environ.get("ANONCHAT_TEST_OFFLINE"):
        return "ANONCHAT_TEST_OFFLINE is set"
    url = os.environ.get("PIP_INDEX_URL", "https://pypi.org/simple")
    host = urlsplit(url).hostname
    try:
        socket.create_connection((host, urlsplit(url).port or 443), timeout=5).close()
    except OSError as e:
        return f"no network for pip: the package index {host} is unreachable ({e})"
    return None


def not_packaged():
    # A wheel of anonchat serves only when it carries its templates and migrations (anonchat/shipped.py).
    if importlib.util.find_spec("anonchat.shipped") is None:
        return "this anonchat does not ship its templates and migrations inside the package (anonchat/shipped.py)"
    return None


PLUGIN = {
    "pyproject.toml": """
        [build-system]
        requires = ["setuptools>=61"]
        build-backend = "setuptools.build_meta"

        [project]
        name = "anonchat-shout"
        version = "1.2"
        dependencies = ["anonchat"]

        [project.entry-points.anonchat]
        shout = "anonchat_shout"

        [tool.setuptools]
        py-modules = ["anonchat_shout"]

        [tool.pytest.ini_options]
        anonchat_fixtures = true
        """,
    "anonchat_shout.py": """
        \"\"\"Masks the word "shout".\"\"\"
        from anonchat import hookimpl
        from anonchat.moderation import Hit

        @hookimpl
        def anonchat_moderate(text):
            i = text.find("shout")
            if i >= 0:
                return [Hit("shout", "noise", "shout", i, i + 5, "shout", "mask", "low")]
        """,
    "tests/test_shout.py": """
        import pytest
        from anonchat.testing import group_of

        @pytest.mark.gen_test(timeout=60)
        async def test_the_installed_plugin_masks_shout(make_server):
            app, url = await make_server(matching={"max_wait_s": 0.5})
            assert app.pm.sources["shout"] == "entry point from anonchat-shout"
            alice, bob = await group_of(url, 2)
            await alice.send(type="message", text="do not shout", id="1")
            assert (await bob.recv("message"))["text"] == "do not *****"

        @pytest.mark.gen_test(timeout=60)
        async def test_without_entry_points_it_is_not_loaded(make_server):
            app, url = await make_server(matching={"max_wait_s": 0.5}, entry_points=False)
            assert "shout" not in app.pm.sources
            alice, bob = await group_of(url, 2)
            await alice.send(type="message", text="do not shout", id="1")
            assert (await bob.recv("message"))["text"] == "do not shout"
        """,
}


@pytest.mark.skipif(bool(index_unreachable()), reason=str(index_unreachable()))
@pytest.mark.skipif(bool(not_packaged()), reason=str(not_packaged()))
def test_a_pip_installed_plugin_package_passes_its_own_tests_with_the_pytest_plugin(tmp_path):
    package = tmp_path / "anonchat-shout"
    for name, text in PLUGIN.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(textwrap.dedent(text).lstrip())
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = str(env_dir / "bin" / "python")

    def run(*args, **kwargs):
        proc = subprocess.run(args, capture_output=True, text=True, timeout=900, **kwargs)
        assert proc.returncode == 0, f"{' '.join(args)} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
        return proc.stdout

    # pytest-tornado imports pkg_resources, which setuptools 81 removed.
    run(python, "-m", "pip", "install", "--quiet", str(ROOT), "pytest-tornado>=0.8", "setuptools<81", cwd=tmp_path)
    run(python, "-m", "pip", "install", "--quiet", str(package), cwd=tmp_path)
    where = run(python, "-c", "import anonchat; print(anonchat.__file__)", cwd=tmp_path)
    assert where.startswith(str(env_dir)), f"anonchat imported from {where}, not the virtualenv"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTEST_ADDOPTS")}
    out = run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--basetemp={tmp_path / 'pt'}", "tests",
              cwd=package, env=env)
    assert "2 passed" in out
