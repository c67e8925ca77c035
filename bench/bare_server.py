"""The baseline for bench/chat_load.py: a bare Tornado broadcast server, no moderation, no storage.

Connections are put in groups of 5 in arrival order; a `join` is answered with `matched`, and a
`message` is echoed to the whole group with a counter id, like anonchat's own frames.
"""

import asyncio
import gc
import itertools
import json
import sys

import tornado.web
import tornado.websocket

GROUP_SIZE = 5
_ids = itertools.count(1)
_groups = []


class Socket(tornado.websocket.WebSocketHandler):
    def open(self):
        if not _groups or len(_groups[-1]) == GROUP_SIZE:
            _groups.append([])
        self.group = _groups[-1]
        self.group.append(self)
        self.write_message(json.dumps({"type": "welcome", "username": f"user{id(self)}"}))

    def on_message(self, message):
        data = json.loads(message)
        if data["type"] == "join":
            self.write_message(json.dumps({"type": "matched", "members": len(self.group)}))
        elif data["type"] == "message":
            frame = json.dumps({"type": "message", "id": next(_ids), "client_id": data.get("id"),
                                "text": data["text"], "flagged": False}, separators=(",", ":"))
            for member in self.group:
                member.write_message(frame)

    def on_close(self):
        self.group.remove(self)


async def main(port):
    tornado.web.Application([(r"/ws", Socket)]).listen(port, "127.0.0.1")
    gc.collect()
    gc.freeze()
    print("ready", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
