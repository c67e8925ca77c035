"""The moderation engine: YAML rule packs compiled into one immutable, thread-safe matcher.

    engine = Engine.from_directory("rulepacks")   # RulePackError: file:line: reason
    verdict = engine.check("some text")           # Verdict(action, text, hits, categories)

A pure library: no server, no database. The format of a pack is in docs/rulepacks.md.
"""

from .engine import ACTION_RANK, Engine, Hit, PackInfo, Verdict
from .packs import RulePackError
from .reload import ReloadResult, RulePackReloader

__all__ = ["ACTION_RANK", "Engine", "Hit", "PackInfo", "ReloadResult", "RulePackError", "RulePackReloader",
           "Verdict"]
