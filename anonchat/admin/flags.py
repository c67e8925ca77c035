"""The flag queue: flagged, blocked and reported messages, newest first, with their hits
highlighted, the members' report reasons, and a ban whose reason says which rule was broken."""

from collections import Counter
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
        reported = self.get_argument("reported", "") == "1"
        before = before_id(self)
        rows = await queries.flagged_messages(self.app.pool, category=filters["category"] or None,
                                              pack=filters["pack"] or None, session_id=filters["user"] or None,
                                              include_reviewed=reviewed, limit=PAGE + 1,
                                              before_id=before, reported=reported)
        messages = with_segments(rows[:PAGE])
        for msg in messages:
            msg["reports"] = sorted(Counter(msg["report_reasons"]).items())
            msg["ban_reason"] = ban_reason(msg)
        next_page = urlencode({**filters, "reviewed": "1" if reviewed else "", "reported": "1" if reported else "",
                               "before": messages[-1]["id"] if messages else ""})
        packs = self.app.engine.engine.packs
        self.render_admin("flags.html", title="Flag queue", messages=messages, more=len(rows) > PAGE,
                          next_page=next_page, filters=filters, reviewed=reviewed, reported=reported,
                          durations=DURATIONS, reasons=REASON_LABELS,
                          categories=sorted({p.category for p in packs}), packs=sorted(p.id for p in packs))


# The report reasons of the protocol (anonchat/chat/protocol.py), as people read them.
REASON_LABELS = {"harassment": "harassment", "sexual": "sexual content", "spam": "spam",
                 "personal_data": "personal data", "other": "other"}


def ban_reason(msg):
    """A ban's reason as the banned user and the admins read it: the categories the message broke
    and their packs, or what the members reported it for. Not the rule: a word rule is the term
    itself, and a slur would be shown back to the user and listed on the bans page."""
    broken = []
    for hit in msg["hits"]:
        if isinstance(hit, dict):
            text = f"{hit.get('category')} (pack {hit.get('pack')})"
            if text not in broken:
                broken.append(text)
    if broken:
        return ("Broke the chat rules: " + "; ".join(broken))[:500]
    reasons = ", ".join(REASON_LABELS.get(r, r) for r, _ in msg["reports"])
    return f"Reported by other members for {reasons}" if reasons else f"Message #{msg['id']}"


class DismissHandler(AdminHandler):
    async def post(self, message_id):
        row = await queries.dismiss_flag(self.app.pool, row_id(message_id, "message id"), self.current_user)
        if row is None:
            return self.fail(f"Message {message_id} is not a flagged message.", 404)
        self.app.audit.emit("admin.flag_dismissed", self.current_user, row["user_session_id"],
                            message_id=row["id"])
        self.done("/admin/flags")
