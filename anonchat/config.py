"""Configuration: `anonchat.yaml`, validated against one schema, with environment overrides.

Every mistake in the file becomes a `ConfigError` whose message is one line naming the file, the
line, the key and what was expected (for a number, the range it must be in); the CLI prints it and
exits with status 2. The file is read with a bounded cost (`safeyaml`): no file can hang start-up.
"""

import ipaddress
import os
import secrets
from pathlib import Path
from types import SimpleNamespace

import yaml

from .safeyaml import load as load_yaml
from .shipped import shipped

# Environment variables that override a key. Secrets and the database URL belong in the
# environment in production, so the file can be committed without them.
ENV_OVERRIDES = {
    "ANONCHAT_DATABASE_URL": ("database", "url"),
    "ANONCHAT_COOKIE_SECRET": ("server", "cookie_secret"),
    "ANONCHAT_REDIS_URL": ("cluster", "redis_url"),
}

_OPTIONAL_STR = (str, type(None))
_NUMBER = (int, float)

DAY, YEAR = 86400, 365 * 86400

DEFAULT_RULES = (
    "Be kind: no harassment, threats or hate.",
    "Nothing sexual, and never anything involving minors.",
    "No spam, scams or advertising.",
    "Keep personal data private: no phone numbers, addresses or e-mail addresses, yours or anyone's.",
)
MAX_RULE_CHARS = 500

# key -> (type or tuple of types, default[, (lowest, highest)]) or a nested dict for a section.
# Every number has a range: 0 or a negative where a duration, a size or a count belongs would
# spin a loop, refuse every frame or never let anyone in, and .inf and .nan are in no range.
SCHEMA = {
    "server": {
        "host": (str, "127.0.0.1"),
        "port": (int, 8888, (0, 65535)),
        "cookie_secret": (_OPTIONAL_STR, None),
        "xheaders": (bool, False),
        "secure_cookies": (bool, False),  # every cookie Secure, whatever the request came over
        "trusted_proxies": (list, []),
    },
    "database": {
        "url": (_OPTIONAL_STR, None),
        "pool_min": (int, 1, (1, 1000)),
        "pool_max": (int, 10, (1, 1000)),
        "migrate_on_start": (bool, True),
    },
    "cluster": {
        "redis_url": (_OPTIONAL_STR, None),
        "address": (_OPTIONAL_STR, None),
    },
    "data_dir": (str, "./var"),
    "rulepacks": {
        "directory": (_OPTIONAL_STR, None),  # null: the packs shipped with anonchat
        "reload_interval_s": (_NUMBER, 1.0, (0.05, DAY)),  # polling at 0 s keeps a core busy
        "allow_empty": (bool, False),
        "apply": (str, "auto"),  # or "manual": an edit waits in the console as a previewed candidate
        "preview_messages": (int, 10_000, (1, 1_000_000)),  # stored messages a preview re-checks
    },
    "plugins": (list, []),
    "disabled_plugins": (list, []),
    "plugin_settings": (dict, {}),
    "matching": {
        "group_size": (int, 5, (2, 100)),
        "min_size": (int, 2, (2, 100)),
        "max_wait_s": (_NUMBER, 20.0, (0.01, DAY)),
    },
    "chat": {  # what users are told, and what they can ask for (docs/protocol.md)
        "rules": (list, list(DEFAULT_RULES)),  # shown before joining and linked from the chat
        "age_notice": (_OPTIONAL_STR, "You must be 18 or older to use this chat."),
        "block_s": (_NUMBER, 30 * DAY, (60, 10 * YEAR)),  # how long a member's block keeps two apart
    },
    "ban_policy": {
        "threshold": (int, 3, (1, 10_000)),
        "window_s": (_NUMBER, 3600.0, (1, YEAR)),
        "ban_s": (_NUMBER, 600.0, (1, 10 * YEAR)),
        "repeat_multiplier": (_NUMBER, 4.0, (1, 1000)),
        "max_ban_s": (_NUMBER, 10 * YEAR, (1, 100 * YEAR)),  # repeat bans grow up to this, never past it
    },
    "limits": {
        "max_message_chars": (int, 1000, (1, 100_000)),
        "max_frame_bytes": (int, 16384, (256, 16 << 20)),
        "rate_per_s": (_NUMBER, 1.0, (0.001, 10_000)),
        "burst": (int, 5, (1, 10_000)),
        "reconnect_grace_s": (_NUMBER, 60.0, (0.1, DAY)),
        "history": (int, 50, (1, 1000)),
        "storage_retry_s": (_NUMBER, 30.0, (0.1, 3600)),
    },
    "admin": {
        "accounts": (dict, {}),
        "max_failures": (int, 5, (1, 1000)),
        "lockout_s": (_NUMBER, 300.0, (1, YEAR)),
        "login_burst": (int, 10, (1, 10_000)),
        "login_per_minute": (_NUMBER, 10.0, (0.1, 10_000)),
        "account_delay_step_s": (_NUMBER, 0.25, (0, 60)),
        "account_delay_cap_s": (_NUMBER, 2.0, (0, 600)),
    },
    "audit": {
        "hook_timeout_s": (_NUMBER, 5.0, (0.01, 3600)),
        "queue_size": (int, 10000, (1, 10_000_000)),
    },
    "metrics": {  # GET /metrics (anonchat/metrics.py)
        "allow": (list, ["127.0.0.0/8", "::1/128"]),  # networks that may read it without the token
        "token": (_OPTIONAL_STR, None),  # `Authorization: Bearer <token>` is accepted from anywhere
    },
    "logging": {
        "format": (str, "text"),  # or "json": one object a line, for a log collector
    },
    "retention": {  # anonchat/retention.py
        "message_days": ((*_NUMBER, type(None)), None, (1, 36500)),  # null: keep message text
        "interval_s": (_NUMBER, 3600.0, (1, DAY)),
    },
}
MAX_MESSAGE = 300

