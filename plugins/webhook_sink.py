"""Example plugin: POST chosen audit events to an HTTP endpoint, retrying with back-off.

Copy this file to forward events to Slack, a SIEM or your own service. Enable it in
``anonchat.yaml``::

    plugins:
      - webhook_sink
    plugin_settings:
      webhook_sink:
        url: https://hooks.example.org/anonchat     # required
        events: [user.banned, message.blocked]    # event names, or prefixes ending in "." (e.g.
                                                  # "admin."); default: every event
        attempts: 3                               # tries per event, the first included
        backoff_s: 0.5                            # wait before the 2nd try; doubles each time
        timeout_s: 1                              # per request

Each event is sent as one JSON object, ``{"event", "actor", "subject", "details", "at"}``, with
``Content-Type: application/json``. A connection error, a time-out, ``429`` or a ``5xx`` answer is
retried; any other ``4xx`` is not (sending the same body again would not help). When every attempt
fails the hook raises, so the core logs the failure under ``webhook_sink`` and counts it in
``app.hooks.errors``.

The sink awaits its I/O (Tornado's ``AsyncHTTPClient``), so it never blocks the event loop, and the
core limits each event to ``audit.hook_timeout_s``: keep ``attempts``, ``backoff_s`` and
``timeout_s`` within it (``anonchat_validate_settings`` cannot see the ``audit`` section, so
the plugin checks at start-up and logs a warning).
"""

import asyncio
import json
import logging

from tornado.httpclient import AsyncHTTPClient, HTTPClientError

from anonchat import hookimpl
from anonchat.plugins import with_defaults

log = logging.getLogger("anonchat.plugins.webhook_sink")

NAME = "webhook_sink"
# Three attempts of at most 1s with 0.5s and 1s between them fit the default audit.hook_timeout_s (5s).
DEFAULTS = {"url": None, "events": None, "attempts": 3, "backoff_s": 0.5, "timeout_s": 1.0}


def _number(value, minimum):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value >= minimum


@hookimpl
def anonchat_validate_settings(plugin_settings):
    settings = with_defaults(plugin_settings, DEFAULTS)
    if not isinstance(settings["url"], str) or not settings["url"].startswith(("http://", "https://")):
        raise ValueError(f"'url' is required: an http:// or https:// address, got {settings['url']!r}")
    events = settings["events"]
    if events is not None and (not isinstance(events, list) or not all(isinstance(e, str) for e in events)):
        raise ValueError(f"'events' must be a list of event names, got {events!r}")
    if not isinstance(settings["attempts"], int) or not _number(settings["attempts"], 1):
        raise ValueError(f"'attempts' must be a whole number of at least 1, got {settings['attempts']!r}")
    for key in ("backoff_s", "timeout_s"):
        if not _number(settings[key], 0.001):
            raise ValueError(f"'{key}' must be a number of seconds above 0, got {settings[key]!r}")


def _settings(app):
    return with_defaults(app.config.plugin_settings[NAME], DEFAULTS)


def worst_case_s(settings):
    """How long delivering one event may take when every attempt times out."""
    backoff = sum(settings["backoff_s"] * 2 ** n for n in range(settings["attempts"] - 1))
    return settings["attempts"] * settings["timeout_s"] + backoff


@hookimpl
def anonchat_startup(app):
    settings, limit = _settings(app), app.config.audit.hook_timeout_s
    if worst_case_s(settings) > limit:
        log.warning("webhook_sink: %d attempts may take up to %.1fs, more than audit.hook_timeout_s (%ss); "
                    "the last attempts of a slow endpoint will be cut off", settings["attempts"],
                    worst_case_s(settings), limit)


def wanted(event_name, events):
    return events is None or any(event_name == e or (e.endswith(".") and event_name.startswith(e))
                                 for e in events)


@hookimpl
def anonchat_audit(event, app):
    settings = _settings(app)
    if not wanted(event.event, settings["events"]):
        return None
    body = json.dumps({"event": event.event, "actor": event.actor, "subject": event.subject,
                       "details": event.details, "at": event.at.isoformat()}, default=str)
    return post(settings, body)


async def post(settings, body):
    """POST `body`, retrying transient failures; raises when every attempt failed."""
    client = AsyncHTTPClient()
    delay = settings["backoff_s"]
    for attempt in range(1, settings["attempts"] + 1):
        try:
            response = await client.fetch(settings["url"], method="POST", body=body, raise_error=False,
                                          headers={"Content-Type": "application/json"},
                                          connect_timeout=settings["timeout_s"],
                                          request_timeout=settings["timeout_s"])
            code, problem = response.code, f"HTTP {response.code}"
        except (OSError, HTTPClientError) as e:  # refused, unreachable, timed out
            code, problem = None, f"{type(e).__name__}: {e}"
        if code is not None and code < 300:
            return
        if code is not None and 400 <= code < 500 and code != 429:
            raise RuntimeError(f"{settings['url']} refused the event: {problem}")
        if attempt < settings["attempts"]:
            await asyncio.sleep(delay)
            delay *= 2
    raise RuntimeError(f"{settings['url']}: gave up after {settings['attempts']} attempts: {problem}")
