"""The moderation engine: YAML rule packs compiled into one immutable, thread-safe matcher.

    engine = Engine.from_directory("rulepacks")   # RulePackError: file:line: reason
    verdict = engine.check("some text")           # Verdict(action, text, hits, categories)
    engine.is_cheap(text)                         # False: check it on a worker thread, not the event loop

At most `Engine.max_chars` characters of a message are read (`engine.stats["over_budget"]` counts
longer ones); what a message may cost is in docs/rulepacks.md#cost.

A pure library: no server, no database. The format of a pack is in docs/rulepacks.md.
"""

from .engine import ACTION_RANK, Engine, Hit, PackInfo, Verdict
from .packs import RulePackError
from .reload import ReloadResult, RulePackReloader

__all__ = ["ACTION_RANK", "Engine", "Hit", "PackInfo", "ReloadResult", "RulePackError", "RulePackReloader",
           "Verdict"]
