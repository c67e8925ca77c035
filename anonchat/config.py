"""Configuration: `anonchat.yaml`, validated against one schema, with environment overrides.

Every mistake in the file becomes a `ConfigError` whose message is one line naming the file, the
line, the key and what was expected; the CLI prints it and exits with status 2.
"""

import os
import secrets
from pathlib import Path
from types import SimpleNamespace

import yaml

# Environment variables that override a key. Secrets and the database URL belong in the
# environment in production, so the file can be committed without them.
ENV_OVERRIDES = {
    "ANONCHAT_DATABASE_URL": ("database", "url"),
    "ANONCHAT_COOKIE_SECRET": ("server", "cookie_secret"),
    "ANONCHAT_REDIS_URL": ("cluster", "redis_url"),
}

_OPTIONAL_STR = (str, type(None))
_NUMBER = (int, float)

# key -> (type or tuple of types, default) or a nested dict for a section.
SCHEMA = {
    "server": {
        "host": (str, "127.0.0.1"),
        "port": (int, 8888),
        "cookie_secret": (_OPTIONAL_STR, None),
        "xheaders": (bool, False),
    },
    "database": {
        "url": (_OPTIONAL_STR, None),
        "pool_min": (int, 1),
        "pool_max": (int, 10),
        "migrate_on_start": (bool, True),
    },
    "cluster": {
        "redis_url": (_OPTIONAL_STR, None),
        "address": (_OPTIONAL_STR, None),
    },
    "data_dir": (str, "./var"),
    "rulepacks": {
        "directory": (str, "./rulepacks"),
        "reload_interval_s": (_NUMBER, 1.0),
    },
    "plugins": (list, []),
    "disabled_plugins": (list, []),
    "plugin_settings": (dict, {}),
    "matching": {
        "group_size": (int, 5),
        "min_size": (int, 2),
        "max_wait_s": (_NUMBER, 20.0),
    },
    "ban_policy": {
        "threshold": (int, 3),
        "window_s": (_NUMBER, 3600.0),
        "ban_s": (_NUMBER, 600.0),
        "repeat_multiplier": (_NUMBER, 4.0),
    },
    "limits": {
        "max_message_chars": (int, 1000),
        "max_frame_bytes": (int, 16384),
        "rate_per_s": (_NUMBER, 1.0),
        "burst": (int, 5),
        "reconnect_grace_s": (_NUMBER, 60.0),
        "history": (int, 50),
    },
    "admin": {
        "accounts": (dict, {}),
        "max_failures": (int, 5),
        "lockout_s": (_NUMBER, 300.0),
    },
    "audit": {
        "hook_timeout_s": (_NUMBER, 5.0),
        "queue_size": (int, 10000),
    },
}

_TYPE_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false",
               list: "a list", dict: "a mapping", type(None): "null"}


class ConfigError(Exception):
    """A configuration mistake, described in one line."""


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
            dotted = ".".join(path + (str(key),))
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
        types, default = spec
        value = data.get(key, default)
        if not _is_instance(value, types):
            raise ConfigError(f"{where(key_path)}: '{dotted}' expected {_expected(types)}, got {value!r}")
        if isinstance(value, (list, dict)):
            value = type(value)(value)  # never share the schema's default
        values[key] = value
    return SimpleNamespace(**values)


def _check_values(cfg, where):
    def need(ok, path, message):
        if not ok:
            raise ConfigError(f"{where(path)}: '{'.'.join(path)}' {message}")

    need(0 <= cfg.server.port <= 65535, ("server", "port"), "must be a port number 0-65535")
    need(1 <= cfg.database.pool_min <= cfg.database.pool_max, ("database", "pool_min"),
         "must be at least 1 and at most database.pool_max")
    need(cfg.matching.group_size >= 2, ("matching", "group_size"), "must be at least 2")
    need(2 <= cfg.matching.min_size <= cfg.matching.group_size, ("matching", "min_size"),
         "must be between 2 and matching.group_size")
    need(cfg.limits.max_message_chars > 0, ("limits", "max_message_chars"), "must be positive")
    need(cfg.limits.rate_per_s > 0, ("limits", "rate_per_s"), "must be positive")
    need(cfg.limits.burst >= 1, ("limits", "burst"), "must be at least 1")
    need(cfg.ban_policy.threshold >= 1, ("ban_policy", "threshold"), "must be at least 1")
    url = cfg.cluster.redis_url
    need(url is None or url.split("://", 1)[0] in ("redis", "rediss", "unix"), ("cluster", "redis_url"),
         "must be a Redis URL: redis://host:port/db, rediss:// (TLS) or unix:///path/to/socket")
    for i, entry in enumerate(cfg.plugins):
        ok = isinstance(entry, str) and entry.strip()
        need(ok, ("plugins",), f"item {i + 1} must be a module path or a file under plugins/, got {entry!r}")
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
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError(f"{path}: configuration file not found") from None
        except OSError as e:
            raise ConfigError(f"{path}: cannot read configuration file: {e.strerror}") from None
        try:
            node = yaml.compose(text)
            data = yaml.safe_load(text)
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            line = f":{mark.line + 1}" if mark else ""
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
    cfg.rulepacks.directory = str((base / cfg.rulepacks.directory).resolve())
    cfg.base_dir = str(base)
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
