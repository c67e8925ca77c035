"""Chat load benchmark: anonchat against a bare Tornado broadcast server, in the same run.

The server runs in its own process pinned to CPU 0; this load generator runs pinned to CPU 1. N
WebSocket clients join groups of 5, then send at a fixed aggregate rate for a bounded time. Each
message carries its send time in its client id, which both servers echo, so latency is measured
from send to delivery on the same clock. Reports delivered messages per second (every member's
copy counts, the sender's acknowledgement included), p50/p95/p99 latency, the ratio to the bare
server, and anonchat's memory per idle connection.

    .venv/bin/python bench/chat_load.py                  # 1,000 clients at 5,200 msg/s, 5,000 at 4,000, memory; each twice
    .venv/bin/python bench/chat_load.py --clients 200 --rate 1000 --duration 5   # a quick look
    .venv/bin/python bench/chat_load.py --nodes 2        # one node against two nodes on one Redis (docs/performance.md)

With no ANONCHAT_BENCH_DATABASE_URL, anonchat uses an embedded PostgreSQL in a temporary directory.
Loopback only; every phase has a time limit.
"""

import argparse
import asyncio
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from picows import WSListener, WSMsgType, ws_connect

ROOT = Path(__file__).resolve().parent.parent
SERVER_CPU, CLIENT_CPU = 0, 1


def chat_texts(n=4000, seed=7):
    """n messages that vary like a real group chat: one-word replies and long rants, typos,
    emoji, numbers, other languages and scripts. All clean: a flagged message counts towards a ban,
    and a banned client would stop counting. Seeded: every run and every server gets the same list."""
    rng = random.Random(seed)
    openers = ["", "", "", "lol ", "ok ", "wait ", "omg ", "honestly ", "ngl ", "hey ", "so ", "yeah "]
    subjects = ["my cat", "the new album", "this chat", "work", "my sister", "the weather here", "that game",
                "school", "the bus", "pizza", "my phone", "the match last night", "coffee", "this song"]
    verbs = ["is", "was", "keeps being", "might be", "feels", "seems", "isn't"]
    adjs = ["so good", "weird", "the worst", "underrated", "kinda boring", "amazing tbh", "way too loud",
            "a whole mood", "fine i guess", "not it", "hilarious", "broken again"]
    tails = ["", "", "", " 😂", " 🙃", " !!", "?", " haha", " lmao", " ...", " 🔥🔥", " right?", " 💀"]
    others = ["hola a todos", "quelqu'un de Paris ?", "guten Abend zusammen", "ciao ragazzi come va",
              "alguém do Brasil?", "goedemorgen allemaal", "こんにちは", "привет всем", "مرحبا",
              "anyone up?", "brb", "same", "k", "no way", "what time is it there", "gg",
              "I scored 3-1 yesterday, 2 goals in the last 10 minutes", "it costs like 12.99 now",
              "see you at 7:30", "version 2.4.1 fixed it", "my flight is on the 14th"]
    texts = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.27:
            text = rng.choice(others)
        else:
            text = (rng.choice(openers) + f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(adjs)}"
                    + rng.choice(tails))
            while rng.random() < 0.35 and text.count(", and") < 6:  # longer, up to a rant (8 "and"s is flood)
                text += f", and {rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(adjs)}"
            if rng.random() < 0.05:  # shouting, shorter than a wall of capitals (which is spam)
                text = " ".join(text.split()[:6]).upper()
            if rng.random() < 0.1:  # a typo: two letters swapped
                i = rng.randrange(max(1, len(text) - 1))
                text = text[:i] + text[i + 1:i + 2] + text[i:i + 1] + text[i + 2:]
        texts.append(text)
    return texts


TEXTS = [json.dumps(t, ensure_ascii=False)[1:-1] for t in chat_texts()]  # ready for the frame


def free_port():
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pin(cpu):
    if hasattr(os, "sched_setaffinity") and os.cpu_count() and os.cpu_count() > cpu:
        os.sched_setaffinity(0, {cpu})


