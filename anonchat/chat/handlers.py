"""HTTP and WebSocket handlers of the chat: the page at `/` and the socket at `/ws`."""

import logging

import tornado.iostream
import tornado.websocket

from ..web import BaseHandler, anon_session_id
from .protocol import ProtocolError, frame, parse

log = logging.getLogger("anonchat.chat")


class ChatPageHandler(BaseHandler):
    def get(self):
        anon_session_id(self)  # issue the anonymous session cookie on the first visit
        self.render_page("chat.html", limits=self.app.hub.limits_frame())


class ChatSocket(tornado.websocket.WebSocketHandler):
    """One browser tab's connection. Every frame is validated before it reaches the hub, and an
    error in one frame is answered with an `error` frame, never by dropping the connection."""

    user = None

    def check_origin(self, origin):
        # The anonymous cookie is the only credential: refuse cross-site pages that would ride it.
        return super().check_origin(origin)

    def prepare(self):
        self.session_id = anon_session_id(self)

    async def open(self):
        self.user = await self.application.hub.connect(self.session_id, self)

    def send(self, text):
        try:
            self.write_message(text)
        except tornado.websocket.WebSocketClosedError:
            pass  # the hub learns of the close through on_close

    def send_wire(self, data):
        """Send a frame already framed by `protocol.wire_frame` (shared by a whole group).

        Valid because this handler never negotiates compression, so every member's frame is the
        same bytes; tornado's `write_message` would frame and encode it again per member.
        """
        conn = self.ws_connection
        if conn is None or conn.is_closing():
            return
        try:
            conn.stream.write(data)
        except tornado.iostream.StreamClosedError:
            pass

    async def on_message(self, message):
        if self.user is None:
            return
        hub = self.application.hub
        try:
            data = parse(message, self.application.config.limits.max_frame_bytes)
        except ProtocolError as e:
            self.send(frame("error", code=e.code, message=str(e)))
            return
        kind = data["type"]
        try:
            if kind == "message":
                await hub.send(self.user, data.get("id"), data["text"])
            elif kind == "join":
                hub.join(self.user, data.get("interests", frozenset()))
            elif kind == "leave":
                hub.leave(self.user)
            elif kind == "ping":
                self.send(frame("pong"))
        except Exception:
            # A bug must cost one frame, not the connection or anyone else's chat.
            log.exception("error handling a %s frame from %s", kind, self.user.username)
            self.send(frame("error", code="internal", message="the server could not handle this frame"))

    def on_close(self):
        if self.user is not None:
            self.application.hub.disconnect(self.user, self)
