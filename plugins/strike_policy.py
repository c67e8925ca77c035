"""Example plugin: a stricter ban policy — three strikes with escalating bans, and a permanent ban
for doxxing.

Copy this file to start your own ban policy. Enable it in ``anonchat.yaml``::

    plugins:
      - strike_policy
    plugin_settings:
      strike_policy:
        strikes: 3                          # flagged messages within ban_policy.window_s before a ban
        ban_durations_s: [3600, 86400, 604800]  # 1st ban 1 hour, 2nd a day, 3rd a week; then permanent
        permanent_categories: [pii]         # one message in these categories: banned for good

The policy, for each flagged or blocked message:

- a hit in a ``permanent_categories`` category (``pii``: someone's address, ID number… — doxxing)
  bans the user permanently (``Ban(until=None)``) at once;
- the ``strikes``-th flagged message within ``ban_policy.window_s`` (counted since the user's last
  ban) bans them for the next of ``ban_durations_s``; past the end of the list a ban is permanent;
- every flagged message short of that brings a warning: "strike 1 of 3…".

A ban policy is a ``firstresult`` hook, so this one is asked before the built-in threshold policy
and its answer is final (it never returns ``None``). It is synchronous and pure: everything it
needs arrives as arguments, including ``now``, so it is tested without a clock or a database.
"""

from datetime import timedelta

from anonchat import hookimpl
from anonchat.decisions import Ban, Warn
from anonchat.plugins import with_defaults

DEFAULTS = {"strikes": 3, "ban_durations_s": [3600, 86400, 604800], "permanent_categories": ["pii"]}


def _positive(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0


@hookimpl
def anonchat_validate_settings(plugin_settings):
    settings = with_defaults(plugin_settings, DEFAULTS)
    if not isinstance(settings["strikes"], int) or not _positive(settings["strikes"]):
        raise ValueError(f"'strikes' must be a whole number of at least 1, got {settings['strikes']!r}")
    durations = settings["ban_durations_s"]
    if not isinstance(durations, list) or not all(_positive(d) for d in durations):
        raise ValueError(f"'ban_durations_s' must be a list of seconds above 0, got {durations!r}")
    categories = settings["permanent_categories"]
    if not isinstance(categories, list) or not all(isinstance(c, str) for c in categories):
        raise ValueError(f"'permanent_categories' must be a list of category names, got {categories!r}")


@hookimpl
def anonchat_ban_policy(verdict, history, settings, now, plugin_settings):
    own = with_defaults(plugin_settings, DEFAULTS)
    doxxing = sorted(set(verdict.categories) & set(own["permanent_categories"]))
    if doxxing:
        return Ban(f"posting {', '.join(doxxing)}: permanent ban", until=None)
    strike, limit = len(history), own["strikes"]
    if strike < limit:
        return Warn(f"strike {strike} of {limit}: at {limit} you will be banned")
    durations, past_bans = own["ban_durations_s"], settings["past_bans"]
    if past_bans >= len(durations):
        return Ban(f"strike {strike} of {limit} after {past_bans} earlier bans: permanent ban", until=None)
    seconds = durations[past_bans]
    return Ban(f"strike {strike} of {limit}: banned for {_human(seconds)}", until=now + timedelta(seconds=seconds))


def _human(seconds):
    for unit, size in (("week", 604800), ("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size and seconds % size == 0:
            n = seconds // size
            return f"{n:g} {unit}{'s' if n != 1 else ''}"
    return f"{seconds:g} seconds"