def anonchat_config(port, db_url, data_dir, redis_url=None):
    """All six packs, PostgreSQL storage, groups of 5 only once five are waiting, no rate limit
    in the way of the load; with `redis_url`, a node of a cluster."""
    return {
        "server": {"port": port, "cookie_secret": "bench-secret"},  # one secret for every node
        "database": {"url": db_url},
        "cluster": {"redis_url": redis_url},
        "data_dir": str(data_dir),
        "rulepacks": {"directory": str(ROOT / "rulepacks"), "reload_interval_s": 5},
        "matching": {"max_wait_s": 3600},
        "limits": {"rate_per_s": 1000, "burst": 1000},
    }


def start_server(kind, port, tmp):
    env = dict(os.environ)
    if kind == "bare":
        cmd = [sys.executable, str(ROOT / "bench" / "bare_server.py"), str(port)]
    else:
        config = Path(tmp) / "bench.yaml"
        url = os.environ.get("ANONCHAT_BENCH_DATABASE_URL")
        config.write_text(json.dumps(anonchat_config(port, url, Path(tmp) / "var")))  # JSON is YAML
        cmd = [sys.executable, "-m", "anonchat", "serve", "--config", str(config)]
        env["PYTHONWARNINGS"] = "ignore"
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
                            preexec_fn=lambda: pin(SERVER_CPU), cwd=ROOT)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            raise SystemExit(f"{kind} server exited: {proc.wait()}")
        # The embedded PostgreSQL logs "checking if ready" long before anonchat listens.
        if ("ready" if kind == "bare" else "serving on") in line:
            break
    else:
        raise SystemExit(f"{kind} server did not start")
    # Drain its output so a chatty log never blocks it.
    asyncio.get_event_loop().run_in_executor(None, lambda: [None for _ in proc.stdout])
    return proc


def pin_all(pid, cpus):
    """Pin every thread of process `pid` (a thread keeps the affinity it was started with)."""
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            os.sched_setaffinity(int(tid), cpus)
        except OSError:
            pass  # the thread has ended


