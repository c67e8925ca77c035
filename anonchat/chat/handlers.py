"""HTTP and WebSocket handlers of the chat: the page at `/` and the socket at `/ws`."""

import asyncio
import logging
import socket

import tornado.iostream
import tornado.websocket

from ..web import BaseHandler, anon_session_id
from .protocol import ProtocolError, frame, parse

log = logging.getLogger("anonchat.chat")


class ChatPageHandler(BaseHandler):
    def get(self):
        anon_session_id(self)  # issue the anonymous session cookie on the first visit
        chat = self.app.config.chat
        self.render_page("chat.html", limits=self.app.hub.limits_frame(), rules=chat.rules,
                         age_notice=chat.age_notice, block_for=_duration(chat.block_s))


def _duration(seconds):
    """`chat.block_s` as the page says it: "30 days", "12 hours", "1.5 days"."""
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = round(seconds / size, 1)
            return f"{n:g} {unit}" + ("" if n == 1 else "s")
    return f"{seconds:g} seconds"


class _OneReadProtocol(tornado.websocket.WebSocketProtocol13):
    """Tornado's WebSocket protocol, reading what has arrived on the socket in one go.

    Tornado reads a frame as three reads of the stream (header, mask, payload). When the first
    leaves the rest in the stream's buffer, the stream stops listening on the socket and starts
    again for the next frame (two epoll_ctl system calls a frame), and each read costs a Future:
    together about a fifth of the server's CPU under chat load. Here one partial read takes all
    that has arrived into our own buffer, and the frame parser takes its pieces from it without
    waiting. Framing, limits, control frames and closing stay tornado's (`_read_bytes` is the one
    method replaced; pyproject.toml pins the tornado minor versions tested, and tests/test_chat.py fails
    if tornado stops calling it).
    """

    def __init__(self, handler, mask_outgoing, params):
        super().__init__(handler, mask_outgoing, params)
        self._pending = bytearray()
        self._lingering = False

    async def _read_bytes(self, n):
        pending = self._pending
        while len(pending) < n:
            pending += await self.stream.read_bytes(65536, partial=True)
        data = bytes(pending[:n])
        del pending[:n]
        self._wire_bytes_in += n
        return data

    def _abort(self):
        # Tornado aborts right after its close frame when a frame is over the WebSocket limit
        # (1009). A socket closed with unread bytes makes the kernel send a TCP reset, which can
        # destroy that close frame before the client reads it, so the client never learns why.
        # When our close frame is out and the client may still be writing, drain for a moment
        # first (tests/test_chat.py fails if tornado stops calling this here).
        if self._lingering:
            return
        stream = self.stream
        if self.server_terminated and not self.client_terminated and stream is not None and not stream.closed():
            self._lingering = True
            self.client_terminated = True  # the frame loop stops; the drain below reads instead
            asyncio.ensure_future(self._drain_then_abort(stream))
            return
        super()._abort()

    async def _drain_then_abort(self, stream, linger_s=1.0):
        loop = asyncio.get_running_loop()
        deadline = loop.time() + linger_s
        try:
            await asyncio.wait_for(stream.write(b""), linger_s)  # the close frame has left
            stream.socket.shutdown(socket.SHUT_WR)
            while (left := deadline - loop.time()) > 0:
                await asyncio.wait_for(stream.read_bytes(65536, partial=True), left)
        except (asyncio.TimeoutError, OSError, tornado.iostream.StreamClosedError):
            pass
        finally:
            self._lingering = False
            super()._abort()


class ChatSocket(tornado.websocket.WebSocketHandler):
    """One browser tab's connection. Every frame is validated before it reaches the hub, and an
    error in one frame is answered with an `error` frame, never by dropping the connection."""

    user = None

    def check_origin(self, origin):
        # The anonymous cookie is the only credential: refuse cross-site pages that would ride it.
        return super().check_origin(origin)

    def prepare(self):
        self.session_id = anon_session_id(self)

    def get_websocket_protocol(self):
        protocol = super().get_websocket_protocol()
        return protocol and _OneReadProtocol(self, False, protocol.params)

    async def open(self):
        # Chat frames are small and must go out at once; Nagle's algorithm would hold them back
        # until the previous one is acknowledged (tens of milliseconds with delayed ACKs).
        self.set_nodelay(True)
        # Frames are small: read the socket in pieces of 4 KiB, not tornado's 64 KiB, which it
        # allocates (and zeroes) for every read of a socket, the one that finds nothing included.
        self.ws_connection.stream.read_chunk_size = 4096
        try:
            self.user = await self.application.hub.connect(self.session_id, self)
        except Exception:
            # The database is unreachable or overloaded: say so and close, so the client retries
            # with back-off instead of sitting on a socket that ignores it.
            log.exception("could not attach a new connection")
            self.send(frame("error", code="unavailable", message="the server is busy; reconnecting may help"))
            self.close(1011, "server unavailable")

    def send(self, text):
        try:
            self.write_message(text)
        except tornado.websocket.WebSocketClosedError:
            pass  # the hub learns of the close through on_close

    def send_wire(self, data):
        """Send a frame already framed by `protocol.wire_frame` (shared by a whole group).

        Valid because this handler never negotiates compression, so every member's frame is the
        same bytes. When the stream has nothing queued, the bytes go straight to the socket: the
        order of bytes is kept (IOStream only writes from its queue, which is empty), and a chat
        server spends most of its time here, so skipping tornado's per-write Future and framing
        roughly doubles how many deliveries one core makes (docs/performance.md).
        """
        conn = self.ws_connection
        if conn is None or conn.is_closing():
            return
        stream = conn.stream
        try:
            if not stream.writing():
                try:
                    sent = stream.socket.send(data)
                except (BlockingIOError, InterruptedError):
                    sent = 0
                if sent == len(data):
                    return
                data = data[sent:]
            stream.write(data)  # the rest is queued and written when the socket is ready
        except (OSError, tornado.iostream.StreamClosedError):
            pass  # the hub learns of the close through on_close

    def on_message(self, message):
        # Synchronous on purpose: tornado runs a coroutine on_message as a Task per frame and
        # reads no further frame until it finishes; the hub needs neither.
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
                hub.send(self.user, data.get("id"), data["text"])
            elif kind == "join":
                hub.join(self.user, data.get("interests", frozenset()))
            elif kind == "report":
                hub.report(self.user, data["message_id"], data["reason"], data.get("block", False))
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
