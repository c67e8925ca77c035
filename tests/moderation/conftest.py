import pytest
from verdicts import RULEPACKS

from anonchat.moderation import Engine


@pytest.fixture(scope="session")
def engine():
    """The engine over the shipped rule packs (it holds no state between checks: one for all)."""
    return Engine.from_directory(RULEPACKS)
