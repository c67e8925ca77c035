"""Built-in matching strategy: random groups of `group_size`, smaller ones after `max_wait_s`.

Open groups (someone left, or formed small) are topped up first, so nobody chats alone for long
and a group that loses a member is refilled from the queue. Two users who blocked one another
are never placed in one group: a user who fits no group now waits for the next round. A group
formed around interests (`NewGroup.interests`, e.g. a language group a plugin made) is topped up
only with users who share one of them.
"""

import random

from .. import hookimpl
from ..decisions import AddToGroup, NewGroup


@hookimpl(trylast=True)
def anonchat_match(waiting, open_groups, settings, blocked):
    size, min_size, max_wait = settings["group_size"], settings["min_size"], settings["max_wait_s"]
    apart = {}  # id -> the ids it must not share a group with
    for a, b in blocked:
        apart.setdefault(a, set()).add(b)
        apart.setdefault(b, set()).add(a)
    # Longest-waiting first into the open groups, then the rest at random into new ones.
    open_seats = [_Seats(g.capacity - g.size, g.members, g.code, g.interests) for g in open_groups
                  if g.size < g.capacity]
    queue = [u for u in waiting if _place(u, open_seats, apart) is None]
    decisions = [AddToGroup(s.code, tuple(s.taken)) for s in open_seats if s.taken]
    # Everyone who waited too long goes into a smaller group, if enough of them are there.
    overdue = any(u.waited_s >= max_wait for u in queue)
    random.shuffle(queue)
    forming = []  # new groups not yet full (without blocks, never more than one)
    for user in queue:
        group = _place(user, forming, apart)
        if group is None:
            group = _Seats(size, (), None)
            forming.append(group)
            _place(user, [group], apart)
        if not group.free:
            forming.remove(group)
            decisions.append(NewGroup(tuple(group.taken)))
    decisions += [NewGroup(tuple(s.taken)) for s in forming if overdue and len(s.taken) >= min_size]
    return decisions


class _Seats:
    """Free seats in a group being filled: `taken` are the waiting users' ids placed in it."""

    def __init__(self, free, members, code, interests=frozenset()):
        self.free, self.members, self.code, self.taken = free, set(members), code, []
        self.interests = interests


def _place(user, groups, apart):
    """Seat `user` in the first group of `groups` with a free seat, nobody they are kept apart
    from, and an interest in common if the group has interests; returns that group, or None when
    there is none."""
    others = apart.get(user.id, ())
    for group in groups:
        if (group.free and not any(o in group.members for o in others)
                and (not group.interests or user.interests & group.interests)):
            group.free -= 1
            group.members.add(user.id)
            group.taken.append(user.id)
            return group
    return None
