"""Example plugin: every audit event as one JSON line in a file, rotated by size.

Copy this file to start your own audit sink. Enable it in ``anonchat.yaml``::

    plugins:
      - audit_jsonl                  # this file, plugins/audit_jsonl.py
    plugin_settings:
      audit_jsonl:
        path: /var/log/anonchat/audit.jsonl   # required; relative paths are under data_dir
        max_bytes: 10485760                   # rotate when the next line would pass this size
        backups: 5                            # keep audit.jsonl.1 … audit.jsonl.5 (0: just truncate)

Each line is ``{"event", "actor", "subject", "details", "at"}`` with ``at`` in ISO 8601, e.g.::

    {"event": "user.banned", "actor": "policy", "subject": "3f…", "details": {"reason": "…"}, "at": "2026-…"}

Rotation works like ``logging.handlers.RotatingFileHandler``: ``audit.jsonl`` becomes
``audit.jsonl.1``, ``.1`` becomes ``.2`` and so on, and the oldest is deleted. The file is opened
for each event, so an outside ``logrotate`` or a deleted file needs no restart, and the plugin
holds no state between events. Appending a line to a local file takes microseconds, so the sink
writes synchronously; a sink on a slow disk or the network should await its I/O instead (see
``webhook_sink.py``).
"""

import json
import os
from pathlib import Path

from anonchat import hookimpl
from anonchat.plugins import with_defaults

NAME = "audit_jsonl"  # the key of this plugin's block in plugin_settings
DEFAULTS = {"path": None, "max_bytes": 10 * 1024 * 1024, "backups": 5}


def append(path, line, max_bytes, backups):
    """Append `line` (bytes) to `path`, rotating first when it would grow past `max_bytes`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    size = path.stat().st_size if path.exists() else 0
    if size and size + len(line) > max_bytes:
        for n in range(backups - 1, 0, -1):
            if Path(f"{path}.{n}").exists():
                os.replace(f"{path}.{n}", f"{path}.{n + 1}")
        if backups:
            os.replace(path, f"{path}.1")
        else:
            path.unlink()
    with open(path, "ab") as f:
        f.write(line)


@hookimpl
def anonchat_validate_settings(plugin_settings):
    settings = with_defaults(plugin_settings, DEFAULTS)
    if not isinstance(settings["path"], str) or not settings["path"]:
        raise ValueError("'path' is required: the file to append events to")
    for key, minimum in (("max_bytes", 1), ("backups", 0)):
        value = settings[key]
        if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
            raise ValueError(f"'{key}' must be a whole number of at least {minimum}, got {value!r}")


@hookimpl
def anonchat_audit(event, app):
    settings = with_defaults(app.config.plugin_settings[NAME], DEFAULTS)
    record = {"event": event.event, "actor": event.actor, "subject": event.subject,
              "details": event.details, "at": event.at.isoformat()}
    line = (json.dumps(record, default=str, ensure_ascii=False) + "\n").encode()
    append(Path(app.config.data_dir) / settings["path"], line, settings["max_bytes"], settings["backups"])
