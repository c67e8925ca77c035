"""What the console accepts in a URL or a form, and the page it answers with when it cannot.

Anything in a query string can be typed, pasted or forged: a value the console cannot use answers
400 with a page that says which parameter was wrong, never a 500 and never a header built from it.
Tornado already answers 400 for bytes that are not UTF-8; `ConsoleErrors` gives that answer, and
every other error, the console's own page.
"""

import re

import tornado.web

MAX_ID = 2**63 - 1  # row ids are PostgreSQL bigints
_ID = re.compile(r"[0-9]{1,19}")  # ASCII digits only: str.isdigit() also accepts "²" and "٣"
# A path inside the console (a line break in it would end up in the Location header).
_NEXT = re.compile(r"/admin(?:[/?#].*)?", re.S)

MESSAGES = {
    400: "The address or the form has a value the console cannot use.",
    403: "You need to log in to the console for this.",
    404: "There is nothing at this address.",
    405: "This address does not accept that kind of request.",
}


class BadParameter(tornado.web.HTTPError):
    """400 for one parameter; the page names it, the log also shows the start of the value."""

    def __init__(self, name, value, hint):
        super().__init__(400, "bad %s: %r", name, value[:40])
        self.user_message = f"The parameter “{name}” cannot be used: {hint}"


def row_id(value, name):
    """A database row id from a URL: 1 … 2⁶³-1 in ASCII digits, else 400."""
    if not _ID.fullmatch(value) or not 0 < int(value) <= MAX_ID:
        raise BadParameter(name, value, "it must be a whole number from 1 up, as in the links the console makes.")
    return int(value)


def before_id(handler):
    """The `before` cursor of a paginated page: None on the first page."""
    value = handler.get_argument("before", "")
    return row_id(value, "before") if value else None


def safe_next(handler, default="/admin"):
    """The `next` parameter: only a path inside the console, never an open redirect to another site.

    A well-formed address elsewhere is quietly replaced by `default`; a value with control
    characters or non-ASCII text cannot come from a link the console made, so it is refused.
    """
    value = handler.get_argument("next", "", strip=False)
    if not value:
        return default
    # Tornado turns most control characters into spaces; a link the console made has neither.
    if not value.isascii() or any(c <= " " or c == "\x7f" for c in value):
        raise BadParameter("next", value, "it has spaces, line breaks, control characters or non-ASCII text.")
    if _NEXT.fullmatch(value) and "\\" not in value:
        return value
    return default


class ConsoleErrors:
    """Every error of a console page as the console's own page: what went wrong, and a way back."""

    def write_error(self, status_code, **kwargs):
        error = kwargs.get("exc_info", (None, None, None))[1]
        message = getattr(error, "user_message", None) or MESSAGES.get(
            status_code, "Something went wrong on the server; the details are in its log.")
        for name, value in getattr(error, "headers", {}).items():  # Retry-After of a 503, say
            self.set_header(name, value)
        user = self.current_user
        if user is not None and hasattr(self, "render_admin"):
            self.render_admin("error.html", title="Not done", message=message)
        else:  # not logged in (or the login page): no navigation, no name
            self.render_page("admin/error.html", title="Not done", message=message, admin=None)
