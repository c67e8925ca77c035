"""Every hook a plugin can implement, in one place.

A plugin is a module (or object) with functions named like these hooks and decorated with
``@anonchat.hookimpl``. It needs to implement only the hooks it cares about, and each
implementation may accept only the arguments it uses.

Settings: each plugin has its own block under ``plugin_settings`` in ``anonchat.yaml``, keyed by
the plugin's name (its file or module name, or its entry-point name). Hooks that receive ``app``
find it in ``app.config.plugin_settings[name]``; the others take a ``plugin_settings`` argument,
which anonchat fills for each implementation with that plugin's own block (``{}`` when there is
none). ``anonchat_validate_settings`` checks the block at start-up.

Hooks on the message path (``anonchat_match``, ``anonchat_ban_policy``, ``anonchat_moderate``)
are synchronous and pure: they get snapshots and return a decision, so they cost microseconds and
never block the event loop. Do not make them ``async``: pluggy does not await, and a coroutine
returned by a ``firstresult`` hook is not ``None``, so it would "win" unawaited. anonchat treats a
coroutine there as an invalid result.

Hooks with I/O (``anonchat_startup``, ``anonchat_shutdown``, ``anonchat_audit``) may return an
awaitable; anonchat awaits it with a time limit.

docs/plugins.md's hook reference is generated from these docstrings (``docs/gen_plugins_ref.py``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

import pluggy

from .decisions import AddToGroup, AdminPage, AuditEvent, Ban, FlagRecord, NewGroup, OpenGroup, Partial, WaitingUser, Warn

if TYPE_CHECKING:
    from .app import App
    from .moderation import Hit, Verdict

hookspec = pluggy.HookspecMarker("anonchat")

#: A plugin's own block of ``plugin_settings`` in ``anonchat.yaml`` (``{}`` when it has none).
Settings = dict[str, Any]


@hookspec
def anonchat_startup(app: App) -> Awaitable[None] | None:
    """Called once when the server starts, after the database is migrated and connected and
    before the first request is served.

    :param app: the ``anonchat.app.App``: ``app.config`` (the validated configuration, with
        ``app.config.plugin_settings`` holding each plugin's settings block), ``app.pool`` (the
        aiopg pool), ``app.engine`` (the live moderation engine).
    :returns: ``None`` or an awaitable, awaited with ``audit.hook_timeout_s`` as limit. An error
        is logged with the plugin's name; start-up continues.

    Example::

        @hookimpl
        async def anonchat_startup(app):
            app.state["greeting"] = app.config.plugin_settings.get("hello", {}).get("text", "hi")
    """


@hookspec
def anonchat_shutdown(app: App) -> Awaitable[None] | None:
    """Called once when the server stops, before the database pool is closed.

    :param app: the ``anonchat.app.App``, as for ``anonchat_startup``.
    :returns: ``None`` or an awaitable, awaited with a time limit.

    Example::

        @hookimpl
        def anonchat_shutdown(app):
            my_file.close()
    """


@hookspec
def anonchat_validate_settings(plugin_settings: Settings) -> None:
    """Check this plugin's settings block. Called once for each implementing plugin while the
    plugin manager is built, before the database is touched, so a mistake stops start-up (and
    ``anonchat plugins``) with one line instead of surfacing at the first event.

    :param plugin_settings: this plugin's own settings block: ``plugin_settings.<name>`` from
        ``anonchat.yaml``, or ``{}`` when there is none.
    :returns: ``None``. Raise ``ValueError("what is wrong")`` to reject the settings: start-up
        stops with ``plugin '<name>': plugin_settings.<name>: what is wrong`` (exit status 2).

    Example::

        @hookimpl
        def anonchat_validate_settings(plugin_settings):
            if not isinstance(plugin_settings.get("path"), str):
                raise ValueError("'path' is required: the file to write to")
    """


@hookspec(firstresult=True)
def anonchat_match(waiting: tuple[WaitingUser, ...], open_groups: tuple[OpenGroup, ...], settings: dict[str, Any],
                   plugin_settings: Settings, blocked: frozenset[frozenset[str]]
                   ) -> list[NewGroup | AddToGroup] | Partial | None:
    """Decide which waiting users form groups. Called whenever the queue changes and about once a
    second while anyone waits. Stops at the first non-None result, unless it is a
    ``decisions.Partial``: then the next implementation (finally the built-in random strategy) is
    asked at once about the users it left, so a plugin can take care of some users and leave the
    others to the default. In a cluster (docs/scaling.md) it is called on one node at a time, the
    matching leader, with the whole cluster's queue and open groups; keep no state between calls in
    the plugin (the next call may be on another node), and install the plugin on every node.

    :param waiting: tuple of ``decisions.WaitingUser``, longest-waiting first.
    :param open_groups: tuple of ``decisions.OpenGroup`` with free seats.
    :param settings: the ``matching`` config section (``group_size``, ``min_size``,
        ``max_wait_s``).
    :param plugin_settings: this plugin's own settings block.
    :param blocked: frozenset of ``frozenset({id_a, id_b})``: pairs of session ids that must not
        share a group: a member asked never to be grouped with the other (see the ``report``
        frame in docs/protocol.md), or the two have the same username (each node of a cluster
        picks its own users' names, so two nodes can give out one). Each pair has a waiting user;
        the other is waiting too or seated in an open group (``OpenGroup.members``).
    :returns: a list of ``decisions.NewGroup`` / ``decisions.AddToGroup`` (an empty list means
        "nobody now"), a ``decisions.Partial`` (these now, the rest to the next strategy), or
        ``None`` for no opinion. A result that names an unknown or already seated user, a user
        twice, a group larger than ``group_size`` or smaller than 2, an unknown group, or that
        puts a blocked pair together is invalid: it is logged with the plugin's name and the next
        implementation decides. After a ``Partial`` the next one sees only the users it neither
        seated nor held back, and the open groups with the users it seated in them (less those it
        filled); ``blocked`` stays the same.

    Example — pair users two by two::

        @hookimpl
        def anonchat_match(waiting):
            return [NewGroup(members=(a.id, b.id)) for a, b in zip(waiting[::2], waiting[1::2])]

    Example — language groups first, everyone else to the default. The groups' ``interests`` keep
    the built-in strategy from topping a language group up with non-speakers, and speakers still
    too few for a group wait 30 seconds for company before the default may seat them with anyone::

        LANGUAGES = ("lang:de", "lang:fr")

        @hookimpl
        def anonchat_match(waiting, open_groups, settings):
            size, decisions, placed = settings["group_size"], [], set()
            for lang in LANGUAGES:
                speakers = [u.id for u in waiting if lang in u.interests and u.id not in placed]
                for group in open_groups:
                    if lang in group.interests and speakers:
                        free = group.capacity - group.size
                        decisions.append(AddToGroup(group.code, tuple(speakers[:free])))
                        speakers = speakers[free:]
                while len(speakers) >= size:
                    decisions.append(NewGroup(tuple(speakers[:size]), interests=frozenset({lang})))
                    speakers = speakers[size:]
                placed |= {m for d in decisions for m in d.members}
            hold = {u.id for u in waiting
                    if u.id not in placed and u.interests & set(LANGUAGES) and u.waited_s < 30}
            return Partial(tuple(decisions), hold=frozenset(hold))
    """


@hookspec(firstresult=True)
def anonchat_ban_policy(user_id: str, verdict: Verdict, history: tuple[FlagRecord, ...], settings: dict[str, Any],
                        now: datetime, plugin_settings: Settings) -> Warn | Ban | None:
    """Decide what happens to a user whose message was just flagged or blocked. Stops at the first
    non-None result.

    :param user_id: the user's anonymous session id.
    :param verdict: the ``anonchat.moderation.Verdict`` of the new message (``action``,
        ``categories``, ``hits``).
    :param history: tuple of ``decisions.FlagRecord``: this user's flagged messages within
        ``ban_policy.window_s``, oldest first, the new one included (last).
    :param settings: the ``ban_policy`` config section as a dict (``threshold``, ``window_s``,
        ``ban_s``, ``repeat_multiplier``, ``max_ban_s``), plus ``past_bans`` (how many bans this
        user had before).
    :param now: the current time (timezone-aware UTC), so policies stay pure.
    :param plugin_settings: this plugin's own settings block.
    :returns: ``None`` (no opinion), ``decisions.Warn(reason)`` or ``decisions.Ban(reason,
        until)``. Anything else is logged with the plugin's name and ignored; a ban policy that
        fails never bans (fail safe).

    Example — ban for a day on any drug message::

        @hookimpl
        def anonchat_ban_policy(verdict, now):
            if "drugs" in verdict.categories:
                return Ban("drug dealing", until=now + timedelta(days=1))
    """


@hookspec
def anonchat_audit(event: AuditEvent, app: App) -> Awaitable[None] | None:
    """Receive every auditable event. Every implementation (sink) gets every event.

    Sinks run off the message path, each from a queue of its own (``audit.queue_size`` events)
    worked by a task of its own, one event at a time in order: a slow sink never delays chat nor
    another sink. Each call is limited to ``audit.hook_timeout_s``; an error or a time-out is
    logged with the plugin's name while the other sinks carry on. When a sink falls so far behind
    that its queue is full, the events it has no room for are dropped for that sink alone,
    counted under its name (``anonchat_audit_events_dropped_total{plugin="<name>"}`` in GET
    /metrics) and logged with it; the built-in database sink still gets every event.

    :param event: a ``decisions.AuditEvent``.
    :param app: the ``anonchat.app.App`` (for its config and database pool).
    :returns: ``None`` or an awaitable.

    Example::

        @hookimpl
        def anonchat_audit(event, app):
            if event.event == "user.banned":
                print("banned", event.subject, event.details["reason"])
    """


@hookspec
def anonchat_moderate(text: str, verdict: Verdict, plugin_settings: Settings) -> list[Hit] | None:
    """Add hits to a message's verdict, e.g. from a classifier. Called for every chat message
    after the rule packs; must be fast and pure.

    :param text: the message as the user typed it.
    :param verdict: the rule packs' ``Verdict``.
    :param plugin_settings: this plugin's own settings block.
    :returns: ``None`` or a list of ``anonchat.moderation.Hit`` (spans index ``text``); their
        actions merge into the verdict (``block`` > ``mask`` > ``flag``). A hit with another
        action, a span outside ``text`` or a field of the wrong type is dropped, logged and
        counted under the plugin's name; the message is judged on the other hits.

    Example::

        @hookimpl
        def anonchat_moderate(text):
            if "free money" in text.lower():
                i = text.lower().index("free money")
                return [Hit("scam_plugin", "spam", "free-money", i, i + 10, text[i:i + 10], "block", "high")]
    """


@hookspec
def anonchat_rulepack_validators(plugin_settings: Settings
                                 ) -> dict[str, dict[str, Callable[..., Any]]] | None:
    """Contribute validators and detectors that rule packs can name.

    Called once at start-up, before the rule packs are first loaded; reloads reuse the result.

    :param plugin_settings: this plugin's own settings block.
    :returns: ``None`` or a dict with optional keys ``"validators"`` (name → ``fn(matched_text)
        -> bool``, used by a pattern's ``validate:``) and ``"detectors"`` (name → ``fn(text) ->
        iterable of (start, end)`` spans, used in a pack's ``detectors:`` list).

    Example::

        @hookimpl
        def anonchat_rulepack_validators():
            return {"validators": {"even": lambda s: int(s) % 2 == 0}}
    """


@hookspec
def anonchat_admin_pages(app: App) -> list[AdminPage] | None:
    """Add pages to the admin console. Called once at start-up.

    :param app: the ``anonchat.app.App``.
    :returns: ``None`` or a list of ``decisions.AdminPage``; each is served at
        ``/admin/plugins/<path>`` behind the admin login and gets a navigation entry.

    Example::

        class StatsPage(AdminHandler):
            async def get(self):
                self.render_admin("plugin_page.html", title="Stats", body=str(len(self.app.hub.users)))

        @hookimpl
        def anonchat_admin_pages(app):
            return [AdminPage("stats", "Stats", StatsPage)]
    """
