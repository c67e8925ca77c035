"""What every page handler shares: Jinja2 rendering and the anonymous session cookie."""

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
    handler.set_signed_cookie(SESSION_COOKIE, session_id, expires_days=365, httponly=True, samesite="Lax")
    return session_id


class BaseHandler(tornado.web.RequestHandler):
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
