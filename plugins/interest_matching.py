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

Like every matching strategy it is synchronous and pure: it reads the snapshots it is given and
returns decisions, so it never blocks the event loop. The core checks the result (nobody twice,
no group too big) and falls back to the built-in strategy if it is invalid.
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


def group_by_interest(waiting, open_groups, group_size):
    """Decisions that seat users with others who share an interest; `waiting` is longest-waiting first."""
    placed, decisions = set(), []
    for group in open_groups:
        if not group.interests:
            continue
        fits = [u.id for u in waiting if u.id not in placed and u.interests & group.interests]
        fits = fits[:group.capacity - group.size]
        if fits:
            decisions.append(AddToGroup(group.code, tuple(fits)))
            placed.update(fits)
    counts = Counter(i for u in waiting if u.id not in placed for i in u.interests)
    for interest, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        sharing = [u.id for u in waiting if u.id not in placed and interest in u.interests]
        while len(sharing) >= group_size:
            members, sharing = sharing[:group_size], sharing[group_size:]
            decisions.append(NewGroup(tuple(members), interests=frozenset([interest])))
            placed.update(members)
    return decisions


@hookimpl
def anonchat_match(waiting, open_groups, settings, plugin_settings):
    decisions = group_by_interest(waiting, open_groups, settings["group_size"])
    if decisions:
        return decisions
    fallback_after = with_defaults(plugin_settings, DEFAULTS)["fallback_after_s"]
    shared = Counter(i for u in waiting for i in u.interests)
    if any(u.waited_s >= fallback_after for u in waiting) or max(shared.values(), default=0) < 2:
        return None  # the built-in random strategy decides
    return []  # wait for more people who share an interest
