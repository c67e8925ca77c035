"""The audit trail: events are queued and handed to every `anonchat_audit` sink off the message
path, so a slow or broken sink never delays chat."""

import asyncio
import logging
from datetime import datetime, timezone

from .decisions import AuditEvent

log = logging.getLogger("anonchat.audit")


class Audit:
    def __init__(self, app, runner, queue_size):
        self.app = app
        self.runner = runner
        self.queue = asyncio.Queue(maxsize=queue_size)
        self.queued = 0  # events accepted, for GET /metrics
        self.dropped = 0
        self._task = None

    def emit(self, event, actor=None, subject=None, **details):
        """Queue an event; never blocks. A full queue (sinks far behind) drops it, counted and logged."""
        item = AuditEvent(event, actor, subject, details, datetime.now(timezone.utc))
        try:
            self.queue.put_nowait(item)
            self.queued += 1
        except asyncio.QueueFull:
            self.dropped += 1
            log.error("audit queue full; dropped %s event about %s", event, subject)
        return item

    def start(self):
        self._task = asyncio.ensure_future(self._run())

    async def _run(self):
        while True:
            event = await self.queue.get()
            try:
                await self.runner.each_async("anonchat_audit", event=event, app=self.app)
            finally:
                self.queue.task_done()

    async def flush(self, timeout=10.0):
        """Wait until every queued event reached the sinks (tests, shut-down)."""
        try:
            await asyncio.wait_for(self.queue.join(), timeout)
        except asyncio.TimeoutError:
            log.error("audit: %d events not delivered at shut-down", self.queue.qsize())

    async def stop(self):
        await self.flush()
        if self._task:
            self._task.cancel()
