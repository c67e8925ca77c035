"""Where the files anonchat ships beside its code are: templates, static files, migrations and the
default rule packs.

A checkout keeps them at the top level (`templates/`, `static/`, `db/migrations/`, `rulepacks/`),
where contributors and operators look for them, and an editable install reads them there. A wheel
carries copies inside the package as `anonchat/_data/<name>` (setup.py copies them at build time),
found with importlib.resources, so an installed anonchat runs from any directory. Settings in
`anonchat.yaml` (e.g. `rulepacks.directory`) still override.
"""

from importlib.resources import files
from pathlib import Path

#: name -> its directory in a checkout, relative to the checkout (setup.py reads this too).
LAYOUT = {"templates": "templates", "static": "static", "migrations": "db/migrations",
          "rulepacks": "rulepacks"}


def shipped(name: str) -> Path:
    """The directory holding the shipped `name` files (a key of LAYOUT)."""
    packaged = Path(str(files("anonchat") / "_data" / name))
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / LAYOUT[name]