def cpu_seconds(pid):
    """User + system CPU time of process `pid`, all its threads, in seconds (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


class CpuMeter:
    """CPU seconds that named processes use between `start()` and `stop()`: {"node 1": pid, …}.
    With `db_url`, also the PostgreSQL backends serving that database (counted as "postgres"),
    found in pg_stat_activity at both ends; its shared background processes are not counted."""

    def __init__(self, pids, db_url=None):
        self.pids = pids
        self.db_url = db_url
        self.before = {}

    def _backends(self):
        import psycopg2

        with psycopg2.connect(self.db_url) as conn, conn.cursor() as cur:
            cur.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
            pids = [pid for pid, in cur.fetchall()]
        conn.close()
        return pids

    def _read(self):
        times = {name: cpu_seconds(pid) for name, pid in self.pids.items()}
        times["load generator"] = sum(os.times()[:2])
        if self.db_url:
            times.update({("postgres", pid): cpu_seconds(pid) for pid in self._backends()})
        return times

    def start(self):
        self.before = self._read()

    def stop(self):
        after = self._read()
        used = {}
        for key, seconds in after.items():
            name = key[0] if isinstance(key, tuple) else key
            used[name] = used.get(name, 0.0) + seconds - self.before.get(key, 0.0)
        return used


def rss_kib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


class Client(WSListener):
    """One simulated user. picows parses frames in C, so one core of load generator can receive
    far more than one core of server sends; a Python client would measure itself instead.

    `node` is the index of the server it is connected to. A message's id is `<send time>.<node of
    its sender>`, so a delivery can tell whether it crossed from one node to another."""

    def __init__(self, stats, node=0):
        self.stats = stats
        self.node = node
        self.tag = str(node).encode()
        self.group = None
        self.matched = asyncio.get_running_loop().create_future()
        self.transport = None

    def on_ws_connected(self, transport):
        self.transport = transport

    def on_ws_frame(self, transport, frame):
        if frame.msg_type != WSMsgType.TEXT:
            return
        raw = frame.get_payload_as_bytes()
        if raw.startswith(b'{"type":"message"'):
            stats = self.stats
            if stats["measuring"]:
                now = time.perf_counter_ns()
                i = raw.index(b'"client_id":"') + 13
                sent, _, node = raw[i:raw.index(b'"', i)].partition(b".")
                sent = int(sent)  # the send time the client put in its id
                if stats["start_ns"] <= sent <= stats["end_ns"]:
                    stats["delivered"] += 1
                    stats["latencies"].append((now - sent) / 1e6)
                    if node != self.tag:
                        stats["crossed"].append((now - sent) / 1e6)
        elif b'"matched"' in raw[:20] and not self.matched.done():
            i = raw.find(b'"group":"')
            if i >= 0:
                self.group = raw[i + 9:raw.index(b'"', i + 9)].decode()
            self.matched.set_result(True)

    def send(self, text):
        self.transport.send(WSMsgType.TEXT, text.encode())

    def send_message(self, text):
        self.send(f'{{"type":"message","text":"{text}","id":"{time.perf_counter_ns()}.{self.node}"}}')

    def close(self):
        self.transport.disconnect()


async def connect_all(ports, n, stats, concurrency=100):
    """`n` clients, the j-th connected to `ports[j % len(ports)]` (one port, or one per node)."""
    ports = ports if isinstance(ports, (list, tuple)) else [ports]
    clients = [None] * n
    sem = asyncio.Semaphore(concurrency)

    async def one(j):
        node = j % len(ports)
        async with sem:
            _, clients[j] = await ws_connect(lambda: Client(stats, node), f"ws://127.0.0.1:{ports[node]}/ws",
                                             websocket_handshake_timeout=30)

    await asyncio.wait_for(asyncio.gather(*(one(j) for j in range(n))), 120)
    return clients


async def run_load(kind, port, n, rate, duration, cpu=None, join_gap=0.0):
    """Join `n` clients into groups, send `rate` messages a second for `duration` seconds (after a
    1 s warm-up) and measure. `port` is one port or a list (clients spread over them); `cpu`, if
    given, is a `CpuMeter` read over the measured window; `join_gap` spaces the joins out."""
    stats = {"measuring": False, "start_ns": 0, "end_ns": float("inf"), "delivered": 0, "latencies": [],
             "crossed": []}
    clients = await connect_all(port, n, stats)
    for c in clients:
        c.send('{"type":"join"}')
        if join_gap:
            await asyncio.sleep(join_gap)
    await asyncio.wait_for(asyncio.gather(*(c.matched for c in clients)), 120)
    n_groups = n // 5
    senders = clients[: n_groups * 5]
    tick = 0.005
    per_tick = rate * tick
    loop = asyncio.get_running_loop()
    i = 0
    budget = 0.0

    async def send_for(seconds):
        nonlocal i, budget
        end = loop.time() + seconds
        next_tick = loop.time()
        while loop.time() < end:
            budget += per_tick
            while budget >= 1:
                c = senders[i % len(senders)]
                i += 1
                budget -= 1
                c.send_message(TEXTS[i % len(TEXTS)])
            next_tick += tick
            await asyncio.sleep(max(0, next_tick - loop.time()))

    await send_for(1.0)  # warm-up
    if cpu:
        cpu.start()
    stats["start_ns"] = time.perf_counter_ns()
    stats["measuring"] = True
    started = loop.time()
    await send_for(duration)
    elapsed = loop.time() - started
    stats["end_ns"] = time.perf_counter_ns()
    used = cpu.stop() if cpu else {}
    await asyncio.sleep(1.0)  # deliveries of messages sent in the window still count when they arrive
    stats["measuring"] = False
    for c in clients:
        c.close()
    q = percentiles(stats["latencies"])
    groups = {}
    for c in clients:
        groups.setdefault(c.group, set()).add(c.node)
    return {"kind": kind, "clients": n, "offered_msgs_per_s": rate, "delivered_per_s": stats["delivered"] / elapsed,
            "p50_ms": q[49], "p95_ms": q[94], "p99_ms": q[98], "crossed_p99_ms": percentiles(stats["crossed"])[98],
            "delivered": stats["delivered"], "cpu_s": used,
            "spanning": sum(len(nodes) > 1 for nodes in groups.values()) / max(1, len(groups))}


def percentiles(values):
    values = sorted(values) or [float("nan")]
    return statistics.quantiles(values, n=100) if len(values) > 1 else [values[0]] * 99


async def idle_memory(port, pid, n):
    await asyncio.sleep(1)
    before = rss_kib(pid)
    stats = {"measuring": False, "start_ns": 0, "delivered": 0, "latencies": []}
    clients = await connect_all(port, n, stats)
    await asyncio.sleep(2)
    after = rss_kib(pid)
    for c in clients:
        c.close()
    return (after - before) / n


def table(rows, chosen=()):
    """Every run, in order; `*` marks the run each server is judged by."""
    chosen = [id(r) for r in chosen]
    print(f"{'server':10} {'clients':>7} {'offered/s':>10} {'delivered/s':>12} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for r in sorted(rows, key=lambda r: (r["kind"] != "bare", r["clients"])):
        print(f"{r['kind']:10} {r['clients']:7d} {r['offered_msgs_per_s']:10d} {r['delivered_per_s']:12.0f} "
              f"{r['p50_ms']:8.1f} {r['p95_ms']:8.1f} {r['p99_ms']:8.1f}{'  *' if id(r) in chosen else ''}")


async def main(args):
    pin(CLIENT_CPU)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    rows = []
    scenarios = ((args.clients, args.rate), *(((args.big_clients, args.big_rate),) if args.big_clients else ()))
    with tempfile.TemporaryDirectory(prefix="anonchat-bench-") as tmp:
        # Runs alternate between the servers, so that a slow spell of a shared machine (lasting
        # seconds here) does not fall on every run of one of them; each side is judged by its best.
        for _ in range(args.runs):
            for kind in ("bare", "anonchat"):
                for n, rate in scenarios:
                    port = free_port()
                    proc = start_server(kind, port, tmp)
                    try:
                        rows.append(await run_load(kind, port, n, rate, args.duration))
                    finally:
                        proc.terminate()
                        proc.wait(30)
        per_conn = None
        if args.idle_clients:
            port = free_port()
            proc = start_server("anonchat", port, tmp)
            try:
                per_conn = await idle_memory(port, proc.pid, args.idle_clients)
            finally:
                proc.terminate()
                proc.wait(30)
    def merit(r):  # the share of the offered deliveries made (to the percent), then the lowest p99
        return round(r["delivered_per_s"] / (5 * r["offered_msgs_per_s"]), 2), -r["p99_ms"]

    best = {}  # (server, clients) -> its best run
    for r in rows:
        key = (r["kind"], r["clients"])
        if key not in best or merit(r) > merit(best[key]):
            best[key] = r
    table(rows, best.values())
    bare = {r["clients"]: r for r in best.values() if r["kind"] == "bare"}
    print()
    failed = []
    for r in best.values():
        if r["kind"] != "anonchat":
            continue
        ratio = r["delivered_per_s"] / bare[r["clients"]]["delivered_per_s"]
        print(f"anonchat/bare at {r['clients']} clients: {ratio:.2f} of the bare server's delivered rate")
        if r["clients"] == args.clients:
            if r["delivered_per_s"] < args.target_rate or ratio < 0.6 or r["p99_ms"] > 100:
                failed.append(f"{r['clients']} clients: want >= {args.target_rate}/s, >= 0.60 of bare, p99 < 100 ms")
        elif r["delivered_per_s"] < args.big_target_rate:
            failed.append(f"{r['clients']} clients: want >= {args.big_target_rate}/s")
    if per_conn is not None:
        print(f"anonchat memory per idle connection: {per_conn:.1f} KiB ({args.idle_clients} connections; target <= 40)")
        if per_conn > 40:
            failed.append("idle memory per connection over 40 KiB")
    for f in failed:
        print("MISSED:", f)
    return 1 if failed and args.check else 0


class Servers:
    """One `anonchat serve` node, or `count` nodes of one cluster with a redis-server of their own,
    on a database of their own; node i pinned to CPU `cpus[i]`, redis-server left to the kernel."""

    def __init__(self, count, db_url, directory, cpus):
        from anonchat.testing import RedisServer, ServeProcess
        from anonchat.testing import free_port as port

        self.redis = RedisServer().start() if count > 1 else None
        redis_url = self.redis.url if self.redis else None
        env = {"PYTHONWARNINGS": "ignore"}
        self.nodes = [ServeProcess(Path(directory) / f"node{i}",
                                   anonchat_config(port(), db_url, Path(directory) / f"node{i}", redis_url), env)
                      for i in range(count)]
        try:
            for node in self.nodes:
                node.launch()
            for node, cpu in zip(self.nodes, cpus):
                node.wait_healthy(90)
                pin_all(node.proc.pid, {cpu})
        except BaseException:
            self.stop()
            raise
        self.ports = [node.port for node in self.nodes]
        pids = {f"node {i + 1}": node.proc.pid for i, node in enumerate(self.nodes)}
        if self.redis:
            pids["redis-server"] = self.redis.proc.pid
        self.cpu = CpuMeter(pids, db_url)

    def stop(self):
        for node in self.nodes:
            node.stop()
        if self.redis:
            self.redis.stop()


# The matching leader matches at every join, so joins sent all at once make groups of users of one
# node (the leader's own arrive first). Users who arrive one by one, alternating nodes as behind a
# load balancer, make groups that span the nodes, as random matching over the cluster does.
JOIN_GAP_S = 0.003

SERVER_PROCESSES = ("node 1", "node 2", "redis-server")  # what "server CPU" adds up


def server_us(r):
    """Server CPU (nodes, and redis-server for the cluster) per delivered message, in µs."""
    return 1e6 * sum(r["cpu_s"].get(name, 0) for name in SERVER_PROCESSES) / max(1, r["delivered"])


def postgres_us(r):
    return 1e6 * r["cpu_s"].get("postgres", 0) / max(1, r["delivered"])


async def main_nodes(args):
    """One node against `args.nodes` nodes sharing the load, alternating, in one run."""
    from anonchat.testing import TEST_URL_ENV, TestDatabases

    pin(CLIENT_CPU)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    if os.environ.get("ANONCHAT_BENCH_DATABASE_URL"):
        os.environ[TEST_URL_ENV] = os.environ["ANONCHAT_BENCH_DATABASE_URL"]  # a server to make databases on
    cpus = [int(c) for c in args.cluster_cpus.split(",")]
    setups = (("1 node", 1, [SERVER_CPU]), (f"{args.nodes} nodes", args.nodes, cpus))
    rows = []
    databases = TestDatabases()
    try:
        with tempfile.TemporaryDirectory(prefix="anonchat-bench-") as tmp:
            for run in range(args.runs):
                for kind, count, placement in setups:
                    # A fresh database and fresh processes every run: no seats or queue left over.
                    servers = Servers(count, databases.fresh(), Path(tmp) / f"{run}-{count}", placement)
                    try:
                        row = await run_load(kind, servers.ports, args.clients, args.rate, args.duration, servers.cpu,
                                              JOIN_GAP_S)
                    finally:
                        servers.stop()
                    row["run"] = run
                    rows.append(row)
                    print_cpu(row)
    finally:
        databases.close()
    print()
    return judge_nodes(args, rows)


def print_cpu(r):
    used = ", ".join(f"{name} {seconds:.2f}" for name, seconds in sorted(r["cpu_s"].items()))
    print(f"  {r['kind']}: {r['delivered_per_s']:.0f} delivered/s, p99 {r['p99_ms']:.1f} ms; "
          f"CPU seconds in the {r['delivered']} deliveries' window: {used}", flush=True)


def judge_nodes(args, rows):
    """Medians over runs; the cost ratio is the median of each run's cluster/single pair."""
    print(f"{'setup':8} {'run':>3} {'clients':>7} {'offered/s':>9} {'delivered/s':>11} {'p50 ms':>7} {'p99 ms':>7} "
          f"{'crossed p99':>11} {'spanning':>8} {'server µs/msg':>13} {'postgres µs/msg':>15}")
    for r in rows:
        print(f"{r['kind']:8} {r['run'] + 1:3d} {r['clients']:7d} {r['offered_msgs_per_s']:9d} {r['delivered_per_s']:11.0f} "
              f"{r['p50_ms']:7.1f} {r['p99_ms']:7.1f} {r['crossed_p99_ms']:11.1f} {r['spanning']:8.0%} "
              f"{server_us(r):13.1f} {postgres_us(r):15.1f}")
    single = [r for r in rows if r["kind"] == "1 node"]
    cluster = [r for r in rows if r["kind"] != "1 node"]
    med = statistics.median
    ratios = [server_us(c) / server_us(s) for s, c in zip(single, cluster)]
    pg_ratios = [postgres_us(c) / postgres_us(s) for s, c in zip(single, cluster) if postgres_us(s)]
    print()
    print("server CPU = the anonchat serve processes, and for the cluster also redis-server; postgres = the")
    print("PostgreSQL backends of the bench's database (its shared background processes are not counted);")
    print("µs/msg = CPU microseconds per delivered message (every member's copy counts). Medians over runs:")
    for kind, some in (("1 node", single), (cluster[0]["kind"], cluster)):
        print(f"  {kind:8} delivered {med(r['delivered_per_s'] for r in some):7.0f}/s  p50 {med(r['p50_ms'] for r in some):6.1f} ms"
              f"  p99 {med(r['p99_ms'] for r in some):6.1f} ms  server {med(server_us(r) for r in some):5.1f} µs/msg"
              f"  postgres {med(postgres_us(r) for r in some):5.1f} µs/msg")
    print(f"  cluster/single server CPU per delivered message: {med(ratios):.2f} "
          f"(each run's pair: {', '.join(f'{x:.2f}' for x in ratios)}; target <= 1.40)")
    if pg_ratios:
        print(f"  cluster/single postgres CPU per delivered message: {med(pg_ratios):.2f}")
    failed = []
    if med(r["p99_ms"] for r in cluster) >= 100:
        failed.append(f"{cluster[0]['kind']}: median p99 under 100 ms at {args.rate} msg/s")
    if med(r["delivered_per_s"] for r in cluster) < 0.98 * 5 * args.rate:
        failed.append(f"{cluster[0]['kind']}: deliver the offered {5 * args.rate}/s")
    if med(ratios) > 1.4:
        failed.append("cluster server CPU per delivered message at most 1.4x one node's")
    for f in failed:
        print("MISSED:", f)
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--clients", type=int, default=1000)
    p.add_argument("--rate", type=int, default=5200,
                   help="aggregate messages sent per second (5 deliveries each; 26,000 offered, so that 25,000 delivered can show)")
    p.add_argument("--big-clients", type=int, default=5000, help="second scenario (0 to skip)")
    p.add_argument("--big-rate", type=int, default=4000)
    p.add_argument("--duration", type=float, default=10.0)
    p.add_argument("--runs", type=int, default=2, help="runs of each scenario, alternating servers (best counts)")
    p.add_argument("--idle-clients", type=int, default=2000, help="memory scenario (0 to skip)")
    p.add_argument("--target-rate", type=int, default=25000)
    p.add_argument("--big-target-rate", type=int, default=18000)
    p.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    p.add_argument("--nodes", type=int, default=1,
                   help="above 1: one node against this many nodes of a cluster (one Redis), the clients "
                        "split between them, alternating runs; --clients and --rate give the load")
    p.add_argument("--cluster-cpus", default="0,1", help="the CPU of each cluster node, in order (one node runs on 0)")
    args = p.parse_args()
    sys.exit(asyncio.run(main_nodes(args) if args.nodes > 1 else main(args)))
