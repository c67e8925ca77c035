"""Rule packs: what is loaded, what failed and where, a pack's YAML, reload now, try a message;
what an edit would change (or what the last one changed) on stored messages, and Apply or Discard
a candidate (`rulepacks.apply: manual`)."""

import asyncio
import logging
import re
from pathlib import Path

from .. import queries
from ..moderation.packs import SUFFIXES, RulePackError, read_pack_file
from ..moderation.packs import pack_files as listed_files
from ..moderation.reload import compare
from .auth import AdminHandler, when
from .highlight import segments

log = logging.getLogger(__name__)

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


# --- previews: what a swap of engines changes on the newest stored messages -------------------------

KINDS = {"block": "newly blocked", "mask": "newly masked", "flag": "newly flagged", "release": "released"}
# A page stays readable and its size bounded (an edit may touch thousands of messages over
# thousands of rules); the counts are always whole, and `anonchat rulepacks diff` lists every one.
SHOWN_PER_RULE = 100
SHOWN = 1000


async def preview(app, swap):
    """The `Preview` of `swap` (a `reload.Swap`), computed once per swap: the newest
    `rulepacks.preview_messages` messages re-checked by both engines on a worker thread, never on
    the event loop. A failure (the database is down) is raised and tried again next time."""
    if swap.preview is None:
        async def run():
            messages = await queries.recent_messages(app.pool, app.config.rulepacks.preview_messages)
            return await asyncio.get_running_loop().run_in_executor(None, compare, swap.old, swap.new, messages)
        swap.preview = asyncio.ensure_future(run())
    try:
        return await asyncio.shield(swap.preview)
    except Exception:
        swap.preview = None
        raise


def preview_view(result):
    """A Preview as the template shows it: counts, then each rule with its messages highlighted
    (at most SHOWN_PER_RULE a rule and SHOWN in all; `hidden` counts the rest)."""
    groups, budget = [], SHOWN
    for rule, changes in result.by_rule():
        if budget <= 0:
            break
        rows = [{"id": c.message["id"], "when": when(c.message["created_at"]), "username": c.message["username"],
                 "group": c.message["group_code"], "kind": c.kind, "label": KINDS[c.kind], "before": c.before,
                 "after": c.after, "segments": segments(c.message["content"], c.hits)}
                for c in changes[:min(SHOWN_PER_RULE, budget)]]
        budget -= len(rows)
        groups.append({"rule": rule, "rows": rows, "total": len(changes)})
    hidden = len(result.changes) - sum(len(g["rows"]) for g in groups)
    return {"old": result.old, "new": result.new, "checked": result.checked, "changed": len(result.changes),
            "counts": [(KINDS[k], k, n) for k, n in result.counts().items()], "groups": groups, "hidden": hidden}


async def swap_view(app, swap):
    """{at, old, new, preview or error} for the template, or None without a swap."""
    if swap is None:
        return None
    view = {"at": when(swap.at) + " UTC", "old": swap.old.version, "new": swap.new.version}
    try:
        view["preview"] = preview_view(await preview(app, swap))
    except Exception as e:  # the page still shows, with the reason the preview is missing
        log.warning("rule-pack preview failed: %s", e)
        view["error"] = f"The preview could not be made: {type(e).__name__}: {e}"
    return view


class RulePacksHandler(AdminHandler):
    async def get(self):
        await self.show()

    async def show(self, tried=None):
        rows, errors = pack_rows(self.app)
        reloader = self.app.engine
        candidate = reloader.candidate
        self.render_admin("rulepacks.html", title="Rule packs", rows=rows, errors=errors,
                          engine=reloader.engine, last=reload_summary(reloader.last_result),
                          watcher=watcher_summary(reloader), manual=reloader.apply_mode == "manual",
                          candidate=await swap_view(self.app, candidate),
                          last_change=None if candidate else await swap_view(self.app, reloader.last_change),
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
                            version=result.version, error=None if result.ok else str(result.error),
                            candidate=result.candidate)
        self.redirect("/admin/rulepacks")


class DecideHandler(AdminHandler):
    """POST /admin/rulepacks/(apply|discard) with the candidate's `version`: the version the admin
    saw previewed, so a newer edit that replaced it meanwhile is never applied unseen. Every node
    of a cluster does the same with its own candidate (`RulePackReloader.follow`)."""

    async def post(self, action):
        reloader, version = self.app.engine, self.get_argument("version", "")
        swap, live_was = reloader.candidate, reloader.engine.version
        # The reloader checks the version again under its lock: a build may replace the candidate now.
        done = await (reloader.apply_async(version) if action == "apply" else reloader.discard_async(version))
        if not done:
            now = reloader.candidate
            now = f"the candidate now is {now.new.version}" if now else "there is no candidate now"
            return self.fail(f"There is no candidate {version!r} to {action} ({now}: it was applied, discarded "
                             "or replaced by a newer edit). Look at the Rule packs page again.", 409)
        ready = swap.preview is not None and swap.preview.done() and not swap.preview.cancelled()
        previewed = swap.preview.result().counts() if ready and swap.preview.exception() is None else None
        hub = self.app.hub
        await hub.bus.broadcast({"op": "rulepacks", "action": action, "version": version, "node": hub.node_id})
        self.app.audit.emit("admin.rulepacks_applied" if action == "apply" else "admin.rulepacks_discarded",
                            self.current_user, None, version=version, live_was=live_was, previewed=previewed)
        self.redirect("/admin/rulepacks")


class TryHandler(RulePacksHandler):
    async def post(self):
        text = self.get_argument("text", "")[: self.app.config.limits.max_message_chars]
        verdict = self.app.engine.engine.check(text)
        swap = self.app.engine.candidate  # and what the candidate would do, while there is one
        candidate = swap.new.check(text) if swap is not None else None
        # The text itself stays out of the audit log: admins may paste real personal data to test.
        self.app.audit.emit("admin.rulepacks_tried", self.current_user, None, action=verdict.action,
                            categories=list(verdict.categories), chars=len(text))
        await self.show({"text": text, "verdict": verdict, "segments": segments(text, verdict.hits),
                         "candidate": candidate and {"verdict": candidate, "segments": segments(text, candidate.hits)}})
