"""What every page handler shares: the client's real address behind a proxy, Jinja2 rendering and
the anonymous session cookie."""

import ipaddress
import secrets

import tornado.web

SESSION_COOKIE = "anonchat_session"


def anon_session_id(handler):
    """The visitor's anonymous session id; issues a signed, HttpOnly cookie on the first visit.

    Works for page handlers and for the WebSocket handshake alike (cookies set before the upgrade
    go out with the 101 response).
    """
    value = handler.get_signed_cookie(SESSION_COOKIE, max_age_days=365)
    if value:
        return value.decode()
    session_id = secrets.token_urlsafe(18)
    # The WebSocket handshake is not a BaseHandler: say Secure here as BaseHandler.set_cookie would.
    secure = handler.request.protocol == "https" or handler.application.config.server.secure_cookies
    handler.set_signed_cookie(SESSION_COOKIE, session_id, expires_days=365, httponly=True, samesite="Lax",
                              secure=secure)
    return session_id


def _ip(text):
    """An address from a forwarding header, or None; tolerates "1.2.3.4:port" and "[v6]:port"."""
    text = text.strip().strip('"')
    if text.startswith("[") and "]" in text:
        text = text[1:text.index("]")]
    elif text.count(":") == 1:
        text = text.split(":")[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def forwarded_client(headers, trusted=()):
    """(client address, protocol) from a reverse proxy's headers; either is None when not given.

    The address is the right-most `X-Forwarded-For` hop that is not one of the `trusted` proxy
    networks: hops further left were written by whoever sent the request, and anyone can write
    "X-Forwarded-For: 127.0.0.1". `X-Real-IP` is used only when there is no `X-Forwarded-For`
    (so a client cannot choose its address through a proxy that appends to X-Forwarded-For and
    passes X-Real-IP on untouched). The protocol is the last `X-Forwarded-Proto` (or `X-Scheme`).
    Tornado's own `xheaders` reads X-Real-IP first; this is why the choice is made here.
    """
    hops = [h for value in headers.get_list("X-Forwarded-For") for h in value.split(",") if h.strip()]
    client = None
    if hops:
        for hop in reversed(hops):
            client = _ip(hop)
            if client is None or not any(client in net for net in trusted):
                break  # a garbled hop is not trusted either: stop there
    elif headers.get("X-Real-IP"):
        client = _ip(headers["X-Real-IP"])
    proto = (headers.get("X-Forwarded-Proto") or headers.get("X-Scheme") or "").split(",")[-1].strip().lower()
    return (str(client) if client else None), (proto if proto in ("http", "https") else None)


class BaseHandler(tornado.web.RequestHandler):
    def __init__(self, application, request, **kwargs):
        # Behind a proxy (`server.xheaders`), the proxy's headers say who the client is and whether
        # it came over HTTPS. Applied here, whatever way the HTTP server was started, so the audit
        # log, the login limits and the access log see the client, and cookies get `Secure`.
        server = application.config.server
        if server.xheaders:
            ip, proto = forwarded_client(request.headers, server.trusted_proxies)
            request.remote_ip = ip or request.remote_ip
            request.protocol = proto or request.protocol
        super().__init__(application, request, **kwargs)

    def set_cookie(self, name, value, **kwargs):
        """Every cookie of a page that came over HTTPS is `Secure`: it never travels in clear.
        `server.secure_cookies` makes every cookie Secure, for TLS at a proxy that sends no
        X-Forwarded-Proto."""
        if self.request.protocol == "https" or self.application.config.server.secure_cookies:
            kwargs.setdefault("secure", True)
        super().set_cookie(name, value, **kwargs)

    def set_default_headers(self):
        # No page of ours is meant to be framed by another site (clickjacking).
        self.set_header("X-Frame-Options", "DENY")
        self.set_header("Content-Security-Policy", "frame-ancestors 'none'")

    @property
    def app(self):
        return self.application

    def render_page(self, template, **context):
        """Render a Jinja2 template (autoescaped: user text is always text)."""
        context.setdefault("xsrf_form_html", self.xsrf_form_html)
        context.setdefault("static_url", self.static_url)
        self.finish(self.app.templates.get_template(template).render(**context))
