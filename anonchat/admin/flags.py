"""The flag queue: flagged and blocked messages, newest first, with their hits highlighted."""

from urllib.parse import urlencode

from .. import queries
from .auth import AdminHandler
from .highlight import with_segments
from .params import before_id, row_id
from .users import DURATIONS

PAGE = 50


class FlagQueueHandler(AdminHandler):
    async def get(self):
        filters = {k: self.get_argument(k, "").strip() for k in ("category", "pack", "user")}
        reviewed = self.get_argument("reviewed", "") == "1"
        before = before_id(self)
        rows = await queries.flagged_messages(self.app.pool, category=filters["category"] or None,
                                              pack=filters["pack"] or None, session_id=filters["user"] or None,
                                              include_reviewed=reviewed, limit=PAGE + 1,
                                              before_id=before)
        messages = with_segments(rows[:PAGE])
        next_page = urlencode({**filters, "reviewed": "1" if reviewed else "",
                               "before": messages[-1]["id"] if messages else ""})
        packs = self.app.engine.engine.packs
        self.render_admin("flags.html", title="Flag queue", messages=messages, more=len(rows) > PAGE,
                          next_page=next_page, filters=filters, reviewed=reviewed, durations=DURATIONS,
                          categories=sorted({p.category for p in packs}), packs=sorted(p.id for p in packs))


class DismissHandler(AdminHandler):
    async def post(self, message_id):
        row = await queries.dismiss_flag(self.app.pool, row_id(message_id, "message id"), self.current_user)
        if row is None:
            return self.fail(f"Message {message_id} is not a flagged message.", 404)
        self.app.audit.emit("admin.flag_dismissed", self.current_user, row["user_session_id"],
                            message_id=row["id"])
        self.done("/admin/flags")
