"""The WebSocket protocol, defined once: what a client may send, and the frames the server sends.

docs/protocol.md describes the same contract for client authors.
"""

import json
import struct
from datetime import datetime

CLIENT_TYPES = {
    # frame type -> {field: (accepted types, required)}
    "join": {"interests": ((list,), False)},
    "message": {"text": ((str,), True), "id": ((str, int), False)},
    "report": {"message_id": ((int,), True), "reason": ((str,), True), "block": ((bool,), False)},
    "leave": {},
    "ping": {},
}
REPORT_REASONS = ("harassment", "sexual", "spam", "personal_data", "other")
MAX_INTERESTS = 10
MAX_CLIENT_ID = 64
MAX_DEPTH = 32  # no frame needs more than 2 levels; deeper JSON only costs stack and time


class ProtocolError(Exception):
    """A frame the server cannot accept; `code` is machine-readable, the message says what was wrong."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


def parse(frame, max_bytes):
    """Validate one client frame and return it as a dict, or raise ProtocolError."""
    if isinstance(frame, bytes):
        raise ProtocolError("binary_frame", "binary frames are not supported; send JSON text frames")
    if len(frame) > max_bytes:  # characters ≤ bytes, so this is a cheap first check
        raise ProtocolError("frame_too_large", f"frame is over the {max_bytes}-byte limit")
    if len(frame.encode()) > max_bytes:
        raise ProtocolError("frame_too_large", f"frame is over the {max_bytes}-byte limit")
    too_deep = ProtocolError("bad_json", f"frame is nested deeper than {MAX_DEPTH} levels")
    try:
        data = json.loads(frame)
    except ValueError as e:
        raise ProtocolError("bad_json", f"frame is not valid JSON: {e}") from None
    except RecursionError:  # thousands of `[`: the parser ran out of stack
        raise too_deep from None
    # Counting brackets runs in C: only a frame with many of them is walked.
    if frame.count("[") + frame.count("{") > MAX_DEPTH and _depth(data) > MAX_DEPTH:
        raise too_deep
    if not isinstance(data, dict):
        raise ProtocolError("bad_frame", "a frame must be a JSON object with a \"type\"")
    kind = data.get("type")
    if not isinstance(kind, str) or kind not in CLIENT_TYPES:  # a list or an object is no type either
        known = ", ".join(sorted(CLIENT_TYPES))
        shown = repr(kind[:40]) if isinstance(kind, str) else _JSON_KINDS.get(type(kind), "a number")
        raise ProtocolError("unknown_type", f"unknown frame type {shown}; known types: {known}")
    for field, (types, required) in CLIENT_TYPES[kind].items():
        if field not in data:
            if required:
                raise ProtocolError("bad_field", f"'{kind}' needs a \"{field}\" field")
            continue
        value = data[field]
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            names = " or ".join(_TYPE_NAMES[t] for t in types)
            raise ProtocolError("bad_field", f"'{kind}'.{field} must be {names}")
    if kind == "join":
        interests = data.get("interests") or []
        if len(interests) > MAX_INTERESTS or not all(isinstance(i, str) and 0 < len(i) <= 40 for i in interests):
            raise ProtocolError("bad_field", f"'join'.interests must be up to {MAX_INTERESTS} strings of 1-40 characters")
        _storable("join", "".join(interests))  # they are stored with the group they make
        data["interests"] = frozenset(i.strip().lower() for i in interests)
    if kind == "report":
        if not 0 < data["message_id"] < 2 ** 63:
            raise ProtocolError("bad_field", "'report'.message_id must be the id of a message you were sent")
        if data["reason"] not in REPORT_REASONS:
            raise ProtocolError("bad_field", f"'report'.reason must be one of {', '.join(REPORT_REASONS)}")
    if kind == "message":
        if len(str(data.get("id", ""))) > MAX_CLIENT_ID:
            raise ProtocolError("bad_field", f"'message'.id must be at most {MAX_CLIENT_ID} characters")
        _storable("message", data["text"] + str(data.get("id", "")))
    return data


def _storable(kind, text):
    """PostgreSQL text holds neither NUL nor lone surrogates (which JSON escapes can carry):
    refuse them here rather than fail at the database."""
    if "\x00" in text:
        raise ProtocolError("bad_field", f"'{kind}' must not contain NUL (\\u0000) characters")
    try:
        text.encode()
    except UnicodeEncodeError:
        raise ProtocolError("bad_field", f"'{kind}' must be valid Unicode (a lone surrogate escape)") from None


_TYPE_NAMES = {str: "a string", int: "a number", list: "a list", bool: "true or false"}
_JSON_KINDS = {type(None): "null", bool: "true/false", list: "a list", dict: "an object"}


def _depth(value):
    """How deep lists and objects nest in a parsed frame (without recursion: it may be deep)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, (dict, list)):
            deepest = max(deepest, depth)
            stack.extend((child, depth + 1) for child in (value.values() if isinstance(value, dict) else value))
    return deepest


def _default(value):
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def frame(kind, **fields):
    """One server frame as JSON text, serialised once however many members receive it."""
    return json.dumps({"type": kind, **fields}, default=_default, ensure_ascii=False, separators=(",", ":"))


def message_frame(row):
    return frame("message", id=row["id"], seq=row["seq"], client_id=row.get("client_id"), group=row.get("group"),
                 username=row["username"], text=row["text"], created_at=row["created_at"],
                 flagged=row["flagged"])


def wire_frame(text):
    """A complete server-to-client WebSocket text frame (RFC 6455: FIN, opcode 1, unmasked).

    A group message goes to five sockets; framing and encoding it once instead of once per member
    is a measurable share of the server's time (see docs/performance.md).
    """
    data = text.encode()
    n = len(data)
    if n < 126:
        header = struct.pack("!BB", 0x81, n)
    elif n <= 0xFFFF:
        header = struct.pack("!BBH", 0x81, 126, n)
    else:
        header = struct.pack("!BBQ", 0x81, 127, n)
    return header + data
