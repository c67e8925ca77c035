"""anonchat: anonymous group chat with real moderation."""

__version__ = "0.1.0"
