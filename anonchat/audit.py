"""The audit trail: events are queued and handed to every `anonchat_audit` sink off the message
path, so a slow or broken sink never delays chat.

Each sink has a queue and a worker of its own. A sink that hangs waits out its time limit on its
own events only: the others, the built-in database sink above all, go on at their own pace, and
when its queue is full the events it has no room for are dropped for it alone, counted under its
name (`dropped`, GET /metrics) and logged with it.
"""

import asyncio
import logging
from collections import Counter
from datetime import datetime, timezone

from .decisions import AuditEvent
from .plugins import LogLimit

log = logging.getLogger("anonchat.audit")


class Audit:
    def __init__(self, app, runner, queue_size):
        self.app = app
        self.runner = runner
        # plugin name -> (hook implementation, its queue); the plugins are all registered by now.
        self.sinks = {impl.plugin_name: (impl, asyncio.Queue(maxsize=queue_size))
                      for impl in runner.impls("anonchat_audit")}
        self.queued = 0  # events accepted, for GET /metrics
        self.dropped = Counter()  # plugin name -> events its full queue could not take
        self._log = LogLimit(log)
        self._tasks = []

    def emit(self, event, actor=None, subject=None, **details):
        """Queue an event for every sink; never blocks. A sink whose queue is full (it is far
        behind) misses it: counted and logged under that sink's name, the others still get it."""
        item = AuditEvent(event, actor, subject, details, datetime.now(timezone.utc))
        self.queued += 1
        for name, (_, queue) in self.sinks.items():
            try:
                queue.put_nowait(item)
            except asyncio.QueueFull:
                self.dropped[name] += 1
                self._log.error((name, "dropped"), "plugin '%s' anonchat_audit: %d events behind, queue full; "
                                "dropped %s event about %s", name, queue.qsize(), event, subject)
        return item

    def start(self):
        self._tasks = [asyncio.ensure_future(self._run(impl, queue)) for impl, queue in self.sinks.values()]

    async def _run(self, impl, queue):
        while True:
            event = await queue.get()
            try:
                await self.runner.call(impl, "anonchat_audit", event=event, app=self.app)
            finally:
                queue.task_done()

    async def flush(self, timeout=10.0):
        """Wait until every queued event reached its sink (tests, shut-down), `timeout` s at most."""
        try:
            await asyncio.wait_for(asyncio.gather(*(q.join() for _, q in self.sinks.values())), timeout)
        except asyncio.TimeoutError:
            for name, (_, queue) in self.sinks.items():
                if queue.qsize():
                    log.error("audit: %d events not delivered to plugin '%s' at shut-down", queue.qsize(), name)

    async def stop(self):
        await self.flush()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
