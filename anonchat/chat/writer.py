"""Group commit for chat messages: many messages, one INSERT, every few milliseconds.

A sender is acknowledged only after the commit that holds its message, so an acknowledged message
is never lost; and the database sees one round trip per batch, not per message. Every row carries a
write id: when a connection breaks after a commit but before its reply, the retry stores only what
is not stored yet, so a retry never makes a second copy (docs/scaling.md).
"""

import asyncio
import bisect
import itertools
import logging
import secrets

import psycopg2

from .. import queries

log = logging.getLogger("anonchat.writer")

# Upper bounds (seconds) of the commit-latency histogram's buckets (GET /metrics): a healthy local
# commit takes about a millisecond, a struggling database hundreds.
COMMIT_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0)


class StorageUnavailable(Exception):
    """The database could not take a message within the retry budget."""


class MessageWriter:
    def __init__(self, pool, flush_interval_s=0.003, max_batch=1000, retry_s=30.0, prefix=None):
        self.pool = pool
        # Write ids: unique across nodes and restarts without a round trip or a uuid per message.
        self._prefix = prefix or secrets.token_hex(6)
        self._counter = itertools.count(1)
        self.flush_interval_s = flush_interval_s
        self.max_batch = max_batch
        self.retry_s = retry_s
        self._pending = []
        self._wakeup = asyncio.Event()
        self._task = None
        self._stopping = False
        self.batches = 0
        # Successful INSERTs by duration: commit_counts[i] counts those up to COMMIT_BUCKETS[i] (the
        # last slot: longer); per batch, not per message.
        self.commit_counts = [0] * (len(COMMIT_BUCKETS) + 1)
        self.commit_seconds = 0.0

    def start(self):
        self._task = asyncio.ensure_future(self._run())

    def add(self, row, stored, failed):
        """Queue one message row. After the commit that holds it, `stored(id, seq, created_at)` is
        called; if the database stays unavailable past the retry budget, `failed(error)`.

        Callbacks rather than a Future per message: at thousands of messages a second, a Future
        and a Task per message are a measurable share of one core (docs/performance.md).
        """
        row["write_id"] = f"{self._prefix}:{next(self._counter)}"
        self._pending.append((row, stored, failed))
        if not self._wakeup.is_set():
            self._wakeup.set()

    async def _run(self):
        while True:
            await self._wakeup.wait()
            if not self._stopping:
                # Let a few milliseconds of messages gather into one batch.
                await asyncio.sleep(self.flush_interval_s)
            self._wakeup.clear()
            while self._pending:
                batch, self._pending = self._pending[:self.max_batch], self._pending[self.max_batch:]
                await self._flush(batch)
            if self._stopping:
                return

    async def _flush(self, batch):
        loop = asyncio.get_running_loop()
        delay, failing_since, done = 0.05, None, {}
        rows = [item[0] for item in batch]
        in_doubt = []  # not empty while an INSERT of these rows may have committed unseen
        while True:
            try:
                if failing_since is not None:  # a retry: the lost reply may be of a commit that happened
                    done.update(await queries.stored_writes(self.pool, [r["write_id"] for r in rows]))
                    rows = [r for r in rows if r["write_id"] not in done]
                    in_doubt.clear()  # the store has answered: what it lacks is not stored
                started = loop.time()
                done.update(await queries.insert_messages(self.pool, rows, sending=lambda: in_doubt.append(1)))
                took = loop.time() - started
                self.commit_counts[bisect.bisect_left(COMMIT_BUCKETS, took)] += 1
                self.commit_seconds += took
                break
            except (psycopg2.OperationalError, psycopg2.InterfaceError, OSError, asyncio.TimeoutError,
                    psycopg2.errors.UniqueViolation) as e:
                # The database restarts or is unreachable: keep the batch and retry with back-off
                # rather than lose it. A unique write id refused means the first attempt's commit
                # is visible now: the retry's check finds it.
                # Only what is known not to be stored may be refused ("send it again"): a batch
                # whose commit is in doubt waits until the store can say, however long that takes.
                # The budget is wall time: a database that hangs rather than refuses makes each
                # attempt last as long as the pool's timeout.
                if failing_since is None:
                    failing_since = loop.time()
                waited = loop.time() - failing_since
                if waited >= self.retry_s and not in_doubt:
                    log.error("giving up on %d messages after %.0fs: %s", len(rows), waited, e)
                    stored_ones = [item for item in batch if item[0]["write_id"] in done]
                    self._deliver(stored_ones, done)
                    return self._fail([item for item in batch if item[0]["write_id"] not in done], e)
                log.warning("database write failed (%s); retrying in %.2fs", str(e).strip(), delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 2.0)
            except psycopg2.Error as e:
                # The database refused the data itself: retrying will not help, and one bad row
                # must not sink the others, so write them one by one.
                if len(batch) == 1:
                    log.error("message not stored: %s", str(e).strip())
                    return self._fail(batch, e)
                for item in batch:
                    if item[0]["write_id"] in done:
                        self._deliver([item], done)
                    else:
                        await self._flush([item])
                return
        self.batches += 1
        self._deliver(batch, done)

    @staticmethod
    def _deliver(batch, done):
        for row, stored, _ in batch:
            _call(stored, *done[row["write_id"]])

    def _fail(self, batch, error):
        error = StorageUnavailable(str(error).strip())
        for _, _, failed in batch:
            _call(failed, error)

    async def stop(self):
        """Write what is pending, then stop."""
        self._stopping = True
        self._wakeup.set()
        if self._task:
            await self._task


def _call(callback, *args):
    # One message's delivery failing (a bug, a closed socket) must not cost the rest of the batch.
    try:
        callback(*args)
    except Exception:
        log.exception("message callback failed")
