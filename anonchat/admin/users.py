"""Users and bans: find a user, see what they wrote and what was done about it, ban and unban."""

from datetime import datetime, timedelta, timezone

from .. import queries
from .auth import AdminHandler
from .highlight import with_segments

# (form value, label); seconds, or "permanent".
DURATIONS = (("600", "10 minutes"), ("3600", "1 hour"), ("86400", "1 day"), ("604800", "7 days"),
             ("2592000", "30 days"), ("permanent", "permanent"))


def online_rows(hub):
    """Who is connected now, for the users page (the database knows only who ever was)."""
    rows = []
    for user in hub.users.values():
        state = ("in group " + user.group.code if user.group else
                 "waiting" if user.session_id in hub.waiting else "idle")
        if user.socket is None:
            state += " (reconnecting)"
        rows.append({"session_id": user.session_id, "username": user.username, "state": state})
    return sorted(rows, key=lambda r: r["username"].lower())


class UsersHandler(AdminHandler):
    async def get(self):
        q = self.get_argument("q", "").strip()
        found = await queries.find_sessions(self.app.pool, q) if q else None
        self.render_admin("users.html", title="Users", q=q, found=found, online=online_rows(self.app.hub))


class UserHandler(AdminHandler):
    async def get(self, session_id):
        pool = self.app.pool
        session = await queries.get_session(pool, session_id)
        if session is None:
            return self.fail("No such user.", 404)
        live = self.app.hub.users.get(session_id)
        self.render_admin(
            "user.html", title=session["username"], session=session, live=live,
            messages=with_segments(await queries.user_messages(pool, session_id, limit=50)),
            flags=await queries.get_flags(pool, session_id),
            flagged=with_segments(await queries.flagged_messages(pool, session_id=session_id,
                                                                 include_reviewed=True, limit=50)),
            bans=await queries.ban_history(pool, session_id),
            active_ban=await queries.active_ban(pool, session_id),
            audit=await queries.audit_rows(pool, subject=session_id, limit=20),
            durations=DURATIONS)


class BansHandler(AdminHandler):
    async def get(self):
        pool = self.app.pool
        self.render_admin("bans.html", title="Bans", active=await queries.list_bans(pool, True),
                          past=await queries.list_bans(pool, False), durations=DURATIONS,
                          session_id=self.get_argument("session_id", ""))


class BanHandler(AdminHandler):
    async def post(self):
        session_id = self.get_argument("session_id", "").strip()
        reason = self.get_argument("reason", "").strip()
        duration = self.get_argument("duration", "")
        if not reason:
            return self.fail("A ban needs a reason: the user is shown it.")
        if duration != "permanent" and duration not in dict(DURATIONS):
            return self.fail("Choose a duration from the list, or permanent.")
        if await queries.get_session(self.app.pool, session_id) is None:
            return self.fail(f"No user has the session id {session_id!r}.", 404)
        until = None if duration == "permanent" else datetime.now(timezone.utc) + timedelta(seconds=int(duration))
        await self.app.hub.ban(session_id, reason[:500], until, self.current_user)  # audits and disconnects
        self.done(f"/admin/users/{session_id}")


class UnbanHandler(AdminHandler):
    async def post(self):
        session_id = self.get_argument("session_id", "").strip()
        reason = self.get_argument("reason", "").strip()
        if not reason:
            return self.fail("Say why the ban is lifted: it goes into the ban's record.")
        if await queries.active_ban(self.app.pool, session_id) is None:
            return self.fail("That user has no active ban.", 404)
        await self.app.hub.unban(session_id, self.current_user, reason[:500])  # audits
        self.done(f"/admin/users/{session_id}")
