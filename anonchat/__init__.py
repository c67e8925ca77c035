"""anonchat: anonymous group chat with real moderation."""

import pluggy

__version__ = "0.1.0"

#: Decorate a plugin's hook implementations with this: ``@anonchat.hookimpl``.
hookimpl = pluggy.HookimplMarker("anonchat")