_TYPE_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false",
               list: "a list", dict: "a mapping", type(None): "null"}


class ConfigError(Exception):
    """A configuration mistake, described in one line (of at most MAX_MESSAGE characters)."""

    def __init__(self, message):
        message = "".join(ch if ch.isprintable() else " " for ch in str(message))
        super().__init__(message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 3] + "...")


def _show(value):
    """A value for an error message: plain values shortened, anything else only by its type, since
    the repr of a list or a mapping can be any size."""
    if isinstance(value, (str, int, float)) or value is None:
        text = repr(value) if not isinstance(value, int) or abs(value) < 10 ** 20 else "a large number"
        return text if len(text) <= 60 else text[:57] + "..."
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def _expected(types):
    types = types if isinstance(types, tuple) else (types,)
    if types == _NUMBER:
        return "a number"
    return " or ".join(_TYPE_NAMES[t] for t in types)


def _is_instance(value, types):
    types = types if isinstance(types, tuple) else (types,)
    if isinstance(value, bool) and bool not in types:
        return False  # YAML `yes` must not pass as port 1
    return isinstance(value, types)


def _node_lines(node, prefix=()):
    """Map each key path of a composed YAML mapping to its 1-based line number."""
    lines = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            path = prefix + (str(key_node.value),)
            lines[path] = key_node.start_mark.line + 1
            lines.update(_node_lines(value_node, path))
    return lines


def _build(schema, data, path, where):
    values = {}
    for key in data:
        if key not in schema:
            dotted = ".".join(path + (str(key)[:60],))
            known = ", ".join(sorted(schema))
            raise ConfigError(f"{where(path + (str(key),))}: unknown key '{dotted}' (known here: {known})")
    for key, spec in schema.items():
        key_path = path + (key,)
        dotted = ".".join(key_path)
        if isinstance(spec, dict):
            section = data.get(key, {})
            if section is None:
                section = {}
            if not isinstance(section, dict):
                raise ConfigError(f"{where(key_path)}: '{dotted}' must be a mapping of settings")
            values[key] = _build(spec, section, key_path, where)
            continue
        types, default, *limits = spec
        value = data.get(key, default)
        if not _is_instance(value, types):
            raise ConfigError(f"{where(key_path)}: '{dotted}' expected {_expected(types)}, got {_show(value)}")
        if limits and value is not None and not limits[0][0] <= value <= limits[0][1]:  # NaN is in no range
            low, high = limits[0]
            raise ConfigError(f"{where(key_path)}: '{dotted}' must be from {low} to {high}, got {_show(value)}")
        if isinstance(value, str) and "\x00" in value:  # a path with NUL fails deep inside os calls
            raise ConfigError(f"{where(key_path)}: '{dotted}' must not contain a NUL character")
        if isinstance(value, (list, dict)):
            value = type(value)(value)  # never share the schema's default
        values[key] = value
    return SimpleNamespace(**values)


