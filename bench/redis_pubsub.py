"""How many pub/sub publishes one redis-server sustains here, as the cluster uses them.

A publication is what a node sends for one chat message of a group that spans nodes: PUBLISH to
`anonchat:group:<code>` of a payload the size of a message frame (--payload, 300 bytes: the
frame of bench/chat_load.py's messages is ~250, wrapped in {"op","seq","frame","from"}). It goes
to every node subscribed to that group, the publishing node included (it drops its own copy), so
a group on two nodes is a fan-out of 2.

redis-benchmark publishes (pipelined, like a node's one pipeline per loop iteration) to
--channels channels chosen at random; subscriber connections, each subscribed to every channel,
read and count the bytes pushed to them. Fan-out 0 (no subscriber) is the baseline of the same
run: the cost of the command alone. Rounds alternate between the fan-outs and each is judged by
its median. redis-server runs pinned to CPU 0, the publisher and the subscribers on CPU 1; its CPU
time per publish gives the ceiling of one Redis core, which the publisher (sharing a core with the
subscribers) cannot always reach on a 2-core machine.

    .venv/bin/python bench/redis_pubsub.py               # fan-out 0, 1, 2; 5 rounds
    .venv/bin/python bench/redis_pubsub.py --rounds 1 --requests 200000
"""

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from anonchat.testing import RedisServer  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chat_load import cpu_seconds, pin, pin_all  # noqa: E402

CHANNEL = "anonchat:group:__rand_int__"  # redis-benchmark fills in 12 digits


class Subscriber:
    """One connection subscribed to every channel, counting the bytes Redis pushes to it."""

    def __init__(self, port, channels):
        self.sock = socket.create_connection(("127.0.0.1", port))
        names = [f"anonchat:group:{i:012d}" for i in range(channels)]
        command = [b"SUBSCRIBE", *(n.encode() for n in names)]
        self.sock.sendall(b"*%d\r\n" % len(command) + b"".join(b"$%d\r\n%s\r\n" % (len(a), a) for a in command))
        confirmations = b""
        while confirmations.count(b"subscribe") < channels:  # one confirmation per channel
            confirmations += self.sock.recv(1 << 20)
        self.received = 0
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        recv, buffer = self.sock.recv_into, bytearray(1 << 20)
        try:
            while n := recv(buffer):
                self.received += n
        except OSError:
            pass

    def close(self):
        self.sock.close()


def message_bytes(payload):
    """What Redis pushes to a subscriber for one publication (RESP2)."""
    channel = len("anonchat:group:") + 12
    return len(f"*3\r\n$7\r\nmessage\r\n${channel}\r\n{'c' * channel}\r\n${payload}\r\n") + payload + 2


def one_round(redis, fanout, args, benchmark):
    subscribers = [Subscriber(redis.port, args.channels) for _ in range(fanout)]
    try:
        command = [benchmark, "-p", str(redis.port), "-c", str(args.connections), "-P", str(args.pipeline),
                   "-n", str(args.requests), "-r", str(args.channels), "--csv",
                   "publish", CHANNEL, "x" * args.payload]
        cpu_before = cpu_seconds(redis.proc.pid)
        started = time.perf_counter()
        out = subprocess.run(command, capture_output=True, text=True, timeout=300,
                             preexec_fn=lambda: pin(1)).stdout
        elapsed = time.perf_counter() - started
        redis_cpu = cpu_seconds(redis.proc.pid) - cpu_before
        time.sleep(0.5)  # the last pushes reach the subscribers
        rate = float(out.strip().splitlines()[-1].split(",")[1].strip('"'))
        delivered = sum(s.received for s in subscribers) / message_bytes(args.payload)
    finally:
        for s in subscribers:
            s.close()
    return {"fanout": fanout, "publishes_per_s": rate, "redis_us": 1e6 * redis_cpu / args.requests,
            "redis_busy": redis_cpu / elapsed, "delivered_share": delivered / (fanout * args.requests) if fanout else 1.0}


def main(args):
    benchmark = shutil.which("redis-benchmark")
    if benchmark is None:
        raise SystemExit("redis-benchmark is missing (apt-get install -y redis-tools)")
    pin(1)
    redis = RedisServer().start()
    pin_all(redis.proc.pid, {0})
    rows = []
    try:
        for _ in range(args.rounds):
            for fanout in args.fanouts:
                rows.append(one_round(redis, fanout, args, benchmark))
        info = subprocess.run(["redis-cli", "-p", str(redis.port), "info", "stats"], capture_output=True,
                              text=True).stdout
    finally:
        redis.stop()
    print(f"redis-server {subprocess.run(['redis-server', '--version'], capture_output=True, text=True).stdout.split()[2]}"
          f" on CPU 0; publisher ({args.connections} connections, pipeline {args.pipeline}) and subscribers on CPU 1")
    print(f"{args.requests} PUBLISH of {args.payload} bytes to {args.channels} channels a round, {args.rounds} rounds\n")
    print(f"{'fan-out':>7} {'publishes/s':>12} {'redis busy':>10} {'redis µs/publish':>16} "
          f"{'ceiling/s (1 core)':>18} {'delivered':>9}")
    med = statistics.median
    for fanout in args.fanouts:
        some = [r for r in rows if r["fanout"] == fanout]
        us = med(r["redis_us"] for r in some)
        print(f"{fanout:7d} {med(r['publishes_per_s'] for r in some):12.0f} {med(r['redis_busy'] for r in some):10.0%} "
              f"{us:16.2f} {1e6 / us:18.0f} {min(r['delivered_share'] for r in some):9.1%}")
    dropped = [line for line in info.splitlines() if line.startswith("client_output_buffer_limit_disconnections")]
    print("\nredis µs/publish: redis-server's CPU time (user + system, /proc) per publication, median of rounds;")
    print("ceiling: 1e6 / that, the rate at which one Redis core would be 100 % busy; delivered: the least")
    print("share of the pushes that reached every subscriber in a round.", *dropped)


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--requests", type=int, default=1_000_000, help="publications a round")
    p.add_argument("--payload", type=int, default=300)
    p.add_argument("--channels", type=int, default=1000, help="group channels (each subscriber takes all)")
    p.add_argument("--connections", type=int, default=4, help="publishing connections (nodes)")
    p.add_argument("--pipeline", type=int, default=16)
    p.add_argument("--fanouts", type=lambda s: [int(x) for x in s.split(",")], default=[0, 1, 2])
    p.add_argument("--rounds", type=int, default=5)
    main(p.parse_args())
