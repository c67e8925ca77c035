"""Log output: text by default, or one JSON object a line (`logging.format: json`) for a collector."""

import json
import logging
from datetime import datetime, timezone

from tornado.log import access_log

# Fields a record may carry (`extra=`) that the JSON format keeps: the access log's, below.
FIELDS = ("method", "path", "status", "ms")


class JsonFormatter(logging.Formatter):
    """time, level, logger, message; `exc` with the traceback when there is one; and FIELDS."""

    def format(self, record):
        line = {"time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
                "level": record.levelname, "logger": record.name, "message": record.getMessage()}
        for key in FIELDS:
            if key in record.__dict__:
                line[key] = record.__dict__[key]
        if record.exc_info:
            line["exc"] = self.formatException(record.exc_info)
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        return json.dumps(line, default=str)  # a newline inside a message is escaped: one line each


def setup(cfg):
    """Apply `logging.format` to the handlers `main()` set up (the config is read per command)."""
    if cfg.logging.format == "json":
        for handler in logging.getLogger().handlers:
            handler.setFormatter(JsonFormatter())


def log_request(handler):
    """Tornado's access-log line, unchanged as text, with its parts as fields for the JSON format."""
    status = handler.get_status()
    level = logging.INFO if status < 400 else logging.WARNING if status < 500 else logging.ERROR
    ms = 1000.0 * handler.request.request_time()
    access_log.log(level, "%d %s %.2fms", status, handler._request_summary(), ms,
                   extra={"method": handler.request.method, "path": handler.request.path, "status": status,
                          "ms": round(ms, 2)})
