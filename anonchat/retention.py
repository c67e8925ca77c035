"""Data retention: the text of messages older than `retention.message_days` is blanked.

An anonymous chat should not keep what people wrote forever. The rows stay, only their text goes
(`queries.purge_messages` says exactly what is kept): flags, bans and the admin's view of a user
refer to messages, ban policies count flagged messages over up to a year, and a group's numbers
(`messages.seq`) must stay without holes, since a node reads a hole as a message it missed.

The server purges every `retention.interval_s` (an hour), starting at start-up, as a built-in
plugin registered like the other defaults (`disabled_plugins: [retention]` turns it off);
`anonchat purge` purges once. Each statement blanks at most `BATCH` rows, so the messages table is
never locked for long, and one purge runs at a time across all processes of one database.
"""

import asyncio
import logging

from . import hookimpl, queries

log = logging.getLogger("anonchat.retention")

BATCH = 1000


async def purge(pool, days, dry_run=False, since=None, wait=True):
    """(count, cutoff): the messages older than `days` days blanked (or counted, with `dry_run`)."""
    return await queries.purge_messages(pool, days, since=since, limit=BATCH, dry_run=dry_run, wait=wait)


async def _every(app, days, interval_s):
    # Everything older than the last cutoff is blank already: each run reads only what is new
    # since, not the whole history again.
    since = None
    while True:
        try:
            count, cutoff = await purge(app.pool, days, since=since, wait=False)
            if count is None:
                log.info("another process is purging messages; this node skips its turn")
            else:
                since = cutoff
                if count:
                    log.info("retention: blanked the text of %d messages older than %s days", count, days)
        except asyncio.CancelledError:
            raise
        except Exception:  # the database may be away for a while; the next run tries again
            log.exception("retention: purging messages failed; trying again in %s s", interval_s)
        await asyncio.sleep(interval_s)


@hookimpl
def anonchat_startup(app):
    days = app.config.retention.message_days
    if days is not None:
        app.state["retention"] = asyncio.ensure_future(_every(app, days, app.config.retention.interval_s))


@hookimpl
async def anonchat_shutdown(app):
    task = app.state.pop("retention", None)
    if task is not None:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