def _check_values(cfg, where):
    def need(ok, path, message):
        if not ok:
            raise ConfigError(f"{where(path)}: '{'.'.join(path)}' {message}")

    need(cfg.database.pool_min <= cfg.database.pool_max, ("database", "pool_min"),
         "must be at least 1 and at most database.pool_max")
    need(cfg.matching.min_size <= cfg.matching.group_size, ("matching", "min_size"),
         "must be between 2 and matching.group_size")
    for section, key in (("server", "trusted_proxies"), ("metrics", "allow")):
        networks = []
        for entry in getattr(getattr(cfg, section), key):
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
            except (TypeError, ValueError):
                need(False, (section, key), f"must list networks such as 10.0.0.0/8, got {_show(entry)}")
        setattr(getattr(cfg, section), key, networks)
    # A short token can be guessed by whoever can reach the port; 16 characters of a generated
    # secret cannot.
    need(cfg.metrics.token is None or len(cfg.metrics.token) >= 16, ("metrics", "token"),
         "must be at least 16 characters (`python -c 'import secrets; print(secrets.token_urlsafe())'`), or null")
    need(cfg.rulepacks.apply in ("auto", "manual"), ("rulepacks", "apply"),
         f"must be auto or manual, got {_show(cfg.rulepacks.apply)}")
    need(cfg.logging.format in ("text", "json"), ("logging", "format"), f"must be text or json, got {_show(cfg.logging.format)}")
    url = cfg.cluster.redis_url
    need(url is None or url.split("://", 1)[0] in ("redis", "rediss", "unix", "redis+sentinel"), ("cluster", "redis_url"),
         "must be a Redis URL: redis://host:port/db, rediss:// (TLS), unix:///path/to/socket or "
         "redis+sentinel://host:26379,host2:26379/service/db")
    if url is not None and url.startswith("redis+sentinel://"):
        from anonchat.cluster import Sentinels

        try:
            Sentinels(url)
        except ValueError as e:
            need(False, ("cluster", "redis_url"), f"is a Sentinel URL that {e}" if str(e).startswith("needs")
                 else f"is a Sentinel URL, but {e}")
    for i, rule in enumerate(cfg.chat.rules):
        need(isinstance(rule, str) and rule.strip() and len(rule) <= MAX_RULE_CHARS, ("chat", "rules"),
             f"item {i + 1} must be a rule of 1-{MAX_RULE_CHARS} characters, got {_show(rule)}")
    for i, entry in enumerate(cfg.plugins):
        ok = isinstance(entry, str) and entry.strip()
        need(ok, ("plugins",), f"item {i + 1} must be a module path or a file under plugins/, got {_show(entry)}")
    for name, value in cfg.plugin_settings.items():
        need(isinstance(value, dict), ("plugin_settings", str(name)), "must be a mapping of that plugin's settings")
    for name, value in cfg.admin.accounts.items():
        need(isinstance(value, str) and value.startswith("pbkdf2_sha256$"), ("admin", "accounts", str(name)),
             "must be a password hash made by `anonchat admin hash-password`")


def load_config(path=None, env=None, *, overrides=None):
    """Read and validate the configuration.

    `path` None means defaults only (tests, and `anonchat serve` without a file). `overrides` is a
    nested dict applied on top of the file, used by tests to build a config in one call.
    """
    env = os.environ if env is None else env
    data, lines, where_file = {}, {}, "defaults"
    if path is not None:
        where_file = str(path)
        try:
            raw = Path(path).read_bytes()
        except FileNotFoundError:
            raise ConfigError(f"{path}: configuration file not found") from None
        except OSError as e:
            raise ConfigError(f"{path}: cannot read configuration file: {e.strerror}") from None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            line = raw.count(b"\n", 0, e.start) + 1
            raise ConfigError(f"{path}:{line}: not UTF-8 (byte {raw[e.start]:#04x}: {e.reason}); "
                              "save the file as UTF-8") from None
        try:
            node, data = load_yaml(text)
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            if mark is not None:
                line = f":{mark.line + 1}"
            elif getattr(e, "position", None) is not None:  # a ReaderError: a character YAML refuses
                line = f":{text.count(chr(10), 0, e.position) + 1}"
            else:
                line = ""
            problem = getattr(e, "problem", None) or str(e).splitlines()[0]
            raise ConfigError(f"{path}{line}: invalid YAML: {problem}") from None
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise ConfigError(f"{path}:1: the file must be a mapping of settings, got {type(data).__name__}")
        lines = _node_lines(node)

    for name, (section, key) in ENV_OVERRIDES.items():
        if env.get(name):
            data.setdefault(section, {})
            if isinstance(data[section], dict):
                data[section][key] = env[name]
    for section, values in (overrides or {}).items():
        if isinstance(values, dict) and isinstance(data.get(section), dict):
            data[section] = {**data[section], **values}
        else:
            data[section] = values

    def where(key_path):
        for n in range(len(key_path), 0, -1):
            if key_path[:n] in lines:
                return f"{where_file}:{lines[key_path[:n]]}"
        return where_file

    cfg = _build(SCHEMA, data, (), where)
    _check_values(cfg, where)
    base = Path(path).resolve().parent if path is not None else Path.cwd()
    cfg.path = str(path) if path is not None else None
    cfg.data_dir = str((base / cfg.data_dir).resolve())
    packs = cfg.rulepacks.directory
    cfg.rulepacks.directory = str((base / packs).resolve() if packs is not None else shipped("rulepacks"))
    cfg.base_dir = str(base)
    cfg.where = where  # "file:line" of a key path, for plugin settings errors (plugins.py)
    return cfg


def cookie_secret(cfg):
    """The configured secret, or one generated once and kept in the data directory.

    A generated secret keeps a single-server install signed without the operator choosing one,
    and never lands in the repository.
    """
    if cfg.server.cookie_secret:
        return cfg.server.cookie_secret
    secret_file = Path(cfg.data_dir) / "cookie_secret"
    if not secret_file.exists():
        secret_file.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(secret_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(48))
    return secret_file.read_text().strip()
