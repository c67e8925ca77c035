"""Built-in ban policy: `threshold` flags within `window_s` bring a temporary ban of `ban_s`,
multiplied by `repeat_multiplier` for each earlier ban, and never longer than `max_ban_s`; one flag
short of it brings a warning."""

from datetime import timedelta

from .. import hookimpl
from ..decisions import Ban, Warn


@hookimpl(trylast=True)
def anonchat_ban_policy(verdict, history, settings, now):
    count, threshold = len(history), settings["threshold"]
    if count >= threshold:
        window_min = round(settings["window_s"] / 60)
        return Ban(f"{count} flagged messages within {window_min} minutes", until=now + ban_length(settings))
    if count == threshold - 1:
        return Warn("one more flagged message and you will be banned for a while")
    return None


def ban_length(settings):
    """`ban_s` × `repeat_multiplier` ** `past_bans`, capped at `max_ban_s`. The exponent is capped
    first: 4.0 ** 600 raises OverflowError, and so does a date past the year 9999 (about 15 bans
    with the defaults, uncapped)."""
    growth = settings["repeat_multiplier"] ** min(settings["past_bans"], 64)  # 1000 ** 64 is still a float
    return timedelta(seconds=min(settings["ban_s"] * growth, settings["max_ban_s"]))
