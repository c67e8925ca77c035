"""Rule packs: what is loaded, what failed and where, a pack's YAML, reload now, try a message."""

import re
from pathlib import Path

from ..moderation.packs import SUFFIXES, RulePackError, pack_files as listed_files, read_pack_file
from .auth import AdminHandler, when
from .highlight import segments

_LOCATION = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+): (?P<message>.*)$", re.S)


def error_locations(error):
    """[{file, name, line, message}] of a failed reload; one `RulePackError` may carry several."""
    if error is None:
        return []
    out = []
    for e in getattr(error, "errors", None) or [error]:
        file, line, message = getattr(e, "file", None), getattr(e, "line", None), getattr(e, "message", None)
        m = _LOCATION.match(str(e)) if file is None and line is None else None
        if m:  # an error without attributes, in the `file:line: message` form
            file, line, message = m["file"], int(m["line"]), m["message"]
        out.append({"file": file, "name": Path(file).name if file else None, "line": line,
                    "message": message or str(e)})
    return out


def reload_summary(result):
    """The last reload as JSON-able values; None when nothing was reloaded since start-up."""
    if result is None:
        return None
    return {"ok": result.ok, "version": result.version, "at": when(result.at) + " UTC" if result.at else None,
            "error": None if result.ok else str(result.error)}


# The rules first, then what tunes them; anything else the engine counts comes last.
COUNT_NAMES = {"words": "word", "patterns": "pattern", "detectors": "detector", "contexts": "context",
               "allow": "allowed word", "tests": "test"}


def count_labels(counts):
    """["158 words", "1 detector", …] for a pack's `counts`, in a fixed order, zeros left out."""
    order = list(COUNT_NAMES) + sorted(set(counts) - set(COUNT_NAMES))
    labels = []
    for key in order:
        n = counts.get(key)
        if n:
            name = COUNT_NAMES.get(key, key)
            labels.append(f"{n} {name}{'' if n == 1 or name.endswith('s') else 's'}")
    return labels


def pack_files(app):
    """{file name: Path} of the pack files the server may load: regular files in the rule-pack
    directory, never a link (which could show any file the server can read)."""
    try:
        files, _ = listed_files(app.config.rulepacks.directory)
    except RulePackError:  # no directory: the reload reports it
        return {}
    return {p.name: p for p in files}


def watcher_summary(reloader):
    """Is the watcher polling, and when did it last look? (A stopped watcher means no hot reload.)"""
    return {"alive": reloader.watching, "last_check": when(reloader.last_check) + " UTC" if reloader.last_check
            else None, "interval": reloader.interval}


def pack_rows(app):
    """One row per pack file: the live pack's facts, and whether the last reload failed on it."""
    engine, result = app.engine.engine, app.engine.last_result
    errors = error_locations(result.error) if result is not None and not result.ok else []
    failed = {e["name"]: e for e in errors}
    live = {Path(p.path).name: p for p in engine.packs}
    rows = []
    for name in sorted(set(pack_files(app)) | set(live) | {n for n in failed if n and n.endswith(SUFFIXES)}):
        pack = live.get(name)
        if name in failed:
            status = "error: the previous version is live" if pack else "error: not loaded"
        elif pack is None:
            status = "not loaded"
        else:
            status = "loaded" if pack.enabled else "disabled"
        rows.append({"file": name, "pack": pack, "status": status, "error": failed.get(name),
                     "counts": count_labels(getattr(pack, "counts", None) or {})})
    return rows, errors


class RulePacksHandler(AdminHandler):
    def get(self):
        self.show()

    def show(self, tried=None):
        rows, errors = pack_rows(self.app)
        self.render_admin("rulepacks.html", title="Rule packs", rows=rows, errors=errors,
                          engine=self.app.engine.engine, last=reload_summary(self.app.engine.last_result),
                          watcher=watcher_summary(self.app.engine),
                          tried=tried, max_chars=self.app.config.limits.max_message_chars)


class PackFileHandler(AdminHandler):
    def get(self, name):
        path = pack_files(self.app).get(name)
        if path is None:  # only files that are in the directory: no path ever comes from the URL
            return self.fail(f"There is no rule-pack file {name!r}.", 404)
        try:
            lines = read_pack_file(path).splitlines()
        except RulePackError as e:  # replaced by a link or removed since it was listed
            return self.fail(f"Cannot show {name!r}: {e.message}", 404)
        rows, errors = pack_rows(self.app)
        row = next((r for r in rows if r["file"] == name), None)
        # A YAML error at the end of the file points one line past it: mark the last line then.
        error_lines = {min(e["line"], len(lines)) for e in errors if e["name"] == name and e["line"]}
        self.render_admin("rulepack.html", title=name, row=row, errors=[e for e in errors if e["name"] == name],
                          lines=[(i, line, i in error_lines) for i, line in enumerate(lines, 1)])


class ReloadHandler(AdminHandler):
    async def post(self):
        # Built in a worker thread, swapped in whole; chat keeps being checked meanwhile.
        result = await self.app.engine.reload_async()
        hub = self.app.hub  # and every other node of a cluster reloads its own copy of the packs
        await hub.bus.broadcast({"op": "reload", "node": hub.node_id})
        self.app.audit.emit("admin.rulepacks_reload", self.current_user, None, ok=result.ok,
                            version=result.version, error=None if result.ok else str(result.error))
        self.redirect("/admin/rulepacks")


class TryHandler(RulePacksHandler):
    def post(self):
        text = self.get_argument("text", "")[: self.app.config.limits.max_message_chars]
        verdict = self.app.engine.engine.check(text)
        # The text itself stays out of the audit log: admins may paste real personal data to test.
        self.app.audit.emit("admin.rulepacks_tried", self.current_user, None, action=verdict.action,
                            categories=list(verdict.categories), chars=len(text))
        self.show({"text": text, "verdict": verdict, "segments": segments(text, verdict.hits)})
