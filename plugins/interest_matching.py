"""Example plugin: put people who share an interest together, and fall back to random groups.

Copy this file to start your own matching strategy. Enable it in ``anonchat.yaml``::

    plugins:
      - interest_matching
    plugin_settings:
      interest_matching:
        fallback_after_s: 15     # after this long in the queue, the built-in random strategy decides

Users send interests with ``{"type": "join", "interests": ["chess", "jazz"]}``. Each time the
queue changes (and about once a second while anyone waits) this strategy:

1. seats waiting users in open groups that formed around an interest they share;
2. forms full groups (``matching.group_size``) of users who share an interest, the most shared
   interest first, longest-waiting users first;
3. if it placed nobody, returns ``None`` — "no opinion" — when someone has waited
   ``fallback_after_s`` or nobody in the queue shares an interest with anyone, so the built-in
   random strategy groups everyone as usual (including smaller groups after
   ``matching.max_wait_s``); otherwise it returns ``[]``, "nobody now", to wait for more people
   with the same interest.

Two users who blocked one another (``blocked``) are never put in one group: a user who would sit
with someone they are kept apart from is left for a later group. Like every matching strategy it is
synchronous and pure: it reads the snapshots it is given and returns decisions, so it never blocks
the event loop. The core checks the result (nobody twice, no group too big, no blocked pair) and
falls back to the built-in strategy if it is invalid.
"""

from collections import Counter

from anonchat import hookimpl
from anonchat.decisions import AddToGroup, NewGroup
from anonchat.plugins import with_defaults

DEFAULTS = {"fallback_after_s": 15.0}


@hookimpl
def anonchat_validate_settings(plugin_settings):
    value = with_defaults(plugin_settings, DEFAULTS)["fallback_after_s"]
    if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
        raise ValueError(f"'fallback_after_s' must be a number of seconds, got {value!r}")


def group_by_interest(waiting, open_groups, group_size, blocked=frozenset()):
    """Decisions that seat users with others who share an interest, never two who blocked one
    another together; `waiting` is longest-waiting first."""
    placed, decisions = set(), []

    def fits(user, members):
        return all(frozenset((user.id, m)) not in blocked for m in members)

    def take(candidates, seats, members):
        chosen = []
        for user in candidates:
            if len(chosen) < seats and fits(user, [*members, *chosen]):
                chosen.append(user.id)
        return chosen

    for group in open_groups:
        if not group.interests:
            continue
        sharing = [u for u in waiting if u.id not in placed and u.interests & group.interests]
        chosen = take(sharing, group.capacity - group.size, group.members)
        if chosen:
            decisions.append(AddToGroup(group.code, tuple(chosen)))
            placed.update(chosen)
    counts = Counter(i for u in waiting if u.id not in placed for i in u.interests)
    for interest, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        while True:
            sharing = [u for u in waiting if u.id not in placed and interest in u.interests]
            members = take(sharing, group_size, ())
            if len(members) < group_size:
                break
            decisions.append(NewGroup(tuple(members), interests=frozenset([interest])))
            placed.update(members)
    return decisions


@hookimpl
def anonchat_match(waiting, open_groups, settings, plugin_settings, blocked):
    decisions = group_by_interest(waiting, open_groups, settings["group_size"], blocked)
    if decisions:
        return decisions
    fallback_after = with_defaults(plugin_settings, DEFAULTS)["fallback_after_s"]
    shared = Counter(i for u in waiting for i in u.interests)
    if any(u.waited_s >= fallback_after for u in waiting) or max(shared.values(), default=0) < 2:
        return None  # the built-in random strategy decides
    return []  # wait for more people who share an interest
