"""The values that hooks receive (snapshots) and return (decisions).

Decisions are small frozen dataclasses, never booleans or dicts, so the core can tell a real
answer from a mistake: a hook returns one of these or `None` ("no opinion"). Anything else is
invalid; the core logs it with the plugin's name and applies the default decision.
"""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Optional

# --- snapshots passed to hooks ------------------------------------------------------------------


@dataclass(frozen=True)
class WaitingUser:
    """A user in the matching queue.

    :param id: the user's anonymous session id (stable across reconnects).
    :param username: the random display name.
    :param interests: lower-cased interests the client sent with ``join`` (may be empty).
    :param waited_s: seconds since the user asked to join.
    """

    id: str
    username: str
    interests: frozenset = frozenset()
    waited_s: float = 0.0


@dataclass(frozen=True)
class OpenGroup:
    """A live group that has free seats (it lost members, or formed below full size).

    :param code: the group's code, as in ``chat_groups.group_code``.
    :param size: members now.
    :param capacity: the most members it may hold.
    :param interests: interests the group formed around, if a strategy recorded them.
    :param members: the session ids seated in it (to keep blocked pairs apart).
    """

    code: str
    size: int
    capacity: int
    interests: frozenset = frozenset()
    members: frozenset = frozenset()


@dataclass(frozen=True)
class FlagRecord:
    """One earlier flagged or blocked message of a user.

    :param at: when it was sent (timezone-aware).
    :param action: the moderation action taken: ``flag``, ``mask`` or ``block``.
    :param categories: the categories of its hits.
    """

    at: datetime
    action: str
    categories: tuple = ()


@dataclass(frozen=True)
class AuditEvent:
    """Something an operator may need to account for later.

    :param event: dotted name: ``message.flagged``, ``message.blocked``, ``message.reported``
        (a member reported it: ``message_id``, ``reason``, ``reporter`` and ``blocked_until`` when
        they blocked the sender, who is the subject), ``user.banned``,
        ``user.unbanned``, ``user.warned``, ``rulepacks.reloaded``, ``rulepacks.reload_failed``,
        ``rulepacks.candidate`` (an edit built and waiting, ``rulepacks.apply: manual``),
        and one per admin-console action: ``admin.login``, ``admin.login_failed``,
        ``admin.logout``, ``admin.flag_dismissed``, ``admin.rulepacks_reload``,
        ``admin.rulepacks_applied``, ``admin.rulepacks_discarded``,
        ``admin.rulepacks_tried``, ``admin.audit_exported`` (bans and unbans by an admin are
        ``user.banned`` / ``user.unbanned`` with the admin as actor).
    :param actor: who caused it: an admin's name, ``policy:<plugin>`` (the ban policy that
        decided), ``system``, or a username.
    :param subject: what it is about: usually a session id, or a rule-pack id.
    :param details: JSON-able extra facts (reason, categories, message id, errors…).
    :param at: when it happened (timezone-aware UTC).
    """

    event: str
    actor: Optional[str]
    subject: Optional[str]
    details: dict
    at: datetime

    def as_dict(self) -> dict[str, Any]:
        return {"event": self.event, "actor": self.actor, "subject": self.subject,
                "details": self.details, "created_at": self.at}


# --- decisions returned by hooks ----------------------------------------------------------------


@dataclass(frozen=True)
class NewGroup:
    """Matching decision: form a new group of these waiting users (by ``WaitingUser.id``).

    :param members: the users' ids.
    :param interests: what the group is about (``OpenGroup.interests`` later). The built-in
        random strategy tops a group with interests up only with users who share one of them, so
        a group formed around ``lang:de`` is never filled with users who did not say ``lang:de``.
    """

    members: tuple
    interests: frozenset = frozenset()


@dataclass(frozen=True)
class AddToGroup:
    """Matching decision: seat these waiting users in the open group with code ``group``."""

    group: str
    members: tuple


@dataclass(frozen=True)
class Partial:
    """Matching decision: seat some of the waiting users and leave everyone else to the next
    matching strategy (finally the built-in random one), which is asked at once with the rest.

    :param decisions: ``NewGroup`` / ``AddToGroup`` decisions, as a whole answer would list them;
        they are checked the same way.
    :param hold: ids of waiting users the next strategies do not see this time: they keep
        waiting (e.g. the speakers of a language still too few to form a group of their own).
    """

    decisions: tuple = ()
    hold: frozenset = frozenset()


@dataclass(frozen=True)
class Warn:
    """Ban-policy decision: no ban; the user is sent a warning with ``reason``."""

    reason: str


@dataclass(frozen=True)
class Ban:
    """Ban-policy decision: ban the user.

    :param reason: shown to the user and to admins.
    :param until: when the ban ends (timezone-aware); ``None`` for a permanent ban.
    """

    reason: str
    until: Optional[datetime] = None


@dataclass(frozen=True)
class AdminPage:
    """An admin-console page contributed by a plugin.

    :param path: URL path below ``/admin/plugins/``, e.g. ``"stats"`` → ``/admin/plugins/stats``.
    :param title: the navigation entry's text.
    :param handler: a ``tornado.web.RequestHandler`` subclass; login is enforced by the core.
    """

    path: str
    title: str
    handler: Any = field(compare=False)
