#!/usr/bin/env python3
"""Hostile input against `biz serve` (run with --time-limit 3 --max-memory 256
--workers 2): each gets a clear error while another session keeps working,
no file appears outside the served folder, the teacher API refuses without
its token. Prints `ok NAME` per check; any failure raises (exit 1).
Usage: security.py URL TOKEN SERVED_FOLDER."""
import http.client, json, os, sys, threading, urllib.parse

URL, TOKEN, SERVED = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
host = urllib.parse.urlparse(URL)


def request(method, path, body=None, secret=None, raw=None):
    c = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
    headers = {"Content-Type": "application/json"}
    if secret:
        headers["X-Biz-Session"] = secret
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    c.request(method, path, body=data, headers=headers)
    r = c.getresponse()
    text = r.read().decode("utf-8", "replace")
    c.close()
    try:
        return r.status, json.loads(text)
    except ValueError:
        return r.status, text


def join(name):
    status, j = request("POST", "/api/join", {"name": name, "locale": "en"})
    assert status == 200, (status, j)
    return j["secret"]


def run(secret, source):
    status, j = request("POST", "/api/run", {"source": source, "locale": "en"}, secret)
    assert status == 200, (status, j)
    return j["result"]


def ok(name):
    print("ok " + name, flush=True)


def errors(result):
    return [e["message"] for e in result["compileErrors"]] + [l["error"]["message"] for l in result["lines"] if l.get("error")]


before = set()
parent = os.path.dirname(os.path.abspath(SERVED))
for root, dirs, files in os.walk(parent):
    for f in files:
        before.add(os.path.join(root, f))

calm = join("calm")


def while_hostile(name, source, check, long=False):
    """Runs `source` in its own session; meanwhile the calm session's plain line is answered
    (and, for a `long` one that runs into the time limit, answered while it still runs)."""
    secret = join(name)
    box = {}
    t = threading.Thread(target=lambda: box.setdefault("result", run(secret, source)))
    t.start()
    answer = run(calm, "price = 100 RUB\nrevenue = price * 3\n")
    hostile_still_running = t.is_alive()
    t.join()
    assert [l.get("value") for l in answer["lines"]] == ["100 RUB", "300 RUB"], answer
    assert hostile_still_running or not long, name + ": the hostile run ended before the calm one; nothing was shown"
    check(box["result"])
    ok(name)


def endless(r):
    msgs = errors(r)
    assert any("steps" in m or "interrupted" in m for m in msgs) or (r.get("stopped") or "").startswith("stopped: the run took longer"), r
    assert r["lines"][0]["value"] == "0", r


while_hostile("endless loop", "total = 0\nwhile true { total = total + 1 }\n", endless, long=True)


def huge(r):
    # The child's memory budget refuses at the line, or the server's watch kills the child.
    budget = any("memory" in m for m in errors(r))
    assert budget or r.get("stopped") in ("stopped: the run needed more than 256 MB of memory", "stopped: the run took longer than 3 s"), r
    assert r["lines"][0]["value"] == "1 RUB", r


while_hostile("memory hog", "a = 1 RUB\nxs = range(10000000)\nys = xs * 2\nzs = xs * 3\nws = xs * 4\n", huge)

# 10^9 values at once: refused by the language before any memory is taken.
r = run(calm, "xs = range(1000000000)\n")
assert any("too many items" in m for m in errors(r)), r
assert "^" in r["lines"][0]["error"]["rendered"], r
ok("1e9 samples")


def deep(r):
    msgs = errors(r)
    assert any("recursion" in m for m in msgs), r
    err = [l["error"] for l in r["lines"] if l.get("error")][0]
    assert "^" in err["rendered"] and err["line"] in (1, 2), err


while_hostile("deep recursion", "fn f(n) = f(n + 1) + 1\nf(1)\n", deep)

# `use` reads only the stdlib and the served folder: a path is no module name,
# and a link out of the folder is refused.
os.symlink("/etc/passwd", os.path.join(SERVED, "passwd.biz"))
r = run(calm, 'use "../../etc/passwd"\n')
assert errors(r) and "root:" not in json.dumps(r), r
r = run(calm, "use passwd\n")
assert any("outside" in m or "leads" in m for m in errors(r)) and "root:" not in json.dumps(r), r
os.unlink(os.path.join(SERVED, "passwd.biz"))
ok("use stays in the folder")

# Writes are never made: the model's files become downloads.
r = run(calm, 'export [1, 2] to "../escape.csv"\nplot [1, 2] to "/tmp/biz-serve-escape.svg"\n')
assert not os.path.exists(os.path.join(parent, "escape.csv")) and not os.path.exists("/tmp/biz-serve-escape.svg"), r
assert sorted(d["name"] for d in r["downloads"]) == ["biz-serve-escape.svg", "escape.csv"], r
ok("no writes")

status, j = request("POST", "/api/run", raw=b'{"source": "' + b"x" * (2 << 20) + b'"}', secret=calm)
assert status == 413 and "larger than" in j["error"], (status, j)
status, j = request("POST", "/api/join", raw=b"{" * 300000)
assert status == 413, (status, j)
status, j = request("POST", "/api/run", {"source": "x = 1\n" * 20000}, calm)
assert status == 413 and "longer than" in j["error"], (status, j)
ok("huge bodies")

for path in ["/assets/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
             "/..%5c..%5cetc%5cpasswd", "/api/../../../../etc/passwd", "//etc/passwd", "/.biz-serve/room.json",
             "/.biz-serve/sessions/", "/assets/style.css/../../../etc/passwd"]:
    status, body = request("GET", path)
    assert status in (400, 404), (path, status)
    assert "root:" not in str(body) and "secret" not in str(body), (path, body)
ok("path traversal")

for method, path in [("GET", "/teacher"), ("GET", "/teacher?token=nope"), ("GET", "/api/teacher/room"),
                     ("GET", "/api/teacher/room?token=" + TOKEN[:-1]), ("POST", "/api/teacher/push"), ("POST", "/api/teacher/probes?token=")]:
    status, body = request(method, path, {"model": "x = 1"} if method == "POST" else None)
    assert status == 403 and "token" in body["error"], (path, status, body)
status, body = request("GET", "/api/teacher/room?token=" + TOKEN)
assert status == 200 and len(body["participants"]) >= 4, body
assert all("secret" not in p for p in body["participants"]), body
ok("teacher needs token")

# One participant cannot reach another's session: the API takes only the secret.
other = join("other")
status, body = request("GET", "/api/session", secret=body["participants"][0]["id"])
assert status == 401, (status, body)
status, body = request("GET", "/api/session", secret=other)
assert status == 200 and body["name"] == "other" and body["source"] == "", body
ok("sessions are private")

after = set()
for root, dirs, files in os.walk(parent):
    for f in files:
        after.add(os.path.join(root, f))
new = sorted(after - before)
outside = [f for f in new if not f.startswith(os.path.join(os.path.abspath(SERVED), ".biz-serve") + "/")]
assert not outside, outside
assert any(f.endswith(".biz") for f in new), new
ok("nothing written outside the served folder")
