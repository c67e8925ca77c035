"""Built-in matching strategy: random groups of `group_size`, smaller ones after `max_wait_s`.

Open groups (someone left, or formed small) are topped up first, so nobody chats alone for long
and a group that loses a member is refilled from the queue. A group formed around interests
(`NewGroup.interests`, e.g. a language group a plugin made) is topped up only with users who share
one of them.
"""

import random

from .. import hookimpl
from ..decisions import AddToGroup, NewGroup


@hookimpl(trylast=True)
def anonchat_match(waiting, open_groups, settings):
    size, min_size, max_wait = settings["group_size"], settings["min_size"], settings["max_wait_s"]
    queue = list(waiting)  # longest-waiting first
    decisions = []
    for group in open_groups:
        fits = [u for u in queue if not group.interests or u.interests & group.interests]
        seated = tuple(u.id for u in fits[:group.capacity - group.size])
        if seated:
            decisions.append(AddToGroup(group.code, seated))
            queue = [u for u in queue if u.id not in seated]
    # Everyone who waited too long goes into a smaller group, if enough of them are there.
    overdue = [u for u in queue if u.waited_s >= max_wait]
    random.shuffle(queue)
    while len(queue) >= size:
        members, queue = queue[:size], queue[size:]
        decisions.append(NewGroup(tuple(u.id for u in members)))
    if overdue and len(queue) >= min_size:
        decisions.append(NewGroup(tuple(u.id for u in queue)))
    return decisions
