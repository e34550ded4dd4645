#!/usr/bin/env python3
"""Load test of `biz serve` on loopback, bounded in count and time.

Starts `biz serve` (the binary given, default .build/release/biz) in a
temporary folder with the default pool (2 runs at a time), joins N sessions
(default 50), then all of them at once each run a plain line and, right
after, a 1k-sample Monte Carlo what-if (a 24-month model with three
uncertain inputs). Meanwhile a probe asks GET /api/session every 100 ms, to
show the event loop stays responsive. Prints p50/p95/max latency of each
kind, errors, the server's resident memory and the peak of the server plus
its children. Every request has a 300 s timeout; the whole run stops after
600 s. Usage: [SERVE_ARGS="--time-limit 60"] serve_load.py [BIZ] [SESSIONS]."""
import http.client, json, os, subprocess, sys, tempfile, threading, time

BIZ = sys.argv[1] if len(sys.argv) > 1 else ".build/release/biz"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 50

PLAIN = "price = 100 RUB\nrevenue = price * 300\n"
MONTE_CARLO = """rate USD = 60 RUB to 70 RUB
conversion = 3% to 8%
price = 249 RUB
market { months: 24, currency: RUB, resolution: 50 }
segment shops { size: 20k, customers: 800, competitors: 12k, wtp: 150 RUB to 450 RUB, churn: 2.5%/month }
competitor rivals { price: 230 RUB, value: 1.0, reach: 0.3%/month }
strategy calls { leads: 2k/month, conversion: conversion, pressure: 20%, cost_per_lead: 0.25 USD, discount: 10%, pushed_tenure: 6 months }
company cloud { price: price, segments: [shops], strategy: calls, competitor: rivals, fixed_costs: 1.6k USD/month, unit_cost: 1.2 USD, cash: 400k RUB }
run = simulate(cloud)
run.cash.last given price = 269 RUB
"""


def call(port, method, path, body=None, secret=None):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    headers = {"Content-Type": "application/json"}
    if secret:
        headers["X-Biz-Session"] = secret
    c.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    r = c.getresponse()
    data = r.read()
    c.close()
    return r.status, json.loads(data)


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid):
    """The server's child processes: the pool's threads start them, so look under every task."""
    out = []
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children") as f:
                out += [int(x) for x in f.read().split()]
        except OSError:
            pass
    return out


def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))] if xs else float("nan")


folder = tempfile.mkdtemp(prefix="biz-serve-load-")
EXTRA = os.environ.get("SERVE_ARGS", "").split()
server = subprocess.Popen([BIZ, "serve", folder, "--port", "0", "--token", "load"] + EXTRA, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
port = int(server.stdout.readline().strip().rsplit(":", 1)[1].strip("/"))
started = time.time()
try:
    secrets = [call(port, "POST", "/api/join", {"name": f"p{i:02d}", "locale": "en"})[1]["secret"] for i in range(N)]
    results = {"plain": [], "monte carlo": [], "probe": []}
    errors = []
    peak = {"server": 0, "total": 0}
    done = threading.Event()

    def watch():
        while not done.is_set():
            s = rss_kb(server.pid)
            total = s + sum(rss_kb(c) for c in children(server.pid))
            peak["server"], peak["total"] = max(peak["server"], s), max(peak["total"], total)
            t0 = time.time()
            status, _ = call(port, "GET", "/api/session", secret=secrets[0])
            results["probe"].append(time.time() - t0)
            if status != 200:
                errors.append(("probe", status))
            time.sleep(0.1)

    def participant(secret):
        for kind, source in (("plain", PLAIN), ("monte carlo", MONTE_CARLO)):
            t0 = time.time()
            try:
                status, answer = call(port, "POST", "/api/run", {"source": source, "locale": "en"}, secret)
            except Exception as e:  # a timeout or a reset is an error of the run
                errors.append((kind, repr(e)))
                continue
            results[kind].append(time.time() - t0)
            r = answer.get("result") if status == 200 else None
            if r is None or r.get("stopped") or r["compileErrors"] or any(l.get("error") for l in r["lines"]):
                errors.append((kind, status, answer))
            elif kind == "monte carlo" and "90% CI" not in (r["lines"][-1].get("value") or ""):
                errors.append((kind, "no Monte Carlo summary", r["lines"][-1]))

    watcher = threading.Thread(target=watch)
    watcher.start()
    t0 = time.time()
    threads = [threading.Thread(target=participant, args=(s,)) for s in secrets]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=max(1, 600 - (time.time() - started)))
    wall = time.time() - t0
    done.set()
    watcher.join()
    print(f"{N} sessions, each a plain line then a 1k-sample Monte Carlo what-if, all at once; pool of 2; {wall:.1f} s in all")
    for kind in ("plain", "monte carlo", "probe"):
        xs = results[kind]
        print(f"{kind:12s} n={len(xs):3d}  p50 {pct(xs, 0.5) * 1000:8.0f} ms  p95 {pct(xs, 0.95) * 1000:8.0f} ms  max {max(xs) * 1000:8.0f} ms")
    print(f"errors {len(errors)}")
    for e in errors[:5]:
        print("  ", str(e)[:300])
    print(f"memory: server {rss_kb(server.pid) / 1024:.0f} MiB now, peak {peak['server'] / 1024:.0f} MiB; server + children peak {peak['total'] / 1024:.0f} MiB")
    print("load average", open("/proc/loadavg").read().split()[:3])
finally:
    server.terminate()
    server.wait(timeout=10)
