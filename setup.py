"""The metadata is in pyproject.toml. This file only copies the top-level data directories into the
package when a wheel is built (anonchat/shipped.py says why and how they are found)."""

import runpy
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

LAYOUT = runpy.run_path("anonchat/shipped.py")["LAYOUT"]


class build_py_with_data(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's own directories
        target = Path(self.build_lib, "anonchat", "_data")
        for name, source in LAYOUT.items():
            shutil.copytree(source, target / name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", ".*", "*~", "*.swp"))


setup(cmdclass={"build_py": build_py_with_data})
