"""Group commit for chat messages: many messages, one INSERT, every few milliseconds.

A sender is acknowledged only after the commit that holds its message, so an acknowledged message
is never lost; and the database sees one round trip per batch, not per message.
"""

import asyncio
import logging

import psycopg2

from .. import queries

log = logging.getLogger("anonchat.writer")


class StorageUnavailable(Exception):
    """The database could not take a message within the retry budget."""


class MessageWriter:
    def __init__(self, pool, flush_interval_s=0.003, max_batch=1000, retry_s=30.0):
        self.pool = pool
        self.flush_interval_s = flush_interval_s
        self.max_batch = max_batch
        self.retry_s = retry_s
        self._pending = []
        self._wakeup = asyncio.Event()
        self._task = None
        self._stopping = False
        self.batches = 0

    def start(self):
        self._task = asyncio.ensure_future(self._run())

    async def write(self, row):
        """Store one message row; returns (id, created_at) once committed."""
        future = asyncio.get_running_loop().create_future()
        self._pending.append((row, future))
        self._wakeup.set()
        return await future

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
        delay, waited = 0.05, 0.0
        while True:
            try:
                ids = await queries.insert_messages(self.pool, [row for row, _ in batch])
                break
            except (psycopg2.Error, OSError) as e:
                # A restarting database: keep the batch and retry with back-off rather than lose it.
                if waited >= self.retry_s:
                    log.error("giving up on %d messages after %.0fs: %s", len(batch), waited, e)
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(StorageUnavailable(str(e).strip()))
                    return
                log.warning("database write failed (%s); retrying in %.2fs", str(e).strip(), delay)
                await asyncio.sleep(delay)
                waited += delay
                delay = min(delay * 2, 2.0)
        self.batches += 1
        for (_, future), result in zip(batch, ids):
            if not future.done():
                future.set_result(result)

    async def stop(self):
        """Write what is pending, then stop."""
        self._stopping = True
        self._wakeup.set()
        if self._task:
            await self._task
