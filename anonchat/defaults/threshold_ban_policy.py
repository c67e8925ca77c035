"""Built-in ban policy: `threshold` flags within `window_s` bring a temporary ban of `ban_s`,
multiplied by `repeat_multiplier` for each earlier ban; one flag short of it brings a warning."""

from datetime import timedelta

from .. import hookimpl
from ..decisions import Ban, Warn


@hookimpl(trylast=True)
def anonchat_ban_policy(verdict, history, settings, now):
    count, threshold = len(history), settings["threshold"]
    if count >= threshold:
        seconds = settings["ban_s"] * settings["repeat_multiplier"] ** settings["past_bans"]
        window_min = round(settings["window_s"] / 60)
        return Ban(f"{count} flagged messages within {window_min} minutes", until=now + timedelta(seconds=seconds))
    if count == threshold - 1:
        return Warn("one more flagged message and you will be banned for a while")
    return None
