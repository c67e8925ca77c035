"""The audit log: a filtered, paginated view, and exports as CSV or JSON lines."""

import csv
import io
import json
import re
from datetime import timezone

from .. import queries
from .auth import AdminHandler
from .params import before_id

PAGE = 50
EXPORT_BATCH = 1000
EXPORT_MAX = 100_000
FILTERS = ("event", "actor", "subject")


def _filters(handler):
    return {k: handler.get_argument(k, "").strip() or None for k in FILTERS}


def _row(row):
    return {"id": row["id"], "created_at": row["created_at"].astimezone(timezone.utc).isoformat(), "event": row["event"],
            "actor": row["actor"], "subject": row["subject"], "details": row["details"]}


# Where a spreadsheet may start a new cell: our comma, but also the `;` and tab that other locales
# and "import as…" dialogs split on, and line breaks (spaces and quotes may come before the value).
_FORMULA_START = re.compile(r"(^|[,;\t\r\n])([ \"]*)(?=[=+\-@])")


def _csv_cell(value):
    """A spreadsheet runs a cell that starts with = + - @ as a formula: keep it text.

    Not only at the start of our cell: opened with `;` or tab as the separator, "x;=HYPERLINK(…)"
    is two cells, the second a formula. So every such start gets a `'` (which a spreadsheet shows as
    "this is text"), and a cell that starts with a tab or a carriage return gets one too.
    """
    value = _FORMULA_START.sub(r"\1\2'", "" if value is None else str(value))
    return "'" + value if value[:1] in ("\t", "\r") else value


class AuditHandler(AdminHandler):
    async def get(self):
        filters = _filters(self)
        rows = await queries.audit_rows(self.app.pool, **filters, limit=PAGE + 1, before_id=before_id(self))
        self.render_admin("audit.html", title="Audit log", rows=[_row(r) for r in rows[:PAGE]],
                          more=len(rows) > PAGE, filters={k: v or "" for k, v in filters.items()})


class AuditExportHandler(AdminHandler):
    api = True

    async def get(self, fmt):
        filters = _filters(self)
        self.app.audit.emit("admin.audit_exported", self.current_user, None, format=fmt,
                            filters={k: v for k, v in filters.items() if v})
        if fmt == "csv":
            self.set_header("Content-Type", "text/csv; charset=utf-8")
        else:
            self.set_header("Content-Type", "application/x-ndjson; charset=utf-8")
        self.set_header("Content-Disposition", f'attachment; filename="anonchat-audit.{fmt}"')
        before, sent = None, 0
        if fmt == "csv":
            self.write("id,created_at,event,actor,subject,details\r\n")
        while sent < EXPORT_MAX:  # newest first, in batches, so a long log never sits in memory
            rows = await queries.audit_rows(self.app.pool, **filters, before_id=before, limit=EXPORT_BATCH)
            if not rows:
                break
            out = io.StringIO()
            writer = csv.writer(out)
            for row in map(_row, rows):
                if fmt == "csv":
                    # `details` too: it carries user text (a ban reason), JSON-quoted but still text.
                    writer.writerow([_csv_cell(row[k] if k != "details" else json.dumps(row[k]))
                                     for k in ("id", "created_at", "event", "actor", "subject", "details")])
                else:
                    out.write(json.dumps(row) + "\n")
            self.write(out.getvalue())
            await self.flush()
            before, sent = rows[-1]["id"], sent + len(rows)
